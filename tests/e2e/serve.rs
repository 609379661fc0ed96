//! `charter serve`: a real server on a free port of 127.0.0.1.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::harness::{BIN, Site};

/// A running `charter serve`, stopped on drop.
pub(crate) struct Server {
    child: Child,
    port: u16,
}

impl Server {
    pub(crate) fn start(site: &Site) -> Server {
        Server::start_with(site, Command::new(BIN))
    }

    /// `charter serve` allowed at most `files` open file descriptors.
    pub(crate) fn start_with_fd_limit(site: &Site, files: u32) -> Server {
        let mut sh = Command::new("sh");
        sh.args([
            "-c",
            &format!("ulimit -n {files} && exec \"$0\" \"$@\""),
            BIN,
        ]);
        Server::start_with(site, sh)
    }

    fn start_with(site: &Site, mut command: Command) -> Server {
        let mut child = command
            .args(["serve", "--port", "0"])
            .current_dir(site.path())
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            // Nobody reads it; a full pipe would block the server.
            .stderr(Stdio::null())
            .spawn()
            .expect("start charter serve");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let port = line
            .trim()
            .strip_prefix("Serving http://127.0.0.1:")
            .and_then(|r| r.trim_end_matches('/').parse().ok())
            .unwrap_or_else(|| panic!("unexpected first line: {line:?}"));
        Server { child, port }
    }

    /// The server's process id.
    pub(crate) fn pid(&self) -> u32 {
        self.child.id()
    }

    /// (status, body) of a GET with the path sent exactly as given.
    pub(crate) fn get(&self, path: &str) -> (u16, String) {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        let status = response
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let body = response
            .split_once("\r\n\r\n")
            .map_or("", |(_, b)| b)
            .to_string();
        (status, body)
    }

    pub(crate) fn port(&self) -> u16 {
        self.port
    }

    pub(crate) fn status(&self) -> serde_json::Value {
        serde_json::from_str(&self.get("/__charter/status").1).unwrap()
    }

