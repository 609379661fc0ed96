#!/usr/bin/env python3
"""Time from save to reload-ready in `charter serve`.

Starts `charter serve` on a copy of a site, changes one sentence of a document
(or a template) N times, and measures the wall time from the write to the
moment the server publishes the new version (the live-reload event), by
polling /__charter/status. Prints median and max per scenario.

Usage: bench/serve-reload.py [--site DIR] [--doc REL] [--template REL] [-n N]
Default site: the repository's example site. The binary is target/release/charter.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def status(port):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/__charter/status") as r:
        return json.load(r)


def wait_version(port, after, limit=120.0):
    start = time.perf_counter()
    while True:
        s = status(port)
        if s["version"] > after:
            return s
        if time.perf_counter() - start > limit:
            raise SystemExit("server did not rebuild in time")
        time.sleep(0.001)


def measure(port, path, edit, n):
    times, kinds = [], set()
    for i in range(n):
        before = status(port)["version"]
        text = open(path, encoding="utf-8").read()
        t0 = time.perf_counter()
        with open(path, "w", encoding="utf-8") as f:
            f.write(edit(text, i))
        s = wait_version(port, before)
        times.append((time.perf_counter() - t0) * 1000)
        kinds.add(s["kind"])
        time.sleep(0.1)
    return times, kinds


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--site", default=ROOT)
    ap.add_argument("--doc", default="content/privacy.md")
    ap.add_argument("--template", default="themes/default/templates/page.html")
    ap.add_argument("-n", type=int, default=10)
    args = ap.parse_args()
    binary = os.path.join(ROOT, "target", "release", "charter")
    work = tempfile.mkdtemp(prefix="charter-serve-bench-")
    try:
        for part in ("site.toml", "content", "themes", "rules"):
            src = os.path.join(args.site, part)
            if os.path.isdir(src):
                shutil.copytree(src, os.path.join(work, part))
            elif os.path.isfile(src):
                shutil.copy(src, work)
        template = os.path.join(work, args.template)
        if not os.path.exists(template):
            # Sites on the built-in theme: give them a copy of the template to edit.
            os.makedirs(os.path.dirname(template), exist_ok=True)
            shutil.copy(os.path.join(ROOT, "themes/default/templates/page.html"), template)
        started = time.perf_counter()
        proc = subprocess.Popen([binary, "--quiet", "serve", "--port", "0"], cwd=work,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = proc.stdout.readline()
        port = int(line.strip().rstrip("/").rsplit(":", 1)[1])
        initial = status(port)
        print(f"initial build: {initial['pages']} pages in {initial['ms']:.0f} ms "
              f"(ready after {time.perf_counter() - started:.1f} s)")

        def doc_edit(text, i):
            marker = "<!-- bench -->"
            base = text.split("\n" + marker)[0]
            return f"{base}\n{marker}\nBench sentence number {i}.\n"

        times, kinds = measure(port, os.path.join(work, args.doc), doc_edit, args.n)
        print(f"document change ({args.doc}): median {statistics.median(times):.0f} ms, "
              f"max {max(times):.0f} ms, rebuild kinds {sorted(kinds)}")

        def template_edit(text, i):
            return text.split("\n{# bench")[0] + f"\n{{# bench {i} #}}\n"

        times, kinds = measure(port, template, template_edit, max(3, args.n // 3))
        print(f"template change ({args.template}): median {statistics.median(times):.0f} ms, "
              f"max {max(times):.0f} ms, rebuild kinds {sorted(kinds)}")
        proc.terminate()
        proc.wait()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
