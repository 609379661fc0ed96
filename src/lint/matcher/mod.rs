//! Regular expressions only ever asked *whether* they match (one pattern)
//! or *which* of them match (a set), never where.
//!
//! The regex crate builds, for every `Regex` and `RegexSet`, a forward and
//! a reverse NFA (the reverse one finds where a match starts), a literal
//! prefilter and, where they apply, a one-pass DFA and a backtracker.
//! Case-insensitive Unicode patterns compile to large UTF-8 automata: in a
//! scratch measurement (one thread, busy machine) a vocabulary's pattern set
//! took 9–32 ms to build as a `RegexSet`, 2.4–3.5 ms as a forward NFA and
//! lazy DFA alone (BENCHMARKS.md has the whole lint). A [`Matcher`] builds
//! only what a yes/no answer needs: the forward NFA (no capture groups), its
//! lazy DFA, configured as the regex crate configures its own, with the
//! prefix prefilter for a single pattern (built only once its searches have
//! passed [`PREFILTER_BUDGET`] bytes, or the DFA without it gave up), and
//! the PikeVM (on the same NFA) where the lazy DFA gives up — a Unicode `\b` beside non-ASCII text, or a
//! cache cleared too often. Before the PikeVM, a pattern with Unicode word
//! boundaries tries two lazy DFAs without them ([`Unbounded`]): one with
//! ASCII word boundaries, exact on text whose only word characters are
//! ASCII, and one with no word boundaries at all, whose "no" is exact on
//! any text. Every engine here answers exactly; which one
//! answers is only a matter of speed, so a `Matcher` matches what a
//! `regex::Regex` or `RegexSet` of the same patterns and options matches.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use regex_automata::hybrid::dfa::{Cache as DfaCache, DFA};
use regex_automata::nfa::thompson::pikevm::{Cache as VmCache, PikeVM};
use regex_automata::nfa::thompson::{self, NFA, WhichCaptures};
use regex_automata::util::pool::Pool;
use regex_automata::util::prefilter::Prefilter;
use regex_automata::util::syntax;
use regex_automata::{Input, MatchKind, PatternID, PatternSet};
use regex_syntax::hir::{Hir, Look};

mod gate;
mod prebuilt;
mod unfold;

pub use unfold::unfolded;

pub(crate) use prebuilt::RULE_PATTERN_SIZE_LIMIT;
use prebuilt::{ascii_look, map_looks, no_look};

/// The regex crate's defaults (`RegexBuilder`): NFA size limit and lazy DFA
/// cache.
const NFA_SIZE_LIMIT: usize = prebuilt::DEFAULT_SIZE_LIMIT;
const DFA_CACHE: usize = 2 * (1 << 20);

/// The lazy DFA cache of a pattern of a set searched apart ([`Part`]),
/// and of its prefiltered and [`Unbounded`] DFAs. A vocabulary has
/// hundreds of such patterns, each with a cache per thread that kept
/// every state it ever built: on the corpus with the default packs
/// they held some 35 MB (massif) at the end of the lint, where most searches
/// need a few states (a statement is a sentence). A smaller cache is
/// cleared sooner, and a cleared cache only rebuilds states. There, peak
/// RSS 150.3 → 138.1 MiB for 3.4% more instructions; 128 KiB saved 6 MiB
/// for 1.8% (BENCHMARKS.md). Such a DFA never gives up for clearing its
/// cache too often ([`lazy_dfa`]): the PikeVM it fell to cost as much as
/// the states rebuilt (161 M on the corpus with every pack, 1,330
/// searches), and its caches, one per part and thread sized by the NFA,
/// held some 6 MiB more at the peak. The capacity is a ceiling, not an
/// allocation: only the parts whose searches need more states than 64 KiB
/// holds grow past it, and those rebuilt their states most. Doubled from
/// 64 KiB once the PikeVM's caches were gone: on the corpus with every pack
/// `cache_next_state` 635 → 537 M (−2.3% of the lint), peak RSS with the
/// default packs +5.8 MiB (to some 139 MiB, under the 144 MiB ceiling);
/// 256 KiB saved 54 M more but passed the ceiling (BENCHMARKS.md). Back to
/// 64 KiB in session 36: measured in wall time, interleaved, the doubled
/// cache gained nothing (corpus with every pack 323.0 ms either way, median
/// of 7) and cost 6.5–6.9 MiB at the peak, which the session's larger
/// vocabularies then pushed past the ceiling.
const PART_DFA_CACHE: usize = 64 << 10;

/// The built-in vocabularies' pattern sets, compiled by `build.rs`
/// ([`prebuilt`]).
static PREBUILT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/prebuilt.bin"));

/// Bytes of text a single pattern's [`Matcher`] searches, all threads
/// together, before it builds its literal prefilter. Extracting the
/// prefixes of a pack's union and building their searcher (Teddy or
/// Aho-Corasick) cost 0.3–1 million instructions a pattern, 8% of the
/// example site's lint, where most unions search a few kilobytes; the lazy
/// DFA alone answers the same, a little slower per byte, and a large site
/// gets the prefilter after its first documents.
const PREFILTER_BUDGET: usize = 64 << 10;

struct Caches {
    dfa: Option<DfaCache>,
    /// For [`Prefix::dfa`], made when it is first used.
    fast: Option<DfaCache>,
    /// For [`Unbounded::ascii`] and [`Unbounded::relaxed`], made when first used.
    ascii: Option<DfaCache>,
    relaxed: Option<DfaCache>,
    /// Made when the PikeVM is first needed: most searches never get
    /// there, and its cache is sized by the NFA's states for every
    /// pattern a thread searches.
    vm: Option<VmCache>,
}

/// Parsed patterns, or their sources to parse when first needed (a
/// [`prebuilt`] set's, which most runs never parse).
struct Parsed {
    sources: Vec<String>,
    hirs: OnceLock<Option<Vec<Hir>>>,
}

impl Parsed {
    fn new(hirs: Vec<Hir>) -> Parsed {
        Parsed {
            sources: Vec::new(),
            hirs: OnceLock::from(Some(hirs)),
        }
    }

    fn later(sources: Vec<String>) -> Parsed {
        Parsed {
            sources,
            hirs: OnceLock::new(),
        }
    }

    /// The patterns parsed; `None` if they do not parse (never for a
    /// prebuilt set's, which parsed at build time).
    fn get(&self) -> Option<&[Hir]> {
        self.hirs
            .get_or_init(|| syntax::parse_many_with(&self.sources, &prebuilt::syntax()).ok())
            .as_deref()
    }
}

/// The patterns of a [`Matcher`] with Unicode word boundaries (`\b`,
/// `\B`, `\b{start}`, …), for when its lazy DFA gives up on non-ASCII
/// text, which it does wherever such a boundary is asked beside it.
/// The PikeVM's scan of a whole block cost some 500,000 instructions, an
/// eighth of the corpus lint with every pack (BENCHMARKS.md). Two lazy
/// DFAs, built from the same patterns on first need, answer most of
/// those searches exactly instead:
///
/// - `ascii`, every Unicode word boundary made ASCII (`(?-u:\b)`): on a
///   text whose non-ASCII characters are none of them word characters
///   ("§", "—", "€"), a character is a word character exactly when its
///   first byte is an ASCII word byte, so both kinds of boundary hold at
///   the same places (the patterns consume whole UTF-8 characters, so a
///   match never starts or ends inside one); exact there.
/// - `relaxed`, every Unicode word boundary removed: removing an
///   assertion only adds matches, so where it finds nothing (for a set:
///   no pattern) the patterns find nothing either; only a "yes" needs
///   the PikeVM.
///
/// A [`prebuilt`] set's or pattern's two NFAs were compiled at build time
/// and are only read here.
struct Unbounded {
    kind: MatchKind,
    size_limit: usize,
    /// The lazy DFAs' cache capacity ([`DFA_CACHE`] or [`PART_DFA_CACHE`]).
    dfa_cache: usize,
    patterns: Rewritten,
    ascii: OnceLock<Option<DFA>>,
    relaxed: OnceLock<Option<DFA>>,
}

