//! The quick fixes the server offers, as edits of a document's text in
//! byte offsets (the server turns them into LSP text edits):
//!
//! - suppress a finding with a reason to fill in (any rule but the
//!   engine's own `lint.*`);
//! - record the original's current content hash in a translation's
//!   `translation_of:` (`i18n.stale-translation`);
//! - declare a provider named in the text in `subprocessors:`
//!   (`subprocessors.undeclared`).
//!
//! They work on the text, not on parsed values, so that the edit keeps the
//! author's layout, comments and quoting around it.

use std::ops::Range;

use crate::front_matter;

/// Replace `span` of the text by `insert` (an insertion when `span` is empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub span: Range<usize>,
    pub insert: String,
}

impl Edit {
    fn insert(at: usize, text: String) -> Edit {
        Edit {
            span: at..at,
            insert: text,
        }
    }

    /// `text` with the edit made.
    #[cfg(test)]
    pub fn apply(&self, text: &str) -> String {
        format!(
            "{}{}{}",
            &text[..self.span.start],
            self.insert,
            &text[self.span.end..]
        )
    }
}

/// The reason a new suppression carries until the author writes one. The
/// linter accepts any text as a reason, so the finding goes away at once;
/// the word TODO says what is left to do (comments are not page text, so
/// `meta.placeholder` does not report it).
pub const REASON_PLACEHOLDER: &str = "TODO: say why this does not apply";

/// A suppression of `rule` for a finding that starts at byte `at` of
/// `text` (see `lint::suppress`). A finding in the front matter is about
/// the whole document: `charter-disable` goes at the top of the body.
/// Otherwise `charter-disable-next-line` goes on the line before the
/// finding's; in the middle of a paragraph or list, at the end of the line
/// before, where a comment (dropped from the page) does not split the block.
pub fn suppress(text: &str, at: usize, rule: &str) -> Edit {
    let at = at.min(text.len());
    let body_start = front_matter::split(text).map_or(0, |s| s.body.start);
    if at < body_start {
        return Edit::insert(
            body_start,
            format!("<!-- charter-disable {rule}: {REASON_PLACEHOLDER} -->\n"),
        );
    }
    let comment = format!("<!-- charter-disable-next-line {rule}: {REASON_PLACEHOLDER} -->");
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..];
    let indent = &line[..line.len() - line.trim_start_matches([' ', '\t']).len()];
    let previous = (line_start > body_start).then(|| {
        let end = line_start - 1;
        let start = text[..end].rfind('\n').map_or(0, |i| i + 1);
        (start, text[start..end].trim_end_matches('\r'))
    });
    match previous {
        Some((start, prev)) if !prev.trim().is_empty() && !is_fence(prev) => {
            Edit::insert(start + prev.len(), format!(" {comment}"))
        }
        _ => Edit::insert(line_start, format!("{indent}{comment}\n")),
    }
}

/// A code fence line: a comment after it would change what it means.
fn is_fence(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with("```") || t.starts_with("~~~")
}

/// Sets `translation_of:` in the front matter to `hash`: its value is
/// replaced (a comment after it stays), or the key is added at the end.
/// `None` when the text has no front matter.
pub fn record_hash(text: &str, hash: &str) -> Option<Edit> {
    let split = front_matter::split(text).ok()?;
    let value = format!("\"{hash}\"");
    if let Some((_, after_key)) = top_level_key(text, split.yaml.clone(), "translation_of") {
        let line_end = text[after_key..]
            .find('\n')
            .map_or(text.len(), |i| after_key + i);
        let rest = &text[after_key..line_end];
        let start = after_key + (rest.len() - rest.trim_start().len());
        let end = start + value_len(&text[start..line_end]);
        // `translation_of:` with nothing after it needs the space YAML wants.
        let space = if start == after_key { " " } else { "" };
        return Some(Edit {
            span: start..end,
            insert: format!("{space}{value}"),
        });
    }
    Some(Edit::insert(
        split.yaml.end,
        format!("translation_of: {value}\n"),
    ))
}

/// The length of the YAML scalar at the start of `rest` (a line's remainder):
/// a quoted string to its closing quote, else up to a comment or the end.
fn value_len(rest: &str) -> usize {
    let trimmed = rest.trim_end_matches(['\r', ' ', '\t']);
    match trimmed.chars().next() {
        Some(q @ ('"' | '\'')) => trimmed[1..].find(q).map_or(trimmed.len(), |i| i + 2),
        _ => trimmed
            .find(" #")
            .map_or(trimmed.len(), |i| trimmed[..i].trim_end().len()),
    }
}

