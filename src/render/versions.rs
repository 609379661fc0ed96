//! The version archive of a document (`versions/` index and one page per
//! version with its redline), the version in force with the upcoming-version
//! banner, `index.json`, and the per-language Atom feed of changes.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Value, json};

use super::Renderer;
use super::redline::{self, Labels, Redline};
use crate::diagnostic::Diag;
use crate::front_matter::{self, Subprocessor};
use crate::history::{Version, Versions};
use crate::markdown::escape_attr;
use crate::site::{Document, Site};
use crate::write::OutputFile;

/// Which version readers are bound by today, and which comes next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InForce {
    /// Index into the version list of the version in force (`None`: none yet).
    pub current: Option<usize>,
    /// The newest version, when it takes effect after today.
    pub upcoming: Option<usize>,
}

/// The version in force on `today` and the upcoming one. A version without
/// an `effective` date is in force from its own date.
pub fn in_force(versions: &Versions, today: jiff::civil::Date) -> InForce {
    let effective = |v: &Version| v.meta.effective.unwrap_or(v.date);
    let n = versions.list.len();
    let Some(newest) = versions.list.last() else {
        return InForce {
            current: None,
            upcoming: None,
        };
    };
    if effective(newest) <= today {
        return InForce {
            current: Some(n - 1),
            upcoming: None,
        };
    }
    let current = versions.list[..n - 1]
        .iter()
        .rposition(|v| effective(v) <= today);
    InForce {
        current,
        upcoming: Some(n - 1),
    }
}

/// The Markdown body of a version's text (after any front matter).
pub fn body_of(text: &str) -> (&str, usize) {
    match front_matter::split(text) {
        Ok(split) => (&text[split.body.clone()], split.body.start),
        Err(_) => (text, 0),
    }
}

/// One version with everything its page, the index and the feed show.
pub struct VersionView<'a> {
    pub version: &'a Version,
    pub index: usize,
    pub redline: Option<Redline>,
    pub added: Vec<String>,
    pub removed: Vec<String>,
}

/// A feed entry: one version of one document.
#[derive(Debug, Clone)]
pub struct FeedEntry {
    pub lang: String,
    pub id: String,
    pub title: String,
    pub link: String,
    pub updated: jiff::civil::Date,
    pub summary: String,
    /// For a stable order among entries of one day.
    pub sort_key: (String, usize),
}

fn names(list: &[Subprocessor]) -> Vec<&str> {
    list.iter().map(|s| s.name.trim()).collect()
}

