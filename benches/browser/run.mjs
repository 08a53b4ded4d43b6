// Browser benchmark: Debian's Chromium, headless, driven by playwright-core (nothing
// downloaded). For each load, a fresh browser context (empty HTTP and code caches)
// opens benches/browser/index.html for each contender; then the same context opens it
// again (a repeat visit: files from the HTTP cache). Contenders are interleaved load by
// load. Writes target/bench/browser.json for BENCHMARKS.md.
//
// With --serve BIN, a second series: first visits as `BIN serve` sends the files
// (brotli, caching headers, its Content-Security-Policy) over an emulated Fast 4G
// network (9 Mbit/s down, 1.5 up, 60 ms), for skjemasjekk, Ajv standalone code and the
// floor (Ajv compiling in the page needs 'unsafe-eval', which the policy refuses). Each
// contender is visited twice per load: on the plain page (first-fast4g: each file is
// found only when the script before it runs) and on a page of its own that names its
// files in the HTML, as pkg/README.md tells a portal to (first-fast4g-hints:
// <link rel="modulepreload"> for its module, <link rel="preload"> for the .wasm and the
// document). Each Fast 4G sample carries its network log (CDP events: start, response,
// end, bytes of every request, ms since the page's request) and fails the run if
// a file was fetched twice (a preload the page's own fetch did not reuse).
//
//   node benches/browser/run.mjs [--loads 15] [--www target/bench/www] [--out target/bench/browser.json]
//        [--serve target/release/skjemasjekk] [--series all|fast4g]
//
// --series fast4g runs the Fast 4G series alone (needs --serve; build the binary with
// `cargo build --release --features serve`).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { startServe } from "../../scripts/lib/serve-process.mjs";
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { startServer } from "./server.mjs";

const here = dirname(new URL(import.meta.url).pathname);
const root = resolve(here, "../..");
const { chromium } = createRequire(`${root}/benches/node/package.json`)("playwright-core");
const { values: args } = parseArgs({
  options: {
    loads: { type: "string", default: "15" },
    www: { type: "string", default: `${root}/target/bench/www` },
    out: { type: "string", default: `${root}/target/bench/browser.json` },
    chromium: { type: "string", default: "/usr/bin/chromium" },
    serve: { type: "string" },
    series: { type: "string", default: "all" },
  },
});
if (!["all", "fast4g"].includes(args.series)) throw new Error(`--series: all or fast4g, not ${args.series}`);
if (args.series === "fast4g" && !args.serve) throw new Error("--series fast4g needs --serve BIN");
const LOADS = Number(args.loads);
const CONTENDERS = ["skjemasjekk", "ajv", "ajv-nb", "ajv-nb-standalone", "floor"];
// The flags the project's machines need (env/machines/rust.md): no sandbox as root, and
// no background networking on a closed network.
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const server = await startServer({
  "/": here,
  "/bench/": resolve(args.www),
  "/pkg/": `${root}/pkg/dist`,
  "/data/": `${root}/benches/data`,
});
const browser = await chromium.launch({ executablePath: args.chromium, headless: true, args: FLAGS });

async function visit(page, contender, base = server.url, query = "", file = "index.html") {
  await page.goto(`${base}/${file}?c=${contender}${query}`);
  const handle = await page.waitForFunction(() => window.__bench, null, { timeout: 30_000 });
  const result = await handle.jsonValue();
  if (result.error) throw new Error(`${contender}: ${result.error}`);
  return result;
}

/** Chrome DevTools' "Fast 4G": 9 Mbit/s down, 1.5 Mbit/s up, 60 ms latency. */
const FAST_4G = { offline: false, latency: 60, downloadThroughput: 9e6 / 8, uploadThroughput: 1.5e6 / 8 };
const FAST_4G_CONTENDERS = ["skjemasjekk", "ajv-nb-standalone", "floor"];

/** The files each contender's page names in its HTML (the hints series), besides the document. */
const HINTS = {
  skjemasjekk: (wasm) => [
    `<link rel="modulepreload" href="/bench/skjemasjekk.min.js">`,
    `<link rel="preload" href="${wasm}" as="fetch" type="application/wasm" crossorigin>`,
  ],
  "ajv-nb-standalone": () => [`<link rel="modulepreload" href="/bench/ajv-nb-standalone.min.js">`],
  floor: () => [`<link rel="modulepreload" href="/floor.mjs">`],
};
/** The document every contender validates, fetched by page.js: the same hint for all. */
const DOC_HINT = `<link rel="preload" href="/data/pilotplan-valid.json" as="fetch" crossorigin>`;
const WASM_PATH = "/pkg/dist/skjemasjekk_bg.wasm";

/** A contender's own page: index.html with its hints before the page script. */
function hintedPage(contender) {
  const links = [...HINTS[contender](WASM_PATH), DOC_HINT].join("\n");
  const html = readFileSync(`${here}/index.html`, "utf8");
  if (!html.includes('<script type="module"')) throw new Error("index.html: no module script to put the hints before");
  return html.replace('<script type="module"', `${links}\n<script type="module"`);
}

/**
 * Every request of a page, from CDP's Network events: path, who started it, start,
 * response headers in and end (ms since the page's own request started), bytes on the wire.
 */
