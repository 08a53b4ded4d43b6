// Adding and removing list rows while the engine's live form follows: one
// `set` of the new row's value, or one `remove` of the row (of the whole list
// when its last row goes), then the messages and focus are put right.

import { toPointer, nameToPointer, parsePointer } from "./names.js";
import { getIn } from "./collect.js";
import { focusTarget } from "./anchors.js";
import { LIST, allLists, listSegs, rowsOf, addRow, removeRow, ownerList } from "./rows.js";

/** The list container named by a path (dotted or pointer). */
function listNamed(form, name) {
  const pointer = nameToPointer(name);
  return allLists(form).find((l) => toPointer(listSegs(l) || []) === pointer) || null;
}

/** The row element a JSON Pointer names (`/pilots/1`). */
function rowNamed(form, pointer) {
  const segs = parsePointer(pointer);
  if (!segs || typeof segs[segs.length - 1] !== "number") return null;
  const list = allLists(form).find((l) => toPointer(listSegs(l) || []) === toPointer(segs.slice(0, -1)));
  return list ? rowsOf(list)[/** @type {number} */ (segs[segs.length - 1])] || null : null;
}

/**
 * @param {any} c the checker @param {Element | string} list
 * @returns {Element | null} the new row
 */
export function addRowLive(c, list) {
  const el = typeof list === "string" ? listNamed(c.form, list) : list;
  const row = el && addRow(el);
  if (!row) return null;
  c.rescan();
  const segs = [...listSegs(el), rowsOf(el).indexOf(row)];
  const pointer = toPointer(segs);
  c.live.set(pointer, getIn(c.data(), segs) ?? null);
  c.resyncSent();
  c.reveal();
  if (c.vis.submitted) c.vis.quiet.add(pointer);
  c.texts.render();
  c.refresh();
  focusTarget({ kind: "container", el: row }, c.form).focus();
  return row;
}

/** @param {any} c the checker @param {Element | string} row */
export function removeRowLive(c, row) {
  const el = typeof row === "string" ? rowNamed(c.form, row) : row;
  const list = el && ownerList(el);
  const segs = list && listSegs(list);
  if (!list || !segs) return;
  c.messages.reset();
  const index = removeRow(el);
  if (index < 0) return;
  const left = rowsOf(list);
  c.live.remove(left.length ? toPointer([...segs, index]) : toPointer(segs));
  c.vis.removeRow(toPointer(segs), index);
  c.rescan();
  c.resyncSent();
  c.reveal();
  c.texts.render();
  c.refresh();
  const next = left[index] || left[index - 1];
  const add = Array.from(list.querySelectorAll("[data-skjemasjekk-add]")).find((b) => b.closest(`[${LIST}]`) === list);
  const target = next ? focusTarget({ kind: "container", el: next }, c.form) : add || list;
  /** @type {HTMLElement} */ (target).focus();
}
