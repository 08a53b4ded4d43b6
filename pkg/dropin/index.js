// skjemasjekk drop-in: validation for an existing HTML form, with every verdict
// and every word from the WebAssembly engine (no rule is written in JavaScript).
//
//   import { attach } from "skjemasjekk/dropin";
//   const checker = await attach(document.querySelector("form"), {
//     form: "pilotplan", lang: "nn", serverUrl: "/api/v1" });
//
// Controls are mapped to the data by their `name` (names.js), list rows by the
// markup in rows.js; conditional parts are shown and hidden by the engine's relevance
// (reveal.js). See README.md beside this file.

import initWasm, { Validator } from "../dist/skjemasjekk.js";
import { FormSchema } from "./schema.js";
import { controls, formPairs, pairsOf, toData, getIn } from "./collect.js";
import { nameToPointer } from "./names.js";
import { LIST, ROW } from "./rows.js";
import { addRowLive, removeRowLive } from "./lists.js";
import { applyRelevance } from "./reveal.js";
import { buildAnchors, anchorFor, focusTarget, ensureId, labelOf } from "./anchors.js";
import { Messages } from "./messages.js";
import { Summary } from "./summary.js";
import { Visibility } from "./visibility.js";
import { checkAll, submit } from "./submit.js";
import { Texts } from "./texts.js";

export { FormSchema } from "./schema.js";
export { parseName, nameToPointer, toPointer, parsePointer, formatName } from "./names.js";

/**
 * Attach validation to a form. Resolves to a controller once the engine is ready.
 * @param {HTMLFormElement} form
 * @param {import("./index.js").AttachOptions} options
 */
export async function attach(form, options) {
  if (!(form instanceof HTMLFormElement)) throw new TypeError("attach: the first argument must be a <form> element");
  if (!options || typeof options.form !== "string") throw new TypeError("attach: options.form must name a form, e.g. \"pilotplan\"");
  let v = options.validator;
  if (!v) {
    await startEngine();
    v = Validator.builtin();
  }
  return new Checker(form, v, options);
}

/**
 * Start the WebAssembly engine (once). When the browser refuses it, the console
 * says what the page's policy must allow, and the promise rejects with that: the
 * form is left as it is, so without a submit handler it posts to its action and
 * the server's answer is the verdict (docs/no-javascript.md).
 */
export async function startEngine() {
  try {
    await initWasm();
  } catch (e) {
    const message =
      "skjemasjekk: the validation engine (WebAssembly) could not start, so the form is not checked in the " +
      "browser and is posted as it is. If the page has a Content-Security-Policy, its script-src must allow " +
      `'wasm-unsafe-eval' (not 'unsafe-eval'). The browser said: ${e instanceof Error ? e.message : e}`;
    console.error(message);
    // Named, so a caller that logs its own errors (auto.js) can tell it has been said.
    throw Object.assign(new Error(message, { cause: e }), { name: "EngineStartError" });
  }
}

class Checker {
  constructor(form, v, options) {
    this.form = form;
    this.v = v;
    this.formId = options.form;
    this.serverUrl = options.serverUrl || null;
    this.onValid = options.onValid || null;
    this.schema = new FormSchema(v.fields(this.formId));
    this.hash = v.forms().find((f) => f.id === this.formId)?.hash || "";
    this.lang = options.lang || "nb";
    this.ui = v.uiTexts(this.lang);
    this.vis = new Visibility();
    /** @type {Map<string, any[]>} issues on show, by issue path, in report order */
    this.displayed = new Map();
    this.messages = new Messages(form);
    this.summary = new Summary(form, { headingLevel: options.headingLevel, onFollow: (t) => this.follow(t) });
    this.texts = new Texts(this, options.texts !== false);
    this.status = null;
    /** @type {Map<string, any>} the engine's pointer handles, by pointer */
    this.handles = new Map();
    form.noValidate = true;
    // Controls that need the drop-in (add and remove row) are shown from now on.
    form.classList.remove("skjemasjekk-nojs");
    this.resync();
    this.reveal();
    this.report = this.live.report();
    this.texts.render();

    this.handlers = {
      input: (e) => this.onInput(e),
      change: (e) => this.onChange(e),
      click: (e) => this.onClick(e),
      submit: (e) => this.onSubmit(e),
    };
    for (const [type, fn] of Object.entries(this.handlers)) form.addEventListener(type, fn);
    this.observer = new MutationObserver((records) => this.onForeignChange(records));
    this.observer.observe(form, { subtree: true, childList: true, attributes: true, attributeFilter: ["hidden", "disabled", "name"] });
  }

