//! Findings the engine itself reports: about suppressions, configuration and
//! languages the rules cannot read. They have no check of their own.

use crate::lint::rule::code_rule;

code_rule! {
    /// A rule id in a `charter-disable` comment or in site.toml's `[lint.rules]`
    /// does not exist.
    ///
    /// A misspelt id silently suppresses nothing, or silently fails to change a
    /// severity, so the typo would hide a real finding or a real policy decision.
    pub static UNKNOWN_RULE = {
        id: "lint.unknown-rule",
        severity: Error,
        pack: "lint",
        applies_to: [],
        jurisdictions: [],
        message: "No rule has this id",
        help: "`charter rules` lists every rule",
        check: Engine,
    };
}

code_rule! {
    /// A `charter-disable` comment suppresses nothing.
    ///
    /// Suppressions outlive the problems they were written for; a stale one
    /// would silently hide the problem when it comes back.
    pub static UNUSED_SUPPRESSION = {
        id: "lint.unused-suppression",
        severity: Warning,
        pack: "lint",
        applies_to: [],
        jurisdictions: [],
        message: "Nothing to suppress here",
        help: "remove the comment",
        check: Engine,
    };
}

code_rule! {
    /// A `charter-disable` comment gives no reason.
    ///
    /// Whoever reviews the policy next needs to know why a legal requirement was
    /// judged not to apply: write it after a colon,
    /// `<!-- charter-disable gdpr.rights.portability: no automated processing -->`.
    pub static SUPPRESSION_REASON = {
        id: "lint.suppression-reason",
        severity: Error,
        pack: "lint",
        applies_to: [],
        jurisdictions: [],
        message: "A suppression needs a reason",
        help: "add the reason after a colon: <!-- charter-disable rule.id: why it does not apply -->",
        check: Engine,
    };
}

code_rule! {
    /// Some rules that apply to this document cannot read its language.
    ///
    /// Charter never stays silent about a document it could not check: this
    /// finding lists the rules whose phrase patterns do not cover the language,
    /// so a reviewer knows what still needs a human reading.
    pub static UNSUPPORTED_LANGUAGE = {
        id: "lint.unsupported-language",
        severity: Info,
        pack: "lint",
        applies_to: [],
        jurisdictions: [],
        message: "Rules not checked in this language",
        help: "check these requirements by hand, or add patterns for the language in a rule pack under rules/",
        check: Engine,
    };
}

code_rule! {
    /// A document's conditional rules wait for facts that neither its front
    /// matter, site.toml nor its text give.
    ///
    /// Some requirements apply only when a fact is true (consent is a legal
    /// basis, data leave the EEA, a DPO is designated). Where the text reveals
    /// the fact (it names its data protection officer, cites consent as a
    /// basis, invokes legitimate interests: the statements rules/facts.yaml
    /// lists), Charter infers it true and the rule's findings say which line
    /// revealed it. Otherwise it asks instead of guessing: one info per
    /// document lists each missing fact with its question and the rules that
    /// wait for it. `charter facts` asks the questions and writes the answers
    /// under `[lint.facts]` in site.toml; a document's own `facts:` in its
    /// front matter wins over the site's. A declared fact always wins over the
    /// text.
    pub static MISSING_FACT = {
        id: "lint.missing-fact",
        severity: Info,
        pack: "lint",
        applies_to: [],
        jurisdictions: [],
        message: "Conditional rules need these facts",
        help: "run `charter facts` to answer the questions (it writes them to [lint.facts] in site.toml), or declare them yourself: `[lint] facts = { consent_basis = true }` in site.toml, or `facts: { consent_basis: true }` in this document's front matter",
        check: Engine,
    };
}
