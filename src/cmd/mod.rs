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

/// Writes `text` to standard output as `print!` would, without its panic
/// when the reader has gone (`charter rules | head -3`): what it read is
/// what it wanted. Any other failure is said on standard error.
pub fn print_stdout(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("charter: cannot write to standard output: {e}");
        }
        _ => {}
    }
}

impl From<Status> for ExitCode {
    fn from(s: Status) -> ExitCode {
        ExitCode::from(s as u8)
    }
}
