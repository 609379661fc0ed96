//! Front matter: splitting it off a Markdown file and checking its fields.
//!
//! One reader (`read`) splits the block off and reads its YAML, strictly
//! for a site's documents and home pages ([`parse_document`],
//! [`parse_index`]: every problem is a diagnostic) or leniently for text
//! Charter does not own ([`Lenient`]: a past version of a document, a file
//! outside any site; a problem leaves it empty).
//!
//! Spans are absolute byte ranges in the file, so every diagnostic and lint
//! finding about a field points at the field.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::Deserialize;
use serde_json::Value;

use crate::dates;
use crate::diagnostic::{Diag, SourceText, offset_of};
use crate::fact_catalogue::FACTS;
use crate::suggest::{parse_unknown_field, unknown_key_help};
use crate::yaml::{self, Located};

/// Where the front matter and the body are in a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Split {
    /// The YAML between the delimiters.
    pub yaml: Range<usize>,
    /// The whole block, delimiters included.
    pub block: Range<usize>,
    /// The Markdown after the closing delimiter.
    pub body: Range<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SplitError {
    /// The file does not start with `---`.
    Missing,
    /// `---` opens the file but no line closes it.
    Unclosed { opening: Range<usize> },
}

/// Finds `---` … `---` at the start of `text` (after an optional BOM). The
/// closing line may also be `...`; CRLF line endings are accepted.
pub fn split(text: &str) -> Result<Split, SplitError> {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut lines = LineIter { text, pos: start };
    let Some(first) = lines.next() else {
        return Err(SplitError::Missing);
    };
    if text[first.clone()].trim_end() != "---" {
        return Err(SplitError::Missing);
    }
    let opening = first.start..first.start + 3;
    let yaml_start = first.end;
    for line in lines {
        let content = text[line.clone()].trim_end();
        if content == "---" || content == "..." {
            return Ok(Split {
                yaml: yaml_start..line.start,
                block: start..line.end,
                body: line.end..text.len(),
            });
        }
    }
    Err(SplitError::Unclosed { opening })
}

/// Why [`read`] could not read a front matter block.
enum ReadError {
    Split(SplitError),
    Yaml(Split, yaml::YamlError),
}

/// The one front matter reader: the block at the start of `text` and its
/// YAML read as `T`.
fn read<'de, T: Deserialize<'de>>(text: &'de str) -> Result<(Split, T), ReadError> {
    let split = split(text).map_err(ReadError::Split)?;
    match yaml::from_front_matter(&text[split.yaml.clone()]) {
        Ok(value) => Ok((split, value)),
        Err(e) => Err(ReadError::Yaml(split, e)),
    }
}

/// Front matter read leniently, for text Charter does not own: a past
/// version of a document (the archive, the version rules) or a file outside
/// any site. Reading never fails: without a front matter block, or when its
/// YAML is broken or not a mapping, there are no fields, and without a
/// block the body is the whole text.
#[derive(Debug, Clone, Default)]
pub struct Lenient {
    fields: serde_json::Map<String, Value>,
    /// The whole block, delimiters included; empty without one.
    pub block: Range<usize>,
    /// The Markdown after the block.
    pub body: Range<usize>,
}

impl Lenient {
    pub fn read(text: &str) -> Lenient {
        let (fields, block, body) = match read::<Value>(text) {
            Ok((split, Value::Object(fields))) => (fields, split.block, split.body),
            Ok((split, _)) | Err(ReadError::Yaml(split, _)) => {
                (serde_json::Map::new(), split.block, split.body)
            }
            Err(ReadError::Split(_)) => (serde_json::Map::new(), 0..0, 0..text.len()),
        };
        Lenient {
            fields,
            block,
            body,
        }
    }

