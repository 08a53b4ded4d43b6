// The generated sections of BENCHMARKS.md: one table per section, and the goals.
import { bytes, cell, dur, finder, mark, msCell, ratio, summary, table } from "./format.mjs";
import { coreGoals } from "./growth.mjs";

const FORMS = ["forsokssoknad", "pilotplan"];
const DOCS = ["valid", "one-error", "many-errors"];
const CONTENDER = {
  "skj-json": "skjemasjekk `validate(obj)`",
  "skj-serde": "skjemasjekk `validateSerde(obj)`",
  ajv: "Ajv",
  "ajv-nb": "Ajv + ajv-errors (nb)",
};

const nativeCase = (native, form, kase, doc) => native.find((n) => n.form === form && n.case === kase && n.doc === doc);
const docInfo = (node, form, doc) => node.docs.find((d) => d.form === form && d.doc === doc);

/** Browser samples of one contender and visit, summarised per timing. */
function browserStats(browser, contender, visit) {
  const xs = browser.samples.filter((s) => s.contender === contender && s.visit === visit);
  const pick = (f) => summary(xs.map(f));
  return {
    sinceScript: pick((s) => s.firstResult - s.scriptStart),
    sinceImport: pick((s) => s.firstResult - s.imported),
    sinceNav: pick((s) => s.firstResult),
    imported: pick((s) => s.imported - s.scriptStart),
    init: pick((s) => s.initEnd - s.imported),
    afterArrival: pick((s) => s.initEnd - Math.max(s.imported, s.wasmResponseEnd)),
    ready: pick((s) => s.ready - (s.initEnd ?? s.imported)),
    validate: pick((s) => s.firstResult - Math.max(s.ready, s.docReady)),
  };
}

/** Median times of skjemasjekk's requests on Fast 4G, per page kind, from each sample's network log. */
function chainTable(browser) {
  const at = (s, file, key) => s.net?.find((r) => r.path.split("?")[0].endsWith(file))?.[key];
  const rows = [
    ["first-fast4g", "plain page: each file found by the script before it"],
    ["first-fast4g-hints", "page naming its files (preload, modulepreload)"],
  ].map(([visit, what]) => {
    const xs = browser.samples.filter((s) => s.contender === "skjemasjekk" && s.visit === visit);
    const m = (f) => summary(xs.map(f))?.median;
    const cellOf = (x) => (x === undefined ? "–" : x.toFixed(0));
    return [
      what,
      cellOf(m((s) => at(s, ".html", "end"))),
      cellOf(m((s) => at(s, "skjemasjekk.min.js", "end"))),
      cellOf(m((s) => at(s, "skjemasjekk_bg.wasm", "start"))),
      cellOf(m((s) => at(s, "skjemasjekk_bg.wasm", "end"))),
      cellOf(m((s) => s.firstResult - Math.max(s.wasmResponseEnd ?? 0, s.imported))),
    ];
  });
  return table(
    ["page", "HTML received", "glue received", ".wasm requested", ".wasm received", "then to the first result (compile tail, `builtin()`, `validate`)"],
    ["l", "r", "r", "r", "r", "r"],
    rows,
  );
}

