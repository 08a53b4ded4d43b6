//! The live form's issues, kept by where they came from so a part can be replaced.
//!
//! The walk's issues are kept by path: checking a field again replaces every
//! issue at or below its path. A rule's issues are kept by the rule's place in
//! the run order (its object's place in the form, the object's own rules after
//! those of the objects inside it, then its index), which is the order in which
//! a full validation runs rules. A rule skips inputs that already have an
//! error, including errors of rules that ran before it; [`Before`] answers that
//! question for one rule from the kept issues.
//!
//! Every change first records the issues its paths had (`touch`), so the
//! delta of one edit is a comparison of those paths only.

use super::sorted::{ListMap, ListSet};
use super::PathIssues;
use crate::form::Form;
use crate::lang::Lang;
use crate::report::{Issue, Severity};
use crate::sort::sort_stable_by;
use crate::validate::{order_key, owned_seg, pointer, Finding, Outside, PathSeg};

pub type DataPath = Vec<PathSeg<'static>>;
/// A rule's place in the run order.
pub type Order = Vec<u32>;

/// One issue: what was found, and its words in the live form's language.
#[derive(Debug, Clone)]
pub struct Entry {
    pub finding: Finding,
    pub issue: Issue,
}

impl Entry {
    pub fn new(finding: Finding, form: &Form, lang: Lang) -> Entry {
        let issue = finding.word(form, lang);
        Entry { finding, issue }
    }

    fn is_error(&self) -> bool {
        self.finding.severity() == Severity::Error
    }
}

/// A rule where the walk met it: the object it runs in and its issues.
#[derive(Debug, Clone)]
pub struct Instance {
    pub scope: DataPath,
    pub index: usize,
    issues: Vec<Entry>,
}

#[derive(Debug, Clone, Default)]
pub struct Store {
    walk: ListMap<PathSeg<'static>, Vec<Entry>>,
    rules: ListMap<u32, Instance>,
    /// For each path, the rules with an issue there.
    rule_at: ListMap<PathSeg<'static>, ListSet<u32>>,
    errors: usize,
    /// The issues of each touched path before the change being applied.
    before: ListMap<PathSeg<'static>, Vec<Issue>>,
}

