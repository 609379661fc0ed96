//! Write: the only stage that touches the output folder.
//!
//! The site is written into a temporary folder beside the output and swapped
//! in only when every file is written, so a failed build leaves the previous
//! site as it was. Nothing outside the output folder and its temporary
//! siblings is ever written or deleted.
//!
//! A file whose bytes are those of the previous build is not written again:
//! the new folder gets a hard link to the previous file, so a rebuild after a
//! one-sentence change writes that document's pages, the index pages and the
//! feeds, and a host or `rsync` sees every other file unchanged (same inode,
//! same modification time). The swap stays atomic.

use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::diagnostic::Diag;

/// A file of the built site: a path relative to the output folder, and its bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

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
    crate::site_files::lexical(&out)
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
    /// The previous build, when the output is one: unchanged files are
    /// linked from it instead of written.
    previous: Option<PathBuf>,
    /// Files written, and files kept from the previous build.
    written: AtomicUsize,
    kept: AtomicUsize,
    /// Held until the new site is in place: one build at a time per output.
    _lock: Option<std::fs::File>,
}

impl Staging {
    /// Checks `output` and creates the staging folder beside it.
    pub fn begin(root: &Path, output: &Path) -> Result<Staging, Diag> {
        check_output_dir(root, output).map_err(|why| {
            Diag::error("output.unsafe", format!("refusing to write the site to {}: {why}", output.display()))
                .help("set output_dir in site.toml (or --output) to a folder of its own, such as `public`")
        })?;
        check_ownership(output)?;
        let parent = output
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::create_dir_all(parent).map_err(|e| io_error("create", parent, e))?;
        let name = output
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        let lock = lock_folder(parent)?;
        remove_stale_siblings(parent, &name, output, lock.is_some());
        let dir = parent.join(format!(".{name}.charter-new-{}", std::process::id()));
        // A fresh folder (never one that is already there, which could be a
        // link), marked as Charter's before anything else is written.
        std::fs::create_dir(&dir).map_err(|e| io_error("create", &dir, e))?;
        if let Err(e) = std::fs::write(dir.join(OUTPUT_MARKER), MARKER_TEXT) {
            // Unmarked, it would never be cleaned up: remove it now.
            let _ = std::fs::remove_dir_all(&dir);
            return Err(io_error("write", &dir, e));
        }
        Ok(Staging {
            retired: parent.join(format!(".{name}.charter-old-{}", std::process::id())),
            previous: is_charters(output).then(|| output.to_path_buf()),
            written: AtomicUsize::new(0),
            kept: AtomicUsize::new(0),
            dir,
            output: output.to_path_buf(),
            _lock: lock,
        })
    }

