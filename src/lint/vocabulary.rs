//! The concept vocabulary: what rules look for, per language, as data.
//!
//! A concept (`erase`, `grant`, `duration`, …) is a set of terms in each
//! language Charter reads. A term is a sequence of words matched on their
//! Snowball stems after case and diacritics are folded, so "erase",
//! "erased" and "erasing" are one entry, and "Löschung" matches "löschung"
//! whatever the capitals. Words of a term may be separated by up to
//! [`GAP`] other words ("restrict the processing" matches "restrict
//! processing"); `…` between two words allows up to [`LONG_GAP`] ("Sie …
//! verlangen" for a verb at the end of a German clause), `+` none ("is +
//! the + controller" is not met by "is not controlled"). A word ending in
//! `*` matches any word that begins with it, unstemmed ("lösch*": löschen,
//! Löschung, Löschfrist); `=word` matches that word only, unstemmed (English
//! stems "portability" and "portable" alike). In German and Dutch a long word also matches the
//! vocabulary words it is built from (Datenübertragbarkeit → übertragbarkeit).
//! French and Italian elided articles (d', l') are words of their own.
//! `patterns:` are regular expressions over the statement's normalized text,
//! for typed objects (an e-mail address, a period of time).
//!
//! Every group of terms names where its wording comes from (`from:`): the
//! law's official text in that language, or a development document of the
//! accuracy harness, never a held-out one (docs/accuracy.md).
//!
//! The built-in vocabulary is `rules/vocabulary/<lang>.yaml`, embedded.

use std::cell::RefCell;
use std::collections::BTreeMap;

// Fx, not SipHash: every word of every statement is looked up here, and
// the keys are the site's own words and the vocabularies' (SipHash was 2%
// of the example lint).
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;
use std::rc::Rc;
use std::sync::{Arc, LazyLock, OnceLock};

use rayon::prelude::*;
use rust_stemmers::{Algorithm, Stemmer};
use serde::Deserialize;

use super::pattern_source;
use super::stem::algorithm;
pub use super::stem::{STEMMERS, fold, words};
use crate::diagnostic::{Diag, SourceText};
use crate::yaml::{self, Located};

/// Most words between two words of a term.
pub const GAP: usize = 2;
/// Most words where a term has `…`.
pub const LONG_GAP: usize = 12;

super::embed_builtin!["rules/vocabulary/"; "de", "en", "es", "fr", "it", "nl", "pt"];

/// A set of concepts, as a bit set over [`Concepts`]' ids.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Set([u128; 2]);

impl Set {
    /// The set of the one concept `id`.
    pub fn of(id: usize) -> Set {
        Set::default().with(id)
    }
    pub fn with(self, id: usize) -> Set {
        let mut bits = self.0;
        bits[id / 128] |= 1u128 << (id % 128);
        Set(bits)
    }
    pub fn has(self, id: usize) -> bool {
        self.0[id / 128] & (1u128 << (id % 128)) != 0
    }
    pub fn union(self, other: Set) -> Set {
        Set([self.0[0] | other.0[0], self.0[1] | other.0[1]])
    }
    /// The concepts of `self` that are not in `other`.
    pub fn without(self, other: Set) -> Set {
        Set([self.0[0] & !other.0[0], self.0[1] & !other.0[1]])
    }
    /// The concepts in both.
    pub fn intersection(self, other: Set) -> Set {
        Set([self.0[0] & other.0[0], self.0[1] & other.0[1]])
    }
    pub fn contains_all(self, other: Set) -> bool {
        self.intersection(other) == other
    }
    pub fn meets(self, other: Set) -> bool {
        !self.intersection(other).is_empty()
    }
    pub fn is_empty(self) -> bool {
        self.0 == [0, 0]
    }
    /// The ids of the concepts in the set, in order: only the bits that are
    /// set, not every id up to [`MAX_CONCEPTS`].
    pub fn ids(self) -> impl Iterator<Item = usize> {
        self.0.into_iter().enumerate().flat_map(|(word, mut bits)| {
            std::iter::from_fn(move || {
                (bits != 0).then(|| {
                    let bit = bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    word * 128 + bit
                })
            })
        })
    }
}

/// Most concepts: ids are bits of a [`Set`].
pub const MAX_CONCEPTS: usize = 256;

/// One language's concepts (`rules/vocabulary/<lang>.yaml`): groups of
/// terms and regular expressions, each group naming where its wording
/// comes from.
#[derive(Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Charter concept vocabulary")]
pub(crate) struct RawVocabulary {
    /// The language, one with a stemmer.
    #[schemars(with = "VocabularyLanguage")]
    language: String,
    /// What the file is for; documentation for people reading it.
    #[serde(default, rename = "description")]
    _description: Option<String>,
    /// Concept name → its groups of wording.
    #[schemars(with = "BTreeMap<crate::schema::ConceptName, crate::schema::NonEmpty<RawGroup>>")]
    concepts: BTreeMap<Located<String>, Vec<RawGroup>>,
}

/// Wording of a concept from one source.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Group")]
struct RawGroup {
    /// Where the wording comes from: the law's text in this language, or a
    /// development document of the accuracy harness.
    #[schemars(length(min = 3))]
    from: String,
    /// Stemmed word sequences: `…` for a long gap, `+` for none,
    /// `word*` for a prefix, `=word` for one exact word.
    #[serde(default)]
    #[schemars(with = "Vec<String>", inner(length(min = 1)))]
    terms: Vec<Located<String>>,
    /// Regular expressions over the statement's normalized text, for typed
    /// objects (an e-mail address, a period of time).
    #[serde(default)]
    #[schemars(with = "Vec<String>", inner(length(min = 1)))]
    patterns: Vec<Located<String>>,
}

/// One word of a compiled term.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Word {
    /// A stem, by symbol.
    Stem(u32),
    /// Up to this many words may come before the next one.
    Gap(usize),
}

#[derive(Debug, Clone)]
struct Term {
    concept: usize,
    words: Vec<Word>,
}

/// One language's vocabulary, compiled.
pub struct Vocabulary {
    pub lang: String,
    /// Tells this vocabulary's cached words from another's.
    id: usize,
    stemmer: Stemmer,
    /// The stems of the built-in vocabularies' words in this language,
    /// computed at build time ([`super::stem`]), sorted by word.
    stems: &'static [(&'static str, &'static str)],
    /// Splits long words into the vocabulary words they are built from.
    compounds: bool,
    /// Stem (folded) → symbol.
    symbols: HashMap<String, u32>,
    /// Word (folded, unstemmed) → symbol, for `=word`.
    exact: HashMap<String, u32>,
    /// Prefix (folded, unstemmed) → symbol, for `word*`.
    prefixes: HashMap<String, u32>,
    prefix_lengths: Vec<usize>,
    /// Terms by the symbol of their first word.
    terms_by_first: HashMap<u32, Vec<Term>>,
    /// The concepts this language defines.
    pub defined: Set,
    patterns: Option<crate::lint::matcher::Matcher>,
    pattern_concepts: Vec<usize>,
    /// The set's patterns one by one, each compiled the first time the set
    /// finds it in a text where its concept must be located (see
    /// [`Vocabulary::occurrences`]).
    pattern_sources: Vec<String>,
    located_patterns: Vec<OnceLock<Option<regex::Regex>>>,
}

/// The concept names of all vocabularies, one id each.
pub struct Concepts {
    pub names: Vec<String>,
    by_lang: BTreeMap<String, Language>,
}

/// One language's vocabulary file, read; compiled (stems, terms, pattern
/// set) the first time a document in the language needs it: a site in
/// four languages does not pay for the other three.
struct Language {
    source: Arc<SourceText>,
    /// The file parsed; `None` for a built-in vocabulary read only for its
    /// outline ([`outline`]), parsed when it compiles.
    raw: Option<RawVocabulary>,
    /// Such a built-in vocabulary's place in [`BUILTIN`].
    builtin: Option<usize>,
    /// The concepts it defines, known without compiling it.
    defined: Set,
    compiled: OnceLock<Arc<Vocabulary>>,
}

impl Language {
    fn compiled(&self, names: &[String]) -> &Arc<Vocabulary> {
        // Problems were reported by `compile`, or, for the built-in
        // vocabularies, by build.rs, which refuses a built-in vocabulary
        // that does not parse or whose patterns do not compile (here the
        // language would define nothing, or lose every pattern, silently),
        // and by the tests.
        self.compiled.get_or_init(|| {
            let parsed;
            let raw = match &self.raw {
                Some(raw) => raw,
                None => {
                    parsed = parse_builtin(self.builtin, &self.source.text).unwrap_or_default();
                    &parsed
                }
            };
            // A built-in vocabulary parsed here is the file build.rs read.
            let prebuilt = match &self.raw {
                None => self.builtin.and_then(prebuilt_pattern_sources),
                Some(_) => None,
            };
            Arc::new(compile_language(&self.source, raw, names, prebuilt).0)
        })
    }
}

/// A built-in vocabulary (`text` is its YAML) read from the JSON build.rs
/// made of it: parsing the YAML of four languages was a tenth of the
/// example site's lint, the JSON costs a small part of that. Its spans are
/// then `0..0`: they only place problems of compiling, and the tests prove
/// the built-ins have none. Parsed from its YAML if the JSON does not read;
/// `None` if neither does. `index` is its place in [`BUILTIN`]: finding it
/// by its text compared the whole file, which kept the YAML resident.
fn parse_builtin(index: Option<usize>, text: &str) -> Option<RawVocabulary> {
    let json = index.and_then(|i| BUILTIN_JSON.get(i));
    json.and_then(|json| serde_json::from_str(json).ok())
        .or_else(|| yaml::from_str(text).ok())
}

impl Concepts {
    pub fn id(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| n == name)
    }

    /// The vocabulary of `lang` (`de-AT` reads `de`), compiled on first use.
    pub fn vocabulary(&self, lang: &str) -> Option<&Arc<Vocabulary>> {
        crate::lint::rule::for_language(&self.by_lang, lang).map(|l| l.compiled(&self.names))
    }

    /// The concepts `lang`'s vocabulary defines, without compiling it.
    pub fn defined(&self, lang: &str) -> Option<Set> {
        crate::lint::rule::for_language(&self.by_lang, lang).map(|l| l.defined)
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.by_lang.keys().map(String::as_str)
    }
}

