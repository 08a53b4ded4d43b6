#!/usr/bin/env bash
# Build the demo portal's vendor folder: copy Digdir Designsystemet's CSS (components
# and the Digdir brand theme) and the Inter font from the lockfile-pinned
# www/node_modules into www/vendor/, which the pages link as /vendor/…
# The HTML pages (www/*.html, www/css, www/js) need no build step; the React page's
# script is bundled below. The npm package they import is served from pkg/ at /pkg/
# (scripts/build-pkg.sh).
# Works unattended (CI=true, no stdin); runs npm ci only when node_modules is off.
set -euo pipefail
cd "$(dirname "$0")/../www"

# package.json pins exact versions, so `npm ls` fails whenever node_modules differs.
if ! npm ls --depth=0 >/dev/null 2>&1; then
  echo "== build-www: installing the pinned Designsystemet packages (npm ci)" >&2
  npm ci --no-audit --no-fund </dev/null
fi

css=node_modules/@digdir/designsystemet-css/dist/src/index.css
theme=node_modules/@digdir/designsystemet-theme/brand/digdir.css
font=node_modules/@fontsource-variable/inter
for f in "$css" "$theme" "$font/index.css"; do
  [ -f "$f" ] || { echo "build-www: $f is missing after npm ci" >&2; exit 1; }
done

rm -rf vendor
mkdir -p vendor/inter/files
cp "$css" vendor/designsystemet.css
cp "$theme" vendor/theme-digdir.css
cp "$font/index.css" vendor/inter/inter.css
cp "$font"/files/*-wght-normal.woff2 vendor/inter/files/
for p in designsystemet-css designsystemet-theme; do
  cp "node_modules/@digdir/$p/LICENSE" "vendor/LICENSE-$p"
done
cp "$font/LICENSE" vendor/inter/LICENSE
# The stylesheet's data: images as files, so the pages' CSP needs no img-src data:.
node ../scripts/css-data-urls.mjs vendor/designsystemet.css vendor/theme-digdir.css vendor/inter/inter.css
# The React page (react.html): www/react/*.jsx bundled with React, Designsystemet's
# React components and skjemasjekk/react by the root's pinned esbuild.
node ../scripts/build-react.mjs
# Compressed at build time for `skjemasjekk serve`; the hand-written pages, CSS
# and JS have no build step and are gzipped on the fly.
../scripts/precompress.sh vendor
echo "== build-www: www/vendor/ ready ($(du -sk vendor | cut -f1) KB)" >&2
