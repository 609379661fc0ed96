//! `--format gitlab`: GitLab's Code Quality report, a JSON array of issues
//! that GitLab shows in the merge request widget and the diff.
//!
//! GitLab matches issues between the base and the head pipeline by
//! `fingerprint`, so a fingerprint must survive reruns and unrelated edits
//! (it hashes rule, file and the flagged line's text, not line numbers) and
//! be unique within one report (an occurrence number separates identical
//! findings).

use std::collections::HashMap;

use serde_json::json;

use super::{Report, fingerprint, position};
use crate::diagnostic::Severity;

/// GitLab's scale is info/minor/major/critical/blocker; like ESLint's GitLab
/// formatter, errors are `major` and warnings `minor`, which keeps `critical`
/// and `blocker` free for a team's own escalation.
fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "major",
        Severity::Warning => "minor",
        Severity::Info => "info",
    }
}

pub fn render(r: &Report<'_>) -> String {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let issues: Vec<_> = r
        .findings
        .iter()
        .map(|f| {
            let ((line, _), (end_line, _)) = position(f);
            let base = fingerprint(f);
            let n = seen.entry(base.clone()).or_default();
            *n += 1;
            let fingerprint = if *n == 1 { base } else { format!("{base}-{n}") };
            let mut description = f.diag.message.clone();
            if let Some(help) = &f.diag.help {
                description.push_str(" (help: ");
                description.push_str(help);
                description.push(')');
            }
            json!({
                "type": "issue",
                "description": description,
                "check_name": f.rule(),
                "fingerprint": fingerprint,
                "severity": severity(f.severity()),
                "location": {
                    "path": f.diag.file_name().unwrap_or(""),
                    "lines": {"begin": line, "end": end_line},
                },
            })
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&issues).unwrap_or_default();
    out.push('\n');
    out
}
