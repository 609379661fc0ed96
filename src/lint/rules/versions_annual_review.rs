use jiff::civil::Date;

use crate::lint::Check;
use crate::lint::rule::code_rule;
use crate::lint::violation::Violation;

code_rule! {
    /// The privacy policy has not been updated for more than 12 months.
    ///
    /// The CCPA requires a business to update its online privacy policy at
    /// least once every 12 months (Cal. Civ. Code § 1798.130(a)(5)); a
    /// "last updated" date older than that shows the review did not happen,
    /// or was not recorded. Charter warns at build time (today is `--now`,
    /// else `SOURCE_DATE_EPOCH`, else the clock). It applies to privacy
    /// policies whose jurisdictions include `ccpa` (the law that requires
    /// it); other laws expect reviews too but set no fixed period. A review
    /// that changes nothing is recorded by moving `updated` (and `version`).
    pub static ANNUAL_REVIEW = {
        id: "versions.annual-review",
        severity: Warning,
        pack: "versions",
        applies_to: [PrivacyPolicy],
        jurisdictions: ["ccpa"],
        message: "The privacy policy has not been reviewed for over 12 months",
        help: "review the policy and set `updated` to the review date",
        check: Document(check),
    };
}

fn check(c: &mut Check<'_>) {
    let updated = c.doc.front.updated.value;
    let today = c.linter.today;
    let Ok(due) = updated.checked_add(jiff::Span::new().years(1)) else {
        return;
    };
    if today > due {
        let span = if c.doc.front.is_given("updated") {
            c.doc.front.updated.span.clone()
        } else {
            c.front_matter_span()
        };
        c.report_violation(
            span,
            Overdue {
                updated,
                due,
                today,
            },
        );
    }
}

/// Last `updated` more than a year before `today`: the review was `due`.
struct Overdue {
    updated: Date,
    due: Date,
    today: Date,
}

impl Violation for Overdue {
    fn message(&self) -> String {
        let Self { updated, today, .. } = self;
        format!("The privacy policy was last updated on {updated}, over 12 months before {today}")
    }
    fn label(&self) -> String {
        format!("a review was due by {}", self.due)
    }
}
