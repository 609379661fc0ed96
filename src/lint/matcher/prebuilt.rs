//! The built-in pattern sets, compiled at build time: every built-in
//! vocabulary's set and every pattern list of a built-in rule pack.
//!
//! Parsing those patterns and compiling their NFAs was over a quarter of
//! the example site's lint (callgrind, BENCHMARKS.md), the same work on
//! every run for data that is part of the binary. `build.rs` derives each
//! set's pattern sources as the run time does (it includes
//! [`crate::lint::fold`], [`crate::lint::pattern_source`], [`super::unfold`],
//! [`super::gate`] and this file) and compiles them with [`build_set`]: the
//! split of [`Matcher::build`](super::Matcher) ([`split`]), the same parser
//! and compiler options ([`syntax`], [`nfa_config`]) and the same size
//! limits ([`DEFAULT_SIZE_LIMIT`], [`RULE_PATTERN_SIZE_LIMIT`]), written in
//! the format below ([`encode`]). At run time a set whose sources, gating
//! and size limit are exactly those of a prebuilt one ([`find`]) is read
//! from it: each NFA is replayed state by state into a `thompson::Builder`
//! ([`decode`]), which yields the compiled NFA without parsing or UTF-8
//! compiling, its alike states merged at build time ([`merged`]: fewer
//! states to replay, the same answers from every engine). Anything else
//! (a site's own vocabulary or pack, a source that differs by one byte)
//! compiles as before, so the prebuilt table only ever
//! decides how fast, never what matches; tests check that every built-in
//! set and list finds its entry.
//!
//! The table is a directory, then the sets ([`table`]). A set's format,
//! integers little-endian `u32`: whether the set is gated and its
//! NFA size limit; the number of patterns; each
//! pattern's source (length, UTF-8 bytes), whether it is searched apart,
//! its gate literals (count, or `u32::MAX` for none; each: flags (word
//! start, word end, then the clause from bit 2),
//! length, bytes) and its own NFA if searched apart (then, if it has a
//! Unicode word boundary, its [`VariantNfas`]); whether the shared
//! patterns have a Unicode word boundary (then their [`VariantNfas`]); the
//! shared NFA: its anchored and
//! unanchored starts, each pattern's start, and its states (a tag byte and
//! the state's fields); the gates of the patterns searched apart (length,
//! then `gate::table`'s bytes; none: empty).

use regex_automata::nfa::thompson::{self, NFA, State, Transition, WhichCaptures};
use regex_automata::util::look::Look;
use regex_automata::util::primitives::{PatternID, StateID};
use regex_automata::util::syntax;
use regex_syntax::hir::{Capture, Hir, HirKind, Look as HirLook, Repetition};

use super::gate::{self, Literal};

/// The NFA size limit of a matcher built without one: the regex crate's
/// default (`RegexBuilder`). A vocabulary's set is built with it. Here, not
/// in `matcher`, because `build.rs` must key the table with the very
/// limits the run time asks for.
pub(crate) const DEFAULT_SIZE_LIMIT: usize = 10 * (1 << 20);

/// The NFA size limit of a rule pattern (`text::PATTERN_SIZE_LIMIT`):
/// patterns are data from rule files, and a pathological one must fail to
/// load rather than eat memory.
pub(crate) const RULE_PATTERN_SIZE_LIMIT: usize = 1 << 20;

/// The parser's options for every [`Matcher`](super::Matcher): case
/// folded (Unicode simple case folding) and Unicode classes, as
/// `RegexBuilder::case_insensitive(true)`.
pub(crate) fn syntax() -> syntax::Config {
    syntax::Config::new()
        .case_insensitive(true)
        .unicode(true)
        .utf8(true)
}

/// The NFA compiler's options for every [`Matcher`](super::Matcher).
pub(crate) fn nfa_config(size_limit: usize, which: WhichCaptures) -> thompson::Config {
    thompson::Config::new()
        .utf8(true)
        .nfa_size_limit(Some(size_limit))
        .shrink(false)
        .which_captures(which)
}

/// Shortest bounded repetition ([`counts`]) searched apart from its set.
const COUNTER: u32 = 8;

/// Whether `hir` repeats something a bounded number of times, up to
/// [`COUNTER`] or more: a window such as `age.{0,160}1[3-8]` or
/// `([\w,]+ ){1,8}`. A lazy DFA's state must remember every place such a
/// repetition may have started, for every pattern of the set at once: on
/// the corpus the vocabulary sets' DFAs spent 17% of the whole lint
/// building states (callgrind, BENCHMARKS.md). Searched alone, each
/// window's states are its own (their number adds up instead of
/// multiplying), and whether a pattern of a set matches somewhere does
/// not depend on the other patterns, so the answers are the same.
pub(crate) fn counts(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Repetition(rep) => rep.max.is_some_and(|max| max >= COUNTER) || counts(&rep.sub),
        HirKind::Capture(cap) => counts(&cap.sub),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => subs.iter().any(counts),
        _ => false,
    }
}

/// How a set splits: for each pattern, its gate literals (a gated set's
/// only) and whether it is searched apart from the shared automaton (it
/// has a gate, or it [`counts`]).
pub(crate) fn split(hirs: &[Hir], gated: bool) -> Vec<(Option<Vec<Literal>>, bool)> {
    hirs.iter()
        .map(|h| {
            let literals = gated.then(|| gate::literals(h)).flatten();
            let apart = literals.is_some() || counts(h);
            (literals, apart)
        })
        .collect()
}

/// `look` with Unicode word characters replaced by ASCII ones; every
/// other assertion as it is.
pub(crate) fn ascii_look(look: HirLook) -> Option<HirLook> {
    Some(match look {
        HirLook::WordUnicode => HirLook::WordAscii,
        HirLook::WordUnicodeNegate => HirLook::WordAsciiNegate,
        HirLook::WordStartUnicode => HirLook::WordStartAscii,
        HirLook::WordEndUnicode => HirLook::WordEndAscii,
        HirLook::WordStartHalfUnicode => HirLook::WordStartHalfAscii,
        HirLook::WordEndHalfUnicode => HirLook::WordEndHalfAscii,
        other => other,
    })
}

/// Whether `look` asks about Unicode word characters.
fn is_unicode_word(look: HirLook) -> bool {
    ascii_look(look) != Some(look)
}

