//! Reading the site's git repository: the only module that knows the git
//! library (gix). Charter never runs `git`: a library read is one process, one
//! walk of history for every document, and works where `git` is not installed.
//!
//! Everything here is read-only. Paths in and out are relative to the work tree
//! (`Repo::workdir`), with `/` separators as git stores them.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use gix::bstr::{BString, ByteSlice};
use gix::hash::ObjectId;

use crate::diagnostic::Diag;

/// A git work tree Charter reads documents' history from.
pub struct Repo {
    repo: gix::Repository,
    /// Canonical, so that site paths (also canonicalized) can be made relative.
    workdir: PathBuf,
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
    .help("check that the repository is not corrupt, e.g. with `git fsck`")
}

impl Repo {
    /// The repository whose work tree contains `dir`, or `None` when `dir` is
    /// not inside a git work tree (or only inside a bare repository).
    pub fn discover(dir: &Path) -> Result<Option<Repo>, Diag> {
        let repo = match gix::discover(dir) {
            Ok(repo) => repo,
            Err(gix::discover::Error::Discover(_)) => return Ok(None),
            Err(e) => return Err(read_error("opening", e)),
        };
        let Some(workdir) = repo.workdir() else {
            return Ok(None);
        };
        let workdir = std::fs::canonicalize(workdir).map_err(|e| read_error("work tree", e))?;
        Ok(Some(Repo { repo, workdir }))
    }

