use crate::lint::Check;
use crate::lint::rule::code_rule;
use crate::lint::violation::Violation;

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
            c.report_violation(span, Missing::NotASiteLanguage { code: &code, codes });
            continue;
        };
        if site.translations_of(&doc.key).any(|d| d.lang == code) {
            continue;
        }
        let violation = Missing::Translation {
            title: &doc.front.title.value,
            language: &language.name,
            code: &code,
            file: format!("{}.{code}.md", file.trim_end_matches(".md")),
            published: listed.is_none().then_some(published.as_slice()),
        };
        c.report_violation(span, violation);
    }
}

/// A language the document should be published in and is not.
enum Missing<'a> {
    /// `translations:` lists `code`, which is none of the site's `codes`.
    NotASiteLanguage { code: &'a str, codes: Vec<&'a str> },
    /// The document `title` has no translation into `language` (`code`),
    /// which would be `file`. `published` are the languages it has, when
    /// it does not list them itself.
    Translation {
        title: &'a str,
        language: &'a str,
        code: &'a str,
        file: String,
        published: Option<&'a [String]>,
    },
}

impl Violation for Missing<'_> {
    fn message(&self) -> String {
        match self {
            Self::NotASiteLanguage { code, .. } => {
                format!("`{code}` is not one of the site's languages")
            }
            Self::Translation {
                title,
                language,
                code,
                ..
            } => format!("{title} has no {language} ({code}) translation"),
        }
    }
    fn label(&self) -> String {
        match self {
            Self::NotASiteLanguage { .. } => "not a site language".into(),
            Self::Translation { language, .. } => format!("no {language} version"),
        }
    }
    fn help(&self) -> Option<String> {
        Some(match self {
            Self::NotASiteLanguage { codes, .. } => {
                format!(
                    "list codes from site.toml's languages: {}",
                    codes.join(", ")
                )
            }
            Self::Translation {
                code,
                file,
                published: None,
                ..
            } => format!("add {file}, or remove `{code}` from `translations:`"),
            Self::Translation {
                file,
                published: Some(published),
                ..
            } => format!(
                "add {file}, or list the languages this document is published in: `translations: [{}]`",
                published.join(", ")
            ),
        })
    }
}