/// The built-in vocabularies, read once and each compiled on first use (a
/// test proves they compile; were one unreadable, [`builtin_problems`] says
/// how, and packs refuse to load).
pub fn builtin() -> &'static Concepts {
    static EMPTY: LazyLock<Concepts> = LazyLock::new(|| Concepts {
        names: Vec::new(),
        by_lang: BTreeMap::new(),
    });
    BUILT.as_ref().unwrap_or(&EMPTY)
}

/// Why the built-in vocabularies did not compile, if they did not.
pub fn builtin_problems() -> Option<&'static [Diag]> {
    BUILT.as_ref().err().map(Vec::as_slice)
}

static BUILT: LazyLock<Result<Concepts, Vec<Diag>>> = LazyLock::new(|| {
    // Each file named as build.rs wrote it ([`prebuilt::OUTLINES`], in the
    // same order): the name `BUILTIN` holds lies just before the file's
    // text, and reading it mapped the text's first pages.
    let sources: Vec<Arc<SourceText>> = BUILTIN
        .iter()
        .zip(prebuilt::OUTLINES)
        .map(|((_, text), (file, ..))| SourceText::builtin(format!("{file} (built-in)"), text))
        .collect();
    read(&sources, Parse::Outline)
});

/// A language a vocabulary can be written in: one with a stemmer
/// ([`STEMMERS`]).
pub struct VocabularyLanguage;
crate::schema::schema_marker!(
    VocabularyLanguage,
    schemars::json_schema!({
        "type": "string",
        "enum": STEMMERS.iter().map(|(lang, _)| *lang).collect::<Vec<_>>(),
    })
);

mod prebuilt {
    // `STEMS`: language → (lowercased word, its stem), sorted by word.
    include!(concat!(env!("OUT_DIR"), "/stems.rs"));
    // `OUTLINES`: (file, language, concept names) of each built-in vocabulary.
    include!(concat!(env!("OUT_DIR"), "/outlines.rs"));
    // `PATTERN_SOURCES`: each built-in vocabulary's patterns' set sources.
    include!(concat!(env!("OUT_DIR"), "/pattern_sources.rs"));
}

/// The set sources ([`pattern_source::set_source`]) of the patterns of the
/// built-in vocabulary at `index` in [`BUILTIN`], in the order
/// [`compile_language`] collects them, as `build.rs` derived them: deriving
/// them (folding, `\b` made ASCII where it can be) on every run was 8.6 M
/// of the example site's 371 M instructions (callgrind). A test checks
/// each against the derivation.
fn prebuilt_pattern_sources(index: usize) -> Option<&'static [&'static str]> {
    prebuilt::PATTERN_SOURCES.get(index).copied()
}

/// The outline ([`outline`]) of the built-in vocabulary at `index` in
/// [`BUILTIN`], as `build.rs` read it. Scanning the seven files' 1.5 MB of
/// YAML on every run kept them all resident, a site's languages or not
/// (with the names beside them, 1.4 MiB of a 300-page build's peak memory);
/// only the languages that compile read anything more of theirs (their
/// JSON). A test checks each against the scan.
fn prebuilt_outline(index: usize) -> Option<(String, Vec<String>)> {
    let (_, language, concepts) = prebuilt::OUTLINES.get(index)?;
    Some((
        language.to_string(),
        concepts.iter().map(|c| c.to_string()).collect(),
    ))
}

/// The stems `build.rs` computed for `lang`'s built-in vocabulary words
/// (none for a language without a built-in vocabulary).
fn prebuilt_stems(lang: &str) -> &'static [(&'static str, &'static str)] {
    prebuilt::STEMS
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or(&[], |(_, stems)| stems)
}

/// The stem of `lower` (a lowercased word) in `stems`, a table of
/// [`prebuilt_stems`], if it has the word.
fn prebuilt_stem(stems: &[(&str, &'static str)], lower: &str) -> Option<&'static str> {
    stems
        .binary_search_by(|(w, _)| (*w).cmp(lower))
        .ok()
        .map(|at| stems[at].1)
}

/// Compiles vocabulary files; every problem in every file is reported.
pub fn compile(sources: &[Arc<SourceText>]) -> Result<Concepts, Vec<Diag>> {
    let concepts = read(sources, Parse::Whole)?;
    // Languages compile side by side.
    let problems: Vec<Diag> = concepts
        .by_lang
        .values()
        .collect::<Vec<_>>()
        .par_iter()
        .flat_map_iter(|l| {
            // `Parse::Whole` parsed every file.
            let (v, problems) = compile_language(&l.source, l.raw.as_ref()?, &concepts.names, None);
            let _ = l.compiled.set(Arc::new(v));
            Some(problems)
        })
        .flatten()
        .collect();
    if problems.is_empty() {
        Ok(concepts)
    } else {
        Err(problems)
    }
}

/// How much of a vocabulary file [`read`] parses.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Parse {
    /// The whole file, so that its problems are reported.
    Whole,
    /// The built-in files, all of them in [`BUILTIN`]'s order, which the
    /// tests prove readable: only their
    /// outline (language and concept names, [`outline`]) when it is plain
    /// enough to scan, the rest when the language compiles. Parsing the
    /// YAML of all seven took a tenth of a small site's lint, on one core
    /// before any rule could run.
    Outline,
}

/// A vocabulary file as [`read`] knows it.
struct Head {
    language: String,
    concepts: Vec<String>,
    raw: Option<RawVocabulary>,
    /// Its place in [`BUILTIN`], if read for its outline.
    builtin: Option<usize>,
}

/// Reads vocabulary files and gives every concept its id, compiling no
/// language ([`Concepts::vocabulary`] does, on first use). Problems of
/// reading are reported; those of compiling only by [`compile`].
fn read(sources: &[Arc<SourceText>], parse: Parse) -> Result<Concepts, Vec<Diag>> {
    let mut problems = Vec::new();
    let mut heads = Vec::new();
    // One file after another, never on rayon: this runs inside the
    // `LazyLock` of the built-in vocabularies. A rayon worker that waits for
    // its parallel jobs there may steal another job that asks for the same
    // `LazyLock`, and a thread re-entering its own initialisation never
    // returns (two tests linting on a shared pool hung exactly so).
    for (index, source) in sources.iter().enumerate() {
        let scanned = match parse {
            Parse::Outline => prebuilt_outline(index).or_else(|| outline(&source.text)),
            Parse::Whole => None,
        };
        if let Some((language, concepts)) = scanned {
            heads.push((
                source,
                Head {
                    language,
                    concepts,
                    raw: None,
                    builtin: Some(index),
                },
            ));
            continue;
        }
        match yaml::from_str::<RawVocabulary>(&source.text) {
            Ok(raw) => heads.push((
                source,
                Head {
                    language: raw.language.clone(),
                    concepts: raw.concepts.keys().map(|k| k.value.clone()).collect(),
                    raw: Some(raw),
                    builtin: None,
                },
            )),
            Err(e) => problems.push(
                Diag::error(
                    "rules.vocabulary",
                    format!("invalid vocabulary: {}", e.message),
                )
                .at(source, e.span.clone().unwrap_or(0..0), "here"),
            ),
        }
    }
    let mut names: Vec<String> = heads
        .iter()
        .flat_map(|(_, h)| h.concepts.iter().cloned())
        .collect();
    names.sort();
    names.dedup();
    if names.len() > MAX_CONCEPTS {
        problems.push(Diag::error(
            "rules.vocabulary",
            format!("{} concepts; at most {MAX_CONCEPTS}", names.len()),
        ));
        return Err(problems);
    }
    let mut by_lang = BTreeMap::new();
    for (source, head) in heads {
        if algorithm(&head.language).is_none() {
            problems.push(Diag::error(
                "rules.vocabulary",
                format!(
                    "{}: no stemmer for language `{}`",
                    source.name, head.language
                ),
            ));
            continue;
        }
        let defined = head.concepts.iter().fold(Set::default(), |set, name| {
            set.with(names.iter().position(|n| n == name).unwrap_or(0))
        });
        by_lang.insert(
            head.language,
            Language {
                source: source.clone(),
                raw: head.raw,
                builtin: head.builtin,
                defined,
                compiled: OnceLock::new(),
            },
        );
    }
    if problems.is_empty() {
        Ok(Concepts { names, by_lang })
    } else {
        Err(problems)
    }
}

/// The language and the concept names of a vocabulary file laid out as
/// the built-in ones are: top-level `language: xx` and `concepts:` (and
/// `description:`), the concepts as plain `name:` keys one indentation
/// deeper, comments anywhere. `None` for anything else (quotes, flow
/// style, tabs, a repeated key, another top-level key): such a file is
/// parsed whole. A test checks that the outline of every built-in file is
/// what parsing it gives.
fn outline(text: &str) -> Option<(String, Vec<String>)> {
    let mut language = None;
    let mut concepts: Option<Vec<String>> = None;
    // The indentation of the concept keys, once the first is met.
    let mut key_indent = None;
    let mut in_concepts = false;
    for line in text.lines() {
        let trimmed = line.trim_start_matches(' ');
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if trimmed.starts_with('\t') {
            return None;
        }
        let indent = line.len() - trimmed.len();
        if indent == 0 {
            in_concepts = false;
            let (key, value) = plain_key(trimmed)?;
            match key {
                "language" if language.is_none() => language = Some(plain_word(value)?),
                "concepts" if concepts.is_none() && value.is_empty() => {
                    concepts = Some(Vec::new());
                    in_concepts = true;
                }
                // Its text, however many lines, is indented: skipped.
                "description" => {}
                _ => return None,
            }
            continue;
        }
        if !in_concepts {
            continue;
        }
        let keys = *key_indent.get_or_insert(indent);
        if indent < keys {
            return None;
        }
        // A compact sequence (`- from:` under the key) or a deeper line.
        if indent > keys || trimmed.starts_with("- ") {
            continue;
        }
        let (key, _) = plain_key(trimmed)?;
        let list = concepts.as_mut()?;
        if list.iter().any(|k| k == key) {
            return None;
        }
        list.push(key.to_string());
    }
    Some((language?, concepts?))
}

/// `key: value` with a key of ASCII letters, digits and `_`: the key and
/// the value without a trailing comment.
fn plain_key(line: &str) -> Option<(&str, &str)> {
    let (key, rest) = line.split_once(':')?;
    if key.is_empty() || !key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        return None;
    }
    if !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    let rest = rest.trim();
    let value = if rest.starts_with('#') { "" } else { rest };
    Some((key, value))
}

/// A plain scalar of ASCII letters, digits and `-` (a language code),
/// possibly followed by a comment.
fn plain_word(value: &str) -> Option<String> {
    let word = value.split(" #").next()?.trim();
    (!word.is_empty() && word.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        .then(|| word.to_string())
}

/// One language's vocabulary; `names` gives every concept its id.
/// `raw` compiled; `prebuilt` are its patterns' set sources if `build.rs`
/// derived them ([`prebuilt_pattern_sources`]: a built-in vocabulary's).
fn compile_language(
    source: &Arc<SourceText>,
    raw: &RawVocabulary,
    names: &[String],
    prebuilt: Option<&'static [&'static str]>,
) -> (Vocabulary, Vec<Diag>) {
    let mut problems = Vec::new();
    // `read` kept only languages with a stemmer.
    let algorithm = algorithm(&raw.language).unwrap_or(Algorithm::English);
    static NEXT_ID: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let mut v = Vocabulary {
        lang: raw.language.clone(),
        id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        stemmer: Stemmer::create(algorithm),
        stems: prebuilt_stems(&raw.language),
        compounds: matches!(raw.language.as_str(), "de" | "nl"),
        symbols: HashMap::default(),
        exact: HashMap::default(),
        prefixes: HashMap::default(),
        prefix_lengths: Vec::new(),
        terms_by_first: HashMap::default(),
        defined: Set::default(),
        patterns: None,
        pattern_concepts: Vec::new(),
        pattern_sources: Vec::new(),
        located_patterns: Vec::new(),
    };
    let mut patterns: Vec<&Located<String>> = Vec::new();
    // Word of a term → its stem's symbol: the terms of a language have
    // about three words for each distinct one, and stemming them one by one
    // was a quarter of compiling it.
    let mut stemmed: HashMap<String, u32> = HashMap::default();
    for (name, groups) in &raw.concepts {
        let id = names.iter().position(|n| *n == name.value).unwrap_or(0);
        v.defined = v.defined.with(id);
        for group in groups {
            if group.from.trim().is_empty() {
                problems.push(
                    Diag::error("rules.vocabulary", "a group of terms without `from:`")
                        .at(source, name.span.clone(), "in this concept")
                        .help("say where the wording comes from: the law's text in this language, or a development document"),
                );
            }
            for term in &group.terms {
                match v.compile_term(&term.value, id, &mut stemmed) {
                    Some(t) => {
                        let Some(Word::Stem(first)) = t.words.first().cloned() else {
                            continue;
                        };
                        v.terms_by_first.entry(first).or_default().push(t);
                    }
                    None => {
                        problems.push(
                            Diag::error("rules.vocabulary", format!("empty term `{}`", term.value))
                                .at(source, term.span.clone(), "this term"),
                        )
                    }
                }
            }
            for p in &group.patterns {
                patterns.push(p);
                v.pattern_concepts.push(id);
            }
        }
    }
    v.pattern_sources = match prebuilt.filter(|sources| sources.len() == patterns.len()) {
        Some(sources) => sources.iter().map(|s| s.to_string()).collect(),
        None => patterns
            .iter()
            .map(|p| pattern_source::set_source(&p.value))
            .collect(),
    };
    v.located_patterns = patterns.iter().map(|_| OnceLock::new()).collect();
    match pattern_set(source, &patterns, &v.pattern_sources) {
        Ok(set) => v.patterns = set,
        Err(mut found) => problems.append(&mut found),
    }
    v.prefix_lengths.sort_unstable();
    v.prefix_lengths.dedup();
    (v, problems)
}

/// The patterns of one language as one set. Only when the set does not
/// compile is each pattern compiled alone, to say which is wrong: compiling
/// every pattern twice was a third of a small lint's start-up. (The
/// vocabularies are built in; a test compiles each of their patterns alone,
/// within the size limit site patterns have.) `sources` are the patterns'
/// [`pattern_source::set_source`]s, derived once by the caller: deriving
/// them here again was 6 M of the example site's 365 M instructions.
fn pattern_set(
    source: &Arc<SourceText>,
    patterns: &[&Located<String>],
    sources: &[String],
) -> Result<Option<crate::lint::matcher::Matcher>, Vec<Diag>> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let set = crate::lint::matcher::Matcher::gated(sources, None);
    let set_error = match set {
        Ok(set)
            if patterns
                .iter()
                .all(|p| crate::lint::text::refuse_look_around(&p.value).is_ok()) =>
        {
            return Ok(Some(set));
        }
        Ok(_) => None,
        // The regex crate's words for why the set does not compile.
        Err(_) => regex::RegexSetBuilder::new(sources)
            .case_insensitive(true)
            .build()
            .err(),
    };
    let mut problems: Vec<Diag> = patterns
        .iter()
        .filter_map(|p| {
            let why = crate::lint::text::compile(&p.value).err()?;
            Some(
                Diag::error("rules.vocabulary", format!("invalid pattern: {why}")).at(
                    source,
                    p.span.clone(),
                    "this pattern",
                ),
            )
        })
        .collect();
    if problems.is_empty()
        && let Some(e) = set_error
    {
        problems.push(Diag::error(
            "rules.vocabulary",
            format!("{}: {e}", source.name),
        ));
    }
    Err(problems)
}

