use crate::lint::Check;
use crate::lint::rule::code_rule;

code_rule! {
    /// The "last updated" date is in the future.
    ///
    /// `updated` tells readers when this text was published. A date after
    /// today is usually a typo (2052 for 2025) or a draft published too early;
    /// either way the page would show readers a date that has not happened.
    /// Today is taken from `SOURCE_DATE_EPOCH` when set, else the clock (UTC).
    pub static UPDATED_IN_FUTURE = {
        id: "dates.updated-in-future",
        severity: Warning,
        pack: "core",
        applies_to: [],
        jurisdictions: [],
        message: "The last-updated date is in the future",
        help: "set `updated` to the date this version is published",
        check: Document(check),
    };
}

fn check(c: &mut Check<'_>) {
    let updated = &c.doc.front.updated;
    if !c.doc.front.is_given("updated") {
        return;
    }
    let today = c.linter.today;
    if updated.value > today {
        let d = c.report(updated.span.clone(), format!("today is {today}"));
        d.message = format!("`updated` ({}) is in the future", updated.value);
    }
}