    /// Writes one file of the new site. Safe to call from several threads.
    pub fn write(&self, file: &OutputFile) -> Result<(), Diag> {
        let kept = write_or_keep(&self.dir, self.previous.as_deref(), file)
            .map_err(|(p, e)| io_error("write", &p, e))?;
        let counter = if kept { &self.kept } else { &self.written };
        counter.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    /// How many files were written so far, and how many kept unchanged from
    /// the previous build.
    pub fn counts(&self) -> WriteCounts {
        WriteCounts {
            written: self.written.load(Ordering::Relaxed),
            unchanged: self.kept.load(Ordering::Relaxed),
        }
    }

    /// Swaps the new site in, then deletes the previous one.
    pub fn commit(self) -> Result<(), Diag> {
        let output = &self.output;
        // Checked again: the folder may have been swapped for a link while
        // the site was being written.
        if let Err(d) = check_ownership(output) {
            let _ = std::fs::remove_dir_all(&self.dir);
            return Err(d);
        }
        if output.symlink_metadata().is_ok()
            && let Err(e) = std::fs::rename(output, &self.retired)
        {
            let _ = std::fs::remove_dir_all(&self.dir);
            return Err(io_error("replace", output, e));
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
        remove_tree(&self.dir);
    }
}

/// Deletes a folder Charter made, its top-level entries in parallel (many
/// small files are slow to delete one by one). Links are removed, never
/// followed: `remove_dir_all` does not follow them either.
fn remove_tree(dir: &Path) {
    // An empty folder may have been the output (it had no marker to carry).
    if !is_charters(dir) {
        let _ = std::fs::remove_dir(dir);
        return;
    }
    // The marker goes last: a removal cut short (a cancelled CI job, a file
    // that cannot be deleted) leaves a folder that is still marked, which
    // the next build recognises and removes.
    let marker = dir.join(OUTPUT_MARKER);
    if let Ok(entries) = std::fs::read_dir(dir) {
        let paths: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| *p != marker)
            .collect();
        paths.par_iter().for_each(|p| {
            let is_dir = p.symlink_metadata().is_ok_and(|m| m.is_dir());
            let _ = if is_dir {
                std::fs::remove_dir_all(p)
            } else {
                std::fs::remove_file(p)
            };
        });
    }
    let empty_but_marker =
        std::fs::read_dir(dir).is_ok_and(|entries| entries.flatten().all(|e| e.path() == marker));
    if empty_but_marker {
        let _ = std::fs::remove_file(&marker);
        let _ = std::fs::remove_dir(dir);
    }
}

/// The file that marks a folder as Charter's output, as `CACHEDIR.TAG` marks
/// a cache: Charter deletes or replaces only folders that hold it.
pub const OUTPUT_MARKER: &str = ".charter-output";
const MARKER_TEXT: &str = "This folder is written by `charter build` and replaced whole on every build.\n\
Charter deletes or replaces only folders that hold this file.\n";

/// A real folder (not a link to one) holding Charter's marker.
fn is_charters(dir: &Path) -> bool {
    dir.symlink_metadata().is_ok_and(|m| m.is_dir())
        && dir
            .join(OUTPUT_MARKER)
            .symlink_metadata()
            .is_ok_and(|m| m.is_file())
}

/// `output` may be replaced: it does not exist, or it is an empty folder, or
/// a folder Charter made. A link is never replaced (the folder it points to
/// would be emptied), nor a folder of someone else's files.
fn check_ownership(output: &Path) -> Result<(), Diag> {
    let meta = match output.symlink_metadata() {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(io_error("inspect", output, e)),
        Ok(meta) => meta,
    };
    if meta.file_type().is_symlink() {
        let target = std::fs::read_link(output).unwrap_or_default();
        return Err(Diag::error(
            "output.symlink",
            format!(
                "refusing to write the site to {}: it is a symbolic link (to {}), and replacing it would empty the folder it points to",
                output.display(),
                target.display()
            ),
        )
        .help("remove the link and let Charter create the folder, or set output_dir to the real folder"));
    }
    if !meta.is_dir() {
        return Err(Diag::error(
            "output.not-a-folder",
            format!("{} exists and is not a folder", output.display()),
        )
        .help("move the file away or choose another output_dir"));
    }
    let empty = std::fs::read_dir(output).is_ok_and(|mut entries| entries.next().is_none());
    if empty || is_charters(output) {
        return Ok(());
    }
    Err(Diag::error(
        "output.not-charters",
        format!(
            "refusing to replace {}: it holds files that Charter did not write (there is no {OUTPUT_MARKER} marker in it)",
            output.display()
        ),
    )
    .help(format!(
        "Charter replaces only folders it made. Set output_dir (or --output) to a new or empty folder, or, if this is an old Charter build, delete it once; Charter marks its output with {OUTPUT_MARKER}"
    )))
}

/// Takes the build lock on the folder that holds the output, waiting while
/// another build of the same output runs: two builds writing at once would
/// each swap in their site and one could remove the other's. The lock is the
/// operating system's (`flock`), so a killed build releases it. `None` where
/// folders cannot be opened as files (not on Unix): no lock then.
fn lock_folder(parent: &Path) -> Result<Option<std::fs::File>, Diag> {
    let Ok(folder) = std::fs::File::open(parent) else {
        return Ok(None);
    };
    match folder.try_lock() {
        Ok(()) => return Ok(Some(folder)),
        Err(std::fs::TryLockError::WouldBlock) => {}
        Err(std::fs::TryLockError::Error(e)) => return Err(io_error("lock", parent, e)),
    }
    eprintln!(
        "Waiting for another charter build writing into {} to finish…",
        parent.display()
    );
    folder.lock().map_err(|e| io_error("lock", parent, e))?;
    Ok(Some(folder))
}

/// Leftovers of builds that were killed before they could clean up. A build
/// killed between its two renames left no output but the previous site in
/// its `-old-` folder: that site is put back rather than deleted. With the
/// lock held no other build is running, so every leftover is stale; without
/// it, folders of live processes are spared.
fn remove_stale_siblings(parent: &Path, name: &str, output: &Path, locked: bool) {
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
        // Only real folders that Charter marked: a link or a stranger's
        // folder with a matching name is left alone.
        if !is_charters(&entry.path()) {
            // An empty folder by that name is harmless to remove (`rmdir`
            // fails on links and on folders that hold anything).
            let _ = std::fs::remove_dir(entry.path());
            continue;
        }
        // Another build that is still running owns its folders.
        let alive = !locked
            && pid.parse::<u32>().is_ok_and(|pid| {
                pid != std::process::id() && Path::new(&format!("/proc/{pid}")).exists()
            });
        if alive {
            continue;
        }
        let retired = file_name.starts_with(prefixes[1].as_str());
        if retired
            && output.symlink_metadata().is_err()
            && std::fs::rename(entry.path(), output).is_ok()
        {
            continue;
        }
        let _ = std::fs::remove_dir_all(entry.path());
    }
}