  // --- the data and the engine --------------------------------------------------

  /** Read the form again: controls, anchors. */
  rescan() {
    this.ctrls = controls(this.form, this.schema);
    this.anchors = buildAnchors(this.form, this.ctrls);
  }

  /** The form's current data: what the page would submit, typed by the engine. */
  data() {
    return toData(this.v, this.formId, formPairs(this.form));
  }

  /** Start the engine's live form afresh from what the page shows. */
  resync() {
    this.rescan();
    const data = this.data();
    this.live = this.v.live(this.formId, { lang: this.lang, strict: true }, data);
    this.sent = new Map();
    for (const c of this.ctrls.values()) this.sent.set(c.pointer, JSON.stringify(getIn(data, c.segs) ?? null));
  }

  /** Show and hide the conditional parts by the engine's relevance. A part that
   *  appears or goes changes the data (its controls join or leave it), so the form
   *  is read again and asked again until nothing changes (parts nest a few deep). */
  reveal() {
    for (let round = 0; round < 8; round++) {
      const changed = applyRelevance(this.form, this.live.relevance());
      this.quiet();
      if (!changed) return;
      this.resync();
    }
  }

  /** Send one control's value to the live form; the engine's delta, or null if unchanged. */
  send(pointer) {
    const c = this.ctrls.get(pointer);
    if (!c) return null;
    let value = getIn(toData(this.v, this.formId, pairsOf(c.elements, this.form)), c.segs);
    if (value === undefined && typeof c.segs[c.segs.length - 1] === "number") value = null;
    const json = JSON.stringify(value ?? null);
    if (this.sent.get(pointer) === json) return null;
    this.sent.set(pointer, json);
    return this.live.setAt(this.handleOf(pointer), value);
  }

  /** The engine's handle for a pointer, read once and kept (a pointer names the
   *  same place in any live form, so handles outlive resync). */
  handleOf(pointer) {
    let h = this.handles.get(pointer);
    if (!h) this.handles.set(pointer, (h = this.live.handle(pointer)));
    return h;
  }

  // --- events ---------------------------------------------------------------------

  pointerOf(el) {
    const name = el && el.getAttribute && el.getAttribute("name");
    const p = name ? nameToPointer(name) : null;
    return p && this.ctrls.has(p) ? p : null;
  }

