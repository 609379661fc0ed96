//! A site from an untrusted pull request: links and special files placed
//! where Charter reads or writes. Charter deletes only what it made, reads only
//! the site's own files, and never prints the contents of a file it refused.

use std::collections::BTreeMap;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::harness::{Run, Site, charter};

/// What a folder holds, links included (as their targets, never followed),
/// so "nothing outside the output changed" can be checked exactly.
fn snapshot(dir: &Path, skip: &[&str]) -> BTreeMap<String, String> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            !skip
                .iter()
                .any(|s| rel == *s || rel.starts_with(&format!("{s}/")))
        })
        .filter_map(Result::ok)
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let what = if e.path_is_symlink() {
                format!("link → {}", std::fs::read_link(e.path()).unwrap().display())
            } else if e.file_type().is_dir() {
                "folder".to_string()
            } else {
                let bytes = std::fs::read(e.path()).unwrap();
                format!("{} bytes, {:x}", bytes.len(), fnv(&bytes))
            };
            (rel, what)
        })
        .collect()
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100000001b3)
    })
}

/// A workspace with a new site in `s/` and neighbours beside it.
fn workspace() -> Site {
    let ws = Site::empty();
    ws.run(&["init", "s"]).expect(0);
    ws.write("sibling/notes.txt", "a neighbour's file");
    ws
}

fn in_site(ws: &Site, args: &[&str]) -> Run {
    ws.run_with(args, &ws.path().join("s"), &[])
}

