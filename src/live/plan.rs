//! What each condition and rule of a form reads, worked out once per form.
//!
//! Every `requiredWhen`/`forbiddenWhen` and every rule sits at a place in the
//! field tree (a pattern: keys, and `*` for each item of a list) and reads
//! places given by its references. When a person changes the value at a path,
//! the live form asks this plan which conditions and rules read that path, and
//! where in the data they are, so it checks those again and nothing else.
//!
//! A read is conservative: a reference made of digits (`pilots.0.title`) reads
//! every item, and an expression that computes its paths reads its whole scope.

use crate::expr::Reference;
use crate::model::{Bounds, Cond, Field, FieldKind, ObjectSchema, Ref, Rule, RuleKind, Seg};
use crate::validate::{step, PathSeg};
use crate::value::Value;

/// One step of a place in the field tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pat {
    Key(String),
    /// Any item of a list.
    Any,
}

/// A place that is read. Its first `bound` steps are those of the reader's
/// own place (a relative reference), so only the reader at the same list items
/// is concerned; `bound` is 0 for a reference from the root of the form.
#[derive(Debug, Clone)]
pub struct Read {
    pat: Vec<Pat>,
    bound: usize,
}

/// A field with a condition on it.
#[derive(Debug, Clone)]
pub struct CondSite {
    pub field: Vec<Pat>,
    reads: Vec<Read>,
}

/// A rule of an object (`index` among that object's rules).
#[derive(Debug, Clone)]
pub struct RuleSite {
    pub scope: Vec<Pat>,
    pub index: usize,
    reads: Vec<Read>,
}

/// Every condition and rule of a form, with what it reads.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub conds: Vec<CondSite>,
    pub rules: Vec<RuleSite>,
}

impl Plan {
    pub fn of(root: &ObjectSchema) -> Plan {
        let mut plan = Plan::default();
        // Objects to visit with their place; a form's objects nest at most as
        // deep as its rule set (64 levels), and this loop keeps no call stack.
        let mut todo: Vec<(&ObjectSchema, Vec<Pat>)> = vec![(root, vec![])];
        while let Some((schema, place)) = todo.pop() {
            for (index, rule) in schema.rules.iter().enumerate() {
                plan.rules.push(RuleSite {
                    scope: place.clone(),
                    index,
                    reads: rule_reads(rule, &place),
                });
            }
            for field in &schema.fields {
                let mut at = place.clone();
                at.push(Pat::Key(field.key.clone()));
                let conds = [&field.required_when, &field.forbidden_when];
                let reads: Vec<Read> = conds
                    .into_iter()
                    .flatten()
                    .flat_map(|c| cond_reads(c, &place))
                    .collect();
                if !reads.is_empty() {
                    plan.conds.push(CondSite {
                        field: at.clone(),
                        reads,
                    });
                }
                let mut inner: &Field = field;
                while let FieldKind::List { item, .. } = &inner.kind {
                    at.push(Pat::Any);
                    inner = item;
                }
                if let FieldKind::Object(s) = &inner.kind {
                    todo.push((s, at));
                }
            }
        }
        plan
    }
}

