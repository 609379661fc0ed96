#!/usr/bin/env bash
# Interleaved timing of `cargo test --all-targets` (issue #21, BENCHMARKS.md
# "Test suite time"): the suite of BASE (a commit, default 9a9ee46, the
# baseline of the issue) against the working tree, both compiled first, then
# run before, after, before, after, … RUNS times each.
#
#   bench/test-time.sh [BASE] [RUNS]
set -euo pipefail
base=${1:-9a9ee46}
runs=${2:-3}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/before"
git -C "$repo" archive "$base" | tar -x -C "$work/before"
for dir in "$work/before" "$repo"; do
    (cd "$dir" && cargo test --all-targets --no-run -q 2>/dev/null)
done
for i in $(seq "$runs"); do
    for which in before after; do
        if [ "$which" = before ]; then dir=$work/before; else dir=$repo; fi
        out=$work/$which-$i.out
        load0=$(cut -d' ' -f1 /proc/loadavg)
        (cd "$dir" && /usr/bin/time -f "%e s wall, %U s user, %S s sys" \
            cargo test --all-targets >"$out" 2>&1)
        load1=$(cut -d' ' -f1 /proc/loadavg)
        binaries=$(grep 'test result' "$out" \
            | sed -E 's/.*ok. ([0-9]+) passed.*finished in ([0-9.]+s)/\1 tests \2/' | paste -sd ';')
        echo "$which $i (load $load0 -> $load1): $(tail -1 "$out") | $binaries"
    done
done
