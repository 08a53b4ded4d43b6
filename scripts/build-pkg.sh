#!/usr/bin/env bash
# Build the npm package: pkg/dist/ (wasm-bindgen's web-target ES module, its .d.ts,
# the size-optimised .wasm for browsers and skjemasjekk_node.wasm, the same source
# built for speed, which pkg/node.js loads) next to the hand-written
# pkg/package.json, pkg/node.js, pkg/node.d.ts and pkg/README.md. Run scripts/install-tools.sh first.
#
#   scripts/build-pkg.sh          build pkg/dist/
#   scripts/build-pkg.sh --pack   also `npm pack` it into target/npm/ and print the .tgz path
#   scripts/build-pkg.sh --features serde-input
#                                 the benchmark build (adds Validator.validateSerde;
#                                 tests/node/bench/data-in.mjs needs it); not for publishing
set -euo pipefail
cd "$(dirname "$0")/.."

pack=false
features=()
while [ $# -gt 0 ]; do
  case $1 in
    --pack) pack=true ;;
    --features) features=(--features "$2"); shift ;;
    *) echo "build-pkg: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

crate_version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
bindgen_crate=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
bindgen_cli=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$bindgen_cli" != "$bindgen_crate" ]; then
  echo "build-pkg: wasm-bindgen CLI is '${bindgen_cli:-missing}' but the crate is $bindgen_crate; run scripts/install-tools.sh" >&2
  exit 1
fi
pkg_version=$(node -p 'require("./pkg/package.json").version')
if [ "$pkg_version" != "$crate_version" ]; then
  echo "build-pkg: pkg/package.json has version $pkg_version but Cargo.toml has $crate_version" >&2
  exit 1
fi
wasm_opt=node_modules/.bin/wasm-opt # binaryen from npm, never Debian's
[ -x "$wasm_opt" ] || { echo "build-pkg: $wasm_opt missing; run scripts/install-tools.sh" >&2; exit 1; }

cargo build --profile wasm --target wasm32-unknown-unknown --lib --no-default-features "${features[@]}"
raw=target/wasm32-unknown-unknown/wasm/skjemasjekk.wasm
# The Node entry's module: the same source at opt-level 3 ([profile.wasm-node]),
# about twice as fast; browsers never download it.
cargo build --profile wasm-node --target wasm32-unknown-unknown --lib --no-default-features "${features[@]}"
raw_node=target/wasm32-unknown-unknown/wasm-node/skjemasjekk.wasm

