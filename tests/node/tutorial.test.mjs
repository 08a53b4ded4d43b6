// docs/tutorial.md, step 6: the npm package validates the tutorial's documents with
// its rule set (docs/tutorial/sluttrapport.json) and gives the report the tutorial
// shows for the HTTP service (whose equality with the CLI is tests/tutorial.rs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Validator } from "skjemasjekk";
import { testsDir } from "./helpers.mjs";

const root = `${testsDir}/..`;
const read = (name) => readFileSync(`${root}/docs/tutorial/${name}`, "utf8");

test("the tutorial's rule set compiles in JS and its documents get the reports shown", () => {
  const validator = new Validator(read("sluttrapport.json"));
  assert.deepEqual(validator.forms().map((f) => f.id), ["sluttrapport"]);
  assert.equal(validator.validate("sluttrapport", JSON.parse(read("rapport.json")), { strict: true }).valid, true);
  const data = JSON.parse(read("rapport-feil.json"));
  const report = validator.validateJson("sluttrapport", JSON.stringify(data), { lang: "en", strict: true });
  const first = JSON.stringify(JSON.parse(report).issues[0]);
  const doc = readFileSync(`${root}/docs/tutorial.md`, "utf8");
  assert.ok(doc.includes(first), `docs/tutorial.md shows the first issue: ${first}`);
  const nn = validator.validate("sluttrapport", data, { lang: "nn", strict: true });
  assert.equal(nn.valid, false);
  assert.ok(nn.issues.some((i) => i.path === "/continuationPlan" && i.code === "required"));
});
