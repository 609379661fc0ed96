use crate::lint::Check;
use crate::lint::rule::code_rule;
use crate::lint::violation::Violation;

code_rule! {
    /// The text names a well-known service provider that is missing from the
    /// front matter's `subprocessors:` list.
    ///
    /// A hosting, email or payment provider mentioned in the policy usually
    /// processes personal data on the organisation's behalf; if it is not in
    /// the declared list, the published sub-processor table is incomplete
    /// (GDPR Art. 13(1)(e), Art. 28(2) and (4)). Charter knows common
    /// providers and their aliases (Amazon Web Services = AWS = Amazon S3;
    /// DigitalOcean = Digital Ocean; …); `[lint] providers` in site.toml adds
    /// more. Each provider is reported once, at its first mention.
    ///
    /// ## Example
    /// "Our servers run on Hetzner" with no Hetzner entry in `subprocessors:`.
    pub static SUBPROCESSORS_UNDECLARED = {
        id: "subprocessors.undeclared",
        severity: Error,
        pack: "core",
        applies_to: [PrivacyPolicy, Dpa, Subprocessors],
        jurisdictions: [],
        message: "A provider named in the text is not a declared sub-processor",
        help: "add it to `subprocessors:` in the front matter (name, purpose, location), or suppress with a reason if it does not process personal data for you",
        check: Document(check),
    };
}

fn check(c: &mut Check<'_>) {
    if !c.doc.front.is_given("subprocessors") {
        return;
    }
    let declared: Vec<String> = c
        .doc
        .front
        .subprocessors
        .iter()
        .flat_map(|l| l.value.iter().map(|s| s.value.name.clone()))
        .collect();
    let providers = &c.linter.providers;
    let declared_providers: Vec<&str> = declared
        .iter()
        .flat_map(|d| providers.identified(d))
        .map(|p| p.name.as_str())
        .collect();
    let text = &c.doc.source.text;
    let outline = &c.doc.rendered.outline;
    let spans = outline
        .headings
        .iter()
        .map(|h| h.span.clone())
        .chain(outline.blocks.iter().map(|b| b.span.clone()));
    let mut first: Vec<(usize, std::ops::Range<usize>, String)> = Vec::new();
    for span in spans {
        let Some(slice) = text.get(span.clone()) else {
            continue;
        };
        // Most blocks name no provider: a yes/no pass stops at the first
        // name, where asking which providers it names reads the whole block.
        if !providers.any_match(slice) {
            continue;
        }
        for i in providers.candidates(slice) {
            let p = &providers.list[i];
            if declared_providers.contains(&p.name.as_str())
                || first.iter().any(|(j, _, _)| *j == i)
            {
                continue;
            }
            if let Some(m) = p.pattern().find(slice) {
                first.push((
                    i,
                    span.start + m.start()..span.start + m.end(),
                    m.as_str().to_string(),
                ));
            }
        }
    }
    first.sort_by_key(|(_, s, _)| s.start);
    for (i, span, mention) in first {
        let name = &providers.list[i].name;
        c.report_violation(span, Undeclared { mention, name });
    }
}

/// The provider `name`, written `mention` in the text (the name or an
/// alias), is not in `subprocessors:`.
struct Undeclared<'a> {
    mention: String,
    name: &'a str,
}

impl Violation for Undeclared<'_> {
    fn message(&self) -> String {
        let Self { mention, name } = self;
        if mention == name {
            format!("{name} is named in the text but not declared as a sub-processor")
        } else {
            format!("{mention} ({name}) is named in the text but not declared as a sub-processor")
        }
    }
    fn label(&self) -> String {
        "not in `subprocessors:`".into()
    }
}
