//! What a message says, decided once for every language: which sentence
//! template fits the issue and its data ([`key`]), and what each placeholder
//! in it stands for ([`value`]): counts, bounds, dates, amounts, quoted labels
//! and their fallbacks, each written the way the language writes it.

use super::keys::{Key, Word};
use super::parts::{
    amount, bound, count, date, given_others, is_date, item, join_or, other, others, period_end,
    push_field, quote, successors, whole_years,
};
use super::{word, Ctx};
use crate::lang::Lang;
use crate::model::{FieldType, IdKind};
use crate::no::{FnrReason, KommuneReason, NumberReason};
use crate::report::IssueKind;

/// The sentence template for `kind`: one arm per kind (and reason), no wildcard,
/// so a new kind fails to build until it has a key (and so a text in every language).
pub(super) fn key(kind: &IssueKind, ctx: &Ctx) -> Key {
    use IssueKind as K;
    let one = |n: u64, one, other| if n == 1 { one } else { other };
    match kind {
        K::Required => Key::Required,
        K::Forbidden => Key::Forbidden,
        K::Type { .. } => Key::Type,
        K::UnknownField => Key::UnknownField,
        K::MinLength { min, .. } => one(*min, Key::MinLengthOne, Key::MinLength),
        K::MaxLength { max, .. } => one(*max, Key::MaxLengthOne, Key::MaxLength),
        K::Pattern => Key::Pattern,
        K::Minimum { min } if is_date(min) => Key::MinimumDate,
        K::Minimum { .. } => Key::MinimumNumber,
        K::Maximum { max } if is_date(max) => Key::MaximumDate,
        K::Maximum { .. } => Key::MaximumNumber,
        K::MinItems { min, .. } => one(*min, Key::MinItemsOne, Key::MinItems),
        K::MaxItems { max, .. } => one(*max, Key::MaxItemsOne, Key::MaxItems),
        K::UniqueItems { .. } if ctx.choice.is_some() => Key::UniqueChoice,
        K::UniqueItems { .. } => Key::UniqueItems,
        K::Enum { .. } => Key::Enum,
        K::Date => Key::Date,
        K::DateOrder {
            allow_equal,
            before,
            ..
        } => match (before, allow_equal) {
            (false, false) => Key::DateAfter,
            (false, true) => Key::DateNotBefore,
            (true, false) => Key::DateBefore,
            (true, true) => Key::DateNotAfter,
        },
        K::DateWithin { .. } => Key::DateWithin,
        K::DateWithinYear { .. } => Key::DateWithinYear,
        K::MaxDuration { months: 1 } => Key::MaxDurationMonth,
        K::MaxDuration { months } => match whole_years(*months) {
            None => Key::MaxDurationMonths,
            Some(1) => Key::MaxDurationYear,
            Some(_) => Key::MaxDurationYears,
        },
        K::Overlap { .. } => Key::Overlap,
        K::SumMismatch { .. } => Key::SumMismatch,
        K::AtLeastOne { .. } => {
            let within = !ctx.label.trim().is_empty();
            match (given_others(ctx).count(), within) {
                (0, false) => Key::AtLeastOne,
                (0, true) => Key::AtLeastOneIn,
                (1, false) => Key::AtLeastOneField,
                (1, true) => Key::AtLeastOneFieldIn,
                (_, false) => Key::AtLeastOneOf,
                (_, true) => Key::AtLeastOneOfIn,
            }
        }
        K::MustBeTrue => Key::MustBeTrue,
        K::Orgnr(reason) => number_key(*reason, ORGNR_KEYS),
        K::Fodselsnummer(reason) => match reason {
            FnrReason::Format => Key::FnrFormat,
            FnrReason::Length => Key::FnrLength,
            FnrReason::Date => Key::FnrDate,
            FnrReason::Checksum => Key::FnrChecksum,
        },
        K::Kontonummer(reason) => number_key(*reason, KONTONUMMER_KEYS),
        K::Postnummer => Key::Postnummer,
        K::Kommunenummer(reason) => kommune_key(reason, KOMMUNE_KEYS),
        K::Fylkesnummer(reason) => kommune_key(reason, FYLKE_KEYS),
        K::Email => Key::Email,
        K::Phone => Key::Phone,
        K::Deadline { .. } => Key::Deadline,
        K::Rule { .. } => Key::Rule,
    }
}

/// Write the text of placeholder `{name}` in a message about `kind` at the end
/// of `out`; false if the kind has no such value. `{f}` and `{S}` are the
/// field's quoted label (or the word for a field), the second as a subject
/// with a capital first letter: every message has one, so it is written in
/// place; the rest come from [`value`].
pub(super) fn write_value(
    out: &mut String,
    name: &str,
    kind: &IssueKind,
    ctx: &Ctx,
    lang: Lang,
) -> bool {
    if let "f" | "S" = name {
        push_field(out, ctx, lang, name == "S");
        return true;
    }
    match value(name, kind, ctx, lang) {
        Some(v) => {
            out.push_str(&v);
            true
        }
        None => false,
    }
}

