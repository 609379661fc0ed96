use crate::lint::Check;
use crate::lint::rule::code_rule;
use crate::lint::violation::Violation;
use crate::markdown::BlockKind;

code_rule! {
    /// A long passage of a translation is still in the original's language.
    ///
    /// A paragraph left in English in the German policy is not told to German
    /// readers, and often marks a passage added to the original later and
    /// pasted in untranslated.
    ///
    /// Charter counts the commonest short words (articles,
    /// prepositions, pronouns) of each language in every paragraph of at
    /// least 12 words: a paragraph where the original's language clearly
    /// wins is reported. Consecutive paragraphs are reported as one passage.
    pub static UNTRANSLATED = {
        id: "i18n.untranslated",
        severity: Warning,
        pack: "i18n",
        applies_to: [],
        jurisdictions: [],
        message: "This passage is not translated",
        help: "translate the passage; quote foreign-language text in a block quote only when it must stay in the original",
        check: Document(check),
    };
}

/// Shorter paragraphs (names, addresses, a table row) prove nothing.
const MIN_WORDS: usize = 12;

fn check(c: &mut Check<'_>) {
    let (site, doc) = (c.site, c.doc);
    let Some(orig) = c.original else {
        return;
    };
    // The original's language must be recognisable: without its words the
    // rule cannot tell a passage left in it, and says so.
    let Some(theirs_bit) = language_bit(&orig.lang) else {
        c.cannot_read(&orig.lang);
        return;
    };
    let mine_bit = language_bit(&doc.lang).unwrap_or(0);
    let mut passages: Vec<(std::ops::Range<usize>, usize)> = Vec::new();
    let mut last_flagged: Option<usize> = None;
    for (i, block) in doc.rendered.outline.blocks.iter().enumerate() {
        if block.kind == BlockKind::TableRow {
            continue;
        }
        let (mut words, mut theirs, mut mine) = (0, 0, 0);
        for w in split_words(&block.text) {
            words += 1;
            // Function words are short; most words need no lookup at all.
            let Some(key) = key(w) else {
                continue;
            };
            // One lookup for both languages.
            let of = STOP_WORDS_OF.get(&key).copied().unwrap_or(0);
            theirs += usize::from(of & theirs_bit != 0);
            mine += usize::from(of & mine_bit != 0);
        }
        if words < MIN_WORDS {
            continue;
        }
        // A clear majority of the original's function words, and enough of
        // them that shared words ("a", "de", "en") cannot decide it.
        if theirs * 100 >= words * 15 && theirs >= 2 * mine + 2 {
            match (last_flagged, passages.last_mut()) {
                (Some(prev), Some((span, n))) if prev + 1 == i => {
                    span.end = block.span.end;
                    *n += 1;
                }
                _ => passages.push((block.span.clone(), 1)),
            }
            last_flagged = Some(i);
        }
    }
    let language = |code: &str| {
        site.config
            .language(code)
            .map_or_else(|| code.to_string(), |l| l.name.clone())
    };
    let (theirs, mine) = (language(&orig.lang), language(&doc.lang));
    for (span, paragraphs) in passages {
        let violation = Untranslated {
            paragraphs,
            theirs: &theirs,
            mine: &mine,
        };
        c.report_violation(span, violation);
    }
}

/// `paragraphs` in a row are in the original's language (`theirs`), not
/// the translation's (`mine`); both by their names in site.toml.
struct Untranslated<'a> {
    paragraphs: usize,
    theirs: &'a str,
    mine: &'a str,
}

impl Violation for Untranslated<'_> {
    fn message(&self) -> String {
        let Self {
            paragraphs: n,
            theirs,
            mine,
        } = self;
        if *n == 1 {
            format!("This paragraph is in {theirs}, the original's language, not in {mine}")
        } else {
            format!("These {n} paragraphs are in {theirs}, the original's language, not in {mine}")
        }
    }
    fn label(&self) -> String {
        format!("{}, not {}", self.theirs, self.mine)
    }
}

