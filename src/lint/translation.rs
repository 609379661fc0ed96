//! What the `i18n.*` rules share: the content hash a translation records, and
//! the shape of a document (its sections, lists and tables) lined up against
//! its original's.

use std::ops::Range;

use siphasher::sip::SipHasher13;

use crate::lint::text::normalize;
use crate::markdown::{BlockKind, Outline};
use crate::site::{Document, Site};

/// Hex digits of the hash a translation records in `translation_of:`.
pub const HASH_LEN: usize = 12;

/// A short fingerprint of a document's body: NFC, quotes and white space
/// normalized, so re-wrapping lines or retyping apostrophes does not make
/// every translation stale, while any change of wording does.
///
/// SipHash-1-3 with fixed keys is a specified function, so the value is the
/// same on every platform and Rust version (`DefaultHasher` promises neither).
pub fn content_hash(doc: &Document) -> String {
    doc.content_hash
        .get_or_init(|| hash_text(&doc.source.text[doc.body.clone()]))
        .clone()
}

fn hash_text(body: &str) -> String {
    let normalized = normalize(body);
    let hash = SipHasher13::new_with_keys(0, 0).hash(normalized.as_bytes());
    let mut hex = format!("{hash:016x}");
    hex.truncate(HASH_LEN);
    hex
}

/// Whether `text` looks like a hash Charter wrote (so a version number such
/// as "2.0" can be told apart and explained).
pub fn is_hash(text: &str) -> bool {
    text.len() == HASH_LEN && text.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The document `doc` translates, when it is a translation inside a site.
pub fn original<'a>(site: &'a Site, doc: &Document) -> Option<&'a Document> {
    if site.is_standalone() || doc.lang == site.config.default_language {
        return None;
    }
    site.original_of(doc)
}

/// One section of a document: the text under a heading (or before the first).
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// `None` for the text before the first heading.
    pub heading: Option<usize>,
    pub level: u8,
    pub title: String,
    /// The heading's span, or an empty span at the start of the body.
    pub span: Range<usize>,
    /// Its number as written ("6", "6.1"), if the heading starts with one.
    pub number: Option<String>,
    pub list_items: usize,
    pub table_rows: usize,
}

/// The sections of a document, the preamble first.
pub fn sections(doc: &Document) -> Vec<Section> {
    let outline: &Outline = &doc.rendered.outline;
    let mut out = vec![Section {
        heading: None,
        level: 0,
        title: String::new(),
        span: doc.body.start..doc.body.start,
        number: None,
        list_items: 0,
        table_rows: 0,
    }];
    out.extend(outline.headings.iter().enumerate().map(|(i, h)| Section {
        heading: Some(i),
        level: h.level,
        title: h.text.clone(),
        span: h.span.clone(),
        number: number_of(&h.text),
        list_items: 0,
        table_rows: 0,
    }));
    for b in &outline.blocks {
        let s = &mut out[b.section.map_or(0, |i| i + 1)];
        match b.kind {
            BlockKind::ListItem => s.list_items += 1,
            BlockKind::TableRow => s.table_rows += 1,
            BlockKind::Paragraph => {}
        }
    }
    out
}

/// "6", "6.1" from "6. Your Rights", "6.1 Access", "§ 6 Rechte".
fn number_of(title: &str) -> Option<String> {
    let t = title.trim_start_matches(['§', ' ']);
    let end = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let n = t[..end].trim_end_matches('.');
    (!n.is_empty() && n.starts_with(|c: char| c.is_ascii_digit())).then(|| n.to_string())
}

/// Sections of the original and of the translation paired up: `(Some, Some)`
/// for counterparts, `(Some, None)` for a section the translation lacks,
/// `(None, Some)` for one the original lacks. Headings are in different
/// languages, so they are matched by number or level (a longest common
/// subsequence), never by text.
pub fn align(original: &[Section], translation: &[Section]) -> Vec<(Option<usize>, Option<usize>)> {
    // Numbered headings pair by number (a changed level is then reported as
    // such); unnumbered ones by level.
    let same = |o: &Section, t: &Section| match (&o.number, &t.number) {
        (Some(a), Some(b)) => a == b,
        (None, None) => o.level == t.level,
        _ => false,
    };
    let (n, m) = (original.len(), translation.len());
    if n.saturating_mul(m) > MAX_ALIGN_CELLS {
        // Thousands of headings on both sides: pair them in order rather
        // than spend gigabytes on the table.
        return (0..n.max(m))
            .map(|i| ((i < n).then_some(i), (i < m).then_some(i)))
            .collect();
    }
    // lcs[i][j]: length of the longest common subsequence of original[i..], translation[j..].
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if same(&original[i], &translation[j]) {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(n.max(m));
    while i < n || j < m {
        if i < n && j < m && same(&original[i], &translation[j]) {
            out.push((Some(i), Some(j)));
            i += 1;
            j += 1;
        } else if j == m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push((Some(i), None));
            i += 1;
        } else {
            out.push((None, Some(j)));
            j += 1;
        }
    }
    out
}

/// Largest table `align` builds (cells of four bytes).
const MAX_ALIGN_CELLS: usize = 4_000_000;

/// How a section is named in messages: its heading in quotes, or "the introduction".
pub fn describe(s: &Section) -> String {
    if s.heading.is_none() {
        "the text before the first heading".to_string()
    } else {
        format!("\"{}\"", s.title)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(level: u8, title: &str) -> Section {
        Section {
            heading: Some(0),
            level,
            title: title.into(),
            span: 0..0,
            number: number_of(title),
            list_items: 0,
            table_rows: 0,
        }
    }

    #[test]
    fn numbers() {
        assert_eq!(number_of("6. Your Rights").as_deref(), Some("6"));
        assert_eq!(number_of("6.1 Access").as_deref(), Some("6.1"));
        assert_eq!(number_of("§ 6 Rechte").as_deref(), Some("6"));
        assert_eq!(number_of("Rights"), None);
        assert_eq!(number_of("...").as_deref(), None);
    }

    #[test]
    fn a_missing_numbered_section_is_found_in_the_middle() {
        let en = [s(2, "1. A"), s(2, "2. B"), s(2, "3. C")];
        let de = [s(2, "1. A'"), s(2, "3. C'")];
        assert_eq!(
            align(&en, &de),
            [(Some(0), Some(0)), (Some(1), None), (Some(2), Some(1))]
        );
        let extra = [s(2, "1. A'"), s(2, "2. B'"), s(3, "2.1 X"), s(2, "3. C'")];
        assert_eq!(align(&en, &extra)[2], (None, Some(2)));
    }

    #[test]
    fn hashes_are_stable_and_ignore_layout() {
        // Pinned: a different value would make every recorded hash stale.
        assert_eq!(hash_text("## 1. Intro\n\nWe collect data."), "aa8b1d3de096");
        assert_eq!(
            hash_text("## 1. Intro\n\nWe collect data."),
            hash_text("## 1. Intro\r\n\r\nWe  collect\ndata.\n")
        );
        assert_ne!(
            hash_text("We collect data."),
            hash_text("We collect your data.")
        );
        assert!(is_hash(&hash_text("x")));
        assert!(!is_hash("2.0"));
    }
}
