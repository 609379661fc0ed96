//! Themes: Tera templates, static files and interface strings.
//!
//! The default theme is compiled into the binary so an installed `charter`
//! works anywhere. A site's own `themes/<name>/` is laid over it file by file:
//! a site can replace one template or one string file and keep the rest.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use walkdir::WalkDir;

use crate::diagnostic::{Diag, SourceText};
use crate::site_files::{self, MAX_THEME_FILE_BYTES, SiteRoot};

macro_rules! embed {
    ($($path:literal),* $(,)?) => {
        &[$(($path, include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/themes/default/", $path)) as &[u8])),*]
    };
}

/// The default theme, file by file. A test checks this list against the folder.
pub const DEFAULT_THEME: &[(&str, &[u8])] = embed![
    "i18n/ar.toml",
    "i18n/de.toml",
    "i18n/en.toml",
    "i18n/es.toml",
    "i18n/fr.toml",
    "i18n/he.toml",
    "i18n/it.toml",
    "i18n/ja.toml",
    "i18n/nl.toml",
    "i18n/pl.toml",
    "i18n/pt.toml",
    "i18n/sv.toml",
    "i18n/zh.toml",
    "static/charter.css",
    "templates/404.html",
    "templates/base.html",
    "templates/index.html",
    "templates/page.html",
    "templates/version.html",
    "templates/versions.html",
];

/// One theme file and where it came from (for messages).
#[derive(Debug, Clone)]
pub struct ThemeFile {
    pub bytes: Arc<[u8]>,
    /// `themes/default/templates/page.html`, or the same with "(built-in)".
    pub origin: String,
}

/// A theme's files by path inside the theme folder.
#[derive(Debug, Clone)]
pub struct Theme {
    pub name: String,
    pub files: BTreeMap<String, ThemeFile>,
}

impl Theme {
    /// The built-in default theme with `root/themes/<name>/` laid over it.
    pub fn load(root: &Path, name: &str) -> Result<Theme, Vec<Diag>> {
        let mut files: BTreeMap<String, ThemeFile> = DEFAULT_THEME
            .iter()
            .map(|(path, bytes)| {
                (
                    path.to_string(),
                    ThemeFile {
                        bytes: Arc::from(*bytes),
                        origin: format!("themes/default/{path} (built-in)"),
                    },
                )
            })
            .collect();
        let dir = root.join("themes").join(name);
        // A theme folder (or `themes/`) linked to a folder outside the site
        // would publish whatever that folder holds.
        let is_dir = SiteRoot::new(root)
            .is_dir(&dir)
            .map_err(|refused| vec![refused.diag("theme", &format!("themes/{name}/"))])?;
        if !is_dir {
            if name != "default" {
                return Err(vec![
                    Diag::error("theme.missing", format!("theme `{name}` not found: no folder themes/{name}/"))
                        .help("create the folder, or remove `theme` from site.toml to use the built-in theme"),
                ]);
            }
            return Ok(Theme {
                name: name.to_string(),
                files,
            });
        }
        let mut problems = Vec::new();
        for entry in WalkDir::new(&dir).sort_by_file_name().follow_links(false) {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    problems.push(Diag::error(
                        "theme.unreadable",
                        format!("cannot read themes/{name}/: {e}"),
                    ));
                    continue;
                }
            };
            if !entry.file_type().is_file() {
                continue;
            }
            let rel = crate::site_files::relative_name(&dir, entry.path());
            if rel.split('/').any(|s| s.starts_with('.')) {
                continue;
            }
            // Links inside the theme are not followed (the walk reports them
            // as links, which are skipped above): only regular files are read.
            match site_files::read_regular(entry.path(), MAX_THEME_FILE_BYTES) {
                Ok(bytes) => {
                    files.insert(
                        rel.clone(),
                        ThemeFile {
                            bytes: Arc::from(bytes),
                            origin: format!("themes/{name}/{rel}"),
                        },
                    );
                }
                Err(refused) => {
                    problems.push(refused.diag("theme", &format!("themes/{name}/{rel}")))
                }
            }
        }
        if problems.is_empty() {
            Ok(Theme {
                name: name.to_string(),
                files,
            })
        } else {
            Err(problems)
        }
    }

    /// Files under `prefix/` (e.g. "templates"), with the prefix removed.
    pub fn under<'a>(
        &'a self,
        prefix: &'a str,
    ) -> impl Iterator<Item = (&'a str, &'a ThemeFile)> + 'a {
        self.files.iter().filter_map(move |(path, file)| {
            path.strip_prefix(prefix)
                .and_then(|p| p.strip_prefix('/'))
                .map(|p| (p, file))
        })
    }

    /// A theme file's text, as a named source for diagnostics.
    pub fn text(file: &ThemeFile) -> Result<Arc<SourceText>, Diag> {
        crate::site_files::decode(&file.origin, file.bytes.to_vec())
    }
}

/// Interface strings per language, with fallback to the default language and
/// then English, so a missing key never leaves a blank on the page.
#[derive(Debug, Clone, Default)]
pub struct Strings {
    by_lang: BTreeMap<String, BTreeMap<String, String>>,
}

impl Strings {
    pub fn load(theme: &Theme) -> Result<Strings, Vec<Diag>> {
        let mut by_lang = BTreeMap::new();
        let mut problems = Vec::new();
        for (path, file) in theme.under("i18n") {
            let Some(lang) = path.strip_suffix(".toml") else {
                continue;
            };
            let source = match Theme::text(file) {
                Ok(s) => s,
                Err(d) => {
                    problems.push(d);
                    continue;
                }
            };
            match toml::from_str::<BTreeMap<String, String>>(&source.text) {
                Ok(map) => {
                    by_lang.insert(lang.to_string(), map);
                }
                Err(e) => problems.push(
                    Diag::error(
                        "theme.strings",
                        format!("invalid interface strings: {}", e.message()),
                    )
                    .at(&source, e.span().unwrap_or(0..0), "here")
                    .help("interface strings are `key = \"text\"` lines"),
                ),
            }
        }
        if problems.is_empty() {
            Ok(Strings { by_lang })
        } else {
            Err(problems)
        }
    }

    /// The strings a language's own file gives (no fallback).
    pub fn own(&self, lang: &str) -> Option<&BTreeMap<String, String>> {
        self.by_lang.get(lang)
    }

    /// The strings for `lang`: its own, then the default language's, then English.
    pub fn for_lang(&self, lang: &str, default: &str) -> BTreeMap<String, String> {
        let primary = crate::i18n::primary_subtag(lang);
        let mut merged = BTreeMap::new();
        for code in ["en", default, primary, lang] {
            if let Some(map) = self.by_lang.get(code) {
                merged.extend(map.iter().map(|(k, v)| (k.clone(), v.clone())));
            }
        }
        merged
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_theme_file_is_embedded() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default");
        let on_disk: Vec<String> = WalkDir::new(&dir)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| crate::site_files::relative_name(&dir, e.path()))
            .collect();
        let embedded: Vec<String> = DEFAULT_THEME.iter().map(|(p, _)| p.to_string()).collect();
        assert_eq!(on_disk, embedded, "update DEFAULT_THEME in src/theme.rs");
    }

    #[test]
    fn strings_fall_back() {
        let theme = Theme::load(Path::new("/nonexistent"), "default").unwrap();
        let strings = Strings::load(&theme).unwrap();
        let de = strings.for_lang("de", "en");
        assert_eq!(de["last_updated"], "Zuletzt aktualisiert");
        let unknown = strings.for_lang("xx", "de");
        assert_eq!(unknown["last_updated"], "Zuletzt aktualisiert");
    }
}
