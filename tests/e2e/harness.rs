//! Running the binary on throwaway copies of fixture sites.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub const BIN: &str = env!("CARGO_BIN_EXE_charter");

/// The repository root: the example site.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A temporary site folder, deleted on drop.
pub struct Site {
    pub dir: tempfile::TempDir,
}

impl Site {
    /// A copy of the repository's example site (site.toml, content/, themes/).
    pub fn example() -> Site {
        let site = Site::empty();
        for part in ["site.toml", "content", "themes", "rules"] {
            let from = repo().join(part);
            if from.exists() {
                copy_tree(&from, &site.path().join(part));
            }
        }
        site
    }

    /// A copy of a fixture site under tests/fixtures/.
    pub fn fixture(name: &str) -> Site {
        let site = Site::empty();
        copy_tree(&repo().join("tests/fixtures").join(name), site.path());
        site
    }

    pub fn empty() -> Site {
        Site {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, rel: &str, text: impl AsRef<[u8]>) {
        let p = self.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    /// Replaces the first `from` in `rel` by `to`; the fixture must contain `from`.
    pub fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} has no {from:?}");
        self.write(rel, text.replacen(from, to, 1));
    }

    /// Records in every stale translation that it translates the original's
    /// current text (`translation_of:`), as an author does once the
    /// translations have caught up with an edit of the original.
    pub fn record_translations(&self) {
        let out = self.run(&["lint", "--format", "json"]);
        let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("lint JSON");
        for d in v["diagnostics"].as_array().expect("diagnostics") {
            if d["rule"] != "i18n.stale-translation" {
                continue;
            }
            let help = d["help"].as_str().expect("help");
            let at = help.find("translation_of: \"").expect("hash in help");
            let record = &help[at..at + 30];
            let file = d["file"].as_str().expect("file");
            let text: String = self
                .read(file)
                .lines()
                .map(|l| match l.starts_with("translation_of:") {
                    true => format!("{record}\n"),
                    false => format!("{l}\n"),
                })
                .collect();
            self.write(file, text);
        }
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path().join(rel))
            .unwrap_or_else(|e| panic!("reading {rel}: {e}"))
    }

    /// Runs `charter <args>` with the site as working directory.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with(args, self.path(), &[])
    }

    /// Runs `charter <args>` in `cwd` with extra environment variables.
    pub fn run_with(&self, args: &[&str], cwd: &Path, env: &[(&str, &str)]) -> Run {
        let out = charter(args, cwd)
            .envs(env.iter().copied())
            .output()
            .expect("run charter");
        Run::from(out)
    }

    /// Runs `charter <args>` with the site as working directory and `input`
    /// piped to its standard input.
    pub fn run_stdin(&self, args: &[&str], input: &str) -> Run {
        let mut child = charter(args, self.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run charter");
        // Written and closed before waiting: the end of input is part of it.
        // A child that exits without reading makes this fail; its exit code
        // and output are what the test looks at then.
        let mut stdin = child.stdin.take().expect("stdin");
        let _ = stdin.write_all(input.as_bytes());
        drop(stdin);
        Run::from(child.wait_with_output().expect("charter ends"))
    }

    /// Every file of the built site with its bytes.
    pub fn tree(&self, rel: &str) -> BTreeMap<String, Vec<u8>> {
        tree(&self.path().join(rel))
    }
}

/// The `charter` binary with `args`, run in `cwd`, without colours.
pub fn charter(args: &[&str], cwd: &Path) -> Command {
    let mut command = Command::new(BIN);
    command.args(args).current_dir(cwd).env("NO_COLOR", "1");
    command
}

/// The findings of `rule` in `charter lint --format json` output.
pub fn findings<'v>(v: &'v serde_json::Value, rule: &str) -> Vec<&'v serde_json::Value> {
    v["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["rule"] == rule)
        .collect()
}

pub struct Run {
    /// `None` when killed by a signal.
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl From<std::process::Output> for Run {
    fn from(out: std::process::Output) -> Run {
        Run {
            code: out.status.code(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

impl Run {
    /// Asserts the exit code and that nothing panicked.
    pub fn expect(&self, code: i32) -> &Self {
        assert_eq!(
            self.code,
            Some(code),
            "exit code\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout,
            self.stderr
        );
        assert!(!self.stderr.contains("panicked"), "{}", self.stderr);
        self
    }
}

pub fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

pub fn copy_tree(from: &Path, to: &Path) {
    if from.is_file() {
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(from, to).unwrap();
        return;
    }
    for entry in walkdir::WalkDir::new(from)
        .into_iter()
        .filter_map(Result::ok)
    {
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Runs the `git` CLI in `dir` with a fixed author, no system or user
/// configuration, and `date` as author and committer date if given.
pub fn git(dir: &Path, args: &[&str], date: Option<&str>) {
    let mut cmd = Command::new("git");
    cmd.args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .env("GIT_AUTHOR_NAME", "Legal")
        .env("GIT_AUTHOR_EMAIL", "legal@example.com")
        .env("GIT_COMMITTER_NAME", "Legal")
        .env("GIT_COMMITTER_EMAIL", "legal@example.com");
    if let Some(d) = date {
        cmd.env("GIT_AUTHOR_DATE", d).env("GIT_COMMITTER_DATE", d);
    }
    let out = cmd.output().expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}
