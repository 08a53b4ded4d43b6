//! Running the cross-field rules once every field has its own verdict.
//!
//! A rule reads its inputs through references; an input that is missing or
//! already has an error makes the rule skip (the person first fixes the field).
//! `inputs.rs` finds the inputs; this file runs each kind of rule on them.

use super::inputs::Located;
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
                let (at, other, label) = if *at_first {
                    (f.0.clone(), &t.0, &then.label)
                } else {
                    (t.0.clone(), &f.0, &first.label)
                };
                let kind = IssueKind::DateOrder {
                    other: pointer(other),
                    allow_equal: *allow_equal,
                    before: *at_first,
                };
                self.emit(rule, at, kind, vec![label], vec![f.0.clone(), t.0.clone()]);
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
                let mut inputs = vec![];
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
                    inputs.push(at.0);
                }
                if total != actual {
                    inputs.push(eq.0.clone());
                    let kind = IssueKind::SumMismatch {
                        expected: total.to_string(),
                        actual: actual.to_string(),
                    };
                    self.emit(rule, eq.0, kind, vec![&sum.label], inputs);
                }
            }
            RuleKind::AtLeastOne { fields, at } => {
                let places: Vec<Located<'a>> =
                    fields.iter().flat_map(|f| self.resolve(f, d)).collect();
                if places.iter().any(|p| p.1.is_some()) {
                    return;
                }
                let target = at
                    .as_ref()
                    .map(|a| self.one(a, d).0)
                    .unwrap_or_else(|| d.path.to_vec());
                let kind = IssueKind::AtLeastOne {
                    fields: places.iter().map(|p| pointer(&p.0)).collect(),
                };
                let labels = fields.iter().map(|f| &f.label).collect();
                self.emit(
                    rule,
                    target,
                    kind,
                    labels,
                    places.into_iter().map(|p| p.0).collect(),
                );
            }
            RuleKind::MaxDuration { start, end, months } => {
                let (s, e) = (self.one(start, d), self.one(end, d));
                let (Some(sd), Some(ed)) = (self.date(&s), self.date(&e)) else {
                    return;
                };
                let limit = i64::try_from(*months).ok().and_then(|m| sd.add_months(m));
                if limit.is_some_and(|l| ed > l) {
                    self.emit(
                        rule,
                        e.0.clone(),
                        IssueKind::MaxDuration { months: *months },
                        vec![&start.label],
                        vec![s.0, e.0],
                    );
                }
            }
            RuleKind::Deadline { date, not_after } => {
                for at in self.resolve(date, d) {
                    if self.date(&at).is_some_and(|x| x > *not_after) {
                        let kind = IssueKind::Deadline {
                            deadline: not_after.to_string(),
                        };
                        self.emit(rule, at.0.clone(), kind, vec![], vec![at.0]);
                    }
                }
            }
            RuleKind::Expr { assert, at } => {
                let mut inputs = vec![];
                for r in &assert.refs {
                    let mut path = if r.from_root { vec![] } else { d.path.to_vec() };
                    let mut v = Some(if r.from_root { self.root } else { d.scope });
                    for part in &r.path {
                        v = match v {
                            Some(Value::Array(items)) => {
                                part.parse::<usize>().ok().and_then(|i| items.get(i))
                            }
                            Some(other) => other.get(part),
                            None => None,
                        };
                        path.push(match part.parse::<usize>() {
                            Ok(i) => PathSeg::Index(i),
                            Err(_) => PathSeg::Key(Cow::Borrowed(part.as_str())),
                        });
                    }
                    if self
                        .usable(&(path.clone(), v.filter(|v| is_filled(v))))
                        .is_none()
                    {
                        return;
                    }
                    inputs.push(path);
                }
                if !crate::expr::truthy(&assert.expr.eval(d.scope, self.root)) {
                    let target = self.one(at, d).0;
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
                        let kind = IssueKind::DateWithin {
                            start: pointer(&s.0),
                            end: pointer(&e.0),
                        };
                        self.emit(
                            rule,
                            at.0.clone(),
                            kind,
                            vec![&start.label, &end.label],
                            vec![at.0, s.0, e.0],
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
                        self.emit(
                            rule,
                            at.0.clone(),
                            IssueKind::DateWithinYear { year: yv },
                            vec![&year.label],
                            vec![at.0, y.0],
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
        let (lpath, lv) = self.one(list, d);
        let Some(Value::Array(items)) = lv else {
            return;
        };
        let places: Vec<(Located<'a>, Located<'a>)> = items
            .iter()
            .enumerate()
            .map(|(j, item)| {
                let place = |key: &'a str| {
                    let mut p = lpath.clone();
                    p.push(PathSeg::Index(j));
                    p.push(PathSeg::Key(Cow::Borrowed(key)));
                    (p, item.get(key).filter(|v| is_filled(v)))
                };
                (place(start), place(end))
            })
            .collect();
        let periods: Vec<Period> = places
            .iter()
            .map(|(s, e)| Some((self.date(s)?, self.date(e)?)))
            .collect();
        for ((s, e), clash) in places.into_iter().zip(clashes(&periods, ordered)) {
            if let Some(i) = clash {
                let mut other = lpath.clone();
                other.push(PathSeg::Index(i));
                let kind = IssueKind::Overlap {
                    other: pointer(&other),
                };
                let inputs = vec![s.0.clone(), e.0, other];
                self.emit(rule, s.0, kind, vec![], inputs);
                if let (Some(last), Some(label)) =
                    (self.issues.last_mut(), list.item_label.as_ref())
                {
                    last.other_item = Some((label, i + 1));
                }
            }
        }
    }
}
