// A municipality's case worker fills in the trial application with the keyboard:
// two joint applicants, council decisions, an exemption, the period and the
// involvement of the unions; makes the usual mistakes, reads the messages in
// bokmål and nynorsk, fixes them and submits, and the server agrees.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, openPage, gotoDemo, axeViolations, screenshot } from "./support/harness.js";
import {
  type, retype, press, typeDate, activate, messageOf, summary, warnings, focused,
  engineReport, submitAndWaitForServer, submitExpectingErrors, prose,
} from "./support/person.js";

let server, browser, session, page;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  session = await openPage(browser);
  page = session.page;
  await gotoDemo(page, server.url, "forsokssoknad.html");
});

after(async () => {
  await session?.context.close();
  await browser?.close();
  await server?.stop();
});

test("the empty form has no accessibility violations", async () => {
  assert.deepEqual(await axeViolations(page), []);
  assert.equal(await page.locator("[data-t-missing]").count(), 0, "every text of the page was found");
});

test("the first applicant: a format error shows on leaving the field, not while typing", async () => {
  await press(page, "#stage-final");
  await press(page, "#applicants-0-type-kommune");
  await type(page, "#applicants-0-name", "Lillehammer kommune");
  await type(page, "#applicants-0-organizationNumber", "98807791", { leave: false });
  assert.equal(await messageOf(page, "#applicants-0-organizationNumber"), null, "no message while the number is being typed");
  await page.keyboard.type("8");
  assert.equal(await messageOf(page, "#applicants-0-organizationNumber"), null, "still none before leaving the field");
  await page.keyboard.press("Tab");
  const msg = await messageOf(page, "#applicants-0-organizationNumber");
  assert.match(msg, /^Søker 1: «Organisasjonsnummer» er ikke et gyldig organisasjonsnummer/);
  const input = page.locator("#applicants-0-organizationNumber");
  assert.equal(await input.getAttribute("aria-invalid"), "true");
  assert.equal(await input.inputValue(), "988077918", "the person's input is kept");
  await type(page, "#applicants-0-municipalityNumber", "3405");
  await press(page, "#applicants-0-councilDecision-body-kommunestyret");
  await typeDate(page, "#applicants-0-councilDecision-date", "2023-06-15");
  await type(page, "#applicants-0-councilDecision-caseNumber", "23/1234");
});

test("a joint applicant is added, a third added and removed again", async () => {
  await activate(page, "[data-skjemasjekk-list=applicants] > [data-skjemasjekk-add]");
  assert.equal(await focused(page), "applicants-1-type-kommune", "focus moves into the new row");
  await press(page, "#applicants-1-type-fylkeskommune");
  await type(page, "#applicants-1-name", "Innlandet fylkeskommune");
  await type(page, "#applicants-1-organizationNumber", "920717152");
  await type(page, "#applicants-1-countyNumber", "34");
  await press(page, "#applicants-1-councilDecision-body-fylkestinget");
  await typeDate(page, "#applicants-1-councilDecision-date", "2023-06-20");
  await type(page, "#applicants-1-councilDecision-caseNumber", "2023/456");

  await activate(page, "[data-skjemasjekk-list=applicants] > [data-skjemasjekk-add]");
  await type(page, "#applicants-2-name", "Gjøvik kommune");
  const headings = () => page.locator("[data-skjemasjekk-list=applicants] [data-skjemasjekk-row-heading]").allTextContents();
  assert.deepEqual(await headings(), ["Søker 1", "Søker 2", "Søker 3"]);
  await activate(page, "#applicants-2-name >> xpath=ancestor::fieldset[@data-skjemasjekk-row][1]/button[@data-skjemasjekk-remove]");
  assert.deepEqual(await headings(), ["Søker 1", "Søker 2"]);
  assert.equal(await focused(page), "applicants-1-type-kommune", "focus goes to the row before the removed one");
  const data = await page.evaluate(() => window.skjemasjekk.checker.data());
  assert.equal(data.applicants.length, 2);
  assert.equal(data.applicants[1].name, "Innlandet fylkeskommune");
  assert.equal(data.applicants[1].countyNumber, "34");
  assert.equal(data.applicants[0].municipalityNumber, "3405");
});

test("contact, the trial, the exemption and the period (end before start)", async () => {
  await type(page, "#contact-name", "x", { leave: false });
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Tab");
  assert.equal(await messageOf(page, "#contact-name"), null, "an empty required field says nothing before submit");
  await type(page, "#contact-name", "Kari Nordmann");
  await type(page, "#contact-email", "kari.nordmann@lillehammer.kommune.no");
  await type(page, "#contact-phone", "91234567");
  await type(page, "#title", "Tillitsbasert hjemmetjeneste");
  await press(page, "#sectors-helse_og_omsorg");
  await press(page, "#sectors-forvaltning");
  await type(page, "#challenge", prose("Rapporteringskravene tar tid fra brukerne i hjemmetjenesten."));
  await type(page, "#proposal", prose("Teamene får selv bestemme hvordan tjenestene organiseres og dokumenteres."));
  await press(page, "#expectedEffects-inhabitants");
  await page.keyboard.type("Mer tid til hver bruker og færre nye ansikter.");
  await page.keyboard.press("Tab");
  await typeDate(page, "#period-start", "2024-08-01");
  await typeDate(page, "#period-end", "2024-06-30");
  assert.match(await messageOf(page, "#period-end"), /«Sluttdato».*«Startdato»/);
  await press(page, "#exemptions-0-kind-lov");
  await type(page, "#exemptions-0-act", "Helse- og omsorgstjenesteloven");
  await type(page, "#exemptions-0-provision", "§ 3-2");
  await type(page, "#exemptions-0-deviation", "Vedtak om tjenester fattes av teamet som yter dem.");
  await press(page, "#legalBasis-forsoksloven_3a");
  await press(page, "#affectsIndividualRights-false");
  await type(page, "#localRegulationDraft", prose("Forskrift om forsøk med tillitsbasert hjemmetjeneste i Lillehammer og Innlandet."));
});

