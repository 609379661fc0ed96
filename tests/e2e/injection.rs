//! No script injection: hostile text in every field an author or a pull
//! request controls is built into a site, and every output file is read
//! back with real parsers (HTML, XML, JSON) to check that it stayed text.

use std::path::Path;
use std::time::{Duration, Instant};

use scraper::Html;

use crate::harness::{Site, git};
use crate::serve::Server;

/// Breaks out of a script, out of an attribute, and into template syntax.
const PAYLOAD: &str = r#"</script><script>alert(1)</script> "><img src=x onerror=alert(1)> {{ config }} {% raw %} {{ 7*7 }}"#;

/// Markdown links to script URLs, and raw HTML that would run.
const HOSTILE_BODY: &str = "\
## One </script><script>alert(1)</script>

[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](vbscript:msgbox(1)) \
[d](data:text/html,<script>alert(1)</script>) <javascript:alert(1)>

<script>alert(1)</script>

<img src=x onerror=alert(1)>

## Two \"><img src=x onerror=alert(1)>

<a href=\"javascript:alert(1)\" onclick=\"alert(1)\">raw link</a>

## Three {{ 7*7 }}

Text.
";

fn site_toml() -> String {
    // TOML literal strings: the payload has no single quote.
    format!(
        "title = 'Site {PAYLOAD}'\nbase_url = 'https://legal.example.com'\ndefault_language = 'en'\nlanguages = ['en', 'de']\n\n[organization]\nname = 'Org {PAYLOAD}'\ncontact_email = 'dpo@example.com\"><img src=x onerror=alert(1)>'\naddress = 'Street {PAYLOAD}'\n"
    )
}

fn policy(lang_title: &str, body: &str) -> String {
    // YAML single-quoted strings: the payload has no single quote.
    format!(
        "---
title: '{lang_title} {PAYLOAD}'
description: 'Desc {PAYLOAD}'
kind: subprocessors
updated: 2025-05-02
effective: 2025-05-02
version: '1.0'
subprocessors:
  - name: 'Name {PAYLOAD}'
    purpose: 'Purpose {PAYLOAD}'
    location: 'Location {PAYLOAD}'
    website: 'javascript:alert(1)'
  - name: 'Second'
    purpose: 'Hosting'
    location: 'EU'
    website: ' JaVaScRiPt:alert(1)'
  - name: 'Third'
    purpose: 'Mail'
    location: 'EU'
    website: 'https://mail.example.com/\"><img src=x onerror=alert(1)>'
---
{body}"
    )
}

/// Stages everything in `dir` and commits it at `date`, creating the
/// repository first if there is none.
fn commit_all(dir: &Path, message: &str, date: &str) {
    if !dir.join(".git").exists() {
        git(dir, &["init", "-q", "-b", "main"], Some(date));
    }
    git(dir, &["add", "-A"], Some(date));
    git(dir, &["commit", "-q", "-m", message], Some(date));
}

/// A site in a git repository with two versions of a hostile policy (so it
/// has an archive, a redline, feeds and index.json), a hostile translation
/// and a hostile home page.
fn hostile_site() -> Site {
    let site = Site::empty();
    site.write("site.toml", site_toml());
    site.write(".gitignore", "public/\n");
    site.write(
        "content/_index.md",
        format!(
            "---\ntitle: 'Home {PAYLOAD}'\ndescription: 'Home desc {PAYLOAD}'\n---\n{HOSTILE_BODY}"
        ),
    );
    site.write("content/privacy.md", policy("Privacy", "Old text.\n"));
    site.write("content/privacy.de.md", policy("Datenschutz", HOSTILE_BODY));
    commit_all(site.path(), "first", "2025-05-02T12:00:00Z");
    site.write(
        "content/privacy.md",
        policy("Privacy", &format!("{HOSTILE_BODY}\nNew {PAYLOAD}\n")),
    );
    commit_all(site.path(), "second", "2025-06-02T12:00:00Z");
    site
}

