# Sourced by the test scripts (test-wasm.sh, test-tools.sh): `run NAME CMD...` runs
# one named check, goes on after a failure, and counts; `run_summary LABEL` prints
# the counts and fails when any check failed.
passed=0; failed=0
run() {
  local name=$1; shift
  echo "--- $name"
  if "$@"; then
    echo "--- $name: ok"; passed=$((passed + 1))
  else
    echo "--- $name: FAILED"; failed=$((failed + 1))
  fi
}
run_summary() {
  echo "$1: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
