//! One module per subcommand: glue between the CLI and the pipeline.

pub mod build;
pub mod facts;
pub mod init;
pub mod lint;
pub mod lsp;
pub mod progress;
pub mod rules;
pub mod schema;
