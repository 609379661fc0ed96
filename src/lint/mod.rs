//! Lint: what the law or the organisation's own promises require but the
//! text lacks.
//!
//! Rules come from two places and meet in one [`Linter`]: rule packs written
//! as YAML data (`rules/*.yaml`, embedded; a site's `rules/` adds or replaces
//! rules by id) and rules written in code (`rules/*.rs`, one per file, each
//! documented by its doc comment). The engine decides which rules apply to a
//! document (kind, jurisdictions, language), runs them, then applies inline
//! suppressions and site.toml severity overrides.

/// Embeds built-in data files of `rules/` (the packs) or
/// `rules/vocabulary/` (the vocabularies): `BUILTIN`, each file's name and
/// YAML (a test checks the list against the folder), and `BUILTIN_JSON`,
/// the same files in the same order as build.rs parsed them and wrote them
/// in JSON (`null` if its YAML did not parse).
macro_rules! embed_builtin {
    [$folder:literal; $($stem:literal),* $(,)?] => {
        pub const BUILTIN: &[(&str, &str)] = &[$((
            concat!($folder, $stem, ".yaml"),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/", $folder, $stem, ".yaml")),
        )),*];
        const BUILTIN_JSON: &[&str] =
            &[$(include_str!(concat!(env!("OUT_DIR"), "/", $folder, $stem, ".json"))),*];
    };
}
use embed_builtin;

pub mod evidence;
pub mod explain;
pub mod facts;
mod faq;
pub mod fold;
pub mod format;
pub mod matcher;
pub mod pack;
pub mod pattern_source;
pub mod providers;
pub mod rule;
pub mod rules;
pub mod scope;
pub mod statements;
// Test-only: the list `build.rs` prebuilds, checked against the rules.
#[cfg(test)]
pub(crate) mod static_sets;
pub mod stem;
pub mod suppress;
pub mod text;
pub mod translation;
pub mod tree;
pub mod violation;
pub mod vocabulary;

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::path::Path;

use rayon::prelude::*;

use crate::config::SiteConfig;
use crate::diagnostic::{Diag, Severity};
use crate::site::{Document, Site};
use pack::DataRule;
use providers::Providers;
use rule::{CodeRule, RuleMeta};
use text::Sections;
use violation::Violation;

/// A lint finding: a diagnostic whose code is the rule id, plus the
/// document's language (for machine-readable output).
#[derive(Debug, Clone)]
pub struct Finding {
    pub diag: Diag,
    pub lang: Option<String>,
}

impl Finding {
    pub fn rule(&self) -> &str {
        &self.diag.code
    }
    pub fn severity(&self) -> Severity {
        self.diag.severity
    }
}

/// How a rule checks.
enum Kind {
    Code(&'static CodeRule),
    Data(Box<DataRule>),
}

struct Rule {
    meta: RuleMeta,
    kind: Kind,
}

/// All rules, compiled once, with the site's overrides.
pub struct Linter {
    rules: Vec<Rule>,
    /// `[lint.rules]`: `None` switches a rule off.
    overrides: BTreeMap<String, Option<Severity>>,
    pub providers: Providers,
    pub notice_period_days: i64,
    /// Today, for rules about dates in the future.
    pub today: jiff::civil::Date,
    config_findings: Vec<Finding>,
}

/// What a code rule gets to look at, and where it reports.
pub struct Check<'a> {
    pub site: &'a Site,
    pub doc: &'a Document,
    pub linter: &'a Linter,
    pub rule: &'a RuleMeta,
    pub sections: &'a Sections<'a>,
    /// The jurisdictions the document is linted for (its own, else the site's).
    pub jurisdictions: &'a [String],
    /// The document this one translates (never for an original, or outside a site).
    pub original: Option<&'a Document>,
    findings: Vec<Finding>,
    /// What met each requirement that is met: the statement, where it is.
    pub evidence: Vec<Evidence>,
    /// A language the rule found it cannot read (`Check::cannot_read`).
    unread: Option<String>,
}