/// `hir` with each Unicode word assertion as `to` makes it (`None`: the
/// empty expression); everything else as it is.
pub(crate) fn map_looks(hir: &Hir, to: fn(HirLook) -> Option<HirLook>) -> Hir {
    if !hir.properties().look_set().contains_word_unicode() {
        return hir.clone();
    }
    match hir.kind() {
        HirKind::Look(look) if is_unicode_word(*look) => {
            to(*look).map_or_else(Hir::empty, Hir::look)
        }
        HirKind::Repetition(rep) => Hir::repetition(Repetition {
            sub: Box::new(map_looks(&rep.sub, to)),
            ..rep.clone()
        }),
        HirKind::Capture(cap) => Hir::capture(Capture {
            sub: Box::new(map_looks(&cap.sub, to)),
            ..cap.clone()
        }),
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(|h| map_looks(h, to)).collect()),
        HirKind::Alternation(subs) => {
            Hir::alternation(subs.iter().map(|h| map_looks(h, to)).collect())
        }
        _ => hir.clone(),
    }
}

/// Every Unicode word assertion removed ([`map_looks`]): the patterns of
/// [`Unbounded::relaxed`](super::Matcher).
pub(crate) fn no_look(_: HirLook) -> Option<HirLook> {
    None
}

/// The patterns with Unicode word boundaries of a set or a pattern
/// searched apart, rewritten as the run time's `Unbounded` searches them
/// where the lazy DFA gives up: each boundary made ASCII
/// ([`ascii_look`]), and each removed ([`no_look`]). Their NFAs are
/// compiled here, at build time, so that the run time only reads them
/// (compiling them was 3% of the example site's lint).
// The writing half is `build.rs`'s (and the tests'); the binary only reads.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) struct VariantNfas {
    /// `None`: the rewritten patterns do not compile within the size limit.
    pub ascii: Option<NFA>,
    pub relaxed: Option<NFA>,
}

#[cfg_attr(not(test), allow(dead_code))]
impl VariantNfas {
    /// The two rewrites of `hirs`, compiled as the run time compiled them
    /// (no capture groups, the same size limit).
    fn of(hirs: &[Hir], size_limit: usize) -> VariantNfas {
        let nfa = |to: fn(HirLook) -> Option<HirLook>| {
            let hirs: Vec<Hir> = hirs.iter().map(|h| map_looks(h, to)).collect();
            thompson::Compiler::new()
                .configure(nfa_config(size_limit, WhichCaptures::None))
                .build_many_from_hir(&hirs)
                .ok()
                .map(merged)
        };
        VariantNfas {
            ascii: nfa(ascii_look),
            relaxed: nfa(no_look),
        }
    }
}

/// `nfa` with the states that behave alike merged into one, for every
/// engine and every search: states of the same kind with the same labels
/// (byte ranges, assertion, pattern matched) whose successors, in order,
/// behave alike (the coarsest such partition, refined from the labels
/// until no block splits). A case-insensitive Unicode class compiles to
/// hundreds of states, and the compiler writes one copy for each place a
/// pattern names it: `\w*` ending each of a dozen alternatives is a dozen
/// copies that all loop and leave alike. Reading the prebuilt NFAs back
/// costs by the state (`read_nfa` was a fifth of the example site's lint),
/// and so does each lazy DFA state built from them. A merged state stands
/// for copies that accept the same texts from there, in the same order of
/// preference, so the set of patterns that match, whether any does, and
/// the preferred match are what they were; the byte ranges and assertions
/// are the same ones, so the DFAs' alphabet and the texts where they give
/// up are too. An NFA with capture states is kept as it is (its slots
/// tell copies apart).
// The writing half is `build.rs`'s (and the tests'); the binary only reads.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn merged(nfa: NFA) -> NFA {
    if nfa.has_capture() {
        return nfa;
    }
    merged_bytes(&nfa)
        .and_then(|bytes| decode_nfa(&bytes))
        .unwrap_or(nfa)
}

/// A state's kind and labels, and its successors in order; `None` for a
/// state [`merged`] does not merge.
#[cfg_attr(not(test), allow(dead_code))]
fn label_and_successors(state: &State) -> Option<(Vec<u32>, Vec<StateID>)> {
    Some(match state {
        State::ByteRange { trans } => (
            vec![0, trans.start.into(), trans.end.into()],
            vec![trans.next],
        ),
        State::Sparse(sparse) => {
            let mut label = vec![1, sparse.transitions.len() as u32];
            for t in sparse.transitions.iter() {
                label.extend([u32::from(t.start), u32::from(t.end)]);
            }
            (label, sparse.transitions.iter().map(|t| t.next).collect())
        }
        State::Look { look, next } => (vec![2, look.as_repr()], vec![*next]),
        State::Union { alternates } => (vec![3, alternates.len() as u32], alternates.to_vec()),
        State::BinaryUnion { alt1, alt2 } => (vec![4], vec![*alt1, *alt2]),
        State::Fail => (vec![5], Vec::new()),
        State::Match { pattern_id } => (vec![6, pattern_id.as_u32()], Vec::new()),
        State::Capture { .. } | State::Dense(_) => return None,
    })
}