impl Renderer {
    fn labels<'t>(t: &'t BTreeMap<String, String>) -> Labels<'t> {
        let get = |k: &str| t.get(k).map_or("", String::as_str);
        Labels {
            inserted: get("redline_inserted"),
            deleted: get("redline_deleted"),
            end: get("redline_end"),
        }
    }

    /// Every version with its redline against the one before.
    pub fn version_views<'a>(
        &self,
        site: &Site,
        doc: &Document,
        versions: &'a Versions,
    ) -> Vec<VersionView<'a>> {
        let t = self
            .strings
            .for_lang(&doc.lang, &site.config.default_language);
        let labels = Self::labels(&t);
        let mut out: Vec<VersionView<'a>> = Vec::with_capacity(versions.list.len());
        for (i, v) in versions.list.iter().enumerate() {
            let (redline, added, removed) = match i.checked_sub(1).map(|p| &versions.list[p]) {
                Some(prev) => {
                    let r = redline::redline(body_of(&prev.text).0, body_of(&v.text).0, &labels);
                    let before = names(&prev.meta.subprocessors);
                    let after = names(&v.meta.subprocessors);
                    let added = after
                        .iter()
                        .filter(|n| !before.contains(n))
                        .map(|n| n.to_string())
                        .collect();
                    let removed = before
                        .iter()
                        .filter(|n| !after.contains(n))
                        .map(|n| n.to_string())
                        .collect();
                    (Some(r), added, removed)
                }
                None => (None, Vec::new(), Vec::new()),
            };
            out.push(VersionView {
                version: v,
                index: i,
                redline,
                added,
                removed,
            });
        }
        out
    }

    fn version_url(site: &Site, doc: &Document, v: &Version) -> String {
        format!("{}versions/{}/", site.url(&doc.lang, &doc.slug), v.dir)
    }

    fn version_permalink(site: &Site, doc: &Document, v: &Version) -> String {
        format!(
            "{}versions/{}/",
            site.permalink(&doc.lang, &doc.slug),
            v.dir
        )
    }

    fn version_json(
        &self,
        site: &Site,
        doc: &Document,
        view: &VersionView<'_>,
        t: &BTreeMap<String, String>,
    ) -> Value {
        let v = view.version;
        let summary = view.redline.as_ref().map(|r| &r.summary);
        json!({
            "dir": v.dir,
            "url": Self::version_url(site, doc, v),
            "date": self.date(v.date, &doc.lang),
            "effective": v.meta.effective.map(|d| self.date(d, &doc.lang)),
            "version": v.meta.version,
            "commit": v.commit,
            "short_commit": v.commit.as_ref().map(|c| c[..c.len().min(7)].to_string()),
            "uncommitted": v.commit.is_none(),
            "first": view.index == 0,
            "words_added": summary.map_or(0, |s| s.words_added),
            "words_removed": summary.map_or(0, |s| s.words_removed),
            "sections": summary.map(|s| s.sections.clone()).unwrap_or_default(),
            "subprocessors_added": view.added,
            "subprocessors_removed": view.removed,
            "summary": self.summary_text(view, t),
        })
    }

    /// One line for the index and the feed: what changed, in words.
    fn summary_text(&self, view: &VersionView<'_>, t: &BTreeMap<String, String>) -> String {
        let get = |k: &str| t.get(k).cloned().unwrap_or_default();
        let Some(r) = &view.redline else {
            return get("versions_first");
        };
        let mut parts = vec![
            get("versions_words_added").replace("{n}", &r.summary.words_added.to_string()),
            get("versions_words_removed").replace("{n}", &r.summary.words_removed.to_string()),
        ];
        if !r.summary.sections.is_empty() {
            parts.push(format!(
                "{} {}",
                get("versions_sections_changed"),
                r.summary.sections.join("; ")
            ));
        }
        if !view.added.is_empty() {
            parts.push(format!(
                "{} {}",
                get("versions_subprocessors_added"),
                view.added.join(", ")
            ));
        }
        if !view.removed.is_empty() {
            parts.push(format!(
                "{} {}",
                get("versions_subprocessors_removed"),
                view.removed.join(", ")
            ));
        }
        if r.is_empty() && view.added.is_empty() && view.removed.is_empty() {
            parts = vec![get("versions_no_text_change")];
        }
        parts.join(". ")
    }

    /// The archive of one document: the index, one page per version, and
    /// `index.json`; plus its feed entries.
    pub fn render_archive(
        &self,
        site: &Site,
        doc: &Document,
        versions: &Versions,
        sink: &(dyn Fn(OutputFile) -> Result<(), Diag> + Sync),
    ) -> Result<(usize, Vec<FeedEntry>), Diag> {
        let t = self
            .strings
            .for_lang(&doc.lang, &site.config.default_language);
        let views = self.version_views(site, doc, versions);
        let list: Vec<Value> = views
            .iter()
            .map(|v| self.version_json(site, doc, v, &t))
            .collect();
        let dir = site.page_dir(&doc.lang, &doc.slug);
        let doc_url = site.url(&doc.lang, &doc.slug);
        let title = &doc.front.title.value;
        let force = in_force(versions, crate::dates::today());
        let mut pages = 0;

        let mut ctx = self.base_context(site, &doc.lang, &t);
        let heading = format!("{}: {}", title, t.get("versions_title").map_or("", |s| s));
        ctx.insert("page_title", &format!("{heading} | {}", site.config.title));
        ctx.insert("description", &heading);
        ctx.insert(
            "canonical",
            &format!("{}versions/", site.permalink(&doc.lang, &doc.slug)),
        );
        ctx.insert("alternates", &Vec::<Value>::new());
        ctx.insert("switcher", &Vec::<Value>::new());
        let newest_first: Vec<&Value> = list.iter().rev().collect();
        ctx.insert(
            "archive",
            &json!({
                "title": title,
                "document_url": doc_url,
                "versions": newest_first,
                "in_force": force.current.map(|i| &list[i]),
                "upcoming": force.upcoming.map(|i| &list[i]),
            }),
        );
        sink(OutputFile {
            path: format!("{dir}versions/index.html"),
            bytes: self.render("versions.html", &ctx)?,
        })?;
        pages += 1;

        for view in &views {
            let v = view.version;
            let (body, offset) = body_of(&v.text);
            let rendered = crate::markdown::render(body, offset, &site.config.markdown);
            let mut ctx = self.base_context(site, &doc.lang, &t);
            let version_title = v.meta.title.clone().unwrap_or_else(|| title.clone());
            ctx.insert(
                "page_title",
                &format!("{version_title} ({}) | {}", v.date, site.config.title),
            );
            ctx.insert("description", &doc.front.description.value);
            ctx.insert("canonical", &Self::version_permalink(site, doc, v));
            ctx.insert("alternates", &Vec::<Value>::new());
            ctx.insert("switcher", &Vec::<Value>::new());
            let previous = view.index.checked_sub(1).map(|p| &list[p]);
            let next = list.get(view.index + 1);
            ctx.insert(
                "version",
                &json!({
                    "title": version_title,
                    "document_title": title,
                    "document_url": doc_url,
                    "index_url": format!("{doc_url}versions/"),
                    "info": list[view.index],
                    "previous": previous,
                    "next": next,
                    "in_force": force.current == Some(view.index),
                    "upcoming": force.upcoming == Some(view.index),
                    "has_redline": view.redline.is_some(),
                    "redline": view.redline.as_ref().map_or("", |r| r.html.as_str()),
                    "redline_by_lines": view.redline.as_ref().is_some_and(|r| r.by_lines),
                    "content": rendered.html,
                }),
            );
            sink(OutputFile {
                path: format!("{dir}versions/{}/index.html", v.dir),
                bytes: self.render("version.html", &ctx)?,
            })?;
            pages += 1;
        }

        sink(OutputFile {
            path: format!("{dir}index.json"),
            bytes: self
                .index_json(site, doc, versions, &views, force)
                .into_bytes(),
        })?;

        let entries = views
            .iter()
            .map(|view| {
                let v = view.version;
                let label = match &v.meta.version {
                    Some(n) => format!("{title} {n} ({})", v.date),
                    None => format!("{title} ({})", v.date),
                };
                FeedEntry {
                    lang: doc.lang.clone(),
                    id: Self::version_permalink(site, doc, v),
                    title: label,
                    link: Self::version_permalink(site, doc, v),
                    updated: v.date,
                    summary: self.summary_text(view, &t),
                    sort_key: (doc.key.clone(), view.index),
                }
            })
            .collect();
        Ok((pages, entries))
    }

    fn index_json(
        &self,
        site: &Site,
        doc: &Document,
        versions: &Versions,
        views: &[VersionView<'_>],
        force: InForce,
    ) -> String {
        let entry = |i: usize| {
            let view = &views[i];
            let v = view.version;
            let summary = view.redline.as_ref().map(|r| &r.summary);
            IndexVersion {
                version: v.meta.version.clone(),
                updated: v.date.to_string(),
                effective: v.meta.effective.map(|d| d.to_string()),
                url: Self::version_permalink(site, doc, v),
                commit: v.commit.clone(),
                words_added: summary.map_or(0, |s| s.words_added),
                words_removed: summary.map_or(0, |s| s.words_removed),
                subprocessors_added: view.added.clone(),
                subprocessors_removed: view.removed.clone(),
            }
        };
        let subprocessors = |i: Option<usize>| -> Vec<Subprocessor> {
            i.map(|i| versions.list[i].meta.subprocessors.clone())
                .unwrap_or_default()
        };
        let index = IndexJson {
            schema_version: 1,
            title: doc.front.title.value.clone(),
            lang: doc.lang.clone(),
            kind: doc.front.kind.value.as_str().to_string(),
            url: site.permalink(&doc.lang, &doc.slug),
            versions_url: format!("{}versions/", site.permalink(&doc.lang, &doc.slug)),
            current: force.current.map(entry),
            upcoming: force.upcoming.map(entry),
            subprocessors: subprocessors(force.current),
            upcoming_subprocessors: force.upcoming.map(|i| subprocessors(Some(i))),
            versions: (0..views.len()).rev().map(entry).collect(),
        };
        serde_json::to_string_pretty(&index).unwrap_or_default() + "\n"
    }
}