/// The statement that met a requirement.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    pub rule: String,
    /// Byte range in the document's file of the block the statement is in.
    pub span: Range<usize>,
    pub quote: String,
    /// The label right over the statement (heading, pseudo-heading, lead-in).
    pub under: Option<String>,
}

impl Check<'_> {
    /// Reports the rule's finding at `span` of the document, saying the
    /// rule's summary (`message`) and `help`: for a finding with nothing more
    /// to say (every pack rule's). A finding with facts of its own is a
    /// [`Violation`], reported with [`Check::report_violation`].
    pub fn report(&mut self, span: Range<usize>, label: impl Into<String>) -> &mut Diag {
        let diag = Diag::error(self.rule.id.clone(), self.rule.message.clone())
            .with_severity(self.rule.severity)
            .at(&self.doc.source, span, label)
            .help(self.rule.help.clone());
        self.push(diag)
    }

    /// Reports `violation` at `span` of the document: its message, label and
    /// help (else the rule's), at its severity (else the rule's). The
    /// returned diagnostic is for secondary spans (`related`), never for
    /// rewording it.
    pub fn report_violation(&mut self, span: Range<usize>, violation: impl Violation) -> &mut Diag {
        let rule = self.rule;
        let source = &self.doc.source;
        let diag = violation::diag(
            &rule.id,
            rule.severity,
            &rule.help,
            source,
            span,
            &violation,
        );
        self.push(diag)
    }

    /// Records a finding of the rule, with the rule's reason as its note.
    fn push(&mut self, diag: Diag) -> &mut Diag {
        let diag = diag.note(self.rule.why.clone());
        self.findings.push(Finding {
            diag,
            lang: Some(self.doc.lang.clone()),
        });
        let last = self.findings.len() - 1;
        &mut self.findings[last].diag
    }

    /// Records that `quote`, in the block at `span` and under the label
    /// `under`, meets the rule.
    pub fn evidence(&mut self, span: Range<usize>, quote: &str, under: Option<&str>) {
        self.evidence.push(Evidence {
            rule: self.rule.id.clone(),
            span,
            quote: quote.to_string(),
            under: under.map(str::to_string),
        });
    }

    /// Says that the rule cannot read `lang` (the document's, or that of
    /// the original it compares with), so the document gets
    /// `lint.unsupported-language` for it instead of a silent pass. For
    /// rules whose languages depend on more than the document's own.
    pub fn cannot_read(&mut self, lang: &str) {
        self.unread = Some(lang.to_string());
    }

    /// Where to point when something is missing from the whole document: the
    /// `kind:` line of the front matter, which is what makes the rule apply.
    pub fn front_matter_span(&self) -> Range<usize> {
        self.doc.front.kind.span.clone()
    }

    /// The document body's raw text and its offset in the file.
    pub fn body(&self) -> (&str, usize) {
        let body = self.doc.body.clone();
        (&self.doc.source.text[body.clone()], body.start)
    }
}

