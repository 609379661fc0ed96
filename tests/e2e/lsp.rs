//! `charter lsp` driven over stdio as an editor drives it: initialize,
//! open, change, hover, code actions (each applied, and its finding gone
//! from the next diagnostics), shutdown, exit. Every wait has a timeout, so
//! a server that hangs fails the test instead of blocking the suite.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::harness::{Site, charter};

/// Long enough for a cold debug binary on a busy two-core machine.
const TIMEOUT: Duration = Duration::from_secs(30);

const SITE_TOML: &str = "title = \"Test\"\nbase_url = \"https://legal.example.com\"\ndefault_language = \"en\"\nlanguages = [\"en\", \"de\"]\n\n[lint]\njurisdictions = [\"gdpr\"]\n\n[lint.rules]\n\"gdpr.rights.complaintt\" = \"warning\"\n";

const ORIGINAL: &str = "---
title: Sub-processors
description: Who processes data for us.
kind: subprocessors
updated: 2025-05-02
effective: 2025-06-01
version: \"1.0\"
subprocessors:
  - name: Cloudflare
    purpose: Content delivery
    location: Global
---

# Sub-processors

<!-- charter-disable-next-line subprocessors.undeclared: Hetzner only rents us the rack -->
Our servers run at Hetzner, behind Cloudflare.

Our café 😀 pays with Stripe.
";

const TRANSLATION: &str = "---
title: Unterauftragsverarbeiter
description: Wer für uns Daten verarbeitet.
kind: subprocessors
updated: 2025-05-02
effective: 2025-06-01
version: \"1.0\"
translation_of: \"0123456789ab\"
subprocessors:
  - name: Cloudflare
    purpose: Auslieferung
    location: Weltweit
---

# Unterauftragsverarbeiter

<!-- charter-disable subprocessors.undeclared: the German page names no one new -->
Unsere Server stehen bei Hetzner, hinter Cloudflare.

Unser Café 😀 zahlt mit Stripe.
";

/// A `charter lsp` process and what it has sent.
struct Server {
    child: Child,
    stdin: ChildStdin,
    messages: Receiver<Value>,
    /// Received and not yet asked for, in order.
    pending: VecDeque<Value>,
    next_id: i64,
}

impl Drop for Server {
    fn drop(&mut self) {
        // A test that failed half-way leaves no server behind.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn start(site: &Site) -> Server {
        let mut child = charter(&["lsp"], site.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start charter lsp");
        let stdin = child.stdin.take().expect("stdin");
        let stdout = child.stdout.take().expect("stdout");
        let (send, messages) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let mut length = None;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(n) = line.strip_prefix("Content-Length: ") {
                        length = n.parse::<usize>().ok();
                    }
                }
                let mut body = vec![0; length.expect("Content-Length")];
                if reader.read_exact(&mut body).is_err() {
                    return;
                }
                let value: Value = serde_json::from_slice(&body).expect("JSON message");
                if send.send(value).is_err() {
                    return;
                }
            }
        });
        Server {
            child,
            stdin,
            messages,
            pending: VecDeque::new(),
            next_id: 0,
        }
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("write");
        self.stdin.flush().expect("flush");
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and waits for its response.
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        let response = self.take(|m| m["id"] == id, &format!("the response to {method}"));
        assert!(response.get("error").is_none(), "{method}: {response}");
        response["result"].clone()
    }

    /// The first message, received or still to come, that `wanted` accepts;
    /// the others stay for later questions.
    fn take(&mut self, wanted: impl Fn(&Value) -> bool, what: &str) -> Value {
        if let Some(i) = self.pending.iter().position(&wanted) {
            return self.pending.remove(i).expect("position in the queue");
        }
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let m = match self
                .messages
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            {
                Ok(m) => m,
                Err(RecvTimeoutError::Timeout) => panic!("no {what} within {TIMEOUT:?}"),
                Err(RecvTimeoutError::Disconnected) => panic!("the server ended before {what}"),
            };
            if wanted(&m) {
                return m;
            }
            self.pending.push_back(m);
        }
    }

    /// The next diagnostics published for `uri`, as (rule, range) pairs,
    /// the range as [start line, start character, end line, end character].
    fn diagnostics(&mut self, uri: &str) -> Vec<(String, [u64; 4])> {
        let m = self.take(
            |m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri,
            &format!("diagnostics for {uri}"),
        );
        let list = m["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        list.iter()
            .map(|d| {
                (
                    d["code"].as_str().unwrap_or("").to_string(),
                    range(&d["range"]),
                )
            })
            .collect()
    }
}

