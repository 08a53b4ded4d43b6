//! The issue codes of the report contract: the one list every other copy is
//! derived from or held to by a test (the compiler's check of a field's
//! `messages` keys, the TypeScript `IssueParams`, the README's list and the
//! drop-in's codes that wait for a submit: tests/vocabulary.rs).

/// Declares [`IssueCode`] from `Variant => "name"` lines: the variants, `ALL`
/// in the same order, and each variant's name, from one list.
macro_rules! codes {
    ($($variant:ident => $name:literal,)+) => {
        /// A stable issue code. The report writes it as [`IssueCode::name`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum IssueCode {
            $($variant,)+
        }

        impl IssueCode {
            /// Every code, in the order the contract lists them (declaration order).
            pub const ALL: [IssueCode; [$($name),+].len()] = [$(IssueCode::$variant,)+];

            /// The code as the report writes it.
            pub const fn name(self) -> &'static str {
                match self {
                    $(IssueCode::$variant => $name,)+
                }
            }
        }
    };
}

codes! {
    Required => "required",
    Forbidden => "forbidden",
    Type => "type",
    UnknownField => "unknown_field",
    MinLength => "min_length",
    MaxLength => "max_length",
    Pattern => "pattern",
    Minimum => "minimum",
    Maximum => "maximum",
    MinItems => "min_items",
    MaxItems => "max_items",
    UniqueItems => "unique_items",
    Enum => "enum",
    Date => "date",
    DateOrder => "date_order",
    DateWithin => "date_within",
    MaxDuration => "max_duration",
    Overlap => "overlap",
    SumMismatch => "sum_mismatch",
    AtLeastOne => "at_least_one",
    MustBeTrue => "must_be_true",
    Orgnr => "orgnr",
    Fodselsnummer => "fodselsnummer",
    Kontonummer => "kontonummer",
    Postnummer => "postnummer",
    Kommunenummer => "kommunenummer",
    Fylkesnummer => "fylkesnummer",
    Email => "email",
    Phone => "phone",
    Deadline => "deadline",
    Rule => "rule",
}

impl IssueCode {
    /// The code with this name.
    pub fn from_name(name: &str) -> Option<IssueCode> {
        IssueCode::ALL.iter().find(|c| c.name() == name).copied()
    }
}

/// Every code's name, in the order of [`IssueCode::ALL`].
pub const ISSUE_CODES: [&str; IssueCode::ALL.len()] = {
    let mut out = [""; IssueCode::ALL.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = IssueCode::ALL[i].name();
        i += 1;
    }
    out
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_lists_every_code_once_in_declaration_order() {
        let mut names: Vec<&str> = ISSUE_CODES.to_vec();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), IssueCode::ALL.len());
        for code in IssueCode::ALL {
            assert_eq!(IssueCode::from_name(code.name()), Some(code));
            assert_eq!(IssueCode::ALL.get(code as usize), Some(&code));
        }
    }
}