/// Where [`Unbounded`]'s NFAs come from.
enum Rewritten {
    /// Compiled from the patterns, rewritten, when first needed.
    Parsed(Parsed),
    /// Read from the [`prebuilt`] table.
    Prebuilt(prebuilt::Variants<'static>),
}

impl Unbounded {
    /// For `hirs`, if any has a Unicode word boundary.
    fn of(hirs: &[Hir], kind: MatchKind, size_limit: usize, dfa_cache: usize) -> Option<Unbounded> {
        hirs.iter()
            .any(|h| h.properties().look_set().contains_word_unicode())
            .then(|| {
                let patterns = Rewritten::Parsed(Parsed::new(hirs.to_vec()));
                Unbounded::new(patterns, kind, size_limit, dfa_cache)
            })
    }

    fn new(patterns: Rewritten, kind: MatchKind, size_limit: usize, dfa_cache: usize) -> Unbounded {
        Unbounded {
            kind,
            size_limit,
            dfa_cache,
            patterns,
            ascii: OnceLock::new(),
            relaxed: OnceLock::new(),
        }
    }

    /// The lazy DFA of the patterns with each Unicode word boundary as
    /// `to` makes it (`None`: removed), or of `prebuilt`'s NFA of them;
    /// `None` if it does not build.
    fn build(
        &self,
        to: fn(Look) -> Option<Look>,
        prebuilt: fn(&prebuilt::Variants<'static>) -> Option<&'static [u8]>,
    ) -> Option<DFA> {
        let nfa = match &self.patterns {
            Rewritten::Parsed(parsed) => {
                let hirs: Vec<Hir> = parsed.get()?.iter().map(|h| map_looks(h, to)).collect();
                compile_nfa(&hirs, self.size_limit, WhichCaptures::None).ok()?
            }
            Rewritten::Prebuilt(variants) => prebuilt::decode_nfa(prebuilt(variants)?)?,
        };
        lazy_dfa(&nfa, self.kind, None, self.dfa_cache)
    }

    fn ascii(&self) -> Option<&DFA> {
        self.ascii
            .get_or_init(|| self.build(ascii_look, |v| v.ascii))
            .as_ref()
    }

    fn relaxed(&self) -> Option<&DFA> {
        self.relaxed
            .get_or_init(|| self.build(no_look, |v| v.relaxed))
            .as_ref()
    }
}

/// Whether `text` has a word character (as `\w` means it) outside ASCII.
fn has_wide_word_character(text: &str) -> bool {
    !text.is_ascii()
        && text
            .chars()
            .any(|c| !c.is_ascii() && regex_syntax::try_is_word_character(c).unwrap_or(true))
}

/// What a single, unanchored pattern's prefilter is built from, when its
/// searches have passed [`PREFILTER_BUDGET`].
struct Prefix {
    kind: MatchKind,
    hirs: Parsed,
    scanned: AtomicUsize,
    /// The lazy DFA with the prefilter; `None` inside if the pattern has
    /// no prefixes to look for (or its DFA does not build).
    dfa: OnceLock<Option<DFA>>,
}

impl Prefix {
    fn new(kind: MatchKind, hirs: Parsed) -> Prefix {
        Prefix {
            kind,
            hirs,
            scanned: AtomicUsize::new(0),
            dfa: OnceLock::new(),
        }
    }
}

type MakeCaches = Box<dyn Fn() -> Caches + Send + Sync>;

/// One or more patterns, matched case-insensitively (Unicode simple case
/// folding, as `RegexBuilder::case_insensitive`) with Unicode classes.
pub struct Matcher {
    dfa: Option<DFA>,
    vm: PikeVM,
    caches: Pool<Caches, MakeCaches>,
    prefix: Option<Prefix>,
    unbounded: Option<Unbounded>,
    /// A set's patterns: how many, and which of them are searched apart
    /// (see [`prebuilt::counts`]); the others are the automata above, in order.
    set: Option<Apart>,
    /// The lazy DFAs' cache capacity ([`DFA_CACHE`] or [`PART_DFA_CACHE`]).
    dfa_cache: usize,
}

/// The patterns of a set kept out of its automaton, each a [`Matcher`] of
/// its own, by index in the set: those that count ([`prebuilt::counts`]) and those
/// with a literal gate ([`gate`]), searched only where a gate opens.
struct Apart {
    patterns: usize,
    alone: Vec<(usize, Part)>,
    /// The gates of `alone`'s patterns, in its order (`None`: none gated).
    gates: Option<gate::Gates>,
    /// The index in the set of each pattern of the shared automaton.
    shared: Vec<usize>,
}

impl Apart {
    /// The patterns searched apart that match somewhere in `text`, by
    /// index in the set: those whose gate opens and whose search finds.
    fn matching<'a>(&'a self, text: &'a str) -> impl Iterator<Item = usize> + 'a {
        self.matching_unless(text, |_| false)
    }

    /// [`Apart::matching`], without searching the patterns `settled` says
    /// are not needed (see [`Matcher::matches_apart`]).
    fn matching_unless<'a>(
        &'a self,
        text: &'a str,
        settled: impl Fn(usize) -> bool + 'a,
    ) -> impl Iterator<Item = usize> + 'a {
        let open = self.gates.as_ref().map(|g| g.open(text));
        self.alone
            .iter()
            .enumerate()
            .filter(move |(k, _)| open.as_ref().is_none_or(|o| o[*k]))
            .filter(move |(_, (i, part))| {
                !settled(*i) && part.matcher().is_some_and(|m| m.is_match(text))
            })
            .map(|(_, (i, _))| *i)
    }
}

/// A pattern of a set searched apart, compiled when first searched: most
/// gates of a small site's sets never open (compiling every pattern up
/// front was a quarter of the example site's lint).
struct Part {
    /// `None` for a [`prebuilt`] set's: parsed from `source` when first
    /// compiled, if it has no NFA in `prebuilt`.
    hir: Option<Hir>,
    prebuilt: Option<prebuilt::Alone<'static>>,
    /// The pattern as it was parsed, every set's with the same syntax
    /// options: the key of [`PARTS`]. (Printing the `Hir` for a key was 2%
    /// of the example site's lint.)
    source: String,
    which: WhichCaptures,
    size_limit: usize,
    matcher: OnceLock<Option<std::sync::Arc<Matcher>>>,
}

/// Parts compiled so far, by pattern source (every set parses with the
/// same options, so one source is one `Hir`), size limit
/// and captures: the vocabularies of several languages share patterns
/// (e-mail addresses, URLs, telephone numbers), and each compiled the
/// e-mail one again, a sixth of the compiling of parts on the example site.
type PartCache = rustc_hash::FxHashMap<(String, usize, bool), Option<std::sync::Arc<Matcher>>>;

static PARTS: std::sync::LazyLock<std::sync::Mutex<PartCache>> =
    std::sync::LazyLock::new(Default::default);

