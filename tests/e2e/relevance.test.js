// Conditional parts shown and hidden by the engine's relevance alone (the pages carry
// no condition), in bokmål, nynorsk and English: answering a question reveals its part,
// answering otherwise or withdrawing the answer hides it again, and a hidden part's
// text leaves the data and comes back with the part. Then a group rule's error-summary
// link (at_least_one on expectedEffects) lands on a control that carries the message.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, openPage, gotoDemo, axeViolations } from "./support/harness.js";
import { type, press, activate, engineReport, submitExpectingErrors } from "./support/person.js";

let server, browser, session, page;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  session = await openPage(browser);
  page = session.page;
});

after(async () => {
  await session?.context.close();
  await browser?.close();
  await server?.stop();
});

const visible = (selector) => page.locator(selector).first().isVisible();
const data = () => page.evaluate(() => /** @type {any} */ (window).skjemasjekk.checker.data());

/** Withdraw the answer of a radio group, as a reset or another script would. */
async function unanswer(name) {
  await page.evaluate((n) => {
    const radios = Array.from(document.querySelectorAll(`input[name="${n}"]`));
    for (const r of radios) /** @type {HTMLInputElement} */ (r).checked = false;
    radios[0].dispatchEvent(new Event("change", { bubbles: true }));
  }, name);
}

for (const lang of ["nb", "nn", "en"]) {
  test(`${lang}: the pilot plan's parts follow hasPlans and each pilot's own questions`, async () => {
    await gotoDemo(page, server.url, "pilotplan.html", lang);
    assert.equal(await page.getAttribute("html", "lang"), lang);
    assert.equal(await page.locator("[data-skjemasjekk-show-when]").count(), 0, "the page says no condition");
    const pilots = "[data-skjemasjekk-list=pilots]";
    const noPlans = "[data-skjemasjekk-path=noPlanAssessment]";
    assert.deepEqual([await visible(pilots), await visible(noPlans)], [false, false], "nothing answered: both hidden");
    assert.equal(await visible("#part-pilots"), false, "with the heading of their part");

    await press(page, "#hasPlans-true");
    assert.deepEqual([await visible(pilots), await visible(noPlans)], [true, false], "yes: the pilots");
    assert.equal(await visible("#part-pilots"), true, "the part's heading goes with it");
    assert.equal(await visible("#pilots-0-scope-scaleUpPlan"), false, "a pilot's own question is unanswered");

    await press(page, "#pilots-0-scope-willScaleUp-true");
    assert.equal(await visible("#pilots-0-scope-scaleUpPlan"), true);
    await type(page, "#pilots-0-scope-scaleUpPlan", "Fra to til fem team i løpet av året.");
    await press(page, "#pilots-0-scope-willScaleUp-false");
    assert.equal(await visible("#pilots-0-scope-scaleUpPlan"), false);
    assert.equal((await data()).pilots[0].scope.scaleUpPlan, undefined, "a hidden part's text leaves the data");
    await press(page, "#pilots-0-scope-willScaleUp-true");
    assert.equal((await data()).pilots[0].scope.scaleUpPlan, "Fra to til fem team i løpet av året.", "and comes back");

    await activate(page, `${pilots} > [data-skjemasjekk-add]`);
    assert.equal(await visible("#pilots-1-title"), true);
    assert.equal(await visible("#pilots-1-scope-scaleUpPlan"), false, "a new row's parts start hidden");
    assert.equal(await visible("#pilots-0-scope-scaleUpPlan"), true, "the first row keeps its own");
    assert.deepEqual(await axeViolations(page), []);

    await unanswer("hasPlans");
    assert.deepEqual([await visible(pilots), await visible(noPlans)], [false, false], "withdrawn: both hidden again");
    assert.equal((await data()).pilots, undefined);
    await press(page, "#hasPlans-false");
    assert.deepEqual([await visible(pilots), await visible(noPlans)], [false, true], "no: the assessment");
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(session.problems, []);
  });

  test(`${lang}: the application's parts follow the applicant type, the stage and the legal basis`, async () => {
    await gotoDemo(page, server.url, "forsokssoknad.html", lang);
    const municipality = "#applicants-0-municipalityNumber";
    const county = "#applicants-0-countyNumber";
    const decision = "[data-skjemasjekk-path='applicants[0].councilDecision']";
    const draft = "#localRegulationDraft";
    for (const sel of [municipality, county, decision, draft]) assert.equal(await visible(sel), false, sel);

    await press(page, "#applicants-0-type-kommune");
    assert.deepEqual([await visible(municipality), await visible(county)], [true, false]);
    await press(page, "#applicants-0-type-fylkeskommune");
    assert.deepEqual([await visible(municipality), await visible(county)], [false, true]);
    await unanswer("applicants[0].type");
    assert.deepEqual([await visible(municipality), await visible(county)], [false, false]);

    await press(page, "#stage-final");
    assert.equal(await visible(decision), true, "a final application needs the council's decision");
    assert.equal(await visible(draft), false, "the draft also needs a basis in the Trials Act");
    await press(page, "#legalBasis-forsoksloven_3a");
    assert.equal(await visible(draft), true);
    await press(page, "#legalBasis-saerlov");
    assert.equal(await visible(draft), false);
    await press(page, "#stage-preliminary");
    assert.equal(await visible(decision), false);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(session.problems, []);
  });
}

test("a group rule's summary link lands on a control that carries its message", async () => {
  await gotoDemo(page, server.url, "forsokssoknad.html", "nb");
  await submitExpectingErrors(page);
  const report = await engineReport(page, "forsokssoknad", "nb");
  const issue = report.issues.find((i) => i.code === "at_least_one" && i.path === "/expectedEffects");
  assert.ok(issue, "the empty form breaks the at_least_one rule");
  const link = page.locator("[data-skjemasjekk-summary] a", { hasText: issue.message });
  assert.equal(await link.count(), 1);
  await link.focus();
  await page.keyboard.press("Enter");
  const at = () =>
    page.evaluate((message) => {
      const el = /** @type {Element} */ (document.activeElement);
      const box = Array.from(document.querySelectorAll("[data-skjemasjekk-message]")).find((b) => b.textContent.includes(message));
      const ids = (el.getAttribute("aria-describedby") || "").split(/\s+/);
      return { name: el.getAttribute("name"), invalid: el.getAttribute("aria-invalid"), describedByMessage: !!box && ids.includes(box.id) };
    }, issue.message);
  assert.deepEqual(await at(), { name: "expectedEffects.inhabitants", invalid: "true", describedByMessage: true });
  for (const other of ["#expectedEffects-employees", "#expectedEffects-resources"]) {
    assert.equal(await page.getAttribute(other, "aria-invalid"), "true", `${other}: the group's controls all carry it`);
  }
  assert.deepEqual(await axeViolations(page), []);

  // Filled in: the message goes, and with it the controls' invalid state.
  await type(page, "#expectedEffects-employees", "Mer tid til brukerne.");
  assert.equal(await page.getAttribute("#expectedEffects-inhabitants", "aria-invalid"), null);
  assert.equal(await page.getAttribute("#expectedEffects-employees", "aria-invalid"), null);
  assert.deepEqual(session.problems, []);
});
