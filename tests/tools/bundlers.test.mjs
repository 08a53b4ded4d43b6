// The packed package in a portal's build: app/ built by Vite, webpack 5, esbuild and
// Rollup, each output served over HTTP (the .wasm as application/wasm) and loaded in
// headless Debian Chromium; the page's report and live delta must equal Node's for
// the same calls, byte for byte, with no console error. Run by scripts/test-tools.sh
// in a project where the tarball and the bundlers are installed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { dirname, extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";
import { Validator } from "skjemasjekk";

const here = dirname(new URL(import.meta.url).pathname);
const require = createRequire(import.meta.url);
const pkgDist = join(dirname(require.resolve("skjemasjekk/package.json")), "dist");
const bin = (name) => join(here, "node_modules", ".bin", name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: here, stdio: ["ignore", "inherit", "inherit"] });

/** What app/src/main.js must show: the same calls in Node. */
function expected() {
  const v = Validator.builtin();
  const report = v.validate("pilotplan", { planYear: 1999 }, { lang: "nn" });
  const live = v.live("forsokssoknad", { lang: "en" });
  const delta = live.set("/title", "Ny");
  return JSON.stringify({ report, delta });
}

/** A page that loads `entry` as a module, for bundlers that write no HTML. */
function page(dir, entry) {
  writeFileSync(join(dir, "index.html"), `<!doctype html><html lang="nn"><head><meta charset="utf-8"><title>bundle</title><link rel="icon" href="data:,">` +
    `<script type="module" src="./${entry}"></script></head><body><pre id="out"></pre></body></html>\n`);
}

/** The .wasm beside the bundle: where `new URL(..., import.meta.url)` looks for it. */
const wasmBeside = (dir) => copyFileSync(join(pkgDist, "skjemasjekk_bg.wasm"), join(dir, "skjemasjekk_bg.wasm"));

const BUILDS = {
  vite: () => run(bin("vite"), ["build", "--config", "vite.config.mjs"]),
  webpack: () => {
    run(bin("webpack"), ["--config", "webpack.config.cjs"]);
    page(join(here, "dist/webpack"), "main.js");
  },
  esbuild: () => {
    const dir = join(here, "dist/esbuild");
    run(bin("esbuild"), ["app/src/main.js", "--bundle", "--format=esm", "--target=es2022", "--log-level=warning", `--outdir=${dir}`]);
    wasmBeside(dir);
    page(dir, "main.js");
  },
  rollup: () => {
    run(bin("rollup"), ["--config", "rollup.config.mjs", "--silent"]);
    const dir = join(here, "dist/rollup");
    wasmBeside(dir);
    page(dir, "main.js");
  },
};

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };
let server;
let browser;
let base;

before(async () => {
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    const file = join(here, "dist", path.endsWith("/") ? `${path}index.html` : path);
    if (!file.startsWith(join(here, "dist")) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  mkdirSync(join(here, "dist"), { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

for (const [name, build] of Object.entries(BUILDS)) {
  test(`${name}: the bundle validates in Chromium as the package does in Node`, async () => {
    build();
    const context = await browser.newContext();
    const problems = [];
    try {
      const p = await context.newPage();
      p.on("console", (m) => m.type() === "error" && problems.push(m.text()));
      p.on("pageerror", (e) => problems.push(e.message));
      p.on("requestfailed", (r) => problems.push(`${r.url()}: ${r.failure()?.errorText}`));
      p.on("response", (r) => r.status() >= 400 && problems.push(`${r.url()}: HTTP ${r.status()}`));
      await p.goto(`${base}/${name}/`);
      await p.waitForSelector("html[data-done=true]", { timeout: 20_000 });
      const shown = await p.textContent("#out");
      assert.deepEqual(problems, []);
      assert.equal(shown, expected());
    } finally {
      await context.close();
    }
  });
}
