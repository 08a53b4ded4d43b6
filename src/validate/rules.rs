//! Running the cross-field rules once every field has its own verdict.
//!
//! A rule reads its inputs through references; an input that is missing or
//! already has an error makes the rule skip (the person first fixes the field).
//! `inputs.rs` finds the inputs; this file runs each kind of rule on them.

use super::inputs::as_date;
use super::overlap::{clashes, Period};
use super::text::is_filled;
use super::{paths::pointer, Deferred, PathSeg, Run};
use crate::decimal::Decimal;
use crate::model::{Bounds, Ref, Rule, RuleKind, Text};
use crate::report::IssueKind;
use crate::value::Value;
use std::borrow::Cow;

impl<'a> Run<'a> {
    fn emit(
        &mut self,
        rule: &'a Rule,
        at: Vec<PathSeg<'a>>,
        kind: IssueKind,
        others: Vec<&'a Text>,
        inputs: Vec<Vec<PathSeg<'a>>>,
    ) {
        self.issue_at(at, kind, rule.severity, rule.message.as_ref());
        if let Some(last) = self.issues.last_mut() {
            last.others = others;
            last.inputs = inputs;
        }
    }

    /// Run one deferred rule.
    pub fn rule(&mut self, d: &Deferred<'a>) {
        let rule = d.rule;
        if let Some(when) = &rule.when {
            if self.condition(when, d.schema, d.scope) != Some(true) {
                return;
            }
        }
        match &rule.kind {
            RuleKind::DateOrder {
                first,
                then,
                allow_equal,
                at_first,
            } => {
                let (f, t) = (self.one(first, d), self.one(then, d));
                let (Some(fd), Some(td)) = (self.date(&f), self.date(&t)) else {
                    return;
                };
                if td > fd || (*allow_equal && td == fd) {
                    return;
                }
                let (fp, tp) = (f.path(), t.path());
                let (at, other, label) = if *at_first {
                    (fp.clone(), &tp, &then.label)
                } else {
                    (tp.clone(), &fp, &first.label)
                };
                let kind = IssueKind::DateOrder {
                    other: pointer(other),
                    allow_equal: *allow_equal,
                    before: *at_first,
                };
                self.emit(rule, at, kind, vec![label], vec![fp, tp]);
            }
            RuleKind::DateWithin { date, bounds } => self.date_within(rule, d, date, bounds),
            RuleKind::NoOverlap {
                list,
                start,
                end,
                ordered,
            } => self.no_overlap(rule, d, list, start, end, *ordered),
            RuleKind::SumEquals { sum, equals } => {
                let eq = self.one(equals, d);
                let Some(actual) = self
                    .usable(&eq)
                    .and_then(Value::as_number)
                    .and_then(Decimal::from_number)
                else {
                    return;
                };
                let mut total = Decimal::from_i64(0);
                for at in self.resolve(sum, d) {
                    let Some(n) = self
                        .usable(&at)
                        .and_then(Value::as_number)
                        .and_then(Decimal::from_number)
                    else {
                        return;
                    };
                    let Some(t) = total.checked_add(n) else {
                        return;
                    };
                    total = t;
                }
                if total != actual {
                    let mut inputs: Vec<_> = self.resolve(sum, d).map(|p| p.path()).collect();
                    let at = eq.path();
                    inputs.push(at.clone());
                    let kind = IssueKind::SumMismatch {
                        expected: total.to_string(),
                        actual: actual.to_string(),
                    };
                    self.emit(rule, at, kind, vec![&sum.label], inputs);
                }
            }
            RuleKind::AtLeastOne { fields, at } => {
                let mut places = fields.iter().flat_map(|f| self.resolve(f, d));
                if places.any(|p| p.value.is_some()) {
                    return;
                }
                let places: Vec<Vec<PathSeg<'a>>> = fields
                    .iter()
                    .flat_map(|f| self.resolve(f, d))
                    .map(|p| p.path())
                    .collect();
                let target = at
                    .as_ref()
                    .map(|a| self.one(a, d).path())
                    .unwrap_or_else(|| d.path.to_vec());
                let kind = IssueKind::AtLeastOne {
                    fields: places.iter().map(|p| pointer(p)).collect(),
                };
                let labels = fields.iter().map(|f| &f.label).collect();
                self.emit(rule, target, kind, labels, places);
            }
            RuleKind::MaxDuration { start, end, months } => {
                let (s, e) = (self.one(start, d), self.one(end, d));
                let (Some(sd), Some(ed)) = (self.date(&s), self.date(&e)) else {
                    return;
                };
                let limit = i64::try_from(*months).ok().and_then(|m| sd.add_months(m));
                if limit.is_some_and(|l| ed > l) {
                    let at = e.path();
                    self.emit(
                        rule,
                        at.clone(),
                        IssueKind::MaxDuration { months: *months },
                        vec![&start.label],
                        vec![s.path(), at],
                    );
                }
            }
            RuleKind::Deadline { date, not_after } => {
                for at in self.resolve(date, d) {
                    if self.date(&at).is_some_and(|x| x > *not_after) {
                        let kind = IssueKind::Deadline {
                            deadline: not_after.to_string(),
                        };
                        let path = at.path();
                        self.emit(rule, path.clone(), kind, vec![], vec![path]);
                    }
                }
            }
            RuleKind::Expr { assert, at } => {
                for r in &assert.refs {
                    let v = expr_input(r, self.root, d.scope).filter(|v| is_filled(v));
                    if self.usable_with(v, || expr_path(r, d)).is_none() {
                        return;
                    }
                }
                if !crate::expr::truthy(&assert.expr.eval(d.scope, self.root)) {
                    let inputs = assert.refs.iter().map(|r| expr_path(r, d)).collect();
                    let target = self.one(at, d).path();
                    let id = rule.id.clone().unwrap_or_default();
                    self.emit(rule, target, IssueKind::Rule { id }, vec![], inputs);
                }
            }
        }
    }