/// Runs charter and kills it if it has not finished after `limit` (a FIFO
/// read would otherwise hang the test suite).
fn run_bounded(dir: &Path, args: &[&str], limit: Duration) -> Run {
    let mut child = charter(args, dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run charter");
    let start = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("charter {args:?} still running after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Run::from(child.wait_with_output().expect("output"))
}

#[test]
fn d1_a_link_named_like_a_leftover_build_is_left_alone() {
    let ws = workspace();
    symlink("..", ws.path().join("s/.public.charter-old-7")).unwrap();
    symlink("../sibling", ws.path().join("s/.public.charter-new-8")).unwrap();
    let before = snapshot(ws.path(), &["s/public"]);
    in_site(&ws, &["build"]).expect(0);
    assert_eq!(snapshot(ws.path(), &["s/public"]), before);
    assert!(ws.path().join("s/public/privacy/index.html").is_file());
    // And again, now that public/ exists and is Charter's.
    in_site(&ws, &["build"]).expect(0);
    assert_eq!(snapshot(ws.path(), &["s/public"]), before);
}

#[test]
fn d2_an_output_folder_that_is_a_link_is_refused() {
    let ws = workspace();
    ws.write("elsewhere/keep.html", "not Charter's");
    symlink("../elsewhere", ws.path().join("s/public")).unwrap();
    let before = snapshot(ws.path(), &[]);
    let run = in_site(&ws, &["build"]);
    run.expect(2);
    assert!(run.stderr.contains("output.symlink"), "{}", run.stderr);
    assert_eq!(snapshot(ws.path(), &[]), before);
}

#[test]
fn d3_a_folder_charter_did_not_make_is_never_replaced() {
    let ws = workspace();
    ws.write("elsewhere/keep.html", "not Charter's");
    let absolute = ws.path().join("elsewhere");
    for output_dir in ["../elsewhere".to_string(), absolute.display().to_string()] {
        ws.edit_config(&format!("output_dir = {output_dir:?}"));
        let before = snapshot(ws.path(), &[]);
        let run = in_site(&ws, &["build"]);
        run.expect(2);
        assert!(run.stderr.contains("output.not-charters"), "{}", run.stderr);
        assert!(run.stderr.contains(".charter-output"), "{}", run.stderr);
        assert_eq!(snapshot(ws.path(), &[]), before, "{output_dir}");
    }
    // A folder outside the site is fine once Charter made it.
    ws.edit_config("output_dir = \"../site-out\"");
    let before = snapshot(ws.path(), &["site-out"]);
    in_site(&ws, &["build"]).expect(0);
    in_site(&ws, &["build"]).expect(0);
    assert!(ws.path().join("site-out/.charter-output").is_file());
    assert_eq!(snapshot(ws.path(), &["site-out"]), before);
}

impl Site {
    /// Sets one top-level key of `s/site.toml` (before any table).
    fn edit_config(&self, line: &str) {
        let text = self.read("s/site.toml");
        let kept: String = text
            .lines()
            .filter(|l| !l.starts_with("output_dir"))
            .map(|l| format!("{l}\n"))
            .collect();
        self.write("s/site.toml", format!("{line}\n{kept}"));
    }
}

const SECRET: &str = "CHARTER_TEST_SECRET_7f3a91";

/// Every output format of `charter lint`, and `build`.
fn every_command() -> Vec<Vec<&'static str>> {
    let mut all: Vec<Vec<&str>> = ["human", "json", "sarif", "github", "gitlab"]
        .into_iter()
        .map(|f| vec!["lint", "--format", f])
        .collect();
    all.push(vec!["build"]);
    all.push(vec!["rules"]);
    all
}

fn assert_refused_without_leak(ws: &Site, file: &str) {
    for args in every_command() {
        let run = in_site(ws, &args);
        run.expect(2);
        assert!(
            run.stderr.contains("file.refused") || run.stdout.contains("file.refused"),
            "{args:?}\n{}\n{}",
            run.stdout,
            run.stderr
        );
        assert!(
            run.stderr.contains(file) || run.stdout.contains(file),
            "{args:?}: {}",
            run.stderr
        );
        assert!(
            !run.stdout.contains(SECRET) && !run.stderr.contains(SECRET),
            "{args:?} leaked the secret"
        );
    }
    assert!(!ws.path().join("s/public").exists());
}

#[test]
fn d4_a_rule_pack_linked_outside_the_site_is_refused_unread() {
    let ws = workspace();
    ws.write("secret.env", format!("API_TOKEN={SECRET}\nrules: [\n"));
    std::fs::create_dir(ws.path().join("s/rules")).unwrap();
    symlink("../../secret.env", ws.path().join("s/rules/env.yaml")).unwrap();
    assert_refused_without_leak(&ws, "rules/env.yaml");
    // The classic targets too.
    std::fs::remove_file(ws.path().join("s/rules/env.yaml")).unwrap();
    symlink("/proc/self/environ", ws.path().join("s/rules/env.yaml")).unwrap();
    let run = in_site(&ws, &["lint"]);
    run.expect(2);
    assert!(
        run.stderr.contains("environ, outside the"),
        "{}",
        run.stderr
    );
    // The whole rules/ folder linked out of the site.
    std::fs::remove_dir_all(ws.path().join("s/rules")).unwrap();
    std::fs::create_dir(ws.path().join("outside-rules")).unwrap();
    std::fs::copy(
        ws.path().join("secret.env"),
        ws.path().join("outside-rules/a.yaml"),
    )
    .unwrap();
    symlink("../outside-rules", ws.path().join("s/rules")).unwrap();
    assert_refused_without_leak(&ws, "rules/");
}

#[test]
fn d4_site_toml_linked_outside_the_site_is_refused_unread() {
    let ws = workspace();
    ws.write("secret.toml", format!("title = \"{SECRET}\"\n[[[broken\n"));
    std::fs::remove_file(ws.path().join("s/site.toml")).unwrap();
    symlink("../secret.toml", ws.path().join("s/site.toml")).unwrap();
    assert_refused_without_leak(&ws, "site.toml");
}

#[test]
fn d5_devices_and_fifos_are_refused_without_reading() {
    let ws = workspace();
    std::fs::create_dir(ws.path().join("s/rules")).unwrap();
    // A link to a device inside the site's own tree is still a device.
    symlink("/dev/zero", ws.path().join("s/zero")).unwrap();
    symlink("../zero", ws.path().join("s/rules/z.yaml")).unwrap();
    let site = ws.path().join("s");
    let run = run_bounded(&site, &["lint"], Duration::from_secs(20));
    run.expect(2);
    assert!(run.stderr.contains("file.refused"), "{}", run.stderr);
    std::fs::remove_file(ws.path().join("s/rules/z.yaml")).unwrap();

    let fifo = ws.path().join("s/rules/pipe.yaml");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let run = run_bounded(&site, &["lint"], Duration::from_secs(20));
    run.expect(2);
    assert!(run.stderr.contains("FIFO"), "{}", run.stderr);
    std::fs::remove_file(&fifo).unwrap();

    std::fs::rename(site.join("site.toml"), site.join("site.real")).unwrap();
    symlink("/dev/zero", site.join("site.toml")).unwrap();
    let run = run_bounded(&site, &["lint"], Duration::from_secs(20));
    run.expect(2);
    assert!(run.stderr.contains("file.refused"), "{}", run.stderr);
}

#[test]
fn d6_a_theme_linked_outside_the_site_is_not_published() {
    let ws = workspace();
    ws.write("outside-theme/static/leak.css", format!("/* {SECRET} */"));
    std::fs::create_dir(ws.path().join("s/themes")).unwrap();
    symlink("../../outside-theme", ws.path().join("s/themes/default")).unwrap();
    let run = in_site(&ws, &["build"]);
    run.expect(2);
    assert!(run.stderr.contains("file.refused"), "{}", run.stderr);
    assert!(run.stderr.contains("themes/default/"), "{}", run.stderr);
    assert!(!run.stderr.contains(SECRET));
    assert!(!ws.path().join("s/public").exists());
}

#[test]
fn d9_a_shallow_clone_is_a_warning_or_refused_for_deploys() {
    use crate::harness::git;
    let ws = workspace();
    let origin = ws.path().join("s");
    git(&origin, &["init", "-q", "-b", "main"], None);
    git(&origin, &["add", "-A"], Some("2025-01-10T10:00:00Z"));
    git(
        &origin,
        &["commit", "-qm", "first"],
        Some("2025-01-10T10:00:00Z"),
    );
    // Any second commit makes a clone of depth one shallow.
    let text = ws.read("s/content/_index.md");
    ws.write(
        "s/content/_index.md",
        format!("{text}\nA second paragraph.\n"),
    );
    git(
        &origin,
        &["commit", "-qam", "second"],
        Some("2025-02-10T10:00:00Z"),
    );

    let url = format!("file://{}", origin.display());
    for (depth, name) in [(None, "full"), (Some("1"), "shallow")] {
        let mut args = vec!["clone", "-q"];
        if let Some(d) = depth {
            args.extend(["--depth", d]);
        }
        args.extend([url.as_str(), name]);
        git(ws.path(), &args, None);
    }
    let full = ws.run_with(&["build"], &ws.path().join("full"), &[]);
    full.expect(0);
    assert!(
        !full.stderr.contains("versions.shallow-history"),
        "{}",
        full.stderr
    );

    let shallow_dir = ws.path().join("shallow");
    let shallow = ws.run_with(&["build"], &shallow_dir, &[]);
    shallow.expect(0);
    assert!(
        shallow.stderr.contains("versions.shallow-history"),
        "{}",
        shallow.stderr
    );
    assert!(
        shallow.stderr.contains("fetch-depth: 0"),
        "{}",
        shallow.stderr
    );

    std::fs::remove_dir_all(shallow_dir.join("public")).unwrap();
    let deploy = ws.run_with(&["build", "--require-history"], &shallow_dir, &[]);
    deploy.expect(1);
    assert!(
        deploy.stderr.contains("versions.shallow-history"),
        "{}",
        deploy.stderr
    );
    assert!(!shallow_dir.join("public").exists());
}

#[test]
fn d8_two_sources_for_one_url_are_an_error_naming_both() {
    let cases: [(&str, &str, &str); 3] = [
        ("content/de.md", "the de home page", "/de/"),
        (
            "content/de/privacy.md",
            "content/privacy.de.md",
            "/de/privacy/",
        ),
        (
            "content/privacy/versions.md",
            "the version archive of content/privacy.md",
            "/privacy/versions/",
        ),
    ];
    for (extra, other, url) in cases {
        let ws = workspace();
        let site = ws.path().join("s");
        let doc = ws.read("s/content/privacy.md");
        ws.write(&format!("s/{extra}"), &doc);
        if extra.contains("versions") {
            crate::harness::git(&site, &["init", "-q"], None);
            crate::harness::git(&site, &["add", "-A"], Some("2025-01-10T10:00:00Z"));
            crate::harness::git(
                &site,
                &["commit", "-qm", "v1"],
                Some("2025-01-10T10:00:00Z"),
            );
        }
        let run = in_site(&ws, &["build"]);
        run.expect(2);
        let err = squash(&run.stderr);
        assert!(
            err.contains("content.duplicate-slug"),
            "{extra}: {}",
            run.stderr
        );
        assert!(
            err.contains(&squash(other)) && err.contains(url),
            "{extra}: {}",
            run.stderr
        );
        assert!(!site.join("public").exists());
    }
    // A slug in front matter collides the same way.
    let ws = workspace();
    let doc = ws
        .read("s/content/privacy.md")
        .replacen("---\n", "---\nslug: de\n", 1);
    ws.write("s/content/other.md", doc);
    let run = in_site(&ws, &["build"]);
    run.expect(2);
    assert!(
        squash(&run.stderr).contains(&squash(
            "the de home page and content/other.md both publish /de/"
        )),
        "{}",
        run.stderr
    );
}

/// The text of a report without white space and miette's frame, so that
/// assertions do not depend on where the terminal width wrapped a line.
fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '│')
        .collect()
}

