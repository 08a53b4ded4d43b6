// The playground's reports: the engine's verdict on the data in bokmål, nynorsk
// and English side by side, and the form's data JSON Schema. Every verdict and
// message is the engine's (Validator.validate); this file only shows them.

import { PLAYGROUND_TEXTS, fill } from "./playground-texts.js";

const LANGS = ["nb", "nn", "en"];

/** The report sections of the page, by language. */
function sections() {
  return LANGS.map((lang) => ({
    lang,
    el: /** @type {HTMLElement} */ (document.querySelector(`[data-report="${lang}"]`)),
  }));
}

/**
 * Show each language's report of `dataText`, or why there is none.
 * @param {any} validator a Validator with the form, or null while the rule set has problems
 * @param {string} formId
 * @param {string} dataText
 */
export function showReports(validator, formId, dataText) {
  for (const { lang, el } of sections()) {
    const status = /** @type {HTMLElement} */ (el.querySelector(".pg-report-status"));
    const list = /** @type {HTMLElement} */ (el.querySelector(".pg-issues"));
    const t = PLAYGROUND_TEXTS[lang];
    list.replaceChildren();
    el.removeAttribute("data-valid");
    if (!validator) {
      status.textContent = t.pg_report_waiting;
      continue;
    }
    let report;
    try {
      report = validator.validate(formId, dataText, { lang, strict: true });
    } catch (e) {
      const err = /** @type {any} */ (e);
      status.textContent =
        typeof err?.line === "number" ? fill(t.pg_data_not_json, err) : String(err?.message || err);
      continue;
    }
    const errors = report.issues.filter((i) => i.severity === "error").length;
    const warnings = report.issues.length - errors;
    const key = !report.valid ? "pg_report_invalid" : warnings ? "pg_report_valid_warnings" : "pg_report_valid";
    status.textContent = fill(t[key], { errors, warnings });
    el.setAttribute("data-valid", String(report.valid));
    for (const issue of report.issues) {
      const li = document.createElement("li");
      li.dataset.severity = issue.severity;
      li.dataset.code = issue.code;
      const path = document.createElement("code");
      path.textContent = issue.path || "/";
      li.append(path, " ", issue.message);
      list.append(li);
    }
  }
}

/**
 * Show the form's data JSON Schema (empty while the rule set has problems).
 * @param {any} validator
 * @param {string} formId
 */
export function showSchema(validator, formId) {
  const pre = /** @type {HTMLElement} */ (document.getElementById("pg-schema"));
  pre.textContent = validator ? JSON.stringify(validator.schema(formId), null, 2) : "";
}
