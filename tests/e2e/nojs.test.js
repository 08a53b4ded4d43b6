// The demo forms with JavaScript switched off in Chromium: the static page posts
// to the server, which answers with the page again (the error summary, each
// message at its control, every value kept) or with a receipt. The summary's
// texts are the JSON API's report for the very post the browser sent; a summary
// link moves focus to its control; axe finds nothing on the error page or the
// receipt, in bokmål and nynorsk.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { demoForFile, axeViolations, screenshot, ROOT } from "./support/harness.js";

const demo = demoForFile();

async function openWithoutJs() {
  const context = await demo.browser.newContext({ javaScriptEnabled: false, locale: "nb-NO", viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const posts = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push({ url: r.url(), body: r.postData() || "", type: r.headers()["content-type"] || "" });
  });
  return { context, page, posts };
}

/** Fill controls by name: text typed in, radios and check boxes by value. */
async function fill(page, pairs) {
  for (const [name, value] of pairs) {
    const controls = page.locator(`[name="${name}"]`);
    if ((await controls.count()) === 0) await addRowFor(page, name);
    assert.ok((await controls.count()) > 0, `the page has a control named ${name}`);
    if ((await controls.first().getAttribute("readonly")) !== null) continue;
    const type = await controls.first().getAttribute("type");
    if (type === "radio" || type === "checkbox") await page.locator(`[name="${name}"][value="${value}"]`).check();
    else await controls.first().fill(value);
  }
}

/**
 * Press the add button of the list a control's row belongs to: without
 * JavaScript it posts the form, and the server answers with one row more
 * (and every value typed so far kept).
 */
async function addRowFor(page, name) {
  for (const m of [...name.matchAll(/\[\d+\]/g)].reverse()) {
    const list = name.slice(0, m.index);
    const pointer = "/" + list.replace(/\[(\d+)\]/g, ".$1").split(".").join("/");
    const add = page.locator(`button[name=skjemasjekk-add][value="${pointer}"]`);
    if ((await add.count()) === 0) continue;
    await Promise.all([page.waitForNavigation(), add.click()]);
    return;
  }
}

/** The JSON API's report for the body the browser posted. */
async function apiReport(post, id, lang) {
  const res = await fetch(new URL(`/api/v1/forms/${id}/validate?lang=${lang}`, demo.server.url), {
    method: "POST",
    headers: { "content-type": post.type },
    body: post.body,
  });
  assert.equal(res.status, 200);
  return res.json();
}

async function submit(page) {
  await Promise.all([page.waitForNavigation(), page.locator("form button[type=submit][data-variant=primary]").click()]);
}

/**
 * axe on the page as it is: axe needs the page's timers, which a context
 * without JavaScript stops, so the very HTML (the server's pages have no
 * script) is opened again in a context with JavaScript, at the same address.
 */
async function axeOf(page) {
  const html = await page.content();
  const context = await demo.browser.newContext({ locale: "nb-NO", viewport: { width: 1100, height: 900 } });
  try {
    const copy = await context.newPage();
    const url = new URL(page.url());
    url.hash = "";
    url.searchParams.set("axe", "1");
    await copy.route(url.href, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }));
    await copy.goto(url.href);
    assert.equal(await copy.locator("script").count(), 0, "the server's page has no script");
    return await axeViolations(copy);
  } finally {
    await context.close();
  }
}

const texts = (page, selector) => page.locator(selector).allTextContents().then((t) => t.map((s) => s.trim()));

/** The summary shows the report's errors, each message is at its place. */
async function showsReport(page, report) {
  const errors = report.issues.filter((i) => i.severity === "error").map((i) => i.message);
  assert.ok(errors.length > 0);
  assert.deepEqual(await texts(page, "[data-skjemasjekk-summary] li"), errors);
  assert.ok(await page.locator("[data-skjemasjekk-summary]").isVisible());
  const shown = await texts(page, "[data-skjemasjekk-message] .ds-validation-message");
  for (const m of errors) assert.ok(shown.some((s) => s.endsWith(m)), `"${m}" is shown at its control`);
}

/** A document as the pairs of its controls (rows by index, choices repeated). */
function pairsOf(data, multi) {
  const out = [];
  const stack = [["", data]];
  while (stack.length) {
    const [name, v] = /** @type {[string, any]} */ (stack.pop());
    if (Array.isArray(v)) {
      if (multi.includes(name)) for (const x of v) out.push([name, x]);
      else v.forEach((x, i) => stack.push([`${name}[${i}]`, x]));
    } else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) stack.push([name ? `${name}.${k}` : k, x]);
    } else out.push([name, String(v)]);
  }
  return out;
}

const fixture = (file) => JSON.parse(readFileSync(path.join(ROOT, "tests/fixtures", file), "utf8")).data;

