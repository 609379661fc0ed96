//! Translation consistency: each `i18n.*` rule fires on its fixture site and
//! passes once the fixture is fixed; the example site's Spanish and Arabic
//! translations lint clean, build, and go stale when the original changes.
//!
//! `tests/fixtures/i18n/base/` is a site whose German translation is up to
//! date; each folder beside it holds the files that break one rule, laid
//! over a copy of the base.

use serde_json::Value;

use crate::harness::{Site, copy_tree, repo, rule_ids};

/// The base site with the fixture folder `name` laid over it.
fn fixture(name: &str) -> Site {
    let site = Site::fixture("i18n/base");
    copy_tree(&repo().join("tests/fixtures/i18n").join(name), site.path());
    site
}

/// Lints; returns the exit code, the JSON report and the human output.
fn lint(site: &Site) -> (Option<i32>, Value, String) {
    let json = site.run(&["lint", "--format", "json"]);
    assert!(
        json.code == Some(0) || json.code == Some(1),
        "{}",
        json.stderr
    );
    let v: Value = serde_json::from_str(&json.stdout).unwrap();
    (json.code, v, site.run(&["lint"]).stdout)
}

/// Asserts the site lints with no finding at all.
fn assert_clean(site: &Site, why: &str) {
    let (code, v, out) = lint(site);
    assert_eq!(rule_ids(&v), Vec::<String>::new(), "{why}:\n{out}");
    assert_eq!(code, Some(0), "{why}");
}

/// The hash the stale-translation finding asks the author to record.
fn hash_in_help(v: &Value) -> String {
    let help = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "i18n.stale-translation")
        .and_then(|d| d["help"].as_str())
        .expect("a stale-translation finding with help")
        .to_string();
    let at = help.find("translation_of: \"").expect("hash in help") + 17;
    help[at..at + 12].to_string()
}

#[test]
fn the_base_fixture_is_clean() {
    assert_clean(&fixture("base"), "base");
}

#[test]
fn missing_translation_fires_and_passes_when_the_languages_are_listed() {
    let site = fixture("missing-translation");
    let (code, v, out) = lint(&site);
    assert_eq!(rule_ids(&v), ["i18n.missing-translation"], "{out}");
    assert_eq!(code, Some(0), "a warning");
    insta::assert_snapshot!("i18n.missing-translation", out);

    // A language list that names a language the site does not have is a typo.
    site.edit(
        "content/terms.md",
        "contact: legal@example.com\n",
        "contact: legal@example.com\ntranslations: [en, de, es]\n",
    );
    let (_, v, out) = lint(&site);
    assert_eq!(rule_ids(&v), ["i18n.missing-translation"], "{out}");
    assert!(
        out.contains("`es` is not one of the site's languages"),
        "{out}"
    );

    site.edit("content/terms.md", "[en, de, es]", "[en, de]");
    assert_clean(&site, "published in English and German only");
}

#[test]
fn version_mismatch_names_the_originals_values_and_passes_when_copied() {
    let site = fixture("version-mismatch");
    let (code, v, out) = lint(&site);
    assert_eq!(rule_ids(&v), ["i18n.version-mismatch"; 4], "{out}");
    assert_eq!(code, Some(1), "an error");
    for expected in [
        "`effective` is 2025-07-01 here but 2025-06-01 in the original content/terms.md",
        "`version` is \"0.9\" here but \"1.0\" in the original content/terms.md",
        "Sub-processor Hetzner of the original content/terms.md is missing",
        "Sub-processor OVHcloud is not in the original",
    ] {
        assert!(out.contains(expected), "{expected}:\n{out}");
    }
    insta::assert_snapshot!("i18n.version-mismatch", out);

    site.write(
        "content/terms.de.md",
        site.read("content/terms.de.md")
            .replace("version: \"0.9\"", "version: \"1.0\"")
            .replace("effective: 2025-07-01", "effective: 2025-06-01")
            .replace("name: OVHcloud", "name: Hetzner"),
    );
    assert_clean(&site, "fields copied from the original");
}

#[test]
fn stale_translation_fires_when_the_original_changes_and_passes_when_recorded() {
    let site = fixture("stale-translation");
    let (code, v, out) = lint(&site);
    assert_eq!(rule_ids(&v), ["i18n.stale-translation"], "{out}");
    assert_eq!(code, Some(1), "an error");
    insta::assert_snapshot!("i18n.stale-translation", out);

    // The author brings the translation up to date and records the hash the
    // finding printed.
    let hash = hash_in_help(&v);
    site.edit(
        "content/terms.de.md",
        "Mit der Nutzung der Dienste",
        "Mit der Einrichtung eines Kontos",
    );
    let recorded = site.read("content/terms.de.md");
    let old = recorded
        .lines()
        .find(|l| l.starts_with("translation_of:"))
        .unwrap()
        .to_string();
    site.edit(
        "content/terms.de.md",
        &old,
        &format!("translation_of: \"{hash}\""),
    );
    assert_clean(&site, "translation recorded as current");

    // Re-wrapping the original's lines changes nothing that needs translating.
    site.edit(
        "content/terms.md",
        "through its website and its apps. By",
        "through its website\nand its apps.  By",
    );
    assert_clean(&site, "white space only");
}

