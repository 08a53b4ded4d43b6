//! The valid example: every field filled in, then the rules enforced on it
//! (later dates after earlier ones, dates inside their periods, sums that add
//! up, periods that do not overlap, durations and deadlines kept), then the
//! engine's own issues answered (a missing field filled in, a forbidden one
//! removed, a bound met, an `expr` rule's booleans and choices tried) until the
//! engine finds nothing or nothing more can be changed.

use super::build::{
    date_at, date_value, field_at, get, index, key, resolve, set, shift, Gen, Path,
};
use super::walk::{rules, Placed};
use crate::model::{Bounds, FieldKind, RuleKind};
use crate::report::IssueKind;
use crate::validate::paths::parse_pointer;
use crate::value::{Number, Value};
use crate::{Form, Options};

const ROUNDS: usize = 60;

/// A document the engine finds nothing wrong with, as far as it can be made.
pub fn valid_document(form: &Form, opts: &Options) -> Value {
    let mut g = Gen { day: 0 };
    let mut doc = g.object(form.fields());
    for _ in 0..ROUNDS {
        enforce_all(form, &mut doc);
        let report = form.validate(&doc, opts);
        let before = doc.clone();
        for issue in &report.issues {
            let Ok(path) = parse_pointer(&issue.path) else {
                continue;
            };
            match &issue.kind {
                IssueKind::Required => {
                    if let Some(f) = field_at(form.fields(), &path) {
                        let v = g.value(f);
                        set(&mut doc, &path, Some(v));
                    }
                }
                IssueKind::UnknownField => set(&mut doc, &path, None),
                IssueKind::Minimum { min } => set(&mut doc, &path, Some(min.clone())),
                IssueKind::Maximum { max } => set(&mut doc, &path, Some(max.clone())),
                IssueKind::Forbidden => {
                    // Rather another answer that allows the field than no field.
                    let mut removed = doc.clone();
                    set(&mut removed, &path, None);
                    doc = best(form, opts, &doc, &issue.path, removed);
                    break;
                }
                _ => {
                    doc = best(form, opts, &doc, &issue.path, doc.clone());
                    break;
                }
            }
        }
        if doc == before {
            break;
        }
    }
    doc
}

/// Of `fallback` and `doc` with one other answer of a boolean or choice near
/// `at`, each with the fields it forbids removed, the document with the fewest
/// issues, and of those the fullest.
fn best(form: &Form, opts: &Options, doc: &Value, at: &str, fallback: Value) -> Value {
    let score = |d: &Value| {
        (
            form.validate(d, opts).issues.len(),
            usize::MAX - d.to_json().len(),
        )
    };
    let mut best = settle(form, opts, fallback);
    let mut best_score = score(&best);
    for (p, v) in choices(form, doc, at) {
        let mut d = doc.clone();
        set(&mut d, &p, Some(v));
        let d = settle(form, opts, d);
        let s = score(&d);
        if s < best_score {
            best_score = s;
            best = d;
        }
    }
    best
}

/// `doc` without the fields its answers forbid.
pub fn settle(form: &Form, opts: &Options, mut doc: Value) -> Value {
    for _ in 0..8 {
        let forbidden: Vec<String> = form
            .validate(&doc, opts)
            .issues
            .into_iter()
            .filter(|i| i.kind == IssueKind::Forbidden)
            .map(|i| i.path)
            .collect();
        if forbidden.is_empty() {
            break;
        }
        for p in forbidden.iter().rev() {
            if let Ok(path) = parse_pointer(p) {
                set(&mut doc, &path, None);
            }
        }
    }
    doc
}

/// Make every rule hold on `doc` as far as dates, sums and periods go.
pub fn enforce_all(form: &Form, doc: &mut Value) {
    for placed in rules(form.fields(), doc) {
        enforce(&placed, doc);
    }
}

