//! The command line: arguments, dispatch, exit codes. Thin on purpose; the
//! work is in `cmd` and the pipeline.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::cmd;

/// Exit codes are a contract with CI systems.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Everything worked (warnings allowed).
    Success = 0,
    /// The tool worked and found errors in the documents.
    Findings = 1,
    /// The input or configuration is broken, or the tool could not do its job.
    Broken = 2,
}

impl From<Status> for ExitCode {
    fn from(s: Status) -> ExitCode {
        ExitCode::from(s as u8)
    }
}

#[derive(Debug, Parser)]
#[command(
    name = "charter",
    version,
    about = "Compliance linter and static-site generator for legal documents"
)]
pub struct Cli {
    /// Print only errors.
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Print more about what is being done.
    #[arg(long, short, global = true)]
    pub verbose: bool,
    /// The date to build and lint as of (YYYY-MM-DD), instead of
    /// SOURCE_DATE_EPOCH or the clock: previews an upcoming version.
    #[arg(long, global = true, value_name = "DATE", value_parser = parse_now)]
    pub now: Option<jiff::civil::Date>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder (default: public/).
    Build(BuildArgs),
    /// Check the documents against the rule packs (exit 1 on errors).
    Lint(LintArgs),
    /// List every rule: id, severity, pack, languages.
    Rules(RulesArgs),
    /// Explain a rule: why it matters, the legal reference, how to fix it.
    Explain(ExplainArgs),
    /// Serve the site on localhost, rebuilding and reloading on every save.
    Serve(ServeArgs),
    /// Create a new site with one policy in two languages.
    Init(InitArgs),
    /// Print the JSON Schema of site.toml, front matter, rule packs, the
    /// facts file or vocabularies, for editors and other tools.
    Schema(SchemaArgs),
    /// Answer the questions conditional rules need (consent as a legal basis,
    /// a DPO, transfers …) and record the answers in site.toml.
    #[command(long_about = FACTS_ABOUT)]
    Facts(FactsArgs),
    /// Run the language server for editors (diagnostics, hover, quick fixes)
    /// on standard input and output; see docs/editors.md.
    Lsp(LspArgs),
}

const FACTS_ABOUT: &str = "\
Answer the questions conditional rules need and record the answers in site.toml.

Some rules run only when a fact about the organisation is true: the right to
withdraw consent is required when consent is a legal basis, the DPO's contact
details when a DPO is designated. A fact a document's front matter does not
declare, site.toml does not declare and the text does not reveal leaves those
rules waiting, and `charter lint` reports it (lint.missing-fact).

`charter facts` asks, in plain words, each fact some rule is waiting for, with
the rules that depend on it, and writes the answers under [lint.facts] in
site.toml, keeping the rest of the file (comments, order) as it was. A
document's own `facts:` in its front matter still wins over site.toml.

On a terminal it asks one question at a time: y(es), n(o), s(kip) or q(uit).
When standard input is not a terminal and neither --set nor --stdin says where
the answers are, it prints the questions, asks nothing and exits with status 2
(a script waiting for input that never comes would hang).

Examples:
  charter facts                          ask on the terminal
  charter facts --list                   print the questions and current values
  charter facts --set consent_basis=yes --set dpo_designated=no
  printf 'y\\nn\\n' | charter facts --stdin";

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The site folder (holding site.toml).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 1111)]
    pub port: u16,
    /// Address to listen on. Only this machine can connect unless told otherwise.
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: String,
    /// Open the site in the default browser.
    #[arg(long)]
    pub open: bool,
}

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

#[derive(Debug, clap::Args)]
pub struct LspArgs {
    /// Accepted and ignored: stdio is the only transport. Some editor
    /// clients pass it.
    #[arg(long, hide = true)]
    pub stdio: bool,
}

#[derive(Debug, clap::Args)]
pub struct RulesArgs {
    /// The site folder, whose rules/ may add rules.
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// The rule id, e.g. gdpr.rights.complaint.
    pub rule: String,
    /// The site folder, whose rules/ may add rules.
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

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

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// Folder to create the site in (must not exist or be empty).
    pub dir: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct SchemaArgs {
    /// The file format.
    #[arg(value_enum)]
    pub target: crate::schema::Target,
}

#[derive(Debug, clap::Args)]
pub struct FactsArgs {
    /// The site folder (holding site.toml).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Print every fact the site's rules read, with its question, its current
    /// value and the rules that depend on it; write nothing.
    #[arg(long, conflicts_with_all = ["set", "stdin"])]
    pub list: bool,
    /// Record an answer without asking: FACT=yes or FACT=no (true and false
    /// work too). Repeat for several facts.
    #[arg(long, value_name = "FACT=yes|no", value_parser = parse_answer)]
    pub set: Vec<Answer>,
    /// Read the answers from standard input, one line per question in the
    /// order they are asked: y or n, s or an empty line to skip, q to stop.
    /// The questions go to standard error.
    #[arg(long, conflicts_with = "set")]
    pub stdin: bool,
}

/// One answer: a fact of the catalogue and its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answer {
    pub fact: &'static str,
    pub value: bool,
}

/// `FACT=yes|no`, the fact checked against the catalogue (with "did you
/// mean"), so a typo cannot record a fact no rule reads.
fn parse_answer(text: &str) -> Result<Answer, String> {
    let Some((name, value)) = text.split_once('=') else {
        return Err(format!(
            "expected FACT=yes or FACT=no, e.g. consent_basis=yes; got {text:?}"
        ));
    };
    let name = name.trim();
    let Some(fact) = crate::lint::facts::fact(name) else {
        let names = crate::lint::facts::FACTS;
        return Err(match crate::suggest::closest(name, names.iter().copied()) {
            Some(best) => format!("unknown fact `{name}`; did you mean `{best}`?"),
            None => format!("unknown fact `{name}`; facts: {}", names.join(", ")),
        });
    };
    let value = crate::cmd::facts::parse_yes_no(value.trim()).ok_or_else(|| {
        format!(
            "`{}` is not an answer for `{name}`: use yes or no",
            value.trim()
        )
    })?;
    Ok(Answer {
        fact: fact.name,
        value,
    })
}

/// How much to print besides errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verbosity {
    Quiet,
    Normal,
    Verbose,
}

fn parse_now(text: &str) -> Result<jiff::civil::Date, String> {
    crate::dates::parse_iso(text)
}

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    if let Some(now) = cli.now {
        crate::dates::set_today(now);
    }
    let verbosity = match (cli.quiet, cli.verbose) {
        (true, _) => Verbosity::Quiet,
        (_, true) => Verbosity::Verbose,
        _ => Verbosity::Normal,
    };
    let status = match cli.command {
        Command::Build(args) => cmd::build::run(&args, verbosity),
        Command::Lint(args) => cmd::lint::run(&args, verbosity),
        Command::Rules(args) => cmd::rules::run(&args),
        Command::Explain(args) => cmd::rules::explain(&args),
        Command::Serve(args) => crate::serve::run(&args, verbosity),
        Command::Init(args) => cmd::init::run(&args, verbosity),
        Command::Schema(args) => cmd::schema::run(&args),
        Command::Facts(args) => cmd::facts::run(&args, verbosity),
        Command::Lsp(args) => cmd::lsp::run(&args, verbosity),
    };
    status.into()
}
