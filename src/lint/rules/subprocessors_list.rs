use crate::lint::Check;
use crate::lint::rule::code_rule;
use crate::lint::violation::Violation;

code_rule! {
    /// A GDPR privacy policy or DPA does not declare its sub-processors, or
    /// declares one without name, purpose or location.
    ///
    /// GDPR Art. 13(1)(e) requires the recipients of personal data; Art. 28(2)
    /// and (4) make processors disclose and get authorisation for their
    /// sub-processors, and the 2021 Standard Contractual Clauses (Module 2,
    /// Clause 9) require a list with each sub-processor's identity, processing
    /// and location (transfers outside the EEA need their own safeguards,
    /// Art. 44–46). Declaring the list in front matter (`subprocessors:` with
    /// `name`, `purpose`, `location`) lets Charter render the table and check
    /// the text against it. An empty list (`subprocessors: []`) declares that
    /// there are none.
    pub static SUBPROCESSORS_LIST = {
        id: "subprocessors.list",
        severity: Error,
        pack: "core",
        applies_to: [PrivacyPolicy, Dpa],
        jurisdictions: ["gdpr", "uk-gdpr"],
        message: "Sub-processors are not declared in front matter",
        help: "add `subprocessors:` to the front matter, each entry with name, purpose and location (or `subprocessors: []` if there are none)",
        check: Document(check),
    };
}

fn check(c: &mut Check<'_>) {
    if !c.doc.front.is_given("subprocessors") {
        return;
    }
    let Some(list) = c.doc.front.subprocessors.clone() else {
        let span = c.doc.front.block.start..c.doc.front.block.start + 3;
        c.report(span, "no `subprocessors:` in this front matter");
        return;
    };
    for entry in &list.value {
        let s = &entry.value;
        let missing: Vec<&str> = [
            ("name", &s.name),
            ("purpose", &s.purpose),
            ("location", &s.location),
        ]
        .into_iter()
        .filter(|(_, v)| v.trim().is_empty())
        .map(|(k, _)| k)
        .collect();
        if !missing.is_empty() {
            let name = s.name.trim();
            c.report_violation(entry.span.clone(), Incomplete { name, missing });
        }
    }
}

/// The entry for `name` (empty when it has none) lacks the fields `missing`.
struct Incomplete<'a> {
    name: &'a str,
    missing: Vec<&'static str>,
}

impl Violation for Incomplete<'_> {
    fn message(&self) -> String {
        let name = if self.name.is_empty() {
            "entry"
        } else {
            self.name
        };
        format!("sub-processor {name} lacks {}", self.missing.join(" and "))
    }
    fn label(&self) -> String {
        format!("missing {}", self.missing.join(", "))
    }
    fn help(&self) -> Option<String> {
        Some(
            "give every sub-processor a name, a purpose and the location where it processes data"
                .into(),
        )
    }
}
