//! CONTRIBUTING.md's "Add a language", the path "In your own site, without
//! changing Charter", followed for Polish in `tests/fixtures/add-a-language/`:
//! the site declares the language, gives its theme strings, translates a
//! policy and adds a rule pack with a Polish pattern. Charter has no Polish
//! vocabulary (rust-stemmers has no Polish stemmer), so its built-in
//! statement rules say they cannot read the Polish policy instead of passing
//! it silently.
//!
//! Polish also has built-in theme strings; the site's own file replaces them
//! whole, and the page assertions use strings that differ from the built-in
//! ones, so they show that the site's file is the one read.
//!
//! The fixture holds exactly the files that checklist names:
//! `the_fixture_holds_exactly_the_files_the_checklist_names` reads the
//! checklist from CONTRIBUTING.md, so a step added there without a fixture
//! file, or a fixture file no step names, fails.

use serde_json::Value;

use crate::harness::{Site, findings, repo};

const FIXTURE: &str = "add-a-language";

/// The files the site-level checklist names, in its order, with
/// `<lang>`, `<theme>`, `<slug>` and `<pack>` as CONTRIBUTING.md writes them.
const CHECKLIST: &[&str] = &[
    "site.toml",
    "themes/<theme>/i18n/<lang>.toml",
    "content/<slug>.md",
    "content/<slug>.<lang>.md",
    "rules/<pack>.yaml",
];

/// What the fixture fills the placeholders with.
const FILLED: &[(&str, &str)] = &[
    ("<lang>", "pl"),
    ("<theme>", "default"),
    ("<slug>", "privacy"),
    ("<pack>", "complaint-pl"),
];

const POLICY: &str = "content/privacy.pl.md";
const STRINGS: &str = "themes/default/i18n/pl.toml";
const RULE: &str = "local.rights.complaint-pl";
const COMPLAINT: &str = "Masz prawo wniesienia skargi do organu nadzorczego; w Polsce jest nim Prezes Urzędu Ochrony Danych Osobowych.\n";

/// The files each numbered step of CONTRIBUTING.md's "### In your own site,
/// without changing Charter" names: the code spans before its first colon
/// ("3. `content/<slug>.md`, `content/<slug>.<lang>.md`: …"), in order.
fn checklist_paths() -> Vec<String> {
    let text = std::fs::read_to_string(repo().join("CONTRIBUTING.md")).unwrap();
    let start = text
        .find("### In your own site, without changing Charter")
        .expect("CONTRIBUTING.md has the site-level checklist");
    let section = &text[start..];
    let end = section[3..].find("\n#").map_or(section.len(), |i| i + 3);
    section[..end]
        .lines()
        .filter_map(|line| {
            let (number, step) = line.split_once(". ")?;
            number.parse::<u32>().ok()?;
            let head = &step[..step.find("`: ")? + 1];
            Some(head.split('`').skip(1).step_by(2).map(str::to_string))
        })
        .flatten()
        .collect()
}

#[test]
fn the_fixture_holds_exactly_the_files_the_checklist_names() {
    assert_eq!(
        checklist_paths(),
        CHECKLIST,
        "CONTRIBUTING.md's site-level checklist changed: update CHECKLIST and the fixture"
    );
    let mut expected: Vec<String> = CHECKLIST
        .iter()
        .map(|p| {
            FILLED
                .iter()
                .fold(p.to_string(), |p, (from, to)| p.replace(from, to))
        })
        .collect();
    expected.sort();
    let on_disk: Vec<String> = crate::harness::tree(&repo().join("tests/fixtures").join(FIXTURE))
        .into_keys()
        .collect();
    assert_eq!(on_disk, expected, "tests/fixtures/{FIXTURE}/");
}

/// `charter lint --format json` on the site; exit 0 or 1.
fn lint(site: &Site) -> Value {
    let run = site.run(&["lint", "--format", "json"]);
    assert!(matches!(run.code, Some(0 | 1)), "{}", run.stderr);
    serde_json::from_str(&run.stdout).expect("lint JSON")
}

/// Every finding as `rule severity file:line`.
fn located(v: &Value) -> Vec<String> {
    v["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            format!(
                "{} {} {}:{}",
                d["rule"], d["severity"], d["file"], d["line"]
            )
            .replace('"', "")
        })
        .collect()
}

