// An agency's adviser reports a pilot plan with the keyboard: one pilot with a
// legal exemption (a warning, never an error), a partner, milestones, a phase and
// a budget whose total does not add up; the union involvement left empty; a
// second pilot added and removed; messages read in bokmål and nynorsk; fixed and
// submitted, and the server agrees.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, openPage, gotoDemo, axeViolations, screenshot } from "./support/harness.js";
import {
  type, retype, press, typeDate, activate, messageOf, summary, warnings, focused,
  engineReport, submitAndWaitForServer, submitExpectingErrors, prose,
} from "./support/person.js";

let server, browser, session, page;
const P = "#pilots-0-";

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  session = await openPage(browser);
  page = session.page;
  await gotoDemo(page, server.url, "pilotplan.html");
});

after(async () => {
  await session?.context.close();
  await browser?.close();
  await server?.stop();
});

test("the empty form has no accessibility violations", async () => {
  assert.deepEqual(await axeViolations(page), []);
  assert.equal(await page.locator("[data-t-missing]").count(), 0);
  assert.equal(await page.locator("#pilots-0-title").isVisible(), false, "the pilots are shown only after 'yes, we have plans'");
});

test("the agency, its contact and the plan year", async () => {
  await type(page, "#agency-name", "Direktoratet for forvaltning og økonomistyring");
  await type(page, "#agency-organizationNumber", "123456789");
  assert.match(await messageOf(page, "#agency-organizationNumber"), /ikke et gyldig organisasjonsnummer/);
  await type(page, "#contact-name", "Ola Nordmann");
  await type(page, "#contact-email", "ola.nordmann@dfo.no");
  await type(page, "#contact-phone", "+47 912 34 567");
  await type(page, "#planYear", "2024");
  await press(page, "#hasPlans-true");
  assert.equal(await page.locator("#pilots-0-title").isVisible(), true);
});

test("a pilot that needs an exemption gets a warning, shown apart from errors", async () => {
  await type(page, `${P}title`, "Tillitsbasert oppfølging av tilskudd");
  await type(page, `${P}problem-description`, "Kontrollen av små tilskudd koster mer enn den gir.");
  await type(page, `${P}problem-goals`, "Halvere tiden som går med til kontroll.");
  await type(page, `${P}problem-learningGoals`, "Hva skjer med kvaliteten når kontrollen blir stikkprøver?");
  await type(page, `${P}problem-whatIsTested`, "Stikkprøvekontroll i stedet for full kontroll.");
  await press(page, `${P}needsLegalExemption-true`);
  const warning = await messageOf(page, `${P}needsLegalExemption-true`);
  assert.ok(warning && warning.length > 10, "the warning is shown at the question");
  const box = page.locator(`[data-skjemasjekk-message]:near(${P}needsLegalExemption-true)`).first();
  assert.equal(await box.getAttribute("data-skjemasjekk-message"), "warning");
  assert.equal(await page.locator(`${P}needsLegalExemption-true`).getAttribute("aria-invalid"), null, "a warning is not an error");
  await press(page, `${P}exemptions-0-kind-forskrift`);
  await type(page, `${P}exemptions-0-act`, "Reglement for økonomistyring i staten");
  await type(page, `${P}exemptions-0-provision`, "§ 15");
  await type(page, `${P}exemptions-0-deviation`, "Kontroll ved stikkprøver i stedet for kontroll av alle tilskudd.");
});

test("scope with a partner, time with a milestone and a phase", async () => {
  await press(page, `${P}scope-share-del_av_tjenesten`);
  await press(page, `${P}scope-willScaleUp-false`);
  await press(page, `${P}scope-involvesOtherOrganizations-true`);
  await type(page, `${P}scope-partners-0-name`, "Kommunal- og distriktsdepartementet");
  await typeDate(page, `${P}time-start`, "2024-02-01");
  await typeDate(page, `${P}time-end`, "2024-12-31");
  await type(page, `${P}time-milestones-0-title`, "Første stikkprøve");
  await typeDate(page, `${P}time-milestones-0-date`, "2024-04-15");
  await activate(page, "[data-skjemasjekk-list='pilots[0].time.phases'] > [data-skjemasjekk-add]");
  assert.equal(await focused(page), "pilots-0-time-phases-0-name");
  await page.keyboard.type("Forberedelse");
  await page.keyboard.press("Tab");
  await typeDate(page, `${P}time-phases-0-start`, "2024-02-01");
  await typeDate(page, `${P}time-phases-0-end`, "2024-03-31");
  await type(page, `${P}participants-employees`, "Saksbehandlerne i tilskuddsseksjonen.");
});