/// Make one rule hold on `doc` (its `when` aside).
fn enforce(p: &Placed, doc: &mut Value) {
    let one = |doc: &Value, r| resolve(doc, &p.scope, r).into_iter().next();
    match &p.rule.kind {
        RuleKind::DateOrder {
            first,
            then,
            allow_equal,
            ..
        } => {
            if let (Some(f), Some(t)) = (one(doc, first), one(doc, then)) {
                if let (Some(a), Some(b)) = (date_at(doc, &f), date_at(doc, &t)) {
                    if b < a || (b == a && !allow_equal) {
                        set(doc, &t, Some(date_value(shift(a, 1))));
                    }
                }
            }
        }
        RuleKind::DateWithin { date, bounds } => {
            for d in resolve(doc, &p.scope, date) {
                let Some(v) = date_at(doc, &d) else { continue };
                let fixed = match bounds {
                    Bounds::Range { start, end } => {
                        let s = one(doc, start).and_then(|s| date_at(doc, &s));
                        let e = one(doc, end).and_then(|e| date_at(doc, &e));
                        match (s, e) {
                            (Some(s), _) if v < s => Some(s),
                            (_, Some(e)) if v > e => Some(e),
                            _ => None,
                        }
                    }
                    Bounds::Year(y) => {
                        let year =
                            one(doc, y).and_then(|y| get(doc, &y).and_then(Value::as_number));
                        let year = year
                            .and_then(Number::as_i64)
                            .and_then(|y| i32::try_from(y).ok());
                        year.filter(|y| *y != v.year())
                            .and_then(|y| crate::date::Date::new(y, v.month(), v.day().min(28)))
                    }
                };
                if let Some(f) = fixed {
                    set(doc, &d, Some(date_value(f)));
                }
            }
        }
        RuleKind::NoOverlap {
            list, start, end, ..
        } => {
            let Some(l) = one(doc, list) else { return };
            let n = match get(doc, &l) {
                Some(Value::Array(items)) => items.len(),
                _ => 0,
            };
            for i in 1..n {
                let prev = key(&index(&l, i - 1), end);
                let (s, e) = (key(&index(&l, i), start), key(&index(&l, i), end));
                if let (Some(pe), Some(si)) = (date_at(doc, &prev), date_at(doc, &s)) {
                    if si <= pe {
                        let ns = shift(pe, 1);
                        set(doc, &s, Some(date_value(ns)));
                        if date_at(doc, &e).is_some_and(|ei| ei < ns) {
                            set(doc, &e, Some(date_value(ns)));
                        }
                    }
                }
            }
        }
        RuleKind::SumEquals { sum, equals } => {
            let Some(eq) = one(doc, equals) else { return };
            let parts: Vec<Option<Number>> = resolve(doc, &p.scope, sum)
                .iter()
                .map(|s| get(doc, s).and_then(Value::as_number))
                .collect();
            let total = if parts.iter().all(|n| matches!(n, Some(Number::Int(_)))) {
                let ints = parts.iter().filter_map(|n| n.and_then(Number::as_i64));
                Value::from(ints.fold(0i64, i64::saturating_add))
            } else {
                let floats = parts.iter().map(|n| n.map_or(0.0, Number::as_f64));
                Value::Number(Number::Float(floats.sum()))
            };
            set(doc, &eq, Some(total));
        }
        RuleKind::MaxDuration { start, end, months } => {
            if let (Some(s), Some(e)) = (one(doc, start), one(doc, end)) {
                if let (Some(a), Some(b)) = (date_at(doc, &s), date_at(doc, &e)) {
                    let last = a.add_months(i64::try_from(*months).unwrap_or(i64::MAX));
                    if let Some(last) = last.filter(|l| b > *l) {
                        set(doc, &e, Some(date_value(last)));
                    }
                }
            }
        }
        RuleKind::Deadline { date, not_after } => {
            for d in resolve(doc, &p.scope, date) {
                if date_at(doc, &d).is_some_and(|v| v > *not_after) {
                    set(doc, &d, Some(date_value(*not_after)));
                }
            }
        }
        RuleKind::AtLeastOne { .. } | RuleKind::Expr { .. } => {}
    }
}

/// Each other answer of the booleans and choices in the object that holds
/// `at` (what a condition, a `when` or an `expr` rule there most often reads).
pub fn choices(form: &Form, doc: &Value, at: &str) -> Vec<(Path, Value)> {
    let Ok(mut scope) = parse_pointer(at) else {
        return vec![];
    };
    scope.pop();
    let fields = match (
        scope.is_empty(),
        field_at(form.fields(), &scope).map(|f| &f.kind),
    ) {
        (true, _) => &form.fields().fields,
        (false, Some(FieldKind::Object(s))) => &s.fields,
        _ => return vec![],
    };
    let mut out = vec![];
    for f in fields {
        let p = key(&scope, &f.key);
        let now = get(doc, &p);
        let others: Vec<Value> = match &f.kind {
            FieldKind::Boolean { .. } => vec![Value::Bool(true), Value::Bool(false)],
            FieldKind::Enum { options } => options
                .iter()
                .map(|o| Value::from(o.value.as_str()))
                .collect(),
            _ => vec![],
        };
        out.extend(
            others
                .into_iter()
                .filter(|v| Some(v) != now)
                .map(|v| (p.clone(), v)),
        );
    }
    out
}