function networkLog(cdp) {
  const reqs = new Map();
  cdp.on("Network.requestWillBeSent", (e) => {
    const u = new URL(e.request.url);
    reqs.set(e.requestId, { path: u.pathname + u.search, initiator: e.initiator?.type, t0: e.timestamp });
  });
  cdp.on("Network.responseReceived", (e) => {
    const r = reqs.get(e.requestId);
    if (r) Object.assign(r, { t1: e.timestamp, status: e.response.status, encoding: e.response.headers["content-encoding"] ?? e.response.headers["Content-Encoding"] });
  });
  cdp.on("Network.loadingFinished", (e) => {
    const r = reqs.get(e.requestId);
    if (r) Object.assign(r, { t2: e.timestamp, bytes: e.encodedDataLength });
  });
  return () => {
    const all = [...reqs.values()].sort((a, b) => a.t0 - b.t0);
    const zero = all[0]?.t0 ?? 0;
    const ms = (t) => (t === undefined ? undefined : Math.round((t - zero) * 1e4) / 10);
    return all.map(({ t0, t1, t2, ...r }) => ({ ...r, start: ms(t0), response: ms(t1), end: ms(t2) }));
  };
}

/** First visits through `serve` on Fast 4G: the page, bundles and data precompressed as a site would. */
async function fast4g() {
  const site = resolve(args.www, "../served");
  rmSync(site, { recursive: true, force: true });
  for (const f of ["index.html", "page.js", "floor.mjs"]) cpSync(`${here}/${f}`, `${site}/${f}`);
  for (const c of FAST_4G_CONTENDERS) writeFileSync(`${site}/hints-${c}.html`, hintedPage(c));
  cpSync(resolve(args.www), `${site}/bench`, { recursive: true, filter: (f) => !f.endsWith(".gz") && !f.endsWith(".br") });
  cpSync(`${root}/benches/data`, `${site}/data`, { recursive: true });
  execFileSync(`${root}/scripts/precompress.sh`, [site], { stdio: "ignore" });
  const served = await startServe(resolve(args.serve), { www: site, pkg: `${root}/pkg`, cwd: root });
  const variants = [
    { visit: "first-fast4g", page: () => "index.html" },
    { visit: "first-fast4g-hints", page: (c) => `hints-${c}.html` },
  ];
  const out = [];
  const once = async (contender, variant) => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    const log = networkLog(cdp);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", FAST_4G);
    const result = await visit(page, contender, served.url, `&wasm=${WASM_PATH}`, variant.page(contender));
    const net = log();
    await ctx.close();
    const twice = net.map((r) => r.path.split("?")[0]).filter((p, i, all) => all.indexOf(p) !== i);
    if (twice.length) throw new Error(`${variant.visit} ${contender}: fetched twice: ${twice.join(", ")}`);
    return { visit: variant.visit, ...result, net };
  };
  try {
    if (args.series === "fast4g") {
      // As in the full run, the first measured load should not pay for starting the browser.
      for (const contender of FAST_4G_CONTENDERS) await once(contender, variants[0]);
    }
    const loads = Math.min(LOADS, 9);
    for (let i = 0; i < loads; i++) {
      for (const contender of FAST_4G_CONTENDERS) {
        for (const variant of variants) out.push(await once(contender, variant));
      }
      process.stderr.write(`\rbrowser bench, Fast 4G via serve: load ${i + 1}/${loads}   `);
    }
    process.stderr.write("\n");
  } finally {
    await served.stop();
  }
  return out;
}

const samples = [];
const load0 = loadavg()[0];
try {
  // One throw-away load per contender, so the first measured load does not pay for
  // starting the browser's renderer and network processes.
  for (const contender of args.series === "all" ? CONTENDERS : []) {
    const ctx = await browser.newContext();
    await visit(await ctx.newPage(), contender);
    await ctx.close();
  }
  for (let i = 0; i < (args.series === "all" ? LOADS : 0); i++) {
    for (const contender of CONTENDERS) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      samples.push({ visit: "first", ...(await visit(page, contender)) });
      samples.push({ visit: "repeat", ...(await visit(page, contender)) });
      await ctx.close();
    }
    process.stderr.write(`\rbrowser bench: load ${i + 1}/${LOADS}   `);
  }
  process.stderr.write("\n");
  if (args.serve) samples.push(...(await fast4g()));
} finally {
  const version = browser.version();
  await browser.close();
  await server.close();
  const out = { chromium: version, loads: LOADS, loadavg: [load0, loadavg()[0]], samples };
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, `${JSON.stringify(out, null, 1)}\n`);
}

// Short summary on stdout; BENCHMARKS.md has the full table.
for (const visitKind of ["first", "repeat", "first-fast4g", "first-fast4g-hints"]) {
  for (const contender of CONTENDERS) {
    const xs = samples.filter((s) => s.visit === visitKind && s.contender === contender).map((s) => s.firstResult).sort((a, b) => a - b);
    if (!xs.length) continue;
    console.log(`${visitKind.padEnd(18)} ${contender.padEnd(18)} first result at ${xs[xs.length >> 1].toFixed(1)} ms (median of ${xs.length})`);
  }
}
