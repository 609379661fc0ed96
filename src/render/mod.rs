//! Render: turns a parsed [`Site`] into output files in memory, through the
//! theme's Tera templates. No I/O here; `write` puts the files on disk.

use std::collections::BTreeMap;
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;
use serde_json::{Value, json};
use tera::{Context, Tera};

use crate::dates::DateFormatter;
use crate::diagnostic::{Diag, SourceText};
use crate::front_matter::Subprocessor;
use crate::markdown::{Heading, escape_attr};
use crate::site::{Document, Site};
use crate::theme::{Strings, Theme};
use crate::write::OutputFile;

mod redline;
pub mod versions;

/// What rendering documents' pages gave, summed over documents.
#[derive(Debug, Default)]
pub struct DocumentFiles {
    pub problems: Vec<Diag>,
    /// HTML pages written: the documents' own and their archives'.
    pub pages: usize,
    /// Entries of the change feeds.
    pub feed_entries: Vec<versions::FeedEntry>,
}

impl DocumentFiles {
    pub fn absorb(&mut self, mut other: DocumentFiles) {
        self.problems.append(&mut other.problems);
        self.pages += other.pages;
        self.feed_entries.append(&mut other.feed_entries);
    }
}

/// URL of the theme stylesheet, below the site's base path.
const STYLESHEET: &str = "charter.css";

/// Templates compiled once per build, with the theme's strings and date formats.
pub struct Renderer {
    tera: Tera,
    sources: BTreeMap<String, Arc<SourceText>>,
    strings: Strings,
    dates: DateFormatter,
    /// Per site language: its interface strings and the context every page
    /// in it starts from (minus the feed link, which depends on the
    /// documents). Building them took a sixth of a page's rendering.
    page_bases: std::collections::HashMap<String, (BTreeMap<String, String>, Context)>,
    /// [`Renderer::date`]'s values so far, by language and date.
    dates_shown: std::sync::Mutex<DatesShown>,
}

/// Dates as templates see them, by language, then date.
type DatesShown =
    rustc_hash::FxHashMap<String, rustc_hash::FxHashMap<jiff::civil::Date, ShownDate>>;

/// A date in the template context: `{"iso": …, "display": …}`, the object
/// `json!` made before (a struct: cloned from the cache without the
/// ordered map a `serde_json::Value` object builds).
#[derive(Debug, Clone, PartialEq, Serialize)]
struct ShownDate {
    iso: String,
    display: String,
}

