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
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder (default: public/).
    Build(BuildArgs),
    /// Create a new site with one policy in two languages.
    Init(InitArgs),
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
}

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// Folder to create the site in (must not exist or be empty).
    pub dir: PathBuf,
}

/// How much to print besides errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verbosity {
    Quiet,
    Normal,
    Verbose,
}

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let verbosity = match (cli.quiet, cli.verbose) {
        (true, _) => Verbosity::Quiet,
        (_, true) => Verbosity::Verbose,
        _ => Verbosity::Normal,
    };
    let status = match cli.command {
        Command::Build(args) => cmd::build::run(&args, verbosity),
        Command::Init(args) => cmd::init::run(&args, verbosity),
    };
    status.into()
}
