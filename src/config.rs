//! `site.toml`: what the user typed, checked and turned into a [`SiteConfig`].
//!
//! Every mistake is a [`Diag`] pointing into `site.toml`; an unknown key names
//! the closest valid one, because a typo silently ignored is a promise silently
//! dropped.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;

use schemars::JsonSchema;
use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::{Diag, Severity, SourceText};
use crate::i18n::TextDirection;
use crate::suggest::{parse_unknown_field, unknown_key_help};

/// The file name of a site's configuration, at the site root.
pub const CONFIG_FILE: &str = "site.toml";

/// The levels `[lint.rules]` in site.toml can set a rule to; `off` switches
/// it off. The site.toml schema offers the same names.
pub const LEVELS: [(&str, Option<Severity>); 4] = [
    ("off", None),
    ("info", Some(Severity::Info)),
    ("warning", Some(Severity::Warning)),
    ("error", Some(Severity::Error)),
];

/// A level `[lint.rules]` can set a rule to ([`LEVELS`]).
pub struct RuleLevel;
crate::schema::schema_marker!(
    RuleLevel,
    schemars::json_schema!({
        "type": "string",
        "enum": LEVELS.iter().map(|(name, _)| *name).collect::<Vec<_>>(),
    })
);

/// The theme and the output folder of a site.toml that names none.
const DEFAULT_THEME: &str = "default";
const DEFAULT_OUTPUT_DIR: &str = "public";

#[derive(Debug, Clone, serde::Serialize)]
pub struct Language {
    pub code: String,
    pub name: String,
    pub dir: TextDirection,
}

/// `[organization]`: who publishes the documents; shown in the footer.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    /// The organisation's name, e.g. "Example Ltd.".
    #[serde(default)]
    pub name: String,
    /// Where people write about their data; `contact.address` checks that
    /// documents agree with it.
    #[serde(default)]
    pub contact_email: String,
    /// The postal address.
    #[serde(default)]
    pub address: String,
}

/// `[markdown]`: how documents are rendered.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MarkdownConfig {
    /// Pass raw HTML in Markdown through. Off by default: a policy page must not
    /// become a script-injection vector.
    #[serde(default)]
    pub unsafe_html: bool,
    /// Typographic quotes and dashes. Off by default, since quote styles differ per language.
    #[serde(default)]
    pub smart_punctuation: bool,
}

/// `[lint]`: read by the lint stage.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LintConfig {
    /// Days between `updated` and `effective` the documents promise for
    /// changes (`dates.effective-delay`, `dates.notice-period-text`).
    #[serde(default = "default_notice_period")]
    #[schemars(with = "i64", range(min = 0))]
    pub notice_period_days: Spanned<i64>,
    /// Per-rule severity overrides: `"rule.id" = "off" | "info" | "warning" | "error"`.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, RuleLevel>")]
    pub rules: BTreeMap<Spanned<String>, Spanned<String>>,
    /// Extra sub-processor names to recognise in policy text.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub providers: Vec<Spanned<String>>,
    /// Jurisdictions for documents that do not declare their own.
    #[serde(default)]
    pub jurisdictions: Vec<String>,
    /// Facts for documents that do not declare their own (`facts:` in front matter).
    #[serde(default)]
    #[schemars(with = "BTreeMap<crate::fact_catalogue::FactName, bool>")]
    pub facts: BTreeMap<String, bool>,
}

fn default_notice_period() -> Spanned<i64> {
    Spanned::new(0..0, 30)
}

impl Default for LintConfig {
    fn default() -> Self {
        LintConfig {
            notice_period_days: default_notice_period(),
            rules: BTreeMap::new(),
            providers: Vec::new(),
            jurisdictions: Vec::new(),
            facts: BTreeMap::new(),
        }
    }
}

/// `[limits]`: bounds that keep a hostile or broken document from exhausting
/// memory or the stack. Going over one is a diagnostic, never a crash.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LimitsConfig {
    /// Largest content file Charter reads, in bytes.
    #[serde(default = "default_max_document_bytes")]
    pub max_document_bytes: u64,
    /// Deepest nesting of block quotes and lists in a document.
    #[serde(default = "default_max_nesting")]
    pub max_nesting: usize,
}

