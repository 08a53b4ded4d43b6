// The JSON Schema of the rule-set language (pkg/ruleset.schema.json), checked with an
// independent validator (Ajv, draft 2020-12): the installed package exports it as
// `skjemasjekk/ruleset.schema.json`, the built-in forms and every language fixture's
// rule set pass it, and misspelt keys (top level, field, rule, option, text) fail it.
// Ajv comes from the repository's pinned dev tools (root package-lock.json).
import test from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { testsDir } from "./helpers.mjs";

const root = `${testsDir}/..`;
const Ajv2020 = createRequire(`${root}/package.json`)("ajv/dist/2020").default;
const schemaPath = fileURLToPath(import.meta.resolve("skjemasjekk/ruleset.schema.json"));
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTypes: false }).compile(schema);
const json = (path) => JSON.parse(readFileSync(path, "utf8"));
const errors = () => JSON.stringify(validate.errors, null, 1);

test("the package's schema is the repository's pkg/ruleset.schema.json", () => {
  assert.equal(readFileSync(schemaPath, "utf8"), readFileSync(`${root}/pkg/ruleset.schema.json`, "utf8"));
  assert.equal(schema.$schema, "https://json-schema.org/draft/2020-12/schema");
});

test("the built-in forms pass the schema and name it in $schema", () => {
  for (const id of ["forsokssoknad", "pilotplan"]) {
    const form = json(`${root}/forms/${id}.json`);
    assert.ok(validate(form), `${id}: ${errors()}`);
    assert.equal(form.$schema, "../pkg/ruleset.schema.json", id);
  }
});

test("the tutorial's rule sets pass the schema (docs/tutorial.md)", () => {
  for (const name of ["sluttrapport.json", "sluttrapport-utkast.json"]) {
    const ruleset = json(`${root}/docs/tutorial/${name}`);
    assert.equal(ruleset.$schema, "../../pkg/ruleset.schema.json", name);
    if (name === "sluttrapport.json") assert.ok(validate(ruleset), `${name}: ${errors()}`);
  }
  // The draft's misspelt type and missing English label are caught by the schema too,
  // as the tutorial says.
  assert.equal(validate(json(`${root}/docs/tutorial/sluttrapport-utkast.json`)), false);
  for (const field of ["startDate", "endDate"]) {
    assert.ok(validate.errors?.some((e) => e.instancePath.startsWith(`/fields/${field}`)), `${field}: ${errors()}`);
  }
});

test("every language fixture's rule set, and the Node tests' own, pass the schema", () => {
  const dir = `${testsDir}/fixtures/language`;
  let n = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const { ruleset } = json(`${dir}/${name}`);
    if (ruleset === undefined) continue;
    assert.ok(validate(ruleset), `${name}: ${errors()}`);
    n += 1;
  }
  assert.ok(n > 200, `only ${n} rule sets found`);
  assert.ok(validate(json(`${testsDir}/node/mini-ruleset.json`)), errors());
});

test("the schema accepts expressions: literals, lists, nested operations", () => {
  const r = base();
  r.fields.end.requiredWhen = { and: [{ date_before: [{ var: "start" }, "2024-01-01"] }, { "!": [{ form: "name" }] }, true, [1, {}]] };
  r.rules.push({ kind: "expr", id: "x", assert: { "<=": [0, { sum: [[1, 2]] }, 10] }, at: "name", message: r.title });
  assert.ok(validate(r), errors());
});

const base = () => ({
  id: "demo",
  version: "1",
  title: { nb: "Demo", nn: "Demo", en: "Demo" },
  fields: {
    name: { type: "text", label: { nb: "Navn", nn: "Namn", en: "Name" }, maxLength: 10 },
    start: { type: "date", label: { nb: "Start", nn: "Start", en: "Start" } },
    end: { type: "date", label: { nb: "Slutt", nn: "Slutt", en: "End" } },
    kind: {
      type: "enum",
      label: { nb: "Type", nn: "Type", en: "Kind" },
      options: [{ value: "a", label: { nb: "A", nn: "A", en: "A" } }],
    },
    rows: {
      type: "list",
      label: { nb: "Rader", nn: "Rader", en: "Rows" },
      item: { type: "object", label: { nb: "Rad", nn: "Rad", en: "Row" }, fields: { n: { type: "integer", label: { nb: "N", nn: "N", en: "N" } } } },
    },
  },
  rules: [{ kind: "date_order", first: "start", then: "end" }],
});

test("the base of the negative cases passes", () => {
  assert.ok(validate(base()), errors());
});

const misspelt = [
  ["a misspelt top-level key", (r) => { r.titel = r.title; }, "", "titel"],
  ["$schema on a field", (r) => { r.fields.name.$schema = "x"; }, "/fields/name", "$schema"],
  ["a misspelt field key", (r) => { r.fields.name.maxLenght = 5; }, "/fields/name", "maxLenght"],
  ["a key of another field type", (r) => { r.fields.start.pattern = "x"; }, "/fields/start", "pattern"],
  ["a misspelt key in a list item's field", (r) => { r.fields.rows.item.fields.n.minimun = 1; }, "/fields/rows/item/fields/n", "minimun"],
  ["a misspelt rule key", (r) => { r.rules[0].allowEquals = true; }, "/rules/0", "allowEquals"],
  ["a key of another rule kind", (r) => { r.rules[0].months = 3; }, "/rules/0", "months"],
  ["a misspelt option key", (r) => { r.fields.kind.options[0].lable = r.fields.kind.options[0].label; }, "/fields/kind/options/0", "lable"],
  ["a fourth language", (r) => { r.title.se = "Demo"; }, "/title", "se"],
];

for (const [what, spoil, at, key] of misspelt) {
  test(`the schema rejects ${what}`, () => {
    const r = base();
    spoil(r);
    assert.equal(validate(r), false, what);
    const hit = validate.errors.find(
      (e) => e.instancePath === at && (e.params.additionalProperty ?? e.params.unevaluatedProperty) === key,
    );
    assert.ok(hit, `${what}: no error for ${key} at ${at}: ${errors()}`);
  });
}

test("the schema rejects other mistakes the compiler refuses", () => {
  const cases = [
    (r) => { r.fields.name.type = "tekst"; },
    (r) => { r.rules[0].kind = "order"; },
    (r) => { delete r.title.nn; },
    (r) => { r.fields.rows.item.optional = true; },
    (r) => { r.rules.push({ kind: "expr", assert: true, at: "name" }); },
    (r) => { r.rules.push({ kind: "date_within", date: "start", start: "start" }); },
    (r) => { r.fields.name.messages = { min_lenght: r.title }; },
    (r) => { r.fields.end.requiredWhen = { date_befor: [{ var: "start" }, "2024-01-01"] }; },
    (r) => { r.fields.end.requiredWhen = { "==": [1, 1], "!=": [1, 2] }; },
  ];
  cases.forEach((spoil, i) => {
    const r = base();
    spoil(r);
    assert.equal(validate(r), false, `case ${i}`);
  });
});

test("every ruleset-errors fixture that the compiler refuses for an unknown key, type or kind fails the schema", () => {
  const dir = `${testsDir}/fixtures/ruleset-errors`;
  let n = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const { ruleset, expect } = json(`${dir}/${name}`);
    const unknown = expect.diagnostics.some((d) => /unknown (key|field type|rule kind)/.test(d.messageContains ?? ""));
    if (!unknown) continue;
    assert.equal(validate(ruleset), false, name);
    n += 1;
  }
  assert.ok(n >= 8, `only ${n} fixtures`);
});
