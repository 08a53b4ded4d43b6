// The drop-in on a small form of its own, with a rule set made for the test:
// both name styles, value conversion, rows added by another script, messages
// inserted as text (never markup), and a server that has other rules (409).

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, openPage, gotoDemo, axeViolations } from "./support/harness.js";
import { type, retype, press, messageOf, summary } from "./support/person.js";

const t = (s) => ({ nb: s, nn: s, en: s });
const RULESET = {
  id: "probe",
  version: "1",
  title: t("Prøveskjema"),
  fields: {
    name: { type: "text", minLength: 2, label: t('Navn <img src=x onerror="window.__xss=1">') },
    org: { type: "orgnr", label: t("Organisasjonsnummer") },
    count: { type: "integer", minimum: 0, label: t("Antall") },
    rows: {
      type: "list",
      minItems: 1,
      label: t("Rader"),
      item: { type: "object", label: t("Rad"), fields: { title: { type: "text", minLength: 3, label: t("Tittel") } } },
    },
    tags: { type: "list", optional: true, label: t("Stikkord"), item: { type: "text", label: t("Stikkord") } },
  },
};

const FORM = `
<h1>Prøveskjema</h1>
<form id="probe" novalidate>
  <div class="ds-field"><label for="name">Navn</label><input class="ds-input" id="name" name="name"></div>
  <div class="ds-field"><label for="org">Organisasjonsnummer</label><input class="ds-input" id="org" name="/org"></div>
  <div class="ds-field"><label for="count">Antall</label><input class="ds-input" id="count" name="count" inputmode="numeric"></div>
  <fieldset data-skjemasjekk-list="rows"><legend>Rader</legend>
    <fieldset data-skjemasjekk-row><legend data-skjemasjekk-row-heading>Rad 1</legend>
      <div class="ds-field"><label for="rows-0-title">Tittel</label><input class="ds-input" id="rows-0-title" name="rows[0].title"></div>
      <button type="button" data-skjemasjekk-remove>Fjern</button>
    </fieldset>
    <template data-skjemasjekk-template>
      <fieldset data-skjemasjekk-row><legend data-skjemasjekk-row-heading>Rad 1</legend>
        <div class="ds-field"><label for="rows-0-title">Tittel</label><input class="ds-input" id="rows-0-title" name="rows[0].title"></div>
        <button type="button" data-skjemasjekk-remove>Fjern</button>
      </fieldset>
    </template>
    <button type="button" data-skjemasjekk-add>Legg til</button>
  </fieldset>
  <input type="hidden" name="csrf" value="not part of the data">
  <button type="submit">Send</button>
</form>`;

let server, browser, session, page;

async function mount(ruleset, options = {}) {
  await page.evaluate(
    async ([html, rs, opts]) => {
      document.querySelector("main").innerHTML = html;
      const { Validator } = await import("/pkg/dist/skjemasjekk.js");
      const { attach } = await import("/pkg/dropin/index.js");
      const validator = new Validator(JSON.stringify(rs));
      const form = document.querySelector("#probe");
      window.__events = [];
      for (const name of ["valid", "invalid", "server"]) {
        form.addEventListener(`skjemasjekk:${name}`, (e) => window.__events.push({ name, detail: e.detail }));
      }
      window.__probe = await attach(form, { form: rs.id, lang: "nb", validator, onValid: () => {}, ...opts });
    },
    [FORM, ruleset, options],
  );
}

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  session = await openPage(browser);
  page = session.page;
  await gotoDemo(page, server.url, "index.html");
  await mount(RULESET);
});

after(async () => {
  await session?.context.close();
  await browser?.close();
  await server?.stop();
});

test("names in both styles map to the data; numbers become numbers; other inputs are left out", async () => {
  await type(page, "#name", "Ada");
  await type(page, "#org", "988 077 917");
  await type(page, "#count", "1 200");
  await type(page, "#rows-0-title", "Første");
  const data = await page.evaluate(() => window.__probe.data());
  assert.deepEqual(data, { name: "Ada", org: "988 077 917", count: 1200, rows: [{ title: "Første" }] });
});

test("text that is not a number stays text, and the engine says so on leaving the field", async () => {
  await retype(page, "#count", "12x");
  assert.equal(await page.evaluate(() => window.__probe.data().count), "12x");
  assert.equal(await messageOf(page, "#count"), "«Antall» må være et heltall.");
});

