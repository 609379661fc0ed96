//! One module per subcommand: glue between the CLI and the pipeline.

use std::process::ExitCode;

pub mod build;
pub mod facts;
pub mod init;
pub mod lint;
pub mod lsp;
pub mod progress;
pub mod rules;
pub mod schema;
pub mod serve;

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
