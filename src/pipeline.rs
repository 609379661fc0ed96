//! The stages in order: load → parse → lint → render → write.
//!
//! Each stage takes the previous stage's value and returns the next; this is
//! the one place that decides their order. Commands call these functions and
//! never reach into the stages themselves.

use std::path::{Path, PathBuf};

use crate::diagnostic::{Diag, Severity};
use crate::lint::{Finding, Linter};
use crate::render::Renderer;
use crate::site::{self, Site};
use crate::theme::Theme;
use crate::{load, write};

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

/// Load and parse: the site as the linter and the renderer see it.
pub fn load_site(root: &Path, base_url: Option<&str>) -> Result<Site, Vec<Diag>> {
    let mut sources = load::load(root)?;
    if let Some(url) = base_url {
        sources.config.base_url = url.to_string();
    }
    site::parse(sources)
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

/// Lint: the site's rules compiled once, and every finding in stable order.
pub fn lint(site: &Site) -> Result<(Linter, Vec<Finding>), Vec<Diag>> {
    lint_with(site, &Silent)
}

fn lint_with(site: &Site, progress: &dyn Progress) -> Result<(Linter, Vec<Finding>), Vec<Diag>> {
    let linter = Linter::new(&site.root, &site.config)?;
    progress.stage("Linting", Some(site.documents.len()));
    let findings = linter.lint_each(site, |_| true, &|| progress.step());
    Ok((linter, findings))
}

/// Where the site is written: `--output`, else `output_dir` below the root.
pub fn output_dir(site: &Site, options: &BuildOptions) -> PathBuf {
    match &options.output {
        Some(o) => o.clone(),
        None => site.root.join(&site.config.output_dir),
    }
}

/// The whole build. On any error nothing is written.
pub fn build(options: &BuildOptions) -> Result<BuildSummary, BuildError> {
    build_with(options, &Silent)
}

/// `build`, reporting its progress.
pub fn build_with(
    options: &BuildOptions,
    progress: &dyn Progress,
) -> Result<BuildSummary, BuildError> {
    let mut timings = Timings::default();
    progress.stage("Reading", None);
    let site = load_site(&options.root, options.base_url.as_deref())?;
    timings.mark("load and parse");
    let output = output_dir(&site, options);
    // Refuse a dangerous output folder before doing any work.
    if let Err(why) = write::check_output_dir(&site.root, &output) {
        let span = site.config.output_dir_span.clone();
        return Err(vec![
            Diag::error(
                "output.unsafe",
                format!("refusing to write the site to {}: {why}", output.display()),
            )
            .at(&site.config.source, span, "output folder set here")
            .help("choose a folder of its own, such as output_dir = \"public\""),
        ]
        .into());
    }
    let (_, findings) = lint_with(&site, progress)?;
    timings.mark("lint");
    if !options.allow_lint_errors && findings.iter().any(|f| f.severity() == Severity::Error) {
        return Err(BuildError::Lint(findings));
    }
    // Render and write together: each page goes to disk as soon as it exists.
    let theme = Theme::load(&site.root, &site.config.theme)?;
    let renderer = Renderer::new(&site, &theme)?;
    let staging = write::Staging::begin(&site.root, &output).map_err(|d| vec![d])?;
    progress.stage("Writing", None);
    let write = |file: crate::render::OutputFile| -> Result<(), Diag> {
        staging.write(&file)?;
        progress.step();
        Ok(())
    };
    let pages = match renderer.render_each(&site, &theme, &write) {
        Ok(pages) => pages,
        Err(problems) => {
            staging.abandon();
            return Err(problems.into());
        }
    };
    timings.mark("render and write");
    staging.commit().map_err(|d| vec![d])?;
    timings.mark("swap");
    Ok(BuildSummary {
        output,
        pages,
        languages: site.config.languages.len(),
        findings,
        timings: timings.stages,
    })
}

/// Wall time per stage, for `--verbose` and for finding where time goes.
#[derive(Debug)]
struct Timings {
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
