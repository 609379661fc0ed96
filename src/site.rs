//! Parse: turns loaded [`Sources`] into a [`Site`] of checked documents with
//! their front matter, rendered Markdown, URLs and translations.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::SiteConfig;
use crate::diagnostic::{Diag, SourceText};
use crate::front_matter::{self, FrontMatter, IndexFrontMatter};
use crate::history::Versions;
use crate::load::{ContentFile, Role, Sources};
use crate::markdown::{self, Rendered};

/// A legal document in one language.
#[derive(Debug, Clone)]
pub struct Document {
    pub source: Arc<SourceText>,
    pub lang: String,
    /// Shared by a document and its translations.
    pub key: String,
    /// URL path below the language root: `privacy`, `legal/cookies`.
    pub slug: String,
    pub front: FrontMatter,
    pub body: Range<usize>,
    pub rendered: Rendered,
    /// Every published version, when the site is in a git repository.
    pub versions: Option<Arc<Versions>>,
    /// The body's content hash, computed when first asked (every translation
    /// asks for its original's): see `lint::translation::content_hash`.
    pub content_hash: std::sync::OnceLock<String>,
}

/// The home page text of one language.
#[derive(Debug, Clone)]
pub struct Home {
    pub source: Option<Arc<SourceText>>,
    pub lang: String,
    pub front: IndexFrontMatter,
    pub html: String,
}

/// Everything parsed, ready to lint and render.
pub struct Site {
    pub config: SiteConfig,
    pub root: std::path::PathBuf,
    /// Sorted by key, then language (default language first).
    pub documents: Vec<Document>,
    /// One per site language, in site language order.
    pub homes: Vec<Home>,
    /// Document indices by key, in site language order.
    translations: BTreeMap<String, Vec<usize>>,
    /// Whether any document has versions from git (asked once per page).
    history: bool,
}

impl Site {
    /// All language versions of the document `key`, default language first.
    pub fn translations_of(&self, key: &str) -> impl Iterator<Item = &Document> {
        self.translations
            .get(key)
            .into_iter()
            .flatten()
            .map(|&i| &self.documents[i])
    }

    /// The original (default-language) version of a document.
    pub fn original_of(&self, doc: &Document) -> Option<&Document> {
        self.translations_of(&doc.key)
            .find(|d| d.lang == self.config.default_language)
    }

    /// Documents that are translations of each other, as indices: every
    /// document is in exactly one group, the original first. Rules compare a
    /// translation with its original, so a group is the unit of work that
    /// can be processed on its own.
    pub fn groups(&self) -> Vec<Vec<usize>> {
        if self.is_standalone() {
            // Standalone files are never translations (and two may share a key).
            return (0..self.documents.len()).map(|i| vec![i]).collect();
        }
        self.translations.values().cloned().collect()
    }

    /// Whether the site is in git, and so has an archive and feeds.
    pub fn has_history(&self) -> bool {
        self.history
    }

    /// Whether these are files linted outside any site (`charter lint FILE`),
    /// where translations and site languages mean nothing.
    pub fn is_standalone(&self) -> bool {
        self.homes.is_empty()
    }

    /// Whether the site is so small that its translation groups are fewer
    /// than the cores could take: a group's documents are then rendered and
    /// linted side by side too. A larger site keeps to one document per
    /// core at a time, so that no more of it is in memory at once.
    pub fn is_small(&self) -> bool {
        self.documents.len() <= 64
    }

    /// Replaces the document read from the same file, keeping indices (and
    /// so translations) intact. Returns the previous version.
    pub fn replace(&mut self, doc: Document) -> Option<Document> {
        let slot = self
            .documents
            .iter_mut()
            .find(|d| d.source.name == doc.source.name)?;
        let previous = std::mem::replace(slot, doc);
        self.history = self.documents.iter().any(|d| d.versions.is_some());
        Some(previous)
    }

    pub fn documents_in(&self, lang: &str) -> impl Iterator<Item = &Document> {
        self.documents.iter().filter(move |d| d.lang == lang)
    }

    /// Output path of a page below the output folder, without `index.html`:
    /// "" for the default home, "de/" for the German home, "de/privacy/".
    pub fn page_dir(&self, lang: &str, slug: &str) -> String {
        page_dir(&self.config.default_language, lang, slug)
    }

    /// Root-relative URL of a page (`/de/privacy/`, or `/legal/de/privacy/`
    /// when `base_url` has a path).
    pub fn url(&self, lang: &str, slug: &str) -> String {
        self.below(self.config.base_path(), lang, slug)
    }

