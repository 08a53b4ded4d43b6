// A first visit to each demo page and to a scaffolded page, over Chrome DevTools' emulated Fast 4G network
// (9 Mbit/s, 60 ms), as a portal's visitor on a phone would make it: the page's
// <link rel="preload"> starts the .wasm download with the HTML, the glue's own
// fetch of it reuses that response (same URL, same credentials mode:
// `crossorigin` on the link, as `fetch()` uses), so no file is fetched twice,
// and the .wasm comes as `application/wasm` so the browser compiles it while it
// downloads (WebAssembly.instantiateStreaming; the glue warns when it cannot).
// The timing itself is measured by benches/browser/ (BENCHMARKS.md), not asserted.

import { test } from "node:test";
import assert from "node:assert/strict";
import { demoForFile, openPage } from "./support/harness.js";

const demo = demoForFile();

const WASM = "/pkg/dist/skjemasjekk_bg.wasm";
const FAST_4G = { offline: false, latency: 60, downloadThroughput: 9e6 / 8, uploadThroughput: 1.5e6 / 8 };

/** Every request of the page from CDP's Network events, in the order they started. */
function networkLog(cdp) {
  const reqs = new Map();
  cdp.on("Network.requestWillBeSent", (e) => {
    reqs.set(e.requestId, { url: e.request.url, method: e.request.method, initiator: e.initiator?.type, start: e.timestamp });
  });
  cdp.on("Network.responseReceived", (e) => {
    const r = reqs.get(e.requestId);
    if (r) Object.assign(r, { status: e.response.status, mimeType: e.response.mimeType, fromCache: e.response.fromDiskCache });
  });
  cdp.on("Network.loadingFinished", (e) => {
    const r = reqs.get(e.requestId);
    if (r) r.end = e.timestamp;
  });
  return () => [...reqs.values()].sort((a, b) => a.start - b.start).map((r) => ({ ...r, path: new URL(r.url).pathname }));
}

// The demo's pages, and a page as `skjemasjekk scaffold` writes it (served by the API).
const PAGES = [
  ["index.html", "html[data-ready=true]"],
  ["pilotplan.html", "html[data-ready=true]"],
  ["forsokssoknad.html", "html[data-ready=true]"],
  ["playground.html", "html[data-ready=true]"],
  ["react.html", "html[data-ready=true]"],
  ["api/v1/forms/pilotplan/scaffold?lang=nb", "form[data-skjemasjekk-ready=true]"],
];

for (const [file, ready] of PAGES) {
  test(`${file}: a first visit fetches the .wasm once, with the HTML, and compiles it as it streams`, async () => {
    const { page, problems, context } = await openPage(demo.browser);
    const warnings = [];
    page.on("console", (m) => {
      if (m.type() === "warning") warnings.push(m.text());
    });
    try {
      // The scaffolded page names no icon, so Chromium asks for /favicon.ico, which the
      // demo lacks (a portal has one; tests/e2e/scaffold.test.js serves the demo's).
      await page.route("**/favicon.ico", (route) => route.fulfill({ status: 204 }));
      const cdp = await context.newCDPSession(page);
      const log = networkLog(cdp);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", FAST_4G);
      await page.goto(new URL(file, demo.server.url).href);
      await page.waitForSelector(ready, { state: "attached", timeout: 20_000 });
      const hinted = await page.evaluate(() =>
        [...document.querySelectorAll("link[rel=preload], link[rel=modulepreload]")].map((l) => new URL(l.getAttribute("href") || "", location.href).pathname),
      );
      assert.equal(await page.getAttribute("html", "data-engine"), null, "the engine started");
      const reqs = log();
      assert.ok(hinted.includes(WASM), `${file} preloads ${WASM}`);

      const wasm = reqs.filter((r) => r.path === WASM);
      assert.equal(wasm.length, 1, `the .wasm is fetched once (a second fetch means the preload was not reused): ${JSON.stringify(wasm)}`);
      assert.equal(wasm[0].initiator, "parser", "the .wasm request comes from the HTML's preload link, not from the glue");
      assert.equal(wasm[0].status, 200);
      assert.equal(wasm[0].mimeType, "application/wasm", "served as application/wasm, so instantiateStreaming compiles it while it downloads");

      // The .wasm starts with the HTML: before the page's module script has even arrived.
      const script = await page.evaluate(() => new URL(document.querySelector("script[type=module]")?.getAttribute("src") || "", location.href).pathname);
      const pageScript = reqs.find((r) => r.path === script);
      assert.ok(pageScript?.end, `the page script ${script} was loaded`);
      assert.ok(wasm[0].start < pageScript.end, "the .wasm was requested before the page script had arrived");

      // Every file the page names in a hint is fetched once: each preload was used as it was made.
      const files = reqs.filter((r) => !r.path.startsWith("/api/") && r.url.startsWith("http"));
      for (const path of hinted) {
        assert.equal(files.filter((r) => r.path === path).length, 1, `${path} is fetched once`);
      }
      const twice = files.map((r) => r.path).filter((p, i, all) => all.indexOf(p) !== i);
      assert.deepEqual(twice, [], "no file is fetched twice");
      assert.deepEqual(
        warnings.filter((w) => /preload|instantiateStreaming|application\/wasm/i.test(w)),
        [],
        "no warning about an unused or mismatched preload, nor the glue's fallback from streaming compilation",
      );
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}
