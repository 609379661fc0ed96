//! Reading the site's git repository: the only module that runs `git`.
//!
//! Charter asks the `git` command, as Hugo's git info and most documentation
//! tools do, rather than linking a git library: the library was a third of
//! the release build's compile time, and every repository Charter reads
//! history from is one somebody works on with `git` anyway. A build runs at
//! most four short processes (find the work tree, resolve HEAD, one `log` of
//! every document's history, one `cat-file` of all their texts), whatever the
//! number of documents.
//!
//! Everything here is read-only (`GIT_OPTIONAL_LOCKS=0`: not even the index's
//! stat cache is written). Paths in and out are relative to the work tree
//! (`Repo::workdir`), with `/` separators as git stores them.

use std::collections::{BTreeSet, HashMap};
use std::ffi::OsStr;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::diagnostic::Diag;

/// The program run for every git read; tests point it elsewhere.
const GIT: &str = "git";

/// A git work tree Charter reads documents' history from.
pub struct Repo {
    program: PathBuf,
    /// Canonical, so that site paths (also canonicalized) can be made relative.
    workdir: PathBuf,
    /// Largest version text read from the history (`max_document_bytes`).
    max_text_bytes: u64,
    /// Whether the clone is shallow, asked when the work tree was found.
    shallow: bool,
}

/// One committed version of a file: the state after `commit`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileVersion {
    /// Full hexadecimal commit id.
    pub commit: String,
    /// When the commit was made (committer time).
    pub time: jiff::Timestamp,
    /// The committer's UTC offset, so dates are the committer's calendar day.
    pub offset: jiff::tz::Offset,
    /// First line of the commit message.
    pub subject: String,
    /// The file's text at that commit (invalid UTF-8 replaced).
    pub text: String,
}

impl FileVersion {
    /// The calendar day of the commit where it was made.
    pub fn date(&self) -> jiff::civil::Date {
        self.offset.to_datetime(self.time).date()
    }
}

fn read_error(what: &str, err: impl std::fmt::Display) -> Diag {
    Diag::error(
        "git.read",
        format!("could not read the git repository ({what}): {err}"),
    )
    .help(
        "check that the repository is not corrupt (`git fsck`); if git says it does not trust \
         the folder's owner, mark it safe with `git config --global --add safe.directory <folder>` \
         (git refuses to read another user's repository because its configuration can run \
         programs)",
    )
}

/// A `git` invocation with the environment every read uses: messages in
/// English (they are matched below), no locks, file names taken literally.
fn command(program: &Path, dir: &Path) -> Command {
    let mut cmd = Command::new(program);
    cmd.current_dir(dir)
        .env("LC_ALL", "C")
        .env("GIT_OPTIONAL_LOCKS", "0")
        .env("GIT_LITERAL_PATHSPECS", "1")
        .env("GIT_TERMINAL_PROMPT", "0")
        .stdin(Stdio::null());
    cmd
}

/// What a finished `git` run printed, or why it failed.
enum Outcome {
    Printed(Vec<u8>),
    Failed(String),
}

fn run(cmd: Command, what: &str) -> Result<Outcome, Diag> {
    spawn(cmd).map_err(|e| read_error(what, e))
}

/// [`run`], keeping the error of a `git` that could not be started.
fn spawn(mut cmd: Command) -> std::io::Result<Outcome> {
    let output = cmd.output()?;
    if output.status.success() {
        Ok(Outcome::Printed(output.stdout))
    } else {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let message = stderr.trim().trim_start_matches("fatal: ").to_string();
        Ok(Outcome::Failed(if message.is_empty() {
            format!("git exited with {}", output.status)
        } else {
            message
        }))
    }
}

/// Whether `dir` or a folder above it holds a `.git`: the sign that a missing
/// `git` command matters.
fn looks_like_repository(dir: &Path) -> bool {
    let start = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    start.ancestors().any(|d| d.join(".git").exists())
}

/// Whether `git`, run in `dir`, could find a repository. It looks, as git's
/// discovery does, in `dir` and in each folder above it (the real path, as
/// git's `getcwd` sees it) for a `.git` (a folder, or a file or link to one:
/// worktrees, submodules) or a `HEAD` (the folder itself a git folder: a bare
/// repository, which git reads but whose work tree, if any, only git knows).
/// Any such entry, one that cannot be looked at, a folder that cannot be
/// resolved, or `GIT_DIR` / `GIT_WORK_TREE` pointing git elsewhere, means
/// "ask git". `false` only where git's own walk finds nothing either
/// (`GIT_CEILING_DIRECTORIES` and file system boundaries only shorten it).
fn git_could_find_a_repository(dir: &Path) -> bool {
    if std::env::var_os("GIT_DIR").is_some() || std::env::var_os("GIT_WORK_TREE").is_some() {
        return true;
    }
    let Ok(start) = std::fs::canonicalize(dir) else {
        return true;
    };
    let absent = |folder: &Path, name: &str| {
        let found = folder.join(name).symlink_metadata();
        matches!(found, Err(e) if e.kind() == std::io::ErrorKind::NotFound)
    };
    !start
        .ancestors()
        .all(|folder| absent(folder, ".git") && absent(folder, "HEAD"))
}

