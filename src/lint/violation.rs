//! What one finding of a Rust rule says, built from the facts of that finding.
//!
//! As in Ruff (`ruff_diagnostics::Violation`), each Rust rule that has more
//! to say than its summary defines a small type per kind of finding, holding
//! the facts of one violation (the date, the file, the missing section), and
//! implements [`Violation`] on it: the finding's message, its label at the
//! span and, where the fix depends on the facts, its help. The rule reports it
//! with [`Check::report_violation`](super::Check::report_violation) (or, for
//! a rule about the whole site, [`CodeRule::diag`](super::rule::CodeRule::diag)),
//! which builds the [`Diag`](crate::diagnostic::Diag) from the violation and
//! the rule's metadata: its id, severity, `help` when the violation has none,
//! and the paragraph of its documentation that says why it matters. Nothing
//! patches a finding's message after it is reported.
//!
//! The rule's `message:` in `code_rule!` is its one-line summary, the one
//! `charter rules` and `charter explain` print. A finding that says no more
//! than that summary is reported with the plain
//! [`Check::report`](super::Check::report) and a label, as pack rules are;
//! a finding that says more (which date, which file, how many days) is a
//! violation, whose message is the specific form of that summary.
//!
//! The engine's own rules (`rules/engine.rs`: suppressions, unread
//! languages, missing facts) have no check: the engine composes their
//! messages where it finds them (`Linter::meta_finding`).

use std::ops::Range;
use std::sync::Arc;

use crate::diagnostic::{Diag, Severity, SourceText};

/// One finding of a rule, as data that knows how to describe itself.
pub trait Violation {
    /// The finding's one line: what is wrong, with its facts.
    fn message(&self) -> String;

    /// The short label printed under the span the finding points at.
    fn label(&self) -> String;

    /// How to fix this finding, when that depends on its facts; `None` keeps
    /// the rule's `help`.
    fn help(&self) -> Option<String> {
        None
    }

    /// The finding's severity, when this kind of violation is graver or
    /// lighter than the rule's (`None` keeps the rule's). site.toml's
    /// `[lint.rules]` overrides it like any other.
    fn severity(&self) -> Option<Severity> {
        None
    }
}

/// The diagnostic of `violation` at `span` of `source`, for the rule `id`
/// whose own severity and help stand where the violation has none.
pub fn diag(
    id: &str,
    severity: Severity,
    help: &str,
    source: &Arc<SourceText>,
    span: Range<usize>,
    violation: &impl Violation,
) -> Diag {
    Diag::error(id, violation.message())
        .with_severity(violation.severity().unwrap_or(severity))
        .at(source, span, violation.label())
        .help(violation.help().unwrap_or_else(|| help.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A violation that says only what it must, and one that says everything.
    struct Plain(u32);
    struct Full;

    impl Violation for Plain {
        fn message(&self) -> String {
            format!("{} things are wrong", self.0)
        }
        fn label(&self) -> String {
            format!("the {} things", self.0)
        }
    }

    impl Violation for Full {
        fn message(&self) -> String {
            "wrong".into()
        }
        fn label(&self) -> String {
            "here".into()
        }
        fn help(&self) -> Option<String> {
            Some("fix it this way".into())
        }
        fn severity(&self) -> Option<Severity> {
            Some(Severity::Info)
        }
    }

    fn source() -> Arc<SourceText> {
        SourceText::new("content/privacy.md", "one two three\n")
    }

    #[test]
    fn the_violation_says_the_message_and_label_and_the_rule_the_rest() {
        let d = diag(
            "x.rule",
            Severity::Warning,
            "rule help",
            &source(),
            4..7,
            &Plain(3),
        );
        assert_eq!(d.code, "x.rule");
        assert_eq!(d.message, "3 things are wrong");
        assert_eq!(d.label.as_deref(), Some("the 3 things"));
        assert_eq!(d.span, Some(4..7));
        assert_eq!(d.help.as_deref(), Some("rule help"));
        assert_eq!(d.severity, Severity::Warning);
    }

    #[test]
    fn a_violation_s_own_help_and_severity_replace_the_rule_s() {
        let d = diag(
            "x.rule",
            Severity::Error,
            "rule help",
            &source(),
            0..3,
            &Full,
        );
        assert_eq!(d.message, "wrong");
        assert_eq!(d.label.as_deref(), Some("here"));
        assert_eq!(d.help.as_deref(), Some("fix it this way"));
        assert_eq!(d.severity, Severity::Info);
    }
}