#[test]
fn stale_translation_says_which_sections_are_new() {
    let site = fixture("base");
    site.write(
        "content/terms.md",
        site.read("content/terms.md")
            + "\n## 5. Termination\n\nYou may close your account at any time.\n",
    );
    let (code, v, out) = lint(&site);
    assert_eq!(
        rule_ids(&v),
        ["i18n.stale-translation", "i18n.structure"],
        "{out}"
    );
    assert_eq!(code, Some(1));
    assert!(
        out.contains("new in the original: \"5. Termination\""),
        "{out}"
    );
    insta::assert_snapshot!("i18n.stale-translation-new-section", out);
}

#[test]
fn a_translation_that_records_nothing_or_a_version_is_reported() {
    let site = fixture("base");
    let text = site.read("content/terms.de.md");
    let line = text
        .lines()
        .find(|l| l.starts_with("translation_of:"))
        .unwrap()
        .to_string();
    site.edit("content/terms.de.md", &format!("{line}\n"), "");
    let (code, v, out) = lint(&site);
    assert_eq!(rule_ids(&v), ["i18n.stale-translation"], "{out}");
    assert_eq!(v["diagnostics"][0]["severity"], "warning");
    assert_eq!(code, Some(0), "unknown is not stale");
    insta::assert_snapshot!("i18n.stale-translation-unrecorded", out);

    site.edit(
        "content/terms.de.md",
        "version: \"1.0\"\n",
        "version: \"1.0\"\ntranslation_of: \"1.0\"\n",
    );
    let (code, v, out) = lint(&site);
    assert_eq!(rule_ids(&v), ["i18n.stale-translation"], "{out}");
    assert_eq!(code, Some(1));
    assert!(out.contains("not a content hash"), "{out}");
}

#[test]
fn structure_finds_a_missing_section_and_list_item_and_passes_when_restored() {
    let site = fixture("structure");
    let (code, v, out) = lint(&site);
    assert_eq!(rule_ids(&v), ["i18n.structure"; 2], "{out}");
    assert_eq!(code, Some(0), "warnings");
    assert!(
        out.contains(
            "Section \"3. Fees\" (level 2) of the original content/terms.md has no counterpart"
        ),
        "{out}"
    );
    assert!(
        out.contains("list item(s) 2 where the original has 3"),
        "{out}"
    );
    insta::assert_snapshot!("i18n.structure", out);

    copy_tree(
        &repo().join("tests/fixtures/i18n/base/content/terms.de.md"),
        &site.path().join("content/terms.de.md"),
    );
    assert_clean(&site, "structure restored");
}

#[test]
fn untranslated_finds_an_english_paragraph_in_german_and_passes_when_translated() {
    let site = fixture("untranslated");
    let (code, v, out) = lint(&site);
    assert_eq!(rule_ids(&v), ["i18n.untranslated"], "{out}");
    assert_eq!(code, Some(0), "a warning");
    insta::assert_snapshot!("i18n.untranslated", out);

    copy_tree(
        &repo().join("tests/fixtures/i18n/base/content/terms.de.md"),
        &site.path().join("content/terms.de.md"),
    );
    assert_clean(&site, "translated");
}

#[test]
fn missing_theme_strings_are_reported_and_pass_when_complete() {
    let site = fixture("theme-strings");
    let (code, v, out) = lint(&site);
    assert_eq!(rule_ids(&v), ["i18n.theme-strings"], "{out}");
    assert_eq!(code, Some(0), "a warning");
    insta::assert_snapshot!("i18n.theme-strings", out);

    // The build still shows the German page, English where strings are missing.
    site.run(&["build"]).expect(0);
    let page = site.read("public/de/terms/index.html");
    assert!(page.contains("Gültig ab"), "the site's own string");
    assert!(
        page.contains("Skip to content"),
        "English where German is missing"
    );

    copy_tree(
        &repo().join("themes/default/i18n/de.toml"),
        &site.path().join("themes/default/i18n/de.toml"),
    );
    assert_clean(&site, "complete German strings");
}