test("a budget whose total does not add up", async () => {
  await type(page, `${P}economy-resources`, "To saksbehandlere i halv stilling.");
  await type(page, `${P}economy-budget-0-item`, "Lønn");
  await type(page, `${P}economy-budget-0-amountNok`, "120 000");
  await activate(page, "[data-skjemasjekk-list='pilots[0].economy.budget'] > [data-skjemasjekk-add]");
  assert.equal(await focused(page), "pilots-0-economy-budget-1-item");
  await page.keyboard.type("Reiser");
  await page.keyboard.press("Tab");
  await page.keyboard.type("30 000");
  await page.keyboard.press("Tab");
  await type(page, `${P}economy-totalNok`, "100 000");
  assert.match(await messageOf(page, `${P}economy-totalNok`), /150\s?000/, "the total's message names the real sum");
  await press(page, `${P}economy-coversFollowUp-true`);
  await type(page, `${P}economy-administrativeConsequences`, "Ingen nye systemer; rutinene endres.");
  await type(page, `${P}evaluation-documentation`, "Logg over hver stikkprøve og avvik.");
  await type(page, `${P}evaluation-benefitMeasurement`, "Timer brukt per tilskudd før og etter.");
  await press(page, `${P}trustRelations-etatsleder_forstelinje`);
});

test("a second pilot is added and removed again", async () => {
  await activate(page, "[data-skjemasjekk-list=pilots] > [data-skjemasjekk-add]");
  assert.equal(await focused(page), "pilots-1-title");
  await page.keyboard.type("Pilot som ikke blir noe av");
  const headings = () => page.locator("[data-skjemasjekk-list=pilots] > [data-skjemasjekk-row] > legend [data-skjemasjekk-row-heading]").allTextContents();
  assert.deepEqual(await headings(), ["Pilot 1", "Pilot 2"]);
  await activate(page, "[data-skjemasjekk-list=pilots] > [data-skjemasjekk-row]:nth-of-type(2) > [data-skjemasjekk-remove]");
  assert.deepEqual(await headings(), ["Pilot 1"]);
  assert.equal(await focused(page), "pilots-0-title");
  const data = await page.evaluate(() => window.skjemasjekk.checker.data());
  assert.equal(data.pilots.length, 1);
  assert.deepEqual(data.pilots[0].economy.budget, [{ item: "Lønn", amountNok: 120000 }, { item: "Reiser", amountNok: 30000 }]);
});

test("submit with errors: summary of errors only, warnings apart", async () => {
  await submitExpectingErrors(page);
  assert.equal(await page.evaluate(() => document.activeElement?.hasAttribute("data-skjemasjekk-summary")), true);
  const report = await engineReport(page, "pilotplan", "nb");
  const errors = report.issues.filter((i) => i.severity === "error").map((i) => i.message);
  const warns = report.issues.filter((i) => i.severity === "warning").map((i) => i.message);
  assert.deepEqual(await summary(page), errors);
  assert.equal(errors.length, 3, errors.join(" | "));
  assert.match(errors[0], /Organisasjonsnummer/);
  assert.match(errors[1], /Sum i kroner/);
  assert.match(errors[2], /«Involvering av tillitsvalgte» må fylles ut/);
  assert.ok(warns.length >= 1);
  assert.deepEqual(await warnings(page), warns, "warnings in their own panel");
  for (const w of warns) assert.ok(!(await summary(page)).includes(w), "no warning in the error summary");
  assert.equal(await messageOf(page, `${P}unionInvolvement`), errors[2]);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, "pilotplan-errors-nb");
  await page.locator("[data-skjemasjekk-summary] a").nth(1).click();
  assert.equal(await focused(page), "pilots-0-economy-totalNok");
});

test("in nynorsk the same errors, in nynorsk", async () => {
  await page.locator("[data-lang=nn]").click();
  const report = await engineReport(page, "pilotplan", "nn");
  const errors = report.issues.filter((i) => i.severity === "error").map((i) => i.message);
  assert.deepEqual(await summary(page), errors);
  assert.match(errors[2], /må fyllast ut/);
  assert.deepEqual(await warnings(page), report.issues.filter((i) => i.severity === "warning").map((i) => i.message));
  assert.equal(await page.locator("[data-skjemasjekk-list=pilots] [data-skjemasjekk-add]").last().textContent(), "Legg til pilot");
  assert.equal(await page.locator("[data-t-missing]").count(), 0);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, "pilotplan-errors-nn");
});

test("fixed and submitted: the server agrees, the warning stays a warning", async () => {
  await retype(page, "#agency-organizationNumber", "974760673");
  await retype(page, `${P}economy-totalNok`, "150 000");
  assert.equal(await messageOf(page, `${P}economy-totalNok`), null);
  await type(page, `${P}unionInvolvement`, prose("Tillitsvalgte i Akademikerne og Unio deltok i planleggingen av piloten."));
  assert.deepEqual(await summary(page), []);
  const detail = await submitAndWaitForServer(page);
  assert.equal(detail.status, "ok");
  assert.equal(detail.report.valid, true, JSON.stringify(detail.report.issues));
  assert.equal(detail.agree, true);
  assert.ok(detail.report.issues.some((i) => i.severity === "warning"), "the server also warns");
  const status = page.locator("[data-skjemasjekk-status]");
  assert.equal(await status.getAttribute("data-state"), "valid");
  assert.equal(await status.getAttribute("data-agree"), "true");
  assert.ok((await warnings(page)).length >= 1, "the warning is still shown");
  assert.deepEqual(await summary(page), []);
  await page.locator("[data-skjemasjekk-status]").scrollIntoViewIfNeeded();
  await screenshot(page, "pilotplan-submitted");
  assert.deepEqual(session.problems, []);
});