impl Renderer {
    pub fn new(site: &Site, theme: &Theme) -> Result<Renderer, Vec<Diag>> {
        let mut problems = Vec::new();
        let mut sources = BTreeMap::new();
        for (name, file) in theme.under("templates") {
            match Theme::text(file) {
                Ok(source) => {
                    sources.insert(name.to_string(), source);
                }
                Err(d) => problems.push(d),
            }
        }
        let mut tera = Tera::new();
        tera.autoescape_on([".html", ".xml"]);
        let templates: Vec<(&str, &str)> = sources
            .iter()
            .map(|(name, s)| (name.as_str(), &*s.text))
            .collect();
        if let Err(e) = tera.add_raw_templates(templates) {
            problems.push(template_diag(&sources, &e));
        }
        for required in ["page.html", "index.html", "404.html"] {
            if !sources.contains_key(required) {
                problems.push(
                    Diag::error(
                        "theme.template-missing",
                        format!("theme `{}` has no templates/{required}", theme.name),
                    )
                    .help(
                        "copy it from the default theme (themes/default/templates/) and adapt it",
                    ),
                );
            }
        }
        let strings = match Strings::load(theme) {
            Ok(s) => s,
            Err(mut d) => {
                problems.append(&mut d);
                Strings::default()
            }
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        let dates = DateFormatter::new(site.config.languages.iter().map(|l| l.code.as_str()));
        let mut renderer = Renderer {
            tera,
            sources,
            strings,
            dates,
            page_bases: Default::default(),
            dates_shown: Default::default(),
        };
        renderer.page_bases = site
            .config
            .languages
            .iter()
            .map(|l| {
                let t = renderer
                    .strings
                    .for_lang(&l.code, &site.config.default_language);
                let ctx = renderer.context_without_feed(site, &l.code, &t);
                (l.code.clone(), (t, ctx))
            })
            .collect();
        Ok(renderer)
    }

    /// The pages of one document (whose Markdown is rendered): the page
    /// itself and its version archive, handed to `sink`.
    pub fn render_document_files(
        &self,
        site: &Site,
        doc: &Document,
        sink: &(dyn Fn(OutputFile) -> Result<(), Diag> + Sync),
    ) -> DocumentFiles {
        let mut out = DocumentFiles {
            pages: 1,
            ..DocumentFiles::default()
        };
        let page = self.render_document(site, doc).and_then(|bytes| {
            sink(OutputFile {
                path: document_path(site, doc),
                bytes,
            })
        });
        if let Err(d) = page {
            out.problems.push(d);
        }
        if let Some(v) = &doc.versions {
            match self.render_archive(site, doc, v, sink) {
                Ok((n, e)) => {
                    out.pages += n;
                    out.feed_entries = e;
                }
                Err(d) => out.problems.push(d),
            }
        }
        out
    }

    /// The change feeds, from the documents' entries, added to the pages
    /// of [`Renderer::render_index_files`] (`index`).
    pub fn render_feeds(
        &self,
        site: &Site,
        documents: DocumentFiles,
        index: Result<usize, Vec<Diag>>,
        sink: &(dyn Fn(OutputFile) -> Result<(), Diag> + Sync),
    ) -> Result<usize, Vec<Diag>> {
        let DocumentFiles {
            mut problems,
            pages: document_pages,
            feed_entries: entries,
        } = documents;
        if site.has_history() {
            for l in &site.config.languages {
                let t = self
                    .strings
                    .for_lang(&l.code, &site.config.default_language);
                let title = format!(
                    "{}: {}",
                    site.config.title,
                    t.get("feed_title").map_or("", String::as_str)
                );
                let mine = entries
                    .iter()
                    .filter(|e| e.lang == l.code)
                    .cloned()
                    .collect();
                let xml = versions::atom_feed(site, &l.code, &title, mine);
                if let Err(d) = sink(OutputFile {
                    path: versions::feed_path(site, &l.code),
                    bytes: xml.into_bytes(),
                }) {
                    problems.push(d);
                }
            }
        }
        match index {
            Ok(pages) if problems.is_empty() => Ok(document_pages + pages),
            Ok(_) => Err(problems),
            Err(mut more) => {
                problems.append(&mut more);
                Err(problems)
            }
        }
    }

    /// The pages that come from the site rather than from one document:
    /// home pages, sitemap, 404, robots.txt, the theme's static files and
    /// the host files of `[deploy]` (`_headers`). They need only the front matter, so a build makes them beside the
    /// documents. The number of pages, or every problem.
    pub fn render_index_files(
        &self,
        site: &Site,
        theme: &Theme,
        sink: &(dyn Fn(OutputFile) -> Result<(), Diag> + Sync),
    ) -> Result<usize, Vec<Diag>> {
        let page = |path: String, html: Result<Vec<u8>, Diag>| {
            html.and_then(|bytes| sink(OutputFile { path, bytes }))
        };
        let mut problems = Vec::new();
        // Each home lists every document of its language, and the sitemap
        // every page: the largest files of a large site, made side by side.
        let (homes, sitemap_xml) = rayon::join(
            || {
                site.homes
                    .par_iter()
                    .map(|home| {
                        page(
                            home_path(site, &home.lang),
                            self.render_home(site, &home.lang),
                        )
                    })
                    .collect::<Vec<_>>()
            },
            || sitemap(site),
        );
        problems.extend(homes.into_iter().filter_map(Result::err));
        if let Err(d) = page("404.html".into(), self.render_404(site)) {
            problems.push(d);
        }
        let robots = format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}/sitemap.xml\n",
            site.config.base_url_trimmed()
        );
        let mut others = vec![
            OutputFile {
                path: "sitemap.xml".into(),
                bytes: sitemap_xml.into_bytes(),
            },
            OutputFile {
                path: "robots.txt".into(),
                bytes: robots.into_bytes(),
            },
        ];
        others.extend(theme.under("static").map(|(path, file)| OutputFile {
            path: path.to_string(),
            bytes: file.bytes.to_vec(),
        }));
        // Through the same sink as the pages: `_headers` lives and dies with
        // the build that wrote it.
        others.extend(crate::deploy::files(&site.config));
        for file in others {
            if let Err(d) = sink(file) {
                problems.push(d);
            }
        }
        if problems.is_empty() {
            Ok(site.homes.len() + 1)
        } else {
            Err(problems)
        }
    }

    pub fn render_document(&self, site: &Site, doc: &Document) -> Result<Vec<u8>, Diag> {
        let (t, mut ctx) = match self.page_bases.get(&doc.lang) {
            Some((t, ctx)) => {
                let mut ctx = ctx.clone();
                self.insert_feed(site, &doc.lang, &mut ctx);
                (std::borrow::Cow::Borrowed(t), ctx)
            }
            None => {
                let t = self
                    .strings
                    .for_lang(&doc.lang, &site.config.default_language);
                let ctx = self.base_context(site, &doc.lang, &t);
                (std::borrow::Cow::Owned(t), ctx)
            }
        };
        let f = &doc.front;
        let versions: Vec<(&str, String)> = site
            .translations_of(&doc.key)
            .map(|d| (d.lang.as_str(), site.url(&d.lang, &d.slug)))
            .collect();
        ctx.insert(
            "page_title",
            &format!("{} | {}", f.title.value, site.config.title),
        );
        ctx.insert("description", &f.description.value);
        ctx.insert("canonical", &site.permalink(&doc.lang, &doc.slug));
        ctx.insert(
            "alternates",
            &alternates(
                site,
                &site
                    .translations_of(&doc.key)
                    .map(|d| (d.lang.as_str(), d.slug.as_str()))
                    .collect::<Vec<_>>(),
            ),
        );
        let mut entries = switcher(site, &doc.lang, |code| {
            versions
                .iter()
                .find(|(l, _)| *l == code)
                .map(|(_, u)| u.clone())
        });
        // Say plainly, in that language, that there is no such version,
        // rather than link to a page that does not exist.
        for e in entries.iter_mut().filter(|e| e.url.is_none()) {
            e.unavailable = self
                .strings
                .for_lang(&e.code, &site.config.default_language)
                .remove("translation_unavailable");
        }
        ctx.insert("switcher", &entries);
        let kind_key = format!("kind_{}", f.kind.value.as_str().replace('-', "_"));
        let mut subprocessors: Vec<Subprocessor> = f
            .subprocessors
            .iter()
            .flat_map(|list| list.value.iter().map(|s| s.value.clone()))
            .map(|mut s| {
                s.website = s.website.filter(|w| is_web_link(w));
                s
            })
            .collect();
        let mut title = f.title.value.clone();
        let mut updated = f.updated.value;
        let mut effective = f.effective.value;
        let mut version = f.version.value.clone();
        // The page's HTML is serialized into the context from the document:
        // no copy of it (a page's largest string) unless a version replaces it.
        let mut content = std::borrow::Cow::Borrowed(doc.rendered.html.as_str());
        let mut contents = toc(&doc.rendered.outline.headings);
        let mut upcoming = Value::Null;
        let mut versions_url = Value::Null;
        if let Some(list) = &doc.versions {
            versions_url = json!(format!("{}versions/", site.url(&doc.lang, &doc.slug)));
            let force = versions::in_force(list, crate::dates::today());
            if let Some(next) = force.upcoming.map(|i| &list.list[i]) {
                let next_effective = next.meta.effective.unwrap_or(next.date);
                upcoming = json!({
                    "effective": self.date(next_effective, &doc.lang),
                    "url": format!("{}versions/{}/", site.url(&doc.lang, &doc.slug), next.dir),
                });
                // Readers are bound by the version in force: show that one.
                if let Some(old) = force.current.map(|i| &list.list[i]) {
                    let (body, offset) = versions::body_of(&old.text);
                    let rendered = crate::markdown::render(body, offset, &site.config.markdown);
                    content = std::borrow::Cow::Owned(rendered.html);
                    contents = toc(&rendered.outline.headings);
                    title = old.meta.title.clone().unwrap_or(title);
                    updated = old.date;
                    effective = old.meta.effective.unwrap_or(old.date);
                    version = old.meta.version.clone().unwrap_or_default();
                    subprocessors = old.meta.subprocessors.clone();
                }
            }
        }
        ctx.insert(
            "page",
            &PageView {
                title,
                description: &f.description.value,
                kind: f.kind.value.as_str(),
                kind_label: t.get(&kind_key).cloned().unwrap_or_default(),
                updated: self.date(updated, &doc.lang),
                effective: self.date(effective, &doc.lang),
                version,
                content,
                toc: contents,
                subprocessors,
                jurisdictions: f.jurisdictions.iter().map(|j| &j.value).collect(),
                url: site.url(&doc.lang, &doc.slug),
                extra: &f.extra,
                versions_url,
                upcoming,
            },
        );
        self.render("page.html", &ctx)
    }

    pub fn render_home(&self, site: &Site, lang: &str) -> Result<Vec<u8>, Diag> {
        let t = self.strings.for_lang(lang, &site.config.default_language);
        let home = site.homes.iter().find(|h| h.lang == lang);
        let title = home
            .and_then(|h| h.front.title.clone())
            .unwrap_or_else(|| site.config.title.clone());
        let description = home
            .and_then(|h| h.front.description.clone())
            .unwrap_or_else(|| site.config.title.clone());
        let mut ctx = self.base_context(site, lang, &t);
        ctx.insert("page_title", &title);
        ctx.insert("description", &description);
        ctx.insert("canonical", &site.permalink(lang, ""));
        let langs: Vec<(&str, &str)> = site
            .config
            .languages
            .iter()
            .map(|l| (l.code.as_str(), ""))
            .collect();
        ctx.insert("alternates", &alternates(site, &langs));
        ctx.insert(
            "switcher",
            &switcher(site, lang, |code| Some(site.url(code, ""))),
        );
        let documents: Vec<HomeEntry> = site
            .documents_in(lang)
            .map(|d| HomeEntry {
                title: &d.front.title.value,
                description: &d.front.description.value,
                kind: d.front.kind.value.as_str(),
                url: site.url(&d.lang, &d.slug),
                updated: self.date(d.front.updated.value, lang),
                effective: self.date(d.front.effective.value, lang),
            })
            .collect();
        ctx.insert(
            "home",
            &HomeView {
                title,
                content: home.map(|h| h.html.as_str()).unwrap_or(""),
                documents,
            },
        );
        self.render("index.html", &ctx)
    }

    fn render_404(&self, site: &Site) -> Result<Vec<u8>, Diag> {
        let lang = &site.config.default_language;
        let t = self.strings.for_lang(lang, lang);
        let mut ctx = self.base_context(site, lang, &t);
        let title = t.get("not_found_title").cloned().unwrap_or_default();
        ctx.insert("page_title", &format!("{title} | {}", site.config.title));
        ctx.insert("description", &title);
        ctx.insert(
            "canonical",
            &format!("{}/404.html", site.config.base_url_trimmed()),
        );
        ctx.insert("alternates", &Vec::<Value>::new());
        ctx.insert(
            "switcher",
            &switcher(site, lang, |code| Some(site.url(code, ""))),
        );
        self.render("404.html", &ctx)
    }

    fn base_context(&self, site: &Site, lang: &str, t: &BTreeMap<String, String>) -> Context {
        let mut ctx = self.context_without_feed(site, lang, t);
        self.insert_feed(site, lang, &mut ctx);
        ctx
    }

    fn insert_feed(&self, site: &Site, lang: &str, ctx: &mut Context) {
        if site.has_history() {
            ctx.insert("feed_url", &format!("{}changes.xml", site.url(lang, "")));
        }
    }

    fn context_without_feed(
        &self,
        site: &Site,
        lang: &str,
        t: &BTreeMap<String, String>,
    ) -> Context {
        let mut ctx = Context::new();
        let language = site.config.language(lang);
        ctx.insert(
            "site",
            &json!({
                "title": site.config.title,
                "base_url": site.config.base_url_trimmed(),
                "default_language": site.config.default_language,
                "organization": site.config.organization,
                "languages": site.config.languages,
            }),
        );
        ctx.insert("lang", &language);
        ctx.insert("t", t);
        ctx.insert("home_url", &site.url(lang, ""));
        ctx.insert(
            "stylesheet",
            &format!("{}/{STYLESHEET}", site.config.base_path()),
        );
        ctx
    }

    /// A date as templates see it. Formatted once per date and language:
    /// pages share a few dates, and ICU's formatting took ~5,000
    /// instructions a call, four calls a page (home pages list them too).
    fn date(&self, date: jiff::civil::Date, lang: &str) -> ShownDate {
        let cached = |shown: &DatesShown| shown.get(lang).and_then(|d| d.get(&date)).cloned();
        if let Some(value) = self.dates_shown.lock().ok().and_then(|s| cached(&s)) {
            return value;
        }
        let value = ShownDate {
            iso: date.to_string(),
            display: self.dates.format(date, lang),
        };
        if let Ok(mut shown) = self.dates_shown.lock() {
            shown
                .entry(lang.to_string())
                .or_default()
                .insert(date, value.clone());
        }
        value
    }

    /// The page's bytes, as written to its file. Tera's `render` builds
    /// the same bytes, then checks them whole as UTF-8 to return a
    /// `String` (0.9% of a 300-page build, callgrind) that every caller
    /// turned straight back into bytes; Tera writes only `&str` pieces,
    /// so the check could never fail.
    fn render(&self, template: &str, ctx: &Context) -> Result<Vec<u8>, Diag> {
        let mut page = Vec::with_capacity(PAGE_CAPACITY);
        self.tera
            .render_to(template, ctx, &mut page)
            .map_err(|e| template_diag(&self.sources, &e))?;
        Ok(page)
    }
}

