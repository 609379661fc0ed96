//! The stages in order: load → parse → lint → render → write.
//!
//! [`Build`] is the one build every command drives: it loads and parses the
//! site, compiles its rules (and, when pages are made, its theme), then
//! lints, renders and writes through a sink, the output folder
//! ([`Build::publish`], `charter build`) or memory ([`Build::pages`],
//! `charter serve`). `charter lint` and `charter facts` open it without
//! pages; files outside a site are linted as a standalone site
//! ([`Build::standalone`]). The language server keeps a build per site
//! across edits ([`Build::for_editor`]: the editor's unsaved buffers, with
//! rules compiled once), puts each edited document in place
//! ([`Build::replace_document`]) and lints its translation group
//! ([`Build::lint_documents`]); a file outside any site is linted from its
//! text ([`Build::lint_text`]). This is the one place that decides the
//! stages' order; commands never reach into the stages themselves.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use rayon::prelude::*;

use crate::config::SiteConfig;
use crate::diagnostic::{Diag, Severity};
use crate::lint::{FactNeed, Finding, Linter};
use crate::render::{DocumentFiles, Renderer};
use crate::site::{self, Document, Site};
use crate::theme::Theme;
use crate::write::OutputFile;
use crate::{load, site_files, write};

/// What `charter build` was asked to do.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub root: PathBuf,
    /// Overrides `output_dir` (relative to the current directory).
    pub output: Option<PathBuf>,
    /// Overrides `base_url`.
    pub base_url: Option<String>,
    /// Publish despite error-level lint findings.
    pub allow_lint_errors: bool,
    /// A shallow clone is an error (`[history] require_full`).
    pub require_history: bool,
}

