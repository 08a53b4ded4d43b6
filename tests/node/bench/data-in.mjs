// Micro-benchmark: the two ways data can enter the wasm module, on the built-in forms
// with the benchmark documents in benches/data/.
//   json  — Validator.validate(obj): JSON.stringify called from Rust, then the core's parse_json
//   serde — Validator.validateSerde(obj): structuredClone, then serde-wasm-bindgen into Value
// plus validate() with JSON text already in hand, validateJson() (text in, text out), and
// the JS-only cost of JSON.stringify and structuredClone for scale. Prints a Markdown
// table: the median of 7 rounds, in microseconds per call.
//   scripts/build-pkg.sh --features serde-input   (validateSerde is only in that build)
//   node tests/node/bench/data-in.mjs [path/to/pkg/node.js]
import { readFileSync } from "node:fs";

const entry = process.argv[2] ?? new URL("../../../pkg/node.js", import.meta.url).href;
const { Validator } = await import(entry);
const v = Validator.builtin();
if (typeof v.validateSerde !== "function") {
  console.error("data-in: this package has no validateSerde; build it with scripts/build-pkg.sh --features serde-input");
  process.exit(2);
}
const doc = (name) => JSON.parse(readFileSync(new URL(`../../../benches/data/${name}.json`, import.meta.url), "utf8"));

function time(fn, iterations) {
  for (let i = 0; i < iterations; i++) fn(); // warm-up round, not counted
  const rounds = [];
  for (let r = 0; r < 7; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) fn();
    rounds.push(Number(process.hrtime.bigint() - t0) / iterations / 1000);
  }
  rounds.sort((a, b) => a - b);
  return rounds[3];
}

const cases = [
  ["pilotplan", "pilotplan-valid", 1],
  ["pilotplan", "pilotplan-many-errors", 1],
  ["forsokssoknad", "forsokssoknad-valid", 1],
  ["pilotplan", "pilotplan-valid ×20 pilots", 20],
];
console.log("| form: document | JSON bytes | json route: validate(obj) | serde route: validateSerde(obj) | validate(text) | validateJson(text) | JSON.stringify alone | structuredClone alone |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const [form, name, copies] of cases) {
  const data = doc(name.split(" ")[0]);
  if (copies > 1) data.pilots = Array.from({ length: copies }, (_, i) => structuredClone(data.pilots[i % data.pilots.length]));
  const text = JSON.stringify(data);
  const a = JSON.stringify(v.validate(form, data));
  if (a !== JSON.stringify(v.validateSerde(form, data)) || a !== v.validateJson(form, text)) throw new Error(`${name}: routes disagree`);
  const n = Math.max(200, Math.round(2_000_000 / text.length));
  const cols = [
    time(() => v.validate(form, data), n),
    time(() => v.validateSerde(form, data), n),
    time(() => v.validate(form, text), n),
    time(() => v.validateJson(form, text), n),
    time(() => JSON.stringify(data), n),
    time(() => structuredClone(data), n),
  ].map((us) => `${us.toFixed(1)} µs`);
  console.log(`| ${form}: ${name} | ${text.length} | ${cols.join(" | ")} |`);
}
