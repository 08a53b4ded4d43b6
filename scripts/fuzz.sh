#!/usr/bin/env bash
# Rerun the libFuzzer targets in fuzz/ (cargo-fuzz, nightly), one process each.
#
#   scripts/fuzz.sh                    # every target for 30 s
#   scripts/fuzz.sh 600                # every target for 10 minutes
#   scripts/fuzz.sh 300 validate live  # some targets
#   scripts/fuzz.sh plateau 10 120 expr  # one run, stopped once 10 minutes add
#                                      # no coverage edge (or 120 minutes pass)
#   scripts/fuzz.sh cmin               # fold what the runs found into the
#                                      # committed corpora, minimised (cargo fuzz
#                                      # cmin's merge, by coverage edges)
#   scripts/fuzz.sh coverage           # which lines of src/ the committed corpora
#                                      # reach, all targets together (llvm-cov)
#   scripts/fuzz.sh coverage --since 30 validate  # what the last 30 minutes of
#                                      # a run's finds added to src/'s coverage
#
# The committed corpora (fuzz/corpus/<target>) are read, never written: new
# inputs go to fuzz/target/work/<target>, so a run leaves the tree clean until
# `cmin` is asked for. Seeds from the forms and the fixtures are added first
# (fuzz/seed.py). A crash stops that target: its input is in
# fuzz/artifacts/<target>/; turn it into a test in tests/regressions.rs, fix
# the engine, and rerun. The last lines of each log (executions, coverage) are
# printed at the end; docs/fuzzing-diary.md records them.
#
# Built optimised with overflow checks on (-O -a) and no sanitizer: the crate
# has no unsafe code, so ASan would only slow the search down.
set -euo pipefail
cd "$(dirname "$0")/.."

TARGETS=(compile validate expr identifiers live rulesets)
FLAGS=(-O -a -s none)
LIBFUZZER=(-rss_limit_mb=2048 -max_len=65536 -timeout=10 -print_final_stats=1)

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
rustup toolchain list | grep -q '^nightly' || { echo "fuzz.sh: needs the nightly toolchain (rustup toolchain install nightly)" >&2; exit 2; }

work=fuzz/target/work
mkdir -p "$work" fuzz/target/logs

if [ "${1:-}" = cmin ]; then
  shift
  for t in "${@:-${TARGETS[@]}}"; do
    [ -d "$work/$t" ] || continue
    # Merge the committed corpus and the run's finds into a fresh, minimal set that
    # keeps every coverage edge (-use_counters=0: hit counts do not earn a place,
    # which keeps the committed corpora small; fuzzing runs still use counters).
    fresh="$work/$t.cmin"
    rm -rf "$fresh" && mkdir -p "$fresh"
    cargo +nightly fuzz run "${FLAGS[@]}" "$t" "$fresh" "fuzz/corpus/$t" "$work/$t" -- -merge=1 -use_counters=0 "${LIBFUZZER[@]}" \
      > "fuzz/target/logs/$t.cmin.log" 2>&1
    rm -rf "fuzz/corpus/$t" && mv "$fresh" "fuzz/corpus/$t"
    echo "$t: $(ls "fuzz/corpus/$t" | wc -l) inputs, $(du -sh --apparent-size "fuzz/corpus/$t" | cut -f1)"
  done
  exit 0
fi

