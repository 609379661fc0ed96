//! `charter lsp`: the language server for editors, over stdio; the work is
//! in `crate::lsp`.

use super::Status;
use crate::diagnostic::Diag;
use crate::report;
use crate::report::Verbosity;

#[derive(Debug, clap::Args)]
pub struct LspArgs {
    /// Accepted and ignored: stdio is the only transport. Some editor
    /// clients pass it.
    #[arg(long, hide = true)]
    pub stdio: bool,
}

pub fn run(_args: &LspArgs, verbosity: Verbosity) -> Status {
    match crate::lsp::run(verbosity) {
        Ok(()) => Status::Success,
        Err(why) => {
            report::eprint(&[Diag::error("lsp.protocol", why)
                .help("`charter lsp` is started by an editor, which talks to it on standard input and output (docs/editors.md)")]);
            Status::Broken
        }
    }
}
