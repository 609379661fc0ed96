//! "Did you mean …?" for misspelt keys, rule ids and language codes.

/// The candidate closest to `word`, if it is close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// Serde's "unknown field `x`, expected one of `a`, `b`" (or "expected `a`"),
/// split into the unknown name and the valid ones.
pub fn parse_unknown_field(message: &str) -> Option<(String, Vec<String>)> {
    let start = message.find("unknown field `")? + "unknown field `".len();
    let rest = &message[start..];
    let (unknown, rest) = rest.split_once('`')?;
    let list = rest
        .split_once("expected one of ")
        .or_else(|| rest.split_once("expected "))
        .map_or("", |(_, l)| l);
    let expected = list
        .split(", ")
        .map(|k| k.trim().trim_matches('`').to_string())
        .filter(|k| !k.is_empty() && !k.contains(' '))
        .collect();
    Some((unknown.to_string(), expected))
}

/// A help line for an unknown key: the closest valid one, then all of them.
pub fn unknown_key_help(unknown: &str, expected: &[String]) -> String {
    match closest(unknown, expected.iter().map(String::as_str)) {
        Some(best) => format!(
            "did you mean `{best}`? Valid keys here: {}",
            expected.join(", ")
        ),
        None => format!("valid keys here: {}", expected.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn finds_typos_but_not_strangers() {
        let keys = ["title", "base_url", "default_language"];
        assert_eq!(closest("titel", keys), Some("title"));
        assert_eq!(closest("baseurl", keys), Some("base_url"));
        assert_eq!(closest("zzz", keys), None);
    }
}