/// The encoding ([`Writer::states`]) of `nfa` with its states merged as
/// [`merged`] says, each block of alike states numbered by its first
/// state, so that states keep their order (match states in particular,
/// which the reader takes in the order of their patterns).
#[cfg_attr(not(test), allow(dead_code))]
fn merged_bytes(nfa: &NFA) -> Option<Vec<u8>> {
    let states = nfa.states();
    let n = states.len();
    let (labels, successors): (Vec<Vec<u32>>, Vec<Vec<StateID>>) = states
        .iter()
        .map(label_and_successors)
        .collect::<Option<Vec<_>>>()?
        .into_iter()
        .unzip();
    // The first partition: by kind and labels.
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| labels[a].cmp(&labels[b]).then(a.cmp(&b)));
    let mut block = vec![0usize; n];
    let mut members: Vec<Vec<usize>> = Vec::new();
    for (k, &i) in order.iter().enumerate() {
        if k == 0 || labels[order[k - 1]] != labels[i] {
            members.push(Vec::new());
        }
        block[i] = members.len() - 1;
        members.last_mut()?.push(i);
    }
    let mut predecessors: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, next) in successors.iter().enumerate() {
        for t in next {
            predecessors.get_mut(t.as_usize())?.push(i);
        }
    }
    // Split each block whose states' successors lie in different blocks;
    // a split can split the blocks of the moved states' predecessors.
    let mut dirty: Vec<usize> = (0..members.len()).collect();
    let mut is_dirty = vec![true; members.len()];
    while let Some(b) = dirty.pop() {
        is_dirty[b] = false;
        if members[b].len() < 2 {
            continue;
        }
        let mut keyed: Vec<(Vec<usize>, usize)> = members[b]
            .iter()
            .map(|&s| {
                let key = successors[s].iter().map(|t| block[t.as_usize()]);
                (key.collect(), s)
            })
            .collect();
        keyed.sort_unstable();
        if keyed.first()?.0 == keyed.last()?.0 {
            continue;
        }
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for (k, (key, s)) in keyed.iter().enumerate() {
            if k == 0 || keyed[k - 1].0 != *key {
                groups.push(Vec::new());
            }
            groups.last_mut()?.push(*s);
        }
        // The first group keeps the block's number. Every state gets its
        // new block before any predecessor's block is marked: marked by a
        // number a state is about to leave, a block would miss its split.
        let mut groups = groups.into_iter();
        members[b] = groups.next()?;
        let mut moved = vec![b];
        for group in groups {
            let id = members.len();
            for &s in &group {
                block[s] = id;
            }
            members.push(group);
            is_dirty.push(false);
            moved.push(id);
        }
        for split in moved {
            for &s in &members[split] {
                for &p in &predecessors[s] {
                    let c = block[p];
                    if !is_dirty[c] {
                        is_dirty[c] = true;
                        dirty.push(c);
                    }
                }
            }
        }
    }
    // Each block numbered by its first state, in the states' order.
    let firsts: Vec<usize> = members
        .iter()
        .map(|m| m.iter().copied().min().unwrap_or(n))
        .collect();
    let mut blocks: Vec<usize> = (0..members.len()).collect();
    blocks.sort_by_key(|&b| firsts[b]);
    let mut number = vec![0usize; members.len()];
    for (k, &b) in blocks.iter().enumerate() {
        number[b] = k;
    }
    let id = |s: StateID| StateID::new(number[block[s.as_usize()]]).ok();
    let merged: Vec<State> = blocks
        .iter()
        .map(|&b| {
            Some(match &states[firsts[b]] {
                State::ByteRange { trans } => State::ByteRange {
                    trans: Transition {
                        next: id(trans.next)?,
                        ..*trans
                    },
                },
                State::Sparse(sparse) => State::Sparse(thompson::SparseTransitions {
                    transitions: sparse
                        .transitions
                        .iter()
                        .map(|t| {
                            Some(Transition {
                                next: id(t.next)?,
                                ..*t
                            })
                        })
                        .collect::<Option<_>>()?,
                }),
                State::Look { look, next } => State::Look {
                    look: *look,
                    next: id(*next)?,
                },
                State::Union { alternates } => State::Union {
                    alternates: alternates.iter().map(|&a| id(a)).collect::<Option<_>>()?,
                },
                State::BinaryUnion { alt1, alt2 } => State::BinaryUnion {
                    alt1: id(*alt1)?,
                    alt2: id(*alt2)?,
                },
                State::Fail => State::Fail,
                State::Match { pattern_id } => State::Match {
                    pattern_id: *pattern_id,
                },
                State::Capture { .. } | State::Dense(_) => return None,
            })
        })
        .collect::<Option<_>>()?;
    let pattern_starts = (0..nfa.pattern_len())
        .map(|pid| id(nfa.start_pattern(PatternID::new(pid).ok()?)?))
        .collect::<Option<Vec<_>>>()?;
    let starts = [id(nfa.start_anchored())?, id(nfa.start_unanchored())?];
    let mut w = Writer(Vec::new());
    w.states(nfa, starts, &pattern_starts, &merged)?;
    Some(w.0)
}

/// The encoded NFAs of [`VariantNfas`] in a table, read when first needed
/// ([`decode_nfa`]); `None`: the rewritten patterns do not compile.
#[derive(Clone, Copy)]
pub(crate) struct Variants<'a> {
    pub ascii: Option<&'a [u8]>,
    pub relaxed: Option<&'a [u8]>,
}

/// How a set was built besides its sources: whether gated (a
/// vocabulary's, `Matcher::gated`), with what NFA size limit, and whether
/// its NFA keeps every capture group (a single pattern's, for
/// `matcher::Groups`) or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Key {
    pub gated: bool,
    pub size_limit: usize,
    pub captures: bool,
}

impl Key {
    /// The capture groups the NFA keeps.
    pub(crate) fn which(self) -> WhichCaptures {
        if self.captures {
            WhichCaptures::All
        } else {
            WhichCaptures::None
        }
    }
}

/// A pattern of a prebuilt set.
pub(crate) struct Pattern<'a> {
    pub source: String,
    pub apart: bool,
    pub literals: Option<Vec<Literal>>,
    /// A pattern searched apart: its own NFA, decoded when first searched.
    pub alone: Option<Alone<'a>>,
}

/// The NFA of a pattern searched apart ([`decode_nfa`] reads it), and
/// what its [`Matcher`](super::Matcher) needs to know without parsing it.
#[derive(Clone, Copy)]
pub(crate) struct Alone<'a> {
    pub nfa: &'a [u8],
    /// Anchored at the start: no prefix to skip to.
    pub anchored: bool,
    /// If it has a Unicode word boundary, its [`VariantNfas`].
    pub variants: Option<Variants<'a>>,
}

/// A prebuilt set: its patterns, and the NFA of those not searched apart.
pub(crate) struct Set<'a> {
    pub patterns: Vec<Pattern<'a>>,
    /// If a shared pattern has a Unicode word boundary, the shared
    /// patterns' [`VariantNfas`].
    pub variants: Option<Variants<'a>>,
    pub nfa: NFA,
    /// The gates of its patterns searched apart, as `gate::table` wrote
    /// them (`None`: not gated, or no gate built).
    pub gates: Option<&'a [u8]>,
}

/// Bytes of a directory entry of a [`table`]: the set's [`identity`]
/// (`u64`), its offset and its length (`u32` each).
const ENTRY: usize = 16;

/// The table `build.rs` writes of `sets` ([`encode`]d): the number of sets,
/// a directory of them ([`ENTRY`], offsets counted from the directory's
/// end), then the sets one after the other. Looking a set up reads the
/// directory and that set only: walking the table from its start to the set
/// read a little of every set before it, which kept the pages of 1.3 MB of
/// rule-pack sets and the four vocabularies a site has no document in
/// resident on every run, 1.0 MiB of a 300-page build's peak memory.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn table(sets: &[Vec<u8>]) -> Vec<u8> {
    let mut directory = Writer(Vec::new());
    directory.u32(sets.len() as u32);
    let mut offset = 0;
    for set in sets {
        let mut r = Reader(set);
        let identity = r.read_key().zip(r.u32()).and_then(|(key, count)| {
            let first = match count {
                0 => None,
                _ => {
                    let len = r.u32()? as usize;
                    Some(r.bytes(len)?)
                }
            };
            Some(identity(key, count, first))
        });
        // A set that does not read is never found.
        directory
            .0
            .extend_from_slice(&identity.unwrap_or(0).to_le_bytes());
        directory.u32(offset as u32);
        directory.u32(set.len() as u32);
        offset += set.len();
    }
    let mut table = directory.0;
    for set in sets {
        table.extend_from_slice(set);
    }
    table
}