impl Repo {
    /// The repository whose work tree contains `dir`, or `None` when `dir` is
    /// not inside a git work tree (or only inside a bare repository).
    pub fn discover(dir: &Path) -> Result<Option<Repo>, Diag> {
        Self::discover_with(Path::new(GIT), dir)
    }

    fn discover_with(program: &Path, dir: &Path) -> Result<Option<Repo>, Diag> {
        // Most sites built outside a repository (a CI job's generated site, a
        // benchmark's) would start a process only to hear "not a git
        // repository": a few `stat`s say so first, and only then is git asked.
        if !git_could_find_a_repository(dir) {
            return Ok(None);
        }
        let mut cmd = command(program, dir);
        // Whether the clone is shallow comes with the work tree: one process
        // fewer for every build in a repository.
        cmd.args(["rev-parse", "--show-toplevel", "--is-shallow-repository"]);
        let outcome = match spawn(cmd) {
            Ok(outcome) => outcome,
            // No such program (or no such folder: then no repository either).
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if !looks_like_repository(dir) {
                    return Ok(None);
                }
                return Err(Diag::error(
                    "git.missing",
                    format!(
                        "{} is in a git repository, but the `{}` command was not found",
                        std::fs::canonicalize(dir)
                            .unwrap_or_else(|_| dir.to_path_buf())
                            .display(),
                        program.display()
                    ),
                )
                .help(
                    "install git: Charter reads every published version of the policies from the \
                     history; to build without the version archive, set `git = false` under \
                     [history] in site.toml",
                ));
            }
            Err(e) => return Err(read_error("finding the work tree", e)),
        };
        let top = match outcome {
            Outcome::Printed(top) => top,
            Outcome::Failed(message)
                if message.contains("not a git repository")
                    || message.contains("must be run in a work tree") =>
            {
                return Ok(None);
            }
            Outcome::Failed(message) => return Err(read_error("finding the work tree", message)),
        };
        let printed = String::from_utf8_lossy(&top);
        // The work tree's path, then `true` or `false`, a line each; the
        // answer is taken from the end, so a path holding a line feed stays whole.
        let printed = printed.trim_end_matches(['\n', '\r']);
        let (top, shallow) = printed.rsplit_once('\n').unwrap_or((printed, ""));
        let workdir = std::fs::canonicalize(top.trim_end_matches(['\n', '\r']))
            .map_err(|e| read_error("work tree", e))?;
        Ok(Some(Repo {
            program: program.to_path_buf(),
            workdir,
            max_text_bytes: u64::MAX,
            shallow: shallow == "true",
        }))
    }

    /// Refuses version texts larger than `bytes` (as the working tree's
    /// documents are): an old version of any size would otherwise be read
    /// into memory and diffed.
    pub fn with_text_limit(mut self, bytes: u64) -> Repo {
        self.max_text_bytes = bytes;
        self
    }

    /// `path` (absolute, or relative to the current directory) relative to the
    /// work tree; `None` when it is outside it or does not exist.
    pub fn relative(&self, path: &Path) -> Option<PathBuf> {
        let canonical = std::fs::canonicalize(path).ok()?;
        canonical
            .strip_prefix(&self.workdir)
            .ok()
            .map(Path::to_path_buf)
    }

    /// Whether the clone is shallow (`actions/checkout`'s default depth of
    /// one): then older versions are missing from the history.
    pub fn is_shallow(&self) -> bool {
        self.shallow
    }

    fn git(&self) -> Command {
        command(&self.program, &self.workdir)
    }

    /// Runs `git` in the work tree; its output, or a `git.read` error.
    fn read(&self, args: &[&OsStr], what: &str) -> Result<Vec<u8>, Diag> {
        let mut cmd = self.git();
        cmd.args(args);
        match run(cmd, what)? {
            Outcome::Printed(out) => Ok(out),
            Outcome::Failed(message) => Err(read_error(what, message)),
        }
    }

    /// The commit `rev` names, or `None`. Anything `git rev-parse` accepts
    /// (`main`, `origin/main`, `v1.0`, `HEAD~2`, an unambiguous id prefix);
    /// a name starting with `-` is never taken for an option.
    fn resolve(&self, rev: &str) -> Result<Option<String>, Diag> {
        let rev = rev.trim();
        if rev.is_empty() || rev.starts_with('-') {
            return Ok(None);
        }
        let mut cmd = self.git();
        cmd.args(["rev-parse", "--quiet", "--verify"])
            .arg(format!("{rev}^{{commit}}"));
        Ok(match run(cmd, "resolving a revision")? {
            Outcome::Printed(id) => Some(String::from_utf8_lossy(&id).trim().to_string()),
            Outcome::Failed(_) => None,
        })
    }

    /// For each path (relative to the work tree): every commit on HEAD's
    /// first-parent line that changed the file's bytes, oldest first. One walk
    /// of history serves all paths. A path never committed maps to an empty
    /// list; an unborn HEAD (no commit yet) gives empty lists.
    pub fn histories(&self, paths: &[PathBuf]) -> Result<HashMap<PathBuf, Vec<FileVersion>>, Diag> {
        let mut out: HashMap<PathBuf, Vec<FileVersion>> =
            paths.iter().map(|p| (p.clone(), Vec::new())).collect();
        if paths.is_empty() {
            return Ok(out);
        }
        let Some(head) = self.resolve("HEAD")? else {
            return Ok(out);
        };
        // One record per commit: a header, then each changed path's raw diff
        // against the first parent (the root commit against nothing). The
        // pathspec is the folder all paths share, not the paths themselves:
        // 30,000 documents' names are more than a command line may hold.
        let folder = common_folder(paths);
        let mut args: Vec<&OsStr> = [
            "log",
            "--first-parent",
            // git 2.31 and later (README says so); older gits refuse the option.
            "--diff-merges=first-parent",
            "--root",
            "--no-renames",
            "--no-abbrev",
            "--raw",
            "-z",
            "--format=%x1e%H%x1f%ct%x1f%cI%x1f%B%x1f",
            head.as_str(),
            "--",
        ]
        .into_iter()
        .map(OsStr::new)
        .collect();
        args.extend(folder.as_ref().map(|f| f.as_os_str()));
        let log = self.read(&args, "history")?;
        let mut commits = parse_log(&log)?;
        commits.reverse();

        // Which blob each path had after each commit, oldest first; a version
        // is a commit where that blob changed (a file deleted and brought
        // back, or reverted, is a new version again).
        let mut last: HashMap<&Path, Option<String>> = HashMap::new();
        let mut wanted: Vec<(usize, PathBuf, String)> = Vec::new();
        for (i, commit) in commits.iter().enumerate() {
            for (path, blob) in &commit.changes {
                let previous = last.entry(path.as_path()).or_insert(None);
                if *previous == *blob {
                    continue;
                }
                previous.clone_from(blob);
                if let Some(blob) = blob
                    && out.contains_key(path)
                {
                    wanted.push((i, path.clone(), blob.clone()));
                }
            }
        }
        let texts = self.blobs(wanted.iter().map(|(_, _, b)| b.as_str()))?;
        for (i, path, blob) in wanted {
            let commit = &commits[i];
            let text = match texts.get(&blob) {
                Some(Blob::Text(text)) => text.clone(),
                Some(Blob::TooLarge(size)) => {
                    let short = &commit.id[..commit.id.len().min(7)];
                    return Err(Diag::error(
                        "content.too-large",
                        format!(
                            "the version of {} in commit {short} has {size} bytes, more than the limit of {} bytes",
                            path.display(),
                            self.max_text_bytes
                        ),
                    )
                    .help("raise max_document_bytes under [limits] in site.toml if that version is real, or set `git = false` under [history] to build without the archive"));
                }
                None => String::new(),
            };
            if let Some(list) = out.get_mut(&path) {
                list.push(FileVersion {
                    commit: commit.id.clone(),
                    time: commit.time,
                    offset: commit.offset,
                    subject: commit.subject.clone(),
                    text,
                });
            }
        }
        Ok(out)
    }

    /// The texts of `ids` (blob ids), read by one `git cat-file --batch`.
    fn blobs<'a>(&self, ids: impl Iterator<Item = &'a str>) -> Result<HashMap<String, Blob>, Diag> {
        let unique: BTreeSet<&str> = ids.collect();
        let mut texts = HashMap::with_capacity(unique.len());
        if unique.is_empty() {
            return Ok(texts);
        }
        let what = "file contents";
        let mut child = self
            .git()
            .args(["cat-file", "--batch"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| read_error(what, e))?;
        let (Some(mut stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            return Err(read_error(what, "no pipe to git"));
        };
        let request: String = unique.iter().map(|id| format!("{id}\n")).collect();
        // Written from a second thread: git answers while it reads, and a full
        // pipe on both sides would otherwise stall.
        let read = std::thread::scope(|s| {
            let writer = s.spawn(move || stdin.write_all(request.as_bytes()));
            let mut reader = BufReader::new(stdout);
            let mut result = Ok(());
            for id in &unique {
                match read_blob(&mut reader, self.max_text_bytes) {
                    Ok(Some(blob)) => {
                        texts.insert((*id).to_string(), blob);
                    }
                    Ok(None) => {}
                    Err(e) => {
                        result = Err(e);
                        break;
                    }
                }
            }
            drop(reader);
            let written = writer.join().unwrap_or(Ok(()));
            result.and(written.or_else(|e| {
                // git stops reading once it fails; its answer tells why.
                if e.kind() == std::io::ErrorKind::BrokenPipe {
                    Ok(())
                } else {
                    Err(e)
                }
            }))
        });
        let status = child.wait().map_err(|e| read_error(what, e))?;
        read.map_err(|e| read_error(what, e))?;
        if !status.success() {
            return Err(read_error(
                what,
                format!("git cat-file exited with {status}"),
            ));
        }
        Ok(texts)
    }

    /// Paths (relative to the work tree) whose content differs between
    /// `rev`'s tree and the working tree: modified, added (also untracked but
    /// not ignored) and deleted files. Sorted.
    pub fn changed_since(&self, rev: &str) -> Result<Vec<PathBuf>, Diag> {
        let id = self.resolve(rev)?.ok_or_else(|| {
            Diag::error(
                "git.unknown-rev",
                format!("no commit `{rev}` in this repository"),
            )
            .help(
                "name a branch, tag, remote branch or commit id that exists here (e.g. `main`, `origin/main`); \
                 in CI, fetch it first (e.g. `git fetch origin main`, or a checkout with full depth)",
            )
        })?;
        let diff = self.read(
            &[
                "diff",
                "--no-renames",
                "--no-ext-diff",
                "--no-textconv",
                "--name-only",
                "-z",
                id.as_str(),
                "--",
            ]
            .map(OsStr::new),
            "comparing with the work tree",
        )?;
        let untracked = self.read(
            &["ls-files", "--others", "--exclude-standard", "-z"].map(OsStr::new),
            "untracked files",
        )?;
        let names: BTreeSet<&[u8]> = diff
            .split(|&b| b == 0)
            .chain(untracked.split(|&b| b == 0))
            .filter(|name| !name.is_empty())
            .collect();
        Ok(names.into_iter().map(path_from_git).collect())
    }
}

/// The deepest folder every path is in; `None` when that is the work tree's
/// root (no pathspec needed).
fn common_folder(paths: &[PathBuf]) -> Option<PathBuf> {
    let mut folder = paths.first()?.parent()?;
    for path in &paths[1..] {
        while !path.starts_with(folder) {
            folder = folder.parent()?;
        }
    }
    (!folder.as_os_str().is_empty()).then(|| folder.to_path_buf())
}

fn path_from_git(name: &[u8]) -> PathBuf {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        PathBuf::from(OsStr::from_bytes(name))
    }
    #[cfg(not(unix))]
    {
        PathBuf::from(String::from_utf8_lossy(name).into_owned())
    }
}

