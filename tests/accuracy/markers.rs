//! The markers of the base policies (README.md, "Markers"): parsing them, and
//! writing the documents the cases are made of.
//!
//! `[[req:ID]]…[[/req]]` is a passage that meets `ID`, its wordings separated
//! by `[[alt]]`; `[[decoy:ID]]…[[/decoy]]` is a decoy for `ID`. Markers never
//! nest. Every rendering strips them; a passage can be kept in its base
//! wording, replaced (by a paraphrase or by decoys) or removed, and a line a
//! removal leaves empty is dropped.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;

/// The markers the README defines.
static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\[\[(/req|/decoy|alt|req:[^\[\]\s]+|decoy:[^\[\]\s]+)\]\]").expect("regex")
});

/// Text that was probably meant as a marker but is not one (`[[req: x]]`, `[[/reqs]]`).
static STRAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[\[\s*/?\s*(req|decoy|alt)\b").expect("regex"));

/// Put where a passage was replaced, so that only lines a removal touched
/// are candidates for dropping.
const GAP: char = '\u{E000}';

/// One piece of a marked document.
#[derive(Debug)]
pub enum Part {
    Text(String),
    /// A passage meeting `id`: its base wording, then its paraphrases.
    Req {
        id: String,
        wordings: Vec<String>,
    },
    Decoy {
        id: String,
        text: String,
    },
}

/// A document body split at its markers.
#[derive(Debug)]
pub struct Marked {
    pub parts: Vec<Part>,
}

/// A decoy of some base: its id and text.
pub type Decoy<'a> = (&'a str, &'a str);

/// 1-based line of byte `at`.
fn line_of(text: &str, at: usize) -> usize {
    text[..at].matches('\n').count() + 1
}

/// Splits `text` at its markers; an error names the line of the first
/// unbalanced, nested, misplaced or malformed marker.
pub fn parse(text: &str) -> Result<Marked, String> {
    enum Open {
        Req(String, Vec<String>),
        Decoy(String),
    }
    let mut parts = Vec::new();
    let mut open: Option<(Open, usize)> = None;
    let mut from = 0;
    for m in TOKEN.find_iter(text) {
        let chunk = text[from..m.start()].to_string();
        from = m.end();
        let line = line_of(text, m.start());
        let token = &m.as_str()[2..m.len() - 2];
        let nested = |start| {
            format!(
                "line {line}: `{}` inside the marker of line {start}",
                m.as_str()
            )
        };
        match (token, open.take()) {
            ("/req", Some((Open::Req(id, mut wordings), _))) => {
                wordings.push(chunk);
                parts.push(Part::Req { id, wordings });
            }
            ("/decoy", Some((Open::Decoy(id), _))) => parts.push(Part::Decoy { id, text: chunk }),
            ("alt", Some((Open::Req(id, mut wordings), start))) => {
                wordings.push(chunk);
                open = Some((Open::Req(id, wordings), start));
            }
            (_, Some((_, start))) => return Err(nested(start)),
            (t, None) => {
                parts.push(Part::Text(chunk));
                if let Some(id) = t.strip_prefix("req:") {
                    open = Some((Open::Req(id.to_string(), Vec::new()), line));
                } else if let Some(id) = t.strip_prefix("decoy:") {
                    open = Some((Open::Decoy(id.to_string()), line));
                } else {
                    return Err(format!("line {line}: `{}` outside a marker", m.as_str()));
                }
            }
        }
    }
    if let Some((_, line)) = open {
        return Err(format!("line {line}: marker never closed"));
    }
    parts.push(Part::Text(text[from..].to_string()));
    let strays = parts.iter().flat_map(|p| match p {
        Part::Text(t) => vec![t.as_str()],
        Part::Req { wordings, .. } => wordings.iter().map(String::as_str).collect(),
        Part::Decoy { text, .. } => vec![text.as_str()],
    });
    for t in strays {
        if let Some(m) = STRAY.find(t) {
            let near: String = t[m.start()..].chars().take(40).collect();
            return Err(format!("malformed marker near `{near}`"));
        }
    }
    for p in &parts {
        if let Part::Req { id, wordings } = p
            && wordings.iter().any(|w| w.trim().is_empty())
        {
            return Err(format!("an empty wording in a `{id}` passage"));
        }
    }
    Ok(Marked { parts })
}

/// Whether a line holds nothing once a passage is gone: white space, a list
/// bullet, a quote marker or a table row of empty cells.
fn is_blank(line: &str) -> bool {
    static BULLET: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^([-*+>]|\d+[.)])$").expect("regex"));
    let t = line.trim();
    t.is_empty()
        || BULLET.is_match(t)
        || (t.starts_with('|') && t.chars().all(|c| c == '|' || c.is_whitespace()))
}

/// Drops the lines a replacement left blank and removes the gap marks.
fn close_gaps(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if line.contains(GAP) {
            let line = line.replace(GAP, "");
            if !is_blank(&line) {
                out.push_str(&line);
            }
        } else {
            out.push_str(line);
        }
    }
    out
}

