//! The compliance matrix (`charter lint --evidence`): for each document,
//! each rule that applies, and what met it (the statement, where it is) or
//! the finding, or why it was not checked. Auditors ask "where does it say
//! that?"; this answers.

use serde::Serialize;

use super::{Evidence, Finding};
use crate::site::Document;

/// Longest quote shown, in characters.
const QUOTE_CHARS: usize = 160;

#[derive(Debug, Clone, Serialize)]
pub struct Matrix {
    pub file: String,
    pub lang: String,
    pub rows: Vec<Row>,
    /// Facts the document does not declare but its text reveals, which
    /// rules that apply to it ran on (`lint::facts`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub inferred_facts: Vec<InferredFact>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub rule: String,
    #[serde(flatten)]
    pub outcome: Outcome,
    /// The facts the rule ran on that were inferred from the text, not declared.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub inferred_facts: Vec<String>,
}

/// A fact inferred from the text, with the statement that reveals it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InferredFact {
    pub fact: String,
    pub value: bool,
    pub line: usize,
    pub quote: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Outcome {
    /// A statement meets the requirement.
    Met {
        line: usize,
        quote: String,
        /// The label the statement sits under, if any.
        #[serde(skip_serializing_if = "Option::is_none")]
        under: Option<String>,
    },
    /// The rule ran and found nothing to report, with no statement to show
    /// (rules that forbid something, or check dates and front matter).
    Passed,
    /// The rule reported a finding.
    Finding { line: usize, message: String },
    /// The rule applies but could not run.
    NotChecked { why: String },
    /// Set while checking: the evidence, located once the document is known.
    #[serde(skip)]
    Evidence(Vec<Evidence>),
}

impl Row {
    pub fn not_checked(rule: &str, why: String) -> Row {
        Row {
            rule: rule.to_string(),
            outcome: Outcome::NotChecked { why },
            inferred_facts: Vec::new(),
        }
    }

    /// A rule that ran, with what met it and the inferred facts it ran on.
    pub fn checked(rule: &str, evidence: &[Evidence], inferred_facts: Vec<String>) -> Row {
        Row {
            rule: rule.to_string(),
            outcome: Outcome::Evidence(evidence.to_vec()),
            inferred_facts,
        }
    }
}

impl Matrix {
    /// The matrix of `doc` from the rows recorded while checking it and
    /// the findings that remained after suppressions.
    pub fn new(
        doc: &Document,
        rows: Vec<Row>,
        findings: &[Finding],
        inferred: &[super::facts::Inferred],
    ) -> Matrix {
        let rows = rows
            .into_iter()
            .map(|row| {
                let outcome = match row.outcome {
                    Outcome::Evidence(evidence) => {
                        match findings.iter().find(|f| f.rule() == row.rule) {
                            Some(f) => Outcome::Finding {
                                line: f.diag.position().map_or(0, |(at, _)| at.0),
                                message: f.diag.message.clone(),
                            },
                            None => match evidence.first() {
                                Some(e) => Outcome::Met {
                                    line: doc.source.line_col(e.span.start).0,
                                    quote: shorten(&e.quote),
                                    under: e.under.as_deref().map(shorten),
                                },
                                None => Outcome::Passed,
                            },
                        }
                    }
                    other => other,
                };
                Row {
                    rule: row.rule,
                    outcome,
                    inferred_facts: row.inferred_facts,
                }
            })
            .collect();
        Matrix {
            file: doc.source.name.clone(),
            lang: doc.lang.clone(),
            rows,
            inferred_facts: inferred
                .iter()
                .map(|i| InferredFact {
                    fact: i.fact.clone(),
                    value: true,
                    line: i.line,
                    quote: shorten(&i.quote),
                })
                .collect(),
        }
    }

    /// The matrix as text, one line per rule.
    pub fn human(&self) -> String {
        let mut out = format!("{} ({})\n", self.file, self.lang);
        for f in &self.inferred_facts {
            out.push_str(&format!(
                "  fact {} = {} (inferred)  {}:{}  \"{}\"\n",
                f.fact, f.value, self.file, f.line, f.quote
            ));
        }
        let width = self.rows.iter().map(|r| r.rule.len()).max().unwrap_or(0);
        for row in &self.rows {
            let text = match &row.outcome {
                Outcome::Met { line, quote, under } => match under {
                    Some(under) => {
                        format!(
                            "met      {}:{line}  \"{quote}\" (under \"{under}\")",
                            self.file
                        )
                    }
                    None => format!("met      {}:{line}  \"{quote}\"", self.file),
                },
                Outcome::Passed => "passed".to_string(),
                Outcome::Finding { line, message } => {
                    format!("MISSING  {}:{line}  {message}", self.file)
                }
                Outcome::NotChecked { why } => format!("not checked: {why}"),
                Outcome::Evidence(_) => String::new(),
            };
            let facts = if row.inferred_facts.is_empty() {
                String::new()
            } else {
                format!(
                    " [runs on inferred facts.{}]",
                    row.inferred_facts.join(", facts.")
                )
            };
            out.push_str(&format!("  {:width$}  {text}{facts}\n", row.rule));
        }
        out
    }
}

pub(crate) fn shorten(quote: &str) -> String {
    let quote = crate::diagnostic::visible(quote);
    if quote.chars().count() <= QUOTE_CHARS {
        return quote.into_owned();
    }
    let cut: String = quote.chars().take(QUOTE_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}
