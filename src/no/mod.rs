//! Norwegian identifiers and code lists as pure functions with reason enums.
//!
//! Each check takes what a person typed (spaces are ignored; dots too in a
//! kontonummer) and says why it is not valid. No check ever puts the number
//! itself into its reason: a fødselsnummer must never be echoed.

mod contact;
mod fnr;
mod kommune;
mod number;

pub use contact::{check_email, check_phone, check_postnummer};
pub use fnr::{check_fodselsnummer, write_masked as write_masked_fodselsnummer, FnrKind};
pub use kommune::{check_fylkesnummer, check_kommunenummer, fylker, kommuner, Fylke, Kommune};
pub use number::{check_kontonummer, check_orgnr};

use crate::value::Value;

/// Why an organisasjonsnummer or kontonummer is not valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NumberReason {
    /// Something other than digits (after removing spaces).
    #[error("the number may only contain digits")]
    Format,
    /// The wrong number of digits.
    #[error("the number has the wrong number of digits")]
    Length,
    /// The check digit does not match (or the remainder gives no check digit).
    #[error("the number is not valid: the check digit does not match")]
    Checksum,
}

impl NumberReason {
    pub fn as_str(self) -> &'static str {
        match self {
            NumberReason::Format => "format",
            NumberReason::Length => "length",
            NumberReason::Checksum => "checksum",
        }
    }
}

/// Why a fødselsnummer, D-nummer or H-nummer is not valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum FnrReason {
    #[error("the number may only contain digits")]
    Format,
    #[error("the number must have 11 digits")]
    Length,
    /// The digits do not name a real birth date (after the D/H offsets).
    #[error("the first six digits are not a real date of birth")]
    Date,
    #[error("the number is not valid: the check digits do not match")]
    Checksum,
}

impl FnrReason {
    pub fn as_str(self) -> &'static str {
        match self {
            FnrReason::Format => "format",
            FnrReason::Length => "length",
            FnrReason::Date => "date",
            FnrReason::Checksum => "checksum",
        }
    }
}

/// Why a kommunenummer or fylkesnummer is not valid from 2024.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KommuneReason {
    #[error("the number must have the right number of digits (4 for a kommune, 2 for a fylke)")]
    Format,
    /// Not a number in the 2024 list, nor a renumbered one from 2020–2023.
    #[error("there is no such number in the 2024 list")]
    Unknown,
    /// A 2020–2023 number that no longer exists: the 2024 number(s) that replace it.
    #[error("{old_name} got a new number on 1 January 2024: {}", .to.join(", "))]
    Renumbered {
        old_name: String,
        to: Vec<String>,
        to_names: Vec<String>,
    },
}

impl KommuneReason {
    pub fn as_str(&self) -> &'static str {
        match self {
            KommuneReason::Format => "format",
            KommuneReason::Unknown => "unknown",
            KommuneReason::Renumbered { .. } => "renumbered",
        }
    }

    /// Report parameters: the reason and, for a renumbering, the successors.
    pub fn params(&self) -> Vec<(&'static str, Value)> {
        let mut p = vec![("reason", Value::from(self.as_str()))];
        if let KommuneReason::Renumbered { to, .. } = self {
            let list = to.iter().map(|s| Value::from(s.as_str())).collect();
            p.push(("successors", Value::Array(list)));
        }
        p
    }
}

#[cfg(test)]
mod tests_contact;
#[cfg(test)]
mod tests_kommune;
#[cfg(test)]
mod tests_number;
