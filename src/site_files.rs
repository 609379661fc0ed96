//! The one gate every file Charter reads from a site passes through.
//!
//! A site may come from an untrusted pull request: its `site.toml`, packs or
//! theme can be symbolic links to `/proc/self/environ`, `/etc/passwd` or
//! `/dev/zero`, or FIFOs that never answer. Every read here first checks,
//! without reading a byte, that the file resolves inside the site, is a
//! regular file and is within its size limit. A refusal names the file and
//! why, never what the file holds. The text read is decoded here too
//! ([`decode`]), so every file's line numbers count the same way.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::SiteConfig;
use crate::diagnostic::{Diag, SourceText};

/// Largest `site.toml` Charter reads.
pub const MAX_CONFIG_BYTES: u64 = 1 << 20;
/// Largest rule pack (`rules/*.yaml`) Charter reads.
pub const MAX_PACK_BYTES: u64 = 4 << 20;
/// Largest theme file (template, style sheet, font, image) Charter reads.
pub const MAX_THEME_FILE_BYTES: u64 = 32 << 20;

/// Why a file was not read.
#[derive(Debug)]
pub enum Refusal {
    /// A symbolic link (or a path through one) that resolves outside the site.
    LeavesSite(PathBuf),
    /// A link into the repository's `.git` folder, inside the site's folder
    /// but not the site's: it holds the CI job's credentials
    /// (`actions/checkout` keeps its token in `.git/config`).
    IntoGit(PathBuf),
    /// A device, FIFO, socket or folder where a file was expected.
    NotAFile(&'static str),
    /// Larger than the limit, in bytes.
    TooLarge(u64),
    /// The file system said no (missing, permissions, a link loop).
    Io(std::io::Error),
}

impl Refusal {
    /// `refusing to read <rel>: <why>`, as a diagnostic with advice. The code
    /// is `file.refused` for every refusal, `<what>.unreadable` for plain
    /// I/O errors, so CI can tell an attack from a typo.
    pub fn diag(self, what: &str, rel: &str) -> Diag {
        match self {
            Refusal::LeavesSite(target) => Diag::error(
                "file.refused",
                format!(
                    "refusing to read {rel}: it is a symbolic link to {}, outside the site",
                    target.display()
                ),
            )
            .help("copy the file into the site instead of linking to it; Charter reads only files inside the site folder"),
            Refusal::IntoGit(target) => Diag::error(
                "file.refused",
                format!(
                    "refusing to read {rel}: it is a symbolic link into the repository's .git folder ({})",
                    target.display()
                ),
            )
            .help("Charter reads only the site's own files, never git's"),
            Refusal::NotAFile(kind) => Diag::error(
                "file.refused",
                format!("refusing to read {rel}: it is a {kind}, not a regular file"),
            )
            .help("replace it with a regular file"),
            Refusal::TooLarge(limit) => Diag::error(
                "file.refused",
                format!("refusing to read {rel}: it is larger than the limit of {limit} bytes"),
            )
            .help("a file this large is not a site file; for documents, raise max_document_bytes under [limits] in site.toml"),
            Refusal::Io(e) => Diag::error(
                format!("{what}.unreadable"),
                format!("cannot read {rel}: {e}"),
            ),
        }
    }
}

impl From<std::io::Error> for Refusal {
    fn from(e: std::io::Error) -> Refusal {
        Refusal::Io(e)
    }
}

/// The site folder, resolved once, against which every path is checked.
#[derive(Debug, Clone)]
pub struct SiteRoot {
    real: PathBuf,
}

impl SiteRoot {
    pub fn new(root: &Path) -> SiteRoot {
        SiteRoot {
            real: root.canonicalize().unwrap_or_else(|_| root.to_path_buf()),
        }
    }

    /// The resolved form of `path` when it stays inside the site.
    pub fn resolve(&self, path: &Path) -> Result<PathBuf, Refusal> {
        let real = path.canonicalize()?;
        if !real.starts_with(&self.real) {
            return Err(Refusal::LeavesSite(real));
        }
        if real.starts_with(self.real.join(".git")) {
            return Err(Refusal::IntoGit(real));
        }
        Ok(real)
    }

    /// Reads `path` if it resolves inside the site to a regular file of at
    /// most `limit` bytes.
    pub fn read(&self, path: &Path, limit: u64) -> Result<Vec<u8>, Refusal> {
        read_regular(&self.resolve(path)?, limit)
    }

    /// Whether `path` is a folder inside the site (links to folders inside
    /// it count); `Err` for a folder (or link) that leaves it.
    pub fn is_dir(&self, path: &Path) -> Result<bool, Refusal> {
        match path.symlink_metadata() {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(Refusal::Io(e)),
            Ok(_) => Ok(self.resolve(path)?.is_dir()),
        }
    }
}

/// `path` with `.` and `..` taken away by their names alone, without asking
/// the file system (which would follow links).
pub fn lexical(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Reads a regular file of at most `limit` bytes. The type is checked before
/// the file is opened (opening a FIFO would wait for a writer forever), and
/// never more than `limit + 1` bytes are read (a link to `/dev/zero` is
/// refused as a device, but a file may still grow while it is read).
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, Refusal> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(Refusal::NotAFile(kind_of(&meta.file_type())));
    }
    if meta.len() > limit {
        return Err(Refusal::TooLarge(limit));
    }
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(Refusal::TooLarge(limit));
    }
    Ok(bytes)
}

