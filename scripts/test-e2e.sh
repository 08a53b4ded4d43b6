#!/usr/bin/env bash
# End-to-end browser tests of the demo portal: builds the npm package, the demo's
# vendor CSS and the skjemasjekk binary, then runs tests/e2e/*.test.js with
# `node --test`. Each test file starts `skjemasjekk serve` on a free port of
# 127.0.0.1 and drives Debian's Chromium through playwright-core (nothing is
# downloaded); axe-core checks accessibility; screenshots of the forms with their
# errors go to target/e2e-screenshots/. Works unattended (CI=true, no stdin)
# after scripts/install-tools.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
log() { printf '== %s\n' "$*" >&2; }

command -v chromium >/dev/null 2>&1 || { echo "test-e2e: chromium is missing; run scripts/install-tools.sh" >&2; exit 1; }
# Chromium's own translations, so a date field reads dd.mm.åååå as in Norway.
[ -f /usr/lib/chromium/locales/nb.pak ] \
  || { echo "test-e2e: chromium-l10n is missing (Norwegian date fields); run scripts/install-tools.sh" >&2; exit 1; }

scripts/build-pkg.sh
scripts/build-www.sh
log "building the skjemasjekk binary (debug, with serve: the one \`cargo test --features serve\` builds too)"
cargo build --locked --features serve --bin skjemasjekk

cd tests/e2e
if ! npm ls --depth=0 >/dev/null 2>&1; then
  log "installing playwright-core and axe-core (npm ci)"
  npm ci --no-audit --no-fund </dev/null
fi
rm -rf ../../target/e2e-screenshots
export SKJEMASJEKK_BIN="$PWD/../../target/debug/skjemasjekk"
node --test --test-concurrency=1 --test-timeout=240000 ./*.test.js
