//! `charter lint`: the site's documents, or only those under PATHS; files
//! outside any Charter site are linted standalone (see `standalone`).

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::Status;
use crate::config::{CONFIG_FILE, SiteConfig};
use crate::diagnostic::{Diag, SourceText};
use crate::lint::format::{Format, Report};
use crate::lint::{Finding, Linter};
use crate::pipeline::{Build, Plan};
use crate::report::Verbosity;
use crate::site::{Document, Site};
use crate::site_files::{Refusal, SiteRoot, lexical};
use crate::{load, report, standalone};

use rayon::prelude::*;

mod changed;

#[derive(Debug, clap::Args)]
pub struct LintArgs {
    /// Only report findings in these files or folders (default: all documents).
    pub paths: Vec<PathBuf>,
    /// The site folder (holding site.toml).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: crate::lint::format::Format,
    /// Exit 1 when there are warnings, not only errors.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Pull-request mode: report only documents that differ between this git
    /// ref (e.g. origin/main) and the working tree, with their translations
    /// and originals. The whole site is still read.
    #[arg(long, value_name = "REF")]
    pub changed_since: Option<String>,
    /// Jurisdictions for files outside the site that do not declare their
    /// own (default: site.toml's [lint] jurisdictions, else gdpr).
    #[arg(long, value_name = "NAME")]
    pub jurisdiction: Vec<String>,
    /// Print each document's compliance matrix instead of the findings:
    /// every rule that applies, with the sentence that meets it (file:line
    /// and a quote), its finding, or why it was not checked. Human or JSON.
    #[arg(long)]
    pub evidence: bool,
}

pub fn run(args: &LintArgs, _verbosity: Verbosity) -> Status {
    match lint(args) {
        Ok(status) => status,
        Err(diags) => {
            report::eprint(&diags);
            eprintln!("Lint failed: {} problem(s) with the input.", diags.len());
            Status::Broken
        }
    }
}

fn lint(args: &LintArgs) -> Result<Status, Vec<Diag>> {
    let in_site = args.root.join(CONFIG_FILE).is_file();
    if in_site {
        refuse_paths_leaving_the_site(&args.root, &args.paths)?;
    }
    let paths = resolve_paths(&args.paths)?;
    let root = canonical(&args.root);
    let content = root.join(load::CONTENT_DIR);
    let (site_paths, outside): (Vec<PathBuf>, Vec<PathBuf>) = paths
        .into_iter()
        .partition(|p| in_site && (p.starts_with(&content) || content.starts_with(p)));

    let mut findings: Vec<Finding> = Vec::new();
    let mut unreadable = Vec::new();
    let mut files = 0;
    let build;
    if in_site && (outside.is_empty() || !site_paths.is_empty() || args.paths.is_empty()) {
        let config = load::read_config(&args.root)?;
        build = Build::open_with(&args.root, config, &Plan::lint())?;
        let site = &build.site;
        let changed = match &args.changed_since {
            Some(rev) => Some(changed::documents(site, &root, rev)?),
            None => None,
        };
        let include = |d: &Document| {
            let in_paths = site_paths.is_empty() || {
                let path = canonical(&root.join(&d.source.name));
                site_paths.iter().any(|f| path.starts_with(f))
            };
            in_paths && changed.as_ref().is_none_or(|c| c.includes(d))
        };
        files += site.documents.iter().filter(|d| include(d)).count();
        findings.extend(build.lint(&include)?);
        if args.evidence {
            let matrices = build.evidence(&include)?;
            print_evidence(&matrices, args.format)?;
            return Ok(status_of(&findings, args.deny_warnings));
        }
        rebase_paths(&mut findings, &root);
        if !outside.is_empty() {
            let (standalone, p) =
                load_standalone(&outside, &site.config, &root, &args.jurisdiction);
            files += standalone.documents.len();
            findings.append(&mut build.linter.lint(&standalone, |_| true));
            unreadable = p;
        }
    } else {
        if args.evidence {
            return Err(vec![
                Diag::error(
                    "lint.evidence",
                    "--evidence needs a Charter site (a folder with site.toml)",
                )
                .help("run it in the site folder or pass --root"),
            ]);
        }
        if args.changed_since.is_some() {
            return Err(vec![
                Diag::error(
                    "lint.changed-since",
                    "--changed-since needs a Charter site (a folder with site.toml)",
                )
                .help("run it in the site folder or pass --root; to lint single files, name them"),
            ]);
        }
        let config = load::read_config_or_defaults(&args.root)?;
        // The rules compile while the files are read and parsed.
        let (compiled, loaded) = rayon::join(
            || Linter::new(&root, &config),
            || load_standalone(&outside, &config, &root, &args.jurisdiction),
        );
        let (site, p) = loaded;
        files = site.documents.len();
        build = Build::standalone(site, compiled?);
        findings = build.lint(&|_| true)?;
        unreadable = p;
    }

    let report = Report {
        findings: &findings,
        files,
        linter: &build.linter,
        color: args.format == Format::Human
            && report::use_color_for(std::io::stdout().is_terminal()),
    };
    let mut stdout = std::io::stdout().lock();
    match report.write(args.format, &mut stdout) {
        // The reader stopped reading (`charter lint | head`): what it read
        // is what it wanted, and the exit status still says what was found.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(e) => {
            return Err(vec![Diag::error(
                "lint.output",
                format!("cannot write the report to standard output: {e}"),
            )]);
        }
        Ok(()) => {}
    }
    drop(stdout);
    if args.format == Format::Github {
        write_step_summary(&report)?;
    }
    if !unreadable.is_empty() {
        return Err(unreadable);
    }
    let summary = report.summary();
    let failed = summary.errors > 0 || (args.deny_warnings && summary.warnings > 0);
    exit_without_freeing((findings, build));
    Ok(if failed {
        Status::Findings
    } else {
        Status::Success
    })
}

