#!/usr/bin/env bash
# Load benchmark of `skjemasjekk serve` on loopback (a benchmark, never a test).
#
# Drives POST /api/v1/forms/{id}/validate with wrk (Debian: apt-get install wrk),
# rotating over valid and invalid submissions of both built-in forms taken from
# tests/fixtures/** (plus an empty submission per form), in nb, nn and en.
# 64 connections for 30 s by default, bounded in time (wrk -d, and `timeout`) and
# in request count (MAX_REQUESTS, enforced by mixed.lua). Writes a markdown
# section to benches/load/RESULTS.md: throughput, p50/p90/p99 latency, errors,
# and the machine. Goal: 0 errors and p99 under 5 ms on 2 cores.
#
# Settings (environment): DURATION (30s), CONNECTIONS (64), THREADS (2),
# MAX_REQUESTS (5000000), PROFILE (release; `bench` is the same with opt-level 3
# instead of the wasm-size "z"), OUT (benches/load/RESULTS.md), APPEND (1: add the
# section to OUT instead of replacing it).
# Run it on an otherwise idle machine: other processes on the two cores show up
# directly in p99.
set -euo pipefail

cd "$(dirname "$0")/../.."
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
MAX_REQUESTS=${MAX_REQUESTS:-5000000}
PROFILE=${PROFILE:-release}
OUT=${OUT:-benches/load/RESULTS.md}

for tool in wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "run.sh needs $tool (apt-get install $tool)" >&2; exit 2; }
done

cargo build --quiet --profile "$PROFILE" --features serve --bin skjemasjekk
case "$PROFILE" in
  dev | test) bin=target/debug/skjemasjekk ;;
  release | bench) bin=target/release/skjemasjekk ;;
  *) bin="target/$PROFILE/skjemasjekk" ;;
esac

work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill -TERM "$server"; wait "$server" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# The submissions: every fixture of a built-in form given as JSON data, and {} per form.
mkdir -p "$work/bodies"
python3 - "$work" <<'PY'
import json, pathlib, sys
work = pathlib.Path(sys.argv[1])
forms = [json.loads(p.read_text())["id"] for p in sorted(pathlib.Path("forms").glob("*.json"))]
bodies = [(f, "{}") for f in forms]
for path in sorted(pathlib.Path("tests/fixtures").rglob("*.json")):
    case = json.loads(path.read_text())
    if case.get("form") not in forms:
        continue
    if "data" not in case:
        continue  # raw text (malformed or hostile JSON on purpose): a 400, not a submission
    bodies.append((case["form"], json.dumps(case["data"], ensure_ascii=False)))
langs = ["nb", "nn", "en"]
with open(work / "bodies.tsv", "w") as out:
    for i, (form, text) in enumerate(bodies):
        file = work / "bodies" / f"{i}.json"
        file.write_text(text)
        out.write(f"{form}\t{langs[i % 3]}\t{file}\n")
PY

"$bin" serve --addr 127.0.0.1:0 --www "$work/none" --pkg "$work/none" 2>"$work/server.log" &
server=$!
for _ in $(seq 100); do grep -q '^listening on ' "$work/server.log" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$work/server.log" | head -1)
[ -n "$url" ] || { echo "the service did not start:" >&2; cat "$work/server.log" >&2; exit 1; }

# Every submission once: each must be answered 200; count the valid ones.
valid=0 invalid=0
while IFS=$'\t' read -r form lang file; do
  answer=$(curl -sS -o "$work/answer.json" -w '%{http_code}' -H 'Content-Type: application/json' \
    --data-binary @"$file" "$url/api/v1/forms/$form/validate?lang=$lang")
  [ "$answer" = 200 ] || { echo "$form $file: HTTP $answer" >&2; cat "$work/answer.json" >&2; exit 1; }
  if grep -q '^{"valid":true' "$work/answer.json"; then valid=$((valid + 1)); else invalid=$((invalid + 1)); fi
done <"$work/bodies.tsv"

export BODIES="$work/bodies.tsv"
export MAX_REQUESTS_PER_THREAD=$((MAX_REQUESTS / THREADS))
wrk -t"$THREADS" -c"$CONNECTIONS" -d2s -s benches/load/mixed.lua "$url" >/dev/null # warm-up

cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
ticks_before=$(cpu_ticks)
lines_before=$(wc -l <"$work/server.log")
seconds=${DURATION%s}
timeout $((seconds + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 2s --latency \
  -s benches/load/mixed.lua "$url" | tee "$work/wrk.txt"
ticks_after=$(cpu_ticks)
lines_after=$(wc -l <"$work/server.log")

kill -TERM "$server"
wait "$server" || { echo "the service did not exit cleanly" >&2; exit 1; }
server=""

# wrk prints latencies as 812.00us, 1.23ms or 1.02s: in milliseconds.
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000; printf "%.2f", n }'; }
pct() { awk -v p="$1" '$1 == p { print $2 }' "$work/wrk.txt"; }
requests=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$work/wrk.txt")
socket_errors=$(awk '/Socket errors:/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) s += $i } END { print s + 0 }' "$work/wrk.txt")
non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $5 }' "$work/wrk.txt")
errors=$(( ${socket_errors:-0} + ${non2xx:-0} ))
hz=$(getconf CLK_TCK)
cpu_per_req=$(awk -v t=$((ticks_after - ticks_before)) -v hz="$hz" -v r="$requests" 'BEGIN { printf "%.1f", t / hz * 1e6 / r }')
logged=$((lines_after - lines_before))

[ "${APPEND:-0}" = 1 ] || : >"$OUT"
cat >>"$OUT" <<MD
## HTTP service under load (\`skjemasjekk serve\`, \`$PROFILE\` build)

\`benches/load/run.sh\`: wrk, $THREADS threads, $CONNECTIONS connections, $DURATION on loopback,
POST /api/v1/forms/{id}/validate rotating over $((valid + invalid)) submissions of both forms
($valid valid, $invalid invalid; from tests/fixtures plus \`{}\` per form; nb, nn, en),
access log on (to a file).

| measure | value |
| --- | --- |
| requests | $requests |
| throughput | $rps requests/s |
| latency p50 | $(ms "$(pct 50%)") ms |
| latency p90 | $(ms "$(pct 90%)") ms |
| latency p99 | $(ms "$(pct 99%)") ms |
| errors (socket errors + non-2xx) | $errors |
| server CPU per request | $cpu_per_req µs |
| access-log lines written during the run | $logged |

Machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), Linux $(uname -r),
$(rustc --version), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2); load average before the run: $load_before
(the load generator shares the cores with the service). Run on $(date -u +%Y-%m-%d) at commit
$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)').

MD
echo "wrote $OUT"
