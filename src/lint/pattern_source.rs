//! A vocabulary pattern as it is compiled: folded as the text it reads
//! ([`super::fold`]), its `\b` made ASCII where it can be.
//!
//! Standalone on purpose (the standard library and [`super::fold`] only):
//! `build.rs` includes this file to derive the built-in vocabularies'
//! pattern sources exactly as the run time does, and compiles their
//! automata ahead of time (`matcher::prebuilt`).

/// Whether `pattern` asks for look-around, which the regex crate does not
/// have (patterns run in linear time): a rule's pattern is refused with a
/// reason (`lint::text::refuse_look_around`), and a built-in vocabulary's
/// stops the build (`build.rs`).
pub fn has_look_around(pattern: &str) -> bool {
    ["(?=", "(?!", "(?<=", "(?<!"]
        .iter()
        .any(|l| pattern.contains(l))
}

/// A vocabulary pattern as the set (and `Vocabulary::occurrences`) compile it.
pub fn set_source(pattern: &str) -> String {
    ascii_bounded(&super::fold::normalize(pattern))
}

/// `\b` as an ASCII word boundary wherever the pattern's own character
/// beside it is ASCII: Unicode boundaries force the regex crate's slowest
/// engine on every statement (they halved lint speed). Beside a non-ASCII
/// letter ("\bâge", and "\b(über|ab)", "\b[ÄÖÜA-Z]": a group's
/// alternatives and a class are looked into) the Unicode boundary stays;
/// an ASCII one there would never hold, and the alternative would silently
/// match nothing.
///
/// The text between the `\b`s is copied in slices: pushed character by
/// character, it cost about 2 M of the 11 M instructions this took on the
/// example site's lint, which derives every built-in set's sources to find
/// them in the prebuilt table.
pub fn ascii_bounded(pattern: &str) -> String {
    if !pattern.contains(r"\b") {
        return pattern.to_string();
    }
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::with_capacity(pattern.len() + 16);
    // `chars[i]` starts at byte `at` of `pattern`; `pattern[..copied]` is
    // in `out`.
    let (mut i, mut at, mut copied) = (0, 0, 0);
    while i < chars.len() {
        if chars[i] == '\\' && chars.get(i + 1) == Some(&'b') {
            let before = last_chars(&chars, i);
            let after = first_chars(&chars, i + 2);
            let unicode_beside = before
                .iter()
                .chain(&after)
                .any(|c| !c.is_ascii() && c.is_alphabetic());
            // Beside a non-ASCII letter, "not a letter or digit" (or the
            // end) spelled out: the set only asks whether a pattern matches.
            let bound = match (unicode_beside, after.iter().any(|c| c.is_alphanumeric())) {
                (false, _) => "(?-u:\\b)",
                (true, true) => "(?:^|[^\\p{L}\\p{N}_])",
                (true, false) => "(?:$|[^\\p{L}\\p{N}_])",
            };
            out.push_str(&pattern[copied..at]);
            out.push_str(bound);
            i += 2;
            at += 2;
            copied = at;
            continue;
        }
        // An escaped character is passed over with its backslash.
        if chars[i] == '\\'
            && let Some(&next) = chars.get(i + 1)
        {
            i += 2;
            at += 1 + next.len_utf8();
            continue;
        }
        at += chars[i].len_utf8();
        i += 1;
    }
    out.push_str(&pattern[copied..]);
    out
}

/// The characters a pattern's element at `at` may start with, as far as
/// [`ascii_bounded`] needs them: a literal, the first characters of each
/// alternative of a group, the characters of a class. Empty where it
/// cannot tell (an escape such as `\w`, the end).
fn first_chars(chars: &[char], at: usize) -> Vec<char> {
    match chars.get(at) {
        Some('(') => {
            let mut start = at + 1;
            // A non-capturing group or flags: `(?:`, `(?-i:`.
            if chars.get(start) == Some(&'?') {
                match chars[start..].iter().position(|&c| c == ':' || c == ')') {
                    Some(k) if chars[start + k] == ':' => start += k + 1,
                    _ => return Vec::new(),
                }
            }
            alternatives(chars, start)
                .into_iter()
                .flat_map(|(from, _)| first_chars(chars, from))
                .collect()
        }
        Some('[') => class_chars(chars, at),
        Some('\\') => match chars.get(at + 1) {
            Some(c) if c.is_ascii_alphanumeric() => Vec::new(),
            Some(&c) => vec![c],
            None => Vec::new(),
        },
        Some('|' | ')' | '^' | '$' | '.') | None => Vec::new(),
        Some(&c) => vec![c],
    }
}

/// The characters the element ending right before `at` may end with: a
/// literal, the last characters of a group's alternatives, a class's
/// characters. Empty where it cannot tell (a repetition, an escape).
fn last_chars(chars: &[char], at: usize) -> Vec<char> {
    let Some(end) = at.checked_sub(1) else {
        return Vec::new();
    };
    if end > 0 && chars[end - 1] == '\\' {
        return Vec::new();
    }
    match chars[end] {
        ')' => {
            // The group's opening: the last unmatched `(` before it.
            let mut depth = 0usize;
            let mut open = None;
            for k in (0..end).rev() {
                let escaped = k > 0 && chars[k - 1] == '\\';
                match chars[k] {
                    ')' if !escaped => depth += 1,
                    '(' if !escaped && depth == 0 => {
                        open = Some(k);
                        break;
                    }
                    '(' if !escaped => depth -= 1,
                    _ => {}
                }
            }
            let Some(open) = open else {
                return Vec::new();
            };
            let mut start = open + 1;
            if chars.get(start) == Some(&'?') {
                match chars[start..end].iter().position(|&c| c == ':') {
                    Some(k) => start += k + 1,
                    None => return Vec::new(),
                }
            }
            alternatives(chars, start)
                .into_iter()
                .flat_map(|(_, to)| last_chars(chars, to))
                .collect()
        }
        ']' => chars[..end]
            .iter()
            .rposition(|&c| c == '[')
            .map_or_else(Vec::new, |open| class_chars(chars, open)),
        '(' | '|' | '^' | '$' | '.' | '?' | '*' | '+' | '}' => Vec::new(),
        c => vec![c],
    }
}

/// The alternatives of the group whose content starts at `start`, as
/// (start, end) positions, up to its closing `)`.
fn alternatives(chars: &[char], start: usize) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut depth = 0usize;
    let mut from = start;
    let mut k = start;
    while k < chars.len() {
        match chars[k] {
            '\\' => k += 1,
            '(' => depth += 1,
            ')' if depth == 0 => {
                found.push((from, k));
                return found;
            }
            ')' => depth -= 1,
            '|' if depth == 0 => {
                found.push((from, k));
                from = k + 1;
            }
            _ => {}
        }
        k += 1;
    }
    found
}

/// The literal characters of the class opening at `open` (`[`), ranges'
/// ends included.
fn class_chars(chars: &[char], open: usize) -> Vec<char> {
    let mut found = Vec::new();
    let mut k = open + 1;
    while k < chars.len() && !(chars[k] == ']' && k > open + 1) {
        match chars[k] {
            '\\' => k += 1,
            c => found.push(c),
        }
        k += 1;
    }
    found
}
