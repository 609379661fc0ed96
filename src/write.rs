//! Write: the only stage that touches the output folder.
//!
//! The site is written into a temporary folder beside the output and swapped
//! in only when every file is written, so a failed build leaves the previous
//! site as it was. Nothing outside the output folder and its temporary
//! siblings is ever written or deleted.

use std::io;
use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;

use crate::diagnostic::Diag;
use crate::render::OutputFile;

/// Checks that `output` is a folder Charter may replace: never the site root,
/// an ancestor of it, or a folder holding the site's sources.
pub fn check_output_dir(root: &Path, output: &Path) -> Result<(), String> {
    let root = normalize(root);
    let output = normalize(output);
    if output.parent().is_none() {
        return Err(format!("{} is a filesystem root", output.display()));
    }
    if root.starts_with(&output) {
        return Err(format!(
            "{} is the site folder or contains it; building there would delete the sources",
            output.display()
        ));
    }
    for source_dir in ["content", "themes", "rules", ".git"] {
        if output.starts_with(root.join(source_dir)) {
            return Err(format!(
                "{} is inside the site's {source_dir}/ folder",
                output.display()
            ));
        }
    }
    Ok(())
}

/// An absolute, `..`-free form of `path` (resolving symlinks where the path exists).
fn normalize(path: &Path) -> PathBuf {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    // Canonicalize the longest existing prefix, then append the rest lexically.
    let mut existing = absolute.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.file_name(), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name.to_owned());
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut out = existing.canonicalize().unwrap_or(existing);
    for name in rest.into_iter().rev() {
        out.push(name);
    }
    let mut clean = PathBuf::new();
    for c in out.components() {
        match c {
            Component::ParentDir => {
                clean.pop();
            }
            Component::CurDir => {}
            other => clean.push(other),
        }
    }
    clean
}

/// Writes `files` as the new content of `output`, atomically from the point of
/// view of a reader: the old folder stays complete until the new one is ready.
pub fn write_site(root: &Path, output: &Path, files: &[OutputFile]) -> Result<(), Diag> {
    let staging = Staging::begin(root, output)?;
    match files.par_iter().try_for_each(|f| staging.write(f)) {
        Ok(()) => staging.commit(),
        Err(d) => {
            staging.abandon();
            Err(d)
        }
    }
}

fn io_error(what: &str, path: &Path, e: io::Error) -> Diag {
    Diag::error("output.io", format!("cannot {what} {}: {e}", path.display()))
        .help("check that the folder is writable and the disk is not full; the previous site was left as it was")
}

/// A new site being written beside the output folder. Pages are written as
/// they are rendered, so the whole site never has to be in memory; nothing
/// replaces the output until `commit`.
pub struct Staging {
    dir: PathBuf,
    output: PathBuf,
    retired: PathBuf,
}

