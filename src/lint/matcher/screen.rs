//! Many pattern lists screened at once: which of them may match a text,
//! from one scan for the literals their patterns cannot match without.
//!
//! A rule pack's rule asks, block by block, whether its `patterns:` (and
//! `with:`, `except:`, `unless:`) match: one lazy DFA per list, each
//! scanning the same blocks. On the corpus with every pack those searches
//! were 542 M instructions (BENCHMARKS.md), and most of them found
//! nothing: the lists are phrases ("standard contractual clauses", "right
//! to object") that most blocks do not contain. Each pattern's rarest
//! choice of literals ([`gate::literals`]' first clause, as a vocabulary's
//! set gates its patterns) is looked for in a block, every list's at once;
//! a list none of whose patterns' literals occurs cannot match there, and
//! its search is skipped. A list with a pattern that has no such literals
//! is always open. The screen is exact: it only says where a list cannot
//! match (word boundaries and the gates' further clauses are left out,
//! which only opens more).
//!
//! The scan is an Aho-Corasick DFA, ASCII case-insensitive: a scan of
//! every block with the gates' own automaton (a contiguous NFA over
//! lowered text, built for short statements) cost 625 M instructions on
//! the corpus, more than it saved.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex_automata::util::syntax;

use super::{prebuilt, unfolded};

/// Bits of the lists a literal opens, one `u64` per 64 lists.
type Lists = Vec<u64>;

/// The literals of many lists, searched for at once.
pub struct Screen {
    /// `None` if no list is screened.
    searcher: Option<AhoCorasick>,
    /// For each literal, the lists it opens.
    opens: Vec<Lists>,
    /// The lists open before any literal is found: those unscreened.
    always: Lists,
    lists: usize,
}

/// The literals a list's patterns cannot match without: for each pattern,
/// one of its literals (lowercase ASCII letters) occurs in every match.
/// `None` if some pattern has none (or does not parse: the matcher then
/// decides), so that the list could match anywhere. `patterns` as
/// [`Matcher::new`](super::Matcher::new) is given them (normalized,
/// matched case-insensitively).
pub fn needed<S: AsRef<str>>(patterns: &[S]) -> Option<Vec<Vec<u8>>> {
    let mut all = Vec::new();
    for pattern in patterns {
        let hir = syntax::parse_with(&unfolded(pattern.as_ref()), &prebuilt::syntax()).ok()?;
        let literals = super::gate::literals(&hir)?;
        // Clause 0 is one choice every match contains.
        all.extend(
            literals
                .into_iter()
                .filter(|l| l.clause == 0)
                .map(|l| l.bytes),
        );
    }
    // A literal with a line break could span two blocks of a joined text;
    // none is written so, and such a list is simply left open.
    (!all.is_empty() && all.iter().all(|l| !l.contains(&b'\n'))).then_some(all)
}

impl Screen {
    /// The screen of lists with the literals [`needed`] gave (`None`: the
    /// list is always open).
    pub fn new(lists: &[Option<&[Vec<u8>]>]) -> Screen {
        let words = lists.len().div_ceil(64);
        let bit = |k: usize| (k / 64, 1u64 << (k % 64));
        let mut literals: Vec<&[u8]> = Vec::new();
        let mut index: rustc_hash::FxHashMap<&[u8], usize> = Default::default();
        let mut opens: Vec<Lists> = Vec::new();
        let mut always = vec![0u64; words];
        for (k, list) in lists.iter().enumerate() {
            let (word, mask) = bit(k);
            let Some(list) = list else {
                always[word] |= mask;
                continue;
            };
            for literal in list.iter() {
                let i = *index.entry(literal.as_slice()).or_insert_with(|| {
                    literals.push(literal);
                    opens.push(vec![0u64; words]);
                    literals.len() - 1
                });
                opens[i][word] |= mask;
            }
        }
        let searcher = (!literals.is_empty())
            .then(|| {
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .ascii_case_insensitive(true)
                    .kind(Some(AhoCorasickKind::DFA))
                    .build(&literals)
                    .ok()
            })
            .flatten();
        if searcher.is_none() {
            always = vec![u64::MAX; words];
        }
        Screen {
            searcher,
            opens,
            always,
            lists: lists.len(),
        }
    }

