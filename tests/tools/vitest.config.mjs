// Vitest runs engine.test.js from here (vite.config.mjs is the app's build).
export default { test: { globals: true, include: ["engine.test.js"] } };
