//! Facts: what conditional rules (`when:`) need to know about a document,
//! declared or revealed by its text.
//!
//! A fact declared in the front matter (`facts:`) wins, then one declared
//! for the whole site (`[lint] facts` in site.toml); a fact neither declares
//! is inferred true when a statement of the document fits one of the forms
//! `rules/facts.yaml` gives for it (the syntax of a rule's `statements:`,
//! [`super::statements`]), and stays undeclared otherwise, which the engine
//! reports as `lint.missing-fact`. Only "true" is inferred: that a policy
//! never names its DPO does not prove it has none.
//!
//! ```yaml
//! facts:
//!   dpo_designated:
//!     docs: Why a statement of this form reveals the fact.
//!     statements:
//!       - [dpo@own, '!negation']
//! ```

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::{Arc, LazyLock};

use serde::Deserialize;

use super::statements::Form;
use super::text::Sections;
use crate::diagnostic::{Diag, SourceText};
use crate::fact_catalogue::FACTS;
use crate::site::Document;
use crate::yaml::{self, Located};

/// The built-in inference file, embedded.
pub const BUILTIN: (&str, &str) = (
    "rules/facts.yaml",
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/facts.yaml")),
);

/// `rules/facts.yaml`: for each fact conditional rules read (`when:`), the
/// statement forms that reveal it true when neither the document nor
/// site.toml declares it. Forms use the syntax of a rule's `statements:`.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Charter facts the text reveals")]
pub(crate) struct RawFacts {
    /// What the file is for; documentation for people reading it.
    #[serde(default, rename = "description")]
    _description: Option<String>,
    /// Fact name → how a statement reveals it.
    #[schemars(with = "BTreeMap<crate::fact_catalogue::FactName, RawFact>")]
    facts: BTreeMap<Located<String>, RawFact>,
}

/// How one fact is revealed.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Fact")]
struct RawFact {
    /// Why a statement of these forms reveals the fact; `charter explain`
    /// prints it.
    #[schemars(length(min = 3))]
    docs: String,
    /// The forms: a statement that fits one reveals the fact.
    #[schemars(with = "Vec<crate::schema::StatementForm>", length(min = 1))]
    statements: Vec<Vec<Located<String>>>,
}

/// How one fact is revealed.
#[derive(Debug, Clone)]
pub struct Revealed {
    /// Why a statement of these forms reveals the fact.
    pub docs: String,
    pub forms: Vec<Form>,
}

/// The compiled inference: fact name → how it is revealed.
#[derive(Debug, Clone, Default)]
pub struct Inference {
    pub facts: BTreeMap<String, Revealed>,
}

/// Compiles an inference file: every fact must be one rules read, every
/// concept one the vocabularies define.
pub fn compile(source: &Arc<SourceText>) -> Result<Inference, Vec<Diag>> {
    let raw: RawFacts = yaml::from_str(&source.text).map_err(|e| {
        let at = e.span.clone().unwrap_or(0..0);
        vec![
            Diag::error("rules.facts", format!("invalid facts file: {}", e.message))
                .at(source, at, "here")
                .help("see the format in src/lint/facts.rs"),
        ]
    })?;
    let mut problems = Vec::new();
    let mut facts = BTreeMap::new();
    for (name, fact) in raw.facts {
        if !FACTS.contains(&name.value.as_str()) {
            problems.push(
                Diag::error("rules.fact", format!("unknown fact `{}`", name.value))
                    .at(source, name.span.clone(), "this fact")
                    .help(format!("facts: {}", FACTS.join(", "))),
            );
            continue;
        }
        let forms: Vec<Form> = fact
            .statements
            .iter()
            .filter_map(|form| Form::compile(source, form, &mut problems))
            .collect();
        facts.insert(
            name.value,
            Revealed {
                docs: fact.docs.trim().to_string(),
                forms,
            },
        );
    }
    if problems.is_empty() {
        Ok(Inference { facts })
    } else {
        Err(problems)
    }
}

