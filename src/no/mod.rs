//! Norwegian identifiers and code lists as pure functions with reason enums.
//!
//! Each check takes what a person typed (spaces are ignored; dots too in a
//! kontonummer) and says why it is not valid. No check ever puts the number
//! itself into its reason: a fødselsnummer must never be echoed.

use crate::value::Value;

/// Why an organisasjonsnummer or kontonummer is not valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberReason {
    /// Something other than digits (after removing spaces).
    Format,
    /// The wrong number of digits.
    Length,
    /// The check digit does not match (or the remainder gives no check digit).
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FnrReason {
    Format,
    Length,
    /// The digits do not name a real birth date (after the D/H offsets).
    Date,
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KommuneReason {
    Format,
    /// Not a number in the 2024 list, nor a renumbered one from 2020–2023.
    Unknown,
    /// A 2020–2023 number that no longer exists: the 2024 number(s) that replace it.
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