/// The words of `text`: runs of letters and apostrophes. Every paragraph of
/// every translation goes through here, so ASCII is looked at a byte at a
/// time, by a table: the test of each byte was most of the rule (671 M
/// instructions on a generated 3,000-page site, callgrind).
fn split_words(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    // Whether the character at `i`, not ASCII, belongs to a word, and its length.
    let wide = move |i: usize| {
        // U+00C0–U+00FF, the Latin letters of most translations, without
        // decoding and a table lookup: all letters but × and ÷.
        if bytes[i] == 0xC3
            && let Some(&second) = bytes.get(i + 1)
        {
            return (second != 0x97 && second != 0xB7, 2);
        }
        text.get(i..)
            .and_then(|rest| rest.chars().next())
            .map_or((false, 1), |c| (c.is_alphabetic(), c.len_utf8()))
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        let start = loop {
            let &b = bytes.get(i)?;
            if ASCII_WORD[usize::from(b)] {
                break i;
            }
            if b.is_ascii() {
                i += 1;
            } else {
                let (in_word, len) = wide(i);
                if in_word {
                    break i;
                }
                i += len;
            }
        };
        // Most bytes of a word are ASCII letters: one test each.
        while let Some(&b) = bytes.get(i) {
            if ASCII_WORD[usize::from(b)] {
                i += 1;
                continue;
            }
            if b.is_ascii() {
                break;
            }
            let (in_word, len) = wide(i);
            if !in_word {
                break;
            }
            i += len;
        }
        text.get(start..i)
    })
}

/// For each byte, whether it is ASCII and belongs to a word: a letter or
/// an apostrophe.
static ASCII_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphabetic() || b == b'\'' as usize;
        b += 1;
    }
    table
};

/// For each function word, by its [`key`], the languages of [`STOP_WORDS`]
/// it is one of, as a bit per language in its order. Every word of every
/// translated paragraph is looked up, once for both languages; SipHash (the
/// default, made to resist attacks on tables that grow with input) cost
/// more than the rest of the rule, and this table is fixed.
static STOP_WORDS_OF: std::sync::LazyLock<rustc_hash::FxHashMap<u64, u16>> =
    std::sync::LazyLock::new(|| {
        let mut of = rustc_hash::FxHashMap::default();
        for (i, (_, words)) in STOP_WORDS.iter().enumerate() {
            for word in *words {
                let key = key(word).expect("a stop word fits in eight bytes");
                *of.entry(key).or_insert(0) |= 1 << i;
            }
        }
        of
    });

/// The longest a function word of any language is, in bytes (a test checks
/// [`STOP_WORDS`]): a word's lowercase letters fit in a `u64`.
const LONGEST_STOP_WORD: usize = 8;

/// `word` lowercased, its bytes in a `u64` (zero after the last), if it is
/// no longer than [`LONGEST_STOP_WORD`]: the key of [`STOP_WORDS_OF`]. A
/// word is letters and apostrophes, never a zero byte. Building each
/// lowercase word as a `String` to hash it cost a seventh of the rule
/// (callgrind, a generated 300-page site).
fn key(word: &str) -> Option<u64> {
    if word.len() > LONGEST_STOP_WORD {
        return None;
    }
    let raw = padded_le(word.as_bytes());
    if raw & HIGH == 0 {
        return Some(ascii_lowercase(raw));
    }
    latin1_lowercase(raw).or_else(|| key_by_chars(word))
}

/// `bytes` (at most eight) as a little-endian `u64`, zero after the last,
/// read by two loads that may overlap (a byte read twice lands in the same
/// place). Copying the word into a zeroed buffer took a call of `memcpy`
/// for every word of every translated paragraph, a quarter of [`key`]
/// (callgrind, a generated 300-page site).
fn padded_le(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    let at = |i: usize| u64::from(bytes[i]) << (8 * i);
    let four_at = |i: usize| {
        bytes
            .get(i..i + 4)
            .and_then(|four| <[u8; 4]>::try_from(four).ok())
            .map_or(0, |four| u64::from(u32::from_le_bytes(four)) << (8 * i))
    };
    match n {
        0 => 0,
        1..=3 => at(0) | at(n / 2) | at(n - 1),
        _ => four_at(0) | four_at(n - 4),
    }
}

