// Node benchmark, one process: the skjemasjekk npm package (pkg/) against Ajv 8 and
// Ajv + ajv-errors on the same documents (benches/data/), with the same JSON Schema
// (`skjemasjekk schema --form ID`). Writes target/bench/node.json for BENCHMARKS.md.
//
//   node benches/node/bench.mjs --schemas DIR [--pkg pkg/node.js] [--serde-pkg DIR/node.js]
//        [--out target/bench/node.json] [--rounds 21] [--round-ms 15] [--warmup-ms 200]
//
// --schemas DIR holds DIR/FORM.schema.json from the CLI. --serde-pkg: a build that has
// `validateSerde` when the default one does not (the `serde-input` cargo feature).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { compileAjv, newAjv, withNorwegianMessages } from "./lib/ajv.mjs";
import { runInterleaved } from "./lib/measure.mjs";
import { scaleDocs, tilskuddRuleset } from "../scale/generate.mjs";

const root = resolve(dirname(new URL(import.meta.url).pathname), "../..");
const { values: args } = parseArgs({
  options: {
    schemas: { type: "string" },
    pkg: { type: "string", default: `${root}/pkg/node.js` },
    "serde-pkg": { type: "string" },
    out: { type: "string", default: `${root}/target/bench/node.json` },
    rounds: { type: "string", default: "21" },
    "round-ms": { type: "string", default: "15" },
    "warmup-ms": { type: "string", default: "200" },
  },
});
if (!args.schemas) throw new Error("bench.mjs: --schemas DIR (from `skjemasjekk schema --form ID`) is required");
const method = { rounds: Number(args.rounds), roundMs: Number(args["round-ms"]), warmupMs: Number(args["warmup-ms"]) };

const FORMS = ["forsokssoknad", "pilotplan"];
const DOCS = ["valid", "one-error", "many-errors"];
/** The field a person types into for the live-update case (as in benches/native.rs). */
const LIVE_FIELD = { forsokssoknad: ["/title", ["title"]], pilotplan: ["/pilots/0/title", ["pilots", 0, "title"]] };
const LIVE_VALUES = ["Digital førstelinje i Nav", "Ny"];
const OPTS = { lang: "nb", strict: true };

const pkg = await import(resolve(args.pkg));
const v = pkg.Validator.builtin();
let serdeRoute;
let vSerde = null;
if (typeof v.validateSerde === "function") {
  vSerde = v;
  serdeRoute = "in the default build";
} else if (args["serde-pkg"]) {
  const other = await import(resolve(args["serde-pkg"]));
  vSerde = other.Validator.builtin();
  if (typeof vSerde.validateSerde !== "function") throw new Error(`${args["serde-pkg"]} has no validateSerde either`);
  serdeRoute = "absent from the default build; measured from a second build with the `serde-input` feature";
} else {
  serdeRoute = "absent from the default build and no `serde-input` build given: not measured";
}

const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));
const cases = [];
const docs = [];
const add = (section, form, doc, contender, fn) => cases.push({ id: `${section}|${form}|${doc}|${contender}`, fn });

/**
 * One field typed into, the value flipping between a valid and a too-short text: the
 * live form by pointer (`skj-live`) and by a handle read once (`skj-live-handle`), and,
 * without live state, Ajv + ajv-errors on the whole document after the edit (`ajv-nb`).
 */
function addLive(section, row, validator, form, doc, ajv, pointer, keys) {
  const live = validator.live(form, OPTS, doc);
  let flip = 0;
  add(section, row, "valid", "skj-live", () => live.set(pointer, LIVE_VALUES[(flip ^= 1)]));
  const handle = live.handle(pointer);
  let flipH = 0;
  add(section, row, "valid", "skj-live-handle", () => live.setAt(handle, LIVE_VALUES[(flipH ^= 1)]));
  const edited = structuredClone(doc);
  const parent = keys.slice(0, -1).reduce((o, k) => o[k], edited);
  const last = keys[keys.length - 1];
  let flipAjv = 0;
  add(section, row, "valid", "ajv-nb", () => {
    parent[last] = LIVE_VALUES[(flipAjv ^= 1)];
    return ajv.nb(edited);
  });
}

