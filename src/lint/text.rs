//! Text as rules see it: normalized so that typography does not decide
//! whether a right is found, and split into sections by headings.

pub use crate::lint::fold::normalize;
use crate::markdown::{Block, Heading, Outline};
use regex::{Regex, RegexBuilder};

/// Largest compiled size of one rule pattern: patterns are data from rule
/// files, and a pathological one must fail to load rather than eat memory.
/// (Defined beside the prebuilt table, whose entries are keyed by it.)
pub(crate) const PATTERN_SIZE_LIMIT: usize = crate::lint::matcher::RULE_PATTERN_SIZE_LIMIT;

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
    if crate::lint::pattern_source::has_look_around(pattern) {
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
    /// the document's language. `source` is the document's file text,
    /// `front_title` its front matter's `title`.
    pub fn tree(&self, source: &str, front_title: &str) -> Option<&crate::lint::tree::DocTree> {
        self.tree
            .get_or_init(|| {
                let vocabulary = crate::lint::vocabulary::builtin().vocabulary(&self.lang)?;
                let tree = crate::lint::tree::DocTree::new(self, source, front_title, vocabulary);
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

    /// Heading `h` and the headings above it (by level), innermost first.
    pub fn ancestry(&self, h: usize) -> &[usize] {
        &self.ancestry[h]
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
