#!/usr/bin/env bash
# The packed npm package with the tools portals use (tests/tools/): one CommonJS
# test file, tests/tools/engine.test.js, that require()s the package, run by Jest 29
# with its default configuration in the node and in the jsdom environment, by
# Vitest, and by node --test; and tests/tools/app built by Vite, webpack 5, esbuild
# and Rollup, each bundle loaded in headless Debian Chromium (bundlers.test.mjs).
# Needs the tarball from `scripts/build-pkg.sh --pack` (path as $1, or the newest
# in target/npm/); installs the runners from tests/tools/package-lock.json.
# Unattended (CI=true, no stdin).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
tgz=${1:-$(ls -t target/npm/skjemasjekk-*.tgz 2>/dev/null | head -n 1)}
[ -f "$tgz" ] || { echo "test-tools: no packed package; run scripts/build-pkg.sh --pack" >&2; exit 1; }

# A fresh project each run: the runners from the lockfile, then the tarball.
work=$root/target/tools-test
rm -rf "$work"
mkdir -p "$work"
(cd tests/tools && cp -r package.json package-lock.json engine.test.js react.test.mjs react-consumer.mts tsconfig.react.json bundlers.test.mjs app \
  vite.config.mjs vitest.config.mjs webpack.config.cjs rollup.config.mjs "$work/")
cd "$work"
npm ci --no-audit --no-fund </dev/null >/dev/null
npm install --no-save --offline --no-audit --no-fund "$root/$tgz" </dev/null >/dev/null 2>&1 \
  || npm install --no-save --no-audit --no-fund "$root/$tgz" </dev/null >/dev/null

export SKJEMASJEKK_TESTS_DIR=$root/tests CI=true
# shellcheck source=scripts/lib/run.sh
. "$root/scripts/lib/run.sh"
run "Jest 29, node environment (default config)" env SKJEMASJEKK_TOOL_ENV=node npx --no-install jest --env=node
run "Jest 29, jsdom environment (default config)" env SKJEMASJEKK_TOOL_ENV=jsdom npx --no-install jest --env=jsdom
run "Vitest (engine.test.js; react.test.mjs with React 19 and react-hook-form in jsdom)" env SKJEMASJEKK_TOOL_ENV=node npx --no-install vitest run --config vitest.config.mjs
run "node --test" env SKJEMASJEKK_TOOL_ENV=node node --test engine.test.js
run "skjemasjekk/react types (tsc --strict, react-hook-form's Resolver)" "$root/node_modules/.bin/tsc" -p tsconfig.react.json
run "bundlers: Vite, webpack, esbuild, Rollup in Chromium" node --test --test-reporter=spec bundlers.test.mjs
run_summary test-tools