impl Staging {
    /// Checks `output` and creates the staging folder beside it.
    pub fn begin(root: &Path, output: &Path) -> Result<Staging, Diag> {
        check_output_dir(root, output).map_err(|why| {
            Diag::error("output.unsafe", format!("refusing to write the site to {}: {why}", output.display()))
                .help("set output_dir in site.toml (or --output) to a folder of its own, such as `public`")
        })?;
        if output.exists() && !output.is_dir() {
            return Err(Diag::error(
                "output.not-a-folder",
                format!("{} exists and is not a folder", output.display()),
            )
            .help("move the file away or choose another output_dir"));
        }
        let parent = output
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::create_dir_all(parent).map_err(|e| io_error("create", parent, e))?;
        let name = output
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        remove_stale_siblings(parent, &name);
        let dir = parent.join(format!(".{name}.charter-new-{}", std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|e| io_error("create", &dir, e))?;
        Ok(Staging {
            retired: parent.join(format!(".{name}.charter-old-{}", std::process::id())),
            dir,
            output: output.to_path_buf(),
        })
    }

    /// Writes one file of the new site. Safe to call from several threads.
    pub fn write(&self, file: &OutputFile) -> Result<(), Diag> {
        write_one(&self.dir, file).map_err(|(p, e)| io_error("write", &p, e))
    }

    /// Swaps the new site in, then deletes the previous one.
    pub fn commit(self) -> Result<(), Diag> {
        let output = &self.output;
        if output.exists() {
            if let Err(e) = std::fs::rename(output, &self.retired) {
                let _ = std::fs::remove_dir_all(&self.dir);
                return Err(io_error("replace", output, e));
            }
        }
        if let Err(e) = std::fs::rename(&self.dir, output) {
            // Put the previous site back before reporting.
            let _ = std::fs::rename(&self.retired, output);
            let _ = std::fs::remove_dir_all(&self.dir);
            return Err(io_error("move the new site into", output, e));
        }
        remove_tree(&self.retired);
        Ok(())
    }

    /// Deletes the unfinished new site; the output was never touched.
    pub fn abandon(self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Deletes a folder, its top-level entries in parallel (many small files are
/// slow to delete one by one).
fn remove_tree(dir: &Path) {
    if let Ok(entries) = std::fs::read_dir(dir) {
        let paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        paths.par_iter().for_each(|p| {
            let _ = if p.is_dir() {
                std::fs::remove_dir_all(p)
            } else {
                std::fs::remove_file(p)
            };
        });
    }
    let _ = std::fs::remove_dir_all(dir);
}

/// Leftovers of builds that were killed before they could clean up.
fn remove_stale_siblings(parent: &Path, name: &str) {
    let prefixes = [
        format!(".{name}.charter-new-"),
        format!(".{name}.charter-old-"),
    ];
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        let Some(pid) = prefixes
            .iter()
            .find_map(|p| file_name.strip_prefix(p.as_str()))
        else {
            continue;
        };
        // Another build that is still running owns its folders.
        let alive = pid.parse::<u32>().is_ok_and(|pid| {
            pid != std::process::id() && Path::new(&format!("/proc/{pid}")).exists()
        });
        if !alive {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

fn write_one(staging: &Path, file: &OutputFile) -> Result<(), (PathBuf, io::Error)> {
    let relative = Path::new(&file.path);
    // Paths come from checked slugs; refuse anything that could escape anyway.
    if relative.is_absolute()
        || relative
            .components()
            .any(|c| !matches!(c, Component::Normal(_)))
    {
        return Err((
            relative.to_path_buf(),
            io::Error::new(
                io::ErrorKind::InvalidInput,
                "output path leaves the output folder",
            ),
        ));
    }
    let path = staging.join(relative);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| (dir.to_path_buf(), e))?;
    }
    std::fs::write(&path, &file.bytes).map_err(|e| (path.clone(), e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_to_replace_sources() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        std::fs::create_dir_all(root.join("content")).unwrap();
        assert!(check_output_dir(&root, &root.join("public")).is_ok());
        assert!(check_output_dir(&root, &root.join("out/site")).is_ok());
        for bad in [
            root.clone(),
            root.join("."),
            dir.path().to_path_buf(),
            root.join("content"),
            root.join("content/x"),
            PathBuf::from("/"),
            root.join("public/../.."),
        ] {
            assert!(check_output_dir(&root, &bad).is_err(), "{}", bad.display());
        }
    }

    #[test]
    fn replaces_the_output_and_cleans_up() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let file = |p: &str, s: &str| OutputFile {
            path: p.into(),
            bytes: s.as_bytes().to_vec(),
        };
        write_site(
            dir.path(),
            &out,
            &[file("a/index.html", "1"), file("old.txt", "x")],
        )
        .unwrap();
        write_site(dir.path(), &out, &[file("a/index.html", "2")]).unwrap();
        assert_eq!(
            std::fs::read_to_string(out.join("a/index.html")).unwrap(),
            "2"
        );
        assert!(!out.join("old.txt").exists());
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["public"]);
    }

    #[test]
    fn a_failed_write_keeps_the_previous_site() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let ok = OutputFile {
            path: "index.html".into(),
            bytes: b"old".to_vec(),
        };
        write_site(dir.path(), &out, &[ok]).unwrap();
        let bad = OutputFile {
            path: "../escape.html".into(),
            bytes: b"x".to_vec(),
        };
        assert!(write_site(dir.path(), &out, &[bad]).is_err());
        assert_eq!(
            std::fs::read_to_string(out.join("index.html")).unwrap(),
            "old"
        );
        assert!(!dir.path().join("escape.html").exists());
    }
}
