//! `charter schema TARGET`: prints a JSON Schema derived from the types that
//! read the file (`crate::schema`).

use std::io::Write;

use super::Status;
use crate::diagnostic::Diag;
use crate::report;

#[derive(Debug, clap::Args)]
pub struct SchemaArgs {
    /// The file format.
    #[arg(value_enum)]
    pub target: crate::schema::Target,
}

pub fn run(args: &SchemaArgs) -> Status {
    let text = crate::schema::generate(args.target);
    // A closed pipe (`charter schema site | head`) is reported, not a panic.
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => Status::Success,
        Err(e) => {
            report::eprint(&[Diag::error(
                "schema.io",
                format!("cannot write the schema: {e}"),
            )]);
            Status::Broken
        }
    }
}
