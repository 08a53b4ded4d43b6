//! Breaking one rule at a time, in each scope it has: the smallest change to
//! the valid example that violates it (a date moved past another, out of its
//! period or past its deadline, a sum off by one, periods made to overlap,
//! every one-of field left out, a duration one day too long, an `expr` rule's
//! booleans and choices tried by `push`).

use super::breaking::Breaker;
use super::build::{date_at, date_value, get, index, key, resolve, set, shift, Path};
use super::walk::Placed;
use crate::model::{Bounds, RuleKind};
use crate::value::{Number, Value};

impl Breaker<'_> {
    pub(super) fn rule(&mut self, p: &Placed) {
        let v = self.valid;
        let one = |r| resolve(v, &p.scope, r).into_iter().next();
        let (kind, code) = kind_and_code(&p.rule.kind);
        let mut data = v.clone();
        let at: Option<Path> = match &p.rule.kind {
            RuleKind::DateOrder {
                first,
                then,
                at_first,
                ..
            } => (|| {
                let (f, t) = (one(first)?, one(then)?);
                set(&mut data, &t, Some(date_value(shift(date_at(v, &f)?, -1))));
                Some(if *at_first { f } else { t })
            })(),
            RuleKind::DateWithin { date, bounds } => (|| {
                let d = one(date)?;
                let outside = match bounds {
                    Bounds::Range { start, .. } => shift(date_at(v, &one(start)?)?, -1),
                    Bounds::Year(y) => {
                        let y = get(v, &one(y)?)?.as_number()?.as_i64()?;
                        crate::date::Date::new(i32::try_from(y).ok()?.checked_sub(1)?, 12, 31)?
                    }
                };
                set(&mut data, &d, Some(date_value(outside)));
                Some(d)
            })(),
            RuleKind::NoOverlap {
                list, start, end, ..
            } => (|| {
                let l = one(list)?;
                let items = get(v, &l)?;
                let first = items.at(0)?.clone();
                let (s0, e0) = (
                    get(&first, &key(&[], start))?.clone(),
                    get(&first, &key(&[], end))?.clone(),
                );
                let second = index(&l, 1);
                if items.at(1).is_none() {
                    set(&mut data, &second, Some(first));
                }
                set(&mut data, &key(&second, start), Some(s0));
                set(&mut data, &key(&second, end), Some(e0));
                Some(key(&second, start))
            })(),
            RuleKind::SumEquals { equals, .. } => (|| {
                let e = one(equals)?;
                let n = get(v, &e)?.as_number()?;
                let more = match n {
                    Number::Int(i) => Value::from(i.checked_add(1)?),
                    Number::Float(f) => Value::Number(Number::Float(f + 1.0)),
                };
                set(&mut data, &e, Some(more));
                Some(e)
            })(),
            RuleKind::AtLeastOne { fields, at } => {
                for f in fields {
                    for path in resolve(v, &p.scope, f) {
                        set(&mut data, &path, None);
                    }
                }
                match at {
                    Some(a) => one(a),
                    None => Some(p.scope.clone()),
                }
            }
            RuleKind::MaxDuration { start, end, months } => (|| {
                let (s, e) = (one(start)?, one(end)?);
                let last = date_at(v, &s)?.add_months(i64::try_from(*months).ok()?)?;
                set(&mut data, &e, Some(date_value(shift(last, 1))));
                Some(e)
            })(),
            RuleKind::Deadline { date, not_after } => (|| {
                let d = one(date)?;
                set(&mut data, &d, Some(date_value(shift(*not_after, 1))));
                Some(d)
            })(),
            RuleKind::Expr { at, .. } => one(at),
        };
        match at {
            Some(at) => self.push(p.at.clone(), kind, data, code, &at),
            None => self.skip(p.at.clone(), kind, "inputs_missing"),
        }
    }
}

/// A rule kind's name in the language, and the issue code it reports.
fn kind_and_code(kind: &RuleKind) -> (&'static str, &'static str) {
    match kind {
        RuleKind::DateOrder { .. } => ("date_order", "date_order"),
        RuleKind::DateWithin { .. } => ("date_within", "date_within"),
        RuleKind::NoOverlap { .. } => ("no_overlap", "overlap"),
        RuleKind::SumEquals { .. } => ("sum_equals", "sum_mismatch"),
        RuleKind::AtLeastOne { .. } => ("at_least_one", "at_least_one"),
        RuleKind::MaxDuration { .. } => ("max_duration", "max_duration"),
        RuleKind::Deadline { .. } => ("deadline", "deadline"),
        RuleKind::Expr { .. } => ("expr", "rule"),
    }
}
