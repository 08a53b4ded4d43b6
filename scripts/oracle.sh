#!/usr/bin/env bash
# Differential test of the identifier checks against python-stdnum (PyPI).
# Needs the network once (pip), so it is not part of scripts/test-all.sh.
#
#   scripts/oracle.sh                 # 100 000 values per kind
#   scripts/oracle.sh --count 1000000 --seed 7
#
# Installs python-stdnum into a venv under target/ (never vendored), builds the
# release CLI, and runs tests/oracle/diff.py; exits 1 on any unexplained
# disagreement. Results are noted in FUZZING.md.
set -euo pipefail
cd "$(dirname "$0")/.."

STDNUM_VERSION=${STDNUM_VERSION:-2.2}
VENV=target/oracle-venv
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c "import stdnum, sys; sys.exit(stdnum.__version__ != '$STDNUM_VERSION')" 2>/dev/null; then
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "python-stdnum==$STDNUM_VERSION"
fi

# The check command needs only the CLI feature (not the HTTP service).
cargo build --release --locked --features cli --bin skjemasjekk
exec "$VENV/bin/python" tests/oracle/diff.py --bin target/release/skjemasjekk "$@"
