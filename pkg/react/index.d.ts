// Types of skjemasjekk/react. The resolver's type is react-hook-form's own, so this
// file needs react-hook-form's types where the resolver is used (it is a peer).
import type { FieldValues, Resolver } from "react-hook-form";
import type { Issue, Lang, LiveDelta, Report, Validator, JsonValue } from "../dist/skjemasjekk.js";

export interface ResolverOptions {
  /** The language of the messages (default "nb"). */
  lang?: Lang;
  /** Unknown keys are errors (default false: react-hook-form may hold more than the form's fields). */
  strict?: boolean;
  /** Called with each whole report, warnings included (react-hook-form has no place for them). */
  onReport?: (report: Report) => void;
}

/** A react-hook-form resolver that checks the values with `validator.validate(formId, …)`. */
export function skjemasjekkResolver<TFieldValues extends FieldValues = FieldValues>(
  validator: Validator,
  formId: string,
  options?: ResolverOptions,
): Resolver<TFieldValues>;

/** react-hook-form's field path for an issue path: "/pilots/0/title" → "pilots.0.title";
 *  a list's or object's own issue (container) → "pilots.root"; the whole form → "root". */
export function toFieldPath(pointer: string, container?: boolean): string;

export interface LiveFormOptions {
  lang?: Lang;
  /** Unknown keys are errors (default true). */
  strict?: boolean;
  /** Where the form starts (read when the live form is made). */
  data?: unknown;
}

export interface LiveFormState {
  /** False until the live form is made (after the first render). */
  ready: boolean;
  /** Whether the whole form is free of errors. */
  valid: boolean;
  /** The issues now at exactly this JSON Pointer, in report order. */
  issues(pointer: string): Issue[];
  /** Put a value (`undefined` removes it) and re-check what it touches; null before ready. */
  set(pointer: string, value: unknown): LiveDelta | null;
  remove(pointer: string): LiveDelta | null;
  /** The whole current report, or null before ready. */
  report(): Report | null;
  /** The current data, or null before ready. */
  data(): JsonValue | null;
}

/** The engine's live form in a component: made on mount, freed on unmount. */
export function useLiveForm(validator: Validator, formId: string, options?: LiveFormOptions): LiveFormState;
