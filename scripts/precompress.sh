#!/usr/bin/env bash
# Build-time compression for `skjemasjekk serve`: next to each compressible file
# (.js .mjs .wasm .css .html .json .svg .txt) among the given files and
# directories (searched recursively), write FILE.br (brotli -q 11) and FILE.gz
# (gzip -9 -n: no name or time inside, so the same input gives the same bytes
# and the same ETag). serve sends them by Accept-Encoding; files without them
# are gzipped on the fly. A copy newer than its file is kept.
#
#   scripts/precompress.sh pkg/dist/skjemasjekk.js pkg/dist/skjemasjekk_bg.wasm www/vendor
#
# Only for build output: a hand-edited file with a stale .br next to it would
# be sent as it was. Needs Debian's brotli (scripts/install-tools.sh).
set -euo pipefail

[ $# -gt 0 ] || { echo "usage: scripts/precompress.sh FILE|DIR..." >&2; exit 2; }
command -v brotli >/dev/null 2>&1 \
  || { echo "precompress: brotli is missing; run scripts/install-tools.sh" >&2; exit 1; }

count=0
while IFS= read -r -d '' f; do
  if [ ! "$f.br" -nt "$f" ]; then
    brotli -q 11 -f -o "$f.br.tmp" "$f" && mv "$f.br.tmp" "$f.br"
  fi
  if [ ! "$f.gz" -nt "$f" ]; then
    gzip -9 -n -c "$f" >"$f.gz.tmp" && mv "$f.gz.tmp" "$f.gz"
  fi
  count=$((count + 1))
done < <(find "$@" -type f \( -name '*.js' -o -name '*.mjs' -o -name '*.wasm' -o -name '*.css' \
  -o -name '*.html' -o -name '*.json' -o -name '*.svg' -o -name '*.txt' \) -print0)
echo "== precompress: .br and .gz next to $count files" >&2
