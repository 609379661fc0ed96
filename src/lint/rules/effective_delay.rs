use crate::lint::Check;
use crate::lint::rule::code_rule;

code_rule! {
    /// A document takes effect before its notice period has run.
    ///
    /// Policies promise notice before changes bind ("changes become effective
    /// 30 days after being posted"), and regulators expect it: WP260 §§ 29–33
    /// asks for fundamental changes to be communicated well in advance, and
    /// courts have refused to bind users to terms changed without notice
    /// (Douglas v. Talk America, 9th Cir. 2007). Charter checks that
    /// `effective` is at least `[lint] notice_period_days` (default 30) after
    /// `updated`, and that it is not before it.
    ///
    /// ## Example
    /// ```yaml
    /// updated: 2025-05-02
    /// effective: 2025-05-10   # only 8 days: finding
    /// ```
    pub static EFFECTIVE_DELAY = {
        id: "dates.effective-delay",
        severity: Error,
        pack: "core",
        applies_to: [],
        jurisdictions: [],
        message: "The document takes effect before the notice period has passed",
        help: "move `effective` to at least notice_period_days after `updated`, or lower notice_period_days in site.toml if the policy promises less",
        check: Document(check),
    };
}

fn check(c: &mut Check<'_>) {
    let front = &c.doc.front;
    if !front.is_given("updated") || !front.is_given("effective") {
        return;
    }
    let (updated, effective) = (front.updated.value, front.effective.value);
    let notice = c.linter.notice_period_days;
    let days = (effective - updated).get_days();
    let updated_span = front.updated.span.clone();
    let span = front.effective.span.clone();
    if effective < updated {
        let d = c.report(span, "before the last-updated date");
        d.message = format!("`effective` ({effective}) is before `updated` ({updated})");
        d.related.push((updated_span, "updated here".into()));
    } else if i64::from(days) < notice {
        let d = c.report(span, format!("{days} day(s) after `updated`"));
        d.message = format!(
            "The document takes effect {days} day(s) after it was updated; the notice period is {notice} days"
        );
        d.related.push((updated_span, "updated here".into()));
    }
}
