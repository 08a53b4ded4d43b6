// What the rule set says about each field: its type (so an input's text becomes
// the right JSON value), its label, help text and option labels (so a page can
// show them in the chosen language). Read from the rule set's own JSON, the
// very bytes the engine compiled: no check or condition is evaluated here.

/**
 * @typedef {{ type: string, label?: Record<string,string>, help?: Record<string,string>,
 *   optional?: boolean, requiredWhen?: unknown, options?: {value: string, label: Record<string,string>}[],
 *   fields?: Record<string, FieldDef>, item?: FieldDef }} FieldDef
 */

export class FormSchema {
  /** @param {string | object} ruleset the rule set (JSON text or parsed) */
  constructor(ruleset) {
    const root = typeof ruleset === "string" ? JSON.parse(ruleset) : ruleset;
    /** @type {FieldDef} */
    this.root = { type: "object", fields: root.fields || {} };
    this.id = root.id;
    this.title = root.title;
  }

  /**
   * The field at a path, or null. Segments are keys and list indices; a list's
   * items may also be reached by `"*"`, or by skipping the index altogether
   * (`pilots.title` names the title of every pilot).
   * @param {(string|number)[]} segs
   * @returns {FieldDef | null}
   */
  field(segs) {
    let def = this.root;
    for (const seg of segs) {
      if (!def) return null;
      if (def.type === "list") {
        if (typeof seg === "number" || seg === "*") {
          def = def.item || null;
          continue;
        }
        def = def.item || null;
        if (!def) return null;
      }
      if (def.type !== "object" || !def.fields || typeof seg !== "string") return null;
      def = Object.prototype.hasOwnProperty.call(def.fields, seg) ? def.fields[seg] : null;
    }
    return def === this.root ? null : def;
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
    const f = this.field(segs);
    const opt = (f?.options || []).find((o) => o.value === value);
    return text(opt?.label, lang);
  }

  /** The values of an enum or multi_enum field, in order. */
  optionValues(segs) {
    return (this.field(segs)?.options || []).map((o) => o.value);
  }

  /** The label of one item of a list (`Pilot`, `Søker`), or "". */
  itemLabel(segs, lang) {
    const f = this.field(segs);
    return f && f.type === "list" ? text(f.item?.label, lang) : "";
  }

  /** Whether the field is marked optional (conditional fields are not). */
  optional(segs) {
    return this.field(segs)?.optional === true;
  }

  /** Whether a list's items are objects (rows of several fields). */
  itemIsObject(segs) {
    const f = this.field(segs);
    return !!f && f.type === "list" && f.item?.type === "object";
  }
}

function text(texts, lang) {
  if (!texts || typeof texts !== "object") return "";
  return typeof texts[lang] === "string" ? texts[lang] : "";
}
