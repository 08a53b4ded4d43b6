import { readFileSync } from "node:fs";
import { runInterleaved } from "./lib/measure.mjs";
const pkgs = { oz: "/work/wt-bench/pkg/node.js", o3: "/tmp/o3-pkg/node.js" };
const OPTS = { lang: "nb", strict: true };
const cases = [];
for (const [name, path] of Object.entries(pkgs)) {
  const { Validator } = await import(path);
  const v = Validator.builtin();
  for (const form of ["pilotplan", "forsokssoknad"]) for (const doc of ["valid", "many-errors"]) {
    const data = JSON.parse(readFileSync(`../data/${form}-${doc}.json`, "utf8"));
    const text = JSON.stringify(data);
    cases.push({ id: `${name} ${form}-${doc} validate(obj)`, fn: () => v.validate(form, data, OPTS) });
    cases.push({ id: `${name} ${form}-${doc} validateJson(text)`, fn: () => v.validateJson(form, text, OPTS) });
  }
  const live = v.live("pilotplan", OPTS, JSON.parse(readFileSync(`../data/pilotplan-valid.json`, "utf8")));
  let f = 0;
  cases.push({ id: `${name} pilotplan live.set`, fn: () => live.set("/pilots/0/title", (f ^= 1) ? "Digital førstelinje i Nav" : "Ny") });
}
cases.push({ id: `JSON.stringify pilotplan-valid`, fn: ((d) => () => JSON.stringify(d))(JSON.parse(readFileSync(`../data/pilotplan-valid.json`, "utf8"))) });
for (const r of runInterleaved(cases, { rounds: 21, roundMs: 10, warmupMs: 100 }).sort((a,b)=>a.id.slice(3).localeCompare(b.id.slice(3))))
  console.log(r.id.padEnd(50), (r.median_ns/1e3).toFixed(1).padStart(8), "µs  min", (r.min_ns/1e3).toFixed(1));
