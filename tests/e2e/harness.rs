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

/// Builds the example site, applies `break_it`, builds again: the build
/// exits 2 with every `needle` and "nothing was written" in stderr, leaves
/// the previous site byte-identical and no temporary folder of the writer
/// behind. Returns stderr for further assertions.
pub fn refused_build(break_it: impl FnOnce(&Site), needles: &[&str]) -> String {
    let site = Site::example();
    site.run(&["build"]).expect(0);
    let before = site.tree("public");
    break_it(&site);
    let run = site.run(&["build"]);
    run.expect(2);
    for needle in needles.iter().chain(&["nothing was written"]) {
        assert!(
            run.stderr.contains(needle),
            "expected {needle:?} in:\n{}",
            run.stderr
        );
    }
    assert_eq!(
        site.tree("public"),
        before,
        "public/ changed after a failed build"
    );
    assert_eq!(leftovers(site.path()), Vec::<String>::new());
    run.stderr
}

/// Temporary folders of the writer (`.public.charter-new-…`) left in `dir`.
pub fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("charter-"))
        .collect()
}

/// The `charter` binary with `args`, run in `cwd`, without colours.
pub fn charter(args: &[&str], cwd: &Path) -> Command {
    let mut command = Command::new(BIN);
    command.args(args).current_dir(cwd).env("NO_COLOR", "1");
    command
}

