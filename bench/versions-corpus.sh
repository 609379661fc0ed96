#!/usr/bin/env bash
# Builds the version archive of ../shared/corpus/history (every version of
# three real policies, 191 commits) and reports wall time and peak memory of
# `charter build` (GNU time -v), median wall time of 3 runs.
# The git repository is made with the git CLI, one commit per corpus version
# at its original committer date, the same way tests/e2e/versions.rs does.
# It fails unless every document's archive lists each version whose words
# differ from the one before, with one page per version. `cargo test` builds
# only the small copied subset in tests/fixtures/history.
# Usage: bench/versions-corpus.sh [HISTORY_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d "${1:-../shared/corpus/history}" ]; then
  echo "bench/versions-corpus.sh: no histories at ${1:-../shared/corpus/history} (the shared corpus lives outside the repository, next to it); nothing was measured" >&2
  exit 2
fi
history=$(realpath "${1:-../shared/corpus/history}")
# CHARTER_BIN=path/to/charter measures another build (e.g. target/debug/charter).
if [ -n "${CHARTER_BIN:-}" ]; then
  bin=$(realpath "$CHARTER_BIN")
else
  cargo build --release --quiet
  bin=$(realpath target/release/charter)
fi
site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT

python3 - "$history" "$site" <<'PY'
import csv, datetime, os, subprocess, sys
history, site = sys.argv[1], sys.argv[2]
env = dict(os.environ, GIT_CONFIG_NOSYSTEM="1", HOME=site,
           GIT_AUTHOR_NAME="Legal", GIT_AUTHOR_EMAIL="legal@example.com",
           GIT_COMMITTER_NAME="Legal", GIT_COMMITTER_EMAIL="legal@example.com")
def git(*args, date=None):
    e = dict(env)
    if date:
        e["GIT_AUTHOR_DATE"] = e["GIT_COMMITTER_DATE"] = date
    subprocess.run(["git", *args], cwd=site, env=e, check=True, stdout=subprocess.DEVNULL)
os.makedirs(f"{site}/content")
open(f"{site}/site.toml", "w").write('title = "History"\nbase_url = "https://example.com"\ndefault_language = "en"\n\n[languages.en]\nname = "English"\n')
open(f"{site}/.gitignore", "w").write("public/\n")
git("init", "-q", "-b", "main")
rows = []
expected = open(f"{site}/expected.txt", "w")
for name in sorted(os.listdir(history)):
    tsv = os.path.join(history, name, "versions.tsv")
    if not os.path.isfile(tsv):
        continue
    versions, last = 0, None
    for r in sorted(csv.DictReader(open(tsv), delimiter="\t"), key=lambda r: int(r["seq"])):
        rows.append((datetime.datetime.fromisoformat(r["commit_date"]), name, r["file"], r["commit_date"]))
        words = open(os.path.join(history, name, r["file"]), encoding="utf-8").read().split()
        versions += words != last
        last = words
    print(name, versions, file=expected)
expected.close()
rows.sort()
for _, name, file, date in rows:
    text = open(os.path.join(history, name, file), encoding="utf-8").read()
    open(f"{site}/content/{name}.md", "w", encoding="utf-8").write(
        f'---\ntitle: {name}\ndescription: Real history\nkind: other\neffective: 2014-01-01\nversion: "1"\n---\n\n{text}')
    git("add", "-A")
    git("commit", "-q", "--allow-empty", "-m", file, date=date)
print(f"{len(rows)} commits")
PY

times=()
for _ in 1 2 3; do
  /usr/bin/time -v "$bin" build --root "$site" --now 2026-11-01 --allow-lint-errors -q 2> "$site/time.txt" >/dev/null
  times+=("$(grep 'Elapsed (wall clock)' "$site/time.txt" | awk '{print $NF}')")
  grep 'Maximum resident set size' "$site/time.txt"
done
echo "wall times: ${times[*]}"
while read -r name versions; do
  listed=$(grep -o '<li>' "$site/public/$name/versions/index.html" | wc -l)
  pages=$(find "$site/public/$name/versions" -type f ! -path "$site/public/$name/versions/index.html" | wc -l)
  echo "$name: $versions versions, $listed listed, $pages pages"
  [ "$listed" -eq "$versions" ] && [ "$pages" -eq "$versions" ] || { echo "incomplete archive: $name" >&2; exit 1; }
done < "$site/expected.txt"
echo "pages: $(find "$site/public" -name index.html | wc -l)  versions pages: $(find "$site/public" -path '*/versions/*/index.html' | wc -l)"
