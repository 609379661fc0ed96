//! Policy versions: dates from git history, change rules, the archive with
//! redlines, the upcoming-version banner, the Atom feed and index.json.
//! Fixtures are git repositories made with the `git` CLI (tests only; Charter
//! itself reads git with a library).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::harness::{Site, git, repo};

const SITE_TOML: &str = "title = \"Acme Legal\"\nbase_url = \"https://legal.example.com\"\ndefault_language = \"en\"\n\n[languages.en]\nname = \"English\"\n\n[organization]\nname = \"Acme & Co\"\n";

fn git_site() -> Site {
    let site = Site::empty();
    site.write("site.toml", SITE_TOML);
    site.write(".gitignore", "public/\n");
    git(site.path(), &["init", "-q", "-b", "main"], None);
    site
}

fn commit(site: &Site, date: &str) {
    git(site.path(), &["add", "-A"], None);
    git(
        site.path(),
        &["commit", "-q", "--allow-empty", "-m", date],
        Some(date),
    );
}

fn policy(updated: &str, effective: &str, version: &str, body: &str) -> String {
    format!(
        "---\ntitle: Data Policy\ndescription: How we keep data.\nkind: other\nupdated: {updated}\neffective: {effective}\nversion: \"{version}\"\n---\n\n{body}"
    )
}

/// The text inside each `<tag>` of a redline, without the screen-reader label.
fn marked(html: &str, tag: &str) -> Vec<String> {
    let open = format!("<{tag}><span class=\"visually-hidden\">");
    html.split(&open)
        .skip(1)
        .map(|rest| {
            let after = rest.split_once("</span>").map_or("", |(_, r)| r);
            after.split("<span").next().unwrap_or("").to_string()
        })
        .collect()
}

fn redline_of(page: &str) -> &str {
    let start = page.find("<div class=\"redline-text\">").expect("redline");
    let end = page[start..].find("</section>").expect("end of redline") + start;
    &page[start..end]
}

const BODY1: &str =
    "## Retention\n\nWe keep data for 30 days.\n\n## Sharing\n\nWe share data with Acme today.\n";

#[test]
fn four_commits_make_three_versions_and_the_unbumped_date_is_caught() {
    let site = git_site();
    let lint = |site: &Site| {
        site.run(&["lint", "--now", "2024-06-01", "--format", "json"])
            .stdout
    };

    site.write(
        "content/policy.md",
        policy("2024-01-10", "2024-02-10", "1", BODY1),
    );
    commit(&site, "2024-01-10T09:00:00+00:00");
    assert!(!lint(&site).contains("versions.date-not-bumped"));

    // Whitespace only: re-wrapped, not a new version.
    site.write(
        "content/policy.md",
        policy(
            "2024-01-10",
            "2024-02-10",
            "1",
            &BODY1.replace("keep data for", "keep data\nfor"),
        ),
    );
    commit(&site, "2024-01-20T09:00:00+00:00");
    assert!(!lint(&site).contains("versions.date-not-bumped"));

    let body3 = BODY1.replace("30 days", "90 days");
    site.write(
        "content/policy.md",
        policy("2024-03-01", "2024-04-01", "2", &body3),
    );
    commit(&site, "2024-03-01T09:00:00+00:00");
    assert!(!lint(&site).contains("versions.date-not-bumped"));

    // A text change under the same date and version: caught before the
    // commit (working tree) and after it.
    let body4 = body3.replace("Acme today", "Acme and Beta today");
    site.write(
        "content/policy.md",
        policy("2024-03-01", "2024-04-01", "2", &body4),
    );
    let uncommitted = lint(&site);
    assert_eq!(
        uncommitted.matches("\"versions.date-not-bumped\"").count(),
        2,
        "updated and version: {uncommitted}"
    );
    commit(&site, "2024-04-01T09:00:00+00:00");
    let committed = lint(&site);
    assert_eq!(
        committed.matches("\"versions.date-not-bumped\"").count(),
        2,
        "{committed}"
    );

    site.run(&["build", "--now", "2024-06-01", "--allow-lint-errors"])
        .expect(0);
    let index = site.read("public/policy/versions/index.html");
    assert_eq!(index.matches("<li>").count(), 3, "{index}");
    let out = site.tree("public");
    let pages: Vec<&String> = out
        .keys()
        .filter(|k| k.starts_with("policy/versions/") && k.ends_with("/index.html"))
        .filter(|k| k.as_str() != "policy/versions/index.html")
        .collect();
    assert_eq!(
        pages,
        [
            "policy/versions/2024-01-10/index.html",
            "policy/versions/2024-03-01-2/index.html",
            "policy/versions/2024-03-01/index.html",
        ]
    );

    let v1 = site.read("public/policy/versions/2024-01-10/index.html");
    assert!(
        !v1.contains("redline-text"),
        "the first version has no redline"
    );
    let v2 = site.read("public/policy/versions/2024-03-01/index.html");
    let r2 = redline_of(&v2);
    assert_eq!(marked(r2, "ins"), ["90"]);
    assert_eq!(marked(r2, "del"), ["30"]);
    assert!(v2.contains("[inserted: </span>"), "screen-reader label");
    let v3 = site.read("public/policy/versions/2024-03-01-2/index.html");
    let r3 = redline_of(&v3);
    assert_eq!(marked(r3, "ins"), ["and Beta"]);
    assert!(marked(r3, "del").is_empty());
    assert!(v3.contains("2 words added"), "summary");
    assert!(v3.contains("Sharing"), "section changed");

    let page = site.read("public/policy/index.html");
    assert!(
        page.contains("href=\"/policy/versions/\""),
        "Previous versions link"
    );
    assert!(page.contains("application/atom+xml"));
}

