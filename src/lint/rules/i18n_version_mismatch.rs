use crate::lint::Check;
use crate::lint::rule::code_rule;

code_rule! {
    /// A translation's `version`, `effective` date or sub-processors differ
    /// from its original's.
    ///
    /// Every language version a company publishes binds it: a German page
    /// with another version, effective date or list of sub-processors than
    /// the English original is a second, contradictory policy (GDPR Art.
    /// 13(1)(e) and 28(2) for the sub-processors).
    ///
    /// Charter compares the fields that must be identical in every language; the
    /// sub-processors are compared by name (purpose and location are
    /// translated).
    pub static VERSION_MISMATCH = {
        id: "i18n.version-mismatch",
        severity: Error,
        pack: "i18n",
        applies_to: [],
        jurisdictions: [],
        message: "The translation does not match its original's version",
        help: "copy the original's value into the translation, after bringing the translation up to date",
        check: Document(check),
    };
}

fn check(c: &mut Check<'_>) {
    let doc = c.doc;
    let Some(orig) = c.original else {
        return;
    };
    let (front, of) = (&doc.front, &orig.front);
    let file = orig.source.name.clone();
    if front.version.value.trim() != of.version.value.trim() {
        let d = c.report(
            front.version.span.clone(),
            format!("the original has \"{}\"", of.version.value),
        );
        d.message = format!(
            "`version` is \"{}\" here but \"{}\" in the original {file}",
            front.version.value, of.version.value
        );
        d.help = Some(format!(
            "set `version: \"{}\"` once the translation matches the original",
            of.version.value
        ));
    }
    if front.effective.value != of.effective.value {
        let d = c.report(
            front.effective.span.clone(),
            format!("the original has {}", of.effective.value),
        );
        d.message = format!(
            "`effective` is {} here but {} in the original {file}",
            front.effective.value, of.effective.value
        );
        d.help = Some(format!("set `effective: {}`", of.effective.value));
    }
    subprocessors(c, orig);
}

fn subprocessors(c: &mut Check<'_>, orig: &crate::site::Document) {
    let doc = c.doc;
    let key = |n: &str| crate::lint::text::normalize(n).to_lowercase();
    let names = |doc: &crate::site::Document| -> Vec<(String, std::ops::Range<usize>)> {
        doc.front
            .subprocessors
            .iter()
            .flat_map(|l| l.value.iter())
            .map(|s| (s.value.name.trim().to_string(), s.span.clone()))
            .filter(|(n, _)| !n.is_empty())
            .collect()
    };
    let (mine, theirs) = (names(doc), names(orig));
    let file = orig.source.name.clone();
    let list_span = match &doc.front.subprocessors {
        Some(list) => list.span.clone(),
        None => c.front_matter_span(),
    };
    for (name, _) in &theirs {
        if !mine.iter().any(|(m, _)| key(m) == key(name)) {
            let d = c.report(list_span.clone(), format!("{name} missing"));
            d.message = format!(
                "Sub-processor {name} of the original {file} is missing from this translation"
            );
            d.help = Some(format!(
                "add {name} to `subprocessors:` with its purpose and location in this language"
            ));
        }
    }
    for (name, span) in &mine {
        if !theirs.iter().any(|(t, _)| key(t) == key(name)) {
            let d = c.report(span.clone(), "not in the original");
            d.message = format!("Sub-processor {name} is not in the original {file}");
            d.help = Some(format!(
                "remove it, or add it to {file} first: the original decides the list"
            ));
        }
    }
}