/// A pack of `rules` rules with `per_rule` English patterns each.
fn big_pack(name: &str, rules: usize, per_rule: usize) -> String {
    let mut yaml = format!("pack: {name}\nrules:\n");
    for r in 0..rules {
        let patterns: Vec<String> = (0..per_rule).map(|i| format!("'w{r}x{i}'")).collect();
        yaml.push_str(&format!(
            "  - id: {name}.r{r}\n    severity: warning\n    message: m\n    help: h\n    docs: d\n    check: forbid\n    patterns:\n      en: [{}]\n",
            patterns.join(", ")
        ));
    }
    yaml
}

#[test]
fn d10_pattern_counts_are_capped_before_anything_compiles() {
    let ws = workspace();
    let site = ws.path().join("s");
    ws.write("s/rules/huge.yaml", big_pack("huge", 1, 100_000));
    let run = run_bounded(&site, &["lint"], Duration::from_secs(10));
    run.expect(2);
    assert!(
        squash(&run.stderr).contains("rule`huge.r0`has100000patterns;thelimitis1000"),
        "{}",
        run.stderr
    );
    // Many rules under the per-rule cap, across packs, hit the per-run cap.
    std::fs::remove_file(site.join("rules/huge.yaml")).unwrap();
    for p in 0..4 {
        ws.write(
            &format!("s/rules/p{p}.yaml"),
            big_pack(&format!("p{p}"), 4, 900),
        );
    }
    let run = run_bounded(&site, &["lint"], Duration::from_secs(10));
    run.expect(2);
    assert!(
        squash(&run.stderr).contains("14400patterns;thelimitis10000"),
        "{}",
        run.stderr
    );
}

