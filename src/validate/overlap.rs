//! `no_overlap`: for each period of a list, the earlier period it clashes with.
//!
//! In order (`ordered`), a period clashes with the latest earlier one if it
//! starts before that one ends. Without an order, it clashes with the *first*
//! earlier period it overlaps. Asking every earlier period is quadratic (10 000
//! periods, 50 million comparisons), so each period instead claims the later
//! ones that overlap it and are not yet claimed: a segment tree over the
//! periods sorted by start, holding the latest end in each subtree, finds them
//! in O(log n) each. Every period is claimed at most once: O(n log n) in all.
//! A period that ends before it starts clashes with others but claims none.

use crate::date::Date;
use crate::sort::sort_stable_by;

/// A period's start and end, or `None` when either is missing or invalid.
pub(super) type Period = Option<(Date, Date)>;

/// For each period, the index of the earlier period it clashes with.
pub(super) fn clashes(periods: &[Period], ordered: bool) -> Vec<Option<usize>> {
    if ordered {
        in_order(periods)
    } else {
        first_overlaps(periods)
    }
}

fn in_order(periods: &[Period]) -> Vec<Option<usize>> {
    let mut last: Option<(usize, Date)> = None;
    periods
        .iter()
        .enumerate()
        .map(|(j, p)| {
            let (s, e) = (*p)?;
            let clash = last.filter(|(_, end)| s <= *end).map(|(i, _)| i);
            if e >= s {
                last = Some((j, e));
            }
            clash
        })
        .collect()
}

fn first_overlaps(periods: &[Period]) -> Vec<Option<usize>> {
    let start = |j: &usize| periods.get(*j).copied().flatten().map(|p| p.0);
    let order: Vec<usize> = (0..periods.len()).filter(|j| start(j).is_some()).collect();
    let order = sort_stable_by(order, &mut |a, b| start(a).cmp(&start(b)));
    let mut slot = vec![usize::MAX; periods.len()];
    for (k, j) in order.iter().enumerate() {
        if let Some(s) = slot.get_mut(*j) {
            *s = k;
        }
    }
    let size = order.len().next_power_of_two();
    let mut tree = Tree {
        max_end: vec![None; 2 * size],
    };
    for (k, j) in order.iter().enumerate() {
        tree.set(size + k, periods.get(*j).copied().flatten().map(|p| p.1));
    }
    let mut out = vec![None; periods.len()];
    for (i, p) in periods.iter().enumerate() {
        let Some((si, ei)) = *p else { continue };
        tree.set(size + slot.get(i).copied().unwrap_or(0), None); // no longer a later period
        if ei < si {
            continue;
        }
        // Waiting periods that start by `ei` (a prefix of `order`) and end from `si`.
        let prefix = order.partition_point(|j| start(j).is_some_and(|s| s <= ei));
        let mut stack = vec![(1usize, 0usize, size)];
        while let Some((node, lo, hi)) = stack.pop() {
            crate::work::step();
            if lo >= prefix || tree.max_end.get(node).copied().flatten() < Some(si) {
                continue;
            }
            if hi - lo == 1 {
                if let Some(j) = order.get(lo) {
                    if let Some(o) = out.get_mut(*j) {
                        *o = Some(i);
                    }
                }
                tree.set(node, None);
                continue;
            }
            let mid = (lo + hi) / 2;
            stack.push((2 * node + 1, mid, hi));
            stack.push((2 * node, lo, mid));
        }
    }
    out
}

/// Latest end per subtree; leaves `size..2*size` are the periods by start.
struct Tree {
    max_end: Vec<Option<Date>>,
}

impl Tree {
    fn set(&mut self, leaf: usize, end: Option<Date>) {
        if let Some(v) = self.max_end.get_mut(leaf) {
            *v = end;
        }
        let mut node = leaf / 2;
        while node >= 1 {
            crate::work::step();
            let l = self.max_end.get(2 * node).copied().flatten();
            let r = self.max_end.get(2 * node + 1).copied().flatten();
            if let Some(v) = self.max_end.get_mut(node) {
                *v = l.max(r);
            }
            node /= 2;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{clashes, Period};
    use crate::date::Date;

    fn p(s: &str, e: &str) -> Period {
        Some((Date::parse(s).unwrap(), Date::parse(e).unwrap()))
    }

    /// The definition: the first earlier non-inverted period that overlaps.
    fn naive(periods: &[Period]) -> Vec<Option<usize>> {
        (0..periods.len())
            .map(|j| {
                let (sj, ej) = periods[j]?;
                (0..j).find(
                    |&i| matches!(periods[i], Some((si, ei)) if ei >= si && sj <= ei && si <= ej),
                )
            })
            .collect()
    }

    #[test]
    fn agrees_with_the_definition() {
        let list = [
            p("2024-03-01", "2024-03-31"),
            None,
            p("2024-01-01", "2024-01-31"),
            p("2024-03-15", "2024-04-15"),
            p("2024-01-20", "2024-01-10"), // inverted: clashes with nothing before it, claims nothing
            p("2024-01-20", "2024-03-02"),
            p("2024-05-01", "2024-05-01"),
            p("2024-01-31", "2024-02-10"),
            p("2024-05-01", "2024-05-02"),
        ];
        assert_eq!(clashes(&list, false), naive(&list));
        assert_eq!(
            clashes(&list, false),
            [
                None,
                None,
                None,
                Some(0),
                Some(2),
                Some(0),
                None,
                Some(2),
                Some(6)
            ]
        );
        // Many periods in a scrambled order against the definition.
        let days: Vec<Period> = (0..300u32)
            .map(|k| {
                let a = (k * 7919) % 300;
                let b = a + (k * 31) % 20;
                let d = |n: u32| {
                    Date::parse(&format!("2024-{:02}-{:02}", n / 30 + 1, n % 28 + 1)).unwrap()
                };
                (k % 17 != 0).then(|| (d(a), d(b)))
            })
            .collect();
        assert_eq!(clashes(&days, false), naive(&days));
    }

    #[test]
    fn in_order_compares_with_the_latest_earlier_period() {
        let list = [
            p("2024-01-01", "2024-01-31"),
            p("2024-01-31", "2024-02-05"),
            None,
            p("2024-01-10", "2024-01-11"),
        ];
        assert_eq!(clashes(&list, true), [None, Some(0), None, Some(1)]);
    }
}