/// Ten times the longest real policy we know of, and still quick to render.
fn default_max_document_bytes() -> u64 {
    20 * 1024 * 1024
}

/// Real documents nest a few levels; the limit keeps the HTML sane.
fn default_max_nesting() -> usize {
    64
}

impl Default for LimitsConfig {
    fn default() -> Self {
        LimitsConfig {
            max_document_bytes: default_max_document_bytes(),
            max_nesting: default_max_nesting(),
        }
    }
}

/// `[history]`: where versions come from.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HistoryConfig {
    /// Read each document's committed versions from the git repository the
    /// site is in. Off for a site whose repository history is not its
    /// publication record (Charter's own example, which lives in Charter's
    /// development history).
    #[serde(default = "default_true")]
    pub git: bool,
    /// A shallow clone is an error instead of a warning
    /// (`versions.shallow-history`); `charter build --require-history`.
    #[serde(default)]
    pub require_full: bool,
}

fn default_true() -> bool {
    true
}

impl Default for HistoryConfig {
    fn default() -> Self {
        HistoryConfig {
            git: true,
            require_full: false,
        }
    }
}

/// `[deploy]`: files for the hosts a site is published on.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeployConfig {
    /// Write `_headers` (the format Netlify and Cloudflare Pages read) with
    /// Charter's security headers (a strict Content-Security-Policy and
    /// others). Off by default: a host that does not read the file would
    /// serve it as a plain file, and a theme with inline scripts or styles
    /// of its own would break under the policy.
    #[serde(default)]
    pub headers: bool,
}

/// The checked configuration the rest of the pipeline works from.
#[derive(Debug, Clone)]
pub struct SiteConfig {
    pub title: String,
    pub base_url: String,
    pub default_language: String,
    /// Default language first, then the others in code order.
    pub languages: Vec<Language>,
    pub theme: String,
    pub output_dir: String,
    pub output_dir_span: Range<usize>,
    pub organization: Option<Organization>,
    pub markdown: MarkdownConfig,
    pub lint: LintConfig,
    pub limits: LimitsConfig,
    pub history: HistoryConfig,
    pub deploy: DeployConfig,
    pub source: Arc<SourceText>,
}

impl SiteConfig {
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// The path part of `base_url` without a trailing slash ("" or "/legal"):
    /// internal links are rooted there so the site works below a sub-path.
    pub fn base_path(&self) -> &str {
        let after_scheme = self
            .base_url
            .split_once("://")
            .map_or(self.base_url.as_str(), |(_, r)| r);
        match after_scheme.find('/') {
            Some(i) => after_scheme[i..].trim_end_matches('/'),
            None => "",
        }
    }

    /// `base_url` without a trailing slash.
    pub fn base_url_trimmed(&self) -> &str {
        self.base_url.trim_end_matches('/')
    }
}

/// A Charter site's configuration, `site.toml` at the site root. Unknown
/// keys are errors.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Charter site.toml")]
pub(crate) struct RawConfig {
    /// The site's name, in page titles and the header.
    #[schemars(with = "String")]
    title: Spanned<String>,
    /// The absolute http(s) address the site is served from; canonical
    /// URLs, hreflang links and the sitemap are built from it.
    #[schemars(with = "String", regex(pattern = r"^https?://\S*$"))]
    base_url: Spanned<String>,
    /// The language of documents without a language suffix
    /// (`privacy.md`); published at the site root.
    #[schemars(with = "crate::schema::LanguageCode")]
    default_language: Spanned<String>,
    /// The languages the site is published in: a table of
    /// `[languages.<code>]` sections, or a plain list of codes. Default: the
    /// default language only.
    #[serde(default)]
    #[schemars(with = "Option<RawLanguages>")]
    languages: Option<Spanned<RawLanguages>>,
    /// The theme: `themes/<name>/` overrides the built-in theme file by
    /// file. Default: `default`.
    #[serde(default)]
    #[schemars(
        with = "Option<String>",
        regex(pattern = r"^[A-Za-z0-9_-]+$"),
        extend("default" = DEFAULT_THEME)
    )]
    theme: Option<Spanned<String>>,
    /// The folder the site is built into, relative to the site. Default:
    /// `public`; never the site folder or a source folder.
    #[serde(default)]
    #[schemars(
        with = "Option<String>",
        regex(pattern = r"\S"),
        extend("default" = DEFAULT_OUTPUT_DIR)
    )]
    output_dir: Option<Spanned<String>>,
    #[serde(default)]
    organization: Option<Organization>,
    #[serde(default)]
    markdown: MarkdownConfig,
    #[serde(default)]
    lint: LintConfig,
    #[serde(default)]
    limits: LimitsConfig,
    #[serde(default)]
    history: HistoryConfig,
    #[serde(default)]
    deploy: DeployConfig,
}

