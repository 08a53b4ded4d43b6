// Node entry of skjemasjekk: instantiates the WebAssembly module synchronously from
// the file beside this one, so `import { Validator } from "skjemasjekk"` works with
// no init call. Browsers and bundlers get dist/skjemasjekk.js and `await init()`.
// Node loads dist/skjemasjekk_node.wasm: the same source and glue, built at
// opt-level 3 (about twice as fast) where browsers get the smaller opt-level "z".
import { readFileSync } from "node:fs";
import { initSync } from "./dist/skjemasjekk.js";

const wasm = initSync({
  module: readFileSync(new URL("./dist/skjemasjekk_node.wasm", import.meta.url)),
});

export * from "./dist/skjemasjekk.js";

/** Already done on import in Node; kept so code shared with browsers may `await init()`. */
export default async function init() {
  return wasm;
}
