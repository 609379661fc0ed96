#!/usr/bin/env bash
# The pre-commit hook end to end: `pre-commit try-repo` builds Charter from
# this repository (language: rust) and runs it on a throwaway legal
# repository, first with a policy that lacks a required right (the hook must
# fail and name the rule), then with the right added (the hook must pass).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$repo/target/pre-commit"
mkdir -p "$work"

# pre-commit from PyPI, in a virtual environment of its own.
if [ ! -x "$work/venv/bin/pre-commit" ]; then
    python3 -m venv "$work/venv"
    "$work/venv/bin/pip" install --quiet --disable-pip-version-check 'pre-commit==4.3.0'
fi
export PATH="$work/venv/bin:$PATH"
export PRE_COMMIT_HOME="$work/home"
# The hook's `cargo install` reuses this repository's release build.
export CARGO_TARGET_DIR="$repo/target"

site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT
# The example legal centre: lint-clean as committed.
cp -r "$repo/site.toml" "$repo/content" "$site/"
cd "$site"
commit() {
    git -c user.name=ci -c user.email=ci@example.invalid add -A
    git -c user.name=ci -c user.email=ci@example.invalid commit --quiet -m "$1"
}
git init --quiet --initial-branch=main
commit "legal centre"

if ! out="$(pre-commit try-repo "$repo" charter-lint --all-files 2>&1)"; then
    echo "FAIL: the hook should pass on the clean example site" >&2
    echo "$out" >&2
    exit 1
fi
echo "ok: hook passes on the clean policies"

# Drop the right to lodge a complaint from the English privacy policy.
python3 - content/privacy.md <<'PY'
import sys
p = sys.argv[1]
lines = open(p, encoding="utf-8").read().split("\n")
kept = [l for l in lines if "lodge a complaint" not in l]
assert len(kept) == len(lines) - 1, "the example states the right on exactly one line"
open(p, "w", encoding="utf-8").write("\n".join(kept))
PY
commit "drop the right to complain"
set +e
out="$(pre-commit try-repo "$repo" charter-lint --all-files 2>&1)"
code=$?
set -e
if [ "$code" -eq 0 ] || ! grep -q "gdpr.rights.complaint" <<<"$out"; then
    echo "FAIL: the hook should fail and name gdpr.rights.complaint (exit $code)" >&2
    echo "$out" >&2
    exit 1
fi
echo "ok: hook fails on the policy without the right to complain"