impl Part {
    /// The pattern's automata; `None` if they do not build within the size
    /// limit, and then the pattern never matches, as a rule pattern over
    /// the limit is skipped when a set's patterns are compiled one by one.
    fn matcher(&self) -> Option<&Matcher> {
        self.matcher
            .get_or_init(|| {
                let all = matches!(self.which, WhichCaptures::All);
                let key = (self.source.clone(), self.size_limit, all);
                if let Some(built) = PARTS.lock().ok().and_then(|p| p.get(&key).cloned()) {
                    return built;
                }
                let kind = MatchKind::LeftmostFirst;
                let built = match (&self.prebuilt, &self.hir) {
                    (Some(alone), _) => {
                        Matcher::from_alone(alone, &self.source, self.size_limit, PART_DFA_CACHE)
                    }
                    (None, Some(hir)) => Matcher::from_hirs(
                        vec![hir.clone()],
                        kind,
                        self.size_limit,
                        self.which,
                        PART_DFA_CACHE,
                    ),
                    (None, None) => syntax::parse_with(&self.source, &prebuilt::syntax())
                        .map_err(|e| e.to_string())
                        .and_then(|hir| {
                            Matcher::from_hirs(
                                vec![hir],
                                kind,
                                self.size_limit,
                                self.which,
                                PART_DFA_CACHE,
                            )
                        }),
                }
                .ok();
                let built = built.map(std::sync::Arc::new);
                if let Ok(mut parts) = PARTS.lock() {
                    parts.insert(key, built.clone());
                }
                built
            })
            .as_deref()
    }
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher")
            .field(
                "patterns",
                &self
                    .set
                    .as_ref()
                    .map_or(self.vm.get_nfa().pattern_len(), |s| s.patterns),
            )
            .finish()
    }
}

impl Matcher {
    /// Builds `patterns` as one set. `size_limit` bounds the NFA as
    /// `RegexBuilder::size_limit` does (None: the regex crate's default).
    pub fn new<S: AsRef<str>>(
        patterns: &[S],
        size_limit: Option<usize>,
    ) -> Result<Matcher, String> {
        Matcher::build(patterns, size_limit, WhichCaptures::None, false)
    }

    /// [`Matcher::new`] for many short texts, each asked which patterns
    /// match (a vocabulary's concepts, statement by statement): a pattern
    /// that needs a rare literal is searched only where the literal occurs
    /// ([`gate`]). On long texts asked only whether any pattern matches,
    /// the one automaton stops at the first match and costs less.
    pub fn gated<S: AsRef<str>>(
        patterns: &[S],
        size_limit: Option<usize>,
    ) -> Result<Matcher, String> {
        Matcher::build(patterns, size_limit, WhichCaptures::None, true)
    }

    /// [`Matcher::new`], the NFA keeping the capture groups `which` says.
    fn build<S: AsRef<str>>(
        patterns: &[S],
        size_limit: Option<usize>,
        which: WhichCaptures,
        gated: bool,
    ) -> Result<Matcher, String> {
        let patterns: Vec<Cow<'_, str>> = patterns.iter().map(|p| unfolded(p.as_ref())).collect();
        let size_limit = size_limit.unwrap_or(NFA_SIZE_LIMIT);
        let key = prebuilt::Key {
            gated,
            size_limit,
            captures: matches!(which, WhichCaptures::All),
        };
        // Prebuilt NFAs keep every group or none (`Implicit` is never asked).
        if !matches!(which, WhichCaptures::Implicit)
            && let Some(set) = prebuilt::find(PREBUILT, key, &patterns)
            && let Ok(matcher) = Matcher::from_prebuilt(set, size_limit)
        {
            return Ok(matcher);
        }
        let hirs =
            syntax::parse_many_with(&patterns, &prebuilt::syntax()).map_err(|e| e.to_string())?;
        if hirs.len() == 1 {
            return Matcher::from_hirs(
                hirs,
                MatchKind::LeftmostFirst,
                size_limit,
                which,
                DFA_CACHE,
            );
        }
        // A set is asked which patterns match anywhere: every match counts.
        let count = hirs.len();
        let split = prebuilt::split(&hirs, gated);
        let (alone, shared): (Vec<_>, Vec<_>) = hirs
            .into_iter()
            .zip(split)
            .enumerate()
            .partition(|(_, (_, (_, apart)))| *apart);
        let mut apart = Vec::with_capacity(alone.len());
        let mut gates = Vec::with_capacity(alone.len());
        for (i, (hir, (literals, _))) in alone {
            let part = Part {
                hir: Some(hir),
                prebuilt: None,
                source: patterns[i].to_string(),
                which,
                size_limit,
                matcher: OnceLock::new(),
            };
            apart.push((i, part));
            gates.push(literals);
        }
        let (indices, hirs): (Vec<usize>, Vec<Hir>) =
            shared.into_iter().map(|(i, (hir, _))| (i, hir)).unzip();
        let mut matcher = Matcher::from_hirs(hirs, MatchKind::All, size_limit, which, DFA_CACHE)?;
        matcher.set = Some(Apart {
            patterns: count,
            alone: apart,
            gates: gate::Gates::new(&gates),
            shared: indices,
        });
        Ok(matcher)
    }

    /// The automata of `hirs`, searched as `kind` says.
    fn from_hirs(
        hirs: Vec<Hir>,
        kind: MatchKind,
        size_limit: usize,
        which: WhichCaptures,
        dfa_cache: usize,
    ) -> Result<Matcher, String> {
        let nfa = compile_nfa(&hirs, size_limit, which).map_err(|e| e.to_string())?;
        // A set's patterns (the vocabularies', the jurisdiction names) begin
        // with word boundaries and classes: extracting their prefixes cost
        // 0.6 ms per vocabulary and never found any.
        // A pattern anchored at the start has nothing to skip to (the regex
        // crate does not look for its prefixes either).
        let unbounded = Unbounded::of(&hirs, kind, size_limit, dfa_cache);
        let anchored = hirs.iter().all(|h| {
            h.properties()
                .look_set_prefix()
                .contains(regex_syntax::hir::Look::Start)
        });
        let prefix = match kind {
            MatchKind::All => None,
            _ if anchored => None,
            _ => Some(Prefix::new(kind, Parsed::new(hirs))),
        };
        Matcher::from_nfa(nfa, kind, prefix, unbounded, dfa_cache)
    }

    /// A gated set [`prebuilt`] at build time: its parts and gates as
    /// [`Matcher::build`] splits them, the shared automaton from its NFA.
    fn from_prebuilt(set: prebuilt::Set<'static>, size_limit: usize) -> Result<Matcher, String> {
        let count = set.patterns.len();
        // One pattern is a matcher of its own, as [`Matcher::build`] makes it.
        if let [single] = set.patterns.as_slice() {
            let alone = single
                .alone
                .ok_or("a single prebuilt pattern has its NFA")?;
            return Matcher::from_alone(&alone, &single.source, size_limit, DFA_CACHE);
        }
        let kind = MatchKind::All;
        let mut apart = Vec::new();
        let mut gates = Vec::new();
        let mut shared = Vec::new();
        for (i, pattern) in set.patterns.into_iter().enumerate() {
            if !pattern.apart {
                shared.push(i);
                continue;
            }
            let part = Part {
                hir: None,
                prebuilt: pattern.alone,
                source: pattern.source,
                which: WhichCaptures::None,
                size_limit,
                matcher: OnceLock::new(),
            };
            apart.push((i, part));
            gates.push(pattern.literals);
        }
        let unbounded = set
            .variants
            .map(|v| Unbounded::new(Rewritten::Prebuilt(v), kind, size_limit, DFA_CACHE));
        // Read in place from the table if `build.rs` built them.
        let gates = match set.gates.and_then(gate::Gates::from_table) {
            Some(read) => Some(read),
            None => gate::Gates::new(&gates),
        };
        let mut matcher = Matcher::from_nfa(set.nfa, kind, None, unbounded, DFA_CACHE)?;
        matcher.set = Some(Apart {
            patterns: count,
            alone: apart,
            gates,
            shared,
        });
        Ok(matcher)
    }

