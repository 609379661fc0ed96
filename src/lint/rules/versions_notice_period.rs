use crate::lint::Check;
use crate::lint::rule::code_rule;

code_rule! {
    /// A changed version takes effect before its notice period has run,
    /// counted from when it was really published.
    ///
    /// The notice period starts when readers can see the new text, not at the
    /// date written in it. `dates.effective-delay` checks `effective` against
    /// `updated`; this rule also counts from the day the text was first
    /// committed (or today, for edits not committed yet) when that is later,
    /// so a version committed weeks after its `updated` date cannot shorten
    /// the notice it promised. It only looks at changed versions: a first
    /// version notifies nobody of a change. When `effective` is already too
    /// early against `updated`, `dates.effective-delay` reports it instead.
    pub static NOTICE_PERIOD = {
        id: "versions.notice-period",
        severity: Error,
        pack: "versions",
        applies_to: [],
        jurisdictions: [],
        message: "The new version takes effect before the notice period has passed",
        help: "move `effective` to at least notice_period_days after the day this version is published",
        check: Document(check),
    };
}

fn check(c: &mut Check<'_>) {
    let doc = c.doc;
    let front = &doc.front;
    let Some(versions) = c.doc.versions.clone() else {
        return;
    };
    if !front.is_given("effective") || versions.previous().is_none() {
        return;
    }
    let Some(current) = versions.current() else {
        return;
    };
    let notice = c.linter.notice_period_days;
    let effective = front.effective.value;
    let updated = front.updated.value;
    if front.is_given("updated") && i64::from((effective - updated).get_days()) < notice {
        return; // dates.effective-delay's finding
    }
    let (published, how) = match (&current.commit, current.committed) {
        (Some(id), Some(day)) => (
            day,
            format!("first committed on {day} ({})", &id[..id.len().min(7)]),
        ),
        _ => (
            c.linter.today,
            format!("not committed yet; today is {}", c.linter.today),
        ),
    };
    let published = published.max(updated);
    let days = i64::from((effective - published).get_days());
    if days < notice {
        let span = front.effective.span.clone();
        let d = c.report(span, format!("{days} day(s) after publication"));
        d.message = format!(
            "This version takes effect {days} day(s) after it was published ({how}); the notice period is {notice} days"
        );
    }
}
