#!/usr/bin/env bash
# Run every benchmark once and regenerate BENCHMARKS.md from that one run:
# native (cargo bench), Node (skjemasjekk's npm package against Ajv and
# Ajv + ajv-errors, one process), headless Chromium (page load to first result),
# and sizes (the .wasm and glue beside esbuild bundles of the Ajv validators).
# Installs what it needs first (scripts/install-tools.sh, npm ci from
# benches/node/package-lock.json); takes a few minutes on 2 cores.
#
#   benches/run-all.sh            full run, writes BENCHMARKS.md
#   BENCH_QUICK=1 benches/run-all.sh   fewer rounds and page loads (a smoke run; numbers are rougher)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never

log() { printf '== %s\n' "$*" >&2; }
out=target/bench
mkdir -p "$out/schema"
t0=$SECONDS

if [ "${BENCH_QUICK:-}" = 1 ]; then
  node_args=(--rounds 9 --round-ms 5 --warmup-ms 50); browser_args=(--loads 3)
else
  node_args=(--rounds 61 --round-ms 5 --warmup-ms 200); browser_args=(--loads 15)
fi

log "tools (skipped when present)"
scripts/install-tools.sh
if [ ! -d benches/node/node_modules ] || ! (cd benches/node && npm ls --depth=0 >/dev/null 2>&1); then
  log "npm ci in benches/node (Ajv, ajv-formats, ajv-errors, esbuild, playwright-core)"
  (cd benches/node && npm ci --no-audit --no-fund </dev/null)
fi

log "building the npm package (pkg/dist/)"
scripts/build-pkg.sh

# validateSerde (the serde-wasm-bindgen route) may live behind the `serde-input` feature.
serde_args=()
if ! grep -q 'validateSerde' pkg/dist/skjemasjekk.js; then
  if grep -q '^serde-input *=' Cargo.toml; then
    log "validateSerde is not in the default build: building once more with --features serde-input"
    # Only its Node entry is used: the speed build, as pkg/node.js loads it.
    cargo build --profile wasm-node --target wasm32-unknown-unknown --lib --no-default-features --features serde-input
    serde_pkg=$out/pkg-serde
    rm -rf "$serde_pkg"
    mkdir -p "$serde_pkg/dist"
    wasm-bindgen --target web --out-dir "$serde_pkg/dist" --out-name skjemasjekk \
      target/wasm32-unknown-unknown/wasm-node/skjemasjekk.wasm
    node_modules/.bin/wasm-opt -O3 --strip-debug --strip-producers \
      "$serde_pkg/dist/skjemasjekk_bg.wasm" -o "$serde_pkg/dist/skjemasjekk_node.wasm"
    cp pkg/node.js pkg/package.json "$serde_pkg/"
    serde_args=(--serde-pkg "$serde_pkg/node.js")
  else
    log "validateSerde is not in the build and there is no serde-input feature: the serde route is not measured"
  fi
fi

log "JSON Schemas from the CLI (skjemasjekk schema --form ID)"
cargo build --release --features cli --bin skjemasjekk
for form in forsokssoknad pilotplan; do
  target/release/skjemasjekk schema --form "$form" >"$out/schema/$form.schema.json"
done

log "growing documents (benches/scale/generate.mjs → $out/scale)"
node benches/scale/generate.mjs --out "$out/scale"

log "native benchmark (cargo bench --bench native)"
cargo bench --bench native

log "sizes and esbuild bundles"
node benches/node/sizes.mjs --schemas "$out/schema" --www "$out/www" --out "$out/sizes.json"

log "Node benchmark (one process: skjemasjekk, Ajv, Ajv + ajv-errors)"
node benches/node/bench.mjs --schemas "$out/schema" --out "$out/node.json" "${node_args[@]}" "${serde_args[@]}"

log "the skjemasjekk binary with serve (release), for the Fast 4G series"
cargo build --release --features serve --bin skjemasjekk

log "browser benchmark (headless Chromium)"
node benches/browser/run.mjs --www "$out/www" --out "$out/browser.json" --serve target/release/skjemasjekk "${browser_args[@]}"

node benches/node/report.mjs --bench "$out" --out BENCHMARKS.md
log "done in $((SECONDS - t0)) s: BENCHMARKS.md"