/// Leaves `value` to the end of the process, which follows the lint: a
/// large site's documents and findings took a tenth of a second to free,
/// one allocation at a time on one core, where the system takes the
/// memory back at once.
fn exit_without_freeing<T>(value: T) {
    std::mem::forget(value);
}

/// Prints the compliance matrices: as text, or as one JSON array.
fn print_evidence(
    matrices: &[crate::lint::evidence::Matrix],
    format: Format,
) -> Result<(), Vec<Diag>> {
    match format {
        Format::Human => {
            for m in matrices {
                super::print_stdout(&format!("{}\n", m.human()));
            }
            Ok(())
        }
        Format::Json => {
            let json = serde_json::to_string_pretty(matrices).unwrap_or_default();
            super::print_stdout(&format!("{json}\n"));
            Ok(())
        }
        other => Err(vec![
            Diag::error(
                "lint.evidence",
                format!("--evidence prints human or json output, not {other:?}"),
            )
            .help("use --format human or --format json"),
        ]),
    }
}

fn status_of(findings: &[Finding], deny_warnings: bool) -> Status {
    let errors = findings
        .iter()
        .any(|f| f.severity() == crate::diagnostic::Severity::Error);
    let warnings = findings
        .iter()
        .any(|f| f.severity() == crate::diagnostic::Severity::Warning);
    if errors || (deny_warnings && warnings) {
        Status::Findings
    } else {
        Status::Success
    }
}

/// Site documents are named relative to the site root; CI annotations and
/// terminals need paths relative to where `charter` runs (the repository root
/// in CI), or annotations land on files that do not exist.
fn rebase_paths(findings: &mut [Finding], root: &Path) {
    let cwd = canonical(&std::env::current_dir().unwrap_or_default());
    let Ok(prefix) = root.strip_prefix(&cwd) else {
        return;
    };
    if prefix.as_os_str().is_empty() {
        return;
    }
    let prefix = prefix.to_string_lossy().replace('\\', "/");
    let mut renamed: HashMap<*const SourceText, Arc<SourceText>> = HashMap::new();
    for f in findings {
        let Some(source) = &f.diag.source else {
            continue;
        };
        let new = renamed
            .entry(Arc::as_ptr(source))
            .or_insert_with(|| {
                SourceText::new(format!("{prefix}/{}", source.name), source.text.to_arc())
            })
            .clone();
        f.diag.source = Some(new);
    }
}