#[derive(Serialize)]
struct IndexVersion {
    version: Option<String>,
    updated: String,
    effective: Option<String>,
    url: String,
    commit: Option<String>,
    words_added: usize,
    words_removed: usize,
    subprocessors_added: Vec<String>,
    subprocessors_removed: Vec<String>,
}

#[derive(Serialize)]
struct IndexJson {
    schema_version: u32,
    title: String,
    lang: String,
    kind: String,
    url: String,
    versions_url: String,
    current: Option<IndexVersion>,
    upcoming: Option<IndexVersion>,
    subprocessors: Vec<Subprocessor>,
    upcoming_subprocessors: Option<Vec<Subprocessor>>,
    versions: Vec<IndexVersion>,
}

/// `changes.xml` for one language: every version of its documents, newest
/// first. Dates are the versions' own, so the feed only changes when a
/// version does.
pub fn atom_feed(site: &Site, lang: &str, title: &str, mut entries: Vec<FeedEntry>) -> String {
    entries.sort_by(|a, b| {
        (b.updated, &b.sort_key.0, b.sort_key.1).cmp(&(a.updated, &a.sort_key.0, a.sort_key.1))
    });
    let self_url = format!("{}changes.xml", site.permalink(lang, ""));
    let stamp = |d: jiff::civil::Date| format!("{d}T00:00:00Z");
    let updated = entries
        .iter()
        .map(|e| e.updated)
        .max()
        .map_or_else(|| "1970-01-01T00:00:00Z".to_string(), stamp);
    let author = site
        .config
        .organization
        .as_ref()
        .map(|o| o.name.trim())
        .filter(|n| !n.is_empty())
        .unwrap_or(site.config.title.as_str());
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    xml.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n<id>{}</id>\n<title>{}</title>\n<updated>{updated}</updated>\n<author><name>{}</name></author>\n<link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        escape_attr(lang),
        escape_attr(&self_url),
        escape_attr(title),
        escape_attr(author),
        escape_attr(&self_url),
        escape_attr(&site.permalink(lang, "")),
    ));
    for e in &entries {
        xml.push_str(&format!(
            "<entry>\n<id>{}</id>\n<title>{}</title>\n<updated>{}</updated>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n<summary>{}</summary>\n</entry>\n",
            escape_attr(&e.id),
            escape_attr(&e.title),
            stamp(e.updated),
            escape_attr(&e.link),
            escape_attr(&e.summary),
        ));
    }
    xml.push_str("</feed>\n");
    xml
}

/// Where a language's feed is written, relative to the output folder.
pub fn feed_path(site: &Site, lang: &str) -> String {
    format!("{}changes.xml", site.page_dir(lang, ""))
}