    /// A pattern of a prebuilt set searched apart, as [`Matcher::from_hirs`]
    /// builds it from the parsed `source`, from its prebuilt NFAs: the
    /// pattern is parsed only if its prefilter is needed.
    fn from_alone(
        alone: &prebuilt::Alone<'static>,
        source: &str,
        size_limit: usize,
        dfa_cache: usize,
    ) -> Result<Matcher, String> {
        let nfa = prebuilt::decode_nfa(alone.nfa).ok_or("a prebuilt NFA does not decode")?;
        let kind = MatchKind::LeftmostFirst;
        let unbounded = alone
            .variants
            .map(|v| Unbounded::new(Rewritten::Prebuilt(v), kind, size_limit, dfa_cache));
        let prefix =
            (!alone.anchored).then(|| Prefix::new(kind, Parsed::later(vec![source.to_string()])));
        Matcher::from_nfa(nfa, kind, prefix, unbounded, dfa_cache)
    }

    /// The engines of `nfa`, searched as `kind` says.
    fn from_nfa(
        nfa: NFA,
        kind: MatchKind,
        prefix: Option<Prefix>,
        unbounded: Option<Unbounded>,
        dfa_cache: usize,
    ) -> Result<Matcher, String> {
        let dfa = lazy_dfa(&nfa, kind, None, dfa_cache);
        let vm = PikeVM::builder()
            .configure(PikeVM::config().match_kind(kind))
            .build_from_nfa(nfa)
            .map_err(|e| e.to_string())?;
        let for_dfa = dfa.clone();
        let make: MakeCaches = Box::new(move || Caches {
            dfa: for_dfa.as_ref().map(DfaCache::new),
            fast: None,
            ascii: None,
            relaxed: None,
            vm: None,
        });
        Ok(Matcher {
            dfa,
            vm,
            caches: Pool::new(make),
            prefix,
            unbounded,
            set: None,
            dfa_cache,
        })
    }

    /// The PikeVM's cache in `caches`, made on first use.
    fn vm_cache<'c>(&self, caches: &'c mut Caches) -> &'c mut VmCache {
        caches.vm.get_or_insert_with(|| self.vm.create_cache())
    }

    /// Whether searches of `len` more bytes use the DFA with the
    /// prefilter: once past [`PREFILTER_BUDGET`], or once it is built.
    fn over_budget(&self, len: usize) -> bool {
        self.prefix.as_ref().is_some_and(|p| {
            p.dfa.get().is_some() || p.scanned.fetch_add(len, Relaxed) + len > PREFILTER_BUDGET
        })
    }

    /// The lazy DFA with the prefilter, built on first use; `None` without
    /// prefixes to look for.
    fn prefiltered(&self) -> Option<&DFA> {
        let prefix = self.prefix.as_ref()?;
        prefix
            .dfa
            .get_or_init(|| {
                let pre = Prefilter::from_hirs_prefix(prefix.kind, prefix.hirs.get()?)?;
                lazy_dfa(self.vm.get_nfa(), prefix.kind, Some(pre), self.dfa_cache)
            })
            .as_ref()
    }

    /// The lazy DFA to search `len` more bytes with, and its cache: the
    /// one with the prefilter once [`Matcher::over_budget`] (and it has
    /// one). Takes the cache fields, not [`Caches`], so that the PikeVM's
    /// cache stays free to borrow.
    fn lazy<'c>(
        &self,
        len: usize,
        plain: &'c mut Option<DfaCache>,
        fast: &'c mut Option<DfaCache>,
    ) -> Option<(&DFA, &'c mut DfaCache)> {
        if self.over_budget(len)
            && let Some(dfa) = self.prefiltered()
        {
            // From now on every search of this matcher takes the DFA with
            // the prefilter (`over_budget` stays true once it is built):
            // the plain DFA's cache, up to [`PART_DFA_CACHE`] of states a
            // thread, would be held to the end of the run unused.
            *plain = None;
            return Some((dfa, fast.get_or_insert_with(|| DfaCache::new(dfa))));
        }
        Some((self.dfa.as_ref()?, plain.as_mut()?))
    }

    /// `search` with the lazy DFA [`Matcher::lazy`] chooses; where the one
    /// without the prefilter gives up (a Unicode `\b` beside non-ASCII
    /// text), again with the prefilter, which skips to where a match can
    /// start and so often past what made it give up (as the regex crate's
    /// own search does). `None` where the DFA cannot answer.
    fn search_dfa<T>(
        &self,
        len: usize,
        caches: &mut Caches,
        search: impl Fn(&DFA, &mut DfaCache) -> Result<T, regex_automata::MatchError>,
    ) -> Option<T> {
        let (dfa, cache) = self.lazy(len, &mut caches.dfa, &mut caches.fast)?;
        if let Ok(found) = search(dfa, cache) {
            return Some(found);
        }
        let fast = self.prefiltered()?;
        if std::ptr::eq(fast, dfa) {
            return None;
        }
        search(fast, caches.fast.get_or_insert_with(|| DfaCache::new(fast))).ok()
    }

    /// Where the lazy DFAs of [`Matcher::search_dfa`] gave up on `text`:
    /// the answer of [`Unbounded`]'s where it is exact (`found` says
    /// whether an answer found anything), `None` where the PikeVM must say.
    fn search_unbounded<T>(
        &self,
        text: &str,
        caches: &mut Caches,
        search: impl Fn(&DFA, &mut DfaCache) -> Result<T, regex_automata::MatchError>,
        found: impl Fn(&T) -> bool,
    ) -> Option<T> {
        let unbounded = self.unbounded.as_ref()?;
        if !has_wide_word_character(text) {
            let dfa = unbounded.ascii()?;
            let cache = caches.ascii.get_or_insert_with(|| DfaCache::new(dfa));
            return search(dfa, cache).ok();
        }
        let dfa = unbounded.relaxed()?;
        let cache = caches.relaxed.get_or_insert_with(|| DfaCache::new(dfa));
        search(dfa, cache).ok().filter(|answer| !found(answer))
    }

    /// Whether any pattern matches somewhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        match &self.set {
            None => self.shared_is_match(text),
            Some(set) => {
                (!set.shared.is_empty() && self.shared_is_match(text))
                    || set.matching(text).next().is_some()
            }
        }
    }

    /// [`Matcher::is_match`] of the patterns not searched apart.
    fn shared_is_match(&self, text: &str) -> bool {
        let input = Input::new(text).earliest(true);
        let mut caches = self.caches.get();
        let caches = &mut *caches;
        let search = |dfa: &DFA, cache: &mut DfaCache| dfa.try_search_fwd(cache, &input);
        // With Unicode word boundaries the lazy DFA gives up at the first
        // non-ASCII byte it reaches: on such a text the exact answers of
        // [`Unbounded`]'s DFAs come first, and the DFA that would give up
        // only scans where they cannot say.
        let unbounded_first = self.unbounded.is_some() && !text.is_ascii();
        if unbounded_first
            && let Some(found) = self.search_unbounded(text, caches, search, Option::is_some)
        {
            return found.is_some();
        }
        if let Some(found) = self.search_dfa(text.len(), caches, search) {
            return found.is_some();
        }
        if !unbounded_first
            && let Some(found) = self.search_unbounded(text, caches, search, Option::is_some)
        {
            return found.is_some();
        }
        self.vm.is_match(self.vm_cache(caches), input)
    }

    /// The patterns that match somewhere in `text`, by index, ascending.
    pub fn matches(&self, text: &str) -> PatternSet {
        let mut all = self.matches_shared(text);
        for i in self.matches_apart(text, |_| false) {
            all.insert(PatternID::must(i));
        }
        all
    }

    /// [`Matcher::matches`] of the patterns in the set's one automaton
    /// (every pattern of a matcher without patterns searched apart), by
    /// index in the set. With [`Matcher::matches_apart`], all of
    /// [`Matcher::matches`]: a caller that needs only some answers can
    /// learn what it can from these before it asks for the others.
    pub fn matches_shared(&self, text: &str) -> PatternSet {
        let Some(set) = &self.set else {
            return self.shared_matches(text);
        };
        let mut all = PatternSet::new(set.patterns);
        if !set.shared.is_empty() {
            for p in self.shared_matches(text).iter() {
                all.insert(PatternID::must(set.shared[p.as_usize()]));
            }
        }
        all
    }

    /// The patterns searched apart (see [`Apart`]) that match somewhere in
    /// `text`, by index in the set, ascending, leaving out those `settled`
    /// says the caller no longer needs: they are neither compiled nor
    /// searched. `settled` is asked just before each pattern would be
    /// searched, so it may take in what the caller learnt from the
    /// patterns found before. A vocabulary needs to know only whether a
    /// concept is stated, and most of its patterns searched apart belong
    /// to a concept its terms or another pattern had found already.
    pub fn matches_apart<'a>(
        &'a self,
        text: &'a str,
        settled: impl Fn(usize) -> bool + 'a,
    ) -> impl Iterator<Item = usize> + 'a {
        self.set
            .as_ref()
            .map(|set| set.matching_unless(text, settled))
            .into_iter()
            .flatten()
    }

    /// [`Matcher::matches`] of the patterns not searched apart, by their
    /// index among those.
    fn shared_matches(&self, text: &str) -> PatternSet {
        let input = Input::new(text);
        let patterns = self.vm.get_nfa().pattern_len();
        let mut caches = self.caches.get();
        let caches = &mut *caches;
        let search = |dfa: &DFA, cache: &mut DfaCache| {
            let mut set = PatternSet::new(patterns);
            dfa.try_which_overlapping_matches(cache, &input, &mut set)
                .map(|()| set)
        };
        if let Some(found) = self.search_dfa(text.len(), caches, search) {
            return found;
        }
        if let Some(found) =
            self.search_unbounded(text, caches, search, |set: &PatternSet| !set.is_empty())
        {
            return found;
        }
        let mut set = PatternSet::new(patterns);
        self.vm
            .which_overlapping_matches(self.vm_cache(caches), &input, &mut set);
        set
    }
}