#[test]
fn updated_comes_from_history_when_omitted() {
    let site = git_site();
    let without_updated = |body: &str| {
        format!(
            "---\ntitle: T\ndescription: D\nkind: other\neffective: 2024-01-01\nversion: \"1\"\n---\n\n{body}"
        )
    };
    site.write("content/policy.md", without_updated("One text.\n"));
    // Not committed yet: today is the date it will be published.
    site.run(&["build", "--now", "2024-05-05"]).expect(0);
    assert!(
        site.read("public/policy/index.html")
            .contains("datetime=\"2024-05-05\"")
    );
    commit(&site, "2024-02-03T10:00:00+01:00");
    site.write("content/policy.md", without_updated("One  text.\n"));
    commit(&site, "2024-03-03T10:00:00+01:00"); // whitespace only: does not count
    site.run(&["build", "--now", "2024-05-05"]).expect(0);
    let page = site.read("public/policy/index.html");
    assert!(page.contains("<time datetime=\"2024-02-03\">"), "{page}");

    // Outside git the field stays required.
    let plain = Site::empty();
    plain.write("site.toml", SITE_TOML);
    plain.write("content/policy.md", without_updated("One text.\n"));
    let run = plain.run(&["build"]);
    run.expect(2);
    assert!(run.stderr.contains("lacks `updated`"), "{}", run.stderr);
}

fn two_version_site() -> Site {
    let site = git_site();
    site.write(
        "content/policy.md",
        policy("2024-01-01", "2024-01-01", "1", "Old terms apply.\n"),
    );
    commit(&site, "2024-01-01T10:00:00Z");
    site.write(
        "content/policy.md",
        "---\ntitle: Data Policy\ndescription: How we keep data.\nkind: other\nupdated: 2024-05-01\neffective: 2024-06-01\nversion: \"2\"\nsubprocessors:\n  - name: Beta <Cloud>\n    purpose: Hosting\n    location: EU\n---\n\nNew terms apply.\n",
    );
    commit(&site, "2024-05-01T10:00:00Z");
    site
}

#[test]
fn upcoming_banner_before_the_effective_date_only() {
    let site = two_version_site();
    site.run(&["build", "--now", "2024-05-15", "-o", "before"])
        .expect(0);
    site.run(&["build", "--now", "2024-06-02", "-o", "after"])
        .expect(0);
    let before = site.read("before/policy/index.html");
    let after = site.read("after/policy/index.html");
    assert!(before.contains("A new version takes effect on"), "{before}");
    assert!(before.contains("href=\"/policy/versions/2024-05-01/\""));
    assert!(
        before.contains("Old terms apply."),
        "the version in force is shown"
    );
    assert!(!before.contains("New terms apply."));
    assert!(!after.contains("A new version takes effect on"));
    assert!(after.contains("New terms apply."));

    let (a, b) = (site.tree("before"), site.tree("after"));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    let differing: BTreeSet<&str> = a
        .iter()
        .filter(|(k, v)| b.get(*k) != Some(v))
        .map(|(k, _)| k.as_str())
        .collect();
    assert_eq!(
        differing,
        BTreeSet::from([
            "policy/index.html",
            "policy/index.json",
            "policy/versions/index.html",
            "policy/versions/2024-01-01/index.html",
            "policy/versions/2024-05-01/index.html",
        ])
    );
    let json: serde_json::Value =
        serde_json::from_str(&site.read("before/policy/index.json")).unwrap();
    assert_eq!(json["current"]["version"], "1");
    assert_eq!(json["upcoming"]["effective"], "2024-06-01");
    assert_eq!(json["upcoming"]["subprocessors_added"][0], "Beta <Cloud>");
    let json: serde_json::Value =
        serde_json::from_str(&site.read("after/policy/index.json")).unwrap();
    assert_eq!(json["current"]["version"], "2");
    assert!(json["upcoming"].is_null());
}

