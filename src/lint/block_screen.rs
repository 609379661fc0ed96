//! The rule packs' pattern lists screened once per document, block by
//! block ([`Screen`]): a rule then searches with its lists' automata only
//! the blocks where one of their patterns' literals occurs.
//!
//! One Aho-Corasick scan of a block for the literals of every list of the
//! document's language replaces, where a list's gate stays closed, a lazy
//! DFA scan of the block per list: on the corpus with every pack most
//! rules' phrases occur in few blocks, and rules that are not met (or
//! `forbid` rules, which read every block) scanned them all. The screen
//! only skips searches that cannot find anything, so the findings are the
//! same.
//!
//! Building a language's screen parses every pattern of its lists (the
//! prebuilt automata never parse them): a few million instructions, which
//! a small site would pay for little. It is built once the documents
//! linted have passed [`SCREEN_BUDGET`] bytes; documents before that are
//! linted without it.

use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::sync::{Arc, Mutex, OnceLock};

use super::matcher::screen::{self, Screen};

/// Bytes of documents, all languages and threads together, linted before
/// a language's screen is built: the example site (some 60 kB) never
/// builds one; the corpus builds it after its first few dozen documents.
const SCREEN_BUDGET: usize = 256 << 10;

/// A pattern list as the screen knows it: an id unique to the list (see
/// `pack::LazyPatterns`) and its patterns, normalized as they are matched.
pub(crate) struct List {
    pub id: usize,
    pub patterns: Vec<String>,
}

/// The screens of the languages linted so far, built when needed.
#[derive(Default)]
pub(crate) struct Screens {
    /// Bytes of documents linted so far.
    linted: AtomicUsize,
    by_lang: Mutex<rustc_hash::FxHashMap<String, Arc<LangScreen>>>,
    /// Each list's literals ([`screen::needed`]) by id, found once however
    /// many languages' screens have the list (one in any language).
    needed: Mutex<rustc_hash::FxHashMap<usize, Option<Vec<Vec<u8>>>>>,
}

/// One language's screen, and where each list is in it.
struct LangScreen {
    screen: Screen,
    /// List id → its index in `screen`.
    slots: rustc_hash::FxHashMap<usize, usize>,
}

impl Screens {
    /// The screen for a document of `len` bytes in `lang`, once past the
    /// budget: built from `lists` (every list a rule may search in `lang`)
    /// the first time.
    pub(crate) fn for_document<'t>(
        &self,
        lang: &str,
        len: usize,
        texts: &'t [String],
        lists: impl FnOnce() -> Vec<List>,
    ) -> Screened<'t> {
        let past_budget = self.linted.fetch_add(len, Relaxed) + len > SCREEN_BUDGET;
        let screen = past_budget
            .then(|| {
                let mut by_lang = self.by_lang.lock().ok()?;
                let built = by_lang
                    .entry(lang.to_string())
                    .or_insert_with(|| Arc::new(self.build(&lists())));
                Some(Arc::clone(built))
            })
            .flatten();
        Screened {
            screen,
            texts,
            open: OnceLock::new(),
        }
    }

    /// The screen of `lists`.
    fn build(&self, lists: &[List]) -> LangScreen {
        let slots = lists.iter().enumerate().map(|(k, l)| (l.id, k)).collect();
        let Ok(mut known) = self.needed.lock() else {
            return LangScreen {
                screen: Screen::new(&vec![None; lists.len()]),
                slots,
            };
        };
        for list in lists {
            known
                .entry(list.id)
                .or_insert_with(|| screen::needed(&list.patterns));
        }
        let needs: Vec<Option<&[Vec<u8>]>> = lists
            .iter()
            .map(|l| known.get(&l.id).and_then(|n| n.as_deref()))
            .collect();
        LangScreen {
            screen: Screen::new(&needs),
            slots,
        }
    }
}

/// A document's blocks as the screen saw them, scanned when a rule first
/// asks.
pub(crate) struct Screened<'t> {
    screen: Option<Arc<LangScreen>>,
    /// The blocks' normalized texts (`Sections::texts`).
    texts: &'t [String],
    /// Each block's open lists ([`Screen::open`]), one after the other.
    open: OnceLock<Vec<u64>>,
}

/// Where a list is in a document's screen; `None`: unscreened, searched
/// everywhere.
#[derive(Clone, Copy)]
pub(crate) struct Slot(Option<usize>);

impl Screened<'_> {
    /// The slot of list `id` (see [`List`]).
    pub(crate) fn slot(&self, id: usize) -> Slot {
        Slot(
            self.screen
                .as_ref()
                .filter(|s| !s.screen.is_empty())
                .and_then(|s| s.slots.get(&id).copied()),
        )
    }

    /// Whether the list in `slot` may match block `block`: false only
    /// where none of its patterns can.
    pub(crate) fn may_match(&self, slot: Slot, block: usize) -> bool {
        let (Some(k), Some(screen)) = (slot.0, &self.screen) else {
            return true;
        };
        let words = screen.screen.len().div_ceil(64);
        let open = self.open.get_or_init(|| {
            self.texts
                .iter()
                .flat_map(|text| screen.screen.open(text))
                .collect()
        });
        open.get(block * words..(block + 1) * words)
            .is_none_or(|bits| screen::is_open(bits, k))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_screen_is_built_past_the_budget_only() {
        let screens = Screens::default();
        let texts = strings(&["we use standard contractual clauses", "nothing"]);
        let lists = || {
            vec![List {
                id: 7,
                patterns: strings(&["standard contractual clauses"]),
            }]
        };
        let small = screens.for_document("en", 10, &texts, lists);
        assert!(
            small.may_match(small.slot(7), 1),
            "before the budget: unscreened"
        );
        let large = screens.for_document("en", SCREEN_BUDGET, &texts, lists);
        let slot = large.slot(7);
        assert!(large.may_match(slot, 0));
        assert!(!large.may_match(slot, 1));
        // A list the screen does not know, and a block past the end.
        assert!(large.may_match(large.slot(8), 1));
        assert!(large.may_match(slot, 2));
    }
}