/// The room a page's bytes start with: a generated policy page is 10–16
/// KiB (Tera's own `render` starts from twice the template's text, rounded
/// up to a power of two: 8 KiB for the default theme's page).
const PAGE_CAPACITY: usize = 16 * 1024;

/// Where a document's page is written, relative to the output folder.
pub fn document_path(site: &Site, doc: &Document) -> String {
    format!("{}index.html", site.page_dir(&doc.lang, &doc.slug))
}

/// Where a language's home page is written.
pub fn home_path(site: &Site, lang: &str) -> String {
    format!("{}index.html", site.page_dir(lang, ""))
}

#[derive(Serialize)]
struct Alternate {
    hreflang: String,
    href: String,
}

/// hreflang alternates for every language version, plus `x-default` pointing
/// at the default-language version.
fn alternates(site: &Site, versions: &[(&str, &str)]) -> Vec<Alternate> {
    let mut out: Vec<Alternate> = versions
        .iter()
        .map(|(lang, slug)| Alternate {
            hreflang: (*lang).to_string(),
            href: site.permalink(lang, slug),
        })
        .collect();
    if let Some((lang, slug)) = versions
        .iter()
        .find(|(l, _)| *l == site.config.default_language)
    {
        out.push(Alternate {
            hreflang: "x-default".into(),
            href: site.permalink(lang, slug),
        });
    }
    out
}