/// One commit of `git log` as [`Repo::histories`] asks for it.
struct LogCommit {
    id: String,
    time: jiff::Timestamp,
    offset: jiff::tz::Offset,
    subject: String,
    /// Each changed path with its new blob (`None`: deleted, or no longer a
    /// file, e.g. turned into a submodule).
    changes: Vec<(PathBuf, Option<String>)>,
}

/// Parses `git log -z --raw` output with the header format of
/// [`Repo::histories`]. Fields are NUL-separated: a header starts with
/// U+001E, a raw diff line with `:` and is followed by its path, so no file
/// name, however odd, is mistaken for either.
fn parse_log(log: &[u8]) -> Result<Vec<LogCommit>, Diag> {
    let malformed =
        |what: &str| read_error("history", format!("unexpected `git log` output ({what})"));
    let mut commits: Vec<LogCommit> = Vec::new();
    let mut fields = log.split(|&b| b == 0);
    while let Some(field) = fields.next() {
        let field = field.strip_prefix(b"\n").unwrap_or(field);
        if field.is_empty() {
            continue;
        }
        if let Some(header) = field.strip_prefix(b"\x1e") {
            commits.push(parse_header(header).map_err(|id| match id {
                Some(id) => Diag::error(
                    "git.bad-date",
                    format!("commit {} has a date Charter cannot read (before 1970 or after 9999)", &id[..id.len().min(12)]),
                )
                .help("the version archive dates each version by its commit: correct the commit's date (git rebase with --committer-date-is-author-date, or git commit --amend --date), or set `git = false` under [history] in site.toml"),
                None => malformed("commit header"),
            })?);
        } else if let Some(raw) = field.strip_prefix(b":") {
            let path = fields
                .next()
                .ok_or_else(|| malformed("raw diff without a path"))?;
            let raw = String::from_utf8_lossy(raw);
            let parts: Vec<&str> = raw.split_ascii_whitespace().collect();
            let [_, new_mode, _, new_blob, status] = parts[..] else {
                return Err(malformed("raw diff line"));
            };
            let is_file = new_mode.starts_with("100") || new_mode == "120000";
            let blob = (is_file && !status.starts_with('D')).then(|| new_blob.to_string());
            let commit = commits
                .last_mut()
                .ok_or_else(|| malformed("diff before a commit"))?;
            commit.changes.push((path_from_git(path), blob));
        } else {
            return Err(malformed("unknown field"));
        }
    }
    Ok(commits)
}