    /// Absolute URL of a page.
    pub fn permalink(&self, lang: &str, slug: &str) -> String {
        self.below(self.config.base_url_trimmed(), lang, slug)
    }

    /// `{base}/{page_dir}` in one allocation: pages ask for their URLs and
    /// their translations' a dozen times each, and `format!` of a second
    /// string took ~1,700 instructions a call.
    fn below(&self, base: &str, lang: &str, slug: &str) -> String {
        let mut url = String::with_capacity(base.len() + lang.len() + slug.len() + 3);
        url.push_str(base);
        url.push('/');
        push_page_dir(&mut url, &self.config.default_language, lang, slug);
        url
    }
}

impl Site {
    /// A site made of standalone files (linted outside any Charter site).
    pub fn standalone(
        config: SiteConfig,
        root: std::path::PathBuf,
        mut documents: Vec<Document>,
    ) -> Site {
        documents.sort_by(|a, b| a.source.name.cmp(&b.source.name));
        let translations = documents
            .iter()
            .enumerate()
            .map(|(i, d)| (d.key.clone(), vec![i]))
            .collect();
        let history = documents.iter().any(|d| d.versions.is_some());
        Site {
            config,
            root,
            documents,
            homes: Vec::new(),
            translations,
            history,
        }
    }
}

/// A content file after parsing, in the walk's order.
enum Parsed {
    Home(ContentFile),
    Document {
        is_original: bool,
        key: String,
        // Boxed: a `Document` is large, and this is collected for every file.
        doc: Result<Box<Document>, Vec<Diag>>,
    },
}

/// When documents' Markdown is parsed: with everything else, or later, by
/// [`render_markdown`], a translation group at a time (the build and the
/// linter stream so that the whole site's HTML and text are never in memory
/// at once; see `pipeline`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markdown {
    Now,
    Later,
}

/// Parses every loaded file, reporting all problems across all files;
/// documents' Markdown now or, if asked, later: their `rendered` is then
/// empty until [`render_markdown`] fills it.
pub fn parse_with(sources: Sources, markdown: Markdown) -> Result<Site, Vec<Diag>> {
    let Sources {
        root,
        config,
        files,
    } = sources;
    let mut problems = Vec::new();
    let mut documents = Vec::new();
    let mut home_files = HashMap::new();
    // Keys of default-language documents that exist but failed to parse: their
    // translations are not orphans, and saying so would bury the real error.
    let mut broken_originals = std::collections::HashSet::new();

    // Parsing is per file: in parallel, then assembled in the walk's order.
    let parsed: Vec<Parsed> = files
        .into_par_iter()
        .map(|file| match file.role {
            Role::Home => Parsed::Home(file),
            Role::Document => Parsed::Document {
                is_original: file.lang == config.default_language,
                key: file.key.clone(),
                doc: parse_document_with(file, &config, markdown).map(Box::new),
            },
        })
        .collect();
    for parsed in parsed {
        match parsed {
            Parsed::Home(file) => match front_matter::parse_index(&file.source) {
                Ok((front, body)) => {
                    let rendered = markdown::render(
                        &file.source.text[body.clone()],
                        body.start,
                        &config.markdown,
                    );
                    if let Err(d) = check_nesting(&file.source, &rendered, &config) {
                        problems.push(d);
                        continue;
                    }
                    home_files.insert(
                        file.lang.clone(),
                        Home {
                            source: Some(Arc::clone(&file.source)),
                            lang: file.lang,
                            front,
                            html: rendered.html,
                        },
                    );
                }
                Err(d) => problems.push(d),
            },
            Parsed::Document {
                is_original,
                key,
                doc,
            } => match doc {
                Ok(doc) => documents.push(*doc),
                Err(mut d) => {
                    if is_original {
                        broken_originals.insert(key);
                    }
                    problems.append(&mut d);
                }
            },
        }
    }

    let lang_rank = |code: &str| config.languages.iter().position(|l| l.code == code);
    documents.sort_by(|a, b| (&a.key, lang_rank(&a.lang)).cmp(&(&b.key, lang_rank(&b.lang))));

    check_originals(&config, &documents, &broken_originals, &mut problems);
    check_unique_urls(&config, &documents, &mut problems);

    if !problems.is_empty() {
        return Err(problems);
    }

    let mut translations: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, d) in documents.iter().enumerate() {
        translations.entry(d.key.clone()).or_default().push(i);
    }
    let homes = config
        .languages
        .iter()
        .map(|l| {
            home_files.remove(&l.code).unwrap_or_else(|| Home {
                source: None,
                lang: l.code.clone(),
                front: IndexFrontMatter::default(),
                html: String::new(),
            })
        })
        .collect();
    let history = documents.iter().any(|d| d.versions.is_some());
    Ok(Site {
        config,
        root,
        documents,
        homes,
        translations,
        history,
    })
}