/// [`words`] as a vocabulary reads them (`english`: an English one): English "n't" is the
/// word "not" ("If you don't want us to use …" is "do not want us to use",
/// "can't" is "can not"). [`words`] alone ends the word at the apostrophe,
/// so "don't" was "don" and "t", and neither the negation nor a term that
/// says "not …" saw it. Terms are read the same way when compiled.
///
/// English "not" right before "limited" ("including, but not limited to,
/// …", "without being limited to") is no negation: the lawyers' phrase
/// widens a list, and read as "not" it kept the statement out of every form
/// that keeps out `negation` (docs/accuracy.md, session 37, classes-k's
/// Left; session 38, helper classes-m). It is read as a word no vocabulary
/// has.
fn words_as_read(english: bool, text: &str) -> impl Iterator<Item = &str> {
    words(text).map(move |w| {
        if english && w == "t" && is_contracted_not(text, w) {
            "not"
        } else if english && w.eq_ignore_ascii_case("not") && limited_after(text, w) {
            "notlimited"
        } else {
            w
        }
    })
}

/// Whether the word `not`, a slice of `text`, is followed by "limited".
fn limited_after(text: &str, not: &str) -> bool {
    let end = not.as_ptr() as usize - text.as_ptr() as usize + not.len();
    let rest = text[end..].trim_start();
    rest.get(..7)
        .is_some_and(|w| w.eq_ignore_ascii_case("limited"))
        && !rest[7..].starts_with(|c: char| c.is_alphanumeric())
}

/// Whether the word `t`, a slice of `text`, is the end of "n't" (straight
/// or typographic apostrophe) after a letter: "don't", "isn’t".
fn is_contracted_not(text: &str, t: &str) -> bool {
    let at = t.as_ptr() as usize - text.as_ptr() as usize;
    let mut before = text[..at].chars().rev();
    matches!(before.next(), Some('\'' | '’'))
        && matches!(before.next(), Some('n' | 'N'))
        && before.next().is_some_and(char::is_alphabetic)
}

/// Separable prefixes of German verbs, before which an infinitive takes
/// "zu" ("ein-zu-schränken"), longest first.
const SEPARABLE_PREFIXES: &[&str] = &[
    "zuruck", "weiter", "heraus", "hinzu", "wieder", "bereit", "offen", "fest", "frei", "nach",
    "teil", "ab", "an", "auf", "aus", "bei", "ein", "her", "hin", "mit", "vor", "weg", "dar",
];

/// A folded German word with "zu" (infinitive) or "ge" (participle)
/// after a separable prefix, as the verb without it: "einzuschranken" →
/// "einschranken", "eingeschrankt" → "einschrankt". None for other words.
fn without_zu_infix(folded: &str) -> Option<String> {
    SEPARABLE_PREFIXES.iter().find_map(|prefix| {
        let after = folded.strip_prefix(prefix)?;
        if let Some(rest) = after.strip_prefix("zu") {
            return (rest.len() >= 4 && ["en", "ern", "eln"].iter().any(|e| rest.ends_with(e)))
                .then(|| format!("{prefix}{rest}"));
        }
        let rest = after.strip_prefix("ge")?;
        (rest.len() >= 5 && ["t", "en"].iter().any(|e| rest.ends_with(e)))
            .then(|| format!("{prefix}{rest}"))
    })
}

/// Per vocabulary, word → the word's symbols.
type WordCache = HashMap<usize, rustc_hash::FxHashMap<Box<str>, Rc<[u32]>>>;

thread_local! {
    /// Most words recur on every page: each is stemmed and looked up once
    /// per thread.
    static CACHE: RefCell<WordCache> = RefCell::new(HashMap::default());
}

/// Cached words per thread and vocabulary, before the cache starts over.
const CACHE_LIMIT: usize = 200_000;

/// Per vocabulary, a compound's head or tail → the symbol of its stem.
type PartCache = HashMap<usize, rustc_hash::FxHashMap<Box<str>, Option<u32>>>;

