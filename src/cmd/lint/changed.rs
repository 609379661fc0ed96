//! `charter lint --changed-since REF`: which documents a pull request touches.
//!
//! A document is in scope when its file differs between REF and the working
//! tree, or when a translation or the original of it does: changing the
//! English original is what makes the German translation stale, so the
//! translation's findings belong to the same review. A change to site.toml
//! or to a rule pack can change any finding, so it puts every document in
//! scope.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::config::CONFIG_FILE;
use crate::diagnostic::Diag;
use crate::git::Repo;
use crate::site::{Document, Site};

pub struct Changed {
    everything: bool,
    /// Translation-group keys of changed documents.
    keys: HashSet<String>,
}

impl Changed {
    pub fn includes(&self, doc: &Document) -> bool {
        self.everything || self.keys.contains(&doc.key)
    }
}

pub fn documents(site: &Site, root: &Path, rev: &str) -> Result<Changed, Vec<Diag>> {
    let repo = Repo::discover(root).map_err(|d| vec![d])?.ok_or_else(|| {
        vec![
            Diag::error(
                "lint.changed-since",
                format!(
                    "--changed-since {rev}: {} is not inside a git repository",
                    root.display()
                ),
            )
            .help("run it in a git checkout, or drop --changed-since to lint every document"),
        ]
    })?;
    let changed: HashSet<PathBuf> = repo
        .changed_since(rev)
        .map_err(|d| vec![d])?
        .into_iter()
        .collect();
    // Site paths as the repository names them (the site may be a subfolder).
    let site_dir = repo.relative(root).unwrap_or_default();
    let in_repo = |rel: &str| site_dir.join(rel);

    let everything = changed.contains(&in_repo(CONFIG_FILE))
        || changed.iter().any(|p| p.starts_with(in_repo("rules")));
    let keys = site
        .documents
        .iter()
        .filter(|d| changed.contains(&in_repo(&d.source.name)))
        .map(|d| d.key.clone())
        .collect();
    Ok(Changed { everything, keys })
}