/// `decoys` written to stand where a passage stood: as table rows in a
/// table, as sentences elsewhere.
fn fit(decoys: &[&str], in_table: bool) -> String {
    let as_sentence = |d: &str| {
        let d = d.trim();
        if d.starts_with('|') {
            // A row read as prose: its first cell the term of a "Term: …"
            // sentence, the others its text, closed by a full stop, so that
            // the decoy stays a sentence of its own and does not run into
            // the sentence after it.
            let cells: Vec<&str> = d
                .split('|')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect();
            let text = match cells.split_first() {
                Some((term, rest)) if !rest.is_empty() => format!("{term}: {}", rest.join("; ")),
                _ => cells.join(" "),
            };
            match text.ends_with(['.', '!', '?']) {
                true => text,
                false => format!("{text}."),
            }
        } else {
            d.to_string()
        }
    };
    if in_table {
        let rows: Vec<String> = decoys
            .iter()
            .map(|d| match d.trim() {
                row if row.starts_with('|') => row.to_string(),
                _ => format!("| {} |", as_sentence(d)),
            })
            .collect();
        rows.join("\n")
    } else {
        let sentences: Vec<String> = decoys.iter().map(|d| as_sentence(d)).collect();
        sentences.join(" ")
    }
}

impl Marked {
    /// The passages in order: (id, wordings).
    pub fn passages(&self) -> impl Iterator<Item = (&str, &[String])> {
        self.parts.iter().filter_map(|p| match p {
            Part::Req { id, wordings } => Some((id.as_str(), wordings.as_slice())),
            _ => None,
        })
    }

    /// The ids with at least one passage.
    pub fn ids(&self) -> BTreeSet<&str> {
        self.passages().map(|(id, _)| id).collect()
    }

