//! Text as rules see it: normalized so that typography does not decide
//! whether a right is found, and split into sections by headings.

use regex::{Regex, RegexBuilder};
use unicode_normalization::UnicodeNormalization;

use crate::markdown::{Block, Heading, Outline};

/// NFC, straight apostrophes and quotes, plain spaces, no soft hyphens or
/// zero-width characters, runs of white space folded to one space.
pub fn normalize(text: &str) -> String {
    // Composing to NFC is the most expensive step of linting; most text is
    // already composed, and a quick scan proves it without composing.
    if already_nfc(text) {
        fold_composed(text)
    } else {
        fold(text.nfc(), text.len())
    }
}

/// Whether `text` is certainly in NFC: every character below U+0300 (where
/// combining marks begin) is, as are the typographic characters `fold` maps
/// anyway; anything else asks Unicode's quick check.
fn already_nfc(text: &str) -> bool {
    text.is_ascii()
        || text
            .chars()
            .all(|c| c < '\u{0300}' || matches!(c, '\u{2000}'..='\u{206F}' | '\u{FEFF}'))
        || unicode_normalization::is_nfc_quick(text.chars())
            == unicode_normalization::IsNormalized::Yes
}

/// `fold` for text already in NFC, in one pass over the bytes: most
/// legal text is ASCII words and single spaces, which stay as they are,
/// and this runs over every block of every document (it was the largest
/// self cost of the corpus lint, about 33 instructions a byte). Eight
/// bytes at a time are tested for anything `fold` would change ([`plain`]);
/// a run that needs no change is copied whole.
fn fold_composed(text: &str) -> String {
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
    out
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

/// Largest compiled size of one rule pattern: patterns are data from rule
/// files, and a pathological one must fail to load rather than eat memory.
const PATTERN_SIZE_LIMIT: usize = 1 << 20;

/// Checks that a rule pattern of a site's own pack compiles within the size
/// limit, so that a bad one is reported where it is written instead of
/// silently never matching. (The built-in packs are checked by the tests.)
pub fn check(pattern: &str) -> Result<(), String> {
    compile(pattern).map(|_| ())
}

/// Compiles a rule pattern: case-insensitive, Unicode-aware, size-limited.
/// The regex crate guarantees linear-time matching.
pub fn compile(pattern: &str) -> Result<Regex, String> {
    refuse_look_around(pattern)?;
    RegexBuilder::new(&normalize(pattern))
        .case_insensitive(true)
        .unicode(true)
        .size_limit(PATTERN_SIZE_LIMIT)
        .build()
        .map_err(|e| last_line(&e.to_string()))
}

/// Rule patterns as [`compile`] compiles each, for yes/no questions only,
/// as one set: whether any matches ([`Matcher`](crate::lint::matcher::Matcher):
/// no reverse automaton, a pattern that counts searched apart).
pub fn matcher(patterns: &[String]) -> Result<crate::lint::matcher::Matcher, String> {
    let normalized = patterns
        .iter()
        .map(|p| refuse_look_around(p).map(|()| normalize(p)))
        .collect::<Result<Vec<String>, String>>()?;
    crate::lint::matcher::Matcher::new(&normalized, Some(PATTERN_SIZE_LIMIT))
}

/// Look-around is refused with an explanation instead of the regex crate's
/// generic syntax error.
pub(crate) fn refuse_look_around(pattern: &str) -> Result<(), String> {
    if ["(?=", "(?!", "(?<=", "(?<!"]
        .iter()
        .any(|l| pattern.contains(l))
    {
        return Err("look-around is not supported: patterns must run in linear time. Match the parts separately (e.g. `with:` for two phrases in the same paragraph)".into());
    }
    Ok(())
}

/// The regex crates' messages end with the reason; the lines before repeat the pattern.
fn last_line(message: &str) -> String {
    message
        .lines()
        .last()
        .unwrap_or("invalid pattern")
        .trim()
        .to_string()
}

/// A document's blocks with normalized text, and which headings each sits under.
pub struct Sections<'a> {
    pub outline: &'a Outline,
    /// Normalized text of each block.
    pub texts: Vec<String>,
    /// Normalized text of each heading.
    pub heading_texts: Vec<String>,
    /// For each heading, itself and the headings above it (by level).
    ancestry: Vec<Vec<usize>>,
    /// For each heading, the jurisdictions its part is written for: named in
    /// it or in the nearest heading above that names any (`lint::scope`).
    scopes: Vec<Option<Vec<&'static str>>>,
    /// The heading that is the document's title: the first, when every
    /// other sits below it.
    title: Option<usize>,
    /// The one jurisdiction the whole document is written for, if it is
    /// (`lint::scope::notice_for`), found when a rule first asks.
    notice_for: std::sync::OnceLock<Option<Vec<&'static str>>>,
    pub(crate) lang: String,
    /// Statements with their labels and concepts, built when a rule first asks.
    tree: std::sync::OnceLock<Option<crate::lint::tree::DocTree>>,
}