for (const form of FORMS) {
  const schema = readJson(`${args.schemas}/${form}.schema.json`);
  if (JSON.stringify(schema) !== JSON.stringify(v.schema(form))) {
    throw new Error(`${form}: the CLI's schema differs from the package's Validator.schema()`);
  }
  const ajv = compileAjv(schema);

  for (const kind of DOCS) {
    const data = readJson(`${root}/benches/data/${form}-${kind}.json`);
    const report = v.validate(form, data, OPTS);
    if (vSerde && JSON.stringify(vSerde.validateSerde(form, data, OPTS)) !== JSON.stringify(report)) {
      throw new Error(`${form}-${kind}: validateSerde and validate disagree`);
    }
    ajv.plain(data);
    const ajvErrors = ajv.plain.errors?.length ?? 0;
    ajv.nb(data);
    docs.push({
      form,
      doc: kind,
      bytes: JSON.stringify(data).length,
      skjemasjekk: report.issues.length,
      ajv: ajvErrors,
      ajvNb: ajv.nb.errors?.length ?? 0,
      skjemasjekkCodes: report.issues.map((i) => i.code),
    });
    add("validate", form, kind, "skj-json", () => v.validate(form, data, OPTS));
    if (vSerde) add("validate", form, kind, "skj-serde", () => vSerde.validateSerde(form, data, OPTS));
    // Data crossing for scale: the JSON text already in hand (a server's request body),
    // and what JSON.stringify alone costs (the JSON route's first step).
    const text = JSON.stringify(data);
    add("validate", form, kind, "skj-text", () => v.validateJson(form, text, OPTS));
    add("validate", form, kind, "stringify", () => JSON.stringify(data));
    // A server with the request body in hand: JSON.parse, then Ajv + ajv-errors.
    add("validate", form, kind, "parse-ajv-nb", () => ajv.nb(JSON.parse(text)));
    add("validate", form, kind, "ajv", () => ajv.plain(data));
    add("validate", form, kind, "ajv-nb", () => ajv.nb(data));
  }

  const [pointer, keys] = LIVE_FIELD[form];
  const valid = readJson(`${root}/benches/data/${form}-valid.json`);
  addLive("live", form, v, form, valid, ajv, pointer, keys);

  // Compiling the form: the rule set into the engine, the schema into Ajv's generated code.
  const rulesetText = v.ruleset(form);
  add("compile", form, "-", "skj-compile", () => new pkg.Validator(rulesetText).free());
  add("compile", form, "-", "ajv", () => newAjv(schema).compile(schema));
  const nbSchema = withNorwegianMessages(schema);
  add("compile", form, "-", "ajv-nb", () => newAjv(nbSchema, { errors: true }).compile(nbSchema));
}

// Growth with the document (benches/scale/): one edit of a live form (by pointer, and
// by a handle read once) against Ajv + ajv-errors on the whole document after the
// edit, and a whole validation, at each size step.
const scaled = [];
const vTilskudd = new pkg.Validator(tilskuddRuleset());
const ajvOf = { pilotplan: compileAjv(v.schema("pilotplan")), tilskudd: compileAjv(vTilskudd.schema("tilskudd")) };
for (const { name, form, doc, pointer, keys } of scaleDocs()) {
  const vf = form === "tilskudd" ? vTilskudd : v;
  const ajv = ajvOf[form];
  const report = vf.validate(form, doc, OPTS);
  if (!report.valid || !ajv.nb(doc)) throw new Error(`${name}: the scaled document must be valid`);
  scaled.push({ name, form, bytes: JSON.stringify(doc).length });
  add("scale", name, "valid", "skj-json", () => vf.validate(form, doc, OPTS));
  add("scale", name, "valid", "ajv-nb-whole", () => ajv.nb(doc));
  addLive("scale", name, vf, form, doc, ajv, pointer, keys);
}

const fast = cases.filter((c) => !c.id.startsWith("compile|"));
const slow = cases.filter((c) => c.id.startsWith("compile|"));
const load0 = loadavg()[0];
const log = (m) => process.stderr.write(`\rnode bench: ${m}   `);
const results = [
  ...runInterleaved(fast, { ...method, log }),
  // Compiling takes milliseconds: one call per round, fewer rounds.
  ...runInterleaved(slow, { rounds: Math.min(method.rounds, 11), roundMs: 0.001, warmupMs: method.warmupMs, log }),
];
process.stderr.write("\n");

const out = {
  node: process.version,
  v8: process.versions.v8,
  method: { ...method, compileRounds: Math.min(method.rounds, 11) },
  loadavg: [load0, loadavg()[0]],
  serdeRoute,
  docs,
  scaled,
  cases: results.map((r) => {
    const [section, form, doc, contender] = r.id.split("|");
    return { section, form, doc, contender, iterations: r.iterations, median_ns: r.median_ns, min_ns: r.min_ns, max_ns: r.max_ns };
  }),
};
mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(args.out, `${JSON.stringify(out, null, 1)}\n`);
for (const c of out.cases) {
  const us = (ns) => (ns / 1e3).toFixed(2).padStart(10);
  console.log(`${c.section.padEnd(8)} ${c.form.padEnd(13)} ${c.doc.padEnd(11)} ${c.contender.padEnd(11)} median ${us(c.median_ns)} µs  min ${us(c.min_ns)}  max ${us(c.max_ns)}`);
}