/// Everything in `html` that would run script, found by an HTML5 parser the
/// way a browser finds it. Charter's own scripts (live reload in `serve`)
/// have no `alert` and no `src`, so any hit is injected.
fn dangers(html: &str) -> Vec<String> {
    let doc = Html::parse_document(html);
    let mut out = Vec::new();
    for node in doc.tree.nodes() {
        let Some(el) = node.value().as_element() else {
            continue;
        };
        if el.name() == "script" {
            let text: String = scraper::ElementRef::wrap(node)
                .map(|e| e.text().collect())
                .unwrap_or_default();
            if text.contains("alert") || el.attr("src").is_some() {
                out.push(format!("<script>{text}</script>"));
            }
        }
        if matches!(el.name(), "iframe" | "object" | "embed" | "base" | "form") {
            out.push(format!("<{}>", el.name()));
        }
        for (name, value) in el.attrs() {
            if name.to_ascii_lowercase().starts_with("on") {
                out.push(format!("<{} {name}={value:?}>", el.name()));
            }
            // Browsers ignore whitespace and control characters in a URL's scheme.
            let scheme: String = value
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
                .take(12)
                .collect::<String>()
                .to_ascii_lowercase();
            if ["javascript:", "vbscript:", "data:"]
                .iter()
                .any(|s| scheme.starts_with(s))
            {
                out.push(format!("<{} {name}={value:?}>", el.name()));
            }
        }
        if el.name() == "meta"
            && el
                .attr("http-equiv")
                .is_some_and(|h| h.eq_ignore_ascii_case("refresh"))
        {
            out.push("<meta http-equiv=refresh>".into());
        }
    }
    out
}

/// The checks above find what they look for, so a clean result means something.
#[test]
fn the_html_checks_catch_scripts_handlers_and_script_links() {
    for hostile in [
        "<p><script>alert(1)</script></p>",
        "<img src=x onerror=alert(1)>",
        "<div OnMouseOver=\"x\">",
        "<a href=\" JaVa\tScRiPt:alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<iframe src=\"data:text/html,x\"></iframe>",
        "<meta http-equiv=\"refresh\" content=\"0;url=x\">",
    ] {
        assert!(!dangers(hostile).is_empty(), "{hostile}");
    }
    let safe = "<p>&lt;script&gt;alert(1)&lt;/script&gt; <a href=\"https://x.example/\">x</a></p><script>var es=1;</script>";
    assert_eq!(dangers(safe), Vec::<String>::new());
}

/// All the text a reader sees (and the `<title>`), as the parser decodes it.
fn text_of(html: &str) -> String {
    Html::parse_document(html).root_element().text().collect()
}

fn meta_description(html: &str) -> Option<String> {
    let doc = Html::parse_document(html);
    let sel = scraper::Selector::parse("meta[name=description]").expect("selector");
    doc.select(&sel)
        .next()
        .and_then(|e| e.value().attr("content"))
        .map(str::to_string)
}

fn build(site: &Site) {
    site.run(&["build", "--allow-lint-errors"]).expect(0);
}

#[test]
fn hostile_front_matter_and_markdown_stay_text_in_every_page() {
    let site = hostile_site();
    build(&site);
    let tree = site.tree("public");
    let html: Vec<(&String, String)> = tree
        .iter()
        .filter(|(p, _)| p.ends_with(".html"))
        .map(|(p, b)| (p, String::from_utf8_lossy(b).into_owned()))
        .collect();
    assert!(
        html.len() >= 8,
        "pages, translations, archive: {:?}",
        tree.keys()
    );
    for (path, page) in &html {
        let found = dangers(page);
        assert!(found.is_empty(), "{path}: {found:?}");
        let text = text_of(page);
        // Every page has the footer with the organisation's name, template
        // syntax included, shown as typed and never evaluated.
        assert!(text.contains(&format!("Org {PAYLOAD}")), "{path}:\n{page}");
    }

    let page = |p: &str| {
        html.iter()
            .find(|(path, _)| path.as_str() == p)
            .map(|(_, h)| h.as_str())
            .unwrap_or_else(|| panic!("no {p} in {:?}", tree.keys()))
    };
    for (path, title) in [
        ("privacy/index.html", "Privacy"),
        ("de/privacy/index.html", "Datenschutz"),
    ] {
        let text = text_of(page(path));
        for shown in [
            format!("{title} {PAYLOAD}"),
            format!("Desc {PAYLOAD}"),
            format!("Name {PAYLOAD}"),
            format!("Purpose {PAYLOAD}"),
            format!("Location {PAYLOAD}"),
            format!("Site {PAYLOAD}"),
            "<script>alert(1)</script>".to_string(),
            "<img src=x onerror=alert(1)>".to_string(),
        ] {
            assert!(text.contains(&shown), "{path} lacks {shown:?} as text");
        }
        // Attributes round-trip exactly: escaped once, not twice.
        assert_eq!(
            meta_description(page(path)).as_deref(),
            Some(format!("Desc {PAYLOAD}").as_str()),
            "{path}"
        );
    }
    // The German page has the hostile Markdown body and its table of contents.
    let de = text_of(page("de/privacy/index.html"));
    assert!(de.contains("{{ 7*7 }}"), "{de}");
    assert!(de.contains("raw link"), "{de}");
    let home = text_of(page("index.html"));
    assert!(home.contains(&format!("Home {PAYLOAD}")), "{home}");
    assert!(home.contains(&format!("Privacy {PAYLOAD}")), "{home}");
    let archive = text_of(page("privacy/versions/index.html"));
    assert!(archive.contains(&format!("Privacy {PAYLOAD}")), "{archive}");
}