/// The rule id of every finding in `charter lint --format json` output, in
/// output order.
pub fn rule_ids(v: &serde_json::Value) -> Vec<String> {
    v["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| d["rule"].as_str().expect("rule id").to_string())
        .collect()
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

/// The fixed "today" of [`lint_in_process`], as `--now 2026-11-25`: the
/// date rules' findings must not change with the clock.
pub const TODAY: &str = "2026-11-25";

/// What `charter lint --now 2026-11-25` prints and returns on a site.
pub struct Linted {
    /// 0, 1 (error findings) or 2 (broken input), as the binary exits.
    pub code: i32,
    /// `--format json` output; empty when the input is broken.
    pub json: String,
    /// Human output (no colour); for broken input, what goes to stderr.
    pub human: String,
}

/// `charter lint` on the site at `root`, run in this process against the
/// library: the rule × language matrix lints hundreds of one-page sites, and
/// spawning the binary (twice, for JSON and human output) for each was most
/// of the suite's time. The ONE place the tests call the pipeline, as the
/// `lint` command does on a site (`src/cmd/lint/mod.rs`, through
/// `pipeline::Build`); when the pipeline's
/// functions change, adapt this function and nothing else.
/// `in_process_lint_matches_the_binary` (tests/e2e/lint.rs) compares both.
///
/// "Today" is [`TODAY`] for every in-process lint: it is fixed once per
/// test process.
///
/// Each test thread lints on a rayon pool of its own: on the shared global
/// pool, a worker running one test's lint blocked on a `LazyLock` that a
/// worker running another test's lint was building with rayon, while that
/// worker waited for a job the first one had stolen, and both tests hung.
/// (The vocabularies' `LazyLock` no longer runs rayon inside, so that hang
/// cannot recur; the pools stay so that test threads do not queue behind
/// each other's lints on two cores.)
pub fn lint_in_process(root: &Path) -> Linted {
    thread_local! {
        static POOL: rayon::ThreadPool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .expect("a thread pool");
    }
    POOL.with(|pool| pool.install(|| lint_here(root)))
}

/// [`lint_in_process`] on the current rayon pool.
fn lint_here(root: &Path) -> Linted {
    use charter::lint::format::{Format, Report};
    use charter::pipeline::{Build, Plan};
    charter::dates::set_today(charter::dates::parse_iso(TODAY).expect("a date"));
    let run = || -> Result<Linted, Vec<charter::diagnostic::Diag>> {
        let build = Build::open(root, &Plan::lint())?;
        let findings = build.lint(&|_| true)?;
        let report = Report {
            findings: &findings,
            files: build.site.documents.len(),
            linter: &build.linter,
            color: false,
        };
        Ok(Linted {
            code: i32::from(report.summary().errors > 0),
            json: report.render(Format::Json),
            human: report.render(Format::Human),
        })
    };
    run().unwrap_or_else(|diags| Linted {
        code: 2,
        json: String::new(),
        human: charter::report::render_human(&diags, false),
    })
}

impl Linted {
    /// The JSON output, parsed.
    pub fn value(&self) -> serde_json::Value {
        serde_json::from_str(&self.json)
            .unwrap_or_else(|e| panic!("lint JSON: {e}\n{}", self.human))
    }

    /// The `diagnostics` of the JSON output.
    pub fn diagnostics(&self) -> Vec<serde_json::Value> {
        self.value()["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .clone()
    }

    /// The rule id of every finding, in output order.
    pub fn ids(&self) -> Vec<String> {
        rule_ids(&self.value())
    }

    /// `case: ` and where each finding points ([`Self::located`]), as a
    /// line of a suite's snapshot of locations: human snapshots of each
    /// case rewrote hundreds of files on any change of wording.
    pub fn locations(&self, case: &str) -> String {
        let located = self.located();
        match located.is_empty() {
            true => format!("{case}: none\n"),
            false => format!("{case}: {}\n", located.join(", ")),
        }
    }

    /// Every finding as `rule severity file:line:column`: what a human
    /// snapshot shows of it besides the wording.
    pub fn located(&self) -> Vec<String> {
        self.diagnostics()
            .iter()
            .map(|d| {
                format!(
                    "{} {} {}:{}:{}",
                    d["rule"].as_str().expect("rule id"),
                    d["severity"].as_str().expect("severity"),
                    d["file"].as_str().unwrap_or("-"),
                    d["line"],
                    d["column"]
                )
            })
            .collect()
    }
}

// --- Rule fixtures: one-policy sites with tagged passages -----------------
//
// A fixture policy (`tests/fixtures/rules/<lang>.md`,
// `tests/fixtures/packs/<pack>/<lang>.md`) tags each passage a rule looks
// for with `<!-- rule.id -->` at the end of its line.

/// A one-document site in `lang` with `policy` as its privacy policy.
pub fn policy_site(lang: &str, policy: &str) -> Site {
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

/// Lints in process ([`lint_in_process`]), which must not fail on the
/// input: the rule ids and the human output.
pub fn lint_policy(site: &Site) -> (Vec<String>, String) {
    let linted = lint_checked(site);
    (linted.ids(), linted.human)
}

/// [`lint_in_process`], asserting that the input was not broken (exit 0 or 1).
pub fn lint_checked(site: &Site) -> Linted {
    let linted = lint_in_process(site.path());
    assert!(linted.code == 0 || linted.code == 1, "{}", linted.human);
    linted
}

/// The rule ids tagged in a fixture, except the notice period, which has
/// its own test.
pub fn tags(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| {
            let start = l.rfind("<!-- ")? + 5;
            let end = l.rfind(" -->")?;
            Some(l.get(start..end)?.to_string())
        })
        .filter(|t| t != "dates.notice-period-text")
        .collect()
}

/// The line of `text` tagged `tag`, which it must have.
pub fn tagged_line<'t>(text: &'t str, tag: &str) -> &'t str {
    let marker = format!("<!-- {tag} -->");
    text.lines()
        .find(|l| l.contains(&marker))
        .unwrap_or_else(|| panic!("fixture lacks {marker}"))
}

/// `text` without the line tagged `tag`.
pub fn without_line(text: &str, tag: &str) -> String {
    let line = tagged_line(text, tag);
    text.lines()
        .filter(|l| *l != line)
        .map(|l| format!("{l}\n"))
        .collect()
}

/// `text` with the line tagged `tag` replaced by `passage`.
pub fn replace_line(text: &str, tag: &str, passage: &str) -> String {
    text.replacen(tagged_line(text, tag), passage, 1)
}

/// The remove-one-tag loop: lints the policy `text` in `lang` once without
/// each tagged passage. Exactly that passage's rule fires, or none when
/// `met_elsewhere(rule)` (another sentence meets it too); nothing is
/// asserted of the other removals for which `skip(rule)` holds (known gaps),
/// and they are left out of the result. `case` names the fixture in
/// messages. Returns each removal's rule and lint, for the suite's
/// snapshots.
pub fn each_removal(
    case: &str,
    lang: &str,
    text: &str,
    met_elsewhere: impl Fn(&str) -> bool,
    skip: impl Fn(&str) -> bool,
) -> Vec<(String, Linted)> {
    let mut linted = Vec::new();
    for rule in tags(text) {
        let lint = lint_checked(&policy_site(lang, &without_line(text, &rule)));
        let (ids, out) = (lint.ids(), &lint.human);
        if met_elsewhere(&rule) {
            assert!(ids.is_empty(), "{case} without {rule}: {ids:?}\n{out}");
        } else if skip(&rule) {
            continue;
        } else {
            assert_eq!(ids, [rule.as_str()], "{case} without {rule}:\n{out}");
        }
        linted.push((rule, lint));
    }
    linted
}
