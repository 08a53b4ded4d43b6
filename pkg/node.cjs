// CommonJS entry of skjemasjekk, for `require("skjemasjekk")`: Jest's default
// configuration (node and jsdom environments), and CommonJS code in Node 18+.
// It loads dist/skjemasjekk.cjs, the same wasm-bindgen glue as dist/skjemasjekk.js
// turned into CommonJS at build time (scripts/build-pkg.sh, esbuild), and
// instantiates dist/skjemasjekk_node.wasm synchronously, as node.js does: no init
// call. Code that both imports and requires the package gets two separate engines
// (each with its own memory); the reports are the same.
"use strict";
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const glue = require("./dist/skjemasjekk.cjs");

const wasm = glue.initSync({ module: readFileSync(join(__dirname, "dist", "skjemasjekk_node.wasm")) });

/** Already done on require; kept so code shared with browsers may `await init()`. */
async function init() {
  return wasm;
}

module.exports = { ...glue, default: init };
