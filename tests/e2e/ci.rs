//! The CI lint gate: GitLab's Code Quality report, GitHub's job summary, and
//! paths that CI systems can attach to the repository's files.

use serde_json::Value;

use crate::harness::{Site, repo};

fn gitlab_report(site: &Site) -> Vec<Value> {
    let run = site.run(&["lint", "--format", "gitlab"]);
    run.expect(1);
    serde_json::from_str(&run.stdout).expect("the report is JSON")
}

#[test]
fn gitlab_report_validates_against_the_code_quality_schema() {
    let site = Site::fixture("seed-site");
    // Two findings on one line, so the uniqueness of fingerprints is tested too.
    site.edit(
        "content/privacy.md",
        "## 8. Your Rights",
        "## 8. Your Rights\n\nTODO: [COMPANY] rights.",
    );
    let report = gitlab_report(&site);
    let text = std::fs::read_to_string(repo().join("tests/schemas/gitlab-code-quality.json"))
        .expect("schema file");
    let schema: Value = serde_json::from_str(&text).expect("schema is JSON");
    let validator = jsonschema::draft7::new(&schema).expect("schema compiles");
    let report_value = Value::Array(report.clone());
    let errors: Vec<String> = validator
        .iter_errors(&report_value)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");

    let complaint = report
        .iter()
        .find(|i| i["check_name"] == "gdpr.rights.complaint")
        .expect("the seed's missing complaint right is reported");
    assert_eq!(complaint["severity"], "major");
    assert_eq!(complaint["location"]["path"], "content/privacy.md");
    assert_eq!(complaint["location"]["lines"]["begin"], 85);
    let mut fingerprints: Vec<&str> = report
        .iter()
        .map(|i| i["fingerprint"].as_str().unwrap())
        .collect();
    fingerprints.sort();
    fingerprints.dedup();
    assert_eq!(fingerprints.len(), report.len(), "fingerprints are unique");
}

#[test]
fn gitlab_fingerprints_survive_reruns_and_moved_lines() {
    let site = Site::fixture("seed-site");
    let fingerprints = |site: &Site| -> Vec<(String, String, u64)> {
        gitlab_report(site)
            .iter()
            .map(|i| {
                (
                    i["check_name"].as_str().unwrap().to_string(),
                    i["fingerprint"].as_str().unwrap().to_string(),
                    i["location"]["lines"]["begin"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    let first = fingerprints(&site);
    assert!(!first.is_empty());
    assert_eq!(fingerprints(&site), first, "identical across runs");

    // A blank line above the rights section moves the findings there down
    // one line and changes no fingerprint.
    site.edit(
        "content/privacy.md",
        "## 8. Your Rights",
        "\n## 8. Your Rights",
    );
    let moved = fingerprints(&site);
    assert_eq!(moved.len(), first.len());
    for ((rule, fp, line), (rule2, fp2, line2)) in first.iter().zip(&moved) {
        assert_eq!(rule, rule2);
        assert_eq!(
            fp, fp2,
            "{rule}: fingerprint changed when an unrelated line moved"
        );
        let expected = if *line >= 85 { line + 1 } else { *line };
        assert_eq!(expected, *line2, "{rule}");
    }
    assert!(
        first
            .iter()
            .any(|(rule, _, line)| rule == "gdpr.rights.complaint" && *line == 85),
        "the complaint finding sits below the inserted line: {first:?}"
    );
}

#[test]
fn ci_paths_are_relative_to_the_working_directory() {
    // In CI the job runs at the repository root and the site may live in a
    // subfolder; annotations must name the file as the repository does.
    let outer = Site::empty();
    crate::harness::copy_tree(
        &repo().join("tests/fixtures/seed-site"),
        &outer.path().join("legal"),
    );
    let github = outer.run_with(
        &["lint", "--root", "legal", "--format", "github"],
        outer.path(),
        &[],
    );
    github.expect(1);
    assert!(
        github
            .stdout
            .contains("::error file=legal/content/privacy.md,line=85,"),
        "{}",
        github.stdout
    );
    let gitlab = outer.run_with(
        &["lint", "--root", "legal", "--format", "gitlab"],
        outer.path(),
        &[],
    );
    let report: Vec<Value> = serde_json::from_str(&gitlab.stdout).unwrap();
    assert_eq!(report[0]["location"]["path"], "legal/content/privacy.md");
}

#[test]
fn github_format_appends_a_job_summary() {
    let site = Site::fixture("seed-site");
    let summary = site.path().join("summary.md");
    std::fs::write(&summary, "## Earlier step\n\n").unwrap();
    let run = site.run_with(
        &["lint", "--format", "github"],
        site.path(),
        &[("GITHUB_STEP_SUMMARY", summary.to_str().unwrap())],
    );
    run.expect(1);
    let text = std::fs::read_to_string(&summary).unwrap();
    assert!(
        text.starts_with("## Earlier step\n\n"),
        "appended, not replaced"
    );
    insta::assert_snapshot!(text);
}
