//! Every rule, fixture by fixture: a compliant policy per language produces
//! no finding; taking out one tagged passage produces exactly that rule's
//! finding, in that language, and no other. Human output is snapshotted.
//!
//! The fixtures (`tests/fixtures/rules/<lang>.md`) tag each passage a rule
//! looks for with `<!-- rule.id -->` at the end of its line.

use crate::harness::Site;

const LANGUAGES: &[&str] = &["en", "de", "fr", "es", "it", "pt", "nl"];
const RIGHTS: &[&str] = &[
    "gdpr.rights.access",
    "gdpr.rights.rectification",
    "gdpr.rights.erasure",
    "gdpr.rights.restriction",
    "gdpr.rights.portability",
    "gdpr.rights.object",
    "gdpr.rights.withdraw-consent",
    "gdpr.rights.complaint",
];

/// A one-document site in `lang` with `policy` as its privacy policy.
fn site(lang: &str, policy: &str) -> Site {
    let site = Site::empty();
    site.write(
        "site.toml",
        format!(
            "title = \"Fixture\"\nbase_url = \"https://legal.example.com\"\ndefault_language = \"{lang}\"\n\n[organization]\nname = \"Example Ltd.\"\ncontact_email = \"privacy@example.com\"\naddress = \"1 Example Street, 10115 Berlin\"\n"
        ),
    );
    site.write("content/privacy.md", policy);
    site
}

fn fixture(lang: &str) -> String {
    std::fs::read_to_string(crate::harness::repo().join(format!("tests/fixtures/rules/{lang}.md")))
        .unwrap()
}

/// Lints and returns (rule ids, human output).
fn lint(site: &Site) -> (Vec<String>, String) {
    // A fixed today: snapshots of date rules must not change with the clock.
    let json = site.run(&["lint", "--now", "2026-11-25", "--format", "json"]);
    assert!(
        json.code == Some(0) || json.code == Some(1),
        "{}",
        json.stderr
    );
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let ids = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap().to_string())
        .collect();
    (ids, site.run(&["lint", "--now", "2026-11-25"]).stdout)
}

fn without_line(text: &str, tag: &str) -> String {
    let marker = format!("<!-- {tag} -->");
    assert!(text.contains(&marker), "fixture lacks {marker}");
    text.lines()
        .filter(|l| !l.contains(&marker))
        .map(|l| format!("{l}\n"))
        .collect()
}

#[test]
fn compliant_policies_pass_in_every_language() {
    for lang in LANGUAGES {
        let (ids, out) = lint(&site(lang, &fixture(lang)));
        assert!(ids.is_empty(), "{lang}: {out}");
    }
}

#[test]
fn each_missing_right_is_found_in_every_language() {
    for lang in LANGUAGES {
        for rule in RIGHTS {
            let (ids, out) = lint(&site(lang, &without_line(&fixture(lang), rule)));
            assert_eq!(ids, [*rule], "{lang} without {rule}:\n{out}");
            insta::assert_snapshot!(format!("{rule}.{lang}"), out);
        }
    }
}

#[test]
fn a_different_notice_period_is_found_in_every_language() {
    for lang in LANGUAGES {
        let text = fixture(lang);
        let tagged = text
            .lines()
            .find(|l| l.contains("<!-- dates.notice-period-text -->"))
            .unwrap();
        let changed = text.replacen(tagged, &tagged.replacen("30", "14", 1), 1);
        let (ids, out) = lint(&site(lang, &changed));
        assert_eq!(ids, ["dates.notice-period-text"], "{lang}:\n{out}");
        insta::assert_snapshot!(format!("dates.notice-period-text.{lang}"), out);
    }
}

