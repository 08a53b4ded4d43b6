// Browser benchmark: Debian's Chromium, headless, driven by playwright-core (nothing
// downloaded). For each load, a fresh browser context (empty HTTP and code caches)
// opens benches/browser/index.html for each contender; then the same context opens it
// again (a repeat visit: files from the HTTP cache). Contenders are interleaved load by
// load. Writes target/bench/browser.json for BENCHMARKS.md.
//
//   node benches/browser/run.mjs [--loads 15] [--www target/bench/www] [--out target/bench/browser.json]
import { mkdirSync, writeFileSync } from "node:fs";
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

async function visit(page, contender) {
  await page.goto(`${server.url}/index.html?c=${contender}`);
  const handle = await page.waitForFunction(() => window.__bench, null, { timeout: 30_000 });
  const result = await handle.jsonValue();
  if (result.error) throw new Error(`${contender}: ${result.error}`);
  return result;
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
} finally {
  const version = browser.version();
  await browser.close();
  await server.close();
  const out = { chromium: version, loads: LOADS, loadavg: [load0, loadavg()[0]], samples };
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, `${JSON.stringify(out, null, 1)}\n`);
}

// Short summary on stdout; BENCHMARKS.md has the full table.
for (const visitKind of ["first", "repeat"]) {
  for (const contender of CONTENDERS) {
    const xs = samples.filter((s) => s.visit === visitKind && s.contender === contender).map((s) => s.firstResult).sort((a, b) => a - b);
    console.log(`${visitKind.padEnd(6)} ${contender.padEnd(18)} first result at ${xs[xs.length >> 1].toFixed(1)} ms (median of ${xs.length})`);
  }
}