if [ "${1:-}" = coverage ]; then
  # Coverage of src/ (the engine; not the CLI, the service or the bindings),
  # from builds of the targets instrumented for llvm-cov.
  #   coverage [TARGET…]            the committed corpora, all targets together:
  #                                 per file into fuzz/coverage/report.txt, per module here
  #   coverage --since MIN [TARGET…]  per target, what the run's finds of the last
  #                                 MIN minutes (fuzz/target/work/<target>, by file time)
  #                                 added to the rest (the committed corpus, the
  #                                 seeds and older finds): the engine's own plateau
  shift
  since=
  if [ "${1:-}" = --since ]; then since=${2:?minutes}; shift 2; fi
  host=$(rustc +nightly -vV | sed -n 's/^host: //p')
  llvm=$(rustc +nightly --print sysroot)/lib/rustlib/$host/bin
  [ -x "$llvm/llvm-cov" ] || rustup component add llvm-tools-preview --toolchain nightly
  ignore='(/\.cargo/|/rustc/|/fuzz/|/src/(bin|serve|wasm)/)'
  binary() { find target fuzz/target -path "*/coverage/$host/release/$1" -type f 2>/dev/null | head -1; }
  # "regions reached/all, lines reached/all" of src/ for binary $1 and profile
  # $2; the per-file report is kept in $3.
  reached() {
    "$llvm/llvm-cov" report "$1" -instr-profile="$2" --ignore-filename-regex="$ignore" > "$3"
    awk '$1 == "TOTAL" { printf "%d/%d regions, %d/%d lines", $2 - $3, $2, $8 - $9, $8 }' "$3"
  }
  if [ -n "$since" ]; then
    cutoff=$(date -d "-$since minutes" +%s)
    for t in "${@:-${TARGETS[@]}}"; do
      [ -d "$work/$t" ] || { echo "$t: no finds in $work/$t"; continue; }
      d=fuzz/target/since/$t
      rm -rf "$d" && mkdir -p "$d/old" "$d/new"
      cp -r "fuzz/corpus/$t/." "$d/old/"
      # The seeds the run started from count as old too: what they reach was
      # there before any finding (new fixtures would otherwise look like finds).
      [ -d "$work/seeds/$t" ] && cp -r "$work/seeds/$t/." "$d/old/"
      # (a running fuzzer deletes inputs it has reduced: what vanishes is skipped)
      find "$work/$t/" -maxdepth 1 -type f ! -newermt "@$cutoff" -exec cp -l -t "$d/old/" {} + 2>/dev/null || true
      find "$work/$t/" -maxdepth 1 -type f -newermt "@$cutoff" -exec cp -l -t "$d/new/" {} + 2>/dev/null || true
      # `cargo fuzz coverage` runs each input in a process of its own (0.2 s
      # each: hours for a work directory's finds), so it only builds here, on
      # one input; each set is then replayed in one process (-runs=0 runs the
      # inputs given and stops), and "after" is the merge of the two profiles.
      mkdir -p "$d/build" && printf '\0' > "$d/build/one"
      cargo +nightly fuzz coverage -a "$t" "$d/build" > "fuzz/target/logs/$t.since.log" 2>&1
      for set in old new; do
        LLVM_PROFILE_FILE="$d/$set.profraw" "$(binary "$t")" -runs=0 -rss_limit_mb=4096 -timeout=30 "$d/$set" \
          >> "fuzz/target/logs/$t.since.log" 2>&1
        "$llvm/llvm-profdata" merge -sparse "$d/$set.profraw" -o "$d/$set.profdata"
      done
      "$llvm/llvm-profdata" merge -sparse "$d/old.profdata" "$d/new.profdata" -o "$d/all.profdata"
      before=$(reached "$(binary "$t")" "$d/old.profdata" "$d/before.txt")
      after=$(reached "$(binary "$t")" "$d/all.profdata" "$d/after.txt")
      echo "$t: $(ls "$d/old" | wc -l) inputs reach $before; with the last $since minutes' $(ls "$d/new" | wc -l): $after"
      # The files whose coverage the recent finds changed.
      diff "$d/before.txt" "$d/after.txt" | awk '/^> / && $2 != "TOTAL" { print "  more of src/" $2 }' || true
    done
    exit 0
  fi
  objects=() profiles=()
  for t in "${@:-${TARGETS[@]}}"; do
    cargo +nightly fuzz coverage -a "$t" "fuzz/corpus/$t" > "fuzz/target/logs/$t.coverage.log" 2>&1
    objects+=(-object "$(binary "$t")") profiles+=("fuzz/coverage/$t/coverage.profdata")
  done
  "$llvm/llvm-profdata" merge -sparse "${profiles[@]}" -o fuzz/coverage/all.profdata
  "$llvm/llvm-cov" report "${objects[@]}" -instr-profile=fuzz/coverage/all.profdata \
    --ignore-filename-regex="$ignore" > fuzz/coverage/report.txt
  # Regions (columns 2, 3) and lines (8, 9), reached, summed per module of src/.
  awk 'NR > 2 && $1 != "TOTAL" && $8 ~ /^[0-9]+$/ {
         m = $1; sub(/\/.*/, "", m); sub(/\.rs$/, "", m)
         r[m] += $2; rm[m] += $3; l[m] += $8; lm[m] += $9; R += $2; RM += $3; L += $8; LM += $9 }
       END { print "| module | regions | reached | lines | reached |"; print "| --- | ---: | ---: | ---: | ---: |"
             for (m in l) printf "| %s | %d | %.1f %% | %d | %.1f %% |\n", m, r[m], 100 * (r[m] - rm[m]) / r[m], l[m], 100 * (l[m] - lm[m]) / l[m] | "sort"
             close("sort"); printf "| **all** | **%d** | **%.1f %%** | **%d** | **%.1f %%** |\n", R, 100 * (R - RM) / R, L, 100 * (L - LM) / L }' fuzz/coverage/report.txt
  exit 0
fi

