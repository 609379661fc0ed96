use crate::lint::Check;
use crate::lint::rule::code_rule;
use crate::lint::translation::{Section, align, describe, sections};

code_rule! {
    /// The translation's outline diverges from its original's: a section is
    /// missing or extra, a heading has another level, or a section has a
    /// different number of list items or table rows.
    ///
    /// A right missing from the German list of rights, or a whole section
    /// missing in French, changes what the company promises in that language.
    ///
    /// Headings are in different languages, so sections are matched by their level
    /// and their number ("6.", "6.1"), never by their words.
    pub static STRUCTURE = {
        id: "i18n.structure",
        severity: Warning,
        pack: "i18n",
        applies_to: [],
        jurisdictions: [],
        message: "The translation's structure differs from the original's",
        help: "give the translation the same sections, lists and tables as the original",
        check: Document(check),
    };
}

fn check(c: &mut Check<'_>) {
    let doc = c.doc;
    let Some(orig) = c.original else {
        return;
    };
    let file = orig.source.name.clone();
    let (theirs, mine) = (sections(orig), sections(doc));
    let pairs = align(&theirs, &mine);
    // Where to point for a missing section: the translation's section before it.
    let mut previous: Option<&Section> = None;
    for (o, t) in pairs {
        match (o.map(|i| &theirs[i]), t.map(|j| &mine[j])) {
            (Some(o), None) => {
                let span = previous.map_or_else(|| c.front_matter_span(), |p| p.span.clone());
                let d = c.report(span, "the missing section belongs after this one");
                d.message = format!(
                    "Section {} (level {}) of the original {file} has no counterpart in this translation",
                    describe(o),
                    o.level
                );
                d.help = Some(format!("translate {} into this document", describe(o)));
            }
            (None, Some(t)) => {
                let d = c.report(t.span.clone(), "not in the original");
                d.message = format!(
                    "Section {} has no counterpart in the original {file}",
                    describe(t)
                );
                d.help = Some(
                    "remove the section, or number it like the original's section it translates"
                        .into(),
                );
                previous = Some(t);
            }
            (Some(o), Some(t)) => {
                let mut differences = Vec::new();
                for (what, mine, theirs) in [
                    ("heading level", usize::from(t.level), usize::from(o.level)),
                    ("list item(s)", t.list_items, o.list_items),
                    ("table row(s)", t.table_rows, o.table_rows),
                ] {
                    if mine != theirs {
                        differences.push(format!("{what} {mine} where the original has {theirs}"));
                    }
                }
                if !differences.is_empty() {
                    let d = c.report(t.span.clone(), differences.join(", "));
                    d.message = format!(
                        "Section {} differs from {} in {file}: {}",
                        describe(t),
                        describe(o),
                        differences.join("; ")
                    );
                }
                previous = Some(t);
            }
            (None, None) => {}
        }
    }
}
