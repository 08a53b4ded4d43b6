/** Any JSON value. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

/** A rule set: its JSON text, or the parsed object. */
export type RuleSetInput = string | JsonObject;

/** Bokmål, nynorsk or English. */
export type Lang = "nb" | "nn" | "en";

/** Whether an issue blocks a submit (`error`) or is only advice (`warning`). */
export type Severity = "error" | "warning";

/** A text in all three languages. */
export interface Texts {
  nb: string;
  nn: string;
  en: string;
}

/** How to validate. `strict`: keys the form does not define are errors (`unknown_field`). */
export interface ValidateOptions {
  lang?: Lang;
  strict?: boolean;
}

/** The field types of the rule-set language. */
export type FieldType =
  | "text" | "integer" | "decimal" | "boolean" | "date" | "enum" | "multi_enum" | "object" | "list"
  | "orgnr" | "fodselsnummer" | "kontonummer" | "kommunenummer" | "fylkesnummer" | "postnummer"
  | "phone" | "email";

type NoParams = Record<never, never>;
type NumberReason = "format" | "length" | "checksum";
type KommuneParams = { reason: "format" | "unknown" } | { reason: "renumbered"; successors: string[] };

/** The parameters behind each issue code's message. */
export interface IssueParams {
  required: NoParams;
  forbidden: NoParams;
  type: { expected: FieldType };
  unknown_field: NoParams;
  min_length: { min: number; actual: number };
  max_length: { max: number; actual: number };
  pattern: NoParams;
  /** `min` is a number, or an ISO date for date fields. */
  minimum: { min: number | string };
  maximum: { max: number | string };
  min_items: { min: number; actual: number };
  max_items: { max: number; actual: number };
  unique_items: { other: string };
  enum: { allowed: string[] };
  date: NoParams;
  date_order: { other: string };
  date_within: { start: string; end: string } | { year: number };
  max_duration: { months: number };
  overlap: { other: string };
  /** Exact decimal sums, as text. */
  sum_mismatch: { expected: string; actual: string };
  at_least_one: { fields: string[] };
  must_be_true: NoParams;
  orgnr: { reason: NumberReason };
  fodselsnummer: { reason: "format" | "length" | "date" | "checksum" };
  kontonummer: { reason: NumberReason };
  postnummer: NoParams;
  kommunenummer: KommuneParams;
  fylkesnummer: KommuneParams;
  email: NoParams;
  phone: NoParams;
  deadline: { deadline: string };
  rule: { rule: string };
}

/** The stable issue codes. */
export type IssueCode = keyof IssueParams;

/** One problem at one field; `path` is a JSON Pointer into the data. */
export type Issue = {
  [C in IssueCode]: {
    path: string;
    code: C;
    severity: Severity;
    message: string;
    params: IssueParams[C];
  };
}[IssueCode];

/** The result of validating one document against one form. */
export interface Report {
  /** False iff some issue has severity `error`. */
  valid: boolean;
  form: string;
  ruleset: { id: string; version: string; hash: string };
  issues: Issue[];
}

/** What one edit of a live form changed: each path whose issues are now different,
 *  with its new issues (an empty list clears the field), in report order. */
export interface LiveDelta {
  /** Whether the whole form is now free of errors. */
  valid: boolean;
  changed: { path: string; issues: Issue[] }[];
}

/** A conditional field (one with `requiredWhen` or `forbiddenWhen`) at one place in the
 *  data, and whether it is relevant now: a page shows it when `relevant`, hides it when
 *  not (`Validator.relevance`, `LiveForm.relevance`). Relevant unless its `forbiddenWhen`
 *  holds, its `requiredWhen` is false, or the part it sits in is not relevant; a condition
 *  whose inputs are not valid values hides nothing. */
export interface Relevance {
  /** A JSON Pointer into the data (`/pilots/0/exemptions`). */
  path: string;
  relevant: boolean;
}

/** A form a validator knows. */
export interface FormInfo {
  id: string;
  version: string;
  /** `sha256:` and the hex digest of the rule set's bytes. */
  hash: string;
  title: Texts;
}

/** One field of a form (`Validator.fields`), for building and labelling a page. */
export interface FieldInfo {
  /** A JSON Pointer whose list indices are `*` (`/planYear`, `/involvement/unions/*`).
   *  The items of a list of plain values have an entry of their own, as there; the items
   *  of a list of objects have none, only their fields. */
  path: string;
  type: FieldType;
  label: Texts;
  help?: Texts;
  /** Never required. */
  optional: boolean;
  /** Required or forbidden depending on other answers. */
  conditional: boolean;
  /** The choices of an `enum` or `multi_enum` field, in order. */
  options?: { value: string; label: Texts }[];
  /** For lists: the label of one item ("Pilot"). */
  itemLabel?: Texts;
}

/** What a browser submits for a form: `[name, value]` pairs in document order
 *  (`[...new FormData(form)]` when no file is chosen), a name repeated for check
 *  boxes and multi-selects. A name is a JSON Pointer or a dotted path. */
export type FormPairs = readonly (readonly [name: string, value: string])[];

/** A submitted name left out of the document (a button, a token, a typo), and why. */
export interface IgnoredName {
  reason: "not_a_path" | "no_field" | "not_a_value";
  name: string;
}

/** What `Validator.formData` returns: the typed document and the names left out. */
export interface FormDataResult {
  data: JsonObject;
  ignored: IgnoredName[];
}

/** What `Validator.formData` throws for a name that would make the document
 *  unreasonably large (a list index above 999, too many skipped rows). */
export interface FormDataError extends Error {
  code: "index_too_large" | "too_many_gaps" | "not_a_place";
  controlName: string;
}

/** One problem in a rule set; `path` is a JSON Pointer into the rule set. */
export interface RuleSetDiagnostic {
  path: string;
  message: string;
}

/** What `new Validator(...)` throws when a rule set does not compile. */
export interface RuleSetCompileError extends Error {
  diagnostics: RuleSetDiagnostic[];
}

/** What the validate methods throw for malformed JSON text (1-based position). */
export interface JsonSyntaxError extends Error {
  line: number;
  column: number;
}

/** A JSON Schema (draft 2020-12) object describing a form's data. */
export type JsonSchema = JsonObject & { $schema?: string };

/** The keys of the fixed user-interface texts (`Validator.uiTexts`). */
export type UiTextKey =
  | "error_summary_heading" | "warning_summary_heading" | "error_prefix" | "warning_prefix"
  | "optional_marker" | "required_marker" | "all_required_note" | "add_row" | "remove_row"
  | "submit" | "next" | "back" | "loading" | "server_checking" | "server_valid" | "server_invalid"
  | "server_unreachable" | "server_stale" | "language_name" | "choose_language" | "yes" | "no" | "select_placeholder"
  | "item_number" | "character_count" | "skip_to_content";
