//! What a rule is, whether it comes from a YAML pack or from code.

use crate::diagnostic::Severity;
use crate::front_matter::DocKind;

/// Everything about a rule except how it checks: the registry, `charter
/// rules`, `charter explain` and SARIF's `tool.driver.rules` all read this.
#[derive(Debug, Clone)]
pub struct RuleMeta {
    pub id: String,
    pub severity: Severity,
    /// The pack it belongs to (`gdpr`, `core`, `lint`).
    pub pack: String,
    /// Document kinds it applies to; empty means every kind.
    pub applies_to: Vec<DocKind>,
    /// Jurisdictions that switch it on; empty means it always runs.
    pub jurisdictions: Vec<String>,
    /// Languages its patterns cover; empty means it does not depend on language.
    pub languages: Vec<String>,
    /// One line: what is wrong.
    pub message: String,
    /// How to fix it.
    pub help: String,
    /// Why it matters, with the legal reference.
    pub docs: String,
    /// One paragraph of `docs` shown with each finding: why it matters.
    pub why: std::sync::Arc<str>,
    /// Where the rule is defined (`rules/gdpr.yaml`, `src/lint/rules/contact_address.rs`).
    pub origin: String,
    /// The legal provision behind the rule (`GDPR Art. 13(2)(b)`); empty for house rules.
    pub reference: String,
    /// Front-matter facts that must hold for the rule to run.
    pub when: Vec<(String, bool)>,
}

impl RuleMeta {
    /// Whether the rule runs on a document of `kind` under `jurisdictions`.
    pub fn applies(&self, kind: DocKind, jurisdictions: &[String]) -> bool {
        (self.applies_to.is_empty() || self.applies_to.contains(&kind))
            && (self.jurisdictions.is_empty()
                || self.jurisdictions.iter().any(|j| jurisdictions.contains(j)))
    }

    /// Whether the rule can read `lang` (exactly, or by its primary subtag).
    pub fn supports(&self, lang: &str) -> bool {
        let primary = crate::i18n::primary_subtag(lang);
        self.languages.is_empty() || self.languages.iter().any(|l| l == lang || l == primary)
    }

    /// Whether the document's facts switch the rule on: `Ok(true)` if all hold,
    /// `Ok(false)` if one does not, `Err(facts)` with every undeclared one.
    pub fn facts_hold(&self, facts: impl Fn(&str) -> Option<bool>) -> Result<bool, Vec<&str>> {
        // A declared fact that rules the rule out makes undeclared ones moot.
        // Otherwise all are named, not only the first: answering one at a
        // time would reveal the next only on the next run.
        let mut undeclared = Vec::new();
        for (fact, expected) in &self.when {
            match facts(fact) {
                Some(v) if v != *expected => return Ok(false),
                Some(_) => {}
                None => undeclared.push(fact.as_str()),
            }
        }
        if undeclared.is_empty() {
            Ok(true)
        } else {
            Err(undeclared)
        }
    }
}

/// The entry of `map` that serves `lang`: `pt-BR` is served by `pt-BR`, else by `pt`.
pub fn for_language<'a, V>(
    map: &'a std::collections::BTreeMap<String, V>,
    lang: &str,
) -> Option<&'a V> {
    let primary = crate::i18n::primary_subtag(lang);
    map.get(lang).or_else(|| map.get(primary))
}

/// A paragraph of Markdown as one line of text.
pub fn paragraph(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A rule written in Rust: its metadata and its check.
pub struct CodeRule {
    pub id: &'static str,
    pub severity: Severity,
    pub pack: &'static str,
    pub applies_to: &'static [DocKind],
    pub jurisdictions: &'static [&'static str],
    /// The languages the rule can read; empty for rules that read any (a
    /// date, an address, a provider's name). A document in another language
    /// gets `lint.unsupported-language` instead of a silent pass.
    pub languages: &'static [&'static str],
    /// The rule's one-line summary (`charter rules`, `charter explain`), and
    /// the message of a finding reported with [`super::Check::report`]. A
    /// finding with facts of its own says them in its
    /// [`Violation`](super::violation::Violation)'s message, a specific form
    /// of this summary ("`updated` (2052-05-02) is in the future" for "The
    /// last-updated date is in the future").
    pub message: &'static str,
    /// How to fix it: the help of every finding whose violation has none.
    pub help: &'static str,
    /// The rule's doc comment.
    pub docs: &'static str,
    pub origin: &'static str,
    /// What runs the rule.
    pub check: CodeCheck,
}

