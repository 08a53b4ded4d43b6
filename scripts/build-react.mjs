// Bundles the demo's React page (www/react/app.jsx) into www/vendor/react-app.js with
// the root's pinned esbuild (scripts/build-www.sh runs it). React, Designsystemet's
// React components and skjemasjekk/react go in; the engine stays the package under
// /pkg/ (external), as on the other pages.
//
// @navikt/aksel-icons (Designsystemet's icons) declares `sideEffects: false`, but a
// nested package.json in its dist/ hides that from esbuild, which then keeps all 961
// icons (1.3 MB). The plugin says it again for those files, so only the used ones stay.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { dirname, resolve } from "node:path";

const root = resolve(dirname(new URL(import.meta.url).pathname), "..");
const www = `${root}/www`;

const iconsAreShakable = {
  name: "aksel-icons-side-effect-free",
  setup(b) {
    b.onResolve({ filter: /^@navikt\/aksel-icons$/ }, async (args) => {
      if (args.pluginData?.again) return undefined;
      const found = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: { again: true } });
      return { ...found, sideEffects: false };
    });
    b.onResolve({ filter: /^\.\/[A-Za-z0-9]+\.js$/ }, async (args) => {
      if (!args.importer.includes("/@navikt/aksel-icons/") || args.pluginData?.again) return undefined;
      const found = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: { again: true } });
      return { ...found, sideEffects: false };
    });
  },
};

// A compressed copy of an older bundle would be what `serve` sends: remove it
// (build-www.sh compresses the new one).
for (const ext of [".br", ".gz"]) rmSync(`${www}/vendor/react-app.js${ext}`, { force: true });

await build({
  entryPoints: [`${www}/react/app.jsx`],
  outfile: `${www}/vendor/react-app.js`,
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  external: ["/pkg/*"],
  nodePaths: [`${www}/node_modules`],
  plugins: [iconsAreShakable],
  logLevel: "warning",
  metafile: false,
});
