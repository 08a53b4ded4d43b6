// The same form state gives the same report in the browser and on the server.
// A person fills in each demo form (numbers with spaces and commas, radios,
// check boxes, list rows, an added row, a multi-line text); then what the
// browser would send (`new FormData(form)`) is posted to `skjemasjekk serve`
// as application/x-www-form-urlencoded (from Node, the very bytes) and as
// multipart/form-data (by the browser's own fetch), and each answer must be
// byte for byte the report the drop-in has for the page: the engine's strict
// report of the drop-in's data, and its live form's report.

import { test } from "node:test";
import assert from "node:assert/strict";
import { demoForFile, openPage, gotoDemo } from "./support/harness.js";
import { type, press, typeDate, activate } from "./support/person.js";

const demo = demoForFile();

const at = (name) => `[name="${name}"]`;
const option = (name, value) => `[name="${name}"][value="${value}"]`;

/** What the page would post, the drop-in's reports, and the multipart answer. */
async function capture(page, formId) {
  return page.evaluate(async (id) => {
    const { validator, checker } = /** @type {any} */ (window).skjemasjekk;
    const form = checker.form;
    const url = `/api/v1/forms/${id}/validate?lang=nb`;
    const multipart = await fetch(url, { method: "POST", body: new FormData(form) });
    return {
      urlencoded: new URLSearchParams(new FormData(form)).toString(),
      pairs: [...new FormData(form)].length,
      multipart: await multipart.text(),
      multipartType: multipart.headers.get("content-type"),
      dropin: validator.validateJson(id, JSON.stringify(checker.data()), { lang: "nb", strict: true }),
      live: JSON.stringify(checker.live.report()),
    };
  }, formId);
}

async function postUrlencoded(formId, body) {
  const res = await fetch(new URL(`/api/v1/forms/${formId}/validate?lang=nb`, demo.server.url), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body,
  });
  assert.equal(res.status, 200);
  return res.text();
}

async function samePostedReport(page, formId) {
  const got = await capture(page, formId);
  assert.ok(got.pairs > 20, "the form posts its controls");
  const posted = await postUrlencoded(formId, got.urlencoded);
  assert.equal(posted, got.dropin, "urlencoded post: the server's report is the drop-in's, byte for byte");
  assert.equal(got.multipart, got.dropin, "multipart post: the server's report is the drop-in's, byte for byte");
  assert.equal(JSON.stringify(JSON.parse(posted)), got.live, "and the drop-in's live form says the same");
  return JSON.parse(posted);
}

test("pilot plan: a form post gets the drop-in's report", async () => {
  const { page, context } = await openPage(demo.browser);
  try {
    await gotoDemo(page, demo.server.url, "pilotplan.html");
    await type(page, at("agency.name"), "Direktoratet for forvaltning og økonomistyring");
    await type(page, at("agency.organizationNumber"), "123 456 789");
    await type(page, at("planYear"), "2 026");
    await press(page, option("hasPlans", "true"));
    await type(page, at("pilots[0].title"), "Tillitsbasert oppfølging");
    await type(page, at("pilots[0].problem.description"), "Første linje.\nAndre linje.");
    await press(page, option("pilots[0].needsLegalExemption", "true"));
    await press(page, option("pilots[0].exemptions[0].kind", "forskrift"));
    await type(page, at("pilots[0].exemptions[0].act"), "Reglement for økonomistyring i staten");
    await press(page, option("pilots[0].scope.involvesOtherOrganizations", "true"));
    await type(page, at("pilots[0].scope.partners[0].name"), "Kommunal- og distriktsdepartementet");
    await press(page, option("pilots[0].trustRelations", "stat_kommune"));
    await press(page, option("pilots[0].trustRelations", "leder_medarbeider"));
    await typeDate(page, at("pilots[0].time.start"), "2026-02-01");
    await type(page, at("pilots[0].economy.budget[0].item"), "Lønn");
    await type(page, at("pilots[0].economy.budget[0].amountNok"), "120 000");
    await type(page, at("pilots[0].economy.totalNok"), "1,5");
    await activate(page, "[data-skjemasjekk-list='pilots[0].evaluation.indicators'] > [data-skjemasjekk-add]");
    await type(page, at("pilots[0].evaluation.indicators[0]"), "Tid brukt på kontroll");
    await activate(page, "[data-skjemasjekk-list='pilots[0].evaluation.indicators'] > [data-skjemasjekk-add]");
    const report = await samePostedReport(page, "pilotplan");
    const codes = new Map(report.issues.map((i) => [i.path, i.code]));
    // The conversion mattered: spaced numbers are numbers, "1,5" is no integer.
    assert.equal(codes.get("/planYear"), undefined);
    assert.equal(codes.get("/pilots/0/economy/budget/0/amountNok"), undefined);
    assert.equal(codes.get("/pilots/0/economy/totalNok"), "type");
    assert.equal(codes.get("/agency/organizationNumber"), "orgnr");
    // The second, empty indicator is null in both documents (a list of texts).
    assert.ok(codes.has("/pilots/0/evaluation/indicators/1"));
  } finally {
    await context.close();
  }
});

test("application: a form post gets the drop-in's report, with an added row", async () => {
  const { page, context } = await openPage(demo.browser);
  try {
    await gotoDemo(page, demo.server.url, "forsokssoknad.html");
    // A final application: its progress plan is a part the page shows (relevance).
    await press(page, option("stage", "final"));
    await press(page, option("applicants[0].type", "kommune"));
    await type(page, at("applicants[0].name"), "Eksempel kommune");
    await type(page, at("applicants[0].municipalityNumber"), "0301");
    await type(page, at("title"), "Forsøk med felles tjenestekontor");
    await press(page, option("sectors", "helse_og_omsorg"));
    await press(page, option("sectors", "kultur"));
    await type(page, at("challenge"), "Linje én.\nLinje to.");
    await type(page, at("period.extensionMonths"), "1 2");
    await type(page, at("involvement.unions[0]"), "Fagforbundet");
    await activate(page, "[data-skjemasjekk-list='progressPlan'] > [data-skjemasjekk-add]");
    await type(page, at("progressPlan[0].milestone"), "Oppstart");
    await activate(page, "[data-skjemasjekk-list='progressPlan'] > [data-skjemasjekk-add]");
    await type(page, at("progressPlan[1].milestone"), "Evaluering");
    await press(page, at("evaluation.commitsToFollowAlongEvaluation"));
    const report = await samePostedReport(page, "forsokssoknad");
    const paths = report.issues.map((i) => i.path);
    assert.ok(paths.includes("/progressPlan/1/date"), "the added row is in both documents");
    assert.ok(!paths.includes("/period/extensionMonths"), "'1 2' is the number 12 in both");
  } finally {
    await context.close();
  }
});
