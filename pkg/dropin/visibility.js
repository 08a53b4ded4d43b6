// When a message may be shown (Designsystemet / GOV.UK):
// - a field's own problems appear once the person has left it (the `change`
//   event), never while an unfinished value is being typed;
// - "fill this in" kinds of problems appear only after a submit;
// - after a submit everything is shown, except inside list rows added since,
//   until those are touched or the form is submitted again;
// - while typing, a message is only ever taken away (the problem is fixed),
//   never added or changed.

import { pointerWithin } from "./names.js";

/** Codes that only say something is missing: shown after a submit, never on blur. */
export const ONLY_ON_SUBMIT = new Set(["required", "min_items", "at_least_one", "must_be_true"]);

export class Visibility {
  constructor() {
    this.submitted = false;
    /** @type {Set<string>} pointers of fields the person has left after changing them */
    this.touched = new Set();
    /** @type {Set<string>} pointers of rows added since the last submit */
    this.quiet = new Set();
  }

  /** Whether an issue may be shown now. */
  shows(issue) {
    if (this.submitted && ![...this.quiet].some((q) => pointerWithin(issue.path, q))) return true;
    return this.touched.has(issue.path) && !ONLY_ON_SUBMIT.has(issue.code);
  }

  submit() {
    this.submitted = true;
    this.quiet.clear();
  }

  /** Row `index` of the list at `listPointer` is gone: forget it, and move the rows after it up. */
  removeRow(listPointer, index) {
    for (const name of ["touched", "quiet"]) {
      const next = new Set();
      for (const p of this[name]) {
        const moved = shiftPointer(p, listPointer, index);
        if (moved !== null) next.add(moved);
      }
      this[name] = next;
    }
  }
}

/**
 * A pointer after row `index` of `listPointer` was removed: null if it was in
 * that row, one row up if it was below it, unchanged otherwise.
 */
export function shiftPointer(p, listPointer, index) {
  const head = listPointer + "/";
  if (!p.startsWith(head)) return p;
  const rest = p.slice(head.length);
  const slash = rest.indexOf("/");
  const seg = slash < 0 ? rest : rest.slice(0, slash);
  if (!/^[0-9]+$/.test(seg)) return p;
  const n = Number(seg);
  if (n === index) return null;
  if (n < index) return p;
  return head + (n - 1) + (slash < 0 ? "" : rest.slice(slash));
}
