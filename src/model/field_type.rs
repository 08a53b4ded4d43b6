//! The field types of the rule-set language, named once: what a rule set
//! writes as a field's `type`, what a `type` issue names as `expected`, and
//! what the messages word (an exhaustive match in `messages/plan.rs`).

/// A field's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    Text,
    Integer,
    Decimal,
    Boolean,
    Date,
    Enum,
    MultiEnum,
    Object,
    List,
    /// A Norwegian identifier or contact type.
    Id(IdKind),
}

/// The structured types, in the order of the language reference.
const STRUCTURED: [FieldType; 9] = [
    FieldType::Text,
    FieldType::Integer,
    FieldType::Decimal,
    FieldType::Boolean,
    FieldType::Date,
    FieldType::Enum,
    FieldType::MultiEnum,
    FieldType::Object,
    FieldType::List,
];

impl FieldType {
    /// Every type, in the order of the language reference: the structured
    /// types, then the Norwegian identifier and contact types.
    pub fn all() -> impl Iterator<Item = FieldType> {
        STRUCTURED
            .into_iter()
            .chain(IdKind::ALL.into_iter().map(FieldType::Id))
    }

    /// The type's name in the rule-set language.
    pub fn name(self) -> &'static str {
        match self {
            FieldType::Text => "text",
            FieldType::Integer => "integer",
            FieldType::Decimal => "decimal",
            FieldType::Boolean => "boolean",
            FieldType::Date => "date",
            FieldType::Enum => "enum",
            FieldType::MultiEnum => "multi_enum",
            FieldType::Object => "object",
            FieldType::List => "list",
            FieldType::Id(id) => id.type_name(),
        }
    }

    /// The type with this name.
    pub fn from_name(name: &str) -> Option<FieldType> {
        STRUCTURED
            .iter()
            .find(|t| t.name() == name)
            .copied()
            .or_else(|| IdKind::from_name(name).map(FieldType::Id))
    }
}

/// The Norwegian identifier and contact types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum IdKind {
    Orgnr,
    Fodselsnummer,
    Kontonummer,
    Kommunenummer,
    Fylkesnummer,
    Postnummer,
    Phone,
    Email,
}

impl IdKind {
    pub const ALL: [IdKind; 8] = [
        IdKind::Orgnr,
        IdKind::Fodselsnummer,
        IdKind::Kontonummer,
        IdKind::Kommunenummer,
        IdKind::Fylkesnummer,
        IdKind::Postnummer,
        IdKind::Phone,
        IdKind::Email,
    ];

    pub fn type_name(self) -> &'static str {
        match self {
            IdKind::Orgnr => "orgnr",
            IdKind::Fodselsnummer => "fodselsnummer",
            IdKind::Kontonummer => "kontonummer",
            IdKind::Kommunenummer => "kommunenummer",
            IdKind::Fylkesnummer => "fylkesnummer",
            IdKind::Postnummer => "postnummer",
            IdKind::Phone => "phone",
            IdKind::Email => "email",
        }
    }

    pub fn from_name(name: &str) -> Option<IdKind> {
        IdKind::ALL.iter().find(|k| k.type_name() == name).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_distinct_and_read_back() {
        let names: Vec<&str> = FieldType::all().map(FieldType::name).collect();
        let mut unique = names.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), names.len());
        for t in FieldType::all() {
            assert_eq!(FieldType::from_name(t.name()), Some(t));
        }
        assert_eq!(FieldType::from_name("number"), None);
    }
}
