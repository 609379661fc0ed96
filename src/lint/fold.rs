//! Text folding: what the linter reads is what the author meant, whatever
//! the typography ("droit d’accès" in any Unicode form, curly quotes, soft
//! hyphens, runs of white space).
//!
//! Standalone on purpose (the standard library and `unicode-normalization`
//! only): `build.rs` includes this file to fold the built-in vocabularies'
//! patterns exactly as the run time does before compiling their automata
//! (`matcher::prebuilt`).

use unicode_normalization::UnicodeNormalization;

/// NFC, straight apostrophes and quotes, plain spaces, no soft hyphens or
/// zero-width characters, runs of white space folded to one space.
pub fn normalize(text: &str) -> String {
    // Composing to NFC is the most expensive step of linting; most text is
    // already composed. Every character below U+0300 (where combining
    // marks begin) is, as are the typographic characters `fold` maps
    // anyway: the fast path folds on while it meets only those, which
    // proves the text composed in the same pass (a pass of its own over
    // the characters was a quarter of this function, callgrind, a generated
    // 3,000-page site). Past any other, Unicode's quick check decides.
    if let Some(folded) = fold_composed(text, Composed::Unknown) {
        folded
    } else if unicode_normalization::is_nfc_quick(text.chars())
        == unicode_normalization::IsNormalized::Yes
    {
        fold_composed(text, Composed::Known).unwrap_or_default()
    } else {
        fold(text.nfc(), text.len())
    }
}

/// Whether the text given to [`fold_composed`] is known to be in NFC.
#[derive(Clone, Copy, PartialEq)]
enum Composed {
    Known,
    /// Not known: [`fold_composed`] gives up at a character that may
    /// not be ([`certainly_composed`]).
    Unknown,
}

/// Whether `c`, outside ASCII, is in NFC whatever surrounds it: below
/// U+0300, where combining marks begin, or a typographic character that
/// `fold` maps anyway.
fn certainly_composed(c: char) -> bool {
    c < '\u{0300}' || matches!(c, '\u{2000}'..='\u{206F}' | '\u{FEFF}') || in_composed_script(c)
}

/// Whether `c` is in a block of [`COMPOSED_SCRIPTS`]: Greek and Cyrillic
/// letters, CJK punctuation, kana, ideographs, Hangul syllables, full-
/// and half-width forms. Each such character is in NFC and combines with
/// nothing before it (Unicode's quick check says yes, its combining class
/// is 0, a test checks them all); one that may combine with it says
/// maybe and ends the proof. Texts in Russian, Japanese, Chinese or Korean
/// went through the quick check and were folded again (unicode tables 1.2%
/// of the corpus lint with every pack).
fn in_composed_script(c: char) -> bool {
    COMPOSED_SCRIPTS.iter().any(|range| range.contains(&c))
}

/// The blocks of [`in_composed_script`], by first and last character.
const COMPOSED_SCRIPTS: [std::ops::RangeInclusive<char>; 8] = [
    '\u{0388}'..='\u{0482}',
    '\u{048A}'..='\u{04FF}',
    '\u{3000}'..='\u{3029}',
    '\u{3030}'..='\u{3096}',
    '\u{309B}'..='\u{30FF}',
    '\u{4E00}'..='\u{9FFF}',
    '\u{AC00}'..='\u{D7A3}',
    '\u{FF00}'..='\u{FFEF}',
];

/// `fold` for text already in NFC, in one pass over the bytes: most
/// legal text is ASCII words and single spaces, which stay as they are,
/// and this runs over every block of every document (it was the largest
/// self cost of the corpus lint, about 33 instructions a byte). Eight
/// bytes at a time are tested for anything `fold` would change ([`plain`]);
/// a run that needs no change is copied whole. `None` where `composed`
/// is unknown and a character may not be in NFC.
fn fold_composed(text: &str, composed: Composed) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut last_space = true;
    // `text[copied..i]` is kept as it is, still to be copied to `out`.
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
            let word = u64::from_le_bytes(*chunk);
            if plain(word, last_space) {
                last_space = chunk[7] == b' ';
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        if b.is_ascii() {
            let keep = match b {
                b' ' => !last_space,
                b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b'`' => false,
                _ => true,
            };
            if keep {
                last_space = b == b' ';
                i += 1;
                continue;
            }
            out.push_str(&text[copied..i]);
            i += 1;
            copied = i;
            if b == b'`' {
                out.push('\'');
                last_space = false;
            } else if !last_space {
                out.push(' ');
                last_space = true;
            }
            continue;
        }
        // A character outside ASCII: kept as it is unless `fold` maps it.
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        if composed == Composed::Unknown && !certainly_composed(c) {
            return None;
        }
        let end = i + c.len_utf8();
        if !folds(c) {
            last_space = false;
            i = end;
            continue;
        }
        out.push_str(&text[copied..i]);
        fold_into(&mut out, &mut last_space, std::iter::once(c));
        i = end;
        copied = i;
    }
    out.push_str(&text[copied..]);
    if out.ends_with(' ') {
        out.pop();
    }
    Some(out)
}

/// Whether `fold_into` changes or drops `c`, a character outside ASCII.
fn folds(c: char) -> bool {
    matches!(
        c,
        '\u{2019}'
            | '\u{2018}'
            | '\u{02BC}'
            | '\u{00B4}'
            | '\u{2032}'
            | '\u{201C}'
            | '\u{201D}'
            | '\u{201E}'
            | '\u{00AB}'
            | '\u{00BB}'
            | '\u{00AD}'
            | '\u{200B}'
            | '\u{200C}'
            | '\u{200D}'
            | '\u{2060}'
            | '\u{FEFF}'
    ) || c.is_whitespace()
}

