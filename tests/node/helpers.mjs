// Shared by the node --test suites: where the fixtures are, and how to tell a
// proper JS Error from a WebAssembly trap. The suites import "skjemasjekk", so
// they run against the installed npm package (scripts/test-wasm.sh copies them
// into a fresh project that installed the packed .tgz).
import { readFileSync } from "node:fs";
import assert from "node:assert/strict";

const here = new URL(".", import.meta.url);

/** The repository's tests/ directory (set by scripts/test-wasm.sh; else next to this file). */
export const testsDir = process.env.SKJEMASJEKK_TESTS_DIR ?? new URL("..", here).pathname;

export const miniRuleset = readFileSync(`${testsDir}/node/mini-ruleset.json`, "utf8");

/** Call `fn` and assert that it throws a real `Error` with a message, not a trap. */
export function throwsError(fn, what, pattern) {
  let caught;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  assert.ok(caught !== undefined, `${what}: expected an Error, nothing was thrown`);
  assert.ok(!(caught instanceof WebAssembly.RuntimeError), `${what}: WebAssembly trap: ${caught}`);
  assert.ok(caught instanceof Error, `${what}: not an Error: ${String(caught)}`);
  assert.ok(caught.message.length > 0, `${what}: empty message`);
  if (pattern) assert.match(caught.message, pattern, what);
  return caught;
}
