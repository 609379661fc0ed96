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
            // Beside a separator the pattern itself requires ("über\\b wie",
            // "la \\bsocietà"), the boundary holds exactly when the letter side
            // is a letter: where that side can only be letters, the boundary
            // is dropped. The spelled-out class would take the separator the
            // pattern goes on to want, and the pattern would match nothing
            // (session 36: an Italian group ending in "società" silenced its
            // whole pattern).
            let implied = unicode_beside
                && ((separator_after(&chars, i + 2) && ends_in_word(&chars, i))
                    || (separator_before(&chars, i) && starts_in_word(&chars, i + 2)));
            let bound = match (unicode_beside, after.iter().any(|c| c.is_alphanumeric())) {
                _ if implied => "",
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

/// Whether the element at `at` is a literal separator the pattern requires:
/// a character that is no letter, digit or `_`, unescaped, not a regex
/// operator, and not made optional by a repetition after it.
fn separator_after(chars: &[char], at: usize) -> bool {
    chars.get(at).is_some_and(|&c| is_separator_literal(c))
        && !matches!(chars.get(at + 1), Some('?' | '*' | '{'))
}

/// Whether the element right before `at` is a literal separator (see
/// [`separator_after`]); an escaped character is not looked into.
fn separator_before(chars: &[char], at: usize) -> bool {
    at >= 1 && is_separator_literal(chars[at - 1]) && !(at >= 2 && chars[at - 2] == '\\')
}

fn is_separator_literal(c: char) -> bool {
    !c.is_alphanumeric() && c != '_' && !"\\.^$|?*+()[]{}".contains(c)
}

/// Whether the element ending right before `at` can only end with a letter
/// or digit: a letter, a letter followed by optional letters ("donnée?"), or
/// a group whose every alternative does. False wherever it cannot tell.
fn ends_in_word(chars: &[char], at: usize) -> bool {
    let mut end = at;
    while end >= 2 && chars[end - 1] == '?' && is_letter_literal(chars, end - 2) {
        end -= 2;
    }
    let Some(last) = end.checked_sub(1) else {
        return false;
    };
    if chars[last] == ')' && !(last >= 1 && chars[last - 1] == '\\') {
        let Some(start) = group_start(chars, last) else {
            return false;
        };
        let alternatives = alternatives(chars, start);
        return !alternatives.is_empty()
            && alternatives
                .iter()
                .all(|&(from, to)| to > from && ends_in_word(chars, to));
    }
    is_letter_literal(chars, last)
}

/// Whether the element at `at` can only start with a letter or digit: a
/// letter that is not optional, or a group (not optional) whose every
/// alternative does. False wherever it cannot tell.
fn starts_in_word(chars: &[char], at: usize) -> bool {
    match chars.get(at) {
        Some('(') => {
            let Some(start) = group_body(chars, at) else {
                return false;
            };
            let alternatives = alternatives(chars, start);
            let Some(&(_, close)) = alternatives.last() else {
                return false;
            };
            chars.get(close) == Some(&')')
                && !matches!(chars.get(close + 1), Some('?' | '*' | '{'))
                && alternatives
                    .iter()
                    .all(|&(from, to)| to > from && starts_in_word(chars, from))
        }
        Some(_) => {
            is_letter_literal(chars, at) && !matches!(chars.get(at + 1), Some('?' | '*' | '{'))
        }
        None => false,
    }
}

/// Whether `chars[k]` is a letter or digit written as itself (not `\w`).
fn is_letter_literal(chars: &[char], k: usize) -> bool {
    chars[k].is_alphanumeric() && !(k >= 1 && chars[k - 1] == '\\')
}

/// The start of the first alternative of the group closing at `close`
/// (after `(?:` or `(?-i:`), or `None` when it cannot be found.
fn group_start(chars: &[char], close: usize) -> Option<usize> {
    let mut depth = 0usize;
    for k in (0..close).rev() {
        let escaped = k > 0 && chars[k - 1] == '\\';
        match chars[k] {
            ')' if !escaped => depth += 1,
            '(' if !escaped && depth == 0 => return group_body(chars, k),
            '(' if !escaped => depth -= 1,
            _ => {}
        }
    }
    None
}

/// The start of the first alternative of the group opening at `open`: past
/// `(`, and past the `?:` or flags of a non-capturing group (`(?-i:`).
/// `None` for a group that is no plain group (`(?i)`, a look-around).
fn group_body(chars: &[char], open: usize) -> Option<usize> {
    let start = open + 1;
    if chars.get(start) != Some(&'?') {
        return Some(start);
    }
    let k = chars[start..].iter().position(|&c| c == ':' || c == ')')?;
    (chars[start + k] == ':').then_some(start + k + 1)
}

/// The characters a pattern's element at `at` may start with, as far as
/// [`ascii_bounded`] needs them: a literal, the first characters of each
/// alternative of a group, the characters of a class. Empty where it
/// cannot tell (an escape such as `\w`, the end).
fn first_chars(chars: &[char], at: usize) -> Vec<char> {
    match chars.get(at) {
        Some('(') => {
            let Some(start) = group_body(chars, at) else {
                return Vec::new();
            };
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
            let Some(start) = group_start(chars, end) else {
                return Vec::new();
            };
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
