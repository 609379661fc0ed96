//! Watching the site's sources with notify, debounced, and handing the
//! changed paths to the rebuild.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify::{Event, EventKind, RecursiveMode, Watcher};

use crate::diagnostic::Diag;

/// Saves within this window are one change (editors write several times).
const DEBOUNCE: Duration = Duration::from_millis(30);

/// Watches the site's sources; changes queue up from the moment it exists.
pub struct Watch {
    // Dropping the watcher stops the events.
    watcher: notify::RecommendedWatcher,
    rx: mpsc::Receiver<notify::Result<Event>>,
    root: PathBuf,
    output: Option<PathBuf>,
}

/// Starts watching `content/`, `themes/`, `rules/` and `site.toml` under `root`.
pub fn start(root: &Path, output: Option<&Path>) -> Result<Watch, Diag> {
    let (tx, rx) = mpsc::channel::<notify::Result<Event>>();
    let mut watcher = notify::recommended_watcher(tx)
        .map_err(|e| Diag::error("serve.watch", format!("cannot watch files: {e}")))?;
    for dir in ["content", "themes", "rules"] {
        let path = root.join(dir);
        if path.is_dir() {
            watcher
                .watch(&path, RecursiveMode::Recursive)
                .map_err(|e| {
                    Diag::error(
                        "serve.watch",
                        format!("cannot watch {}: {e}", path.display()),
                    )
                })?;
        }
    }
    // The root itself only for site.toml (and for themes/ or rules/ appearing).
    watcher
        .watch(root, RecursiveMode::NonRecursive)
        .map_err(|e| {
            Diag::error(
                "serve.watch",
                format!("cannot watch {}: {e}", root.display()),
            )
        })?;

    Ok(Watch {
        watcher,
        rx,
        root: root.to_path_buf(),
        output: output.and_then(|o| o.canonicalize().ok()),
    })
}

impl Watch {
    /// Calls `on_change` with the relevant changed paths, forever.
    pub fn run(self, mut on_change: impl FnMut(&[PathBuf])) {
        let Watch {
            mut watcher,
            rx,
            root,
            output,
        } = self;
        let (root, output) = (root.as_path(), output.as_deref());
        let paths_of = |event: notify::Result<Event>| -> Vec<PathBuf> {
            match event {
                // Reading files (as every rebuild does) is not a change.
                Ok(e) if !matches!(e.kind, EventKind::Access(_)) => e
                    .paths
                    .into_iter()
                    .filter(|p| relevant(root, output, p))
                    .collect(),
                _ => Vec::new(),
            }
        };
        while let Ok(first) = rx.recv() {
            let mut changed = paths_of(first);
            if changed.is_empty() {
                continue;
            }
            // Debounce: an editor's save is often several writes and a rename.
            while let Ok(more) = rx.recv_timeout(DEBOUNCE) {
                changed.extend(paths_of(more));
            }
            changed.sort();
            changed.dedup();
            // A source folder created, or moved away and back, after the
            // start is watched (again) from now on: the old watch followed
            // the folder that left.
            for dir in ["content", "themes", "rules"] {
                let path = root.join(dir);
                if changed.contains(&path) && path.is_dir() {
                    let _ = watcher.unwatch(&path);
                    let _ = watcher.watch(&path, RecursiveMode::Recursive);
                }
            }
            on_change(&changed);
        }
    }
}

/// Sources only: not the output folder, editor swap and backup files, or
/// files in the root other than site.toml.
fn relevant(root: &Path, output: Option<&Path>, path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name.starts_with('.')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".tmp")
    {
        return false;
    }
    if let (Some(out), Ok(p)) = (output, path.canonicalize())
        && p.starts_with(out)
    {
        return false;
    }
    let rel = path.strip_prefix(root).unwrap_or(path);
    matches!(
        rel.components().next().and_then(|c| c.as_os_str().to_str()),
        Some("content" | "themes" | "rules" | "site.toml")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relevance() {
        let root = Path::new("/site");
        assert!(relevant(root, None, Path::new("/site/content/privacy.md")));
        assert!(relevant(root, None, Path::new("/site/site.toml")));
        assert!(relevant(
            root,
            None,
            Path::new("/site/themes/default/templates/page.html")
        ));
        assert!(!relevant(
            root,
            None,
            Path::new("/site/content/.privacy.md.swp")
        ));
        assert!(!relevant(
            root,
            None,
            Path::new("/site/content/privacy.md~")
        ));
        assert!(!relevant(root, None, Path::new("/site/README.md")));
        assert!(!relevant(root, None, Path::new("/site/public/index.html")));
    }
}
