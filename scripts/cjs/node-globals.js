// Injected into the CommonJS glue (scripts/build-pkg.sh, esbuild --inject): the
// glue's TextEncoder and TextDecoder come from node:util, not from the global
// object, which Jest's jsdom environment leaves without them.
export { TextDecoder, TextEncoder } from "node:util";