/// Whether the eight bytes of `word` (little-endian), coming after a
/// space if `last_space`, are ASCII that `fold` keeps as it is: no byte
/// outside ASCII, no control character (tab, line break, …: conservative,
/// as other controls are kept), no backtick, no space after a space.
fn plain(word: u64, last_space: bool) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    if word & HIGH != 0 {
        return false;
    }
    // Every byte is below 0x80 from here on, so these tests are exact.
    let below_space = word.wrapping_sub(0x20 * ONES) & !word & HIGH;
    let ticks = word ^ (b'`' as u64 * ONES);
    let tick = ticks.wrapping_sub(ONES) & !ticks & HIGH;
    // 0x80 in each byte that is a space, exactly (no borrow between bytes).
    let blanks = word ^ (b' ' as u64 * ONES);
    let spaces = !(((blanks & LOW7).wrapping_add(LOW7)) | blanks | LOW7);
    let doubled = spaces & (spaces << 8);
    let leading = last_space && spaces & 0x80 != 0;
    below_space == 0 && tick == 0 && doubled == 0 && !leading
}

fn fold(chars: impl Iterator<Item = char>, len: usize) -> String {
    let mut out = String::with_capacity(len);
    let mut last_space = true;
    fold_into(&mut out, &mut last_space, chars);
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

fn fold_into(out: &mut String, last_space: &mut bool, chars: impl Iterator<Item = char>) {
    for c in chars {
        let c = match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{00B4}' | '\u{0060}' | '\u{2032}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
            '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => continue,
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' {
            if *last_space {
                continue;
            }
            *last_space = true;
        } else {
            *last_space = false;
        }
        out.push(c);
    }
}

/// `text.to_lowercase()`, a run of ASCII at a time: the standard
/// library's lowercases the text after its first non-ASCII character one
/// character at a time, which made lowercasing a generated 300-page site's
/// documents for `subprocessors.unmentioned` 5% of its lint.
pub fn lowercase(text: &str) -> String {
    // Only the final sigma depends on its neighbours: leave it to the
    // standard library.
    if text.contains('Σ') {
        return text.to_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let start = out.len();
        out.push_str(&rest[..ascii]);
        out[start..].make_ascii_lowercase();
        rest = &rest[ascii..];
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            out.extend(c.to_lowercase());
            rest = chars.as_str();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalization() {
        assert_eq!(
            normalize("droit d\u{2019}acc\u{0065}\u{0300}s"),
            "droit d'accès"
        );
        assert_eq!(
            normalize("Daten\u{00AD}\u{00FC}bertrag\u{200B}barkeit"),
            "Datenübertragbarkeit"
        );
        assert_eq!(normalize("  a\u{00A0}\n b  "), "a b");
    }

    /// Every character of [`COMPOSED_SCRIPTS`] is one the quick check
    /// passes alone, of combining class 0: in a text of such characters
    /// and those below U+0300 it says yes.
    #[test]
    fn composed_scripts_are_composed() {
        use unicode_normalization::char::canonical_combining_class;
        for c in COMPOSED_SCRIPTS.into_iter().flatten() {
            let alone = unicode_normalization::is_nfc_quick(std::iter::once(c));
            assert_eq!(alone, unicode_normalization::IsNormalized::Yes, "{c:?}");
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
        }
        // A kana and the voicing mark that composes with it: composed.
        assert_eq!(normalize("\u{304B}\u{3099}\u{0416}"), "\u{304C}\u{0416}");
    }

    #[test]
    fn composed_fast_path_folds_like_the_general_one() {
        for text in [
            "",
            "  plain\tASCII \r\n text `quoted` \x0B\x0C end  ",
            "Daten\u{00AD}schutz \u{2019}s \u{00A0} caf\u{00E9}\u{2003}\u{3000}x",
            "\u{201E}Zitat\u{201C}  und\n\n\u{FEFF}mehr\u{2028}",
            "\u{00E9}",
            "a\u{0085}b",
        ] {
            assert_eq!(
                fold_composed(text, Composed::Known),
                Some(fold(text.chars(), text.len())),
                "{text:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn lowercase_agrees_with_the_standard_library(
            text in "([ -~]|\u{00C0}|\u{00C9}|\u{0130}|\u{03A3}|\u{1E9E}|\u{212A}|[à-ÿ]|\\PC){0,60}"
        ) {
            proptest::prop_assert_eq!(lowercase(&text), text.to_lowercase());
        }

        /// The fast path's own proof that a text is composed decides as
        /// composing it first would, whatever follows the proof's end.
        #[test]
        fn normalize_is_folding_the_composed_text(
            text in "([ -~\t\n]|\u{00A0}|\u{2019}|\u{2003}|\u{0300}|\u{0301}|\u{0327}|\u{20AC}|\u{1E09}|\u{212B}|[à-ÿ]|[а-я]|\u{0419}|\u{0306}|\u{304B}|\u{3099}|\u{1100}|\u{1161}|\u{AC00}|\u{11A8}|\u{F900}|\\PC){0,60}"
        ) {
            proptest::prop_assert_eq!(normalize(&text), fold(text.nfc(), text.len()));
        }

        #[test]
        fn composed_fast_path_agrees_on_any_text(
            text in "([ -~\t\n\r\u{0B}\u{0C}]|\u{00A0}|\u{00AD}|\u{2019}|\u{201C}|\u{2003}|\u{FEFF}|\u{0085}|[à-ÿ]|\\PC){0,80}"
        ) {
            proptest::prop_assert_eq!(
                fold_composed(&text, Composed::Known),
                Some(fold(text.chars(), text.len()))
            );
        }
    }
}
