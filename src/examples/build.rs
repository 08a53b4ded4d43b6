//! Building example data: a value for each field type that meets the field's
//! own constraints, a whole document (every field filled in, lists with their
//! fewest items but at least one), and the paths, edits and reference lookups
//! the repair and breaking steps share.

use crate::date::{days_in_month, Date};
use crate::model::{Field, FieldKind, IdKind, ObjectSchema, Ref, Seg};
use crate::validate::paths::{step, PathSeg};
use crate::value::{Number, Value};
use std::borrow::Cow;

/// The longest text and the most items an example writes out: a rule set
/// may ask for more (it is input), which is then not met or not broken.
pub const LARGEST: usize = 100_000;

/// A path into the example data.
pub type Path = Vec<PathSeg<'static>>;

/// `path` and one more key.
pub fn key(path: &[PathSeg<'static>], k: &str) -> Path {
    let mut p = path.to_vec();
    p.push(PathSeg::Key(Cow::Owned(k.to_owned())));
    p
}

/// `path` and one more index.
pub fn index(path: &[PathSeg<'static>], i: usize) -> Path {
    let mut p = path.to_vec();
    p.push(PathSeg::Index(i));
    p
}

pub fn get<'v>(doc: &'v Value, path: &[PathSeg<'_>]) -> Option<&'v Value> {
    path.iter().try_fold(doc, |at, seg| step(at, seg))
}

/// Set (or with `None` remove) the value at `path`, making parents as needed.
pub fn set(doc: &mut Value, path: &[PathSeg<'_>], value: Option<Value>) {
    crate::live::put::apply(doc, path, value);
}

/// The date `days` days after `d` (before, if negative).
pub fn shift(d: Date, days: i64) -> Date {
    let mut d = d;
    for _ in 0..days.unsigned_abs().min(100_000) {
        let (y, m, day) = (d.year(), d.month(), d.day());
        let next = if days > 0 {
            match (day < days_in_month(y, m), m < 12) {
                (true, _) => Date::new(y, m, day + 1),
                (false, true) => Date::new(y, m + 1, 1),
                (false, false) => Date::new(y + 1, 1, 1),
            }
        } else {
            match (day > 1, m > 1) {
                (true, _) => Date::new(y, m, day - 1),
                (false, true) => Date::new(y, m - 1, days_in_month(y, m - 1)),
                (false, false) => Date::new(y - 1, 12, 31),
            }
        };
        d = next.unwrap_or(d);
    }
    d
}

pub fn date_value(d: Date) -> Value {
    Value::from(d.to_string())
}

/// A valid value of each identifier type.
pub fn id_example(kind: IdKind) -> &'static str {
    match kind {
        IdKind::Orgnr => "974760673",
        IdKind::Fodselsnummer => "15076500565",
        IdKind::Kontonummer => "86011117947",
        IdKind::Kommunenummer => "0301",
        IdKind::Fylkesnummer => "03",
        IdKind::Postnummer => "0150",
        IdKind::Phone => "22 24 90 90",
        IdKind::Email => "post@example.no",
    }
}

/// How many items a list or multiple choice gets: its fewest, at least one.
pub fn item_count(min: Option<u64>, max: Option<u64>) -> usize {
    let n = min.unwrap_or(1).max(1).min(max.unwrap_or(u64::MAX));
    usize::try_from(n).unwrap_or(LARGEST).min(LARGEST)
}

/// Makes values; dates count up from 2024-03-01 so dates in form order ascend.
pub struct Gen {
    pub day: i64,
}

impl Gen {
    pub fn value(&mut self, field: &Field) -> Value {
        match &field.kind {
            FieldKind::Text {
                min_length,
                max_length,
                pattern,
            } => {
                if let Some(p) = pattern.as_ref().and_then(|p| p.example()) {
                    return Value::from(p);
                }
                let min = usize::try_from(min_length.unwrap_or(0)).unwrap_or(0);
                let max = usize::try_from(max_length.unwrap_or(1000)).unwrap_or(1000);
                let want = min.max(13).min(max.max(1)).min(LARGEST);
                Value::from(
                    "Eksempeltekst"
                        .chars()
                        .cycle()
                        .take(want)
                        .collect::<String>(),
                )
            }
            FieldKind::Integer { minimum, maximum } => {
                Value::from(minimum.unwrap_or(1).min(maximum.unwrap_or(i64::MAX)))
            }
            FieldKind::Decimal { minimum, maximum } => {
                let v = minimum.unwrap_or(1.0).min(maximum.unwrap_or(f64::MAX));
                Value::Number(Number::Float(v))
            }
            FieldKind::Boolean { must_be_true } => Value::Bool(*must_be_true),
            FieldKind::Date { minimum, maximum } => {
                let base = Date::new(2024, 3, 1).map(|d| shift(d, self.day));
                self.day += 7;
                let d = base.map(|d| match (minimum, maximum) {
                    (Some(lo), _) if d < *lo => *lo,
                    (_, Some(hi)) if d > *hi => *hi,
                    _ => d,
                });
                d.map(date_value).unwrap_or(Value::Null)
            }
            FieldKind::Enum { options } => options
                .first()
                .map(|o| Value::from(o.value.as_str()))
                .unwrap_or(Value::Null),
            FieldKind::MultiEnum { options, items } => Value::Array(
                options
                    .iter()
                    .take(item_count(items.min, items.max))
                    .map(|o| Value::from(o.value.as_str()))
                    .collect(),
            ),
            FieldKind::Object(schema) => self.object(schema),
            FieldKind::List { item, items } => {
                let n = item_count(items.min, items.max);
                Value::Array((0..n).map(|_| self.value(item)).collect())
            }
            FieldKind::Id(kind) => Value::from(id_example(*kind)),
        }
    }

    /// Every field of an object filled in.
    pub fn object(&mut self, schema: &ObjectSchema) -> Value {
        Value::Object(
            schema
                .fields
                .iter()
                .map(|f| (f.key.clone(), self.value(f)))
                .collect(),
        )
    }
}

/// The field at a data path (list indexes step into the item).
pub fn field_at<'f>(root: &'f ObjectSchema, path: &[PathSeg<'_>]) -> Option<&'f Field> {
    let mut schema = root;
    let mut field: Option<&Field> = None;
    for seg in path {
        match (seg, field.map(|f| &f.kind)) {
            (PathSeg::Index(_), Some(FieldKind::List { item, .. })) => {
                field = Some(item);
                continue;
            }
            (PathSeg::Key(k), None) => field = schema.field(k).map(|(_, f)| f),
            (PathSeg::Key(k), Some(FieldKind::Object(s))) => {
                schema = s;
                field = schema.field(k).map(|(_, f)| f);
            }
            _ => return None,
        }
        field?;
    }
    field
}

/// The data paths a rule reference names from `scope`, `*` expanded over the
/// items the document has.
pub fn resolve(doc: &Value, scope: &[PathSeg<'static>], r: &Ref) -> Vec<Path> {
    let mut paths: Vec<Path> = vec![if r.absolute { vec![] } else { scope.to_vec() }];
    for seg in &r.segments {
        paths = match seg {
            Seg::Key(k) => paths.iter().map(|p| key(p, k)).collect(),
            Seg::Each => paths
                .iter()
                .flat_map(|p| {
                    let n = match get(doc, p) {
                        Some(Value::Array(items)) => items.len(),
                        _ => 0,
                    };
                    (0..n).map(move |i| index(p, i))
                })
                .collect(),
        };
    }
    paths
}

/// The date at `path`, if it is one.
pub fn date_at(doc: &Value, path: &[PathSeg<'_>]) -> Option<Date> {
    get(doc, path).and_then(Value::as_str).and_then(Date::parse)
}
