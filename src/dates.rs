//! Calendar dates: strict parsing of front matter dates, and CLDR-localized
//! display ("May 2, 2025", "2. Mai 2025", "2 mai 2025").

use std::collections::HashMap;

use icu_calendar::Gregorian;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_datetime::input::Date as IcuDate;
use jiff::civil::Date;

static TODAY: std::sync::OnceLock<Date> = std::sync::OnceLock::new();

/// Fixes "today" for the whole run (`--now`). The first call wins.
pub fn set_today(date: Date) {
    let _ = TODAY.set(date);
}

/// The one "today" every stage uses (upcoming versions, date rules): `--now`
/// when given, else `SOURCE_DATE_EPOCH` (reproducible builds), else the
/// clock, in UTC.
pub fn today() -> Date {
    if let Some(d) = TODAY.get() {
        return *d;
    }
    let ts = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| jiff::Timestamp::from_second(secs).ok())
        .unwrap_or_else(jiff::Timestamp::now);
    jiff::tz::Offset::UTC.to_datetime(ts).date()
}

/// Parses an ISO 8601 calendar date (`YYYY-MM-DD`), rejecting impossible ones
/// such as `2025-02-30`.
pub fn parse_iso(text: &str) -> Result<Date, String> {
    let text = text.trim();
    let shape_ok = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !shape_ok {
        return Err(format!("{text:?} is not a date in the form YYYY-MM-DD"));
    }
    text.parse::<Date>()
        .map_err(|_| format!("{text} is not a real calendar date"))
}

/// Formats dates for display, one CLDR formatter per language, built once.
pub struct DateFormatter {
    formatters: HashMap<String, FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
}

impl DateFormatter {
    pub fn new<'a>(languages: impl IntoIterator<Item = &'a str>) -> Self {
        let formatters = languages
            .into_iter()
            .filter_map(|code| {
                let locale = icu_locale_core::Locale::try_from_str(code).ok()?;
                // Legal dates are civil Gregorian dates in every locale, so the
                // calendar is fixed rather than taken from locale preferences.
                let f = FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(
                    (&locale).into(),
                    YMD::long(),
                )
                .ok()?;
                Some((code.to_string(), f))
            })
            .collect();
        DateFormatter { formatters }
    }

    /// The date as `lang` writes it; ISO form when CLDR has no data for `lang`.
    pub fn format(&self, date: Date, lang: &str) -> String {
        let icu = IcuDate::try_new_gregorian(
            i32::from(date.year()),
            date.month().unsigned_abs(),
            date.day().unsigned_abs(),
        );
        match (self.formatters.get(lang), icu) {
            (Some(f), Ok(d)) => f.format(&d).to_string(),
            _ => date.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_parsing() {
        assert!(parse_iso("2025-05-02").is_ok());
        assert!(parse_iso("2025-02-30").unwrap_err().contains("not a real"));
        assert!(parse_iso("2.5.2025").is_err());
        assert!(parse_iso("2025-5-2").is_err());
    }

    #[test]
    fn localized_long_dates() {
        let f = DateFormatter::new(["en", "de", "fr", "ar"]);
        let d = parse_iso("2025-05-02").unwrap();
        assert_eq!(f.format(d, "en"), "May 2, 2025");
        assert_eq!(f.format(d, "de"), "2. Mai 2025");
        assert_eq!(f.format(d, "fr"), "2 mai 2025");
        assert!(f.format(d, "ar").contains("مايو"), "{}", f.format(d, "ar"));
        assert_eq!(f.format(d, "xx"), "2025-05-02");
    }
}
