// The form's fields as Designsystemet React components, drawn from what the engine
// says about them (`Validator.fields`: path, type, label, help, options). No field
// list is written here, so the page follows the rule set.
import { Button, Checkbox, Fieldset, Radio, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { toPointer } from "../../pkg/dropin/names.js";
import { getIn } from "../../pkg/dropin/collect.js";

/** The entries one level below a path pattern ("" for the form, "/applicants/*" for an item). */
export function childrenOf(fields, base) {
  return fields.filter((f) => f.path.startsWith(base + "/") && !f.path.slice(base.length + 1).includes("/"));
}

/** An element id for a pointer (the error summary links to it). */
export const idOf = (pointer) => `f${pointer.replace(/[^A-Za-z0-9]/g, "-")}`;

/** Everything a field needs from the page: the data, the words, and what to do on a change. */
function label(ctx, info) {
  const text = info.label[ctx.lang];
  return info.optional ? `${text} (${ctx.ui.optional_marker})` : text;
}

function messages(ctx, pointer) {
  if (!ctx.shown(pointer)) return null;
  const issues = ctx.live.issues(pointer).filter((i) => i.severity === "error");
  return issues.length ? issues.map((i) => i.message).join(" ") : null;
}

/** One field at a concrete place (`segs`), by its description (`info`). */
export function Field({ ctx, info, segs }) {
  const pointer = toPointer(segs);
  const id = idOf(pointer);
  const help = info.help?.[ctx.lang];
  const error = messages(ctx, pointer);
  const value = getIn(ctx.doc, segs);
  const blur = () => ctx.touch(pointer);
  switch (info.type) {
    case "object":
      return (
        <Fieldset id={id} tabIndex={-1} onBlur={blur}>
          <Fieldset.Legend>{label(ctx, info)}</Fieldset.Legend>
          {help && <Fieldset.Description>{help}</Fieldset.Description>}
          {childrenOf(ctx.fields, info.path).map((c) => (
            <Field key={c.path} ctx={ctx} info={c} segs={[...segs, c.path.slice(info.path.length + 1)]} />
          ))}
          {error && <ValidationMessage>{error}</ValidationMessage>}
        </Fieldset>
      );
    case "list":
      return <List ctx={ctx} info={info} segs={segs} id={id} help={help} error={error} />;
    case "boolean":
    case "enum": {
      const options = info.type === "boolean"
        ? [{ value: true, label: ctx.ui.yes }, { value: false, label: ctx.ui.no }]
        : info.options.map((o) => ({ value: o.value, label: o.label[ctx.lang] }));
      return (
        <Fieldset id={id} tabIndex={-1} onBlur={blur}>
          <Fieldset.Legend>{label(ctx, info)}</Fieldset.Legend>
          {help && <Fieldset.Description>{help}</Fieldset.Description>}
          {options.map((o) => (
            <Radio key={String(o.value)} name={pointer} label={o.label} value={String(o.value)} checked={value === o.value}
              aria-invalid={error ? true : undefined} onChange={() => ctx.set(segs, o.value)} />
          ))}
          {error && <ValidationMessage>{error}</ValidationMessage>}
        </Fieldset>
      );
    }
    case "multi_enum": {
      const chosen = Array.isArray(value) ? value : [];
      return (
        <Fieldset id={id} tabIndex={-1} onBlur={blur}>
          <Fieldset.Legend>{label(ctx, info)}</Fieldset.Legend>
          {help && <Fieldset.Description>{help}</Fieldset.Description>}
          {info.options.map((o) => (
            <Checkbox key={o.value} name={pointer} label={o.label[ctx.lang]} value={o.value} checked={chosen.includes(o.value)}
              aria-invalid={error ? true : undefined}
              onChange={(e) => ctx.set(segs, e.target.checked ? [...chosen, o.value] : chosen.filter((c) => c !== o.value))} />
          ))}
          {error && <ValidationMessage>{error}</ValidationMessage>}
        </Fieldset>
      );
    }
    default: {
      const shown = ctx.raw.get(pointer) ?? value ?? "";
      return (
        <Textfield id={id} label={label(ctx, info)} description={help} error={error} value={String(shown)} onBlur={blur}
          type={info.type === "date" ? "date" : info.type === "email" ? "email" : info.type === "phone" ? "tel" : "text"}
          inputMode={info.type === "integer" ? "numeric" : info.type === "decimal" ? "decimal" : undefined}
          onChange={(e) => ctx.setText(segs, e.target.value)} />
      );
    }
  }
}

/** A list: one fieldset per row (or one text field per row), with add and remove. */
function List({ ctx, info, segs, id, help, error }) {
  const rows = getIn(ctx.doc, segs);
  const items = Array.isArray(rows) ? rows : [];
  const plain = ctx.fields.find((f) => f.path === `${info.path}/*`);
  const itemLabel = (n) => ctx.ui.item_number.replace("{label}", (info.itemLabel ?? info.label)[ctx.lang]).replace("{n}", String(n));
  return (
    <Fieldset id={id} tabIndex={-1}>
      <Fieldset.Legend>{label(ctx, info)}</Fieldset.Legend>
      {help && <Fieldset.Description>{help}</Fieldset.Description>}
      {items.map((_, i) => (
        <div className="react-row" key={i}>
          {plain ? (
            <Field ctx={ctx} info={{ ...plain, label: { [ctx.lang]: itemLabel(i + 1) }, optional: false }} segs={[...segs, i]} />
          ) : (
            <Field ctx={ctx} info={{ path: `${info.path}/*`, type: "object", label: { [ctx.lang]: itemLabel(i + 1) }, optional: false }} segs={[...segs, i]} />
          )}
          <Button type="button" variant="secondary" data-size="sm" onClick={() => ctx.removeRow(segs, i)}>
            {ctx.ui.remove_row}: {itemLabel(i + 1)}
          </Button>
        </div>
      ))}
      <Button type="button" variant="secondary" data-size="sm" onClick={() => ctx.addRow(segs, plain ? "" : {})}>
        {ctx.ui.add_row}: {(info.itemLabel ?? info.label)[ctx.lang]}
      </Button>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
