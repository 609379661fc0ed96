use jiff::civil::Date;

use crate::lint::Check;
use crate::lint::rule::code_rule;
use crate::lint::violation::Violation;

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
    let published = match (&current.commit, current.committed) {
        (Some(id), Some(day)) => Published::Committed {
            day,
            commit: id[..id.len().min(7)].to_string(),
        },
        _ => Published::NotYet {
            today: c.linter.today,
        },
    };
    let days = i64::from((effective - published.day().max(updated)).get_days());
    if days < notice {
        let span = front.effective.span.clone();
        let violation = TooSoon {
            days,
            published,
            notice,
        };
        c.report_violation(span, violation);
    }
}

/// When the version was published.
enum Published {
    /// On the day its text was first committed, in `commit` (short id).
    Committed { day: Date, commit: String },
    /// Not committed yet: it is published today at the earliest.
    NotYet { today: Date },
}

impl Published {
    fn day(&self) -> Date {
        match self {
            Self::Committed { day, .. } => *day,
            Self::NotYet { today } => *today,
        }
    }
}

/// The version takes effect `days` after it was published, less than `notice`.
struct TooSoon {
    days: i64,
    published: Published,
    notice: i64,
}

impl Violation for TooSoon {
    fn message(&self) -> String {
        let Self {
            days,
            published,
            notice,
        } = self;
        let how = match published {
            Published::Committed { day, commit } => format!("first committed on {day} ({commit})"),
            Published::NotYet { today } => format!("not committed yet; today is {today}"),
        };
        format!(
            "This version takes effect {days} day(s) after it was published ({how}); the notice period is {notice} days"
        )
    }
    fn label(&self) -> String {
        format!("{} day(s) after publication", self.days)
    }
}