/// `n` pseudo-random words (a fixed sequence per `seed`).
fn words(seed: u64, n: usize) -> String {
    let mut x = seed;
    let mut out = String::new();
    for i in 0..n {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        out.push_str(&format!("w{:x}", (x >> 40) % 5000));
        out.push(if i % 12 == 11 { '\n' } else { ' ' });
    }
    out
}

#[test]
fn d7_redlines_of_rewritten_versions_are_bounded_and_say_so() {
    let ws = workspace();
    let site = ws.path().join("s");
    let git = |args: &[&str], date| crate::harness::git(&site, args, Some(date));
    let front = ws.read("s/content/privacy.md");
    let front = &front[..front.find("\n---\n").unwrap() + 5];
    // The German translation is left out: these are two unrelated texts.
    std::fs::remove_file(site.join("content/privacy.de.md")).unwrap();
    ws.write(
        "s/content/privacy.md",
        format!("{front}{}", words(1, 25_000)),
    );
    git(&["init", "-q"], "2025-01-10T10:00:00Z");
    git(&["add", "-A"], "2025-01-10T10:00:00Z");
    git(&["commit", "-qm", "v1"], "2025-01-10T10:00:00Z");
    let v2 = front.replace("version: \"1.0\"", "version: \"2.0\"");
    ws.write("s/content/privacy.md", format!("{v2}{}", words(2, 25_000)));
    git(&["commit", "-qam", "v2"], "2025-02-10T10:00:00Z");

    let run = run_bounded(
        &site,
        &["build", "--allow-lint-errors"],
        Duration::from_secs(120),
    );
    run.expect(0);
    let pages: Vec<String> = crate::harness::tree(&site.join("public/privacy/versions"))
        .into_iter()
        .filter(|(p, _)| p.ends_with("index.html") && p.contains('/'))
        .map(|(_, b)| String::from_utf8(b).unwrap())
        .collect();
    assert!(
        pages
            .iter()
            .any(|p| p.contains("class=\"redline-note\"") && p.contains("line by line")),
        "no version page says its redline is by lines"
    );

    // A version in the history over max_document_bytes is refused, as a
    // working-tree document of that size is.
    let text = ws.read("s/site.toml");
    ws.write(
        "s/site.toml",
        format!("{text}\n[limits]\nmax_document_bytes = 100000\n"),
    );
    ws.write("s/content/privacy.md", format!("{v2}short now\n"));
    let run = run_bounded(&site, &["build"], Duration::from_secs(60));
    run.expect(2);
    let err = squash(&run.stderr);
    assert!(err.contains("content.too-large"), "{}", run.stderr);
    assert!(
        err.contains("morethanthelimitof100000bytes"),
        "{}",
        run.stderr
    );
}

