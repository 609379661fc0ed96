#!/usr/bin/env python3
"""Time from an edit to its diagnostics in `charter lsp`.

Starts `charter lsp` on a site (default: the repository's example site),
opens a document, then N times sends a didChange with one sentence changed
and measures the wall time from sending it to the publishDiagnostics for
that document, as an editor would see it. The server waits DEBOUNCE_MS
after the last change before linting; that wait is subtracted, so the
figure is what the server spends (reading the message, parsing, linting
the document and its translations, sending the diagnostics). Also prints
the server's own timing of each lint, from its log on standard error.

Usage: bench/lsp.py [--site DIR] [--doc REL] [-n N] [--bin PATH]
Default binary: target/release/charter.
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEBOUNCE_MS = 150.0  # crate::lsp::DEBOUNCE


class Server:
    def __init__(self, binary, site):
        self.proc = subprocess.Popen(
            [binary, "lsp"],
            cwd=site,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.next_id = 0
        self.log = []
        threading.Thread(target=self._read_log, daemon=True).start()

    def _read_log(self):
        for line in self.proc.stderr:
            self.log.append(line.decode("utf-8", "replace").rstrip())

    def send(self, message):
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def read(self):
        length = None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise SystemExit("charter lsp ended: " + "\n".join(self.log[-5:]))
            line = line.strip()
            if not line:
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        return json.loads(self.proc.stdout.read(length))

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        while True:
            m = self.read()
            if m.get("id") == self.next_id:
                return m.get("result")

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def diagnostics(self, uri):
        while True:
            m = self.read()
            if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri:
                return m["params"]["diagnostics"]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--site", default=ROOT)
    p.add_argument("--doc", default="content/privacy.md")
    p.add_argument("-n", type=int, default=30)
    p.add_argument("--bin", default=os.path.join(ROOT, "target/release/charter"))
    args = p.parse_args()
    site = os.path.abspath(args.site)
    path = os.path.join(site, args.doc)
    uri = "file://" + path
    text = open(path, encoding="utf-8").read()

    server = Server(args.bin, site)
    server.request("initialize", {"processId": None, "rootUri": "file://" + site, "capabilities": {}})
    server.notify("initialized", {})
    t0 = time.perf_counter()
    server.notify("textDocument/didOpen", {
        "textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text},
    })
    first = server.diagnostics(uri)
    opened = (time.perf_counter() - t0) * 1000
    print(f"{args.doc}: opened in {opened:.0f} ms (site loaded, rules compiled), {len(first)} finding(s)")

    # One sentence changes each time: a word is added at the end of the
    # body, so the text (and the translations' stale hash) differ every time.
    times = []
    for i in range(args.n):
        edited = text.rstrip("\n") + f"\n\nEdit number {i} of this sentence.\n"
        t0 = time.perf_counter()
        server.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": i + 2},
            "contentChanges": [{"text": edited}],
        })
        last = server.diagnostics(uri)
        times.append((time.perf_counter() - t0) * 1000 - DEBOUNCE_MS)
    server.request("shutdown", None)
    server.notify("exit", None)
    server.proc.wait(timeout=30)

    logged = [float(m.group(1)) for line in server.log
              if (m := re.search(r"\.md: \d+ finding\(s\) in \d+ file\(s\), ([\d.]+) ms", line))]
    # The first logged lint is the didOpen one (site loaded, rules compiled).
    logged = logged[1:]
    rules = sorted({d.get("code", "?") for d in last})
    print(f"after the last edit: {len(last)} finding(s) {', '.join(rules)}")
    print(f"didChange -> publishDiagnostics, minus the {DEBOUNCE_MS:.0f} ms debounce, {len(times)} edits:")
    print(f"  median {statistics.median(times):.1f} ms, min {min(times):.1f}, max {max(times):.1f}, "
          f"p90 {sorted(times)[int(len(times) * 0.9) - 1]:.1f}")
    if logged:
        print(f"server's own time per lint (parse + lint of the translation group): "
              f"median {statistics.median(logged):.1f} ms, min {min(logged):.1f}, max {max(logged):.1f}")


if __name__ == "__main__":
    sys.exit(main())
