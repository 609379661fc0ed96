//! Language facts Charter needs before any theme is loaded: whether a code is a
//! language tag, what the language calls itself, which way it is written.

use schemars::JsonSchema;
use serde::Deserialize;

/// Which way a language's text runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum TextDirection {
    /// Left to right.
    Ltr,
    /// Right to left (ar, he, fa, ur … default to it).
    Rtl,
}

/// Whether `code` is a well-formed BCP 47 language tag (`en`, `pt-BR`, `zh-Hant`).
pub fn is_valid_code(code: &str) -> bool {
    // Tags must also be usable as file-name suffixes and URL segments.
    code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && icu_locale_core::Locale::try_from_str(code).is_ok()
        && (2..=3).contains(&primary_subtag(code).len())
}

/// The primary language subtag of a tag: `pt` for `pt-BR`. Per-language
/// tables (vocabularies, rule languages, theme strings) fall back to it.
pub fn primary_subtag(code: &str) -> &str {
    code.split('-').next().unwrap_or(code)
}

/// Languages written right to left, by primary subtag.
const RTL: &[&str] = &["ar", "he", "fa", "ur", "ps", "yi", "dv", "ku", "sd", "ug"];

pub fn default_direction(code: &str) -> TextDirection {
    let primary = primary_subtag(code);
    if RTL.contains(&primary) {
        TextDirection::Rtl
    } else {
        TextDirection::Ltr
    }
}

/// What a language calls itself, for language switchers when site.toml gives no name.
pub fn endonym(code: &str) -> &str {
    match code {
        "en" => "English",
        "de" => "Deutsch",
        "fr" => "Français",
        "es" => "Español",
        "it" => "Italiano",
        "pt" => "Português",
        "pt-BR" => "Português (Brasil)",
        "nl" => "Nederlands",
        "pl" => "Polski",
        "sv" => "Svenska",
        "da" => "Dansk",
        "fi" => "Suomi",
        "cs" => "Čeština",
        "ar" => "العربية",
        "he" => "עברית",
        "ja" => "日本語",
        "zh" => "中文",
        "ko" => "한국어",
        "ru" => "Русский",
        "tr" => "Türkçe",
        _ => code,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        for ok in ["en", "de", "pt-BR", "zh-Hant", "es-419"] {
            assert!(is_valid_code(ok), "{ok}");
        }
        for bad in ["", "english!", "e", "../x", "en_US", "toolong"] {
            assert!(!is_valid_code(bad), "{bad}");
        }
    }

    #[test]
    fn direction() {
        assert_eq!(default_direction("ar"), TextDirection::Rtl);
        assert_eq!(default_direction("he-IL"), TextDirection::Rtl);
        assert_eq!(default_direction("de"), TextDirection::Ltr);
    }
}
