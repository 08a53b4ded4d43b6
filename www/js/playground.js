// The rule-set playground (playground.html): edit a rule set, see its lint
// problems as you type (POST /api/v1/lint), select a problem to select its text,
// and once it is clean: the scaffolded form with the drop-in on it (POST
// /api/v1/scaffold), the reports on the data in nb, nn and en, and the data's
// JSON Schema, all from the engine (Validator) with the edited rule set.
// Presentation only: every verdict and message comes from the service or the engine.

import init, { Validator } from "/pkg/dist/skjemasjekk.js";
import { attach } from "/pkg/dropin/index.js";
import { PAGE_TEXTS } from "./page-texts.js";
import { initialLang, showLang, rememberLang, onLangButtons, LANGS } from "./demo-lang.js";
import { PLAYGROUND_TEXTS, fill } from "./playground-texts.js";
import { selectPlace, debounce, lintOnService, scaffoldOnService, markProblems, followScroll } from "./playground-editor.js";
import { showReports, showSchema } from "./playground-reports.js";

const BLANK = `{
  "$schema": "/api/v1/ruleset.schema.json",
  "id": "mitt-skjema",
  "version": "1",
  "title": { "nb": "Mitt skjema", "nn": "Mitt skjema", "en": "My form" },
  "fields": {
    "name": { "type": "text", "label": { "nb": "Navn", "nn": "Namn", "en": "Name" } }
  }
}
`;

const $ = (id) => /** @type {any} */ (document.getElementById(id));
const editor = /** @type {HTMLTextAreaElement} */ ($("pg-editor"));
const dataEditor = /** @type {HTMLTextAreaElement} */ ($("pg-data"));
const start = /** @type {HTMLSelectElement} */ ($("pg-start"));
const count = $("pg-problem-count");
const list = $("pg-problems");
const formHost = $("pg-form");
const formNote = $("pg-form-note");
const backdrop = $("pg-backdrop");
const follow = followScroll(editor, backdrop);
// The backdrop's text must lie exactly under the editor's: the same box and font.
const box = getComputedStyle(editor);
for (const prop of [
  "paddingTop", "paddingRight", "paddingBottom", "paddingLeft",
  "borderTopWidth", "borderRightWidth", "borderBottomWidth", "borderLeftWidth",
  "fontFamily", "fontSize", "fontWeight", "lineHeight", "letterSpacing", "tabSize",
]) {
  backdrop.style[prop] = box[prop];
}

try {
  await init();
} catch (e) {
  console.error(
    "skjemasjekk: the validation engine (WebAssembly) could not start. If the page has a " +
      "Content-Security-Policy, its script-src must allow 'wasm-unsafe-eval'. The browser said: " +
      (e instanceof Error ? e.message : String(e)),
  );
  document.documentElement.setAttribute("data-engine", "unavailable");
  await new Promise(() => {});
}
const builtin = Validator.builtin();
const titles = Object.fromEntries(builtin.forms().map((f) => [f.id, f.title]));

let lang = initialLang();
/** @type {any[]} */
let problems = [];
/** @type {{text: string, formId: string, hash: string, validator: any} | null} */
let current = null;
/** @type {any} */
let checker = null;
let lintSeq = 0;
let scaffoldSeq = 0;

/** A text of the page in the current language. */
function t(key) {
  return PLAYGROUND_TEXTS[lang][key] ?? PAGE_TEXTS[lang][key] ?? "";
}

function lookup(key, ui) {
  const [kind, rest] = [key.slice(0, key.indexOf(":")), key.slice(key.indexOf(":") + 1)];
  if (kind === "page") return t(rest);
  if (kind === "ui") return ui[rest] || "";
  if (kind === "title") return titles[rest]?.[lang] || "";
  return "";
}

function renderTexts() {
  const ui = builtin.uiTexts(lang);
  for (const el of document.querySelectorAll("[data-t]")) {
    const text = lookup(el.getAttribute("data-t") || "", ui);
    if (!text) {
      el.setAttribute("data-t-missing", lang);
      continue;
    }
    el.removeAttribute("data-t-missing");
    if (el.tagName === "TITLE") document.title = text;
    else el.textContent = text;
  }
  for (const el of document.querySelectorAll("[data-t-aria-label]")) {
    el.setAttribute("aria-label", lookup(el.getAttribute("data-t-aria-label") || "", ui));
  }
  showLang(lang, builtin);
}