# One run of target $1 for $2 seconds, reading the committed corpus, the seeds
# and earlier finds, with the target's dictionary from fuzz/seed.py (the forms'
# keys, enum values, pointers, operators); its log goes to fuzz/target/logs/$1.log.
run_target() {
  local t=$1 secs=$2 dict=()
  mkdir -p "$work/$t" "$seeds/$t" "fuzz/corpus/$t"  # a new target has no committed corpus yet
  [ -f "$seeds/$t.dict" ] && dict=(-dict="$seeds/$t.dict")
  cargo +nightly fuzz run "${FLAGS[@]}" -j 1 "$t" "$work/$t" "fuzz/corpus/$t" "$seeds/$t" -- \
    -max_total_time="$secs" "${dict[@]}" "${LIBFUZZER[@]}" > "fuzz/target/logs/$t.log" 2>&1
}

# One number of a libFuzzer status line: `status_num cov "$line"` (also ft, corp).
status_num() { sed -nE "s/.* $1: ([0-9]+).*/\\1/p" <<<"$2"; }
# "cov" (coverage edges) of the run's first ("INITED") and last status lines.
cov_at() { status_num cov "$({ grep -E "^#[0-9]+.*$1" "$2" || true; } | tail -1)"; }

make_seeds() {
  seeds="$work/seeds"
  rm -rf "$seeds"
  python3 fuzz/seed.py "$seeds"
  cargo +nightly fuzz build "${FLAGS[@]}"
}

if [ "${1:-}" = plateau ]; then
  # Coverage plateau: run a target as one process for at most MAX minutes, read
  # its log every QUIET minutes, and stop it once a whole window of QUIET
  # minutes added no coverage edge. One process, not a restart per window: a
  # restart re-runs everything found so far (4 minutes for rulesets' 120 000
  # finds in session 5), and its start reads a few edges low. Each window is a
  # line of fuzz/target/logs/plateau.tsv (target, window, seconds, executions
  # so far, cov at the window's start and end, ft, corpus); the first window
  # starts once the corpus is loaded (libFuzzer's INITED line).
  quiet=${2:?minutes per window}; max=${3:?minutes at most}; shift 3
  make_seeds
  set -m  # each run in its own process group, so the window check can stop it
  for t in "${@:-${TARGETS[@]}}"; do
    log="fuzz/target/logs/$t.log"
    rm -f "$log"
    run_target "$t" $((max * 60)) &
    pid=$!
    until grep -q INITED "$log" 2>/dev/null || ! kill -0 "$pid" 2>/dev/null; do sleep 5; done
    start=$(date +%s); window=0; from=$(cov_at INITED "$log")
    while sleep $((quiet * 60)); do
      if ! kill -0 "$pid" 2>/dev/null; then
        if wait "$pid"; then echo "::: $t still growing after $max minutes"; break; fi
        echo "::: $t FAILED: see $log and fuzz/artifacts/$t/"
        exit 1
      fi
      window=$((window + 1))
      last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
      runs=$(sed -nE 's/^#([0-9]+).*/\1/p' <<<"$last")
      to=$(status_num cov "$last"); ft=$(status_num ft "$last"); corp=$(status_num corp "$last")
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$t" "$window" $(($(date +%s) - start)) "$runs" "$from" "$to" "$ft" "$corp" \
        | tee -a fuzz/target/logs/plateau.tsv
      if [ "${to:-0}" -le "${from:-0}" ]; then
        kill -INT -- "-$pid" 2>/dev/null || true
        wait "$pid" || true
        echo "::: $t plateaued: window $window added no edge"
        break
      fi
      from=$to
    done
  done
  exit 0
fi

seconds=30
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then seconds=$1; shift; fi
selected=("${@:-${TARGETS[@]}}")

make_seeds
status=0
for t in "${selected[@]}"; do
  echo "::: $t for ${seconds}s"
  if ! run_target "$t" "$seconds"; then
    status=1
    echo "::: $t FAILED: see fuzz/target/logs/$t.log and fuzz/artifacts/$t/"
    grep -E "panicked|ERROR|SUMMARY" "fuzz/target/logs/$t.log" | head -5
  fi
done

echo
printf '%-12s %12s %10s %8s %8s %8s\n' target executions exec/s cov ft corpus
for t in "${selected[@]}"; do
  log="fuzz/target/logs/$t.log"
  last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
  runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo "?")
  rate=$(grep -Eo 'stat::average_exec_per_sec: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo "?")
  cov=$(status_num cov "$last"); ft=$(status_num ft "$last"); corp=$(status_num corp "$last")
  printf '%-12s %12s %10s %8s %8s %8s\n' "$t" "$runs" "$rate" "${cov:-?}" "${ft:-?}" "${corp:-?}"
done

echo
echo "== linear work, timed (a catch-all; the counted checks run in every cargo test; timing ratios are best on a quiet machine)"
cargo test --release --test hostile_time -- --ignored || status=1
exit $status
