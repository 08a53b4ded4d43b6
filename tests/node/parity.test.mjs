// Parity of the installed npm package with native: every case of
// tests/parity/golden.jsonl, its inputs from its case file in tests/fixtures/, must
// give the native output byte for byte (checks in parity-check.mjs), (4) in Node
// through the package's Node entry, and in headless Chromium through its browser
// entry (dist/skjemasjekk.js with `await init()`), loaded by a page served from
// 127.0.0.1 as any site would. Fails listing every difference.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize } from "node:path";
import { Validator } from "skjemasjekk";
import { testsDir } from "./helpers.mjs";
import { goldenCase, goldenDifferences } from "./parity-check.mjs";

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve("skjemasjekk/package.json"));
const here = new URL(".", import.meta.url).pathname;
const types = { ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".html": "text/html", ".json": "application/json" };

/** The text of tests/fixtures/<name>.json. */
const caseFile = (name) => readFileSync(join(testsDir, "fixtures", `${name}.json`), "utf8");

/** Every golden case's file text by name: what the page needs, in one response. */
function caseFiles() {
  const golden = readFileSync(join(testsDir, "parity", "golden.jsonl"), "utf8");
  const names = golden.split("\n").filter((l) => l.trim() !== "").map((l) => goldenCase(l).name);
  return Buffer.from(JSON.stringify(Object.fromEntries(names.map((n) => [n, caseFile(n)]))));
}

/**
 * Serve /pkg/* from the installed package, /tests/* from this folder, the golden
 * file, and /cases.json: every golden case's file text by name.
 */
function serve() {
  const roots = { "/pkg/": pkgDir, "/tests/": here };
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    let file = null;
    if (url.pathname === "/") file = join(here, "browser-page.html");
    else if (url.pathname === "/golden.jsonl") file = join(testsDir, "parity", "golden.jsonl");
    else if (url.pathname === "/cases.json") file = "cases.json";
    for (const [prefix, dir] of Object.entries(roots)) {
      if (url.pathname.startsWith(prefix)) file = join(dir, normalize(url.pathname.slice(prefix.length)).replace(/^(\.\.[/\\])+/, ""));
    }
    try {
      const body = url.pathname === "/cases.json" ? caseFiles() : readFileSync(file);
      res.writeHead(200, { "content-type": types[extname(file)] ?? "text/plain; charset=utf-8" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function chromium() {
  for (const name of [process.env.CHROME, "chromium", "chromium-browser", "google-chrome"]) {
    if (!name) continue;
    try {
      require("node:child_process").execFileSync(name, ["--version"], { stdio: "ignore" });
      return name;
    } catch {}
  }
  throw new Error("no Chromium found (scripts/install-tools.sh installs it); set CHROME to its path");
}

test("golden lines give the native output byte for byte in Node", () => {
  const { count, differences } = goldenDifferences(Validator, readFileSync(join(testsDir, "parity", "golden.jsonl"), "utf8"), caseFile);
  assert.ok(count > 0, "golden.jsonl has no lines");
  assert.equal(differences.length, 0, `${differences.length} of ${count} golden lines differ:\n${differences.join("\n")}`);
});

test("golden lines give the native output byte for byte in headless Chromium", { timeout: 60_000 }, async () => {
  const server = await serve();
  const profile = mkdtempSync(join(process.env.TMPDIR ?? tmpdir(), "skjemasjekk-chromium-"));
  try {
    const url = `http://127.0.0.1:${server.address().port}/`;
    const args = [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      `--user-data-dir=${profile}`, "--virtual-time-budget=20000", "--dump-dom", url,
    ];
    const dom = await new Promise((resolve, reject) =>
      execFile(chromium(), args, { timeout: 50_000, maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
        err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout)));
    const text = dom.match(/<pre id="result">([^<]*)<\/pre>/)?.[1];
    assert.ok(text && text !== "pending", `the page did not finish:\n${dom.slice(0, 2000)}`);
    const result = JSON.parse(decodeURIComponent(text));
    assert.equal(result.error, undefined, result.error);
    assert.ok(result.count > 0, "no golden lines ran");
    assert.equal(result.differences.length, 0, `${result.differences.length} of ${result.count} golden lines differ in Chromium:\n${result.differences.join("\n")}`);
  } finally {
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