/// Files of one build: written anew, or kept because the previous build had
/// the same bytes at the same path.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriteCounts {
    pub written: usize,
    pub unchanged: usize,
}

/// Writes one file into the staging folder, or links it from the previous
/// build when that has the same bytes there. Returns whether it was kept.
fn write_or_keep(
    staging: &Path,
    previous: Option<&Path>,
    file: &OutputFile,
) -> Result<bool, (PathBuf, io::Error)> {
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
    // Never over a file this build already wrote: two sources rendering to
    // one path would lose one of them without a word.
    let two_sources = || {
        let why = format!("two sources of the site render to {}", file.path);
        (
            path.clone(),
            io::Error::new(io::ErrorKind::AlreadyExists, why),
        )
    };
    if let Some(old) = previous.map(|p| p.join(relative))
        && same_bytes(&old, &file.bytes)
    {
        match std::fs::hard_link(&old, &path) {
            Ok(()) => return Ok(true),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => return Err(two_sources()),
            // Another file system, or links not supported: write it.
            Err(_) => {}
        }
    }
    let mut out = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| match e.kind() {
            io::ErrorKind::AlreadyExists => two_sources(),
            _ => (path.clone(), e),
        })?;
    io::Write::write_all(&mut out, &file.bytes).map_err(|e| (path.clone(), e))?;
    Ok(false)
}