#[test]
fn the_polish_page_is_built_with_the_sites_own_strings() {
    let site = Site::fixture(FIXTURE);
    site.run(&["build"]).expect(0);
    let page = site.read("public/pl/privacy/index.html");
    assert!(page.contains(r#"<html lang="pl" dir="ltr">"#), "{page}");
    assert!(page.contains("<h1>Polityka prywatności</h1>"), "{page}");
    // The site's strings, where they differ from the built-in pl.toml
    // ("Ostatnia aktualizacja", "Języki"): the site's file is the one read.
    for own in [
        "Data ostatniej zmiany",
        "Wersje językowe",
        "Przejdź do treści strony",
    ] {
        assert!(page.contains(own), "{own:?} not on the page:\n{page}");
    }
    assert!(!page.contains("Ostatnia aktualizacja"), "{page}");
    // Dates come from CLDR, with nothing in the site.
    assert!(
        page.contains(r#"<time datetime="2026-03-02">2 marca 2026</time>"#),
        "{page}"
    );
    let home = site.read("public/pl/index.html");
    assert!(home.contains(r#"<html lang="pl" dir="ltr">"#), "{home}");
    assert!(home.contains("/pl/privacy/"), "{home}");
}

#[test]
fn the_polish_strings_are_complete_and_a_missing_one_is_reported() {
    let site = Site::fixture(FIXTURE);
    assert_eq!(findings(&lint(&site), "i18n.theme-strings").len(), 0);

    // The site's file replaces the built-in one whole: a key it lacks falls
    // back to English, and the rule names it at the site's file.
    site.edit(STRINGS, "last_updated = \"Data ostatniej zmiany\"\n", "");
    let v = lint(&site);
    let found = findings(&v, "i18n.theme-strings");
    assert_eq!(found.len(), 1, "{:?}", located(&v));
    assert_eq!(found[0]["lang"], "pl");
    assert_eq!(found[0]["file"], STRINGS);
    let message = found[0]["message"].as_str().unwrap();
    assert!(
        message.starts_with("1 interface string(s) for Polski (pl) fall back to en: last_updated"),
        "{message}"
    );
}

#[test]
fn the_sites_polish_rule_passes_and_fires_when_the_sentence_is_removed() {
    let site = Site::fixture(FIXTURE);
    let v = lint(&site);
    assert_eq!(findings(&v, RULE).len(), 0, "{:?}", located(&v));

    site.edit(POLICY, COMPLAINT, "");
    let v = lint(&site);
    // Pointed at the rights section (`point_at: rights`, heading `prawa`).
    let heading = site
        .read(POLICY)
        .lines()
        .position(|l| l == "## 3. Twoje prawa")
        .expect("the rights heading")
        + 1;
    assert_eq!(heading, 25);
    assert_eq!(
        located(&v)
            .into_iter()
            .filter(|l| l.starts_with(RULE))
            .collect::<Vec<_>>(),
        [format!("{RULE} error {POLICY}:25")]
    );
}

#[test]
fn built_in_statement_rules_say_they_cannot_read_polish() {
    let site = Site::fixture(FIXTURE);
    let v = lint(&site);
    // Nothing else: the fixture is otherwise clean in both languages.
    assert_eq!(
        located(&v),
        [
            "lint.unsupported-language info content/privacy.md:4",
            "lint.unsupported-language info content/privacy.pl.md:4",
        ]
    );
    let unread = findings(&v, "lint.unsupported-language");
    // The site's rule has only Polish patterns.
    assert_eq!(
        unread[0]["message"],
        format!("1 rule(s) cannot read `en`; not checked: {RULE}")
    );
    let message = unread[1]["message"].as_str().unwrap();
    assert!(message.contains("cannot read `pl`"), "{message}");
    for rule in [
        "gdpr.rights.complaint",
        "gdpr.rights.access",
        "gdpr.controller.identity",
        "gdpr.retention",
    ] {
        assert!(message.contains(rule), "{rule} not in {message}");
    }
    assert!(!message.contains(RULE), "{message}");
}

/// A file outside the site, named on the command line, is checked with the
/// `rules/` of the folder Charter runs in, as README's "Files outside a site"
/// says; from a folder without them, with the built-in packs alone. (A
/// developer probing a sentence with an older binary inside the repository
/// gets the repository's packs: this is that behaviour, pinned.)
#[test]
fn a_file_outside_the_site_is_checked_with_the_rules_of_the_folder_charter_runs_in() {
    let site = Site::fixture(FIXTURE);
    let elsewhere = Site::empty();
    let stray = elsewhere.path().join("notice.pl.md");
    std::fs::write(&stray, site.read(POLICY).replacen(COMPLAINT, "", 1)).unwrap();
    let stray = stray.to_str().unwrap();
    let rule_fires = |cwd: &std::path::Path| {
        let run = site.run_with(&["lint", "--format", "json", stray], cwd, &[]);
        assert!(matches!(run.code, Some(0 | 1)), "{}", run.stderr);
        let v: Value = serde_json::from_str(&run.stdout).expect("lint JSON");
        !findings(&v, RULE).is_empty()
    };
    assert!(
        rule_fires(site.path()),
        "run in the site: its own pack applies"
    );
    // The stray file's folder has no site.toml and no rules/.
    assert!(
        !rule_fires(elsewhere.path()),
        "run elsewhere: built-in packs only"
    );
    // rules/ alone, without site.toml, is read as well.
    std::fs::remove_file(site.path().join("site.toml")).unwrap();
    assert!(
        rule_fires(site.path()),
        "rules/ without site.toml still applies"
    );
}
