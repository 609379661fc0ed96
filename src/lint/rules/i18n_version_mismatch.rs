use crate::lint::Check;
use crate::lint::rule::code_rule;
use crate::lint::violation::Violation;

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
        let violation = Mismatch::Version {
            here: &front.version.value,
            original: &of.version.value,
            file: &file,
        };
        c.report_violation(front.version.span.clone(), violation);
    }
    if front.effective.value != of.effective.value {
        let violation = Mismatch::Effective {
            here: front.effective.value,
            original: of.effective.value,
            file: &file,
        };
        c.report_violation(front.effective.span.clone(), violation);
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
    // Each name's key once: compared pair by pair, they were made again
    // for every pair (a tenth of this rule's cost on a generated 300-page
    // site, whose documents declare a dozen sub-processors).
    let keys = |names: &[(String, std::ops::Range<usize>)]| -> Vec<String> {
        names.iter().map(|(n, _)| key(n)).collect()
    };
    let (mine_keys, their_keys) = (keys(&mine), keys(&theirs));
    for ((name, _), their_key) in theirs.iter().zip(&their_keys) {
        if !mine_keys.contains(their_key) {
            let violation = Mismatch::SubprocessorMissing { name, file: &file };
            c.report_violation(list_span.clone(), violation);
        }
    }
    for ((name, span), my_key) in mine.iter().zip(&mine_keys) {
        if !their_keys.contains(my_key) {
            let violation = Mismatch::SubprocessorExtra { name, file: &file };
            c.report_violation(span.clone(), violation);
        }
    }
}

/// What differs from the original `file`.
enum Mismatch<'a> {
    /// `version` is `here`, but `original` in the original.
    Version {
        here: &'a str,
        original: &'a str,
        file: &'a str,
    },
    /// `effective` is `here`, but `original` in the original.
    Effective {
        here: jiff::civil::Date,
        original: jiff::civil::Date,
        file: &'a str,
    },
    /// The original's sub-processor `name` is not in the translation.
    SubprocessorMissing { name: &'a str, file: &'a str },
    /// The translation's sub-processor `name` is not in the original.
    SubprocessorExtra { name: &'a str, file: &'a str },
}

impl Violation for Mismatch<'_> {
    fn message(&self) -> String {
        match self {
            Self::Version {
                here,
                original,
                file,
            } => format!("`version` is \"{here}\" here but \"{original}\" in the original {file}"),
            Self::Effective {
                here,
                original,
                file,
            } => format!("`effective` is {here} here but {original} in the original {file}"),
            Self::SubprocessorMissing { name, file } => {
                format!(
                    "Sub-processor {name} of the original {file} is missing from this translation"
                )
            }
            Self::SubprocessorExtra { name, file } => {
                format!("Sub-processor {name} is not in the original {file}")
            }
        }
    }
    fn label(&self) -> String {
        match self {
            Self::Version { original, .. } => format!("the original has \"{original}\""),
            Self::Effective { original, .. } => format!("the original has {original}"),
            Self::SubprocessorMissing { name, .. } => format!("{name} missing"),
            Self::SubprocessorExtra { .. } => "not in the original".into(),
        }
    }
    fn help(&self) -> Option<String> {
        Some(match self {
            Self::Version { original, .. } => {
                format!("set `version: \"{original}\"` once the translation matches the original")
            }
            Self::Effective { original, .. } => format!("set `effective: {original}`"),
            Self::SubprocessorMissing { name, .. } => format!(
                "add {name} to `subprocessors:` with its purpose and location in this language"
            ),
            Self::SubprocessorExtra { file, .. } => {
                format!("remove it, or add it to {file} first: the original decides the list")
            }
        })
    }
}
