//! Rule packs: YAML files of data rules, compiled once per run.
//!
//! ```yaml
//! pack: gdpr
//! sections:                    # named sections, found by their headings
//!   rights:
//!     en: ['rights']
//!     de: ['Rechte']
//! rules:
//!   - id: gdpr.rights.access
//!     severity: error          # error | warning | info
//!     applies_to: [privacy-policy]
//!     jurisdictions: [gdpr]
//!     message: The right of access is not stated
//!     help: Add a sentence such as ...
//!     docs: Why it matters, with the legal reference.
//!     check: require           # require | forbid | require_field
//!     section: rights          # optional: look only in this section
//!     point_at: rights         # or: look everywhere, point at this section if missing
//!     patterns:                # per language, case-insensitive regular expressions
//!       en: ['right (of|to) access']
//!     with:                    # optional: a second phrase needed in the same paragraph
//!       en: ['supervisory authority']
//!     field: contact           # for require_field
//!     reference: GDPR Art. 15; Art. 13(2)(b)   # the law behind it (`charter explain`)
//!     when: { consent_basis: true }  # run only if these front-matter facts hold;
//!                              # an undeclared fact gives one `info` asking for it
//!     except:                  # a block matching these does not count (false friends)
//!       it: ['responsabile del trattamento']
//!     unless:                  # forbid: nothing is reported if any block in scope matches
//!       en: ['notify you by email']
//!     examples:                # run by the tests: must behave as documented
//!       - { lang: en, passes: "## Your rights\n\nYou may access ...", fails: "..." }
//! ```
//!
//! The language key `any` holds patterns that work in every language
//! (placeholders such as `[COMPANY]`); a rule with only `any` supports all.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use rayon::prelude::*;
use regex::Regex;
use schemars::JsonSchema;
use serde::Deserialize;

use super::Check;
use super::matcher::Matcher;
use super::rule::{RuleMeta, for_language};
use super::text;
use crate::diagnostic::{Diag, Severity, SourceText};
use crate::front_matter::DocKind;
use crate::site_files::{MAX_PACK_BYTES, SiteRoot};
use crate::yaml::{self, Located};

super::embed_builtin!["rules/"; "ccpa", "core", "gdpr", "lgpd", "uk-gdpr"];

/// How a rule checks a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
enum CheckKind {
    /// Something in the text must meet the rule: a statement that fits one
    /// of `statements`, or a match of `patterns`.
    Require,
    /// No match of `patterns` may be in the text.
    Forbid,
    /// A front matter field (`field`) must be given.
    RequireField,
}

/// A Charter rule pack (`rules/*.yaml`): the built-in ones are embedded in
/// the binary, a site's own `rules/*.yaml` add rules or replace a built-in
/// rule with the same id. Unknown keys are errors.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Charter rule pack")]
pub(crate) struct RawPack {
    /// The pack's name (`gdpr`), listed by `charter rules`.
    #[schemars(length(min = 1))]
    pack: String,
    /// What the pack is for; documentation for people reading the file.
    #[serde(default, rename = "description")]
    _description: Option<String>,
    /// Named sections, found by their headings: section name → language →
    /// heading patterns. Rules name them in `section` or `point_at`.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, crate::schema::PerLanguage>")]
    sections: BTreeMap<String, BTreeMap<String, Vec<Located<String>>>>,
    /// The pack's rules.
    rules: Vec<RawRule>,
}

