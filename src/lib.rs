//! Charter: a compliance linter and static-site generator for multilingual
//! legal documents.
//!
//! The pipeline, in the order `pipeline` runs it:
//! [`load`] (site.toml, content/) → [`site`] (front matter, Markdown) →
//! [`render`] (Tera) → [`write`] (atomic swap of the output folder).
//! Problems at any stage are [`diagnostic::Diag`]s, printed by [`report`].

pub mod cli;
pub mod cmd;
pub mod config;
pub mod dates;
pub mod deploy;
pub mod diagnostic;
pub mod front_matter;
pub mod git;
pub mod history;
pub mod i18n;
pub mod lint;
pub mod load;
pub mod lsp;
pub mod markdown;
pub mod pipeline;
pub mod render;
pub mod report;
pub mod schema;
pub mod serve;
pub mod site;
pub mod site_files;
pub mod standalone;
pub mod suggest;
pub mod theme;
pub mod write;
pub mod yaml;
