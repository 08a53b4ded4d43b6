// The public JS API of the installed package, in Node without any init call.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import init, { Validator, version } from "skjemasjekk";
import { miniRuleset, throwsError } from "./helpers.mjs";

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve("skjemasjekk/package.json"));
const pkgJson = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
const mini = new Validator(miniRuleset);
const late = { name: "Kari", start: "2024-05-01", end: "2024-04-01" };

test("version() is the package version, and init() is optional in Node", async () => {
  assert.equal(version(), pkgJson.version);
  const exports = await init();
  assert.ok(exports.memory instanceof WebAssembly.Memory);
});

test("the built-in forms: ids, titles, and rule-set bytes that match their hash", () => {
  const v = Validator.builtin();
  const forms = v.forms();
  assert.deepEqual(forms.map((f) => f.id).sort(), ["forsokssoknad", "pilotplan"]);
  for (const f of forms) {
    for (const lang of ["nb", "nn", "en"]) assert.ok(f.title[lang].length > 0, `${f.id} title ${lang}`);
    const bytes = v.ruleset(f.id);
    // The hash leaves out the leading "$schema" member (docs/ruleset-language.md).
    const hashed = bytes.replace(/^\{\n  "\$schema": "[^"]*",\n  /, "{\n  ");
    assert.notEqual(hashed, bytes, `${f.id} names its $schema on its first line`);
    assert.equal(`sha256:${createHash("sha256").update(hashed, "utf8").digest("hex")}`, f.hash);
    const schema = v.schema(f.id);
    assert.equal(schema.$schema, "https://json-schema.org/draft/2020-12/schema");
    assert.equal(schema.type, "object");
  }
});

test("fields: every field's path, type, labels and options, lists' items as *", () => {
  assert.deepEqual(mini.fields("mini"), [
    { path: "/name", type: "text", label: { nb: "Navn", nn: "Namn", en: "Name" }, optional: false, conditional: false },
    {
      path: "/orgnr",
      type: "orgnr",
      label: { nb: "Organisasjonsnummer", nn: "Organisasjonsnummer", en: "Organisation number" },
      optional: true,
      conditional: false,
    },
    { path: "/start", type: "date", label: { nb: "Startdato", nn: "Startdato", en: "Start date" }, optional: false, conditional: false },
    { path: "/end", type: "date", label: { nb: "Sluttdato", nn: "Sluttdato", en: "End date" }, optional: false, conditional: false },
  ]);
  const fields = Validator.builtin().fields("pilotplan");
  const at = (path) => fields.find((f) => f.path === path);
  assert.equal(at("/pilots").type, "list");
  assert.equal(at("/pilots").itemLabel.nb, "Pilot");
  assert.equal(at("/pilots").conditional, true);
  assert.equal(at("/pilots/*"), undefined, "a list of objects has entries for its items' fields only");
  assert.equal(at("/pilots/*/economy/budget/*/amountNok").type, "integer");
  const trust = at("/pilots/*/trustRelations");
  assert.equal(trust.options.length, 4);
  for (const o of trust.options) assert.ok(o.value && o.label.nn, JSON.stringify(o));
  assert.equal(new Set(fields.map((f) => f.path)).size, fields.length, "each path once");
  throwsError(() => mini.fields("nope"), "unknown form", /unknown form "nope"/);
});

test("validate: a JS object and JSON text give the same report; validateJson gives its exact text", () => {
  const fromObject = mini.validate("mini", late, { lang: "nn" });
  const fromText = mini.validate("mini", JSON.stringify(late), { lang: "nn" });
  const text = mini.validateJson("mini", JSON.stringify(late), { lang: "nn" });
  assert.deepEqual(fromObject, fromText);
  assert.deepEqual(JSON.parse(text), fromObject);
  assert.equal(JSON.stringify(fromObject), text);
  assert.equal(fromObject.valid, false);
  assert.deepEqual(
    fromObject.issues.map((i) => [i.path, i.code, i.severity]),
    [["/end", "date_order", "error"]],
  );
  assert.deepEqual(fromObject.issues[0].params, { other: "/start" });
  assert.equal(fromObject.ruleset.id, "mini");
  assert.match(fromObject.ruleset.hash, /^sha256:[0-9a-f]{64}$/);
});

test("options: language of the messages, and strict mode for unknown keys", () => {
  const data = { ...late, end: "2024-06-01", extra: 1 };
  assert.equal(mini.validate("mini", data).valid, true);
  const strict = mini.validate("mini", data, { strict: true, lang: "en" });
  assert.deepEqual(strict.issues.map((i) => [i.path, i.code]), [["/extra", "unknown_field"]]);
  const messages = ["nb", "nn", "en"].map((lang) => mini.validate("mini", {}, { lang }).issues[0].message);
  assert.equal(new Set(messages).size, 3, `three languages, three wordings: ${messages}`);
});

// validateSerde is only in benchmark builds (cargo feature serde-input).
const serdeSkip = typeof mini.validateSerde !== "function" && "built without the serde-input feature";
test("the serde-wasm-bindgen route gives the same report", { skip: serdeSkip }, () => {
  for (const data of [late, {}, { name: "x".repeat(30), orgnr: "988077918" }]) {
    assert.deepEqual(mini.validateSerde("mini", data, { lang: "en" }), mini.validate("mini", data, { lang: "en" }));
  }
});

test("validateField: the field's issues and those of rules that read it", () => {
  const end = mini.validateField("mini", late, "/end");
  assert.deepEqual(end.map((i) => i.code), ["date_order"]);
  assert.deepEqual(mini.validateField("mini", late, "/name"), []);
  throwsError(() => mini.validateField("mini", late, "end"), "pointer without /", /JSON Pointer/);
});

test("live form: set, remove, report and data", () => {
  const live = mini.live("mini", { lang: "nb" });
  assert.deepEqual(live.report().issues.map((i) => i.code), ["required", "required", "required"]);
  assert.deepEqual(live.set("/name", "Kari"), { valid: false, changed: [{ path: "/name", issues: [] }] });
  live.set("/start", "2024-05-01");
  const delta = live.set("/end", "2024-04-01");
  assert.equal(delta.changed.length, 1);
  assert.equal(delta.changed[0].path, "/end");
  assert.deepEqual(delta.changed[0].issues.map((i) => i.code), ["date_order"]);
  assert.equal(live.set("/end", "2024-06-01").valid, true);
  assert.deepEqual(live.data(), { name: "Kari", start: "2024-05-01", end: "2024-06-01" });
  assert.deepEqual(live.remove("/end").changed[0].issues.map((i) => i.code), ["required"]);
  assert.equal(live.set("/end", undefined).changed.length, 0, "undefined removes, as in JSON");
  throwsError(() => live.set("", {}), "the whole form", /whole form/);
  throwsError(() => live.set("/name/x", 1), "through a text", /neither an object nor a list/);
  assert.deepEqual(live.report(), mini.validate("mini", live.data(), { lang: "nb" }));
  const started = mini.live("mini", undefined, JSON.stringify(late));
  assert.deepEqual(started.report(), mini.validate("mini", late));
  live.free();
  started.free();
});

test("live form: handles, setAt, report(lang) and setLang", () => {
  const live = mini.live("mini", { lang: "nb" });
  const name = live.handle("/name");
  const end = live.handle("/end");
  assert.equal(end.pointer, "/end");
  assert.deepEqual(live.setAt(name, "Kari"), { valid: false, changed: [{ path: "/name", issues: [] }] });
  live.set("/start", "2024-05-01");
  assert.deepEqual(live.setAt(end, "2024-04-01").changed.map((c) => c.path), ["/end"]);
  assert.equal(live.setAt(name, "Kari").changed.length, 0, "the same value again changes nothing");
  // Values other than text, true/false and null cross as JSON, with its checks.
  throwsError(() => live.setAt(name, NaN), "NaN", /JSON/);
  throwsError(() => live.setAt(name, "\ud800"), "lone surrogate", /surrogate/);
  assert.deepEqual(live.setAt(name, null).changed[0].issues.map((i) => i.code), ["required"]);
  assert.equal(live.data().name, null, "null is kept as null");
  assert.deepEqual(live.setAt(name, 7).changed[0].issues.map((i) => i.code), ["type"]);
  live.setAt(name, "Kari");
  const nb = live.report();
  const en = live.report("en");
  assert.deepEqual(en, mini.validate("mini", live.data(), { lang: "en" }));
  assert.deepEqual(live.report(), nb, "report(lang) does not change the live form's language");
  live.setLang("nn");
  assert.deepEqual(live.report(), mini.validate("mini", live.data(), { lang: "nn" }));
  const delta = live.setAt(end, undefined);
  assert.deepEqual(delta.changed[0].issues, mini.validate("mini", live.data(), { lang: "nn" }).issues);
  throwsError(() => live.handle("end"), "pointer without /", /JSON Pointer/);
  throwsError(() => live.setAt({}, "x"), "not a handle", /expected instance of LiveHandle/);
  throwsError(() => live.setAt(null, "x"), "null handle", /expected instance of LiveHandle/);
  throwsError(() => live.report("sv"), "unknown language", /unknown language/);
  throwsError(() => live.setLang(1), "lang not a string", /lang must be a string/);
  name.free();
  throwsError(() => live.setAt(name, "x"), "a freed handle", /null pointer/);
  end.free();
  live.free();
});

test("uiTexts: every key of UiTextKey in every language, and nothing else", () => {
  const dts = readFileSync(join(pkgDir, "dist", "skjemasjekk.d.ts"), "utf8");
  const union = dts.slice(dts.indexOf("export type UiTextKey"));
  const declared = [...union.slice(0, union.indexOf(";")).matchAll(/"([a-z_]+)"/g)].map((m) => m[1]);
  assert.ok(declared.length > 10);
  const texts = { nb: mini.uiTexts("nb"), nn: mini.uiTexts("nn"), en: mini.uiTexts("en") };
  for (const [lang, t] of Object.entries(texts)) {
    assert.deepEqual(Object.keys(t).sort(), [...declared].sort(), lang);
    for (const [k, s] of Object.entries(t)) assert.ok(s.length > 0, `${lang} ${k}`);
  }
  assert.notEqual(texts.nb.error_summary_heading, texts.nn.error_summary_heading);
});

test("rule-set errors carry diagnostics with JSON Pointers into what was passed", () => {
  const broken = { ...JSON.parse(miniRuleset), version: "" };
  const e = throwsError(() => new Validator(broken), "empty version");
  assert.deepEqual(e.diagnostics.map((d) => d.path), ["/version"]);
  assert.equal(typeof e.diagnostics[0].message, "string");
  const twice = throwsError(() => new Validator([miniRuleset, broken]), "two rule sets");
  assert.deepEqual(twice.diagnostics.map((d) => d.path), ["/1/version"]);
  const dup = throwsError(() => new Validator([miniRuleset, JSON.parse(miniRuleset)]), "same id twice");
  assert.deepEqual(dup.diagnostics.map((d) => d.path), ["/1/id"]);
  const both = new Validator([miniRuleset, { ...JSON.parse(miniRuleset), id: "mini2" }]);
  assert.deepEqual(both.forms().map((f) => f.id), ["mini", "mini2"]);
  assert.equal(both.ruleset("mini"), miniRuleset, "the exact bytes given");
});

test("malformed JSON data throws with line and column", () => {
  const e = throwsError(() => mini.validateJson("mini", '{\n  "name": ]'), "malformed", /not valid JSON/);
  assert.equal(e.line, 2);
  assert.equal(e.column, 11);
});

test("the package's type declarations have no `any`", () => {
  const files = [join(pkgDir, "node.d.ts"), ...readdirSync(join(pkgDir, "dist")).filter((f) => f.endsWith(".d.ts")).map((f) => join(pkgDir, "dist", f))];
  for (const file of files) {
    const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
    assert.doesNotMatch(code, /\bany\b/, file);
  }
});
