use crate::lint::Check;
use crate::lint::rule::code_rule;

code_rule! {
    /// A document lacks a translation into one of the site's languages.
    ///
    /// A legal centre in several languages promises visitors the documents in
    /// their language; GDPR Art. 12(1) asks for information in clear and
    /// plain language the data subject understands.
    ///
    /// A document may list the languages it is
    /// published in with `translations: [en, de]`; otherwise every language
    /// of site.toml is expected.
    ///
    /// ## Example
    /// ```yaml
    /// # content/terms.md, with languages en, de, fr in site.toml
    /// translations: [en, de]   # no French version is planned
    /// ```
    pub static MISSING_TRANSLATION = {
        id: "i18n.missing-translation",
        severity: Warning,
        pack: "i18n",
        applies_to: [],
        jurisdictions: [],
        message: "A translation is missing",
        help: "add the translation, or list the languages the document is published in with `translations: [..]`",
        check: Document(check),
    };
}

fn check(c: &mut Check<'_>) {
    let (site, doc) = (c.site, c.doc);
    if site.is_standalone() || doc.lang != site.config.default_language {
        return;
    }
    let listed = doc.front.translations.as_ref();
    let expected: Vec<(String, std::ops::Range<usize>)> = match listed {
        Some(list) => list
            .value
            .iter()
            .map(|l| (l.value.trim().to_string(), l.span.clone()))
            .collect(),
        None => site
            .config
            .languages
            .iter()
            .map(|l| (l.code.clone(), c.front_matter_span()))
            .collect(),
    };
    let file = doc.source.name.clone();
    let published: Vec<String> = site
        .translations_of(&doc.key)
        .map(|d| d.lang.clone())
        .collect();
    for (code, span) in expected {
        if code == doc.lang {
            continue;
        }
        let Some(language) = site.config.language(&code) else {
            let codes: Vec<&str> = site
                .config
                .languages
                .iter()
                .map(|l| l.code.as_str())
                .collect();
            let d = c.report(span, "not a site language");
            d.message = format!("`{code}` is not one of the site's languages");
            d.help = Some(format!(
                "list codes from site.toml's languages: {}",
                codes.join(", ")
            ));
            continue;
        };
        if site.translations_of(&doc.key).any(|d| d.lang == code) {
            continue;
        }
        let name = language.name.clone();
        let expected_file = format!("{}.{code}.md", file.trim_end_matches(".md"));
        let d = c.report(span, format!("no {name} version"));
        d.message = format!(
            "{} has no {name} ({code}) translation",
            doc.front.title.value
        );
        d.help = Some(match listed {
            Some(_) => format!("add {expected_file}, or remove `{code}` from `translations:`"),
            None => format!(
                "add {expected_file}, or list the languages this document is published in: `translations: [{}]`",
                published.join(", ")
            ),
        });
    }
}