    /// The root of the work tree (canonical path).
    pub fn workdir(&self) -> &Path {
        &self.workdir
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

    /// Every version of one file; see [`Repo::histories`].
    pub fn history(&self, path: &Path) -> Result<Vec<FileVersion>, Diag> {
        let mut all = self.histories(&[path.to_path_buf()])?;
        Ok(all.remove(path).unwrap_or_default())
    }

    /// For each path (relative to the work tree): every commit on HEAD's
    /// first-parent line that changed the file's bytes, oldest first. One walk
    /// of history serves all paths. A path never committed maps to an empty
    /// list; an unborn HEAD (no commit yet) gives empty lists.
    pub fn histories(&self, paths: &[PathBuf]) -> Result<HashMap<PathBuf, Vec<FileVersion>>, Diag> {
        let mut out: HashMap<PathBuf, Vec<FileVersion>> =
            paths.iter().map(|p| (p.clone(), Vec::new())).collect();
        let head = self.repo.head().map_err(|e| read_error("HEAD", e))?;
        let Some(tip) = head.id() else {
            return Ok(out);
        };
        let walk = tip
            .ancestors()
            .first_parent_only()
            .all()
            .map_err(|e| read_error("history", e))?;

        // Newest first: each commit with the blob each path had there.
        let mut states: Vec<(gix::Commit<'_>, Vec<Option<ObjectId>>)> = Vec::new();
        let mut previous_tree: Option<(ObjectId, Vec<Option<ObjectId>>)> = None;
        for info in walk {
            let info = info.map_err(|e| read_error("history", e))?;
            let commit = info.object().map_err(|e| read_error("commit", e))?;
            let tree_id = commit
                .tree_id()
                .map_err(|e| read_error("commit", e))?
                .detach();
            // Commits that leave the whole tree alone (merges of nothing,
            // empty commits) need no lookups.
            let blobs = match &previous_tree {
                Some((id, blobs)) if *id == tree_id => blobs.clone(),
                _ => {
                    let tree = commit.tree().map_err(|e| read_error("tree", e))?;
                    let mut blobs = Vec::with_capacity(paths.len());
                    for path in paths {
                        let entry = tree
                            .lookup_entry_by_path(path)
                            .map_err(|e| read_error("tree", e))?;
                        blobs.push(
                            entry
                                .filter(|e| e.mode().is_blob() || e.mode().is_link())
                                .map(|e| e.object_id()),
                        );
                    }
                    blobs
                }
            };
            previous_tree = Some((tree_id, blobs.clone()));
            states.push((commit, blobs));
        }

        let mut texts: HashMap<ObjectId, String> = HashMap::new();
        let mut last: Vec<Option<ObjectId>> = vec![None; paths.len()];
        for (commit, blobs) in states.iter().rev() {
            let mut meta: Option<(String, jiff::Timestamp, jiff::tz::Offset, String)> = None;
            for (i, blob) in blobs.iter().enumerate() {
                let Some(blob) = blob else {
                    last[i] = None;
                    continue;
                };
                if last[i] == Some(*blob) {
                    continue;
                }
                last[i] = Some(*blob);
                if meta.is_none() {
                    meta = Some(commit_meta(commit)?);
                }
                let text = match texts.get(blob) {
                    Some(t) => t.clone(),
                    None => {
                        let data = self
                            .repo
                            .find_blob(*blob)
                            .map_err(|e| read_error("file contents", e))?;
                        let t = String::from_utf8_lossy(&data.data).into_owned();
                        texts.insert(*blob, t.clone());
                        t
                    }
                };
                let Some((id, time, offset, subject)) = meta.clone() else {
                    continue;
                };
                if let Some(list) = out.get_mut(&paths[i]) {
                    list.push(FileVersion {
                        commit: id,
                        time,
                        offset,
                        subject,
                        text,
                    });
                }
            }
        }
        Ok(out)
    }

    /// Paths (relative to the work tree) whose content differs between
    /// `rev`'s tree and the working tree: modified, added (also untracked but
    /// not ignored) and deleted files. Sorted.
    pub fn changed_since(&self, rev: &str) -> Result<Vec<PathBuf>, Diag> {
        let unknown = || {
            Diag::error(
                "git.unknown-rev",
                format!("no commit `{rev}` in this repository"),
            )
            .help(
                "name a branch, tag, remote branch or commit id that exists here (e.g. `main`, `origin/main`); \
                 in CI, fetch it first (e.g. `git fetch origin main`, or a checkout with full depth)",
            )
        };
        let id = self.resolve(rev)?.ok_or_else(unknown)?;
        let tree = self
            .repo
            .find_object(id)
            .map_err(|_| unknown())?
            .peel_to_tree()
            .map_err(|_| unknown())?;
        let mut recorder = gix::traverse::tree::Recorder::default();
        tree.traverse()
            .breadthfirst(&mut recorder)
            .map_err(|e| read_error("tree", e))?;
        let at_rev: HashMap<BString, ObjectId> = recorder
            .records
            .into_iter()
            .filter(|r| r.mode.is_blob() || r.mode.is_link())
            .map(|r| (r.filepath, r.oid))
            .collect();

        let index = self
            .repo
            .index_or_empty()
            .map_err(|e| read_error("index", e))?;
        let mut candidates: BTreeSet<BString> = at_rev.keys().cloned().collect();
        for entry in index.entries() {
            candidates.insert(entry.path(&index).to_owned());
        }
        let options = self
            .repo
            .dirwalk_options()
            .map_err(|e| read_error("configuration", e))?
            .emit_tracked(false)
            .emit_ignored(None)
            .emit_untracked(gix::dir::walk::EmissionMode::Matching);
        let mut collect = gix::dir::walk::delegate::Collect::default();
        self.repo
            .dirwalk(
                &index,
                Vec::<&gix::bstr::BStr>::new(),
                &AtomicBool::new(false),
                options,
                &mut collect,
            )
            .map_err(|e| read_error("work tree", e))?;
        for (entry, _) in collect.unorded_entries {
            let is_file = matches!(
                entry.disk_kind,
                Some(gix::dir::entry::Kind::File | gix::dir::entry::Kind::Symlink)
            );
            if entry.status == gix::dir::entry::Status::Untracked && is_file {
                candidates.insert(entry.rela_path);
            }
        }

        let hash_kind = self.repo.object_hash();
        let mut changed = Vec::new();
        for path in candidates {
            let rel = gix::path::from_bstr(path.as_bstr()).into_owned();
            let on_disk = self.workdir.join(&rel);
            let now = match std::fs::symlink_metadata(&on_disk) {
                Ok(meta) if meta.file_type().is_symlink() => std::fs::read_link(&on_disk)
                    .ok()
                    .map(|t| gix::path::into_bstr(t).into_owned().into()),
                Ok(meta) if meta.is_file() => Some(
                    std::fs::read(&on_disk)
                        .map_err(|e| read_error(&rel.display().to_string(), e))?,
                ),
                _ => None,
            };
            let now_id = match now {
                Some(bytes) => Some(
                    gix::objs::compute_hash(hash_kind, gix::objs::Kind::Blob, &bytes)
                        .map_err(|e| read_error("hashing", e))?,
                ),
                None => None,
            };
            if now_id != at_rev.get(&path).copied() {
                changed.push(rel);
            }
        }
        Ok(changed)
    }
}

impl Repo {
    /// A reference (`main`, `origin/main`, `v1.0`, `HEAD`) or a commit id
    /// (full, or an unambiguous prefix of at least 4 digits).
    fn resolve(&self, rev: &str) -> Result<Option<ObjectId>, Diag> {
        let rev = rev.trim();
        if rev.is_empty() {
            return Ok(None);
        }
        if let Ok(mut reference) = self.repo.find_reference(rev) {
            return Ok(reference.peel_to_id().ok().map(|id| id.detach()));
        }
        if rev.len() >= 4 && rev.bytes().all(|b| b.is_ascii_hexdigit()) {
            let Ok(prefix) = gix::hash::Prefix::from_hex(&rev.to_ascii_lowercase()) else {
                return Ok(None);
            };
            return match self.repo.objects.lookup_prefix(prefix, None) {
                Ok(Some(Ok(id))) => Ok(Some(id)),
                Ok(_) => Ok(None),
                Err(e) => Err(read_error("object lookup", e)),
            };
        }
        Ok(None)
    }
}

fn commit_meta(
    commit: &gix::Commit<'_>,
) -> Result<(String, jiff::Timestamp, jiff::tz::Offset, String), Diag> {
    let time = commit.time().map_err(|e| read_error("commit time", e))?;
    let timestamp =
        jiff::Timestamp::from_second(time.seconds).map_err(|e| read_error("commit time", e))?;
    let offset = jiff::tz::Offset::from_seconds(time.offset).unwrap_or(jiff::tz::Offset::UTC);
    let subject = commit
        .message_raw_sloppy()
        .lines()
        .next()
        .map(|l| l.to_str_lossy().trim().to_string())
        .unwrap_or_default();
    Ok((commit.id.to_hex().to_string(), timestamp, offset, subject))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::Command;

    /// Test fixtures only: product code never runs `git`.
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
        assert_eq!(repo.workdir(), std::fs::canonicalize(d).unwrap());
        let h = repo.history(Path::new("content/a.md")).unwrap();
        let texts: Vec<&str> = h.iter().map(|v| v.text.as_str()).collect();
        assert_eq!(texts, ["one\n", "two\n", "three\n"]);
        let subjects: Vec<&str> = h.iter().map(|v| v.subject.as_str()).collect();
        assert_eq!(subjects, ["first", "second", "merge side"]);
        assert_eq!(h[0].date().to_string(), "2024-01-02");
        // The committer's own calendar day, not UTC's.
        assert_eq!(h[1].date().to_string(), "2024-03-01");
        assert_eq!(h[1].time.to_string(), "2024-03-02T04:30:00Z");
        assert_eq!(h[0].commit.len(), 40);
        assert!(repo.history(Path::new("missing.md")).unwrap().is_empty());

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
        let texts: Vec<String> = repo
            .history(Path::new("a.md"))
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
        assert!(repo.history(Path::new("a.md")).unwrap().is_empty());
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