/// [`key`] a character at a time, by the standard library's lowercase.
fn key_by_chars(word: &str) -> Option<u64> {
    let mut bytes = [0u8; LONGEST_STOP_WORD];
    let mut n = 0;
    for c in word.chars().flat_map(char::to_lowercase) {
        let to = bytes.get_mut(n..n + c.len_utf8())?;
        c.encode_utf8(to);
        n += c.len_utf8();
    }
    Some(u64::from_le_bytes(bytes))
}

/// 0x01 in every byte.
const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `word` that is `byte`, exactly: the low
/// seven bits plus 0x7F carry into the high bit unless all are zero, and
/// never into the next byte.
fn bytes_equal(word: u64, byte: u8) -> u64 {
    const LOW7: u64 = !HIGH;
    let x = word ^ (u64::from(byte) * ONES);
    !(((x & LOW7) + LOW7) | x | LOW7)
}

/// [`ascii_lowercase`] of `word` when its bytes outside ASCII are all
/// characters U+00C0–U+00FF (0xC3 and the byte after): the Latin letters
/// of German, French, Spanish, Italian and Portuguese, whose words went
/// through the standard library's lowercase a character at a time (a
/// third of [`key`]). The capitals U+00C0–U+00DE but × (U+00D7) are the
/// small letters 0x20 below; the others are their own lowercase. `None`
/// for other words.
fn latin1_lowercase(word: u64) -> Option<u64> {
    let lead = bytes_equal(word, 0xC3);
    let second = lead << 8;
    // Every byte outside ASCII is a lead or its second byte, and no lead
    // is the last byte, whose second would be outside the eight.
    if (word & HIGH) != (lead | second) || lead >> 56 != 0 {
        return None;
    }
    // A second byte 0x80–0x9F has bit 0x20 clear; 0x97 is ×, 0x9F ß.
    let below_a0 = !(word << 2) & HIGH;
    let capital = second & below_a0 & !bytes_equal(word, 0x97) & !bytes_equal(word, 0x9F);
    Some(ascii_lowercase(word) | (capital >> 2))
}

/// The eight ASCII bytes of `word` with `A`–`Z` made lowercase, all at
/// once: a byte at a time, lowercasing was a fifth of [`key`] (callgrind,
/// a generated 3,000-page site). A byte gets bit 0x20 exactly when it is
/// at least `A` and at most `Z`: each test adds to the byte's low seven
/// bits what carries into its high bit past that bound, never into the
/// next byte's.
fn ascii_lowercase(word: u64) -> u64 {
    let low7 = word & !HIGH;
    let at_least_a = low7 + (0x80 - u64::from(b'A')) * ONES;
    let above_z = low7 + (0x7F - u64::from(b'Z')) * ONES;
    let upper = (at_least_a & !above_z) & !word & HIGH;
    word | (upper >> 2)
}

/// The bit of a language's function words in [`STOP_WORDS_OF`] (its place
/// in [`STOP_WORDS`]; `pt-BR` is served by `pt-BR`, else by `pt`); `None`
/// for languages Charter cannot tell apart this way (the original's
/// language must have a list).
fn language_bit(lang: &str) -> Option<u16> {
    let at = |code: &str| STOP_WORDS.iter().position(|(c, _)| *c == code);
    at(lang)
        .or_else(|| at(crate::i18n::primary_subtag(lang)))
        .map(|i| 1 << i)
}