fn kind_of(t: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "FIFO (named pipe)";
        }
        if t.is_socket() {
            return "socket";
        }
        if t.is_block_device() || t.is_char_device() {
            return "device";
        }
    }
    if t.is_dir() { "folder" } else { "special file" }
}

/// `path` relative to the site root, with `/` separators, for messages.
pub fn relative_name(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Reads a content file, refusing one larger than `[limits] max_document_bytes`.
pub fn read_limited(path: &Path, rel: &str, config: &SiteConfig) -> Result<Vec<u8>, Diag> {
    let limit = config.limits.max_document_bytes;
    read_regular(path, limit).map_err(|refused| match refused {
        Refusal::TooLarge(_) => Diag::error(
            "content.too-large",
            format!("{rel} is larger than the limit of {limit} bytes"),
        )
        .help("split the document, or raise max_document_bytes under [limits] in site.toml"),
        other => other.diag("content", rel),
    })
}

/// Decodes a file as UTF-8; otherwise points at the first bad byte.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<Arc<SourceText>, Diag> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceText::new(name, lone_cr_to_lf(text))),
        Err(e) => {
            let valid_up_to = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let good = String::from_utf8_lossy(&bytes[..valid_up_to]).into_owned();
            let (line, col) = crate::diagnostic::line_col(&good, good.len());
            // Show the file up to the bad byte so the snippet can point at it.
            let source = SourceText::new(name, good);
            let at = source.text.len();
            Err(Diag::error(
                "content.not-utf8",
                format!("{name} is not valid UTF-8 (line {line}, column {col})"),
            )
            .at(&source, at..at, "the next byte is not UTF-8")
            .help("save the file as UTF-8 (most editors have an \"encoding\" option)"))
        }
    }
}

/// Old Mac files end lines with a lone "\r". Markdown and YAML count it as a
/// line end but line numbers in messages count "\n": turning it into "\n"
/// (same length, so no offset moves) makes every position agree.
fn lone_cr_to_lf(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    let mut bytes = text.into_bytes();
    for i in 0..bytes.len() {
        if bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n') {
            bytes[i] = b'\n';
        }
    }
    // Replacing one ASCII byte by another keeps the text UTF-8.
    String::from_utf8(bytes).unwrap_or_default()
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn lone_carriage_returns_become_line_feeds() {
        let s = decode("a.md", b"a\rb\r\nc\r".to_vec()).unwrap();
        assert_eq!(&*s.text, "a\nb\r\nc\n");
    }

    #[test]
    fn invalid_utf8_points_at_the_byte() {
        let d = decode("a.md", b"ok\nbad \xff here".to_vec()).unwrap_err();
        assert!(d.message.contains("line 2, column 5"), "{}", d.message);
    }

    #[test]
    fn refuses_links_out_of_the_site_devices_and_oversized_files() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret"), "TOKEN").unwrap();
        let site = tempfile::tempdir().unwrap();
        let root = SiteRoot::new(site.path());
        let p = |n: &str| site.path().join(n);
        std::fs::write(p("ok.toml"), "a = 1").unwrap();
        std::os::unix::fs::symlink(outside.path().join("secret"), p("out.toml")).unwrap();
        std::os::unix::fs::symlink("ok.toml", p("in.toml")).unwrap();
        std::os::unix::fs::symlink("/dev/zero", p("zero.toml")).unwrap();
        std::os::unix::fs::symlink(outside.path(), p("rules")).unwrap();

        assert_eq!(root.read(&p("ok.toml"), 10).unwrap(), b"a = 1");
        assert_eq!(root.read(&p("in.toml"), 10).unwrap(), b"a = 1");
        assert!(matches!(
            root.read(&p("ok.toml"), 3),
            Err(Refusal::TooLarge(3))
        ));
        assert!(matches!(
            root.read(&p("out.toml"), 10),
            Err(Refusal::LeavesSite(_))
        ));
        assert!(matches!(
            root.read(&p("rules/secret"), 10),
            Err(Refusal::LeavesSite(_))
        ));
        assert!(matches!(
            root.is_dir(&p("rules")),
            Err(Refusal::LeavesSite(_))
        ));
        assert!(matches!(
            read_regular(Path::new("/dev/zero"), 10),
            Err(Refusal::NotAFile("device"))
        ));
        // A link to a device inside /dev is outside the site first.
        assert!(matches!(
            root.read(&p("zero.toml"), 10),
            Err(Refusal::LeavesSite(_))
        ));
        let d = root
            .read(&p("out.toml"), 10)
            .unwrap_err()
            .diag("config", "site.toml");
        assert!(!format!("{d:?}").contains("TOKEN"));
        // Inside the folder, but git's: refused too.
        std::fs::create_dir(p(".git")).unwrap();
        std::fs::write(p(".git/config"), "extraheader = AUTHORIZATION: TOKEN").unwrap();
        std::os::unix::fs::symlink(".git/config", p("git.toml")).unwrap();
        assert!(matches!(
            root.read(&p("git.toml"), 100),
            Err(Refusal::IntoGit(_))
        ));
    }

    #[test]
    fn a_fifo_is_refused_without_waiting_for_a_writer() {
        let site = tempfile::tempdir().unwrap();
        let fifo = site.path().join("pack.yaml");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo");
        let r = SiteRoot::new(site.path()).read(&fifo, 10);
        assert!(
            matches!(r, Err(Refusal::NotAFile("FIFO (named pipe)"))),
            "{r:?}"
        );
    }
}
