use jiff::civil::Date;

use crate::lint::Check;
use crate::lint::rule::code_rule;
use crate::lint::violation::Violation;

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
    let violation = if effective < updated {
        EffectiveDelay::BeforeUpdated { effective, updated }
    } else if i64::from(days) < notice {
        EffectiveDelay::TooSoon { days, notice }
    } else {
        return;
    };
    let d = c.report_violation(span, violation);
    d.related.push((updated_span, "updated here".into()));
}

/// Where `effective` stands against `updated`.
enum EffectiveDelay {
    /// Before it.
    BeforeUpdated { effective: Date, updated: Date },
    /// After it, but `days` is less than the notice period.
    TooSoon { days: i32, notice: i64 },
}

impl Violation for EffectiveDelay {
    fn message(&self) -> String {
        match self {
            Self::BeforeUpdated { effective, updated } => {
                format!("`effective` ({effective}) is before `updated` ({updated})")
            }
            Self::TooSoon { days, notice } => format!(
                "The document takes effect {days} day(s) after it was updated; the notice period is {notice} days"
            ),
        }
    }
    fn label(&self) -> String {
        match self {
            Self::BeforeUpdated { .. } => "before the last-updated date".into(),
            Self::TooSoon { days, .. } => format!("{days} day(s) after `updated`"),
        }
    }
}
