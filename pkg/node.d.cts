// Types of the CommonJS entry (node.cjs): the same API as the ES module, with init done.
export * from "./dist/skjemasjekk.cjs";
import type { InitOutput } from "./dist/skjemasjekk.cjs";

/** Node needs no init (the module is ready on require); this resolves at once. */
export default function init(): Promise<InitOutput>;
