//! Where a [`Matcher`](super::Matcher) keeps its search caches between
//! searches: one a thread, or one stack shared by every thread.
//!
//! regex-automata's `Pool` gives the first thread to search a value of
//! its own and every other thread a value from a stack of its own, so a
//! pattern that both lint threads search holds two caches to the end of
//! the run, though the threads are rarely in the same pattern at once. A
//! vocabulary's patterns searched apart (parts) are each searched in a
//! few statements: on `../shared/corpus` some 730 of them are compiled,
//! each with lazy DFA caches sized by its NFA and grown up to
//! `PART_DFA_CACHE` (BENCHMARKS.md, session 38, mem-w). A [`SharedPool`]
//! makes a second value only while the first is in use, so most parts
//! hold one. Which pool holds a cache changes no answer: a cache only
//! remembers states that its DFA rebuilds on demand.

use std::ops::{Deref, DerefMut};
use std::sync::Mutex;

use regex_automata::util::pool::{Pool, PoolGuard};

/// Values made by `F`, lent one at a time to whichever thread asks: a
/// thread takes the last value given back, or a new one if every value
/// made is in use.
pub(super) struct SharedPool<T, F> {
    free: Mutex<Vec<Box<T>>>,
    make: F,
}

impl<T, F: Fn() -> T> SharedPool<T, F> {
    pub(super) fn new(make: F) -> SharedPool<T, F> {
        SharedPool {
            free: Mutex::new(Vec::new()),
            make,
        }
    }

    /// A value no other thread holds until the guard is dropped.
    pub(super) fn get(&self) -> SharedGuard<'_, T, F> {
        // A poisoned lock only means a search panicked elsewhere; the
        // values in it are still whole caches.
        let taken = self
            .free
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .pop();
        SharedGuard {
            value: Some(taken.unwrap_or_else(|| Box::new((self.make)()))),
            pool: self,
        }
    }

    /// How many values have been given back and wait to be lent again.
    #[cfg(test)]
    pub(super) fn free(&self) -> usize {
        self.free.lock().map_or(0, |free| free.len())
    }
}

/// A value of a [`SharedPool`], given back when dropped.
pub(super) struct SharedGuard<'a, T, F: Fn() -> T> {
    value: Option<Box<T>>,
    pool: &'a SharedPool<T, F>,
}

impl<T, F: Fn() -> T> Deref for SharedGuard<'_, T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        // `value` is `None` only inside `drop`.
        self.value
            .as_deref()
            .expect("a lent value is held until dropped")
    }
}

impl<T, F: Fn() -> T> DerefMut for SharedGuard<'_, T, F> {
    fn deref_mut(&mut self) -> &mut T {
        self.value
            .as_deref_mut()
            .expect("a lent value is held until dropped")
    }
}

impl<T, F: Fn() -> T> Drop for SharedGuard<'_, T, F> {
    fn drop(&mut self) {
        if let Some(value) = self.value.take() {
            self.pool
                .free
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .push(value);
        }
    }
}

/// A matcher's caches: one a thread (its sets and single patterns, which
/// every thread searches in most texts), or shared ([`SharedPool`]: its
/// parts, searched in few).
pub(super) enum CachePool<T: Send, F: Fn() -> T> {
    PerThread(Pool<T, F>),
    Shared(SharedPool<T, F>),
}

impl<T: Send, F: Fn() -> T> CachePool<T, F> {
    pub(super) fn get(&self) -> CacheGuard<'_, T, F> {
        match self {
            CachePool::PerThread(pool) => CacheGuard::PerThread(pool.get()),
            CachePool::Shared(pool) => CacheGuard::Shared(pool.get()),
        }
    }
}

/// A value of a [`CachePool`], given back when dropped.
pub(super) enum CacheGuard<'a, T: Send, F: Fn() -> T> {
    PerThread(PoolGuard<'a, T, F>),
    Shared(SharedGuard<'a, T, F>),
}

impl<T: Send, F: Fn() -> T> Deref for CacheGuard<'_, T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        match self {
            CacheGuard::PerThread(guard) => guard,
            CacheGuard::Shared(guard) => guard,
        }
    }
}

impl<T: Send, F: Fn() -> T> DerefMut for CacheGuard<'_, T, F> {
    fn deref_mut(&mut self) -> &mut T {
        match self {
            CacheGuard::PerThread(guard) => guard,
            CacheGuard::Shared(guard) => guard,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

    #[test]
    fn a_value_given_back_is_lent_again_before_a_new_one_is_made() {
        let made = AtomicUsize::new(0);
        let pool = SharedPool::new(|| made.fetch_add(1, Relaxed));
        assert_eq!(*pool.get(), 0);
        assert_eq!(*pool.get(), 0);
        assert_eq!(made.load(Relaxed), 1);
        assert_eq!(pool.free(), 1);
    }

    #[test]
    fn a_value_in_use_is_lent_to_no_one_else() {
        let made = AtomicUsize::new(0);
        let pool = SharedPool::new(|| made.fetch_add(1, Relaxed));
        let mut first = pool.get();
        let second = pool.get();
        assert_ne!(*first, *second);
        *first += 10;
        drop(first);
        drop(second);
        assert_eq!(pool.free(), 2);
        // The last given back is lent first.
        assert_eq!(*pool.get(), 1);
    }

    #[test]
    fn threads_one_after_another_share_one_value() {
        let made = AtomicUsize::new(0);
        let pool = SharedPool::new(|| made.fetch_add(1, Relaxed));
        for _ in 0..4 {
            std::thread::scope(|s| {
                s.spawn(|| drop(pool.get()));
            });
        }
        assert_eq!(made.load(Relaxed), 1);
    }

    #[test]
    fn both_pools_lend_what_make_makes() {
        let make: fn() -> Vec<u8> = || vec![7];
        let per_thread = CachePool::PerThread(Pool::new(make));
        let shared = CachePool::Shared(SharedPool::new(make));
        for pool in [per_thread, shared] {
            let mut lent = pool.get();
            assert_eq!(*lent, [7]);
            lent.push(8);
            assert_eq!(lent.len(), 2);
        }
    }
}