/// What the directory of a [`table`] knows a set by: its key, its number
/// of patterns and its first source (FNV-1a); sets that share it are told
/// apart by all their sources ([`same_sources`]).
fn identity(key: Key, count: u32, first: Option<&[u8]>) -> u64 {
    let flags = [u8::from(key.gated) | u8::from(key.captures) << 1];
    let limit = (key.size_limit as u32).to_le_bytes();
    let count = count.to_le_bytes();
    let parts: [&[u8]; 4] = [&flags, &limit, &count, first.unwrap_or_default()];
    parts
        .iter()
        .flat_map(|part| part.iter())
        .fold(0xcbf2_9ce4_8422_2325, |hash: u64, &b| {
            (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
}

/// The set of `table` ([`table`]) whose sources are `sources`, in order.
pub(crate) fn find<'a, S: AsRef<str>>(table: &'a [u8], key: Key, sources: &[S]) -> Option<Set<'a>> {
    let mut r = Reader(table);
    let count = r.u32()? as usize;
    let directory = r.bytes(count.checked_mul(ENTRY)?)?;
    let sets = r.0;
    let count = u32::try_from(sources.len()).ok()?;
    let wanted = identity(key, count, sources.first().map(|s| s.as_ref().as_bytes()));
    directory.chunks_exact(ENTRY).find_map(|entry| {
        let mut r = Reader(entry);
        let identity = u64::from(r.u32()?) | u64::from(r.u32()?) << 32;
        let (offset, len) = (r.u32()? as usize, r.u32()? as usize);
        let set = sets.get(offset..offset.checked_add(len)?)?;
        (identity == wanted && same_sources(set, key, sources))
            .then(|| decode(set))
            .flatten()
    })
}

/// Whether the set encoded in `set` was built as `key` says from exactly
/// `sources`.
fn same_sources<S: AsRef<str>>(set: &[u8], key: Key, sources: &[S]) -> bool {
    let mut r = Reader(set);
    if r.read_key() != Some(key) || r.u32() != Some(sources.len() as u32) {
        return false;
    }
    sources.iter().all(|s| {
        let Some(len) = r.u32() else { return false };
        if r.bytes(len as usize) != Some(s.as_ref().as_bytes()) {
            return false;
        }
        // Skip the split: flag, literals.
        r.skip_split().is_some()
    })
}

/// A pattern searched apart as [`build_set`] compiled it: its NFA,
/// whether it is anchored at the start and whether it has a Unicode word
/// boundary.
// The writing half is `build.rs`'s (and the tests'); the binary only reads.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) struct AloneNfa {
    pub nfa: NFA,
    pub anchored: bool,
    pub word_unicode: bool,
    /// If it has a Unicode word boundary.
    pub variants: Option<VariantNfas>,
}

/// A set compiled as [`Matcher::build`](super::Matcher) compiles it: for
/// each pattern its split (gate literals, searched apart) and, if searched
/// apart, its own NFA; the NFA of the shared patterns.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) struct Compiled {
    pub split: Vec<(Option<Vec<Literal>>, bool)>,
    pub alone: Vec<Option<AloneNfa>>,
    /// Whether a shared pattern has a Unicode word boundary.
    pub word_unicode: bool,
    /// If one has, the shared patterns' [`VariantNfas`].
    pub variants: Option<VariantNfas>,
    pub nfa: NFA,
}

/// `sources` compiled as `key` says, as `Matcher::build` compiles them;
/// `None` if they do not compile (the run time then compiles them itself
/// and reports the error).
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn compile(sources: &[String], key: Key) -> Option<Compiled> {
    let hirs = syntax::parse_many_with(sources, &syntax()).ok()?;
    let mut split = split(&hirs, key.gated);
    // A single pattern is a matcher of its own, as a part of a set is.
    if let [(literals, apart)] = split.as_mut_slice() {
        *literals = None;
        *apart = true;
    }
    let shared: Vec<Hir> = hirs
        .iter()
        .zip(&split)
        .filter(|(_, (_, apart))| !apart)
        .map(|(hir, _)| hir.clone())
        .collect();
    let word_unicode = shared
        .iter()
        .any(|h| h.properties().look_set().contains_word_unicode());
    // Compiled as the run time compiles them, then merged ([`merged`]).
    let nfa_of = |hirs: &[Hir]| {
        thompson::Compiler::new()
            .configure(nfa_config(key.size_limit, key.which()))
            .build_many_from_hir(hirs)
            .ok()
            .map(merged)
    };
    let nfa = nfa_of(&shared)?;
    // Each pattern searched apart compiles alone, as `Part::matcher` does.
    let alone = hirs
        .iter()
        .zip(&split)
        .map(|(hir, (_, apart))| {
            if !apart {
                return None;
            }
            let props = hir.properties();
            let own = std::slice::from_ref(hir);
            let word_unicode = props.look_set().contains_word_unicode();
            Some(AloneNfa {
                nfa: nfa_of(own)?,
                anchored: props.look_set_prefix().contains(HirLook::Start),
                word_unicode,
                variants: word_unicode.then(|| VariantNfas::of(own, key.size_limit)),
            })
        })
        .collect();
    let variants = word_unicode.then(|| VariantNfas::of(&shared, key.size_limit));
    Some(Compiled {
        split,
        alone,
        word_unicode,
        variants,
        nfa,
    })
}

/// `sources` compiled ([`compile`]) and encoded ([`encode`]): one entry of
/// the table `build.rs` writes.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn build_set(sources: &[String], key: Key) -> Option<Vec<u8>> {
    encode(sources, key, &compile(sources, key)?)
}

/// `sources` as a set, compiled as `key` says. `None` if an NFA has a state
/// this format does not carry (captures; no set built without them has
/// any).
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn encode(sources: &[String], key: Key, set: &Compiled) -> Option<Vec<u8>> {
    let mut w = Writer(Vec::new());
    w.0.push(u8::from(key.gated) | u8::from(key.captures) << 1);
    w.u32(u32::try_from(key.size_limit).ok()?);
    w.u32(sources.len() as u32);
    for ((source, (literals, apart)), alone) in sources.iter().zip(&set.split).zip(&set.alone) {
        w.bytes(source.as_bytes());
        w.0.push(u8::from(*apart));
        match literals {
            None => w.u32(u32::MAX),
            Some(literals) => {
                w.u32(literals.len() as u32);
                for l in literals {
                    w.0.push(u8::from(l.word_start) | u8::from(l.word_end) << 1 | l.clause << 2);
                    w.bytes(&l.bytes);
                }
            }
        }
        match alone {
            None => w.0.push(0),
            Some(alone) => {
                w.0.push(1 | u8::from(alone.anchored) << 1 | u8::from(alone.word_unicode) << 2);
                let mut own = Writer(Vec::new());
                own.nfa(&alone.nfa)?;
                w.bytes(&own.0);
                if alone.word_unicode {
                    w.variants(alone.variants.as_ref()?)?;
                }
            }
        }
    }
    w.0.push(u8::from(set.word_unicode));
    if set.word_unicode {
        w.variants(set.variants.as_ref()?)?;
    }
    w.nfa(&set.nfa)?;
    // The gates of the patterns searched apart, in their order, as
    // `Matcher::from_prebuilt` gives them to `Gates::new` (none: empty).
    let gates: Vec<Option<Vec<Literal>>> = set
        .split
        .iter()
        .filter(|(_, apart)| *apart)
        .map(|(literals, _)| literals.clone())
        .collect();
    w.bytes(&gate::table(&gates).unwrap_or_default());
    Some(w.0)
}