static BUILT: LazyLock<Result<Inference, Vec<Diag>>> = LazyLock::new(|| {
    compile(&SourceText::builtin(
        format!("{} (built-in)", BUILTIN.0),
        BUILTIN.1,
    ))
});

/// The built-in inference (a test proves it compiles; were it broken,
/// [`builtin_problems`] says how, and the linter refuses to start).
pub fn builtin() -> &'static Inference {
    static EMPTY: LazyLock<Inference> = LazyLock::new(Inference::default);
    BUILT.as_ref().unwrap_or(&EMPTY)
}

/// Why the built-in inference did not compile, if it did not.
pub fn builtin_problems() -> Option<&'static [Diag]> {
    BUILT.as_ref().err().map(Vec::as_slice)
}

/// A fact the text reveals: the statement that reveals it.
#[derive(Debug, Clone, PartialEq)]
pub struct Inferred {
    pub fact: String,
    /// Byte range in the document's file of the block the statement is in.
    pub span: Range<usize>,
    /// 1-based line of that block.
    pub line: usize,
    pub quote: String,
}

impl Inferred {
    /// What a finding of a rule that runs on this fact says about it.
    pub fn explain(&self) -> String {
        format!(
            "`facts.{}` is inferred from line {}: «{}»; declare it under `facts:` if that is wrong",
            self.fact,
            self.line,
            super::evidence::shorten(&self.quote)
        )
    }
}

/// What is known of a fact of one document.
#[derive(Debug, Clone, PartialEq)]
pub enum Known {
    Declared(bool),
    Inferred(Inferred),
    Undeclared,
}

/// One document's facts: declared ones, and the ones its text reveals,
/// inferred when a rule first asks.
pub struct DocFacts<'a> {
    doc: &'a Document,
    site: &'a BTreeMap<String, bool>,
    sections: &'a Sections<'a>,
    inference: &'a Inference,
    /// Fact → what the text reveals, once asked (`None`: nothing).
    inferred: RefCell<BTreeMap<String, Option<Inferred>>>,
}

impl<'a> DocFacts<'a> {
    pub fn new(
        doc: &'a Document,
        site: &'a BTreeMap<String, bool>,
        sections: &'a Sections<'a>,
        inference: &'a Inference,
    ) -> Self {
        DocFacts {
            doc,
            site,
            sections,
            inference,
            inferred: RefCell::new(BTreeMap::new()),
        }
    }

    /// The fact's value: declared, else inferred true, else `None`.
    pub fn value(&self, name: &str) -> Option<bool> {
        match self.known(name) {
            Known::Declared(v) => Some(v),
            Known::Inferred(_) => Some(true),
            Known::Undeclared => None,
        }
    }

    /// What is known of the fact, and from where.
    pub fn known(&self, name: &str) -> Known {
        if let Some(f) = self.doc.front.facts.get(name) {
            return Known::Declared(f.value);
        }
        if let Some(&v) = self.site.get(name) {
            return Known::Declared(v);
        }
        match self.inferred(name) {
            Some(i) => Known::Inferred(i),
            None => Known::Undeclared,
        }
    }

    /// The facts inferred so far, in name order.
    pub fn all_inferred(&self) -> Vec<Inferred> {
        self.inferred.borrow().values().flatten().cloned().collect()
    }

    fn inferred(&self, name: &str) -> Option<Inferred> {
        if let Some(known) = self.inferred.borrow().get(name) {
            return known.clone();
        }
        let found = self.infer(name);
        self.inferred
            .borrow_mut()
            .insert(name.to_string(), found.clone());
        found
    }