fn range(r: &Value) -> [u64; 4] {
    let n = |v: &Value| v.as_u64().expect("a position number");
    [
        n(&r["start"]["line"]),
        n(&r["start"]["character"]),
        n(&r["end"]["line"]),
        n(&r["end"]["character"]),
    ]
}

/// The byte offset of an LSP position (character in UTF-16 units) in `text`.
fn offset(text: &str, line: u64, character: u64) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line as usize)
        .map(str::len)
        .sum();
    let mut units = 0;
    for (i, c) in text[start..].char_indices() {
        if units >= character || c == '\n' {
            return start + i;
        }
        units += c.len_utf16() as u64;
    }
    text.len()
}

/// `text` with the workspace edit's changes to `uri` made, as an editor
/// makes them.
fn apply(text: &str, edit: &Value, uri: &str) -> String {
    let mut edits: Vec<(usize, usize, String)> = edit["changes"][uri]
        .as_array()
        .expect("edits of the document")
        .iter()
        .map(|e| {
            let r = range(&e["range"]);
            (
                offset(text, r[0], r[1]),
                offset(text, r[2], r[3]),
                e["newText"].as_str().expect("newText").to_string(),
            )
        })
        .collect();
    // From the end, so that earlier offsets stay valid.
    edits.sort_by_key(|e| std::cmp::Reverse(e.0));
    let mut out = text.to_string();
    for (start, end, new) in edits {
        out.replace_range(start..end, &new);
    }
    out
}

fn rules(diagnostics: &[(String, [u64; 4])]) -> Vec<String> {
    diagnostics.iter().map(|(rule, _)| rule.clone()).collect()
}

fn diag(rule: &str, range: [u64; 4]) -> (String, [u64; 4]) {
    (rule.to_string(), range)
}

/// The code action titled starting with `title` for the range `r`.
fn action(server: &mut Server, uri: &str, r: [u64; 4], title: &str) -> Value {
    let actions = server.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": uri},
            "range": {"start": {"line": r[0], "character": r[1]}, "end": {"line": r[2], "character": r[3]}},
            "context": {"diagnostics": []},
        }),
    );
    let actions = actions.as_array().cloned().unwrap_or_default();
    actions
        .iter()
        .find(|a| a["title"].as_str().is_some_and(|t| t.starts_with(title)))
        .unwrap_or_else(|| panic!("no action {title:?} among {actions:#?}"))
        .clone()
}

fn change(server: &mut Server, uri: &str, version: i32, text: &str) {
    server.notify(
        "textDocument/didChange",
        json!({
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"text": text}],
        }),
    );
}

fn hover(server: &mut Server, uri: &str, line: u64, character: u64) -> String {
    let h = server.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}),
    );
    h["contents"]["value"]
        .as_str()
        .unwrap_or_else(|| panic!("no hover text at {line}:{character}: {h}"))
        .to_string()
}

