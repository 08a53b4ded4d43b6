//! Kommune and fylke numbers from 2024, with the 2020–2023 numbers that were
//! replaced, as static tables compiled from `data/*.json` by `build.rs`.
//!
//! The tables are sorted by number and searched by binary search; they hold only
//! string literals and slices, so nothing is parsed or allocated at run time.

use super::number::{digits, Shape};
use super::KommuneReason;

/// A kommune as numbered from 1 January 2024.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kommune {
    /// Four digits, e.g. "0301".
    pub number: &'static str,
    /// The Norwegian name as SSB writes it, e.g. "Herøy (Nordland)".
    pub name: &'static str,
    /// The two-digit number of its fylke.
    pub fylke: &'static str,
}

/// A fylke as numbered from 1 January 2024.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fylke {
    /// Two digits, e.g. "46".
    pub number: &'static str,
    pub name: &'static str,
}

/// A 2020–2023 number that does not exist from 2024, and the 2024 numbers (with
/// names) that cover it.
#[derive(Debug)]
pub(super) struct Renumbering {
    pub(super) from: &'static str,
    pub(super) from_name: &'static str,
    pub(super) to: &'static [(&'static str, &'static str)],
}

include!(concat!(env!("OUT_DIR"), "/kommuner.rs"));

/// Every kommune from 2024, sorted by number (357).
pub fn kommuner() -> &'static [Kommune] {
    &KOMMUNER
}

/// Every fylke from 2024, sorted by number (15).
pub fn fylker() -> &'static [Fylke] {
    &FYLKER
}

/// The 2020–2023 kommune numbers that were replaced, sorted by old number.
#[cfg(test)]
pub(super) fn renumbered_kommuner() -> &'static [Renumbering] {
    &RENUMBERED_KOMMUNER
}

/// A kommunenummer valid from 2024 (4 digits; spaces allowed). A 2020–2023 number
/// that was replaced gives [`KommuneReason::Renumbered`] with its successors.
pub fn check_kommunenummer(s: &str) -> Result<&'static Kommune, KommuneReason> {
    let key = ascii::<4>(s)?;
    lookup(&KOMMUNER, &RENUMBERED_KOMMUNER, &key, |k| k.number)
}

/// A fylkesnummer valid from 2024 (2 digits; spaces allowed). Viken (30),
/// Vestfold og Telemark (38) and Troms og Finnmark (54) give
/// [`KommuneReason::Renumbered`] with the fylker that replaced them.
pub fn check_fylkesnummer(s: &str) -> Result<&'static Fylke, KommuneReason> {
    let key = ascii::<2>(s)?;
    lookup(&FYLKER, &RENUMBERED_FYLKER, &key, |f| f.number)
}

/// The typed number as `N` ASCII digit bytes, or Format.
fn ascii<const N: usize>(s: &str) -> Result<[u8; N], KommuneReason> {
    digits::<N>(s, &[])
        .map(|d| d.map(|digit| b'0' + digit))
        .map_err(|_: Shape| KommuneReason::Format)
}

/// Finds `key` in a current table, else explains it from the replaced numbers.
fn lookup<T>(
    table: &'static [T],
    replaced: &'static [Renumbering],
    key: &[u8],
    number: impl Fn(&T) -> &'static str,
) -> Result<&'static T, KommuneReason> {
    if let Ok(i) = table.binary_search_by(|e| number(e).as_bytes().cmp(key)) {
        return table.get(i).ok_or(KommuneReason::Unknown);
    }
    let i = replaced
        .binary_search_by(|r| r.from.as_bytes().cmp(key))
        .map_err(|_| KommuneReason::Unknown)?;
    let r = replaced.get(i).ok_or(KommuneReason::Unknown)?;
    Err(KommuneReason::Renumbered {
        old_name: r.from_name.to_owned(),
        to: r.to.iter().map(|(n, _)| (*n).to_owned()).collect(),
        to_names: r.to.iter().map(|(_, name)| (*name).to_owned()).collect(),
    })
}