#[cfg_attr(not(test), allow(dead_code))]
impl Writer {
    /// Each NFA of `variants`: a byte, 0 if it did not compile, else 1 and
    /// the NFA (length, bytes).
    fn variants(&mut self, variants: &VariantNfas) -> Option<()> {
        for nfa in [&variants.ascii, &variants.relaxed] {
            match nfa {
                None => self.0.push(0),
                Some(nfa) => {
                    self.0.push(1);
                    let mut own = Writer(Vec::new());
                    own.nfa(nfa)?;
                    self.bytes(&own.0);
                }
            }
        }
        Some(())
    }

    fn nfa(&mut self, nfa: &NFA) -> Option<()> {
        let pattern_starts = (0..nfa.pattern_len())
            .map(|pid| nfa.start_pattern(PatternID::new(pid).ok()?))
            .collect::<Option<Vec<_>>>()?;
        let starts = [nfa.start_anchored(), nfa.start_unanchored()];
        self.states(nfa, starts, &pattern_starts, nfa.states())
    }

    /// `states` as an NFA's: its anchored and unanchored starts, each
    /// pattern's start, the states; `nfa` tells capture states' slots.
    fn states(
        &mut self,
        nfa: &NFA,
        [anchored, unanchored]: [StateID; 2],
        pattern_starts: &[StateID],
        states: &[State],
    ) -> Option<()> {
        let w = self;
        w.u32(anchored.as_u32());
        w.u32(unanchored.as_u32());
        w.u32(pattern_starts.len() as u32);
        for start in pattern_starts {
            w.u32(start.as_u32());
        }
        w.u32(states.len() as u32);
        for state in states {
            match state {
                State::ByteRange { trans } => {
                    w.0.push(0);
                    w.transition(trans);
                }
                State::Sparse(sparse) => {
                    w.0.push(1);
                    w.u32(sparse.transitions.len() as u32);
                    for t in sparse.transitions.iter() {
                        w.transition(t);
                    }
                }
                State::Look { look, next } => {
                    w.0.push(2);
                    w.u32(look.as_repr());
                    w.u32(next.as_u32());
                }
                State::Union { alternates } => {
                    w.0.push(3);
                    w.u32(alternates.len() as u32);
                    for id in alternates.iter() {
                        w.u32(id.as_u32());
                    }
                }
                State::BinaryUnion { alt1, alt2 } => {
                    w.0.push(4);
                    w.u32(alt1.as_u32());
                    w.u32(alt2.as_u32());
                }
                State::Fail => w.0.push(5),
                State::Match { pattern_id } => {
                    w.0.push(6);
                    w.u32(pattern_id.as_u32());
                }
                State::Capture {
                    next,
                    pattern_id,
                    group_index,
                    slot,
                } => {
                    // The builder numbers slots itself: only whether the
                    // state opens or closes its group is kept.
                    let info = nfa.group_info();
                    let opens =
                        info.slot(*pattern_id, group_index.as_usize()) == Some(slot.as_usize());
                    // Named groups are not carried: none of the built-in
                    // patterns has one.
                    if info.to_name(*pattern_id, group_index.as_usize()).is_some() {
                        return None;
                    }
                    w.0.push(7);
                    w.0.push(u8::from(opens));
                    w.u32(next.as_u32());
                    w.u32(group_index.as_u32());
                }
                State::Dense(_) => return None,
            }
        }
        Some(())
    }
}

/// The set [`encode`] wrote; `None` if `bytes` is not one.
pub(crate) fn decode(bytes: &[u8]) -> Option<Set<'_>> {
    let mut r = Reader(bytes);
    r.read_key()?;
    let count = r.u32()? as usize;
    let patterns = r.list(count, |r| {
        let len = r.u32()? as usize;
        let source = std::str::from_utf8(r.bytes(len)?).ok()?.to_string();
        let apart = r.byte()? != 0;
        let literals = match r.u32()? {
            u32::MAX => None,
            n => Some(r.list(n as usize, |r| {
                let flags = r.byte()?;
                let len = r.u32()? as usize;
                Some(Literal {
                    bytes: r.bytes(len)?.to_vec(),
                    word_start: flags & 1 != 0,
                    word_end: flags & 2 != 0,
                    clause: flags >> 2,
                })
            })?),
        };
        let flags = r.byte()?;
        let alone = if flags & 1 != 0 {
            let len = r.u32()? as usize;
            let nfa = r.bytes(len)?;
            Some(Alone {
                nfa,
                anchored: flags & 2 != 0,
                variants: if flags & 4 != 0 {
                    Some(r.variants()?)
                } else {
                    None
                },
            })
        } else {
            None
        };
        Some(Pattern {
            source,
            apart,
            literals,
            alone,
        })
    })?;
    let variants = if r.byte()? != 0 {
        Some(r.variants()?)
    } else {
        None
    };
    let nfa = read_nfa(&mut r)?;
    let len = r.u32()? as usize;
    let gates = r.bytes(len)?;
    Some(Set {
        patterns,
        variants,
        nfa,
        gates: (!gates.is_empty()).then_some(gates),
    })
}

/// The NFA of a pattern searched apart ([`Alone::nfa`]).
pub(crate) fn decode_nfa(bytes: &[u8]) -> Option<NFA> {
    let mut r = Reader(bytes);
    let nfa = read_nfa(&mut r)?;
    r.0.is_empty().then_some(nfa)
}

