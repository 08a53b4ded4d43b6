// The demo portal's page script: the language switch (bokmål, nynorsk, English),
// the texts of the page in the chosen language, and the drop-in on the form.
//
// Texts are named by `data-t` attributes:
//   label:PATH, help:PATH    a field's label and help text (Validator.fields)
//                            (PATH without list indices: `pilots.time.start`)
//   option:PATH=VALUE        the label of one option
//   title:FORM               the form's title
//   ui:KEY                   a fixed text of the engine (`submit`, `yes`, …)
//   page:KEY                 the portal's own texts (page-texts.js)
// This is presentation only; every check and message comes from the engine.

import init, { Validator } from "/pkg/dist/skjemasjekk.js";
import { attach, FormSchema } from "/pkg/dropin/index.js";
import { PAGE_TEXTS } from "./page-texts.js";
import { initialLang, showLang, rememberLang, onLangButtons, LANGS } from "./demo-lang.js";


/**
 * Starts the engine. A browser may refuse WebAssembly: a Content-Security-Policy
 * without 'wasm-unsafe-eval' in script-src does, and Chromium's own message then
 * names 'unsafe-eval', which a portal should not allow. Say what to allow instead.
 */
async function startEngine() {
  try {
    await init();
    return true;
  } catch (e) {
    console.error(
      "skjemasjekk: the validation engine (WebAssembly) could not start, so this page checks " +
        "nothing in the browser. If the page has a Content-Security-Policy, its script-src must " +
        `allow 'wasm-unsafe-eval' (not 'unsafe-eval'). The browser said: ${e instanceof Error ? e.message : e}`,
    );
    document.documentElement.setAttribute("data-engine", "unavailable");
    return false;
  }
}

if (!(await startEngine())) {
  // Everything below needs the engine: the page stays as served.
  await new Promise(() => {});
}
const validator = Validator.builtin();
const titles = Object.fromEntries(validator.forms().map((f) => [f.id, f.title]));
const form = /** @type {HTMLFormElement | null} */ (document.querySelector("form[data-form]"));
const formId = form ? form.dataset.form || "" : "";
const schema = form ? new FormSchema(validator.fields(formId)) : null;

/** The text a `data-t` key names, or "" when there is none. */
function lookup(key, lang, ui) {
  const colon = key.indexOf(":");
  const kind = key.slice(0, colon);
  const rest = key.slice(colon + 1);
  switch (kind) {
    case "page":
      return PAGE_TEXTS[lang][rest] || "";
    case "ui":
      return ui[rest] || "";
    case "title":
      return titles[rest]?.[lang] || "";
    case "label":
      return schema ? schema.label(rest.split("."), lang) : "";
    case "help":
      return schema ? schema.help(rest.split("."), lang) : "";
    case "option": {
      const eq = rest.indexOf("=");
      return schema ? schema.optionLabel(rest.slice(0, eq).split("."), rest.slice(eq + 1), lang) : "";
    }
    default:
      return "";
  }
}

/** Every element with `data-t`, in the page and in the row templates. */
function* textElements(root) {
  yield* root.querySelectorAll("[data-t]");
  for (const t of root.querySelectorAll("template")) yield* textElements(t.content);
}

function renderTexts(lang) {
  const ui = validator.uiTexts(lang);
  for (const el of textElements(document)) {
    const key = el.getAttribute("data-t") || "";
    const text = lookup(key, lang, ui);
    if (!text) {
      el.setAttribute("data-t-missing", lang);
      continue;
    }
    el.removeAttribute("data-t-missing");
    if (key.startsWith("label:") && schema?.optional(key.slice(6).split("."))) {
      const marker = document.createElement("span");
      marker.className = "optional";
      marker.textContent = `(${ui.optional_marker})`;
      el.replaceChildren(text, " ", marker);
    } else if (el.tagName === "TITLE") {
      document.title = text;
    } else {
      el.textContent = text;
    }
  }
  for (const el of document.querySelectorAll("[data-t-aria-label]")) {
    el.setAttribute("aria-label", lookup(el.getAttribute("data-t-aria-label") || "", lang, ui));
  }
  if (form) {
    // Without the engine the form posts here, and the server answers in this language.
    form.setAttribute("action", `/forms/${formId}?lang=${lang}`);
  }
  showLang(lang, validator);
}

/** Today's date in the person's own time zone, as YYYY-MM-DD. */
function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

let lang = initialLang();
renderTexts(lang);

let checker = null;
if (form) {
  const submitted = form.querySelector('[name="submittedAt"]');
  if (submitted instanceof HTMLInputElement && !submitted.value) submitted.value = today();
  checker = await attach(form, { form: formId, lang, serverUrl: "/api/v1", validator });
}

function setLang(next) {
  if (!LANGS.includes(next) || next === lang) return;
  lang = next;
  renderTexts(lang);
  if (checker) checker.setLang(lang);
  rememberLang(lang);
}

onLangButtons(setLang);

// For people poking at the demo in the browser's console.
Object.assign(window, { skjemasjekk: { validator, checker, setLang } });
document.documentElement.setAttribute("data-ready", "true");
