// The rule-set playground (playground.html) in Chromium: a built-in rule set is
// linted clean; a broken one lists each problem with its pointer, and choosing a
// problem selects exactly the pointed text in the editor; fixed, the list is
// empty again. The reports on the data in nb, nn and en change with the data,
// the data's JSON Schema is shown, every text exists in three languages and axe
// finds nothing. The last test needs `POST /api/v1/scaffold` (the scaffold work):
// the form made from the edited rule set, checked by the drop-in.

import { test } from "node:test";
import assert from "node:assert/strict";
import { demoForFile, openPage, gotoDemo, axeViolations, screenshot } from "./support/harness.js";

const demo = demoForFile();

/** Everything a page logged as a problem, except the scaffold route's 404 (its URL is
 *  in the HTTP line; Chromium's console line for it names no URL) until that route is merged. */
const notScaffold = (problems) =>
  problems.filter((p) => !p.includes("/api/v1/scaffold") && !/^console: Failed to load resource: .* 404/.test(p));

async function waitForCount(page, pattern) {
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.getElementById("pg-problem-count")?.textContent || ""),
    pattern.source,
    { timeout: 15_000 },
  );
}

/** The text of the editor that is selected now, and whether the editor has focus. */
function selection(page) {
  return page.evaluate(() => {
    const e = /** @type {HTMLTextAreaElement} */ (document.getElementById("pg-editor"));
    return { text: e.value.slice(e.selectionStart, e.selectionEnd), focused: document.activeElement === e };
  });
}

/** Each language's report status and issues, as the page shows them. */
function reports(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      ["nb", "nn", "en"].map((lang) => {
        const el = document.querySelector(`[data-report=${lang}]`);
        return [
          lang,
          {
            status: el?.querySelector(".pg-report-status")?.textContent || "",
            issues: Array.from(el?.querySelectorAll(".pg-issues li") || [], (li) => li.textContent),
          },
        ];
      }),
    ),
  );
}

test("playground: a broken rule set lists each problem with its pointer; choosing one selects its text; fixed, none", async () => {
  const { page, problems, context } = await openPage(demo.browser);
  try {
    await gotoDemo(page, demo.server.url, "playground.html");
    await waitForCount(page, /Ingen problemer: skjemaet «forsokssoknad»/);
    await page.selectOption("#pg-start", "pilotplan");
    await page.click("#pg-load");
    await waitForCount(page, /Ingen problemer: skjemaet «pilotplan»/);
    const original = await page.inputValue("#pg-editor");
    assert.match(original, /^\{\n {2}"\$schema"/);

    // Two unknown keys on one line, after a character of two UTF-8 bytes.
    const broken = original.replace('"id": "pilotplan",', '"id": "pilotplan",\n  "colour": "blå", "shade": 1,');
    assert.notEqual(broken, original);
    await page.fill("#pg-editor", broken);
    await waitForCount(page, /^2 problemer\.$/);
    const listed = await page.locator("#pg-problems button").allTextContents();
    assert.equal(listed.length, 2, listed.join("\n"));
    assert.match(listed[0], /^\/colour linje 5, kolonne 3 unknown key "colour"/);
    assert.match(listed[1], /^\/shade linje 5, kolonne 21 unknown key "shade"/);
    // As you type: each problem's text is marked behind the editor's text.
    assert.deepEqual(await page.locator("#pg-backdrop mark").allTextContents(), ['"colour": "blå"', '"shade": 1']);
    await page.locator('#pg-problems button[data-pointer="/shade"]').click();
    assert.deepEqual(await selection(page), { text: '"shade": 1', focused: true });
    await page.locator('#pg-problems button[data-pointer="/colour"]').click();
    assert.deepEqual(await selection(page), { text: '"colour": "blå"', focused: true });
    assert.equal(await page.locator("[data-report=nb] .pg-report-status").textContent(), "Ingen rapport før regelsettet er uten problemer.");
    assert.equal(await page.locator("#pg-schema").textContent(), "", "no schema while the rule set has problems");
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, "playground-problems");

    // A problem deeper down: a field type misspelt.
    const misspelt = original.replace('"type": "date"', '"type": "dato"');
    assert.notEqual(misspelt, original);
    await page.fill("#pg-editor", misspelt);
    // The field is dropped, so the rules that name it are problems too.
    await waitForCount(page, /^6 problemer\.$/);
    const type = page.locator("#pg-problems button").first();
    assert.equal(await type.getAttribute("data-pointer"), "/fields/pilots/item/fields/time/fields/start/type");
    assert.match((await type.textContent()) || "", /linje \d+, kolonne 17 unknown field type "dato"/);
    await type.click();
    assert.deepEqual(await selection(page), { text: '"type": "dato"', focused: true });
    await page.locator("#pg-problems button").nth(1).click();
    assert.deepEqual(await selection(page), { text: '"date": "start"', focused: true });

    await page.fill("#pg-editor", original);
    await waitForCount(page, /Ingen problemer: skjemaet «pilotplan»/);
    assert.equal(await page.locator("#pg-problems li").count(), 0);
    assert.equal(await page.locator("#pg-backdrop mark").count(), 0);
    assert.deepEqual(notScaffold(problems), []);
  } finally {
    await context.close();
  }
});

