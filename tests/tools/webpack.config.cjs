// webpack 5 builds app/src/main.js as a portal would; it copies the .wasm it finds
// through `new URL("skjemasjekk_bg.wasm", import.meta.url)` in the glue.
const { resolve } = require("node:path");

module.exports = {
  mode: "production",
  entry: "./app/src/main.js",
  output: { path: resolve(__dirname, "dist/webpack"), filename: "main.js", module: true, clean: true },
  experiments: { outputModule: true },
  stats: "errors-warnings",
};