#[derive(Serialize)]
struct SwitcherEntry {
    code: String,
    name: String,
    url: Option<String>,
    current: bool,
    /// Why there is no link, in the entry's own language.
    unavailable: Option<String>,
}

/// Every site language, linking to the same page in that language when it exists.
fn switcher(
    site: &Site,
    current: &str,
    url_for: impl Fn(&str) -> Option<String>,
) -> Vec<SwitcherEntry> {
    site.config
        .languages
        .iter()
        .map(|l| SwitcherEntry {
            code: l.code.clone(),
            name: l.name.clone(),
            url: url_for(&l.code),
            current: l.code == current,
            unavailable: None,
        })
        .collect()
}

/// A document page's `page` in the template context, serialized straight
/// into Tera's value: built first as a `json!` value, its table of contents
/// and sub-processors were serialized twice (about 13 M instructions of a
/// 300-page build, callgrind). The fields are in the order the `json!`
/// object had (serde_json keeps insertion order here), so a template that
/// walks `page` sees them as before.
#[derive(Serialize)]
struct PageView<'a> {
    title: String,
    description: &'a str,
    kind: &'a str,
    kind_label: String,
    updated: ShownDate,
    effective: ShownDate,
    version: String,
    content: std::borrow::Cow<'a, str>,
    toc: Vec<TocEntry>,
    subprocessors: Vec<Subprocessor>,
    jurisdictions: Vec<&'a String>,
    url: String,
    extra: &'a Value,
    versions_url: Value,
    upcoming: Value,
}

