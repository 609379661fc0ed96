//! `charter build` on the example site: what issue #3 promises a user.

use std::collections::BTreeMap;

use regex::Regex;

use crate::harness::{Site, tree};

#[test]
fn example_site_builds_every_page() {
    let site = Site::example();
    let run = site.run(&["build"]);
    run.expect(0);
    assert!(run.stderr.contains("Built "), "{}", run.stderr);
    for page in [
        "public/index.html",
        "public/de/index.html",
        "public/fr/index.html",
        "public/privacy/index.html",
        "public/de/privacy/index.html",
        "public/fr/privacy/index.html",
        "public/sitemap.xml",
        "public/robots.txt",
        "public/404.html",
        "public/charter.css",
    ] {
        assert!(site.path().join(page).is_file(), "{page} missing");
    }
}

#[test]
fn translations_link_each_other_with_hreflang_and_localized_dates() {
    let site = Site::example();
    site.run(&["build"]).expect(0);
    let base = "https://legal.whasapi.cloud";
    for (lang, dir, updated, effective) in [
        ("en", "", "May 2, 2025", "June 1, 2025"),
        ("de", "de/", "2. Mai 2025", "1. Juni 2025"),
        ("fr", "fr/", "2 mai 2025", "1 juin 2025"),
    ] {
        let html = site.read(&format!("public/{dir}privacy/index.html"));
        assert!(
            html.contains(&format!("<html lang=\"{lang}\" dir=\"ltr\">")),
            "{lang}"
        );
        for (alt, path) in [("en", ""), ("de", "de/"), ("fr", "fr/"), ("x-default", "")] {
            let link = format!(
                "<link rel=\"alternate\" hreflang=\"{alt}\" href=\"{base}/{path}privacy/\">"
            );
            assert!(html.contains(&link), "{lang} page lacks {link}");
        }
        assert!(
            html.contains(&format!("<time datetime=\"2025-05-02\">{updated}</time>")),
            "{lang}: {updated}"
        );
        assert!(
            html.contains(&format!("<time datetime=\"2025-06-01\">{effective}</time>")),
            "{lang}: {effective}"
        );
        assert!(html.contains(&format!(
            "<link rel=\"canonical\" href=\"{base}/{dir}privacy/\">"
        )));
        // The visible switcher links the other languages.
        assert!(html.contains("<nav class=\"lang-switcher\""));
        assert!(html.contains("hreflang=\"de\" lang=\"de\""));
    }
    let de = site.read("public/de/privacy/index.html");
    assert!(de.contains("Mai"), "German month name");
}

#[test]
fn subprocessors_from_front_matter_are_a_table() {
    let site = Site::example();
    site.run(&["build"]).expect(0);
    let html = site.read("public/privacy/index.html");
    let table = &html[html
        .find("class=\"subprocessors\"")
        .expect("sub-processor section")..];
    for name in [
        "DigitalOcean",
        "Firebase",
        "Cloudflare",
        "Amazon Web Services",
    ] {
        assert!(table.contains(&format!("<td>{name}</td>")), "{name}");
    }
    assert!(table.contains("<th scope=\"col\">"));
}

#[test]
fn sitemap_is_well_formed_with_alternates() {
    let site = Site::example();
    site.run(&["build"]).expect(0);
    let xml = site.read("public/sitemap.xml");
    let doc = roxmltree::Document::parse(&xml).expect("well-formed sitemap");
    let ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    let urls: Vec<_> = doc
        .root_element()
        .children()
        .filter(|n| n.has_tag_name((ns, "url")))
        .collect();
    let pages = tree(&site.path().join("public"))
        .keys()
        .filter(|p| p.ends_with("index.html"))
        .count();
    assert_eq!(urls.len(), pages, "one <url> per page");
    for url in urls {
        let alternates: Vec<_> = url
            .children()
            .filter(|n| n.has_tag_name(("http://www.w3.org/1999/xhtml", "link")))
            .map(|n| n.attribute("hreflang").unwrap().to_string())
            .collect();
        let loc = url
            .children()
            .find(|n| n.has_tag_name((ns, "loc")))
            .unwrap();
        // The terms are not published in Spanish or Arabic (yet).
        if loc.text().unwrap().contains("/terms/") {
            assert_eq!(alternates, ["en", "de", "fr", "x-default"]);
        } else {
            assert_eq!(alternates, ["en", "ar", "de", "es", "fr", "x-default"]);
        }
    }
    assert!(
        site.read("public/robots.txt")
            .contains("Sitemap: https://legal.whasapi.cloud/sitemap.xml")
    );
}

