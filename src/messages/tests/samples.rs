//! One sample of every issue kind and reason, and a check that the list is complete.

use crate::no::{FnrReason, KommuneReason, NumberReason};
use crate::report::IssueKind;
use crate::value::{Number, Value};
use std::collections::BTreeSet;

const CASES: usize = 43;

/// Which kind (and reason) a sample is: an exhaustive match, so a new variant or
/// reason fails the build here until it has a case and a sample.
fn case(kind: &IssueKind) -> usize {
    use IssueKind::*;
    match kind {
        Required => 0,
        Forbidden => 1,
        Type { .. } => 2,
        UnknownField => 3,
        MinLength { .. } => 4,
        MaxLength { .. } => 5,
        Pattern => 6,
        Minimum { .. } => 7,
        Maximum { .. } => 8,
        MinItems { .. } => 9,
        MaxItems { .. } => 10,
        UniqueItems { .. } => 11,
        Enum { .. } => 12,
        Date => 13,
        DateOrder { .. } => 14,
        DateWithin { .. } => 15,
        DateWithinYear { .. } => 16,
        MaxDuration { .. } => 17,
        Overlap { .. } => 18,
        SumMismatch { .. } => 19,
        AtLeastOne { .. } => 20,
        MustBeTrue => 21,
        Orgnr(NumberReason::Format) => 22,
        Orgnr(NumberReason::Length) => 23,
        Orgnr(NumberReason::Checksum) => 24,
        Fodselsnummer(FnrReason::Format) => 25,
        Fodselsnummer(FnrReason::Length) => 26,
        Fodselsnummer(FnrReason::Date) => 27,
        Fodselsnummer(FnrReason::Checksum) => 28,
        Kontonummer(NumberReason::Format) => 29,
        Kontonummer(NumberReason::Length) => 30,
        Kontonummer(NumberReason::Checksum) => 31,
        Postnummer => 32,
        Kommunenummer(KommuneReason::Format) => 33,
        Kommunenummer(KommuneReason::Unknown) => 34,
        Kommunenummer(KommuneReason::Renumbered { .. }) => 35,
        Fylkesnummer(KommuneReason::Format) => 36,
        Fylkesnummer(KommuneReason::Unknown) => 37,
        Fylkesnummer(KommuneReason::Renumbered { .. }) => 38,
        Email => 39,
        Phone => 40,
        Deadline { .. } => 41,
        Rule { .. } => 42,
    }
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

pub(super) fn renumbered(old: &str, to: &[&str], names: &[&str]) -> KommuneReason {
    KommuneReason::Renumbered {
        old_name: old.into(),
        to: strings(to),
        to_names: strings(names),
    }
}

/// One sample of every kind and reason (the first 43, in `case` order), then
/// variants of the data that take other paths through the messages.
pub(super) fn samples() -> Vec<IssueKind> {
    use IssueKind::*;
    let mut all = vec![
        Required,
        Forbidden,
        Type {
            expected: crate::model::FieldType::Integer,
        },
        UnknownField,
        MinLength { min: 5, actual: 3 },
        MaxLength {
            max: 150,
            actual: 151,
        },
        Pattern,
        Minimum {
            min: Value::from(2024),
        },
        Maximum {
            max: Value::from(2035),
        },
        MinItems { min: 1, actual: 0 },
        MaxItems {
            max: 10,
            actual: 11,
        },
        UniqueItems {
            other: "/sectors/0".into(),
        },
        Enum {
            allowed: strings(&["kommune", "fylkeskommune"]),
        },
        Date,
        DateOrder {
            other: "/period/start".into(),
            allow_equal: false,
            before: false,
        },
        DateWithin {
            start: "/period/start".into(),
            end: "/period/end".into(),
        },
        DateWithinYear { year: 2024 },
        MaxDuration { months: 48 },
        Overlap {
            other: "/pilots/0/time/phases/1".into(),
        },
        SumMismatch {
            expected: "1500000".into(),
            actual: "1400000".into(),
        },
        AtLeastOne {
            fields: strings(&["/a", "/b", "/c"]),
        },
        MustBeTrue,
    ];
    for r in [
        NumberReason::Format,
        NumberReason::Length,
        NumberReason::Checksum,
    ] {
        all.push(Orgnr(r));
    }
    for r in [
        FnrReason::Format,
        FnrReason::Length,
        FnrReason::Date,
        FnrReason::Checksum,
    ] {
        all.push(Fodselsnummer(r));
    }
    for r in [
        NumberReason::Format,
        NumberReason::Length,
        NumberReason::Checksum,
    ] {
        all.push(Kontonummer(r));
    }
    all.push(Postnummer);
    all.push(Kommunenummer(KommuneReason::Format));
    all.push(Kommunenummer(KommuneReason::Unknown));
    all.push(Kommunenummer(renumbered("Bærum", &["3201"], &["Bærum"])));
    all.push(Fylkesnummer(KommuneReason::Format));
    all.push(Fylkesnummer(KommuneReason::Unknown));
    let viken = renumbered(
        "Viken",
        &["31", "32", "33"],
        &["Østfold", "Akershus", "Buskerud"],
    );
    all.push(Fylkesnummer(viken));
    all.extend([
        Email,
        Phone,
        Deadline {
            deadline: "2023-09-08".into(),
        },
        Rule {
            id: "union_involvement".into(),
        },
    ]);
    // Other paths through the same kinds.
    all.extend(crate::model::FieldType::all().map(|expected| Type { expected }));
    all.extend([
        Minimum {
            min: Value::from("2024-01-01"),
        },
        Maximum {
            max: Value::from("2023-12-31"),
        },
        Minimum {
            min: Value::Number(Number::Float(0.5)),
        },
        MinItems { min: 3, actual: 1 },
        MaxItems { max: 1, actual: 2 },
        MinLength { min: 1, actual: 0 },
        DateOrder {
            other: "/a".into(),
            allow_equal: true,
            before: false,
        },
        DateOrder {
            other: "/a".into(),
            allow_equal: false,
            before: true,
        },
        DateOrder {
            other: "/a".into(),
            allow_equal: true,
            before: true,
        },
        DateWithin {
            start: "2024-01-01".into(),
            end: "2024-12-31".into(),
        },
        MaxDuration { months: 1 },
        MaxDuration { months: 12 },
        MaxDuration { months: 30 },
        MaxLength { max: 1, actual: 2 },
        Kommunenummer(renumbered(
            "Ålesund",
            &["1508", "1580"],
            &["Ålesund", "Haram"],
        )),
        Kommunenummer(renumbered("", &[], &[])),
        Kommunenummer(renumbered("", &["3201"], &["Bærum"])),
        Kommunenummer(renumbered("Bærum", &[], &[])),
        Fylkesnummer(renumbered("Hordaland", &["46"], &["Vestland"])),
        Fylkesnummer(renumbered("Hordaland", &[], &[])),
    ]);
    all
}

#[test]
fn samples_cover_every_kind_and_reason() {
    let samples = samples();
    let first: Vec<usize> = samples.iter().take(CASES).map(case).collect();
    assert_eq!(first, (0..CASES).collect::<Vec<_>>());
    let seen: BTreeSet<usize> = samples.iter().map(case).collect();
    assert_eq!(seen.len(), CASES);
}
