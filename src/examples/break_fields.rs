//! Breaking one field constraint at a time: requiredness and conditions, the
//! type, and each key of the field's type (lengths, pattern, bounds, the date
//! itself, must-be-true, choices, item counts, uniqueness, identifiers), each
//! from the valid example or from one in which the field's absent part is
//! filled in.

use super::breaking::Breaker;
use super::build::{date_value, get, index, set, shift, Gen, LARGEST};
use super::walk::PlacedField;
use crate::model::{FieldKind, IdKind};
use crate::value::{Number, Value};

/// A length or count small enough to write out (see [`LARGEST`]).
fn small(n: u64) -> Option<usize> {
    usize::try_from(n).ok().filter(|n| *n <= LARGEST)
}

impl Breaker<'_> {
    pub(super) fn field(&mut self, pf: &PlacedField) {
        let (f, p, at) = (pf.field, &pf.path, &pf.at);
        let item = matches!(p.last(), Some(crate::validate::paths::PathSeg::Index(_)));
        self.base = self.valid.clone();
        if get(self.valid, p).is_none() {
            match self.base_with(p) {
                Some(b) => self.base = b,
                None if !item => return self.skip(at.clone(), "all", "absent_in_every_example"),
                None => return,
            }
        }
        let now = get(&self.base, p).cloned();
        let t = |k: &str| format!("{at}/{k}");
        if item {
            // A list item is checked through its list (minItems) and its fields.
        } else if f.required_when.is_some() {
            self.attempt(t("requiredWhen"), "requiredWhen", p, None, "required", "");
        } else if !f.optional {
            // A left-out object is checked as {}: its own fields are reported.
            self.attempt(at.clone(), "required", p, None, "required", "");
        }
        if f.forbidden_when.is_some() {
            let v = now.clone().unwrap_or_else(|| Gen { day: 0 }.value(f));
            self.attempt(
                t("forbiddenWhen"),
                "forbiddenWhen",
                p,
                Some(v),
                "forbidden",
                "",
            );
        }
        let Some(now) = now else { return };
        let wrong = match &f.kind {
            FieldKind::Integer { .. } | FieldKind::Decimal { .. } => Value::from("12"),
            FieldKind::Boolean { .. } => Value::from("ja"),
            FieldKind::Object(_) | FieldKind::List { .. } | FieldKind::MultiEnum { .. } => {
                Value::from("x")
            }
            _ => Value::from(12),
        };
        self.attempt(t("type"), "type", p, Some(wrong), "type", "");
        let text = now.as_str().unwrap_or("").to_owned();
        match &f.kind {
            FieldKind::Text {
                min_length,
                max_length,
                pattern,
            } => {
                match min_length.map(small) {
                    Some(None) => self.skip(t("minLength"), "minLength", "too_large_to_write"),
                    Some(Some(0)) => self.skip(t("minLength"), "minLength", "cannot_be_broken"),
                    // For 1 the attempt is "", which is not filled in (`required`).
                    Some(Some(m)) => {
                        let short: String = text
                            .chars()
                            .chain(std::iter::repeat('e'))
                            .take(m - 1)
                            .collect();
                        self.attempt(
                            t("minLength"),
                            "minLength",
                            p,
                            Some(Value::from(short)),
                            "min_length",
                            "",
                        );
                    }
                    None => {}
                }
                if let Some(None) = max_length.map(small) {
                    self.skip(t("maxLength"), "maxLength", "too_large_to_write");
                }
                if let Some(m) = max_length.and_then(small) {
                    let long: String = text
                        .chars()
                        .chain(std::iter::repeat('e'))
                        .take(m + 1)
                        .collect();
                    self.attempt(
                        t("maxLength"),
                        "maxLength",
                        p,
                        Some(Value::from(long)),
                        "max_length",
                        "",
                    );
                }
                if pattern.is_some() {
                    let n = usize::try_from(min_length.unwrap_or(1).max(1)).unwrap_or(1);
                    self.attempt(
                        t("pattern"),
                        "pattern",
                        p,
                        Some(Value::from("!".repeat(n))),
                        "pattern",
                        "",
                    );
                }
            }
            FieldKind::Integer { minimum, maximum } => {
                if let Some(m) = minimum.and_then(|m| m.checked_sub(1)) {
                    self.attempt(
                        t("minimum"),
                        "minimum",
                        p,
                        Some(Value::from(m)),
                        "minimum",
                        "",
                    );
                }
                if let Some(m) = maximum.and_then(|m| m.checked_add(1)) {
                    self.attempt(
                        t("maximum"),
                        "maximum",
                        p,
                        Some(Value::from(m)),
                        "maximum",
                        "",
                    );
                }
            }
            FieldKind::Decimal { minimum, maximum } => {
                let num = |x: f64| Value::Number(Number::Float(x));
                if let Some(m) = minimum {
                    self.attempt(
                        t("minimum"),
                        "minimum",
                        p,
                        Some(num(m - 1.0)),
                        "minimum",
                        "",
                    );
                }
                if let Some(m) = maximum {
                    self.attempt(
                        t("maximum"),
                        "maximum",
                        p,
                        Some(num(m + 1.0)),
                        "maximum",
                        "",
                    );
                }
            }
            FieldKind::Date { minimum, maximum } => {
                self.attempt(
                    at.clone(),
                    "date",
                    p,
                    Some(Value::from("2023-02-30")),
                    "date",
                    "",
                );
                if let Some(m) = minimum {
                    self.attempt(
                        t("minimum"),
                        "minimum",
                        p,
                        Some(date_value(shift(*m, -1))),
                        "minimum",
                        "",
                    );
                }
                if let Some(m) = maximum {
                    self.attempt(
                        t("maximum"),
                        "maximum",
                        p,
                        Some(date_value(shift(*m, 1))),
                        "maximum",
                        "",
                    );
                }
            }
            FieldKind::Boolean { must_be_true: true } => {
                self.attempt(
                    t("mustBeTrue"),
                    "mustBeTrue",
                    p,
                    Some(Value::Bool(false)),
                    "must_be_true",
                    "",
                );
            }
            FieldKind::Boolean { .. } | FieldKind::Object(_) => {}
            FieldKind::Enum { .. } => {
                self.attempt(
                    t("options"),
                    "options",
                    p,
                    Some(Value::from("eksempelUkjent")),
                    "enum",
                    "",
                );
            }
            FieldKind::MultiEnum { items, .. } | FieldKind::List { items, .. } => {
                let list = match &now {
                    Value::Array(v) => v.clone(),
                    _ => vec![],
                };
                if let FieldKind::MultiEnum { .. } = &f.kind {
                    let mut data = self.base.clone();
                    set(
                        &mut data,
                        p,
                        Some(Value::Array(vec![Value::from("eksempelUkjent")])),
                    );
                    self.push(t("options"), "options", data, "enum", &index(p, 0));
                }
                match items.min.and_then(|m| usize::try_from(m).ok()) {
                    Some(0) => self.skip(t("minItems"), "minItems", "cannot_be_broken"),
                    Some(m) => {
                        let fewer = list.iter().take(m - 1).cloned().collect();
                        self.attempt(
                            t("minItems"),
                            "minItems",
                            p,
                            Some(Value::Array(fewer)),
                            "min_items",
                            "",
                        );
                    }
                    None => {}
                }
                if let Some(None) = items.max.map(small) {
                    self.skip(t("maxItems"), "maxItems", "too_large_to_write");
                }
                if let Some(m) = items.max.and_then(small) {
                    let more: Vec<Value> = list.iter().cycle().take(m + 1).cloned().collect();
                    if more.len() == m + 1 {
                        self.attempt(
                            t("maxItems"),
                            "maxItems",
                            p,
                            Some(Value::Array(more)),
                            "max_items",
                            "",
                        );
                    }
                }
                if items.unique {
                    if let Some(first) = list.first() {
                        let mut twice = list.clone();
                        twice.insert(1, first.clone());
                        let at1 = index(p, 1);
                        let mut data = self.base.clone();
                        set(&mut data, p, Some(Value::Array(twice)));
                        self.push(t("uniqueItems"), "uniqueItems", data, "unique_items", &at1);
                    }
                }
            }
            FieldKind::Id(kind) => {
                let bad = match kind {
                    IdKind::Orgnr => "974760674",
                    IdKind::Fodselsnummer => "15076500566",
                    IdKind::Kontonummer => "86011117948",
                    IdKind::Kommunenummer => "0399",
                    IdKind::Fylkesnummer => "99",
                    IdKind::Postnummer => "01500",
                    IdKind::Phone => "12",
                    IdKind::Email => "post@",
                };
                self.attempt(
                    t("type"),
                    kind.type_name(),
                    p,
                    Some(Value::from(bad)),
                    kind.type_name(),
                    "",
                );
            }
        }
    }
}