test("messages are inserted as text, never as markup", async () => {
  await retype(page, "#name", "A");
  const msg = await messageOf(page, "#name");
  assert.match(msg, /^«Navn <img src=x onerror="window.__xss=1">» /);
  assert.equal(await page.locator("#probe img").count(), 0);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
});

test("a row added by another script is picked up", async () => {
  await page.evaluate(() => {
    const row = document.querySelector("#probe [data-skjemasjekk-row]").cloneNode(true);
    const input = row.querySelector("input");
    input.name = "rows[1].title";
    input.id = "rows-1-title";
    input.value = "Fra et annet skript";
    row.querySelector("label").htmlFor = "rows-1-title";
    document.querySelector("#probe [data-skjemasjekk-template]").before(row);
  });
  await page.waitForFunction(() => window.__probe.data().rows.length === 2);
  assert.equal(await page.evaluate(() => window.__probe.data().rows[1].title), "Fra et annet skript");
  assert.deepEqual(await page.locator("#probe [data-skjemasjekk-row-heading]").allTextContents(), ["Rad 1", "Rad 2"]);
});

test("rows through the API: add by path, remove by pointer; names and ids renumbered", async () => {
  await page.evaluate(() => window.__probe.addRow("rows"));
  assert.deepEqual(await page.locator("#probe input[name^=rows]").evaluateAll((els) => els.map((e) => `${e.name}#${e.id}`)), [
    "rows[0].title#rows-0-title",
    "rows[1].title#rows-1-title",
    "rows[2].title#rows-2-title",
  ]);
  await page.evaluate(() => window.__probe.removeRow("/rows/0"));
  assert.deepEqual(await page.locator("#probe input[name^=rows]").evaluateAll((els) => els.map((e) => `${e.name}#${e.id}=${e.value}`)), [
    "rows[0].title#rows-0-title=Fra et annet skript",
    "rows[1].title#rows-1-title=",
  ]);
  assert.deepEqual(await page.evaluate(() => window.__probe.data().rows), [{ title: "Fra et annet skript" }, {}]);
});

test("on submit: every error, focus on the summary, the button still enabled; axe finds nothing", async () => {
  await press(page, "#probe button[type=submit]");
  assert.equal(await page.evaluate(() => document.activeElement?.hasAttribute("data-skjemasjekk-summary")), true);
  const report = await page.evaluate(() => window.__probe.report);
  assert.deepEqual(await summary(page), report.issues.filter((i) => i.severity === "error").map((i) => i.message));
  assert.equal(await page.locator("#probe button[type=submit]").isDisabled(), false);
  assert.equal(await page.evaluate(() => window.__events.at(-1).name), "invalid");
  assert.deepEqual(await axeViolations(page), []);
});

test("a valid form calls onValid; a server with other rules for the form answers 409", async () => {
  await retype(page, "#name", "Ada Lovelace");
  await retype(page, "#count", "3");
  await page.evaluate(() => window.__probe.removeRow("/rows/1"));
  await press(page, "#probe button[type=submit]");
  assert.equal(await page.evaluate(() => window.__events.at(-1).name), "valid");
  // The same form id as the server's, but other rules: the hashes differ.
  await page.evaluate(() => window.__probe.destroy());
  await mount({ ...RULESET, id: "pilotplan" }, { serverUrl: "/api/v1" });
  await type(page, "#name", "Ada Lovelace");
  await type(page, "#org", "988077917");
  await type(page, "#count", "3");
  await type(page, "#rows-0-title", "Første");
  await press(page, "#probe button[type=submit]");
  await page.waitForFunction(() => window.__events.some((e) => e.name === "server"));
  const detail = await page.evaluate(() => window.__events.find((e) => e.name === "server").detail);
  assert.equal(detail.status, "stale");
  assert.equal(detail.httpStatus, 409);
  assert.equal(await page.getAttribute("[data-skjemasjekk-status]", "data-state"), "stale");
  const reload = await page.evaluate(async () => {
    const { Validator } = await import("/pkg/dist/skjemasjekk.js");
    return Validator.builtin().uiTexts("nb").server_stale;
  });
  assert.match(reload, /Last inn siden på nytt/);
  assert.equal((await page.textContent("[data-skjemasjekk-status]")).trim(), reload);
});