#[test]
fn the_example_site_lints_clean_and_builds_spanish_and_arabic() {
    let site = Site::example();
    let (code, v, out) = lint(&site);
    assert_eq!(code, Some(0), "{out}");
    assert_eq!(v["summary"]["errors"], 0, "{out}");
    assert_eq!(v["summary"]["warnings"], 0, "{out}");
    site.run(&["build"]).expect(0);

    let ar = site.read("public/ar/privacy/index.html");
    assert!(
        ar.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "Arabic is RTL"
    );
    // CLDR's Arabic long date as icu formats it: Arabic month name, Latin digits.
    assert!(
        ar.contains("<time datetime=\"2025-05-02\">2 مايو 2025</time>"),
        "{}",
        &ar[ar.find("<dl").unwrap()..ar.find("</dl>").unwrap()]
    );
    let es = site.read("public/es/privacy/index.html");
    assert!(es.contains("<html lang=\"es\" dir=\"ltr\">"));
    assert!(es.contains("<time datetime=\"2025-05-02\">2 de mayo de 2025</time>"));

    // The switcher: same document in every language it exists in, and a
    // plain statement (in that language) where it does not.
    let terms = site.read("public/terms/index.html");
    assert!(terms.contains("href=\"/de/terms/\""));
    assert!(!terms.contains("href=\"/es/terms/\""));
    assert!(
        terms.contains("<span class=\"unavailable\" lang=\"es\">Español <small>(No disponible en este idioma)</small></span>"),
        "{terms}"
    );
    let privacy = site.read("public/privacy/index.html");
    for lang in ["de", "fr", "es", "ar"] {
        assert!(privacy.contains(&format!("href=\"/{lang}/privacy/\" hreflang=\"{lang}\"")));
    }
    // The root page links every language's home page, no script needed.
    let root = site.read("public/index.html");
    for lang in ["de", "fr", "es", "ar"] {
        assert!(
            root.contains(&format!("href=\"/{lang}/\" hreflang=\"{lang}\"")),
            "{lang}"
        );
    }
    assert!(!root.contains("<script"));
}

#[test]
fn changing_one_sentence_of_the_privacy_policy_makes_every_translation_stale() {
    let site = Site::example();
    site.edit(
        "content/privacy.md",
        "We do not sell your personal information.",
        "We do not sell or rent your personal information.",
    );
    let (code, v, out) = lint(&site);
    assert_eq!(code, Some(1), "{out}");
    let stale: Vec<&str> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "i18n.stale-translation")
        .map(|d| d["file"].as_str().unwrap())
        .collect();
    assert_eq!(
        stale,
        [
            "content/privacy.ar.md",
            "content/privacy.de.md",
            "content/privacy.es.md",
            "content/privacy.fr.md"
        ],
        "{out}"
    );
    // Nothing else is wrong; the rest is the note that the GDPR patterns do
    // not read Arabic.
    for d in v["diagnostics"].as_array().unwrap() {
        let stale = d["rule"] == "i18n.stale-translation" && d["severity"] == "error";
        assert!(stale || d["severity"] == "info", "{d}");
    }
}

#[test]
fn a_new_site_records_what_its_translation_translates() {
    let tmp = Site::empty();
    tmp.run(&["init", "x"]).expect(0);
    let run = tmp.run(&["lint", "--root", "x", "--format", "json"]);
    run.expect(0);
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    // Nothing is wrong: the only findings are the infos asking, one per
    // document, for the facts `charter init` no longer guesses.
    assert_eq!(
        rule_ids(&v),
        ["lint.missing-fact", "lint.missing-fact"],
        "{v:#}"
    );
}

/// A Rust-coded rule that cannot read a language says so like a data rule:
/// `i18n.untranslated` knows no Arabic words, so a translation of an Arabic
/// original gets `lint.unsupported-language` for it, not a silent pass.
#[test]
fn untranslated_says_when_it_cannot_read_the_originals_language() {
    let site = Site::fixture("i18n/base");
    site.write(
        "site.toml",
        site.read("site.toml")
            .replace("default_language = \"en\"", "default_language = \"ar\"")
            .replace(
                "[languages.en]\nname = \"English\"",
                "[languages.ar]\nname = \"العربية\"",
            ),
    );
    let (_, v, out) = lint(&site);
    let unsupported: Vec<&Value> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "lint.unsupported-language" && d["file"] == "content/terms.de.md")
        .collect();
    assert_eq!(unsupported.len(), 1, "{out}");
    let message = unsupported[0]["message"].as_str().unwrap();
    assert!(message.contains("cannot read `ar`"), "{message}");
    assert!(message.contains("i18n.untranslated"), "{message}");
    // The evidence matrix says the same.
    let evidence = site.run(&["lint", "--evidence", "content/terms.de.md"]);
    let row = evidence
        .stdout
        .lines()
        .find(|l| l.trim_start().starts_with("i18n.untranslated "))
        .unwrap_or_else(|| panic!("{}", evidence.stdout));
    assert!(
        row.ends_with("not checked: the rule cannot read `ar`"),
        "{row}"
    );
}
