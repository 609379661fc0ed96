//! Inline suppressions, always with a reason:
//!
//! ```markdown
//! <!-- charter-disable gdpr.rights.complaint: covered by our separate complaints page -->
//! <!-- charter-disable-next-line subprocessors.undeclared: Stripe is a controller here -->
//! ```
//!
//! `charter-disable` switches rules off for the whole document;
//! `charter-disable-next-line` for findings that start on the next non-blank line.
//! Several ids may be separated by commas. A suppression without a reason, for
//! an unknown rule, or that suppresses nothing is itself a finding.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::{Finding, Linter, rules};
use crate::site::Document;

#[derive(Debug, Clone, PartialEq)]
pub struct Suppression {
    pub ids: Vec<(String, Range<usize>)>,
    pub reason: Option<String>,
    /// `Some(line)` (1-based) for next-line suppressions.
    pub line: Option<usize>,
    pub span: Range<usize>,
}

static COMMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<!--\s*charter-disable(-next-line)?\b([^>]*?)-->").expect("static regex")
});

/// Finds the suppression comments in a file.
pub fn parse(text: &str) -> Vec<Suppression> {
    COMMENT
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let body = c.get(2)?;
            let (ids_part, reason) = match body.as_str().split_once(':') {
                Some((ids, reason)) => (
                    ids,
                    Some(reason.trim().to_string()).filter(|r| !r.is_empty()),
                ),
                None => (body.as_str(), None),
            };
            let mut ids = Vec::new();
            let mut offset = body.start();
            for part in ids_part.split(',') {
                let trimmed = part.trim();
                if !trimmed.is_empty() {
                    let start = offset + part.find(trimmed).unwrap_or(0);
                    ids.push((trimmed.to_string(), start..start + trimmed.len()));
                }
                offset += part.len() + 1;
            }
            let line = c.get(1).map(|_| next_content_line(text, whole.end()));
            Some(Suppression {
                ids,
                reason,
                line,
                span: whole.range(),
            })
        })
        .collect()
}

/// 1-based number of the first non-blank line after `offset`.
fn next_content_line(text: &str, offset: usize) -> usize {
    let mut line = text[..offset].matches('\n').count() + 1;
    let rest = &text[offset..];
    // Skip the rest of the comment's own line, then blank lines.
    for (i, l) in rest.split('\n').enumerate() {
        if i > 0 && !l.trim().is_empty() {
            return line;
        }
        line += 1;
    }
    line
}

/// Drops suppressed findings and adds findings about the suppressions.
pub fn apply(linter: &Linter, doc: &Document, findings: Vec<Finding>) -> Vec<Finding> {
    let suppressions = parse(&doc.source.text);
    if suppressions.is_empty() {
        return findings;
    }
    let mut used = vec![false; suppressions.len()];
    let mut kept = Vec::new();
    for f in findings {
        let line = f.diag.position().map(|((l, _), _)| l);
        let hit = suppressions.iter().position(|s| {
            s.ids.iter().any(|(id, _)| *id == f.diag.code) && (s.line.is_none() || s.line == line)
        });
        match hit {
            Some(i) => used[i] = true,
            None => kept.push(f),
        }
    }
    for (s, used) in suppressions.iter().zip(used) {
        let mut all_known = true;
        for (id, span) in &s.ids {
            if !linter.is_known(id) {
                all_known = false;
                let known: std::collections::BTreeSet<&str> =
                    linter.rules().map(|r| r.id.as_str()).collect();
                let mut f = linter.meta_finding(
                    &rules::UNKNOWN_RULE,
                    doc,
                    span.clone(),
                    format!("Unknown rule `{id}`"),
                );
                if let Some(best) = crate::suggest::closest(id, known.iter().copied()) {
                    f.diag.help = Some(format!(
                        "did you mean `{best}`? `charter rules` lists every rule"
                    ));
                }
                kept.push(f);
            }
        }
        if s.ids.is_empty() {
            kept.push(linter.meta_finding(
                &rules::UNKNOWN_RULE,
                doc,
                s.span.clone(),
                "Suppression names no rule".into(),
            ));
        } else if s.reason.is_none() {
            kept.push(linter.meta_finding(
                &rules::SUPPRESSION_REASON,
                doc,
                s.span.clone(),
                "Suppression without a reason".into(),
            ));
        }
        if !used && all_known && !s.ids.is_empty() {
            let ids: Vec<&str> = s.ids.iter().map(|(i, _)| i.as_str()).collect();
            kept.push(linter.meta_finding(
                &rules::UNUSED_SUPPRESSION,
                doc,
                s.span.clone(),
                format!("Suppression of {} has nothing to suppress", ids.join(", ")),
            ));
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_ids_reasons_and_lines() {
        let text = "a\n<!-- charter-disable gdpr.rights.complaint, contact.address: handled elsewhere -->\n<!-- charter-disable-next-line subprocessors.undeclared -->\n\nStripe here\n";
        let s = parse(text);
        assert_eq!(s.len(), 2);
        assert_eq!(
            s[0].ids.iter().map(|(i, _)| i.as_str()).collect::<Vec<_>>(),
            ["gdpr.rights.complaint", "contact.address"]
        );
        assert_eq!(&text[s[0].ids[1].1.clone()], "contact.address");
        assert_eq!(s[0].reason.as_deref(), Some("handled elsewhere"));
        assert_eq!(s[0].line, None);
        assert_eq!(s[1].reason, None);
        assert_eq!(s[1].line, Some(5));
    }
}
