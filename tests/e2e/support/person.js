// A person at the keyboard: focus a field, type, leave it with Tab; tick and
// choose with the space bar; read what the page shows next to a field.

import assert from "node:assert/strict";

/** Focus a field, type `text` key by key, then leave it with Tab. */
export async function type(page, selector, text, { leave = true } = {}) {
  await page.locator(selector).focus();
  await page.keyboard.type(text);
  if (leave) await page.keyboard.press("Tab");
}

/** Replace what a field holds (select all, type over it), then leave it with Tab. */
export async function retype(page, selector, text) {
  await page.locator(selector).focus();
  await page.keyboard.press("ControlOrMeta+A");
  if (text === "") await page.keyboard.press("Backspace");
  else await page.keyboard.type(text);
  await page.keyboard.press("Tab");
}

/** Choose a radio button or tick a check box with the space bar. */
export async function press(page, selector) {
  await page.locator(selector).focus();
  await page.keyboard.press("Space");
}

/** Type a date into a date field as the person sees it (dd.mm.åååå in bokmål). */
export async function typeDate(page, selector, iso) {
  const [y, m, d] = iso.split("-");
  await page.locator(selector).focus();
  await page.keyboard.type(`${d}${m}${y}`);
  await page.keyboard.press("Tab");
  assert.equal(await page.inputValue(selector), iso, `the date field ${selector} took the typed date`);
}

/** Press a button (e.g. "add row") with the keyboard. */
export async function activate(page, selector) {
  await page.locator(selector).focus();
  await page.keyboard.press("Enter");
}

/**
 * The message shown for a field (what its aria-describedby points at), without
 * the visually hidden prefix, or null when there is none.
 */
export async function messageOf(page, selector) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) throw new Error(`no element ${sel}`);
    const ids = (el.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean);
    for (const id of ids) {
      const box = document.getElementById(id);
      if (box && box.hasAttribute("data-skjemasjekk-message")) {
        return Array.from(box.querySelectorAll(".ds-validation-message"), (p) =>
          Array.from(p.childNodes)
            .filter((n) => n.nodeType === Node.TEXT_NODE)
            .map((n) => n.textContent)
            .join(""),
        ).join("\n");
      }
    }
    return null;
  }, selector);
}

/** The texts of the error summary's links (empty when it is hidden). */
export async function summary(page) {
  return page.evaluate(() => {
    const s = document.querySelector("[data-skjemasjekk-summary]");
    if (!s || s.hidden) return [];
    return Array.from(s.querySelectorAll("li"), (li) => li.textContent);
  });
}

/** The texts of the warnings panel (empty when it is hidden). */
export async function warnings(page) {
  return page.evaluate(() => {
    const s = document.querySelector("[data-skjemasjekk-warnings]");
    if (!s || s.hidden) return [];
    return Array.from(s.querySelectorAll("li"), (li) => li.textContent);
  });
}

/** The id (or name) of the element that has focus. */
export async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? el.id || el.getAttribute("name") || el.tagName.toLowerCase() : null;
  });
}

/** The engine's own report for the form's current data (what the page must show). */
export async function engineReport(page, formId, lang) {
  return page.evaluate(
    ([id, l]) => {
      const { validator, checker } = /** @type {any} */ (window).skjemasjekk;
      return validator.validate(id, checker.data(), { lang: l, strict: true });
    },
    [formId, lang],
  );
}

/** Submit with the keyboard (Enter on the submit button); resolves to the server event's detail. */
export async function submitAndWaitForServer(page) {
  const detail = page.evaluate(
    () =>
      new Promise((resolve) => {
        document.querySelector("form[data-form]").addEventListener("skjemasjekk:server", (e) => resolve(/** @type {any} */ (e).detail), { once: true });
      }),
  );
  await activate(page, "form[data-form] button[type=submit]");
  return detail;
}

/** Submit with the keyboard when errors are expected. */
export async function submitExpectingErrors(page) {
  await activate(page, "form[data-form] button[type=submit]");
  await page.waitForFunction(() => !document.querySelector("[data-skjemasjekk-summary]").hidden);
}

/** A text of at least `n` characters, in plain words. */
export function prose(start, n = 60) {
  let s = start;
  const filler = " Dette er beskrevet nærmere i vedlegget til søknaden.";
  while (s.length < n) s += filler;
  return s;
}
