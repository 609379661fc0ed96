//! Answers remembered by text key across the threads of one run: a site's
//! documents ask the same few questions again and again (a sub-processor's
//! declared name, a rule's help text), and each answer is costly to make.

use std::collections::HashMap;
use std::sync::Mutex;

/// A map from text to a remembered answer, shared by the threads that ask.
/// A poisoned lock only forgets: the answer is made again.
#[derive(Default)]
pub(crate) struct Memo<V>(Mutex<HashMap<String, V>>);

impl<V: Clone> Memo<V> {
    /// The answer for `key`, made by `make` the first time it is asked.
    pub(crate) fn get_or_make(&self, key: &str, make: impl FnOnce() -> V) -> V {
        if let Some(known) = self.0.lock().ok().and_then(|m| m.get(key).cloned()) {
            return known;
        }
        let made = make();
        if let Ok(mut m) = self.0.lock() {
            m.insert(key.to_string(), made.clone());
        }
        made
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_is_made_once_and_then_remembered() {
        let memo = Memo::default();
        let mut made = 0;
        for _ in 0..3 {
            assert_eq!(
                memo.get_or_make("key", || {
                    made += 1;
                    7
                }),
                7
            );
        }
        assert_eq!(made, 1);
        assert_eq!(memo.get_or_make("other", || 8), 8);
    }
}
