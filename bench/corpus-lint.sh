#!/usr/bin/env bash
# Lints every file of ../shared/corpus (real published policies, about 725
# files kept outside the repository) and prints how many files, how long
# (median of 5 runs), MB/s, and findings per rule. A crash or an exit code
# other than 0 or 1 fails. `cargo test` lints only the small copied subset in
# tests/fixtures/corpus.
# Usage: bench/corpus-lint.sh [CORPUS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d "${1:-../shared/corpus}" ]; then
  echo "bench/corpus-lint.sh: no corpus at ${1:-../shared/corpus} (the shared corpus lives outside the repository, next to it); nothing was measured" >&2
  exit 2
fi
corpus=$(realpath "${1:-../shared/corpus}")
cargo build --release --quiet
bin=$(realpath target/release/charter)
out=$(mktemp)
# Run outside the repository: its site.toml would otherwise lend the corpus
# the example organisation's contact address.
away=$(mktemp -d)
trap 'rm -rf "$out" "$away"' EXIT

times=()
for _ in 1 2 3 4 5; do
  start=$(date +%s%N)
  set +e
  (cd "$away" && "$bin" lint --format json "$corpus") > "$out"
  code=$?
  set -e
  end=$(date +%s%N)
  [ "$code" -le 1 ] || { echo "charter lint exited $code" >&2; exit 1; }
  times+=("$(( (end - start) / 1000000 ))")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
bytes=$(find "$corpus" -type f \( -name '*.md' -o -name '*.mdx' -o -name '*.markdown' -o -name '*.txt' -o ! -name '*.*' \) -print0 | xargs -0 cat | wc -c)

python3 - "$out" "$median" "$bytes" <<'PY'
import collections, json, sys
report = json.load(open(sys.argv[1]))
median, size = int(sys.argv[2]) / 1000, int(sys.argv[3])
s = report["summary"]
print(f"files: {s['files']}  bytes: {size}  median wall time: {median:.3f} s  "
      f"throughput: {size / 1e6 / median:.1f} MB/s")
print(f"errors: {s['errors']}  warnings: {s['warnings']}  infos: {s['infos']}")
print()
print("| rule | severity | findings |")
print("| --- | --- | ---: |")
counts = collections.Counter((d["rule"], d["severity"]) for d in report["diagnostics"])
for (rule, sev), n in sorted(counts.items()):
    print(f"| {rule} | {sev} | {n} |")
PY