/// One rule of a pack.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Rule")]
// What serde cannot say and `compile_raw` refuses: `section` and
// `point_at` exclude each other; `require` needs `patterns` or
// `statements`, `forbid` needs `patterns` and takes no `statements`,
// `require_field` needs `field`.
#[schemars(extend("allOf" = [
    { "not": { "required": ["section", "point_at"] } },
    {
        "if": { "properties": { "check": { "const": "require" } } },
        "then": { "anyOf": [{ "required": ["patterns"] }, { "required": ["statements"] }] }
    },
    {
        "if": { "properties": { "check": { "const": "forbid" } } },
        "then": { "required": ["patterns"], "not": { "required": ["statements"] } }
    },
    {
        "if": { "properties": { "check": { "const": "require_field" } } },
        "then": { "required": ["field"] }
    }
]))]
struct RawRule {
    /// The rule's id, `pack.topic[.detail]` (`gdpr.rights.erasure`); a
    /// site's rule with a built-in rule's id replaces it.
    #[schemars(regex(pattern = r"^[a-z0-9-]+(\.[a-z0-9-]+)+$"))]
    id: Located<String>,
    /// How serious a finding is.
    severity: Severity,
    /// The document kinds it applies to. Default: every kind.
    #[serde(default)]
    #[schemars(with = "Vec<DocKind>")]
    applies_to: Vec<Located<String>>,
    /// The jurisdictions that switch it on. Default: it always runs.
    #[serde(default)]
    jurisdictions: Vec<String>,
    /// One line: what is wrong.
    message: String,
    /// How to fix it.
    help: String,
    /// Why it matters, with the legal reference; its first paragraph is
    /// shown with each finding, the whole by `charter explain`.
    docs: String,
    /// How the rule checks.
    check: CheckKind,
    /// Look only under the headings of this section (of `sections:`).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    section: Option<Located<String>>,
    /// Search the whole document, but point at this section when missing.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    point_at: Option<Located<String>>,
    /// Regular expressions per language; `require`: one must match,
    /// `forbid`: none may.
    #[serde(default)]
    #[schemars(with = "crate::schema::PerLanguage")]
    patterns: BTreeMap<String, Vec<Located<String>>>,
    /// require: the statement forms that meet the rule, each a list of
    /// concepts one statement must carry (`lint::statements`).
    #[serde(default)]
    #[schemars(with = "Vec<crate::schema::StatementForm>")]
    statements: Vec<Vec<Located<String>>>,
    /// A second pattern needed in the same paragraph as a match of `patterns`.
    #[serde(default)]
    #[schemars(with = "crate::schema::PerLanguage")]
    with: BTreeMap<String, Vec<Located<String>>>,
    /// require_field: the front matter field that must be given.
    #[serde(default)]
    #[schemars(with = "Option<RequiredField>")]
    field: Option<Located<String>>,
    /// The law behind the rule (`GDPR Art. 15`), for `charter explain`.
    #[serde(default)]
    reference: String,
    /// Facts that must hold for the rule to run; an undeclared one gives
    /// one `info` asking for it.
    #[serde(default)]
    #[schemars(with = "BTreeMap<crate::fact_catalogue::FactName, bool>")]
    when: BTreeMap<Located<String>, bool>,
    /// A paragraph matching these does not count (false friends).
    #[serde(default)]
    #[schemars(with = "crate::schema::PerLanguage")]
    except: BTreeMap<String, Vec<Located<String>>>,
    /// forbid: nothing is reported if any paragraph in scope matches these.
    #[serde(default)]
    #[schemars(with = "crate::schema::PerLanguage")]
    unless: BTreeMap<String, Vec<Located<String>>>,
    /// Examples the tests run: the rule must behave as documented.
    #[serde(default)]
    examples: Vec<Example>,
    /// require: the match must stand out, in a heading or a paragraph that
    /// opens in bold (GDPR Art. 21(4) "separately from any other information").
    #[serde(default)]
    prominent: bool,
}

/// A documented example: Markdown that makes the rule pass or fail on its own.
#[derive(Debug, Clone, Deserialize, serde::Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// The language of the Markdown.
    pub lang: String,
    /// Front-matter lines to add (e.g. `jurisdictions: [ccpa]`).
    #[serde(default)]
    pub front: Option<String>,
    /// Markdown that meets the rule.
    #[serde(default)]
    pub passes: Option<String>,
    /// Markdown that breaks it.
    #[serde(default)]
    pub fails: Option<String>,
}

/// The language key whose patterns serve every language.
pub const ANY_LANGUAGE: &str = "any";

impl<'de> Deserialize<'de> for Severity {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        match s.as_str() {
            "error" => Ok(Severity::Error),
            "warning" => Ok(Severity::Warning),
            "info" => Ok(Severity::Info),
            other => Err(serde::de::Error::unknown_variant(
                other,
                &["error", "warning", "info"],
            )),
        }
    }
}

/// A front matter field `require_field` can check ([`FIELDS`]).
pub struct RequiredField;
crate::schema::schema_marker!(
    RequiredField,
    schemars::json_schema!({ "type": "string", "enum": FIELDS })
);

/// Front matter fields `require_field` can check.
pub const FIELDS: &[&str] = &["contact", "subprocessors", "jurisdictions"];

type Patterns = BTreeMap<String, LazyPatterns>;

/// One language's patterns, compiled on first use: a site in three languages
/// never pays for compiling the other four. Matching uses one alternation of
/// all of them (one regex to build and run instead of one per pattern);
/// the separate regexes are built only to quote what a `forbid` rule found.
#[derive(Debug, Clone, Default)]
struct LazyPatterns {
    sources: Arc<Vec<String>>,
    any: Arc<OnceLock<Option<Matcher>>>,
    each: Arc<OnceLock<Vec<Regex>>>,
    /// Each pattern's regex alone, built when [`LazyPatterns::find`] first
    /// needs that one (`None`: over the size limit).
    alone: Arc<OnceLock<Vec<OnceLock<Option<Regex>>>>>,
}

impl LazyPatterns {
    fn is_empty(&self) -> bool {
        self.sources.is_empty()
    }

    /// Whether any of the patterns matches `text`.
    fn is_match(&self, text: &str) -> bool {
        match self.any() {
            Some(any) => any.is_match(text),
            None => self.each().iter().any(|p| p.is_match(text)),
        }
    }

