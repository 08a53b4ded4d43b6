//! One edit applied: check again the parts of the form it can change, and no more.
//!
//! After the value at a path changed, three things can change verdicts:
//! 1. the field there (and what the walk does above it: `region.rs`);
//! 2. fields whose `requiredWhen`/`forbiddenWhen` read the path (checked again
//!    whole, as a field that becomes forbidden hides everything inside it);
//! 3. rules that read the path or any part checked again (an input that gets or
//!    loses an error makes a rule skip or run), and, in run order, rules that
//!    read a path where an earlier rule's errors changed.
//!
//! The result equals a full validation of the data; `tests/live_diff.rs`
//! checks that after every edit of many edit scripts.

use super::plan::expand;
use super::region::region;
use super::sorted::ListSet;
use super::store::{rule_order, Before, DataPath, Entry, Order};
use super::LiveForm;
use crate::sort::sort_stable_by;
use crate::validate::{order_key, owned_seg, Finding, PathSeg, Run};
use std::borrow::Cow;

/// The rules to run again, taken out in run order. Rules arrive mostly in
/// order (the walk meets them so), so they are kept in one sorted list read
/// from `head`; a whole-form check queues every rule.
#[derive(Default)]
pub(super) struct Queue {
    items: Vec<Order>,
    head: usize,
}

impl Queue {
    fn add(&mut self, order: &[u32]) {
        let rest = self.items.get(self.head..).unwrap_or(&[]);
        if let Err(at) = rest.binary_search_by(|o| o.as_slice().cmp(order)) {
            self.items.insert(self.head + at, order.to_vec());
        }
    }

    pub(super) fn next(&mut self) -> Option<Order> {
        let order = self.items.get_mut(self.head).map(std::mem::take)?;
        self.head += 1;
        Some(order)
    }
}

impl LiveForm {
    /// Check again what an edit at `at` can change; `changed` says which steps
    /// of `at` changed how the walk treats them.
    pub(super) fn update(&mut self, at: &[PathSeg<'_>], changed: &[bool]) {
        let form = self.form.clone();
        let first = match region(form.fields(), at, changed) {
            Some(len) => at.get(..len).unwrap_or(at),
            None => &[],
        };
        let mut regions: Vec<Cow<[PathSeg<'_>]>> = vec![Cow::Borrowed(first)];
        for site in &form.live_plan().conds {
            for read in site.reads().iter().filter(|r| r.touches(at)) {
                let fixed = at.get(..read.bound_by(at)).unwrap_or(at);
                regions.extend(
                    expand(&site.field, fixed, &self.data)
                        .into_iter()
                        .map(Cow::Owned),
                );
            }
        }
        let mut outer = match regions.len() {
            1 => regions,
            _ => sort_stable_by(regions, &mut |a, b| a.cmp(b)),
        };
        // Only the outermost parts: one inside another (or the same) is checked with it.
        outer.dedup_by(|r, o| r.starts_with(o));
        let mut queue = Queue::default();
        for r in &outer {
            self.rewalk(r, &mut queue);
        }
        // The first region holds `at`, so this also finds the rules that read `at`.
        for r in &outer {
            self.rules_reading(r, None, &mut queue);
        }
        while let Some(order) = queue.next() {
            for moved in self.rerun(&order) {
                self.rules_reading(&moved, Some(&order), &mut queue);
            }
        }
    }

    /// Check the field or item at `region` again (`[]`: the whole form); the
    /// rules the walk meets there are queued.
    pub(super) fn rewalk(&mut self, region: &[PathSeg<'_>], queue: &mut Queue) {
        let form = self.form.clone();
        self.store.clear_walk(region);
        self.store.clear_rules(&order_key(form.fields(), region));
        let lang = self.opts.lang;
        let mut run = Run::new(&form, &self.data, self.opts);
        match region.is_empty() {
            true => run.walk(),
            false => run.walk_at(region),
        }
        let met: Vec<(DataPath, usize)> = run
            .met
            .iter()
            .map(|m| {
                let path = run.met_paths.get(m.path.clone()).unwrap_or(&[]);
                (path.iter().cloned().map(owned_seg).collect(), m.index)
            })
            .collect();
        let found = run.issues.into_iter().map(Finding::new);
        self.store
            .add_walk(found.map(|f| Entry::new(f, &form, lang)));
        for (scope, index) in met {
            let order = rule_order(&form, &scope, index);
            queue.add(&order);
            self.store.add_rule(order, scope, index);
        }
    }

    /// Queue the rules (after `after` in run order, if given) that read `path`.
    fn rules_reading(&self, path: &[PathSeg<'_>], after: Option<&[u32]>, queue: &mut Queue) {
        for site in &self.form.live_plan().rules {
            for read in site.reads().iter().filter(|r| r.touches(path)) {
                let fixed = path.get(..read.bound_by(path)).unwrap_or(path);
                for scope in expand(&site.scope, fixed, &self.data) {
                    let order = rule_order(&self.form, &scope, site.index);
                    let later = after.is_none_or(|a| order.as_slice() > a);
                    if later && self.store.has_rule(&order) {
                        queue.add(&order);
                    }
                }
            }
        }
    }

    /// Run one rule again; returns the paths where its errors changed.
    pub(super) fn rerun(&mut self, order: &[u32]) -> Vec<DataPath> {
        let form = self.form.clone();
        let old = self.store.take_issues(order);
        let lang = self.opts.lang;
        let new: Vec<Entry> = {
            let Some(inst) = self.store.rule(order) else {
                return vec![];
            };
            let before = Before {
                store: &self.store,
                order,
            };
            let mut run = Run::new(&form, &self.data, self.opts).with_outside(&before);
            match run.deferred_at(&inst.scope, inst.index) {
                Some(d) => {
                    run.rule(&d);
                    let found = run.issues.into_iter().map(Finding::new);
                    found.map(|f| Entry::new(f, &form, lang)).collect()
                }
                None => vec![],
            }
        };
        let errors = |list: &[Entry]| {
            let mut set = ListSet::default();
            for e in list {
                if e.finding.severity() == crate::report::Severity::Error {
                    set.add(e.finding.path());
                }
            }
            set
        };
        let moved: Vec<DataPath> = errors(&old).symmetric_difference(&errors(&new));
        self.store.put_issues(order, new);
        moved
    }
}
