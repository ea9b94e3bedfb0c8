//! Small maps and sets kept as sorted vectors, for what a person answers
//! (a dozen facts, six dates, a few dozen ticks). They behave as
//! `BTreeMap`/`BTreeSet` for what the app does with them — the same order
//! when iterated, so the same JSON — without the B-tree's node code, which
//! cost the wasm bundle several kilobytes for these three collections
//! (measured 2026-11-28: see the README's "Where the bytes are").

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Borrow;

/// A map sorted by key, each key once.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SortedMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        SortedMap(Vec::new())
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    pub fn new() -> Self {
        Self::default()
    }

    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.0.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|i| &self.0[i].1)
    }

    pub fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(key).is_ok()
    }

    /// Sets `key` to `value`; returns the value it replaces.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (key, value));
                None
            }
        }
    }

    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|i| self.0.remove(i).1)
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&K, &mut V) -> bool) {
        self.0.retain_mut(|(k, v)| keep(k, v));
    }

    /// In key order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> + ExactSizeIterator {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> + ExactSizeIterator {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn clear(&mut self) {
        self.0.clear()
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for SortedMap<K, V> {
    /// A key given twice keeps its last value, as a `BTreeMap` would.
    fn from_iter<I: IntoIterator<Item = (K, V)>>(items: I) -> Self {
        let mut map = SortedMap::new();
        map.extend(items);
        map
    }
}

impl<K: Ord, V> Extend<(K, V)> for SortedMap<K, V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, items: I) {
        for (k, v) in items {
            self.insert(k, v);
        }
    }
}

impl<K: Serialize, V: Serialize> Serialize for SortedMap<K, V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

impl<'de, K: Deserialize<'de> + Ord, V: Deserialize<'de>> Deserialize<'de> for SortedMap<K, V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Native tools only (the app reads its save by hand, `saved.rs`).
        Ok(std::collections::BTreeMap::<K, V>::deserialize(d)?.into_iter().collect())
    }
}

/// A set sorted, each item once: a map to nothing.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SortedSet<T>(SortedMap<T, ()>);

impl<T> Default for SortedSet<T> {
    fn default() -> Self {
        SortedSet(SortedMap::default())
    }
}

impl<T: Ord> SortedSet<T> {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn contains<Q: Ord + ?Sized>(&self, item: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.0.contains_key(item)
    }

    /// Whether it was new.
    pub fn insert(&mut self, item: T) -> bool {
        self.0.insert(item, ()).is_none()
    }

    /// Whether it was there.
    pub fn remove<Q: Ord + ?Sized>(&mut self, item: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.0.remove(item).is_some()
    }

    /// In order (`iter().len()` for the count).
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &T> + ExactSizeIterator {
        self.0.keys()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn clear(&mut self) {
        self.0.clear()
    }
}

impl<T: Ord> FromIterator<T> for SortedSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        SortedSet(items.into_iter().map(|t| (t, ())).collect())
    }
}

impl<T: Ord> Extend<T> for SortedSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, items: I) {
        self.0.extend(items.into_iter().map(|t| (t, ())))
    }
}

impl<T: Serialize + Ord> Serialize for SortedSet<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de, T: Deserialize<'de> + Ord> Deserialize<'de> for SortedSet<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Vec::<T>::deserialize(d)?.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::{BTreeMap, BTreeSet};

    proptest! {
        /// Any sequence of inserts and removes leaves the same contents, in
        /// the same order, as a `BTreeMap`/`BTreeSet` given the same.
        #[test]
        fn behaves_as_the_btree_collections(ops in proptest::collection::vec((any::<bool>(), 0u8..12, any::<u8>()), 0..60)) {
            let (mut map, mut btree) = (SortedMap::new(), BTreeMap::new());
            let (mut set, mut bset) = (SortedSet::new(), BTreeSet::new());
            for (add, k, v) in ops {
                if add {
                    prop_assert_eq!(map.insert(k, v), btree.insert(k, v));
                    prop_assert_eq!(set.insert(k), bset.insert(k));
                } else {
                    prop_assert_eq!(map.remove(&k), btree.remove(&k));
                    prop_assert_eq!(set.remove(&k), bset.remove(&k));
                }
                prop_assert_eq!(map.get(&k), btree.get(&k));
                prop_assert_eq!(set.contains(&k), bset.contains(&k));
            }
            prop_assert!(map.iter().eq(btree.iter()));
            prop_assert!(set.iter().eq(bset.iter()));
            prop_assert_eq!((map.len(), set.iter().len()), (btree.len(), bset.len()));
            prop_assert_eq!(serde_json::to_string(&map).unwrap(), serde_json::to_string(&btree).unwrap());
            prop_assert_eq!(serde_json::to_string(&set).unwrap(), serde_json::to_string(&bset).unwrap());
        }
    }

    #[test]
    fn string_keys_are_found_by_str_and_read_back_from_json() {
        let mut m: SortedMap<String, String> = SortedMap::new();
        m.insert("want".into(), "stop_violation".into());
        m.insert("employment".into(), "left".into());
        assert_eq!(m.get("want").map(String::as_str), Some("stop_violation"));
        assert_eq!(m.keys().map(String::as_str).collect::<Vec<_>>(), ["employment", "want"]);
        let back: SortedMap<String, String> = serde_json::from_str(&serde_json::to_string(&m).unwrap()).unwrap();
        assert_eq!(back, m);
        let s: SortedSet<String> = serde_json::from_str(r#"["b","a","b"]"#).unwrap();
        assert_eq!(s.iter().map(String::as_str).collect::<Vec<_>>(), ["a", "b"]);
    }
}
