// `skjemasjekk scaffold` pages in Chromium with the drop-in attached by auto.js, for
// both built-in forms and a third rule set (tests/scaffold/tilskudd.json): no axe
// violation; the valid example document of `skjemasjekk examples` filled in, one
// field then broken as an example says, submit → the error summary holds exactly
// that example's message from the engine; fixed → no summary, and the form posts
// to /forms/{id} what the service finds valid; a row can be added. The service's
// own scaffold route, and a fragment put into another page by its own script.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, symlinkSync, rmSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, launchBrowser, openPage, axeViolations } from "./support/harness.js";
import { summary, activate } from "./support/person.js";
import { startServe } from "../../scripts/lib/serve-process.mjs";

// Built with the service by scripts/test-e2e.sh (`cargo build --features serve`).
const BIN = process.env.SKJEMASJEKK_BIN || path.join(ROOT, "target", "debug", "skjemasjekk");
const THIRD = path.join(ROOT, "tests", "scaffold", "tilskudd.json");
const cli = (...args) => execFileSync(BIN, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });

let dir, server, browser;

before(async () => {
  // A site of scaffolded pages beside the demo's style sheets; the package at /pkg/.
  dir = mkdtempSync(path.join(os.tmpdir(), "skjemasjekk-scaffold-"));
  symlinkSync(path.join(ROOT, "www", "vendor"), path.join(dir, "vendor"));
  symlinkSync(path.join(ROOT, "www", "css"), path.join(dir, "css"));
  // Chromium asks every site for /favicon.ico; a portal has one.
  symlinkSync(path.join(ROOT, "www", "favicon.svg"), path.join(dir, "favicon.ico"));
  writeFileSync(path.join(dir, "tilskudd.json"), readFileSync(THIRD));
  for (const lang of ["nb", "nn", "en"]) {
    for (const id of ["pilotplan", "forsokssoknad"]) {
      writeFileSync(path.join(dir, `${id}-${lang}.html`), cli("scaffold", "--form", id, "--lang", lang));
    }
    const page = cli("scaffold", "--ruleset", THIRD, "--lang", lang, "--ruleset-url", "/tilskudd.json");
    writeFileSync(path.join(dir, `tilskudd-${lang}.html`), page);
  }
  writeFileSync(
    path.join(dir, "host.html"),
    `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Vert</title>
<link rel="stylesheet" href="/vendor/designsystemet.css"><link rel="stylesheet" href="/css/site.css">
<script type="module" src="/host.js"></script></head>
<body><main class="wrap"><h1 class="ds-heading">Lekeplass</h1><div id="slot"></div></main></body></html>\n`,
  );
  // What a playground does: post a rule set, put the fragment into its page, attach.
  writeFileSync(
    path.join(dir, "host.js"),
    `import init, { Validator } from "/pkg/dist/skjemasjekk.js";
import { attach } from "/pkg/dropin/index.js";
const rules = await (await fetch("/tilskudd.json")).text();
const res = await fetch("/api/v1/scaffold?lang=nb&fragment=true", { method: "POST", headers: { "content-type": "application/json" }, body: rules });
document.getElementById("slot").insertAdjacentHTML("beforeend", await res.text());
await init();
const form = document.querySelector("form[data-skjemasjekk-form]");
await attach(form, { form: form.dataset.skjemasjekkForm, lang: "nb", validator: new Validator(rules) });
form.setAttribute("data-skjemasjekk-ready", "true");
`,
  );
  server = await startServe(BIN, { www: dir, pkg: path.join(ROOT, "pkg"), cwd: ROOT });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (dir && !process.env.KEEP) rmSync(dir, { recursive: true, force: true });
});

/** Open a page and wait until the drop-in is attached to its form. */
async function open(url) {
  const session = await openPage(browser);
  await session.page.goto(new URL(url, server.url).href);
  await session.page.waitForSelector("form[data-skjemasjekk-ready=true]", { timeout: 20_000 });
  return session;
}