#[test]
fn hostile_titles_stay_text_in_feeds_sitemap_and_index_json() {
    let site = hostile_site();
    build(&site);
    let tree = site.tree("public");
    let xml_files: Vec<&String> = tree.keys().filter(|p| p.ends_with(".xml")).collect();
    assert!(
        xml_files.iter().any(|p| p.as_str() == "sitemap.xml")
            && xml_files.iter().any(|p| p.as_str() == "changes.xml")
            && xml_files.iter().any(|p| p.as_str() == "de/changes.xml"),
        "{xml_files:?}"
    );
    for path in &xml_files {
        let text = String::from_utf8_lossy(&tree[*path]).into_owned();
        let doc = roxmltree::Document::parse(&text)
            .unwrap_or_else(|e| panic!("{path} is not well-formed XML: {e}\n{text}"));
        for node in doc.descendants().filter(|n| n.is_element()) {
            for a in node.attributes() {
                assert!(!a.value().contains("javascript:"), "{path}: {a:?}");
            }
        }
        if path.as_str() == "sitemap.xml" {
            for loc in doc.descendants().filter(|n| n.has_tag_name("loc")) {
                let url = loc.text().unwrap_or("");
                assert!(url.starts_with("https://legal.example.com/"), "{url}");
            }
            continue;
        }
        let titles: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("title"))
            .filter_map(|n| n.text())
            .collect();
        let feed_title = titles.first().copied().unwrap_or("");
        assert!(
            feed_title.starts_with(&format!("Site {PAYLOAD}")),
            "{path}: {feed_title:?}"
        );
        let author = doc
            .descendants()
            .find(|n| n.has_tag_name("name"))
            .and_then(|n| n.text());
        assert_eq!(author, Some(format!("Org {PAYLOAD}").as_str()), "{path}");
        let expected = if path.starts_with("de/") {
            format!("Datenschutz {PAYLOAD}")
        } else {
            format!("Privacy {PAYLOAD}")
        };
        assert!(
            titles.iter().any(|t| t.contains(&expected)),
            "{path}: {titles:?}"
        );
    }

    let json_files: Vec<&String> = tree.keys().filter(|p| p.ends_with(".json")).collect();
    assert!(
        json_files
            .iter()
            .any(|p| p.as_str() == "privacy/index.json"),
        "{json_files:?}"
    );
    for path in json_files {
        let value: serde_json::Value = serde_json::from_slice(&tree[path])
            .unwrap_or_else(|e| panic!("{path} is not JSON: {e}"));
        let mut strings = Vec::new();
        collect_strings(&value, &mut strings);
        let expected = if path.starts_with("de/") {
            format!("Datenschutz {PAYLOAD}")
        } else {
            format!("Privacy {PAYLOAD}")
        };
        assert!(
            strings.iter().any(|s| *s == expected),
            "{path} has no exact title {expected:?}: {strings:?}"
        );
    }
}

