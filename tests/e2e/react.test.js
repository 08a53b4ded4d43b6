// The React page (react.html): the application form drawn with Designsystemet's
// React components from the engine's field list, checked through skjemasjekk/react's
// useLiveForm. Under serve's Content-Security-Policy, with the keyboard and axe: the
// error summary on submit with the engine's words, its links moving focus, a
// message clearing when the field is fixed, and the language switch.

import { test } from "node:test";
import assert from "node:assert/strict";
import { demoForFile, openPage, gotoDemo, axeViolations, screenshot } from "./support/harness.js";

const demo = demoForFile();

test("react.html: submit shows the engine's error summary; a link moves focus; fixing a field clears its message; no axe violations", async () => {
  const { page, problems, context } = await openPage(demo.browser);
  try {
    await gotoDemo(page, demo.server.url, "react.html");
    assert.deepEqual(await axeViolations(page), [], "axe on the empty form");
    await page.getByRole("button", { name: "Send inn" }).click();
    const links = page.locator("form a[href^='#f-']");
    await links.first().waitFor();
    assert.ok((await links.count()) >= 10, `the summary lists every error (got ${await links.count()})`);
    assert.match(await links.first().textContent(), /«Søknadstype» må fylles ut\./);
    assert.deepEqual(await axeViolations(page), [], "axe with the summary and every message shown");
    await screenshot(page, "react-errors");

    // The first link moves focus to the field's first control.
    await links.first().click();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("name")), "/stage");

    // Fixing the title clears its message (as the person types: the live form).
    const title = page.getByRole("textbox", { name: "Navn på forsøket" });
    assert.equal(await title.getAttribute("aria-invalid"), "true");
    await title.fill("Digital førstelinje i Nav");
    await page.waitForFunction(() => document.getElementById("f-title")?.getAttribute("aria-invalid") !== "true");
    assert.equal(await title.getAttribute("aria-invalid"), null);
    assert.equal(await page.getByText("«Navn på forsøket» må fylles ut.", { exact: true }).count(), 1, "only the summary's link keeps the title's message");
    assert.deepEqual(problems, [], "no console errors, failed requests or CSP refusals");
  } finally {
    await context.close();
  }
});

test("react.html: the language switch words the form and its messages again (nynorsk, English)", async () => {
  const { page, problems, context } = await openPage(demo.browser);
  try {
    await gotoDemo(page, demo.server.url, "react.html");
    await page.getByRole("button", { name: "Send inn" }).click();
    await page.locator("form a[href^='#f-']").first().waitFor();
    await page.getByRole("button", { name: "Nynorsk" }).click();
    await page.waitForSelector("html[lang=nn]");
    assert.equal(await page.getByRole("textbox", { name: "Namn", exact: true }).count(), 1, "the contact's name, labelled in nynorsk");
    await page.waitForFunction(() => /må fyllast ut/.test(document.querySelector("form a[href^='#f-']")?.textContent || ""));
    await page.getByRole("button", { name: "English" }).click();
    await page.waitForFunction(() => /^Fill in “Type of application”/.test(document.querySelector("form a[href^='#f-']")?.textContent || ""));
    await page.waitForSelector("html[lang=en]");
    assert.deepEqual(await axeViolations(page), [], "axe in English");
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