/// Commits the work tree of `dir` as one commit with a raw committer time
/// (`git commit` refuses such dates; `hash-object --literally` does not).
fn commit_at_raw_time(dir: &Path, seconds: &str, zone: &str) -> String {
    let git_out = |args: &[&str], input: Option<&str>| {
        let mut child = Command::new("git")
            .args(args)
            .current_dir(dir)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        if let Some(text) = input {
            use std::io::Write;
            child
                .stdin
                .take()
                .unwrap()
                .write_all(text.as_bytes())
                .unwrap();
        }
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "git {args:?}");
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    git_out(&["init", "-q"], None);
    git_out(&["add", "-A"], None);
    let tree = git_out(&["write-tree"], None);
    let object = format!(
        "tree {tree}\nauthor Legal <l@example.com> {seconds} {zone}\ncommitter Legal <l@example.com> {seconds} {zone}\n\nodd date\n"
    );
    let id = git_out(
        &[
            "hash-object",
            "-t",
            "commit",
            "-w",
            "--literally",
            "--stdin",
        ],
        Some(&object),
    );
    git_out(&["update-ref", "HEAD", &id], None);
    id
}

#[test]
fn low_commits_with_impossible_dates_are_named() {
    for (seconds, zone) in [
        ("253402300799", "+1400"),
        ("-315619200", "+0000"),
        ("99999999999999", "+0000"),
    ] {
        let ws = workspace();
        let site = ws.path().join("s");
        let id = commit_at_raw_time(&site, seconds, zone);
        let run = in_site(&ws, &["build"]);
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
        match run.code {
            Some(0) => {}
            _ => {
                run.expect(2);
                let err = squash(&run.stderr);
                assert!(err.contains("git.bad-date"), "{seconds}: {}", run.stderr);
                assert!(err.contains(&id[..12]), "{seconds}: {}", run.stderr);
            }
        }
    }
}

#[test]
fn low_control_characters_never_reach_the_terminal_or_the_ci_log() {
    let ws = workspace();
    let doc = ws.read("s/content/privacy.md");
    // A title with an escape sequence (set the terminal title, then red) and
    // a carriage return that would overwrite the line, on a document without
    // its German translation (the finding quotes the title), and a body line
    // with the same in the snippet.
    let hostile = doc
        .replacen(
            "title: Privacy Policy",
            "title: \"Terms \\e]0;pwned\\a\\e[31mRED\\rX\"",
            1,
        )
        .replacen("\n---\n", "\n---\n\nIntro \u{1b}[2J wiped \u{9b}31m.\n", 1);
    assert_ne!(hostile, doc);
    ws.write("s/content/terms.md", hostile);
    for format in ["human", "github", "json", "sarif", "gitlab"] {
        let run = in_site(&ws, &["lint", "--format", format]);
        let out = format!("{}{}", run.stdout, run.stderr);
        assert!(out.contains("i18n.missing-translation"), "{format}: {out}");
        for c in ['\u{1b}', '\r', '\u{7}', '\u{9b}'] {
            assert!(!out.contains(c), "{format} printed {c:?}: {out:?}");
        }
    }
    let human = in_site(&ws, &["lint"]);
    assert!(
        squash(&format!("{}{}", human.stdout, human.stderr)).contains("Terms\\u{1b}]0;pwned"),
        "{}",
        human.stderr
    );
}

