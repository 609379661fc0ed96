//! The command line: arguments, dispatch, exit codes. Thin on purpose; the
//! work is in `cmd` and the pipeline.

use clap::{Parser, Subcommand};

use crate::cmd;
use crate::report::Verbosity;

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
    Build(cmd::build::BuildArgs),
    /// Check the documents against the rule packs (exit 1 on errors).
    Lint(cmd::lint::LintArgs),
    /// List every rule: id, severity, pack, languages.
    Rules(cmd::rules::RulesArgs),
    /// Explain a rule: why it matters, the legal reference, how to fix it.
    Explain(cmd::rules::ExplainArgs),
    /// Serve the site on localhost, rebuilding and reloading on every save.
    Serve(cmd::serve::ServeArgs),
    /// Create a new site with one policy in two languages.
    Init(cmd::init::InitArgs),
    /// Print the JSON Schema of site.toml, front matter, rule packs, the
    /// facts file or vocabularies, for editors and other tools.
    Schema(cmd::schema::SchemaArgs),
    /// Answer the questions conditional rules need (consent as a legal basis,
    /// a DPO, transfers …) and record the answers in site.toml.
    #[command(long_about = FACTS_ABOUT)]
    Facts(cmd::facts::FactsArgs),
    /// Run the language server for editors (diagnostics, hover, quick fixes)
    /// on standard input and output; see docs/editors.md.
    Lsp(cmd::lsp::LspArgs),
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

fn parse_now(text: &str) -> Result<jiff::civil::Date, String> {
    crate::dates::parse_iso(text)
}

/// Runs the command the arguments name; its exit code.
pub fn status() -> u8 {
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
        Command::Serve(args) => cmd::serve::run(&args, verbosity),
        Command::Init(args) => cmd::init::run(&args, verbosity),
        Command::Schema(args) => cmd::schema::run(&args),
        Command::Facts(args) => cmd::facts::run(&args, verbosity),
        Command::Lsp(args) => cmd::lsp::run(&args, verbosity),
    };
    status as u8
}
