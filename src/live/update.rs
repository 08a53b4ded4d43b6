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
use super::store::{rule_order, Before, DataPath, Entry, Order};
use super::LiveForm;
use crate::validate::{order_key, owned_seg, Finding, PathSeg, Run};
use std::collections::BTreeSet;

impl LiveForm {
    /// Check again what an edit at `at` can change; `changed` says which steps
    /// of `at` changed how the walk treats them.
    pub(super) fn update(&mut self, at: &[PathSeg<'static>], changed: &[bool]) {
        let form = self.form.clone();
        let mut regions: Vec<DataPath> = match region(form.fields(), at, changed) {
            Some(len) => vec![at.get(..len).unwrap_or(at).to_vec()],
            None => vec![vec![]],
        };
        for site in &form.live_plan().conds {
            for read in site.reads().iter().filter(|r| r.touches(at)) {
                let fixed = at.get(..read.bound_by(at)).unwrap_or(at);
                regions.extend(expand(&site.field, fixed, &self.data));
            }
        }
        regions.sort();
        regions.dedup();
        // Only the outermost parts: one inside another is checked with it.
        let mut outer: Vec<DataPath> = Vec::with_capacity(regions.len());
        for r in regions {
            if !outer.last().is_some_and(|o| r.starts_with(o)) {
                outer.push(r);
            }
        }
        let mut queue: BTreeSet<Order> = BTreeSet::new();
        for r in &outer {
            self.rewalk(r, &mut queue);
        }
        // The first region holds `at`, so this also finds the rules that read `at`.
        for r in &outer {
            self.rules_reading(r, None, &mut queue);
        }
        while let Some(order) = queue.pop_first() {
            for moved in self.rerun(&order) {
                self.rules_reading(&moved, Some(&order), &mut queue);
            }
        }
    }

    /// Check the field or item at `region` again (`[]`: the whole form); the
    /// rules the walk meets there are queued.
    pub(super) fn rewalk(&mut self, region: &[PathSeg<'static>], queue: &mut BTreeSet<Order>) {
        let form = self.form.clone();
        self.store.clear_walk(region);
        self.store.clear_rules(&order_key(form.fields(), region));
        let (found, met) = {
            let mut run = Run::new(&form, &self.data, self.opts);
            match region.is_empty() {
                true => run.walk(),
                false => run.walk_at(region),
            }
            let met: Vec<(DataPath, usize)> = run
                .deferred
                .iter()
                .map(|d| (d.path.iter().cloned().map(owned_seg).collect(), d.index))
                .collect();
            let found: Vec<Finding> = run.issues.into_iter().map(Finding::new).collect();
            (found, met)
        };
        let lang = self.opts.lang;
        let entries = found.into_iter().map(|f| Entry::new(f, &form, lang));
        self.store.add_walk(entries.collect());
        for (scope, index) in met {
            let order = rule_order(&form, &scope, index);
            self.store.add_rule(order.clone(), scope, index);
            queue.insert(order);
        }
    }

    /// Queue the rules (after `after` in run order, if given) that read `path`.
    fn rules_reading(
        &self,
        path: &[PathSeg<'_>],
        after: Option<&[u32]>,
        queue: &mut BTreeSet<Order>,
    ) {
        for site in &self.form.live_plan().rules {
            for read in site.reads().iter().filter(|r| r.touches(path)) {
                let fixed = path.get(..read.bound_by(path)).unwrap_or(path);
                for scope in expand(&site.scope, fixed, &self.data) {
                    let order = rule_order(&self.form, &scope, site.index);
                    let later = after.is_none_or(|a| order.as_slice() > a);
                    if later && self.store.has_rule(&order) {
                        queue.insert(order);
                    }
                }
            }
        }
    }

    /// Run one rule again; returns the paths where its errors changed.
    pub(super) fn rerun(&mut self, order: &[u32]) -> Vec<DataPath> {
        let form = self.form.clone();
        let Some(inst) = self.store.rule(order) else {
            return vec![];
        };
        let (scope, index) = (inst.scope.clone(), inst.index);
        let old = self.store.take_issues(order);
        let found: Vec<Finding> = {
            let before = Before {
                store: &self.store,
                order,
            };
            let mut run = Run::new(&form, &self.data, self.opts).with_outside(&before);
            match run.deferred_at(&scope, index) {
                Some(d) => {
                    run.rule(&d);
                    run.issues.into_iter().map(Finding::new).collect()
                }
                None => vec![],
            }
        };
        let lang = self.opts.lang;
        let new: Vec<Entry> = found
            .into_iter()
            .map(|f| Entry::new(f, &form, lang))
            .collect();
        let errors = |list: &[Entry]| -> BTreeSet<DataPath> {
            list.iter()
                .filter(|e| e.finding.severity() == crate::report::Severity::Error)
                .map(|e| e.finding.path().to_vec())
                .collect()
        };
        let moved: Vec<DataPath> = errors(&old)
            .symmetric_difference(&errors(&new))
            .cloned()
            .collect();
        self.store.put_issues(order, new);
        moved
    }
}
