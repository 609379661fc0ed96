use jiff::civil::Date;

use crate::lint::Check;
use crate::lint::rule::code_rule;
use crate::lint::violation::Violation;

code_rule! {
    /// `updated` is earlier than the version before it, or than the commit
    /// that published this text.
    ///
    /// A back-dated "last updated" makes a change look older than it is, and
    /// with it the notice readers were given: the date is evidence of when
    /// people could know the terms. Charter compares `updated` with the
    /// previous version's `updated` and with the day (in the committer's time
    /// zone) of the first commit that contains this text on the main line of
    /// history (the merge commit, for merged pull requests).
    pub static BACKDATED = {
        id: "versions.backdated",
        severity: Error,
        pack: "versions",
        applies_to: [],
        jurisdictions: [],
        message: "The last-updated date is earlier than the change",
        help: "set `updated` to the day this version is published, not an earlier one",
        check: Document(check),
    };
}

fn check(c: &mut Check<'_>) {
    let doc = c.doc;
    let front = &doc.front;
    let Some(versions) = c.doc.versions.clone() else {
        return;
    };
    if !front.is_given("updated") {
        return;
    }
    let updated = front.updated.value;
    let span = front.updated.span.clone();
    if let Some(before) = versions.previous().and_then(|p| p.meta.updated)
        && updated < before
    {
        c.report_violation(span, Backdated::BeforePrevious { updated, before });
        return;
    }
    let Some(current) = versions.current() else {
        return;
    };
    if let (Some(id), Some(day)) = (&current.commit, current.committed)
        && updated < day
    {
        let commit = id[..id.len().min(7)].to_string();
        c.report_violation(
            span,
            Backdated::BeforeCommit {
                updated,
                commit,
                day,
            },
        );
    }
}

/// `updated` is earlier than the version's history allows.
enum Backdated {
    /// Earlier than the `updated` of the version `before` it.
    BeforePrevious { updated: Date, before: Date },
    /// Earlier than the `day` of the `commit` (short id) that published it.
    BeforeCommit {
        updated: Date,
        commit: String,
        day: Date,
    },
}

impl Violation for Backdated {
    fn message(&self) -> String {
        match self {
            Self::BeforePrevious { updated, before } => {
                format!("`updated` ({updated}) is earlier than the previous version's ({before})")
            }
            Self::BeforeCommit {
                updated,
                commit,
                day,
            } => format!(
                "`updated` ({updated}) is earlier than commit {commit} ({day}), which published this text"
            ),
        }
    }
    fn label(&self) -> String {
        match self {
            Self::BeforePrevious { before, .. } => format!("the previous version says {before}"),
            Self::BeforeCommit { day, .. } => format!("committed on {day}"),
        }
    }
}
