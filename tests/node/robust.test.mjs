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

// What JSON text cannot show must not be lost on the way in: JSON.stringify
// would write NaN as null (a field "not filled in"), and the glue would read a
// lone surrogate in a string as U+FFFD (another text, another key).
test("NaN and Infinity are refused, not turned into null", () => {
  const cases = { "NaN": NaN, "Infinity": Infinity, "-Infinity": -Infinity };
  for (const [what, n] of Object.entries(cases)) {
    const pattern = new RegExp(`${what.replace("-", "\\-")} at key "name" is not a number JSON can hold`);
    throwsError(() => mini.validate("mini", { ...good, name: n }), `validate ${what}`, pattern);
    throwsError(() => mini.validate("mini", { list: [1, [n]] }), `validate ${what} in a list`, /at key "0" is not a number/);
    throwsError(() => mini.validate("mini", n), `validate ${what} alone`, /^the data cannot be turned into JSON: -?(NaN|Infinity) is not a number/);
    throwsError(() => mini.validateField("mini", { ...good, name: n }, "/name"), `validateField ${what}`, pattern);
    throwsError(() => mini.live("mini", undefined, { name: n }), `live ${what}`, pattern);
    throwsError(() => mini.validate("mini", good, { strict: n }), `options ${what}`, /strict/);
    throwsError(() => new Validator({ ...JSON.parse(miniRuleset), version: n }), `rule set ${what}`, /version/);
    const live = mini.live("mini", undefined, good);
    const before = live.data();
    throwsError(() => live.set("/name", n), `live.set ${what}`, /is not a number JSON can hold/);
    throwsError(() => live.set("/start", { n }), `live.set ${what} inside`, /at key "n"/);
    assert.deepEqual(live.data(), before, `live.set ${what} leaves the data as it was`);
    live.free();
  }
  // -0 is the number 0, as natively; finite numbers pass unchanged.
  assert.equal(
    mini.validateJson("mini", JSON.stringify({ ...good, name: -0 })),
    mini.validateJson("mini", JSON.stringify({ ...good, name: 0 })),
  );
  assert.deepEqual(mini.validate("mini", { ...good, name: -0 }), mini.validate("mini", { ...good, name: 0 }));
  stillAnswers("non-finite numbers");
});

test("JSON text with a lone surrogate is refused at its position, not read as U+FFFD", () => {
  for (const [what, text, line, column] of [
    ["high half", '{"name": "a\uD800b"}', 1, 12],
    ["low half on line 2", '{\n "name": "\uDC00"}', 2, 11],
    ["reversed pair after å", '{"name": "å\uDC00\uD800"}', 1, 13],
    ["in a key", '{"\uD800": 1}', 1, 3],
  ]) {
    for (const call of [() => mini.validate("mini", text), () => mini.validateJson("mini", text), () => mini.live("mini", undefined, text)]) {
      const e = throwsError(call, what, /^the data is not valid JSON: lone surrogate in the text: half of a UTF-16 pair is not a character at line \d+ column \d+$/);
      assert.deepEqual([e.line, e.column], [line, column], what);
    }
  }
  const e = throwsError(() => new Validator(miniRuleset.replace('"mini"', '"mini\uD800"')), "rule set text", /lone surrogate/);
  assert.match(e.diagnostics[0].message, /^the rule set is not valid JSON: lone surrogate in the text/);
  // A U+FFFD written as such, and a proper pair, are characters like any other.
  for (const name of ["a\uFFFDb", "\uD83D\uDE00", "\\ufffd"]) {
    const text = JSON.stringify({ ...good, name });
    assert.equal(mini.validateJson("mini", text), mini.validateJson("mini", JSON.stringify({ ...good, name: "x" })), name);
  }
  // In a JS value (not text), JSON.stringify escapes the half and the engine refuses it as natively.
  throwsError(() => mini.validate("mini", { name: "a\uD800" }), "lone surrogate in a value", /lone surrogate \\ud800 in a string/);
  stillAnswers("lone surrogates in text");
});

test("string arguments with a lone surrogate are refused, not changed into another key", () => {
  const live = mini.live("mini");
  throwsError(() => live.set("/name\uD800", 1), "pointer", /pointer contains a lone surrogate/);
  throwsError(() => live.remove("/\uDC00"), "pointer to remove", /pointer contains a lone surrogate/);
  throwsError(() => mini.validateField("mini", good, "/n\uD800"), "validateField pointer", /pointer contains a lone surrogate/);
  throwsError(() => mini.validate("mini\uD800", good), "formId", /formId contains a lone surrogate/);
  assert.deepEqual(live.data(), {});
  live.free();
  stillAnswers("lone surrogates in arguments");
});

test("formData: hostile pairs throw Errors with a code, never trap or allocate", () => {
  const v = Validator.builtin();
  for (const bad of [undefined, null, 42, "a=1", {}, [["a"]], [["a", 1]], [[1, "a"]], [["a", "b", "c"]], [[NaN, "x"]]]) {
    throwsError(() => v.formData("pilotplan", bad), `pairs ${JSON.stringify(bad)}`);
  }
  const huge = throwsError(() => v.formData("pilotplan", [["pilots[999999999].title", "x"]]), "huge index");
  assert.equal(huge.code, "index_too_large");
  assert.equal(huge.controlName, "pilots[999999999].title");
  const gaps = Array.from({ length: 3 }, (_, i) => [`/pilots/${i}/time/milestones/999/title`, "x"]);
  assert.equal(throwsError(() => v.formData("pilotplan", gaps), "many gaps").code, "too_many_gaps");
  throwsError(() => v.formData("pilotplan", [["title\uD800", "x"]]), "lone surrogate in a name");
  throwsError(() => v.formData("nope", []), "unknown form", /unknown form/);
  const deep = [["pilots[0].".repeat(10_000) + "title", "x"], ["x".repeat(100_000), "y"]];
  assert.deepEqual(v.formData("pilotplan", deep).data, {});
  stillAnswers("hostile form pairs");
});
