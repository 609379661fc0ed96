//! `charter serve`: the site built into memory, served on localhost, rebuilt
//! on every save, with live reload and the linter's findings and evidence
//! (the compliance matrix of `charter lint --evidence`) on each page.
//!
//! A change to one document re-parses, re-lints and re-renders that document,
//! its translations, the home pages and the sitemap; a change to a template,
//! a rule pack or site.toml rebuilds everything. A broken input shows an error
//! page and the server keeps running; the next save tries again.

pub mod events;
pub mod http;
pub mod overlay;
pub mod server;
pub mod watch;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::Instant;

use serde_json::json;

use crate::diagnostic::Diag;
use crate::lint::Finding;
use crate::lint::evidence::Matrix;
use crate::pipeline::{Build, Plan};
use crate::render;
use crate::report::Verbosity;
use crate::site_files::{self, SiteRoot};
use crate::{load, report};
use http::Served;

/// Everything kept between rebuilds.
struct Built {
    build: Build,
    /// Findings by source file name.
    findings: BTreeMap<String, Vec<Finding>>,
}

/// Owns the parsed site and updates what the server shows.
pub struct Builder {
    root: PathBuf,
    built: Option<Built>,
    /// Whether the last rebuild failed (then the next change rebuilds everything).
    broken: bool,
    version: u64,
    served: Arc<RwLock<Served>>,
    verbosity: Verbosity,
}

/// What one rebuild did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rebuilt {
    Full { pages: usize },
    Incremental { changed: String, pages: Vec<String> },
    Failed { problems: usize },
}

impl Builder {
    pub fn new(root: PathBuf, served: Arc<RwLock<Served>>, verbosity: Verbosity) -> Self {
        Builder {
            root,
            built: None,
            broken: false,
            version: 0,
            served,
            verbosity,
        }
    }

    pub fn version(&self) -> u64 {
        self.version
    }

    /// Rebuilds for a set of changed paths: one document incrementally when
    /// possible, everything otherwise.
    /// `None` when nothing that matters changed (an editor's temporary file
    /// that is already gone).
    pub fn rebuild(&mut self, changed: &[PathBuf]) -> Option<Rebuilt> {
        let started = Instant::now();
        // A file that is already gone matters when it was a document, or
        // anything but a file in content/ (an editor's temporary file):
        // site.toml, a template or a pack deleted, or content/ moved away.
        let content = self.root.join(load::CONTENT_DIR);
        let changed: Vec<&PathBuf> = changed
            .iter()
            .filter(|p| {
                p.symlink_metadata().is_ok()
                    || self.is_source(p)
                    || !p.starts_with(&content)
                    || **p == content
            })
            .collect();
        if changed.is_empty() {
            return None;
        }
        let result = match changed.as_slice() {
            [one] if !self.broken && one.is_file() && self.is_source(one) => self.incremental(one),
            _ => self.full(),
        };
        Some(self.finish(result, started))
    }

    /// The first build, before serving.
    pub fn initial(&mut self) -> Rebuilt {
        let started = Instant::now();
        let result = self.full();
        self.finish(result, started)
    }

    fn finish(&mut self, result: Result<Rebuilt, Vec<Diag>>, started: Instant) -> Rebuilt {
        self.version += 1;
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        let rebuilt = match result {
            Ok(r) => {
                self.broken = false;
                r
            }
            Err(diags) => {
                self.broken = true;
                report::eprint(&diags);
                let text = report::render_human(&diags, false);
                if let Ok(mut served) = self.served.write() {
                    served.error = Some(http::error_page(&text));
                }
                Rebuilt::Failed {
                    problems: diags.len(),
                }
            }
        };
        let status = match &rebuilt {
            Rebuilt::Full { pages } => {
                json!({"version": self.version, "kind": "full", "pages": pages, "ms": ms})
            }
            Rebuilt::Incremental { changed, pages } => {
                json!({"version": self.version, "kind": "incremental", "changed": changed, "pages": pages, "ms": ms})
            }
            Rebuilt::Failed { problems } => {
                json!({"version": self.version, "kind": "failed", "problems": problems, "ms": ms})
            }
        };
        if let Ok(mut served) = self.served.write() {
            served.status = status.to_string();
        }
        if self.verbosity != Verbosity::Quiet {
            match &rebuilt {
                Rebuilt::Full { pages } => {
                    eprintln!("Rebuilt everything ({pages} pages) in {ms:.0} ms")
                }
                Rebuilt::Incremental { changed, pages } => {
                    eprintln!("Rebuilt {changed} ({} pages) in {ms:.0} ms", pages.len())
                }
                Rebuilt::Failed { problems } => {
                    eprintln!(
                        "The site cannot be built ({problems} problem(s)); serving an error page until the next save."
                    )
                }
            }
        }
        rebuilt
    }

    /// Whether `path` is a document of the current site.
    fn is_source(&self, path: &Path) -> bool {
        let Some(built) = &self.built else {
            return false;
        };
        let rel = site_files::relative_name(&self.root, path);
        built
            .build
            .site
            .documents
            .iter()
            .any(|d| d.source.name == rel)
    }

