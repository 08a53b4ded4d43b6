// Documents that grow, for the size-step benchmarks (BENCHMARKS.md "Growth with
// the document"): the valid pilot plan from 4 KB to 200 KB (more pilots, each with
// more milestones, budget lines and indicators), and the grant list of
// tilskudd.ruleset.json with 10, 100 and 1 000 recipients. All are valid, so a
// benchmark edit changes one verdict at most. Deterministic: no randomness.
//
//   node benches/scale/generate.mjs [--out target/bench/scale]   writes the documents
//   import { scaleDocs } from "./generate.mjs"                      the same, in memory
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";

const here = dirname(new URL(import.meta.url).pathname);
const root = resolve(here, "../..");

/** The pilot plan grown to about `kb` KB of JSON text (pilots ≤ 10, lists ≤ 30/50). */
function pilotplan(kb) {
  const base = JSON.parse(readFileSync(`${root}/benches/data/pilotplan-valid.json`, "utf8"));
  if (kb <= 6) return base;
  const model = base.pilots[0];
  const pilots = Math.min(10, Math.max(2, Math.ceil(kb / 20)));
  let lines = 1;
  const make = () => {
    const doc = structuredClone(base);
    doc.pilots = Array.from({ length: pilots }, (_, p) => grow(structuredClone(model), p, lines));
    return doc;
  };
  while (lines < 50 && JSON.stringify(make()).length < kb * 1024) lines++;
  return make();
}

/** One pilot with `n` milestones and budget lines and min(n, 30) indicators. */
function grow(pilot, p, n) {
  pilot.title = `${pilot.title} (${p + 1})`;
  const day = (k) => new Date(Date.UTC(2024, 1, 2) + k * 86_400_000).toISOString().slice(0, 10);
  pilot.time.milestones = Array.from({ length: n }, (_, k) => ({
    title: `Delmål ${k + 1}: kommunene har tatt i bruk den nye veiledningsordningen, rapportert erfaringene og delt dem med hverandre`,
    date: day((k * 5) % 300),
  }));
  pilot.economy.budget = Array.from({ length: n }, (_, k) => ({
    item: `Post ${k + 1}: lønn, reiser og samlinger for veiledere og rådgivere i de kommunene som er med i piloten i år`,
    amountNok: 10_000 + k * 1_000,
  }));
  pilot.economy.totalNok = pilot.economy.budget.reduce((s, b) => s + b.amountNok, 0);
  pilot.evaluation.indicators = Array.from(
    { length: Math.min(n, 30) },
    (_, k) => `Indikator ${k + 1}: andel bestillinger besvart innen to uker`,
  );
  return pilot;
}

/** A valid organisation number (MOD11 check digit) from an 8-digit stem. */
function orgnr(stem) {
  const digits = String(stem).padStart(8, "0").split("").map(Number);
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const rest = digits.reduce((s, d, i) => s + d * weights[i], 0) % 11;
  const check = rest === 0 ? 0 : 11 - rest;
  return check === 10 ? null : digits.join("") + check;
}

/** The grant list with `n` recipients. */
function tilskudd(n) {
  const kommuner = JSON.parse(readFileSync(`${root}/data/kommuner-2024.json`, "utf8")).kommuner;
  const recipients = [];
  for (let stem = 90_000_000; recipients.length < n; stem += 7) {
    const number = orgnr(stem);
    if (!number) continue;
    const k = recipients.length;
    const kommune = kommuner[k % kommuner.length];
    const coFunded = k % 3 === 0;
    recipients.push({
      name: `${kommune.name} frivilligsentral ${k + 1}`,
      organizationNumber: number,
      municipality: kommune.number,
      amountNok: 25_000 + (k % 40) * 2_500,
      coFunded,
      ...(coFunded ? { ownShareNok: 5_000 } : {}),
      from: "2025-01-01",
      to: "2025-12-31",
    });
  }
  const totalNok = recipients.reduce((s, r) => s + r.amountNok, 0);
  return { scheme: "Tilskudd til frivilligsentraler 2025", totalNok, recipients };
}

/** Every scaled document: { name, form, doc, pointer, keys } (pointer: the field typed into). */
export function scaleDocs() {
  const out = [];
  for (const kb of [4, 40, 200]) {
    out.push({ name: `pilotplan-${kb}k`, form: "pilotplan", doc: pilotplan(kb), pointer: "/pilots/0/title", keys: ["pilots", 0, "title"] });
  }
  for (const n of [10, 100, 1000]) {
    out.push({ name: `tilskudd-${n}`, form: "tilskudd", doc: tilskudd(n), pointer: "/recipients/0/name", keys: ["recipients", 0, "name"] });
  }
  return out;
}

/** The third rule set's text. */
export const tilskuddRuleset = () => readFileSync(`${here}/tilskudd.ruleset.json`, "utf8");

if (process.argv[1] && resolve(process.argv[1]) === resolve(here, "generate.mjs")) {
  const { values } = parseArgs({ options: { out: { type: "string", default: `${root}/target/bench/scale` } } });
  mkdirSync(values.out, { recursive: true });
  for (const d of scaleDocs()) {
    const text = JSON.stringify(d.doc, null, 1);
    writeFileSync(`${values.out}/${d.name}.json`, `${text}\n`);
    process.stderr.write(`${d.name}: ${JSON.stringify(d.doc).length} bytes\n`);
  }
}