/// `<id>\x1f<unix seconds>\x1f<ISO 8601 date>\x1f<message>\x1f`. `Err` with
/// the commit id when only the date is unreadable (git prints no time for a
/// commit before 1970, and a time past year 9999 has no calendar date here).
fn parse_header(header: &[u8]) -> Result<LogCommit, Option<String>> {
    let header = String::from_utf8_lossy(header);
    let mut parts = header.splitn(4, '\x1f');
    let id = parts
        .next()
        .filter(|id| !id.is_empty())
        .ok_or(None)?
        .to_string();
    let bad_date = || Some(id.clone());
    let seconds: i64 = parts.next().ok_or(None)?.parse().map_err(|_| bad_date())?;
    let iso = parts.next().ok_or(None)?;
    let message = parts.next().ok_or(None)?;
    let message = message.strip_suffix('\x1f').unwrap_or(message);
    let time = jiff::Timestamp::from_second(seconds).map_err(|_| bad_date())?;
    Ok(LogCommit {
        id,
        time,
        offset: parse_offset(iso).unwrap_or(jiff::tz::Offset::UTC),
        subject: message
            .lines()
            .next()
            .unwrap_or_default()
            .trim()
            .to_string(),
        changes: Vec::new(),
    })
}

/// The UTC offset at the end of a strict ISO 8601 date (`…-05:00`, `…Z`).
fn parse_offset(iso: &str) -> Option<jiff::tz::Offset> {
    if iso.ends_with('Z') {
        return Some(jiff::tz::Offset::UTC);
    }
    let tail = iso.get(iso.len().checked_sub(6)?..)?;
    let sign = match tail.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let hours: i32 = tail.get(1..3)?.parse().ok()?;
    let minutes: i32 = tail.get(4..6)?.parse().ok()?;
    jiff::tz::Offset::from_seconds(sign * (hours * 3600 + minutes * 60)).ok()
}

