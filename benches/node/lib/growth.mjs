// BENCHMARKS.md's "Growth with the document" section and the goals of issue #18:
// one live edit and one whole validation at each size step (benches/scale/), and
// what each step costs against the step before.
import { bytes, cell, dur, finder, mark, ratio, table } from "./format.mjs";


/** The size steps of one family (pilotplan-…, tilskudd-…), in order. */
const family = (node, prefix) => (node.scaled ?? []).filter((s) => s.name.startsWith(prefix));

/** How a median grows from one step to the next: "×1.02, ×0.98". */
function steps(stats) {
  const out = [];
  for (let i = 1; i < stats.length; i++) out.push(ratio(stats[i]?.median_ns, stats[i - 1]?.median_ns));
  return out.join(", ");
}

export function growth({ native: { cases: native }, node }) {
  const find = finder(node.cases);
  const nat = (name, kase) => native.find((n) => n.form === name && n.case === kase);
  const parts = [];
  for (const [prefix, what] of [
    ["pilotplan-", "The pilot plan with more pilots (up to 10), each with more milestones and budget lines (up to 50) and indicators (up to 30); the edit: `/pilots/0/title`."],
    ["tilskudd-", "A third rule set, `benches/scale/tilskudd.ruleset.json`: a grant list of 10, 100 and 1 000 recipients (eight fields each, a conditional field, an item rule, a sum over the list); the edit: `/recipients/0/name`."],
  ]) {
    const steps_ = family(node, prefix);
    if (!steps_.length) continue;
    const live = steps_.map((s) => find("scale", s.name, "valid", "skj-live"));
    const handle = steps_.map((s) => find("scale", s.name, "valid", "skj-live-handle"));
    const nativeLive = steps_.map((s) => nat(s.name, "scale-live"));
    const rows = steps_.map((s, i) => {
      const nb = find("scale", s.name, "valid", "ajv-nb");
      const whole = find("scale", s.name, "valid", "skj-json");
      return [`${s.name} (${bytes(s.bytes)} B)`, cell(live[i]), cell(handle[i]), cell(nb), ratio(handle[i]?.median_ns, nb?.median_ns), cell(nativeLive[i]), cell(whole), cell(find("scale", s.name, "valid", "ajv-nb-whole"))];
    });
    parts.push(`${what}

${table(
  ["document", "`LiveForm.set` (Node)", "`LiveForm.setAt` (handle)", "Ajv + ajv-errors, whole document again", "setAt ÷ Ajv-nb", "native `LiveForm::set`", "whole `validate(obj)` (Node)", "Ajv + ajv-errors, whole (valid)"],
  ["l", "r", "r", "r", "r", "r", "r", "r"],
  rows,
)}

Growth per size step (median ÷ the step before): \`set\` ${steps(live)}; \`setAt\` ${steps(handle)}; native ${steps(nativeLive)}.`);
  }
  return parts.join("\n\n");
}

/** Issue #18's goals: [goal, skjemasjekk, contender, ratio of medians, ratio of minimums, result]. */
export function coreGoals({ native: { cases: native }, node }, forms) {
  const find = finder(node.cases);
  const rows = [];
  const vs = (goal, a, b, limit) => {
    if (!a || !b) return rows.push([goal, "–", "–", "", "", "not measured"]);
    const r = a.median_ns / b.median_ns;
    rows.push([goal, dur(a.median_ns), dur(b.median_ns), `${r.toFixed(2)}×`, `${(a.min_ns / b.min_ns).toFixed(2)}×`, mark(r <= limit)]);
  };
  const alone = (goal, a, limitNs) =>
    rows.push([goal, a ? dur(a.median_ns) : "–", "", "", "", a ? mark(a.median_ns <= limitNs) : "not measured"]);
  const nat = (form, kase, doc) => native.find((n) => n.form === form && n.case === kase && n.doc === doc);
  alone("native: valid pilot plan ≤ 2 µs", nat("pilotplan", "validate", "valid"), 2000);
  for (const form of forms) alone(`native: ${form}-many-errors with messages ≤ 8 µs`, nat(form, "validate", "many-errors"), 8000);
  for (const form of forms) {
    for (const doc of ["valid", "one-error", "many-errors"]) {
      vs(`Node: ${form}-${doc}, \`validate(obj)\` ≤ 1.0× Ajv`, find("validate", form, doc, "skj-json"), find("validate", form, doc, "ajv"), 1);
    }
  }
  for (const form of forms) {
    for (const doc of ["valid", "one-error", "many-errors"]) {
      vs(`Node: ${form}-${doc}, \`validateJson(text)\` ≤ 0.5× \`JSON.parse\` + Ajv + ajv-errors`, find("validate", form, doc, "skj-text"), find("validate", form, doc, "parse-ajv-nb"), 0.5);
    }
  }
  for (const form of forms) alone(`Node: ${form}, one field update (\`LiveForm.set\`) ≤ 2 µs`, find("live", form, "valid", "skj-live"), 2000);
  for (const s of node.scaled ?? []) alone(`Node: ${s.name} (${bytes(s.bytes)} B), \`LiveForm.setAt\` ≤ 2 µs`, find("scale", s.name, "valid", "skj-live-handle"), 2000);
  return rows;
}
