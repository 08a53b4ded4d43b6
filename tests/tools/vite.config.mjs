// Vite builds app/ as a portal would: the .wasm becomes an asset beside the bundle.
export default {
  root: "app",
  base: "./",
  logLevel: "warn",
  build: { outDir: "../dist/vite", emptyOutDir: true, target: "es2022" },
};
