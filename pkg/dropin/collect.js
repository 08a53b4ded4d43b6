// From the form's controls to the JSON data the engine checks.
//
// This file only reads the page: each control's `name` and value, as a browser
// submits them (`[name, value]` pairs in document order; a checked box or radio
// gives its `value`, an unchecked one nothing; a multi-select each selected
// option). Controls that are disabled, or inside a hidden element, are not part
// of the data. What the text becomes (numbers, booleans, lists, rows) is the
// engine's one conversion, `Validator.formData` (src/formdata/ in the crate),
// which `skjemasjekk serve` also applies to a form post, so both check the same
// document.

import { parseName, toPointer } from "./names.js";

const SKIP_TYPES = new Set(["submit", "button", "reset", "image", "file"]);
const FIELDS = "input[name], select[name], textarea[name]";

/**
 * @typedef {HTMLInputElement|HTMLSelectElement|HTMLTextAreaElement} FieldElement
 * @typedef {{ pointer: string, segs: (string|number)[], type: string, elements: FieldElement[] }} Control
 * @typedef {[name: string, value: string][]} Pairs
 */

/** Whether a control takes part in the data. @param {Element} el @param {HTMLFormElement} form */
export function isActive(el, form) {
  if (/** @type {any} */ (el).disabled) return false;
  for (let at = el; at && at !== form; at = at.parentElement) {
    if (at.hidden) return false;
  }
  return true;
}

/**
 * Every named control of the form that maps to a field of the rule set, grouped
 * by pointer (radio buttons and check boxes share one name), in document order:
 * where messages go and which control an event is about.
 * @param {HTMLFormElement} form @param {import("./schema.js").FormSchema} schema
 * @returns {Map<string, Control>}
 */
export function controls(form, schema) {
  /** @type {Map<string, Control>} */
  const out = new Map();
  for (const el of form.querySelectorAll(FIELDS)) {
    if (SKIP_TYPES.has(/** @type {HTMLInputElement} */ (el).type)) continue;
    const parsed = parseName(el.getAttribute("name") || "");
    if (!parsed) continue;
    const type = schema.type(parsed.segs);
    // A list of plain values may be one multi-select or a set of check boxes.
    if (!type || type === "object" || (type === "list" && schema.itemIsObject(parsed.segs))) continue;
    const pointer = toPointer(parsed.segs);
    const known = out.get(pointer);
    if (known) known.elements.push(/** @type {any} */ (el));
    else out.set(pointer, { pointer, segs: parsed.segs, type, elements: [/** @type {any} */ (el)] });
  }
  return out;
}

/**
 * What the active ones of `els` submit, in order, as a browser does.
 * @param {Iterable<Element>} els @param {HTMLFormElement} form @returns {Pairs}
 */
export function pairsOf(els, form) {
  /** @type {Pairs} */
  const out = [];
  for (const el of els) {
    const name = el.getAttribute("name");
    if (!name || !isActive(el, form)) continue;
    if (el instanceof HTMLSelectElement) {
      for (const o of el.selectedOptions) if (!o.disabled) out.push([name, o.value]);
    } else if (el instanceof HTMLInputElement) {
      if (SKIP_TYPES.has(el.type)) continue;
      if ((el.type === "radio" || el.type === "checkbox") && !el.checked) continue;
      out.push([name, el.value]);
    } else if (el instanceof HTMLTextAreaElement) {
      out.push([name, el.value]);
    }
  }
  return out;
}

/** Every pair the form submits, in document order. @param {HTMLFormElement} form */
export function formPairs(form) {
  return pairsOf(form.querySelectorAll(FIELDS), form);
}

/**
 * The engine's typed document for `pairs`.
 * @param {import("../dist/skjemasjekk.js").Validator} v @param {string} formId @param {Pairs} pairs
 */
export function toData(v, formId, pairs) {
  return v.formData(formId, pairs).data;
}

/**
 * One field's text as its JSON value, by the engine's conversion (`120 000` →
 * 120000, `2,5` → 2.5, `true`); undefined when there is no answer.
 * @param {import("../dist/skjemasjekk.js").Validator} v @param {string} formId
 * @param {(string|number)[]} segs @param {string} text
 */
export function typedValue(v, formId, segs, text) {
  return getIn(toData(v, formId, [[toPointer(segs), text]]), segs) ?? undefined;
}

/** The value at `segs` inside `data`, or undefined. */
export function getIn(data, segs) {
  let at = data;
  for (const seg of segs) {
    if (at === null || typeof at !== "object") return undefined;
    at = at[seg];
  }
  return at;
}
