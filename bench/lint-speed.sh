#!/usr/bin/env bash
# Compares two charter binaries' `charter lint`, interleaved (base, new, base,
# new, …) so that a shared machine's load falls on both alike: first that
# their JSON output is byte-identical, then wall time, CPU time (user +
# system, which the load hardly changes) and peak memory on
#   - the example site (this repository; hyperfine -N -w 3 -r 40),
#   - ../shared/corpus from an empty folder, default packs and every pack
#     (7 runs each),
#   - a generated site (3 runs), if GEN_SITE is given: a folder made by
#     `gen_corpus.py --format charter --docs 10000` whose site.toml got
#     `[lint] jurisdictions = ["gdpr", "uk-gdpr", "ccpa", "lgpd"]`.
# Prints medians (wall, MB/s, CPU) and the largest peak RSS per binary.
# Usage: bench/lint-speed.sh BASE_BIN NEW_BIN [GEN_SITE]
set -euo pipefail
cd "$(dirname "$0")/.."
base=$(realpath "$1") new=$(realpath "$2") gen=${3:+$(realpath "$3")}
corpus=$(realpath ../shared/corpus)
repo=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/empty"
every=(--jurisdiction gdpr --jurisdiction uk-gdpr --jurisdiction ccpa --jurisdiction lgpd)

# dir name runs [args...]: interleaved runs, one line per run in $work/name.
measure() {
  local dir=$1 name=$2 runs=$3; shift 3
  for _ in $(seq "$runs"); do
    for b in base new; do
      local bin=$base; [ $b = new ] && bin=$new
      (cd "$dir" && /usr/bin/time -f "$b %e %U %S %M" -a -o "$work/$name" \
        "$bin" lint --format json "$@" > /dev/null) || true
    done
  done
}

same() { # dir label [args...]
  local dir=$1 label=$2; shift 2
  (cd "$dir" && "$base" lint --format json "$@" > "$work/a.json") || true
  (cd "$dir" && "$new" lint --format json "$@" > "$work/b.json") || true
  if cmp -s "$work/a.json" "$work/b.json"; then echo "identical output: $label"
  else echo "OUTPUT DIFFERS: $label" >&2; exit 1; fi
}

same "$repo" "example site"
same "$work/empty" "corpus, default packs" "$corpus"
same "$work/empty" "corpus, every pack" "$corpus" "${every[@]}"
[ -n "$gen" ] && same "$gen" "generated site"

hyperfine -N -w 3 -r 40 --export-json "$work/site.json" \
  "$base lint --format json" "$new lint --format json" > /dev/null
measure "$repo" site-rss 3
measure "$work/empty" corpus-default 7 "$corpus"
measure "$work/empty" corpus-every 7 "$corpus" "${every[@]}"
[ -n "$gen" ] && measure "$gen" generated 3

bytes() { find "$1" -type f \( -name '*.md' -o -name '*.mdx' -o -name '*.markdown' -o -name '*.txt' -o ! -name '*.*' \) ! -path '*/.git/*' -print0 | xargs -0 cat | wc -c; }
corpus_bytes=$(bytes "$corpus")
gen_bytes=$([ -n "$gen" ] && bytes "$gen/content" || echo 0)

python3 - "$work" "$corpus_bytes" "$gen_bytes" <<'PY'
import json, os, statistics, sys
work, corpus_bytes, gen_bytes = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def rows(name):
    path = os.path.join(work, name)
    if not os.path.exists(path):
        return []
    return [l.split() for l in open(path) if l.split() and l.split()[0] in ("base", "new")]
site = json.load(open(os.path.join(work, "site.json")))["results"]
rss = rows("site-rss")
print("| measurement | base | new |")
print("| --- | ---: | ---: |")
cells = [f"{r['median'] * 1000:.0f} ms (fastest {r['min'] * 1000:.0f} ms)" for r in site]
print(f"| example site, hyperfine 40 runs: median wall | {cells[0]} | {cells[1]} |")
cells = [f"{(r['user'] + r['system']) * 1000:.0f} ms" for r in site]
print(f"| — mean CPU (user + system) | {cells[0]} | {cells[1]} |")
cells = [f"{max(int(x[4]) for x in rss if x[0] == b) / 1024:.0f} MiB" for b in ("base", "new")]
print(f"| — peak RSS | {cells[0]} | {cells[1]} |")
for name, label, size in [("corpus-default", "corpus, default packs", corpus_bytes),
                          ("corpus-every", "corpus, every pack", corpus_bytes),
                          ("generated", "generated site", gen_bytes)]:
    r = rows(name)
    if not r:
        continue
    out = {}
    for b in ("base", "new"):
        mine = [x for x in r if x[0] == b]
        wall = statistics.median(float(x[1]) for x in mine)
        cpu = statistics.median(float(x[2]) + float(x[3]) for x in mine)
        peak = max(int(x[4]) for x in mine) / 1024
        out[b] = (f"{wall:.2f} s ({size / 1e6 / wall:.1f} MB/s)", f"{cpu:.2f} s", f"{peak:.0f} MiB")
    n = len(r) // 2
    print(f"| {label}, {n} interleaved runs: median wall | {out['base'][0]} | {out['new'][0]} |")
    print(f"| — median CPU (user + system) | {out['base'][1]} | {out['new'][1]} |")
    print(f"| — peak RSS | {out['base'][2]} | {out['new'][2]} |")
PY