/// The Thompson NFA of `hirs`, as every engine of a [`Matcher`] is built
/// from it (also [`Unbounded`]'s, from its rewritten patterns).
fn compile_nfa(
    hirs: &[Hir],
    size_limit: usize,
    which: WhichCaptures,
) -> Result<NFA, thompson::BuildError> {
    // One compiler a thread, reused: a new one allocates and clears its
    // UTF-8 suffix caches, and dropping it freed them again, some 100,000
    // instructions a pattern once a set's patterns compile one by one.
    thread_local! {
        static COMPILER: std::cell::RefCell<thompson::Compiler> =
            std::cell::RefCell::new(thompson::Compiler::new());
    }
    COMPILER.with_borrow_mut(|compiler| {
        compiler
            .configure(prebuilt::nfa_config(size_limit, which))
            .build_many_from_hir(hirs)
    })
}

/// The forward lazy DFA of `nfa`, configured as the regex crate configures
/// its own, with `pre` to skip to where a match can start, and a cache of
/// `cache` bytes: a smaller one than [`DFA_CACHE`] grows to the least
/// the NFA needs rather than failing to build (the regex crate's check),
/// and is cleared as often as a search needs rather than giving up
/// ([`PART_DFA_CACHE`]).
fn lazy_dfa(nfa: &NFA, kind: MatchKind, pre: Option<Prefilter>, cache: usize) -> Option<DFA> {
    DFA::builder()
        .configure(
            DFA::config()
                .match_kind(kind)
                .specialize_start_states(pre.is_some())
                .prefilter(pre)
                .starts_for_each_pattern(false)
                .byte_classes(true)
                .unicode_word_boundary(true)
                .cache_capacity(cache)
                .skip_cache_capacity_check(cache < DFA_CACHE)
                .minimum_cache_clear_count((cache >= DFA_CACHE).then_some(3))
                .minimum_bytes_per_state(Some(10)),
        )
        .build_from_nfa(nfa.clone())
        .ok()
}

/// Bytes of text a [`Groups`] searches, all threads together, before it
/// builds the regex crate's `Regex` instead. Its anchored searches for a
/// match's start (a few dozen instructions a byte, [`match_start`]) and
/// its forward DFA without the `Regex`'s literal prefilters
/// (`\d{1,3}\s+Tage` finds " tage" with memchr there) cost more per byte
/// than the `Regex`'s search, whose building costs 40 million for the
/// English notice-period phrase: a small site never builds the `Regex`
/// (the example site searches 14 kB of English, 16 kB of German), a large
/// one does after a few documents.
const GROUPS_BUDGET: usize = 32 << 10;

/// NFA states past which a [`Groups`]' pattern never builds the `Regex`
/// on [`GROUPS_BUDGET`]: its reverse automaton makes the `Regex` cost
/// tens of millions of instructions to build. The English notice-period
/// phrase, whose `(?:\w+\W+){0,6}?` is 4,334 states, cost 29 million, a
/// twenty-fifth of a generated 300-page site's build; the other phrases,
/// 148 to 262 states, 1 to 2.5 million each. Its searches skip from
/// candidate to candidate with its prefilter ([`match_start`]), about as
/// the `Regex`'s do.
const COSTLY_NFA_STATES: usize = 1_000;

/// One pattern whose matches' capture groups are wanted, as
/// `Regex::captures_iter` finds them, without building the reverse NFA the
/// regex crate builds to find where a match starts: for a Unicode class
/// such as `\w` repeated, that reverse NFA is most of the cost (20 ms for
/// the English notice-period phrase on a busy machine, 2 ms without it).
/// The forward lazy DFA finds where the leftmost-first match ends,
/// anchored searches where it starts ([`match_start`]); the PikeVM, over
/// that span, finds the same match (the preferred one among those
/// starting there ends there) with its groups. Past [`GROUPS_BUDGET`]
/// bytes searched, the `Regex` is built and used instead.
pub struct Groups {
    pattern: String,
    matcher: Matcher,
    /// Bytes searched so far; `None` for a pattern whose `Regex` is never
    /// built for the budget ([`COSTLY_NFA_STATES`]).
    scanned: Option<std::sync::atomic::AtomicUsize>,
    regex: std::sync::OnceLock<Result<regex::Regex, String>>,
    /// [`first_bytes`] of the pattern, found at its first match.
    first_bytes: std::sync::OnceLock<Option<[bool; 256]>>,
}

impl std::fmt::Debug for Groups {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Groups")
            .field("pattern", &self.pattern)
            .finish()
    }
}

impl Groups {
    /// `pattern`, case-insensitive as [`Matcher`] (and
    /// `RegexBuilder::case_insensitive`).
    pub fn new(pattern: &str) -> Result<Groups, String> {
        let matcher = Matcher::build(&[pattern], None, WhichCaptures::All, false)?;
        let costly = matcher.vm.get_nfa().states().len() > COSTLY_NFA_STATES;
        Ok(Groups {
            pattern: pattern.to_string(),
            matcher,
            scanned: (!costly).then(|| std::sync::atomic::AtomicUsize::new(0)),
            regex: std::sync::OnceLock::new(),
            first_bytes: std::sync::OnceLock::new(),
        })
    }

    /// For each match in `text`, leftmost-first and not overlapping, as
    /// `Regex::captures_iter`: the span of group `group`, if it took part.
    pub fn each_group(&self, text: &str, group: usize) -> Vec<Option<Range<usize>>> {
        use std::sync::atomic::Ordering::Relaxed;
        // The budget counts this text too: one long document with many
        // matches made the anchored searches for their starts a tenth of
        // the corpus lint (callgrind, BENCHMARKS.md).
        let within_budget = self
            .scanned
            .as_ref()
            .is_none_or(|scanned| scanned.load(Relaxed) + text.len() <= GROUPS_BUDGET);
        if within_budget && let Some(found) = self.forward_only(text, group) {
            return found;
        }
        match self.regex() {
            Ok(regex) => regex
                .captures_iter(text)
                .map(|c| c.get(group).map(|m| m.range()))
                .collect(),
            Err(_) => Vec::new(),
        }
    }