/** Put a JSON document into the form, adding list rows as needed (as a person would). */
async function fill(page, doc) {
  await page.evaluate((doc) => {
    const form = document.querySelector("form[data-skjemasjekk-form]");
    const nameOf = (segs) => segs.reduce((s, x) => (typeof x === "number" ? `${s}[${x}]` : s ? `${s}.${x}` : x), "");
    const ownerList = (el) => el.parentElement?.closest("[data-skjemasjekk-list]");
    const fire = (el) => {
      el.dispatchEvent(new Event("input", { bubbles: true }));
      el.dispatchEvent(new Event("change", { bubbles: true }));
    };
    const walk = (value, segs) => {
      const name = nameOf(segs);
      if (Array.isArray(value)) {
        const list = Array.from(form.querySelectorAll("[data-skjemasjekk-list]")).find((l) => l.getAttribute("data-skjemasjekk-list") === name);
        if (list) {
          const rows = () => Array.from(list.querySelectorAll("[data-skjemasjekk-row]")).filter((r) => ownerList(r) === list);
          const add = Array.from(list.querySelectorAll("[data-skjemasjekk-add]")).find((b) => b.closest("[data-skjemasjekk-list]") === list);
          while (rows().length < value.length) add.click();
          value.forEach((v, i) => walk(v, [...segs, i]));
          return;
        }
        for (const box of form.querySelectorAll(`input[name="${name}"]`)) {
          box.checked = value.includes(box.value);
          fire(box);
        }
        return;
      }
      if (value !== null && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) walk(v, [...segs, k]);
        return;
      }
      const els = Array.from(form.querySelectorAll(`[name="${name}"]`));
      if (!els.length) throw new Error(`the page has no control named ${name}`);
      const first = els[0];
      if (first.type === "radio") {
        const r = els.find((e) => e.value === String(value));
        if (!r) throw new Error(`no choice ${value} for ${name}`);
        r.checked = true;
        fire(r);
      } else if (first.type === "checkbox") {
        first.checked = value === true;
        fire(first);
      } else {
        first.value = String(value);
        fire(first);
      }
    };
    walk(doc, []);
  }, doc);
}

/** The value at a JSON Pointer. */
const at = (doc, pointer) => pointer.split("/").slice(1).reduce((v, k) => v?.[k], doc);
/** The dotted name of a JSON Pointer. */
const dotted = (pointer) =>
  pointer.split("/").slice(1).reduce((s, k) => (/^\d+$/.test(k) ? `${s}[${k}]` : s ? `${s}.${k}` : k), "");

/** A breaking example that changes one text field of the valid document. */
function oneTextBreak(examples) {
  return examples.breaking.find((b) => {
    const v = at(b.data, b.expect.path);
    const ok = at(examples.valid, b.expect.path);
    return typeof v === "string" && typeof ok === "string" && v !== "" && b.expect.severity === "error" &&
      ["orgnr", "pattern", "min_length", "email", "phone", "postnummer", "kommunenummer"].includes(b.expect.code);
  });
}

/** Submit with the keyboard (a click right after leaving a field can miss the
 *  button: the field's message appears on blur and moves it). */
async function submit(page) {
  await activate(page, "form[data-skjemasjekk-form] button[type=submit]");
}

const forms = [
  { id: "pilotplan", page: (lang) => `/pilotplan-${lang}.html`, examples: ["--form", "pilotplan"], server: true },
  { id: "forsokssoknad", page: (lang) => `/forsokssoknad-${lang}.html`, examples: ["--form", "forsokssoknad"], server: true },
  { id: "tilskudd", page: (lang) => `/tilskudd-${lang}.html`, examples: ["--ruleset", THIRD], server: false },
];

