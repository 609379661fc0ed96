//! Standalone files: `charter lint FILE` on Markdown that is not part of a
//! Charter site (a policy from another repository, a draft, the test corpus).
//!
//! Front matter is read leniently: known fields are used when valid, anything
//! else is ignored, and what is missing is inferred (kind from the file name
//! or title, language from the path) and marked as such, so that rules about
//! front matter fields do not judge fields the author never wrote.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::civil::Date;
use serde_json::Value;
use walkdir::WalkDir;

use crate::config::SiteConfig;
use crate::dates;
use crate::diagnostic::{Diag, SourceText};
use crate::front_matter::{self, DocKind, FrontMatter, Subprocessor};
use crate::markdown;
use crate::site::{Document, slug_from_key};
use crate::yaml::Located;

/// File extensions read as Markdown (plus files without an extension).
const EXTENSIONS: &[&str] = &["md", "mdx", "markdown", "txt"];

/// Every lintable file under `paths`, in a stable order.
pub fn collect(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for p in paths {
        for entry in WalkDir::new(p)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
        {
            let path = entry.path();
            if !entry.file_type().is_file() {
                continue;
            }
            let ext = path.extension().and_then(|e| e.to_str());
            if ext.is_none_or(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str())) {
                files.push(path.to_path_buf());
            }
        }
    }
    files
}

/// Reads and parses one standalone file. `name` is how messages call it.
pub fn load(
    path: &Path,
    name: &str,
    config: &SiteConfig,
    jurisdictions: &[String],
) -> Result<Document, Diag> {
    let bytes = crate::site_files::read_limited(path, name, config)?;
    let source = crate::site_files::decode(name, bytes)?;
    Ok(parse(&source, path, config, jurisdictions))
}

/// Parses one standalone file whose text is already read (an editor's
/// unsaved buffer); `path` is where it would be on disk.
pub fn from_text(
    source: &Arc<SourceText>,
    path: &Path,
    config: &SiteConfig,
    jurisdictions: &[String],
) -> Document {
    parse(source, path, config, jurisdictions)
}

fn parse(
    source: &Arc<SourceText>,
    path: &Path,
    config: &SiteConfig,
    jurisdictions: &[String],
) -> Document {
    let text = &source.text;
    let map = front_matter::Lenient::read(text);
    let (block, body) = (map.block.clone(), map.body.clone());
    let rendered = markdown::outline_only(&text[body.clone()], body.start, &config.markdown);
    let first_line = 0..text.find('\n').unwrap_or(text.len());
    let anchor = rendered
        .outline
        .headings
        .first()
        .map_or(first_line, |h| h.span.clone());
    let mut inferred = Vec::new();
    let string = |key: &str| map.string(key);
    let located = |value: String| Located {
        value,
        span: anchor.clone(),
    };

    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let title = string("title")
        .or_else(|| rendered.outline.headings.first().map(|h| h.text.clone()))
        .unwrap_or_else(|| stem.clone());
    let kind = match string("kind").as_deref().and_then(DocKind::parse) {
        Some(k) => k,
        None => {
            inferred.push("kind");
            // The file's own name says most, then the title, then folders.
            [stem.as_str(), title.as_str(), &path.display().to_string()]
                .into_iter()
                .map(infer_kind)
                .find(|k| *k != DocKind::Other)
                .unwrap_or(DocKind::Other)
        }
    };
    let mut date = |key: &'static str| match string(key).as_deref().map(dates::parse_iso) {
        Some(Ok(d)) => d,
        _ => {
            inferred.push(key);
            Date::default()
        }
    };
    let updated = date("updated");
    let effective = date("effective");
    let subprocessors = map
        .get("subprocessors")
        .and_then(|v| serde_json::from_value::<Vec<Subprocessor>>(v.clone()).ok())
        .map(|list| Located {
            value: list
                .into_iter()
                .map(|s| Located {
                    value: s,
                    span: block.clone(),
                })
                .collect(),
            span: block.clone(),
        });
    if subprocessors.is_none() {
        inferred.push("subprocessors");
    }
    let declared: Vec<String> = map
        .get("jurisdictions")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|j| j.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    let jurisdictions = if declared.is_empty() {
        jurisdictions.to_vec()
    } else {
        declared
    };
    let front = FrontMatter {
        title: located(title),
        description: located(string("description").unwrap_or_default()),
        kind: Located {
            value: kind,
            span: anchor.clone(),
        },
        updated: Located {
            value: updated,
            span: anchor.clone(),
        },
        effective: Located {
            value: effective,
            span: anchor.clone(),
        },
        version: located(string("version").unwrap_or_default()),
        subprocessors,
        jurisdictions: jurisdictions.into_iter().map(located).collect(),
        contact: string("contact").map(located),
        slug: None,
        translation_of: None,
        translations: None,
        facts: map
            .get("facts")
            .and_then(Value::as_object)
            .map(|facts| {
                facts
                    .iter()
                    .filter_map(|(k, v)| Some((k.clone(), located_bool(v.as_bool()?, &anchor))))
                    .collect()
            })
            .unwrap_or_default(),
        extra: Value::Null,
        block: if block.is_empty() {
            anchor.clone()
        } else {
            block
        },
        inferred,
    };
    let key = source.name.trim_end_matches(".md").to_string();
    Document {
        source: Arc::clone(source),
        lang: infer_language(path, config),
        slug: slug_from_key(&key),
        key,
        front,
        body,
        rendered,
        versions: None,
        content_hash: std::sync::OnceLock::new(),
    }
}

