//! Many pattern lists screened at once: which of them may match a text,
//! from one scan for the literals their patterns cannot match without.
//!
//! A rule pack's rule asks, block by block, whether its `patterns:` (and
//! `with:`, `except:`, `unless:`) match: one lazy DFA per list, each
//! scanning the same blocks. On the corpus with every pack those searches
//! were 539 M instructions in 196,000 searches (BENCHMARKS.md), and most of
//! them found nothing: the lists are phrases ("standard contractual
//! clauses", "right to object") that most blocks do not contain. The
//! literals of every list's patterns ([`gate::literals`], as a vocabulary's
//! set gates its patterns) are looked for in a block all at once; a list
//! none of whose patterns' gates opens cannot match there, and its search
//! is skipped. A list with a pattern that has no gate is always open.
//! Like the gates, the screen is exact: it only says where a list cannot
//! match.

use regex_automata::util::syntax;

use super::gate::{Gates, Literal};
use super::{prebuilt, unfolded};

/// The gates of every pattern of many lists, and which patterns are
/// whose.
pub struct Screen {
    /// One gate per pattern of a screened list; `None` if no list is.
    gates: Option<Gates>,
    /// Each list's patterns in `gates` (`None`: a list that is always
    /// open).
    lists: Vec<Option<std::ops::Range<usize>>>,
}

impl Screen {
    /// The screen of `lists`, each a list's patterns as
    /// [`Matcher::new`](super::Matcher::new) is given them (normalized,
    /// matched case-insensitively). A list is screened only if every one
    /// of its patterns parses and has a gate: a pattern without one could
    /// match anywhere.
    pub fn new<S: AsRef<str>>(lists: &[&[S]]) -> Screen {
        let mut gates: Vec<Option<Vec<Literal>>> = Vec::new();
        let ranges = lists
            .iter()
            .map(|list| {
                let needed: Option<Vec<Vec<Literal>>> =
                    list.iter().map(|p| gate_of(p.as_ref())).collect();
                let needed = needed.filter(|n| !n.is_empty())?;
                let start = gates.len();
                gates.extend(needed.into_iter().map(Some));
                Some(start..gates.len())
            })
            .collect();
        Screen {
            gates: Gates::new(&gates),
            lists: ranges,
        }
    }

    /// How many lists the screen was made of.
    pub fn len(&self) -> usize {
        self.lists.len()
    }

    /// Whether no list is screened (every one is always open).
    pub fn is_empty(&self) -> bool {
        self.gates.is_none()
    }

    /// Which lists may match `text`: `open[k]` is false only where no
    /// pattern of list `k` can match.
    pub fn open(&self, text: &str) -> Vec<bool> {
        let Some(gates) = &self.gates else {
            return vec![true; self.lists.len()];
        };
        let patterns = gates.open(text);
        self.lists
            .iter()
            .map(|range| {
                range
                    .as_ref()
                    .is_none_or(|r| patterns.get(r.clone()).is_none_or(|p| p.contains(&true)))
            })
            .collect()
    }
}

/// The gate of one pattern as a [`Matcher`](super::Matcher) parses it;
/// `None` if it has none (or does not parse: the matcher then decides).
fn gate_of(pattern: &str) -> Option<Vec<Literal>> {
    let hir = syntax::parse_with(&unfolded(pattern), &prebuilt::syntax()).ok()?;
    super::gate::literals(&hir)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::matcher::Matcher;

    /// The screen says "closed" only where the list's matcher finds
    /// nothing, for lists with and without gates.
    #[test]
    fn a_closed_list_never_matches() {
        let lists: [&[&str]; 5] = [
            &["standard contractual clauses", r"\bSCCs?\b"],
            &[r"\bobject(ion)?\b", "right to object"],
            &[r"\w+ days"],
            &["within (3[2-9]|[4-9]\\d) days", "within (2|3|two) months"],
            &["@", "contact"],
        ];
        let screen = Screen::new(&lists);
        assert_eq!(screen.len(), 5);
        let texts = [
            "We rely on Standard Contractual Clauses.",
            "our SCC and the sccs",
            "You may object. Objections are welcome.",
            "objective data",
            "within 45 days of your request",
            "within three months",
            "Write to privacy@example.com",
            "KELVIN \u{212A}ontact",
            "nothing here at all",
            "",
        ];
        let matchers: Vec<Matcher> = lists
            .iter()
            .map(|l| Matcher::new(l, None).unwrap())
            .collect();
        let mut closed = 0;
        for text in texts {
            let open = screen.open(text);
            for (k, m) in matchers.iter().enumerate() {
                if m.is_match(text) {
                    assert!(
                        open[k],
                        "list {k} matches {text:?} but its screen is closed"
                    );
                }
                closed += usize::from(!open[k]);
            }
            // A list with an ungated pattern (`\w+ days`) is always open.
            assert!(open[2]);
        }
        assert!(closed > 20, "the screen skips most: {closed}");
    }

    #[test]
    fn no_gated_list_opens_everything() {
        let lists: [&[&str]; 2] = [&[r"\w+"], &[]];
        let screen = Screen::new(&lists);
        assert!(screen.is_empty());
        assert_eq!(screen.open("text"), vec![true, true]);
    }
}