thread_local! {
    /// The heads and tails [`Vocabulary::symbols_of_one`] splits a German
    /// or Dutch word into recur across words ("daten…", "…erklärung"):
    /// each is stemmed once per thread. Stemming them was most of the
    /// snowball stemmers' 350 M instructions in the corpus lint.
    static PARTS: RefCell<PartCache> = RefCell::new(HashMap::default());
}

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::new(Memo::default());
}

/// Text bytes a thread's [`Memo`] holds before it starts over: a few
/// megabytes, against the hundreds a large site's sources take.
const MEMO_BYTES: usize = 8 << 20;

/// The concepts of texts seen before, per vocabulary.
#[derive(Default)]
struct Memo {
    sets: HashMap<usize, rustc_hash::FxHashMap<Box<str>, Set>>,
    bytes: usize,
}

impl Memo {
    fn get(&self, vocabulary: usize, text: &str) -> Option<Set> {
        self.sets.get(&vocabulary)?.get(text).copied()
    }

    fn insert(&mut self, vocabulary: usize, text: &str, found: Set) {
        if self.bytes + text.len() > MEMO_BYTES {
            self.sets.clear();
            self.bytes = 0;
        }
        self.bytes += text.len();
        self.sets
            .entry(vocabulary)
            .or_default()
            .insert(text.into(), found);
    }
}

impl Vocabulary {
    fn stem(&self, word: &str) -> String {
        let lower = word.to_lowercase();
        match prebuilt_stem(self.stems, &lower) {
            Some(stem) => stem.to_string(),
            None => super::stem::stem(&self.stemmer, &lower),
        }
    }

    fn symbol(&mut self, stem: String) -> u32 {
        let next = self.symbols.len() as u32;
        *self.symbols.entry(stem).or_insert(next)
    }

    /// One term; `stemmed` remembers the symbol of each word stemmed
    /// before (a word's stem, hence its symbol, never changes).
    fn compile_term(
        &mut self,
        term: &str,
        concept: usize,
        stemmed: &mut HashMap<String, u32>,
    ) -> Option<Term> {
        let mut words = Vec::new();
        // The gap before the next word: `…` widens it.
        let mut gap = GAP;
        let english = self.lang == "en";
        let push = |words: &mut Vec<Word>, gap: &mut usize, sym: u32| {
            if !words.is_empty() {
                words.push(Word::Gap(*gap));
            }
            words.push(Word::Stem(sym));
            *gap = GAP;
        };
        for part in term.split_whitespace() {
            if part == "…" || part == "..." {
                gap = LONG_GAP;
                continue;
            }
            if part == "+" {
                gap = 0;
                continue;
            }
            if let Some(word) = part.strip_prefix('=') {
                let word = fold(word);
                let next =
                    (self.symbols.len() + self.prefixes.len() + self.exact.len()) as u32 | 1 << 30;
                let sym = *self.exact.entry(word).or_insert(next);
                push(&mut words, &mut gap, sym);
                continue;
            }
            if let Some(prefix) = part.strip_suffix('*') {
                let prefix = fold(prefix);
                if prefix.is_empty() {
                    continue;
                }
                let next = (self.symbols.len() + self.prefixes.len()) as u32 | 1 << 31;
                let len = prefix.chars().count();
                let sym = *self.prefixes.entry(prefix).or_insert(next);
                self.prefix_lengths.push(len);
                push(&mut words, &mut gap, sym);
                continue;
            }
            for w in words_as_read(english, part) {
                let sym = match stemmed.get(w) {
                    Some(&sym) => sym,
                    None => {
                        let sym = self.symbol(self.stem(w));
                        stemmed.insert(w.to_string(), sym);
                        sym
                    }
                };
                push(&mut words, &mut gap, sym);
            }
        }
        (!words.is_empty()).then_some(Term { concept, words })
    }

    /// The symbols a word stands for: its stem, the prefixes it begins
    /// with, and (German, Dutch) the vocabulary words it is built from.
    fn symbols_of(&self, word: &str) -> Box<[u32]> {
        let mut out = self.symbols_of_one(word);
        // German writes the infinitive with "zu" inside a separable verb
        // ("einzuschränken", "anzufordern"): read it as the verb too.
        if self.lang == "de"
            && let Some(verb) = without_zu_infix(&fold(word))
        {
            out.extend(self.symbols_of_one(&verb));
        }
        out.sort_unstable();
        out.dedup();
        out.into_boxed_slice()
    }

    fn symbols_of_one(&self, word: &str) -> Vec<u32> {
        let mut out = Vec::new();
        let stem = self.stem(word);
        if let Some(&s) = self.symbols.get(&stem) {
            out.push(s);
        }
        let folded = fold(word);
        if let Some(&s) = self.exact.get(&folded) {
            out.push(s);
        }
        for &len in &self.prefix_lengths {
            if let Some((at, _)) = folded.char_indices().nth(len) {
                if let Some(&s) = self.prefixes.get(&folded[..at]) {
                    out.push(s);
                }
            } else if folded.chars().count() == len
                && let Some(&s) = self.prefixes.get(&folded)
            {
                out.push(s);
            }
        }
        if self.compounds && folded.len() >= 8 && folded.is_ascii() {
            // Every split into a head of 3+ letters and a tail of 4+: the
            // tail stemmed (the compound's inflection is the tail's), the
            // head as it is or without a linking s/e/n.
            for at in 3..folded.len() - 3 {
                let (head, tail) = folded.split_at(at);
                if tail.len() >= 4
                    && let Some(s) = self.part_symbol(tail)
                {
                    out.push(s);
                }
                for h in [head, head.strip_suffix('s').unwrap_or(head)] {
                    if h.len() >= 4
                        && let Some(s) = self.part_symbol(h)
                    {
                        out.push(s);
                    }
                }
            }
        }
        out
    }

    /// The symbol of `part`'s stem, if any: a head or tail of a compound,
    /// remembered per thread ([`PARTS`]).
    fn part_symbol(&self, part: &str) -> Option<u32> {
        PARTS.with(|parts| {
            let mut parts = parts.borrow_mut();
            let parts = parts.entry(self.id).or_default();
            if let Some(&symbol) = parts.get(part) {
                return symbol;
            }
            if parts.len() >= CACHE_LIMIT {
                parts.clear();
            }
            let symbol = self.symbols.get(&self.stem(part)).copied();
            parts.insert(part.into(), symbol);
            symbol
        })
    }

    /// The concepts `text` (normalized) states. Remembered per thread:
    /// statements recur, in a document's translations and versions, in
    /// the boilerplate of a site's policies, in headings ("Your rights").
    pub fn concepts(&self, text: &str) -> Set {
        MEMO.with(|memo| {
            if let Some(found) = memo.borrow().get(self.id, text) {
                return found;
            }
            let found = self.concepts_uncached(text);
            memo.borrow_mut().insert(self.id, text, found);
            found
        })
    }

    /// The symbols of each word, remembered per thread.
    fn tokens<'t>(&self, words: impl Iterator<Item = &'t str>) -> Vec<Rc<[u32]>> {
        CACHE.with(|cache| {
            let mut cache = cache.borrow_mut();
            let cache = cache.entry(self.id).or_default();
            words
                .map(|w| {
                    if let Some(s) = cache.get(w) {
                        return s.clone();
                    }
                    if cache.len() >= CACHE_LIMIT {
                        cache.clear();
                    }
                    let s: Rc<[u32]> = self.symbols_of(w).into();
                    cache.insert(w.into(), s.clone());
                    s
                })
                .collect()
        })
    }

    /// The patterns in the set's shared automaton first, then the terms,
    /// then the patterns searched apart, each only while its concept is
    /// not found yet: a concept is found or not, and searching a pattern
    /// apart (compiling it on first use) for a concept already found was
    /// most of the vocabulary's pattern search on the corpus
    /// (BENCHMARKS.md, session 37).
    fn concepts_uncached(&self, text: &str) -> Set {
        let mut found = Set::default();
        if let Some(set) = &self.patterns {
            for i in set.matches_shared(text).iter() {
                found = found.with(self.pattern_concepts[i.as_usize()]);
            }
        }
        let tokens = self.tokens(words_as_read(self.lang == "en", text));
        for (i, syms) in tokens.iter().enumerate() {
            for s in syms.iter() {
                let Some(terms) = self.terms_by_first.get(s) else {
                    continue;
                };
                for term in terms {
                    if !found.has(term.concept) && match_end(&tokens, i, &term.words).is_some() {
                        found = found.with(term.concept);
                    }
                }
            }
        }
        if let Some(set) = &self.patterns {
            let found_so_far = std::cell::Cell::new(found);
            let concept_of = |i: usize| self.pattern_concepts[i];
            for i in set.matches_apart(text, |i| found_so_far.get().has(concept_of(i))) {
                found_so_far.set(found_so_far.get().with(concept_of(i)));
            }
            found = found_so_far.get();
        }
        found
    }
}

impl Vocabulary {
    /// Where `text` (normalized) states `concept`: the byte ranges of its
    /// terms and patterns, in no particular order.
    pub fn occurrences(&self, text: &str, concept: usize) -> Vec<std::ops::Range<usize>> {
        self.locate(text).occurrences(concept)
    }

    /// `text`'s words and their symbols, to locate concepts in it.
    fn locate<'a>(&'a self, text: &'a str) -> Read<'a> {
        Read {
            vocabulary: self,
            text,
            offsets: words(text)
                .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
                .collect(),
            tokens: self.tokens(words_as_read(self.lang == "en", text)),
            in_text: std::cell::OnceCell::new(),
        }
    }

