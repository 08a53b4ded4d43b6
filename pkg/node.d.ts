// Types of the Node entry: the same API as the browser module, with init already done.
export * from "./dist/skjemasjekk.js";
import type { InitOutput } from "./dist/skjemasjekk.js";

/** Node needs no init (the module is ready on import); this resolves at once. */
export default function init(): Promise<InitOutput>;