const STOP_WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "in", "is", "are", "that", "for", "with", "we", "you",
            "your", "our", "this", "by", "on", "or", "be", "as", "it", "not", "will", "may",
            "from", "which", "have", "has", "at", "any", "about", "us", "if", "can", "these",
            "such", "their", "they", "other", "when",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "das", "und", "zu", "den", "von", "mit", "sich", "des", "auf", "für",
            "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "wir", "sie",
            "ihre", "ihren", "ihrer", "uns", "unsere", "oder", "bei", "nach", "wenn", "werden",
            "wird", "sind", "zur", "zum", "dass", "diese",
        ],
    ),
    (
        "fr",
        &[
            "le", "la", "les", "de", "des", "du", "et", "à", "un", "une", "en", "est", "que",
            "qui", "dans", "pour", "par", "sur", "au", "aux", "nous", "vous", "vos", "votre",
            "nos", "notre", "ne", "pas", "sont", "ou", "ce", "cette", "ces", "avec", "être",
            "leur", "leurs", "il", "elle", "dont",
        ],
    ),
    (
        "es",
        &[
            "el", "la", "los", "las", "de", "del", "y", "en", "que", "un", "una", "por", "para",
            "con", "es", "son", "se", "su", "sus", "al", "lo", "como", "nuestro", "nuestra",
            "nuestros", "nuestras", "usted", "sobre", "o", "este", "esta", "estos", "cuando", "le",
            "les", "no", "sin", "entre", "si", "ser",
        ],
    ),
    (
        "it",
        &[
            "il", "lo", "la", "i", "gli", "le", "di", "del", "della", "dei", "e", "che", "un",
            "una", "per", "con", "in", "nel", "nella", "sono", "è", "non", "si", "suoi", "vostri",
            "nostri", "nostro", "nostra", "al", "alla", "da", "dal", "come", "o", "questo",
            "questa", "essere", "tali", "sua", "loro",
        ],
    ),
    (
        "pt",
        &[
            "o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "que", "em", "no", "na",
            "um", "uma", "para", "por", "com", "não", "se", "seu", "sua", "seus", "suas", "nosso",
            "nossa", "nossos", "ao", "aos", "como", "ou", "este", "esta", "são", "é", "pelo",
            "pela", "quando", "você",
        ],
    ),
    (
        "nl",
        &[
            "de", "het", "een", "en", "van", "in", "is", "op", "te", "dat", "die", "voor", "met",
            "zijn", "wij", "we", "u", "uw", "ons", "onze", "niet", "aan", "of", "bij", "als",
            "door", "om", "worden", "wordt", "deze", "dit", "naar", "er", "ook", "tot", "over",
            "kan", "heeft", "hebben", "uit",
        ],
    ),
    (
        "pl",
        &[
            "i", "w", "z", "na", "do", "się", "nie", "że", "o", "jest", "to", "przez", "dla", "od",
            "lub", "oraz", "są", "jak", "po", "za", "ich", "jego", "jej", "nasze", "nasz", "nasza",
            "twoje", "twoich", "pan", "pani", "może", "który", "która", "które", "tym", "tego",
            "te", "ten", "być", "przy",
        ],
    ),
    (
        "sv",
        &[
            "och", "att", "i", "en", "ett", "av", "för", "på", "är", "som", "med", "till", "den",
            "det", "de", "vi", "du", "dina", "din", "ditt", "våra", "vår", "vårt", "om", "inte",
            "eller", "har", "kan", "från", "vid", "när", "dessa", "detta", "under", "ska", "sig",
            "oss", "hos", "genom", "efter",
        ],
    ),
];

#[cfg(test)]
mod tests {
    proptest::proptest! {
        #[test]
        fn words_are_split_like_str_split(text in "([a-zA-Z' ,.\n]|é|ß|—|«|×|÷|[À-ÿ]|\u{2019}|\\PC){0,60}") {
            let expected: Vec<&str> = text
                .split(|ch: char| !ch.is_alphabetic() && ch != '\'')
                .filter(|w| !w.is_empty())
                .collect();
            proptest::prop_assert_eq!(super::split_words(&text).collect::<Vec<_>>(), expected);
        }
    }

    use super::*;

    proptest::proptest! {
        /// A word's key is its lowercase form's, and words of the same
        /// lowercase form (and only they) share a key.
        #[test]
        fn keys_are_lowercase_words(a in "([a-zA-Z']|é|É|ß|ẞ|İ|Σ|ς|å|Ä|×|ÿ|Ÿ|Þ|[À-ÿ]){1,9}", b in "([a-zA-Z']|é|É|ß|ẞ|İ|Ä|ä){1,9}") {
            let lower = |w: &str| w.chars().flat_map(char::to_lowercase).collect::<String>();
            let fits = |w: &str| w.len() <= LONGEST_STOP_WORD && lower(w).len() <= LONGEST_STOP_WORD;
            proptest::prop_assert_eq!(key(&a).is_some(), fits(&a));
            if fits(&a) && fits(&b) {
                proptest::prop_assert_eq!(key(&a) == key(&b), lower(&a) == lower(&b));
            }
        }
    }