/// `languages` is either a table of `[languages.<code>]` sections or a plain
/// list of codes (`languages = ["en", "de"]`, as generated sites use).
#[derive(Debug)]
enum RawLanguages {
    List(Vec<Spanned<String>>),
    Table(BTreeMap<Spanned<String>, RawLanguage>),
}

// What the hand-written `Deserialize` below accepts, a list or a table,
// and `parse` requires: not an empty one.
impl JsonSchema for RawLanguages {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Languages".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut list = generator.subschema_for::<Vec<crate::schema::LanguageCode>>();
        list.insert("minItems".into(), 1.into());
        let mut table =
            generator.subschema_for::<BTreeMap<crate::schema::LanguageCode, RawLanguage>>();
        table.insert("minProperties".into(), 1.into());
        schemars::json_schema!({ "anyOf": [list, table] })
    }
}

// Not `#[serde(untagged)]`: that buffers the value and loses the spans.
impl<'de> Deserialize<'de> for RawLanguages {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = RawLanguages;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list of language codes or a table of [languages.<code>] sections")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                seq: A,
            ) -> Result<Self::Value, A::Error> {
                Deserialize::deserialize(serde::de::value::SeqAccessDeserializer::new(seq))
                    .map(RawLanguages::List)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<Self::Value, A::Error> {
                Deserialize::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(RawLanguages::Table)
            }
        }
        d.deserialize_any(Visitor)
    }
}

/// `[languages.<code>]`: one language of the site.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Language")]
struct RawLanguage {
    /// The language's name in the language switcher. Default: its endonym
    /// ("Deutsch").
    #[serde(default)]
    name: Option<String>,
    /// The text direction. Default: `rtl` for ar, he, fa, ur …, else `ltr`.
    #[serde(default)]
    dir: Option<TextDirection>,
}

