use crate::lint::Check;
use crate::lint::rule::code_rule;
use crate::lint::text::normalize;
use crate::lint::violation::Violation;

code_rule! {
    /// A declared sub-processor is never named in the document's text.
    ///
    /// The front matter list and the prose should describe the same
    /// processing. A declared provider that the text never mentions is often a
    /// left-over from a provider the company stopped using, which would make
    /// the published list wrong (GDPR Art. 13(1)(e)); or the text lacks the
    /// explanation of what the provider does.
    pub static SUBPROCESSORS_UNMENTIONED = {
        id: "subprocessors.unmentioned",
        severity: Warning,
        pack: "core",
        applies_to: [PrivacyPolicy, Dpa],
        jurisdictions: [],
        message: "A declared sub-processor is never named in the text",
        help: "say in the text what the provider does, or remove it from `subprocessors:` if it is no longer used",
        check: Document(check),
    };
}

fn check(c: &mut Check<'_>) {
    if !c.doc.front.is_given("subprocessors") {
        return;
    }
    let Some(list) = c.doc.front.subprocessors.clone() else {
        return;
    };
    let doc = c.doc;
    let outline = &doc.rendered.outline;
    // The raw text, for providers' alias patterns: only joined once a
    // declared name turns out to be a known provider.
    let text = std::cell::OnceCell::new();
    let text = || {
        text.get_or_init(|| {
            outline
                .headings
                .iter()
                .map(|h| h.text.as_str())
                .chain(outline.blocks.iter().map(|b| b.text.as_str()))
                .collect::<Vec<_>>()
                .join("\n")
        })
    };
    // The blocks' normalized text is at hand: join it rather than normalizing
    // the whole document again.
    let haystack = c
        .sections
        .heading_texts
        .iter()
        .chain(&c.sections.texts)
        .filter(|t| !t.is_empty())
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" ");
    let lowercase = std::cell::OnceCell::new();
    for entry in &list.value {
        let name = entry.value.name.trim();
        if name.is_empty() {
            continue;
        }
        let normalized = normalize(name);
        let named = named_as_written(&haystack, &normalized)
            || lowercase
                .get_or_init(|| crate::lint::fold::lowercase(&haystack))
                .contains(&crate::lint::fold::lowercase(&normalized))
            || c.linter
                .providers
                .identify(name)
                .is_some_and(|p| p.pattern().is_match(text()));
        if !named {
            c.report_violation(entry.span.clone(), Unmentioned { name });
        }
    }
}

/// Whether `name` is in `haystack` as written: then it is there
/// lowercased too, and lowercasing the whole document (most of this rule's
/// cost on a generated 300-page site, whose documents name their
/// sub-processors as declared) is not needed. Lowercasing maps each
/// character on its own but a capital sigma, whose lowercase depends on
/// what follows it: a name without one is lowercased in the document as
/// on its own.
fn named_as_written(haystack: &str, name: &str) -> bool {
    !name.contains('Σ') && haystack.contains(name)
}

/// The declared sub-processor `name` is not in the text.
struct Unmentioned<'a> {
    name: &'a str,
}

impl Violation for Unmentioned<'_> {
    fn message(&self) -> String {
        format!(
            "Sub-processor {} is declared but never named in the text",
            self.name
        )
    }
    fn label(&self) -> String {
        "declared here".into()
    }
}

#[cfg(test)]
mod tests {
    use super::named_as_written;
    use crate::lint::fold::lowercase;

    /// A name found as written is found lowercased too, whatever surrounds
    /// it (a capital sigma in the document included); one with a capital
    /// sigma is left to the lowercased comparison.
    #[test]
    fn a_name_as_written_is_there_lowercased() {
        let haystacks = [
            "We host with Hetzner Online GmbH in Germany.",
            "ΣHetzner Online GmbHΣ and ΟΔΥΣΣΕΥΣ",
            "İstanbul: Hetzner Online GmbH İ",
            "ŞİRKET Acme ΑΣ, Acme",
        ];
        let names = ["Hetzner Online GmbH", "Acme", "ΑΣ", "İ", "Σ", "ΟΔΥΣΣΕΥΣ"];
        let mut as_written = 0;
        for haystack in haystacks {
            for name in names {
                let lowercased = lowercase(haystack).contains(&lowercase(name));
                if named_as_written(haystack, name) {
                    as_written += 1;
                    assert!(lowercased, "{name} in {haystack}");
                }
            }
        }
        assert!(as_written >= 5, "{as_written}");
        assert!(!named_as_written("ΟΔΥΣΣΕΥΣ", "ΟΔΥΣΣΕΥΣ"));
    }
}
