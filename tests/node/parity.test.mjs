// Parity runtime (4): every line of tests/parity/golden.jsonl through the installed
// npm package in Node must give the native output byte for byte. Fails listing
// every difference. (browser.test.mjs runs the same check in headless Chromium.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Validator } from "skjemasjekk";
import { testsDir } from "./helpers.mjs";
import { goldenDifferences } from "./parity-check.mjs";

test("golden lines give the native output byte for byte", () => {
  const { count, differences } = goldenDifferences(Validator, readFileSync(`${testsDir}/parity/golden.jsonl`, "utf8"));
  assert.ok(count > 0, "golden.jsonl has no lines");
  assert.equal(differences.length, 0, `${differences.length} of ${count} golden lines differ:\n${differences.join("\n")}`);
});