/// Parses and checks `site.toml`. All problems found are returned, not only the first.
pub fn parse(source: &Arc<SourceText>) -> Result<SiteConfig, Vec<Diag>> {
    let raw: RawConfig = match toml::from_str(&source.text) {
        Ok(raw) => raw,
        Err(e) => return Err(vec![toml_error(source, &e)]),
    };
    let mut problems = Vec::new();

    let title = raw.title.into_inner();

    let base_url_span = raw.base_url.span();
    let base_url = raw.base_url.into_inner();
    if !(base_url.starts_with("https://") || base_url.starts_with("http://"))
        || base_url.contains(char::is_whitespace)
    {
        problems.push(
            Diag::error("config.base-url", format!("`base_url` is not an absolute http(s) URL: {base_url:?}"))
                .at(source, base_url_span, "canonical URLs, hreflang links and the sitemap are built from this")
                .help("write the address the site will be served from, e.g. base_url = \"https://legal.example.com\""),
        );
    }

    let mut languages = Vec::new();
    if let Some(langs) = raw.languages {
        let langs_span = langs.span();
        match langs.into_inner() {
            RawLanguages::List(codes) => {
                for code in codes {
                    let span = code.span();
                    let code = code.into_inner();
                    check_language_code(source, &code, span.clone(), &mut problems);
                    languages.push(language(&code, None, None));
                }
            }
            RawLanguages::Table(table) => {
                for (code, spec) in table {
                    let span = code.span();
                    let code = code.into_inner();
                    check_language_code(source, &code, span, &mut problems);
                    languages.push(language(&code, spec.name, spec.dir));
                }
            }
        }
        if languages.is_empty() {
            problems.push(
                Diag::error("config.languages", "`languages` is empty")
                    .at(source, langs_span, "no language to publish in")
                    .help("list at least the default language, e.g. [languages.en] with name = \"English\""),
            );
        }
    }

    let default_span = raw.default_language.span();
    let default_language = raw.default_language.into_inner();
    check_language_code(
        source,
        &default_language,
        default_span.clone(),
        &mut problems,
    );
    if languages.is_empty() {
        languages.push(language(&default_language, None, None));
    } else if !languages.iter().any(|l| l.code == default_language) {
        let codes: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
        problems.push(
            Diag::error(
                "config.default-language",
                format!("default language `{default_language}` is not one of the site's languages"),
            )
            .at(source, default_span, "not listed under [languages]")
            .help(format!(
                "add [languages.{default_language}] or pick one of: {}",
                codes.join(", ")
            )),
        );
    }
    // Default language first; the rest in a stable (code) order.
    languages.sort_by(|a, b| {
        (a.code != default_language, &a.code).cmp(&(b.code != default_language, &b.code))
    });
    languages.dedup_by(|a, b| a.code == b.code);

    let theme = match raw.theme {
        Some(t) => {
            let span = t.span();
            let t = t.into_inner();
            if !is_plain_name(&t) {
                problems.push(
                    Diag::error(
                        "config.theme",
                        format!("theme name {t:?} is not a plain folder name"),
                    )
                    .at(source, span, "themes are looked up in themes/<name>/")
                    .help(
                        "use a name made of letters, digits, '-' and '_', e.g. theme = \"default\"",
                    ),
                );
            }
            t
        }
        None => DEFAULT_THEME.to_string(),
    };

    let (output_dir, output_dir_span) = match raw.output_dir {
        Some(o) => {
            let span = o.span();
            (o.into_inner(), span)
        }
        None => (DEFAULT_OUTPUT_DIR.to_string(), 0..0),
    };
    if output_dir.trim().is_empty() {
        problems.push(
            Diag::error("config.output-dir", "`output_dir` is empty")
                .at(source, output_dir_span.clone(), "")
                .help("leave it out to use `public`, or name a folder"),
        );
    }

    let lint = raw.lint;
    if *lint.notice_period_days.get_ref() < 0 {
        problems.push(
            Diag::error(
                "config.notice-period",
                "`notice_period_days` cannot be negative",
            )
            .at(
                source,
                lint.notice_period_days.span(),
                "a notice period is a number of days",
            )
            .help("use 0 when changes take effect at once, or the period the policy promises"),
        );
    }

    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(SiteConfig {
        title,
        base_url,
        default_language,
        languages,
        theme,
        output_dir,
        output_dir_span,
        organization: raw.organization,
        markdown: raw.markdown,
        lint,
        limits: raw.limits,
        history: raw.history,
        deploy: raw.deploy,
        source: Arc::clone(source),
    })
}

/// Settings for commands run outside any site (linting loose files,
/// listing rules): English, no organisation, the default notice period.
pub fn defaults() -> SiteConfig {
    let source = SourceText::new(
        "(defaults)",
        "title = \"\"\nbase_url = \"https://example.invalid\"\ndefault_language = \"en\"\n",
    );
    parse(&source).expect("the default configuration is valid")
}

fn language(code: &str, name: Option<String>, dir: Option<TextDirection>) -> Language {
    Language {
        code: code.to_string(),
        name: name.unwrap_or_else(|| crate::i18n::endonym(code).to_string()),
        dir: dir.unwrap_or_else(|| crate::i18n::default_direction(code)),
    }
}

