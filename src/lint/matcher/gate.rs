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

use super::prebuilt::Reader;
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
    searcher: Searcher,
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

/// What finds the literals in a text.
enum Searcher {
    /// Built from the literals when the set is built.
    Built(AhoCorasick),
    /// `build.rs`'s automaton of a built-in set's literals ([`Scan`]).
    Prebuilt(Scan<'static>),
}

/// The literals of [`Gates::new`], each once, and their uses.
struct Index<'a> {
    literals: Vec<std::borrow::Cow<'a, [u8]>>,
    opens: Vec<(usize, bool, bool, u8)>,
    uses: Vec<u32>,
    clauses: Vec<u8>,
}

/// Each distinct literal of `gates` once, with all its uses; `None` if no
/// pattern is gated.
fn index(gates: &[Option<Vec<Literal>>]) -> Option<Index<'_>> {
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
    Some(Index {
        literals,
        opens,
        uses,
        clauses,
    })
}

impl Gates {
    /// The gates of `gates` (each pattern's literals; `None`: ungated, so
    /// always open). `None` if no pattern is gated.
    pub(super) fn new(gates: &[Option<Vec<Literal>>]) -> Option<Gates> {
        let Index {
            literals,
            opens,
            uses,
            clauses,
        } = index(gates)?;
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
            searcher: Searcher::Built(searcher),
            opens,
            uses,
            clauses,
        })
    }

    /// The gates [`table`] wrote of a built-in set's gates, read in place:
    /// building the Aho-Corasick automaton of the four vocabularies'
    /// literals was 19.6 M of the example site's 371 M instructions, and
    /// the rest of [`Gates::new`] 4.6 M (callgrind). `None` if `bytes` is
    /// not such a table (the caller then builds the gates).
    pub(super) fn from_table(bytes: &'static [u8]) -> Option<Gates> {
        let mut r = Reader(bytes);
        let patterns = r.u32()? as usize;
        let clauses = r.bytes(patterns)?.to_vec();
        let literals = r.u32()? as usize;
        let uses = u32s(&mut r, literals.checked_add(1)?)?;
        let count = r.u32()? as usize;
        let mut opens = Vec::with_capacity(count.min(r.0.len()));
        for _ in 0..count {
            let pattern = r.u32()? as usize;
            let flags = r.bytes(2)?;
            if pattern >= patterns {
                return None;
            }
            opens.push((pattern, flags[0] & 1 != 0, flags[0] & 2 != 0, flags[1]));
        }
        if uses.windows(2).any(|w| w[0] > w[1]) || uses.last() != Some(&(count as u32)) {
            return None;
        }
        let lens = u32s(&mut r, literals)?;
        let states = r.u32()? as usize;
        let width = r.u32()? as usize;
        let classes = r.bytes(256)?;
        if states == 0 || classes.iter().any(|&c| usize::from(c) >= width) {
            return None;
        }
        let root = r.bytes(width.checked_mul(2)?)?;
        let rows_start = r.bytes(states.checked_add(1)?.checked_mul(4)?)?;
        let count = r.u32()? as usize;
        let rows = r.bytes(count.checked_mul(3)?)?;
        let out_start = r.bytes(states.checked_add(1)?.checked_mul(4)?)?;
        let outs = r.u32()? as usize;
        let out = r.bytes(outs.checked_mul(4)?)?;
        if !r.0.is_empty() {
            return None;
        }
        Some(Gates {
            searcher: Searcher::Prebuilt(Scan {
                lens,
                classes,
                root,
                rows_start,
                rows,
                out_start,
                out,
            }),
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
        let mut found = |k: usize, start: usize, end: usize| {
            let uses = self.uses[k] as usize..self.uses[k + 1] as usize;
            let word_before = start > 0 && word_at(start - 1);
            let word_after = word_at(end);
            for &(pattern, word_start, word_end, bit) in &self.opens[uses] {
                if !(word_start && word_before || word_end && word_after) {
                    met[pattern] |= bit;
                }
            }
        };
        match &self.searcher {
            Searcher::Built(searcher) => {
                for m in searcher.find_overlapping_iter(haystack) {
                    found(m.pattern().as_usize(), m.start(), m.end());
                }
            }
            // A damaged table opens every gate: a gate only skips.
            Searcher::Prebuilt(scan) => {
                if scan.each(haystack, &mut found).is_none() {
                    return vec![true; self.clauses.len()];
                }
            }
        }
        met.iter()
            .zip(&self.clauses)
            .map(|(met, all)| met == all)
            .collect()
    }
}

/// The bit of a [`Scan`]'s next state that says a literal ends there: the
/// scan looks for literals only at those (most bytes reach none).
const ENDS: u16 = 1 << 15;

/// A built-in set's literals as one DFA, built by `build.rs` ([`table`])
/// and read in place: for each state and byte class the next state
/// (`u16`), and the literals that end at each state (those of its
/// Aho-Corasick failure chain too). It finds every occurrence of every
/// literal, as the overlapping Aho-Corasick scan of [`Gates::new`] does.
/// The start state's row is whole; every other state keeps only the
/// transitions that differ from the start state's (its trie children and
/// those its failure chain's give it), a few each: a whole row for every
/// state (some 4,000 states by 60 classes a language) kept 1.8 MiB more
/// of a 300-page build's binary resident.
struct Scan<'a> {
    /// Each literal's length.
    lens: Vec<u32>,
    /// Byte classes: each byte of a literal its own, every other byte 0.
    classes: &'a [u8],
    /// The start state's next state for each class, `u16` little-endian,
    /// [`ENDS`] set on those where a literal ends.
    root: &'a [u8],
    /// State `s`'s other transitions are `rows[rows_start[s]..rows_start[s
    /// + 1]]` (`u32` little-endian each), three bytes each: the class and
    /// the next state as in `root`.
    rows_start: &'a [u8],
    rows: &'a [u8],
    /// State `s`'s literals are `out[out_start[s]..out_start[s + 1]]`
    /// (`u32` little-endian each).
    out_start: &'a [u8],
    out: &'a [u8],
}

