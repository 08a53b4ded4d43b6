// Relevance through the JS API: which conditional fields (requiredWhen /
// forbiddenWhen) a page shows now, from Validator.relevance and LiveForm.relevance,
// the same answer as the native Form::relevance, and no change to reports or deltas.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Validator } from "skjemasjekk";
import { throwsError } from "./helpers.mjs";

const v = Validator.builtin();
const rel = (form, data) => v.relevance(form, data).map((r) => `${r.path}=${r.relevant ? 1 : 0}`);

test("Validator.relevance: hasPlans chooses between the two parts of the pilot plan", () => {
  assert.deepEqual(v.relevance("pilotplan", {}), [
    { path: "/noPlanAssessment", relevant: false },
    { path: "/pilots", relevant: false },
  ]);
  assert.deepEqual(rel("pilotplan", { hasPlans: true }), ["/noPlanAssessment=0", "/pilots=1"]);
  assert.deepEqual(rel("pilotplan", { hasPlans: false }), ["/noPlanAssessment=1", "/pilots=0"]);
  // JSON text gives the same answer as the object.
  assert.deepEqual(v.relevance("pilotplan", '{"hasPlans":false}'), v.relevance("pilotplan", { hasPlans: false }));
});

test("Validator.relevance: every list item has its own conditional fields", () => {
  const data = {
    stage: "final",
    legalBasis: "saerlov",
    applicants: [{ type: "kommune" }, { type: "fylkeskommune" }],
  };
  assert.deepEqual(rel("forsokssoknad", data), [
    "/applicants/0/municipalityNumber=1",
    "/applicants/0/countyNumber=0",
    "/applicants/0/councilDecision=1",
    "/applicants/1/municipalityNumber=0",
    "/applicants/1/countyNumber=1",
    "/applicants/1/councilDecision=1",
    "/localRegulationDraft=0",
    "/progressPlan=1",
  ]);
});

test("LiveForm.relevance follows each edit; deltas and reports keep their keys", () => {
  const live = v.live("pilotplan", { lang: "nb", strict: true });
  assert.deepEqual(live.relevance(), v.relevance("pilotplan", {}));
  const delta = live.set("/hasPlans", true);
  assert.deepEqual(Object.keys(delta), ["valid", "changed"]);
  assert.deepEqual(live.relevance(), v.relevance("pilotplan", { hasPlans: true }));
  live.set("/pilots", [{ needsLegalExemption: true }]);
  assert.ok(live.relevance().some((r) => r.path === "/pilots/0/exemptions" && r.relevant));
  live.remove("/hasPlans");
  assert.deepEqual(
    rel("pilotplan", live.data()),
    ["/noPlanAssessment=0", "/pilots=0", "/pilots/0/exemptions=0", "/pilots/0/scope/scaleUpPlan=0",
      "/pilots/0/scope/partners=0", "/pilots/0/economy/followUpExplanation=0"],
  );
  assert.deepEqual(live.relevance(), v.relevance("pilotplan", live.data()));
  assert.deepEqual(Object.keys(live.report()), ["valid", "form", "ruleset", "issues"]);
  live.free();
});

test("Validator.relevance refuses an unknown form and malformed JSON with an Error", () => {
  throwsError(() => v.relevance("nope", {}), "unknown form", /unknown form "nope"/);
  throwsError(() => v.relevance("pilotplan", '{"hasPlans":'), "malformed JSON", /not valid JSON/);
});