/// The text of placeholder `{name}` (other than `{f}` and `{S}`) in a message
/// about `kind`, or `None` if the kind has no such value.
fn value(name: &str, kind: &IssueKind, ctx: &Ctx, lang: Lang) -> Option<String> {
    use IssueKind as K;
    let or = |given: Option<String>, fallback| given.unwrap_or_else(|| word(fallback, lang).into());
    Some(match (name, kind) {
        ("type", K::Type { expected }) => word(type_word(*expected), lang).into(),
        ("min", K::MinLength { min: n, .. } | K::MinItems { min: n, .. })
        | ("max", K::MaxLength { max: n, .. } | K::MaxItems { max: n, .. }) => count(*n, lang),
        ("min", K::Minimum { min: b }) | ("max", K::Maximum { max: b }) => bound(b, lang),
        (
            "actual",
            K::MinLength { actual, .. }
            | K::MaxLength { actual, .. }
            | K::MinItems { actual, .. }
            | K::MaxItems { actual, .. },
        ) => count(*actual, lang),
        ("actual", K::SumMismatch { actual: a, .. })
        | ("expected", K::SumMismatch { expected: a, .. }) => amount(a, lang),
        ("choice", K::UniqueItems { .. }) => quote(ctx.choice?, lang),
        ("item", K::UniqueItems { other: at } | K::Overlap { other: at }) => {
            or(item(ctx, at, lang), Word::AnotherEntry)
        }
        ("other", K::DateOrder { .. }) => or(other(ctx, 0, lang), Word::TheOtherDate),
        ("other", K::SumMismatch { .. }) => or(other(ctx, 0, lang), Word::TheAmounts),
        ("start", K::DateWithin { start, .. }) => {
            or(period_end(start, ctx, 0, lang), Word::TheStartDate)
        }
        ("end", K::DateWithin { end, .. }) => or(period_end(end, ctx, 1, lang), Word::TheEndDate),
        ("year", K::DateWithinYear { year }) => year.to_string(),
        ("months", K::MaxDuration { months }) => count(*months, lang),
        ("years", K::MaxDuration { months }) => count(whole_years(*months)?, lang),
        ("fields", K::AtLeastOne { .. }) => join_or(&others(ctx, lang), word(Word::Or, lang)),
        ("old_name", K::Kommunenummer(reason) | K::Fylkesnummer(reason)) => match reason {
            KommuneReason::Renumbered { old_name, .. } => old_name.trim().into(),
            _ => return None,
        },
        ("numbers", K::Kommunenummer(reason) | K::Fylkesnummer(reason)) => match reason {
            KommuneReason::Renumbered { to, to_names, .. } => {
                successors(to, to_names, word(Word::Or, lang))
            }
            _ => return None,
        },
        ("deadline", K::Deadline { deadline }) => date(deadline, lang),
        _ => return None,
    })
}

/// The keys of an organisation or account number: format, length, checksum.
const ORGNR_KEYS: [Key; 3] = [Key::OrgnrFormat, Key::OrgnrLength, Key::OrgnrChecksum];
const KONTONUMMER_KEYS: [Key; 3] = [
    Key::KontonummerFormat,
    Key::KontonummerLength,
    Key::KontonummerChecksum,
];

fn number_key(reason: NumberReason, [format, length, checksum]: [Key; 3]) -> Key {
    match reason {
        NumberReason::Format => format,
        NumberReason::Length => length,
        NumberReason::Checksum => checksum,
    }
}

/// The keys of a kommune or fylke number: format, unknown, renumbered with the
/// successor unknown, renumbered with successors to use.
const KOMMUNE_KEYS: [Key; 4] = [
    Key::KommuneFormat,
    Key::KommuneUnknown,
    Key::KommuneNew,
    Key::KommuneNewUse,
];
const FYLKE_KEYS: [Key; 4] = [
    Key::FylkeFormat,
    Key::FylkeUnknown,
    Key::FylkeNew,
    Key::FylkeNewUse,
];

/// A kommune or fylke number that is wrong, unknown, or renumbered (or split)
/// on 1 January 2024.
fn kommune_key(reason: &KommuneReason, [format, unknown, new, new_use]: [Key; 4]) -> Key {
    match reason {
        KommuneReason::Format => format,
        KommuneReason::Unknown => unknown,
        KommuneReason::Renumbered { old_name, to, .. } => {
            match (old_name.trim().is_empty(), to.len()) {
                (true, 0) => Key::NumberGone,
                (true, _) => Key::NumberGoneUse,
                (false, 0) => new,
                (false, 1) => new_use,
                (false, _) => Key::Split,
            }
        }
    }
}

/// The words for a field type.
fn type_word(expected: FieldType) -> Word {
    match expected {
        FieldType::Text => Word::TypeText,
        FieldType::Integer => Word::TypeInteger,
        FieldType::Decimal => Word::TypeDecimal,
        FieldType::Boolean => Word::TypeBoolean,
        FieldType::Date => Word::TypeDate,
        FieldType::Enum => Word::TypeEnum,
        FieldType::MultiEnum => Word::TypeMultiEnum,
        FieldType::Object => Word::TypeObject,
        FieldType::List => Word::TypeList,
        FieldType::Id(IdKind::Orgnr) => Word::TypeOrgnr,
        FieldType::Id(IdKind::Fodselsnummer) => Word::TypeFodselsnummer,
        FieldType::Id(IdKind::Kontonummer) => Word::TypeKontonummer,
        FieldType::Id(IdKind::Kommunenummer) => Word::TypeKommunenummer,
        FieldType::Id(IdKind::Fylkesnummer) => Word::TypeFylkesnummer,
        FieldType::Id(IdKind::Postnummer) => Word::TypePostnummer,
        FieldType::Id(IdKind::Phone) => Word::TypePhone,
        FieldType::Id(IdKind::Email) => Word::TypeEmail,
    }
}
