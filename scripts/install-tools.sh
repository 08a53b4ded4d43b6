#!/usr/bin/env bash
# Install what building and testing the wasm package needs, skipping whatever is
# already there: the wasm32 target, the wasm-bindgen CLI at exactly the crate's
# version, Debian's brotli (scripts/precompress.sh: the .br files serve sends), Chromium + chromedriver + Chromium's translations (Debian; the
# translations make date fields read dd.mm.åååå in Norwegian pages), and the
# pinned npm dev tools (typescript, binaryen's wasm-opt) from package-lock.json.
#
#   scripts/install-tools.sh               everything
#   scripts/install-tools.sh --no-browser  no Chromium (building and serving only)
#
# Works unattended (CI=true, no stdin); running it again changes nothing. Never
# installs Debian's binaryen: its wasm-opt produces modules that break at load time.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '== %s\n' "$*" >&2; }

browser=true
for arg in "$@"; do
  case "$arg" in
    --no-browser) browser=false ;;
    *) echo "install-tools: unknown argument '$arg' (known: --no-browser)" >&2; exit 2 ;;
  esac
done

# The wasm-bindgen crate version Cargo.lock resolved; the CLI must equal it.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

want=$(wasm_bindgen_version)
[ -n "$want" ] || { echo "install-tools: no wasm-bindgen in Cargo.lock" >&2; exit 1; }
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
have_runner=$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ] || [ "$have_runner" != "$want" ]; then
  log "installing wasm-bindgen-cli $want (had: ${have:-none}); takes a few minutes"
  # --locked fails on some registry mirrors (a locked dependency is missing): retry without.
  cargo install wasm-bindgen-cli --version "$want" --locked --force \
    || cargo install wasm-bindgen-cli --version "$want" --force
fi

debs=()
command -v brotli >/dev/null 2>&1 || debs+=(brotli)
if $browser; then
  command -v chromium >/dev/null 2>&1 || debs+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || debs+=(chromium-driver)
  [ -f /usr/lib/chromium/locales/nb.pak ] || debs+=(chromium-l10n)
fi
if [ "${#debs[@]}" -gt 0 ]; then
  log "installing ${debs[*]} (apt)"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update </dev/null
  $sudo_cmd apt-get install -y --no-install-recommends "${debs[@]}" </dev/null
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/tsc ] \
  || ! npm ls --depth=0 >/dev/null 2>&1; then
  log "installing pinned npm dev tools (npm ci)"
  npm ci --no-audit --no-fund </dev/null
fi

ready="$(wasm-bindgen --version), $(node_modules/.bin/wasm-opt --version), tsc $(node_modules/.bin/tsc --version | awk '{print $2}')"
$browser && ready="$ready, $(chromium --version 2>/dev/null | head -1)"
log "tools ready: $ready"