fn collect_strings<'a>(v: &'a serde_json::Value, out: &mut Vec<&'a str>) {
    match v {
        serde_json::Value::String(s) => out.push(s),
        serde_json::Value::Array(a) => a.iter().for_each(|v| collect_strings(v, out)),
        serde_json::Value::Object(o) => o.values().for_each(|v| collect_strings(v, out)),
        _ => {}
    }
}

/// The body of `path` once `check` accepts it (10 s at most).
fn wait_for(server: &Server, path: &str, check: impl Fn(u16, &str) -> bool) -> String {
    let started = Instant::now();
    loop {
        let (status, body) = server.get(path);
        if check(status, &body) {
            return body;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{path} did not change:\n{body}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A site rule pack (pull request content too) whose message and help are
/// hostile, matching a word of the policy.
const HOSTILE_PACK: &str = r#"pack: hostile
description: d
rules:
  - id: hostile.rule
    severity: warning
    message: 'Message </script><script>alert(1)</script> "><img src=x onerror=alert(1)>'
    help: 'Help </script><script>alert(2)</script>'
    docs: d
    check: forbid
    patterns:
      any: ['Forbidden']
"#;

/// A site with one rule pack of its own, `rules/{name}.yaml`.
fn site_with_pack(name: &str, pack: &str) -> Site {
    let site = Site::empty();
    site.write(
        "site.toml",
        "title = 'T'\nbase_url = 'https://legal.example.com'\ndefault_language = 'en'\n",
    );
    site.write(&format!("rules/{name}.yaml"), pack);
    site
}

#[test]
fn serve_escapes_its_error_page_and_findings_panel() {
    let site = site_with_pack("hostile", HOSTILE_PACK);
    let good = policy("Privacy", "Forbidden words here.\n");
    site.write("content/privacy.md", &good);
    let server = Server::start(&site);

    let body = wait_for(&server, "/privacy/", |s, b| {
        s == 200 && b.contains("charter-findings")
    });
    let found = dangers(&body);
    assert!(found.is_empty(), "findings panel: {found:?}\n{body}");
    let text = text_of(&body);
    assert!(
        text.contains(
            r#"Message </script><script>alert(1)</script> "><img src=x onerror=alert(1)>"#
        ),
        "{text}"
    );
    assert!(text.contains("Help </script><script>alert(2)</script>"));

    // A front matter error whose message quotes hostile text.
    site.write(
        "content/privacy.md",
        good.replace(
            "kind: subprocessors",
            "kind: '</script><script>alert(1)</script><img src=x onerror=alert(1)>'",
        ),
    );
    let body = wait_for(&server, "/privacy/", |s, b| {
        s == 500 && b.contains("cannot be built")
    });
    let found = dangers(&body);
    assert!(found.is_empty(), "error page: {found:?}\n{body}");
    let text = text_of(&body);
    assert!(
        text.contains(
            "unknown document kind `</script><script>alert(1)</script><img src=x onerror=alert(1)>`"
        ),
        "{text}"
    );
}

/// A site rule met by a statement: its quote and label in the served
/// evidence come from the document, and the document is hostile.
const EVIDENCE_PACK: &str = r#"pack: quoted
description: d
rules:
  - id: quoted.object
    severity: warning
    message: m
    help: h
    docs: d
    check: require
    statements:
      - [grant, object]
"#;

#[test]
fn serve_escapes_the_quotes_and_labels_of_its_evidence() {
    let site = site_with_pack("quoted", EVIDENCE_PACK);
    // Entities decode to the characters a quote carries; inline code keeps them.
    site.write(
        "content/privacy.md",
        policy(
            "Privacy",
            "## Rights &lt;/q&gt;&lt;script&gt;alert(1)&lt;/script&gt;\n\n\
You can object to &lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt; processing at any time, \
and `<img src=x onerror=alert(3)>` too.\n",
        ),
    );
    let server = Server::start(&site);
    let body = wait_for(&server, "/privacy/", |s, b| {
        s == 200 && b.contains("charter-evidence")
    });
    let found = dangers(&body);
    assert!(found.is_empty(), "evidence: {found:?}\n{body}");
    let doc = Html::parse_document(&body);
    let sel = scraper::Selector::parse("#charter-evidence tbody tr").unwrap();
    let row: String = doc
        .select(&sel)
        .map(|tr| tr.text().collect::<String>())
        .find(|t| t.contains("quoted.object"))
        .unwrap_or_else(|| panic!("no quoted.object row:\n{body}"));
    assert!(row.contains("Met"), "{row}");
    assert!(
        row.contains(
            "You can object to </td><script>alert(2)</script> processing at any time, and <img src=x onerror=alert(3)> too."
        ),
        "{row}"
    );
    assert!(
        row.contains("(under “Rights </q><script>alert(1)</script>”)"),
        "{row}"
    );
}

/// XML 1.0 has no place for most control characters, even escaped; YAML
/// double-quoted strings can produce them. The feeds must stay well-formed.
#[test]
fn control_characters_in_titles_keep_feeds_well_formed() {
    let site = Site::empty();
    site.write(
        "site.toml",
        "title = \"Site \\u0001 \\u001b\"\nbase_url = 'https://legal.example.com'\ndefault_language = 'en'\n\n[organization]\nname = \"Org \\u0008\"\n",
    );
    site.write(".gitignore", "public/\n");
    site.write(
        "content/privacy.md",
        "---\ntitle: \"Bell \\x07 and VT \\x0b title\"\ndescription: \"Desc \\x01\"\nkind: other\nupdated: 2025-05-02\neffective: 2025-05-02\nversion: '1.0'\n---\nText.\n",
    );
    commit_all(site.path(), "first", "2025-05-02T12:00:00Z");
    build(&site);
    for path in ["changes.xml", "sitemap.xml"] {
        let text = site.read(&format!("public/{path}"));
        let doc = roxmltree::Document::parse(&text)
            .unwrap_or_else(|e| panic!("{path} is not well-formed XML: {e}\n{text:?}"));
        if path == "changes.xml" {
            let titles: Vec<&str> = doc
                .descendants()
                .filter(|n| n.has_tag_name("title"))
                .filter_map(|n| n.text())
                .collect();
            assert!(
                titles
                    .iter()
                    .any(|t| t.starts_with("Bell \u{fffd} and VT \u{fffd} title")),
                "{titles:?}"
            );
        }
    }
    let json: serde_json::Value =
        serde_json::from_str(&site.read("public/privacy/index.json")).expect("index.json");
    let mut strings = Vec::new();
    collect_strings(&json, &mut strings);
    assert!(
        strings.contains(&"Bell \u{7} and VT \u{b} title"),
        "{strings:?}"
    );
}

/// A hostile theme (a pull request can change templates too) cannot read
/// files outside the theme or the environment: includes name templates of
/// the theme only, there is no function that reads files or variables, and
/// a template that is a symbolic link to a system file is not followed.
#[test]
fn a_hostile_theme_cannot_read_outside_the_site() {
    let site = Site::example();
    site.run(&["build"]).expect(0);
    let before = site.tree("public");
    let secret = "root:x:0:0";
    for (name, template) in [
        ("include of a system file", "{% include \"/etc/passwd\" %}"),
        (
            "include out of the theme",
            "{% include \"../../../../../../etc/passwd\" %}",
        ),
        ("environment", "{{ get_env(name=\"HOME\") }}"),
        ("file function", "{{ load_data(path=\"/etc/passwd\") }}"),
    ] {
        site.write("themes/default/templates/page.html", template);
        let run = site.run(&["build"]);
        assert_eq!(run.code, Some(2), "{name}: {}", run.stderr);
        assert!(run.stderr.contains("page.html"), "{name}: {}", run.stderr);
        assert!(!run.stderr.contains(secret), "{name}: {}", run.stderr);
        assert_eq!(
            site.tree("public"),
            before,
            "{name}: the previous site changed"
        );
    }

    // A template that links to a system file is skipped: the built-in one is used.
    std::fs::remove_file(site.path().join("themes/default/templates/page.html")).unwrap();
    std::os::unix::fs::symlink(
        "/etc/passwd",
        site.path().join("themes/default/templates/page.html"),
    )
    .unwrap();
    site.run(&["build"]).expect(0);
    for (path, bytes) in site.tree("public") {
        assert!(!String::from_utf8_lossy(&bytes).contains(secret), "{path}");
    }
}