/// Whether `path` is a regular file (never a link, which could lead out of
/// the output folder) holding exactly `bytes`, compared a block at a time:
/// the previous site is never all in memory.
fn same_bytes(path: &Path, bytes: &[u8]) -> bool {
    const BLOCK: usize = 64 * 1024;
    let same_size = path
        .symlink_metadata()
        .is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64);
    let Some(mut old) = same_size.then(|| std::fs::File::open(path).ok()).flatten() else {
        return false;
    };
    let mut block = vec![0u8; BLOCK.min(bytes.len())];
    bytes.chunks(BLOCK).all(|chunk| {
        let block = &mut block[..chunk.len()];
        io::Read::read_exact(&mut old, block).is_ok() && block == chunk
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes `files` as the new content of `output`, atomically from the point of
    /// view of a reader: the old folder stays complete until the new one is ready.
    pub(super) fn write_site(root: &Path, output: &Path, files: &[OutputFile]) -> Result<(), Diag> {
        let staging = Staging::begin(root, output)?;
        match files.par_iter().try_for_each(|f| staging.write(f)) {
            Ok(()) => staging.commit(),
            Err(d) => {
                staging.abandon();
                Err(d)
            }
        }
    }

    fn file(path: &str, text: &str) -> OutputFile {
        OutputFile {
            path: path.into(),
            bytes: text.as_bytes().to_vec(),
        }
    }

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

    #[cfg(unix)]
    #[test]
    fn unchanged_files_are_kept_and_links_never_followed() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let ino = |p: &str| out.join(p).symlink_metadata().unwrap().ino();
        let site = [file("same.html", "same"), file("a/changed.html", "one")];
        write_site(dir.path(), &out, &site).unwrap();
        let (same, changed) = (ino("same.html"), ino("a/changed.html"));
        // A link planted in the output, with the bytes the build would write
        // and pointing outside: replaced by a file, the target left alone.
        std::fs::write(dir.path().join("outside.txt"), "linked").unwrap();
        std::os::unix::fs::symlink(dir.path().join("outside.txt"), out.join("link.html")).unwrap();
        let staging = Staging::begin(dir.path(), &out).unwrap();
        for f in [
            file("same.html", "same"),
            file("a/changed.html", "two"),
            file("link.html", "linked"),
        ] {
            staging.write(&f).unwrap();
        }
        assert_eq!(
            staging.counts(),
            WriteCounts {
                written: 2,
                unchanged: 1
            }
        );
        staging.commit().unwrap();
        assert_eq!(ino("same.html"), same);
        assert_ne!(ino("a/changed.html"), changed);
        assert_eq!(
            std::fs::read_to_string(out.join("a/changed.html")).unwrap(),
            "two"
        );
        assert!(out.join("link.html").symlink_metadata().unwrap().is_file());
        assert_eq!(
            std::fs::read_to_string(dir.path().join("outside.txt")).unwrap(),
            "linked"
        );
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

/// Properties over arbitrary output paths: the writer's own check, the last
/// line of defence behind slug checks, never lets a file land outside the
/// staging folder.
#[cfg(test)]
mod proptests {
    use proptest::prelude::*;

    use super::*;

    fn tricky_path() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            3 => "[a-z0-9_-]{1,6}".boxed(),
            1 => any::<String>().boxed(),
            1 => Just("..".to_string()).boxed(),
            1 => Just(".".to_string()).boxed(),
            1 => Just("/".to_string()).boxed(),
            1 => Just("//".to_string()).boxed(),
            1 => Just("\\..\\".to_string()).boxed(),
            1 => Just("C:".to_string()).boxed(),
            1 => Just("~".to_string()).boxed(),
        ];
        prop::collection::vec(piece, 1..8).prop_map(|p| p.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::default())]

        #[test]
        fn files_are_written_inside_the_staging_folder_or_refused(path in tricky_path()) {
            let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
            let staging = dir.path().join("staging");
            std::fs::create_dir(&staging).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let file = OutputFile { path: path.clone(), bytes: b"x".to_vec() };
            if write_or_keep(&staging, None, &file).is_ok() {
                let written = staging.join(&path);
                prop_assert!(written.is_file(), "{path:?}");
                let real = written.canonicalize().map_err(|e| TestCaseError::fail(e.to_string()))?;
                let root = staging.canonicalize().map_err(|e| TestCaseError::fail(e.to_string()))?;
                prop_assert!(real.starts_with(&root), "{path:?} went to {}", real.display());
            }
            // Whatever happened, nothing appeared beside the staging folder.
            let beside: Vec<_> = std::fs::read_dir(dir.path())
                .map_err(|e| TestCaseError::fail(e.to_string()))?
                .flatten()
                .map(|e| e.file_name())
                .collect();
            prop_assert_eq!(beside, vec![std::ffi::OsString::from("staging")]);
        }
    }
}

/// Properties over random layouts of the output folder and its neighbours:
/// links where the output or a leftover of an earlier build should be,
/// folders of someone else's files, files where folders are expected. Whatever
/// the layout, a build removes or replaces nothing outside what it made:
/// a sentinel tree beside the site, and every foreign folder, stay
/// byte-identical.
#[cfg(all(test, unix))]
mod layout_proptests {
    use std::collections::BTreeMap;
    use std::os::unix::fs::symlink;

    use proptest::prelude::*;

    use super::tests::write_site;
    use super::*;

    /// What stands at a path before the build.
    #[derive(Debug, Clone, Copy)]
    enum Thing {
        Nothing,
        LinkToSentinel,
        LinkToParent,
        LinkToSite,
        ForeignFolder,
        EmptyFolder,
        MarkedFolder,
        File,
    }

    fn thing() -> impl Strategy<Value = Thing> {
        prop_oneof![
            Just(Thing::Nothing),
            Just(Thing::LinkToSentinel),
            Just(Thing::LinkToParent),
            Just(Thing::LinkToSite),
            Just(Thing::ForeignFolder),
            Just(Thing::EmptyFolder),
            Just(Thing::MarkedFolder),
            Just(Thing::File),
        ]
    }

