//! Statement forms: how a `require` rule of a pack says what meets it.
//!
//! ```yaml
//! statements:
//!   - [grant, erase]            # one statement grants the reader erasure
//!   - [right@label, erase]      # or sits under a "Right to …" label and names erasure
//!   - [retain, duration, "!negation"]
//! ```
//!
//! A form is a list of concepts (`rules/vocabulary/`) that one statement
//! must carry. A concept is carried when the statement states it or a label
//! right over it does (its pseudo-heading, the lead-in of its list, its
//! table column and row): labels are evidence, not filters. `name@label`
//! may come from any label, headings included; `name@near` from a label
//! right over the statement, not the statement; `name@lead` from a label
//! right over it that is not a table's (a list's lead-in, a pseudo-heading,
//! the term of a "Term: …" item); `name@column` from the
//! header of its table column; `@paragraph` lets the concepts come from a
//! statement and the next one (the next sentence, or a short paragraph such
//! as an address block);
//! `name@own` must come from the statement
//! itself; `!name` must be neither in the statement nor a label right over it.

use std::sync::Arc;

use super::tree::Statement;
use super::vocabulary::{self, Set};
use crate::diagnostic::{Diag, SourceText};
use crate::yaml::Located;

#[derive(Debug, Clone, Default)]
pub struct Form {
    /// The concepts may come from a statement and the one after it
    /// (`@paragraph`): the next sentence of its paragraph ("Some details
    /// are needed to conclude the contract. Without them we cannot
    /// deliver."), or a short paragraph after its last one ("The controller
    /// is X." and then the address block).
    pub paragraph: bool,
    /// The form as written, for `charter explain`: "grant + erase".
    pub text: String,
    anywhere: Set,
    label: Set,
    near: Set,
    lead: Set,
    column: Set,
    own: Set,
    absent: Set,
}

impl Form {
    /// Compiles one form, reporting unknown concepts where they are written.
    pub fn compile(
        source: &Arc<SourceText>,
        names: &[Located<String>],
        problems: &mut Vec<Diag>,
    ) -> Option<Form> {
        let concepts = vocabulary::builtin();
        let mut form = Form {
            text: names
                .iter()
                .map(|n| n.value.trim())
                .collect::<Vec<_>>()
                .join(" + "),
            ..Form::default()
        };
        let before = problems.len();
        for name in names {
            let raw = name.value.trim();
            if raw == "@paragraph" {
                form.paragraph = true;
                continue;
            }
            let (negated, rest) = match raw.strip_prefix('!') {
                Some(r) => (true, r),
                None => (false, raw),
            };
            let (concept, place) = rest.split_once('@').unwrap_or((rest, ""));
            let Some(id) = concepts.id(concept) else {
                problems.push(
                    Diag::error("rules.concept", format!("unknown concept `{concept}`"))
                        .at(source, name.span.clone(), "in this statement form")
                        .help("concepts are defined in the vocabularies, rules/vocabulary/<lang>.yaml; `charter explain` lists the built-in ones"),
                );
                continue;
            };
            let set = match (negated, place) {
                (true, "") => &mut form.absent,
                (false, "") => &mut form.anywhere,
                (false, "label") => &mut form.label,
                (false, "near") => &mut form.near,
                (false, "lead") => &mut form.lead,
                (false, "column") => &mut form.column,
                (false, "own") => &mut form.own,
                _ => {
                    problems.push(
                        Diag::error("rules.concept", format!("cannot read `{raw}`"))
                            .at(source, name.span.clone(), "in this statement form")
                            .help("write `concept`, `concept`, `concept@label`, `concept@near`, `concept@lead`, `concept@column`, `concept@own` or `!concept`"),
                    );
                    continue;
                }
            };
            *set = set.with(id);
        }
        (problems.len() == before && !names.is_empty()).then_some(form)
    }

    /// Whether `statement` fits the form.
    pub fn fits(&self, statement: &Statement) -> bool {
        let near = statement.own.union(statement.near);
        near.contains_all(self.anywhere)
            && statement.inherited.contains_all(self.label)
            && statement.near.contains_all(self.near)
            && statement.lead.contains_all(self.lead)
            && statement.column.contains_all(self.column)
            && statement.own.contains_all(self.own)
            && !near.meets(self.absent)
    }

    /// Whether a language defining `defined` can read every concept of the form.
    pub fn readable_with(&self, defined: Set) -> bool {
        let used = self
            .anywhere
            .union(self.label)
            .union(self.near)
            .union(self.lead)
            .union(self.column)
            .union(self.own)
            .union(self.absent);
        defined.contains_all(used)
    }
}