/// The `i`th little-endian `u32` of `bytes`.
fn u32_at(bytes: &[u8], i: usize) -> Option<usize> {
    let b = bytes.get(i * 4..i * 4 + 4)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
}

impl Scan<'_> {
    /// The state after `state` on a byte of class `class`.
    fn next(&self, state: usize, class: u8) -> Option<u16> {
        if state != 0 {
            let (first, last) = (
                u32_at(self.rows_start, state)?,
                u32_at(self.rows_start, state + 1)?,
            );
            let row = self.rows.get(first.checked_mul(3)?..last.checked_mul(3)?)?;
            if let Some(t) = row.chunks_exact(3).find(|t| t[0] == class) {
                return Some(u16::from_le_bytes([t[1], t[2]]));
            }
        }
        let at = usize::from(class) * 2;
        let next = self.root.get(at..at + 2)?;
        Some(u16::from_le_bytes([next[0], next[1]]))
    }

    /// Calls `found(literal, start, end)` for each occurrence in
    /// `haystack`; `None` if the table is damaged.
    fn each(&self, haystack: &[u8], found: &mut impl FnMut(usize, usize, usize)) -> Option<()> {
        let mut state = 0usize;
        for (i, &b) in haystack.iter().enumerate() {
            let next = self.next(state, self.classes[usize::from(b)])?;
            state = usize::from(next & !ENDS);
            if next & ENDS == 0 {
                continue;
            }
            let (first, last) = (
                u32_at(self.out_start, state)?,
                u32_at(self.out_start, state + 1)?,
            );
            for j in first..last {
                let k = u32_at(self.out, j)?;
                let start = (i + 1).checked_sub(*self.lens.get(k)? as usize)?;
                found(k, start, i + 1);
            }
        }
        Some(())
    }
}

/// The gates of `gates` as [`Gates::from_table`] reads them, the literals
/// as one DFA ([`Scan`]); `None` if no pattern is gated, a literal is
/// empty, or the DFA has more states than 15 bits count (the run time
/// then builds the gates itself).
// The writing half is `build.rs`'s (and the tests'); the binary only reads.
#[cfg_attr(not(test), allow(dead_code))]
pub(super) fn table(gates: &[Option<Vec<Literal>>]) -> Option<Vec<u8>> {
    let index = index(gates)?;
    let literals = &index.literals;
    if literals.iter().any(|l| l.is_empty()) {
        return None;
    }
    // Byte classes: 0 for every byte no literal has.
    let mut classes = [0u8; 256];
    let mut width = 1usize;
    for l in literals {
        for &b in l.iter() {
            if classes[usize::from(b)] == 0 {
                classes[usize::from(b)] = u8::try_from(width).ok()?;
                width += 1;
            }
        }
    }
    // The trie: `goto[s * width + c]` (0: none, the root being 0).
    let mut goto: Vec<usize> = vec![0; width];
    let mut ends: Vec<Vec<u32>> = vec![Vec::new()];
    for (k, l) in literals.iter().enumerate() {
        let mut s = 0;
        for &b in l.iter() {
            let c = usize::from(classes[usize::from(b)]);
            if goto[s * width + c] == 0 {
                goto[s * width + c] = ends.len();
                goto.extend(std::iter::repeat_n(0, width));
                ends.push(Vec::new());
            }
            s = goto[s * width + c];
        }
        ends[s].push(k as u32);
    }
    let states = ends.len();
    if states > usize::from(ENDS) {
        return None;
    }
    // Breadth first: each state's failure state is done before it, and
    // its missing transitions are its failure state's.
    let mut fail = vec![0usize; states];
    let mut delta = vec![0usize; states * width];
    let mut queue = std::collections::VecDeque::new();
    for c in 0..width {
        let t = goto[c];
        delta[c] = t;
        if t != 0 {
            queue.push_back(t);
        }
    }
    while let Some(s) = queue.pop_front() {
        let inherited: Vec<u32> = ends[fail[s]].clone();
        ends[s].extend(inherited);
        for c in 0..width {
            let t = goto[s * width + c];
            if t == 0 {
                delta[s * width + c] = delta[fail[s] * width + c];
            } else {
                fail[t] = delta[fail[s] * width + c];
                delta[s * width + c] = t;
                queue.push_back(t);
            }
        }
    }
    let mut w = Vec::new();
    let u32 = |w: &mut Vec<u8>, n: usize| -> Option<()> {
        w.extend_from_slice(&u32::try_from(n).ok()?.to_le_bytes());
        Some(())
    };
    u32(&mut w, index.clauses.len())?;
    w.extend_from_slice(&index.clauses);
    u32(&mut w, literals.len())?;
    for &u in &index.uses {
        u32(&mut w, u as usize)?;
    }
    u32(&mut w, index.opens.len())?;
    for &(pattern, word_start, word_end, bit) in &index.opens {
        u32(&mut w, pattern)?;
        w.push(u8::from(word_start) | u8::from(word_end) << 1);
        w.push(bit);
    }
    for l in literals {
        u32(&mut w, l.len())?;
    }
    u32(&mut w, states)?;
    u32(&mut w, width)?;
    w.extend_from_slice(&classes);
    let entry = |t: usize| -> Option<[u8; 2]> {
        let flag = if ends[t].is_empty() { 0 } else { ENDS };
        Some((u16::try_from(t).ok()? | flag).to_le_bytes())
    };
    for &t in &delta[..width] {
        w.extend_from_slice(&entry(t)?);
    }
    // Each other state's transitions that differ from the start state's.
    let mut rows = Vec::new();
    let mut count = 0;
    for s in 0..states {
        u32(&mut w, count)?;
        if s == 0 {
            continue;
        }
        for c in 0..width {
            let t = delta[s * width + c];
            if t != delta[c] {
                rows.push(u8::try_from(c).ok()?);
                rows.extend_from_slice(&entry(t)?);
                count += 1;
            }
        }
    }
    u32(&mut w, count)?;
    u32(&mut w, count)?;
    w.extend_from_slice(&rows);
    let mut at = 0;
    for e in &ends {
        u32(&mut w, at)?;
        at += e.len();
    }
    u32(&mut w, at)?;
    u32(&mut w, at)?;
    for e in &ends {
        for &k in e {
            u32(&mut w, k as usize)?;
        }
    }
    Some(w)
}

