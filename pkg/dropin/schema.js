// What the engine says about each field (`Validator.fields`): its type (so an
// input's text becomes the right JSON value), its label, help text and option
// labels (so a page can show them in the chosen language). The engine describes
// the fields; no JavaScript reads the rule-set language, and no check or
// condition is known here.

/** @typedef {import("../dist/skjemasjekk.js").FieldInfo} FieldInfo */

export class FormSchema {
  /** @param {readonly FieldInfo[]} fields what `validator.fields(formId)` returns */
  constructor(fields) {
    if (!Array.isArray(fields)) throw new TypeError("FormSchema: pass validator.fields(formId)");
    /** @type {Map<string, FieldInfo>} by path pattern, list items as `*` */
    this.byPath = new Map(fields.map((f) => [f.path, f]));
    // The items of a list of objects have no entry of their own: give them one,
    // labelled like the list's items, so a row can be named like any field.
    for (const f of fields) {
      const item = f.path + "/*";
      if (f.type !== "list" || this.byPath.has(item)) continue;
      this.byPath.set(item, { path: item, type: "object", label: f.itemLabel, optional: false, conditional: false });
    }
  }

  /**
   * The field at a path, or null. Segments are keys and list indices; a list's
   * items may also be reached by `"*"`, or by skipping the index altogether
   * (`pilots.title` names the title of every pilot).
   * @param {(string|number)[]} segs
   * @returns {FieldInfo | null}
   */
  field(segs) {
    let path = "";
    /** @type {FieldInfo | null} */
    let at = null;
    for (const seg of segs) {
      if (path && !at) return null;
      if (at && at.type === "list") {
        path += "/*";
        at = this.byPath.get(path) || null;
        if (typeof seg === "number" || seg === "*") continue;
        // The index was skipped: the key names a field of the item.
      }
      if ((at && at.type !== "object") || typeof seg !== "string" || seg === "*") return null;
      path += "/" + seg.replace(/~/g, "~0").replace(/\//g, "~1");
      at = this.byPath.get(path) || null;
    }
    return at;
  }

  /** The field's type (`text`, `integer`, `list`, …) or null. */
  type(segs) {
    const f = this.field(segs);
    return f ? f.type : null;
  }

  /** The field's label in `lang`, or "". */
  label(segs, lang) {
    return text(this.field(segs)?.label, lang);
  }

  /** The field's help text in `lang`, or "". */
  help(segs, lang) {
    return text(this.field(segs)?.help, lang);
  }

  /** The label of one option of an enum or multi_enum field, or "". */
  optionLabel(segs, value, lang) {
    const opt = (this.field(segs)?.options || []).find((o) => o.value === value);
    return text(opt?.label, lang);
  }

  /** The values of an enum or multi_enum field, in order. */
  optionValues(segs) {
    return (this.field(segs)?.options || []).map((o) => o.value);
  }

  /** The label of one item of a list (`Pilot`, `Søker`), or "". */
  itemLabel(segs, lang) {
    const f = this.field(segs);
    return f && f.type === "list" ? text(f.itemLabel, lang) : "";
  }

  /** Whether the field is marked optional (conditional fields are not). */
  optional(segs) {
    return this.field(segs)?.optional === true;
  }

  /** Whether a list's items are objects (rows of several fields). */
  itemIsObject(segs) {
    const f = this.field(segs);
    return !!f && f.type === "list" && this.byPath.get(f.path + "/*")?.type === "object";
  }
}

function text(texts, lang) {
  if (!texts || typeof texts !== "object") return "";
  return typeof texts[lang] === "string" ? texts[lang] : "";
}
