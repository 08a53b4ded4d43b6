#!/usr/bin/env bash
# The main job: build the engine, the npm package and the demo portal, then serve
# both forms on http://127.0.0.1:8080 (browser checks from pkg/, server checks
# from the same rule set at /api/v1). Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-tools.sh --no-browser
scripts/build-pkg.sh
[ -x scripts/build-www.sh ] && scripts/build-www.sh
cargo build --release --locked --features serve
echo "Open http://127.0.0.1:8080/"
exec target/release/skjemasjekk serve --addr 127.0.0.1:8080 --www www --pkg pkg