/// Language-independent rules, on the English fixture: (name, change, expected rules).
#[test]
fn code_rules_fire_on_their_fixtures() {
    let en = fixture("en");
    let cases: Vec<(&str, String, Vec<&str>)> = vec![
        ("contact.address-missing", en.replace("privacy@example.com", "our privacy team"), vec!["contact.address"]),
        ("contact.address-malformed", en.replacen("privacy@example.com", "privacy@example", 1), vec!["contact.address"]),
        ("contact.address-mismatch", en.replace("privacy@example.com", "legal@example.org"), vec!["contact.address"]),
        ("dates.effective-delay-short", en.replace("effective: 2025-06-01", "effective: 2025-05-10"), vec!["dates.effective-delay"]),
        ("dates.effective-delay-before", en.replace("effective: 2025-06-01", "effective: 2025-04-01"), vec!["dates.effective-delay"]),
        (
            "dates.updated-in-future",
            en.replace("updated: 2025-05-02", "updated: 2099-05-02").replace("effective: 2025-06-01", "effective: 2099-06-01"),
            vec!["dates.updated-in-future"],
        ),
        ("subprocessors.list-missing", remove_subprocessors(&en), vec!["subprocessors.list", "subprocessors.undeclared", "subprocessors.undeclared"]),
        ("subprocessors.list-incomplete", en.replacen("    location: Germany\n", "", 1), vec!["subprocessors.list"]),
        ("subprocessors.undeclared", add_to_section(&en, "We accept payments through Stripe."), vec!["subprocessors.undeclared"]),
        (
            "subprocessors.unmentioned",
            en.replacen("subprocessors:\n", "subprocessors:\n  - name: Mailgun\n    purpose: Newsletters\n    location: United States\n", 1),
            vec!["subprocessors.unmentioned"],
        ),
    ];
    for (name, text, expected) in cases {
        let (ids, out) = lint(&site("en", &text));
        assert_eq!(ids, expected, "{name}:\n{out}");
        insta::assert_snapshot!(name, out);
    }
}

/// The engine's own rules: suppressions and languages the rules cannot read.
#[test]
fn engine_rules_fire_on_their_fixtures() {
    let en = fixture("en");
    let complaint = "<!-- gdpr.rights.complaint -->";
    let suppress = |comment: &str| without_line(&en, "gdpr.rights.complaint") + comment;
    let cases: Vec<(&str, &str, String, Vec<&str>)> = vec![
        (
            "lint.suppression-reason",
            "en",
            suppress("\n<!-- charter-disable gdpr.rights.complaint -->\n"),
            vec!["lint.suppression-reason"],
        ),
        (
            "lint.unknown-rule",
            "en",
            format!("{en}\n<!-- charter-disable gdpr.rights.complain: typo -->\n"),
            vec!["lint.unknown-rule"],
        ),
        (
            "lint.unused-suppression",
            "en",
            format!("{en}\n<!-- charter-disable gdpr.rights.complaint: stated elsewhere -->\n"),
            vec!["lint.unused-suppression"],
        ),
        // Polish: the GDPR rights patterns do not cover it yet; say so, do not guess.
        (
            "lint.unsupported-language",
            "pl",
            en.clone(),
            vec!["lint.unsupported-language"],
        ),
    ];
    assert!(en.contains(complaint));
    for (name, lang, text, expected) in cases {
        let (ids, out) = lint(&site(lang, &text));
        assert_eq!(ids, expected, "{name}:\n{out}");
        insta::assert_snapshot!(name, out);
    }
    // With a reason, the suppression silences the finding and passes.
    let (ids, _) = lint(&site(
        "en",
        &suppress("\n<!-- charter-disable gdpr.rights.complaint: see /complaints/ -->\n"),
    ));
    assert!(ids.is_empty(), "{ids:?}");
}

#[test]
fn providers_from_site_toml_extend_the_dictionary() {
    let en = fixture("en");
    let text = add_to_section(&en, "Support chats run on Acme Chat.");
    let site = site("en", &text);
    assert!(
        lint(&site).0.is_empty(),
        "unknown to the built-in dictionary"
    );
    let toml = site.read("site.toml") + "\n[lint]\nproviders = [\"Acme Chat\"]\n";
    site.write("site.toml", toml);
    assert_eq!(lint(&site).0, ["subprocessors.undeclared"]);
}

fn remove_subprocessors(text: &str) -> String {
    let start = text.find("subprocessors:").unwrap();
    let end = start + text[start..].find("\n---").unwrap() + 1;
    format!("{}{}", &text[..start], &text[end..])
}

/// Adds a paragraph before the rights section.
fn add_to_section(text: &str, paragraph: &str) -> String {
    let at = text.find("\n## 6.").expect("rights section");
    format!("{}\n{paragraph}\n{}", &text[..at], &text[at..])
}
