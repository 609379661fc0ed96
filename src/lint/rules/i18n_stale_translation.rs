use crate::diagnostic::Severity;
use crate::lint::Check;
use crate::lint::rule::code_rule;
use crate::lint::translation::{align, content_hash, describe, is_hash, sections};
use crate::lint::violation::Violation;
use crate::site::Document;

code_rule! {
    /// The original changed after the translation was made.
    ///
    /// A company is bound by every language version it publishes: a
    /// translation that silently says something older than the original is
    /// the worst failure of a multilingual legal centre.
    ///
    /// Each translation records the content hash of the original it translates in `translation_of:`; when
    /// the original's text changes (anything but line wrapping and white
    /// space), every translation that still names the old hash is reported,
    /// with the original's `updated` date and the sections that were added,
    /// removed or reshaped. A translation that records nothing is reported as
    /// a warning, since nobody can tell whether it is current.
    ///
    /// ## Example
    /// ```yaml
    /// # content/privacy.de.md
    /// translation_of: "3f9a0c1d2b4e"   # printed by `charter lint` in the help
    /// ```
    pub static STALE_TRANSLATION = {
        id: "i18n.stale-translation",
        severity: Error,
        pack: "i18n",
        applies_to: [],
        jurisdictions: [],
        message: "The original changed after this translation was made",
        help: "bring the translation up to date, then record the original's current hash in `translation_of:`",
        check: Document(check),
    };
}

fn check(c: &mut Check<'_>) {
    let doc = c.doc;
    let Some(orig) = c.original else {
        return;
    };
    let current = content_hash(orig);
    let file = &orig.source.name;
    let Some(recorded) = &doc.front.translation_of else {
        let span = c.front_matter_span();
        c.report_violation(span, Stale::Unrecorded { file, current });
        return;
    };
    let value = recorded.value.trim().to_lowercase();
    if value == current {
        return;
    }
    let span = recorded.span.clone();
    if !is_hash(&value) {
        let recorded = &recorded.value;
        c.report_violation(
            span,
            Stale::NotAHash {
                file,
                current,
                recorded,
            },
        );
        return;
    }
    let violation = Stale::Changed {
        file,
        current,
        original_updated: orig.front.updated.value,
        updated: doc.front.updated.value,
        changes: what_changed(orig, doc),
    };
    c.report_violation(span, violation);
}

/// Why the translation may not say what the original `file` says, whose
/// content hash is `current` now.
enum Stale<'a> {
    /// It records no hash at all: a warning, since it may be current.
    Unrecorded { file: &'a str, current: String },
    /// It records something (`recorded`) that is not a hash.
    NotAHash {
        file: &'a str,
        current: String,
        recorded: &'a str,
    },
    /// It records an older hash. `original_updated` and `updated` are the
    /// two documents' dates, `changes` what differs in their outlines.
    Changed {
        file: &'a str,
        current: String,
        original_updated: jiff::civil::Date,
        updated: jiff::civil::Date,
        changes: String,
    },
}

impl Stale<'_> {
    /// The front-matter line that records the original's current text.
    fn record(&self) -> String {
        let (Self::Unrecorded { current, .. }
        | Self::NotAHash { current, .. }
        | Self::Changed { current, .. }) = self;
        format!("translation_of: \"{current}\"")
    }
}

impl Violation for Stale<'_> {
    fn message(&self) -> String {
        match self {
            Self::Unrecorded { file, .. } => {
                format!("The translation does not record which text of {file} it translates")
            }
            Self::NotAHash { file, recorded, .. } => {
                format!("`translation_of` is \"{recorded}\", not a content hash of {file}")
            }
            Self::Changed {
                file,
                original_updated: now,
                updated: then,
                ..
            } => {
                if now > then {
                    format!(
                        "{file} changed after this translation was made: the original was updated on {now}, this translation on {then}"
                    )
                } else {
                    format!(
                        "{file} changed after this translation was made, though its `updated` date ({now}) was not moved"
                    )
                }
            }
        }
    }
    fn label(&self) -> String {
        match self {
            Self::Unrecorded { .. } => "no `translation_of:`".into(),
            Self::NotAHash { .. } => "not a content hash".into(),
            Self::Changed { file, current, .. } => format!("{file} is now {current}"),
        }
    }
    fn help(&self) -> Option<String> {
        let record = self.record();
        Some(match self {
            Self::Unrecorded { file, .. } => {
                format!(
                    "once the translation matches {file}, add to its front matter:\n    {record}"
                )
            }
            Self::NotAHash { file, .. } => format!(
                "record the hash of the original's text, not its version; if the translation matches {file} today:\n    {record}"
            ),
            Self::Changed { changes, .. } => format!(
                "{changes}\nUpdate the translation to the original's current text, then set:\n    {record}"
            ),
        })
    }
    fn severity(&self) -> Option<Severity> {
        matches!(self, Self::Unrecorded { .. }).then_some(Severity::Warning)
    }
}

/// The sections that differ between the original and the translation, as a
/// sentence. Without the original's old text (there may be no history), the
/// translation's outline stands in for it.
fn what_changed(orig: &Document, doc: &Document) -> String {
    let (theirs, mine) = (sections(orig), sections(doc));
    let mut lines = Vec::new();
    for (o, t) in align(&theirs, &mine) {
        match (o.map(|i| &theirs[i]), t.map(|j| &mine[j])) {
            (Some(o), None) => lines.push(format!("new in the original: {}", describe(o))),
            (None, Some(t)) => lines.push(format!("no longer in the original: {}", describe(t))),
            (Some(o), Some(t))
                if (o.level, o.list_items, o.table_rows)
                    != (t.level, t.list_items, t.table_rows) =>
            {
                lines.push(format!(
                    "changed: {} (list items {} → {}, table rows {} → {})",
                    describe(o),
                    t.list_items,
                    o.list_items,
                    t.table_rows,
                    o.table_rows
                ));
            }
            _ => {}
        }
    }
    if lines.is_empty() {
        "The sections are the same in number, level and shape, so the change is in the wording: compare the original's text section by section.".to_string()
    } else {
        format!("Sections: {}.", lines.join("; "))
    }
}
