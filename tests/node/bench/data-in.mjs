// Micro-benchmark: the two ways data can enter the wasm module.
//   json  — Validator.validate(obj): JSON.stringify called from Rust, then the core's parse_json
//   serde — Validator.validateSerde(obj): structuredClone, then serde-wasm-bindgen into Value
// plus validate() with JSON text already in hand, validateJson() (text in, text out), and
// the JS-only cost of JSON.stringify and structuredClone for scale. Reports the median of
// 7 rounds in microseconds per call.
//   node tests/node/bench/data-in.mjs [path/to/pkg/node.js]
import { readFileSync } from "node:fs";

const entry = process.argv[2] ?? new URL("../../../pkg/node.js", import.meta.url).href;
const { Validator } = await import(entry);
const ruleset = readFileSync(new URL("../mini-ruleset.json", import.meta.url), "utf8");
const v = new Validator(ruleset);

const small = { name: "Kari Nordmann", orgnr: "988077917", start: "2024-05-01", end: "2024-09-30" };
const item = (i) => ({
  title: `Pilot ${i}`,
  owner: { name: "Etat for forsøk", orgnr: "988077917", contact: { email: "post@example.no", phone: "+47 22 00 00 00" } },
  time: { start: "2024-01-01", end: "2025-06-30", phases: ["plan", "gjennomføring", "evaluering"] },
  economy: { totalNok: 1200000 + i, budget: [{ post: "Lønn", amountNok: 800000 }, { post: "Drift", amountNok: 400000 + i }] },
  participants: { users: 120, employees: 14, thirdParties: true },
});
const medium = { ...small, pilots: Array.from({ length: 5 }, (_, i) => item(i)) };
const large = { ...small, pilots: Array.from({ length: 100 }, (_, i) => item(i)) };

function time(fn, iterations) {
  const rounds = [];
  for (let r = 0; r < 7; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) fn();
    rounds.push(Number(process.hrtime.bigint() - t0) / iterations / 1000);
  }
  rounds.sort((a, b) => a - b);
  return rounds[3];
}

console.log("| data | JSON bytes | json route (validate obj) | serde route (validateSerde obj) | validate(text) | validateJson(text) | JSON.stringify alone | structuredClone alone |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const [name, data, n] of [["small", small, 20000], ["medium (5 pilots)", medium, 2000], ["large (100 pilots)", large, 200]]) {
  const text = JSON.stringify(data);
  // Warm up every path once and check they agree.
  const a = JSON.stringify(v.validate("mini", data));
  if (a !== JSON.stringify(v.validateSerde("mini", data)) || a !== v.validateJson("mini", text)) throw new Error("routes disagree");
  const cols = [
    time(() => v.validate("mini", data), n),
    time(() => v.validateSerde("mini", data), n),
    time(() => v.validate("mini", text), n),
    time(() => v.validateJson("mini", text), n),
    time(() => JSON.stringify(data), n),
    time(() => structuredClone(data), n),
  ].map((us) => `${us.toFixed(1)} µs`);
  console.log(`| ${name} | ${text.length} | ${cols.join(" | ")} |`);
}
