use crate::lint::Check;
use crate::lint::rule::code_rule;

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
            let d = c.report(
                entry.span.clone(),
                format!("missing {}", missing.join(", ")),
            );
            d.message = format!(
                "sub-processor {} lacks {}",
                if s.name.trim().is_empty() {
                    "entry"
                } else {
                    s.name.trim()
                },
                missing.join(" and ")
            );
            d.help = Some("give every sub-processor a name, a purpose and the location where it processes data".into());
        }
    }
}
