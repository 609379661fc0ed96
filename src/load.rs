//! Load: read `site.toml`, walk `content/`, and name every file's role
//! (document or home page, language, translation key). No parsing here beyond
//! file names; contents are read as UTF-8 and kept as shared text.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::config::{self, CONFIG_FILE, SiteConfig};
use crate::diagnostic::{Diag, SourceText};
use crate::site_files::{self, Refusal, SiteRoot, decode, read_limited, relative_name};

pub const CONTENT_DIR: &str = "content";

/// What the loader found.
pub struct Sources {
    pub root: PathBuf,
    pub config: SiteConfig,
    pub files: Vec<ContentFile>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// `_index.md`: the home page text for a language.
    Home,
    /// A legal document.
    Document,
}

/// A content file and what its name says about it.
#[derive(Debug, Clone)]
pub struct ContentFile {
    pub source: Arc<SourceText>,
    pub role: Role,
    pub lang: String,
    /// Path below `content/` without language suffix and extension
    /// (`legal/privacy`): translations of one document share it.
    pub key: String,
    /// Its committed versions, when the site is in a git repository.
    pub history: Option<Arc<crate::history::FileHistory>>,
}

/// Reads `site.toml` under `root`.
pub fn read_config(root: &Path) -> Result<SiteConfig, Vec<Diag>> {
    let path = root.join(CONFIG_FILE);
    let text = match SiteRoot::new(root).read(&path, site_files::MAX_CONFIG_BYTES) {
        Ok(bytes) => bytes,
        Err(Refusal::Io(e)) => {
            return Err(vec![
                Diag::error("config.unreadable", format!("cannot read {}: {e}", path.display()))
                    .help("run charter in a site folder, point --root at one, or create one with `charter init DIR`"),
            ]);
        }
        Err(refused) => return Err(vec![refused.diag("config", CONFIG_FILE)]),
    };
    let source = decode(CONFIG_FILE, text).map_err(|d| vec![d])?;
    config::parse(&source)
}

/// `site.toml` when `root` has one (its errors are reported, never masked),
/// else the built-in defaults.
pub fn read_config_or_defaults(root: &Path) -> Result<SiteConfig, Vec<Diag>> {
    // A link counts as there (and is then refused if it leaves the site).
    if root.join(CONFIG_FILE).symlink_metadata().is_ok() {
        read_config(root)
    } else {
        Ok(config::defaults())
    }
}

/// Loads the content of the site `config` (read by [`read_config`])
/// configures, reporting every problem found.
pub fn load_with(root: &Path, config: SiteConfig) -> Result<Sources, Vec<Diag>> {
    let mut files = walk_content(root, &config)?;
    if config.history.git {
        attach_history(root, &mut files, config.limits.max_document_bytes).map_err(|d| vec![d])?;
    }
    Ok(Sources {
        root: root.to_path_buf(),
        config,
        files,
    })
}

/// Reads every document's git history in one walk of the repository.
fn attach_history(root: &Path, files: &mut [ContentFile], limit: u64) -> Result<(), Diag> {
    let names: Vec<String> = files
        .iter()
        .filter(|f| f.role == Role::Document)
        .map(|f| f.source.name.clone())
        .collect();
    let Some(mut histories) = crate::history::read(root, &names, limit)? else {
        return Ok(());
    };
    for f in files.iter_mut() {
        f.history = histories.remove(&f.source.name);
    }
    Ok(())
}