    /// The value of `key`, whatever its type.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.fields.get(key)
    }

    /// The value of `key` if it is a string.
    pub fn string(&self, key: &str) -> Option<String> {
        self.get(key).and_then(Value::as_str).map(str::to_string)
    }

    /// The value of `key` if it is a string or a number (`version: 2.0`),
    /// as text.
    pub fn scalar(&self, key: &str) -> Option<String> {
        match self.get(key)? {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        }
    }
}

/// Lines as byte ranges including their terminator ("\n", "\r\n" or a lone "\r").
struct LineIter<'a> {
    text: &'a str,
    pos: usize,
}

impl Iterator for LineIter<'_> {
    type Item = Range<usize>;
    fn next(&mut self) -> Option<Range<usize>> {
        if self.pos >= self.text.len() {
            return None;
        }
        let rest = &self.text.as_bytes()[self.pos..];
        let end = match rest.iter().position(|&b| b == b'\n' || b == b'\r') {
            Some(i) if rest[i] == b'\r' && rest.get(i + 1) == Some(&b'\n') => i + 2,
            Some(i) => i + 1,
            None => rest.len(),
        };
        let range = self.pos..self.pos + end;
        self.pos += end;
        Some(range)
    }
}

/// What a legal document is; decides which rules apply and how it is labelled.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Deserialize,
    serde::Serialize,
    JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum DocKind {
    PrivacyPolicy,
    TermsOfService,
    CookiePolicy,
    Subprocessors,
    Dpa,
    Other,
}

impl DocKind {
    pub const ALL: [DocKind; 6] = [
        DocKind::PrivacyPolicy,
        DocKind::TermsOfService,
        DocKind::CookiePolicy,
        DocKind::Subprocessors,
        DocKind::Dpa,
        DocKind::Other,
    ];

    pub fn parse(s: &str) -> Option<DocKind> {
        DocKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::PrivacyPolicy => "privacy-policy",
            DocKind::TermsOfService => "terms-of-service",
            DocKind::CookiePolicy => "cookie-policy",
            DocKind::Subprocessors => "subprocessors",
            DocKind::Dpa => "dpa",
            DocKind::Other => "other",
        }
    }
}

/// One entry of `subprocessors:`, a row of the page's sub-processor table.
/// (A missing name, purpose or location is a lint finding,
/// `subprocessors.list`, not a parse error.)
#[derive(Debug, Clone, Deserialize, serde::Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Subprocessor {
    /// The provider, as the text names it (e.g. "Cloudflare").
    #[serde(default)]
    pub name: String,
    /// What it does with the data.
    #[serde(default)]
    pub purpose: String,
    /// Where it processes the data.
    #[serde(default)]
    pub location: String,
    /// Its web address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

/// A document's checked front matter.
#[derive(Debug, Clone)]
pub struct FrontMatter {
    pub title: Located<String>,
    pub description: Located<String>,
    pub kind: Located<DocKind>,
    pub updated: Located<Date>,
    pub effective: Located<Date>,
    pub version: Located<String>,
    /// `None` when the key is absent (different from an empty list).
    pub subprocessors: Option<Located<Vec<Located<Subprocessor>>>>,
    pub jurisdictions: Vec<Located<String>>,
    pub contact: Option<Located<String>>,
    pub slug: Option<Located<String>>,
    /// In a translation: the content hash of the original it translates (`i18n.stale-translation`).
    pub translation_of: Option<Located<String>>,
    /// In an original: the languages it must be translated into (default: all site languages).
    pub translations: Option<Located<Vec<Located<String>>>>,
    /// `facts:`: what conditional rules need to know and the text cannot prove
    /// (see [`FACTS`](crate::fact_catalogue::FACTS)).
    pub facts: BTreeMap<String, Located<bool>>,
    /// Free-form data for custom themes, passed to templates as `page.extra`.
    pub extra: serde_json::Value,
    /// The whole front matter block.
    pub block: Range<usize>,
    /// Fields Charter had to guess because a standalone file (linted outside
    /// a site) did not give them; rules about those fields skip the document.
    pub inferred: Vec<&'static str>,
}