    fn full(&mut self) -> Result<Rebuilt, Vec<Diag>> {
        let build = Build::open(&self.root, &Plan::memory())?;
        // One run of the rules gives the findings and each page's evidence.
        let (findings, matrices) = build.lint_with_evidence(|_| true);
        let findings = group(findings);
        let evidence = by_file(matrices);
        let files = build.pages()?;
        report::print_findings(findings.values().flatten().map(|f| &f.diag), self.verbosity);
        let pages = files.iter().filter(|f| f.path.ends_with(".html")).count();
        let built = Built { build, findings };
        if let Ok(mut served) = self.served.write() {
            served.files = files
                .into_iter()
                .map(|f| (f.path, Arc::from(f.bytes)))
                .collect();
            served.panels = panels(&built, &evidence);
            served.error = None;
        }
        self.built = Some(built);
        Ok(Rebuilt::Full { pages })
    }

    fn incremental(&mut self, path: &Path) -> Result<Rebuilt, Vec<Diag>> {
        let rel = site_files::relative_name(&self.root, path);
        let Some(built) = self.built.as_mut() else {
            return self.full();
        };
        // Checked on every rebuild: a document replaced by a link to a file
        // outside the site is refused, unread, as the full build refuses it.
        if let Err(refused) = SiteRoot::new(&self.root).resolve(path) {
            return Err(vec![refused.diag("content", &rel)]);
        }
        let mut file =
            load::read_content_file(path, &rel, &built.build.site.config).map_err(|d| vec![d])?;
        // History only changes with a commit; the text's versions are remade.
        file.history = built
            .build
            .site
            .documents
            .iter()
            .find(|d| d.source.name == rel)
            .and_then(|d| d.versions.as_ref())
            .map(|v| Arc::clone(&v.history));
        let doc = crate::site::parse_document(file, &built.build.site.config)?;
        let same_place = built.build.site.documents.iter().any(|d| {
            d.source.name == rel && d.slug == doc.slug && d.lang == doc.lang && d.key == doc.key
        });
        if !same_place {
            // Its URL or translation group changed: links elsewhere change too.
            return self.full();
        }
        let key = doc.key.clone();
        let previous = built.build.site.replace(doc);
        let site = &built.build.site;
        let Some(renderer) = built.build.renderer() else {
            return Err(vec![Diag::error(
                "serve.no-pages",
                "the site was loaded without its theme",
            )]);
        };
        // Home pages and the sitemap show only these; if none changed, they stay.
        let listing_changed = previous.is_none_or(|old| {
            let new = site.documents.iter().find(|d| d.source.name == rel);
            new.is_none_or(|new| {
                old.front.title.value != new.front.title.value
                    || old.front.description.value != new.front.description.value
                    || old.front.updated.value != new.front.updated.value
                    || old.front.effective.value != new.front.effective.value
            })
        });

        // The document and its translations: lint and render again.
        let (fresh, matrices) = built.build.lint_with_evidence(|d| d.key == key);
        let fresh = group(fresh);
        let evidence = by_file(matrices);
        report::print_findings(fresh.values().flatten().map(|f| &f.diag), self.verbosity);
        let mut pages: Vec<(String, Vec<u8>)> = Vec::new();
        let mut panels = Vec::new();
        let mut problems = Vec::new();
        for d in site.translations_of(&key) {
            built.findings.remove(&d.source.name);
            let path = render::document_path(site, d);
            let panel = overlay::panel(
                d,
                fresh.get(&d.source.name).map_or(&[][..], Vec::as_slice),
                evidence.get(&d.source.name),
            );
            panels.push((path.clone(), panel));
            match renderer.render_document(site, d) {
                Ok(bytes) => pages.push((path, bytes)),
                Err(e) => problems.push(e),
            }
        }
        built.findings.extend(fresh);
        if listing_changed {
            for home in &site.homes {
                match renderer.render_home(site, &home.lang) {
                    Ok(bytes) => pages.push((render::home_path(site, &home.lang), bytes)),
                    Err(e) => problems.push(e),
                }
            }
            pages.push(("sitemap.xml".into(), render::sitemap(site).into_bytes()));
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let names: Vec<String> = pages.iter().map(|(p, _)| p.clone()).collect();
        if let Ok(mut served) = self.served.write() {
            for (path, bytes) in pages {
                served.files.insert(path, Arc::from(bytes));
            }
            for (path, panel) in panels {
                served.panels.insert(path, panel);
            }
            served.error = None;
        }
        Ok(Rebuilt::Incremental {
            changed: rel,
            pages: names,
        })
    }
}

fn group(findings: Vec<Finding>) -> BTreeMap<String, Vec<Finding>> {
    let mut by_file: BTreeMap<String, Vec<Finding>> = BTreeMap::new();
    for f in findings {
        by_file
            .entry(f.diag.file_name().unwrap_or("").to_string())
            .or_default()
            .push(f);
    }
    by_file
}

/// Compliance matrices by source file name.
fn by_file(matrices: Vec<Matrix>) -> HashMap<String, Matrix> {
    matrices.into_iter().map(|m| (m.file.clone(), m)).collect()
}

/// The panel (findings and evidence) of every document page that has one.
fn panels(built: &Built, evidence: &HashMap<String, Matrix>) -> HashMap<String, String> {
    built
        .build
        .site
        .documents
        .iter()
        .filter_map(|d| {
            let findings = built
                .findings
                .get(&d.source.name)
                .map_or(&[][..], Vec::as_slice);
            let panel = overlay::panel(d, findings, evidence.get(&d.source.name));
            (!panel.is_empty()).then(|| (render::document_path(&built.build.site, d), panel))
        })
        .collect()
}
