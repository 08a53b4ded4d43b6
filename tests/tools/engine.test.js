// One CommonJS test file, four runners (scripts/test-tools.sh): Jest 29 with its
// default configuration in the node and in the jsdom environment, Vitest, and
// node --test. Each loads the packed package with require(), as a portal's own
// tests would, and must get a ready engine with the same verdicts and messages.
"use strict";
const assert = require("node:assert/strict");
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
// Jest and Vitest (--globals) provide `test`; node --test has it in node:test.
const test = globalThis.test ?? require("node:test").test;
const skjemasjekk = require("skjemasjekk");
const { Validator, version } = skjemasjekk;

const testsDir = process.env.SKJEMASJEKK_TESTS_DIR ?? join(__dirname, "..");

test("require() gives a ready engine with both built-in forms", () => {
  assert.match(version(), /^\d+\.\d+\.\d+/);
  const v = Validator.builtin();
  assert.deepEqual(v.forms().map((f) => f.id).sort(), ["forsokssoknad", "pilotplan"]);
  v.free();
});

test("init() resolves at once: the module was instantiated on require()", async () => {
  const exports = await skjemasjekk.default();
  assert.ok(exports.memory instanceof WebAssembly.Memory);
});

/**
 * A golden line's case, its inputs read from tests/fixtures/<case>.json as the
 * native harness reads them (tests/node/parity-check.mjs does the same), and its
 * expected output: the report's exact bytes (the line's last member) or the error.
 */
function goldenCase(line) {
  const g = JSON.parse(line);
  const f = JSON.parse(readFileSync(join(testsDir, "fixtures", `${g.case}.json`), "utf8"));
  const at = line.indexOf(',"report":');
  return {
    name: g.case,
    form: f.form ?? null,
    ruleset: f.ruleset === undefined ? null : JSON.stringify(f.ruleset),
    data: typeof f.dataText === "string" ? f.dataText : JSON.stringify(f.data),
    options: { lang: f.options?.lang ?? "nb", strict: f.options?.strict ?? false },
    ok: at >= 0,
    output: at >= 0 ? line.slice(at + ',"report":'.length, -1) : g.error,
  };
}

test("every golden report and error, byte for byte (tests/parity/golden.jsonl)", () => {
  const lines = readFileSync(join(testsDir, "parity", "golden.jsonl"), "utf8").split("\n").filter(Boolean);
  const builtin = Validator.builtin();
  const wrong = [];
  for (const line of lines) {
    const c = goldenCase(line);
    let got;
    try {
      const v = c.form === null ? new Validator(c.ruleset) : builtin;
      got = { ok: true, output: v.validateJson(c.form ?? v.forms()[0].id, c.data, c.options) };
      if (v !== builtin) v.free();
    } catch (e) {
      got = { ok: false, output: e.message };
    }
    if (got.ok !== c.ok || got.output !== c.output) wrong.push(c.name);
  }
  assert.ok(lines.length > 700, `${lines.length} golden lines`);
  assert.deepEqual(wrong, [], `${wrong.length} of ${lines.length} cases differ`);
  builtin.free();
});

test("a live form: a pointer read once, one edit, one delta; messages in nynorsk", () => {
  const v = Validator.builtin();
  const live = v.live("pilotplan", { lang: "nn" });
  const year = live.handle("/planYear");
  const delta = live.setAt(year, 1999);
  assert.equal(delta.valid, false);
  const here = delta.changed.find((c) => c.path === "/planYear");
  assert.ok(here && here.issues.length === 1, JSON.stringify(delta));
  assert.equal(typeof here.issues[0].message, "string");
  assert.deepEqual(live.report(), v.validate("pilotplan", live.data(), { lang: "nn" }));
  // The CommonJS glue keeps the classes' names, so its errors read as the ES module's.
  assert.throws(() => live.setAt({}, 1), /expected instance of LiveHandle/);
  year.free();
  live.free();
  v.free();
});

test("bad input is an Error with a message, not a crash", () => {
  const v = Validator.builtin();
  assert.throws(() => v.validate("pilotplan", "{ not json"), (e) => e instanceof Error && e.line === 1);
  assert.throws(() => v.validate("nope", {}), /nope/);
  v.free();
});

test("the environment is the one the runner says", () => {
  const env = process.env.SKJEMASJEKK_TOOL_ENV;
  if (env === "jsdom") assert.equal(typeof window.document.createElement, "function");
  if (env === "node") assert.equal(typeof globalThis.window, "undefined");
});
