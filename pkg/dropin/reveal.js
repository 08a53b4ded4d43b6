// Conditionally revealed parts of a form (GOV.UK's "conditional reveal"), shown and
// hidden by the engine alone: `relevance()` of the live form lists every conditional
// field of the rule set (`requiredWhen`, `forbiddenWhen`) at each place in the data,
// and whether it is relevant now. The page says no condition; it only names its
// controls and containers as everywhere else.
//
// A field's part is found by its pointer: the list container
// (`data-skjemasjekk-list`), the group (`data-skjemasjekk-path`) or the element that
// holds the controls of that name (anchors.js `controlHost`); failing those, the
// holders of the controls inside the field. From there the part grows to the largest
// element around it that holds no other field's controls and is not itself a list,
// row or group of another field, so a wrapper with the part's heading goes with it.
//
// Controls in a hidden part are left out of the data (collect.js; their text is kept
// and comes back when the part is shown again), and the engine alone judges what is
// then missing.

import { parseName, toPointer, nameToPointer, pointerWithin } from "./names.js";
import { controlHost } from "./anchors.js";

const CONTROLS = "input[name], select[name], textarea[name]";
const CONTAINERS = "[data-skjemasjekk-list], [data-skjemasjekk-path], [data-skjemasjekk-row]";

/** @type {WeakMap<Element, [string, string | null]>} a control's name and its pointer, read once */
const named = new WeakMap();

/** The pointer a control's name stands for (kept while the name stays the same). */
function pointerOf(el) {
  const name = el.getAttribute("name") || "";
  const known = named.get(el);
  if (known && known[0] === name) return known[1];
  const p = nameToPointer(name);
  named.set(el, [name, p]);
  return p;
}

/** The pointer a container names (`data-skjemasjekk-list` or `-path`), or null. */
function containerPointer(el) {
  const name = el.getAttribute("data-skjemasjekk-list") ?? el.getAttribute("data-skjemasjekk-path");
  const parsed = name === null ? null : parseName(name);
  return parsed ? toPointer(parsed.segs) : null;
}

/**
 * The elements that make up the field at `pointer` on the page (none when the page
 * does not have it).
 * @param {HTMLFormElement} form @param {string} pointer
 * @returns {Element[]}
 */
export function partsOf(form, pointer) {
  for (const el of form.querySelectorAll("[data-skjemasjekk-list], [data-skjemasjekk-path]")) {
    if (containerPointer(el) === pointer) return [grow(form, el, pointer)];
  }
  /** @type {Map<string, Element[]>} controls inside the field, by their own pointer */
  const inside = new Map();
  for (const el of form.querySelectorAll(CONTROLS)) {
    const p = pointerOf(el);
    if (!p || !pointerWithin(p, pointer)) continue;
    inside.set(p, [...(inside.get(p) || []), el]);
  }
  const own = inside.get(pointer);
  const groups = own ? [own] : [...inside.values()];
  const parts = new Set();
  for (const els of groups) parts.add(grow(form, controlHost(els) || els[0], pointer));
  return [...parts];
}

/** The largest element around `el` that belongs to the field at `pointer` alone. */
function grow(form, el, pointer) {
  let part = el;
  for (let up = part.parentElement; up && up !== form && form.contains(up); up = up.parentElement) {
    if (up.matches(CONTAINERS) && containerPointer(up) !== pointer) break;
    const others = Array.from(up.querySelectorAll(CONTROLS)).some(
      (c) => !pointerWithin(pointerOf(c) || "", pointer),
    );
    if (others) break;
    part = up;
  }
  return part;
}

/**
 * Show the parts of the relevant fields and hide the others.
 * @param {HTMLFormElement} form
 * @param {{ path: string, relevant: boolean }[]} relevance the engine's answer
 * @returns {boolean} whether any part changed
 */
export function applyRelevance(form, relevance) {
  let changed = false;
  for (const { path, relevant } of relevance) {
    for (const part of partsOf(form, path)) {
      if (/** @type {HTMLElement} */ (part).hidden !== relevant) continue;
      /** @type {HTMLElement} */ (part).hidden = !relevant;
      changed = true;
    }
  }
  return changed;
}