impl Read {
    /// Whether a change at `path` can change what is read here.
    pub fn touches(&self, path: &[PathSeg<'_>]) -> bool {
        self.pat.iter().zip(path).all(|(p, s)| match (p, s) {
            (Pat::Any, _) => true,
            (Pat::Key(k), PathSeg::Key(s)) => k == s,
            (Pat::Key(_), PathSeg::Index(_)) => false,
        })
    }

    /// How many leading steps of a changed path fix where the reader is.
    pub fn bound_by(&self, path: &[PathSeg<'_>]) -> usize {
        self.bound.min(path.len())
    }
}

impl CondSite {
    pub fn reads(&self) -> &[Read] {
        &self.reads
    }
}

impl RuleSite {
    pub fn reads(&self) -> &[Read] {
        &self.reads
    }
}

/// The data paths a pattern names in `data`, its first steps fixed to `fixed`.
pub fn expand(pat: &[Pat], fixed: &[PathSeg<'_>], data: &Value) -> Vec<Vec<PathSeg<'static>>> {
    let mut frontier: Vec<(Vec<PathSeg<'static>>, Option<&Value>)> = vec![(vec![], Some(data))];
    for (n, p) in pat.iter().enumerate() {
        let mut next = Vec::with_capacity(frontier.len());
        for (path, v) in frontier {
            let steps: Vec<PathSeg<'static>> = match (fixed.get(n), p) {
                (Some(seg), p) => match (p, seg) {
                    (Pat::Key(k), PathSeg::Key(s)) if k != s => continue,
                    (Pat::Key(_), PathSeg::Index(_)) => continue,
                    _ => vec![crate::validate::owned_seg(seg.clone())],
                },
                (None, Pat::Key(k)) => vec![PathSeg::Key(k.clone().into())],
                (None, Pat::Any) => match v {
                    Some(Value::Array(items)) => (0..items.len()).map(PathSeg::Index).collect(),
                    _ => continue,
                },
            };
            for seg in steps {
                let child = v.and_then(|v| step(v, &seg));
                let mut p = path.clone();
                p.push(seg);
                next.push((p, child));
            }
        }
        frontier = next;
    }
    frontier.into_iter().map(|(p, _)| p).collect()
}

fn cond_reads(cond: &Cond, place: &[Pat]) -> Vec<Read> {
    let mut reads: Vec<Read> = cond.refs.iter().map(|r| expr_read(r, place)).collect();
    if cond.expr.reads_unlisted() {
        reads.push(Read {
            pat: place.to_vec(),
            bound: place.len(),
        });
    }
    reads
}

fn expr_read(r: &Reference, place: &[Pat]) -> Read {
    let (mut pat, bound) = match r.from_root {
        true => (vec![], 0),
        false => (place.to_vec(), place.len()),
    };
    pat.extend(
        r.path
            .iter()
            .map(|s| match s.bytes().all(|b| b.is_ascii_digit()) {
                true => Pat::Any,
                false => Pat::Key(s.clone()),
            }),
    );
    Read { pat, bound }
}

fn ref_read(r: &Ref, place: &[Pat]) -> Read {
    let (mut pat, bound) = match r.absolute {
        true => (vec![], 0),
        false => (place.to_vec(), place.len()),
    };
    pat.extend(r.segments.iter().map(|s| match s {
        Seg::Key(k) => Pat::Key(k.clone()),
        Seg::Each => Pat::Any,
    }));
    Read { pat, bound }
}

fn rule_reads(rule: &Rule, place: &[Pat]) -> Vec<Read> {
    let refs: Vec<&Ref> = match &rule.kind {
        RuleKind::DateOrder { first, then, .. } => vec![first, then],
        RuleKind::DateWithin { date, bounds } => match bounds {
            Bounds::Range { start, end } => vec![date, start, end],
            Bounds::Year(year) => vec![date, year],
        },
        RuleKind::NoOverlap { list, .. } => vec![list],
        RuleKind::SumEquals { sum, equals } => vec![sum, equals],
        RuleKind::AtLeastOne { fields, at } => fields.iter().chain(at).collect(),
        RuleKind::MaxDuration { start, end, .. } => vec![start, end],
        RuleKind::Deadline { date, .. } => vec![date],
        RuleKind::Expr { at, .. } => vec![at],
    };
    let mut reads: Vec<Read> = refs.into_iter().map(|r| ref_read(r, place)).collect();
    if let RuleKind::Expr { assert, .. } = &rule.kind {
        reads.extend(cond_reads(assert, place));
    }
    if let Some(when) = &rule.when {
        reads.extend(cond_reads(when, place));
    }
    reads
}