export function sections({ native: { cases: native }, node, browser, sizes }) {
  const find = finder(node.cases);
  const out = {};

  out.findings = table(
    ["document", "skjemasjekk issues", "Ajv errors", "Ajv + ajv-errors errors", "skjemasjekk codes"],
    ["l", "r", "r", "r", "l"],
    node.docs.map((d) => [`${d.form}-${d.doc} (${bytes(d.bytes)} B JSON)`, d.skjemasjekk, d.ajv, d.ajvNb, [...new Set(d.skjemasjekkCodes)].join(", ") || "–"]),
  );

  out.native = table(
    ["form", "case", "median (min–max) per call"],
    ["l", "l", "r"],
    native.map((n) => [n.form, n.name.replace(`${n.form}: `, ""), cell(n)]),
  );

  const rows = [];
  for (const form of FORMS) {
    for (const doc of DOCS) {
      const [skj, ajv, nb] = ["skj-json", "ajv", "ajv-nb"].map((c) => find("validate", form, doc, c));
      const d = docInfo(node, form, doc);
      rows.push([`${form}-${doc}`, `${d.skjemasjekk} / ${d.ajv} / ${d.ajvNb}`, cell(skj), cell(ajv), cell(nb), ratio(skj?.median_ns, ajv?.median_ns), ratio(skj?.median_ns, nb?.median_ns)]);
    }
  }
  out.nodeValidate = table(
    ["document", "issues: skj / Ajv / Ajv-nb", CONTENDER["skj-json"], CONTENDER.ajv, CONTENDER["ajv-nb"], "skj ÷ Ajv", "skj ÷ Ajv-nb"],
    ["l", "r", "r", "r", "r", "r", "r"],
    rows,
  );

  const serdeRows = [];
  const serdeRatios = [];
  for (const form of FORMS) {
    for (const doc of DOCS) {
      const json = find("validate", form, doc, "skj-json");
      const serde = find("validate", form, doc, "skj-serde");
      if (serde) serdeRatios.push(serde.median_ns / json.median_ns);
      const text = find("validate", form, doc, "skj-text");
      const stringify = find("validate", form, doc, "stringify");
      serdeRows.push([`${form}-${doc}`, cell(json), cell(serde), ratio(serde?.median_ns, json?.median_ns), cell(text), cell(stringify)]);
    }
  }
  const sr = summary(serdeRatios);
  const verdict = !sr
    ? "The serde route could not be measured in this run; the default stays as chosen by measurement in benches/size/RESULTS.md (the JSON route was 1.6–2× faster there)."
    : sr.max < 1
      ? `**In this run the serde route was faster on every document (${sr.min.toFixed(2)}–${sr.max.toFixed(2)}×): the default should be reconsidered.**`
      : `The serde route took ${sr.min.toFixed(2)}–${sr.max.toFixed(2)}× the time of the JSON route (median ${sr.median.toFixed(2)}×), so the JSON route is faster here.`;
  out.dataIn = `\`validate(formId, obj)\` is **the default**: Rust calls \`JSON.stringify\` on the value (one
guarded call, so no getter or proxy can throw across Rust frames), copies the text into wasm once and
parses it with the core's \`parse_json\`, the same parser and limits (depth 64, no duplicate keys) as for
JSON text. \`validateSerde(formId, obj)\` takes a \`structuredClone\` and walks the value field by field
with serde-wasm-bindgen, one JS↔wasm call per value. Serde route: ${node.serdeRoute}.

${table(["document", "JSON route: `validate(obj)` (default)", "serde route: `validateSerde(obj)`", "serde ÷ JSON", "`validateJson(text)`: text in hand, report text out", "`JSON.stringify(obj)` alone"], ["l", "r", "r", "r", "r", "r"], serdeRows)}

The last two columns are for scale: a server that has the request body as text skips the
\`JSON.stringify\` and the report's \`JSON.parse\`; and \`JSON.stringify\` of the document alone is the
least that any route copying a JS object into wasm pays before validating anything.

${verdict} Why the JSON route is the default: it is the faster one, it is one code path for JS values and
JSON text (so both get the same errors and limits), and the browser build does not need serde-wasm-bindgen
for it (−6.7 KB gzip, benches/size/RESULTS.md).`;

  out.live = `A person types into one field (\`/title\` of the application, \`/pilots/0/title\` of the plan),
the value flipping between a valid title and a too-short one, so every other call adds or clears an
error. skjemasjekk: \`LiveForm.set(pointer, value)\` (or \`setAt(handle, value)\`, the pointer read
once, as the drop-in does) returns what changed. Ajv has no live state: a
page sets the field and re-validates the whole document with Ajv + ajv-errors.

${table(
  ["form", "skjemasjekk `LiveForm.set` (Node)", "`LiveForm.setAt` (a handle read once)", "Ajv + ajv-errors, whole document again", "skj ÷ Ajv-nb", "native `LiveForm::set`"],
  ["l", "r", "r", "r", "r", "r"],
  FORMS.map((form) => {
    const skj = find("live", form, "valid", "skj-live");
    const handle = find("live", form, "valid", "skj-live-handle");
    const nb = find("live", form, "valid", "ajv-nb");
    return [form, cell(skj), cell(handle), cell(nb), ratio(skj?.median_ns, nb?.median_ns), cell(nativeCase(native, form, "live-set", "valid"))];
  }),
)}`;

  out.compile = `skjemasjekk: \`new Validator(rulesetText)\` (parse and compile the rule set in wasm). Ajv: a new
Ajv instance with ajv-formats, then \`compile(schema)\` (Ajv generates and \`eval\`s JavaScript).

${table(
  ["form", "skjemasjekk (Node)", "Ajv", "Ajv + ajv-errors (nb)", "skj ÷ Ajv", "native `Form::compile`"],
  ["l", "r", "r", "r", "r", "r"],
  FORMS.map((form) => {
    const [skj, ajv, nb] = ["skj-compile", "ajv", "ajv-nb"].map((c) => find("compile", form, "-", c));
    return [form, cell(skj), cell(ajv), cell(nb), ratio(skj?.median_ns, ajv?.median_ns), cell(nativeCase(native, form, "compile", "-"))];
  }),
)}`;

  const contenders = [...new Set(browser.samples.map((s) => s.contender))];
  const label = {
    skjemasjekk: "skjemasjekk (glue + .wasm, `Validator.builtin()`: both forms)",
    ajv: "Ajv, compiling the pilot plan schema in the page",
    "ajv-nb": "Ajv + ajv-errors (nb), compiling in the page",
    "ajv-nb-standalone": "Ajv standalone code + ajv-errors (nb), precompiled",
    floor: "floor: an empty module, no validator (what the page itself costs)",
  };
  const visitTable = (visit) =>
    table(
      ["contender", "since navigation start", "since the page script started", "since the contender's module was imported (goal)"],
      ["l", "r", "r", "r"],
      contenders.filter((c) => browser.samples.some((x) => x.contender === c && x.visit === visit)).map((c) => {
        const b = browserStats(browser, c, visit);
        return [label[c] ?? c, msCell(b.sinceNav), msCell(b.sinceScript), msCell(b.sinceImport)];
      }),
    );
  const skjRows = ["first", "repeat"].map((visit) => {
    const b = browserStats(browser, "skjemasjekk", visit);
    return [visit, msCell(b.imported), msCell(b.init), msCell(b.afterArrival), msCell(b.ready), msCell(b.validate)];
  });
  out.browser = `Median (min–max) over ${browser.loads} loads, ms. The goal is measured from the moment the
page has loaded the contender's module (for skjemasjekk: the glue is imported, then \`init()\` fetches,
compiles and instantiates the .wasm, \`Validator.builtin()\` compiles both forms, and \`validate\` runs) to
the first result in hand. The floor row is the same page with an empty module: what the browser and
the page cost with no validator; on these loaded cores it is most of the first-visit time.

First visit (fresh browser context: empty HTTP and code caches):

${visitTable("first")}

Repeat visit (same context: files from the HTTP cache, V8's code cache warm):

${visitTable("repeat")}

${browser.samples.some((x) => x.visit === "first-fast4g") ? `First visit over an emulated Fast 4G network (9 Mbit/s down, 1.5 Mbit/s up, 60 ms latency, Chrome
DevTools' preset), the files as \`skjemasjekk serve\` sends them (brotli made at build time, its
Content-Security-Policy), ${Math.min(browser.loads, 9)} loads; Ajv compiling in the page is left out (it needs
\`'unsafe-eval'\`):

${visitTable("first-fast4g")}

${browser.samples.some((x) => x.visit === "first-fast4g-hints") ? `The same first visits, each contender on a page of its own that names its files in the HTML, as
pkg/README.md tells a portal to: \`<link rel="modulepreload">\` for its module (skjemasjekk: the glue) and,
for skjemasjekk, \`<link rel="preload" as="fetch" type="application/wasm" crossorigin>\` for the .wasm;
every page also preloads the document it validates. Each file is fetched once (the run fails
otherwise: a preload the glue's own fetch did not reuse):

${visitTable("first-fast4g-hints")}

skjemasjekk's critical chain on Fast 4G, from the network log (CDP events; ms since the page's
request started, medians):

${chainTable(browser)}

` : ""}` : ""}Where skjemasjekk's time goes (ms):

${table(["visit", "import the glue (10 KB)", "\`init()\`: fetch + compile + instantiate the .wasm", "of which compile + instantiate after the last byte arrived", "\`Validator.builtin()\`", "first \`validate\` call"], ["l", "r", "r", "r", "r", "r"], skjRows)}`;

  const skjTotal = ["skjemasjekk_bg.wasm", "skjemasjekk.js, minified"].map((n) => sizes.rows.find((r) => r.name === n));
  const total = { raw: skjTotal[0].raw + skjTotal[1].raw, gzip: skjTotal[0].gzip + skjTotal[1].gzip };
  out.sizes = `Read from this run's build (\`pkg/dist/\`) and esbuild bundles (\`--bundle --minify\`, ES module,
browser); gzip is \`gzip -9\`. The Ajv bundles hold both schemas, as skjemasjekk's .wasm holds both forms.

${table(
  ["file", "what", "raw", "gzip", "gzip vs skjemasjekk total"],
  ["l", "l", "r", "r", "r"],
  [
    ...sizes.rows.map((r) => [r.name, r.what, `${bytes(r.raw)} B`, `${bytes(r.gzip)} B`, r.group === "Ajv" ? ratio(r.gzip, total.gzip) : ""]),
    ["**skjemasjekk total**", ".wasm + minified glue", `**${bytes(total.raw)} B**`, `**${bytes(total.gzip)} B**`, "1.00×"],
  ],
)}`;
  return out;
}

