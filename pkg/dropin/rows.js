// Lists of rows: the markup convention and the DOM work of adding and removing.
//
//   <fieldset data-skjemasjekk-list="pilots">            the list's path (dotted or pointer)
//     <fieldset data-skjemasjekk-row>                     one row per item, names pilots[0].…
//       <legend data-skjemasjekk-row-heading></legend>    filled in: "Pilot 1"
//       …controls named pilots[0].title …
//       <button type="button" data-skjemasjekk-remove></button>
//     </fieldset>
//     <template data-skjemasjekk-template>…row 0…</template>   new rows go where it stands
//     <button type="button" data-skjemasjekk-add></button>
//   </fieldset>
//
// Rows are numbered from 0 in document order. When a row is added or removed,
// every name, id and reference inside the rows is renumbered (ids follow the
// names: `pilots-0-title` for `pilots[0].title`); lists may nest.

import { parseName, renumberName, renumberIds, idStem, toPointer } from "./names.js";

export const LIST = "data-skjemasjekk-list";
export const ROW = "data-skjemasjekk-row";
const NAME_ATTRS = ["name", LIST, "data-skjemasjekk-path"];
const ID_ATTRS = ["id", "for", "aria-describedby", "aria-labelledby", "aria-controls"];

/** The path of a list container, or null. @param {Element} list */
export function listSegs(list) {
  return parseName(list.getAttribute(LIST) || "")?.segs || null;
}

/** The list a row, button or template belongs to. @param {Element} el */
export function ownerList(el) {
  return el.parentElement ? el.parentElement.closest(`[${LIST}]`) : null;
}

/** The rows of a list, in order (not those of lists nested in them). @param {Element} list */
export function rowsOf(list) {
  return Array.from(list.querySelectorAll(`[${ROW}]`)).filter((r) => ownerList(r) === list);
}

/** The template new rows of a list are made from. @param {Element} list */
export function templateOf(list) {
  const t = Array.from(list.querySelectorAll("template[data-skjemasjekk-template]")).find(
    (el) => ownerList(el) === list,
  );
  return /** @type {HTMLTemplateElement | undefined} */ (t);
}

/** Every list of the form, outer lists before the lists inside their rows. @param {Element} form */
export function allLists(form) {
  return Array.from(form.querySelectorAll(`[${LIST}]`));
}

/** The pointer of row `index` of a list. */
export function rowPointer(list, index) {
  const segs = listSegs(list);
  return segs ? toPointer([...segs, index]) : null;
}

/**
 * Add a row at the end of a list, from its template; returns the new row.
 * @param {Element} list
 */
export function addRow(list) {
  const segs = listSegs(list);
  const template = templateOf(list);
  if (!segs || !template) return null;
  const index = rowsOf(list).length;
  const fragment = /** @type {DocumentFragment} */ (template.content.cloneNode(true));
  const row = fragment.querySelector(`[${ROW}]`);
  if (!row) return null;
  renumber(row, segs, index);
  template.before(row);
  return row;
}

/**
 * Remove a row and renumber the rows after it; returns the removed index.
 * @param {Element} row
 */
export function removeRow(row) {
  const list = ownerList(row);
  const segs = list && listSegs(list);
  if (!list || !segs) return -1;
  const rows = rowsOf(list);
  const index = rows.indexOf(row);
  if (index < 0) return -1;
  row.remove();
  for (let i = index + 1; i < rows.length; i++) renumber(rows[i], segs, i - 1);
  return index;
}

/**
 * Give a row (and everything in it, templates of nested lists included) the
 * index `index` in the list at `segs`.
 * @param {Element} row @param {(string|number)[]} segs @param {number} index
 */
export function renumber(row, segs, index) {
  const stem = idStem(segs);
  const visit = (el) => {
    for (const attr of NAME_ATTRS) {
      const v = el.getAttribute(attr);
      if (v !== null) el.setAttribute(attr, renumberName(v, segs, index));
    }
    for (const attr of ID_ATTRS) {
      const v = el.getAttribute(attr);
      if (v !== null) el.setAttribute(attr, renumberIds(v, stem, index));
    }
    const href = el.getAttribute("href");
    if (href && href.startsWith("#")) el.setAttribute("href", "#" + renumberIds(href.slice(1), stem, index));
    if (el instanceof HTMLTemplateElement) {
      for (const inner of el.content.querySelectorAll("*")) visit(inner);
    }
  };
  visit(row);
  for (const el of row.querySelectorAll("*")) visit(el);
}
