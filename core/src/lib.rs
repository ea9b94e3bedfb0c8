//! 维权导办 domain core: everything the widget knows about the law, with no
//! web dependency. The Yew front end and the native `route` tool are thin
//! layers over this crate.

pub mod citation;
pub mod date;
pub mod deadlines;
pub mod details;
pub mod documents;
pub mod interview;
pub mod json;
pub mod money;
pub mod places;
pub mod qr;
pub mod routing;
pub mod rulebook;
pub mod rules;
pub mod saved;
pub mod situation;
pub mod sorted;
pub mod validate;

pub use date::Date;
pub use routing::{route, Routing};
pub use rules::{Lang, Outcome, Problem};
pub use situation::Situation;

/// Stable sort by key for the few short lists the core orders (steps of a
/// routing, bodies of a case). A plain insertion sort: the standard library's
/// sort adds some 4 KB of code to the wasm bundle for each type it sorts.
pub(crate) fn sort_small_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && key(&v[j - 1]) > key(&v[j]) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        // Same order as the standard (stable) sort, ties included.
        #[test]
        fn small_sort_is_the_stable_sort(v in proptest::collection::vec((0u8..4, any::<u16>()), 0..40)) {
            let mut a = v.clone();
            let mut b = v;
            super::sort_small_by_key(&mut a, |p| p.0);
            b.sort_by_key(|p| p.0);
            prop_assert_eq!(a, b);
        }
    }
}
