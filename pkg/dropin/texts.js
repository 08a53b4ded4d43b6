// The few texts the drop-in writes into a page's lists, in the form's language:
// each row's heading ("Pilot 2", from the item label and `item_number`), the add
// button ("Legg til pilot") and each remove button ("Fjern", with "Pilot 2" for
// screen readers, so every remove button says which row it removes).
// Turned off with `texts: false`, for a portal that writes its own.

import { allLists, listSegs, rowsOf, ownerList, ROW } from "./rows.js";
import { srOnly } from "./messages.js";

export class Texts {
  /** @param {{ form: HTMLFormElement, schema: any, ui: Record<string,string>, lang: string }} checker */
  constructor(checker, enabled) {
    this.checker = checker;
    this.enabled = enabled;
  }

  render() {
    if (!this.enabled) return;
    const { form, schema, ui, lang } = this.checker;
    const doc = form.ownerDocument;
    for (const list of allLists(form)) {
      const segs = listSegs(list);
      if (!segs) continue;
      const item = schema.itemLabel(segs, lang);
      if (!item) continue;
      for (const add of list.querySelectorAll("[data-skjemasjekk-add]")) {
        if (add.closest(`[data-skjemasjekk-list]`) !== list) continue;
        setText(add, `${ui.add_row} ${lowerFirst(item, lang)}`);
      }
      rowsOf(list).forEach((row, i) => {
        const name = ui.item_number.replace("{label}", item).replace("{n}", String(i + 1));
        for (const h of row.querySelectorAll("[data-skjemasjekk-row-heading]")) {
          if (h.closest(`[${ROW}]`) === row) setText(h, name);
        }
        for (const b of row.querySelectorAll("[data-skjemasjekk-remove]")) {
          if (b.closest(`[${ROW}]`) !== row || ownerList(row) !== list) continue;
          const key = `${ui.remove_row}|${name}`;
          if (b.getAttribute("data-skjemasjekk-text") === key) continue;
          b.replaceChildren(doc.createTextNode(ui.remove_row), srOnly(doc, ` ${name}`));
          b.setAttribute("data-skjemasjekk-text", key);
        }
      });
    }
  }
}

function setText(el, text) {
  if (el.textContent !== text) el.textContent = text;
}

function lowerFirst(s, lang) {
  return s.charAt(0).toLocaleLowerCase(lang) + s.slice(1);
}