    fn regex(&self) -> &Result<regex::Regex, String> {
        self.regex.get_or_init(|| {
            regex::RegexBuilder::new(&self.pattern)
                .case_insensitive(true)
                .build()
                .map_err(|e| e.to_string())
        })
    }

    /// [`Groups::each_group`] with the forward DFA and the PikeVM; `None`
    /// where they cannot say (the lazy DFA gave up, an empty match), for
    /// the `Regex` to answer.
    fn forward_only(&self, text: &str, group: usize) -> Option<Vec<Option<Range<usize>>>> {
        let m = &self.matcher;
        let mut caches = m.caches.get();
        let caches = &mut *caches;
        let (dfa, cache) = m.lazy(text.len(), &mut caches.dfa, &mut caches.fast)?;
        let mut slots = vec![None; m.vm.get_nfa().group_info().slot_len()];
        if let Some(scanned) = &self.scanned {
            scanned.fetch_add(text.len(), Relaxed);
        }
        let mut found = Vec::new();
        let mut at = 0;
        while at <= text.len() {
            let input = Input::new(text).range(at..);
            let Some(end) = dfa.try_search_fwd(cache, &input).ok()? else {
                break;
            };
            let end = end.offset();
            let first_bytes = self
                .first_bytes
                .get_or_init(|| first_bytes(dfa, m.vm.get_nfa()))
                .as_ref();
            let first = match_start(dfa, cache, first_bytes, text, at..end)?;
            let span = Input::new(text).range(first..end);
            let vm_cache = caches.vm.get_or_insert_with(|| m.vm.create_cache());
            m.vm.search_slots(vm_cache, &span, &mut slots)?;
            let start = slots[0]?.get();
            if start == end {
                return None;
            }
            let group = match (slots.get(group * 2), slots.get(group * 2 + 1)) {
                (Some(Some(s)), Some(Some(e))) => Some(s.get()..e.get()),
                _ => None,
            };
            found.push(group);
            at = end;
        }
        Some(found)
    }
}

/// Where the leftmost match ending at `within.end` starts: the first place
/// from `within.start` where an anchored search of `dfa` finds a match
/// (the leftmost match starts at the first place any match starts, and
/// the one found forward ends at `within.end`, so one starting there ends
/// within). A failed anchored search ends after a byte or two, so this
/// costs a few dozen instructions a byte where the PikeVM over all of
/// `within` cost some 2,000 (12% of the example site's lint, for the
/// notice-period phrases). Where `first_bytes` says no match begins with
/// a byte, no search is begun there; where `dfa` has a prefilter, none
/// before the place it finds either (it never passes a place where a
/// match starts, as the DFA's own search relies on). `None` where the DFA
/// gives up.
fn match_start(
    dfa: &DFA,
    cache: &mut DfaCache,
    first_bytes: Option<&[bool; 256]>,
    text: &str,
    within: Range<usize>,
) -> Option<usize> {
    let bytes = text.as_bytes();
    let prefilter = dfa.get_config().get_prefilter();
    let mut at = within.start;
    while at < within.end {
        if let Some(pre) = prefilter {
            at = pre
                .find(bytes, regex_automata::Span::from(at..within.end))?
                .start;
        }
        let here = at;
        at += 1;
        // `here` < `within.end` <= the text's length.
        if first_bytes.is_some_and(|first| !first[usize::from(bytes[here])])
            || !text.is_char_boundary(here)
        {
            continue;
        }
        let anchored = Input::new(text)
            .range(here..within.end)
            .anchored(regex_automata::Anchored::Yes)
            .earliest(true);
        if dfa.try_search_fwd(cache, &anchored).ok()?.is_some() {
            return Some(here);
        }
    }
    None
}

/// For each byte, whether a match of `dfa` can begin with it: whether its
/// anchored start state goes anywhere but the dead state on that byte.
/// [`match_start`] skips the other places, whose anchored searches each
/// failed on their first byte at a few dozen instructions (most of a
/// [`Groups`]' search, which made it hand larger sites to the `Regex`).
/// `None` (every byte may begin one) where the start state depends on
/// what comes before (a look-around in `nfa`), or a match can be empty.
fn first_bytes(dfa: &DFA, nfa: &NFA) -> Option<[bool; 256]> {
    if !nfa.look_set_any().is_empty() {
        return None;
    }
    // A cache of its own: the states found here are not kept.
    let mut cache = DfaCache::new(dfa);
    let anchored = Input::new("").anchored(regex_automata::Anchored::Yes);
    let start = dfa.start_state_forward(&mut cache, &anchored).ok()?;
    // A match is seen one byte late: at the end, an empty one.
    if dfa.next_eoi_state(&mut cache, start).ok()?.is_match() {
        return None;
    }
    let mut first = [false; 256];
    for (b, can) in (0..=u8::MAX).zip(first.iter_mut()) {
        *can = !dfa.next_state(&mut cache, start, b).ok()?.is_dead();
    }
    // A cleared cache would have made `start` another state's id.
    (cache.clear_count() == 0).then_some(first)
}

/// For the tests of the built-in vocabularies and packs: whether
/// `patterns`, as [`Matcher::build`] gets them, are read from the
/// [`prebuilt`] table that `build.rs` wrote.
#[cfg(test)]
pub(crate) fn is_prebuilt<S: AsRef<str>>(
    patterns: &[S],
    gated: bool,
    size_limit: Option<usize>,
    captures: bool,
) -> bool {
    let patterns: Vec<Cow<'_, str>> = patterns.iter().map(|p| unfolded(p.as_ref())).collect();
    let size_limit = size_limit.unwrap_or(NFA_SIZE_LIMIT);
    let key = prebuilt::Key {
        gated,
        size_limit,
        captures,
    };
    prebuilt::find(PREBUILT, key, &patterns).is_some_and(|set| {
        set.patterns.iter().all(|p| p.alone.is_some() == p.apart)
            && Matcher::from_prebuilt(set, size_limit).is_ok()
    })
}

/// For the tests of the built-in vocabularies: the gated set of
/// `patterns` has its gates in the [`prebuilt`] table, and they open on
/// each of `texts` as the gates built from its literals open.
#[cfg(test)]
pub(crate) fn prebuilt_gates_open_as_built<S: AsRef<str>>(patterns: &[S], texts: &[&str]) -> bool {
    let patterns: Vec<Cow<'_, str>> = patterns.iter().map(|p| unfolded(p.as_ref())).collect();
    let key = prebuilt::Key {
        gated: true,
        size_limit: NFA_SIZE_LIMIT,
        captures: false,
    };
    let Some(set) = prebuilt::find(PREBUILT, key, &patterns) else {
        return false;
    };
    let gates: Vec<_> = set
        .patterns
        .iter()
        .filter(|p| p.apart)
        .map(|p| p.literals.clone())
        .collect();
    let read = set.gates.and_then(gate::Gates::from_table);
    let (Some(read), Some(built)) = (read, gate::Gates::new(&gates)) else {
        return false;
    };
    texts.iter().all(|t| read.open(t) == built.open(t))
}

/// For the tests of the built-in vocabularies and packs: `pattern` parses
/// the same unfolded; whether [`unfolded`] changed it.
#[cfg(test)]
pub(crate) fn assert_unfolds_alike(pattern: &str) -> bool {
    let config = syntax::Config::new().case_insensitive(true);
    let new = unfolded(pattern);
    assert_eq!(
        syntax::parse_with(&new, &config).unwrap(),
        syntax::parse_with(pattern, &config).unwrap(),
        "{pattern}"
    );
    new != pattern
}