/// The NFA [`encode`] wrote, rebuilt state by state: the builder numbers
/// states in the order they are added, and an NFA has none of the empty
/// states the builder would remove, so every state keeps its id.
fn read_nfa(r: &mut Reader<'_>) -> Option<NFA> {
    let start_anchored = r.u32()?;
    let start_unanchored = r.u32()?;
    let patterns = r.u32()? as usize;
    let starts = r.list(patterns, Reader::u32)?;
    let states = r.u32()? as usize;
    // Every state a transition names must exist (the builder would index
    // out of bounds): a table cut short or damaged decodes to nothing.
    let id = |n: u32| {
        let n = n as usize;
        (n < states).then(|| StateID::new(n).ok()).flatten()
    };
    let start_anchored = id(start_anchored)?;
    let start_unanchored = id(start_unanchored)?;
    let starts: Vec<StateID> = starts.into_iter().map(id).collect::<Option<_>>()?;
    let mut b = thompson::Builder::new();
    b.set_utf8(true);
    // Whether a pattern's states are being added: from its first capture
    // state (a pattern's states come one after the other, its match
    // state last) or its match state, to that match state.
    let mut in_pattern = false;
    for expected in 0..states {
        let added = match r.byte()? {
            0 => b.add_range(Reader::transition(r.bytes(TRANSITION)?, states)?),
            1 => {
                let n = r.u32()? as usize;
                b.add_sparse(r.transitions(n, states)?)
            }
            2 => {
                let look = Look::from_repr(r.u32()?)?;
                b.add_look(id(r.u32()?)?, look)
            }
            3 => {
                let n = r.u32()? as usize;
                b.add_union(r.list(n, |r| id(r.u32()?))?)
            }
            4 => b.add_union(vec![id(r.u32()?)?, id(r.u32()?)?]),
            5 => b.add_fail(),
            6 => {
                let pid = r.u32()? as usize;
                if !in_pattern && b.start_pattern().ok()?.as_usize() != pid {
                    return None;
                }
                in_pattern = false;
                let added = b.add_match();
                b.finish_pattern(*starts.get(pid)?).ok()?;
                added
            }
            7 => {
                let opens = r.byte()? != 0;
                let next = id(r.u32()?)?;
                let group = r.u32()?;
                if !in_pattern {
                    b.start_pattern().ok()?;
                    in_pattern = true;
                }
                if opens {
                    b.add_capture_start(next, group, None)
                } else {
                    b.add_capture_end(next, group)
                }
            }
            _ => return None,
        }
        .ok()?;
        if added.as_usize() != expected {
            return None;
        }
    }
    // Every pattern needs its match state, or the builder panics.
    if b.pattern_len() != patterns {
        return None;
    }
    b.build(start_anchored, start_unanchored).ok()
}

#[cfg_attr(not(test), allow(dead_code))]
struct Writer(Vec<u8>);

#[cfg_attr(not(test), allow(dead_code))]
impl Writer {
    fn u32(&mut self, n: u32) {
        self.0.extend_from_slice(&n.to_le_bytes());
    }
    fn bytes(&mut self, bytes: &[u8]) {
        self.u32(bytes.len() as u32);
        self.0.extend_from_slice(bytes);
    }
    fn transition(&mut self, t: &Transition) {
        self.0.push(t.start);
        self.0.push(t.end);
        self.u32(t.next.as_u32());
    }
}

/// A little-endian reader of the table (and of `gate::table`'s bytes).
pub(super) struct Reader<'a>(pub(super) &'a [u8]);

