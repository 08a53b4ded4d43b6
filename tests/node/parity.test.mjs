// Parity runtime (4): every line of tests/parity/golden.jsonl through the installed
// npm package must give the native output byte for byte (validateJson: the report's
// text, or the one-line error), and for reports the JS-object route must give the
// same report. Fails listing every difference.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Validator } from "skjemasjekk";
import { testsDir } from "./helpers.mjs";

const lines = readFileSync(`${testsDir}/parity/golden.jsonl`, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "");

/** [validator, form id] for a line, or an error text. */
function target(c, builtin) {
  if (c.form !== null) return [builtin, c.form];
  const v = new Validator(c.ruleset);
  return [v, v.forms()[0].id];
}

function outcome(fn) {
  try {
    return [true, fn()];
  } catch (e) {
    return [false, e.message];
  }
}

test("golden lines give the native output byte for byte", () => {
  assert.ok(lines.length > 0, "golden.jsonl has no lines");
  const builtin = Validator.builtin();
  const differences = [];
  lines.forEach((line, n) => {
    const c = JSON.parse(line);
    const [ok, output] = outcome(() => {
      const [v, id] = target(c, builtin);
      return v.validateJson(id, c.data, c.options);
    });
    if (ok !== c.ok || output !== c.output) {
      differences.push(`line ${n + 1} ${c.name}:\n  expected ok=${c.ok} ${c.output}\n  got      ok=${ok} ${output}`);
      return;
    }
    if (c.ok) {
      const [objOk, report] = outcome(() => {
        const [v, id] = target(c, builtin);
        return JSON.stringify(v.validate(id, JSON.parse(c.data), c.options));
      });
      const want = JSON.stringify(JSON.parse(c.output));
      if (!objOk || report !== want) {
        differences.push(`line ${n + 1} ${c.name} (data as a JS object):\n  expected ${want}\n  got      ${report}`);
      }
    }
  });
  assert.equal(differences.length, 0, `${differences.length} of ${lines.length} golden lines differ:\n${differences.join("\n")}`);
});
