//! `charter lsp`: the language server for editors, over stdio; the work is
//! in `crate::lsp`.

use crate::cli::{LspArgs, Status, Verbosity};
use crate::diagnostic::Diag;
use crate::report;

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