/// GitHub shows `$GITHUB_STEP_SUMMARY` on the job page; several steps may
/// append to it, so this appends too.
fn write_step_summary(report: &Report<'_>) -> Result<(), Vec<Diag>> {
    let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY") else {
        return Ok(());
    };
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .and_then(|mut f| {
            f.write_all(report.github_step_summary().as_bytes())
                .map(|()| f)
        });
    match file.as_mut() {
        Ok(_) => Ok(()),
        Err(e) => {
            Err(
                vec![Diag::error(
            "lint.step-summary",
            format!("cannot write the job summary to {}: {e}", Path::new(&path).display()),
        )
        .help("GITHUB_STEP_SUMMARY must name a writable file; unset it outside GitHub Actions")],
            )
        }
    }
}

/// Reads and parses files outside any site, on all cores, as a standalone
/// site (documents in the order of `standalone::collect`). Files that cannot
/// be read are returned as problems, so the others are still linted and
/// reported.
fn load_standalone(
    paths: &[PathBuf],
    config: &SiteConfig,
    root: &Path,
    jurisdictions: &[String],
) -> (Site, Vec<Diag>) {
    let jurisdictions: Vec<String> = if !jurisdictions.is_empty() {
        jurisdictions.to_vec()
    } else if !config.lint.jurisdictions.is_empty() {
        config.lint.jurisdictions.clone()
    } else {
        vec!["gdpr".to_string()]
    };
    let cwd = std::env::current_dir().unwrap_or_default();
    let loaded: Vec<Result<Document, Diag>> = standalone::collect(paths)
        .par_iter()
        .map(|file| standalone::load(file, &display_name(file, &cwd), config, &jurisdictions))
        .collect();
    let mut docs = Vec::new();
    let mut problems = Vec::new();
    for result in loaded {
        match result {
            Ok(d) => docs.push(d),
            Err(d) => problems.push(d),
        }
    }
    (
        Site::standalone(config.clone(), root.to_path_buf(), docs),
        problems,
    )
}

/// A path as the user would write it: relative to the current directory when below it.
fn display_name(path: &Path, cwd: &Path) -> String {
    let rel = path.strip_prefix(cwd).unwrap_or(path);
    rel.to_string_lossy().replace('\\', "/")
}

fn canonical(p: &Path) -> PathBuf {
    p.canonicalize().unwrap_or_else(|_| p.to_path_buf())
}

/// A path named on the command line that lies inside the site must resolve
/// inside it: `content/x.md` linked to a file elsewhere (a CI secret, another
/// checkout) is refused unread, as the site's own walk refuses it. Paths that
/// are outside the site as written are the user's own choice and are read.
fn refuse_paths_leaving_the_site(root: &Path, paths: &[PathBuf]) -> Result<(), Vec<Diag>> {
    let cwd = std::env::current_dir().unwrap_or_default();
    let site_root = lexical(&cwd.join(root));
    let site = SiteRoot::new(root);
    let refused: Vec<Diag> = paths
        .iter()
        .filter(|p| lexical(&cwd.join(p)).starts_with(&site_root))
        .filter_map(|p| match site.resolve(p) {
            Err(refused @ (Refusal::LeavesSite(_) | Refusal::IntoGit(_))) => {
                Some(refused.diag("lint", &p.display().to_string()))
            }
            _ => None,
        })
        .collect();
    if refused.is_empty() {
        Ok(())
    } else {
        Err(refused)
    }
}

fn resolve_paths(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Vec<Diag>> {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for p in paths {
        match p.canonicalize() {
            Ok(c) => out.push(c),
            Err(e) => problems.push(
                Diag::error("lint.path", format!("cannot lint {}: {e}", p.display()))
                    .help("name files or folders that exist"),
            ),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}