test("involvement without the employees' text, evaluation, progress plan", async () => {
  await type(page, "#involvement-unions-0", "Fagforbundet");
  await activate(page, "[data-skjemasjekk-list='involvement.unions'] > [data-skjemasjekk-add]");
  assert.equal(await focused(page), "involvement-unions-1");
  await page.keyboard.type("Norsk Sykepleierforbund");
  await page.keyboard.press("Tab");
  await type(page, "#evaluation-plan", prose("Vi måler tidsbruk og brukertilfredshet før og etter forsøket."));
  await press(page, "#evaluation-commitsToFollowAlongEvaluation");
  await activate(page, "[data-skjemasjekk-list=progressPlan] > [data-skjemasjekk-add]");
  await page.keyboard.type("Oppstart i alle team");
  await page.keyboard.press("Tab");
  await typeDate(page, "#progressPlan-0-date", "2024-09-01");
});

test("submit with errors: the summary gets focus and lists every error as on the page", async () => {
  await submitExpectingErrors(page);
  const submit = page.locator("form[data-form] button[type=submit]");
  assert.equal(await submit.isDisabled(), false, "the submit button is never disabled");
  assert.equal(await page.evaluate(() => document.activeElement?.hasAttribute("data-skjemasjekk-summary")), true);
  assert.match(await page.locator("[data-skjemasjekk-summary] h2").textContent(), /For å gå videre må du rette opp følgende feil/);
  const report = await engineReport(page, "forsokssoknad", "nb");
  const errors = report.issues.filter((i) => i.severity === "error").map((i) => i.message);
  assert.deepEqual(await summary(page), errors, "one link per error, in the engine's words and order");
  assert.equal(errors.length, 3, `three mistakes, got: ${errors.join(" | ")}`);
  assert.match(errors[0], /Organisasjonsnummer/);
  assert.match(errors[1], /Sluttdato/);
  assert.match(errors[2], /«Ansatte og tillitsvalgte» må fylles ut/);
  assert.equal(await messageOf(page, "#involvement-employees"), errors[2], "the same words inline");
  assert.equal(await messageOf(page, "#period-end"), errors[1]);
  assert.equal(await page.inputValue("#applicants-0-organizationNumber"), "988077918", "nothing was cleared");
  assert.deepEqual(await axeViolations(page), [], "no accessibility violations with the errors shown");
  await screenshot(page, "forsokssoknad-errors-nb");
});

test("the summary's links move focus to the fields", async () => {
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), (await summary(page))[0]);
  await page.keyboard.press("Enter");
  assert.equal(await focused(page), "applicants-0-organizationNumber");
  await page.locator("[data-skjemasjekk-summary] a").nth(2).click();
  assert.equal(await focused(page), "involvement-employees");
});

test("in nynorsk every message and text changes language", async () => {
  await page.locator("[data-lang=nn]").click();
  assert.equal(await page.getAttribute("html", "lang"), "nn");
  assert.match(await page.locator("[data-skjemasjekk-summary] h2").textContent(), /For å gå vidare må du rette opp følgjande feil/);
  const report = await engineReport(page, "forsokssoknad", "nn");
  const errors = report.issues.filter((i) => i.severity === "error").map((i) => i.message);
  assert.deepEqual(await summary(page), errors);
  assert.match(errors[2], /må fyllast ut/);
  assert.equal(await messageOf(page, "#involvement-employees"), errors[2]);
  assert.equal(await page.locator("label[for=contact-name]").textContent(), "Namn");
  assert.equal(await page.locator("[data-skjemasjekk-list=applicants] [data-skjemasjekk-row-heading]").first().textContent(), "Søkjar 1");
  assert.equal(await page.locator("[data-t-missing]").count(), 0);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, "forsokssoknad-errors-nn");
});

test("fixing the mistakes clears their messages", async () => {
  await retype(page, "#applicants-0-organizationNumber", "988077917");
  assert.equal(await messageOf(page, "#applicants-0-organizationNumber"), null);
  assert.equal(await page.locator("#applicants-0-organizationNumber").getAttribute("aria-invalid"), null);
  await typeDate(page, "#period-end", "2026-06-30");
  assert.equal(await messageOf(page, "#period-end"), null);
  await type(page, "#involvement-employees", prose("De tillitsvalgte i Fagforbundet og NSF var med i arbeidsgruppen fra start."));
  assert.equal(await messageOf(page, "#involvement-employees"), null);
  assert.deepEqual(await summary(page), []);
});

test("a valid submit: the server checks again and agrees", async () => {
  const detail = await submitAndWaitForServer(page);
  assert.equal(detail.status, "ok");
  assert.equal(detail.agree, true, "the server's report is byte for byte the browser's");
  assert.equal(detail.report.valid, true, JSON.stringify(detail.report.issues));
  assert.equal(detail.report.ruleset.hash, detail.browserReport.ruleset.hash);
  const status = page.locator("[data-skjemasjekk-status]");
  assert.equal(await status.getAttribute("data-state"), "valid");
  assert.equal(await status.getAttribute("data-agree"), "true");
  assert.match(await status.textContent(), /Skjemaet er sjekka, og alt er i orden/);
  assert.deepEqual(await summary(page), []);
  assert.deepEqual(await warnings(page), []);
  await page.locator("[data-skjemasjekk-status]").scrollIntoViewIfNeeded();
  await screenshot(page, "forsokssoknad-submitted");
  assert.deepEqual(session.problems, [], "no console errors or failed requests");
});
