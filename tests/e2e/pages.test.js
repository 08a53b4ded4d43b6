// The portal's pages as a visitor meets them: served by `skjemasjekk serve`,
// no errors in the console, no accessibility violations, and every text in
// bokmål, nynorsk and English (språklova § 14), chosen with the language switch.

import { test } from "node:test";
import assert from "node:assert/strict";
import { demoForFile, openPage, gotoDemo, axeViolations, screenshot } from "./support/harness.js";

const demo = demoForFile();

/** Every text the page names by data-t, with the language the page says it is in. */
async function texts(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    missing: document.querySelectorAll("[data-t-missing]").length,
    all: Array.from(document.querySelectorAll("[data-t]"), (el) => [el.getAttribute("data-t"), el.textContent.trim()]),
  }));
}

for (const file of ["index.html", "forsokssoknad.html", "pilotplan.html"]) {
  test(`${file}: every text in nb, nn and en, no violations, no console errors`, async () => {
    const { page, problems, context } = await openPage(demo.browser);
    try {
      await gotoDemo(page, demo.server.url, file);
      const nb = await texts(page);
      assert.equal(nb.lang, "nb");
      assert.equal(nb.missing, 0);
      assert.deepEqual(await axeViolations(page), []);
      for (const lang of ["nn", "en"]) {
        await page.locator(`[data-lang=${lang}]`).click();
        const other = await texts(page);
        assert.equal(other.lang, lang);
        assert.equal(other.missing, 0, `every text exists in ${lang}`);
        assert.notEqual(other.title, nb.title);
        const changed = other.all.filter(([, text], i) => text !== nb.all[i][1]).length;
        assert.ok(changed > other.all.length / 3, `most texts differ from bokmål in ${lang} (${changed} of ${other.all.length})`);
        assert.equal(await page.locator(`[data-lang=${lang}]`).getAttribute("aria-pressed"), "true");
        assert.equal(new URL(page.url()).searchParams.get("lang"), lang, "the address remembers the language");
      }
      assert.deepEqual(await axeViolations(page), []);
      if (file === "index.html") await screenshot(page, "index-en");
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

test("the language chosen on the landing page follows the links", async () => {
  const { page, context } = await openPage(demo.browser);
  try {
    await gotoDemo(page, demo.server.url, "index.html");
    await page.locator("[data-lang=nn]").click();
    await page.locator("a[href*='pilotplan']").click();
    await page.waitForSelector("html[data-ready=true]");
    assert.equal(await page.getAttribute("html", "lang"), "nn");
    assert.match(await page.locator("h1").textContent(), /pilotar/);
    assert.equal(await page.locator("[data-skjemasjekk-summary]").isHidden(), true, "no errors before anything is done");
  } finally {
    await context.close();
  }
});

test("the skip link takes a keyboard user to the main content", async () => {
  const { page, context } = await openPage(demo.browser);
  try {
    await gotoDemo(page, demo.server.url, "forsokssoknad.html");
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("href")), "#main");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
  } finally {
    await context.close();
  }
});