#[test]
fn low_page_ids_are_unique_and_slugs_lowercase() {
    let ws = workspace();
    let doc = ws.read("s/content/privacy.md");
    let body = "\n## Main\n\nText.[^1]\n\n## Toc title\n\nMore.\n\n## fn 1\n\nAnd more.\n\n## Redline\n\nEnd.\n\n[^1]: A footnote.\n";
    let terms = doc
        .replacen("title: Privacy Policy", "title: Terms", 1)
        .replacen(
            "\n---\n",
            &format!("\nslug: Legal/Terms\ntranslations: [en]\n---\n{body}"),
            1,
        );
    ws.write("s/content/terms.md", terms);
    in_site(&ws, &["build", "--allow-lint-errors"]).expect(0);
    let page = ws.read("s/public/legal/terms/index.html");
    let ids: Vec<&str> = page
        .split(" id=\"")
        .skip(1)
        .map(|r| &r[..r.find('"').unwrap()])
        .collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(ids.len(), unique.len(), "duplicate ids in {ids:?}");
    for id in ["main", "toc-title", "fn-1"] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    assert!(!ws.path().join("s/public/Legal").exists());
}

/// A new site served by `charter serve` (the folder is the site).
fn served_site() -> (Site, crate::serve::Server) {
    let site = Site::empty();
    site.run(&["init", "."]).expect(0);
    let server = crate::serve::Server::start(&site);
    (site, server)
}

#[test]
fn d11_serve_refuses_a_document_replaced_by_a_link() {
    let (site, server) = served_site();
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.md");
    std::fs::write(&secret, format!("---\ntitle: {SECRET}\n---\n{SECRET}\n")).unwrap();
    let doc = site.path().join("content/privacy.md");
    std::fs::remove_file(&doc).unwrap();
    symlink(&secret, &doc).unwrap();
    server.wait_for("/privacy/", Duration::from_secs(20), |status, body| {
        status == 500 && body.contains("file.refused")
    });
    let (_, body) = server.get("/privacy/");
    assert!(
        !body.contains(SECRET),
        "the error page shows the linked file"
    );
    assert!(!server.get("/__charter/status").1.contains(SECRET));
}

#[test]
fn d12_serve_follows_content_moved_away_and_back_and_a_deleted_site_toml() {
    let (site, server) = served_site();
    let content = site.path().join("content");
    let away = site.path().join("content-away");
    std::fs::rename(&content, &away).unwrap();
    server.wait_for("/privacy/", Duration::from_secs(20), |status, body| {
        status == 500 && body.contains("content.missing")
    });
    std::fs::rename(&away, &content).unwrap();
    server.wait_for("/privacy/", Duration::from_secs(20), |status, _| {
        status == 200
    });
    // Edits after the move are seen.
    site.edit(
        "content/privacy.md",
        "\n---\n",
        "\n---\n\nMoved and back again.\n",
    );
    server.wait_for("/privacy/", Duration::from_secs(20), |status, body| {
        status == 200 && body.contains("Moved and back again.")
    });
    std::fs::remove_file(site.path().join("site.toml")).unwrap();
    server.wait_for("/privacy/", Duration::from_secs(20), |status, body| {
        status == 500 && body.contains("config.unreadable")
    });
}

/// Opens `n` live-reload streams (as `n` browser tabs would).
fn open_streams(port: u16, n: usize) -> Vec<std::net::TcpStream> {
    use std::io::Write;
    (0..n)
        .filter_map(|_| std::net::TcpStream::connect(("127.0.0.1", port)).ok())
        .map(|mut s| {
            let _ = write!(
                s,
                "GET /__charter/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
            );
            s
        })
        .collect()
}