test("playground: reports in nb, nn and en change with the data; the data's JSON Schema is shown", async () => {
  const { page, problems, context } = await openPage(demo.browser);
  try {
    await gotoDemo(page, demo.server.url, "playground.html?form=pilotplan");
    await waitForCount(page, /Ingen problemer: skjemaet «pilotplan»/);
    const schema = JSON.parse((await page.locator("#pg-schema").textContent()) || "null");
    assert.equal(schema.$schema, "https://json-schema.org/draft/2020-12/schema");
    assert.ok(schema.properties?.pilots, "the pilot plan's fields");

    await page.waitForFunction(() => document.querySelector("[data-report=en]")?.getAttribute("data-valid") === "false");
    const empty = await reports(page);
    assert.match(empty.nb.status, /^Ugyldig: \d+ feil/);
    assert.match(empty.nn.status, /^Ugyldig: \d+ feil/);
    assert.match(empty.en.status, /^Invalid: \d+ error/);
    assert.equal(empty.nb.issues.length, empty.en.issues.length);
    assert.ok(empty.nb.issues.length > 0);
    assert.notEqual(empty.nb.issues[0], empty.en.issues[0], "the messages are worded per language");

    await page.fill("#pg-data", '{"planYear": "not a year"}');
    await page.waitForFunction(() => document.querySelectorAll(".pg-issues li[data-code=type]").length === 3);
    const typed = await reports(page);
    for (const lang of ["nb", "nn", "en"]) {
      const planYear = typed[lang].issues.filter((i) => i.startsWith("/planYear"));
      assert.equal(planYear.length, 1, `${lang}: ${typed[lang].issues.join(" | ")}`);
      assert.ok(!empty[lang].issues.includes(planYear[0]), `${lang}: the message changed with the data`);
    }
    assert.notDeepEqual(typed.en.issues, empty.en.issues);

    await page.fill("#pg-data", '{"planYear": ');
    await page.waitForFunction(() => /not valid JSON/.test(document.querySelector("[data-report=en] .pg-report-status")?.textContent || ""));
    assert.match((await reports(page)).nb.status, /^Dataene er ikke gyldig JSON \(linje 1, kolonne \d+\)\.$/);
    assert.deepEqual(notScaffold(problems), []);
  } finally {
    await context.close();
  }
});

test("playground: every text in nb, nn and en, no axe violations", async () => {
  const { page, problems, context } = await openPage(demo.browser);
  try {
    await gotoDemo(page, demo.server.url, "playground.html");
    await waitForCount(page, /Ingen problemer/);
    assert.equal(await page.locator("[data-t-missing]").count(), 0);
    assert.deepEqual(await axeViolations(page), []);
    const expected = { nn: [/Leikeplass/, /Ingen problem: skjemaet/], en: [/playground/, /No problems: the form/] };
    for (const lang of ["nn", "en"]) {
      await page.locator(`[data-lang=${lang}]`).click();
      assert.equal(await page.getAttribute("html", "lang"), lang);
      assert.equal(await page.locator("[data-t-missing]").count(), 0, lang);
      assert.match((await page.locator("h1").textContent()) || "", expected[lang][0]);
      assert.match((await page.locator("#pg-problem-count").textContent()) || "", expected[lang][1]);
      assert.deepEqual(await axeViolations(page), [], lang);
    }
    await page.goto(new URL("index.html", demo.server.url).href);
    await page.waitForSelector("html[data-ready=true]");
    await page.locator("a[href*='playground.html']").click();
    await page.waitForSelector("html[data-ready=true]");
    assert.equal(new URL(page.url()).pathname, "/playground.html", "linked from the landing page");
    assert.deepEqual(notScaffold(problems), []);
  } finally {
    await context.close();
  }
});

