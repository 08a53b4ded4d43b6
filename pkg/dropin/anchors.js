// Where an issue is shown: the element its message goes into, the controls that
// become `aria-invalid`, and what a link in the error summary moves focus to.
//
// An issue's path is a JSON Pointer. It is shown at the control with that name;
// failing that at an element marked `data-skjemasjekk-path="…"` (a fieldset for
// a group of fields, e.g. "fill in at least one of these"), at a list row, or at
// a list; failing those at the nearest such place above it. Hidden places are
// skipped, so an issue is never attached to something a person cannot see.

import { parseName, toPointer, idStem } from "./names.js";
import { isActive } from "./collect.js";
import { LIST, listSegs, rowsOf } from "./rows.js";

/**
 * @typedef {{ pointer: string, kind: "control" | "container", el: Element,
 *   inputs: Element[], host: Element | null, after: Element | null }} Anchor
 */

const FOCUSABLE = "input:not([type=hidden]), select, textarea, button, [tabindex]";

/**
 * Every place an issue can be shown, by pointer.
 * @param {HTMLFormElement} form
 * @param {Map<string, import("./collect.js").Control>} ctrls
 * @returns {Map<string, Anchor>}
 */
export function buildAnchors(form, ctrls) {
  /** @type {Map<string, Anchor>} */
  const out = new Map();
  for (const c of ctrls.values()) {
    const els = c.elements.filter((el) => isActive(el, form));
    if (els.length === 0) continue;
    out.set(c.pointer, controlAnchor(c.pointer, els));
  }
  for (const el of form.querySelectorAll(`[${LIST}]`)) {
    const segs = listSegs(el);
    if (!segs || !isActive(el, form)) continue;
    rowsOf(el).forEach((row, i) => setContainer(out, toPointer([...segs, i]), row));
    setContainer(out, toPointer(segs), el);
  }
  for (const el of form.querySelectorAll("[data-skjemasjekk-path]")) {
    const parsed = parseName(el.getAttribute("data-skjemasjekk-path") || "");
    if (parsed && isActive(el, form)) setContainer(out, toPointer(parsed.segs), el);
  }
  return out;
}

function setContainer(out, pointer, el) {
  if (out.has(pointer)) return;
  out.set(pointer, { pointer, kind: "container", el, inputs: [], host: el, after: leadOf(el) });
}

/**
 * The element that holds a field's controls (all named alike) with their label and
 * messages: `[data-skjemasjekk-field]`, the fieldset of a group of radio buttons or
 * check boxes, or the `.ds-field`; null when there is none.
 * @param {Element[]} els
 */
export function controlHost(els) {
  const first = els[0];
  const group = els.length > 1 || (first instanceof HTMLInputElement && first.type === "radio");
  return (
    first.closest("[data-skjemasjekk-field]") ||
    (group ? first.closest("fieldset") : null) ||
    first.closest(".ds-field")
  );
}

function controlAnchor(pointer, els) {
  const first = els[0];
  const host = controlHost(els);
  return {
    pointer,
    kind: "control",
    el: first,
    inputs: els,
    host,
    after: host ? null : els[els.length - 1],
  };
}

/** The last of a container's leading legend, heading and description elements. */
function leadOf(el) {
  let lead = null;
  for (const child of el.children) {
    if (child.matches("legend, h1, h2, h3, h4, h5, h6, [data-field=description], [data-skjemasjekk-lead]")) {
      lead = child;
    } else break;
  }
  return lead;
}

/**
 * The anchor an issue at `pointer` is shown at: its own, or its nearest ancestor's.
 * @param {Map<string, Anchor>} anchors @param {string} pointer
 */
export function anchorFor(anchors, pointer) {
  let p = pointer;
  for (;;) {
    const a = anchors.get(p);
    if (a) return a;
    if (p === "") return null;
    p = p.slice(0, p.lastIndexOf("/"));
  }
}

/** The element a summary link moves focus to. @param {Anchor} a @param {HTMLFormElement} form */
export function focusTarget(a, form) {
  if (a.kind === "control") return a.el;
  for (const el of a.el.querySelectorAll(FOCUSABLE)) {
    if (isActive(el, form) && !el.closest("[data-skjemasjekk-message]")) return el;
  }
  if (!a.el.hasAttribute("tabindex")) a.el.setAttribute("tabindex", "-1");
  return a.el;
}

const CONTROLS = "input[name], select[name], textarea[name]";
const GROUPS = "[data-skjemasjekk-list], [data-skjemasjekk-path], [data-skjemasjekk-row]";

/**
 * The controls a message shown at a container (a group of fields, a row, a list)
 * belongs to, as Designsystemet gives a fieldset's message to the controls in it:
 * the container's own controls (not those of lists, rows and groups inside it) and
 * the control its summary link moves focus to, first.
 * @param {Anchor} a @param {HTMLFormElement} form
 * @returns {Element[]}
 */
export function groupControls(a, form) {
  const own = Array.from(a.el.querySelectorAll(CONTROLS)).filter(
    (el) => isActive(el, form) && el.closest(GROUPS) === a.el,
  );
  const target = focusTarget(a, form);
  return target === a.el || own.includes(target) ? own : [target, ...own];
}

/** An id for `el`, made from the pointer when it has none (`pilots-0--at`). */
export function ensureId(el, pointer) {
  if (!el.id) {
    const segs = pointer === "" ? ["form"] : parseName(pointer)?.segs || ["field"];
    let id = `${idStem(segs)}--at`;
    for (let n = 2; el.ownerDocument.getElementById(id); n++) id = `${idStem(segs)}--at${n}`;
    el.id = id;
  }
  return el.id;
}

/** The label or legend that names a focus target (to scroll into view with it). */
export function labelOf(el) {
  const labels = /** @type {any} */ (el).labels;
  const grouped =
    el instanceof HTMLInputElement &&
    (el.type === "radio" ||
      (el.type === "checkbox" && !!el.form && el.form.querySelectorAll(`[name="${CSS.escape(el.name)}"]`).length > 1));
  if (grouped) {
    const legend = el.closest("fieldset")?.querySelector("legend");
    if (legend) return legend;
  }
  if (labels && labels.length) return labels[0];
  return el.closest("fieldset")?.querySelector("legend") || null;
}
