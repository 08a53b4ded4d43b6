// Conditionally revealed parts of a form (GOV.UK's "conditional reveal"):
//
//   <div data-skjemasjekk-show-when="hasPlans=true" hidden> … </div>
//   <div data-skjemasjekk-show-when="applicants[0].type=kommune" hidden> … </div>
//   <div data-skjemasjekk-show-when="legalBasis=forsoksloven_3a|forsoksloven_3b"> … </div>
//
// The part is shown while the named control's current answer is one of the listed
// values. This is presentation only: it never decides what is valid. Controls in a
// hidden part are left out of the data (their text is kept, and comes back when
// the part is shown again), and the engine alone judges what is then missing.

import { nameToPointer } from "./names.js";

const ATTR = "data-skjemasjekk-show-when";

/** The current answers of the control(s) named by `pointer`. */
function answers(form, pointer) {
  const out = [];
  for (const el of form.querySelectorAll("input[name], select[name], textarea[name]")) {
    if (nameToPointer(el.getAttribute("name") || "") !== pointer) continue;
    if (el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox")) {
      if (el.checked) out.push(el.value);
    } else if (el instanceof HTMLSelectElement) {
      for (const o of el.selectedOptions) out.push(o.value);
    } else {
      out.push(/** @type {HTMLInputElement} */ (el).value);
    }
  }
  return out;
}

/**
 * Show or hide every conditional part by the answers now in the form.
 * @param {HTMLFormElement} form
 * @returns {boolean} whether any part changed
 */
export function applyReveals(form) {
  let changed = false;
  for (const part of form.querySelectorAll(`[${ATTR}]`)) {
    const spec = part.getAttribute(ATTR) || "";
    const eq = spec.indexOf("=");
    if (eq <= 0) continue;
    const pointer = nameToPointer(spec.slice(0, eq));
    if (!pointer) continue;
    const wanted = spec.slice(eq + 1).split("|");
    const show = answers(form, pointer).some((a) => wanted.includes(a));
    if (part.hidden === show) {
      part.hidden = !show;
      changed = true;
    }
  }
  return changed;
}
