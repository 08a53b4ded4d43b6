// Rollup builds app/src/main.js with node-resolve (browser conditions); Rollup does
// not copy the .wasm, so bundlers.test.mjs puts it beside the bundle, as
// pkg/README.md tells a Rollup user to do.
import { nodeResolve } from "@rollup/plugin-node-resolve";

export default {
  input: "app/src/main.js",
  output: { dir: "dist/rollup", format: "es" },
  plugins: [nodeResolve({ browser: true })],
};
