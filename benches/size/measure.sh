#!/usr/bin/env bash
# What a browser downloads from the npm package, and what it is made of.
#   benches/size/measure.sh          build the package (scripts/build-pkg.sh) and print
#                                    Markdown tables: raw and gzip -9 bytes of the .wasm,
#                                    the JS glue and their total; the .wasm's code and data
#                                    sections; with twiggy (~/.cargo/bin), the biggest
#                                    parts by crate and module.
#   benches/size/measure.sh --sweep  also one LTO build per opt-level (z, s, 3) and each
#                                    wasm-opt setting (slow: ~1 min per level).
# Results go into benches/size/RESULTS.md by hand.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=target/size
mkdir -p "$out"
gz() { gzip -9 -c "$1" | wc -c; }
row() { printf '| %s | %s | %s |\n' "$1" "$(wc -c <"$2")" "$(gz "$2")"; }

scripts/build-pkg.sh >/dev/null 2>&1
wasm=pkg/dist/skjemasjekk_bg.wasm
js=pkg/dist/skjemasjekk.js
echo "| file | raw | gzip |"
echo "| --- | ---: | ---: |"
row "\`$wasm\`" "$wasm"
row "\`$js\`" "$js"
# The glue imports src/wasm/host.js from dist/snippets/: one more small file.
snippets=$(find pkg/dist/snippets -name '*.js' | sort)
raw_total=$(($(wc -c <"$wasm") + $(wc -c <"$js")))
gz_total=$(($(gz "$wasm") + $(gz "$js")))
for f in $snippets; do
  row "\`$f\`" "$f"
  raw_total=$((raw_total + $(wc -c <"$f"))); gz_total=$((gz_total + $(gz "$f")))
done
printf '| **total** | **%s** | **%s** |\n' "$raw_total" "$gz_total"
echo

# The .wasm's sections, each gzipped alone.
node - "$wasm" <<'EOF'
const fs = require("fs"), zlib = require("zlib");
const b = fs.readFileSync(process.argv[2]);
const leb = (i) => { let r = 0, s = 0, x; do { x = b[i++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80); return [r, i]; };
const names = { 0: "custom", 1: "type", 2: "import", 3: "function", 7: "export", 9: "elem", 10: "code", 11: "data" };
const rows = {};
for (let i = 8; i < b.length;) {
  const id = b[i++]; const [size, start] = leb(i); i = start + size;
  const name = names[id] ?? "other";
  const part = b.subarray(start, i);
  rows[name] = rows[name] ?? [0, 0];
  rows[name][0] += part.length; rows[name][1] += zlib.gzipSync(part, { level: 9 }).length;
}
console.log("| .wasm section | raw | gzip (alone) |\n| --- | ---: | ---: |");
for (const n of ["code", "data"]) console.log(`| ${n} | ${rows[n][0]} | ${rows[n][1]} |`);
const rest = Object.entries(rows).filter(([n]) => n !== "code" && n !== "data");
console.log(`| everything else | ${rest.reduce((a, [, r]) => a + r[0], 0)} | ${rest.reduce((a, [, r]) => a + r[1], 0)} |\n`);
EOF

# The same module with its names kept (same flags, plus -g), for twiggy.
if command -v twiggy >/dev/null 2>&1 || [ -x "$HOME/.cargo/bin/twiggy" ]; then
  twiggy=$(command -v twiggy || echo "$HOME/.cargo/bin/twiggy")
  wasm-bindgen --target web --out-dir "$out/bindgen" --out-name s \
    target/wasm32-unknown-unknown/wasm/skjemasjekk.wasm
  node_modules/.bin/wasm-opt -Oz --converge --strip-producers -g \
    "$out/bindgen/s_bg.wasm" -o "$out/named.wasm"
  "$twiggy" top -n 100000 -f csv "$out/named.wasm" >"$out/twiggy.csv"
  node - "$out/twiggy.csv" <<'EOF'
const fs = require("fs");
const lines = fs.readFileSync(process.argv[2], "utf8").trim().split("\n").slice(1);
const parts = new Map();
for (const line of lines) {
  const m = line.match(/^"?(.*?)"?,(\d+),/);
  if (!m) continue;
  const [, name, bytes] = m;
  if (/names"* subsection/.test(name) || name.startsWith("Σ")) continue; // names are stripped in the package
  let key;
  if (name.startsWith("data segment")) key = "data segments (strings, tables, the two forms)";
  else if (/shim$/.test(name)) key = "wasm-bindgen export shims";
  else {
    // The first path in the name: `<T as alloc::string::ToString>` is alloc's.
    const m2 = name.replace(/\[[0-9a-f]+\]/g, "").match(/([a-z_][a-z0-9_]*)::([A-Za-z0-9_]+)/);
    key = m2 ? (m2[1] === "skjemasjekk" ? `skjemasjekk::${m2[2]}` : m2[1]) : "unnamed (outlined code)";
  }
  parts.set(key, (parts.get(key) ?? 0) + Number(bytes));
}
console.log("| part (twiggy, shallow bytes after wasm-opt) | raw |\n| --- | ---: |");
for (const [k, v] of [...parts].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`| ${k} | ${v} |`);
console.log();
EOF
fi

if [ "${1:-}" = "--sweep" ]; then
  echo "| opt-level | wasm-opt | .wasm raw | .wasm gzip |"
  echo "| --- | --- | ---: | ---: |"
  for level in z s 3; do
    CARGO_PROFILE_WASM_OPT_LEVEL=$level \
      cargo build -q --profile wasm --target wasm32-unknown-unknown --lib --no-default-features
    dir="$out/O$level"
    rm -rf "$dir"
    wasm-bindgen --target web --out-dir "$dir" --out-name s target/wasm32-unknown-unknown/wasm/skjemasjekk.wasm
    w="$dir/s_bg.wasm"
    echo "| $level | none | $(wc -c <"$w") | $(gz "$w") |"
    for flags in "-Oz" "-Os" "-O3" "-Oz --converge --strip-debug --strip-producers"; do
      # shellcheck disable=SC2086
      node_modules/.bin/wasm-opt $flags "$w" -o "$dir/opt.wasm"
      echo "| $level | \`$flags\` | $(wc -c <"$dir/opt.wasm") | $(gz "$dir/opt.wasm") |"
    done
  done
  # Leave the package's own build in target/ again.
  cargo build -q --profile wasm --target wasm32-unknown-unknown --lib --no-default-features
fi