impl FrontMatter {
    /// Whether the author gave `field` (always true inside a site).
    pub fn is_given(&self, field: &str) -> bool {
        !self.inferred.contains(&field)
    }
}

/// The YAML front matter of a Charter document, between `---` lines at the
/// top of the Markdown file. Unknown keys are errors; custom data goes
/// under `extra`.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Charter document front matter")]
pub(crate) struct RawFrontMatter {
    /// The document's title, on the page and in search results.
    #[schemars(regex(pattern = r"\S"))]
    title: Located<String>,
    /// One sentence on what the document is; the page's meta description.
    #[schemars(regex(pattern = r"\S"))]
    description: Located<String>,
    /// What the document is; decides which rules apply.
    #[schemars(with = "DocKind")]
    kind: Located<String>,
    /// The day of this version, shown as "Last updated". Optional inside a
    /// git repository: it is then the day of the last commit that changed
    /// the document's words (the site stage decides, and reports it
    /// missing outside one).
    #[serde(default)]
    #[schemars(with = "Option<crate::schema::IsoDate>")]
    updated: Option<Located<String>>,
    /// The day this version takes effect, shown as "Effective".
    #[schemars(with = "crate::schema::IsoDate")]
    effective: Located<String>,
    /// The version's name, e.g. "2.0" (quote it, or YAML reads a number).
    #[schemars(regex(pattern = r"\S"))]
    version: Located<String>,
    /// The providers that process personal data on the organisation's
    /// behalf, rendered as a table on the page.
    #[serde(default)]
    subprocessors: Option<Located<Vec<Located<Subprocessor>>>>,
    /// The jurisdictions whose rules run (the built-in packs know `gdpr`,
    /// `uk-gdpr`, `ccpa`, `caloppa` and `lgpd`). Default: `[lint]
    /// jurisdictions` of site.toml.
    #[serde(default)]
    jurisdictions: Vec<Located<String>>,
    /// Where to write about one's data: an email address or a contact URL.
    #[serde(default)]
    contact: Option<Located<String>>,
    /// The URL path instead of the file name.
    #[serde(default)]
    slug: Option<Located<String>>,
    /// In a translation: the content hash of the original's text it
    /// translates (`charter lint` prints the current one).
    #[serde(default)]
    translation_of: Option<Located<String>>,
    /// In an original: the languages it is published in. Default: every
    /// site language.
    #[serde(default)]
    #[schemars(with = "Option<Vec<crate::schema::LanguageCode>>")]
    translations: Option<Located<Vec<Located<String>>>>,
    /// What conditional rules need to know and the text cannot prove; wins
    /// over `[lint] facts` of site.toml and over facts the text reveals.
    #[serde(default)]
    #[schemars(with = "BTreeMap<crate::fact_catalogue::FactName, bool>")]
    facts: BTreeMap<Located<String>, Located<bool>>,
    /// Free-form data for custom templates (`page.extra`).
    #[serde(default)]
    extra: Option<serde_json::Value>,
}

/// Front matter of a home page (`_index.md`): everything optional.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexFrontMatter {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
}

const TEMPLATE: &str = "---\ntitle: Privacy Policy\ndescription: How we handle personal data.\nkind: privacy-policy\nupdated: 2025-05-02\neffective: 2025-06-01\nversion: \"1.0\"\n---";