impl Linter {
    /// Compiles the built-in rule packs, the site's own `rules/`, and the
    /// site.toml lint settings. Broken rule files are input errors.
    pub fn new(root: &Path, config: &SiteConfig) -> Result<Linter, Vec<Diag>> {
        let mut rules: Vec<Rule> = rules::ALL
            .iter()
            .map(|r| Rule {
                meta: r.meta(),
                kind: Kind::Code(r),
            })
            .collect();
        for data in pack::load_all(root)? {
            // A site rule replaces a built-in one with the same id.
            rules.retain(|r| r.meta.id != data.meta.id);
            rules.push(Rule {
                meta: data.meta.clone(),
                kind: Kind::Data(Box::new(data)),
            });
        }
        rules.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));

        let mut problems = Vec::new();
        let mut overrides = BTreeMap::new();
        let mut config_findings = Vec::new();
        let known: BTreeSet<&str> = rules.iter().map(|r| r.meta.id.as_str()).collect();
        for (id, level) in &config.lint.rules {
            let severity = match crate::config::LEVELS
                .iter()
                .find(|(name, _)| *name == level.get_ref().as_str())
            {
                Some((_, severity)) => *severity,
                None => {
                    problems.push(
                        Diag::error(
                            "config.lint-level",
                            format!("`{}` is not a rule level", level.get_ref()),
                        )
                        .at(
                            &config.source,
                            level.span(),
                            "expected off, info, warning or error",
                        )
                        .help("write e.g. \"gdpr.rights.complaint\" = \"warning\""),
                    );
                    continue;
                }
            };
            if !known.contains(id.get_ref().as_str()) {
                config_findings.push(unknown_rule_finding(
                    &config.source,
                    id.span(),
                    id.get_ref(),
                    &known,
                ));
                continue;
            }
            overrides.insert(id.get_ref().clone(), severity);
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let providers = Providers::new(config.lint.providers.iter().map(|p| p.get_ref().as_str()))
            .map_err(|e| vec![Diag::error("config.providers", e)])?;
        Ok(Linter {
            rules,
            overrides,
            providers,
            notice_period_days: *config.lint.notice_period_days.get_ref(),
            today: today(),
            config_findings,
        })
    }

    /// Every rule's metadata, by id.
    pub fn rules(&self) -> impl Iterator<Item = &RuleMeta> {
        self.rules.iter().map(|r| &r.meta)
    }

    pub fn rule(&self, id: &str) -> Option<&RuleMeta> {
        self.rules().find(|r| r.id == id)
    }

    /// The documented examples of a data rule (none for code rules).
    /// The statement forms that meet a data rule, as written.
    pub fn forms(&self, id: &str) -> Vec<String> {
        self.rules
            .iter()
            .find(|r| r.meta.id == id)
            .map(|r| match &r.kind {
                Kind::Data(d) => d.forms().map(str::to_string).collect(),
                Kind::Code(_) => Vec::new(),
            })
            .unwrap_or_default()
    }

    pub fn examples(&self, id: &str) -> &[pack::Example] {
        self.rules
            .iter()
            .find(|r| r.meta.id == id)
            .and_then(|r| match &r.kind {
                Kind::Data(d) => Some(d.examples.as_slice()),
                Kind::Code(_) => None,
            })
            .unwrap_or(&[])
    }

    pub fn is_known(&self, id: &str) -> bool {
        self.rule(id).is_some()
    }

    /// Lints every document `include` accepts of a site whose documents'
    /// Markdown is already parsed (files outside a site). Findings come in
    /// a stable order: by file, position, rule.
    pub fn lint(&self, site: &Site, include: impl Fn(&Document) -> bool + Sync) -> Vec<Finding> {
        let mut findings = self.site_level(site);
        self.prepare(site, &include);
        let per_document: Vec<Vec<Finding>> = site
            .documents
            .par_iter()
            .filter(|d| include(d))
            .map(|doc| self.lint_document(site, doc, translation::original(site, doc)))
            .collect();
        findings.extend(per_document.into_iter().flatten());
        sort(&mut findings);
        findings
    }

    /// Findings about site.toml and the site as a whole rather than one
    /// document. Streaming callers add them to the groups' findings.
    pub fn site_level(&self, site: &Site) -> Vec<Finding> {
        let mut findings = self.config_findings.clone();
        findings.extend(self.site_findings(site));
        findings
    }

    /// Lints the documents of one translation group (see `Site::groups`)
    /// that `include` accepts. `docs` are the group's documents with their
    /// Markdown rendered, the original first. Findings are not sorted.
    pub fn lint_group(
        &self,
        site: &Site,
        docs: &[Document],
        include: impl Fn(&Document) -> bool + Sync,
    ) -> Vec<Finding> {
        let original = Self::group_original(site, docs);
        let lint = |doc: &Document| {
            let original = original.filter(|o| o.lang != doc.lang);
            self.lint_document(site, doc, original)
        };
        // Side by side in a small site (`Site::is_small`).
        if site.is_small() {
            docs.par_iter()
                .filter(|d| include(d))
                .flat_map_iter(lint)
                .collect()
        } else {
            docs.iter().filter(|d| include(d)).flat_map(lint).collect()
        }
    }

    /// Compiles, on all cores, the vocabularies of the languages of the
    /// included documents: every statement rule reads them, and compiling
    /// one on first use inside the per-document loop would leave the other
    /// threads waiting for it. Rule patterns compile on first use, each
    /// alone: most are never reached on a small site (a rule its facts rule
    /// out, an `except:` after no match). Streaming callers call it once
    /// before the groups.
    pub fn prepare(&self, site: &Site, include: impl Fn(&Document) -> bool + Sync) {
        let languages: BTreeSet<&str> = site
            .documents
            .iter()
            .filter(|d| include(d))
            .map(|d| d.lang.as_str())
            .collect();
        languages.into_par_iter().for_each(|lang| {
            vocabulary::builtin().vocabulary(lang);
        });
    }

    /// Compiles, on all cores, the built-in vocabularies of the languages
    /// site.toml names, to run beside the site's loading: [`Linter::prepare`]
    /// would compile them only once every document is read and parsed, and
    /// compiling them is most of a small site's start-up. A configured
    /// language without documents costs its compile time, nothing else.
    pub fn warm_up(config: &SiteConfig) {
        let languages: BTreeSet<&str> = config
            .languages
            .iter()
            .map(|l| l.code.as_str())
            .chain([config.default_language.as_str()])
            .collect();
        languages.into_par_iter().for_each(|lang| {
            vocabulary::builtin().vocabulary(lang);
        });
    }

    /// The jurisdictions a document is linted for: its own, else the site's.
    fn jurisdictions(&self, site: &Site, doc: &Document) -> Vec<String> {
        if doc.front.jurisdictions.is_empty() {
            site.config.lint.jurisdictions.clone()
        } else {
            doc.front
                .jurisdictions
                .iter()
                .map(|j| j.value.clone())
                .collect()
        }
    }

    /// Findings about the site as a whole rather than one document.
    fn site_findings(&self, site: &Site) -> Vec<Finding> {
        if site.is_standalone() {
            return Vec::new();
        }
        let site_rules = rules::ALL.iter().filter_map(|r| match r.check {
            rule::CodeCheck::Site(findings) => Some((r.id, findings)),
            rule::CodeCheck::Document(_) | rule::CodeCheck::Engine => None,
        });
        let mut all = Vec::new();
        for (id, findings) in site_rules {
            if self.overrides.get(id) == Some(&None) {
                continue;
            }
            let mut findings = findings(site);
            if let Some(Some(severity)) = self.overrides.get(id) {
                findings
                    .iter_mut()
                    .for_each(|f| f.diag.severity = *severity);
            }
            all.extend(findings);
        }
        all
    }

    fn lint_document(
        &self,
        site: &Site,
        doc: &Document,
        original: Option<&Document>,
    ) -> Vec<Finding> {
        self.check_document(site, doc, original, None)
    }

    /// The compliance matrix of each document of one translation group
    /// that `include` accepts (`charter lint --evidence`).
    pub fn evidence_group(
        &self,
        site: &Site,
        docs: &[Document],
        include: impl Fn(&Document) -> bool,
    ) -> Vec<evidence::Matrix> {
        let original = Self::group_original(site, docs);
        docs.iter()
            .filter(|d| include(d))
            .map(|doc| {
                let original = original.filter(|o| o.lang != doc.lang);
                self.document_evidence(site, doc, original).1
            })
            .collect()
    }

    /// `lint`, with the compliance matrix of each document it checks, from
    /// the same run of the rules (`charter serve` shows both on each page).
    /// Findings in the order `lint` gives them; matrices in site order.
    pub fn lint_with_evidence(
        &self,
        site: &Site,
        include: impl Fn(&Document) -> bool + Sync,
    ) -> (Vec<Finding>, Vec<evidence::Matrix>) {
        let mut findings = self.site_level(site);
        self.prepare(site, &include);
        let per_document: Vec<(Vec<Finding>, evidence::Matrix)> = site
            .documents
            .par_iter()
            .filter(|d| include(d))
            .map(|doc| self.document_evidence(site, doc, translation::original(site, doc)))
            .collect();
        let mut matrices = Vec::with_capacity(per_document.len());
        for (found, matrix) in per_document {
            findings.extend(found);
            matrices.push(matrix);
        }
        sort(&mut findings);
        (findings, matrices)
    }

    /// One document's findings and the matrix recorded while finding them.
    fn document_evidence(
        &self,
        site: &Site,
        doc: &Document,
        original: Option<&Document>,
    ) -> (Vec<Finding>, evidence::Matrix) {
        let mut rows = Vec::new();
        let mut inferred = Vec::new();
        let findings = self.check_document(site, doc, original, Some((&mut rows, &mut inferred)));
        let matrix = evidence::Matrix::new(doc, rows, &findings, &inferred);
        (findings, matrix)
    }

    /// Runs the rules that apply to `doc`; with `record`, also records for
    /// each what met it or why it was not checked, and the facts the text
    /// revealed that rules ran on.
    fn check_document(
        &self,
        site: &Site,
        doc: &Document,
        original: Option<&Document>,
        record: Option<(&mut Vec<evidence::Row>, &mut Vec<facts::Inferred>)>,
    ) -> Vec<Finding> {
        let (mut rows, inferred_out) = match record {
            Some((rows, inferred)) => (Some(rows), Some(inferred)),
            None => (None, None),
        };
        let jurisdictions = self.jurisdictions(site, doc);
        let sections = Sections::new(&doc.rendered.outline, &doc.lang);
        let mut findings = Vec::new();
        let mut unsupported = Vec::new();
        // Fact → rules that wait for it; one `info` per document lists them
        // all, since a new site lacks a dozen and one info each buried the rest.
        let mut undeclared: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        // Declared in the front matter, else in site.toml, else revealed by
        // the text (`lint::facts`), inferred when a rule first asks.
        let facts = facts::DocFacts::new(doc, &site.config.lint.facts, &sections, facts::builtin());
        let mut used_inferred: BTreeSet<String> = BTreeSet::new();
        for rule in &self.rules {
            match self.gate(&rule.meta, doc, &jurisdictions, &facts) {
                Gate::Skipped | Gate::RuledOut => continue,
                Gate::Unreadable => {
                    unsupported.push((rule.meta.id.as_str(), doc.lang.clone()));
                    if let Some(rows) = rows.as_deref_mut() {
                        rows.push(evidence::Row::not_checked(
                            &rule.meta.id,
                            format!("the rule cannot read `{}`", doc.lang),
                        ));
                    }
                    continue;
                }
                Gate::Undeclared(names) => {
                    for name in &names {
                        undeclared
                            .entry(name)
                            .or_default()
                            .push(rule.meta.id.as_str());
                    }
                    if let Some(rows) = rows.as_deref_mut() {
                        rows.push(evidence::Row::not_checked(
                            &rule.meta.id,
                            not_declared(&names),
                        ));
                    }
                    continue;
                }
                Gate::Runs => {}
            }
            // The facts this rule runs on that only the text revealed.
            let inferred: Vec<facts::Inferred> = rule
                .meta
                .when
                .iter()
                .filter_map(|(name, _)| match facts.known(name) {
                    facts::Known::Inferred(i) => Some(i),
                    _ => None,
                })
                .collect();
            let mut check = Check {
                site,
                doc,
                linter: self,
                rule: &rule.meta,
                sections: &sections,
                jurisdictions: &jurisdictions,
                original,
                findings: Vec::new(),
                evidence: Vec::new(),
                unread: None,
            };
            match &rule.kind {
                Kind::Code(code) => {
                    if let rule::CodeCheck::Document(f) = code.check {
                        f(&mut check);
                    }
                }
                Kind::Data(data) => data.check(&mut check),
            }
            if let Some(lang) = check.unread.take() {
                if let Some(rows) = rows.as_deref_mut() {
                    rows.push(evidence::Row::not_checked(
                        &rule.meta.id,
                        format!("the rule cannot read `{lang}`"),
                    ));
                }
                unsupported.push((rule.meta.id.as_str(), lang));
                findings.append(&mut check.findings);
                continue;
            }
            if let Some(rows) = rows.as_deref_mut() {
                let names = inferred.iter().map(|i| i.fact.clone()).collect();
                rows.push(evidence::Row::checked(
                    &rule.meta.id,
                    &check.evidence,
                    names,
                ));
            }
            for i in &inferred {
                used_inferred.insert(i.fact.clone());
                for f in &mut check.findings {
                    show_inference(&mut f.diag, i);
                }
            }
            findings.append(&mut check.findings);
        }
        if !unsupported.is_empty() {
            let mut langs: Vec<&str> = unsupported.iter().map(|(_, l)| l.as_str()).collect();
            langs.sort_unstable();
            langs.dedup();
            let ids: Vec<&str> = unsupported.iter().map(|(id, _)| *id).collect();
            findings.push(self.meta_finding(
                &rules::UNSUPPORTED_LANGUAGE,
                doc,
                doc.front.kind.span.clone(),
                format!(
                    "{} rule(s) cannot read `{}`; not checked: {}",
                    unsupported.len(),
                    langs.join("`, `"),
                    ids.join(", ")
                ),
            ));
        }
        if !undeclared.is_empty() {
            findings.push(self.meta_finding(
                &rules::MISSING_FACT,
                doc,
                doc.front.kind.span.clone(),
                missing_facts_message(&undeclared),
            ));
        }
        if let Some(out) = inferred_out {
            out.extend(
                facts
                    .all_inferred()
                    .into_iter()
                    .filter(|i| used_inferred.contains(&i.fact)),
            );
        }
        let mut findings = suppress::apply(self, doc, findings);
        for f in &mut findings {
            if let Some(Some(severity)) = self.overrides.get(&f.diag.code) {
                f.diag.severity = *severity;
            }
        }
        findings
    }

    /// Whether `rule` runs on `doc`, and if not, why. The one place that
    /// decides, so that `charter facts` asks for exactly the facts the
    /// linter waits for.
    fn gate<'r>(
        &self,
        rule: &'r RuleMeta,
        doc: &Document,
        jurisdictions: &[String],
        facts: &facts::DocFacts,
    ) -> Gate<'r> {
        if self.overrides.get(&rule.id) == Some(&None)
            || !rule.applies(doc.front.kind.value, jurisdictions)
        {
            return Gate::Skipped;
        }
        if !rule.supports(&doc.lang) {
            return Gate::Unreadable;
        }
        match rule.facts_hold(|name| facts.value(name)) {
            Ok(true) => Gate::Runs,
            Ok(false) => Gate::RuledOut,
            Err(names) => Gate::Undeclared(names),
        }
    }

    /// What the rules that apply to `doc` need to know, fact by fact, in
    /// [`CATALOGUE`](crate::fact_catalogue::CATALOGUE) order: only facts some such rule reads.
    pub fn fact_needs(&self, site: &Site, doc: &Document) -> Vec<FactNeed> {
        let jurisdictions = self.jurisdictions(site, doc);
        let sections = Sections::new(&doc.rendered.outline, &doc.lang);
        let facts = facts::DocFacts::new(doc, &site.config.lint.facts, &sections, facts::builtin());
        // Fact → the rules that read it, and those that wait for it.
        let mut needs: BTreeMap<&str, (Readers, Vec<String>)> = BTreeMap::new();
        for rule in &self.rules {
            let gate = self.gate(&rule.meta, doc, &jurisdictions, &facts);
            if matches!(gate, Gate::Skipped | Gate::Unreadable) {
                continue;
            }
            for (fact, value) in &rule.meta.when {
                let need = needs.entry(fact.as_str()).or_default();
                need.0.push((rule.meta.id.clone(), *value));
            }
            if let Gate::Undeclared(names) = gate {
                for name in names {
                    let need = needs.entry(name).or_default();
                    need.1.push(rule.meta.id.clone());
                }
            }
        }
        crate::fact_catalogue::CATALOGUE
            .iter()
            .filter_map(|fact| {
                let (readers, waiting) = needs.remove(fact.name)?;
                Some(FactNeed {
                    fact: fact.name,
                    known: facts.known(fact.name),
                    site: site.config.lint.facts.get(fact.name).copied(),
                    front_matter: doc.front.facts.get(fact.name).map(|f| f.value),
                    readers,
                    waiting,
                })
            })
            .collect()
    }

    /// The original of a translation group (the default language's document),
    /// which its translations are compared with; none outside a site.
    fn group_original<'d>(site: &Site, docs: &'d [Document]) -> Option<&'d Document> {
        docs.iter()
            .find(|d| d.lang == site.config.default_language)
            .filter(|_| !site.is_standalone())
    }

    /// A finding of one of the engine's own rules (suppressions, languages).
    pub(crate) fn meta_finding(
        &self,
        rule: &CodeRule,
        doc: &Document,
        span: Range<usize>,
        message: String,
    ) -> Finding {
        Finding {
            diag: Diag::error(rule.id, message)
                .with_severity(rule.severity)
                .at(&doc.source, span, rule.message)
                .help(rule.help),
            lang: Some(doc.lang.clone()),
        }
    }
}

