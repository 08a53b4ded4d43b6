// Types of the drop-in (`skjemasjekk/dropin`): validation for an existing HTML form.
import type { Validator, Lang, Report, Issue, JsonValue, FieldInfo, FieldType } from "../dist/skjemasjekk.js";

export interface AttachOptions {
  /** The id of the form's rule set, e.g. "pilotplan". */
  form: string;
  /** The language of every message and text; default "nb". */
  lang?: Lang;
  /** The API root of `skjemasjekk serve` (e.g. "/api/v1"): on a valid submit the data
   *  is POSTed to `{serverUrl}/forms/{form}/validate` and the server's verdict shown. */
  serverUrl?: string;
  /** A validator made already (after `await init()`); default `Validator.builtin()`. */
  validator?: Validator;
  /** Called when the form is valid (after the server agrees, when there is one).
   *  Without it, and without `serverUrl`, a valid form is submitted the normal way. */
  onValid?: (data: JsonValue, report: Report) => void;
  /** Level of the summary headings (2–6); default 2. */
  headingLevel?: number;
  /** Write row headings and add/remove button texts; default true. */
  texts?: boolean;
}

/** What `attach` returns. */
export interface Checker {
  /** The data as the engine sees it now. */
  data(): JsonValue;
  /** The latest report (the browser's, or the server's after a submit). */
  readonly report: Report;
  /** Check the whole form as on submit: messages, summary and its focus; no server call. */
  check(): Report;
  /** Show every message and list text in another language. */
  setLang(lang: Lang): void;
  /** Add a row to a list (its container element or its path, e.g. "pilots[0].economy.budget"). */
  addRow(list: Element | string): Element | null;
  /** Remove a row (the row element, or its JSON Pointer). */
  removeRow(row: Element | string): void;
  /** Take every listener, message and summary away again. */
  destroy(): void;
}

/** Attach validation to a form; resolves when the engine is ready. */
export function attach(form: HTMLFormElement, options: AttachOptions): Promise<Checker>;
/**
 * Start the WebAssembly engine (once; `attach` does it too). When the browser
 * refuses it (a Content-Security-Policy without 'wasm-unsafe-eval'), the console
 * says what the policy must allow and the promise rejects with that message
 * (an `Error` named "EngineStartError").
 */
export function startEngine(): Promise<void>;

/** The detail of the `skjemasjekk:server` event the form dispatches after asking the server. */
export interface ServerEventDetail {
  status: "ok" | "stale" | "failed" | "unreachable";
  httpStatus?: number;
  report?: Report;
  browserReport: Report;
  /** Whether the server's report is exactly the browser's. */
  agree?: boolean;
  data: JsonValue;
}

/** Labels, help texts, options and types of a form's fields, found by path segments
 *  (`["pilots", 0, "title"]`, `["pilots", "*", "title"]` or `["pilots", "title"]`). */
export class FormSchema {
  /** @param fields what `validator.fields(formId)` returns */
  constructor(fields: readonly FieldInfo[]);
  field(segs: (string | number)[]): FieldInfo | null;
  type(segs: (string | number)[]): FieldType | null;
  label(segs: (string | number)[], lang: Lang): string;
  help(segs: (string | number)[], lang: Lang): string;
  optionLabel(segs: (string | number)[], value: string, lang: Lang): string;
  optionValues(segs: (string | number)[]): string[];
  itemLabel(segs: (string | number)[], lang: Lang): string;
  optional(segs: (string | number)[]): boolean;
  itemIsObject(segs: (string | number)[]): boolean;
}

/** The segments and style of an input name (`/a/0/b` or `a[0].b`), or null. */
export function parseName(name: string): { segs: (string | number)[]; style: "pointer" | "dotted" } | null;
/** The JSON Pointer an input name stands for, or null. */
export function nameToPointer(name: string): string | null;
export function toPointer(segs: (string | number)[]): string;
export function parsePointer(pointer: string): (string | number)[] | null;
export function formatName(segs: (string | number)[], style: "pointer" | "dotted"): string;

export type { Issue, FieldInfo };