#[test]
fn lsp_session_diagnostics_hover_and_each_quick_fix() {
    let site = Site::empty();
    site.write("site.toml", SITE_TOML);
    site.write("content/privacy.md", ORIGINAL);
    site.write("content/privacy.de.md", TRANSLATION);
    let root = site.path().display().to_string();
    let en = format!("file://{root}/content/privacy.md");
    let de = format!("file://{root}/content/privacy.de.md");
    let mut server = Server::start(&site);

    let init = server.request(
        "initialize",
        json!({"processId": null, "rootUri": format!("file://{root}"), "capabilities": {}}),
    );
    assert_eq!(init["capabilities"]["hoverProvider"], true, "{init}");
    assert_eq!(
        init["capabilities"]["textDocumentSync"]["change"], 1,
        "{init}"
    );
    server.notify("initialized", json!({}));

    // Opening the original lints its translation group: the translation's
    // findings depend on the original's text.
    server.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": en, "languageId": "markdown", "version": 1, "text": ORIGINAL}}),
    );
    // Stripe is at character 22 in UTF-16 units ("😀" counts two), not
    // 21 characters or 26 bytes.
    let stripe = [18, 22, 18, 28];
    assert_eq!(
        server.diagnostics(&en),
        vec![diag("subprocessors.undeclared", stripe)]
    );
    let stale = [7, 16, 7, 30];
    assert_eq!(
        server.diagnostics(&de),
        vec![diag("i18n.stale-translation", stale)]
    );
    // Findings about site.toml rather than a document go to site.toml.
    let site_toml = format!("file://{root}/site.toml");
    assert_eq!(
        server.diagnostics(&site_toml),
        vec![diag("lint.unknown-rule", [9, 0, 9, 24])]
    );
    server.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": de, "languageId": "markdown", "version": 1, "text": TRANSLATION}}),
    );
    server.diagnostics(&en);
    assert_eq!(
        server.diagnostics(&de),
        vec![diag("i18n.stale-translation", stale)]
    );

    // Hover on a rule id in a suppression comment, and on a finding: the
    // `charter explain` text with its legal reference.
    let explained = hover(&mut server, &en, 15, 40);
    assert!(
        explained.starts_with("subprocessors.undeclared (error, pack core)"),
        "{explained}"
    );
    assert!(explained.contains("Art. 28(2)"), "{explained}");
    let on_finding = hover(&mut server, &en, 18, 24);
    assert!(
        on_finding.starts_with("Stripe is named in the text but not declared as a sub-processor"),
        "{on_finding}"
    );
    assert!(on_finding.contains("Art. 28(2)"), "{on_finding}");
    let on_stale = hover(&mut server, &de, 7, 20);
    assert!(
        on_stale.contains("i18n.stale-translation (error"),
        "{on_stale}"
    );

    // An edit of the unsaved buffer: a second provider.
    let text = ORIGINAL.replace(
        "pays with Stripe.\n",
        "pays with Stripe.\n\nRefunds go through PayPal.\n",
    );
    change(&mut server, &en, 2, &text);
    let paypal = [20, 19, 20, 25];
    assert_eq!(
        server.diagnostics(&en),
        vec![
            diag("subprocessors.undeclared", stripe),
            diag("subprocessors.undeclared", paypal)
        ]
    );
    // The original changed: the translation's findings are published again.
    assert_eq!(
        server.diagnostics(&de),
        vec![diag("i18n.stale-translation", stale)]
    );

    // Quick fix 1: declare Stripe. Three lines join the front matter.
    let fix = action(&mut server, &en, stripe, "Declare Stripe in subprocessors:");
    assert_eq!(fix["kind"], "quickfix");
    assert_eq!(fix["diagnostics"][0]["code"], "subprocessors.undeclared");
    let text = apply(&text, &fix["edit"], &en);
    assert!(
        text.contains("  - name: Stripe\n    purpose: \"\"\n    location: \"\"\n---"),
        "{text}"
    );
    change(&mut server, &en, 3, &text);
    let paypal = [23, 19, 23, 25];
    assert_eq!(
        server.diagnostics(&en),
        vec![diag("subprocessors.undeclared", paypal)]
    );
    // The translation now lacks Stripe too (i18n.version-mismatch).
    assert!(rules(&server.diagnostics(&de)).contains(&"i18n.stale-translation".to_string()));

    // Quick fix 2: suppress the PayPal finding, with a reason to write.
    let fix = action(
        &mut server,
        &en,
        paypal,
        "Suppress subprocessors.undeclared here",
    );
    let text = apply(&text, &fix["edit"], &en);
    assert!(
        text.contains("<!-- charter-disable-next-line subprocessors.undeclared: TODO: say why this does not apply -->\nRefunds go through PayPal."),
        "{text}"
    );
    change(&mut server, &en, 4, &text);
    assert_eq!(server.diagnostics(&en), vec![]);
    assert!(
        server
            .diagnostics(&de)
            .contains(&diag("i18n.stale-translation", stale))
    );

    // Quick fix 3: the translation records the original's current hash
    // (of the unsaved buffer, which is what the editor shows).
    let fix = action(
        &mut server,
        &de,
        stale,
        "Mark as translating the current content/privacy.md",
    );
    let translated = apply(TRANSLATION, &fix["edit"], &de);
    assert!(!translated.contains("0123456789ab"), "{translated}");
    change(&mut server, &de, 2, &translated);
    server.diagnostics(&en);
    let left = rules(&server.diagnostics(&de));
    assert!(
        !left.contains(&"i18n.stale-translation".to_string()),
        "{left:?}"
    );

    // Closing a document lints what is on disk again: the old hash.
    server.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": de}}),
    );
    assert!(
        server
            .diagnostics(&de)
            .contains(&diag("i18n.stale-translation", stale))
    );

    // Saving reads the site from disk again, with the open buffers.
    site.write("content/privacy.md", &text);
    server.notify("textDocument/didSave", json!({"textDocument": {"uri": en}}));
    assert_eq!(
        server.diagnostics(&site_toml),
        vec![diag("lint.unknown-rule", [9, 0, 9, 24])]
    );
    assert_eq!(server.diagnostics(&en), vec![]);

    assert_eq!(server.request("shutdown", Value::Null), Value::Null);
    server.notify("exit", Value::Null);
    let deadline = Instant::now() + TIMEOUT;
    loop {
        if let Some(status) = server.child.try_wait().expect("wait for charter lsp") {
            assert!(status.success(), "charter lsp exited with {status}");
            break;
        }
        assert!(
            Instant::now() < deadline,
            "charter lsp did not exit after `exit`"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A Markdown file outside any site is linted on its own, as `charter lint
/// FILE` lints it: the same rules, severities, ranges, messages and help.
#[test]
fn lsp_file_outside_a_site_gets_the_findings_of_charter_lint() {
    let dir = Site::empty();
    let text = "---\ntitle: Privacy\nkind: privacy-policy\n---\n\n# Privacy Policy\n\nWe collect your email address to send you our newsletter. Our servers run on AWS.\n\nContact us at privacy@example.com.\n";
    dir.write("privacy.md", text);
    let lint = dir.run(&["lint", "--format", "json", "privacy.md"]);
    let expected: Value = serde_json::from_str(&lint.stdout).expect("lint JSON");
    let expected = expected["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(!expected.is_empty(), "{}", lint.stdout);

    let root = dir.path().display().to_string();
    let uri = format!("file://{root}/privacy.md");
    let mut server = Server::start(&dir);
    server.request(
        "initialize",
        json!({"processId": null, "rootUri": format!("file://{root}"), "capabilities": {}}),
    );
    server.notify("initialized", json!({}));
    server.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}),
    );
    let published = server.take(
        |m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri,
        "diagnostics for the file",
    );
    let got = published["params"]["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(got.len(), expected.len(), "{got:#?}");
    for (lsp, cli) in got.iter().zip(&expected) {
        assert_eq!(lsp["code"], cli["rule"]);
        let severity = match cli["severity"].as_str() {
            Some("error") => 1,
            Some("warning") => 2,
            _ => 3,
        };
        assert_eq!(lsp["severity"], severity, "{lsp}");
        // ASCII text: the 1-based columns of `charter lint` are the
        // 0-based UTF-16 characters of LSP plus one.
        let at = |key: &str| cli[key].as_u64().expect("a number") - 1;
        assert_eq!(
            range(&lsp["range"]),
            [at("line"), at("column"), at("end_line"), at("end_column")],
            "{lsp}"
        );
        let message = lsp["message"].as_str().expect("message");
        assert!(
            message.starts_with(cli["message"].as_str().expect("message")),
            "{message}"
        );
        if let Some(help) = cli["help"].as_str() {
            assert!(message.ends_with(&format!("help: {help}")), "{message}");
        }
    }
    // Closing it clears its findings: outside a site, the file is known
    // only while it is open.
    server.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    let cleared = server.take(
        |m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri,
        "diagnostics after closing",
    );
    assert_eq!(cleared["params"]["diagnostics"], json!([]));
}
