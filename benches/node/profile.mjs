// Where the time goes inside one Node benchmark case: runs the case in a child
// `node --cpu-prof` for a few seconds and prints the functions with the most self
// time (JS and wasm; wasm functions have names only in a build that kept its name
// section, e.g. wasm-bindgen output before wasm-opt --strip-debug).
//
//   node benches/node/profile.mjs [--pkg pkg/node.js] [--case validate|json|serde|live] [--form pilotplan]
//        [--doc valid] [--seconds 5] [--top 25]
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";

const here = dirname(new URL(import.meta.url).pathname);
const root = resolve(here, "../..");
const { values: args } = parseArgs({
  options: {
    pkg: { type: "string", default: `${root}/pkg/node.js` },
    case: { type: "string", default: "validate" },
    form: { type: "string", default: "pilotplan" },
    doc: { type: "string", default: "valid" },
    seconds: { type: "string", default: "5" },
    top: { type: "string", default: "25" },
    child: { type: "boolean", default: false },
  },
});

if (args.child) {
  const { Validator } = await import(resolve(args.pkg));
  const v = Validator.builtin();
  const opts = { lang: "nb", strict: true };
  const text = readFileSync(`${root}/benches/data/${args.form}-${args.doc}.json`, "utf8");
  const data = JSON.parse(text);
  const live = v.live(args.form, opts, data);
  const pointer = args.form === "pilotplan" ? "/pilots/0/title" : "/title";
  let flip = 0;
  const run = {
    validate: () => v.validate(args.form, data, opts),
    json: () => v.validateJson(args.form, text, opts),
    serde: () => v.validateSerde(args.form, data, opts),
    live: () => live.set(pointer, (flip ^= 1) ? "Digital førstelinje i Nav" : "Ny"),
  }[args.case];
  if (!run) throw new Error(`unknown --case ${args.case}`);
  const end = Date.now() + Number(args.seconds) * 1000;
  let calls = 0;
  while (Date.now() < end) {
    for (let i = 0; i < 100; i++) run();
    calls += 100;
  }
  console.log(`${calls} calls of ${args.case} ${args.form}-${args.doc}`);
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), "skjemasjekk-prof-"));
const childArgs = process.argv.slice(2).filter((a) => a !== "--child");
console.log(execFileSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, new URL(import.meta.url).pathname, ...childArgs, "--child"], { encoding: "utf8" }).trim());
const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
const profile = JSON.parse(readFileSync(join(dir, file), "utf8"));

// Self time per node = its samples × the sampling interval; summed by function name.
const interval = (profile.endTime - profile.startTime) / Math.max(profile.samples.length, 1);
const hits = new Map();
for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
const byName = new Map();
let total = 0;
for (const node of profile.nodes) {
  const n = hits.get(node.id) ?? 0;
  if (!n) continue;
  const { functionName, url } = node.callFrame;
  const where = url.endsWith(".wasm") || url.startsWith("wasm://") ? "wasm" : url ? url.split("/").pop() : "";
  const key = `${functionName || "(anonymous)"}${where ? `  [${where}]` : ""}`;
  byName.set(key, (byName.get(key) ?? 0) + n);
  total += n;
}
const pct = (n) => `${((100 * n) / total).toFixed(1).padStart(5)} %`;
console.log(`${total} samples of ~${(interval / 1000).toFixed(2)} ms (profile: ${join(dir, file)})`);
console.log("\nself time by function:");
for (const [name, n] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top))) console.log(`${pct(n)}  ${name}`);

// Self time by crate/module: the first two path segments of the Rust name; JS by file.
const group = (key) => {
  const [fn, where] = key.split("  [");
  if (!where?.startsWith("wasm")) return where ? `JS ${where.slice(0, -1)}` : fn;
  const path = fn.replace(/^<+/, "").split(/ as |[<>{]/)[0].replace(/\[[0-9a-f]+\]/g, "");
  return path.split("::").slice(0, 2).join("::");
};
const byGroup = new Map();
for (const [key, n] of byName) byGroup.set(group(key), (byGroup.get(group(key)) ?? 0) + n);
console.log("\nself time by crate or module:");
for (const [name, n] of [...byGroup].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top))) console.log(`${pct(n)}  ${name}`);

// Inclusive time (self + callees) of each function, counted once per sample.
const parentOf = new Map();
for (const node of profile.nodes) for (const c of node.children ?? []) parentOf.set(c, node);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const inclusive = new Map();
for (const [id, n] of hits) {
  const seen = new Set();
  for (let node = byId.get(id); node; node = parentOf.get(node.id)) {
    const name = node.callFrame.functionName || "(anonymous)";
    if (seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + n);
  }
}
console.log("\ninclusive time (with callees):");
for (const [name, n] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top))) console.log(`${pct(n)}  ${name}`);