    /// Polls until `check` holds on the page at `path`, or panics after `limit`.
    pub(crate) fn wait_for(
        &self,
        path: &str,
        limit: Duration,
        check: impl Fn(u16, &str) -> bool,
    ) -> Duration {
        let started = Instant::now();
        loop {
            let (status, body) = self.get(path);
            if check(status, &body) {
                return started.elapsed();
            }
            assert!(
                started.elapsed() < limit,
                "{path} did not change within {limit:?}:\n{body}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Reads one server-sent event's data line from an open stream.
fn next_event(reader: &mut BufReader<TcpStream>) -> String {
    let mut line = String::new();
    loop {
        line.clear();
        if reader.read_line(&mut line).unwrap() == 0 {
            panic!("event stream closed");
        }
        if let Some(data) = line.trim().strip_prefix("data: ") {
            return data.to_string();
        }
    }
}

#[test]
fn an_edit_is_served_within_two_seconds_without_a_full_rebuild() {
    let site = Site::example();
    let server = Server::start(&site);
    let (status, body) = server.get("/privacy/");
    assert_eq!(status, 200);
    assert!(body.contains("<h1>Privacy Policy</h1>"));
    assert!(
        body.contains("new EventSource(\"/__charter/events\")"),
        "live reload script injected"
    );
    assert_eq!(server.status()["kind"], "full");

    let mut events = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    write!(
        events,
        "GET /__charter/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
    )
    .unwrap();
    events
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let mut events = BufReader::new(events);
    let first = next_event(&mut events);

    site.edit(
        "content/privacy.md",
        "Our privacy policy governs",
        "This privacy policy governs",
    );
    let took = server.wait_for("/privacy/", Duration::from_secs(2), |s, b| {
        s == 200 && b.contains("This privacy policy governs")
    });
    assert!(took < Duration::from_secs(2));
    let second = next_event(&mut events);
    assert_ne!(first, second, "a live-reload event is sent");

    let status = server.status();
    assert_eq!(status["kind"], "incremental", "{status}");
    assert_eq!(status["changed"], "content/privacy.md");
    let pages: Vec<&str> = status["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    assert!(
        pages.contains(&"privacy/index.html") && pages.contains(&"de/privacy/index.html"),
        "{pages:?}"
    );
    assert!(
        !pages.contains(&"terms/index.html"),
        "unrelated pages are not rebuilt: {pages:?}"
    );
}

#[test]
fn broken_yaml_shows_an_error_page_and_the_server_recovers() {
    let site = Site::example();
    let server = Server::start(&site);
    site.edit(
        "content/privacy.md",
        "kind: privacy-policy",
        "kind: [privacy",
    );
    server.wait_for("/privacy/", Duration::from_secs(2), |s, b| {
        s == 500 && b.contains("content/privacy.md:4:7")
    });
    let (_, body) = server.get("/de/privacy/");
    assert!(body.contains("The site cannot be built"));
    site.edit(
        "content/privacy.md",
        "kind: [privacy",
        "kind: privacy-policy",
    );
    server.wait_for("/privacy/", Duration::from_secs(2), |s, b| {
        s == 200 && b.contains("<h1>Privacy Policy</h1>")
    });
}

#[test]
fn findings_appear_in_the_page() {
    let site = Site::example();
    let server = Server::start(&site);
    site.edit(
        "content/privacy.md",
        "updated: 2025-05-02",
        "updated: 2025-05-20",
    );
    let (_, body) = {
        server.wait_for("/privacy/", Duration::from_secs(2), |_, b| {
            b.contains("id=\"charter-findings\"")
        });
        server.get("/privacy/")
    };
    assert!(body.contains("dates.effective-delay"), "{body}");
    assert!(body.contains(">Dismiss</button>"));
    // Other pages list no findings (their panel has only the evidence).
    assert!(!server.get("/terms/").1.contains("id=\"charter-findings\""));
}

#[test]
fn path_traversal_gets_404() {
    let site = Site::example();
    std::fs::write(site.path().join("secret.txt"), "secret").unwrap();
    let server = Server::start(&site);
    for path in [
        "/../../etc/passwd",
        "/../site.toml",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E%2Fsite.toml",
        "/..%2f..%2fetc%2fpasswd",
        "/de/..%5c..%5csecret.txt",
        "/secret.txt",
        "/content/privacy.md",
    ] {
        let (status, body) = server.get(path);
        assert_eq!(status, 404, "{path}");
        assert!(
            !body.contains("root:") && !body.contains("secret"),
            "{path}"
        );
    }
    // Folders redirect to their page, and there are no listings.
    let (status, _) = server.get("/de");
    assert_eq!(status, 301);
    let (status, body) = server.get("/charter.css");
    assert_eq!(status, 200);
    assert!(body.contains("{"));
}

#[test]
fn a_taken_port_is_a_clear_error() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port().to_string();
    let site = Site::example();
    let run = site.run(&["serve", "--port", &port]);
    run.expect(2);
    assert!(
        run.stderr
            .contains(&format!("cannot listen on 127.0.0.1:{port}")),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("try --port"), "{}", run.stderr);
}

#[test]
fn build_output_never_contains_the_reload_script() {
    let site = Site::example();
    site.run(&["build"]).expect(0);
    for (path, bytes) in site.tree("public") {
        assert!(
            !String::from_utf8_lossy(&bytes).contains("__charter"),
            "{path}"
        );
    }
}

#[test]
fn a_theme_created_while_serving_is_watched() {
    let tmp = Site::empty();
    tmp.run(&["init", "site"]).expect(0);
    let site = Site {
        dir: tempfile::tempdir().unwrap(),
    };
    crate::harness::copy_tree(&tmp.path().join("site"), site.path());
    let server = Server::start(&site);
    let template =
        std::fs::read_to_string(crate::harness::repo().join("themes/default/templates/page.html"))
            .unwrap();
    site.write(
        "themes/default/templates/page.html",
        template.replace(
            "<article class=\"document\">",
            "<article class=\"document\" data-x=\"one\">",
        ),
    );
    server.wait_for("/privacy/", Duration::from_secs(3), |_, b| {
        b.contains("data-x=\"one\"")
    });
    site.edit(
        "themes/default/templates/page.html",
        "data-x=\"one\"",
        "data-x=\"two\"",
    );
    server.wait_for("/privacy/", Duration::from_secs(3), |_, b| {
        b.contains("data-x=\"two\"")
    });
    assert_eq!(
        server.status()["kind"],
        "full",
        "a template change rebuilds everything"
    );
}

/// One row of the overlay's evidence table.
#[derive(Debug)]
struct EvidenceRow {
    rule: String,
    status: String,
    /// The link to the section the statement is in, for met requirements.
    href: Option<String>,
    place: String,
    statement: String,
}

/// The summary and rows of the evidence section of a served page, if any.
fn evidence(body: &str) -> Option<(String, Vec<EvidenceRow>)> {
    let doc = scraper::Html::parse_document(body);
    let sel = |s: &str| scraper::Selector::parse(s).unwrap();
    let details = doc
        .select(&sel("aside#charter-overlay details#charter-evidence"))
        .next()?;
    let text = |e: scraper::ElementRef| e.text().collect::<String>().trim().to_string();
    let summary = text(details.select(&sel("summary")).next()?);
    let rows = details
        .select(&sel("tbody tr"))
        .map(|tr| {
            let cells: Vec<_> = tr.select(&sel("th, td")).collect();
            assert_eq!(cells.len(), 4, "{}", tr.html());
            EvidenceRow {
                rule: text(cells[0]),
                status: text(cells[1]),
                href: cells[2]
                    .select(&sel("a"))
                    .next()
                    .and_then(|a| a.value().attr("href"))
                    .map(str::to_string),
                place: text(cells[2]),
                statement: text(cells[3]),
            }
        })
        .collect();
    Some((summary, rows))
}

#[test]
fn the_overlay_shows_the_evidence_matrix_and_follows_edits_but_builds_never_have_it() {
    let site = Site::example();
    // The built site has no overlay, no evidence, no script of `serve`.
    site.run(&["build"]).expect(0);
    for (path, bytes) in site.tree("public") {
        let text = String::from_utf8_lossy(&bytes);
        for served_only in ["charter-overlay", "charter-evidence", "Evidence:"] {
            assert!(!text.contains(served_only), "{path} has {served_only}");
        }
    }

    let server = Server::start(&site);
    let (status, body) = server.get("/privacy/");
    assert_eq!(status, 200);
    let (summary, rows) = evidence(&body).expect("an evidence section");
    assert!(
        summary.starts_with("Evidence: ") && summary.ends_with(" requirements met, 0 findings"),
        "{summary}"
    );
    let access = rows
        .iter()
        .find(|r| r.rule == "gdpr.rights.access")
        .expect("gdpr.rights.access applies");
    assert_eq!(access.status, "Met", "{access:?}");
    assert!(access.statement.contains("right to access"), "{access:?}");
    assert!(
        access.place.starts_with("content/privacy.md:"),
        "{access:?}"
    );
    // The link leads to a heading of the page.
    let href = access.href.as_deref().expect("a link to the section");
    let id = href.strip_prefix('#').expect("an anchor on the page");
    assert!(
        body.contains(&format!("id=\"{id}\"")),
        "no {href} on the page"
    );
    let met = rows.iter().filter(|r| r.status == "Met").count();
    assert!(summary.contains(&format!("Evidence: {met} requirements met")));
    // No findings on this page: the panel says so, and lists none.
    assert!(body.contains("Charter found no problems on this page."));
    assert!(!body.contains("id=\"charter-findings\""));
    // The Arabic translation says why the rules that cannot read it were not checked.
    let (_, ar) = evidence(&server.get("/ar/privacy/").1).expect("evidence in Arabic");
    let complaint = ar
        .iter()
        .find(|r| r.rule == "gdpr.rights.complaint")
        .unwrap();
    assert_eq!(complaint.status, "Not checked");
    assert_eq!(complaint.statement, "the rule cannot read `ar`");

    // An edit that breaks a rule: the incremental rebuild re-lints, and the
    // finding replaces the row's former status.
    site.edit(
        "content/privacy.md",
        "updated: 2025-05-02",
        "updated: 2025-05-20",
    );
    server.wait_for("/privacy/", Duration::from_secs(5), |_, b| {
        b.contains("id=\"charter-findings\"")
    });
    assert_eq!(server.status()["kind"], "incremental");
    let (summary, rows) = evidence(&server.get("/privacy/").1).unwrap();
    assert!(
        summary.ends_with(" requirements met, 1 finding"),
        "{summary}"
    );
    let delay = rows
        .iter()
        .find(|r| r.rule == "dates.effective-delay")
        .unwrap();
    assert_eq!(delay.status, "Finding", "{delay:?}");
    assert!(delay.place.starts_with("content/privacy.md:"), "{delay:?}");
    assert!(delay.statement.contains("notice period"), "{delay:?}");
    assert_eq!(
        rows.iter()
            .find(|r| r.rule == "gdpr.rights.access")
            .unwrap()
            .status,
        "Met"
    );
}
