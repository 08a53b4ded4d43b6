// The error summary at the top of the form (Designsystemet's ErrorSummary,
// GOV.UK's error summary): a heading and one link per error, each moving focus to
// its field. Warnings get a panel of their own, apart from the errors; the
// server's answer is announced in a status region. A page may place any of the
// three itself (`data-skjemasjekk-summary`, `-warnings`, `-status`); otherwise
// the summary goes first in the form and the others just before the submit button.

import { srOnly } from "./messages.js";

/**
 * @typedef {{ message: string, href: string | null, target: Element | null }} Entry
 */

export class Summary {
  /**
   * @param {HTMLFormElement} form
   * @param {{ headingLevel?: number, onFollow: (target: Element) => void }} opts
   */
  constructor(form, opts) {
    this.form = form;
    this.doc = form.ownerDocument;
    this.opts = opts;
    const level = Math.min(6, Math.max(2, opts.headingLevel || 2));
    this.errors = this.panel("summary", "ds-error-summary", null, level, "first");
    this.errors.el.setAttribute("tabindex", "-1");
    this.warnings = this.panel("warnings", "ds-alert", "warning", level, "before-submit");
    this.status = this.place("status", "before-submit");
    this.status.setAttribute("role", "status");
    this.status.setAttribute("aria-live", "polite");
  }

  place(kind, where) {
    let el = this.form.querySelector(`[data-skjemasjekk-${kind}]`);
    if (el) return el;
    el = this.doc.createElement("div");
    el.setAttribute(`data-skjemasjekk-${kind}`, "");
    const submit = this.form.querySelector("button[type=submit], input[type=submit], button:not([type])");
    if (where === "first") this.form.prepend(el);
    else if (submit) submit.before(el);
    else this.form.append(el);
    return el;
  }

  panel(kind, className, color, level, where) {
    const el = this.place(kind, where);
    el.classList.add(className);
    if (color) el.setAttribute("data-color", color);
    el.hidden = true;
    el.replaceChildren();
    const heading = this.doc.createElement(`h${level}`);
    heading.className = "ds-heading";
    heading.setAttribute("data-size", "xs");
    heading.id = `${this.form.id || "skjemasjekk"}-${kind}-heading`;
    const list = this.doc.createElement("ul");
    list.className = "ds-list";
    el.setAttribute("aria-labelledby", heading.id);
    el.append(heading, list);
    list.addEventListener("click", (e) => {
      const a = /** @type {Element} */ (e.target).closest("a[data-skjemasjekk-target]");
      const target = a && this.targets.get(a);
      if (!target) return;
      e.preventDefault();
      this.opts.onFollow(target);
    });
    return { el, heading, list };
  }

  /** @type {WeakMap<Element, Element>} */
  targets = new WeakMap();

  /**
   * @param {"errors" | "warnings"} which @param {string} heading @param {Entry[]} entries
   */
  show(which, heading, entries) {
    const p = this[which];
    p.heading.textContent = heading;
    const items = entries.map((e) => {
      const li = this.doc.createElement("li");
      if (e.href && e.target) {
        const a = this.doc.createElement("a");
        a.className = "ds-link";
        a.href = e.href;
        a.setAttribute("data-skjemasjekk-target", "");
        a.textContent = e.message;
        this.targets.set(a, e.target);
        li.append(a);
      } else li.textContent = e.message;
      return li;
    });
    p.list.replaceChildren(...items);
    p.el.hidden = entries.length === 0;
  }

  hide(which) {
    this[which].el.hidden = true;
    this[which].list.replaceChildren();
  }

  /** Move focus to the error summary (after a failed submit). */
  focus() {
    this.errors.el.scrollIntoView({ block: "start" });
    /** @type {HTMLElement} */ (this.errors.el).focus({ preventScroll: true });
  }

  /**
   * The server's verdict, or the state of asking for it.
   * @param {"checking" | "valid" | "invalid" | "unreachable" | "stale" | null} state
   * @param {string} text @param {string} [detail] a visually hidden addition
   */
  setStatus(state, text, detail) {
    if (!state) {
      this.status.replaceChildren();
      this.status.removeAttribute("data-state");
      return;
    }
    const box = this.doc.createElement("div");
    box.className = "ds-alert";
    box.setAttribute("data-color", { checking: "info", valid: "success", invalid: "danger", unreachable: "warning", stale: "warning" }[state]);
    const p = this.doc.createElement("p");
    p.textContent = text;
    if (detail) p.append(srOnly(this.doc, ` ${detail}`));
    box.append(p);
    this.status.replaceChildren(box);
    this.status.setAttribute("data-state", state);
  }
}