    pub fn decoys(&self) -> Vec<Decoy<'_>> {
        let decoys = self.parts.iter().filter_map(|p| match p {
            Part::Decoy { id, text } => Some((id.as_str(), text.as_str())),
            _ => None,
        });
        decoys.collect()
    }

    /// The text without markers; `replace(n, id, wordings)` may give the
    /// n-th passage new text ("" removes it).
    fn render(&self, mut replace: impl FnMut(usize, &str, &[String]) -> Option<String>) -> String {
        let mut out = String::new();
        let mut n = 0;
        for part in &self.parts {
            match part {
                Part::Text(t) | Part::Decoy { text: t, .. } => out.push_str(t),
                Part::Req { id, wordings } => {
                    match replace(n, id, wordings) {
                        Some(new) => {
                            out.push(GAP);
                            out.push_str(&new);
                        }
                        None => out.push_str(&wordings[0]),
                    }
                    n += 1;
                }
            }
        }
        close_gaps(&out)
    }

    /// `full`: every passage in its base wording.
    pub fn full(&self) -> String {
        self.render(|_, _, _| None)
    }

    /// `remove ID`: every `id` passage removed, and every passage of the
    /// ids in `also` (those that meet `id` too, `cases::ALSO_MEETS`).
    pub fn without(&self, id: &str, also: &[&str]) -> String {
        self.render(|_, i, _| (i == id || also.contains(&i)).then(String::new))
    }

    /// `decoy ID`: every `id` passage (and every passage of the ids in
    /// `also`) removed, `decoys` where the first `id` passage was.
    pub fn with_decoys_for(&self, id: &str, also: &[&str], decoys: &[&str]) -> String {
        let mut first = true;
        self.render(|_, i, w| {
            if also.contains(&i) {
                return Some(String::new());
            }
            (i == id).then(|| match std::mem::take(&mut first) {
                true => fit(decoys, w[0].trim_start().starts_with('|')),
                false => String::new(),
            })
        })
    }

    /// `decoys`: each decoy after the first passage of its id, or at the end
    /// when this document has no passage of that id.
    pub fn with_decoys(&self, decoys: &[Decoy<'_>]) -> String {
        let mut placed = BTreeSet::new();
        let mut text = self.render(|_, i, w| {
            let mine: Vec<&str> = decoys.iter().filter(|d| d.0 == i).map(|d| d.1).collect();
            if mine.is_empty() || !placed.insert(i.to_string()) {
                return None;
            }
            Some(match w[0].trim_start().starts_with('|') {
                true => format!("{}\n{}", w[0].trim_end(), fit(&mine, true)),
                false => format!("{} {}", w[0].trim_end(), fit(&mine, false)),
            })
        });
        let rest: Vec<&str> = decoys
            .iter()
            .filter(|d| !placed.contains(d.0))
            .map(|d| d.1)
            .collect();
        if !rest.is_empty() {
            text = format!("{}\n\n{}\n", text.trim_end(), fit(&rest, false));
        }
        text
    }

    /// `paraphrase`: passage `n` (counting all passages) in wording `k` (≥ 1).
    pub fn paraphrase(&self, n: usize, k: usize) -> String {
        self.render(|i, _, w| (i == n).then(|| w[k].clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn selftest() -> Marked {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/accuracy/selftest/en.md");
        let text = std::fs::read_to_string(path).expect("selftest fixture");
        let (_, body) = crate::cases::split_front(&text).expect("front matter");
        parse(body).expect("selftest parses")
    }

    #[test]
    fn parses_passages_paraphrases_and_decoys() {
        let m = selftest();
        assert_eq!(
            m.ids().into_iter().collect::<Vec<_>>(),
            [
                "gdpr.retention",
                "gdpr.rights.access",
                "gdpr.rights.erasure"
            ]
        );
        let access: Vec<&[String]> = m
            .passages()
            .filter(|(id, _)| *id == "gdpr.rights.access")
            .map(|(_, w)| w)
            .collect();
        assert_eq!(access.len(), 1);
        assert_eq!(access[0].len(), 3, "a base wording and two paraphrases");
        assert_eq!(m.decoys().len(), 2);
        assert!(!m.full().contains("[["));
    }

    #[test]
    fn full_keeps_base_wordings_and_decoys() {
        let full = selftest().full();
        assert!(full.contains("You have the right to access the personal data we hold about you."));
        assert!(!full.contains("You may ask us for a copy"));
        assert!(full.contains("Temporary exports are erased every night."));
    }

    #[test]
    fn removal_drops_emptied_lines_only() {
        let m = selftest();
        let full = m.full();
        let gone = m.without("gdpr.rights.erasure", &[]);
        assert!(!gone.contains("erasure of your data"));
        // The list item and the table row were whole lines: both are gone,
        // the heading and the blank lines around them stay.
        assert_eq!(full.lines().count() - gone.lines().count(), 2, "{gone}");
        assert!(gone.contains("## Your rights"));
        assert!(!gone.lines().any(|l| l.trim() == "-" || l.trim() == "| |"));
        // A sentence inside a paragraph leaves the rest of the line.
        let gone = m.without("gdpr.retention", &[]);
        assert!(gone.contains("Invoices are archived."), "{gone}");
        assert!(!gone.contains("two years"));
    }

    #[test]
    fn passages_that_also_meet_the_id_go_with_it() {
        let m = parse(
            "[[req:b]]You can object to direct marketing.[[/req]] Other text.\n\n\
             [[req:a]]You can object to processing.[[/req]]\n",
        )
        .expect("parses");
        let gone = m.without("a", &["b"]);
        assert!(!gone.contains("object"), "{gone}");
        assert!(gone.contains("Other text."));
        // The decoy goes where the first `a` passage was, not the first `b` one.
        let text = m.with_decoys_for("a", &["b"], &["Decoy."]);
        assert!(!text.contains("object"), "{text}");
        assert!(text.trim_end().ends_with("Decoy."), "{text}");
    }

    #[test]
    fn decoys_replace_the_first_passage() {
        let m = selftest();
        let text = m.with_decoys_for("gdpr.rights.erasure", &[], &["Backups are deleted weekly."]);
        assert_eq!(text.matches("Backups are deleted weekly.").count(), 1);
        assert!(!text.contains("erasure of your data"));
        let row = fit(&["A sentence.", "| Cell | Other |"], true);
        assert_eq!(row, "| A sentence. |\n| Cell | Other |");
        assert_eq!(fit(&["| Cell | Other |"], false), "Cell: Other.");
    }

    #[test]
    fn foreign_decoys_go_after_their_passage_or_at_the_end() {
        let m = selftest();
        let text = m.with_decoys(&[
            ("gdpr.rights.access", "Door access is logged."),
            ("gdpr.transfers", "Customs authorities may inspect parcels."),
        ]);
        assert!(
            text.contains("hold about you. Door access is logged."),
            "{text}"
        );
        assert!(
            text.trim_end()
                .ends_with("Customs authorities may inspect parcels.")
        );
    }

    #[test]
    fn paraphrases_replace_one_passage() {
        let m = selftest();
        let text = m.paraphrase(0, 2);
        assert!(text.contains("On request, we will tell you which data about you we process."));
        assert!(!text.contains("You have the right to access"));
    }

    #[test]
    fn malformed_markers_are_errors() {
        for (text, error) in [
            ("a [[req:x]]b", "line 1: marker never closed"),
            (
                "[[req:x]]a [[decoy:y]]b[[/decoy]][[/req]]",
                "inside the marker of line 1",
            ),
            ("a\n[[/req]]", "line 2: `[[/req]]` outside a marker"),
            ("[[alt]]", "outside a marker"),
            ("[[req:x]]a[[/decoy]]", "inside the marker of line 1"),
            ("[[req: x]]a", "malformed marker"),
            ("[[req:x]]a[[alt]] [[/req]]", "empty wording"),
        ] {
            let e = parse(text).expect_err(text);
            assert!(e.contains(error), "{text}: {e}");
        }
    }
}