fn check_language_code(
    source: &Arc<SourceText>,
    code: &str,
    span: Range<usize>,
    problems: &mut Vec<Diag>,
) {
    if !crate::i18n::is_valid_code(code) {
        problems.push(
            Diag::error(
                "config.language-code",
                format!("`{code}` is not a language code"),
            )
            .at(
                source,
                span,
                "expected a BCP 47 tag such as `en`, `de` or `pt-BR`",
            )
            .help("language codes name the suffix of translated files, e.g. privacy.de.md"),
        );
    }
}

fn is_plain_name(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Turns a TOML error into a diagnostic, adding "did you mean" for unknown keys.
fn toml_error(source: &Arc<SourceText>, e: &toml::de::Error) -> Diag {
    let message = e.message().trim().to_string();
    let span = e.span().unwrap_or(0..0);
    let mut diag = Diag::error(
        "config.invalid",
        format!("invalid {CONFIG_FILE}: {message}"),
    )
    .at(source, span, label_for(&message));
    if let Some((unknown, expected)) = parse_unknown_field(&message) {
        diag.message = format!("unknown key `{unknown}` in {CONFIG_FILE}");
        diag.label = Some("not a setting Charter knows".into());
        diag.help = Some(unknown_key_help(&unknown, &expected));
    } else {
        diag.help = Some("see the site.toml reference in README.md".into());
    }
    diag
}

fn label_for(message: &str) -> String {
    if message.starts_with("missing field") {
        "required setting missing in this table".into()
    } else {
        "here".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(s: &str) -> Result<SiteConfig, Vec<Diag>> {
        parse(&SourceText::new("site.toml", s))
    }

    const MINIMAL: &str =
        "title = \"T\"\nbase_url = \"https://x.example/legal/\"\ndefault_language = \"en\"\n";

    #[test]
    fn built_in_defaults_parse() {
        assert_eq!(defaults().default_language, "en");
    }

    #[test]
    fn defaults_apply() {
        let c = parse_str(MINIMAL).unwrap();
        assert_eq!(c.output_dir, "public");
        assert_eq!(c.theme, "default");
        assert_eq!(c.languages.len(), 1);
        assert_eq!(c.languages[0].name, "English");
        assert_eq!(c.base_path(), "/legal");
        assert_eq!(*c.lint.notice_period_days.get_ref(), 30);
    }

    #[test]
    fn languages_as_list_or_table_default_first() {
        let c = parse_str(&format!("{MINIMAL}languages = [\"fr\", \"en\", \"de\"]\n")).unwrap();
        let codes: Vec<_> = c.languages.iter().map(|l| l.code.as_str()).collect();
        assert_eq!(codes, ["en", "de", "fr"]);
        let c = parse_str(&format!(
            "{MINIMAL}[languages.ar]\nname = \"Arabic\"\n[languages.en]\nname = \"English\"\n"
        ))
        .unwrap();
        assert_eq!(c.languages[1].dir, TextDirection::Rtl);
        assert_eq!(c.languages[1].name, "Arabic");
    }

    #[test]
    fn unknown_key_suggests_the_closest() {
        let errs = parse_str(&format!("{MINIMAL}titel = \"x\"\n")).unwrap_err();
        assert_eq!(errs.len(), 1);
        assert!(errs[0].message.contains("`titel`"), "{}", errs[0].message);
        assert!(
            errs[0]
                .help
                .as_deref()
                .unwrap()
                .contains("did you mean `title`?")
        );
        let (line, _) = errs[0].position().unwrap().0;
        assert_eq!(line, 4);
    }

    #[test]
    fn deploy_headers_are_opt_in_and_misspellings_are_caught() {
        assert!(!parse_str(MINIMAL).unwrap().deploy.headers);
        let c = parse_str(&format!("{MINIMAL}[deploy]\nheaders = true\n")).unwrap();
        assert!(c.deploy.headers);
        let errs = parse_str(&format!("{MINIMAL}[deploy]\nheader = true\n")).unwrap_err();
        assert!(
            errs[0]
                .help
                .as_deref()
                .is_some_and(|h| h.contains("did you mean `headers`?")),
            "{errs:?}"
        );
    }

    #[test]
    fn default_language_must_be_listed() {
        let errs =
            parse_str(&format!("{MINIMAL}[languages.de]\nname = \"Deutsch\"\n")).unwrap_err();
        assert_eq!(errs[0].code, "config.default-language");
    }

    #[test]
    fn several_problems_are_reported_together() {
        let errs =
            parse_str("title = \"T\"\nbase_url = \"ftp://x\"\ndefault_language = \"english!\"\n")
                .unwrap_err();
        assert_eq!(errs.len(), 2, "{errs:?}");
    }
}

/// Properties over arbitrary `site.toml` text: parsing never panics and every
/// diagnostic points inside the file on character boundaries.
#[cfg(test)]
mod proptests {
    use proptest::prelude::*;

    use super::*;
    use crate::diagnostic::span_checks::in_text;

    fn key() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("title"),
            Just("base_url"),
            Just("default_language"),
            Just("languages"),
            Just("theme"),
            Just("output_dir"),
            Just("titel"),
            Just("notice_period_days"),
            Just("unsafe_html"),
            Just("max_nesting"),
            Just("headers"),
            Just("name"),
            Just("dir"),
            Just("é"),
        ]
        .prop_map(str::to_string)
    }

    fn value() -> impl Strategy<Value = String> {
        prop_oneof![
            "\"[^\"\\\\\n]{0,12}\"",
            any::<String>(),
            Just("\"https://legal.example.com/\"".to_string()),
            Just("\"ftp://x y\"".to_string()),
            Just("\"en\"".to_string()),
            Just("\"pt-BR\"".to_string()),
            Just("\"english!\"".to_string()),
            Just("[\"en\", \"de\", \"xx-ÿ\"]".to_string()),
            Just("[]".to_string()),
            Just("-5".to_string()),
            Just("99999999999999999999".to_string()),
            Just("true".to_string()),
            Just("\"../..\"".to_string()),
            Just("\"\\u00e9\"".to_string()),
            Just("'''multi\nline ü'''".to_string()),
            Just("{ name = \"A\", dir = \"sideways\" }".to_string()),
        ]
    }

    fn line() -> impl Strategy<Value = String> {
        prop_oneof![
            4 => (key(), value()).prop_map(|(k, v)| format!("{k} = {v}")),
            1 => prop_oneof![
                Just("[languages.de]"),
                Just("[languages.ar]"),
                Just("[organization]"),
                Just("[markdown]"),
                Just("[lint]"),
                Just("[lint.rules]"),
                Just("[limits]"),
                Just("[history]"),
                Just("[deploy]"),
                Just("[[languages]]"),
                Just("[nope]"),
            ]
            .prop_map(str::to_string),
            1 => any::<String>(),
        ]
    }

    fn site_toml() -> impl Strategy<Value = String> {
        (
            prop::bool::ANY,
            prop::collection::vec(line(), 0..12),
            prop_oneof![Just("\n"), Just("\r\n")],
        )
            .prop_map(|(minimal, lines, eol)| {
                let head = if minimal {
                    "title = \"T\"\nbase_url = \"https://x.example/\"\ndefault_language = \"en\"\n"
                } else {
                    ""
                };
                format!("{head}{}", lines.join(eol))
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::default())]

        #[test]
        fn site_toml_parses_or_gives_diags_inside_the_file(text in site_toml()) {
            let source = SourceText::new(CONFIG_FILE, text.as_str());
            match parse(&source) {
                Ok(config) => {
                    prop_assert!(!config.languages.is_empty());
                    prop_assert_eq!(&config.languages[0].code, &config.default_language);
                    prop_assert!(config.base_url.starts_with("http"));
                }
                Err(diags) => {
                    prop_assert!(!diags.is_empty());
                    for d in &diags {
                        let span = d.span.clone().unwrap_or(0..0);
                        prop_assert!(in_text(&text, &span), "{} at {span:?}: {}", d.code, d.message);
                    }
                }
            }
        }
    }
}