    fn date_within(&mut self, rule: &'a Rule, d: &Deferred<'a>, date: &'a Ref, bounds: &'a Bounds) {
        for at in self.resolve(date, d) {
            let Some(x) = self.date(&at) else { continue };
            match bounds {
                Bounds::Range { start, end } => {
                    let (s, e) = (self.one(start, d), self.one(end, d));
                    let (Some(sd), Some(ed)) = (self.date(&s), self.date(&e)) else {
                        return;
                    };
                    if x < sd || x > ed {
                        let (sp, ep, path) = (s.path(), e.path(), at.path());
                        let kind = IssueKind::DateWithin {
                            start: pointer(&sp),
                            end: pointer(&ep),
                        };
                        self.emit(
                            rule,
                            path.clone(),
                            kind,
                            vec![&start.label, &end.label],
                            vec![path, sp, ep],
                        );
                    }
                }
                Bounds::Year(year) => {
                    let y = self.one(year, d);
                    let Some(yv) = self
                        .usable(&y)
                        .and_then(Value::as_number)
                        .and_then(|n| n.as_i64())
                    else {
                        return;
                    };
                    if i64::from(x.year()) != yv {
                        let path = at.path();
                        self.emit(
                            rule,
                            path.clone(),
                            IssueKind::DateWithinYear { year: yv },
                            vec![&year.label],
                            vec![path, y.path()],
                        );
                    }
                }
            }
        }
    }

    fn no_overlap(
        &mut self,
        rule: &'a Rule,
        d: &Deferred<'a>,
        list: &'a Ref,
        start: &'a str,
        end: &'a str,
        ordered: bool,
    ) {
        let place = self.one(list, d);
        let Some(Value::Array(items)) = place.value else {
            return;
        };
        let lpath = || place.path();
        let item_path = |j: usize, key: &'a str| {
            let mut p = lpath();
            p.push(PathSeg::Index(j));
            p.push(PathSeg::Key(Cow::Borrowed(key)));
            p
        };
        let periods: Vec<Period> = items
            .iter()
            .enumerate()
            .map(|(j, item)| {
                let date = |key: &'a str| {
                    let v = item.get(key).filter(|v| is_filled(v));
                    as_date(self.usable_with(v, || item_path(j, key)))
                };
                Some((date(start)?, date(end)?))
            })
            .collect();
        for (j, clash) in clashes(&periods, ordered).into_iter().enumerate() {
            if let Some(i) = clash {
                let mut other = lpath();
                other.push(PathSeg::Index(i));
                let kind = IssueKind::Overlap {
                    other: pointer(&other),
                };
                let at = item_path(j, start);
                let inputs = vec![at.clone(), item_path(j, end), other];
                self.emit(rule, at, kind, vec![], inputs);
                if let (Some(last), Some(label)) =
                    (self.issues.last_mut(), list.item_label.as_ref())
                {
                    last.other_item = Some((label, i + 1));
                }
            }
        }
    }
}

/// The value an expression's variable names (`a.b`, `list.0.c`): list items by index.
fn expr_input<'a>(
    r: &'a crate::expr::Reference,
    root: &'a Value,
    scope: &'a Value,
) -> Option<&'a Value> {
    let mut v = Some(if r.from_root { root } else { scope });
    for part in &r.path {
        v = match v {
            Some(Value::Array(items)) => part.parse::<usize>().ok().and_then(|i| items.get(i)),
            Some(other) => other.get(part),
            None => None,
        };
    }
    v
}

/// The data path of an expression's variable (digits are list indexes).
fn expr_path<'a>(r: &'a crate::expr::Reference, d: &Deferred<'a>) -> Vec<PathSeg<'a>> {
    let mut path = if r.from_root { vec![] } else { d.path.to_vec() };
    for part in &r.path {
        path.push(match part.parse::<usize>() {
            Ok(i) => PathSeg::Index(i),
            Err(_) => PathSeg::Key(Cow::Borrowed(part.as_str())),
        });
    }
    path
}
