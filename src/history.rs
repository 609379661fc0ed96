//! Load stage: every published version of each document, from git.
//!
//! A version is a committed text that differs from the one before it in more
//! than whitespace (re-wrapping a paragraph publishes nothing new). The
//! working tree's text is the newest version when it differs from the last
//! commit, so uncommitted edits are linted and previewed like committed ones.
//! Old versions' front matter is read leniently: history is what it is, and a
//! version from before the site used Charter still belongs in the archive.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::civil::Date;

use crate::diagnostic::Diag;
use crate::front_matter::Subprocessor;
use crate::git::{FileVersion, Repo};

/// The committed versions of one content file (whitespace-only changes
/// dropped), oldest first.
#[derive(Debug, Clone, Default)]
pub struct FileHistory {
    pub commits: Vec<FileVersion>,
    /// Read from a shallow clone: versions older than its depth are missing.
    pub shallow: bool,
}

/// Reads the history of `files` (paths relative to `root`, `/`-separated)
/// with one walk of the repository. `None` when `root` is not in a git work
/// tree.
pub fn read(
    root: &Path,
    files: &[String],
    max_text_bytes: u64,
) -> Result<Option<HashMap<String, Arc<FileHistory>>>, Diag> {
    let Some(repo) = Repo::discover(root)? else {
        return Ok(None);
    };
    let repo = repo.with_text_limit(max_text_bytes);
    let Some(root_rel) = repo.relative(root) else {
        return Ok(None);
    };
    let paths: Vec<PathBuf> = files.iter().map(|f| root_rel.join(f)).collect();
    let mut all = repo.histories(&paths)?;
    let shallow = repo.is_shallow();
    let mut out = HashMap::new();
    for (name, path) in files.iter().zip(&paths) {
        let commits = all.remove(path).unwrap_or_default();
        let history = FileHistory {
            shallow,
            ..FileHistory::from_commits(commits)
        };
        out.insert(name.clone(), Arc::new(history));
    }
    Ok(Some(out))
}

impl FileHistory {
    /// Keeps only commits that changed more than whitespace.
    pub fn from_commits(commits: Vec<FileVersion>) -> FileHistory {
        let mut kept: Vec<FileVersion> = Vec::new();
        for c in commits {
            if kept.last().is_some_and(|k| same_words(&k.text, &c.text)) {
                continue;
            }
            kept.push(c);
        }
        FileHistory {
            commits: kept,
            shallow: false,
        }
    }
}

