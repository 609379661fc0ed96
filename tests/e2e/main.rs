//! End-to-end tests: the real `charter` binary on fixture sites in temp dirs
//! (the rule × language matrix lints in process: `harness::lint_in_process`).
//! One test binary with modules, so the suite links once.

// The binary's allocator, for the in-process lints too: they allocated a
// fifth of their time in glibc's malloc and free.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod add_a_language;
mod bad_input;
mod build;
mod build_errors;
mod changed;
mod ci;
mod ci_docs;
mod consent_and_wishes;
mod deploy;
mod evidence;
mod facts;
mod guided_facts;
mod harness;
mod i18n;
mod init;
mod injection;
mod lead_ins_and_cookies;
mod lint;
mod lsp;
mod packs_regional;
mod probes;
mod probes2;
mod rights_retention_classes;
mod rule_fixtures;
mod scale;
mod schemas;
mod scopes;
mod serve;
mod statements;
mod tables;
mod untrusted;
mod versions;
