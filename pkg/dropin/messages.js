// Inline messages, Designsystemet style: a `ds-validation-message` under the
// field (warnings with `data-color="warning"`), the same words as in the error
// summary, a visually hidden "Feil:" / "Advarsel:" before them for screen
// readers, `aria-invalid="true"` on the field and `aria-describedby` pointing at
// the message. A message at a group of fields, a row or a list is given the same way
// to the group's own controls and to the control its summary link moves focus to
// (anchors.js `groupControls`), so focus always lands on a control that carries it.
// Text goes in as text nodes only.

import { ensureId, groupControls } from "./anchors.js";

const HIDDEN_STYLE =
  "position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0";

/** A visually hidden span (Designsystemet's `ds-sr-only`, with a fallback style set
 *  through the CSSOM, which a Content-Security-Policy without 'unsafe-inline' allows,
 *  where a `style` attribute would be refused). */
export function srOnly(doc, text) {
  const span = doc.createElement("span");
  span.className = "ds-sr-only";
  span.style.cssText = HIDDEN_STYLE;
  span.textContent = text;
  return span;
}

export class Messages {
  /** @param {HTMLFormElement} form */
  constructor(form) {
    this.form = form;
    /** @type {Map<string, {anchor: any, key: string, box: HTMLElement, targets: Element[], invalid: Element[]}>} */
    this.shown = new Map();
  }

  /**
   * Make the messages on the page exactly `want`.
   * @param {Map<string, {anchor: import("./anchors.js").Anchor, errors: any[], warnings: any[]}>} want by anchor pointer
   * @param {Record<string, string>} ui
   */
  render(want, ui) {
    for (const [pointer, entry] of this.shown) {
      const w = want.get(pointer);
      if (!w || w.anchor.el !== entry.anchor.el || !entry.box.isConnected) this.clear(pointer);
    }
    for (const [pointer, w] of want) {
      if (w.errors.length === 0 && w.warnings.length === 0) {
        this.clear(pointer);
        continue;
      }
      const key = JSON.stringify([ui.error_prefix, ui.warning_prefix, w.errors.map((i) => i.message), w.warnings.map((i) => i.message)]);
      const old = this.shown.get(pointer);
      if (old && old.key === key) continue;
      if (old) this.clear(pointer);
      this.show(pointer, w, key, ui);
    }
  }

  show(pointer, w, key, ui) {
    const { anchor } = w;
    const doc = this.form.ownerDocument;
    const box = doc.createElement("div");
    box.setAttribute("data-skjemasjekk-message", w.errors.length ? "error" : "warning");
    box.id = `${ensureId(anchor.el, pointer)}-msg`;
    for (const [issues, prefix, color] of [
      [w.errors, ui.error_prefix, null],
      [w.warnings, ui.warning_prefix, "warning"],
    ]) {
      for (const issue of issues) {
        const p = doc.createElement("p");
        p.className = "ds-validation-message";
        p.setAttribute("data-field", "validation");
        if (color) p.setAttribute("data-color", color);
        p.append(srOnly(doc, `${prefix} `), doc.createTextNode(issue.message));
        box.append(p);
      }
    }
    if (anchor.host && anchor.kind === "control") anchor.host.append(box);
    else if (anchor.host) {
      if (anchor.after) anchor.after.after(box);
      else anchor.host.prepend(box);
    } else if (anchor.after) anchor.after.after(box);
    else anchor.el.after(box);

    const controls = anchor.kind === "control" ? anchor.inputs : groupControls(anchor, this.form);
    const targets = anchor.kind === "container" && anchor.el.tagName === "FIELDSET" ? [anchor.el, ...controls] : controls;
    for (const t of targets) addToken(t, "aria-describedby", box.id);
    const invalid = w.errors.length ? controls.filter((t) => t.matches("input, select, textarea")) : [];
    for (const t of invalid) t.setAttribute("aria-invalid", "true");
    this.shown.set(pointer, { anchor, key, box, targets, invalid });
  }

  clear(pointer) {
    const entry = this.shown.get(pointer);
    if (!entry) return;
    const id = entry.box.id;
    entry.box.remove();
    for (const t of entry.targets) removeToken(t, "aria-describedby", id);
    this.shown.delete(pointer);
    // A control may carry its own message and its group's: it stays invalid while one is shown.
    for (const t of entry.invalid) {
      if (![...this.shown.values()].some((e) => e.invalid.includes(t))) t.removeAttribute("aria-invalid");
    }
  }

  /** Remove every message (before rows are renumbered and shown again). */
  reset() {
    for (const pointer of Array.from(this.shown.keys())) this.clear(pointer);
  }
}

function addToken(el, attr, token) {
  const list = (el.getAttribute(attr) || "").split(/\s+/).filter(Boolean);
  if (!list.includes(token)) list.push(token);
  el.setAttribute(attr, list.join(" "));
}

function removeToken(el, attr, token) {
  const list = (el.getAttribute(attr) || "").split(/\s+/).filter((t) => t && t !== token);
  if (list.length) el.setAttribute(attr, list.join(" "));
  else el.removeAttribute(attr);
}