/// Parses one document file: front matter, slug, Markdown.
pub fn parse_document(file: ContentFile, config: &SiteConfig) -> Result<Document, Vec<Diag>> {
    parse_document_with(file, config, Markdown::Now)
}

/// [`parse_document`], leaving the Markdown for [`render_markdown`] if asked.
pub fn parse_document_with(
    file: ContentFile,
    config: &SiteConfig,
    markdown: Markdown,
) -> Result<Document, Vec<Diag>> {
    let (mut front, body) = front_matter::parse_document(&file.source)?;
    let versions = file.history.as_ref().map(|h| {
        Arc::new(Versions::new(
            h,
            &file.source.text.to_arc(),
            crate::dates::today(),
        ))
    });
    if !front.is_given("updated") {
        match versions.as_ref().and_then(|v| v.derived_updated()) {
            Some(date) => front.updated.value = date,
            None => {
                return Err(vec![
                    Diag::error("front-matter.missing-field", "front matter lacks `updated`")
                        .at(&file.source, front.block.start..front.block.start + 3, "in this front matter")
                        .help("add `updated:` (e.g. updated: 2025-05-02); in a git repository it may be left out and is then the date of the last commit that changed the document"),
                ]);
            }
        }
    }
    let slug = match &front.slug {
        Some(s) => match check_slug(&s.value) {
            // URLs are lowercase, whether from a file name or a slug.
            Ok(()) => s.value.to_lowercase(),
            Err(why) => {
                return Err(vec![
                    Diag::error("front-matter.slug", format!("invalid slug: {why}"))
                        .at(&file.source, s.span.clone(), "used as the page's URL path")
                        .help("use lowercase words separated by '-', optionally in folders: slug: legal/privacy"),
                ]);
            }
        },
        None => slug_from_key(&file.key),
    };
    let mut doc = Document {
        source: file.source,
        lang: file.lang,
        key: file.key,
        slug,
        front,
        body,
        rendered: Rendered::default(),
        versions,
        content_hash: std::sync::OnceLock::new(),
    };
    if markdown == Markdown::Now {
        doc.rendered = render_markdown(&doc, config, Html::Yes).map_err(|d| vec![d])?;
    }
    Ok(doc)
}

/// Whether [`render_markdown`] formats HTML, or only reads the outline
/// (all the linter needs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Html {
    Yes,
    No,
}

/// Parses a document's Markdown: its HTML (if asked) and the outline the
/// linter reads. Markdown nested past the limit is an input error.
pub fn render_markdown(doc: &Document, config: &SiteConfig, html: Html) -> Result<Rendered, Diag> {
    let body = &doc.source.text[doc.body.clone()];
    let rendered = match html {
        Html::Yes => markdown::render(body, doc.body.start, &config.markdown),
        Html::No => markdown::outline_only(body, doc.body.start, &config.markdown),
    };
    check_nesting(&doc.source, &rendered, config)?;
    Ok(rendered)
}

/// Refuses Markdown nested deeper than `[limits] max_nesting`: no real
/// document needs it, and a hostile one would make pages browsers choke on.
fn check_nesting(
    source: &Arc<SourceText>,
    rendered: &Rendered,
    config: &SiteConfig,
) -> Result<(), Diag> {
    let limit = config.limits.max_nesting;
    let nesting = &rendered.nesting;
    if nesting.depth <= limit {
        return Ok(());
    }
    let at = nesting.at.start..nesting.at.start;
    Err(Diag::error(
        "markdown.too-deep",
        format!(
            "block quotes or lists nest {} levels deep; the limit is {limit}",
            nesting.depth
        ),
    )
    .at(source, at, "deepest level starts here")
    .help("flatten the structure, or raise max_nesting under [limits] in site.toml"))
}

/// A translation must have an original: the original carries the legally
/// binding version, and URLs and alternates are keyed on it.
fn check_originals(
    config: &SiteConfig,
    documents: &[Document],
    broken_originals: &std::collections::HashSet<String>,
    problems: &mut Vec<Diag>,
) {
    let originals: std::collections::HashSet<&str> = documents
        .iter()
        .filter(|d| d.lang == config.default_language)
        .map(|d| d.key.as_str())
        .collect();
    for doc in documents {
        if doc.lang == config.default_language || broken_originals.contains(&doc.key) {
            continue;
        }
        if !originals.contains(doc.key.as_str()) {
            let expected = format!("content/{}.md", doc.key);
            problems.push(
                Diag::error(
                    "content.orphan-translation",
                    format!("{} is a translation without its original", doc.source.name),
                )
                .at(&doc.source, doc.front.block.start..doc.front.block.start + 3, "translation of a missing document")
                .help(format!(
                    "add the {} original as {expected}, or rename this file if it is meant to be a different document",
                    config.default_language
                )),
            );
        }
    }
}