/// `n` little-endian `u32`s.
fn u32s(r: &mut Reader<'_>, n: usize) -> Option<Vec<u32>> {
    let bytes = r.bytes(n.checked_mul(4)?)?;
    Some(
        bytes
            .chunks_exact(4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect(),
    )
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

    /// The DFA `build.rs` writes ([`table`]) opens the gates the
    /// Aho-Corasick automaton of [`Gates::new`] opens, on every text; a
    /// damaged table is not read.
    #[test]
    fn a_prebuilt_scan_opens_what_the_built_one_opens() {
        let config = syntax::Config::new().case_insensitive(true);
        let mut gates: Vec<Option<Vec<Literal>>> = [
            r"\b\d+ ?(hours?|days?|weeks?)\b",
            r"[\w.+-]+@[\w-]+(\.[\w-]+)+",
            r"\bcookies?\b[^.;]{0,60}\b(?:set|placed) by\b",
            r"(?-u:\b)age(?-u:\b).{0,160}\b1[3-8]\b",
            r"\b(privacy|data) notice",
            r"\b(privacy|data)\b",
            r"Straße",
            r"\bart(\.|icle)? ?15\b",
            r"\bhereinafter\b",
        ]
        .iter()
        .map(|p| literals(&syntax::parse_with(p, &config).unwrap()))
        .collect();
        gates.push(None);
        // Literals inside and overlapping one another.
        gates.push(Some(vec![
            lit(b"he", false, false),
            lit(b"she", true, false),
            lit(b"hers", false, true),
            lit(b"his", true, true),
        ]));
        let bytes: &'static [u8] = Box::leak(table(&gates).unwrap().into_boxed_slice());
        let read = Gates::from_table(bytes).unwrap();
        let built = Gates::new(&gates).unwrap();
        let texts = [
            "",
            "30 DAYS",
            "Cookies are set by partners",
            "ushers his hers she; HERS",
            "mail me at a@b.example or see Art. 15",
            "Straße data notice, privacy",
            "ages 13 to 18: age 16",
            "a co\u{17F}t",
            "page usage",
            "hereinafter (the data)",
            "hourglass, weeks, 3 days",
        ];
        let all = texts.join(" | ");
        let every = (0..all.len()).filter(|&i| all.is_char_boundary(i));
        let cuts: Vec<&str> = every
            .clone()
            .map(|i| &all[i..])
            .chain(every.map(|i| &all[..i]))
            .chain(texts)
            .collect();
        for text in cuts {
            assert_eq!(read.open(text), built.open(text), "{text}");
        }
        assert!(Gates::from_table(&bytes[..bytes.len() - 1]).is_none());
        assert!(Gates::from_table(&[]).is_none());
        assert!(table(&[None, None]).is_none());
        assert!(table(&[Some(vec![lit(b"", false, false)])]).is_none());
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
