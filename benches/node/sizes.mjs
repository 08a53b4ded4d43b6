// What a browser downloads: the skjemasjekk package as built (pkg/dist/) beside the
// equivalent Ajv validators, each bundled by esbuild (minified, ES module, browser),
// raw and gzip -9. Also writes those bundles to --www for the browser benchmark.
//
//   node benches/node/sizes.mjs --schemas DIR [--dist pkg/dist] [--www target/bench/www]
//        [--out target/bench/sizes.json]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { execFileSync } from "node:child_process";
import { newAjv, withNorwegianMessages } from "./lib/ajv.mjs";

const here = dirname(new URL(import.meta.url).pathname);
const root = resolve(here, "../..");
const require = createRequire(import.meta.url);
const esbuild = require("esbuild");
const { _ } = require("ajv");
const standaloneCode = require("ajv/dist/standalone").default;

const { values: args } = parseArgs({
  options: {
    schemas: { type: "string" },
    dist: { type: "string", default: `${root}/pkg/dist` },
    www: { type: "string", default: `${root}/target/bench/www` },
    out: { type: "string", default: `${root}/target/bench/sizes.json` },
  },
});
if (!args.schemas) throw new Error("sizes.mjs: --schemas DIR is required");
const FORMS = ["forsokssoknad", "pilotplan"];
const www = resolve(args.www);
const src = `${www}/src`;
mkdirSync(src, { recursive: true });

// gzip -9, as scripts/build-pkg.sh and benches/size/ count it.
const gzipLength = (bytes) => execFileSync("gzip", ["-9", "-c"], { input: bytes, maxBuffer: 1 << 26 }).length;
const measure = (bytes) => ({ raw: bytes.length, gzip: gzipLength(bytes) });
const rows = [];
const row = (group, name, what, bytes) => rows.push({ group, name, what, ...measure(bytes) });

// skjemasjekk, read from the build.
const wasm = readFileSync(`${args.dist}/skjemasjekk_bg.wasm`);
const glue = readFileSync(`${args.dist}/skjemasjekk.js`);
row("skjemasjekk", "skjemasjekk_bg.wasm", "the engine and both forms (wasm-opt -Oz)", wasm);
row("skjemasjekk", "skjemasjekk.js", "wasm-bindgen glue as shipped", glue);

// The entries are written under target/, so a bare `ajv` would resolve up the tree to
// the repository's own node_modules (a test's Ajv) before this folder's, and mix two
// copies of Ajv with ajv-errors' generated code. Bench packages resolve from here.
const benchPackages = {
  name: "bench-packages",
  setup(build) {
    build.onResolve({ filter: /^ajv(-errors|-formats)?(\/|$)/ }, (args) =>
      args.pluginData === "here" ? undefined : build.resolve(args.path, { resolveDir: here, kind: args.kind, pluginData: "here" }),
    );
  },
};

async function bundle(entryFile, outName) {
  const outfile = `${www}/${outName}`;
  await esbuild.build({
    entryPoints: [entryFile],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2020",
    outfile,
    logLevel: "error",
    nodePaths: [`${here}/node_modules`],
    plugins: [benchPackages],
  });
  return readFileSync(outfile);
}

// The glue as a bundler ships it (minified), next to the .wasm it loads.
writeFileSync(`${src}/skjemasjekk-entry.mjs`, `export { default, Validator } from ${JSON.stringify(`${resolve(args.dist)}/skjemasjekk.js`)};\n`);
row("skjemasjekk", "skjemasjekk.js, minified", "the glue bundled by esbuild --minify", await bundle(`${src}/skjemasjekk-entry.mjs`, "skjemasjekk.min.js"));

// Ajv contenders: the same two schemas, as a page would ship them.
const schemas = Object.fromEntries(FORMS.map((f) => [f, JSON.parse(readFileSync(`${args.schemas}/${f}.schema.json`, "utf8"))]));
const nbSchemas = Object.fromEntries(FORMS.map((f) => [f, withNorwegianMessages(schemas[f])]));
const annotations = (s) => [...new Set(JSON.stringify(s).match(/"x-skjemasjekk-[a-z-]+"/g) ?? [])].map((k) => JSON.parse(k));

// Ajv compiling in the browser: `setup(form)` compiles that form's schema.
function runtimeEntry(withErrors) {
  const chosen = withErrors ? nbSchemas : schemas;
  const keywords = [...new Set(FORMS.flatMap((f) => annotations(chosen[f])))];
  return `import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
${withErrors ? 'import addErrors from "ajv-errors";' : ""}
const schemas = ${JSON.stringify(chosen)};
export function setup(form) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv, { keywords: true });
  for (const keyword of ${JSON.stringify(keywords)}) ajv.addKeyword({ keyword });
  ${withErrors ? "addErrors(ajv);" : ""}
  const validate = ajv.compile(schemas[form]);
  return (data) => (validate(data) ? [] : validate.errors);
}
`;
}
writeFileSync(`${src}/ajv-entry.mjs`, runtimeEntry(false));
writeFileSync(`${src}/ajv-nb-entry.mjs`, runtimeEntry(true));
row("Ajv", "Ajv + ajv-formats, both schemas", "compiles the schema in the browser; English messages", await bundle(`${src}/ajv-entry.mjs`, "ajv.min.js"));
row("Ajv", "Ajv + ajv-formats + ajv-errors, both schemas with bokmål messages", "compiles in the browser", await bundle(`${src}/ajv-nb-entry.mjs`, "ajv-nb.min.js"));

// Ajv standalone: validation code generated ahead of time (no compiler shipped).
const standalone = newAjv(Object.values(nbSchemas), {
  errors: true,
  code: { source: true, esm: true, formats: _`require("ajv-formats/dist/formats").fullFormats` },
});
for (const f of FORMS) standalone.addSchema(nbSchemas[f], f);
writeFileSync(`${src}/ajv-nb-standalone-code.mjs`, standaloneCode(standalone, Object.fromEntries(FORMS.map((f) => [f, f]))));
writeFileSync(
  `${src}/ajv-nb-standalone-entry.mjs`,
  `import * as validators from "./ajv-nb-standalone-code.mjs";
export function setup(form) {
  const validate = validators[form];
  return (data) => (validate(data) ? [] : validate.errors);
}
`,
);
row("Ajv", "Ajv standalone code + ajv-errors, both schemas with bokmål messages", "validators generated at build time (ajv/dist/standalone)", await bundle(`${src}/ajv-nb-standalone-entry.mjs`, "ajv-nb-standalone.min.js"));

const out = { esbuild: esbuild.version, ajv: require("ajv/package.json").version, rows };
mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(args.out, `${JSON.stringify(out, null, 1)}\n`);
for (const r of rows) console.log(`${r.name.padEnd(72)} ${String(r.raw).padStart(8)} B  ${String(r.gzip).padStart(7)} B gzip`);