/// A home page's `home`, serialized straight into Tera as [`PageView`] is,
/// its fields in the order of the `json!` object it replaced.
#[derive(Serialize)]
struct HomeView<'a> {
    title: String,
    content: &'a str,
    documents: Vec<HomeEntry<'a>>,
}

/// A document listed on a home page.
#[derive(Serialize)]
struct HomeEntry<'a> {
    title: &'a str,
    description: &'a str,
    kind: &'a str,
    url: String,
    updated: ShownDate,
    effective: ShownDate,
}

#[derive(Serialize)]
struct TocEntry {
    id: String,
    title: String,
    children: Vec<TocEntry>,
}

/// Two-level table of contents: top-level sections and their subsections.
fn toc(headings: &[Heading]) -> Vec<TocEntry> {
    let headings: Vec<&Heading> = headings.iter().filter(|h| !h.shown_as_written).collect();
    let Some(top) = headings.iter().map(|h| h.level).min() else {
        return Vec::new();
    };
    let mut out: Vec<TocEntry> = Vec::new();
    for h in headings {
        let entry = TocEntry {
            id: h.id.clone(),
            title: h.text.clone(),
            children: Vec::new(),
        };
        if h.level == top {
            out.push(entry);
        } else if h.level == top + 1 {
            match out.last_mut() {
                Some(parent) => parent.children.push(entry),
                None => out.push(entry),
            }
        }
    }
    out
}