test("pilot plan without JavaScript: from the static page, errors, a summary link, the receipt (nb)", async () => {
  const { context, page, posts } = await openWithoutJs();
  try {
    await page.goto(new URL("pilotplan.html", demo.server.url).href);
    assert.equal(await page.locator("[data-skjemasjekk-add]").first().isVisible(), false, "add buttons need the drop-in");
    assert.ok(await page.locator("main a[href='/forms/pilotplan']").isVisible(), "the <noscript> link shows");
    await fill(page, [
      ["agency.name", "Distriktssenteret <b>test</b>"],
      ["agency.organizationNumber", "123"],
      ["planYear", "2024"],
      ["hasPlans", "false"],
    ]);
    await submit(page);
    assert.equal(new URL(page.url()).pathname, "/forms/pilotplan");
    const report = await apiReport(posts[0], "pilotplan", "nb");
    await showsReport(page, report);
    assert.equal(await page.inputValue("[name='agency.name']"), "Distriktssenteret <b>test</b>");
    assert.equal(await page.inputValue("[name='planYear']"), "2024");
    assert.ok(await page.locator("[name=hasPlans][value=false]").isChecked());
    assert.equal(await page.getAttribute("[name='agency.organizationNumber']", "aria-invalid"), "true");
    assert.equal(await page.locator(":focus").getAttribute("data-skjemasjekk-summary"), "", "the summary has focus");
    assert.deepEqual(await axeOf(page), [], "axe on the error page");
    await screenshot(page, "nojs-pilotplan-errors");

    // The summary link moves focus to the control it is about.
    const link = page.locator("[data-skjemasjekk-summary] a[href='#agency-organizationNumber']");
    await link.click();
    assert.equal(await page.locator(":focus").getAttribute("name"), "agency.organizationNumber");

    const valid = fixture("pilotplan/strict-valid-no-plans.json");
    await fill(page, pairsOf(valid, []));
    // Enter in a field sends the form (the page's default button), and adds or removes no row.
    await Promise.all([page.waitForNavigation(), page.locator("[name='agency.name']").press("Enter")]);
    assert.equal(await page.locator("section.receipt h2").first().textContent(), "Skjemaet er mottatt");
    assert.equal(await page.locator("form").count(), 0);
    assert.deepEqual(await axeOf(page), [], "axe on the receipt");
  } finally {
    await context.close();
  }
});

test("application without JavaScript: the server's page in nynorsk, rows and choices kept, the receipt", async () => {
  const { context, page, posts } = await openWithoutJs();
  try {
    await page.goto(new URL("/forms/forsokssoknad?lang=nn", demo.server.url).href);
    assert.equal(await page.getAttribute("html", "lang"), "nn");
    await fill(page, [
      ["stage", "preliminary"],
      ["applicants[0].type", "kommune"],
      ["applicants[0].name", "Lillehammer kommune"],
      ["title", "Felles heimeteneste"],
      ["sectors", "kultur"],
      ["sectors", "samferdsel"],
      ["challenge", "For kort."],
      ["contact.email", "ikkje ei adresse"],
    ]);
    await submit(page);
    const report = await apiReport(posts[0], "forsokssoknad", "nn");
    await showsReport(page, report);
    assert.equal(await page.getAttribute("html", "lang"), "nn");
    assert.ok(await page.locator("[name=stage][value=preliminary]").isChecked());
    assert.ok(await page.locator("[name=sectors][value=kultur]").isChecked());
    assert.ok(await page.locator("[name=sectors][value=samferdsel]").isChecked());
    assert.equal(await page.inputValue("[name=challenge]"), "For kort.");
    assert.equal(await page.inputValue("[name='contact.email']"), "ikkje ei adresse");
    assert.deepEqual(await axeOf(page), [], "axe on the error page (nn)");
    await screenshot(page, "nojs-forsokssoknad-errors");

    const valid = fixture("forsokssoknad/strict-valid-document.json");
    valid.stage = "preliminary";
    valid.applicants = valid.applicants.slice(0, 1);
    delete valid.applicants[0].councilDecision;
    for (const key of Object.keys(valid)) if (Array.isArray(valid[key]) && key !== "applicants" && key !== "sectors") valid[key] = valid[key].slice(0, 1);
    valid.involvement.unions = valid.involvement.unions.slice(0, 1);
    await page.locator("[name=sectors][value=kultur]").uncheck();
    await page.locator("[name=sectors][value=samferdsel]").uncheck();
    await fill(page, pairsOf(valid, ["sectors"]));
    await submit(page);
    const last = await apiReport(posts[posts.length - 1], "forsokssoknad", "nn");
    assert.equal(last.valid, true, JSON.stringify(last.issues));
    assert.equal(await page.locator("section.receipt h2").first().textContent(), "Skjemaet er motteke");
    assert.deepEqual(await axeOf(page), [], "axe on the receipt (nn)");
  } finally {
    await context.close();
  }
});
