use crate::lint::Check;
use crate::lint::rule::code_rule;
use crate::lint::translation::{Section, align, describe, sections};
use crate::lint::violation::Violation;

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
                let violation = Outline::Missing {
                    section: describe(o),
                    level: o.level,
                    file: &file,
                };
                c.report_violation(span, violation);
            }
            (None, Some(t)) => {
                let violation = Outline::Extra {
                    section: describe(t),
                    file: &file,
                };
                c.report_violation(t.span.clone(), violation);
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
                    let violation = Outline::Differs {
                        section: describe(t),
                        original: describe(o),
                        file: &file,
                        differences,
                    };
                    c.report_violation(t.span.clone(), violation);
                }
                previous = Some(t);
            }
            (None, None) => {}
        }
    }
}

/// How the translation's outline differs from that of the original `file`;
/// sections as [`describe`] names them.
enum Outline<'a> {
    /// The original's `section`, a heading of `level`, has no counterpart.
    Missing {
        section: String,
        level: u8,
        file: &'a str,
    },
    /// The translation's `section` has no counterpart in the original.
    Extra { section: String, file: &'a str },
    /// The translation's `section` and the `original` one it matches differ
    /// in shape, as each of `differences` says.
    Differs {
        section: String,
        original: String,
        file: &'a str,
        differences: Vec<String>,
    },
}

impl Violation for Outline<'_> {
    fn message(&self) -> String {
        match self {
            Self::Missing {
                section,
                level,
                file,
            } => format!(
                "Section {section} (level {level}) of the original {file} has no counterpart in this translation"
            ),
            Self::Extra { section, file } => {
                format!("Section {section} has no counterpart in the original {file}")
            }
            Self::Differs {
                section,
                original,
                file,
                differences,
            } => format!(
                "Section {section} differs from {original} in {file}: {}",
                differences.join("; ")
            ),
        }
    }
    fn label(&self) -> String {
        match self {
            Self::Missing { .. } => "the missing section belongs after this one".into(),
            Self::Extra { .. } => "not in the original".into(),
            Self::Differs { differences, .. } => differences.join(", "),
        }
    }
    fn help(&self) -> Option<String> {
        match self {
            Self::Missing { section, .. } => {
                Some(format!("translate {section} into this document"))
            }
            Self::Extra { .. } => Some(
                "remove the section, or number it like the original's section it translates".into(),
            ),
            Self::Differs { .. } => None,
        }
    }
}
