use std::collections::BTreeSet;

use crate::diagnostic::Diag;
use crate::lint::Finding;
use crate::lint::rule::code_rule;
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
        let message = format!(
            "{} interface string(s) for {} ({code}) fall back to {fallback}: {}",
            missing.len(),
            language.name,
            missing.join(", ")
        );
        let diag = Diag::error(THEME_STRINGS.id, message).with_severity(THEME_STRINGS.severity);
        let diag = match theme.files.get(&file).map(Theme::text) {
            Some(Ok(source)) => {
                let end = source.text.len();
                diag.at(&source, end..end, "add the keys here")
                    .help(format!(
                        "add {} to {}",
                        missing.join(", "),
                        theme.files[&file].origin
                    ))
            }
            _ => {
                let source = &site.config.source;
                let span = declaration(&source.text, code);
                diag.at(source, span, "declared here")
                    .help(format!(
                        "the theme has no strings for `{code}`: create themes/{}/{file} with every key of i18n/en.toml",
                        site.config.theme
                    ))
            }
        };
        out.push(Finding {
            diag,
            lang: Some(code.to_string()),
        });
    }
    out
}

/// Where site.toml declares a language: `[languages.xx]` or `"xx"`.
fn declaration(text: &str, code: &str) -> std::ops::Range<usize> {
    [format!("languages.{code}"), format!("\"{code}\"")]
        .iter()
        .find_map(|needle| text.find(needle.as_str()).map(|i| i..i + needle.len()))
        .unwrap_or(0..0)
}