/// `sitemap.xml` with an `xhtml:link` alternate for each language version.
pub fn sitemap(site: &Site) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let mut entry = |loc: String, lastmod: Option<String>, versions: Vec<Alternate>| {
        xml.push_str("<url>\n<loc>");
        xml.push_str(&escape_attr(&loc));
        xml.push_str("</loc>\n");
        // Pushed piece by piece, not `format!`ted first: a page's entry and
        // its alternates took ~20,000 instructions.
        if let Some(date) = lastmod {
            xml.push_str("<lastmod>");
            xml.push_str(&date);
            xml.push_str("</lastmod>\n");
        }
        if versions.len() > 1 {
            for v in &versions {
                xml.push_str("<xhtml:link rel=\"alternate\" hreflang=\"");
                xml.push_str(&escape_attr(&v.hreflang));
                xml.push_str("\" href=\"");
                xml.push_str(&escape_attr(&v.href));
                xml.push_str("\"/>\n");
            }
        }
        xml.push_str("</url>\n");
    };
    let home_langs: Vec<(&str, &str)> = site
        .config
        .languages
        .iter()
        .map(|l| (l.code.as_str(), ""))
        .collect();
    for l in &site.config.languages {
        entry(
            site.permalink(&l.code, ""),
            None,
            alternates(site, &home_langs),
        );
    }
    for doc in &site.documents {
        let versions: Vec<(&str, &str)> = site
            .translations_of(&doc.key)
            .map(|d| (d.lang.as_str(), d.slug.as_str()))
            .collect();
        entry(
            site.permalink(&doc.lang, &doc.slug),
            Some(doc.front.updated.value.to_string()),
            alternates(site, &versions),
        );
    }
    xml.push_str("</urlset>\n");
    xml
}

/// Template errors point into the template file, like any other input error.
fn template_diag(sources: &BTreeMap<String, Arc<SourceText>>, e: &tera::Error) -> Diag {
    let report = match e.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => Some(r),
        _ => None,
    };
    match report {
        Some(r) => {
            let mut d = Diag::error("theme.template", format!("template error: {}", r.message()))
                .help(
                    "fix the template, or delete the site's copy to fall back to the built-in one",
                );
            if let Some(source) = sources.get(r.filename()) {
                d = d.at(source, r.span().range.clone(), "here");
            } else {
                d.message = format!("template error in {}: {}", r.filename(), r.message());
            }
            d
        }
        None => Diag::error("theme.template", format!("template error: {e}"))
            .help("check the theme's templates/ folder"),
    }
}