/// For the tests of hand-written finders that replace a regex
/// (`contact_address`, `tree`): asserts that `find` gives the spans
/// `re.find_iter` gives on 20,000 texts of up to 31 pieces of `alphabet`
/// (a fixed pseudo-random sequence from `seed`), of which more than 1,000
/// match.
#[cfg(test)]
pub(crate) fn assert_finds_as(
    re: &regex::Regex,
    alphabet: &[&str],
    mut seed: u64,
    find: impl Fn(&str) -> Vec<std::ops::Range<usize>>,
) {
    let mut matched = 0;
    for _ in 0..20_000 {
        let mut text = String::new();
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        let len = (seed >> 59) as usize;
        for _ in 0..len {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            text.push_str(alphabet[(seed >> 33) as usize % alphabet.len()]);
        }
        let want: Vec<_> = re.find_iter(&text).map(|m| m.range()).collect();
        assert_eq!(find(&text), want, "{text:?}");
        matched += want.len();
    }
    assert!(matched > 1_000, "{matched} matches only");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The patterns a `RegexSet` and a `Matcher` of `patterns` find in `text`.
    fn both(patterns: &[&str], text: &str) -> (Vec<usize>, Vec<usize>) {
        let set = regex::RegexSetBuilder::new(patterns)
            .case_insensitive(true)
            .build()
            .unwrap();
        let m = Matcher::new(patterns, None).unwrap();
        let ours: Vec<usize> = m.matches(text).iter().map(|p| p.as_usize()).collect();
        assert_eq!(
            m.is_match(text),
            set.is_match(text),
            "{patterns:?} on {text:?}"
        );
        let gated = Matcher::gated(patterns, None).unwrap();
        let gated_ours: Vec<usize> = gated.matches(text).iter().map(|p| p.as_usize()).collect();
        assert_eq!(gated_ours, ours, "gated: {patterns:?} on {text:?}");
        assert_eq!(gated.is_match(text), set.is_match(text), "gated");
        (set.matches(text).into_iter().collect(), ours)
    }

    #[test]
    fn matches_what_a_regex_set_matches() {
        let patterns = [
            r"\b\d+ ?(hours?|days?)\b",
            r"[\w.+-]+@[\w-]+(\.[\w-]+)+",
            r"(?-u:\b)age(?-u:\b).{0,20}(?-u:\b)1[3-8](?-u:\b)",
            r"\bkaliforniens?\b",
            r"strasse",
            r"^(to|in order to) [a-z]+",
        ];
        for text in [
            "",
            "write to dpo@example.org within 30 days",
            "Straße und STRASSE",
            "the AGE of 16",
            "ſtrasse, Kalifornien",
            // Unicode `\b` beside non-ASCII text: the lazy DFA gives up,
            // the PikeVM answers.
            "über Kaliforniens Grenzen, 3 Tage",
            "To improve the service",
            "we want to improve",
        ] {
            let (theirs, ours) = both(&patterns, text);
            assert_eq!(theirs, ours, "{text:?}");
        }
        let (theirs, ours) = both(&patterns, "dpo@example.org, 30 days, age 16");
        assert_eq!(ours, vec![0, 1, 2]);
        assert_eq!(theirs, ours);
    }

    /// A set's counting patterns are searched apart (all of them, some,
    /// or none), and it still answers as a `RegexSet`, pattern by pattern.
    #[test]
    fn patterns_searched_apart_answer_as_a_regex_set() {
        let windows = [
            r"(?-u:\b)age(?-u:\b).{0,160}(?-u:\b)1[3-8](?-u:\b)",
            r"\b(policy|notice) (describes|explains) how ([\w.,&()'-]+ ){1,8}(collects|uses)",
            r"notice[^.]{0,40}\bchanges?\b",
        ];
        let plain = [r"\b\d+ ?days?\b", r"[\w.+-]+@[\w-]+(\.[\w-]+)+"];
        let mixed = [plain[0], windows[0], plain[1], windows[1], windows[2]];
        assert!(
            windows
                .iter()
                .all(|w| prebuilt::counts(&syntax::parse(w).unwrap()))
        );
        assert!(
            !plain
                .iter()
                .any(|p| prebuilt::counts(&syntax::parse(p).unwrap()))
        );
        for text in [
            "",
            "Under the age of 16 you need consent; write to dpo@example.org within 30 days.",
            "This notice explains how Acme Widgets Ltd, of Leeds, collects data",
            "This notice explains how one two three four five six seven eight nine collects data",
            "This notice may change. Changes",
            "This notice will see changes",
            "age. 16",
        ] {
            for patterns in [&windows[..], &plain[..], &mixed[..]] {
                let (theirs, ours) = both(patterns, text);
                assert_eq!(theirs, ours, "{patterns:?} on {text:?}");
            }
        }
        let (_, ours) = both(
            &mixed,
            "Under the age of 16, 30 days; this notice will see changes",
        );
        assert_eq!(ours, vec![0, 1, 4]);
    }

    /// Where the lazy DFA gives up (Unicode word boundaries beside
    /// non-ASCII text), the ASCII-boundary DFA (no non-ASCII word
    /// character in the text) and the boundary-free one (some) answer as
    /// the regex crate does.
    #[test]
    fn unbounded_dfas_answer_as_a_regex_set() {
        let patterns = [
            r"\brights?\b",
            r"\bSCCs?\b",
            r"\B-\B",
            r"(\bcop(y|ies)\b|https?://).{0,20}(\b(clauses|documents)\b)",
            r"\b\d+ ?(days?|Tage)\b",
            r"é\b",
        ];
        for text in [
            "§ 5 — your rights — 30 days",
            "§5—rights€ SCC–copy – clauses",
            "your rightsé and SCCsß, 30 Tageé",
            "€ a - b é, café",
            "über rights, copy of the clauses",
            "ünrights SCCsü",
        ] {
            let (theirs, ours) = both(&patterns, text);
            assert_eq!(theirs, ours, "{text:?}");
            for p in patterns {
                let (theirs, ours) = both(&[p], text);
                assert_eq!(theirs, ours, "{p} on {text:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn unbounded_dfas_agree_on_any_text(
            text in "([a-c1 §—é\u{00DF}\u{2212}-]|rights?|SCC|day){0,12}"
        ) {
            let patterns = [r"\brights?\b", r"\bSCCs?\B", r"\b1 ?days?\b", r"[aé]\b-", r"\B§"];
            for p in patterns {
                let (theirs, ours) = both(&[p], &text);
                proptest::prop_assert_eq!(theirs, ours);
            }
            let (theirs, ours) = both(&patterns, &text);
            proptest::prop_assert_eq!(theirs, ours);
        }
    }

    proptest::proptest! {
        /// Gated patterns ([`gate`]) answer as the set does, whatever the
        /// case of the text, with the letters that fold to ASCII ones
        /// (Kelvin sign, long s) and an ungated pattern beside them.
        #[test]
        fn gated_sets_agree_on_any_text(
            text in "([a-e1 @.é_\u{212A}\u{17F}]|days?|DAY|ask|AS\u{212A}|hour|k|s|p?age|16|é16){0,12}"
        ) {
            let patterns = [
                r"\b\d+ ?(hours?|days?)\b",
                r"[\w.+-]+@[\w-]+(\.[\w-]+)+",
                r"\bask(ed)?\b",
                r"(?-i:Day)s",
                r"^[a-e]+$",
                r"(?-u:\b)age(?-u:\b).{0,12}\b1[3-8]\b",
                r"\b(ask|hour)s?\b",
            ];
            assert!(gate::literals(&syntax::parse(patterns[0]).unwrap()).is_some());
            let (theirs, ours) = both(&patterns, &text);
            proptest::prop_assert_eq!(theirs, ours);
        }
    }

    #[test]
    fn unfolds_only_classes_folding_cannot_change() {
        assert_eq!(unfolded(r"[\w.+-]+@[\w-]+"), r"(?-i:[\w.+-])+@(?-i:[\w-])+");
        assert_eq!(unfolded(r"[^\s\d]x"), r"(?-i:[^\s\d])x");
        assert_eq!(unfolded(r"\[at\]"), r"\[at\]");
        // A `]` first in a class is the character.
        assert_eq!(unfolded(r"[]\w]"), r"(?-i:[]\w])");
        for p in [
            r"[\w.+-]+@[\w-]+",
            r"[^\s\d]x",
            r"[]\w]",
            r"[A-Z]\w",
            r"[a[\d]]",
        ] {
            assert_unfolds_alike(p);
        }
        for kept in [
            r"[A-Z]\w",
            r"[0-~]",
            r"[\w[a]]",
            r"[[:alpha:]]",
            r"[\p{L}_]",
            r"[\w&&\d]",
            r"[\wé]",
            r"[\w",
        ] {
            assert_eq!(unfolded(kept), kept);
        }
        // The nested class is skipped whole: its inner `[` is not a class of its own.
        assert_eq!(unfolded(r"[a[\d]]"), r"[a[\d]]");
    }

    /// What `captures_iter` finds of group 1 of `pattern` (case-insensitive)
    /// in `text`, match by match.
    fn group_1_of_each_match(pattern: &str, text: &str) -> Vec<Option<Range<usize>>> {
        let regex = regex::RegexBuilder::new(pattern)
            .case_insensitive(true)
            .build()
            .unwrap();
        regex
            .captures_iter(text)
            .map(|c| c.get(1).map(|m| m.range()))
            .collect()
    }

    /// Both ways a `Groups` answers find what `captures_iter` finds.
    #[test]
    fn groups_are_what_captures_iter_finds() {
        let patterns = [
            r"(?:effective|take[sn]? effect)\W+(?:\w+\W+){0,6}?(\d{1,3})\s+days?\s+(?:after|from)",
            r"(\d{1,3})\s+Tage[n]?\s+nach",
            r"(a)|(b)x",
            r"x*",
            r"\b(\w+)\b",
        ];
        let texts = [
            "",
            "Changes take effect 30 days after posting; in force? takes effect in 14 days from now.",
            "Effective for all users of the service 7 days after, EFFECTIVE 12 DAYS FROM",
            "wirksam 30 Tage nach, 5 Tagen nach der Veröffentlichung",
            "abx bx a über ſtrasse",
        ];
        for p in patterns {
            for groups in [Groups::new(p).unwrap(), prefiltered(p)] {
                for text in texts {
                    let expected = group_1_of_each_match(p, text);
                    if let Some(found) = groups.forward_only(text, 1) {
                        assert_eq!(found, expected, "{p} on {text:?}");
                    }
                    assert_eq!(groups.each_group(text, 1), expected, "{p} on {text:?}");
                }
            }
        }
        // The forward path answers the notice-period phrases.
        let groups = Groups::new(patterns[0]).unwrap();
        assert_eq!(
            groups.forward_only(texts[1], 1),
            Some(vec![Some(20..22), Some(69..71)])
        );
    }

    /// A `Groups` of `pattern` past [`PREFILTER_BUDGET`]: its searches,
    /// and [`match_start`]'s, skip with the prefilter.
    fn prefiltered(pattern: &str) -> Groups {
        let groups = Groups::new(pattern).unwrap();
        groups.forward_only(&"x ".repeat(PREFILTER_BUDGET), 1);
        groups
    }

    /// The patterns of [`groups_agree_on_any_text`], each a fresh `Groups`
    /// and one [`prefiltered`].
    static AGREEING: std::sync::LazyLock<Vec<(&str, [Groups; 2])>> =
        std::sync::LazyLock::new(|| {
            [
                r"(?:ef|take)\W+(?:\w+\W+){0,2}?(\d)\s*days?",
                r"(a)|(b)x",
                r"(\d)\s+days?|b(a)",
                r"(?:at\s+)?(\d{1,3})\s+days?",
            ]
            .into_iter()
            .map(|p| (p, [Groups::new(p).unwrap(), prefiltered(p)]))
            .collect()
        });

    /// A pattern whose `Regex` costs much to build never builds it: the
    /// English notice-period phrase.
    #[test]
    fn costly_patterns_stay_on_the_forward_path() {
        let costly =
            Groups::new(r"(?:effective|in force)\W+(?:\w+\W+){0,6}?(\d{1,3})\s+days").unwrap();
        assert!(costly.scanned.is_none());
        let text = "Changes take effect 30 days after posting. ".repeat(1000);
        assert!(text.len() > GROUPS_BUDGET);
        costly.each_group(&text, 1);
        assert!(costly.regex.get().is_none());
        assert!(Groups::new(r"(\d{1,3})\s+Tage").unwrap().scanned.is_some());
    }

    /// The bytes a match can begin with, and `None` where that depends on
    /// more than the byte.
    #[test]
    fn first_bytes_are_those_a_match_begins_with() {
        let first = |p: &str| {
            let groups = Groups::new(p).unwrap();
            let m = &groups.matcher;
            first_bytes(m.dfa.as_ref().unwrap(), m.vm.get_nfa())
        };
        let days = first(r"(\d{1,3})\s+Tage[n]?\s+nach").unwrap();
        let can: Vec<u8> = (0..=u8::MAX).filter(|&b| days[usize::from(b)]).collect();
        // ASCII digits, and the lead bytes of the other decimal digits.
        assert!(can.starts_with(b"0123456789"), "{can:?}");
        assert!(can[10..].iter().all(|&b| b >= 0xC0), "{can:?}");
        let phrase = first(r"(?:effective|take[sn]? effect)\W+(\d)").unwrap();
        for b in *b"eEtT" {
            assert!(phrase[usize::from(b)]);
        }
        assert!(!phrase[usize::from(b'f')] && !phrase[usize::from(b' ')]);
        // A look-around, an empty match: every byte may begin one.
        assert!(first(r"\b(\w+)\b").is_none());
        assert!(first(r"x*").is_none());
    }

    proptest::proptest! {
        /// The forward path (the match's start found by anchored searches,
        /// then the PikeVM from there) agrees with `captures_iter`, with
        /// and without the prefilter.
        #[test]
        fn groups_agree_on_any_text(text in "([ab1 .é]|x|ef|take|days?){0,14}") {
            for (p, both) in AGREEING.iter() {
                let expected = group_1_of_each_match(p, &text);
                for groups in both {
                    if let Some(found) = groups.forward_only(&text, 1) {
                        proptest::prop_assert_eq!(found, expected.clone());
                    }
                }
            }
        }
    }

    #[test]
    fn one_pattern_is_match() {
        let m = Matcher::new(&[r"\bchang|updat"], None).unwrap();
        assert!(m.is_match("we may UPDATE this"));
        assert!(m.is_match("ändern: change"));
        assert!(!m.is_match("exchange rates"));
        assert!(Matcher::new(&["(unclosed"], None).is_err());
        assert!(Matcher::new(&[r"\w{1000}"], Some(1 << 16)).is_err());
    }

    /// Past [`PREFILTER_BUDGET`] a single pattern's searches take the DFA
    /// with the prefilter: the plain DFA's cache is dropped, and the
    /// answers stay those of before.
    #[test]
    fn past_the_budget_the_plain_cache_goes() {
        let m = Matcher::new(&["chang|updat"], None).unwrap();
        let texts = ["we may UPDATE this", "ändern: Change", "nothing new"];
        let before: Vec<bool> = texts.iter().map(|t| m.is_match(t)).collect();
        assert!(m.caches.get().dfa.is_some());
        assert!(!m.is_match(&"x ".repeat(PREFILTER_BUDGET)));
        assert!(m.caches.get().dfa.is_none());
        let after: Vec<bool> = texts.iter().map(|t| m.is_match(t)).collect();
        assert_eq!(before, after);
        assert_eq!(after, [true, true, false]);
    }
}
