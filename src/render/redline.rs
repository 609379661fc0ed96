//! Word-level redlines between two versions of a document's text.
//!
//! The diff is over words (whitespace changes are not changes), grouped into
//! hunks with some context, and rendered as escaped HTML with `<ins>`/`<del>`
//! whose meaning is also spelled out in visually hidden text, because screen
//! readers do not announce those elements by default.

use std::time::{Duration, Instant};

use similar::{ChangeTag, TextDiff};

use crate::markdown::escape_attr;

/// Words of context shown around each change.
const CONTEXT: usize = 24;
/// Lines of context around each change of a line-by-line redline.
const LINE_CONTEXT: usize = 2;
/// Versions larger than this (both texts together) are compared line by
/// line: a word diff of two rewritten 300 KB texts took a minute.
pub const MAX_WORD_DIFF_BYTES: usize = 256 * 1024;
/// How long a word diff may take before the redline falls back to lines.
const WORD_DIFF_TIME: Duration = Duration::from_millis(400);
/// The line diff's own bound: past it, similar reports what is left as one
/// replacement, which is still a correct (if coarse) redline.
const LINE_DIFF_TIME: Duration = Duration::from_secs(2);

/// What changed between two versions, for the summary.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    pub words_added: usize,
    pub words_removed: usize,
    /// Headings of the sections with changes, in document order.
    pub sections: Vec<String>,
}

/// A rendered redline and its summary.
#[derive(Debug, Clone, Default)]
pub struct Redline {
    /// HTML: one `<p class="hunk">` per group of nearby changes.
    pub html: String,
    pub summary: Summary,
    /// Compared line by line rather than word by word (the texts were too
    /// large, or too different to compare by words in time); the page says so.
    pub by_lines: bool,
}

impl Redline {
    pub fn is_empty(&self) -> bool {
        self.summary.words_added == 0 && self.summary.words_removed == 0
    }
}

/// Labels read out by screen readers (the theme's strings).
pub struct Labels<'a> {
    pub inserted: &'a str,
    pub deleted: &'a str,
    pub end: &'a str,
}

fn is_space(s: &str) -> bool {
    s.chars().all(char::is_whitespace)
}

/// The section heading (ATX `#` lines) in force at each byte of `text`.
fn section_at(text: &str) -> Vec<(usize, String)> {
    let mut out = vec![(0, String::new())];
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim();
        if t.starts_with('#') {
            let title = t.trim_start_matches('#').trim();
            // `{: #id }` attribute lists are not part of the title.
            let title = title.split(" {:").next().unwrap_or(title).trim();
            if !title.is_empty() {
                out.push((pos, title.to_string()));
            }
        }
        pos += line.len();
    }
    out
}

fn section_of(sections: &[(usize, String)], offset: usize) -> &str {
    let i = sections.partition_point(|(start, _)| *start <= offset);
    sections[i.saturating_sub(1)].1.as_str()
}

/// The redline from `old` to `new` (both Markdown bodies).
pub fn redline(old: &str, new: &str, labels: &Labels<'_>) -> Redline {
    let mut by_lines = old.len() + new.len() > MAX_WORD_DIFF_BYTES;
    let mut diff = None;
    if !by_lines {
        let started = Instant::now();
        let words = TextDiff::configure()
            .algorithm(similar::Algorithm::Patience)
            .timeout(WORD_DIFF_TIME)
            .diff_words(old, new);
        // Past its deadline similar gives up on finding the smallest diff;
        // a line diff of the same texts is then the clearer redline.
        by_lines = started.elapsed() >= WORD_DIFF_TIME;
        diff = Some(words).filter(|_| !by_lines);
    }
    let diff = diff.unwrap_or_else(|| {
        TextDiff::configure()
            .algorithm(similar::Algorithm::Patience)
            .timeout(LINE_DIFF_TIME)
            .diff_lines(old, new)
    });
    let context = if by_lines { LINE_CONTEXT } else { CONTEXT };
    let old_sections = section_at(old);
    let new_sections = section_at(new);
    let mut summary = Summary::default();
    let mut html = String::new();
    for group in diff.grouped_ops(context) {
        let mut segments: Vec<(ChangeTag, String)> = Vec::new();
        for op in &group {
            for change in diff.iter_changes(op) {
                let value = change.value();
                let tag = change.tag();
                if !is_space(value) {
                    match tag {
                        ChangeTag::Insert => {
                            summary.words_added += value.split_whitespace().count();
                            let at = change.new_index().map_or(0, |i| byte_of(&diff, i, false));
                            note_section(&mut summary, section_of(&new_sections, at));
                        }
                        ChangeTag::Delete => {
                            summary.words_removed += value.split_whitespace().count();
                            let at = change.old_index().map_or(0, |i| byte_of(&diff, i, true));
                            note_section(&mut summary, section_of(&old_sections, at));
                        }
                        ChangeTag::Equal => {}
                    }
                }
                match segments.last_mut() {
                    Some((t, text)) if *t == tag => text.push_str(value),
                    _ => segments.push((tag, value.to_string())),
                }
            }
        }
        let segments = tidy(segments);
        if !segments.iter().any(|(t, _)| *t != ChangeTag::Equal) {
            continue;
        }
        html.push_str("<p class=\"hunk\">");
        for (tag, text) in &segments {
            let escaped = escape_attr(text);
            match tag {
                ChangeTag::Equal => html.push_str(&escaped),
                ChangeTag::Insert => html.push_str(&format!(
                    "<ins><span class=\"visually-hidden\">{} </span>{escaped}<span class=\"visually-hidden\"> {}</span></ins>",
                    escape_attr(labels.inserted),
                    escape_attr(labels.end)
                )),
                ChangeTag::Delete => html.push_str(&format!(
                    "<del><span class=\"visually-hidden\">{} </span>{escaped}<span class=\"visually-hidden\"> {}</span></del>",
                    escape_attr(labels.deleted),
                    escape_attr(labels.end)
                )),
            }
        }
        html.push_str("</p>\n");
    }
    Redline {
        html,
        summary,
        by_lines,
    }
}

