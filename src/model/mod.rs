//! The typed form of a rule set: what compile produces and validate walks.
//!
//! Nothing here reads JSON; `compile/` builds these types from a rule set and
//! checks them, so every value of these types is known to be consistent
//! (references point at fields of the right type, expressions parsed, patterns
//! compiled, every text present in nb, nn and en).

use crate::date::Date;
use crate::expr::{Expr, Reference};
use crate::lang::Lang;
use crate::pattern::Pattern;
use crate::report::Severity;

mod field_type;
pub use field_type::{FieldType, IdKind};

/// A text in the three languages.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text {
    pub nb: String,
    pub nn: String,
    pub en: String,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nb => &self.nb,
            Lang::Nn => &self.nn,
            Lang::En => &self.en,
        }
    }

    /// Each language's tag and text, in the order of [`Lang::ALL`]: how a
    /// text is written out everywhere (`{"nb": …, "nn": …, "en": …}`).
    pub fn entries(&self) -> impl Iterator<Item = (&'static str, &str)> {
        Lang::ALL
            .into_iter()
            .map(|lang| (lang.as_str(), self.get(lang)))
    }
}

impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(Lang::ALL.len()))?;
        for lang in Lang::ALL {
            m.serialize_entry(lang.as_str(), self.get(lang))?;
        }
        m.end()
    }
}

/// An object's fields (in form order) and the rules scoped to it.
#[derive(Debug, Clone, Default)]
pub struct ObjectSchema {
    pub fields: Vec<Field>,
    pub rules: Vec<Rule>,
}

impl ObjectSchema {
    pub fn field(&self, key: &str) -> Option<(usize, &Field)> {
        self.fields.iter().enumerate().find(|(_, f)| f.key == key)
    }
}

/// One field of a form.
#[derive(Debug, Clone)]
pub struct Field {
    pub key: String,
    pub label: Text,
    pub help: Option<Text>,
    pub optional: bool,
    pub required_when: Option<Cond>,
    pub forbidden_when: Option<Cond>,
    /// The field's own wording per issue code.
    pub messages: Vec<(String, Text)>,
    pub kind: FieldKind,
}

impl Field {
    pub fn message(&self, code: &str) -> Option<&Text> {
        self.messages
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, t)| t)
    }
}

/// A field's type with the constraints that belong to it.
#[derive(Debug, Clone)]
pub enum FieldKind {
    Text {
        min_length: Option<u64>,
        max_length: Option<u64>,
        pattern: Option<Pattern>,
    },
    Integer {
        minimum: Option<i64>,
        maximum: Option<i64>,
    },
    Decimal {
        minimum: Option<f64>,
        maximum: Option<f64>,
    },
    Boolean {
        must_be_true: bool,
    },
    Date {
        minimum: Option<Date>,
        maximum: Option<Date>,
    },
    Enum {
        options: Vec<EnumOption>,
    },
    MultiEnum {
        options: Vec<EnumOption>,
        items: ItemCount,
    },
    Object(ObjectSchema),
    List {
        item: Box<Field>,
        items: ItemCount,
    },
    Id(IdKind),
}

impl FieldKind {
    /// The field's type.
    pub fn field_type(&self) -> FieldType {
        match self {
            FieldKind::Text { .. } => FieldType::Text,
            FieldKind::Integer { .. } => FieldType::Integer,
            FieldKind::Decimal { .. } => FieldType::Decimal,
            FieldKind::Boolean { .. } => FieldType::Boolean,
            FieldKind::Date { .. } => FieldType::Date,
            FieldKind::Enum { .. } => FieldType::Enum,
            FieldKind::MultiEnum { .. } => FieldType::MultiEnum,
            FieldKind::Object(_) => FieldType::Object,
            FieldKind::List { .. } => FieldType::List,
            FieldKind::Id(id) => FieldType::Id(*id),
        }
    }

    /// The type's name in the rule-set language (and in `type` issues).
    pub fn type_name(&self) -> &'static str {
        self.field_type().name()
    }
}

/// Item-count constraints of lists and multi-choice fields.
#[derive(Debug, Clone, Copy, Default)]
pub struct ItemCount {
    pub min: Option<u64>,
    pub max: Option<u64>,
    pub unique: bool,
}

#[derive(Debug, Clone)]
pub struct EnumOption {
    pub value: String,
    pub label: Text,
}

/// A parsed condition with the fields it reads.
#[derive(Debug, Clone)]
pub struct Cond {
    pub expr: Expr,
    pub refs: Vec<Reference>,
}

/// A reference from a rule to fields: relative to the rule's scope or from the root.
#[derive(Debug, Clone, PartialEq)]
pub struct Ref {
    pub absolute: bool,
    pub segments: Vec<Seg>,
    /// The label of the field it names (for messages that mention it).
    pub label: Text,
    /// The label of one item of the innermost list on the path, if any.
    pub item_label: Option<Text>,
}

/// One step of a reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    /// Every item of a list (`*`).
    Each,
}

/// A cross-field rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: Option<String>,
    pub severity: Severity,
    pub when: Option<Cond>,
    pub message: Option<Text>,
    pub kind: RuleKind,
}

#[derive(Debug, Clone)]
pub enum RuleKind {
    DateOrder {
        first: Ref,
        then: Ref,
        allow_equal: bool,
        at_first: bool,
    },
    DateWithin {
        date: Ref,
        bounds: Bounds,
    },
    NoOverlap {
        list: Ref,
        start: String,
        end: String,
        ordered: bool,
    },
    SumEquals {
        sum: Ref,
        equals: Ref,
    },
    AtLeastOne {
        fields: Vec<Ref>,
        at: Option<Ref>,
    },
    MaxDuration {
        start: Ref,
        end: Ref,
        months: u64,
    },
    Deadline {
        date: Ref,
        not_after: Date,
    },
    Expr {
        assert: Cond,
        at: Ref,
    },
}

/// What a `date_within` rule checks against.
#[derive(Debug, Clone)]
pub enum Bounds {
    Range { start: Ref, end: Ref },
    Year(Ref),
}
