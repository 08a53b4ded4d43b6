//! Norwegian identifiers and code lists as pure functions with reason enums.
//!
//! Each check takes what a person typed (spaces are ignored; dots too in a
//! kontonummer) and says why it is not valid. No check ever puts the number
//! itself into its reason: a fødselsnummer must never be echoed.

mod contact;
mod digits;
mod fnr;
mod kommune;
mod number;
mod reason;

pub use contact::{check_email, check_phone, check_postnummer};
pub use fnr::{check_fodselsnummer, FnrKind};
pub use kommune::{check_fylkesnummer, check_kommunenummer, fylker, kommuner, Fylke, Kommune};
pub use number::{check_kontonummer, check_orgnr};
pub use reason::{FnrReason, KommuneReason, NumberReason};

#[cfg(test)]
mod tests_contact;
#[cfg(test)]
mod tests_kommune;
#[cfg(test)]
mod tests_number;