/// Marks words, not spacing: runs of one kind separated only by whitespace
/// become one run, and whitespace at the edges of a run (or a run of only
/// whitespace) is shown as plain text (deleted spacing is dropped).
fn tidy(raw: Vec<(ChangeTag, String)>) -> Vec<(ChangeTag, String)> {
    let mut merged: Vec<(ChangeTag, String)> = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        let (tag, text) = &raw[i];
        if let (Some((last_tag, last)), Some((next_tag, next))) =
            (merged.last_mut(), raw.get(i + 1))
            && *tag == ChangeTag::Equal
            && is_space(text)
            && *last_tag != ChangeTag::Equal
            && last_tag == next_tag
        {
            last.push_str(text);
            last.push_str(next);
            i += 2;
            continue;
        }
        match merged.last_mut() {
            Some((t, last)) if t == tag => last.push_str(text),
            _ => merged.push((*tag, text.clone())),
        }
        i += 1;
    }
    let mut out: Vec<(ChangeTag, String)> = Vec::new();
    let mut push = |tag: ChangeTag, text: &str| {
        if text.is_empty() {
            return;
        }
        match out.last_mut() {
            Some((t, last)) if *t == tag => last.push_str(text),
            _ => out.push((tag, text.to_string())),
        }
    };
    for (tag, text) in merged {
        if tag == ChangeTag::Equal {
            push(tag, &text);
            continue;
        }
        if is_space(&text) {
            if tag == ChangeTag::Insert {
                push(ChangeTag::Equal, &text);
            }
            continue;
        }
        let core = text.trim();
        let start = text.len() - text.trim_start().len();
        push(ChangeTag::Equal, &text[..start]);
        push(tag, core);
        push(ChangeTag::Equal, &text[start + core.len()..]);
    }
    out
}

fn note_section(summary: &mut Summary, title: &str) {
    if !title.is_empty() && !summary.sections.iter().any(|s| s == title) {
        summary.sections.push(title.to_string());
    }
}

/// Byte offset of token `index` on one side of a word diff.
fn byte_of(diff: &TextDiff<'_, '_, '_, str>, index: usize, old: bool) -> usize {
    let slices = if old {
        diff.old_slices()
    } else {
        diff.new_slices()
    };
    slices[..index.min(slices.len())]
        .iter()
        .map(|s| s.len())
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    const L: Labels<'static> = Labels {
        inserted: "[inserted:",
        deleted: "[deleted:",
        end: "]",
    };

    fn marked(html: &str, tag: &str) -> Vec<String> {
        let open = format!("<{tag}><span class=\"visually-hidden\">");
        html.split(&open)
            .skip(1)
            .map(|rest| {
                let after_label = rest.split_once("</span>").map_or("", |(_, r)| r);
                after_label.split("<span").next().unwrap_or("").to_string()
            })
            .collect()
    }

    #[test]
    fn marks_exactly_the_changed_words() {
        let r = redline(
            "## Intro\n\nWe keep data for 30 days.\n\n## Sharing\n\nWe share with Acme.\n",
            "## Intro\n\nWe keep   data\nfor 90 days.\n\n## Sharing\n\nWe share with Acme and <Beta>.\n",
            &L,
        );
        assert_eq!(marked(&r.html, "ins"), ["90", "Acme and &lt;Beta&gt;."]);
        assert_eq!(marked(&r.html, "del"), ["30", "Acme."]);
        assert_eq!(r.summary.words_added, 4);
        assert_eq!(r.summary.words_removed, 2);
        assert_eq!(r.summary.sections, ["Intro", "Sharing"]);
        assert!(
            r.html
                .contains("<span class=\"visually-hidden\">[inserted: </span>")
        );
    }

    #[test]
    fn whitespace_only_changes_are_empty() {
        let r = redline("a b\nc", "a  b c\n", &L);
        assert!(r.is_empty());
        assert_eq!(r.html, "");
    }

    #[test]
    fn far_apart_changes_are_separate_hunks() {
        let filler = "word ".repeat(200);
        let old = format!("start {filler} end");
        let new = format!("begin {filler} finish");
        let r = redline(&old, &new, &L);
        assert_eq!(r.html.matches("<p class=\"hunk\">").count(), 2);
    }
}
