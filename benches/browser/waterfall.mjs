// One first visit of a page as `skjemasjekk serve` sends it, over Chrome DevTools'
// emulated Fast 4G (as run.mjs's Fast 4G series), printed as a waterfall from CDP's
// Network events: when each request started, when its response began and ended
// (ms since the page's own request), bytes on the wire, and what started it
// (parser: the HTML, its preload and modulepreload links; script: an import or fetch).
// Shows which files wait for others (the critical chain) and whether a preloaded
// file is fetched a second time.
//
//   node benches/browser/waterfall.mjs [--serve target/release/skjemasjekk] [--www www] [--pkg pkg]
//        [--ready 'html[data-ready=true]'] [--runs 3] [--json] PATH...
//
// The default --serve is built by `cargo build --release --features serve`.
// e.g. `node benches/browser/waterfall.mjs /pilotplan.html /forsokssoknad.html`. Each run
// is a fresh browser context (empty caches). --ready waits for a selector before the
// log is read (the demo pages set html[data-ready=true] once the drop-in is on).
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { startServe } from "../../scripts/lib/serve-process.mjs";

const here = dirname(new URL(import.meta.url).pathname);
const root = resolve(here, "../..");
const { chromium } = createRequire(`${root}/benches/node/package.json`)("playwright-core");
const { values: args, positionals: paths } = parseArgs({
  allowPositionals: true,
  options: {
    serve: { type: "string", default: `${root}/target/release/skjemasjekk` },
    www: { type: "string", default: `${root}/www` },
    pkg: { type: "string", default: `${root}/pkg` },
    ready: { type: "string", default: "html[data-ready=true]" },
    runs: { type: "string", default: "1" },
    json: { type: "boolean", default: false },
    chromium: { type: "string", default: "/usr/bin/chromium" },
  },
});
if (!paths.length) throw new Error("waterfall.mjs: name at least one page, e.g. /pilotplan.html");

const FAST_4G = { offline: false, latency: 60, downloadThroughput: 9e6 / 8, uploadThroughput: 1.5e6 / 8 };
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** One visit: the requests in start order, times in ms since the page's request. */
export async function firstVisit(browser, url, ready) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  const reqs = new Map();
  const warnings = [];
  page.on("console", (m) => {
    if (m.type() === "warning" || m.type() === "error") warnings.push(m.text());
  });
  cdp.on("Network.requestWillBeSent", (e) => {
    const u = new URL(e.request.url);
    reqs.set(e.requestId, { path: u.pathname + u.search, initiator: e.initiator?.type, priority: e.request.initialPriority, t0: e.timestamp });
  });
  cdp.on("Network.responseReceived", (e) => {
    const r = reqs.get(e.requestId);
    if (r) Object.assign(r, { t1: e.timestamp, status: e.response.status, type: e.response.mimeType, encoding: e.response.headers["content-encoding"] });
  });
  cdp.on("Network.loadingFinished", (e) => {
    const r = reqs.get(e.requestId);
    if (r) Object.assign(r, { t2: e.timestamp, bytes: e.encodedDataLength });
  });
  if (ready) {
    // The moment the page's own script makes `ready` match (a MutationObserver's
    // callback runs right after that script's task), not when Playwright next polls.
    await page.addInitScript((sel) => {
      const check = () => {
        if (window.__readyAt === undefined && document.querySelector(sel)) window.__readyAt = performance.now();
      };
      new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
    }, ready);
  }
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", FAST_4G);
  await page.goto(url);
  if (ready) await page.waitForSelector(ready, { state: "attached", timeout: 30_000 });
  const marks = await page.evaluate(() => ({ ready: window.__readyAt ?? performance.now() }));
  await ctx.close();
  const all = [...reqs.values()].sort((a, b) => a.t0 - b.t0);
  const zero = all[0]?.t0 ?? 0;
  const ms = (t) => (t === undefined ? undefined : Math.round((t - zero) * 1e4) / 10);
  return {
    url,
    ready: Math.round(marks.ready * 10) / 10,
    warnings,
    requests: all.map(({ t0, t1, t2, ...r }) => ({ ...r, start: ms(t0), response: ms(t1), end: ms(t2) })),
  };
}

function print(v) {
  console.log(`\n${v.url}: ready ${v.ready} ms after navigation start (--ready matched)`);
  const w = Math.max(...v.requests.map((r) => r.path.length));
  for (const r of v.requests) {
    const f = (x) => (x === undefined ? "-" : x.toFixed(0)).padStart(5);
    console.log(`  ${r.path.padEnd(w)}  ${f(r.start)} ${f(r.response)} ${f(r.end)} ms  ${String(r.bytes ?? "-").padStart(7)} B  ${(r.initiator ?? "").padEnd(7)} ${r.priority ?? ""} ${r.encoding ?? ""}`);
  }
  const twice = v.requests.map((r) => r.path).filter((p, i, all) => all.indexOf(p) !== i);
  if (twice.length) console.log(`  fetched twice: ${[...new Set(twice)].join(", ")}`);
  for (const m of v.warnings) console.log(`  console: ${m}`);
}

const served = await startServe(resolve(args.serve), { www: resolve(args.www), pkg: resolve(args.pkg), cwd: root });
const browser = await chromium.launch({ executablePath: args.chromium, headless: true, args: FLAGS });
try {
  const out = [];
  for (let i = 0; i < Number(args.runs); i++) {
    for (const p of paths) {
      const v = await firstVisit(browser, new URL(p, served.url).href, args.ready || undefined);
      out.push(v);
      if (!args.json) print(v);
    }
  }
  if (args.json) console.log(JSON.stringify(out, null, 1));
} finally {
  await browser.close();
  await served.stop();
}
