use jiff::civil::Date;

use crate::lint::Check;
use crate::lint::rule::code_rule;
use crate::lint::violation::Violation;

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
        let span = updated.span.clone();
        let updated = updated.value;
        c.report_violation(span, InFuture { updated, today });
    }
}

/// `updated` is after today.
struct InFuture {
    updated: Date,
    today: Date,
}

impl Violation for InFuture {
    fn message(&self) -> String {
        format!("`updated` ({}) is in the future", self.updated)
    }
    fn label(&self) -> String {
        format!("today is {}", self.today)
    }
}