/** The goals table: target, where measured, median, met or missed (judged on medians). */
export function goals(data) {
  const { node, browser } = data;
  const find = finder(node.cases);
  const rows = coreGoals(data, FORMS);
  const pp = [find("validate", "pilotplan", "valid", "skj-json"), find("validate", "pilotplan", "valid", "ajv")];
  // The goal is judged on pages that name their files in the HTML (pkg/README.md's advice, for
  // both contenders) when the run has them; older runs had only the plain page.
  const fast4g = ["first-fast4g-hints", "first-fast4g"].find((v) => browser.samples.some((x) => x.visit === v));
  if (fast4g) {
    const [skj, ajv] = ["skjemasjekk", "ajv-nb-standalone"].map((c) => browserStats(browser, c, fast4g).sinceNav);
    const r = skj.median / ajv.median;
    const how = fast4g === "first-fast4g-hints" ? ", each page preloading its files" : "";
    rows.push([`Chromium, first visit on Fast 4G via \`serve\`${how}: first result (since navigation) ≤ 1.0× Ajv standalone + ajv-errors`, `${skj.median.toFixed(1)} ms`, `${ajv.median.toFixed(1)} ms`, `${r.toFixed(2)}×`, `${(skj.min / ajv.min).toFixed(2)}×`, mark(r <= 1)]);
  }
  for (const visit of ["first", "repeat"]) {
    const b = browserStats(browser, "skjemasjekk", visit).sinceImport;
    rows.push([`Chromium, ${visit} visit: first result under 20 ms after load (module imported → result)`, `${b.median.toFixed(1)} ms`, "", "", "", mark(b.median < 20)]);
  }
  const met = rows.filter((r) => r[5] === "**met**").length;
  return `${met} of ${rows.length} met, judged on medians. Ratios are skjemasjekk ÷ contender; "within 0.5×" means
skjemasjekk takes at most half the contender's time. The ratio of minimums compares each side's least
disturbed round: when it differs much from the ratio of medians, noise moved one side more than the other.

${table(["goal", "skjemasjekk (median)", "contender (median)", "ratio of medians", "ratio of minimums", "result"], ["l", "r", "r", "r", "r", "l"], rows)}

For scale, from the same run: \`JSON.stringify\` of the valid pilot plan alone takes
${dur(find("validate", "pilotplan", "valid", "stringify")?.median_ns)}, against ${dur(pp[1].median_ns)} for Ajv's whole validation of it.`;
}