    /// Whether `governed` is said where `governor` can govern it in `text`
    /// (one statement): after it in the same clause (no ";" between), or
    /// right before it with no "," or ";" between ("Die Löschung können Sie
    /// verlangen"). A concept said in a clause of its own before the
    /// governor ("Where you do not want the data deleted, you may ask us to
    /// restrict …") is not governed by it.
    pub fn governs(&self, text: &str, governor: usize, governed: usize) -> bool {
        // Words, symbols and the patterns in the text found once for both.
        let located = self.locate(text);
        let heads = located.occurrences(governor);
        if heads.is_empty() {
            // Stated only where it cannot be located: do not judge.
            return true;
        }
        let objects = located.occurrences(governed);
        heads.iter().any(|g| {
            objects.iter().any(|o| {
                if o.end <= g.start {
                    let between = text.get(o.end..g.start).unwrap_or("");
                    !between.contains([',', ';'])
                        || self.in_fronted_purpose(text, o, g)
                        || closes_after_comma(text, between, g)
                } else if o.start > g.start && o.end < g.end {
                    // Inside a gapped governor ("vous [contestez … leur
                    // effacement, vous pouvez] demander"): not its object.
                    false
                } else {
                    // After it, or overlapping it ("Sie haben das [Recht]
                    // auf Auskunft", "droit d'accès" naming both).
                    let between = text.get(g.end.min(o.start)..o.start).unwrap_or("");
                    between
                        .split(';')
                        .skip(1)
                        .all(|part| continues_clause(part, &self.lang))
                }
            })
        })
    }
}

impl Vocabulary {
    /// Whether `object` lies in a purpose clause that opens the sentence,
    /// before its first comma, and `governor` in the clause right after
    /// it: "Para que eliminemos sus datos de nuestra base de socios, basta
    /// con que nos lo pida", "Pour que vos données soient effacées …, il
    /// suffit de nous le demander" (development phrasings es:30, fr:33).
    /// What the reader may ask for is said first, and the grant governs it
    /// across the comma. The opening words are `fronted_purpose` in the
    /// vocabularies.
    fn in_fronted_purpose(
        &self,
        text: &str,
        object: &Range<usize>,
        governor: &Range<usize>,
    ) -> bool {
        let Some(id) = fronted_purpose() else {
            return false;
        };
        let Some(comma) = text.find(',') else {
            return false;
        };
        let main_clause = text
            .get(comma + 1..governor.start.max(comma + 1))
            .unwrap_or(",");
        object.end <= comma
            && governor.start > comma
            && !main_clause.contains([',', ';'])
            && text
                .get(..comma)
                .is_some_and(|opening| self.concepts(opening).has(id))
    }
}

/// Whether the governor is a phrase set off by a comma that closes the
/// sentence, so that it governs the clause before it: "We delete your
/// data, on request.", "Wir löschen Ihre Daten, auf Anfrage.", "…, a seu
/// pedido." (development phrasings, session 24). The comma must stand
/// right before the governor, no ";" between, and nothing but closing
/// punctuation after it: "Logs are deleted after 30 days, copies are
/// available on request." is not erasure on request.
fn closes_after_comma(text: &str, between: &str, governor: &Range<usize>) -> bool {
    let closes = text.get(governor.end..).is_some_and(|rest| {
        rest.chars()
            .all(|c| c.is_whitespace() || ".!)»\"”'’".contains(c))
    });
    closes && !between.contains(';') && between.trim_end().strip_suffix(',').is_some()
}

/// The concept of the words that open a purpose clause ("To …", "Para
/// que …", "Um … zu"), if the built-in vocabularies define it.
fn fronted_purpose() -> Option<usize> {
    static ID: LazyLock<Option<usize>> = LazyLock::new(|| builtin().id("fronted_purpose"));
    *ID
}

/// Whether the text after a ";" goes on with the clause before it: a
/// further infinitive of the same grant ("the right … to request access
/// to …; to restrict or object to …; to the portability of …", development
/// half, en-nottinghack-privacy; French "le droit … d'accéder …; de
/// demander …"), not a clause of its own. A part that opens with a bullet
/// glyph is the next item of a list written inline, as a text pasted from a
/// word processor keeps it ("Lei ha diritto di richiedere …: • l'accesso …;
/// • la rettifica …; • la cancellazione …", development half,
/// real/it-isiaurbino-informativa:37): the lead-in governs every item.
fn continues_clause(part: &str, lang: &str) -> bool {
    let part = part.trim_start().to_lowercase();
    if part.starts_with(['•', '·', '▪', '◦', '‣']) || opens_with_enumerator(&part) {
        return true;
    }
    let words: &[&str] = match lang {
        "en" => &["to "],
        "fr" => &["de ", "d'", "d’"],
        _ => &[],
    };
    words.iter().any(|w| part.starts_with(w)) && !part.starts_with("de plus")
}

/// Whether a part opens with the enumerator of a list written inline: a
/// letter, a roman or an arabic numeral closed by a parenthesis ("e) la
/// portabilità dei dati …", "(b) the erasure …", "2) …"). The items of a
/// lettered list soft-broken inside the paragraph of its lead-in read as one
/// sentence cut by ";" ("L'interessato ha diritto di ottenere …: a)
/// l'aggiornamento …; b) la cancellazione …; e) la portabilità dei dati",
/// development half, real/it-gold-m5sbz-privacy:47-54, the old Italian
/// Codice's list); like a bullet glyph, the enumerator says the part is the
/// next item, which the lead-in governs.
fn opens_with_enumerator(part: &str) -> bool {
    let p = part.strip_prefix('(').unwrap_or(part);
    let label: String = p
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    let fits = if label.chars().all(|c| c.is_ascii_digit()) {
        (1..=2).contains(&label.len())
    } else {
        label.len() == 1
            || (label.len() <= 4 && label.chars().all(|c| matches!(c, 'i' | 'v' | 'x')))
    };
    fits && p[label.len()..].starts_with(") ")
}

/// A text read to locate concepts in it ([`Vocabulary::occurrences`]):
/// its words with their offsets and symbols, and which of the vocabulary's
/// patterns the set finds in it (when a concept with patterns is asked
/// for), worked out once for the concepts asked for.
struct Read<'a> {
    vocabulary: &'a Vocabulary,
    text: &'a str,
    offsets: Vec<(usize, &'a str)>,
    tokens: Vec<Rc<[u32]>>,
    in_text: std::cell::OnceCell<Vec<bool>>,
}

impl Read<'_> {
    /// Where the text states `concept`: the byte ranges of its terms and
    /// patterns, in no particular order.
    fn occurrences(&self, concept: usize) -> Vec<std::ops::Range<usize>> {
        let (vocabulary, text) = (self.vocabulary, self.text);
        let (offsets, tokens) = (&self.offsets, &self.tokens);
        let mut found = Vec::new();
        for (i, syms) in tokens.iter().enumerate() {
            for s in syms.iter() {
                for term in vocabulary.terms_by_first.get(s).into_iter().flatten() {
                    if term.concept != concept {
                        continue;
                    }
                    if let Some(end) = match_end(tokens, i, &term.words) {
                        let (last_at, last) = offsets[end];
                        found.push(offsets[i].0..last_at + last.len());
                    }
                }
            }
        }
        if vocabulary.pattern_concepts.contains(&concept) {
            // Only the patterns the set finds in `text` can match alone:
            // building the `Regex` of every pattern of the language (with
            // its reverse automaton) was a seventh of a small site's lint.
            let in_text = self.in_text.get_or_init(|| {
                let mut in_text =
                    vec![vocabulary.patterns.is_none(); vocabulary.pattern_sources.len()];
                if let Some(set) = &vocabulary.patterns {
                    for p in set.matches(text).iter() {
                        in_text[p.as_usize()] = true;
                    }
                }
                in_text
            });
            for (i, source) in vocabulary.pattern_sources.iter().enumerate() {
                if vocabulary.pattern_concepts[i] != concept || !in_text[i] {
                    continue;
                }
                let re = vocabulary.located_patterns[i].get_or_init(|| {
                    regex::RegexBuilder::new(source)
                        .case_insensitive(true)
                        .build()
                        .ok()
                });
                if let Some(re) = re {
                    found.extend(re.find_iter(text).map(|m| m.range()));
                }
            }
        }
        found
    }
}