/// Whether two texts differ only in whitespace.
pub fn same_words(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

/// The fields of a version's front matter that the archive and the version
/// rules use; anything missing or malformed is `None`.
#[derive(Debug, Clone, Default)]
pub struct VersionMeta {
    pub title: Option<String>,
    pub updated: Option<Date>,
    pub effective: Option<Date>,
    pub version: Option<String>,
    /// `subprocessors:` entries with a name, in order.
    pub subprocessors: Vec<Subprocessor>,
}

impl VersionMeta {
    /// Reads what it can from a version's front matter; never fails.
    pub fn read(text: &str) -> VersionMeta {
        let front = crate::front_matter::Lenient::read(text);
        // A `subprocessors:` other than a list leaves the whole version
        // unread, as it did when history had a reader of its own.
        if front
            .get("subprocessors")
            .is_some_and(|s| !s.is_null() && !s.is_array())
        {
            return VersionMeta::default();
        }
        let date = |key: &str| {
            front
                .scalar(key)
                .and_then(|s| crate::dates::parse_iso(&s).ok())
        };
        VersionMeta {
            title: front.scalar("title"),
            updated: date("updated"),
            effective: date("effective"),
            version: front.scalar("version"),
            subprocessors: front
                .get("subprocessors")
                .and_then(serde_json::Value::as_array)
                .into_iter()
                .flatten()
                // One odd entry must not hide the others.
                .filter_map(|s| serde_json::from_value::<Subprocessor>(s.clone()).ok())
                .filter(|s| !s.name.trim().is_empty())
                .collect(),
        }
    }
}

/// One published version of a document.
#[derive(Debug, Clone)]
pub struct Version {
    /// `None` for uncommitted work in the working tree.
    pub commit: Option<String>,
    /// The committer's day of the commit that introduced this text.
    pub committed: Option<Date>,
    pub time: Option<jiff::Timestamp>,
    pub text: Arc<str>,
    pub meta: VersionMeta,
    /// The date it was published under: `updated`, else the commit's day,
    /// else (uncommitted, no `updated`) today.
    pub date: Date,
    /// URL segment below `versions/`: the date, with `-2`, `-3`… when
    /// several versions share one.
    pub dir: String,
}

/// Every version of a document, oldest first; the last is the text being
/// built now.
#[derive(Debug, Clone, Default)]
pub struct Versions {
    pub list: Vec<Version>,
    /// Whether the last version is not committed yet.
    pub uncommitted: bool,
    /// What the list was made from, to remake it when the text changes.
    pub history: Arc<FileHistory>,
}

impl Versions {
    /// The versions of a document whose working-tree text is `current`.
    pub fn new(history: &Arc<FileHistory>, current: &Arc<str>, today: Date) -> Versions {
        let mut list: Vec<Version> = history
            .commits
            .iter()
            .map(|c| {
                let meta = VersionMeta::read(&c.text);
                let committed = c.date();
                Version {
                    commit: Some(c.commit.clone()),
                    committed: Some(committed),
                    time: Some(c.time),
                    text: Arc::from(c.text.as_str()),
                    date: meta.updated.unwrap_or(committed),
                    meta,
                    dir: String::new(),
                }
            })
            .collect();
        let uncommitted = !list.last().is_some_and(|v| same_words(&v.text, current));
        if uncommitted {
            let meta = VersionMeta::read(current);
            list.push(Version {
                commit: None,
                committed: None,
                time: None,
                text: Arc::clone(current),
                date: meta.updated.unwrap_or(today),
                meta,
                dir: String::new(),
            });
        }
        let mut seen: HashMap<Date, usize> = HashMap::new();
        for v in &mut list {
            let n = seen.entry(v.date).or_insert(0);
            *n += 1;
            v.dir = if *n == 1 {
                v.date.to_string()
            } else {
                format!("{}-{n}", v.date)
            };
        }
        Versions {
            list,
            uncommitted,
            history: Arc::clone(history),
        }
    }

    /// The version being built now.
    pub fn current(&self) -> Option<&Version> {
        self.list.last()
    }

    /// The version before the current one.
    pub fn previous(&self) -> Option<&Version> {
        self.list.len().checked_sub(2).map(|i| &self.list[i])
    }

    /// The date `updated` has when front matter leaves it out: the day of the
    /// last commit that changed the text, or today for uncommitted edits.
    pub fn derived_updated(&self) -> Option<Date> {
        let current = self.current()?;
        Some(current.committed.unwrap_or(current.date))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fv(commit: &str, day: &str, text: &str) -> FileVersion {
        FileVersion {
            commit: commit.into(),
            time: format!("{day}T12:00:00Z").parse().unwrap(),
            offset: jiff::tz::Offset::UTC,
            subject: String::new(),
            text: text.into(),
        }
    }

    #[test]
    fn whitespace_only_commits_are_not_versions() {
        let h = FileHistory::from_commits(vec![
            fv("a", "2024-01-01", "one two"),
            fv("b", "2024-01-02", "one\n  two\n"),
            fv("c", "2024-01-03", "one three"),
        ]);
        let ids: Vec<&str> = h.commits.iter().map(|c| c.commit.as_str()).collect();
        assert_eq!(ids, ["a", "c"]);
    }

    #[test]
    fn versions_date_and_disambiguate() {
        let h = Arc::new(FileHistory::from_commits(vec![
            fv("a", "2024-01-01", "---\nupdated: 2023-12-30\n---\nold"),
            fv("b", "2024-01-05", "---\nupdated: 2023-12-30\n---\nnew"),
            fv("c", "2024-02-01", "no front matter"),
        ]));
        let today: Date = "2024-03-01".parse().unwrap();
        let same: Arc<str> = Arc::from("no  front\nmatter");
        let v = Versions::new(&h, &same, today);
        assert!(!v.uncommitted);
        let dirs: Vec<&str> = v.list.iter().map(|v| v.dir.as_str()).collect();
        assert_eq!(dirs, ["2023-12-30", "2023-12-30-2", "2024-02-01"]);
        assert_eq!(v.derived_updated().unwrap().to_string(), "2024-02-01");

        let edited: Arc<str> = Arc::from("edited");
        let v = Versions::new(&h, &edited, today);
        assert!(v.uncommitted);
        assert_eq!(v.list.len(), 4);
        assert_eq!(v.derived_updated().unwrap(), today);
    }

    #[test]
    fn lenient_meta_reads_what_it_can() {
        let m = VersionMeta::read(
            "---\ntitle: T\nversion: 2.1\nupdated: 2024-13-01\nredirect_from: [x]\nsubprocessors:\n  - name: Acme\n  - name: Beta\n    purpose: p\n---\nbody",
        );
        assert_eq!(m.title.as_deref(), Some("T"));
        assert_eq!(m.version.as_deref(), Some("2.1"));
        assert_eq!(m.updated, None);
        let names: Vec<&str> = m.subprocessors.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Acme", "Beta"]);
        assert!(VersionMeta::read("---\n: : bad\n---\n").title.is_none());
    }
}