  onInput(e) {
    const el = e.target;
    if (el instanceof HTMLSelectElement || (el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox"))) return;
    const pointer = this.pointerOf(el);
    if (!pointer) return;
    const delta = this.send(pointer);
    if (!delta) return;
    // While typing, a message may go away (fixed) but never appear or change.
    for (const { path, issues } of delta.changed) {
      if (this.displayed.has(path) && !issues.some((i) => this.vis.shows(i))) this.displayed.delete(path);
    }
    this.render();
  }

  onChange(e) {
    const pointer = this.pointerOf(e.target);
    if (!pointer) return;
    this.vis.touched.add(pointer);
    this.send(pointer);
    this.reveal();
    this.refresh();
  }

  onClick(e) {
    const t = /** @type {Element} */ (e.target);
    const add = t.closest && t.closest("[data-skjemasjekk-add]");
    if (add && this.form.contains(add)) {
      e.preventDefault();
      const list = add.closest(`[${LIST}]`);
      if (list) this.addRow(list);
      return;
    }
    const remove = t.closest && t.closest("[data-skjemasjekk-remove]");
    if (remove && this.form.contains(remove)) {
      e.preventDefault();
      const row = remove.closest(`[${ROW}]`);
      if (row) this.removeRow(row);
    }
  }

  onForeignChange(records) {
    // Rows or controls changed by someone else's script: read everything again.
    // Text changes (a page translating its labels) are not worth a look.
    const FIELDS = "input, select, textarea, [data-skjemasjekk-row], [data-skjemasjekk-list]";
    const matters = (n) => n instanceof Element && (n.matches(FIELDS) || !!n.querySelector(FIELDS));
    const relevant = records.some(
      (r) => r.type === "attributes" || [...r.addedNodes].some(matters) || [...r.removedNodes].some(matters),
    );
    if (!relevant) return;
    this.messages.reset();
    this.resync();
    this.reveal();
    this.texts.render();
    this.refresh();
  }

  /** Call after changing the DOM ourselves, so the observer does not see it. */
  quiet() {
    this.observer?.takeRecords();
  }

  // --- rows (lists.js) ----------------------------------------------------------

  /** Add a row to a list (its container, or its path); returns the new row. */
  addRow(list) {
    return addRowLive(this, list);
  }

  /** Remove a row (the element, or its JSON Pointer). */
  removeRow(row) {
    removeRowLive(this, row);
  }

  /** What was last sent to the engine, read back from its data. */
  resyncSent() {
    const data = this.live.data();
    this.sent = new Map();
    for (const c of this.ctrls.values()) this.sent.set(c.pointer, JSON.stringify(getIn(data, c.segs) ?? null));
  }

  // --- showing --------------------------------------------------------------------

  /** Show what a report (by default the live form's) allows to be shown. */
  refresh(report = this.live.report()) {
    this.report = report;
    this.displayed = new Map();
    for (const issue of this.report.issues) {
      if (!this.vis.shows(issue)) continue;
      const list = this.displayed.get(issue.path) || [];
      list.push(issue);
      this.displayed.set(issue.path, list);
    }
    this.render();
  }

  render() {
    const want = new Map();
    const entries = { errors: [], warnings: [] };
    for (const [path, issues] of this.displayed) {
      const anchor = anchorFor(this.anchors, path);
      for (const issue of issues) {
        const kind = issue.severity === "error" ? "errors" : "warnings";
        if (anchor) {
          const w = want.get(anchor.pointer) || { anchor, errors: [], warnings: [] };
          w[kind].push(issue);
          want.set(anchor.pointer, w);
        }
        const target = anchor ? focusTarget(anchor, this.form) : null;
        entries[kind].push({ message: issue.message, href: target ? "#" + ensureId(target, anchor.pointer) : null, target });
      }
    }
    this.messages.render(want, this.ui);
    if (this.vis.submitted) {
      this.summary.show("errors", this.ui.error_summary_heading, entries.errors);
      this.summary.show("warnings", this.ui.warning_summary_heading, entries.warnings);
    }
    this.quiet();
  }

  follow(target) {
    const label = labelOf(target);
    (label || target).scrollIntoView({ block: "start" });
    target.focus({ preventScroll: true });
  }

  setStatus(state, key) {
    this.status = state ? { state, key } : null;
    this.summary.setStatus(state, state ? this.ui[key] : "");
    this.quiet();
  }

  // --- submit (submit.js) -------------------------------------------------------

  /** Check the whole form as on submit (messages, summary, focus); returns the report. */
  check() {
    return checkAll(this);
  }

  onSubmit(e) {
    e.preventDefault();
    return submit(this);
  }

  emit(name, detail) {
    this.form.dispatchEvent(new CustomEvent(`skjemasjekk:${name}`, { detail, bubbles: true }));
  }

  // --- public controls ------------------------------------------------------------

  /** Show every message and text in another language (nb, nn or en). */
  setLang(lang) {
    this.lang = lang;
    this.ui = this.v.uiTexts(lang);
    const wasShown = new Set(this.displayed.keys());
    this.messages.reset();
    this.live.setLang(lang);
    this.report = this.live.report();
    this.displayed = new Map();
    for (const issue of this.report.issues) {
      if (!wasShown.has(issue.path) || !this.vis.shows(issue)) continue;
      this.displayed.set(issue.path, [...(this.displayed.get(issue.path) || []), issue]);
    }
    this.texts.render();
    this.render();
    if (this.status) this.setStatus(this.status.state, this.status.key);
  }

  destroy() {
    this.observer.disconnect();
    for (const [type, fn] of Object.entries(this.handlers)) this.form.removeEventListener(type, fn);
    this.messages.reset();
    this.summary.hide("errors");
    this.summary.hide("warnings");
    this.summary.setStatus(null, "");
    this.live.free?.();
    for (const h of this.handles.values()) h.free?.();
    this.handles.clear();
  }
}