fn walk_content(root: &Path, config: &SiteConfig) -> Result<Vec<ContentFile>, Vec<Diag>> {
    let content = root.join(CONTENT_DIR);
    if !content.is_dir() {
        return Err(vec![
            Diag::error(
                "content.missing",
                format!("no {CONTENT_DIR}/ folder in {}", root.display()),
            )
            .help("put the Markdown documents in content/, e.g. content/privacy.md"),
        ]);
    }
    let site = SiteRoot::new(root);
    // content/ itself may be a link, but not to a folder outside the site.
    if let Err(Refusal::LeavesSite(target) | Refusal::IntoGit(target)) = site.resolve(&content) {
        return Err(vec![
            Diag::error(
                "content.symlink",
                format!(
                    "{CONTENT_DIR}/ is a symbolic link to {}, outside the site",
                    target.display()
                ),
            )
            .help("move the documents into the site's own content/ folder"),
        ]);
    }
    let mut paths = Vec::new();
    let mut problems = Vec::new();
    let walker = WalkDir::new(&content)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !is_hidden(e.file_name()));
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                problems.push(Diag::error(
                    "content.unreadable",
                    format!("cannot read {CONTENT_DIR}/: {e}"),
                ));
                continue;
            }
        };
        let path = entry.path();
        let rel = relative_name(root, path);
        if entry.path_is_symlink() {
            // A symlink may only point at a file inside the site (and not
            // into the repository's .git folder).
            let why = match site.resolve(path) {
                Ok(_) => None,
                Err(Refusal::LeavesSite(target)) => {
                    Some(format!("points outside the site, to {}", target.display()))
                }
                Err(Refusal::IntoGit(target)) => Some(format!(
                    "points into the repository's .git folder, to {}",
                    target.display()
                )),
                // A loop or a dangling link.
                Err(Refusal::Io(e)) => Some(format!("cannot be followed: {e}")),
                Err(_) => Some("cannot be followed".to_string()),
            };
            if let Some(why) = why {
                problems.push(
                    Diag::error(
                        "content.symlink",
                        format!("{rel} is a symbolic link that {why}"),
                    )
                    .help("copy the file into content/ instead of linking to it"),
                );
                continue;
            }
        }
        // The walk already knows the type of anything but a link: no stat per file.
        let is_file = if entry.path_is_symlink() {
            path.is_file()
        } else {
            entry.file_type().is_file()
        };
        if is_file && path.extension().and_then(|e| e.to_str()) == Some("md") {
            paths.push((path.to_path_buf(), rel));
        }
    }
    // Reading and decoding in parallel; the order stays the walk's order.
    let read: Vec<Result<ContentFile, Diag>> = paths
        .par_iter()
        .map(|(path, rel)| read_content_file(path, rel, config))
        .collect();
    let mut files = Vec::with_capacity(read.len());
    for r in read {
        match r {
            Ok(f) => files.push(f),
            Err(d) => problems.push(d),
        }
    }
    if problems.is_empty() {
        Ok(files)
    } else {
        Err(problems)
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|n| n.starts_with('.'))
}

/// Reads one file of `content/`; `rel` is its path relative to the site root.
pub fn read_content_file(path: &Path, rel: &str, config: &SiteConfig) -> Result<ContentFile, Diag> {
    let bytes = read_limited(path, rel, config)?;
    content_file(decode(rel, bytes)?, config)
}

/// A content file whose text is already read (from disk, or an editor's
/// unsaved buffer); its name, relative to the site root, says its role.
pub fn content_file(source: Arc<SourceText>, config: &SiteConfig) -> Result<ContentFile, Diag> {
    let rel = source.name.as_str();
    let below_content = rel.strip_prefix("content/").unwrap_or(rel);
    let without_ext = below_content.strip_suffix(".md").unwrap_or(below_content);
    let (stem_path, lang) = split_language(without_ext, config).map_err(|(suffix, known)| {
        Diag::error("content.unknown-language", format!("{rel}: `{suffix}` is not one of the site's languages"))
            .in_file(&source)
            .help(format!(
                "translations are named <slug>.<lang>.md with a language from site.toml ({known}); add [languages.{suffix}] there or rename the file"
            ))
    })?;
    let (role, key) = match stem_path.rsplit_once('/') {
        Some((dir, "_index")) => (Role::Home, format!("{dir}/_index")),
        None if stem_path == "_index" => (Role::Home, "_index".to_string()),
        _ => (Role::Document, stem_path.to_string()),
    };
    Ok(ContentFile {
        source,
        role,
        lang,
        key,
        history: None,
    })
}

/// `privacy.de` → (`privacy`, `de`); `privacy` → (`privacy`, default language).
/// A suffix that looks like a language code but is not configured is an error
/// (`Err((suffix, configured codes))`), so that `privacy.es.md` on a site
/// without Spanish is not silently published as a page called "privacy.es".
fn split_language<'a>(
    name: &'a str,
    config: &SiteConfig,
) -> Result<(&'a str, String), (String, String)> {
    let file = name.rsplit('/').next().unwrap_or(name);
    if let Some((_, suffix)) = file.rsplit_once('.') {
        let stem = &name[..name.len() - suffix.len() - 1];
        if config.language(suffix).is_some() {
            return Ok((stem, suffix.to_string()));
        }
        if looks_like_language(suffix) {
            let known: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
            return Err((suffix.to_string(), known.join(", ")));
        }
    }
    Ok((name, config.default_language.clone()))
}

fn looks_like_language(s: &str) -> bool {
    let primary = crate::i18n::primary_subtag(s);
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_lowercase())
        && crate::i18n::is_valid_code(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> SiteConfig {
        let s = SourceText::new(
            "site.toml",
            "title=\"t\"\nbase_url=\"https://x\"\ndefault_language=\"en\"\nlanguages=[\"en\",\"de\"]\n",
        );
        config::parse(&s).unwrap()
    }

    #[test]
    fn language_suffixes() {
        let c = config();
        assert_eq!(split_language("privacy", &c), Ok(("privacy", "en".into())));
        assert_eq!(
            split_language("legal/privacy.de", &c),
            Ok(("legal/privacy", "de".into()))
        );
        assert_eq!(split_language("v1.2", &c), Ok(("v1.2", "en".into())));
        assert_eq!(
            split_language("privacy.fr", &c),
            Err(("fr".into(), "en, de".into()))
        );
    }
}
