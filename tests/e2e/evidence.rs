//! `charter lint --evidence`: the compliance matrix, snapshot-tested on the
//! example site and on the English rule fixture (a complete policy the rule
//! tests use).

use crate::harness::{Site, repo};

/// The matrix rows of the GDPR requirements: the rows of other rules depend
/// on the clone (git history) and are covered elsewhere.
fn gdpr_rows(out: &str) -> String {
    out.lines()
        .filter(|l| l.trim_start().starts_with("gdpr."))
        .map(|l| format!("{}\n", l.trim_end()))
        .collect()
}

#[test]
fn the_example_sites_privacy_policy_has_its_evidence() {
    let site = Site::example();
    let out = site.run(&[
        "lint",
        "--now",
        "2026-12-03",
        "--evidence",
        "content/privacy.md",
    ]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let rows = gdpr_rows(&out.stdout);
    // Every GDPR requirement of the example policy is met or passes.
    assert!(!rows.contains("MISSING"), "{rows}");
    assert!(rows.contains("gdpr.rights.erasure"), "{rows}");
    insta::assert_snapshot!("evidence.example.privacy", rows);
}

#[test]
fn a_complete_policy_has_its_evidence_as_json() {
    let site = Site::empty();
    site.write(
        "site.toml",
        "title = \"Fixture\"\nbase_url = \"https://legal.example.com\"\ndefault_language = \"en\"\n",
    );
    let policy = std::fs::read_to_string(repo().join("tests/fixtures/rules/en.md")).unwrap();
    site.write("content/privacy.md", policy);
    let out = site.run(&[
        "lint",
        "--now",
        "2026-11-25",
        "--evidence",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    let rows = v[0]["rows"].as_array().expect("rows");
    let gdpr: Vec<&serde_json::Value> = rows
        .iter()
        .filter(|r| r["rule"].as_str().unwrap().starts_with("gdpr."))
        .collect();
    assert!(gdpr.iter().all(|r| r["status"] != "finding"), "{v:#}");
    insta::assert_snapshot!(
        "evidence.fixture.en",
        serde_json::to_string_pretty(&gdpr).unwrap()
    );
}
