//! A word as the vocabularies compare words: lowercased, stemmed with the
//! language's Snowball stemmer, folded (no diacritics, ß as ss).
//!
//! Standalone on purpose (the standard library, `rust-stemmers` and
//! `unicode-normalization` only): `build.rs` includes this file to stem
//! the words of the built-in vocabularies' terms at build time, exactly as
//! the run time stems them. Stemming a word costs some 4,000 instructions
//! (German more), and compiling the example site's vocabularies stemmed
//! about 3,200 words on every run, 4% of its lint (callgrind,
//! BENCHMARKS.md); [`crate::lint::vocabulary`] looks a word up in the
//! table `build.rs` writes before it asks the stemmer.

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::UnicodeNormalization;

/// The languages a vocabulary can be written in, with their stemmers; the
/// vocabulary schema offers the same.
pub const STEMMERS: &[(&str, Algorithm)] = &[
    ("en", Algorithm::English),
    ("de", Algorithm::German),
    ("fr", Algorithm::French),
    ("es", Algorithm::Spanish),
    ("it", Algorithm::Italian),
    ("pt", Algorithm::Portuguese),
    ("nl", Algorithm::Dutch),
];

/// The stemmer of `lang`, if it has one.
pub fn algorithm(lang: &str) -> Option<Algorithm> {
    STEMMERS
        .iter()
        .find(|(code, _)| *code == lang)
        .map(|(_, algorithm)| *algorithm)
}

/// The stem of `lower`, a word already lowercased (`str::to_lowercase`),
/// folded.
pub fn stem(stemmer: &Stemmer, lower: &str) -> String {
    fold(&stemmer.stem(lower))
}

/// Lowercase, without diacritics; ß is ss.
pub fn fold(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(word.len());
    for c in word
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
    {
        match c {
            'ß' => out.push_str("ss"),
            c => out.push(c),
        }
    }
    out
}

/// The words of a text: runs of letters and digits. Apostrophes end a
/// word, so elided articles (d', l', dell') stand alone.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}