#[test]
fn atom_feed_is_valid_and_index_json_matches_its_schema() {
    let site = two_version_site();
    site.run(&["build", "--now", "2024-05-15"]).expect(0);
    let xml = site.read("public/changes.xml");
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let atom = "http://www.w3.org/2005/Atom";
    let feed = doc.root_element();
    assert_eq!(feed.tag_name().namespace(), Some(atom));
    assert_eq!(feed.tag_name().name(), "feed");
    let rfc3339 = |s: &str| {
        s.parse::<jiff::Timestamp>()
            .unwrap_or_else(|e| panic!("{s} is not RFC 3339: {e}"));
    };
    for name in ["id", "title", "updated", "author", "link"] {
        assert!(child(feed, name).is_some(), "feed lacks <{name}>");
    }
    rfc3339(child(feed, "updated").unwrap().text().unwrap());
    let entries: Vec<_> = feed
        .children()
        .filter(|c| c.tag_name().name() == "entry")
        .collect();
    assert_eq!(entries.len(), 2);
    let mut ids = BTreeSet::new();
    for e in &entries {
        for name in ["id", "title", "updated", "link", "summary"] {
            assert!(child(*e, name).is_some(), "entry lacks <{name}>");
        }
        rfc3339(child(*e, "updated").unwrap().text().unwrap());
        assert!(ids.insert(child(*e, "id").unwrap().text().unwrap().to_string()));
    }
    let newest = child(entries[0], "summary").unwrap().text().unwrap();
    assert!(
        newest.contains("Sub-processors added: Beta <Cloud>"),
        "{newest}"
    );
    assert!(xml.contains("Beta &lt;Cloud&gt;"), "escaped");
    assert!(
        site.read("public/index.html")
            .contains("<link rel=\"alternate\" type=\"application/atom+xml\"")
    );

    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("tests/schemas/index-json.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).expect("valid schema");
    let json: serde_json::Value =
        serde_json::from_str(&site.read("public/policy/index.json")).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&json)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    // The schema is strict enough to reject a wrong shape.
    let mut broken = json.clone();
    broken["current"]["updated"] = serde_json::json!(20240101);
    assert!(!validator.is_valid(&broken));
}

fn child<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
    node.children().find(|c| {
        c.tag_name().name() == name
            && c.tag_name().namespace() == Some("http://www.w3.org/2005/Atom")
    })
}

/// `tests/fixtures/history/<name>`: versions in `seq` order, as
/// (file, committer date).
fn corpus_versions(dir: &Path) -> Vec<(String, String)> {
    let tsv = std::fs::read_to_string(dir.join("versions.tsv")).expect("versions.tsv");
    let mut rows: Vec<(u32, String, String)> = tsv
        .lines()
        .skip(1)
        .filter_map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            Some((cols[0].parse().ok()?, cols[1].into(), cols[3].into()))
        })
        .collect();
    rows.sort();
    rows.into_iter().map(|(_, f, d)| (f, d)).collect()
}

/// Versions of two real policies (tests/fixtures/history, see its
/// SOURCE.md); bench/versions-corpus.sh builds the full histories of
/// ../shared/corpus/history.
#[test]
fn real_policy_histories_build_into_a_complete_archive() {
    let corpus = repo().join("tests/fixtures/history");
    let site = git_site();
    let mut expected: BTreeMap<&str, usize> = BTreeMap::new();
    let names = ["github-subprocessors", "github-terms-of-service"];
    // One commit per corpus version, with the original commit date; the
    // original text follows a constant Charter front matter, so every change
    // is a change of the body.
    let mut all: Vec<(String, &str, String)> = Vec::new();
    for name in names {
        let mut last_words: Option<Vec<String>> = None;
        let mut count = 0;
        for (file, date) in corpus_versions(&corpus.join(name)) {
            let text = std::fs::read_to_string(corpus.join(name).join(&file)).unwrap();
            let words: Vec<String> = text.split_whitespace().map(String::from).collect();
            if last_words.as_ref() != Some(&words) {
                count += 1;
            }
            last_words = Some(words);
            all.push((date, name, text));
        }
        expected.insert(name, count);
    }
    all.sort_by(|a, b| {
        let ta: jiff::Timestamp = a.0.parse().unwrap();
        let tb: jiff::Timestamp = b.0.parse().unwrap();
        ta.cmp(&tb)
    });
    for (date, name, text) in &all {
        site.write(
            &format!("content/{name}.md"),
            format!("---\ntitle: {name}\ndescription: Real history\nkind: other\neffective: 2014-01-01\nversion: \"1\"\n---\n\n{text}"),
        );
        commit(&site, date);
    }
    site.run(&["build", "--now", "2026-11-01", "--allow-lint-errors", "-q"])
        .expect(0);
    for name in names {
        let index = site.read(&format!("public/{name}/versions/index.html"));
        assert_eq!(
            index.matches("<li>").count(),
            expected[name],
            "{name}: every version is listed"
        );
        let out = site.tree(&format!("public/{name}/versions"));
        let pages: Vec<(&String, &Vec<u8>)> = out
            .iter()
            .filter(|(k, _)| k.as_str() != "index.html")
            .collect();
        assert_eq!(pages.len(), expected[name], "{name}: one page per version");
        let mut with_redline = 0;
        for (path, bytes) in pages {
            let html = String::from_utf8_lossy(bytes);
            if html.contains("redline-text") {
                with_redline += 1;
                let r = redline_of(&html);
                assert!(
                    r.contains("<ins>") || r.contains("<del>"),
                    "{name}/{path}: empty redline"
                );
            }
        }
        assert_eq!(
            with_redline,
            expected[name] - 1,
            "{name}: all but the first"
        );
    }
}
