//! The pattern sets that rules written in Rust compile (the notice-period
//! phrases, the jurisdiction names, the contact address), listed in
//! `static_sets.txt` so that `build.rs` can prebuild them as it prebuilds
//! the packs' and vocabularies' sets (`matcher::prebuilt`). Compiling
//! them was a tenth of the example site's lint (callgrind, BENCHMARKS.md):
//! 15 M instructions for the notice-period phrases' capture automata
//! alone, though they are part of the binary.
//!
//! `build.rs` cannot call the crate, so the list is a file, and the test
//! below keeps it in step with the code: it fails when a rule's patterns
//! change and the file does not (`CHARTER_BLESS=1 cargo test --lib
//! static_sets` writes it). A set missing from the table still compiles
//! at run time, as a site's own packs do: the table only decides how
//! fast, never what matches.
//!
//! Format: sets separated by an empty line; each set's first line is
//! `plain` (no capture groups, `Matcher::new`) or `groups` (every group,
//! `matcher::Groups::new`), then one pattern a line, as the rule gives it.
//! [`render`] writes it and [`parse`] reads it; `build.rs` includes this
//! file for [`parse`] (the crate's own build includes it only in tests).

/// One set as a rule compiles it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct StaticSet {
    /// Whether its NFA keeps every capture group (`Groups::new`).
    pub captures: bool,
    pub patterns: Vec<String>,
}

impl StaticSet {
    /// Patterns for `Matcher::new(patterns, None)`.
    pub(crate) fn plain(patterns: Vec<String>) -> StaticSet {
        StaticSet {
            captures: false,
            patterns,
        }
    }

    /// A pattern for `Groups::new(pattern)`.
    pub(crate) fn groups(pattern: &str) -> StaticSet {
        StaticSet {
            captures: true,
            patterns: vec![pattern.to_string()],
        }
    }
}

/// Every set the Rust-coded rules compile.
#[cfg(test)]
fn all() -> Vec<StaticSet> {
    let mut sets = super::rules::notice_period_text::static_sets();
    sets.extend(super::rules::contact_address::static_sets());
    sets.extend(super::scope::static_sets());
    sets
}

/// The sets of `text`, in the file's format; a block of another kind is
/// skipped.
pub(crate) fn parse(text: &str) -> Vec<StaticSet> {
    text.split("\n\n")
        .filter_map(|block| {
            let mut lines = block.lines();
            let captures = match lines.next()? {
                "groups" => true,
                "plain" => false,
                _ => return None,
            };
            Some(StaticSet {
                captures,
                patterns: lines.map(str::to_string).collect(),
            })
        })
        .collect()
}

/// `sets` in the file's format.
#[cfg(test)]
fn render(sets: &[StaticSet]) -> String {
    let blocks: Vec<String> = sets
        .iter()
        .map(|set| {
            let kind = if set.captures { "groups" } else { "plain" };
            let mut block = vec![kind.to_string()];
            block.extend(set.patterns.iter().cloned());
            block.join("\n") + "\n"
        })
        .collect();
    blocks.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = include_str!("static_sets.txt");

    #[test]
    fn the_list_build_rs_prebuilds_is_the_code_s() {
        let sets = all();
        for set in &sets {
            assert!(
                set.patterns
                    .iter()
                    .all(|p| !p.is_empty() && !p.contains('\n')),
                "a pattern of one line each: {set:?}"
            );
        }
        let rendered = render(&sets);
        assert_eq!(parse(&rendered), sets, "what build.rs reads back");
        if std::env::var_os("CHARTER_BLESS").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/lint/static_sets.txt");
            std::fs::write(path, &rendered).expect("write src/lint/static_sets.txt");
            return;
        }
        assert!(
            rendered == FILE,
            "src/lint/static_sets.txt is out of date: run `CHARTER_BLESS=1 cargo test --lib static_sets`"
        );
    }

    /// The groups a prebuilt capture automaton finds are the `Regex`'s.
    #[test]
    fn prebuilt_groups_are_what_a_regex_captures() {
        let text = "Changes take effect 30 days after posting; we give at least 14 calendar \
                    days' prior notice. Änderungen gelten 30 Tage nach ihrer Veröffentlichung, \
                    mindestens 7 Tage vorher. Un préavis d'au moins 15 jours, 10 jours après sa \
                    publication. Con 20 días de antelación; 5 giorni dopo la pubblicazione.";
        let mut groups = 0;
        for set in all().into_iter().filter(|s| s.captures) {
            let pattern = &set.patterns[0];
            let found = crate::lint::matcher::Groups::new(pattern)
                .unwrap()
                .each_group(text, 1);
            let regex = regex::RegexBuilder::new(pattern)
                .case_insensitive(true)
                .build()
                .unwrap();
            let expected: Vec<_> = regex
                .captures_iter(text)
                .map(|c| c.get(1).map(|m| m.range()))
                .collect();
            assert_eq!(found, expected, "{pattern}");
            groups += expected.len();
        }
        assert!(groups >= 6, "the text exercises the phrases: {groups}");
    }

    #[test]
    fn every_static_set_is_read_from_the_prebuilt_table() {
        for set in all() {
            assert!(
                crate::lint::matcher::is_prebuilt(&set.patterns, false, None, set.captures),
                "not prebuilt: {set:?}"
            );
        }
    }
}