/// Splits and checks a document's front matter. Returns the body's range on success.
pub fn parse_document(source: &Arc<SourceText>) -> Result<(FrontMatter, Range<usize>), Vec<Diag>> {
    let (split, raw): (Split, RawFrontMatter) =
        read(&source.text).map_err(|e| vec![read_diag(source, e)])?;
    let base = split.yaml.start;
    let mut problems = Vec::new();

    let mut date = |field: &str, value: Located<String>| -> Located<Date> {
        let value = value.shifted(base);
        match dates::parse_iso(&value.value) {
            Ok(d) => Located {
                value: d,
                span: value.span,
            },
            Err(why) => {
                problems.push(
                    Diag::error(
                        "front-matter.date",
                        format!("`{field}` is not a valid date: {why}"),
                    )
                    .at(source, value.span.clone(), "expected YYYY-MM-DD")
                    .help(format!("write the date as {field}: 2025-05-02")),
                );
                Located {
                    value: Date::default(),
                    span: value.span,
                }
            }
        }
    };
    let updated_given = raw.updated.is_some();
    let updated = match raw.updated {
        Some(u) => date("updated", u),
        None => Located {
            value: Date::default(),
            span: split.block.start..split.block.start + 3,
        },
    };
    let effective = date("effective", raw.effective);

    let kind_text = raw.kind.shifted(base);
    let kind = match DocKind::parse(kind_text.value.trim()) {
        Some(k) => Located {
            value: k,
            span: kind_text.span,
        },
        None => {
            let names: Vec<&str> = DocKind::ALL.iter().map(|k| k.as_str()).collect();
            let best = crate::suggest::closest(&kind_text.value, names.iter().copied());
            problems.push(
                Diag::error(
                    "front-matter.kind",
                    format!("unknown document kind `{}`", kind_text.value),
                )
                .at(source, kind_text.span.clone(), "decides which rules apply")
                .help(match best {
                    Some(b) => format!("did you mean `{b}`? Kinds: {}", names.join(", ")),
                    None => format!("use one of: {}", names.join(", ")),
                }),
            );
            Located {
                value: DocKind::Other,
                span: kind_text.span,
            }
        }
    };
    let mut check_nonempty = |field: &str, value: &Located<String>| {
        if value.value.trim().is_empty() {
            problems.push(
                Diag::error("front-matter.empty", format!("`{field}` is empty"))
                    .at(source, value.span.clone(), "needs a value")
                    .help(format!(
                        "give the document a {field}; it is shown on the page and in search results"
                    )),
            );
        }
    };
    let title = raw.title.shifted(base);
    let description = raw.description.shifted(base);
    let version = raw.version.shifted(base);
    check_nonempty("title", &title);
    check_nonempty("description", &description);
    check_nonempty("version", &version);
    let mut facts = BTreeMap::new();
    for (name, value) in raw.facts {
        let name = name.shifted(base);
        if !FACTS.contains(&name.value.as_str()) {
            let best = crate::suggest::closest(&name.value, FACTS.iter().copied());
            problems.push(
                Diag::error(
                    "front-matter.unknown-fact",
                    format!("unknown fact `{}`", name.value),
                )
                .at(source, name.span.clone(), "no rule reads this fact")
                .help(match best {
                    Some(b) => format!("did you mean `{b}`? Facts: {}", FACTS.join(", ")),
                    None => format!("facts: {}", FACTS.join(", ")),
                }),
            );
        }
        facts.insert(name.value, value.shifted(base));
    }

    if !problems.is_empty() {
        return Err(problems);
    }
    let front = FrontMatter {
        title,
        description,
        kind,
        updated,
        effective,
        version,
        subprocessors: raw.subprocessors.map(|list| {
            let shifted = list.value.into_iter().map(|s| s.shifted(base)).collect();
            Located {
                value: shifted,
                span: list.span,
            }
            .shifted(base)
        }),
        jurisdictions: raw
            .jurisdictions
            .into_iter()
            .map(|j| j.shifted(base))
            .collect(),
        contact: raw.contact.map(|c| c.shifted(base)),
        slug: raw.slug.map(|s| s.shifted(base)),
        translation_of: raw.translation_of.map(|t| t.shifted(base)),
        translations: raw.translations.map(|list| {
            let shifted = list.value.into_iter().map(|l| l.shifted(base)).collect();
            Located {
                value: shifted,
                span: list.span,
            }
            .shifted(base)
        }),
        facts,
        extra: raw.extra.unwrap_or(serde_json::Value::Null),
        block: split.block.clone(),
        // The site stage fills `updated` from history, or reports it missing.
        inferred: if updated_given {
            Vec::new()
        } else {
            vec!["updated"]
        },
    };
    Ok((front, split.body))
}

