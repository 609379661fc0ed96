//! `charter build`

use std::path::PathBuf;
use std::time::Instant;

use super::Status;
use crate::lint::Summary;
use crate::pipeline::{self, BuildError, BuildOptions};
use crate::report;
use crate::report::Verbosity;

#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// The site folder (holding site.toml).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Write the site here instead of the configured output_dir.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Override base_url from site.toml (e.g. for preview deployments).
    #[arg(long)]
    pub base_url: Option<String>,
    /// Publish even when the linter reports errors (they are still printed).
    #[arg(long)]
    pub allow_lint_errors: bool,
    /// Refuse to build from a shallow clone (for deploy workflows: a shallow
    /// history would publish an incomplete version archive).
    #[arg(long)]
    pub require_history: bool,
}

pub fn run(args: &BuildArgs, verbosity: Verbosity) -> Status {
    let started = Instant::now();
    let options = BuildOptions {
        root: args.root.clone(),
        output: args.output.clone(),
        base_url: args.base_url.clone(),
        allow_lint_errors: args.allow_lint_errors,
        require_history: args.require_history,
    };
    let progress = super::progress::for_stderr(verbosity == Verbosity::Quiet);
    let built = pipeline::build_with(&options, progress.as_ref());
    // The bar is cleared before anything else is printed.
    drop(progress);
    match built {
        Ok(summary) => {
            report::print_findings(summary.findings.iter().map(|f| &f.diag), verbosity);
            let s = Summary::of(&summary.findings);
            if s.errors > 0 {
                eprintln!(
                    "WARNING: published despite {} lint error(s) because of --allow-lint-errors. These pages may not meet the law.",
                    s.errors
                );
            }
            if verbosity == Verbosity::Verbose {
                let stages: Vec<String> = summary
                    .timings
                    .iter()
                    .map(|(stage, t)| format!("{stage} {:.2} s", t.as_secs_f64()))
                    .collect();
                eprintln!("Stages: {}", stages.join(", "));
                eprintln!(
                    "Files: {} written, {} unchanged from the previous build",
                    summary.files.written, summary.files.unchanged
                );
            }
            if verbosity != Verbosity::Quiet {
                eprintln!(
                    "Built {} pages in {:.2} s ({} languages, {} errors, {} warnings) into {}",
                    summary.pages,
                    started.elapsed().as_secs_f64(),
                    summary.languages,
                    s.errors,
                    s.warnings,
                    summary.output.display()
                );
            }
            Status::Success
        }
        Err(BuildError::Broken(diags)) => {
            report::eprint(&diags);
            eprintln!(
                "Build failed: {} problem(s); nothing was written.",
                diags.len()
            );
            Status::Broken
        }
        Err(BuildError::Lint(findings)) => {
            report::print_findings(findings.iter().map(|f| &f.diag), verbosity);
            let s = Summary::of(&findings);
            eprintln!(
                "Build refused: the linter found {} error(s); nothing was written. Fix them, or pass --allow-lint-errors to publish anyway.",
                s.errors
            );
            Status::Findings
        }
    }
}
