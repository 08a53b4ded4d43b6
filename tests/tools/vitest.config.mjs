// Vitest runs the shared engine.test.js (the node environment) and react.test.mjs
// (jsdom, by its docblock) from here; vite.config.mjs is the app's build.
export default { test: { globals: true, include: ["engine.test.js", "react.test.mjs"] } };
