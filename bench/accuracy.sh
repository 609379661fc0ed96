#!/usr/bin/env bash
# Runs the accuracy harness (tests/accuracy/README.md): the mutation cases of
# the base policies and the development half of the real policies, and the
# test half too when CHARTER_ACCURACY_TEST_HALF=1 (milestones only; log the
# run in docs/accuracy.md). Prints where the report is and its head, and the
# failures if a test failed.
# Usage: bench/accuracy.sh [--debug]   (default: the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
profile=(--release)
[ "${1:-}" = --debug ] && profile=()
log=$(mktemp)
trap 'rm -f "$log"' EXIT
report="${CARGO_TARGET_DIR:-target}/accuracy/report.md"
rm -f "$report"
status=0
RUST_BACKTRACE=0 cargo test "${profile[@]}" --test accuracy -- --nocapture > "$log" 2>&1 || status=$?
if [ -f "$report" ]; then
  echo "report: $report"
  echo
  head -n 30 "$report"
  echo "…"
fi
if [ "$status" -ne 0 ]; then
  echo
  grep -A40 "panicked at" "$log" | grep -v '^note: run with' | head -n 80 || tail -n 40 "$log"
  exit "$status"
fi