    fn place(at: &Path, thing: Thing, top: &Path) -> std::io::Result<()> {
        match thing {
            Thing::Nothing => Ok(()),
            Thing::LinkToSentinel => symlink(top.join("sentinel"), at),
            Thing::LinkToParent => symlink(top, at),
            Thing::LinkToSite => symlink(top.join("site"), at),
            Thing::ForeignFolder => {
                std::fs::create_dir(at)?;
                std::fs::write(at.join("theirs.txt"), "not Charter's")
            }
            Thing::EmptyFolder => std::fs::create_dir(at),
            Thing::MarkedFolder => {
                std::fs::create_dir(at)?;
                std::fs::write(at.join(OUTPUT_MARKER), MARKER_TEXT)?;
                std::fs::write(at.join("old.html"), "an earlier build")
            }
            Thing::File => std::fs::write(at, "a file"),
        }
    }

    /// Every path below `dir` with its bytes (links as their targets, never
    /// followed), except what lies in `skip`.
    fn snapshot(dir: &Path, skip: &[PathBuf]) -> BTreeMap<PathBuf, Vec<u8>> {
        walkdir::WalkDir::new(dir)
            .into_iter()
            .filter_entry(|e| !skip.iter().any(|s| e.path() == s))
            .filter_map(Result::ok)
            .map(|e| {
                let bytes = if e.path_is_symlink() {
                    std::fs::read_link(e.path())
                        .unwrap_or_default()
                        .into_os_string()
                        .into_encoded_bytes()
                } else if e.file_type().is_file() {
                    std::fs::read(e.path()).unwrap_or_default()
                } else {
                    b"folder".to_vec()
                };
                (e.path().to_path_buf(), bytes)
            })
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        #[test]
        fn no_build_removes_anything_it_did_not_make(
            output in thing(),
            leftovers in prop::collection::vec((thing(), any::<bool>(), 1u32..4), 0..4),
            builds in 1usize..3,
        ) {
            let top = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
            let top = top.path().canonicalize().map_err(|e| TestCaseError::fail(e.to_string()))?;
            let setup = || -> std::io::Result<()> {
                std::fs::create_dir_all(top.join("sentinel/nested"))?;
                std::fs::write(top.join("sentinel/a.txt"), "keep me")?;
                std::fs::write(top.join("sentinel/nested/b.txt"), "keep me too")?;
                std::fs::create_dir_all(top.join("site/content"))?;
                std::fs::write(top.join("site/content/privacy.md"), "---\ntitle: x\n---\n")?;
                place(&top.join("site/public"), output, &top)?;
                for (thing, old, pid) in &leftovers {
                    let kind = if *old { "old" } else { "new" };
                    let at = top.join(format!("site/.public.charter-{kind}-{pid}"));
                    if at.symlink_metadata().is_err() {
                        place(&at, *thing, &top)?;
                    }
                }
                Ok(())
            };
            setup().map_err(|e| TestCaseError::fail(e.to_string()))?;
            let root = top.join("site");
            let out = root.join("public");
            // Everything but the output and Charter's own leftovers (and
            // empty folders by their names, which hold nothing to lose) must stay.
            let ours: Vec<PathBuf> = std::iter::once(out.clone())
                .chain(leftovers.iter().filter(|(t, _, _)| matches!(t, Thing::MarkedFolder | Thing::EmptyFolder)).map(|(_, old, pid)| {
                    root.join(format!(".public.charter-{}-{pid}", if *old { "old" } else { "new" }))
                }))
                .collect();
            let before = snapshot(&top, &ours);
            let foreign_output = snapshot(&out, &[]);
            let files = [OutputFile { path: "index.html".into(), bytes: b"new".to_vec() }];
            let mut results = Vec::new();
            for _ in 0..builds {
                results.push(write_site(&root, &out, &files).is_ok());
            }
            // Links placed as the output are links, not folders: compare the
            // link itself, which a refused build leaves as it was.
            prop_assert_eq!(&snapshot(&top, &ours), &before, "{:?} {:?}", output, leftovers);
            match output {
                Thing::Nothing | Thing::EmptyFolder | Thing::MarkedFolder => {
                    prop_assert!(results.iter().all(|ok| *ok), "{:?}", output);
                    prop_assert_eq!(std::fs::read(out.join("index.html")).ok(), Some(b"new".to_vec()));
                }
                Thing::LinkToSentinel | Thing::LinkToParent | Thing::LinkToSite | Thing::ForeignFolder | Thing::File => {
                    prop_assert!(results.iter().all(|ok| !*ok), "{:?} was replaced", output);
                    prop_assert_eq!(snapshot(&out, &[]), foreign_output);
                }
            }
        }
    }
}
