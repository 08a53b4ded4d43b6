// The installed package's browser entry (dist/skjemasjekk.js with `await init()`)
// in headless Chromium: a page served from 127.0.0.1 loads it as any site would
// and runs every golden line, which must match the native output byte for byte.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize } from "node:path";
import { testsDir } from "./helpers.mjs";

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve("skjemasjekk/package.json"));
const here = new URL(".", import.meta.url).pathname;
const types = { ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".html": "text/html" };

/** Serve /pkg/* from the installed package, /tests/* from this folder, and the golden file. */
function serve() {
  const roots = { "/pkg/": pkgDir, "/tests/": here };
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    let file = null;
    if (url.pathname === "/") file = join(here, "browser-page.html");
    else if (url.pathname === "/golden.jsonl") file = join(testsDir, "parity", "golden.jsonl");
    for (const [prefix, dir] of Object.entries(roots)) {
      if (url.pathname.startsWith(prefix)) file = join(dir, normalize(url.pathname.slice(prefix.length)).replace(/^(\.\.[/\\])+/, ""));
    }
    try {
      const body = readFileSync(file);
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

test("the browser build validates like native in headless Chromium", { timeout: 60_000 }, async () => {
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