/// A top-level key of the YAML in `yaml` (a range of `text`): the offset
/// of its line and the offset right after `key:`.
fn top_level_key(text: &str, yaml: Range<usize>, key: &str) -> Option<(usize, usize)> {
    let mut start = yaml.start;
    for line in text[yaml.clone()].split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(key)
            && rest.trim_start_matches([' ', '\t']).starts_with(':')
        {
            let colon = line.len() - rest.len() + rest.find(':').unwrap_or(0);
            return Some((start, start + colon + 1));
        }
        start += line.len();
    }
    None
}

/// Adds `name` to the front matter's `subprocessors:`: a new entry after
/// the last one of a block list (in its indentation), an entry in place of
/// an empty `[]`, or the list itself at the end of the front matter. Its
/// `purpose` and `location` are left empty for the author:
/// `subprocessors.list` reports them until they are filled in.
/// `None` when the text has no front matter or the list is written in a
/// form this does not edit (a flow list with entries).
pub fn declare_subprocessor(text: &str, name: &str) -> Option<Edit> {
    let split = front_matter::split(text).ok()?;
    let name = yaml_string(name);
    let entry = |indent: &str| {
        format!("{indent}- name: {name}\n{indent}  purpose: \"\"\n{indent}  location: \"\"\n")
    };
    let Some((_, after_key)) = top_level_key(text, split.yaml.clone(), "subprocessors") else {
        return Some(Edit::insert(
            split.yaml.end,
            format!("subprocessors:\n{}", entry("  ")),
        ));
    };
    let line_end = text[after_key..]
        .find('\n')
        .map_or(text.len(), |i| after_key + i);
    let value = text[after_key..line_end].trim();
    let value = value.split(" #").next().unwrap_or(value).trim();
    if value == "[]" {
        // `subprocessors: []` becomes a block list with one entry.
        let bracket = after_key + text[after_key..line_end].find("[]")?;
        return Some(Edit {
            span: after_key..bracket + 2,
            insert: format!("\n{}", entry("  ").trim_end_matches('\n')),
        });
    }
    if !value.is_empty() && !value.starts_with('#') {
        return None;
    }
    // The list's lines: indented, or `-` entries at the key's own level,
    // with comments and blank lines among them.
    let mut indent: Option<String> = None;
    let mut insert_at = line_end + 1;
    let mut at = line_end + 1;
    while at < split.yaml.end {
        let end = text[at..split.yaml.end]
            .find('\n')
            .map_or(split.yaml.end, |i| at + i + 1);
        let line = &text[at..end];
        let trimmed = line.trim_start_matches([' ', '\t']);
        let content = trimmed.trim_end();
        let part_of_list = content.is_empty()
            || content.starts_with('#')
            || line.len() != trimmed.len()
            || content.starts_with('-');
        if !part_of_list {
            break;
        }
        if indent.is_none() && content.starts_with('-') {
            indent = Some(line[..line.len() - trimmed.len()].to_string());
        }
        if !content.is_empty() && !content.starts_with('#') {
            insert_at = end;
        }
        at = end;
    }
    let indent = indent.unwrap_or_else(|| "  ".to_string());
    // The last entry may end the file's line without a line break.
    let prefix = if text[..insert_at].ends_with('\n') {
        ""
    } else {
        "\n"
    };
    Some(Edit::insert(
        insert_at,
        format!("{prefix}{}", entry(&indent)),
    ))
}