/** A hand-written stand-in for the scaffold's fragment of the blank rule set. */
const STAND_IN_FORM = `<form novalidate><div class="ds-field"><label class="ds-label" for="pg-t-name">Navn</label>
<input class="ds-input" id="pg-t-name" name="name"></div><button class="ds-button" type="submit">Send</button></form>`;

test("playground: the form the scaffold route answers gets the drop-in with the edited rule set; a 404 is a note", async () => {
  const { page, context } = await openPage(demo.browser);
  try {
    /** @type {string[]} */
    const asked = [];
    let missing = true;
    await page.route("**/api/v1/scaffold?*", async (route) => {
      asked.push(new URL(route.request().url()).search);
      if (missing) await route.fulfill({ status: 404, contentType: "application/json", body: '{"error":{"code":"not_found","message":"no"}}' });
      else await route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: STAND_IN_FORM });
    });
    await gotoDemo(page, demo.server.url, "playground.html");
    await page.waitForSelector("#pg-form[data-scaffold=unavailable]", { state: "attached" });
    assert.equal(await page.locator("#pg-form-note").textContent(), "Tjenesten kan ikke lage skjemaer (scaffold er ikke tilgjengelig her).");
    missing = false;
    await page.selectOption("#pg-start", "");
    await page.click("#pg-load");
    await page.waitForSelector("#pg-form[data-scaffold=ready] form");
    assert.equal(asked.at(-1), "?lang=nb&fragment=true");
    const form = page.locator("#pg-form form");
    await form.locator("button[type=submit]").click();
    // The drop-in checks with the edited rule set, whose only field is "name".
    await form.locator("[data-skjemasjekk-summary] a").first().waitFor();
    assert.match((await form.locator("[data-skjemasjekk-summary]").textContent()) || "", /Navn/);
    assert.deepEqual(await axeViolations(page), []);
    await form.locator('[name="name"]').fill("Kari Nordmann");
    await form.locator("button[type=submit]").click();
    await page.waitForFunction(() => document.querySelector("[data-report=en]")?.getAttribute("data-valid") === "true");
    assert.deepEqual(JSON.parse(await page.inputValue("#pg-data")), { name: "Kari Nordmann" });
    const made = asked.length;
    await page.locator("[data-lang=nn]").click();
    await page.waitForFunction(
      () => document.getElementById("pg-form-note")?.textContent === "Skjemaet er laga frå regelsettet og blir sjekka med det medan du fyller det ut.",
    );
    assert.deepEqual(asked.slice(made), ["?lang=nn&fragment=true"], "a new language, the form made again");
    assert.equal(await page.locator("#pg-form form").count(), 1);
  } finally {
    await context.close();
  }
});

// Needs POST /api/v1/scaffold (merged separately): until then the page says the
// scaffold is not available, and this test fails at its first assertion.
test("playground: the scaffolded form of the edited rule set, checked by the drop-in", async () => {
  const { page, problems, context } = await openPage(demo.browser);
  try {
    await gotoDemo(page, demo.server.url, "playground.html");
    await page.selectOption("#pg-start", "");
    await page.click("#pg-load");
    await waitForCount(page, /Ingen problemer: skjemaet «mitt-skjema»/);
    await page.waitForSelector("#pg-form[data-scaffold]", { state: "attached" });
    assert.equal(await page.getAttribute("#pg-form", "data-scaffold"), "ready", "the service made the form");
    const form = page.locator("#pg-form form");
    assert.match((await form.locator("label").first().textContent()) || "", /^Navn/);

    await form.locator("button[type=submit]").click();
    await form.locator("[data-skjemasjekk-summary] a").first().waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await form.locator('[name="name"]').fill("Kari Nordmann");
    await form.locator("button[type=submit]").click();
    await page.waitForFunction(() => /Kari Nordmann/.test(/** @type {HTMLTextAreaElement} */ (document.getElementById("pg-data")).value));
    await page.waitForFunction(() => document.querySelector("[data-report=nn]")?.getAttribute("data-valid") === "true");
    assert.deepEqual(JSON.parse(await page.inputValue("#pg-data")), { name: "Kari Nordmann" });

    // The form follows the rule set as it is edited.
    const text = await page.inputValue("#pg-editor");
    await page.fill("#pg-editor", text.replace('"nb": "Navn"', '"nb": "Fullt navn"'));
    await page.waitForFunction(() => /^Fullt navn/.test(document.querySelector("#pg-form form label")?.textContent || ""));
    await page.locator("[data-lang=en]").click();
    await page.waitForFunction(() => /^Name/.test(document.querySelector("#pg-form form label")?.textContent || ""));
    await screenshot(page, "playground-form-en");
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
