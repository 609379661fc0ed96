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
use regex_syntax::hir::{Class, Hir, HirKind, Look};

/// Weight (roughly, how rare in prose) a gate's every literal must have.
/// Length counts, so "day" passes and "to" does not; a single character
/// passes only if prose rarely has it (see [`weight`]).
const MIN_WEIGHT: usize = 3;

/// More literals than this for one pattern (an alternation of many words)
/// and it is left ungated: the scan would stop too often to pay.
const MAX_LITERALS: usize = 64;

/// Most clauses a gate has ([`literals`]): its first, and the other words
/// the pattern needs beside it.
const MAX_CLAUSES: usize = 8;

/// A literal a match must contain, and whether a word boundary must hold
/// before or after it (`\bage\b` needs "age" as a word of its own, not
/// the "age" in "page" or "usage").
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Literal {
    /// ASCII letters lowercase: compared ASCII case-insensitively.
    pub bytes: Vec<u8>,
    /// The byte before is not an ASCII word byte (or there is none).
    pub word_start: bool,
    /// The byte after is not an ASCII word byte (or there is none).
    pub word_end: bool,
    /// Which of the gate's clauses the literal belongs to: the gate opens
    /// where each clause has one of its literals (see [`literals`]).
    pub clause: u8,
}

/// The gate of `hir`, if it needs a literal rare enough to gate on
/// ([`MIN_WEIGHT`]): literals in clauses, each clause a choice one of
/// which every match contains. Clause 0 is the rarest choice, and decides
/// whether the pattern is gated at all; the others are the further words
/// the pattern's parts need ("cookie" … "by", "delete" … "your"): of the
/// example site's patterns searched apart, seven in ten whose first
/// clause opened never matched, and compiling each one cost some 200,000
/// instructions. Every clause is a necessary condition, so the gate stays
/// exact.
pub(super) fn literals(hir: &Hir) -> Option<Vec<Literal>> {
    let first = needed(hir, false, false).filter(|set| score(set) >= MIN_WEIGHT)?;
    let mut clauses = vec![first];
    if let HirKind::Concat(subs) = hir.kind() {
        for choice in concat_choices(subs, false, false) {
            if clauses.len() < MAX_CLAUSES
                && score(&choice) >= MIN_WEIGHT
                && !clauses.contains(&choice)
            {
                clauses.push(choice);
            }
        }
    }
    Some(
        clauses
            .into_iter()
            .zip(0u8..)
            .flat_map(|(set, clause)| set.into_iter().map(move |l| Literal { clause, ..l }))
            .collect(),
    )
}

/// The lowest [`weight`] among `set`'s literals.
fn score(set: &[Literal]) -> usize {
    set.iter().map(|l| weight(&l.bytes)).min().unwrap_or(0)
}

