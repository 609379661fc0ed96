use crate::lint::Check;
use crate::lint::rule::code_rule;
use crate::lint::violation::Violation;

code_rule! {
    /// The text changed but `updated` (or `version`) did not.
    ///
    /// "Last updated" is the reader's only way to know the terms changed, and
    /// the start of any notice period; a new text under an old date tells
    /// them nothing happened. Charter compares the document with its previous
    /// version in git (the last commit, or the commit before when the working
    /// tree is committed), ignoring whitespace-only changes, so uncommitted
    /// edits and a pull request's commits are both caught. When the site is not
    /// in git, or `updated` is left to come from history, there is nothing to
    /// compare.
    ///
    /// ## Example
    /// A paragraph is added, but the front matter still says
    /// `updated: 2025-05-02` like the version before it: finding.
    pub static DATE_NOT_BUMPED = {
        id: "versions.date-not-bumped",
        severity: Error,
        pack: "versions",
        applies_to: [],
        jurisdictions: [],
        message: "The text changed but its date did not",
        help: "set `updated` to the day this version is published (and raise `version` when the document has one)",
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
    let Some(previous) = versions.previous() else {
        return;
    };
    let since = match &previous.commit {
        Some(id) => format!("commit {}", &id[..id.len().min(7)]),
        None => "the previous version".to_string(),
    };
    if previous.meta.updated == Some(front.updated.value) {
        let span = front.updated.span.clone();
        let violation = NotBumped {
            since: since.clone(),
            field: "updated",
            value: front.updated.value.to_string(),
        };
        c.report_violation(span, violation);
    }
    if previous.meta.version.as_deref() == Some(front.version.value.as_str()) {
        let span = front.version.span.clone();
        let violation = NotBumped {
            since,
            field: "version",
            value: front.version.value.clone(),
        };
        c.report_violation(span, violation);
    }
}

/// The front-matter `field` still has the `value` it had in the version
/// `since` (`commit 1a2b3c4`, `the previous version`), though the text changed.
struct NotBumped {
    since: String,
    field: &'static str,
    value: String,
}

impl Violation for NotBumped {
    fn message(&self) -> String {
        let Self {
            since,
            field,
            value,
        } = self;
        format!("The text changed since {since} but `{field}` is still {value}")
    }
    fn label(&self) -> String {
        format!("same as in {}", self.since)
    }
}
