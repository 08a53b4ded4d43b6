// Random JS values at the package's boundary (seeded, so a failure repeats):
// values only JavaScript can hold (NaN, -0, undefined, sparse arrays, symbols,
// getters, toJSON, lone surrogates, prototype keys, huge strings) mixed into
// otherwise plausible form data. For every call into the package:
//   - it returns a report or throws an Error with a message, never a trap;
//   - a report is the one the same data gets as JSON text (validateJson of
//     JSON.stringify), byte for byte, so nothing is lost or changed on the way in;
//   - NaN or ±Infinity anywhere is refused, never read as null;
//   - the live form agrees with a fresh validation after each accepted edit;
// and afterwards the module still gives the known answer for a known document.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Validator } from "skjemasjekk";
import { testsDir } from "./helpers.mjs";

/** mulberry32: a small seeded PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ["title", "start", "end", "name", "amount", "pilots", "__proto__", "constructor", "toString", "", "0", "a\u0000b", "\u202e", "kommunenummer"];
const STRINGS = ["", " ", "2024-05-01", "2024-02-30", "988077917", "0301", "å", "a\u030a", "\ud800", "x\udc00y", "\ud83d\ude00", "\u0000", "\u202e\u2066", "1e400", "null", "x".repeat(5000)];
const NUMBERS = [0, -0, 1, -1, 0.1, 2 ** 53, 2 ** 53 + 2, 1e300, 5e-324, NaN, Infinity, -Infinity, 2024, 120000.5];

/** A random JS value, at most `depth` levels deep. */
function value(rand, depth) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const r = rand();
  if (depth <= 0 || r < 0.45) {
    const s = rand();
    if (s < 0.35) return pick(STRINGS);
    if (s < 0.65) return pick(NUMBERS);
    if (s < 0.75) return rand() < 0.5;
    if (s < 0.82) return null;
    if (s < 0.88) return undefined;
    if (s < 0.9) return Symbol("s");
    if (s < 0.92) return () => 1;
    if (s < 0.94) return new Date(Date.UTC(2024, 4, 1));
    return pick(STRINGS) + pick(STRINGS);
  }
  if (r < 0.7) {
    const n = Math.floor(rand() * 5);
    const list = Array.from({ length: n }, () => value(rand, depth - 1));
    if (rand() < 0.1) list.length += 2; // holes
    return list;
  }
  // Objects from JSON.parse keep "__proto__" as an own key, as a server receives it.
  const members = {};
  for (let i = Math.floor(rand() * 5); i > 0; i--) members[pick(KEYS)] = value(rand, depth - 1);
  let obj = JSON.parse("{}");
  for (const [k, v] of Object.entries(members)) Object.defineProperty(obj, k, { value: v, enumerable: true, writable: true, configurable: true });
  const twist = rand();
  // toJSON and getters answer the same each time (the test stringifies twice).
  if (twist < 0.05) {
    const replacement = value(rand, 1);
    obj = { toJSON: () => replacement };
  } else if (twist < 0.08) {
    const text = pick(STRINGS);
    Object.defineProperty(obj, "name", { enumerable: true, get: () => text });
  }
  return obj;
}

/** Does JSON.stringify meet a non-finite number in `v` (as it walks it)? */
function hasNonFinite(v) {
  let found = false;
  try {
    JSON.stringify(v, (_k, x) => {
      if (typeof x === "number" && !Number.isFinite(x)) found = true;
      return x;
    });
  } catch {
    return false;
  }
  return found;
}

function outcome(fn) {
  try {
    return { ok: fn() };
  } catch (e) {
    assert.ok(!(e instanceof WebAssembly.RuntimeError), `WebAssembly trap: ${e}`);
    assert.ok(e instanceof Error && e.message.length > 0, `not an Error with a message: ${String(e)}`);
    return { error: e };
  }
}

const v = Validator.builtin();
const known = readFileSync(`${testsDir}/../benches/data/pilotplan-valid.json`, "utf8");
const knownReport = v.validateJson("pilotplan", known, { lang: "nn" });

test("random JS values: a report equal to the JSON text's, or an Error; never a trap", () => {
  const rand = prng(20261123);
  let reports = 0;
  for (let i = 0; i < 1500; i++) {
    const form = i % 2 ? "pilotplan" : "forsokssoknad";
    const data = rand() < 0.5 ? { ...JSON.parse(known), [KEYS[i % KEYS.length]]: value(rand, 3) } : value(rand, 4);
    const got = outcome(() => v.validate(form, data, { lang: "nb" }));
    if (hasNonFinite(data)) {
      assert.ok(got.error, `case ${i}: NaN/Infinity was accepted`);
      assert.match(got.error.message, /is not a number JSON can hold/);
      continue;
    }
    let text;
    try {
      text = JSON.stringify(data);
    } catch {
      assert.ok(got.error, `case ${i}: data JSON.stringify refuses was accepted`);
      continue;
    }
    if (typeof data === "string") continue; // a string is taken as JSON text itself
    if (text === undefined) {
      assert.ok(got.error, `case ${i}: a value with no JSON was accepted`);
      continue;
    }
    const viaText = outcome(() => v.validateJson(form, text, { lang: "nb" }));
    if (got.ok) {
      reports++;
      assert.equal(JSON.stringify(got.ok), viaText.ok, `case ${i}: the JS value and its JSON text got different reports`);
    } else {
      assert.equal(got.error.message, viaText.error?.message, `case ${i}`);
    }
  }
  assert.ok(reports > 300, `only ${reports} of 1500 cases got a report: the generator is too hostile to test much`);
  assert.equal(v.validateJson("pilotplan", known, { lang: "nn" }), knownReport);
});

test("random edits to a live form (by pointer and by handle, languages switched): it agrees with a fresh validation after each", () => {
  const rand = prng(7);
  const live = v.live("pilotplan", { lang: "en" }, JSON.parse(known));
  const pointers = ["/title", "/planYear", "/pilots/0/title", "/pilots/0/time/start", "/pilots/1", "/contact/email", "/pilots/0/trustRelations/0", "/nope/x", "/pilots/-", "/hasPlans"];
  const handles = pointers.map((p) => live.handle(p));
  const langs = ["nb", "nn", "en"];
  let lang = "en";
  for (let i = 0; i < 400; i++) {
    const at = Math.floor(rand() * pointers.length);
    const pointer = pointers[at];
    const before = JSON.stringify(live.data());
    const r = rand();
    const edit = outcome(() =>
      r < 0.15 ? live.remove(pointer) : r < 0.55 ? live.set(pointer, value(rand, 2)) : live.setAt(handles[at], value(rand, 2)),
    );
    if (edit.error) assert.equal(JSON.stringify(live.data()), before, `edit ${i} failed but changed the data`);
    if (rand() < 0.1) {
      lang = langs[Math.floor(rand() * langs.length)];
      live.setLang(lang);
    }
    assert.deepEqual(live.report(), v.validate("pilotplan", live.data(), { lang }), `edit ${i} at ${pointer}`);
    const other = langs[i % 3];
    if (i % 25 === 0) assert.deepEqual(live.report(other), v.validate("pilotplan", live.data(), { lang: other }), `report(${other}) after edit ${i}`);
  }
  for (const h of handles) h.free();
  live.free();
  assert.equal(v.validateJson("pilotplan", known, { lang: "nn" }), knownReport);
});
