#!/usr/bin/env bash
# Size of the wasm package under different profile settings and wasm-opt flags.
# Prints one Markdown table row per variant: raw and gzip -9 bytes of the .wasm
# after wasm-bindgen and after each wasm-opt setting. Slow (one LTO build per
# opt-level); results go into benches/size/RESULTS.md by hand.
#   benches/size/measure.sh [OPT_LEVELS...]   default: z s 3
set -euo pipefail
cd "$(dirname "$0")/../.."
levels=("${@:-z s 3}")
[ $# -gt 0 ] || levels=(z s 3)
out=target/size
mkdir -p "$out"
gz() { gzip -9 -c "$1" | wc -c; }
echo "| opt-level | wasm-opt | .wasm raw | .wasm gzip |"
echo "| --- | --- | ---: | ---: |"
for level in "${levels[@]}"; do
  CARGO_PROFILE_RELEASE_OPT_LEVEL=$level \
    cargo build -q --release --target wasm32-unknown-unknown --lib --no-default-features
  dir="$out/O$level"
  rm -rf "$dir"
  wasm-bindgen --target web --out-dir "$dir" --out-name s target/wasm32-unknown-unknown/release/skjemasjekk.wasm
  wasm="$dir/s_bg.wasm"
  echo "| $level | none | $(wc -c <"$wasm") | $(gz "$wasm") |"
  for flags in "-Oz" "-Os" "-O3" "-Oz --converge" "-Oz --strip-debug --strip-producers" "-Oz --converge --strip-debug --strip-producers"; do
    # shellcheck disable=SC2086
    node_modules/.bin/wasm-opt $flags "$wasm" -o "$dir/opt.wasm"
    echo "| $level | \`$flags\` | $(wc -c <"$dir/opt.wasm") | $(gz "$dir/opt.wasm") |"
  done
done