/// Tells, in the finding of a rule that runs on an inferred fact, which
/// statement revealed the fact: in its help (every output format shows it)
/// and as a label at the statement (the human format shows it there).
fn show_inference(diag: &mut Diag, inferred: &facts::Inferred) {
    let why = inferred.explain();
    diag.help = Some(match diag.help.take() {
        Some(help) => format!("{help} (This rule runs because {why}.)"),
        None => format!("This rule runs because {why}."),
    });
    let label = format!("reveals `facts.{}`", inferred.fact);
    diag.related.push((inferred.span.clone(), label));
}

/// Whether a rule runs on a document, and if not, why ([`Linter::gate`]).
enum Gate<'r> {
    /// Switched off in site.toml, or not for this kind or these jurisdictions.
    Skipped,
    /// Its patterns cannot read the document's language.
    Unreadable,
    /// A declared or inferred fact rules it out.
    RuledOut,
    /// It waits for these facts.
    Undeclared(Vec<&'r str>),
    Runs,
}

/// What the rules that apply to one document need to know of one fact
/// ([`Linter::fact_needs`]).
#[derive(Debug, Clone)]
pub struct FactNeed {
    pub fact: &'static str,
    pub known: facts::Known,
    /// Its value in site.toml's `[lint] facts`, and in the document's own
    /// front matter (which wins).
    pub site: Option<bool>,
    pub front_matter: Option<bool>,
    pub readers: Readers,
    /// The rules that wait for it: it is neither declared nor inferred, and
    /// no other fact rules them out. Empty when the fact is known.
    pub waiting: Vec<String>,
}

