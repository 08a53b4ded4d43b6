#!/usr/bin/env bash
# Every test, on a fresh machine or this one: installs what it needs, then runs
# formatting and lint checks, the native suite (unit, fixtures, JsonLogic
# conformance, HTTP service), the wasm package in Node and headless Chromium,
# the packed npm package, and the end-to-end browser tests of the demo portal.
set -uo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never

passed=0; failed=0; failures=()
step() {
  local name=$1; shift
  echo "::: $name"
  local t0=$SECONDS
  if "$@"; then
    passed=$((passed + 1)); echo "::: $name: ok ($((SECONDS - t0)) s)"
  else
    failed=$((failed + 1)); failures+=("$name"); echo "::: $name: FAILED ($((SECONDS - t0)) s)"
  fi
}

# What a crate that depends on skjemasjekk gets: none of the CLI's or the
# service's crates among the library's direct dependencies.
no_cli_serve_deps() {
  local deps
  deps=$(cargo tree --locked -e normal --depth 1 --prefix none) || return 1
  if grep -E '^(clap|axum|hyper|hyper-util|tokio|tower-http|flate2|multer|percent-encoding|dom_query) ' <<<"$deps"; then
    echo "the default build depends on the crates above; make them optional, behind cli or serve" >&2
    return 1
  fi
}

step "install tools" scripts/install-tools.sh || true
step "cargo fmt" cargo fmt --all -- --check
# The binary and the service are features (`serve` brings `cli`); the default
# build is the library alone, for crates that depend on it.
step "cargo clippy (cli, serve)" cargo clippy --all-targets --locked --features serve -- -D warnings
step "cargo clippy (default features: the library alone)" cargo clippy --all-targets --locked -- -D warnings
step "default build has no cli/serve dependencies" no_cli_serve_deps
step "native tests" cargo test --locked --features serve
[ -x scripts/build-pkg.sh ] && step "build npm package" scripts/build-pkg.sh
[ -x scripts/test-wasm.sh ] && step "wasm tests (Node, Chromium, npm pack, tsc)" scripts/test-wasm.sh
[ -x scripts/test-tools.sh ] && step "the packed package under Jest (node, jsdom), Vitest, node --test" scripts/test-tools.sh
[ -x scripts/test-e2e.sh ] && step "end-to-end browser tests" scripts/test-e2e.sh

echo
for f in "${failures[@]}"; do echo "failed: $f"; done
echo "test-all: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
