// The demo under the Content-Security-Policy `skjemasjekk serve` sends with its
// pages (default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; no inline
// script or style), and what a portal sees when its policy lacks
// 'wasm-unsafe-eval'. Every other e2e test runs under the same policy; the
// harness turns each refusal into a problem unless it is in KNOWN_CSP_GAPS.

import { test } from "node:test";
import assert from "node:assert/strict";
import { demoForFile, openPage, gotoDemo, KNOWN_CSP_GAPS } from "./support/harness.js";

const PAGES = ["index.html", "forsokssoknad.html", "pilotplan.html", "react.html", "playground.html"];
const WITHOUT_WASM = "default-src 'self'; script-src 'self'";

const demo = demoForFile();

test("every page is sent with the strict policy and has no inline script, style or handler", async () => {
  for (const file of PAGES) {
    const res = await fetch(new URL(file, demo.server.url));
    assert.equal(res.status, 200, file);
    const policy = res.headers.get("content-security-policy") || "";
    assert.match(policy, /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval';/, file);
    assert.doesNotMatch(policy, /unsafe-inline|data:|\*/, file);
    const html = await res.text();
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/i, `${file}: inline <script>`);
    assert.doesNotMatch(html, /<style\b|\sstyle=/i, `${file}: inline style`);
    assert.doesNotMatch(html, /\son[a-z]+=/i, `${file}: inline event handler`);
  }
});

test("under the policy the engine runs, and submitting refuses nothing but the known gaps", async () => {
  const { page, problems, csp, context } = await openPage(demo.browser);
  try {
    await gotoDemo(page, demo.server.url, "pilotplan.html");
    await page.locator("button[type=submit]").first().click();
    await page.locator("[data-skjemasjekk-summary] a").first().waitFor();
    assert.deepEqual(problems, [], "no console errors, failed requests or unknown CSP refusals");
    assert.ok(csp.every((v) => KNOWN_CSP_GAPS.some((g) => g.directive === v.directive)), JSON.stringify(csp));
  } finally {
    await context.close();
  }
});

test(
  "the drop-in needs no exception from the policy (KNOWN_CSP_GAPS is empty)",
  async () => {
    assert.deepEqual(KNOWN_CSP_GAPS, []);
    const { page, csp, context } = await openPage(demo.browser);
    try {
      await gotoDemo(page, demo.server.url, "pilotplan.html");
      await page.locator("button[type=submit]").first().click();
      await page.locator("[data-skjemasjekk-summary] a").first().waitFor();
      assert.deepEqual(csp, []);
    } finally {
      await context.close();
    }
  },
);

/** The pilot plan page with a policy that leaves out 'wasm-unsafe-eval'. */
async function openWithoutWasm() {
  const session = await openPage(demo.browser);
  const errors = [];
  session.page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  session.page.on("pageerror", (e) => errors.push(e.message));
  await session.page.route("**/pilotplan.html*", async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers(), "content-security-policy": WITHOUT_WASM };
    await route.fulfill({ response, headers });
  });
  await session.page.goto(new URL("pilotplan.html", demo.server.url).href);
  return { ...session, errors };
}

test("without 'wasm-unsafe-eval' the console says clearly what the policy must allow", async () => {
  const { page, errors, context } = await openWithoutWasm();
  try {
    await page.waitForSelector("html[data-engine=unavailable]", { timeout: 15_000 });
    // Chromium's own message names 'unsafe-eval'; the page's names what to allow.
    assert.ok(
      errors.some((e) => /^skjemasjekk: .*WebAssembly.*script-src must allow 'wasm-unsafe-eval'/.test(e)),
      `a console error naming WebAssembly and 'wasm-unsafe-eval'; got ${JSON.stringify(errors)}`,
    );
    assert.equal(await page.getAttribute("html", "data-engine"), "unavailable");
    assert.equal(await page.getAttribute("html", "data-ready"), null);
  } finally {
    await context.close();
  }
});

test("without 'wasm-unsafe-eval' attach() rejects with the same clear error and leaves the form alone", async () => {
  const { page, errors, context } = await openWithoutWasm();
  try {
    await page.waitForSelector("html[data-engine=unavailable]", { timeout: 15_000 });
    const got = await page.evaluate(async () => {
      const { attach } = await import("/pkg/dropin/index.js");
      const form = /** @type {HTMLFormElement} */ (document.querySelector("form"));
      try {
        await attach(form, { form: "pilotplan" });
        return { resolved: true, classes: form.className };
      } catch (e) {
        return { resolved: false, message: String(e instanceof Error ? e.message : e), classes: form.className };
      }
    });
    assert.equal(got.resolved, false);
    assert.match(got.message || "", /^skjemasjekk: .*WebAssembly.*posted as it is.*'wasm-unsafe-eval'/);
    assert.ok(errors.some((e) => e === got.message), "and says so in the console");
    assert.match(got.classes, /skjemasjekk-nojs/, "the buttons that need the drop-in stay hidden");
  } finally {
    await context.close();
  }
});

test("without 'wasm-unsafe-eval' the form still submits and the server's verdict shows", async () => {
  const { page, context } = await openWithoutWasm();
  try {
    await page.waitForSelector("html[data-engine=unavailable]", { timeout: 15_000 });
    // The engine never started, so nothing intercepts the submit: the browser
    // posts the form to its action, and the server answers with the page.
    const posted = page.waitForRequest((r) => r.method() === "POST" && new URL(r.url()).pathname === "/forms/pilotplan", {
      timeout: 5_000,
    });
    await page.locator("button[type=submit]").first().click();
    const request = await posted;
    assert.match(request.headers()["content-type"] || "", /^application\/x-www-form-urlencoded/);
    await page.waitForURL((u) => u.pathname === "/forms/pilotplan");
    await page.locator("[data-skjemasjekk-summary] a").first().waitFor({ timeout: 5_000 });
    assert.equal(await page.locator("[data-skjemasjekk-summary] h2").textContent(), "For å gå videre må du rette opp følgende feil");
  } finally {
    await context.close();
  }
});

test("a scaffolded page (skjemasjekk/dropin/auto) without 'wasm-unsafe-eval' says the same once and leaves its form alone", async () => {
  const session = await openPage(demo.browser);
  const errors = [];
  session.page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  try {
    await session.page.route("**/api/v1/forms/pilotplan/scaffold*", async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers(), "content-security-policy": WITHOUT_WASM };
      await route.fulfill({ response, headers });
    });
    await session.page.goto(new URL("/api/v1/forms/pilotplan/scaffold?lang=nb", demo.server.url).href);
    const clear = (e) => /^skjemasjekk: .*WebAssembly.*posted as it is.*'wasm-unsafe-eval'/.test(e);
    const deadline = Date.now() + 15_000;
    while (!errors.some(clear) && Date.now() < deadline) await session.page.waitForTimeout(100);
    assert.ok(errors.some(clear), `the clear console error; got ${JSON.stringify(errors)}`);
    await session.page.waitForTimeout(300);
    assert.equal(errors.filter((e) => e.includes("skjemasjekk:")).length, 1, JSON.stringify(errors));
    const form = session.page.locator("form[data-skjemasjekk-form]");
    assert.equal(await form.getAttribute("data-skjemasjekk-ready"), null);
    assert.match((await form.getAttribute("class")) || "", /skjemasjekk-nojs/, "the buttons that need the drop-in stay hidden");
  } finally {
    await session.context.close();
  }
});