    /// The first pattern, in the rule file's order, that matches: its match.
    /// The set says which that is, and only its regex is built: building
    /// every pattern's regex to quote one was 23 M instructions on the
    /// corpus with every pack (BENCHMARKS.md, session 37). Where the set
    /// cannot say (none, or a pattern too large alone), every pattern's.
    fn find<'t>(&self, text: &'t str) -> Option<regex::Match<'t>> {
        if let Some(first) = self.any().and_then(|any| any.matches(text).iter().next())
            && let Some(re) = self.alone(first.as_usize())
            && let Some(found) = re.find(text)
        {
            return Some(found);
        }
        self.each().iter().find_map(|p| p.find(text))
    }

    /// Pattern `i`'s regex alone, built on first use; `None` over the size
    /// limit (where [`LazyPatterns::each`] leaves it out).
    fn alone(&self, i: usize) -> Option<&Regex> {
        self.alone
            .get_or_init(|| self.sources.iter().map(|_| OnceLock::new()).collect())
            .get(i)?
            .get_or_init(|| text::compile(&self.sources[i]).ok())
            .as_ref()
    }

    fn any(&self) -> Option<&Matcher> {
        self.any
            .get_or_init(|| {
                if self.sources.is_empty() {
                    return None;
                }
                // One set of them all (a window searched apart, as a set
                // does). A set over the size limit falls back to separate
                // patterns. Only asked whether it matches: no reverse
                // automaton.
                text::matcher(&self.sources).ok()
            })
            .as_ref()
    }

    fn each(&self) -> &[Regex] {
        // Syntax was checked at load; a pattern over the size limit is skipped.
        self.each.get_or_init(|| {
            self.sources
                .iter()
                .filter_map(|p| text::compile(p).ok())
                .collect()
        })
    }
}

/// A rule's `patterns`, `with` and `except` in one language.
struct BlockPatterns<'p> {
    patterns: &'p LazyPatterns,
    with: &'p LazyPatterns,
    except: &'p LazyPatterns,
}

/// No patterns: what a rule without `with:` (or `except:`) has in a language.
static NO_PATTERNS: std::sync::LazyLock<LazyPatterns> =
    std::sync::LazyLock::new(LazyPatterns::default);

/// A compiled data rule.
#[derive(Debug, Clone)]
pub struct DataRule {
    pub meta: RuleMeta,
    check: CheckKind,
    /// Heading patterns of the rule's section, per language.
    section: Option<Patterns>,
    /// Whether the search is limited to that section (`section:`), or the
    /// section only says where to point when nothing is found (`point_at:`).
    search_section: bool,
    patterns: Patterns,
    /// Statement forms over concepts: the rule is met by a statement that
    /// fits one of them.
    statements: Vec<super::statements::Form>,
    /// The forms' first tests, for every statement and for pairs
    /// (`@paragraph` forms only).
    quick: super::statements::Quick,
    quick_pairs: super::statements::Quick,
    with: Patterns,
    except: Patterns,
    unless: Patterns,
    field: Option<String>,
    prominent: bool,
    pub examples: Vec<Example>,
}

/// Loads the built-in packs, then the site's `rules/*.yaml` (which may replace
/// built-in rules by id). All problems in all files are reported.
pub fn load_all(root: &Path) -> Result<Vec<DataRule>, Vec<Diag>> {
    let mut sources: Vec<Arc<SourceText>> = BUILTIN
        .iter()
        .map(|(name, text)| SourceText::builtin(format!("{name} (built-in)"), text))
        .collect();
    let dir = root.join("rules");
    let mut problems = Vec::new();
    let site = SiteRoot::new(root);
    if let Err(refused) = site.is_dir(&dir) {
        return Err(vec![refused.diag("rules", "rules/")]);
    }
    if let Ok(entries) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
            .collect();
        paths.sort();
        for path in paths {
            let name = crate::site_files::relative_name(root, &path);
            match site.read(&path, MAX_PACK_BYTES) {
                Ok(bytes) => match crate::site_files::decode(&name, bytes) {
                    // A copy of a built-in pack or of the built-in facts
                    // file (as in Charter's own repository, whose `rules/`
                    // are the built-ins) adds nothing.
                    Ok(s)
                        if BUILTIN.iter().any(|(_, text)| **text == *s.text)
                            || super::facts::BUILTIN.1 == &*s.text => {}
                    Ok(s) => sources.push(s),
                    Err(d) => problems.push(d),
                },
                Err(refused) => problems.push(refused.diag("rules", &name)),
            }
        }
    }
    // Packs are parsed side by side (YAML parsing is most of a small site's
    // start-up), and beside the vocabularies and facts they name, then
    // merged in order.
    let (builtins, parsed) = rayon::join(
        || {
            super::vocabulary::builtin_problems()
                .or_else(super::facts::builtin_problems)
                .map(<[Diag]>::to_vec)
        },
        || {
            sources
                .par_iter()
                .enumerate()
                .map(|(i, source)| match BUILTIN_JSON.get(i) {
                    Some(json) => parse_builtin(source, json),
                    None => parse_pack(source),
                })
                .collect::<Vec<_>>()
        },
    );
    if let Some(problems) = builtins {
        return Err(problems);
    }
    // The site's own packs share one budget of patterns: each is compiled
    // to be checked, and a pull request could add any number of them.
    let site_patterns: usize = parsed[BUILTIN.len()..]
        .iter()
        .filter_map(|p| p.as_ref().ok())
        .map(RawPack::pattern_count)
        .sum();
    // A rule over its own limit is reported where it is written, below.
    let rule_over_limit = parsed[BUILTIN.len()..]
        .iter()
        .filter_map(|p| p.as_ref().ok())
        .flat_map(|p| &p.rules)
        .any(|r| r.pattern_count() > MAX_PATTERNS_PER_RULE);
    if site_patterns > MAX_PATTERNS_PER_RUN && !rule_over_limit {
        problems.push(
            Diag::error(
                "rules.too-many-patterns",
                format!("the site's rule packs have {site_patterns} patterns; the limit is {MAX_PATTERNS_PER_RUN}"),
            )
            .help("a rule needs a handful of patterns per language; split what is long into several rules"),
        );
        return Err(problems);
    }
    let compiled: Vec<_> = sources
        .par_iter()
        .zip(parsed)
        .enumerate()
        .map(|(i, (source, raw))| {
            // The built-in packs' patterns are checked by this module's tests;
            // checking them again on every run would cost more than linting a
            // small site.
            let check = if i < BUILTIN.len() {
                Syntax::Trusted
            } else {
                Syntax::Check
            };
            compile_raw(source, raw?, check)
        })
        .collect();
    let mut rules: Vec<DataRule> = Vec::new();
    for pack in compiled {
        match pack {
            Ok(pack) => {
                for rule in pack {
                    rules.retain(|r| r.meta.id != rule.meta.id);
                    rules.push(rule);
                }
            }
            Err(mut d) => problems.append(&mut d),
        }
    }
    if problems.is_empty() {
        Ok(rules)
    } else {
        Err(problems)
    }
}

