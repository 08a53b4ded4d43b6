//! The words of the rule-set language: every key the compiler accepts on a rule
//! set, a field (common and per type) and a rule (common and per kind), and the
//! names of the field types and rule kinds.
//!
//! The compiler reads these tables when it decides which keys are allowed, and
//! the test of the language's JSON Schema (`pkg/ruleset.schema.json`) reads them
//! too, so the schema cannot fall behind the compiler. `$comment` is accepted on
//! every object of a rule set besides these keys.

use crate::lang::Lang;
use crate::model::FieldType;

/// The keys of a rule set (`$schema` names the schema for editors; written
/// first, it does not enter the content hash).
pub const RULESET_KEYS: [&str; 7] = [
    "id", "version", "title", "fields", "rules", "$comment", "$schema",
];

/// The keys every field may have, whatever its type.
pub const FIELD_KEYS: [&str; 8] = [
    "type",
    "label",
    "help",
    "optional",
    "requiredWhen",
    "forbiddenWhen",
    "messages",
    "$comment",
];

/// The keys a field type has of its own (none for the identifier types).
pub fn own_keys(t: FieldType) -> &'static [&'static str] {
    match t {
        FieldType::Text => &["minLength", "maxLength", "pattern"],
        FieldType::Integer | FieldType::Decimal | FieldType::Date => &["minimum", "maximum"],
        FieldType::Boolean => &["mustBeTrue"],
        FieldType::Enum => &["options"],
        FieldType::MultiEnum => &["options", "minItems", "maxItems", "uniqueItems"],
        FieldType::Object => &["fields", "rules"],
        FieldType::List => &["item", "minItems", "maxItems", "uniqueItems"],
        FieldType::Id(_) => &[],
    }
}

/// The keys of one option of an `enum` or `multi_enum` field.
pub const OPTION_KEYS: [&str; 2] = ["value", "label"];

/// The keys of a text in the three languages.
pub const TEXT_KEYS: [&str; 3] = [Lang::Nb.as_str(), Lang::Nn.as_str(), Lang::En.as_str()];

/// The keys every rule may have, whatever its kind.
pub const RULE_KEYS: [&str; 5] = ["kind", "severity", "when", "message", "id"];

/// The rule kinds, with the keys each has of its own.
pub const RULE_KINDS: [(&str, &[&str]); 8] = [
    ("date_order", &["first", "then", "allowEqual", "at"]),
    ("date_within", &["date", "start", "end", "year"]),
    ("no_overlap", &["list", "start", "end", "ordered"]),
    ("sum_equals", &["sum", "equals"]),
    ("at_least_one", &["fields", "at"]),
    ("max_duration", &["start", "end", "months"]),
    ("deadline", &["date", "notAfter"]),
    ("expr", &["assert", "at"]),
];

/// Every field type's name, in the order of the language reference.
pub fn field_types() -> Vec<&'static str> {
    FieldType::all().map(FieldType::name).collect()
}

/// The keys a field type has of its own, or `None` for a name that is no field type.
pub fn field_type_keys(type_name: &str) -> Option<&'static [&'static str]> {
    FieldType::from_name(type_name).map(own_keys)
}

/// The keys a rule kind has of its own, or `None` for an unknown kind.
pub fn rule_kind_keys(kind: &str) -> Option<&'static [&'static str]> {
    RULE_KINDS
        .iter()
        .find(|(name, _)| *name == kind)
        .map(|(_, keys)| *keys)
}

/// The field types, comma-separated, for the message about an unknown type
/// (a constant, so the WebAssembly build carries no joining code; a test
/// holds it to [`field_types`]).
pub const FIELD_TYPES_IN_WORDS: &str = "text, integer, decimal, boolean, date, enum, multi_enum, object, list, orgnr, fodselsnummer, kontonummer, kommunenummer, fylkesnummer, postnummer, phone, email";

/// The rule kinds, comma-separated, for the message about an unknown kind.
pub const RULE_KINDS_IN_WORDS: &str =
    "date_order, date_within, no_overlap, sum_equals, at_least_one, max_duration, deadline, expr";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_in_words_are_the_tables() {
        assert_eq!(FIELD_TYPES_IN_WORDS, field_types().join(", "));
        let kinds: Vec<&str> = RULE_KINDS.iter().map(|(name, _)| *name).collect();
        assert_eq!(RULE_KINDS_IN_WORDS, kinds.join(", "));
    }
}