/// A sub-processor's `website` becomes an `href`: only web and mail links
/// are kept, so `javascript:` or `data:` in front matter cannot become script.
fn is_web_link(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    ["https://", "http://", "mailto:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(level: u8, id: &str) -> Heading {
        Heading {
            level,
            text: id.to_uppercase(),
            id: id.into(),
            span: 0..0,
            shown_as_written: false,
        }
    }

    #[test]
    fn a_date_is_formatted_once_and_shown_the_same() {
        let source = SourceText::new(
            "site.toml",
            "title = \"T\"\nbase_url = \"https://x.example/\"\ndefault_language = \"en\"\nlanguages = [\"en\", \"de\"]\n",
        );
        let config = crate::config::parse(&source).expect("test config");
        let site = Site::standalone(config, std::path::PathBuf::from("/site"), Vec::new());
        let theme = Theme::load(std::path::Path::new("/nonexistent"), "default").expect("theme");
        let renderer = Renderer::new(&site, &theme).expect("renderer");
        let date = jiff::civil::date(2026, 12, 3);
        let fresh = |lang: &str| ShownDate {
            iso: date.to_string(),
            display: renderer.dates.format(date, lang),
        };
        for lang in ["en", "de", "en", "de", "fr"] {
            assert_eq!(renderer.date(date, lang), fresh(lang));
        }
        assert_ne!(renderer.date(date, "en"), renderer.date(date, "de"));
    }

    #[test]
    fn toc_nests_one_level() {
        let t = toc(&[h(2, "a"), h(3, "a1"), h(4, "deep"), h(2, "b")]);
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].children.len(), 1);
        assert_eq!(t[0].children[0].id, "a1");
    }

    #[test]
    fn toc_leaves_out_headings_of_raw_html() {
        let raw = Heading {
            shown_as_written: true,
            ..h(2, "raw")
        };
        let t = toc(&[h(2, "a"), raw, h(2, "b")]);
        let ids: Vec<_> = t.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
    }

    /// `PageView` and `HomeView` serialize as the `json!` objects they
    /// replaced did: the same keys in the same order, the same values.
    #[test]
    fn the_page_view_is_the_json_object_it_replaced() {
        let subprocessors = |website: Option<&str>| Subprocessor {
            name: "Host".into(),
            purpose: "hosting".into(),
            location: "EU".into(),
            website: website.map(String::from),
        };
        let subs = vec![
            subprocessors(Some("https://h.example")),
            subprocessors(None),
        ];
        let jurisdictions = [String::from("gdpr"), String::from("ccpa")];
        let extra = json!({"b": 1, "a": [true, null, 2.5]});
        let shown = ShownDate {
            iso: "2026-12-03".into(),
            display: "3 December 2026".into(),
        };
        let date = json!({"iso": "2026-12-03", "display": "3 December 2026"});
        let upcoming = json!({"effective": date, "url": "/en/privacy/versions/2/"});
        let view = PageView {
            title: "Privacy".into(),
            description: "How we use data",
            kind: "privacy-policy",
            kind_label: "Privacy policy".into(),
            updated: shown.clone(),
            effective: shown.clone(),
            version: "2".into(),
            content: "<p>x</p>".into(),
            toc: toc(&[h(2, "a"), h(3, "a1"), h(2, "b")]),
            subprocessors: subs.clone(),
            jurisdictions: jurisdictions.iter().collect(),
            url: "/en/privacy/".into(),
            extra: &extra,
            versions_url: json!("/en/privacy/versions/"),
            upcoming: upcoming.clone(),
        };
        let old = json!({
            "title": "Privacy",
            "description": "How we use data",
            "kind": "privacy-policy",
            "kind_label": "Privacy policy",
            "updated": date,
            "effective": date,
            "version": "2",
            "content": "<p>x</p>",
            "toc": toc(&[h(2, "a"), h(3, "a1"), h(2, "b")]),
            "subprocessors": subs,
            "jurisdictions": jurisdictions.iter().collect::<Vec<_>>(),
            "url": "/en/privacy/",
            "extra": extra,
            "versions_url": "/en/privacy/versions/",
            "upcoming": upcoming,
        });
        let entry = HomeEntry {
            title: "Privacy",
            description: "How",
            kind: "privacy-policy",
            url: "/en/privacy/".into(),
            updated: shown.clone(),
            effective: shown,
        };
        let home = HomeView {
            title: "Home".into(),
            content: "<p>hi</p>",
            documents: vec![entry],
        };
        let old_home = json!({
            "title": "Home",
            "content": "<p>hi</p>",
            "documents": [json!({
                "title": "Privacy",
                "description": "How",
                "kind": "privacy-policy",
                "url": "/en/privacy/",
                "updated": date,
                "effective": date,
            })],
        });
        assert_eq!(
            serde_json::to_string(&home).unwrap(),
            serde_json::to_string(&old_home).unwrap()
        );
        // As text: the keys' order counts.
        assert_eq!(
            serde_json::to_string(&view).unwrap(),
            serde_json::to_string(&old).unwrap()
        );
    }
}

#[cfg(test)]
mod web_link_tests {
    use super::is_web_link;

    #[test]
    fn only_web_and_mail_links_survive() {
        assert!(is_web_link("https://www.hetzner.com"));
        assert!(is_web_link("mailto:dpo@example.com"));
        for hostile in [
            "javascript:alert(1)",
            " JavaScript:x",
            "data:text/html,x",
            "vbscript:x",
        ] {
            assert!(!is_web_link(hostile), "{hostile}");
        }
    }
}
