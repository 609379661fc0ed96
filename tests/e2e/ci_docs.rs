//! The copy-paste CI setup must keep working: `action.yml`, the workflows in
//! `docs/ci.md` and `.pre-commit-hooks.yaml` parse, and every Charter flag
//! they use is a real flag of the CLI.

use std::collections::BTreeSet;

use regex::Regex;
use serde_json::Value;

use crate::harness::{Site, repo};

fn yaml(text: &str, what: &str) -> Value {
    serde_saphyr::from_str(text).unwrap_or_else(|e| panic!("{what} is not valid YAML: {e}"))
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(repo().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The fenced ```yaml blocks of docs/ci.md.
fn doc_yaml_blocks() -> Vec<String> {
    let doc = read("docs/ci.md");
    let re = Regex::new(r"(?s)```yaml\n(.*?)```").unwrap();
    re.captures_iter(&doc).map(|c| c[1].to_string()).collect()
}

/// Flags passed to `charter lint` in shell lines: direct calls and the
/// action's `args=(lint …)` / `args+=(…)` arrays.
fn lint_flags(text: &str) -> BTreeSet<String> {
    let call = Regex::new(r"(charter lint|args=\(lint|args\+=\()([^\n]*)").unwrap();
    let flag = Regex::new(r"--[a-z][a-z-]*").unwrap();
    call.captures_iter(text)
        .flat_map(|c| {
            flag.find_iter(&c[2])
                .map(|m| m.as_str().to_string())
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn action_inputs_are_documented_and_its_flags_exist() {
    let action_text = read("action.yml");
    let action = yaml(&action_text, "action.yml");
    assert_eq!(action["runs"]["using"], "composite");
    let inputs: Vec<&String> = action["inputs"].as_object().unwrap().keys().collect();
    assert!(!inputs.is_empty());
    let doc = read("docs/ci.md");
    for input in &inputs {
        assert!(
            doc.contains(&format!("| `{input}` |")),
            "input `{input}` of action.yml is not in docs/ci.md's table"
        );
        assert!(
            action["inputs"][input.as_str()]["description"].is_string(),
            "input `{input}` has no description"
        );
    }

    let help = Site::empty().run(&["lint", "--help"]);
    help.expect(0);
    let mut used = lint_flags(&action_text);
    for block in doc_yaml_blocks() {
        used.extend(lint_flags(&block));
    }
    assert!(used.contains("--changed-since") && used.contains("--format"));
    for f in &used {
        assert!(
            help.stdout.contains(f.as_str()),
            "`charter lint {f}` does not exist"
        );
    }
    for format in Regex::new(r"--format (\w+)").unwrap().captures_iter(&doc) {
        let probe = Site::example().run(&["lint", "--format", &format[1]]);
        probe.expect(0);
    }
}

#[test]
fn documented_workflows_parse_and_use_the_action_as_defined() {
    let blocks = doc_yaml_blocks();
    assert!(blocks.len() >= 3, "GitHub, GitLab and pre-commit snippets");
    let action = yaml(&read("action.yml"), "action.yml");
    let inputs = action["inputs"].as_object().unwrap();
    let mut uses_action = 0;
    for block in &blocks {
        // Steps shown on their own are a fragment of a job's step list.
        let text = if block.trim_start().starts_with("- ") {
            format!("steps:\n{block}")
        } else {
            block.clone()
        };
        let value = yaml(&text, "a docs/ci.md snippet");
        for step in value["jobs"]
            .as_object()
            .into_iter()
            .flat_map(|jobs| jobs.values())
            .flat_map(|job| job["steps"].as_array().into_iter().flatten())
        {
            if step["uses"]
                .as_str()
                .is_some_and(|u| u.contains("/charter@"))
            {
                uses_action += 1;
                for key in step["with"].as_object().unwrap().keys() {
                    assert!(
                        inputs.contains_key(key),
                        "workflow sets unknown input `{key}`"
                    );
                }
            }
        }
    }
    assert_eq!(uses_action, 1, "the GitHub workflow uses the action");

    let gitlab = blocks
        .iter()
        .find(|b| b.contains("codequality"))
        .expect("a GitLab job");
    let job = &yaml(gitlab, "GitLab job")["charter"];
    assert_eq!(
        job["artifacts"]["reports"]["codequality"],
        "gl-code-quality-report.json"
    );
}

#[test]
fn pre_commit_hook_definition_is_valid() {
    let hooks = yaml(&read(".pre-commit-hooks.yaml"), ".pre-commit-hooks.yaml");
    let hook = &hooks[0];
    assert_eq!(hook["id"], "charter-lint");
    assert_eq!(hook["language"], "rust");
    assert_eq!(hook["entry"], "charter lint");
    let files = Regex::new(hook["files"].as_str().unwrap()).expect("files is a regex");
    for path in ["content/privacy.md", "legal/site.toml", "rules/gdpr.yaml"] {
        assert!(files.is_match(path), "{path} should trigger the hook");
    }
    assert!(!files.is_match("src/main.rs"));
    let doc = read("docs/ci.md");
    assert!(doc.contains("id: charter-lint"));
}

/// Runs the action's cache-key script on `dir` as the runner would, and
/// returns the key it writes to `$GITHUB_OUTPUT`.
fn action_cache_key(script: &str, dir: &std::path::Path) -> String {
    let out_file = tempfile::NamedTempFile::new().expect("temp file");
    let out = std::process::Command::new("bash")
        .args(["-euo", "pipefail", "-c", script])
        .env("GITHUB_ACTION_PATH", dir)
        .env("GITHUB_OUTPUT", out_file.path())
        .env("RUNNER_OS", "Linux")
        .env("RUNNER_ARCH", "X64")
        .output()
        .expect("bash runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written = std::fs::read_to_string(out_file.path()).expect("output");
    written
        .strip_prefix("key=")
        .and_then(|k| k.strip_suffix('\n'))
        .unwrap_or_else(|| panic!("no key line: {written:?}"))
        .to_string()
}

#[test]
fn action_caches_charter_under_a_key_made_of_its_own_files() {
    let action = yaml(&read("action.yml"), "action.yml");
    let steps = action["runs"]["steps"].as_array().expect("steps");
    let by_id = |id: &str| {
        steps
            .iter()
            .find(|s| s["id"] == id)
            .unwrap_or_else(|| panic!("a step with id {id}"))
    };
    let cache = by_id("charter-cache");
    assert!(
        cache["uses"]
            .as_str()
            .unwrap()
            .starts_with("actions/cache@")
    );
    assert_eq!(cache["with"]["key"], "${{ steps.charter-key.outputs.key }}");
    // The same folder is restored, installed into and put on PATH.
    let path = cache["with"]["path"].as_str().expect("path");
    assert_eq!(path, "${{ runner.temp }}/charter");
    let shell_path = "$RUNNER_TEMP/charter";
    let install = steps
        .iter()
        .find(|s| {
            s["run"]
                .as_str()
                .is_some_and(|r| r.contains("cargo install"))
        })
        .expect("an install step");
    assert_eq!(
        install["if"],
        "steps.charter-cache.outputs.cache-hit != 'true'"
    );
    assert!(
        install["run"]
            .as_str()
            .unwrap()
            .contains(&format!("--root \"{shell_path}\""))
    );
    assert!(steps.iter().any(|s| {
        s["run"]
            .as_str()
            .is_some_and(|r| r.contains(&format!("{shell_path}/bin")) && r.contains("GITHUB_PATH"))
    }));
    // Restored before it is needed, the install after the restore.
    let position = |s: &Value| steps.iter().position(|x| x == s).unwrap();
    assert!(position(by_id("charter-key")) < position(cache));
    assert!(position(cache) < position(install));

    // The key script itself, on a small stand-in for the action's checkout.
    let script = by_id("charter-key")["run"].as_str().expect("script");
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join("src")).unwrap();
    std::fs::write(dir.path().join("Cargo.lock"), "lock 1\n").unwrap();
    std::fs::write(dir.path().join("src/main.rs"), "fn main() {}\n").unwrap();
    let first = action_cache_key(script, dir.path());
    assert!(
        Regex::new("^charter-Linux-X64-[0-9a-f]{32}$")
            .unwrap()
            .is_match(&first),
        "{first}"
    );
    assert_eq!(action_cache_key(script, dir.path()), first, "stable");
    // Only names and contents count: not the time files were written, nor git's own folder.
    let file = std::fs::File::options()
        .write(true)
        .open(dir.path().join("Cargo.lock"))
        .unwrap();
    file.set_modified(std::time::SystemTime::UNIX_EPOCH)
        .unwrap();
    std::fs::create_dir_all(dir.path().join(".git")).unwrap();
    std::fs::write(dir.path().join(".git/HEAD"), "ref: refs/heads/main\n").unwrap();
    assert_eq!(action_cache_key(script, dir.path()), first);
    // Any change of the sources is a new key.
    std::fs::write(dir.path().join("Cargo.lock"), "lock 2\n").unwrap();
    let changed = action_cache_key(script, dir.path());
    assert_ne!(changed, first);
    std::fs::rename(
        dir.path().join("src/main.rs"),
        dir.path().join("src/lib.rs"),
    )
    .unwrap();
    assert_ne!(action_cache_key(script, dir.path()), changed);
}
