use std::collections::BTreeSet;

use crate::lint::Finding;
use crate::lint::rule::code_rule;
use crate::lint::violation::Violation;
use crate::site::Site;
use crate::theme::{Strings, Theme};

code_rule! {
    /// The theme has no interface string for a key in one of the site's
    /// languages, so pages in that language show the default language's text
    /// there ("Last updated" on a German page).
    ///
    /// Half-translated pages confuse readers, and screen readers announce the
    /// fallback text with the page's language, mispronouncing it.
    ///
    /// Strings live in the theme's `i18n/<lang>.toml`; a site theme
    /// that overrides a file must give every key the built-in file has.
    pub static THEME_STRINGS = {
        id: "i18n.theme-strings",
        severity: Warning,
        pack: "i18n",
        applies_to: [],
        jurisdictions: [],
        message: "Interface strings fall back to another language",
        help: "add the missing keys to the theme's i18n file for this language",
        check: Site(findings),
    };
}

/// One finding per site language whose strings are incomplete. A theme that
/// cannot be loaded reports nothing here: the build reports it.
pub fn findings(site: &Site) -> Vec<Finding> {
    let Ok(theme) = Theme::load(&site.root, &site.config.theme) else {
        return Vec::new();
    };
    let Ok(strings) = Strings::load(&theme) else {
        return Vec::new();
    };
    let default = &site.config.default_language;
    // Every key any fallback language knows is a key the pages use.
    let all: BTreeSet<&String> = ["en", default.as_str()]
        .iter()
        .filter_map(|l| strings.own(l))
        .flat_map(|m| m.keys())
        .collect();
    let mut out = Vec::new();
    for language in &site.config.languages {
        let code = language.code.as_str();
        let primary = crate::i18n::primary_subtag(code);
        let own: BTreeSet<&String> = [primary, code]
            .iter()
            .filter_map(|l| strings.own(l))
            .flat_map(|m| m.keys())
            .collect();
        let missing: Vec<&str> = all
            .iter()
            .filter(|k| !own.contains(*k))
            .map(|k| k.as_str())
            .collect();
        if missing.is_empty() || code == "en" {
            continue;
        }
        let fallback = if code == default.as_str() {
            "en"
        } else {
            default.as_str()
        };
        let file = format!("i18n/{code}.toml");
        let mut violation = Fallback {
            missing,
            language: &language.name,
            code,
            fallback,
            place: Place::Absent {
                theme: &site.config.theme,
                file: &file,
            },
        };
        let diag = match theme.files.get(&file).map(|f| (f, Theme::text(f))) {
            Some((f, Ok(source))) => {
                violation.place = Place::In { origin: &f.origin };
                let end = source.text.len();
                THEME_STRINGS.diag(&source, end..end, violation)
            }
            _ => {
                let source = &site.config.source;
                let span = declaration(&source.text, code);
                THEME_STRINGS.diag(source, span, violation)
            }
        };
        out.push(Finding {
            diag,
            lang: Some(code.to_string()),
        });
    }
    out
}

/// The interface strings `missing` for `language` (`code`), which fall back
/// to those of `fallback`.
struct Fallback<'a> {
    missing: Vec<&'a str>,
    language: &'a str,
    code: &'a str,
    fallback: &'a str,
    place: Place<'a>,
}

/// Where the language's strings are.
enum Place<'a> {
    /// In the theme file `origin`.
    In { origin: &'a str },
    /// Nowhere: `file` of the site's `theme` would hold them.
    Absent { theme: &'a str, file: &'a str },
}

impl Violation for Fallback<'_> {
    fn message(&self) -> String {
        let Self {
            missing,
            language,
            code,
            fallback,
            ..
        } = self;
        format!(
            "{} interface string(s) for {language} ({code}) fall back to {fallback}: {}",
            missing.len(),
            missing.join(", ")
        )
    }
    fn label(&self) -> String {
        match self.place {
            Place::In { .. } => "add the keys here".into(),
            Place::Absent { .. } => "declared here".into(),
        }
    }
    fn help(&self) -> Option<String> {
        Some(match self.place {
            Place::In { origin } => format!("add {} to {origin}", self.missing.join(", ")),
            Place::Absent { theme, file } => format!(
                "the theme has no strings for `{}`: create themes/{theme}/{file} with every key of i18n/en.toml",
                self.code
            ),
        })
    }
}

/// Where site.toml declares a language: `[languages.xx]` or `"xx"`.
fn declaration(text: &str, code: &str) -> std::ops::Range<usize> {
    [format!("languages.{code}"), format!("\"{code}\"")]
        .iter()
        .find_map(|needle| text.find(needle.as_str()).map(|i| i..i + needle.len()))
        .unwrap_or(0..0)
}