    /// Words of U+00C0–U+00FF, lowercased eight bytes at once, have the
    /// keys the standard library's lowercase gives them.
    #[test]
    fn padded_words_are_their_bytes_then_zeros() {
        let bytes: Vec<u8> = (1..=8).map(|i| 0x80 + i * 0x0f).collect();
        for n in 0..=LONGEST_STOP_WORD {
            let mut buffer = [0u8; LONGEST_STOP_WORD];
            buffer[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(padded_le(&bytes[..n]), u64::from_le_bytes(buffer), "{n}");
        }
    }

    #[test]
    fn latin1_keys_are_the_standard_librarys() {
        for c in '\u{00C0}'..='\u{00FF}' {
            for word in [
                format!("{c}"),
                format!("a{c}"),
                format!("{c}Z"),
                format!("{c}{c}{c}{c}"),
                format!("xyz{c}{c}a"),
            ] {
                assert_eq!(key(&word), key_by_chars(&word), "{word}");
            }
        }
        // A lead as the eighth byte is left to the standard library.
        assert_eq!(
            super::latin1_lowercase(u64::from_le_bytes(*b"abcdefg\xC3")),
            None
        );
    }

    /// The characters U+00C0–U+00FF belong to words as `is_alphabetic`
    /// says, as the split reads them without decoding.
    #[test]
    fn latin1_letters_split_as_alphabetic() {
        for c in '\u{00C0}'..='\u{00FF}' {
            let text = format!("a{c}b {c}");
            let words: Vec<&str> = split_words(&text).collect();
            let expected: Vec<&str> = text
                .split(|c: char| !(c.is_alphabetic() || c == '\''))
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(words, expected, "{c:?}");
        }
    }

    /// Eight bytes lowercased at once are every byte lowercased alone.
    #[test]
    fn ascii_lowercase_is_bytewise() {
        for b in 0..=u8::MAX {
            for at in 0..8 {
                let mut bytes = [b'Q', b'a', b'@', b'[', b'\'', b'Z', 0x7F, 0xC1];
                bytes[at] = b;
                let lowered = super::ascii_lowercase(u64::from_le_bytes(bytes));
                assert_eq!(
                    lowered,
                    u64::from_le_bytes(bytes.map(|b| b.to_ascii_lowercase()))
                );
            }
        }
    }

    #[test]
    fn every_stop_word_is_found_in_any_case() {
        for (i, (_, words)) in STOP_WORDS.iter().enumerate() {
            for word in *words {
                let upper = word.to_uppercase();
                for w in [*word, upper.as_str()] {
                    if w.len() <= LONGEST_STOP_WORD {
                        let of = key(w).and_then(|k| STOP_WORDS_OF.get(&k)).copied();
                        assert_ne!(of.unwrap_or(0) & (1 << i), 0, "{w}");
                    }
                }
            }
        }
    }

    #[test]
    fn lists_are_lowercase_and_found_by_primary_subtag() {
        for (code, words) in STOP_WORDS {
            assert!(words.iter().all(|w| w.to_lowercase() == *w), "{code}");
            assert!(words.iter().all(|w| w.len() <= LONGEST_STOP_WORD), "{code}");
        }
        assert!(STOP_WORDS.len() <= 16, "a bit per language in a u16");
        assert_eq!(language_bit("pt-BR"), language_bit("pt"));
        assert!(language_bit("pt").is_some());
        assert!(language_bit("ar").is_none());
        // "de" is a function word of French, Spanish, Dutch and Swedish.
        let de = STOP_WORDS_OF[&key("de").unwrap()];
        for lang in ["fr", "es", "nl", "sv"] {
            assert_ne!(de & language_bit(lang).unwrap(), 0, "{lang}");
        }
        assert_eq!(de & language_bit("en").unwrap(), 0);
    }
}
