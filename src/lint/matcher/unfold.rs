//! Bracket classes that case folding cannot change, marked
//! case-sensitive before parsing.
//!
//! Standalone on purpose (the standard library only): `build.rs` includes
//! this file to compile the built-in vocabularies' automata from exactly
//! the patterns the run time parses ([`super::prebuilt`]).

use std::borrow::Cow;

/// `pattern` with each bracket class that case folding cannot change
/// marked case-sensitive: `[\w.+-]` as `(?-i:[\w.+-])`. Under `(?i)` the
/// parser folds a bracket class range by range, and `\w`'s 700-odd ranges
/// made folding most of the e-mail pattern's parse (0.3 ms a language).
/// A class is left as it is unless it holds only the Perl classes (`\w`,
/// `\d`, `\s` and their negations: closed under simple case folding, as
/// regex-syntax itself relies on) and ASCII characters that are not letters
/// (which no letter folds to), with no range and no nested class: then its
/// folded set is itself, and the parse is the same (a test compares the
/// parsed patterns of every built-in vocabulary and pack).
pub fn unfolded(pattern: &str) -> Cow<'_, str> {
    let bytes = pattern.as_bytes();
    let mut out = String::new();
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'[' => {
                let Some(len) = closed_class(&bytes[i..]) else {
                    // Not one we can prove closed: skip it whole, so that
                    // its `[` or `\` are not read as a class of their own.
                    i += class_len(&bytes[i..]).unwrap_or(bytes.len() - i);
                    continue;
                };
                out.push_str(&pattern[copied..i]);
                out.push_str("(?-i:");
                out.push_str(&pattern[i..i + len]);
                out.push(')');
                i += len;
                copied = i;
            }
            _ => i += 1,
        }
    }
    if copied == 0 {
        return Cow::Borrowed(pattern);
    }
    out.push_str(&pattern[copied..]);
    Cow::Owned(out)
}

/// The length of the bracket class at the start of `class` (`[` first) if
/// case folding cannot change it (see [`unfolded`]).
fn closed_class(class: &[u8]) -> Option<usize> {
    let mut i = 1;
    if class.get(i) == Some(&b'^') {
        i += 1;
    }
    let first = i;
    while i < class.len() {
        match class[i] {
            b']' if i > first => return Some(i + 1),
            b'\\' => match class.get(i + 1)? {
                b'w' | b'd' | b's' | b'W' | b'D' | b'S' => i += 2,
                c if c.is_ascii_punctuation() => i += 2,
                _ => return None,
            },
            // A range (a `-` between two items) could span letters; `[`
            // opens a nested or POSIX class; `&&`, `~~` are set operations.
            b'-' if i > first && class.get(i + 1) != Some(&b']') => return None,
            b'[' | b'&' | b'~' => return None,
            c if c.is_ascii() && !c.is_ascii_alphabetic() && !c.is_ascii_control() => i += 1,
            _ => return None,
        }
    }
    None
}

/// The length of the bracket class at the start of `class`, nested classes
/// and escapes included; None if it does not close.
fn class_len(class: &[u8]) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = 0;
    while i < class.len() {
        match class[i] {
            b'\\' => i += 2,
            b'[' => {
                depth += 1;
                i += 1;
                // A `]` right after the opening (or after `^`) is literal.
                if class.get(i) == Some(&b'^') {
                    i += 1;
                }
                if class.get(i) == Some(&b']') {
                    i += 1;
                }
            }
            b']' => {
                depth -= 1;
                i += 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => i += 1,
        }
    }
    None
}