/// The rules that read a fact, each with the value that switches it on.
pub type Readers = Vec<(String, bool)>;

/// Why a rule waits: "`facts.a` is not declared", or several.
fn not_declared(names: &[&str]) -> String {
    let listed: Vec<String> = names.iter().map(|n| format!("`facts.{n}`")).collect();
    match listed.as_slice() {
        [one] => format!("{one} is not declared"),
        _ => format!("{} are not declared", listed.join(" and ")),
    }
}

/// The grouped `lint.missing-fact` message: each fact with its question and
/// the rules that wait for it, in the order `charter facts` asks them.
fn missing_facts_message(undeclared: &BTreeMap<&str, Vec<&str>>) -> String {
    let mut lines = vec![format!(
        "{} fact(s) not declared; the rules that depend on them did not run:",
        undeclared.len()
    )];
    for fact in crate::fact_catalogue::CATALOGUE {
        if let Some(ids) = undeclared.get(fact.name) {
            lines.push(format!(
                "- `{}`: {} ({})",
                fact.name,
                fact.question,
                ids.join(", ")
            ));
        }
    }
    lines.join("\n")
}

fn unknown_rule_finding(
    source: &std::sync::Arc<crate::diagnostic::SourceText>,
    span: Range<usize>,
    id: &str,
    known: &BTreeSet<&str>,
) -> Finding {
    let help = match crate::suggest::closest(id, known.iter().copied()) {
        Some(best) => format!("did you mean `{best}`? `charter rules` lists every rule"),
        None => "`charter rules` lists every rule".to_string(),
    };
    Finding {
        diag: Diag::error(rules::UNKNOWN_RULE.id, format!("Unknown rule `{id}`"))
            .with_severity(rules::UNKNOWN_RULE.severity)
            .at(source, span, rules::UNKNOWN_RULE.message)
            .help(help),
        lang: None,
    }
}