/** The problem count (a live region) and one button per problem. */
function renderProblems(form) {
  if (problems.length === 0) {
    count.textContent = form ? fill(t("pg_no_problems"), form) : "";
  } else {
    count.textContent = problems.length === 1 ? t("pg_one_problem") : fill(t("pg_problems"), { count: problems.length });
  }
  list.replaceChildren(
    ...problems.map((p) => {
      const li = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "pg-problem";
      button.dataset.pointer = p.pointer;
      const pointer = document.createElement("code");
      pointer.textContent = p.pointer || "/";
      const at = document.createElement("span");
      at.className = "pg-at";
      at.textContent = fill(t("pg_at"), p);
      button.append(pointer, " ", at, " ", p.message);
      button.addEventListener("click", () => selectPlace(editor, p));
      li.append(button);
      return li;
    }),
  );
}

let lastForm = null;

async function lintNow() {
  const text = editor.value;
  const seq = ++lintSeq;
  list.setAttribute("aria-busy", "true");
  let linted;
  try {
    linted = await lintOnService(text);
  } catch (e) {
    if (seq !== lintSeq) return;
    list.removeAttribute("aria-busy");
    count.textContent = fill(t("pg_lint_failed"), { status: /** @type {any} */ (e).status || "—" });
    return;
  }
  if (seq !== lintSeq) return;
  list.removeAttribute("aria-busy");
  problems = linted.problems;
  lastForm = linted.form;
  renderProblems(lastForm);
  markProblems(backdrop, text, problems);
  follow();
  if (linted.form) await useRuleSet(text, linted.form);
  else clearForm();
  document.documentElement.setAttribute("data-linted", String(seq));
}

/** A clean rule set: its validator, schema, reports and scaffolded form. */
async function useRuleSet(text, form) {
  if (current && current.text === text) return;
  let validator;
  try {
    validator = new Validator(text);
  } catch (e) {
    // The service and the engine compile alike; say so if they ever do not.
    count.textContent = String(/** @type {any} */ (e).message || e);
    clearForm();
    return;
  }
  current = { text, formId: form.id, hash: form.hash, validator };
  showSchema(validator, form.id);
  refreshReports();
  await scaffold();
}

function clearForm() {
  current = null;
  scaffoldSeq++;
  if (checker) checker.destroy();
  checker = null;
  formHost.replaceChildren();
  formNote.textContent = t("pg_form_waiting");
  showSchema(null, "");
  refreshReports();
}

function refreshReports() {
  showReports(current?.validator || null, current?.formId || "", dataEditor.value);
}

/** The scaffolded form of the current rule set, with the drop-in on it. */
async function scaffold() {
  if (!current) return;
  const seq = ++scaffoldSeq;
  const { text, formId, validator } = current;
  let form;
  try {
    form = await scaffoldOnService(text, lang);
  } catch (e) {
    if (seq !== scaffoldSeq) return;
    formNote.textContent = fill(t("pg_scaffold_failed"), { message: /** @type {any} */ (e).message || e });
    formHost.replaceChildren();
    return;
  }
  if (seq !== scaffoldSeq) return;
  if (checker) checker.destroy();
  checker = null;
  if (!form) {
    formNote.textContent = t("pg_scaffold_unavailable");
    formHost.replaceChildren();
    formHost.setAttribute("data-scaffold", "unavailable");
    return;
  }
  formHost.replaceChildren(form);
  formHost.setAttribute("data-scaffold", "ready");
  checker = await attach(form, {
    form: formId,
    lang,
    validator,
    headingLevel: 3, // the form sits under the page's "The form" (h2)
    onValid: (data) => {
      dataEditor.value = JSON.stringify(data, null, 2);
      refreshReports();
    },
  });
  formNote.textContent = t("pg_form_ready");
}

function load() {
  editor.value = start.value ? builtin.ruleset(start.value) : BLANK;
  lintNow();
}

function setLang(next) {
  if (!LANGS.includes(next) || next === lang) return;
  lang = next;
  renderTexts();
  renderProblems(lastForm);
  if (!current) formNote.textContent = t("pg_form_waiting");
  scaffold();
  rememberLang(lang);
}

onLangButtons(setLang);
$("pg-load").addEventListener("click", load);
const lintSoon = debounce(lintNow, 300);
editor.addEventListener("input", () => {
  // The marks stand for the text as linted: gone until the next answer.
  backdrop.replaceChildren();
  lintSoon();
});
dataEditor.addEventListener("input", debounce(refreshReports, 200));

const wanted = new URL(location.href).searchParams.get("form");
if (wanted !== null && [...start.options].some((o) => o.value === wanted)) start.value = wanted;
renderTexts();
load();
Object.assign(window, { skjemasjekk: { setLang, get current() { return current; } } });
document.documentElement.setAttribute("data-ready", "true");
