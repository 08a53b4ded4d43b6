//! JSON Schema 2020-12 of a form's data shape (`skjemasjekk schema`).
//!
//! The schema states types, required keys, lengths, ranges, options and item
//! counts, so other tools (or Ajv, in the benchmarks) can check the shape. What
//! JSON Schema cannot say — conditions, cross-field rules, check digits, NFC
//! lengths, code lists — stays with the engine; identifier fields carry their
//! format as a pattern and `x-skjemasjekk-type`.

use crate::form::Form;
use crate::model::{EnumOption, Field, FieldKind, IdKind, ItemCount, ObjectSchema};
use crate::value::Value;

type Members = Vec<(String, Value)>;

fn put(m: &mut Members, key: &str, v: impl Into<Value>) {
    m.push((key.to_owned(), v.into()));
}

fn count(m: &mut Members, key: &str, n: Option<u64>) {
    if let Some(n) = n {
        put(m, key, Value::from(i64::try_from(n).unwrap_or(i64::MAX)));
    }
}

/// The JSON Schema (2020-12) of the data this form accepts.
pub(crate) fn schema(form: &Form) -> Value {
    let mut m = vec![];
    put(
        &mut m,
        "$schema",
        "https://json-schema.org/draft/2020-12/schema",
    );
    put(
        &mut m,
        "$id",
        format!("urn:skjemasjekk:{}:{}", form.id(), form.version()),
    );
    put(&mut m, "title", form.title(crate::Lang::Nb));
    put(&mut m, "x-skjemasjekk-hash", form.hash());
    let Value::Object(body) = object(form.fields()) else {
        return Value::Object(m);
    };
    m.extend(body);
    Value::Object(m)
}

fn object(schema: &ObjectSchema) -> Value {
    let mut m = vec![];
    put(&mut m, "type", "object");
    let props = schema
        .fields
        .iter()
        .map(|f| (f.key.clone(), field(f)))
        .collect();
    put(&mut m, "properties", Value::Object(props));
    let required: Vec<Value> = schema
        .fields
        .iter()
        .filter(|f| !f.optional && f.required_when.is_none())
        .map(|f| Value::from(f.key.as_str()))
        .collect();
    if !required.is_empty() {
        put(&mut m, "required", Value::Array(required));
    }
    put(&mut m, "additionalProperties", false);
    Value::Object(m)
}

/// The values of an enum's options, as a JSON Schema `enum`.
fn values(options: &[EnumOption]) -> Value {
    Value::Array(
        options
            .iter()
            .map(|o| Value::from(o.value.as_str()))
            .collect(),
    )
}

fn items(m: &mut Members, c: ItemCount) {
    count(m, "minItems", c.min);
    count(m, "maxItems", c.max);
    if c.unique {
        put(m, "uniqueItems", true);
    }
}

fn field(f: &Field) -> Value {
    let mut m = vec![];
    put(&mut m, "title", f.label.nb.as_str());
    if let Some(help) = &f.help {
        put(&mut m, "description", help.nb.as_str());
    }
    match &f.kind {
        FieldKind::Text {
            min_length,
            max_length,
            pattern,
        } => {
            put(&mut m, "type", "string");
            count(&mut m, "minLength", *min_length);
            count(&mut m, "maxLength", *max_length);
            if let Some(p) = pattern {
                put(&mut m, "pattern", format!("^(?:{})$", p.source()));
            }
        }
        FieldKind::Integer { minimum, maximum } => {
            put(&mut m, "type", "integer");
            if let Some(n) = minimum {
                put(&mut m, "minimum", *n);
            }
            if let Some(n) = maximum {
                put(&mut m, "maximum", *n);
            }
        }
        FieldKind::Decimal { minimum, maximum } => {
            put(&mut m, "type", "number");
            for (k, v) in [("minimum", minimum), ("maximum", maximum)] {
                if let Some(v) = v {
                    put(&mut m, k, Value::Number(crate::value::Number::Float(*v)));
                }
            }
        }
        FieldKind::Boolean { must_be_true } => {
            put(&mut m, "type", "boolean");
            if *must_be_true {
                put(&mut m, "const", true);
            }
        }
        FieldKind::Date { minimum, maximum } => {
            put(&mut m, "type", "string");
            put(&mut m, "format", "date");
            if let Some(d) = minimum {
                put(&mut m, "formatMinimum", d.to_string());
            }
            if let Some(d) = maximum {
                put(&mut m, "formatMaximum", d.to_string());
            }
        }
        FieldKind::Enum { options } => {
            put(&mut m, "type", "string");
            put(&mut m, "enum", values(options));
        }
        FieldKind::MultiEnum { options, items: c } => {
            put(&mut m, "type", "array");
            let mut item = vec![];
            put(&mut item, "type", "string");
            put(&mut item, "enum", values(options));
            put(&mut m, "items", Value::Object(item));
            items(&mut m, *c);
        }
        FieldKind::Object(schema) => {
            if let Value::Object(body) = object(schema) {
                m.extend(body);
            }
        }
        FieldKind::List { item, items: c } => {
            put(&mut m, "type", "array");
            put(&mut m, "items", field(item));
            items(&mut m, *c);
        }
        FieldKind::Id(kind) => {
            put(&mut m, "type", "string");
            put(&mut m, "x-skjemasjekk-type", kind.type_name());
            let (pattern, format) = id_shape(*kind);
            if let Some(p) = pattern {
                put(&mut m, "pattern", p);
            }
            if let Some(f) = format {
                put(&mut m, "format", f);
            }
        }
    }
    Value::Object(m)
}

/// The shape of an identifier that JSON Schema can state (not its check digits).
fn id_shape(kind: IdKind) -> (Option<&'static str>, Option<&'static str>) {
    match kind {
        IdKind::Orgnr => (Some("^\\s*(\\d\\s*){9}$"), None),
        IdKind::Fodselsnummer => (Some("^\\s*(\\d\\s*){11}$"), None),
        IdKind::Kontonummer => (Some("^\\s*([\\d.]\\s*){11,13}$"), None),
        IdKind::Kommunenummer => (Some("^\\s*\\d{4}\\s*$"), None),
        IdKind::Fylkesnummer => (Some("^\\s*\\d{2}\\s*$"), None),
        IdKind::Postnummer => (Some("^\\s*\\d{4}\\s*$"), None),
        IdKind::Phone => (Some("^\\s*(\\+47|0047)?[\\s\\d]{8,14}$"), None),
        IdKind::Email => (None, Some("email")),
    }
}
