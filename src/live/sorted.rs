//! A map from lists (paths, run orders) to values, kept as one sorted `Vec`.
//!
//! The live form keeps its issues by path and its rules by run order, and
//! needs lookups, inserts and "everything under this prefix" (which sorted
//! order makes one contiguous run). `BTreeMap` does all that, but links about
//! 8 KB of WebAssembly per key and value type; this does it in a few hundred
//! bytes each. The maps hold the issues found and the rules met, so they stay
//! short next to the document, and moving a tail on insert is a `memmove`.

use std::cmp::Ordering;

/// Keys `Vec<T>` in order, each with a value.
#[derive(Debug, Clone)]
pub struct ListMap<T, V> {
    items: Vec<(Vec<T>, V)>,
}

impl<T, V> Default for ListMap<T, V> {
    fn default() -> Self {
        ListMap { items: Vec::new() }
    }
}

/// A set of lists, in order.
pub type ListSet<T> = ListMap<T, ()>;

impl<T: Ord + Clone, V> ListMap<T, V> {
    fn find(&self, key: &[T]) -> Result<usize, usize> {
        self.items.binary_search_by(|(k, _)| k.as_slice().cmp(key))
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn contains(&self, key: &[T]) -> bool {
        self.find(key).is_ok()
    }

    pub fn get(&self, key: &[T]) -> Option<&V> {
        let at = self.find(key).ok()?;
        self.items.get(at).map(|(_, v)| v)
    }

    pub fn get_mut(&mut self, key: &[T]) -> Option<&mut V> {
        let at = self.find(key).ok()?;
        self.items.get_mut(at).map(|(_, v)| v)
    }

    /// Put `value` at `key`, replacing what was there.
    pub fn insert(&mut self, key: Vec<T>, value: V) {
        match self.find(&key) {
            Ok(at) => {
                if let Some(slot) = self.items.get_mut(at) {
                    slot.1 = value;
                }
            }
            Err(at) => self.items.insert(at, (key, value)),
        }
    }

    /// The value at `key`, made by `make` if there is none (always `Some`).
    pub fn get_or(&mut self, key: &[T], make: impl FnOnce() -> V) -> Option<&mut V> {
        let at = match self.find(key) {
            Ok(at) => at,
            Err(at) => {
                self.items.insert(at, (key.to_vec(), make()));
                at
            }
        };
        self.items.get_mut(at).map(|(_, v)| v)
    }

    pub fn remove(&mut self, key: &[T]) -> Option<V> {
        let at = self.find(key).ok()?;
        Some(self.items.remove(at).1)
    }

    /// Where the first key that starts with `prefix` is (they are one run in
    /// sorted order).
    pub fn first_under(&self, prefix: &[T]) -> Option<usize> {
        let at = self.items.partition_point(|(k, _)| k.as_slice() < prefix);
        let first = self.items.get(at)?;
        first.0.starts_with(prefix).then_some(at)
    }

    pub fn key_at(&self, at: usize) -> Option<&[T]> {
        self.items.get(at).map(|(k, _)| k.as_slice())
    }

    /// Take out the entry at `at` (from [`ListMap::first_under`]), key and all.
    pub fn remove_at(&mut self, at: usize) -> Option<(Vec<T>, V)> {
        (at < self.items.len()).then(|| self.items.remove(at))
    }

    /// Take out the last entry, key and all.
    pub fn pop(&mut self) -> Option<(Vec<T>, V)> {
        self.items.pop()
    }

    /// The entries whose keys sort before `key`.
    pub fn before(&self, key: &[T]) -> impl Iterator<Item = &(Vec<T>, V)> {
        let end = self.items.partition_point(|(k, _)| k.as_slice() < key);
        self.items.get(..end).unwrap_or(&[]).iter()
    }

    pub fn iter(&self) -> impl Iterator<Item = &(Vec<T>, V)> {
        self.items.iter()
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.items.iter_mut().map(|(_, v)| v)
    }
}

impl<T: Ord + Clone> ListSet<T> {
    /// Add `key`; false if it was there.
    pub fn add(&mut self, key: &[T]) -> bool {
        match self.find(key) {
            Ok(_) => false,
            Err(at) => {
                self.items.insert(at, (key.to_vec(), ()));
                true
            }
        }
    }

    /// The keys in one set or the other, not both.
    pub fn symmetric_difference(&self, other: &ListSet<T>) -> Vec<Vec<T>> {
        let (mut a, mut b) = (self.items.iter().peekable(), other.items.iter().peekable());
        let mut out = Vec::new();
        loop {
            let next = match (a.peek(), b.peek()) {
                (Some(x), Some(y)) => match x.0.cmp(&y.0) {
                    Ordering::Less => a.next(),
                    Ordering::Greater => b.next(),
                    Ordering::Equal => {
                        a.next();
                        b.next();
                        continue;
                    }
                },
                (Some(_), None) => a.next(),
                (None, Some(_)) => b.next(),
                (None, None) => return out,
            };
            if let Some((k, _)) = next {
                out.push(k.clone());
            }
        }
    }
}