/// What a successful build produced.
#[derive(Debug)]
pub struct BuildSummary {
    pub output: PathBuf,
    pub pages: usize,
    pub languages: usize,
    /// Every lint finding (errors only when `allow_lint_errors` was set).
    pub findings: Vec<Finding>,
    /// Wall time of each stage, in order.
    pub timings: Vec<(&'static str, std::time::Duration)>,
    /// Output files written, and kept unchanged from the previous build.
    pub files: write::WriteCounts,
}

/// Why a build did not publish.
#[derive(Debug)]
pub enum BuildError {
    /// The input is broken: exit 2.
    Broken(Vec<Diag>),
    /// The linter found errors: exit 1. All findings, for the report.
    Lint(Vec<Finding>),
}

impl From<Vec<Diag>> for BuildError {
    fn from(d: Vec<Diag>) -> Self {
        BuildError::Broken(d)
    }
}

fn load_site_from(
    root: &Path,
    config: SiteConfig,
    base_url: Option<&str>,
    markdown: site::Markdown,
) -> Result<Site, Vec<Diag>> {
    let mut sources = load::load_with(root, config)?;
    if let Some(url) = base_url {
        sources.config.base_url = url.to_string();
    }
    site::parse_with(sources, markdown)
}

/// Load and parse for an editor: the site at `root`, with the text of some
/// content files given instead of read from disk.
fn load_with_buffers(root: &Path, buffers: &BTreeMap<String, Arc<str>>) -> Result<Site, Vec<Diag>> {
    let mut sources = load::load_with(root, load::read_config(root)?)?;
    let mut problems = Vec::new();
    for (name, text) in buffers {
        let source = match site_files::decode(name, text.as_bytes().to_vec()) {
            Ok(source) => source,
            Err(d) => {
                problems.push(d);
                continue;
            }
        };
        match sources.files.iter_mut().find(|f| f.source.name == *name) {
            // Its git history stays: only a commit changes that.
            Some(file) => file.source = source,
            None => match load::content_file(source, &sources.config) {
                Ok(file) => sources.files.push(file),
                Err(d) => problems.push(d),
            },
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    site::parse_with(sources, site::Markdown::Later)
}

/// What a [`Build`] is opened for.
#[derive(Debug, Clone)]
pub struct Plan {
    /// Overrides `base_url`.
    pub base_url: Option<String>,
    /// A shallow clone is an error (`[history] require_full`).
    pub require_history: bool,
    /// Where pages go, if any are made.
    pub output: Output,
    /// Parse every document's Markdown at load (`serve`, which keeps the
    /// pages to re-render one later), or a translation group at a time.
    pub markdown: site::Markdown,
}

/// Where a build's pages go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    /// No pages: lint, evidence, facts.
    None,
    /// Pages in memory (`charter serve`).
    Memory,
    /// The output folder: `--output`, else `output_dir` below the root.
    Folder(Option<PathBuf>),
}

impl Plan {
    /// Findings only (`charter lint`, `charter facts`).
    pub fn lint() -> Plan {
        Plan {
            base_url: None,
            require_history: false,
            output: Output::None,
            markdown: site::Markdown::Later,
        }
    }

    /// Pages in memory, every document's Markdown kept (`charter serve`).
    pub fn memory() -> Plan {
        Plan {
            output: Output::Memory,
            markdown: site::Markdown::Now,
            ..Plan::lint()
        }
    }

    /// What `charter build` was asked to do.
    pub fn folder(options: &BuildOptions) -> Plan {
        Plan {
            base_url: options.base_url.clone(),
            require_history: options.require_history,
            output: Output::Folder(options.output.clone()),
            markdown: site::Markdown::Later,
        }
    }
}

/// A site loaded and parsed, with its rules compiled and, when pages are
/// made, its theme and templates: the one value every command drives
/// through the stages.
pub struct Build {
    pub site: Site,
    pub linter: Linter,
    /// When pages are made.
    pages: Option<Pages>,
}

/// What a build that makes pages holds beside the site.
struct Pages {
    theme: Theme,
    renderer: Renderer,
    /// The output folder, checked as safe to replace, for [`Build::publish`];
    /// `None` for pages in memory.
    folder: Option<PathBuf>,
}

impl Build {
    /// Load and parse the site at `root`, compiling its rules (and theme)
    /// beside it: they need only site.toml. A dangerous output folder is
    /// refused before the rules' or the theme's problems are looked at.
    pub fn open(root: &Path, plan: &Plan) -> Result<Build, Vec<Diag>> {
        let mut config = load::read_config(root)?;
        config.history.require_full |= plan.require_history;
        Build::open_with(root, config, plan)
    }

    /// [`Build::open`] with site.toml already read.
    pub fn open_with(root: &Path, config: SiteConfig, plan: &Plan) -> Result<Build, Vec<Diag>> {
        let pages = plan.output != Output::None;
        // The vocabularies compile beside the loading: they need only
        // site.toml's languages. The templates compile as soon as the site
        // and the theme are there, while the other core still compiles
        // vocabularies and rules, instead of alone after them.
        let ((site, theme, renderer), (linter, ())) = rayon::join(
            || {
                let (site, theme) = rayon::join(
                    || {
                        load_site_from(
                            root,
                            config.clone(),
                            plan.base_url.as_deref(),
                            plan.markdown,
                        )
                    },
                    || pages.then(|| Theme::load(root, &config.theme)),
                );
                let renderer = match (&site, &theme) {
                    (Ok(site), Some(Ok(theme))) => Some(Renderer::new(site, theme)),
                    _ => None,
                };
                (site, theme, renderer)
            },
            || rayon::join(|| Linter::new(root, &config), || Linter::warm_up(&config)),
        );
        let site = site?;
        let folder = match &plan.output {
            Output::Folder(chosen) => {
                let output = chosen
                    .clone()
                    .unwrap_or_else(|| site.root.join(&site.config.output_dir));
                check_output_dir(&site, &output)?;
                Some(output)
            }
            Output::None | Output::Memory => None,
        };
        let linter = linter?;
        let pages = match theme {
            Some(theme) => {
                let theme = theme?;
                // Compiled beside the rules: the site and the theme loaded.
                let renderer = match renderer {
                    Some(renderer) => renderer?,
                    None => Renderer::new(&site, &theme)?,
                };
                Some(Pages {
                    theme,
                    renderer,
                    folder,
                })
            }
            None => None,
        };
        Ok(Build {
            site,
            linter,
            pages,
        })
    }

    /// Files outside any site (`charter lint FILE`), as a site of their own
    /// whose documents are already parsed.
    pub fn standalone(site: Site, linter: Linter) -> Build {
        Build {
            site,
            linter,
            pages: None,
        }
    }

    /// The language server's build of the site at `root`, linted with
    /// `linter` (compiled once and kept across loads): [`Build::open`]
    /// without pages, with the text of some content files given instead of
    /// read from disk (the editor's unsaved buffers, by name relative to the
    /// root, e.g. `content/privacy.md`). A buffer of a file not yet on disk
    /// is added to the site. When the site cannot be loaded, the linter
    /// comes back with the problems, for the next attempt.
    pub fn for_editor(
        root: &Path,
        linter: Linter,
        buffers: &BTreeMap<String, Arc<str>>,
    ) -> Result<Build, (Linter, Vec<Diag>)> {
        match load_with_buffers(root, buffers) {
            Ok(site) => Ok(Build {
                site,
                linter,
                pages: None,
            }),
            Err(problems) => Err((linter, problems)),
        }
    }

    /// The compiled rules, without the site.
    pub fn into_linter(self) -> Linter {
        self.linter
    }

    /// Parses `text` as the new content of the site's document `name` (an
    /// editor's buffer) and puts it in the old one's place, keeping its git
    /// history, as [`Build::for_editor`] would have read it. `Ok(false)`,
    /// with the site unchanged, when only loading the whole site again is
    /// right: `name` is not one of its documents yet, or its URL changed
    /// (the checks of unique URLs run on the whole site). On a parse error
    /// the site keeps the previous version.
    pub fn replace_document(&mut self, name: &str, text: &str) -> Result<bool, Vec<Diag>> {
        let site = &mut self.site;
        let Some(old) = site.documents.iter().find(|d| d.source.name == name) else {
            return Ok(false);
        };
        let history = old.versions.as_ref().map(|v| Arc::clone(&v.history));
        let slug = old.slug.clone();
        let source = site_files::decode(name, text.as_bytes().to_vec()).map_err(|d| vec![d])?;
        let mut file = load::content_file(source, &site.config).map_err(|d| vec![d])?;
        file.history = history;
        let doc = site::parse_document_with(file, &site.config, site::Markdown::Later)?;
        if doc.slug != slug {
            return Ok(false);
        }
        site.replace(doc);
        Ok(true)
    }

    /// A file outside any site, from its text (an editor's buffer), linted
    /// with this build's rules and settings as `charter lint FILE` lints
    /// it: a standalone document. `path` is where the file is, `name` what
    /// messages call it.
    pub fn lint_text(
        &self,
        path: &Path,
        name: &str,
        text: &str,
        jurisdictions: &[String],
    ) -> Result<Vec<Finding>, Vec<Diag>> {
        let config = &self.site.config;
        let source = site_files::decode(name, text.as_bytes().to_vec()).map_err(|d| vec![d])?;
        let doc = crate::standalone::from_text(&source, path, config, jurisdictions);
        let root = path.parent().unwrap_or(path).to_path_buf();
        let site = Site::standalone(config.clone(), root, vec![doc]);
        Ok(self.linter.lint(&site, |_| true))
    }

    /// The templates, when the build makes pages.
    pub fn renderer(&self) -> Option<&Renderer> {
        self.pages.as_ref().map(|pages| &pages.renderer)
    }

    /// The documents `include` accepts, linted a translation group at a
    /// time, with the findings about site.toml and the theme. Findings in
    /// their stable order.
    pub fn lint(
        &self,
        include: &(dyn Fn(&Document) -> bool + Sync),
    ) -> Result<Vec<Finding>, Vec<Diag>> {
        if self.site.is_standalone() {
            // Parsed when read: nothing to stream.
            return Ok(self.linter.lint(&self.site, include));
        }
        // The site's own findings beside the documents', not alone after them.
        let (mut findings, documents) =
            rayon::join(|| self.site_findings(), || self.lint_documents(include));
        findings.append(&mut documents?);
        crate::lint::sort(&mut findings);
        Ok(findings)
    }

    /// The findings about site.toml and the theme rather than a document,
    /// which [`Build::lint`] adds to [`Build::lint_documents`]'.
    pub fn site_findings(&self) -> Vec<Finding> {
        self.linter.site_level(&self.site)
    }

    /// [`Build::lint`] without the findings about site.toml and the theme:
    /// those of the documents `include` accepts, in their stable order. The
    /// language server lints one translation group at a time with it.
    pub fn lint_documents(
        &self,
        include: &(dyn Fn(&Document) -> bool + Sync),
    ) -> Result<Vec<Finding>, Vec<Diag>> {
        let (site, linter) = (&self.site, &self.linter);
        linter.prepare(site, include);
        let mut findings = Vec::new();
        let mut problems = Vec::new();
        for group in for_each_group(site, site::Html::No, include, |docs| {
            // Each group sorted on its own core: the final sort then merges
            // long sorted runs instead of sorting hundreds of thousands of
            // findings on one core.
            let mut found = linter.lint_group(site, docs, include);
            crate::lint::sort(&mut found);
            found
        }) {
            match group {
                Ok(mut f) => findings.append(&mut f),
                Err(mut d) => problems.append(&mut d),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        crate::lint::sort(&mut findings);
        Ok(findings)
    }

    /// The compliance matrix of each document `include` accepts, in site
    /// order (`charter lint --evidence`).
    pub fn evidence(
        &self,
        include: &(dyn Fn(&Document) -> bool + Sync),
    ) -> Result<Vec<crate::lint::evidence::Matrix>, Vec<Diag>> {
        let (site, linter) = (&self.site, &self.linter);
        linter.prepare(site, include);
        flatten(for_each_group(site, site::Html::No, include, |docs| {
            linter.evidence_group(site, docs, include)
        }))
    }

    /// The findings of the documents `include` accepts and, from the same
    /// run of the rules, each one's compliance matrix (`charter serve`
    /// shows both on each page). Needs the Markdown parsed at load.
    pub fn lint_with_evidence(
        &self,
        include: impl Fn(&Document) -> bool + Sync,
    ) -> (Vec<Finding>, Vec<crate::lint::evidence::Matrix>) {
        self.linter.lint_with_evidence(&self.site, include)
    }

    /// What each document's rules need to know, fact by fact, in site order
    /// (`charter facts`): the same decisions `charter lint` makes, without
    /// running the checks.
    pub fn fact_needs(&self) -> Result<Vec<(String, Vec<FactNeed>)>, Vec<Diag>> {
        let (site, linter) = (&self.site, &self.linter);
        flatten(for_each_group(site, site::Html::No, &|_| true, |docs| {
            docs.iter()
                .map(|doc| (doc.source.name.clone(), linter.fact_needs(site, doc)))
                .collect()
        }))
    }

    /// Every file of the site in memory, in path order (`charter serve`,
    /// whose documents' Markdown was parsed at load).
    pub fn pages(&self) -> Result<Vec<OutputFile>, Vec<Diag>> {
        let Some(Pages {
            theme, renderer, ..
        }) = &self.pages
        else {
            return Ok(Vec::new());
        };
        let site = &self.site;
        let out = std::sync::Mutex::new(Vec::new());
        let sink = |file: OutputFile| {
            if let Ok(mut out) = out.lock() {
                out.push(file);
            }
            Ok(())
        };
        let per_document: Vec<DocumentFiles> = site
            .documents
            .par_iter()
            .map(|doc| renderer.render_document_files(site, doc, &sink))
            .collect();
        let mut all = DocumentFiles::default();
        for files in per_document {
            all.absorb(files);
        }
        let index = renderer.render_index_files(site, theme, &sink);
        renderer.render_feeds(site, all, index, &sink)?;
        let mut out = out.into_inner().unwrap_or_default();
        out.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(out)
    }

    /// `charter build` after [`Build::open`] with an output folder: each
    /// translation group goes through Markdown, lint, render and write on
    /// one thread, groups on all cores; a page is on disk (in the staging
    /// folder) as soon as it exists, and only the sources and the findings
    /// stay in memory. Once a lint error refuses the build, the remaining
    /// groups are only linted. On any error nothing is written.
    pub fn publish(
        &self,
        allow_lint_errors: bool,
        progress: &dyn Progress,
        mut timings: Timings,
    ) -> Result<BuildSummary, BuildError> {
        let Some(Pages {
            theme,
            renderer,
            folder: Some(output),
        }) = &self.pages
        else {
            return Err(BuildError::Broken(vec![Diag::error(
                "build.no-output",
                "this build was opened without an output folder",
            )]));
        };
        let (site, linter) = (&self.site, &self.linter);
        let output = output.clone();
        let everything = |_: &Document| true;
        linter.prepare(site, everything);
        timings.mark("templates and rule patterns");

        let staging = write::Staging::begin(&site.root, &output).map_err(|d| vec![d])?;
        let write = |file: crate::write::OutputFile| staging.write(&file);
        let refused = AtomicBool::new(false);
        progress.stage("Building", Some(site.documents.len()));
        // Home pages, sitemap and the like need only the front matter: they are
        // made beside the documents (their problems are reported in their turn).
        // The findings about site.toml and the theme too, not alone after them.
        let (groups, (index_pages, mut findings)) = rayon::join(
            || {
                for_each_group(site, site::Html::Yes, &everything, |docs| {
                    let findings = linter.lint_group(site, docs, everything);
                    if !allow_lint_errors
                        && findings.iter().any(|f| f.severity() == Severity::Error)
                    {
                        refused.store(true, Ordering::Relaxed);
                    }
                    let mut files = DocumentFiles::default();
                    for doc in docs {
                        if !refused.load(Ordering::Relaxed) {
                            files.absorb(renderer.render_document_files(site, doc, &write));
                        }
                        progress.step();
                    }
                    (findings, files)
                })
            },
            || {
                (
                    renderer.render_index_files(site, theme, &write),
                    linter.site_level(site),
                )
            },
        );
        let mut files = DocumentFiles::default();
        let mut problems = Vec::new();
        for group in groups {
            match group {
                Ok((mut f, d)) => {
                    findings.append(&mut f);
                    files.absorb(d);
                }
                Err(mut d) => problems.append(&mut d),
            }
        }
        crate::lint::sort(&mut findings);
        timings.mark("markdown, lint, render and write (home pages and sitemap beside them)");
        // Broken input first (exit 2), then lint errors (exit 1).
        problems.append(&mut files.problems);
        if !problems.is_empty() {
            staging.abandon();
            return Err(problems.into());
        }
        let lint_errors = findings.iter().any(|f| f.severity() == Severity::Error);
        if refused.load(Ordering::Relaxed) || (!allow_lint_errors && lint_errors) {
            staging.abandon();
            return Err(BuildError::Lint(findings));
        }
        let pages = match renderer.render_feeds(site, files, index_pages, &write) {
            Ok(pages) => pages,
            Err(problems) => {
                staging.abandon();
                return Err(problems.into());
            }
        };
        timings.mark("feeds");
        let files = staging.counts();
        staging.commit().map_err(|d| vec![d])?;
        timings.mark("swap");
        Ok(BuildSummary {
            output,
            pages,
            languages: site.config.languages.len(),
            findings,
            timings: timings.stages,
            files,
        })
    }
}

/// `charter build`, reporting its progress: [`Build::open`] with the
/// output folder, then [`Build::publish`]. For the command line, which
/// exits right after: the build (the site's sources, the compiled rules and
/// templates) is left to the end of the process, not freed.
pub fn build_with(
    options: &BuildOptions,
    progress: &dyn Progress,
) -> Result<BuildSummary, BuildError> {
    let mut timings = Timings::default();
    progress.stage("Reading", None);
    let build = Build::open(&options.root, &Plan::folder(options))?;
    timings.mark("load and parse (rules and theme beside it)");
    let built = build.publish(options.allow_lint_errors, progress, timings);
    // Freeing it, allocation by allocation and mostly memory the workers
    // allocated, took the main thread's time before the report (about 0.4%
    // of a 300-page build's samples); the process ends next and returns it
    // whole.
    std::mem::forget(build);
    built
}

/// Refuses an output folder that is not safe to replace (the site itself,
/// a folder holding it, …), pointing at site.toml's `output_dir`.
fn check_output_dir(site: &Site, output: &Path) -> Result<(), Vec<Diag>> {
    write::check_output_dir(&site.root, output).map_err(|why| {
        let span = site.config.output_dir_span.clone();
        vec![
            Diag::error(
                "output.unsafe",
                format!("refusing to write the site to {}: {why}", output.display()),
            )
            .at(&site.config.source, span, "output folder set here")
            .help("choose a folder of its own, such as output_dir = \"public\""),
        ]
    })
}

/// Markdown, then `each`, a translation group at a time, groups in parallel
/// and in site order. A group's documents come with their Markdown rendered
/// (HTML too if `html`); it is dropped when `each` returns, so the site's
/// text and HTML are never all in memory at once. Groups with no document
/// `include` accepts are skipped; Markdown errors are collected, and such a
/// group is not handed to `each`.
fn for_each_group<T: Send>(
    site: &Site,
    html: site::Html,
    include: &(dyn Fn(&Document) -> bool + Sync),
    each: impl Fn(&[Document]) -> T + Sync,
) -> Vec<Result<T, Vec<Diag>>> {
    site.groups()
        .into_par_iter()
        .filter(|group| group.iter().any(|&i| include(&site.documents[i])))
        .map(|group| {
            let mut docs = Vec::with_capacity(group.len());
            let mut problems = Vec::new();
            // A small site's groups render side by side too (`Site::is_small`).
            let render = |&i: &usize| {
                let doc = &site.documents[i];
                site::render_markdown(doc, &site.config, html).map(|rendered| Document {
                    rendered,
                    ..doc.clone()
                })
            };
            let rendered: Vec<_> = if site.is_small() {
                group.par_iter().map(render).collect()
            } else {
                group.iter().map(render).collect()
            };
            for r in rendered {
                match r {
                    Ok(doc) => docs.push(doc),
                    Err(d) => problems.push(d),
                }
            }
            if problems.is_empty() {
                Ok(each(&docs))
            } else {
                Err(problems)
            }
        })
        .collect()
}

/// The groups' results in order, or every group's problems.
fn flatten<T>(groups: Vec<Result<Vec<T>, Vec<Diag>>>) -> Result<Vec<T>, Vec<Diag>> {
    let mut all = Vec::new();
    let mut problems = Vec::new();
    for group in groups {
        match group {
            Ok(mut items) => all.append(&mut items),
            Err(mut d) => problems.append(&mut d),
        }
    }
    if problems.is_empty() {
        Ok(all)
    } else {
        Err(problems)
    }
}

/// Told how far a long build is; the command line draws a progress bar with
/// it. Called from several threads at once.
pub trait Progress: Sync {
    /// A stage begins, with `total` steps (documents), or `None` if unknown.
    fn stage(&self, name: &'static str, total: Option<usize>);
    /// One step of the current stage is done.
    fn step(&self);
}

/// No progress is shown (pipes, tests, `--quiet`).
pub struct Silent;

impl Progress for Silent {
    fn stage(&self, _: &'static str, _: Option<usize>) {}
    fn step(&self) {}
}

/// Wall time per stage, for `--verbose` and for finding where time goes.
#[derive(Debug)]
pub struct Timings {
    last: std::time::Instant,
    stages: Vec<(&'static str, std::time::Duration)>,
}

impl Default for Timings {
    fn default() -> Self {
        Timings {
            last: std::time::Instant::now(),
            stages: Vec::new(),
        }
    }
}

impl Timings {
    fn mark(&mut self, stage: &'static str) {
        let now = std::time::Instant::now();
        self.stages.push((stage, now - self.last));
        self.last = now;
    }
}