/// `name` as a YAML scalar: plain when that reads back as the same string,
/// else double-quoted (a JSON string is a YAML one).
fn yaml_string(name: &str) -> String {
    let plain = !name.is_empty()
        && name.chars().next().is_some_and(char::is_alphanumeric)
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '&' | '(' | ')'))
        && !name.ends_with(' ');
    if plain {
        name.to_string()
    } else {
        serde_json::to_string(name).unwrap_or_else(|_| format!("\"{name}\""))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::suppress;

    const DOC: &str = "---\ntitle: T\nkind: privacy-policy\nsubprocessors:\n  - name: Cloudflare\n    purpose: CDN\n    location: Global\ntranslation_of: \"0123456789ab\" # recorded\nversion: \"1\"\n---\n\n# Privacy\n\nWe host on Hetzner\nand pay with Stripe.\n\n- item one\n\n- item two\n";

    /// The 1-based line a suppression applies to, as the linter reads it.
    fn suppressed_line(text: &str) -> Option<usize> {
        let s = suppress::parse(text);
        assert_eq!(s.len(), 1, "{text}");
        assert_eq!(s[0].reason.as_deref(), Some(REASON_PLACEHOLDER));
        s[0].line
    }

    fn line_of(text: &str, needle: &str) -> usize {
        text[..text.find(needle).unwrap()].matches('\n').count() + 1
    }

    #[test]
    fn suppression_of_a_block_goes_on_its_own_line_before_it() {
        let at = DOC.find("We host").unwrap();
        let edit = suppress(DOC, at, "subprocessors.undeclared");
        let out = edit.apply(DOC);
        assert!(out.contains("\n<!-- charter-disable-next-line subprocessors.undeclared: TODO: say why this does not apply -->\nWe host"), "{out}");
        assert_eq!(suppressed_line(&out), Some(line_of(&out, "We host")));
    }

    #[test]
    fn suppression_inside_a_paragraph_goes_at_the_end_of_the_line_before() {
        let at = DOC.find("Stripe").unwrap();
        let out = suppress(DOC, at, "subprocessors.undeclared").apply(DOC);
        assert!(
            out.contains("We host on Hetzner <!-- charter-disable-next-line"),
            "{out}"
        );
        assert_eq!(suppressed_line(&out), Some(line_of(&out, "and pay")));
    }

    #[test]
    fn suppression_of_a_list_item_keeps_its_indentation() {
        let text = "---\ntitle: T\n---\n- a\n\n  nested para\n";
        let at = text.find("nested").unwrap();
        let out = suppress(text, at, "x.y").apply(text);
        assert!(
            out.contains("\n  <!-- charter-disable-next-line x.y"),
            "{out}"
        );
        assert_eq!(suppressed_line(&out), Some(line_of(&out, "nested")));
    }

    #[test]
    fn suppression_of_a_front_matter_finding_covers_the_document() {
        let at = DOC.find("kind:").unwrap();
        let out = suppress(DOC, at, "gdpr.rights.complaint").apply(DOC);
        assert!(
            out.contains("---\n<!-- charter-disable gdpr.rights.complaint: TODO"),
            "{out}"
        );
        assert_eq!(suppressed_line(&out), None);
        // The front matter still parses as before.
        assert!(front_matter::split(&out).is_ok());
    }

    #[test]
    fn the_hash_replaces_the_recorded_value_and_keeps_the_comment() {
        let out = record_hash(DOC, "fedcba987654").unwrap().apply(DOC);
        assert!(
            out.contains("translation_of: \"fedcba987654\" # recorded\n"),
            "{out}"
        );
        let bare = DOC.replace("\"0123456789ab\" # recorded", "1.0");
        let out = record_hash(&bare, "fedcba987654").unwrap().apply(&bare);
        assert!(
            out.contains("translation_of: \"fedcba987654\"\nversion"),
            "{out}"
        );
    }

    #[test]
    fn a_missing_hash_is_added_at_the_end_of_the_front_matter() {
        let text = "---\ntitle: T\n---\nBody\n";
        let out = record_hash(text, "fedcba987654").unwrap().apply(text);
        assert_eq!(
            out,
            "---\ntitle: T\ntranslation_of: \"fedcba987654\"\n---\nBody\n"
        );
        assert_eq!(record_hash("no front matter", "x"), None);
    }

    #[test]
    fn a_subprocessor_joins_the_end_of_the_block_list() {
        let out = declare_subprocessor(DOC, "Stripe").unwrap().apply(DOC);
        assert!(
            out.contains("    location: Global\n  - name: Stripe\n    purpose: \"\"\n    location: \"\"\ntranslation_of:"),
            "{out}"
        );
        // Entries at the key's own level keep theirs.
        let flush = "---\nsubprocessors:\n- name: A\n  purpose: p\n# end\ntitle: T\n---\n";
        let out = declare_subprocessor(flush, "Amazon Web Services")
            .unwrap()
            .apply(flush);
        assert!(
            out.contains("  purpose: p\n- name: Amazon Web Services\n  purpose: \"\"\n  location: \"\"\n# end\n"),
            "{out}"
        );
    }

    #[test]
    fn an_empty_or_missing_list_gets_its_first_entry() {
        let empty = "---\ntitle: T\nsubprocessors: []\n---\n";
        let out = declare_subprocessor(empty, "Stripe").unwrap().apply(empty);
        assert_eq!(
            out,
            "---\ntitle: T\nsubprocessors:\n  - name: Stripe\n    purpose: \"\"\n    location: \"\"\n---\n"
        );
        let none = "---\ntitle: T\n---\n";
        let out = declare_subprocessor(none, "Odd: Name").unwrap().apply(none);
        assert_eq!(
            out,
            "---\ntitle: T\nsubprocessors:\n  - name: \"Odd: Name\"\n    purpose: \"\"\n    location: \"\"\n---\n"
        );
        let flow = "---\nsubprocessors: [{name: A}]\n---\n";
        assert_eq!(declare_subprocessor(flow, "Stripe"), None);
    }
}
