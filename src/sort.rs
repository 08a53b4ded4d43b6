//! A stable merge sort for the engine's lists. Core's `sort_by` is faster on
//! long lists but puts about 3 KB of WebAssembly code into the package for every
//! element type it sorts; the engine sorts four kinds of short lists (issues,
//! changed paths of a live form, object members, periods), and this one small
//! sort keeps about 5 KB gzip out of every download. Lists of up to 32 items
//! are sorted by insertion, longer ones by merging halves: O(n log n)
//! comparisons, recursion log₂(n) deep.

use std::cmp::Ordering;

/// `items` in the order `cmp` gives, equal items keeping their order (the
/// result of `slice::sort_by`).
pub(crate) fn sort_stable_by<T>(items: Vec<T>, cmp: &mut impl FnMut(&T, &T) -> Ordering) -> Vec<T> {
    if items.len() <= 1 {
        return items;
    }
    if items.len() <= 32 {
        // Short lists (most are): insertion into one new list, after every
        // item that is not greater, so equal items keep their order.
        let mut out: Vec<T> = Vec::with_capacity(items.len());
        for item in items {
            let at = out.partition_point(|x| {
                crate::work::step();
                cmp(x, &item) != Ordering::Greater
            });
            out.insert(at, item);
        }
        return out;
    }
    let mut left = items;
    let right = left.split_off(left.len() / 2);
    let (left, right) = (sort_stable_by(left, cmp), sort_stable_by(right, cmp));
    let mut out = Vec::with_capacity(left.len() + right.len());
    let (mut left, mut right) = (left.into_iter().peekable(), right.into_iter().peekable());
    loop {
        // On a tie the left item goes first: that keeps the sort stable.
        let from_right = match (left.peek(), right.peek()) {
            (Some(l), Some(r)) => {
                crate::work::step();
                cmp(r, l) == Ordering::Less
            }
            (Some(_), None) => false,
            (None, Some(_)) => true,
            (None, None) => break,
        };
        let next = if from_right {
            right.next()
        } else {
            left.next()
        };
        out.extend(next);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::sort_stable_by;

    #[test]
    fn sorts_as_core_stable_sort_does() {
        let mut x: u64 = 0x853C_49E6_748F_EA9B;
        for len in (0..40).chain([100, 1000, 4097]) {
            let items: Vec<(u64, usize)> = (0..len)
                .map(|i| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    (x % 7, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|a| a.0);
            let ours = sort_stable_by(items, &mut |a, b| a.0.cmp(&b.0));
            assert_eq!(ours, expected, "{len} items");
        }
    }
}