for (const form of forms) {
  for (const lang of form.id === "tilskudd" ? ["nb", "nn", "en"] : ["nb"]) {
    test(`${form.id} (${lang}): the scaffold works with the drop-in`, async () => {
      const { page, context, problems } = await open(form.page(lang));
      try {
        assert.equal(await page.getAttribute("html", "lang"), lang);
        assert.deepEqual(await axeViolations(page), [], "a fresh page");

        const examples = JSON.parse(cli("examples", ...form.examples, "--lang", lang));
        await fill(page, examples.valid);
        const broken = oneTextBreak(examples);
        assert.ok(broken, "an example that breaks one text field");
        const name = dotted(broken.expect.path);
        await page.locator(`[name="${name}"]`).fill(at(broken.data, broken.expect.path));
        await submit(page);
        await page.waitForFunction(() => !document.querySelector("[data-skjemasjekk-summary]").hidden);
        assert.deepEqual(await summary(page), [broken.expect.message], "the engine's message, and only it");
        assert.deepEqual(await axeViolations(page), [], "with the error shown");

        let posted = null;
        await page.route(
          (url) => url.pathname === `/forms/${form.id}`,
          (route) => {
            posted = route.request().postData();
            route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>ok</title>" });
          },
        );
        await page.locator(`[name="${name}"]`).fill(at(examples.valid, broken.expect.path));
        await Promise.all([page.waitForURL((u) => u.pathname === `/forms/${form.id}`), submit(page)]);
        assert.ok(posted, "a valid form is posted to its action");
        if (form.server) {
          const res = await fetch(new URL(`/api/v1/forms/${form.id}/validate?lang=${lang}`, server.url), {
            method: "POST",
            headers: { "content-type": "application/x-www-form-urlencoded" },
            body: posted,
          });
          const report = await res.json();
          assert.deepEqual(report.issues, [], "the service finds the posted form valid");
        }
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
}

for (const id of ["pilotplan", "forsokssoknad"]) {
  test(`${id} in nynorsk and English: the page in that language, no axe violation, a row added`, async () => {
    for (const lang of ["nn", "en"]) {
      const { page, context, problems } = await open(`/${id}-${lang}.html`);
      try {
        assert.equal(await page.getAttribute("html", "lang"), lang);
        assert.deepEqual(await axeViolations(page), [], lang);
        const list = id === "pilotplan" ? "pilots" : "applicants";
        const add = page.locator(`[data-skjemasjekk-list=${list}] > [data-skjemasjekk-add]`);
        if (id === "pilotplan") await page.locator("#hasPlans-true").check();
        await add.click();
        const second = page.locator(`[data-skjemasjekk-list=${list}] > [data-skjemasjekk-row]`).nth(1);
        assert.equal(await second.isVisible(), true);
        assert.deepEqual(await axeViolations(page), [], `${lang}, two rows`);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    }
  });
}

test("tilskudd: a row is added, its conditional part follows its own answer", async () => {
  const { page, context, problems } = await open("/tilskudd-nb.html");
  try {
    const list = "[data-skjemasjekk-list=partners]";
    assert.equal(await page.locator(list).isVisible(), false, "hidden until hasPartners is yes");
    await page.locator("#hasPartners-true").check();
    assert.equal(await page.locator(list).isVisible(), true);
    await page.locator(`${list} > [data-skjemasjekk-add]`).click();
    assert.equal(await page.locator("#partners-1-name").isVisible(), true);
    assert.equal(await page.locator("[data-skjemasjekk-row-heading]:visible").nth(1).textContent(), "Partner 2");
    assert.equal(await page.locator("#partners-1-amountNok").isVisible(), false);
    await page.locator("#partners-1-paid-true").check();
    assert.equal(await page.locator("#partners-1-amountNok").isVisible(), true);
    assert.equal(await page.locator("#partners-0-amountNok").isVisible(), false, "the first row keeps its own");
    await page.locator("[data-skjemasjekk-list=activities] > [data-skjemasjekk-add]").click();
    assert.equal(await page.locator("#activities-0").isVisible(), true);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("the service's scaffold page of a built-in form works as it is", async () => {
  const { page, context, problems } = await open("/api/v1/forms/pilotplan/scaffold?lang=en");
  try {
    assert.equal(await page.getAttribute("html", "lang"), "en");
    await submit(page);
    await page.waitForFunction(() => !document.querySelector("[data-skjemasjekk-summary]").hidden);
    assert.ok((await summary(page)).length > 0);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("a fragment put into another page by its own script works with the drop-in", async () => {
  const { page, context, problems } = await open("/host.html");
  try {
    await page.locator("#amountNok").fill("12");
    await submit(page);
    await page.waitForFunction(() => !document.querySelector("[data-skjemasjekk-summary]").hidden);
    const texts = await summary(page);
    assert.ok(texts.some((t) => /1[\s\u00a0]?000/.test(t)), texts.join(" | "));
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
