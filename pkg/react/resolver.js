// A react-hook-form resolver backed by the engine: the form's values are checked by
// `validator.validate` (the same verdicts as everywhere else), and each issue's JSON
// Pointer becomes react-hook-form's field path ("/pilots/0/title" → "pilots.0.title").
// An issue on a list or an object goes to `<path>.root`, as react-hook-form keeps
// field-array errors; one on the whole form to `root`. react-hook-form has no place
// for warnings: they reach `onReport` with the whole report, never `errors`.

import { parsePointer } from "../dropin/names.js";
import { FormSchema } from "../dropin/schema.js";

/**
 * react-hook-form's name for an issue path, given whether the field there is a list
 * or an object (then its own issues go to `.root`).
 * @param {string} pointer @param {boolean} [container]
 */
export function toFieldPath(pointer, container = false) {
  const segs = parsePointer(pointer);
  if (!segs || segs.length === 0) return "root";
  return container ? [...segs, "root"].join(".") : segs.join(".");
}

/** Put `error` at `path` (dotted) in `errors`, lists as arrays, as react-hook-form does. */
function put(errors, path, error) {
  const segs = path.split(".");
  let node = errors;
  segs.forEach((seg, i) => {
    if (i === segs.length - 1) {
      if (node[seg] === undefined) node[seg] = error;
      else if (error.types && node[seg].types) Object.assign(node[seg].types, error.types);
      return;
    }
    if (node[seg] === undefined || typeof node[seg] !== "object") node[seg] = /^\d+$/.test(segs[i + 1]) ? [] : {};
    node = node[seg];
  });
}

/**
 * @param {import("../dist/skjemasjekk.js").Validator} validator a ready validator
 * @param {string} formId
 * @param {{ lang?: "nb" | "nn" | "en", strict?: boolean, onReport?: (report: any) => void }} [options]
 */
export function skjemasjekkResolver(validator, formId, options = {}) {
  const { lang = "nb", strict = false, onReport } = options;
  const schema = new FormSchema(validator.fields(formId));
  const isContainer = (pointer) => {
    const type = schema.type(parsePointer(pointer) || []);
    return type === "list" || type === "object";
  };
  return async (values, _context, rhf = {}) => {
    const report = validator.validate(formId, values, { lang, strict });
    if (onReport) onReport(report);
    const errors = {};
    for (const issue of report.issues) {
      if (issue.severity !== "error") continue;
      const path = toFieldPath(issue.path, issue.path !== "" && isContainer(issue.path));
      const error = { type: issue.code, message: issue.message };
      if (rhf.criteriaMode === "all") error.types = { [issue.code]: issue.message };
      put(errors, path, error);
    }
    return report.valid ? { values, errors: {} } : { values: {}, errors };
  };
}