/// The token a match of `words` (its first word at token `i`) ends at.
fn match_end(tokens: &[Rc<[u32]>], i: usize, words: &[Word]) -> Option<usize> {
    let [Word::Stem(first), rest @ ..] = words else {
        return None;
    };
    if !tokens[i].contains(first) {
        return None;
    }
    match rest {
        [] => Some(i),
        [Word::Gap(gap), tail @ ..] => {
            // The tokens the next word may stand at, each tested for it
            // here before recursing: most are not it, and a call per token
            // cost 47 M of `match_end`'s 248 M instructions on the corpus
            // with every pack (BENCHMARKS.md).
            let [Word::Stem(next), ..] = tail else {
                return None;
            };
            let window = tokens.get(i + 1..=(i + 1 + gap).min(tokens.len().saturating_sub(1)))?;
            window
                .iter()
                .zip(i + 1..)
                .filter(|(token, _)| token.contains(next))
                .find_map(|(_, j)| match_end(tokens, j, tail))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab(lang: &str, yaml: &str) -> (Concepts, Arc<Vocabulary>) {
        let c = compile(&[SourceText::new(
            "v.yaml",
            format!("language: {lang}\n{yaml}"),
        )])
        .unwrap_or_else(|e| panic!("{:?}", e.iter().map(|d| &d.message).collect::<Vec<_>>()));
        let v = c.vocabulary(lang).unwrap().clone();
        (c, v)
    }

    fn has(c: &Concepts, v: &Vocabulary, text: &str, name: &str) -> bool {
        v.concepts(&crate::lint::text::normalize(text))
            .has(c.id(name).unwrap())
    }

    #[test]
    fn a_governor_governs_what_follows_it_in_its_clause_or_stands_right_before_it() {
        let (c, v) = vocab(
            "en",
            "concepts:\n  grant:\n    - from: t\n      terms: ['you may', 'you … ask']\n  erase:\n    - from: t\n      terms: ['deleted', 'erasure']\n      patterns: ['\\bwipe\\b']\n",
        );
        let (grant, erase) = (c.id("grant").unwrap(), c.id("erase").unwrap());
        let governs = |text: &str| v.governs(&crate::lint::text::normalize(text), grant, erase);
        assert!(governs(
            "You may, at any time, ask for your data to be deleted."
        ));
        assert!(governs("Erasure you may ask for at any time."));
        assert!(governs("You may ask us to wipe your account."));
        assert!(!governs(
            "Where you do not want the data deleted, you may ask us to restrict it."
        ));
        assert!(!governs(
            "Logs are deleted after a week; you may ask for a copy."
        ));
        // A "; to …" goes on with the grant's clause.
        assert!(governs(
            "You may ask us for a copy of your data; to have it deleted; or to restrict it."
        ));
        let text = "Where you object, you may ask for erasure.";
        let at = |word: &str| text.find(word).unwrap();
        assert_eq!(v.occurrences(text, erase), vec![at("erasure")..at(".")]);
    }

    #[test]
    fn stems_gaps_prefixes_and_compounds() {
        let (c, en) = vocab(
            "en",
            "concepts:\n  erase:\n    - from: test\n      terms: ['erase', 'right to be forgotten', 'restrict … processing']\n",
        );
        assert!(has(&c, &en, "We erased it.", "erase"));
        assert!(has(&c, &en, "Erasing data", "erase"));
        assert!(has(&c, &en, "the right to be forgotten", "erase"));
        assert!(has(
            &c,
            &en,
            "restrict, in some cases and for a while, processing",
            "erase"
        ));
        assert!(!has(
            &c,
            &en,
            "the right to be, quite honestly, rarely forgotten",
            "erase"
        ));
        let (c, de) = vocab(
            "de",
            "concepts:\n  erase:\n    - from: test\n      terms: ['lösch*', 'Übertragbarkeit', 'Recht … verlangen']\n",
        );
        assert!(has(&c, &de, "die Löschung Ihrer Daten", "erase"));
        assert!(has(&c, &de, "Recht auf Datenübertragbarkeit", "erase"));
        assert!(has(
            &c,
            &de,
            "Sie haben das Recht, von uns die Berichtigung unrichtiger Daten zu verlangen",
            "erase"
        ));
        assert!(!has(&c, &de, "gelöscht", "erase"));
    }

    #[test]
    fn german_zu_infinitives_read_as_their_verb() {
        let (c, de) = vocab(
            "de",
            "concepts:\n  restrict:\n    - from: test\n      terms: ['einschränken', 'anfordern']\n",
        );
        assert!(has(
            &c,
            &de,
            "die Nutzung Ihrer Daten einzuschränken",
            "restrict"
        ));
        assert!(has(&c, &de, "eine Kopie anzufordern", "restrict"));
        assert!(!has(&c, &de, "die Anzahl der Nutzer", "restrict"));
        assert_eq!(
            without_zu_infix("einzuschranken").as_deref(),
            Some("einschranken")
        );
        assert_eq!(without_zu_infix("zuzustimmen"), None);
        assert_eq!(
            without_zu_infix("eingeschrankt").as_deref(),
            Some("einschrankt")
        );
        assert_eq!(without_zu_infix("angebot"), None);
        assert_eq!(without_zu_infix("anzahl"), None);
    }

    #[test]
    fn patterns_and_elision() {
        let (c, fr) = vocab(
            "fr",
            "concepts:\n  access:\n    - from: test\n      terms: [\"droit d'accès\"]\n  duration:\n    - from: test\n      patterns: ['\\b\\d+ (jours|mois|ans)\\b']\n",
        );
        assert!(has(
            &c,
            &fr,
            "Vous disposez d\u{2019}un droit d\u{2019}accès",
            "access"
        ));
        assert!(has(&c, &fr, "pendant 30 jours", "duration"));
        assert!(!has(&c, &fr, "pendant longtemps", "duration"));
    }

    #[test]
    fn english_n_t_is_read_as_not() {
        let read = |lang, text| words_as_read(lang == "en", text).collect::<Vec<_>>();
        assert_eq!(
            read("en", "If you don't want"),
            ["If", "you", "don", "not", "want"]
        );
        assert_eq!(read("en", "it isn’t"), ["it", "isn", "not"]);
        // Only after "n" and an apostrophe: a letter T, another language.
        assert_eq!(read("en", "T-Mobile's t"), ["T", "Mobile", "s", "t"]);
        assert_eq!(read("fr", "don't"), ["don", "t"]);
    }

    #[test]
    fn a_set_lists_its_ids_in_order_across_both_words() {
        let set = Set::of(200).with(3).with(127).with(128);
        assert_eq!(set.ids().collect::<Vec<_>>(), vec![3, 127, 128, 200]);
        assert_eq!(Set::default().ids().count(), 0);
    }

    #[test]
    fn memo_keeps_vocabularies_apart_and_starts_over_when_full() {
        let mut memo = Memo::default();
        memo.insert(1, "Your rights", Set::of(1));
        memo.insert(2, "Your rights", Set::of(2));
        assert_eq!(memo.get(1, "Your rights"), Some(Set::of(1)));
        assert_eq!(memo.get(2, "Your rights"), Some(Set::of(2)));
        assert_eq!(memo.get(1, "Other"), None);
        memo.insert(1, &"x".repeat(MEMO_BYTES), Set::of(4));
        assert_eq!(memo.get(1, "Your rights"), None, "over budget: forgotten");
    }

    #[test]
    fn remembered_concepts_are_the_computed_ones() {
        let (c, en) = vocab(
            "en",
            "concepts:\n  erase:\n    - from: test\n      terms: ['erase']\n",
        );
        let text = crate::lint::text::normalize("We erase it.");
        let first = en.concepts(&text);
        assert_eq!(en.concepts(&text), first);
        assert_eq!(first, en.concepts_uncached(&text));
        assert!(first.has(c.id("erase").unwrap()));
    }

    /// [`Vocabulary::concepts_uncached`] skips the patterns searched apart
    /// whose concept is found already: it must find what every term and
    /// every pattern searched finds, on the example site's policies and the
    /// accuracy phrasings, read by every built-in vocabulary (the other
    /// languages' texts too: a pattern such as an e-mail address fires in
    /// any).
    #[test]
    fn concepts_found_with_searches_skipped_are_those_every_search_finds() {
        fn every_search(v: &Vocabulary, text: &str) -> Set {
            let mut found = Set::default();
            if let Some(set) = &v.patterns {
                for i in set.matches(text).iter() {
                    found = found.with(v.pattern_concepts[i.as_usize()]);
                }
            }
            let tokens = v.tokens(words_as_read(v.lang == "en", text));
            for (i, syms) in tokens.iter().enumerate() {
                for term in syms.iter().flat_map(|s| v.terms_by_first.get(s)).flatten() {
                    if match_end(&tokens, i, &term.words).is_some() {
                        found = found.with(term.concept);
                    }
                }
            }
            found
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts = Vec::new();
        for dir in ["content", "tests/accuracy/phrasings"] {
            let mut files: Vec<_> = std::fs::read_dir(root.join(dir))
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            files.sort();
            for file in files {
                let text = std::fs::read_to_string(&file).unwrap();
                texts.extend(
                    text.lines()
                        .filter(|l| !l.trim().is_empty())
                        .map(crate::lint::text::normalize),
                );
            }
        }
        assert!(texts.len() > 5000, "{}", texts.len());
        let c = builtin();
        let (mut compared, mut with_patterns) = (0, 0);
        for lang in c.languages() {
            let v = c.vocabulary(lang).unwrap();
            for text in &texts {
                let expected = every_search(v, text);
                assert_eq!(v.concepts_uncached(text), expected, "{lang}: {text}");
                compared += 1;
                with_patterns += usize::from(
                    v.patterns
                        .as_ref()
                        .is_some_and(|set| set.matches(text).iter().next().is_some()),
                );
            }
        }
        assert!(with_patterns > 1000, "{with_patterns} of {compared}");
    }

    /// Rules learn what a language defines before it compiles (if it ever
    /// does): both must agree.
    #[test]
    fn a_language_read_defines_what_it_compiles_to() {
        let c = builtin();
        assert_eq!(c.languages().count(), BUILTIN.len());
        for lang in c.languages() {
            assert_eq!(
                c.defined(lang),
                c.vocabulary(lang).map(|v| v.defined),
                "{lang}"
            );
        }
    }

    /// The outline build.rs wrote of each built-in file is its scan's, in
    /// the same order.
    #[test]
    fn the_prebuilt_outline_of_a_builtin_vocabulary_is_its_scan() {
        for (index, (name, text)) in BUILTIN.iter().enumerate() {
            let (language, mut concepts) =
                prebuilt_outline(index).unwrap_or_else(|| panic!("{name}"));
            let (scanned, mut expected) = outline(text).unwrap_or_else(|| panic!("{name}"));
            concepts.sort();
            expected.sort();
            assert_eq!((language, concepts), (scanned, expected), "{name}");
        }
        let files: Vec<&str> = prebuilt::OUTLINES.iter().map(|(f, ..)| *f).collect();
        let names: Vec<&str> = BUILTIN.iter().map(|(n, _)| *n).collect();
        assert_eq!(files, names);
    }

    /// The built-in files are read for their outline only: it must be
    /// what parsing them gives, and files laid out otherwise are parsed.
    #[test]
    fn the_outline_of_a_builtin_vocabulary_is_what_parsing_it_gives() {
        for (name, text) in BUILTIN {
            let raw: RawVocabulary = crate::yaml::from_str(text).unwrap();
            let keys: Vec<String> = raw.concepts.keys().map(|k| k.value.clone()).collect();
            let (language, mut concepts) = outline(text).unwrap_or_else(|| panic!("{name}"));
            concepts.sort();
            assert_eq!((language, concepts), (raw.language, keys), "{name}");
        }
        for other in [
            "language: en\nconcepts: {x: []}\n",
            "language: 'en'\nconcepts:\n  x: []\n",
            "language: en\nconcepts:\n  x: []\n  x: []\n",
            "language: en\nconcepts:\n  'x': []\n",
            "language: en\nconcepts:\n    x: []\n  y: []\n",
            "language: en\nconcepts:\n\tx: []\n",
            "language: en\nextra: 1\nconcepts:\n  x: []\n",
            "---\nlanguage: en\nconcepts:\n  x: []\n",
            "concepts:\n  x: []\n",
        ] {
            assert_eq!(outline(other), None, "{other:?}");
        }
        assert_eq!(
            outline(
                "# c\nlanguage: en # English\ndescription: >\n  a: b\nconcepts:\n  # c\n  x:\n  - from: y\n    terms: [a]\n  y: []\n"
            ),
            Some(("en".to_string(), vec!["x".to_string(), "y".to_string()]))
        );
    }

    /// What a built-in vocabulary's JSON (build.rs) reads as must be what
    /// its YAML parses to, spans aside.
    #[test]
    fn a_builtin_vocabulary_reads_from_its_json_as_from_its_yaml() {
        fn outline(raw: &RawVocabulary) -> Vec<(String, Vec<[Vec<String>; 3]>)> {
            let values = |l: &[Located<String>]| l.iter().map(|x| x.value.clone()).collect();
            raw.concepts
                .iter()
                .map(|(name, groups)| {
                    let groups = groups
                        .iter()
                        .map(|g| [vec![g.from.clone()], values(&g.terms), values(&g.patterns)])
                        .collect();
                    (name.value.clone(), groups)
                })
                .collect()
        }
        assert_eq!(BUILTIN.len(), BUILTIN_JSON.len());
        for ((name, text), json) in BUILTIN.iter().zip(BUILTIN_JSON) {
            let from_yaml: RawVocabulary = crate::yaml::from_str(text).unwrap();
            let from_json: RawVocabulary =
                serde_json::from_str(json).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(from_json.language, from_yaml.language, "{name}");
            assert_eq!(outline(&from_json), outline(&from_yaml), "{name}");
        }
    }

    /// The stems `build.rs` wrote are the stemmer's, and every word of a
    /// built-in term is among them (or the run time stems it again on every
    /// run, which is what the table is for).
    #[test]
    fn prebuilt_stems_are_the_stemmers_and_cover_every_builtin_term() {
        let mut entries = 0;
        for (lang, stems) in prebuilt::STEMS {
            let stemmer = Stemmer::create(algorithm(lang).unwrap());
            assert!(
                stems.windows(2).all(|w| w[0].0 < w[1].0),
                "{lang}: not sorted"
            );
            for (word, stemmed) in *stems {
                assert_eq!(*word, word.to_lowercase(), "{lang}");
                assert_eq!(
                    *stemmed,
                    super::super::stem::stem(&stemmer, word),
                    "{lang}: {word}"
                );
            }
            entries += stems.len();
        }
        assert!(entries > 1000, "{entries} prebuilt stems");
        for (name, text) in BUILTIN {
            let raw: RawVocabulary = crate::yaml::from_str(text).unwrap();
            let stems = prebuilt_stems(&raw.language);
            for term in raw.concepts.values().flatten().flat_map(|g| &g.terms) {
                for word in words(&term.value) {
                    let lower = word.to_lowercase();
                    assert!(
                        prebuilt_stem(stems, &lower).is_some(),
                        "{name}: {lower} has no prebuilt stem"
                    );
                }
            }
        }
    }

    #[test]
    fn every_group_names_its_source() {
        let err = compile(&[SourceText::new(
            "v.yaml",
            "language: en\nconcepts:\n  x:\n    - from: ''\n      terms: [a]\n",
        )])
        .err()
        .unwrap();
        assert_eq!(err[0].code, "rules.vocabulary");
    }

    /// `compile` checks patterns one by one only when their set fails:
    /// here each built-in pattern must pass the check site patterns pass.
    #[test]
    fn every_builtin_pattern_compiles_alone() {
        let mut unfolded = 0;
        for (name, text) in BUILTIN {
            let raw: RawVocabulary = crate::yaml::from_str(text).unwrap();
            for group in raw.concepts.values().flatten() {
                for p in &group.patterns {
                    let compiled = crate::lint::text::compile(&p.value);
                    assert!(compiled.is_ok(), "{name}: {}: {compiled:?}", p.value);
                    let source = pattern_source::set_source(&p.value);
                    unfolded += usize::from(crate::lint::matcher::assert_unfolds_alike(&source));
                }
            }
        }
        // The e-mail pattern in each language, at least.
        assert!(unfolded >= BUILTIN.len(), "{unfolded}");
    }

    #[test]
    fn a_bad_pattern_is_named_although_the_set_compiles_the_rest() {
        let err = compile(&[SourceText::new(
            "v.yaml",
            "language: en\nconcepts:\n  x:\n    - from: t\n      patterns: ['ok', '(unclosed', 'a\\(?=b']\n",
        )])
        .err()
        .unwrap();
        let messages: Vec<&str> = err.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(messages[0].starts_with("invalid pattern"), "{messages:?}");
        assert!(messages[1].contains("look-around"), "{messages:?}");
    }

    /// A word boundary beside a group or class that may begin or end with
    /// a non-ASCII letter stays Unicode: "über 16" is a match of
    /// `\b(unter|über) 1[3-8]\b`, "één dag" of `\b(een|één) dag`.
    #[test]
    fn a_boundary_beside_a_group_with_a_non_ascii_letter_stays_unicode() {
        for (pattern, text) in [
            (r"\b(unter|über) 1[3-8]\b", "Kinder über 16 Jahre"),
            (r"\b(een|één) (dag|week)\b", "binnen één dag"),
            (
                r"\b(moins de|âgée?s? de) 1[3-8]\b",
                "les personnes âgées de 15 ans",
            ),
            (r"\b[A-ZÄÖÜ][a-zäöüß]+straße 1", "an die Ölmühlenstraße 1"),
            (r"(ab|bä)\b", "ein bä."),
            (r"\b(policy|notice) says", "this notice says"),
            // Beside a separator the pattern wants, the boundary is implied
            // by the letter (an Italian group ending in "società" matched
            // nothing before session 36: the spelled-out class took the space).
            (r"(?:società|personale)\b può", "il personale può accedere"),
            (r"(?:società|autorità)\b può", "la società può accedere"),
            (r"\b(?:für|während|über) (?:die|den) ", "für die Dauer"),
            (r"la \b(?:società|ditta)\b", "per la società."),
        ] {
            let m =
                crate::lint::matcher::Matcher::new(&[pattern_source::ascii_bounded(pattern)], None)
                    .unwrap();
            assert!(
                m.is_match(text),
                "{pattern} on {text:?}: {}",
                pattern_source::ascii_bounded(pattern)
            );
        }
        // Beside ASCII only, the ASCII boundary (the fast one) as before.
        assert_eq!(
            pattern_source::ascii_bounded(r"\b(policy|notice)\b"),
            r"(?-u:\b)(policy|notice)(?-u:\b)"
        );
        assert_eq!(
            pattern_source::ascii_bounded(r"\bâge"),
            r"(?:^|[^\p{L}\p{N}_])âge"
        );
        assert_eq!(
            pattern_source::ascii_bounded(r"(società|personale)\b può"),
            r"(società|personale) può"
        );
        // Not where the letter side may be something else ("é?" alone).
        assert_eq!(
            pattern_source::ascii_bounded(r"(società|é?)\b può"),
            r"(società|é?)(?:$|[^\p{L}\p{N}_]) può"
        );
        // Not a match inside a word still.
        let m = crate::lint::matcher::Matcher::new(
            &[pattern_source::ascii_bounded(r"\b(über) 1[3-8]")],
            None,
        )
        .unwrap();
        assert!(!m.is_match("Gegenüber 16"));
    }

    /// The built-in vocabularies as a lint reads them (outline, then the
    /// JSON build.rs wrote, compiled on first use, its problems not
    /// reported) keep every language and every pattern: a pattern set that
    /// does not compile there leaves the language with no pattern and says
    /// nothing (a lookahead in one English pattern once took the others
    /// with it: "Email us and we will delete your data" then fired
    /// erasure). build.rs refuses such a vocabulary; this proves the run
    /// time got all of it.
    #[test]
    fn the_lint_reads_every_builtin_language_and_pattern() {
        let concepts = builtin();
        assert!(builtin_problems().is_none());
        for (name, text) in BUILTIN {
            let raw: RawVocabulary = crate::yaml::from_str(text).unwrap();
            let written: Vec<&str> = raw
                .concepts
                .values()
                .flatten()
                .flat_map(|g| g.patterns.iter().map(|p| p.value.as_str()))
                .collect();
            let v = concepts.vocabulary(&raw.language).unwrap_or_else(|| {
                panic!("{name}: language `{}` not read", raw.language);
            });
            assert_eq!(v.lang, raw.language, "{name}");
            assert_eq!(v.pattern_sources.len(), written.len(), "{name}");
            assert!(
                written.is_empty() || v.patterns.is_some(),
                "{name}: its patterns did not compile"
            );
            assert_eq!(
                concepts.defined(&raw.language),
                Some(v.defined),
                "{name}: concepts defined"
            );
        }
        // And the proof bites: a set with a lookahead compiles to nothing.
        let bad = SourceText::new(
            "v.yaml",
            "language: en\nconcepts:\n  x:\n    - from: t\n      patterns: ['ok', 'a(?=b)']\n",
        );
        let raw: RawVocabulary = crate::yaml::from_str(&bad.text).unwrap();
        let (v, problems) = compile_language(&bad, &raw, &["x".to_string()], None);
        assert!(v.patterns.is_none() && !problems.is_empty());
    }

    /// No built-in pattern spells out a word boundary as a class right
    /// beside a separator the pattern itself requires: the class takes the
    /// separator, and the pattern can never match (session 36: an Italian
    /// group ending in "società" silenced its whole pattern, and nothing
    /// said so). A new pattern of that shape fails here, with its text.
    #[test]
    fn no_builtin_pattern_spells_a_boundary_beside_a_required_separator() {
        let separators = [
            ' ', ',', ';', ':', '\'', '’', '"', '«', '»', '“', '”', '-', '/',
        ];
        let silent = |source: &str| {
            let after = source
                .match_indices(r"(?:$|[^\p{L}\p{N}_])")
                .any(|(at, bound)| {
                    let mut rest = source[at + bound.len()..].chars();
                    rest.next().is_some_and(|c| separators.contains(&c))
                        && !matches!(rest.next(), Some('?' | '*' | '{'))
                });
            // A group's `(?-i:` or `(?:` ends with a colon that is syntax,
            // not a separator.
            let before = source
                .match_indices(r"(?:^|[^\p{L}\p{N}_])")
                .any(|(at, _)| {
                    let head = &source[..at];
                    let group_opening = head.ends_with(':')
                        && head.rfind("(?").is_some_and(|open| {
                            head[open + 2..head.len() - 1]
                                .chars()
                                .all(|c| c.is_ascii_alphabetic() || c == '-')
                        });
                    head.chars()
                        .next_back()
                        .is_some_and(|c| separators.contains(&c))
                        && !head.ends_with("\\ ")
                        && !group_opening
                });
            after || before
        };
        // The check sees the shape: a letter side it cannot prove a letter.
        assert!(silent(&pattern_source::set_source(r"(società|é?)\b può")));
        assert!(!silent(&pattern_source::set_source(
            r"(?-i:\b(?:über|ab) \d)"
        )));
        let mut found = Vec::new();
        for (name, text) in BUILTIN {
            let raw: RawVocabulary = crate::yaml::from_str(text).unwrap();
            for group in raw.concepts.values().flatten() {
                for pattern in &group.patterns {
                    if silent(&pattern_source::set_source(&pattern.value)) {
                        found.push(format!("{name}: {}", pattern.value));
                    }
                }
            }
        }
        assert!(
            found.is_empty(),
            "patterns that can never match:\n{}",
            found.join("\n")
        );
    }

    /// `build.rs` derived every built-in vocabulary's pattern set exactly as
    /// this run time does, and compiled it (`matcher::prebuilt`): a set it
    /// missed would still be right, only slower.
    #[test]
    fn every_builtin_pattern_set_is_prebuilt() {
        for (name, text) in BUILTIN {
            let source = SourceText::new(*name, *text);
            let raw: RawVocabulary = crate::yaml::from_str(text).unwrap();
            let names: Vec<String> = raw.concepts.keys().map(|k| k.value.clone()).collect();
            let (v, problems) = compile_language(&source, &raw, &names, None);
            assert!(problems.is_empty(), "{name}");
            assert!(
                crate::lint::matcher::is_prebuilt(&v.pattern_sources, true, None, false),
                "{name}: not in the table build.rs wrote"
            );
            // The file's own lines, as written and in capitals, have its
            // literals in every place a gate looks at.
            let upper: Vec<String> = text.lines().map(str::to_uppercase).collect();
            let texts: Vec<&str> = text
                .lines()
                .chain(upper.iter().map(String::as_str))
                .collect();
            assert!(
                crate::lint::matcher::prebuilt_gates_open_as_built(&v.pattern_sources, &texts),
                "{name}: its prebuilt gates open otherwise"
            );
        }
    }

    /// Heap bytes of a built-in vocabulary pattern's NFA when it is searched
    /// apart (`NFA::memory_usage` of its prebuilt NFA). Each such pattern
    /// also has a lazy DFA cache sized by its NFA and grown to
    /// `PART_DFA_CACHE`, and the corpus lint's peak memory has a ceiling
    /// (issue #20, item 3; BENCHMARKS.md, session 38, mem-w). The largest
    /// at `944165d` took 152,156 bytes.
    const PART_NFA_BUDGET: usize = 160_000;

    /// The sum of those bytes over one built-in vocabulary's patterns
    /// searched apart, by file: some 10% over what they took at `944165d`
    /// (de 5.59 MB in 231 patterns; en, es, fr, it, nl, pt 3.89–4.15 MB in
    /// 211–220).
    fn vocabulary_parts_nfa_budget(file: &str) -> usize {
        if file.ends_with("/de.yaml") {
            6_150_000
        } else {
            4_600_000
        }
    }

    /// No built-in vocabulary pattern searched apart, and no vocabulary's
    /// patterns together, outgrow their NFA budgets: new accuracy patterns
    /// cannot silently eat the corpus lint's memory headroom.
    #[test]
    fn builtin_patterns_stay_within_their_nfa_budgets() {
        let how = "write it smaller, or raise the budget in the same commit with \
            the corpus lint's peak RSS measured (BENCHMARKS.md). What is large: a \
            counted window such as `[^.;]{0,60}?` copies its class's UTF-8 automaton \
            once per repetition (a shorter count, or words counted as \
            `(?:\\S+ ){0,8}?`, is smaller); a Unicode `\\w` or a class of accented \
            capitals repeated for each word of a name is hundreds of states a copy \
            (an ASCII class, where the text allows, is a few). A form that matches \
            otherwise must leave the lint JSON on the corpus and the accuracy report \
            as they were, or say why not";
        for (index, (name, _)) in BUILTIN.iter().enumerate() {
            let sources = prebuilt_pattern_sources(index).unwrap();
            let sizes = crate::lint::matcher::prebuilt_part_sizes(sources)
                .unwrap_or_else(|| panic!("{name}: not in the table build.rs wrote"));
            for (source, bytes) in &sizes {
                assert!(
                    *bytes <= PART_NFA_BUDGET,
                    "{name}: the pattern `{source}` takes {bytes} bytes of NFA, over \
                     the budget of {PART_NFA_BUDGET}: {how}"
                );
            }
            let total: usize = sizes.iter().map(|(_, bytes)| bytes).sum();
            let budget = vocabulary_parts_nfa_budget(name);
            assert!(
                total <= budget,
                "{name}: its {} patterns searched apart take {total} bytes of NFA, over \
                 the budget of {budget}; the largest {:?}: {how}",
                sizes.len(),
                {
                    let mut largest: Vec<(usize, String)> = sizes
                        .iter()
                        .map(|(source, b)| (*b, source.chars().take(60).collect()))
                        .collect();
                    largest.sort_unstable_by(|a, b| b.cmp(a));
                    largest.truncate(5);
                    largest
                }
            );
        }
    }

    /// The pattern sources build.rs derived for each built-in vocabulary
    /// are those its patterns derive to here, in the same order: a built-in
    /// vocabulary compiles to the same vocabulary with them or without.
    #[test]
    fn prebuilt_pattern_sources_are_the_derived_ones() {
        assert_eq!(prebuilt::PATTERN_SOURCES.len(), BUILTIN.len());
        for (index, (name, text)) in BUILTIN.iter().enumerate() {
            let source = SourceText::new(*name, *text);
            let raw = parse_builtin(Some(index), text).unwrap();
            let names: Vec<String> = raw.concepts.keys().map(|k| k.value.clone()).collect();
            let (derived, _) = compile_language(&source, &raw, &names, None);
            let prebuilt = prebuilt_pattern_sources(index).unwrap();
            assert_eq!(derived.pattern_sources, prebuilt, "{name}");
            let (read, problems) = compile_language(&source, &raw, &names, Some(prebuilt));
            assert!(problems.is_empty(), "{name}");
            assert_eq!(read.pattern_sources, derived.pattern_sources, "{name}");
            assert_eq!(read.pattern_concepts, derived.pattern_concepts, "{name}");
            assert!(read.patterns.is_some() && !prebuilt.is_empty(), "{name}");
        }
        // Sources of another length (a vocabulary that is not the one
        // build.rs read) are not taken.
        let (name, text) = BUILTIN[0];
        let raw = parse_builtin(Some(0), text).unwrap();
        let names: Vec<String> = raw.concepts.keys().map(|k| k.value.clone()).collect();
        let source = SourceText::new(name, text);
        let (v, _) = compile_language(&source, &raw, &names, Some(&["x"][..]));
        assert_eq!(
            v.pattern_sources,
            prebuilt_pattern_sources(0).unwrap(),
            "{name}"
        );
    }

    #[test]
    fn builtin_vocabularies_compile_and_are_embedded() {
        let sources: Vec<_> = BUILTIN
            .iter()
            .map(|(n, t)| SourceText::new(*n, *t))
            .collect();
        let c = compile(&sources).unwrap_or_else(|e| {
            panic!(
                "{:?}",
                e.iter().map(|d| d.message.clone()).collect::<Vec<_>>()
            )
        });
        assert_eq!(c.languages().count(), BUILTIN.len());
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/vocabulary");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let embedded: Vec<String> = BUILTIN
            .iter()
            .map(|(n, _)| n.trim_start_matches("rules/vocabulary/").to_string())
            .collect();
        assert_eq!(on_disk, embedded);
    }

    /// [`match_end`] as it was before it tested each token of a gap for
    /// the next word itself: every token of the window tried by recursion.
    fn match_end_by_recursion(tokens: &[Rc<[u32]>], i: usize, words: &[Word]) -> Option<usize> {
        let [Word::Stem(first), rest @ ..] = words else {
            return None;
        };
        if !tokens[i].contains(first) {
            return None;
        }
        match rest {
            [] => Some(i),
            [Word::Gap(gap), tail @ ..] => (i + 1
                ..=(i + 1 + gap).min(tokens.len().saturating_sub(1)))
                .filter(|&j| j < tokens.len())
                .find_map(|j| match_end_by_recursion(tokens, j, tail)),
            _ => None,
        }
    }

    fn word() -> impl proptest::strategy::Strategy<Value = Word> {
        use proptest::prelude::*;
        prop_oneof![
            (0u32..4).prop_map(Word::Stem),
            (0usize..4).prop_map(Word::Gap)
        ]
    }

    proptest::proptest! {
        #[test]
        fn match_end_finds_what_trying_every_token_finds(
            tokens in proptest::collection::vec(proptest::collection::vec(0u32..4, 0..3), 1..12),
            words in proptest::collection::vec(word(), 0..6),
        ) {
            let tokens: Vec<Rc<[u32]>> = tokens.into_iter().map(Into::into).collect();
            for i in 0..tokens.len() {
                proptest::prop_assert_eq!(
                    match_end(&tokens, i, &words),
                    match_end_by_recursion(&tokens, i, &words)
                );
            }
        }
    }
}