/// Bytes of a transition in the table: its range's two, its target's four.
const TRANSITION: usize = 6;

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(b)
    }
    pub(super) fn u32(&mut self) -> Option<u32> {
        let (head, rest) = self.0.split_first_chunk::<4>()?;
        self.0 = rest;
        Some(u32::from_le_bytes(*head))
    }
    pub(super) fn bytes(&mut self, len: usize) -> Option<&'a [u8]> {
        if self.0.len() < len {
            return None;
        }
        let (head, rest) = self.0.split_at(len);
        self.0 = rest;
        Some(head)
    }
    /// The transition [`Writer::transition`] wrote in `bytes`
    /// ([`TRANSITION`] of them), if its range is one and it goes to one
    /// of `states` (the builder would index out of bounds: a table cut
    /// short or damaged decodes to nothing).
    fn transition(bytes: &[u8], states: usize) -> Option<Transition> {
        let &[start, end, a, b, c, d] = bytes else {
            return None;
        };
        let next = u32::from_le_bytes([a, b, c, d]) as usize;
        (start <= end && next < states).then_some(Transition {
            start,
            end,
            next: StateID::new(next).ok()?,
        })
    }
    /// `n` transitions ([`Reader::transition`]), read as one slice of
    /// bytes: a sparse state's, item by item with [`Reader::list`], were a
    /// quarter of reading an NFA.
    fn transitions(&mut self, n: usize, states: usize) -> Option<Vec<Transition>> {
        let bytes = self.bytes(n.checked_mul(TRANSITION)?)?;
        let mut transitions = Vec::with_capacity(n);
        for t in bytes.chunks_exact(TRANSITION) {
            transitions.push(Reader::transition(t, states)?);
        }
        Some(transitions)
    }
    /// `n` items, each read by `item`; `n` comes from the table, so the
    /// capacity is clamped by the bytes left: a damaged count allocates
    /// nothing large and fails when the bytes run out.
    fn list<T>(
        &mut self,
        n: usize,
        mut item: impl FnMut(&mut Self) -> Option<T>,
    ) -> Option<Vec<T>> {
        let mut items = Vec::with_capacity(n.min(self.0.len()));
        for _ in 0..n {
            items.push(item(self)?);
        }
        Some(items)
    }
    fn read_key(&mut self) -> Option<Key> {
        let flags = self.byte()?;
        let size_limit = self.u32()? as usize;
        Some(Key {
            gated: flags & 1 != 0,
            size_limit,
            captures: flags & 2 != 0,
        })
    }

    /// Past a pattern's split in the header: its flag, literals and own
    /// NFA.
    fn skip_split(&mut self) -> Option<()> {
        self.byte()?;
        match self.u32()? {
            u32::MAX => {}
            n => {
                for _ in 0..n {
                    self.byte()?;
                    let len = self.u32()? as usize;
                    self.bytes(len)?;
                }
            }
        }
        let flags = self.byte()?;
        if flags & 1 != 0 {
            let len = self.u32()? as usize;
            self.bytes(len)?;
            if flags & 4 != 0 {
                self.variants()?;
            }
        }
        Some(())
    }

    /// What [`Writer::variants`] wrote.
    fn variants(&mut self) -> Option<Variants<'a>> {
        let mut nfa = || match self.byte()? {
            0 => Some(None),
            1 => {
                let len = self.u32()? as usize;
                Some(Some(self.bytes(len)?))
            }
            _ => None,
        };
        Some(Variants {
            ascii: nfa()?,
            relaxed: nfa()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A set as `build.rs` compiles and encodes it, and a table of it alone.
    fn encoded(sources: &[String]) -> (Vec<u8>, Vec<u8>, Compiled) {
        let compiled = compile(sources, KEY).unwrap();
        let bytes = encode(sources, KEY, &compiled).unwrap();
        assert_eq!(build_set(sources, KEY).as_ref(), Some(&bytes));
        let table = table(std::slice::from_ref(&bytes));
        (bytes, table, compiled)
    }

    /// The variants decoded are the NFAs they were encoded from, and they
    /// are those of the patterns rewritten.
    fn same_variants(decoded: Option<Variants<'_>>, own: Option<&VariantNfas>, what: &str) {
        let (Some(decoded), Some(own)) = (decoded, own) else {
            assert!(decoded.is_none() && own.is_none(), "{what}");
            return;
        };
        for (bytes, nfa) in [(decoded.ascii, &own.ascii), (decoded.relaxed, &own.relaxed)] {
            let nfa = nfa.as_ref().expect(what);
            let again = decode_nfa(bytes.expect(what)).expect(what);
            assert_eq!(format!("{again:?}"), format!("{nfa:?}"), "{what}");
        }
    }

    /// The variants of a pattern with Unicode word boundaries match as the
    /// pattern with them made ASCII, and removed.
    #[test]
    fn the_variants_are_the_pattern_rewritten() {
        use regex_automata::nfa::thompson::pikevm::PikeVM;
        let hir = syntax::parse_with(r"\bobject\b", &syntax()).unwrap();
        let variants = VariantNfas::of(&[hir], DEFAULT_SIZE_LIMIT);
        let is_match = |nfa: &Option<NFA>, text: &str| {
            let vm = PikeVM::new_from_nfa(nfa.clone().unwrap()).unwrap();
            vm.is_match(&mut vm.create_cache(), text)
        };
        // "é" is a word character: no Unicode boundary before "object".
        assert!(is_match(&variants.ascii, "éobject"));
        assert!(!is_match(&variants.ascii, "subobject"));
        assert!(is_match(&variants.relaxed, "subobjects"));
        assert!(!is_match(&variants.relaxed, "subobjet"));
    }

    const KEY: Key = Key {
        gated: true,
        size_limit: DEFAULT_SIZE_LIMIT,
        captures: false,
    };

    fn sources() -> Vec<String> {
        [
            r"(?-u:\b)\d+ ?(hours?|days?)(?-u:\b)",
            r"(?-i:[\w.+-])+@(?-i:[\w-])+(\.(?-i:[\w-])+)+",
            r"(?:^|[^\p{L}\p{N}_])âge(?-u:\b).{0,160}(?-u:\b)1[3-8](?-u:\b)",
            r"^(?:the )?(?:legal|lawful) (?:basis|bases)\s*(?::|$)",
            r"\bobject(?:ion)?\b",
            r"(?-u:\b)(policy|notice) (describes|explains) how",
            r"^(?:to|so) [a-z]+",
            r"(?-u:\b)no(?: [^\d\s]|[,;:!?]|$)",
            r"\b(?:a|b)\b",
        ]
        .map(String::from)
        .to_vec()
    }

    /// What every engine answers with `nfa` on `text`: the patterns
    /// matching somewhere (PikeVM and lazy DFA, every match counting), the
    /// pattern of the preferred match (PikeVM) and where the lazy DFA finds it ends or
    /// gives up (`None`), earliest and not.
    fn answers(nfa: &NFA, text: &str) -> Vec<String> {
        use regex_automata::hybrid::dfa::DFA;
        use regex_automata::nfa::thompson::pikevm::PikeVM;
        use regex_automata::{Input, MatchKind, PatternSet};
        let patterns = nfa.pattern_len();
        let vm = |kind| {
            PikeVM::builder()
                .configure(PikeVM::config().match_kind(kind))
                .build_from_nfa(nfa.clone())
                .unwrap()
        };
        let dfa = |kind| {
            DFA::builder()
                .configure(DFA::config().match_kind(kind).unicode_word_boundary(true))
                .build_from_nfa(nfa.clone())
                .unwrap()
        };
        let mut out = Vec::new();
        let all = vm(MatchKind::All);
        let mut set = PatternSet::new(patterns);
        all.which_overlapping_matches(&mut all.create_cache(), &Input::new(text), &mut set);
        out.push(format!("{set:?}"));
        let first = vm(MatchKind::LeftmostFirst);
        let input = Input::new(text);
        out.push(format!(
            "{:?}",
            first.search_slots(&mut first.create_cache(), &input, &mut [])
        ));
        let lazy = dfa(MatchKind::All);
        let mut set = PatternSet::new(patterns);
        let given_up = lazy
            .try_which_overlapping_matches(&mut lazy.create_cache(), &Input::new(text), &mut set)
            .is_err();
        out.push(format!("{given_up} {set:?}"));
        let lazy = dfa(MatchKind::LeftmostFirst);
        for earliest in [false, true] {
            let input = Input::new(text).earliest(earliest);
            let found = lazy.try_search_fwd(&mut lazy.create_cache(), &input).ok();
            out.push(format!("{found:?}"));
        }
        out
    }

    /// Merging an NFA's alike states ([`merged`]) changes no engine's
    /// answer, on 20,000 texts of pieces the patterns look for, and
    /// merges: a case-insensitive `\w*` ending several alternatives is
    /// one copy. (A first version marked the blocks to split again by a
    /// state's number before its split moved it: `\bcorrigir\b` became
    /// `corre…`'s first letters, caught by the corpus's lint JSON.)
    #[test]
    fn merged_nfas_answer_as_the_compiled_ones() {
        let sets: Vec<Vec<String>> = vec![
            sources(),
            vec![
                r"corre[çc][ãa]o".into(),
                r"\bcorrigir\b".into(),
                r"re(c)?tifica[çc][ãa]o".into(),
            ],
            vec![r"(?:^|\W)(?:speicher\w*|erheb\w*|erfass\w*|prüf\w*|gespeichert)\b".into()],
            vec![
                r"\b(?:a|b)\w{0,3}\b".into(),
                r"(?:ab|cb)+c?".into(),
                r"(?:x\w*|y\w*) (?:\S+ ){0,2}?z".into(),
            ],
        ];
        let pieces = [
            "a",
            "b",
            "c",
            "x",
            "y",
            "z",
            " ",
            "é",
            "ß",
            "corr",
            "igir",
            "eção",
            "ões",
            "speicher",
            "erheb",
            "prüf",
            "t",
            "object",
            "ion",
            "days",
            "12",
            "@x.y",
            ".",
            ",",
            "âge",
            "1",
            "K",
            "policy",
            "describes how",
            "the ",
            "legal basis",
            "no",
            "rectificação",
        ];
        let mut shrunk = 0;
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for sources in &sets {
            let hirs = syntax::parse_many_with(sources, &syntax()).unwrap();
            let nfa = thompson::Compiler::new()
                .configure(nfa_config(DEFAULT_SIZE_LIMIT, WhichCaptures::None))
                .build_many_from_hir(&hirs)
                .unwrap();
            let merged = merged(nfa.clone());
            assert!(merged.states().len() <= nfa.states().len());
            shrunk += nfa.states().len() - merged.states().len();
            for _ in 0..5_000 {
                let mut text = String::new();
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                for _ in 0..(seed >> 60) {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
                }
                assert_eq!(
                    answers(&merged, &text),
                    answers(&nfa, &text),
                    "{sources:?} {text:?}"
                );
            }
        }
        assert!(shrunk > 1_000, "{shrunk} states merged");
        // An NFA with capture states is kept as it is.
        let hir = syntax::parse_with(r"(\w+) (\w+)", &syntax()).unwrap();
        let nfa = thompson::Compiler::new()
            .configure(nfa_config(DEFAULT_SIZE_LIMIT, WhichCaptures::All))
            .build_from_hir(&hir)
            .unwrap();
        assert_eq!(format!("{:?}", merged(nfa.clone())), format!("{nfa:?}"));
    }

    #[test]
    fn a_set_decodes_to_the_automata_it_was_encoded_from() {
        let sources = sources();
        let (bytes, _, compiled) = encoded(&sources);
        let set = decode(&bytes).unwrap();
        assert_eq!(format!("{:?}", set.nfa), format!("{:?}", compiled.nfa));
        assert_eq!(set.variants.is_some(), compiled.word_unicode);
        assert!(compiled.word_unicode);
        same_variants(set.variants, compiled.variants.as_ref(), "shared");
        // The sources exercise both kinds of pattern, and both flags of one
        // searched apart.
        let split = &compiled.split;
        assert!(split.iter().any(|(_, apart)| *apart) && split.iter().any(|(_, a)| !a));
        let alone: Vec<&AloneNfa> = compiled.alone.iter().flatten().collect();
        assert!(alone.iter().any(|a| a.anchored) && alone.iter().any(|a| !a.anchored));
        assert!(alone.iter().any(|a| a.word_unicode));
        for (((pattern, source), (literals, apart)), own) in set
            .patterns
            .iter()
            .zip(&sources)
            .zip(split)
            .zip(&compiled.alone)
        {
            assert_eq!(&pattern.source, source);
            assert_eq!(pattern.apart, *apart, "{source}");
            assert_eq!(&pattern.literals, literals, "{source}");
            match (pattern.alone, own) {
                (None, None) => {}
                (Some(decoded), Some(own)) => {
                    let again = decode_nfa(decoded.nfa).unwrap();
                    assert_eq!(format!("{again:?}"), format!("{:?}", own.nfa), "{source}");
                    assert_eq!(
                        (decoded.anchored, decoded.variants.is_some()),
                        (own.anchored, own.word_unicode)
                    );
                    same_variants(decoded.variants, own.variants.as_ref(), source);
                }
                _ => panic!("{source}: NFA of a pattern searched apart"),
            }
        }
    }

    /// A pattern with capture groups (`matcher::Groups`) decodes with them,
    /// and is found only under a key that asks for them.
    #[test]
    fn a_pattern_decodes_with_its_capture_groups() {
        let key = Key {
            gated: false,
            captures: true,
            ..KEY
        };
        let sources =
            vec![r"(?:at\s+least\s+)?(\d{1,3})\s+days?(?: (notice)|(?:prior))".to_string()];
        let compiled = compile(&sources, key).unwrap();
        let bytes = build_set(&sources, key).unwrap();
        let table = table(&[bytes]);
        let set = find(&table, key, &sources).unwrap();
        let alone = set.patterns[0].alone.unwrap();
        let own = compiled.alone[0].as_ref().unwrap();
        let decoded = decode_nfa(alone.nfa).unwrap();
        assert_eq!(decoded.group_info().all_group_len(), 3);
        assert_eq!(format!("{decoded:?}"), format!("{:?}", own.nfa));
        assert!(
            find(
                &table,
                Key {
                    captures: false,
                    ..key
                },
                &sources
            )
            .is_none()
        );
        // Named groups are not carried: such a pattern is not encoded.
        let named = vec![r"(?P<days>\d+) days".to_string()];
        assert!(build_set(&named, key).is_none());
    }

    #[test]
    fn a_table_finds_only_exactly_its_sources() {
        let sources = sources();
        let (_, table, _) = encoded(&sources);
        assert!(find(&table, KEY, &sources).is_some());
        assert!(find(&table, KEY, &sources[1..]).is_none());
        let mut other = sources.clone();
        other[2].push(' ');
        assert!(find(&table, KEY, &other).is_none());
        assert!(find(&[], KEY, &sources).is_none());
        assert!(find(&table[..table.len() - 1], KEY, &sources).is_none());
        let ungated = Key {
            gated: false,
            ..KEY
        };
        assert!(find(&table, ungated, &sources).is_none());
    }

    /// Each set of a table of several is found, those that share a first
    /// source too, and nothing else is.
    #[test]
    fn a_table_finds_each_of_its_sets() {
        let all = sources();
        let lists: Vec<Vec<String>> = vec![
            all[..3].to_vec(),
            all[..4].to_vec(),
            all[3..7].to_vec(),
            vec![all[8].clone()],
            all[2..].to_vec(),
        ];
        let sets: Vec<Vec<u8>> = lists.iter().map(|l| build_set(l, KEY).unwrap()).collect();
        let table = table(&sets);
        for list in &lists {
            let set = find(&table, KEY, list).unwrap();
            let found: Vec<&String> = set.patterns.iter().map(|p| &p.source).collect();
            assert_eq!(found, list.iter().collect::<Vec<_>>());
        }
        assert!(find(&table, KEY, &all[..2]).is_none());
        assert!(find(&table, KEY, &all).is_none());
        assert!(find::<String>(&table, KEY, &[]).is_none());
    }

    /// A table cut short or with a byte changed is not read as a set (it is
    /// embedded, but a reader must never panic).
    #[test]
    fn a_damaged_set_decodes_to_nothing_or_without_panicking() {
        let (bytes, _, _) = encoded(&sources());
        for cut in (0..bytes.len()).step_by(97) {
            assert!(decode(&bytes[..cut]).is_none());
        }
        for at in (0..bytes.len()).step_by(89) {
            let mut damaged = bytes.clone();
            damaged[at] ^= 0xA5;
            if let Some(set) = decode(&damaged) {
                for alone in set.patterns.iter().filter_map(|p| p.alone) {
                    let _ = decode_nfa(alone.nfa);
                }
            }
        }
    }
}