/// Puts findings in their stable order: by file, position, rule.
pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| a.diag.sort_key().cmp(&b.diag.sort_key()));
}

/// The date rules compare against; see [`crate::dates::today`].
pub fn today() -> jiff::civil::Date {
    crate::dates::today()
}

/// Counts per severity.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Summary {
    pub fn of(findings: &[Finding]) -> Summary {
        let mut s = Summary::default();
        for f in findings {
            match f.severity() {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
                Severity::Info => s.infos += 1,
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A code rule's violation reaches its finding whole: the violation's
    /// message and label, the rule's help and severity, and the rule's
    /// reason as the note, as for a finding reported with the rule's summary.
    #[test]
    fn a_reported_violation_is_the_finding() {
        let doc = facts::tests::document("en", "", "Some text.");
        let config = crate::config::parse(&crate::diagnostic::SourceText::new(
            "site.toml",
            "title = 'T'\nbase_url = 'https://legal.example.com'\ndefault_language = 'en'\n",
        ))
        .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let mut linter = Linter::new(dir.path(), &config).unwrap();
        linter.today = jiff::civil::date(2025, 1, 1);
        let site = Site::standalone(config, dir.path().to_path_buf(), vec![doc]);
        let findings = linter.lint(&site, |_| true);
        let rule = rules::ALL
            .iter()
            .find(|r| r.id == "dates.updated-in-future")
            .unwrap()
            .meta();
        let found: Vec<&Diag> = findings
            .iter()
            .filter(|f| f.rule() == rule.id)
            .map(|f| &f.diag)
            .collect();
        let [d] = found[..] else {
            panic!("one finding of {}: {found:?}", rule.id);
        };
        assert_eq!(d.message, "`updated` (2025-05-02) is in the future");
        assert_eq!(d.label.as_deref(), Some("today is 2025-01-01"));
        assert_eq!(d.help.as_deref(), Some(rule.help.as_str()));
        assert_eq!(d.severity, rule.severity);
        assert_eq!(d.note.as_deref(), Some(&*rule.why));
        assert_ne!(d.message, rule.message, "the violation's, not the summary");
    }
}