fn located_bool(value: bool, span: &std::ops::Range<usize>) -> Located<bool> {
    Located {
        value,
        span: span.clone(),
    }
}

/// Words that name a kind of document, in the languages Charter reads.
const KIND_WORDS: &[(DocKind, &[&str])] = &[
    (
        DocKind::Subprocessors,
        &["subprocessor", "sub-processor", "subprocessors"],
    ),
    (DocKind::CookiePolicy, &["cookie"]),
    (
        DocKind::Dpa,
        &[
            "dpa",
            "data processing",
            "data-processing",
            "data_processing",
            "auftragsverarbeitung",
        ],
    ),
    (
        DocKind::PrivacyPolicy,
        &[
            "privacy",
            "datenschutz",
            "confidentialit",
            "privacidad",
            "privacidade",
            "riservatezza",
        ],
    ),
    (
        DocKind::TermsOfService,
        &[
            "terms",
            "conditions",
            "tos",
            "nutzungsbedingungen",
            "agb",
            "conditions générales",
            "términos",
        ],
    ),
];

/// The document kind a file name or title suggests: the kind named first,
/// so "Privacy notice for websites and cookies" is a privacy policy and
/// "Cookie policy" a cookie policy.
pub fn infer_kind(hint: &str) -> DocKind {
    let h = hint.to_lowercase();
    KIND_WORDS
        .iter()
        .filter_map(|(kind, words)| {
            let first = words.iter().filter_map(|w| find_word(&h, w)).min()?;
            Some((first, *kind))
        })
        .min_by_key(|&(at, _)| at)
        .map_or(DocKind::Other, |(_, kind)| kind)
}

/// Where `word` occurs in `hint`; a short word ("tos", "agb", "dpa") only
/// as a word of its own, not inside "photos" or "update".
fn find_word(hint: &str, word: &str) -> Option<usize> {
    if word.len() > 3 {
        return hint.find(word);
    }
    hint.match_indices(word).map(|(at, _)| at).find(|&at| {
        let before = hint[..at].chars().next_back();
        let after = hint[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The language a path suggests: a `.de.md` suffix or a folder named like a
/// language tag (`de/`, `pt-BR/`, `es-ES/`); else the site's default.
pub fn infer_language(path: &Path, config: &SiteConfig) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if let Some((_, suffix)) = stem.rsplit_once('.')
        && is_language_folder(suffix)
    {
        return suffix.to_string();
    }
    path.parent()
        .into_iter()
        .flat_map(|p| p.components().rev())
        .filter_map(|c| c.as_os_str().to_str())
        .find(|c| is_language_folder(c))
        .map_or_else(|| config.default_language.clone(), str::to_string)
}

fn is_language_folder(s: &str) -> bool {
    let mut parts = s.split('-');
    let primary = parts.next().unwrap_or("");
    let region_ok = parts.all(|r| {
        (r.len() == 2 && r.chars().all(|c| c.is_ascii_uppercase())) || r == "Hans" || r == "Hant"
    });
    primary.len() == 2
        && primary.chars().all(|c| c.is_ascii_lowercase())
        && region_ok
        && crate::i18n::is_valid_code(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> SiteConfig {
        crate::config::defaults()
    }

    #[test]
    fn language_from_path() {
        let c = config();
        assert_eq!(
            infer_language(Path::new("corpus/mozilla/de/privacy.md"), &c),
            "de"
        );
        assert_eq!(
            infer_language(Path::new("corpus/mozilla/pt-BR/x.md"), &c),
            "pt-BR"
        );
        assert_eq!(infer_language(Path::new("a/privacy.fr.md"), &c), "fr");
        assert_eq!(infer_language(Path::new("Policies/privacy.md"), &c), "en");
    }

    #[test]
    fn kind_from_name() {
        assert_eq!(
            infer_kind("github-general-privacy-statement.md"),
            DocKind::PrivacyPolicy
        );
        assert_eq!(infer_kind("Cookie-Policy.md"), DocKind::CookiePolicy);
        assert_eq!(
            infer_kind("github-subprocessors.md"),
            DocKind::Subprocessors
        );
        assert_eq!(infer_kind("Offer Letters/Canada.md"), DocKind::Other);
        assert_eq!(
            infer_kind("Privacykennisgeving voor websites, communications en cookies"),
            DocKind::PrivacyPolicy
        );
        assert_eq!(
            infer_kind("Cookie policy (part of our privacy policy)"),
            DocKind::CookiePolicy
        );
        assert_eq!(infer_kind("Photos and albums"), DocKind::Other);
        assert_eq!(infer_kind("tos.md"), DocKind::TermsOfService);
    }

    #[test]
    fn lenient_front_matter_is_used_and_gaps_are_marked() {
        let src = SourceText::new(
            "x.md",
            "---\ntitle: T\nversions: {fpt: '*'}\nupdated: 2025-01-01\n---\n# Privacy\nBody\n",
        );
        let d = parse(&src, Path::new("x.md"), &config(), &["gdpr".into()]);
        assert_eq!(d.front.title.value, "T");
        assert!(d.front.is_given("updated"));
        assert!(!d.front.is_given("effective"));
        assert_eq!(d.front.kind.value, DocKind::Other);
    }
}
