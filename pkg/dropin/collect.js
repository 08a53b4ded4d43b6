// From the form's controls to the JSON data the engine checks.
//
// Each control's `name` is a path (names.js); the field's type (schema.js) says which
// JSON value its text becomes. Nothing is judged here: text that is not a number
// stays text, so the engine reports it (`type`) in the person's own language.
// Controls that are disabled, or inside a hidden element, are not part of the data.

import { parseName, toPointer } from "./names.js";

const SKIP_TYPES = new Set(["submit", "button", "reset", "image", "file"]);
const SPACES = /[\s\u00a0\u202f\u2009]/g;

/**
 * @typedef {{ pointer: string, segs: (string|number)[], type: string,
 *   elements: (HTMLInputElement|HTMLSelectElement|HTMLTextAreaElement)[] }} Control
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
 * by pointer (radio buttons and check boxes share one name), in document order.
 * @param {HTMLFormElement} form @param {import("./schema.js").FormSchema} schema
 * @returns {Map<string, Control>}
 */
export function controls(form, schema) {
  /** @type {Map<string, Control>} */
  const out = new Map();
  for (const el of form.querySelectorAll("input[name], select[name], textarea[name]")) {
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
 * The JSON value of a control, or undefined when nothing is filled in.
 * @param {Control} c @param {HTMLFormElement} form
 */
export function readValue(c, form) {
  const els = c.elements.filter((el) => isActive(el, form));
  if (els.length === 0) return undefined;
  const first = els[0];
  const kind = first instanceof HTMLInputElement ? first.type : first.tagName.toLowerCase();
  if (kind === "radio") {
    const on = els.find((el) => /** @type {HTMLInputElement} */ (el).checked);
    return on ? convert(c.type, on.value) : undefined;
  }
  if (kind === "checkbox") {
    if (c.type === "boolean" && els.length === 1) {
      return /** @type {HTMLInputElement} */ (first).checked;
    }
    const values = els.filter((el) => /** @type {HTMLInputElement} */ (el).checked).map((el) => el.value);
    return values.length ? values : undefined;
  }
  if (first instanceof HTMLSelectElement && first.multiple) {
    const values = Array.from(first.selectedOptions, (o) => o.value).filter((v) => v !== "");
    return values.length ? values : undefined;
  }
  return convert(c.type, first.value);
}

/** The number `t` spells, or the text as typed when no number can hold it. @param {string} t @param {string} raw */
const finite = (t, raw) => (Number.isFinite(Number(t)) ? Number(t) : raw);

/**
 * Text from a control as the field type's JSON value. Only unambiguous spellings
 * are converted (`120 000` → 120000, `2,5` → 2.5, `true`); anything else stays a
 * string for the engine to report, also digits beyond what a number can hold
 * (400 digits would be Infinity, which the package refuses as data).
 * @param {string} type @param {string} raw
 */
export function convert(type, raw) {
  if (raw.trim() === "") return undefined;
  switch (type) {
    case "integer": {
      const t = raw.replace(SPACES, "").replace(/^\u2212/, "-");
      return /^[+-]?[0-9]+$/.test(t) ? finite(t, raw) : raw;
    }
    case "decimal": {
      const t = raw.replace(SPACES, "").replace(/^\u2212/, "-").replace(",", ".");
      return /^[+-]?[0-9]+(\.[0-9]+)?$/.test(t) ? finite(t, raw) : raw;
    }
    case "boolean":
      return raw === "true" ? true : raw === "false" ? false : raw;
    default:
      return raw;
  }
}

/**
 * Put `value` at `segs` inside `data`, making the objects and lists on the way.
 * @param {any} data @param {(string|number)[]} segs @param {unknown} value
 */
export function putIn(data, segs, value) {
  let at = data;
  for (let i = 0; i < segs.length - 1; i++) {
    const seg = segs[i];
    const wantList = typeof segs[i + 1] === "number";
    if (Array.isArray(at)) fillHoles(at, Number(seg));
    if (at[seg] === undefined || at[seg] === null || typeof at[seg] !== "object") {
      at[seg] = wantList ? [] : {};
    }
    at = at[seg];
  }
  const last = segs[segs.length - 1];
  if (Array.isArray(at)) fillHoles(at, Number(last));
  at[last] = value;
}

function fillHoles(list, upto) {
  for (let i = list.length; i < upto; i++) list[i] = null;
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

/**
 * The whole data of the form: every list row (an empty row is `{}`, or null in a
 * list of plain values), then every control's value.
 * @param {HTMLFormElement} form
 * @param {Map<string, Control>} ctrls
 * @param {{ segs: (string|number)[], rows: number, objectItems: boolean }[]} lists visible lists, outer first
 */
export function collect(form, ctrls, lists) {
  const data = {};
  for (const list of lists) {
    for (let i = 0; i < list.rows; i++) {
      const segs = [...list.segs, i];
      if (getIn(data, segs) === undefined) putIn(data, segs, list.objectItems ? {} : null);
    }
  }
  for (const c of ctrls.values()) {
    const value = readValue(c, form);
    const last = c.segs[c.segs.length - 1];
    if (value !== undefined) putIn(data, c.segs, value);
    else if (typeof last === "number" && c.elements.some((el) => isActive(el, form))) {
      putIn(data, c.segs, null);
    }
  }
  return data;
}