#[test]
fn every_internal_link_resolves() {
    let site = Site::example();
    site.run(&["build"]).expect(0);
    let files = tree(&site.path().join("public"));
    let ids: BTreeMap<&str, Vec<String>> = files
        .iter()
        .filter(|(p, _)| p.ends_with(".html"))
        .map(|(p, b)| {
            let html = std::str::from_utf8(b).unwrap();
            let ids = Regex::new(r#" id="([^"]+)""#).unwrap();
            (
                p.as_str(),
                ids.captures_iter(html).map(|c| c[1].to_string()).collect(),
            )
        })
        .collect();
    let attr = Regex::new(r#"(?:href|src)="([^"]*)""#).unwrap();
    let mut checked = 0;
    for (page, bytes) in &files {
        if !page.ends_with(".html") {
            continue;
        }
        let html = std::str::from_utf8(bytes).unwrap();
        for cap in attr.captures_iter(html) {
            let url = cap[1].replace("https://legal.whasapi.cloud", "");
            if url.starts_with("mailto:") || url.starts_with("http") {
                continue;
            }
            let (path, fragment) = url.split_once('#').unwrap_or((&url, ""));
            let target = if path.is_empty() {
                page.clone()
            } else {
                assert!(path.starts_with('/'), "{page}: relative link {url}");
                let p = path.trim_start_matches('/');
                if p.is_empty() || p.ends_with('/') {
                    format!("{p}index.html")
                } else {
                    p.to_string()
                }
            };
            assert!(
                files.contains_key(&target),
                "{page} links to {url}, which does not exist"
            );
            if !fragment.is_empty() {
                assert!(
                    ids[target.as_str()].iter().any(|i| i == fragment),
                    "{page}: no #{fragment} in {target}"
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 50, "only {checked} links checked");
}

#[test]
fn builds_are_byte_identical() {
    let site = Site::example();
    site.run(&["build", "--output", "one"]).expect(0);
    site.run(&["build", "--output", "two"]).expect(0);
    let (one, two) = (site.tree("one"), site.tree("two"));
    assert!(!one.is_empty());
    assert_eq!(one, two);
}

#[test]
fn base_url_override_changes_links_only() {
    let site = Site::example();
    site.run(&["build", "--base-url", "https://preview.example.org/legal/"])
        .expect(0);
    let html = site.read("public/de/privacy/index.html");
    assert!(html.contains(
        "<link rel=\"canonical\" href=\"https://preview.example.org/legal/de/privacy/\">"
    ));
    assert!(html.contains("href=\"/legal/charter.css\""));
}

#[test]
fn raw_html_in_policies_is_escaped() {
    let site = Site::example();
    let path = "content/privacy.md";
    let text = site.read(path) + "\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n";
    site.write(path, text);
    site.record_translations();
    site.run(&["build"]).expect(0);
    let html = site.read("public/privacy/index.html");
    assert!(!html.contains("<script>alert"), "raw script passed through");
    assert!(!html.contains("<img src=x"), "raw img passed through");
    assert!(html.contains("&lt;script&gt;"));
}

#[test]
fn help_is_available_for_every_command() {
    let site = Site::empty();
    for cmd in [
        vec!["--help"],
        vec!["build", "--help"],
        vec!["init", "--help"],
    ] {
        let run = site.run(&cmd);
        run.expect(0);
        assert!(run.stdout.contains("Usage:"), "{cmd:?}");
    }
}

#[test]
fn seed_policy_fixture_builds_with_autolinked_contact() {
    let site = Site::fixture("seed-site");
    // The seed policy lacks the complaint right: no build without an override.
    site.run(&["build"]).expect(1);
    assert!(!site.path().join("public").exists());
    site.run(&["build", "--allow-lint-errors"]).expect(0);
    let html = site.read("public/privacy/index.html");
    assert!(html.contains("<a href=\"mailto:support@whasapi.cloud\">support@whasapi.cloud</a>"));
}

/// A progress bar on an interactive terminal, cleared before the summary;
/// nothing but the summary when stderr is a pipe (CI logs stay clean).
#[test]
fn progress_bar_only_on_a_terminal() {
    let site = Site::example();
    let piped = site.run(&["build"]);
    assert_eq!(piped.code, Some(0), "{}", piped.stderr);
    assert!(!piped.stderr.contains("Building"), "{}", piped.stderr);
    assert!(!piped.stderr.contains('\r'), "{}", piped.stderr);
    assert!(
        piped.stderr.trim_end().ends_with("public"),
        "{}",
        piped.stderr
    );

    // `script` (util-linux) runs the build on a pseudo-terminal.
    let command = format!("{} build", crate::harness::BIN);
    let out = std::process::Command::new("script")
        .args(["-q", "-e", "-c", &command, "/dev/null"])
        .current_dir(site.path())
        .env("NO_COLOR", "1")
        .output()
        .expect("run script(1)");
    let screen = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{screen}");
    assert!(screen.contains("Building"), "{screen}");
    assert!(screen.contains("documents"), "{screen}");
    let last = screen.lines().last().unwrap_or_default();
    assert!(last.contains("Built "), "{screen}");
}

/// Every file of a built site with its inode: a file kept from the previous
/// build keeps its inode, a file written anew gets another.
#[cfg(unix)]
fn inodes(dir: &std::path::Path) -> BTreeMap<String, u64> {
    use std::os::unix::fs::MetadataExt;
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap();
            let rel = rel.to_string_lossy().replace('\\', "/");
            (rel, e.metadata().unwrap().ino())
        })
        .collect()
}

/// The files whose inode changed between two builds (the marker excluded).
#[cfg(unix)]
fn rewritten(before: &BTreeMap<String, u64>, after: &BTreeMap<String, u64>) -> Vec<String> {
    after
        .iter()
        .filter(|(path, ino)| *path != ".charter-output" && before.get(*path) != Some(*ino))
        .map(|(path, _)| path.clone())
        .collect()
}

#[cfg(unix)]
#[test]
fn a_rebuild_after_one_sentence_changed_rewrites_only_that_page() {
    // The example site reads no git history (`[history] git = false`): a
    // page per document and no archive. With history, see the next test.
    let site = Site::example();
    let build = |site: &Site| site.run(&["build", "--verbose", "--now", "2026-12-04"]);
    build(&site).expect(0);
    let first = inodes(&site.path().join("public"));
    assert!(first.len() > 10, "{first:?}");

    // Nothing changed: nothing is written again, every file is kept.
    let run = build(&site);
    run.expect(0);
    let second = inodes(&site.path().join("public"));
    assert_eq!(rewritten(&first, &second), Vec::<String>::new());
    let files = format!("Files: 0 written, {} unchanged", first.len() - 1);
    assert!(run.stderr.contains(&files), "{}", run.stderr);

    // One sentence of the German privacy policy: its page is written, the
    // other pages, the stylesheet and the sitemap are kept.
    site.edit(
        "content/privacy.de.md",
        "diese Erklärung regelmäßig zu lesen",
        "diese Erklärung von Zeit zu Zeit zu lesen",
    );
    let run = build(&site);
    run.expect(0);
    let third = inodes(&site.path().join("public"));
    assert_eq!(rewritten(&second, &third), ["de/privacy/index.html"]);
    assert!(run.stderr.contains("Files: 1 written"), "{}", run.stderr);
    let page = site.read("public/de/privacy/index.html");
    assert!(
        page.contains("von Zeit zu Zeit"),
        "the new text is published"
    );
    // Kept and written files together are exactly what a fresh build makes.
    site.run(&["build", "--now", "2026-12-04", "--output", "fresh"])
        .expect(0);
    assert_eq!(site.tree("public"), site.tree("fresh"));
}

/// With git history, a sentence changed in a new version of one document
/// (committed, with its version, dates and notice period) rewrites exactly
/// what shows it: the document's page, its archive (the versions list, the
/// previous version's page, now superseded, the new version's page and
/// `index.json`), the home page of its language, the sitemap and that
/// language's feed. The other languages' pages and feeds are kept.
#[cfg(unix)]
#[test]
fn a_new_version_rewrites_its_archive_the_home_page_the_sitemap_and_the_feed() {
    use crate::harness::git;
    let site = Site::example();
    site.edit("site.toml", "git = false", "git = true");
    // An English-only document, so that its new version needs no
    // translation updated with it.
    for translation in ["content/terms.de.md", "content/terms.fr.md"] {
        std::fs::remove_file(site.path().join(translation)).unwrap();
    }
    site.edit(
        "content/terms.md",
        "translations: [en, de, fr]   # not yet published in Spanish or Arabic",
        "translations: [en]",
    );
    git(site.path(), &["init", "-q", "-b", "main"], None);
    git(site.path(), &["add", "-A"], None);
    git(
        site.path(),
        &["commit", "-q", "-m", "published"],
        Some("2025-05-02T09:00:00+00:00"),
    );
    let build = |site: &Site| site.run(&["build", "--verbose", "--now", "2026-12-04"]);
    build(&site).expect(0);
    let first = inodes(&site.path().join("public"));
    assert!(first.contains_key("changes.xml"), "{first:?}");
    assert!(first.contains_key("de/changes.xml"), "{first:?}");

    for (from, to) in [
        ("you agree to these terms.", "you accept these terms."),
        ("updated: 2025-05-02", "updated: 2026-11-02"),
        ("effective: 2025-06-01", "effective: 2026-12-03"),
        ("version: \"1.3\"", "version: \"1.4\""),
    ] {
        site.edit("content/terms.md", from, to);
    }
    git(
        site.path(),
        &["commit", "-q", "-a", "-m", "terms: wording"],
        Some("2026-11-02T09:00:00+00:00"),
    );
    let run = build(&site);
    run.expect(0);
    let second = inodes(&site.path().join("public"));
    let expected = [
        "changes.xml",
        "index.html",
        "sitemap.xml",
        "terms/index.html",
        "terms/index.json",
        "terms/versions/2025-05-02/index.html",
        "terms/versions/2026-11-02/index.html",
        "terms/versions/index.html",
    ];
    assert_eq!(rewritten(&first, &second), expected);
    let files = format!(
        "Files: {} written, {} unchanged",
        expected.len(),
        second.len() - 1 - expected.len()
    );
    assert!(run.stderr.contains(&files), "{files:?} in {}", run.stderr);
    assert!(
        site.read("public/terms/index.html")
            .contains("you accept these terms.")
    );
    assert!(
        site.read("public/changes.xml")
            .contains("Terms of Service 1.4 (2026-11-02)")
    );
    // Kept and written files together are exactly what a fresh build makes.
    site.run(&["build", "--now", "2026-12-04", "--output", "fresh"])
        .expect(0);
    assert_eq!(site.tree("public"), site.tree("fresh"));
}
