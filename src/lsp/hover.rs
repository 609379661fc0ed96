//! Hover: the `charter explain` text of a rule, with its legal reference,
//! over a rule id written in the text (in a `charter-disable` comment, say)
//! or over a finding's span.

use std::ops::Range;

use crate::diagnostic::Diag;
use crate::lint::Linter;

/// What to show at byte `offset` of `text`, and the span it is about.
/// `diags` are the file's current findings.
pub fn at(
    linter: &Linter,
    text: &str,
    offset: usize,
    diags: &[Diag],
) -> Option<(String, Range<usize>)> {
    if let Some(span) = word_at(text, offset)
        && let Some(rule) = linter.rule(&text[span.clone()])
    {
        return Some((crate::lint::explain::text(linter, rule), span));
    }
    let mut shown: Vec<&str> = Vec::new();
    let mut parts = Vec::new();
    let mut covered: Option<Range<usize>> = None;
    for d in diags {
        let Some(span) = d.span.clone() else {
            continue;
        };
        let inside = span.contains(&offset) || (span.is_empty() && span.start == offset);
        if !inside || shown.contains(&d.code.as_str()) {
            continue;
        }
        let Some(rule) = linter.rule(&d.code) else {
            continue;
        };
        shown.push(&d.code);
        parts.push(format!(
            "{}\n\n{}",
            d.message,
            crate::lint::explain::text(linter, rule)
        ));
        // The first finding's span: the editor highlights one range.
        covered.get_or_insert(span);
    }
    let span = covered?;
    Some((parts.join("\n\n---\n\n"), span))
}

/// The rule-id-shaped word around `offset` (letters, digits, `.`, `-`,
/// `_`), without a full stop that ends a sentence.
fn word_at(text: &str, offset: usize) -> Option<Range<usize>> {
    let is_id = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_');
    let offset = offset.min(text.len());
    if !text.is_char_boundary(offset) {
        return None;
    }
    let start = text[..offset]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_id(c))
        .last()
        .map_or(offset, |(i, _)| i);
    let end = text[offset..]
        .char_indices()
        .find(|&(_, c)| !is_id(c))
        .map_or(text.len(), |(i, _)| offset + i);
    let word = text[start..end].trim_end_matches('.');
    (!word.is_empty()).then(|| start..start + word.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_rule_ids_with_their_dots() {
        let text = "<!-- charter-disable gdpr.rights.complaint: see i18n.structure. -->";
        let at = text.find("rights").unwrap();
        assert_eq!(
            word_at(text, at).map(|r| &text[r]),
            Some("gdpr.rights.complaint")
        );
        let at = text.find("structure").unwrap();
        assert_eq!(word_at(text, at).map(|r| &text[r]), Some("i18n.structure"));
        assert_eq!(word_at(text, 0), None);
    }
}