/// Output path of a page below the output folder, without `index.html`:
/// "" for the default home, "de/" for the German home, "de/privacy/".
pub fn page_dir(default_language: &str, lang: &str, slug: &str) -> String {
    let mut dir = String::with_capacity(lang.len() + slug.len() + 2);
    push_page_dir(&mut dir, default_language, lang, slug);
    dir
}

/// [`page_dir`], appended to `out`.
fn push_page_dir(out: &mut String, default_language: &str, lang: &str, slug: &str) {
    if lang != default_language {
        out.push_str(lang);
        out.push('/');
    }
    if !slug.is_empty() {
        out.push_str(slug);
        out.push('/');
    }
}

/// Two sources that would write the same page: one would silently replace
/// the other. Documents are checked against each other, against the home
/// pages (`content/de.md` is not the German home), and against the version
/// archives (`content/privacy/versions.md` is not the archive of
/// `privacy`).
fn check_unique_urls(config: &SiteConfig, documents: &[Document], problems: &mut Vec<Diag>) {
    let default = config.default_language.as_str();
    let mut seen: HashMap<String, String> = config
        .languages
        .iter()
        .map(|l| {
            (
                page_dir(default, &l.code, ""),
                format!("the {} home page", l.code),
            )
        })
        .collect();
    // Where each document's version archive goes (only documents with a
    // history have one).
    let archives: Vec<(String, &Document)> = documents
        .iter()
        .filter(|d| d.versions.is_some())
        .map(|d| {
            (
                format!("{}versions/", page_dir(default, &d.lang, &d.slug)),
                d,
            )
        })
        .collect();
    for doc in documents {
        let span = doc
            .front
            .slug
            .as_ref()
            .map_or(doc.front.block.start..doc.front.block.start + 3, |s| {
                s.span.clone()
            });
        let dir = page_dir(default, &doc.lang, &doc.slug);
        let url = format!("/{dir}");
        let taken = seen.get(&dir).cloned().or_else(|| {
            archives
                .iter()
                .find(|(prefix, owner)| {
                    dir.starts_with(prefix.as_str()) && owner.source.name != doc.source.name
                })
                .map(|(_, owner)| format!("the version archive of {}", owner.source.name))
        });
        match taken {
            Some(first) => problems.push(
                Diag::error("content.duplicate-slug", format!("{first} and {} both publish {url}", doc.source.name))
                    .at(&doc.source, span, "second source for this URL")
                    .help("give this document a different file name or a `slug:` in its front matter (URLs are lowercase, so names differing only in case collide; `versions/` below a document is its archive, and a language code at the top is that language's pages)"),
            ),
            None => {
                seen.insert(dir, doc.source.name.clone());
            }
        }
    }
}