/// Whether a pack's patterns are syntax-checked when it loads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// A site's own pack: every pattern is checked, and each bad one reported.
    Check,
    /// A built-in pack, whose patterns the tests check.
    Trusted,
}

/// Parses and compiles one pack file, checking every pattern.
pub fn compile_pack(source: &Arc<SourceText>) -> Result<Vec<DataRule>, Vec<Diag>> {
    compile_pack_with(source, Syntax::Check)
}

/// Most patterns one rule may have, all languages and sets together.
pub const MAX_PATTERNS_PER_RULE: usize = 1_000;
/// Most patterns a site's own packs may have together.
pub const MAX_PATTERNS_PER_RUN: usize = 10_000;

/// Parses and compiles one pack file.
pub fn compile_pack_with(
    source: &Arc<SourceText>,
    syntax: Syntax,
) -> Result<Vec<DataRule>, Vec<Diag>> {
    compile_raw(source, parse_pack(source)?, syntax)
}

impl RawRule {
    fn pattern_count(&self) -> usize {
        [&self.patterns, &self.with, &self.except, &self.unless]
            .iter()
            .flat_map(|set| set.values())
            .map(Vec::len)
            .sum()
    }
}

impl RawPack {
    fn pattern_count(&self) -> usize {
        let sections: usize = self
            .sections
            .values()
            .flat_map(|s| s.values())
            .map(Vec::len)
            .sum();
        sections + self.rules.iter().map(RawRule::pattern_count).sum::<usize>()
    }
}

/// Reads a built-in pack from the JSON build.rs made of its YAML (a
/// small part of parsing the YAML), or from its YAML if that JSON is not
/// there or does not read. Its spans are then `0..0`: they only place
/// problems of compiling, and the tests prove the built-ins have none.
fn parse_builtin(source: &Arc<SourceText>, json: &str) -> Result<RawPack, Vec<Diag>> {
    serde_json::from_str(json).or_else(|_| parse_pack(source))
}

/// Reads a pack file's YAML, without compiling anything.
fn parse_pack(source: &Arc<SourceText>) -> Result<RawPack, Vec<Diag>> {
    yaml::from_str(&source.text).map_err(|e| {
        let span = e.span.clone().unwrap_or_else(|| {
            let at = e
                .line_col
                .map_or(0, |(l, c)| crate::diagnostic::offset_of(&source.text, l, c));
            at..at
        });
        vec![
            Diag::error("rules.invalid", format!("invalid rule pack: {}", e.message))
                .at(source, span, "here")
                .help(
                    "see the rule pack format in src/lint/pack.rs and the built-in rules/gdpr.yaml",
                ),
        ]
    })
}

