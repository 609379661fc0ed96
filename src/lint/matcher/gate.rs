//! Literal gates for a set's patterns: the words a pattern cannot match
//! without, looked for all at once before any automaton runs.
//!
//! A vocabulary's set is one lazy DFA over thirty-odd patterns, and a DFA
//! state holds every pattern's progress at once: on a small site, building
//! those states was a sixth of the lint (callgrind, BENCHMARKS.md), though
//! most statements contain no word that any of the patterns needs. Most
//! patterns need one of a few literals (`\b\d+ ?(hours?|days?)\b` needs
//! "hour" or "day"; `[\w.+-]+@…` needs "@"). Such a pattern is searched
//! alone, and only in a text where one of its literals occurs: one
//! Aho-Corasick scan over every gated pattern's literals says which.
//!
//! The gate is exact: a literal is taken from the parsed pattern only where
//! every match must contain it. Letters compare ASCII case-insensitively;
//! under Unicode case folding `k` also matches the Kelvin sign and `s` the
//! long s, so a text with either opens every gate.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex_syntax::hir::{Class, Hir, HirKind};

/// Weight (roughly, how rare in prose) a gate's every literal must have.
/// Length counts, so "day" passes and "to" does not; a single character
/// passes only if prose rarely has it (see [`weight`]).
const MIN_WEIGHT: usize = 3;

/// More literals than this for one pattern (an alternation of many words)
/// and it is left ungated: the scan would stop too often to pay.
const MAX_LITERALS: usize = 64;

/// The literals, one of which every match of `hir` contains (ASCII letters
/// lowercase, compared case-insensitively), if they are rare enough to
/// gate on ([`MIN_WEIGHT`]).
pub(super) fn literals(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    needed(hir).filter(|set| score(set) >= MIN_WEIGHT)
}

/// The lowest [`weight`] among `set`'s literals.
fn score(set: &[Vec<u8>]) -> usize {
    set.iter().map(|l| weight(l)).min().unwrap_or(0)
}

/// A literal's length, except that a lone character that prose rarely has
/// ("@", "[", "+") weighs as much as a word.
fn weight(literal: &[u8]) -> usize {
    match literal {
        [c] if b"@#$%&*+=<>[]{}|~^/\\_".contains(c) => MIN_WEIGHT,
        _ => literal.len(),
    }
}

/// The one string `hir` matches (ASCII case aside), if it matches exactly
/// one: a literal, a letter in any case, or a sequence of those.
fn exact(hir: &Hir) -> Option<Vec<u8>> {
    match hir.kind() {
        HirKind::Literal(lit) => Some(lit.0.to_ascii_lowercase()),
        HirKind::Class(Class::Unicode(class)) => letter(class).map(|c| vec![c]),
        HirKind::Capture(cap) => exact(&cap.sub),
        HirKind::Concat(subs) => {
            let mut out = Vec::new();
            for sub in subs {
                match sub.kind() {
                    // Zero-width: the text on both sides is adjacent.
                    HirKind::Look(_) | HirKind::Empty => {}
                    _ => out.extend(exact(sub)?),
                }
            }
            Some(out)
        }
        _ => None,
    }
}

/// The ASCII letter, lowercase, that `class` is in every case it has:
/// `[aA]`, `[kK\u{212A}]`, `[sS\u{17F}]` as case-insensitive parsing makes
/// them (or the letter alone).
fn letter(class: &regex_syntax::hir::ClassUnicode) -> Option<u8> {
    let mut chars = class.iter().flat_map(|r| r.start()..=r.end());
    let first = chars.next()?;
    let lower = u8::try_from(u32::from(first.to_ascii_lowercase()))
        .ok()
        .filter(u8::is_ascii_alphabetic)?;
    let same = |c: char| {
        c.to_ascii_lowercase() == char::from(lower)
            || (lower == b'k' && c == '\u{212A}')
            || (lower == b's' && c == '\u{17F}')
    };
    // At most four members: a class such as `[a-z]` is no single letter.
    let rest: Vec<char> = chars.by_ref().take(4).collect();
    (rest.len() < 4 && rest.into_iter().all(same)).then_some(lower)
}

/// Literals one of which every match of `hir` contains, if there are any
/// (the best of several choices, by [`score`]).
fn needed(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    if let Some(one) = exact(hir).filter(|s| !s.is_empty()) {
        return Some(vec![one]);
    }
    match hir.kind() {
        HirKind::Capture(cap) => needed(&cap.sub),
        HirKind::Repetition(rep) if rep.min >= 1 => needed(&rep.sub),
        HirKind::Alternation(subs) => {
            let mut all: Vec<Vec<u8>> = Vec::new();
            for sub in subs {
                all.extend(needed(sub)?);
            }
            all.sort();
            all.dedup();
            (all.len() <= MAX_LITERALS).then_some(all)
        }
        HirKind::Concat(subs) => {
            // Runs of exact parts are literals of their own; any other
            // part may offer its own choice.
            let mut choices: Vec<Vec<Vec<u8>>> = Vec::new();
            let mut run: Vec<u8> = Vec::new();
            for sub in subs {
                if matches!(sub.kind(), HirKind::Look(_) | HirKind::Empty) {
                    continue;
                }
                match exact(sub) {
                    Some(s) => run.extend(s),
                    None => {
                        if !run.is_empty() {
                            choices.push(vec![std::mem::take(&mut run)]);
                        }
                        choices.extend(needed(sub));
                    }
                }
            }
            if !run.is_empty() {
                choices.push(vec![run]);
            }
            choices
                .into_iter()
                .max_by_key(|set| (score(set), std::cmp::Reverse(set.len())))
        }
        _ => None,
    }
}