/// A version's text from `git cat-file`, or only its size when it is over
/// the limit (its bytes are skipped, never held).
enum Blob {
    Text(String),
    TooLarge(usize),
}

/// One answer of `git cat-file --batch`: the object's text, or `None` when
/// it is missing (or not a blob).
fn read_blob(reader: &mut impl BufRead, limit: u64) -> std::io::Result<Option<Blob>> {
    let mut line = String::new();
    if reader.read_line(&mut line)? == 0 {
        return Err(std::io::Error::new(
            std::io::ErrorKind::UnexpectedEof,
            "git cat-file stopped answering",
        ));
    }
    let parts: Vec<&str> = line.split_ascii_whitespace().collect();
    let [_, kind, size] = parts[..] else {
        // `<id> missing` (or `ambiguous`): no contents follow.
        return Ok(None);
    };
    let size: usize = size
        .parse()
        .map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, "bad object size"))?;
    let cut_short = || {
        std::io::Error::new(
            std::io::ErrorKind::UnexpectedEof,
            "git cat-file's answer was cut short",
        )
    };
    let blob = if size as u64 > limit {
        let skipped = std::io::copy(&mut reader.by_ref().take(size as u64), &mut std::io::sink())?;
        if skipped != size as u64 {
            return Err(cut_short());
        }
        Blob::TooLarge(size)
    } else {
        // Grown as the bytes arrive rather than trusted up front.
        let mut bytes = Vec::new();
        reader.by_ref().take(size as u64).read_to_end(&mut bytes)?;
        if bytes.len() != size {
            return Err(cut_short());
        }
        Blob::Text(String::from_utf8_lossy(&bytes).into_owned())
    };
    let mut newline = [0u8; 1];
    reader.read_exact(&mut newline)?;
    Ok((kind == "blob").then_some(blob))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::Command;

    /// Every version of one file, through [`Repo::histories`].
    fn history(repo: &Repo, path: &Path) -> Result<Vec<FileVersion>, Diag> {
        let mut all = repo.histories(&[path.to_path_buf()])?;
        Ok(all.remove(path).unwrap_or_default())
    }

    /// Runs `git` with a fixed identity, and a fixed date when given.
    fn git_with(dir: &Path, args: &[&str], date: Option<&str>) {
        let mut cmd = Command::new("git");
        cmd.args(args)
            .current_dir(dir)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", dir)
            .env("GIT_AUTHOR_NAME", "T")
            .env("GIT_AUTHOR_EMAIL", "t@example.com")
            .env("GIT_COMMITTER_NAME", "T")
            .env("GIT_COMMITTER_EMAIL", "t@example.com");
        if let Some(date) = date {
            cmd.env("GIT_AUTHOR_DATE", date)
                .env("GIT_COMMITTER_DATE", date);
        }
        let status = cmd.status().unwrap();
        assert!(status.success(), "git {args:?}");
    }

    fn git(dir: &Path, args: &[&str]) {
        git_with(dir, args, None);
    }

    fn commit(dir: &Path, date: &str, message: &str) {
        git_with(
            dir,
            &["commit", "-q", "--allow-empty", "-m", message],
            Some(date),
        );
    }

    /// Stages everything and commits it.
    fn commit_all(dir: &Path, date: &str, message: &str) {
        git(dir, &["add", "-A"]);
        commit(dir, date, message);
    }

    fn repo() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        git(dir.path(), &["init", "-q", "-b", "main"]);
        dir
    }

    #[test]
    fn outside_a_repository_is_none() {
        let dir = tempfile::tempdir().unwrap();
        assert!(Repo::discover(dir.path()).unwrap().is_none());
    }

    #[test]
    fn history_lists_changes_oldest_first_on_the_first_parent_line() {
        let dir = repo();
        let d = dir.path();
        std::fs::create_dir(d.join("content")).unwrap();
        std::fs::write(d.join("content/a.md"), "one\n").unwrap();
        commit_all(d, "2024-01-02T10:00:00+02:00", "first");
        std::fs::write(d.join("other.md"), "x").unwrap();
        commit_all(d, "2024-02-01T10:00:00Z", "unrelated");
        std::fs::write(d.join("content/a.md"), "two\n").unwrap();
        commit_all(d, "2024-03-01T23:30:00-05:00", "second\n\nbody");
        // A side branch merged in: only the merge (first parent line) counts.
        git(d, &["checkout", "-q", "-b", "side"]);
        std::fs::write(d.join("content/a.md"), "side\n").unwrap();
        commit_all(d, "2024-04-01T10:00:00Z", "on side");
        std::fs::write(d.join("content/a.md"), "three\n").unwrap();
        commit_all(d, "2024-04-02T10:00:00Z", "on side again");
        git(d, &["checkout", "-q", "main"]);
        git_with(
            d,
            &["merge", "-q", "--no-ff", "-m", "merge side", "side"],
            Some("2024-05-01T10:00:00Z"),
        );

        let repo = Repo::discover(&d.join("content")).unwrap().unwrap();
        assert_eq!(repo.workdir, std::fs::canonicalize(d).unwrap());
        let h = history(&repo, Path::new("content/a.md")).unwrap();
        let texts: Vec<&str> = h.iter().map(|v| v.text.as_str()).collect();
        assert_eq!(texts, ["one\n", "two\n", "three\n"]);
        let subjects: Vec<&str> = h.iter().map(|v| v.subject.as_str()).collect();
        assert_eq!(subjects, ["first", "second", "merge side"]);
        assert_eq!(h[0].date().to_string(), "2024-01-02");
        // The committer's own calendar day, not UTC's.
        assert_eq!(h[1].date().to_string(), "2024-03-01");
        assert_eq!(h[1].time.to_string(), "2024-03-02T04:30:00Z");
        assert_eq!(h[0].commit.len(), 40);
        assert!(history(&repo, Path::new("missing.md")).unwrap().is_empty());

        let all = repo
            .histories(&[PathBuf::from("content/a.md"), PathBuf::from("other.md")])
            .unwrap();
        assert_eq!(all[Path::new("content/a.md")].len(), 3);
        assert_eq!(all[Path::new("other.md")].len(), 1);
    }

    #[test]
    fn a_file_back_after_deletion_or_reverted_is_a_new_version() {
        let dir = repo();
        let d = dir.path();
        std::fs::write(d.join("a.md"), "one").unwrap();
        commit_all(d, "2024-01-01T00:00:00Z", "1");
        std::fs::write(d.join("a.md"), "two").unwrap();
        commit_all(d, "2024-01-02T00:00:00Z", "2");
        std::fs::write(d.join("a.md"), "one").unwrap();
        commit_all(d, "2024-01-03T00:00:00Z", "3");
        let repo = Repo::discover(d).unwrap().unwrap();
        let texts: Vec<String> = history(&repo, Path::new("a.md"))
            .unwrap()
            .into_iter()
            .map(|v| v.text)
            .collect();
        assert_eq!(texts, ["one", "two", "one"]);
    }

    #[test]
    fn unborn_head_has_no_history() {
        let dir = repo();
        std::fs::write(dir.path().join("a.md"), "x").unwrap();
        let repo = Repo::discover(dir.path()).unwrap().unwrap();
        assert!(history(&repo, Path::new("a.md")).unwrap().is_empty());
    }

    #[test]
    fn changed_since_sees_edits_additions_deletions_and_not_ignored_files() {
        let dir = repo();
        let d = dir.path();
        std::fs::create_dir(d.join("content")).unwrap();
        std::fs::write(d.join("content/same.md"), "same").unwrap();
        std::fs::write(d.join("content/edited.md"), "before").unwrap();
        std::fs::write(d.join("content/deleted.md"), "gone soon").unwrap();
        std::fs::write(d.join("content/staged.md"), "before").unwrap();
        std::fs::write(d.join(".gitignore"), "public/\n").unwrap();
        commit_all(d, "2024-01-01T00:00:00Z", "base");
        git(d, &["branch", "base"]);
        std::fs::write(d.join("content/committed.md"), "new").unwrap();
        commit_all(d, "2024-01-02T00:00:00Z", "add one");

        std::fs::write(d.join("content/edited.md"), "after").unwrap();
        std::fs::write(d.join("content/staged.md"), "after").unwrap();
        git(d, &["add", "content/staged.md"]);
        std::fs::remove_file(d.join("content/deleted.md")).unwrap();
        std::fs::create_dir_all(d.join("content/new/deep")).unwrap();
        std::fs::write(d.join("content/new/deep/untracked.md"), "u").unwrap();
        std::fs::create_dir(d.join("public")).unwrap();
        std::fs::write(d.join("public/index.html"), "ignored").unwrap();

        let repo = Repo::discover(d).unwrap().unwrap();
        let changed = repo.changed_since("base").unwrap();
        let names: Vec<String> = changed
            .iter()
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .collect();
        assert_eq!(
            names,
            [
                "content/committed.md",
                "content/deleted.md",
                "content/edited.md",
                "content/new/deep/untracked.md",
                "content/staged.md",
            ]
        );
        // Against HEAD the committed addition no longer counts.
        assert_eq!(repo.changed_since("HEAD").unwrap().len(), 4);
    }

    #[test]
    fn odd_file_names_keep_their_history() {
        let dir = repo();
        let d = dir.path();
        let names = [
            "we ird \"q\" é.md",
            ":colon.md",
            "tab\tname.md",
            "*star?.md",
        ];
        for (i, name) in names.iter().enumerate() {
            std::fs::write(d.join(name), format!("v1 {i}")).unwrap();
        }
        commit_all(d, "2024-01-01T00:00:00Z", "1");
        std::fs::write(d.join(names[0]), "v2").unwrap();
        commit_all(d, "2024-01-02T00:00:00Z", "2");
        let repo = Repo::discover(d).unwrap().unwrap();
        let paths: Vec<PathBuf> = names.iter().map(PathBuf::from).collect();
        let all = repo.histories(&paths).unwrap();
        let texts: Vec<&str> = all[&paths[0]].iter().map(|v| v.text.as_str()).collect();
        assert_eq!(texts, ["v1 0", "v2"]);
        for (i, path) in paths.iter().enumerate().skip(1) {
            let texts: Vec<&str> = all[path].iter().map(|v| v.text.as_str()).collect();
            assert_eq!(texts, [format!("v1 {i}")], "{path:?}");
        }
    }

    #[test]
    fn the_history_of_more_documents_than_a_command_line_holds() {
        let dir = repo();
        let d = dir.path();
        std::fs::create_dir_all(d.join("content/legal")).unwrap();
        std::fs::write(d.join("content/legal/kept.md"), "v1").unwrap();
        std::fs::write(d.join("README.md"), "outside content/").unwrap();
        commit_all(d, "2024-01-01T00:00:00Z", "1");
        // 40,000 names of 100 bytes: 4 MB, twice Linux's usual ARG_MAX.
        let long = "x".repeat(70);
        let mut paths: Vec<PathBuf> = (0..40_000)
            .map(|i| PathBuf::from(format!("content/legal/{long}-{i:06}.md")))
            .collect();
        paths.push(PathBuf::from("content/legal/kept.md"));
        let all = Repo::discover(d)
            .unwrap()
            .unwrap()
            .histories(&paths)
            .unwrap();
        assert_eq!(all.len(), paths.len());
        assert_eq!(all[Path::new("content/legal/kept.md")].len(), 1);
        assert!(all[&paths[0]].is_empty());
    }

    #[test]
    fn common_folder_is_the_deepest_shared_one() {
        let p = |names: &[&str]| names.iter().map(PathBuf::from).collect::<Vec<_>>();
        assert_eq!(
            common_folder(&p(&["content/a/x.md", "content/a/b/y.md"])),
            Some(PathBuf::from("content/a"))
        );
        assert_eq!(
            common_folder(&p(&["content/a/x.md", "content/b/y.md"])),
            Some(PathBuf::from("content"))
        );
        assert_eq!(common_folder(&p(&["content/x.md", "other.md"])), None);
        assert_eq!(common_folder(&p(&["a.md"])), None);
        assert_eq!(common_folder(&[]), None);
    }

    /// The fast "no repository" answer is exact: wherever it says git
    /// could find nothing, git finds nothing; every layout where git finds a
    /// repository (or must be asked about a bare one) is handed to git.
    #[test]
    fn git_is_asked_wherever_it_could_find_a_repository() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(outside.path().join("site/content")).unwrap();
        for dir in [
            outside.path().to_path_buf(),
            outside.path().join("site/content"),
        ] {
            assert!(!git_could_find_a_repository(&dir), "{}", dir.display());
            // git itself agrees (asked directly, past the fast answer).
            let mut cmd = command(Path::new(GIT), &dir);
            cmd.args(["rev-parse", "--show-toplevel"]);
            assert!(
                matches!(spawn(cmd), Ok(Outcome::Failed(m)) if m.contains("not a git repository"))
            );
        }

        let work_tree = repo();
        std::fs::create_dir_all(work_tree.path().join("site/content")).unwrap();
        assert!(git_could_find_a_repository(work_tree.path()));
        assert!(git_could_find_a_repository(
            &work_tree.path().join("site/content")
        ));

        // A `.git` file (a linked worktree or a submodule) and a link count too.
        let linked = tempfile::tempdir().unwrap();
        std::fs::write(linked.path().join(".git"), "gitdir: /elsewhere\n").unwrap();
        assert!(git_could_find_a_repository(linked.path()));
        #[cfg(unix)]
        {
            let dangling = tempfile::tempdir().unwrap();
            std::os::unix::fs::symlink("/nonexistent/charter-test", dangling.path().join(".git"))
                .unwrap();
            assert!(git_could_find_a_repository(dangling.path()));
        }

        // Inside a bare repository, git decides (it has no work tree).
        let bare = tempfile::tempdir().unwrap();
        git(bare.path(), &["init", "-q", "--bare"]);
        assert!(git_could_find_a_repository(&bare.path().join("refs")));
        assert!(Repo::discover(&bare.path().join("refs")).unwrap().is_none());

        // A folder that cannot be resolved is git's to judge, as before.
        assert!(git_could_find_a_repository(Path::new(
            "/nonexistent/charter-test"
        )));
    }

    /// Whether the clone is shallow comes from the process that finds the
    /// work tree.
    #[test]
    fn a_clone_of_depth_one_is_shallow_and_its_origin_is_not() {
        let origin = repo();
        commit(origin.path(), "2024-01-01T00:00:00Z", "1");
        commit(origin.path(), "2024-01-02T00:00:00Z", "2");
        let clones = tempfile::tempdir().unwrap();
        let url = format!("file://{}", origin.path().display());
        git(
            clones.path(),
            &["clone", "-q", "--depth", "1", &url, "shallow"],
        );
        let shallow = Repo::discover(&clones.path().join("shallow"))
            .unwrap()
            .unwrap();
        assert!(shallow.is_shallow());
        assert_eq!(
            shallow.workdir,
            std::fs::canonicalize(clones.path().join("shallow")).unwrap()
        );
        assert!(!Repo::discover(origin.path()).unwrap().unwrap().is_shallow());
    }

    #[test]
    fn a_bare_repository_has_no_work_tree() {
        let dir = tempfile::tempdir().unwrap();
        git(dir.path(), &["init", "-q", "--bare"]);
        assert!(Repo::discover(dir.path()).unwrap().is_none());
    }

    #[test]
    fn without_the_git_command_a_repository_is_an_error_and_no_repository_is_none() {
        let missing = Path::new("/nonexistent/charter-test/git");
        let outside = tempfile::tempdir().unwrap();
        assert!(
            Repo::discover_with(missing, outside.path())
                .unwrap()
                .is_none()
        );
        let dir = repo();
        let err = Repo::discover_with(missing, dir.path()).err().unwrap();
        assert_eq!(err.code, "git.missing");
        assert!(err.help.unwrap().contains("install git"));
    }

    #[test]
    fn a_revision_is_never_taken_for_an_option() {
        let dir = repo();
        std::fs::write(dir.path().join("a.md"), "x").unwrap();
        commit_all(dir.path(), "2024-01-01T00:00:00Z", "1");
        let repo = Repo::discover(dir.path()).unwrap().unwrap();
        let err = repo.changed_since("--output=/tmp/x").unwrap_err();
        assert_eq!(err.code, "git.unknown-rev");
        // git's own revision syntax works.
        assert!(repo.changed_since("HEAD~0").unwrap().is_empty());
    }

    #[test]
    fn unknown_revision_is_a_clear_diagnostic() {
        let dir = repo();
        std::fs::write(dir.path().join("a.md"), "x").unwrap();
        git(dir.path(), &["add", "-A"]);
        commit(dir.path(), "2024-01-01T00:00:00Z", "1");
        let repo = Repo::discover(dir.path()).unwrap().unwrap();
        let err = repo.changed_since("origin/mian").unwrap_err();
        assert_eq!(err.code, "git.unknown-rev");
        assert_eq!(err.message, "no commit `origin/mian` in this repository");
        assert!(err.help.is_some());
    }
}
