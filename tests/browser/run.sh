#!/usr/bin/env bash
# The browser suite: builds the example site with the charter binary cargo
# built, and checks it in Debian's chromium (accessibility, language switcher,
# table of contents, print stylesheet, screenshots in target/browser-artifacts/),
# and `charter serve`'s evidence overlay on the example site.
# A missing browser is installed, or the run fails: it is never skipped.
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$SECONDS

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
# Arabic and other scripts in screenshots, rather than empty boxes.
[ -n "$(fc-list :lang=ar 2>/dev/null)" ] || need+=(fonts-noto-core)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
if [ ! -x /usr/bin/chromium ]; then
  echo "error: /usr/bin/chromium is missing and could not be installed" >&2
  exit 1
fi

(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
# The binary `cargo test` built (same features as the tests): no second build.
cargo test --no-run --quiet --test e2e
target/debug/charter --quiet build
SITE_DIR="$PWD/public" ARTIFACTS_DIR="$PWD/target/browser-artifacts" \
  CHARTER_BIN="$PWD/target/debug/charter" EXAMPLE_ROOT="$PWD" \
  node --test --test-reporter=spec tests/browser/suite.test.mjs
echo "Browser suite passed in $((SECONDS - started)) s; screenshots in target/browser-artifacts/"
