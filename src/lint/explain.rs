//! The text of `charter explain RULE`: why a rule matters, its legal
//! reference, how to fix a finding, what meets it, examples, where it
//! applies. Returned, not printed, so that the command line and the
//! language server's hover (`lsp::hover`) show the same words.

use super::Linter;
use super::rule::RuleMeta;

/// The explanation of `r`, a rule of `linter`, as `charter explain` prints it.
pub fn text(linter: &Linter, r: &RuleMeta) -> String {
    let applies = if r.applies_to.is_empty() {
        "every document".to_string()
    } else {
        r.applies_to
            .iter()
            .map(|k| k.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let when = if r.jurisdictions.is_empty() {
        "always".to_string()
    } else {
        format!("jurisdictions {}", r.jurisdictions.join(", "))
    };
    let langs = if r.languages.is_empty() {
        "any".to_string()
    } else {
        r.languages.join(", ")
    };
    let reference = if r.reference.is_empty() {
        String::new()
    } else {
        format!("Legal reference: {}.\n\n", r.reference)
    };
    let facts = if r.when.is_empty() {
        String::new()
    } else {
        let list: Vec<String> = r.when.iter().map(|(f, v)| format!("{f}: {v}")).collect();
        format!("; only when facts {}", list.join(", "))
    };
    let examples: String = linter
        .examples(&r.id)
        .iter()
        .flat_map(|e| {
            let case = |label: &str, text: &Option<String>| {
                text.as_ref().map(|t| {
                    format!(
                        "\nExample ({}, {label}):\n  {}\n",
                        e.lang,
                        t.trim().replace('\n', "\n  ")
                    )
                })
            };
            [case("passes", &e.passes), case("fails", &e.fails)]
        })
        .flatten()
        .collect();
    let inference = crate::lint::facts::builtin();
    let revealed: String = r
        .when
        .iter()
        .filter(|(_, value)| *value)
        .filter_map(|(fact, _)| {
            let forms: Vec<&str> = inference
                .facts
                .get(fact)?
                .forms
                .iter()
                .map(|f| f.text.as_str())
                .collect();
            Some(format!(
                "\nUndeclared, `facts.{fact}` is inferred true from a statement that carries {} (rules/facts.yaml); a declared value always wins.\n",
                forms.join("; or ")
            ))
        })
        .collect();
    let forms = linter.forms(&r.id);
    let met_by = if forms.is_empty() {
        String::new()
    } else {
        format!(
            "\nMet by a statement that carries {}.\n(A concept counts when the sentence states it or a label right over it does: its pseudo-heading, the lead-in of its list, its table column. `x@label` may come from a heading, `x@near` from a label right over it, `x@lead` from such a label that is not a table's, `x@column` from its column's header, `x@heading` from the innermost heading over it, `x@own` only from the sentence, `x@governed` from the sentence after the form's first concept in the same clause (or right before it without a comma), `!x` must be absent; `@paragraph` lets the sentences of one paragraph and the next combine, `@clause` lets a clause between semicolons count alone where what the form excludes is in another clause. Concepts: rules/vocabulary/<lang>.yaml. `charter lint --evidence` shows the sentence that met each rule.)\n",
            forms.join("; or ")
        )
    };
    format!(
        "{id} ({severity}, pack {pack})\n\n{message}.\n\n{reference}{docs}\n\nHow to fix: {help}\n{met_by}{examples}\nApplies to: {applies}; runs: {when}{facts}; languages: {langs}.\n{revealed}Defined in {origin}.\n",
        id = r.id,
        severity = r.severity,
        pack = r.pack,
        message = r.message,
        docs = r.docs,
        help = r.help,
        origin = r.origin,
    )
}