    /// How many lists the screen was made of.
    pub fn len(&self) -> usize {
        self.lists
    }

    /// Whether no list is screened (every one is always open).
    pub fn is_empty(&self) -> bool {
        self.searcher.is_none()
    }

    /// Which lists may match `text`, as bits (list `k`: bit `k % 64` of
    /// word `k / 64`): clear only where no pattern of the list can match.
    pub fn open(&self, text: &str) -> Vec<u64> {
        let mut open = self.always.clone();
        let Some(searcher) = &self.searcher else {
            return open;
        };
        // Under Unicode case folding the Kelvin sign is a `k` and the long
        // s an `s`, which an ASCII case-insensitive scan does not see.
        if !text.is_ascii() && text.contains(['\u{212A}', '\u{17F}']) {
            return vec![u64::MAX; open.len()];
        }
        for found in searcher.find_overlapping_iter(text) {
            for (word, bits) in open.iter_mut().zip(&self.opens[found.pattern().as_usize()]) {
                *word |= bits;
            }
        }
        open
    }
}

/// Whether list `k` is open in [`Screen::open`]'s bits.
pub fn is_open(open: &[u64], k: usize) -> bool {
    open.get(k / 64).is_none_or(|w| w & (1 << (k % 64)) != 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::matcher::Matcher;

    fn screen_of(lists: &[&[&str]]) -> Screen {
        let needs: Vec<Option<Vec<Vec<u8>>>> = lists.iter().map(|l| needed(l)).collect();
        let needs: Vec<Option<&[Vec<u8>]>> = needs.iter().map(|n| n.as_deref()).collect();
        Screen::new(&needs)
    }

    /// The screen says "closed" only where the list's matcher finds
    /// nothing, for lists with and without literals.
    #[test]
    fn a_closed_list_never_matches() {
        let lists: [&[&str]; 5] = [
            &["standard contractual clauses", r"\bSCCs?\b"],
            &[r"\bobject(ion)?\b", "right to object"],
            &[r"\w+ days"],
            &["within (3[2-9]|[4-9]\\d) days", "within (2|3|two) months"],
            &["@", "contact"],
        ];
        let screen = screen_of(&lists);
        assert_eq!(screen.len(), 5);
        let texts = [
            "We rely on Standard Contractual Clauses.",
            "our SCC and the sccs",
            "You may object. Objections are welcome.",
            "objective data",
            "within 45 days of your request",
            "WITHIN THREE MONTHS",
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
                        is_open(&open, k),
                        "list {k} matches {text:?} but its screen is closed"
                    );
                }
                closed += usize::from(!is_open(&open, k));
            }
            // A list with a pattern without literals (`\w+ days`) is
            // always open.
            assert!(is_open(&open, 2));
        }
        assert!(closed > 20, "the screen skips most: {closed}");
    }

    #[test]
    fn no_screened_list_opens_everything() {
        let lists: [&[&str]; 2] = [&[r"\w+"], &[]];
        let screen = screen_of(&lists);
        assert!(screen.is_empty());
        let open = screen.open("text");
        assert!(is_open(&open, 0) && is_open(&open, 1));
    }

    /// Bits past the first word, for a language with many lists.
    #[test]
    fn many_lists_keep_their_own_bits() {
        let words: Vec<String> = (0..70).map(|i| format!("word{i:02}x")).collect();
        let lists: Vec<Vec<&str>> = words.iter().map(|w| vec![w.as_str()]).collect();
        let lists: Vec<&[&str]> = lists.iter().map(Vec::as_slice).collect();
        let screen = screen_of(&lists);
        let open = screen.open("only WORD67X here");
        assert!((0..70).all(|k| is_open(&open, k) == (k == 67)));
    }
}
