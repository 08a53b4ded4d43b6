#!/usr/bin/env bash
# The wasm package's tests, on a fresh machine after scripts/install-tools.sh:
#   (2) wasm-bindgen-test in Node and (3) in headless Chromium: tests/wasm_*.rs
#       (golden parity through the bindings, hostile calls, what the package
#       leaves to the host: number reading, NFC and upper case, each against the
#       native implementation) and the JsonLogic suite;
#   (4) the packed npm package installed into a fresh project: node --test on
#       tests/node/*.test.mjs (API, hostile calls through the JS glue, golden parity,
#       and the browser entry with `await init()` on a page in headless Chromium);
#   and tsc --strict on a TypeScript consumer (tests/node/consumer) under Node and
#   bundler module resolution, including lines that must not compile.
# Unattended (CI=true, no stdin); a few minutes at most.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export CARGO_TERM_COLOR=never

work="$root/target/wasm-test"
rm -rf "$work"
mkdir -p "$work/tmp"
# Chromium leaves ~12 MB per run in $TMPDIR: keep it under target/ and remove it.
export TMPDIR="$work/tmp"
cleanup() { rm -rf "$work/tmp"; }
trap cleanup EXIT

# shellcheck source=scripts/lib/run.sh
. "$root/scripts/lib/run.sh"

# serde-input adds the benchmark-only validateSerde, so its hostile-input test runs too.
wasm_tests=(--target wasm32-unknown-unknown --no-default-features --features serde-input --test wasm_parity --test wasm_robust --test wasm_numbers --test wasm_unicode --test jsonlogic_conformance)
# Native clippy never compiles src/wasm; lint it for its own target.
run "cargo clippy (wasm32: bindings and wasm tests)" cargo clippy "${wasm_tests[@]}" --lib -- -D warnings
run "cargo clippy (wasm32: the package's own build)" \
  cargo clippy --target wasm32-unknown-unknown --no-default-features --lib -- -D warnings
# The runner gives a browser test binary 20 s by default; wasm_unicode's debug build
# takes 15–19 s on these shared cores, so one slow run timed out (CI, 2026-12-06).
export WASM_BINDGEN_TEST_TIMEOUT=180
run "wasm-bindgen-test in Node" env WASM_BINDGEN_TEST_ONLY_NODE=1 cargo test "${wasm_tests[@]}"
run "wasm-bindgen-test in headless Chromium" env WASM_BINDGEN_USE_BROWSER=1 cargo test "${wasm_tests[@]}"

echo "--- build and pack the npm package"
tgz=$(scripts/build-pkg.sh --pack | tail -n 1)
project="$work/project"
mkdir -p "$project"
(cd "$project" && npm init -y >/dev/null && npm pkg set type=module >/dev/null \
  && npm install --offline --no-audit --no-fund "$tgz" </dev/null >/dev/null)
cp tests/node/*.mjs tests/node/*.html "$project/"
cp -r tests/node/consumer "$project/consumer"

run "npm package: node --test" env SKJEMASJEKK_TESTS_DIR="$root/tests" \
  node --test --test-reporter=spec "$project"/*.test.mjs
for mode in node bundler; do
  run "TypeScript consumer (tsc --strict, $mode resolution)" \
    "$root/node_modules/.bin/tsc" -p "$project/consumer/tsconfig.$mode.json"
done

run_summary test-wasm
