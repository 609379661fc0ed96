#!/usr/bin/env bash
# Start-up cost of two charter binaries on the example site (this
# repository), for issue #20/#23's small-site targets (lint under 30 ms,
# build under 40 ms). First checks that both give byte-identical
# `charter lint --format json` and `charter build` output, then, runs
# interleaved so that a shared machine's load falls on both alike:
#   - hyperfine -N -w 3 -r 40: `charter lint --format json`,
#   - hyperfine -N -w 3 -r 30: `charter build -o DIR`,
#   - instructions executed (valgrind's callgrind, if installed): the one
#     figure the machine's load does not change, user code only, all
#     threads together.
# Prints the load average before and after: wall times from a loaded
# machine say little, compare CPU and instructions then.
# Usage: bench/startup.sh BASE_BIN NEW_BIN
set -euo pipefail
cd "$(dirname "$0")/.."
base=$(realpath "$1") new=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

("$base" lint --format json > "$work/a.json") || true
("$new" lint --format json > "$work/b.json") || true
cmp -s "$work/a.json" "$work/b.json" || { echo "LINT OUTPUT DIFFERS" >&2; exit 1; }
"$base" build -o "$work/build-a" > /dev/null 2>&1
"$new" build -o "$work/build-b" > /dev/null 2>&1
diff -r "$work/build-a" "$work/build-b" > /dev/null || { echo "BUILD OUTPUT DIFFERS" >&2; exit 1; }
echo "identical output: lint --format json, build"

hyperfine -N -w 3 -r 40 --export-json "$work/lint.json" \
  "$base lint --format json" "$new lint --format json" > /dev/null
hyperfine -N -w 3 -r 30 --export-json "$work/build.json" \
  "$base build -o $work/out-a" "$new build -o $work/out-b" > /dev/null

instructions() { # bin args...: instructions of one run
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
if command -v valgrind > /dev/null; then
  {
    echo "lint $(instructions "$base" lint --format json) $(instructions "$new" lint --format json)"
    echo "build $(instructions "$base" build -o "$work/cg-a") $(instructions "$new" build -o "$work/cg-b")"
  } > "$work/instructions"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$work" <<'PY'
import json, os, sys
work = sys.argv[1]
print("| measurement | base | new |")
print("| --- | ---: | ---: |")
for name, label in [("lint", "example site lint"), ("build", "example site build")]:
    r = json.load(open(os.path.join(work, name + ".json")))["results"]
    cells = [f"{x['median'] * 1000:.1f} ms (fastest {x['min'] * 1000:.1f})" for x in r]
    print(f"| {label}, hyperfine: median wall | {cells[0]} | {cells[1]} |")
    cells = [f"{(x['user'] + x['system']) * 1000:.1f} ms" for x in r]
    print(f"| — mean CPU (user + system) | {cells[0]} | {cells[1]} |")
path = os.path.join(work, "instructions")
if os.path.exists(path):
    for line in open(path):
        name, a, b = line.split()
        a, b = int(a), int(b)
        print(f"| {name}: instructions (callgrind) | {a / 1e6:.0f} M | {b / 1e6:.0f} M ({(b - a) / a * 100:+.1f}%) |")
PY