/// A literal's length, except that a lone character that prose rarely has
/// ("@", "[", "+") weighs as much as a word.
fn weight(literal: &[u8]) -> usize {
    match literal {
        [c] if b"@#$%&*+=<>[]{}|~^/\\_".contains(c) => MIN_WEIGHT,
        _ => literal.len(),
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Whether `look` says the character before a word character is none
/// (`\b`, `\b{start}`, `\b{start-half}`, ASCII or Unicode). Beside an ASCII
/// word character a Unicode boundary means that the neighbour is no
/// Unicode word character, so not an ASCII word byte either: checking the
/// byte is exact enough for a gate, which only needs a necessary condition.
fn bounds_start(look: Look) -> bool {
    matches!(
        look,
        Look::WordAscii
            | Look::WordUnicode
            | Look::WordStartAscii
            | Look::WordStartUnicode
            | Look::WordStartHalfAscii
            | Look::WordStartHalfUnicode
    )
}

/// As [`bounds_start`], the character after a word character.
fn bounds_end(look: Look) -> bool {
    matches!(
        look,
        Look::WordAscii
            | Look::WordUnicode
            | Look::WordEndAscii
            | Look::WordEndUnicode
            | Look::WordEndHalfAscii
            | Look::WordEndHalfUnicode
    )
}

/// The one string a [`exact`] part matches, with the word boundaries its
/// own assertions put at its ends.
struct Exact {
    bytes: Vec<u8>,
    start: bool,
    end: bool,
}

/// The one string `hir` matches (ASCII case aside), if it matches exactly
/// one: a literal, a letter in any case, or a sequence of those (with
/// zero-width assertions between them).
fn exact(hir: &Hir) -> Option<Exact> {
    let plain = |bytes: Vec<u8>| Exact {
        bytes,
        start: false,
        end: false,
    };
    match hir.kind() {
        HirKind::Literal(lit) => Some(plain(lit.0.to_ascii_lowercase())),
        HirKind::Class(Class::Unicode(class)) => letter(class).map(|c| plain(vec![c])),
        HirKind::Capture(cap) => exact(&cap.sub),
        HirKind::Concat(subs) => {
            let mut out = plain(Vec::new());
            for sub in subs {
                match sub.kind() {
                    HirKind::Look(look) if out.bytes.is_empty() => out.start |= bounds_start(*look),
                    HirKind::Look(look) => out.end |= bounds_end(*look),
                    HirKind::Empty => {}
                    _ => {
                        let next = exact(sub)?;
                        if out.bytes.is_empty() {
                            out.start |= next.start;
                        }
                        out.bytes.extend(next.bytes);
                        out.end = next.end;
                    }
                }
            }
            Some(out)
        }
        _ => None,
    }
}

/// `exact` as a gate's literal, with a boundary before it if `before`
/// or its own, after it if `after` or its own, where the byte beside the
/// boundary is a word byte (a boundary beside "@" means the opposite).
fn literal(exact: Exact, before: bool, after: bool) -> Literal {
    let first = exact.bytes.first().copied().is_some_and(is_word_byte);
    let last = exact.bytes.last().copied().is_some_and(is_word_byte);
    Literal {
        word_start: (before || exact.start) && first,
        word_end: (after || exact.end) && last,
        bytes: exact.bytes,
        clause: 0,
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
/// (the best of several choices, by [`score`]); `before` and `after` say
/// that a word boundary holds where `hir` starts and ends.
fn needed(hir: &Hir, before: bool, after: bool) -> Option<Vec<Literal>> {
    if let Some(one) = exact(hir).filter(|e| !e.bytes.is_empty()) {
        return Some(vec![literal(one, before, after)]);
    }
    match hir.kind() {
        HirKind::Capture(cap) => needed(&cap.sub, before, after),
        // Of several repetitions, the first starts where `hir` does and
        // the last ends where it does: only one repetition keeps both.
        HirKind::Repetition(rep) if rep.min >= 1 => {
            let once = rep.max == Some(1);
            needed(&rep.sub, before && once, after && once)
        }
        HirKind::Alternation(subs) => {
            let mut all: Vec<Literal> = Vec::new();
            for sub in subs {
                all.extend(needed(sub, before, after)?);
            }
            all.sort();
            all.dedup();
            (all.len() <= MAX_LITERALS).then_some(all)
        }
        HirKind::Concat(subs) => best_of_concat(subs, before, after),
        _ => None,
    }
}

/// [`needed`] of a concatenation: the best of its [`concat_choices`].
fn best_of_concat(subs: &[Hir], before: bool, after: bool) -> Option<Vec<Literal>> {
    concat_choices(subs, before, after)
        .into_iter()
        .max_by_key(|set| (score(set), std::cmp::Reverse(set.len())))
}

/// The choices of literals a concatenation needs, each a set one of which
/// every match contains: runs of exact parts are literals of their own;
/// any other part may offer its own choice.
fn concat_choices(subs: &[Hir], before: bool, after: bool) -> Vec<Vec<Literal>> {
    let word_look = |h: &Hir, at: fn(Look) -> bool| matches!(h.kind(), HirKind::Look(l) if at(*l));
    let mut choices: Vec<Vec<Literal>> = Vec::new();
    let mut run: Option<Exact> = None;
    // Whether a word boundary holds right before the next part.
    let mut bounded = before;
    for (i, sub) in subs.iter().enumerate() {
        let bounded_after = subs
            .get(i + 1)
            .map_or(after, |next| word_look(next, bounds_end));
        if let HirKind::Look(look) = sub.kind() {
            // Zero-width: a run goes on across it.
            bounded = bounds_start(*look) || (bounded && run.is_none());
            if let Some(r) = run.as_mut() {
                r.end |= bounds_end(*look);
            }
            continue;
        }
        match exact(sub) {
            Some(e) => {
                let r = run.get_or_insert_with(|| Exact {
                    bytes: Vec::new(),
                    start: bounded || e.start,
                    end: false,
                });
                r.bytes.extend(e.bytes);
                r.end = e.end || bounded_after;
            }
            None => {
                if let Some(r) = run.take().filter(|r| !r.bytes.is_empty()) {
                    choices.push(vec![literal(r, false, false)]);
                }
                choices.extend(needed(sub, bounded, bounded_after));
            }
        }
        bounded = false;
    }
    if let Some(r) = run.filter(|r| !r.bytes.is_empty()) {
        choices.push(vec![literal(r, false, false)]);
    }
    choices
}

/// The gates of a set's gated patterns, scanned for at once.
pub(super) struct Gates {
    /// Each literal once, however many gates have it.
    searcher: AhoCorasick,
    /// For each literal's use in a gate, grouped by literal: the gated
    /// pattern it opens (index into the patterns given to
    /// [`Gates::new`]), the word boundaries it needs and the bit of its
    /// clause.
    opens: Vec<(usize, bool, bool, u8)>,
    /// Literal `k`'s uses are `opens[uses[k]..uses[k + 1]]`.
    uses: Vec<u32>,
    /// For each pattern, the bits of all its clauses (0: ungated, open
    /// before the scan).
    clauses: Vec<u8>,
}

impl Gates {
    /// The gates of `gates` (each pattern's literals; `None`: ungated, so
    /// always open). `None` if no pattern is gated.
    pub(super) fn new(gates: &[Option<Vec<Literal>>]) -> Option<Gates> {
        // Each distinct literal is built into the automaton once, with
        // all its uses: the vocabularies' gates share many words, and
        // building the trie was most of `Gates::new` (callgrind,
        // BENCHMARKS.md). The scan finds the same places and opens the
        // same gates: `open` only ORs clause bits.
        let mut literals = Vec::new();
        // The standard library's map: `build.rs` includes this file too.
        let mut index: std::collections::HashMap<std::borrow::Cow<'_, [u8]>, usize> =
            std::collections::HashMap::new();
        let mut uses_of: Vec<Vec<(usize, bool, bool, u8)>> = Vec::new();
        let mut clauses = vec![0u8; gates.len()];
        for (i, gate) in gates.iter().enumerate() {
            for literal in gate.iter().flatten() {
                // A clause past the eighth (never written by `literals`,
                // only by a damaged table) is dropped: fewer conditions
                // still make a necessary one.
                let Some(bit) = 1u8.checked_shl(u32::from(literal.clause)) else {
                    continue;
                };
                // Lowercase already (`Literal::bytes`); a table read back
                // that was not would otherwise miss what the text has.
                let bytes = if literal.bytes.iter().any(u8::is_ascii_uppercase) {
                    std::borrow::Cow::Owned(literal.bytes.to_ascii_lowercase())
                } else {
                    std::borrow::Cow::Borrowed(literal.bytes.as_slice())
                };
                let k = *index.entry(bytes.clone()).or_insert_with(|| {
                    literals.push(bytes);
                    uses_of.push(Vec::new());
                    literals.len() - 1
                });
                uses_of[k].push((i, literal.word_start, literal.word_end, bit));
                clauses[i] |= bit;
            }
        }
        if literals.is_empty() {
            return None;
        }
        let mut uses = Vec::with_capacity(uses_of.len() + 1);
        uses.push(0);
        let mut opens = Vec::with_capacity(uses_of.iter().map(Vec::len).sum());
        for of in uses_of {
            opens.extend(of);
            uses.push(u32::try_from(opens.len()).ok()?);
        }
        // Case-sensitive over lowercase literals, the text lowered in ASCII
        // before the scan (`open`): the same matches at the same offsets,
        // and the automaton half the transitions to build (the build was
        // 7% of the example lint, callgrind, BENCHMARKS.md).
        let searcher = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            // A contiguous NFA: built from the noncontiguous one (1.1
            // million instructions more on the example site), it scans
            // faster, and on the corpus with every pack the scan is most
            // of the gates' cost (some 720,000 literals found in 10,000
            // statements: `open` 242 -> 185 M). A DFA scanned faster still
            // (126 M) but cost 160 M more to build (callgrind,
            // BENCHMARKS.md).
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&literals)
            .ok()?;
        Some(Gates {
            searcher,
            opens,
            uses,
            clauses,
        })
    }

    /// Which gated patterns may match in `text`: `open[i]` is false only
    /// where pattern `i` cannot.
    pub(super) fn open(&self, text: &str) -> Vec<bool> {
        // Case folding: the Kelvin sign is a `k`, the long s an `s`.
        if !text.is_ascii() && text.contains(['\u{212A}', '\u{17F}']) {
            return vec![true; self.clauses.len()];
        }
        let mut met = vec![0u8; self.clauses.len()];
        let bytes = text.as_bytes();
        let word_at = |i: usize| bytes.get(i).copied().is_some_and(is_word_byte);
        // The literals are lowercase ASCII (`Literal::bytes`); lowering the
        // text's ASCII letters keeps every byte offset.
        let lowered;
        let haystack = if bytes.iter().any(u8::is_ascii_uppercase) {
            lowered = bytes.to_ascii_lowercase();
            lowered.as_slice()
        } else {
            bytes
        };
        for found in self.searcher.find_overlapping_iter(haystack) {
            let k = found.pattern().as_usize();
            let uses = self.uses[k] as usize..self.uses[k + 1] as usize;
            let word_before = found.start() > 0 && word_at(found.start() - 1);
            let word_after = word_at(found.end());
            for &(pattern, word_start, word_end, bit) in &self.opens[uses] {
                if !(word_start && word_before || word_end && word_after) {
                    met[pattern] |= bit;
                }
            }
        }
        met.iter()
            .zip(&self.clauses)
            .map(|(met, all)| met == all)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_automata::util::syntax;

    /// The gate of `pattern`, each literal written with `\b` where it
    /// needs a word boundary.
    fn gate(pattern: &str) -> Option<Vec<String>> {
        let config = syntax::Config::new().case_insensitive(true);
        let hir = syntax::parse_with(pattern, &config).unwrap();
        literals(&hir).map(|set| {
            set.into_iter()
                .filter(|l| l.clause == 0)
                .map(|l| {
                    let word = String::from_utf8(l.bytes).unwrap();
                    let b = |on: bool| if on { r"\b" } else { "" };
                    format!("{}{word}{}", b(l.word_start), b(l.word_end))
                })
                .collect()
        })
    }

    fn lit(bytes: &[u8], word_start: bool, word_end: bool) -> Literal {
        Literal {
            bytes: bytes.to_vec(),
            word_start,
            word_end,
            clause: 0,
        }
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
        assert_eq!(
            gate(r"\bhereinafter\b"),
            Some(vec![r"\bhereinafter\b".into()])
        );
        assert_eq!(
            gate(r"(?-i:GmbH)|\bLtd\b"),
            Some(vec!["gmbh".into(), r"\bltd\b".into()])
        );
        assert_eq!(gate(r"\bart(\.|icle)? ?15\b"), Some(vec![r"\bart".into()]));
        assert_eq!(
            gate(r"(?-u:\b)age(?-u:\b).{0,160}\b1[3-8]\b"),
            Some(vec![r"\bage\b".into()])
        );
        assert_eq!(
            gate(r"\b(privacy|data) notice"),
            Some(vec![" notice".into()])
        );
        assert_eq!(
            gate(r"\b(privacy|data)\b"),
            Some(vec![r"\bdata\b".into(), r"\bprivacy\b".into()])
        );
        // Repeated, the first repetition has the boundary before, the last
        // the one after: neither is kept.
        assert_eq!(gate(r"\b(abc)+\b"), Some(vec!["abc".into()]));
        // Beside "@" (no word character) a boundary says the opposite.
        assert_eq!(gate(r"\b@foo"), Some(vec!["@foo".into()]));
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
            Some(vec![lit(b"day", false, false), lit(b"hour", false, false)]),
            Some(vec![lit(b"ask", false, false)]),
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

    #[test]
    fn a_gate_opens_only_where_every_clause_has_a_literal() {
        let config = syntax::Config::new().case_insensitive(true);
        let hir =
            syntax::parse_with(r"\bcookies?\b[^.;]{0,60}\b(?:set|placed) by\b", &config).unwrap();
        let gate = literals(&hir).unwrap();
        let clauses: Vec<(u8, String)> = gate
            .iter()
            .map(|l| (l.clause, String::from_utf8(l.bytes.clone()).unwrap()))
            .collect();
        assert_eq!(
            clauses,
            vec![
                (0, "cookie".into()),
                (1, "placed".into()),
                (1, "set".into()),
                (2, " by".into()),
            ]
        );
        let gates = Gates::new(&[Some(gate), None]).unwrap();
        assert_eq!(gates.open("Cookies are set by partners"), vec![true, true]);
        assert_eq!(gates.open("Cookies are used by us"), vec![false, true]);
        assert_eq!(gates.open("placed by us"), vec![false, true]);
        assert_eq!(gates.open("a co\u{17F}t"), vec![true, true]);
    }

    #[test]
    fn a_bounded_literal_opens_only_as_a_word() {
        let gates = Gates::new(&[
            Some(vec![lit(b"age", true, true)]),
            Some(vec![lit(b"art", true, false)]),
        ])
        .unwrap();
        assert_eq!(gates.open("this page, its usage"), vec![false, false]);
        assert_eq!(gates.open("Age: 16; the party"), vec![true, false]);
        assert_eq!(gates.open("(age)"), vec![true, false]);
        assert_eq!(gates.open("age"), vec![true, false]);
        assert_eq!(gates.open("Art. 6, articles"), vec![false, true]);
        assert_eq!(gates.open("_age"), vec![false, false]);
    }

    /// A literal built once for all its gates opens each as its own
    /// literal would: by its boundaries and in its clause.
    #[test]
    fn a_shared_literal_opens_each_gate_by_its_own_terms() {
        let in_clause = |bytes: &[u8], word_start, word_end, clause| Literal {
            clause,
            ..lit(bytes, word_start, word_end)
        };
        let gates = Gates::new(&[
            Some(vec![lit(b"age", true, true)]),
            Some(vec![lit(b"age", false, false)]),
            Some(vec![
                in_clause(b"age", false, false, 0),
                in_clause(b"data", false, false, 1),
            ]),
            Some(vec![lit(b"AGE", false, true), lit(b"age", true, false)]),
        ])
        .unwrap();
        assert_eq!(gates.uses.len(), 3, "`age` and `data` once each");
        assert_eq!(gates.open("usage"), vec![false, true, false, true]);
        assert_eq!(gates.open("agent"), vec![false, true, false, true]);
        assert_eq!(gates.open("page"), vec![false, true, false, true]);
        assert_eq!(gates.open("Age data"), vec![true, true, true, true]);
        assert_eq!(gates.open("pages"), vec![false, true, false, false]);
    }
}