#[test]
fn d13_serve_survives_more_streams_than_it_has_file_descriptors() {
    let site = Site::empty();
    site.run(&["init", "."]).expect(0);
    // Few file descriptors, so that the streams below exhaust them: the
    // server must refuse or queue connections, never stop accepting. 48 is
    // fewer than the server's own few plus the 64 connections it would hold
    // (with 96 it never ran out: 64 streams took it to 74 descriptors); 100
    // streams are more than that and fewer than the listen backlog holds
    // besides, so every connect completes at once (300 waited 20 s on
    // dropped SYNs and on the refusals' lingering).
    let server = crate::serve::Server::start_with_fd_limit(&site, 48);
    let streams = open_streams(server.port(), 100);
    std::thread::sleep(Duration::from_millis(500));
    if cfg!(target_os = "linux") {
        let open = std::fs::read_dir(format!("/proc/{}/fd", server.pid()))
            .map(|fds| fds.count())
            .unwrap_or(0);
        assert!(
            open >= 48,
            "the server has {open} descriptors open, not all 48"
        );
    }
    drop(streams);
    // Every stream is gone: the server answers again.
    server.wait_for("/privacy/", Duration::from_secs(20), |status, _| {
        status == 200
    });
}

#[test]
fn d13_serve_refuses_connections_past_its_limit_at_once() {
    let (_site, server) = served_site();
    // Two more than the limit: each refused stream holds the accept loop
    // for its 200 ms linger (16 more took 3 s).
    let held = open_streams(server.port(), 66);
    std::thread::sleep(Duration::from_millis(300));
    let (status, _) = server.get("/privacy/");
    assert_eq!(status, 503, "more than 64 connections at once are refused");
    drop(held);
    // Closed tabs free their connections within seconds.
    server.wait_for("/privacy/", Duration::from_secs(10), |status, _| {
        status == 200
    });
}

#[test]
fn low_serve_redirects_stay_on_this_host() {
    let (_site, server) = served_site();
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", server.port())).unwrap();
    use std::io::{Read, Write};
    write!(
        stream,
        "GET //privacy HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    assert!(response.starts_with("HTTP/1.1 301"), "{response}");
    assert!(response.contains("Location: /privacy/\r\n"), "{response}");
}

#[test]
fn d4_paths_named_to_lint_that_leave_the_site_are_refused_unread() {
    let ws = workspace();
    ws.write("secret/notes.md", format!("TOKEN={SECRET}\n"));
    symlink(
        "../../secret/notes.md",
        ws.path().join("s/content/notes.md"),
    )
    .unwrap();
    symlink("../secret", ws.path().join("s/elsewhere")).unwrap();
    for path in ["content/notes.md", "elsewhere", "./elsewhere/notes.md"] {
        for format in ["human", "json", "sarif", "github", "gitlab"] {
            let run = in_site(&ws, &["lint", "--format", format, path]);
            run.expect(2);
            let out = format!("{}{}", run.stdout, run.stderr);
            assert!(out.contains("file.refused"), "{path} {format}: {out}");
            assert!(!out.contains(SECRET), "{path} {format} leaked the secret");
        }
    }
}

#[test]
fn d4_links_into_git_are_refused_unread() {
    let ws = workspace();
    ws.write(
        "s/.git/config",
        format!("[http]\n\textraheader = AUTHORIZATION: basic {SECRET}\n"),
    );
    symlink("../.git/config", ws.path().join("s/content/git.md")).unwrap();
    for args in [
        vec!["lint"],
        vec!["lint", "--format", "json"],
        vec!["build"],
    ] {
        let run = in_site(&ws, &args);
        run.expect(2);
        let out = format!("{}{}", run.stdout, run.stderr);
        assert!(out.contains(".git folder"), "{args:?}: {out}");
        assert!(!out.contains(SECRET), "{args:?} leaked the token");
    }
}

#[test]
fn d13_a_client_sending_a_byte_at_a_time_cannot_stall_the_server() {
    let (_site, server) = served_site();
    let held = open_streams(server.port(), 64);
    std::thread::sleep(Duration::from_millis(300));
    // The 65th connection is turned away by the accept loop; this one
    // trickles its request to keep that loop reading.
    let port = server.port();
    let trickler = std::thread::spawn(move || {
        use std::io::Write;
        let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) else {
            return;
        };
        let slow = format!("GET / HTTP/1.1\r\nX-Slow: {}", "a".repeat(200));
        for b in slow.bytes() {
            if s.write_all(&[b]).is_err() {
                return;
            }
            std::thread::sleep(Duration::from_millis(80));
        }
    });
    std::thread::sleep(Duration::from_millis(300));
    drop(held);
    server.wait_for("/privacy/", Duration::from_secs(5), |status, _| {
        status == 200
    });
    let _ = trickler.join();
}