/// The URL path of a document from its file path: lowercase, with anything
/// that is not a letter, digit, `-` or `_` turned into `-`.
pub fn slug_from_key(key: &str) -> String {
    key.split('/')
        .map(|segment| {
            let mut out = String::new();
            for c in segment.chars().flat_map(char::to_lowercase) {
                if c.is_alphanumeric() || c == '_' || c == '-' {
                    out.push(c);
                } else if !out.ends_with('-') {
                    out.push('-');
                }
            }
            let trimmed = out.trim_matches('-');
            if trimmed.is_empty() {
                "-".to_string()
            } else {
                trimmed.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// A `slug:` from front matter must stay inside the site: relative, no `.`
/// or `..` segments, only URL-safe characters.
pub fn check_slug(slug: &str) -> Result<(), String> {
    if slug.is_empty() {
        return Err("it is empty".into());
    }
    if slug.starts_with('/') || slug.ends_with('/') {
        return Err(format!("{slug:?} must not start or end with '/'"));
    }
    for segment in slug.split('/') {
        if segment.is_empty() || segment == "." || segment == ".." {
            return Err(format!(
                "{slug:?} has an empty, `.` or `..` segment; a slug cannot leave the site"
            ));
        }
        if let Some(c) = segment
            .chars()
            .find(|c| !(c.is_alphanumeric() || *c == '-' || *c == '_'))
        {
            return Err(format!("{slug:?} contains {c:?}"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_from_file_names() {
        assert_eq!(slug_from_key("privacy"), "privacy");
        assert_eq!(
            slug_from_key("Legal/Cookie Policy (EU)"),
            "legal/cookie-policy-eu"
        );
        assert_eq!(slug_from_key("a%b#c?d"), "a-b-c-d");
        assert_eq!(
            slug_from_key("Datenschutzerklärung"),
            "datenschutzerklärung"
        );
        assert_eq!(slug_from_key("%%"), "-");
    }

    #[test]
    fn front_matter_slugs_cannot_escape() {
        assert!(check_slug("legal/privacy").is_ok());
        for bad in [
            "../etc",
            "a/../../b",
            "/abs",
            "a//b",
            "a/./b",
            "a b",
            "a\\b",
            "",
        ] {
            assert!(check_slug(bad).is_err(), "{bad}");
        }
    }
}

/// Properties over arbitrary file names and `slug:` values: whatever the
/// author writes, a page's output path stays inside the output folder.
#[cfg(test)]
mod proptests {
    use std::path::{Component, Path};

    use proptest::prelude::*;

    use super::*;

    fn site() -> Site {
        let source = SourceText::new(
            "site.toml",
            "title = \"T\"\nbase_url = \"https://x.example/legal/\"\ndefault_language = \"en\"\nlanguages = [\"en\", \"de\", \"pt-BR\", \"zh-Hant\"]\n",
        );
        let config = crate::config::parse(&source).expect("test config");
        Site {
            config,
            root: std::path::PathBuf::from("/site"),
            documents: Vec::new(),
            homes: Vec::new(),
            translations: BTreeMap::new(),
            history: false,
        }
    }

    #[test]
    fn urls_are_base_then_page_dir() {
        // As the `format!` they replaced: base, '/', page_dir.
        let site = site();
        for (lang, slug) in [("en", ""), ("en", "privacy"), ("de", ""), ("pt-BR", "a/b")] {
            let dir = site.page_dir(lang, slug);
            assert_eq!(site.url(lang, slug), format!("/legal/{dir}"));
            assert_eq!(
                site.permalink(lang, slug),
                format!("https://x.example/legal/{dir}")
            );
        }
        assert_eq!(site.url("de", "privacy"), "/legal/de/privacy/");
    }

    /// Path pieces chosen to escape: parent and current folders, separators of
    /// both kinds, drive letters, NUL, encoded dots, and arbitrary text.
    fn tricky() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            3 => "[a-zA-Z0-9_-]{1,6}",
            2 => any::<String>(),
            1 => Just("..".to_string()),
            1 => Just(".".to_string()),
            1 => Just("/".to_string()),
            1 => Just("\\".to_string()),
            1 => Just("C:".to_string()),
            1 => Just("\\\\?\\".to_string()),
            1 => Just("~".to_string()),
            1 => Just("\0".to_string()),
            1 => Just("%2e%2e".to_string()),
            1 => Just("İ".to_string()),
            1 => Just("．．".to_string()),
            1 => Just("\u{2215}".to_string()),
        ];
        prop::collection::vec(piece, 0..12).prop_map(|p| p.concat())
    }

    fn stays_inside(path: &str) -> Result<(), TestCaseError> {
        let p = Path::new(path);
        prop_assert!(!p.is_absolute(), "{path:?} is absolute");
        for c in p.components() {
            prop_assert!(matches!(c, Component::Normal(_)), "{path:?} has {c:?}");
        }
        prop_assert!(!path.contains('\\') && !path.contains('\0'), "{path:?}");
        prop_assert!(path.split('/').all(|s| s != ".." && s != "."), "{path:?}");
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::default())]

        #[test]
        fn slugs_from_file_names_pass_the_slug_check(key in tricky()) {
            let slug = slug_from_key(&key);
            prop_assert!(check_slug(&slug).is_ok(), "{key:?} gave {slug:?}");
        }

        #[test]
        fn output_paths_never_leave_the_output_folder(
            raw in tricky(),
            from_front_matter in prop::bool::ANY,
            lang in prop_oneof![Just("en"), Just("de"), Just("pt-BR"), Just("zh-Hant")],
        ) {
            let site = site();
            let slug = if from_front_matter {
                // A `slug:` is used only when it passes the check.
                if check_slug(&raw).is_err() {
                    return Ok(());
                }
                raw
            } else {
                slug_from_key(&raw)
            };
            let dir = site.page_dir(lang, &slug);
            stays_inside(&format!("{dir}index.html"))?;
            prop_assert!(site.url(lang, &slug).starts_with("/legal/"));
            prop_assert!(site.permalink(lang, &slug).starts_with("https://x.example/legal/"));
        }
    }
}
