// Browser benchmark: Debian's Chromium, headless, driven by playwright-core (nothing
// downloaded). For each load, a fresh browser context (empty HTTP and code caches)
// opens benches/browser/index.html for each contender; then the same context opens it
// again (a repeat visit: files from the HTTP cache). Contenders are interleaved load by
// load. Writes target/bench/browser.json for BENCHMARKS.md.
//
// With --serve BIN, a second series: first visits as `BIN serve` sends the files
// (brotli, caching headers, its Content-Security-Policy) over an emulated Fast 4G
// network (9 Mbit/s down, 1.5 up, 60 ms), for skjemasjekk, Ajv standalone code and the
// floor (Ajv compiling in the page needs 'unsafe-eval', which the policy refuses).
//
//   node benches/browser/run.mjs [--loads 15] [--www target/bench/www] [--out target/bench/browser.json]
//        [--serve target/release/skjemasjekk]
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
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
  },
});
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

async function visit(page, contender, base = server.url, query = "") {
  await page.goto(`${base}/index.html?c=${contender}${query}`);
  const handle = await page.waitForFunction(() => window.__bench, null, { timeout: 30_000 });
  const result = await handle.jsonValue();
  if (result.error) throw new Error(`${contender}: ${result.error}`);
  return result;
}

/** Chrome DevTools' "Fast 4G": 9 Mbit/s down, 1.5 Mbit/s up, 60 ms latency. */
const FAST_4G = { offline: false, latency: 60, downloadThroughput: 9e6 / 8, uploadThroughput: 1.5e6 / 8 };
const FAST_4G_CONTENDERS = ["skjemasjekk", "ajv-nb-standalone", "floor"];

/** First visits through `serve` on Fast 4G: the page, bundles and data precompressed as a site would. */
async function fast4g() {
  const site = resolve(args.www, "../served");
  rmSync(site, { recursive: true, force: true });
  for (const f of ["index.html", "page.js", "floor.mjs"]) cpSync(`${here}/${f}`, `${site}/${f}`);
  cpSync(resolve(args.www), `${site}/bench`, { recursive: true, filter: (f) => !f.endsWith(".gz") && !f.endsWith(".br") });
  cpSync(`${root}/benches/data`, `${site}/data`, { recursive: true });
  execFileSync(`${root}/scripts/precompress.sh`, [site], { stdio: "ignore" });
  const served = await startServe(resolve(args.serve), { www: site, pkg: `${root}/pkg`, cwd: root });
  const out = [];
  try {
    const loads = Math.min(LOADS, 9);
    for (let i = 0; i < loads; i++) {
      for (const contender of FAST_4G_CONTENDERS) {
        const ctx = await browser.newContext();
        const page = await ctx.newPage();
        const cdp = await ctx.newCDPSession(page);
        await cdp.send("Network.enable");
        await cdp.send("Network.emulateNetworkConditions", FAST_4G);
        out.push({ visit: "first-fast4g", ...(await visit(page, contender, served.url, "&wasm=/pkg/dist/skjemasjekk_bg.wasm")) });
        await ctx.close();
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
  for (const contender of CONTENDERS) {
    const ctx = await browser.newContext();
    await visit(await ctx.newPage(), contender);
    await ctx.close();
  }
  for (let i = 0; i < LOADS; i++) {
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
for (const visitKind of ["first", "repeat", "first-fast4g"]) {
  for (const contender of CONTENDERS) {
    const xs = samples.filter((s) => s.visit === visitKind && s.contender === contender).map((s) => s.firstResult).sort((a, b) => a - b);
    if (!xs.length) continue;
    console.log(`${visitKind.padEnd(6)} ${contender.padEnd(18)} first result at ${xs[xs.length >> 1].toFixed(1)} ms (median of ${xs.length})`);
  }
}
