//! `charter rules` and `charter explain RULE`: both read the one registry.

use std::path::PathBuf;

use super::Status;
use crate::diagnostic::Diag;
use crate::lint::Linter;
use crate::{load, report};

#[derive(Debug, clap::Args)]
pub struct RulesArgs {
    /// The site folder, whose rules/ may add rules.
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// The rule id, e.g. gdpr.rights.complaint.
    pub rule: String,
    /// The site folder, whose rules/ may add rules.
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

/// The registry for `root`, or the exit status after reporting why not.
fn linter(root: &std::path::Path) -> Result<Linter, Status> {
    load::read_config_or_defaults(root)
        .and_then(|config| Linter::new(root, &config))
        .map_err(|d| {
            report::eprint(&d);
            Status::Broken
        })
}

pub fn run(args: &RulesArgs) -> Status {
    let linter = match linter(&args.root) {
        Ok(l) => l,
        Err(status) => return status,
    };
    let mut out = format!(
        "{:<36} {:<8} {:<7} {:<21} {:<34} {}\n",
        "RULE", "SEVERITY", "PACK", "LANGUAGES", "REFERENCE", "MESSAGE"
    );
    for r in linter.rules() {
        let langs = if r.languages.is_empty() {
            "any".to_string()
        } else {
            r.languages.join(",")
        };
        let reference = if r.reference.is_empty() {
            "-"
        } else {
            r.reference.as_str()
        };
        out.push_str(&format!(
            "{:<36} {:<8} {:<7} {:<21} {:<34} {}\n",
            r.id, r.severity, r.pack, langs, reference, r.message
        ));
    }
    super::print_stdout(&out);
    Status::Success
}

pub fn explain(args: &ExplainArgs) -> Status {
    let linter = match linter(&args.root) {
        Ok(l) => l,
        Err(status) => return status,
    };
    let Some(r) = linter.rule(&args.rule) else {
        let ids: Vec<&str> = linter.rules().map(|r| r.id.as_str()).collect();
        let hint = crate::suggest::closest(&args.rule, ids.iter().copied())
            .map(|b| format!("did you mean `{b}`? "))
            .unwrap_or_default();
        report::eprint(&[Diag::error(
            "lint.unknown-rule",
            format!("unknown rule `{}`", args.rule),
        )
        .help(format!("{hint}`charter rules` lists every rule"))]);
        return Status::Broken;
    };
    super::print_stdout(&crate::lint::explain::text(&linter, r));
    Status::Success
}