/// Splits and reads a home page's front matter; a home page may have none.
pub fn parse_index(source: &Arc<SourceText>) -> Result<(IndexFrontMatter, Range<usize>), Diag> {
    match read(&source.text) {
        Ok((split, front)) => Ok((front, split.body)),
        Err(ReadError::Split(SplitError::Missing)) => {
            Ok((IndexFrontMatter::default(), 0..source.text.len()))
        }
        Err(e) => Err(read_diag(source, e)),
    }
}

fn read_diag(source: &Arc<SourceText>, e: ReadError) -> Diag {
    match e {
        ReadError::Split(e) => split_diag(source, e),
        ReadError::Yaml(split, e) => yaml_diag(source, &split, e),
    }
}

fn split_diag(source: &Arc<SourceText>, e: SplitError) -> Diag {
    match e {
        SplitError::Missing => Diag::error("front-matter.missing", "document has no front matter")
            .at(source, 0..0, "front matter must open the file")
            .help(format!(
                "start the file with a YAML block such as:\n{TEMPLATE}"
            )),
        SplitError::Unclosed { opening } => {
            Diag::error("front-matter.unclosed", "front matter is never closed")
                .at(source, opening, "opened here")
                .help("end the front matter with a line containing only `---`")
        }
    }
}

fn yaml_diag(source: &Arc<SourceText>, split: &Split, e: yaml::YamlError) -> Diag {
    let text = &source.text;
    let base = split.yaml.start;
    let span = match (&e.span, e.line_col) {
        (Some(s), _) if s.start > 0 || s.end > 0 => s.start + base..s.end + base,
        (_, Some((line, col))) => {
            let at = base + offset_of(&text[split.yaml.clone()], line, col);
            at..at
        }
        // No position at all: a missing field or the like is about the block.
        _ => split.block.start..split.block.start + 3,
    };
    if let Some((unknown, expected)) = parse_unknown_field(&e.message) {
        return Diag::error(
            "front-matter.unknown-key",
            format!("unknown front matter key `{unknown}`"),
        )
        .at(source, span, "not a field Charter knows")
        .help(unknown_key_help(&unknown, &expected) + "; put custom data under `extra:`");
    }
    if let Some(field) = e
        .message
        .strip_prefix("missing field `")
        .and_then(|r| r.split('`').next())
    {
        return Diag::error("front-matter.missing-field", format!("front matter lacks `{field}`"))
            .at(source, split.block.start..split.block.start + 3, "in this front matter")
            .help(format!("add `{field}:`; every document needs title, description, kind, updated, effective and version"));
    }
    Diag::error("front-matter.yaml", format!("invalid front matter: {}", e.message))
        .at(source, span, "here")
        .help("front matter is YAML: `key: value` lines; quote values that contain `: ` or start with a symbol")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_handles_bom_crlf_and_dots() {
        let t = "\u{feff}---\r\ntitle: x\r\n---\r\nbody";
        let s = split(t).unwrap();
        assert_eq!(&t[s.yaml.clone()], "title: x\r\n");
        assert_eq!(&t[s.body.clone()], "body");
        let t = "---\na: 1\n...\nrest";
        assert_eq!(&t[split(t).unwrap().body], "rest");
    }

    #[test]
    fn split_errors() {
        assert_eq!(split("# Title"), Err(SplitError::Missing));
        assert_eq!(split(""), Err(SplitError::Missing));
        assert_eq!(
            split("---\na: 1\n"),
            Err(SplitError::Unclosed { opening: 0..3 })
        );
    }

    #[test]
    fn lenient_reading_never_fails() {
        let t = "---\ntitle: T\nversion: 2.0\nkind: [x]\n---\nBody\n";
        let f = Lenient::read(t);
        assert_eq!(f.string("title").as_deref(), Some("T"));
        assert_eq!(f.string("version"), None);
        assert_eq!(f.scalar("version").as_deref(), Some("2.0"));
        assert_eq!(f.scalar("kind"), None);
        assert_eq!(
            &t[f.block.clone()],
            "---\ntitle: T\nversion: 2.0\nkind: [x]\n---\n"
        );
        assert_eq!(&t[f.body], "Body\n");
        // No block, a block that is not a mapping, broken YAML: no fields.
        for t in ["# Title\n", "---\n- a\n---\nB", "---\na: [\n---\nB"] {
            let f = Lenient::read(t);
            assert_eq!(f.get("a"), None, "{t}");
        }
        let f = Lenient::read("# Title\n");
        assert_eq!((f.block, f.body), (0..0, 0..8));
        assert_eq!(Lenient::read("---\n- a\n---\nB").body, 12..13);
    }

    fn doc(yaml: &str) -> Result<FrontMatter, Vec<Diag>> {
        let src = SourceText::new("p.md", format!("---\n{yaml}---\nBody\n"));
        parse_document(&src).map(|(f, _)| f)
    }

    const OK: &str = "title: T\ndescription: D\nkind: privacy-policy\nupdated: 2025-05-02\neffective: 2025-06-01\nversion: 2.0\n";

    #[test]
    fn parses_fields_with_spans() {
        let f = doc(OK).unwrap();
        assert_eq!(f.version.value, "2.0");
        assert_eq!(f.kind.value, DocKind::PrivacyPolicy);
        assert_eq!(f.updated.value.to_string(), "2025-05-02");
        let text = format!("---\n{OK}---\nBody\n");
        assert_eq!(&text[f.effective.span.clone()], "2025-06-01");
    }

    #[test]
    fn impossible_dates_point_at_the_value() {
        let e = doc(&OK.replace("2025-06-01", "2025-02-30")).unwrap_err();
        assert_eq!(e[0].code, "front-matter.date");
        assert_eq!(e[0].position().unwrap().0, (6, 12));
    }

    #[test]
    fn unknown_keys_and_kinds() {
        let e = doc(&format!("{OK}efective: 2025-01-01\n")).unwrap_err();
        assert_eq!(e[0].code, "front-matter.unknown-key");
        assert!(e[0].help.as_deref().unwrap().contains("`effective`"));
        let e = doc(&OK.replace("privacy-policy", "privacy")).unwrap_err();
        assert_eq!(e[0].code, "front-matter.kind");
        assert!(
            e[0].help
                .as_deref()
                .unwrap()
                .contains("did you mean `privacy-policy`?")
        );
        assert_eq!(e[0].position().unwrap().0.0, 4, "{:?}", e[0]);
    }

    #[test]
    fn missing_field() {
        let e = doc(&OK.replace("version: 2.0\n", "")).unwrap_err();
        assert_eq!(e[0].code, "front-matter.missing-field");
        assert!(e[0].message.contains("`version`"));
    }
}