/// The gates of a set's gated patterns, scanned for at once.
pub(super) struct Gates {
    searcher: AhoCorasick,
    /// For each literal, the gated pattern it opens (index into the
    /// patterns given to [`Gates::new`]).
    opens: Vec<usize>,
    /// Which patterns are open before the scan: the ungated ones.
    ungated: Vec<bool>,
}

impl Gates {
    /// The gates of `gates` (each pattern's literals; `None`: ungated, so
    /// always open). `None` if no pattern is gated.
    pub(super) fn new(gates: &[Option<Vec<Vec<u8>>>]) -> Option<Gates> {
        let mut literals = Vec::new();
        let mut opens = Vec::new();
        for (i, gate) in gates.iter().enumerate() {
            for literal in gate.iter().flatten() {
                literals.push(literal.as_slice());
                opens.push(i);
            }
        }
        if literals.is_empty() {
            return None;
        }
        let searcher = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            // The cheapest to build: a DFA cost 0.6 million instructions a
            // set, and the scan is a small part of a search.
            .kind(Some(AhoCorasickKind::NoncontiguousNFA))
            .build(&literals)
            .ok()?;
        Some(Gates {
            searcher,
            opens,
            ungated: gates.iter().map(Option::is_none).collect(),
        })
    }

    /// Which gated patterns may match in `text`: `open[i]` is false only
    /// where pattern `i` cannot.
    pub(super) fn open(&self, text: &str) -> Vec<bool> {
        let mut open = self.ungated.clone();
        // Case folding: the Kelvin sign is a `k`, the long s an `s`.
        if !text.is_ascii() && text.contains(['\u{212A}', '\u{17F}']) {
            open.fill(true);
            return open;
        }
        for found in self.searcher.find_overlapping_iter(text) {
            open[self.opens[found.pattern().as_usize()]] = true;
        }
        open
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_automata::util::syntax;

    fn gate(pattern: &str) -> Option<Vec<String>> {
        let config = syntax::Config::new().case_insensitive(true);
        let hir = syntax::parse_with(pattern, &config).unwrap();
        literals(&hir).map(|set| {
            set.into_iter()
                .map(|l| String::from_utf8(l).unwrap())
                .collect()
        })
    }

    #[test]
    fn takes_the_literals_every_match_needs() {
        assert_eq!(
            gate(r"\b\d+ ?(hours?|days?|weeks?)\b"),
            Some(vec!["day".into(), "hour".into(), "week".into()])
        );
        assert_eq!(gate(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"), Some(vec!["@".into()]));
        assert_eq!(
            gate(r"\b(12|twelve)( \(12\))?[- ]months?\b"),
            Some(vec!["month".into()])
        );
        assert_eq!(gate(r"\bhereinafter\b"), Some(vec!["hereinafter".into()]));
        assert_eq!(
            gate(r"(?-i:GmbH)|\bLtd\b"),
            Some(vec!["gmbh".into(), "ltd".into()])
        );
        assert_eq!(gate(r"\bart(\.|icle)? ?15\b"), Some(vec!["art".into()]));
        assert_eq!(gate(r"Straße"), Some(vec!["stra".into()]));
    }

    #[test]
    fn leaves_ungated_what_needs_no_rare_literal() {
        for pattern in [
            r"\w+",
            r"(at least )?\d+",
            r"^(to|in) [a-z]+",
            r"(foo)?bar?",
            r"[a-z]{3}",
            r"é+",
        ] {
            assert_eq!(gate(pattern), None, "{pattern}");
        }
    }

    #[test]
    fn opens_on_a_literal_in_any_ascii_case_and_on_folded_letters() {
        let gates = Gates::new(&[
            Some(vec![b"day".to_vec(), b"hour".to_vec()]),
            Some(vec![b"ask".to_vec()]),
            None,
        ])
        .unwrap();
        assert_eq!(gates.open("30 DAYS"), vec![true, false, true]);
        assert_eq!(gates.open(""), vec![false, false, true]);
        assert_eq!(gates.open("an hourglass, ASK"), vec![true, true, true]);
        // "a\u{17F}k" matches `ask` under Unicode case folding.
        assert_eq!(gates.open("a\u{17F}k"), vec![true, true, true]);
        assert!(Gates::new(&[None, None]).is_none());
    }
}