impl<'a> Sections<'a> {
    pub fn new(outline: &'a Outline, lang: &str) -> Self {
        let mut ancestry: Vec<Vec<usize>> = Vec::with_capacity(outline.headings.len());
        for (i, h) in outline.headings.iter().enumerate() {
            let mut chain = vec![i];
            let mut level = h.level;
            for j in (0..i).rev() {
                if outline.headings[j].level < level {
                    chain.push(j);
                    level = outline.headings[j].level;
                }
            }
            ancestry.push(chain);
        }
        let heading_texts: Vec<String> = outline
            .headings
            .iter()
            .map(|h| normalize(&h.text))
            .collect();
        // The document's title names what the whole document is for; the
        // packs it runs are chosen by its `jurisdictions:`. Only the parts
        // below it are scoped.
        let title = outline
            .headings
            .first()
            .filter(|first| {
                outline
                    .headings
                    .iter()
                    .skip(1)
                    .all(|h| h.level > first.level)
            })
            .map(|_| 0);
        let named: Vec<Vec<&'static str>> = heading_texts
            .iter()
            .enumerate()
            .map(|(i, h)| match Some(i) == title {
                true => Vec::new(),
                false => crate::lint::scope::named_in(h, lang),
            })
            .collect();
        let scopes = ancestry
            .iter()
            .map(|chain| {
                chain
                    .iter()
                    .find(|&&h| !named[h].is_empty())
                    .map(|&h| named[h].clone())
            })
            .collect();
        Sections {
            outline,
            texts: outline.blocks.iter().map(|b| normalize(&b.text)).collect(),
            heading_texts,
            ancestry,
            scopes,
            title,
            notice_for: std::sync::OnceLock::new(),
            lang: lang.to_string(),
            tree: std::sync::OnceLock::new(),
        }
    }

    /// The document tree (`lint::tree`), if Charter has a vocabulary for
    /// the document's language. `source` is the document's file text.
    pub fn tree(&self, source: &str) -> Option<&crate::lint::tree::DocTree> {
        self.tree
            .get_or_init(|| {
                let vocabulary = crate::lint::vocabulary::builtin().vocabulary(&self.lang)?;
                let tree = crate::lint::tree::DocTree::new(self, source, vocabulary);
                tree.dump_if_asked();
                Some(tree)
            })
            .as_ref()
    }

    /// Headings whose text matches any of `patterns`.
    pub fn matching_headings(&self, matches: impl Fn(&str) -> bool) -> Vec<usize> {
        (0..self.heading_texts.len())
            .filter(|&i| matches(&self.heading_texts[i]))
            .collect()
    }

    /// Whether block `b` sits below one of `headings` (at any depth).
    pub fn block_in(&self, b: &Block, headings: &[usize]) -> bool {
        b.section
            .is_some_and(|s| self.ancestry[s].iter().any(|h| headings.contains(h)))
    }

    /// The jurisdictions heading `i`'s part is written for, if it names any.
    pub fn heading_scope(&self, i: usize) -> Option<&[&'static str]> {
        self.scopes.get(i)?.as_deref()
    }

    /// The heading that is the document's title, if one is.
    pub fn title_heading(&self) -> Option<usize> {
        self.title
    }

    /// The one jurisdiction the whole document, titled `title` in its front
    /// matter, is written for, if it is one's notice (`lint::scope::notice_for`):
    /// every rule reads that jurisdiction's parts.
    pub fn notice_for(&self, title: &str) -> Option<&[&'static str]> {
        self.notice_for
            .get_or_init(|| crate::lint::scope::notice_for(self, title))
            .as_deref()
    }

    /// The jurisdictions block `b`'s part is written for, if any.
    pub fn block_scope(&self, b: &Block) -> Option<&[&'static str]> {
        self.heading_scope(b.section?)
    }

    pub fn heading(&self, i: usize) -> &Heading {
        &self.outline.headings[i]
    }
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
                fold_composed(text),
                fold(text.chars(), text.len()),
                "{text:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn composed_fast_path_agrees_on_any_text(
            text in "([ -~\t\n\r\u{0B}\u{0C}]|\u{00A0}|\u{00AD}|\u{2019}|\u{201C}|\u{2003}|\u{FEFF}|\u{0085}|[à-ÿ]|\\PC){0,80}"
        ) {
            proptest::prop_assert_eq!(fold_composed(&text), fold(text.chars(), text.len()));
        }
    }

    #[test]
    fn patterns() {
        let r = compile("droit d'acc[èe]s").unwrap();
        assert!(r.is_match(&normalize("Le DROIT D\u{2019}ACCÈS")));
        assert!(compile("foo(?!bar)").unwrap_err().contains("look-around"));
        assert!(compile("(unclosed").is_err());
        assert!(check("(unclosed").is_err());
        assert!(check("droit d'acc[èe]s").is_ok());
        assert!(check("a(?<=b)").unwrap_err().contains("look-around"));
        // Valid syntax, but far over the size limit: refused, not dropped later.
        assert!(check("\\w{1000}\\w{1000}").is_err());
    }
}
