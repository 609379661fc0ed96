//! `charter lint --changed-since REF`: a pull request's lint reports the
//! documents it touches, with their translations, and nothing else.

use std::path::Path;
use std::process::Command;

use crate::harness::Site;

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args([
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.invalid",
        ])
        .args([
            "-c",
            "init.defaultBranch=main",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn drop_line(site: &Site, rel: &str, containing: &str) {
    let text = site.read(rel);
    let kept: Vec<&str> = text.lines().filter(|l| !l.contains(containing)).collect();
    assert_eq!(
        kept.len() + 1,
        text.lines().count(),
        "{rel}: one line has {containing:?}"
    );
    site.write(rel, kept.join("\n") + "\n");
}

/// The example site on `main`, with two findings already committed: the
/// German privacy policy lacks the right to complain, and so does an
/// unrelated cookie policy.
fn repository() -> Site {
    let site = Site::example();
    drop_line(&site, "content/privacy.de.md", "Beschwerderecht");
    let privacy = site.read("content/privacy.md");
    let cookies = privacy.replace("title: Privacy Policy", "title: Cookie Policy");
    site.write("content/cookies.md", &cookies);
    drop_line(&site, "content/cookies.md", "lodge a complaint");
    git(site.path(), &["init", "--quiet"]);
    git(site.path(), &["add", "-A"]);
    git(site.path(), &["commit", "--quiet", "-m", "legal centre"]);
    git(site.path(), &["checkout", "--quiet", "-b", "change"]);
    site
}

/// Files with warnings or errors (infos, such as languages a rule cannot
/// read, are not what a review acts on).
fn reported_files(stdout: &str) -> Vec<String> {
    let json: serde_json::Value = serde_json::from_str(stdout).expect("JSON output");
    let mut files: Vec<String> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] != "info")
        .map(|d| d["file"].as_str().unwrap().to_string())
        .collect();
    files.dedup();
    files
}

#[test]
fn reports_the_changed_policy_and_its_translations_only() {
    let site = repository();
    // Without the flag, every finding in the site counts.
    let all = site.run(&["lint", "--format", "json"]);
    all.expect(1);
    assert_eq!(
        reported_files(&all.stdout),
        ["content/cookies.md", "content/privacy.de.md"]
    );

    // The branch drops the right to complain from the English original.
    drop_line(&site, "content/privacy.md", "lodge a complaint");
    git(
        site.path(),
        &["commit", "--quiet", "-am", "shorter rights section"],
    );
    let pr = site.run(&["lint", "--format", "json", "--changed-since", "main"]);
    pr.expect(1);
    let files = reported_files(&pr.stdout);
    assert!(
        files.contains(&"content/privacy.md".to_string()),
        "{files:?}"
    );
    assert!(
        files.contains(&"content/privacy.de.md".to_string()),
        "{files:?}"
    );
    assert!(
        !files.contains(&"content/cookies.md".to_string()),
        "{files:?}"
    );
    assert!(
        files.iter().all(|f| f.starts_with("content/privacy")),
        "{files:?}"
    );
}

#[test]
fn an_unrelated_clean_change_passes_and_uncommitted_edits_count() {
    let site = repository();
    // Only the German terms change (uncommitted): clean, so exit 0 even
    // though other documents have findings. (A change to the English
    // original would rightly make its translations stale.)
    let terms = site.read("content/terms.de.md");
    site.write("content/terms.de.md", terms + "\nEine weitere Klausel.\n");
    let run = site.run(&["lint", "--changed-since", "main"]);
    run.expect(0);
    assert!(run.stdout.contains("0 error(s)"), "{}", run.stdout);

    // An untracked new policy is a change too.
    let cookies = site.read("content/cookies.md");
    site.write("content/cookies.fr.md", cookies);
    let run = site.run(&["lint", "--format", "json", "--changed-since", "main"]);
    run.expect(1);
    assert!(reported_files(&run.stdout).contains(&"content/cookies.md".to_string()));
}

#[test]
fn site_config_changes_put_every_document_in_scope() {
    let site = repository();
    let config = site.read("site.toml");
    site.write("site.toml", config + "\n# reviewed\n");
    let run = site.run(&["lint", "--format", "json", "--changed-since", "main"]);
    run.expect(1);
    assert_eq!(
        reported_files(&run.stdout),
        ["content/cookies.md", "content/privacy.de.md"]
    );
}

#[test]
fn an_unknown_ref_is_an_input_error() {
    let site = repository();
    let run = site.run(&["lint", "--changed-since", "origin/mian"]);
    run.expect(2);
    assert!(run.stderr.contains("origin/mian"), "{}", run.stderr);

    let plain = Site::example();
    let run = plain.run(&["lint", "--changed-since", "main"]);
    run.expect(2);
    assert!(
        run.stderr.contains("not inside a git repository"),
        "{}",
        run.stderr
    );
}