/// The order of the rule `index` of the object at `scope`: after every rule of
/// the objects inside it (their keys extend the object's key, and `u32::MAX`
/// sorts after any field or item number).
pub fn rule_order(form: &Form, scope: &[PathSeg<'_>], index: usize) -> Order {
    let mut key = order_key(form.fields(), scope);
    key.push(u32::MAX);
    key.push(u32::try_from(index).unwrap_or(u32::MAX));
    key
}

impl Store {
    pub fn valid(&self) -> bool {
        self.errors == 0
    }

    pub fn has_rule(&self, order: &[u32]) -> bool {
        self.rules.contains(order)
    }

    pub fn rule(&self, order: &[u32]) -> Option<&Instance> {
        self.rules.get(order)
    }

    /// The issues at one path, in report order: the walk's, then the rules' in run order.
    pub fn issues_at(&self, path: &[PathSeg<'_>]) -> Vec<Issue> {
        let walk: &ListMap<PathSeg<'_>, Vec<Entry>> = &self.walk;
        let mut out = Vec::new();
        for e in walk.get(path).into_iter().flatten() {
            out.push(e.issue.clone());
        }
        self.push_rule_issues(path, &mut out);
        out
    }

    /// Add copies of the rules' issues at `path` to `out`, in run order.
    fn push_rule_issues(&self, path: &[PathSeg<'_>], out: &mut Vec<Issue>) {
        let rule_at: &ListMap<PathSeg<'_>, ListSet<u32>> = &self.rule_at;
        for (order, ()) in rule_at.get(path).into_iter().flat_map(ListSet::iter) {
            let Some(inst) = self.rules.get(order) else {
                continue;
            };
            let here = inst.issues.iter().filter(|e| e.finding.path() == path);
            out.extend(here.map(|e| e.issue.clone()));
        }
    }

    /// Record the issues `path` has before the change, once per change.
    fn touch(&mut self, path: &[PathSeg<'_>]) {
        let before: &ListMap<PathSeg<'_>, Vec<Issue>> = &self.before;
        if !before.contains(path) {
            self.record(path.iter().cloned().map(owned_seg).collect());
        }
    }

    /// [`Store::touch`] with a path of its own, kept as the record's key.
    fn record(&mut self, path: DataPath) {
        if !self.before.contains(&path) {
            let now = self.issues_at(&path);
            self.before.insert(path, now);
        }
    }

    /// Forget the walk's issues at and below `region`. Their paths and issues
    /// move into the record of what the change replaces.
    pub fn clear_walk(&mut self, region: &[PathSeg<'_>]) {
        loop {
            let walk: &ListMap<PathSeg<'_>, Vec<Entry>> = &self.walk;
            let Some((path, list)) = walk
                .first_under(region)
                .and_then(|at| self.walk.remove_at(at))
            else {
                return;
            };
            let errors = list.iter().filter(|e| e.is_error()).count();
            self.errors = self.errors.saturating_sub(errors);
            if !self.before.contains(&path) {
                let mut had: Vec<Issue> = list.into_iter().map(|e| e.issue).collect();
                self.push_rule_issues(&path, &mut had);
                self.before.insert(path, had);
            }
        }
    }

    pub fn add_walk(&mut self, entries: impl Iterator<Item = Entry>) {
        for entry in entries {
            self.touch(entry.finding.path());
            self.errors += usize::from(entry.is_error());
            if let Some(list) = self.walk.get_or(entry.finding.path(), Vec::new) {
                list.push(entry);
            }
        }
    }

    /// Forget the rules of the objects at and below the place `key` (an `order_key`).
    pub fn clear_rules(&mut self, key: &[u32]) {
        while let Some(at) = self.rules.first_under(key) {
            let order = self.rules.key_at(at).unwrap_or_default().to_vec();
            self.take_issues(&order);
            self.rules.remove_at(at);
        }
    }

    /// A rule the walk met, with no issues yet.
    pub fn add_rule(&mut self, order: Order, scope: DataPath, index: usize) {
        let inst = Instance {
            scope,
            index,
            issues: vec![],
        };
        self.rules.insert(order, inst);
    }

    /// Take a rule's issues out; returns them.
    pub fn take_issues(&mut self, order: &[u32]) -> Vec<Entry> {
        // The paths not recorded yet (copied once, for the record).
        let fresh: Vec<DataPath> = match self.rules.get(order) {
            Some(inst) => inst
                .issues
                .iter()
                .map(|e| e.finding.path())
                .filter(|p| !self.before.contains(p))
                .map(<[_]>::to_vec)
                .collect(),
            None => return vec![],
        };
        for path in fresh {
            self.record(path);
        }
        let old = match self.rules.get_mut(order) {
            Some(inst) => std::mem::take(&mut inst.issues),
            None => vec![],
        };
        for e in &old {
            let path = e.finding.path();
            if let Some(set) = self.rule_at.get_mut(path) {
                set.remove(order);
                if set.is_empty() {
                    self.rule_at.remove(path);
                }
            }
            self.errors = self.errors.saturating_sub(usize::from(e.is_error()));
        }
        old
    }

    pub fn put_issues(&mut self, order: &[u32], entries: Vec<Entry>) {
        for e in &entries {
            let path = e.finding.path();
            self.touch(path);
            if let Some(set) = self.rule_at.get_or(path, ListSet::default) {
                set.add(order);
            }
            self.errors += usize::from(e.is_error());
        }
        if let Some(inst) = self.rules.get_mut(order) {
            inst.issues = entries;
        }
    }

    /// The paths whose issues changed since the last call, with their issues now.
    pub fn changes(&mut self, form: &Form) -> Vec<PathIssues> {
        // Emptied for the next change, buffer kept; one path touched needs no order.
        let mut before = std::mem::take(&mut self.before);
        let many = before.iter().nth(1).is_some();
        let mut changed: Vec<(Vec<u32>, PathIssues)> = Vec::new();
        while let Some((p, old)) = before.pop() {
            let issues = self.issues_at(&p);
            if issues != old {
                let key = many.then(|| order_key(form.fields(), &p));
                let path = pointer(&p);
                changed.push((key.unwrap_or_default(), PathIssues { path, issues }));
            }
        }
        self.before = before;
        if many {
            // Report order, then the paths that were cleared (in report order too).
            changed = sort_stable_by(changed, &mut |(ka, a), (kb, b)| {
                let a = (a.issues.is_empty(), ka, &a.path);
                a.cmp(&(b.issues.is_empty(), kb, &b.path))
            });
        }
        changed.into_iter().map(|(_, p)| p).collect()
    }

    /// Every issue, in report order.
    pub fn all(&self, form: &Form) -> Vec<Issue> {
        let mut paths = ListSet::default();
        let rule_paths = self.rule_at.iter().map(|(p, _)| p);
        for p in self.walk.iter().map(|(p, _)| p).chain(rule_paths) {
            paths.add(p);
        }
        let placed: Vec<(Vec<u32>, String, &DataPath)> = paths
            .iter()
            .map(|(p, ())| (order_key(form.fields(), p), pointer(p), p))
            .collect();
        let placed = sort_stable_by(placed, &mut |a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
        placed
            .into_iter()
            .flat_map(|(_, _, p)| self.issues_at(p))
            .collect()
    }

    /// Word every issue again in `lang`.
    pub fn reword(&mut self, form: &Form, lang: Lang) {
        let walk = self.walk.values_mut().flatten();
        let rules = self.rules.values_mut().flat_map(|i| i.issues.iter_mut());
        for e in walk.chain(rules) {
            e.issue = e.finding.word(form, lang);
        }
    }
}

/// The errors a rule sees from outside its own run: every error of the walk,
/// and the errors of the rules that run before it.
pub struct Before<'s> {
    pub store: &'s Store,
    pub order: &'s [u32],
}

impl Outside for Before<'_> {
    fn has_error(&self, path: &[PathSeg<'_>]) -> bool {
        let walk: &ListMap<PathSeg<'_>, Vec<Entry>> = &self.store.walk;
        if walk.get(path).into_iter().flatten().any(Entry::is_error) {
            return true;
        }
        let rule_at: &ListMap<PathSeg<'_>, ListSet<u32>> = &self.store.rule_at;
        let Some(set) = rule_at.get(path) else {
            return false;
        };
        set.before(self.order).any(|(o, ())| {
            self.store.rules.get(o).is_some_and(|inst| {
                inst.issues
                    .iter()
                    .any(|e| e.is_error() && e.finding.path() == path)
            })
        })
    }
}