    /// The first statement of the document, in reading order, that fits a
    /// form of the fact readable in the document's language.
    fn infer(&self, name: &str) -> Option<Inferred> {
        let revealed = self.inference.facts.get(name)?;
        let source = &self.doc.source.text;
        let tree = self.sections.tree(source, &self.doc.front.title.value)?;
        let vocabulary = super::vocabulary::builtin().vocabulary(&self.doc.lang)?;
        let defined = vocabulary.defined;
        // A form the language cannot read would see its absent concepts as
        // absent and nothing else: never guess from it.
        let forms: Vec<&Form> = revealed
            .forms
            .iter()
            .filter(|f| f.readable_with(defined))
            .collect();
        if forms.is_empty() {
            return None;
        }
        let blocks = &self.doc.rendered.outline.blocks;
        let everywhere = vec![true; blocks.len()];
        let hit = tree.first_fitting(
            &everywhere,
            blocks,
            |s| {
                Form::any_fits(
                    forms.iter().copied().filter(|f| !f.paragraph),
                    s,
                    vocabulary,
                )
            },
            Some(|pair: &super::tree::Statement| {
                Form::any_fits(
                    forms.iter().copied().filter(|f| f.paragraph),
                    pair,
                    vocabulary,
                )
            }),
            |_| true,
        )?;
        let span = blocks[hit.block].span.clone();
        Some(Inferred {
            fact: name.to_string(),
            line: self.doc.source.line_col(span.start).0,
            span,
            quote: hit.text,
        })
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    #[test]
    fn the_builtin_inference_compiles() {
        let inference = compile(&SourceText::new(BUILTIN.0, BUILTIN.1)).unwrap();
        for name in [
            "dpo_designated",
            "consent_basis",
            "legitimate_interests_basis",
        ] {
            assert!(!inference.facts[name].forms.is_empty(), "{name}");
        }
        assert!(builtin_problems().is_none());
    }

    #[test]
    fn unknown_facts_and_concepts_are_refused_where_written() {
        let src = SourceText::new(
            "rules/facts.yaml",
            "facts:\n  dpo_appointed:\n    docs: d\n    statements: [[dpo]]\n  consent_basis:\n    docs: d\n    statements: [[consent, nonsense]]\n",
        );
        let errs = compile(&src).unwrap_err();
        assert_eq!(errs.len(), 2, "{errs:?}");
        // In the order of the facts' names.
        assert_eq!(errs[0].code, "rules.concept");
        assert_eq!(errs[0].position().unwrap().0.0, 7);
        assert_eq!(errs[1].code, "rules.fact");
        assert_eq!(errs[1].position().unwrap().0.0, 2);
    }

    /// A privacy policy in `lang`, updated 2025-05-02, with front-matter
    /// lines `facts` and Markdown `body`.
    pub(in crate::lint) fn document(lang: &str, facts: &str, body: &str) -> Document {
        let config = crate::config::parse(&SourceText::new(
            "site.toml",
            "title = 'T'\nbase_url = 'https://legal.example.com'\ndefault_language = 'en'\n",
        ))
        .unwrap();
        let text = format!(
            "---\ntitle: Privacy\ndescription: d\nkind: privacy-policy\nupdated: 2025-05-02\neffective: 2025-06-02\nversion: '1.0'\n{facts}---\n# Privacy\n\n{body}\n"
        );
        let file = crate::load::ContentFile {
            source: SourceText::new(format!("content/privacy.{lang}.md"), text),
            role: crate::load::Role::Document,
            lang: lang.into(),
            key: "privacy".into(),
            history: None,
        };
        crate::site::parse_document(file, &config).unwrap()
    }

    /// What is known of `fact` in a document in `lang` with front-matter
    /// lines `facts`, site-wide facts `site` and Markdown `body`.
    fn known(lang: &str, facts: &str, site: &[(&str, bool)], body: &str, fact: &str) -> Known {
        let doc = document(lang, facts, body);
        let sections = Sections::new(&doc.rendered.outline, &doc.lang);
        let site: BTreeMap<String, bool> = site.iter().map(|(k, v)| (k.to_string(), *v)).collect();
        DocFacts::new(&doc, &site, &sections, builtin()).known(fact)
    }

    fn inferred(lang: &str, body: &str, fact: &str) -> Option<Inferred> {
        match known(lang, "", &[], body, fact) {
            Known::Inferred(i) => Some(i),
            Known::Undeclared => None,
            Known::Declared(v) => panic!("declared {v}"),
        }
    }

    #[test]
    fn a_named_dpo_is_designated() {
        let i = inferred(
            "en",
            "## Contact\n\nWe have appointed a data protection officer.",
            "dpo_designated",
        )
        .expect("inferred");
        assert_eq!(i.line, 13);
        assert_eq!(i.quote, "We have appointed a data protection officer.");
        assert!(
            i.explain()
                .contains("inferred from line 13: «We have appointed"),
            "{}",
            i.explain()
        );
        let de = "Unser Datenschutzbeauftragter ist unter datenschutz@example.de erreichbar.";
        assert!(inferred("de", de, "dpo_designated").is_some());
    }

    #[test]
    fn a_dpo_the_text_denies_or_never_names_is_not_inferred() {
        for body in [
            "We have not appointed a data protection officer.",
            "We are not required to designate a DPO.",
            "Write to privacy@example.com.",
            // A definition, not this organisation's DPO.
            "- **Data protection officer**, the person who assists the controller in complying with the GDPR.",
        ] {
            assert_eq!(inferred("en", body, "dpo_designated"), None, "{body}");
        }
        let de = "Wir haben keinen Datenschutzbeauftragten benannt.";
        assert_eq!(inferred("de", de, "dpo_designated"), None);
    }

    #[test]
    fn a_declared_fact_wins() {
        let body = "We have appointed a data protection officer.";
        let declared = "facts: { dpo_designated: false }\n";
        assert_eq!(
            known("en", declared, &[], body, "dpo_designated"),
            Known::Declared(false)
        );
        // The site's facts are declared too, and the document's win over them.
        assert_eq!(
            known(
                "en",
                "",
                &[("dpo_designated", false)],
                body,
                "dpo_designated"
            ),
            Known::Declared(false)
        );
        let own = "facts: { dpo_designated: true }\n";
        assert_eq!(
            known(
                "en",
                own,
                &[("dpo_designated", false)],
                body,
                "dpo_designated"
            ),
            Known::Declared(true)
        );
    }

    #[test]
    fn consent_cited_as_a_basis_is_inferred() {
        let body = "We send the newsletter on the basis of your consent.";
        assert!(inferred("en", body, "consent_basis").is_some());
        let fr = "Nous envoyons la lettre d'information sur la base de votre consentement.";
        assert!(inferred("fr", fr, "consent_basis").is_some());
        // Consent as the condition of one operation on the reader's data
        // (session 22).
        let opted_in = "We only email you if you have opted in.";
        assert!(inferred("en", opted_in, "consent_basis").is_some());
        for body in [
            "We do not rely on your consent.",
            "We will ask for your consent.",
        ] {
            assert_eq!(inferred("en", body, "consent_basis"), None, "{body}");
        }
    }

    #[test]
    fn legitimate_interests_but_not_the_objection_to_them() {
        let relied = "We keep server logs on the basis of our legitimate interest in security.";
        assert!(inferred("en", relied, "legitimate_interests_basis").is_some());
        let object = "You may object to processing based on legitimate interests.";
        assert_eq!(inferred("en", object, "legitimate_interests_basis"), None);
    }

    #[test]
    fn nothing_is_inferred_in_a_language_without_a_vocabulary() {
        let body = "We have appointed a data protection officer.";
        assert_eq!(inferred("ar", body, "dpo_designated"), None);
        // Nor for a fact no form reveals.
        assert_eq!(inferred("en", body, "transfers_outside_eea"), None);
    }
}