/// How a code rule runs. Every code rule is in the one registry,
/// `rules::ALL`; this says which stage calls it.
#[derive(Clone, Copy)]
pub enum CodeCheck {
    /// On each document it applies to.
    Document(fn(&mut super::Check<'_>)),
    /// Once on the whole site (the theme's strings, the git history).
    Site(fn(&crate::site::Site) -> Vec<super::Finding>),
    /// Reported by the engine itself (suppressions, unread languages,
    /// missing facts).
    Engine,
}

impl CodeRule {
    /// A finding of this rule about the whole site (`check: Site`):
    /// `violation` at `span` of `source`, as [`super::Check::report_violation`]
    /// reports one in a document (without its note: site findings have none).
    pub fn diag(
        &self,
        source: &std::sync::Arc<crate::diagnostic::SourceText>,
        span: std::ops::Range<usize>,
        violation: impl super::violation::Violation,
    ) -> crate::diagnostic::Diag {
        super::violation::diag(self.id, self.severity, self.help, source, span, &violation)
    }

    pub fn meta(&self) -> RuleMeta {
        let docs: String = self
            .docs
            .lines()
            // Doc comments arrive as " line" per `///`; drop that one space.
            .map(|l| l.strip_prefix(' ').unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_string();
        // A doc comment opens with a one-line summary; the reason follows.
        let why = docs.split("\n\n").nth(1).map(paragraph).unwrap_or_default();
        RuleMeta {
            id: self.id.to_string(),
            severity: self.severity,
            pack: self.pack.to_string(),
            applies_to: self.applies_to.to_vec(),
            jurisdictions: self.jurisdictions.iter().map(|s| s.to_string()).collect(),
            languages: self.languages.iter().map(|l| l.to_string()).collect(),
            message: self.message.to_string(),
            help: self.help.to_string(),
            docs,
            why: why.into(),
            origin: self.origin.to_string(),
            reference: String::new(),
            when: Vec::new(),
        }
    }
}

/// The languages of a per-language table (`[("en", …), ("de", …)]`), so that
/// a rule's declared languages are the ones its table has.
pub const fn languages_of<T, const N: usize>(table: &[(&'static str, T)]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = table[i].0;
        i += 1;
    }
    out
}

/// Declares a code rule whose doc comment is its documentation, so that
/// `charter explain` prints exactly what the source says. `message:` is the
/// rule's summary; its findings' own messages come from its violations
/// (`lint::violation`).
macro_rules! code_rule {
    (@languages) => { &[] };
    (@languages $languages:expr) => { $languages };
    (
        $(#[doc = $doc:expr])*
        pub static $name:ident = {
            id: $id:expr,
            severity: $severity:ident,
            pack: $pack:expr,
            applies_to: [$($kind:ident),* $(,)?],
            jurisdictions: [$($j:expr),* $(,)?],
            $(languages: $languages:expr,)?
            message: $message:expr,
            help: $help:expr,
            check: $check:ident $(($check_fn:path))? $(,)?
        };
    ) => {
        $(#[doc = $doc])*
        pub static $name: $crate::lint::rule::CodeRule = $crate::lint::rule::CodeRule {
            id: $id,
            severity: $crate::diagnostic::Severity::$severity,
            pack: $pack,
            applies_to: &[$($crate::front_matter::DocKind::$kind),*],
            jurisdictions: &[$($j),*],
            languages: $crate::lint::rule::code_rule!(@languages $($languages)?),
            message: $message,
            help: $help,
            docs: concat!($($doc, "\n"),*),
            origin: file!(),
            check: $crate::lint::rule::CodeCheck::$check $(($check_fn))?,
        };
    };
}
pub(crate) use code_rule;