/// Compiles a parsed pack: its sections and rules, each checked.
fn compile_raw(
    source: &Arc<SourceText>,
    raw: RawPack,
    syntax: Syntax,
) -> Result<Vec<DataRule>, Vec<Diag>> {
    let mut problems = Vec::new();
    // Counted before anything compiles: checking 100,000 patterns of one rule
    // took 20 s and 2 GB.
    for r in &raw.rules {
        let n = r.pattern_count();
        if n > MAX_PATTERNS_PER_RULE {
            problems.push(
                Diag::error(
                    "rules.too-many-patterns",
                    format!(
                        "rule `{}` has {n} patterns; the limit is {MAX_PATTERNS_PER_RULE}",
                        r.id.value
                    ),
                )
                .at(source, r.id.span.clone(), "this rule")
                .help(
                    "a rule needs a handful of patterns per language; split it into several rules",
                ),
            );
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let sections: BTreeMap<String, Patterns> = raw
        .sections
        .iter()
        .map(|(name, set)| {
            (
                name.clone(),
                compile_set(source, set, syntax, &mut problems),
            )
        })
        .collect();
    let mut rules = Vec::new();
    for r in raw.rules {
        let patterns = compile_set(source, &r.patterns, syntax, &mut problems);
        let with = compile_set(source, &r.with, syntax, &mut problems);
        let except = compile_set(source, &r.except, syntax, &mut problems);
        let unless = compile_set(source, &r.unless, syntax, &mut problems);
        let statements: Vec<super::statements::Form> = r
            .statements
            .iter()
            .filter_map(|form| super::statements::Form::compile(source, form, &mut problems))
            .collect();
        for fact in r.when.keys() {
            if !crate::fact_catalogue::FACTS.contains(&fact.value.as_str()) {
                problems.push(
                    Diag::error("rules.fact", format!("unknown fact `{}`", fact.value))
                        .at(source, fact.span.clone(), "in when")
                        .help(format!(
                            "facts: {}",
                            crate::fact_catalogue::FACTS.join(", ")
                        )),
                );
            }
        }
        let mut applies_to = Vec::new();
        for k in &r.applies_to {
            match DocKind::parse(&k.value) {
                Some(kind) => applies_to.push(kind),
                None => problems.push(
                    Diag::error("rules.kind", format!("unknown document kind `{}`", k.value))
                        .at(source, k.span.clone(), "in applies_to")
                        .help("kinds: privacy-policy, terms-of-service, cookie-policy, subprocessors, dpa, other"),
                ),
            }
        }
        if r.section.is_some() && r.point_at.is_some() {
            problems.push(
                Diag::error("rules.section", format!("rule `{}` has both `section` and `point_at`", r.id.value))
                    .at(source, r.id.span.clone(), "this rule")
                    .help("`section` restricts the search and is pointed at; `point_at` only says where to point"),
            );
        }
        let search_section = r.section.is_some();
        let section = match r.section.as_ref().or(r.point_at.as_ref()) {
            Some(name) => match sections.get(&name.value) {
                Some(p) => Some(p.clone()),
                None => {
                    problems.push(
                        Diag::error("rules.section", format!("unknown section `{}`", name.value))
                            .at(source, name.span.clone(), "not defined under `sections:`")
                            .help(format!(
                                "defined sections: {}",
                                sections.keys().cloned().collect::<Vec<_>>().join(", ")
                            )),
                    );
                    None
                }
            },
            None => None,
        };
        match (r.check, &r.field) {
            (CheckKind::RequireField, Some(f)) if !FIELDS.contains(&f.value.as_str()) => problems
                .push(
                    Diag::error(
                        "rules.field",
                        format!("`require_field` cannot check `{}`", f.value),
                    )
                    .at(source, f.span.clone(), "unknown field")
                    .help(format!("checkable fields: {}", FIELDS.join(", "))),
                ),
            (CheckKind::RequireField, None) => problems.push(
                Diag::error(
                    "rules.field",
                    format!("rule `{}` uses require_field without `field:`", r.id.value),
                )
                .at(source, r.id.span.clone(), "this rule")
                .help("add field: contact (or subprocessors, jurisdictions)"),
            ),
            (CheckKind::Forbid, _) if !statements.is_empty() => problems.push(
                Diag::error(
                    "rules.statements",
                    format!("rule `{}`: `statements:` serve `require` rules only", r.id.value),
                )
                .at(source, r.id.span.clone(), "this rule")
                .help("a forbid rule lists `patterns:` per language"),
            ),
            (CheckKind::Require | CheckKind::Forbid, _)
                if patterns.is_empty() && statements.is_empty() =>
            {
                problems.push(
                Diag::error(
                    "rules.patterns",
                    format!("rule `{}` has no patterns", r.id.value),
                )
                .at(source, r.id.span.clone(), "this rule")
                .help("add statements over concepts, e.g. statements: [[grant, object]], or patterns per language"),
                )
            }
            _ => {}
        }
        let mut languages: Vec<String> = patterns.keys().cloned().collect();
        if !statements.is_empty() {
            let concepts = super::vocabulary::builtin();
            for lang in concepts.languages() {
                let defined = concepts.defined(lang).unwrap_or_default();
                if statements.iter().any(|f| f.readable_with(defined)) {
                    languages.push(lang.to_string());
                }
            }
            languages.sort();
            languages.dedup();
        }
        if r.check == CheckKind::RequireField || patterns.contains_key(ANY_LANGUAGE) {
            languages.clear();
        }
        rules.push(DataRule {
            meta: RuleMeta {
                id: r.id.value,
                severity: r.severity,
                pack: raw.pack.clone(),
                applies_to,
                jurisdictions: r.jurisdictions,
                languages,
                message: r.message.trim().to_string(),
                help: r.help.trim().to_string(),
                why: super::rule::paragraph(r.docs.split("\n\n").next().unwrap_or("")).into(),
                docs: r.docs.trim().to_string(),
                origin: source.name.trim_end_matches(" (built-in)").to_string(),
                reference: r.reference.trim().to_string(),
                when: r.when.into_iter().map(|(k, v)| (k.value, v)).collect(),
            },
            check: r.check,
            section,
            search_section,
            patterns,
            quick: super::statements::Form::quick(&statements),
            quick_pairs: super::statements::Form::quick(statements.iter().filter(|f| f.paragraph)),
            statements,
            with,
            except,
            unless,
            field: r.field.map(|f| f.value),
            prominent: r.prominent,
            examples: r.examples,
        });
    }
    if problems.is_empty() {
        Ok(rules)
    } else {
        Err(problems)
    }
}

fn compile_set(
    source: &Arc<SourceText>,
    set: &BTreeMap<String, Vec<Located<String>>>,
    syntax: Syntax,
    problems: &mut Vec<Diag>,
) -> Patterns {
    set.iter()
        .map(|(lang, list)| {
            let sources = list
                .iter()
                .filter_map(|p| match check_syntax(syntax, &p.value) {
                    Ok(()) => Some(p.value.clone()),
                    Err(why) => {
                        problems.push(
                            Diag::error("rules.pattern", format!("invalid pattern: {why}"))
                                .at(source, p.span.clone(), "this regular expression")
                                .help("patterns use the syntax of Rust's regex crate, matched case-insensitively"),
                        );
                        None
                    }
                })
                .collect();
            let lazy = LazyPatterns {
                sources: Arc::new(sources),
                ..LazyPatterns::default()
            };
            (lang.clone(), lazy)
        })
        .collect()
}

fn check_syntax(syntax: Syntax, pattern: &str) -> Result<(), String> {
    match syntax {
        Syntax::Check => text::check(pattern),
        Syntax::Trusted => Ok(()),
    }
}

impl DataRule {
    /// The rule's statement forms as written ("grant + erase").
    pub fn forms(&self) -> impl Iterator<Item = &str> {
        self.statements.iter().map(|f| f.text.as_str())
    }

    pub fn check(&self, c: &mut Check<'_>) {
        match self.check {
            CheckKind::Require => self.require(c),
            CheckKind::Forbid => self.forbid(c),
            CheckKind::RequireField => self.require_field(c),
        }
    }

    fn lang_patterns<'p>(&self, set: &'p Patterns, lang: &str) -> &'p LazyPatterns {
        for_language(set, lang)
            .or_else(|| set.get(ANY_LANGUAGE))
            .unwrap_or(&NO_PATTERNS)
    }

    /// The headings of the rule's section in this document, in the parts
    /// the rule reads (another jurisdiction's rights section is not this
    /// rule's rights section).
    fn headings(&self, c: &Check<'_>) -> Vec<usize> {
        self.section
            .as_ref()
            .map(|s| {
                let patterns = self.lang_patterns(s, &c.doc.lang);
                c.sections.matching_headings(|h| patterns.is_match(h))
            })
            .unwrap_or_default()
            .into_iter()
            .filter(|&h| self.reads(c, c.sections.heading_scope(h)))
            .collect()
    }

    /// Whether the rule reads a part scoped to `scope` (`lint::scope`).
    fn reads(&self, c: &Check<'_>, scope: Option<&[&'static str]>) -> bool {
        scope.is_none()
            || super::scope::reads(
                &self.meta.jurisdictions,
                scope,
                c.sections.notice_for(&c.doc.front.title.value),
                c.jurisdictions,
            )
    }

    /// Indices of the blocks the rule searches: its section when it has one
    /// and the document does too, else the whole document; and the part
    /// written for the rule's own jurisdiction, which is that jurisdiction's
    /// section whatever its headings say ("California Addendum"); never
    /// another jurisdiction's part.
    fn scope(&self, c: &Check<'_>, headings: &[usize]) -> Vec<usize> {
        let blocks = &c.doc.rendered.outline.blocks;
        // Parts count as sections only in a document with parts for other
        // jurisdictions too, or linted for other jurisdictions too: in a
        // GDPR-only policy, "Transfers outside the EEA" is about transfers,
        // not the GDPR part; in one linted for the GDPR and the CCPA, the
        // part "California residents" after a general "Your rights" is the
        // CCPA's part, rights and all.
        let several_parts = c
            .jurisdictions
            .iter()
            .any(|j| !self.meta.jurisdictions.contains(j))
            || (0..c.sections.heading_texts.len())
                .any(|h| !self.reads(c, c.sections.heading_scope(h)));
        (0..blocks.len())
            .filter(|&i| {
                let part = c.sections.block_scope(&blocks[i]);
                let own_part = several_parts
                    && part.is_some_and(|p| {
                        self.meta
                            .jurisdictions
                            .iter()
                            .any(|j| p.contains(&j.as_str()))
                    });
                (headings.is_empty()
                    || !self.search_section
                    || own_part
                    || c.sections.block_in(&blocks[i], headings))
                    && self.reads(c, part)
            })
            .collect()
    }

    /// The rule's patterns a block is matched with, in `lang`: looked up
    /// once per document, not per block (three lookups by language a
    /// block were 1.4% of a generated 3,000-page site's lint).
    fn block_patterns(&self, lang: &str) -> BlockPatterns<'_> {
        BlockPatterns {
            patterns: self.lang_patterns(&self.patterns, lang),
            with: self.lang_patterns(&self.with, lang),
            except: self.lang_patterns(&self.except, lang),
        }
    }

    /// Whether block `i` matches the rule: a pattern, a `with` pattern when
    /// given, and no `except` pattern.
    fn matches(&self, c: &Check<'_>, p: &BlockPatterns<'_>, i: usize) -> bool {
        let text = &c.sections.texts[i];
        p.patterns.is_match(text)
            && (p.with.is_empty() || p.with.is_match(text))
            && (p.except.is_empty() || !p.except.is_match(text))
    }

    /// At least one block (in the rule's section, when the document has that
    /// section) matches.
    fn require(&self, c: &mut Check<'_>) {
        let headings = self.headings(c);
        let found = if self.prominent {
            self.prominent_match(c)
        } else {
            let scope = self.scope(c, &headings);
            let p = self.block_patterns(&c.doc.lang);
            (!p.patterns.is_empty() && scope.iter().any(|&i| self.matches(c, &p, i)))
                || self.statement_match(c, &scope)
        };
        if found {
            return;
        }
        match headings.first() {
            Some(&h) => {
                let span = c.sections.heading(h).span.clone();
                c.report(span, "not stated in this section");
            }
            None => {
                let span = c.front_matter_span();
                c.report(span, "not stated anywhere in this document");
            }
        }
    }

    /// A statement in the blocks `scope` fits one of the rule's forms; it
    /// is kept as the evidence that the rule is met.
    fn statement_match(&self, c: &mut Check<'_>, scope: &[usize]) -> bool {
        if self.statements.is_empty() {
            return false;
        }
        let Some(tree) = c
            .sections
            .tree(&c.doc.source.text, &c.doc.front.title.value)
        else {
            return false;
        };
        let Some(vocabulary) = super::vocabulary::builtin().vocabulary(&c.doc.lang) else {
            return false;
        };
        let mut in_scope = vec![false; c.doc.rendered.outline.blocks.len()];
        for &i in scope {
            in_scope[i] = true;
        }
        let any_paragraph = self.statements.iter().any(|f| f.paragraph);
        let hit = tree.first_fitting(
            &in_scope,
            &c.doc.rendered.outline.blocks,
            |s| {
                self.quick.may_fit(s)
                    && super::statements::Form::any_fits(&self.statements, s, vocabulary)
            },
            any_paragraph.then_some(|pair: &super::tree::Statement| {
                super::statements::Form::any_fits(
                    self.statements.iter().filter(|f| f.paragraph),
                    pair,
                    vocabulary,
                )
            }),
            |pair| self.quick_pairs.may_fit(pair),
        );
        match hit {
            Some(s) => {
                let span = c.doc.rendered.outline.blocks[s.block].span.clone();
                let under = s.labels.last().map(|&l| tree.labels[l].text.clone());
                c.evidence(span, &s.text, under.as_deref());
                true
            }
            None => false,
        }
    }

    /// A heading matches, or a block whose bold opening matches.
    fn prominent_match(&self, c: &Check<'_>) -> bool {
        let patterns = self.lang_patterns(&self.patterns, &c.doc.lang);
        let hit = |t: &str| patterns.is_match(t);
        let sections = c.sections;
        (0..sections.heading_texts.len())
            .any(|h| self.reads(c, sections.heading_scope(h)) && hit(&sections.heading_texts[h]))
            || c.doc.rendered.outline.blocks.iter().any(|b| {
                let raw = c.doc.source.text.get(b.span.clone()).unwrap_or("");
                self.reads(c, sections.block_scope(b))
                    && super::tree::bold_opening(raw)
                        .is_some_and(|bold| hit(&text::normalize(bold)))
            })
    }

    /// No block in scope may match, unless an `unless` pattern appears in
    /// scope; each match is reported where it is.
    fn forbid(&self, c: &mut Check<'_>) {
        let headings = self.headings(c);
        let scope = self.scope(c, &headings);
        let unless = self.lang_patterns(&self.unless, &c.doc.lang);
        if scope.iter().any(|&i| unless.is_match(&c.sections.texts[i])) {
            return;
        }
        let p = self.block_patterns(&c.doc.lang);
        let mut hits = Vec::new();
        for i in scope {
            if !self.matches(c, &p, i) {
                continue;
            }
            if let Some(m) = p.patterns.find(&c.sections.texts[i]) {
                let span = c.doc.rendered.outline.blocks[i].span.clone();
                hits.push((span, m.as_str().to_string()));
            }
        }
        for (span, text) in hits {
            c.report(span, format!("found: \"{text}\""));
        }
    }

    fn require_field(&self, c: &mut Check<'_>) {
        let front = &c.doc.front;
        let present = match self.field.as_deref() {
            Some("contact") => front
                .contact
                .as_ref()
                .is_some_and(|v| !v.value.trim().is_empty()),
            Some("subprocessors") => front.subprocessors.is_some(),
            Some("jurisdictions") => !front.jurisdictions.is_empty(),
            _ => true,
        };
        if !present {
            let span = front.block.start..front.block.start + 3;
            c.report(span, "missing from this front matter");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_pack_is_embedded() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| format!("rules/{}", e.file_name().to_string_lossy()))
            .filter(|n| n.ends_with(".yaml") && *n != super::super::facts::BUILTIN.0)
            .collect();
        on_disk.sort();
        let embedded: Vec<String> = BUILTIN.iter().map(|(n, _)| n.to_string()).collect();
        assert_eq!(on_disk, embedded, "update BUILTIN in src/lint/pack.rs");
    }

    /// `find` builds only the regex of the first pattern the set finds:
    /// it must quote what trying every pattern's regex in order quotes,
    /// also where a later pattern matches earlier in the text, where two
    /// match at once, and where none does.
    #[test]
    fn find_quotes_the_first_pattern_that_matches() {
        let sources = vec![
            r"\bsell (your|the) data\b".to_string(),
            r"\bshare[sd]? (it|them) with advertisers".to_string(),
            r"\bdata\b".to_string(),
            r"(?i)tracking pixels?".to_string(),
        ];
        let lazy = LazyPatterns {
            sources: Arc::new(sources),
            ..LazyPatterns::default()
        };
        let every = |text: &str| {
            lazy.each()
                .iter()
                .find_map(|p| p.find(text))
                .map(|m| (m.range(), m.as_str().to_string()))
        };
        for text in [
            "Your data is ours: we sell your data.",
            "We shared them with advertisers and sell the data.",
            "Tracking pixels, then data.",
            "We use TRACKING PIXEL images.",
            "Nothing here.",
            "",
        ] {
            let text = crate::lint::text::normalize(text);
            let found = lazy
                .find(&text)
                .map(|m| (m.range(), m.as_str().to_string()));
            assert_eq!(found, every(&text), "{text}");
        }
    }

    #[test]
    fn builtin_packs_read_from_their_json() {
        assert_eq!(BUILTIN.len(), BUILTIN_JSON.len());
        for ((name, _), json) in BUILTIN.iter().zip(BUILTIN_JSON) {
            // Were it not to read, every run would parse the YAML instead.
            let raw = serde_json::from_str::<RawPack>(json);
            assert!(raw.is_ok(), "{name}: {:?}", raw.err());
        }
    }

    /// `build.rs` compiled every built-in rule's pattern lists ahead of
    /// time, from the sources `text::matcher` folds (`matcher::prebuilt`): a
    /// list it missed would still match the same, only compile slower.
    #[test]
    fn every_builtin_pattern_list_is_prebuilt() {
        for (name, text) in BUILTIN {
            let rules = compile_pack(&SourceText::new(*name, *text)).unwrap();
            for rule in &rules {
                let sets = [&rule.patterns, &rule.with, &rule.except, &rule.unless];
                for set in sets.into_iter().chain(rule.section.as_ref()) {
                    for (lang, patterns) in set {
                        let folded: Vec<String> = patterns
                            .sources
                            .iter()
                            .map(|p| text::normalize(p))
                            .collect();
                        assert!(
                            crate::lint::matcher::is_prebuilt(
                                &folded,
                                false,
                                Some(text::PATTERN_SIZE_LIMIT),
                                false,
                            ),
                            "{name}: {} ({lang}) not in the table build.rs wrote",
                            rule.meta.id
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn builtin_packs_compile() {
        for (name, text) in BUILTIN {
            // Checked as a site's own pack would be: the built-ins skip this at run time.
            let rules = compile_pack(&SourceText::new(*name, *text)).unwrap();
            assert!(!rules.is_empty());
            for rule in &rules {
                let sets = [&rule.patterns, &rule.with, &rule.except, &rule.unless];
                for set in sets.into_iter().chain(rule.section.as_ref()) {
                    for (lang, patterns) in set {
                        for p in patterns.sources.iter() {
                            let compiled = text::compile(p);
                            assert!(
                                compiled.is_ok(),
                                "{name} {} {lang} {p}: {compiled:?}",
                                rule.meta.id
                            );
                            crate::lint::matcher::assert_unfolds_alike(&text::normalize(p));
                        }
                        assert!(
                            patterns.any().is_some(),
                            "{name} {} {lang}: union too large",
                            rule.meta.id
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn bad_patterns_point_at_the_pattern() {
        let src = SourceText::new(
            "rules/x.yaml",
            "pack: x\nrules:\n  - id: x.y\n    severity: error\n    message: m\n    help: h\n    docs: d\n    check: require\n    patterns:\n      en: ['ok', '(unclosed']\n",
        );
        let errs = compile_pack(&src).unwrap_err();
        assert_eq!(errs[0].code, "rules.pattern");
        assert_eq!(errs[0].position().unwrap().0.0, 10);
    }
}