# What the package leaves out on purpose (benches/size/RESULTS.md): core's float
# formatting and parsing (spell floats with decimal::float::plain_f64, read them
# with decimal::float::parse_f64), core's case tables and unicode-normalization
# (the host does upper case and NFC), serde-wasm-bindgen (only with
# --features serde-input).
# Cargo's output still names every function, so a change that links one of them
# back (a `{}` or `{:?}` on an f64, say) fails here instead of adding 10 KB gzip.
if [ ${#features[@]} -eq 0 ]; then
  for part in flt2dec dec2flt unicode_data::conversions unicode_normalization serde_wasm_bindgen; do
    for module in "$raw" "$raw_node"; do
      if grep -aq "$part" "$module"; then
        echo "build-pkg: $module links $part again, which the package leaves out (see benches/size/RESULTS.md)" >&2
        exit 1
      fi
    done
  done
fi

out=pkg/dist
rm -rf "$out"
wasm-bindgen --target web --out-dir "$out" --out-name skjemasjekk "$raw"
# Flags chosen by measurement: benches/size/RESULTS.md.
"$wasm_opt" -Oz --converge --strip-debug --strip-producers \
  "$out/skjemasjekk_bg.wasm" -o "$out/skjemasjekk_bg.wasm.opt"
mv "$out/skjemasjekk_bg.wasm.opt" "$out/skjemasjekk_bg.wasm"
# The Node module shares the glue: wasm-bindgen must write the very same JS for it.
node_out=target/wasm-node-bindgen
rm -rf "$node_out"
wasm-bindgen --target web --out-dir "$node_out" --out-name skjemasjekk "$raw_node"
if ! cmp -s "$node_out/skjemasjekk.js" "$out/skjemasjekk.js"; then
  echo "build-pkg: the glue for the Node module differs from the browser module's" >&2
  exit 1
fi
"$wasm_opt" -O3 --strip-debug --strip-producers "$node_out/skjemasjekk_bg.wasm" -o "$out/skjemasjekk_node.wasm"
rm -f "$out/.gitignore" "$out/package.json" "$out/skjemasjekk_bg.wasm.d.ts"
# The raw export table (InitOutput) is typed with `any`; the public surface has none.
# `[Symbol.dispose]` needs lib esnext.disposable in every consumer; the method stays in the JS.
sed -i -E -e '/^ +readonly [A-Za-z0-9_]+: /s/\bany\b/unknown/g' -e '/^ +\[Symbol\.dispose\]\(\): void;$/d' \
  "$out/skjemasjekk.d.ts"

# CommonJS glue for require() (pkg/node.cjs: Jest's default configuration, CommonJS
# code): the same glue and its snippet, bundled into one CommonJS file by esbuild
# (pinned in package.json). Its async init() reads `import.meta.url`, which CommonJS
# lacks; node.cjs calls only initSync. The types are the same declarations.
esbuild=node_modules/.bin/esbuild
[ -x "$esbuild" ] || { echo "build-pkg: $esbuild missing; run scripts/install-tools.sh" >&2; exit 1; }
"$esbuild" "$out/skjemasjekk.js" --bundle --format=cjs --platform=node --target=node18 \
  --inject:scripts/cjs/node-globals.js --keep-names --log-level=warning --log-override:empty-import-meta=silent \
  --outfile="$out/skjemasjekk.cjs"
cp "$out/skjemasjekk.d.ts" "$out/skjemasjekk.d.cts"

size() { printf '%s: %s bytes, %s gzip\n' "$1" "$(wc -c <"$1")" "$(gzip -9 -c "$1" | wc -c)"; }
size "$out/skjemasjekk_bg.wasm" >&2
size "$out/skjemasjekk.js" >&2

# Size budget: everything a browser loads (.wasm, glue, snippets), gzip -9. The
# goal of issue 3 is 100 KB, which the package does not meet (benches/size/RESULTS.md,
# "What 100 KB would take"); the budget keeps it from growing unnoticed, as a merge
# once added 24 KB with one `{:?}`. Raise it only with a reason in RESULTS.md
# (last raised for issue 20: relevance +0.8 KB, the form-post conversion Validator.formData +4.8 KB gzip;
# lowered for issue 18 to what the package reached with the Talc allocator and one message buffer: 169 650 bytes;
# raised by 100 for the fix of a quadratic uniqueItems comparison, 143 B smaller raw but 73 B larger in gzip).
budget=${SKJEMASJEKK_SIZE_BUDGET:-169800}
if [ ${#features[@]} -eq 0 ]; then
  total=0
  for f in "$out/skjemasjekk_bg.wasm" "$out/skjemasjekk.js" $(find "$out/snippets" -name '*.js'); do
    total=$((total + $(gzip -9 -c "$f" | wc -c)))
  done
  echo "build-pkg: a browser loads $total bytes gzip (budget $budget)" >&2
  if [ "$total" -gt "$budget" ]; then
    echo "build-pkg: over the size budget by $((total - budget)) bytes; see benches/size/RESULTS.md" >&2
    exit 1
  fi
fi

# What browsers download, compressed at build time for `skjemasjekk serve`
# (the package's "files" list names the originals only, so npm never packs these).
scripts/precompress.sh "$out/skjemasjekk.js" "$out/skjemasjekk_bg.wasm"

if $pack; then
  mkdir -p target/npm
  tgz=$(cd pkg && npm pack --silent --pack-destination ../target/npm)
  echo "$PWD/target/npm/$tgz"
fi
