// Types of `skjemasjekk/dropin/auto`: the drop-in attached from a form's data attributes.
import type { Checker } from "./index.js";

/** The checker of a form this module attached, or undefined. */
export function checkerOf(form: HTMLFormElement): Promise<Checker> | undefined;
/** Attach the drop-in to one form from its `data-skjemasjekk-*` attributes (once). */
export function attachForm(form: HTMLFormElement): Promise<Checker>;
/** Attach every `form[data-skjemasjekk-form]` under `root` (a failed one gives null). */
export function attachAll(root?: ParentNode): Promise<(Checker | null)[]>;