/// Properties over arbitrary files: splitting and checking never panic, and
/// every span (of a field or of a diagnostic) lies inside the file, on
/// character boundaries, so reports can always quote it.
#[cfg(test)]
mod proptests {
    use proptest::prelude::*;

    use super::*;
    use crate::diagnostic::span_checks::{diags_in_text, in_text};

    /// Pieces a hostile or careless author puts in front matter.
    fn value() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<String>(),
            "[a-zA-Z0-9 ._-]{0,12}",
            Just("2025-05-02".to_string()),
            Just("2025-02-30".to_string()),
            Just("\"1.0\"".to_string()),
            Just("privacy-policy".to_string()),
            Just("[a, b, ü]".to_string()),
            Just("{x: 1, y: [2]}".to_string()),
            Just("&anchor ç".to_string()),
            Just("*anchor".to_string()),
            Just("|\n  block é\n  text".to_string()),
            Just("'quoted '' 😀'".to_string()),
            Just("\n  - name: A\n    purpose: B\n    location: C".to_string()),
            Just("\n  established_in_eu: true\n  nonsense_fact: false".to_string()),
            Just("\"\\u00e9\\ud800\"".to_string()),
            Just("\t".to_string()),
            Just("../../etc".to_string()),
        ]
    }

    fn key() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("title"),
            Just("description"),
            Just("kind"),
            Just("updated"),
            Just("effective"),
            Just("version"),
            Just("slug"),
            Just("facts"),
            Just("subprocessors"),
            Just("jurisdictions"),
            Just("translations"),
            Just("translation_of"),
            Just("extra"),
            Just("efective"),
            Just("tïtle"),
        ]
        .prop_map(str::to_string)
    }

    /// A file that looks like a document: `---`, `key: value` lines, a closing
    /// line (sometimes missing or odd), and a body; line endings vary.
    fn document() -> impl Strategy<Value = String> {
        let line = (key(), value()).prop_map(|(k, v)| format!("{k}: {v}"));
        (
            prop_oneof![Just(""), Just("\u{feff}")],
            prop::collection::vec(line, 0..10),
            prop_oneof![Just("\n"), Just("\r\n"), Just("\r")],
            prop_oneof![Just("---"), Just("..."), Just(""), Just("--- ")],
            any::<String>(),
        )
            .prop_map(|(bom, lines, eol, close, body)| {
                let mut s = format!("{bom}---{eol}");
                for l in lines {
                    s.push_str(&l);
                    s.push_str(eol);
                }
                format!("{s}{close}{eol}{body}")
            })
    }

    fn any_file() -> impl Strategy<Value = String> {
        prop_oneof![3 => document(), 1 => any::<String>()]
    }

    proptest! {
        #![proptest_config(ProptestConfig::default())]

        #[test]
        fn split_ranges_are_inside_and_ordered(text in any_file()) {
            if let Ok(s) = split(&text) {
                for r in [&s.yaml, &s.block, &s.body] {
                    prop_assert!(in_text(&text, r), "{r:?}");
                }
                prop_assert!(s.block.start <= s.yaml.start && s.yaml.end <= s.block.end);
                prop_assert_eq!(s.block.end, s.body.start);
                prop_assert_eq!(s.body.end, text.len());
            }
        }

        #[test]
        fn documents_parse_or_give_diags_inside_the_file(text in any_file()) {
            let source = SourceText::new("p.md", text.as_str());
            match parse_document(&source) {
                Ok((front, body)) => {
                    prop_assert!(in_text(&text, &body));
                    let spans = [
                        &front.title.span,
                        &front.description.span,
                        &front.kind.span,
                        &front.updated.span,
                        &front.effective.span,
                        &front.version.span,
                        &front.block,
                    ];
                    for span in spans {
                        prop_assert!(in_text(&text, span), "{span:?}");
                    }
                    for s in front.subprocessors.iter().flat_map(|l| &l.value) {
                        prop_assert!(in_text(&text, &s.span), "{:?}", s.span);
                    }
                    for f in front.facts.values() {
                        prop_assert!(in_text(&text, &f.span), "{:?}", f.span);
                    }
                    if let Some(slug) = &front.slug {
                        prop_assert!(in_text(&text, &slug.span));
                    }
                }
                Err(diags) => {
                    prop_assert!(!diags.is_empty());
                    diags_in_text(&text, &diags)?;
                }
            }
        }

        #[test]
        fn home_pages_parse_or_give_a_diag_inside_the_file(text in any_file()) {
            let source = SourceText::new("_index.md", text.as_str());
            match parse_index(&source) {
                Ok((_, body)) => prop_assert!(in_text(&text, &body)),
                Err(d) => diags_in_text(&text, &[d])?,
            }
        }
    }
}
