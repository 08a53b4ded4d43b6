// Bad calls through the generated JS glue: wrong argument types, unknown forms,
// malformed and hostile data. Each must throw a JS Error with a message (never a
// WebAssembly trap), and the module must still answer correctly afterwards.
import { test } from "node:test";
import assert from "node:assert/strict";
import { LiveForm, Validator } from "skjemasjekk";
import { miniRuleset, throwsError } from "./helpers.mjs";

const mini = new Validator(miniRuleset);
const good = { name: "Kari", start: "2024-05-01", end: "2024-04-01" };
const baseline = mini.validateJson("mini", JSON.stringify(good), { lang: "nn" });

function stillAnswers(what) {
  assert.equal(mini.validateJson("mini", JSON.stringify(good), { lang: "nn" }), baseline, `after ${what}`);
  assert.equal(Validator.builtin().forms().length, 2, `after ${what}`);
}

function deepObject(n) {
  const root = {};
  let at = root;
  for (let i = 0; i < n; i++) at = at.a = {};
  return root;
}

function deepArray(n) {
  const root = [];
  let at = root;
  for (let i = 0; i < n; i++) at.push((at = []));
  return root;
}

const cyclic = { name: "x" };
cyclic.self = cyclic;

const hostileData = {
  "cyclic object": cyclic,
  "BigInt": { name: 10n ** 30n },
  "100 000-deep object": deepObject(100_000),
  "100 000-deep array": deepArray(100_000),
  "100 000-deep JSON text": "[".repeat(100_000) + "]".repeat(100_000),
  "100 000-deep object as text": '{"a":'.repeat(100_000) + "1" + "}".repeat(100_000),
  "malformed JSON text": '{"name": ',
  "duplicate key": '{"name": "a", "name": "b"}',
  "symbol": Symbol("x"),
  "function": () => 1,
  "undefined": undefined,
  "throwing getter": { get name() { throw new Error("getter"); } },
  "throwing toJSON": { toJSON() { throw new Error("toJSON"); } },
  "throwing proxy": new Proxy({}, { ownKeys() { throw new Error("trap"); }, get() { throw new Error("trap"); } }),
};

test("hostile data throws Errors from every data-taking method, never traps", () => {
  for (const [what, data] of Object.entries(hostileData)) {
    throwsError(() => mini.validate("mini", data), `validate: ${what}`);
    throwsError(() => mini.validateField("mini", data, "/name"), `validateField: ${what}`);
    if (typeof data === "string") throwsError(() => mini.validateJson("mini", data), `validateJson: ${what}`);
    if (data !== undefined) throwsError(() => mini.live("mini", undefined, data), `live: ${what}`);
    // The serde route (benchmark builds only) may accept some (a BigInt that fits,
    // say), but must not trap.
    if (typeof mini.validateSerde === "function") try { mini.validateSerde("mini", data); } catch (e) { assert.ok(!(e instanceof WebAssembly.RuntimeError), `validateSerde: ${what}: ${e}`); }
    stillAnswers(what);
  }
});

test("wrong argument types throw Errors naming the argument", () => {
  const notStrings = { number: 42, undefined: undefined, null: null, object: {}, symbol: Symbol("s"), BigInt: 1n };
  for (const [what, bad] of Object.entries(notStrings)) {
    throwsError(() => mini.validate(bad, good), `formId ${what}`, /formId must be a string/);
    throwsError(() => mini.validateJson(bad, "{}"), `validateJson formId ${what}`, /formId/);
    throwsError(() => mini.validateJson("mini", bad), `dataJson ${what}`, /dataJson must be a string/);
    throwsError(() => mini.validateField("mini", good, bad), `pointer ${what}`, /pointer must be a string/);
    throwsError(() => mini.ruleset(bad), `ruleset ${what}`, /formId/);
    throwsError(() => mini.schema(bad), `schema ${what}`, /formId/);
    throwsError(() => mini.fields(bad), `fields ${what}`, /formId/);
    throwsError(() => mini.uiTexts(bad), `uiTexts ${what}`, /lang must be a string/);
    throwsError(() => mini.live(bad), `live ${what}`, /formId/);
    const live = mini.live("mini");
    throwsError(() => live.set(bad, 1), `live.set pointer ${what}`, /pointer must be a string/);
    throwsError(() => live.remove(bad), `live.remove pointer ${what}`, /pointer must be a string/);
    live.free();
    stillAnswers(what);
  }
});

test("unknown forms, bad options and bad pointers throw Errors", () => {
  throwsError(() => mini.validate("nope", good), "unknown form", /unknown form "nope"/);
  throwsError(() => Validator.builtin().validate("mini", good), "form of another validator", /unknown form/);
  for (const [what, opts] of Object.entries({
    "string": "nn",
    "number": 3,
    "unknown language": { lang: "de" },
    "unknown option": { fast: true },
    "strict as text": { strict: "yes" },
    "cyclic": cyclic,
  })) {
    throwsError(() => mini.validate("mini", good, opts), `options ${what}`);
  }
  throwsError(() => mini.uiTexts("de"), "unknown language", /nb, nn or en/);
  for (const p of ["name", "/~2", "/name~"]) throwsError(() => mini.validateField("mini", good, p), `pointer ${p}`, /JSON Pointer/);
  const live = mini.live("mini");
  throwsError(() => live.set("/x/9", 1), "index far past a list end");
  throwsError(() => live.set("/name", cyclic), "cyclic value");
  throwsError(() => live.set("/name", 2n), "BigInt value");
  stillAnswers("bad options");
});

test("bad rule sets throw Errors with diagnostics", () => {
  for (const [what, input] of Object.entries({
    "number": 42,
    "nothing": undefined,
    "empty list": [],
    "malformed text": "{",
    "deep text": "[".repeat(100_000),
    "deep object": deepObject(100_000),
    "cyclic": cyclic,
    "list with a number": [7],
  })) {
    throwsError(() => new Validator(input), `rule set ${what}`);
  }
  stillAnswers("bad rule sets");
});

test("misused objects: freed, unbound, or made without the factory", () => {
  const v = new Validator(miniRuleset);
  v.free();
  throwsError(() => v.validate("mini", good), "freed validator");
  const live = mini.live("mini");
  live.free();
  throwsError(() => live.report(), "freed live form");
  const unbound = mini.validate;
  throwsError(() => unbound("mini", good), "unbound method");
  throwsError(() => new LiveForm().report(), "LiveForm without Validator.live");
  stillAnswers("misuse");
});

test("a re-entrant call from inside the data's toJSON does not wedge the module", () => {
  const live = mini.live("mini");
  const sneaky = { toJSON() { live.set("/name", "inner"); return "outer"; } };
  try { live.set("/name", sneaky); } catch (e) { assert.ok(!(e instanceof WebAssembly.RuntimeError), String(e)); }
  live.set("/name", "Kari");
  assert.equal(live.data().name, "Kari");
  stillAnswers("re-entrant call");
});
