//! What a message says, decided once for every language: which sentence
//! template fits the issue and its data, and the values of its placeholders
//! (counts, bounds, dates, amounts, quoted labels and their fallbacks), each
//! written the way the language writes it.

use super::keys::{Key, Word};
use super::parts::{
    amount, bound, count, date, item, join_or, other, others, period_end, successors, whole_years,
    Bound,
};
use super::{word, Ctx};
use crate::lang::Lang;
use crate::no::{FnrReason, KommuneReason, NumberReason};
use crate::report::IssueKind;

/// A placeholder's name (without braces) and its value; an empty name is unused.
pub(super) type Arg = (&'static str, String);

const NO: Arg = ("", String::new());

/// The template to use and the values of its placeholders besides `{f}` and `{S}`.
pub(super) struct Plan {
    pub(super) key: Key,
    pub(super) args: [Arg; 3],
}

/// The template and values for `kind`: one arm per kind (and reason), no wildcard.
pub(super) fn plan(kind: &IssueKind, ctx: &Ctx, lang: Lang) -> Plan {
    use IssueKind as K;
    let n = |v: u64| count(v, lang);
    let or = |given: Option<String>, fallback| given.unwrap_or_else(|| word(fallback, lang).into());
    let (key, args) = match kind {
        K::Required => (Key::Required, [NO; 3]),
        K::Forbidden => (Key::Forbidden, [NO; 3]),
        K::Type { expected } => match type_word(expected) {
            Some(w) => (Key::Type, [("type", word(w, lang).to_owned()), NO, NO]),
            None => (Key::TypeUnknown, [NO; 3]),
        },
        K::UnknownField => (Key::UnknownField, [NO; 3]),
        K::MinLength { min, actual } => (
            if *min == 1 {
                Key::MinLengthOne
            } else {
                Key::MinLength
            },
            [("min", n(*min)), ("actual", n(*actual)), NO],
        ),
        K::MaxLength { max, actual } => (
            if *max == 1 {
                Key::MaxLengthOne
            } else {
                Key::MaxLength
            },
            [("max", n(*max)), ("actual", n(*actual)), NO],
        ),
        K::Pattern => (Key::Pattern, [NO; 3]),
        K::Minimum { min } => match bound(min, lang) {
            Bound::Number(v) => (Key::MinimumNumber, [("min", v), NO, NO]),
            Bound::Date(v) => (Key::MinimumDate, [("min", v), NO, NO]),
        },
        K::Maximum { max } => match bound(max, lang) {
            Bound::Number(v) => (Key::MaximumNumber, [("max", v), NO, NO]),
            Bound::Date(v) => (Key::MaximumDate, [("max", v), NO, NO]),
        },
        K::MinItems { min, actual } => (
            if *min == 1 {
                Key::MinItemsOne
            } else {
                Key::MinItems
            },
            [("min", n(*min)), ("actual", n(*actual)), NO],
        ),
        K::MaxItems { max, actual } => (
            if *max == 1 {
                Key::MaxItemsOne
            } else {
                Key::MaxItems
            },
            [("max", n(*max)), ("actual", n(*actual)), NO],
        ),
        K::UniqueItems { other } => {
            let twin = or(item(ctx, other, lang), Word::AnotherEntry);
            (Key::UniqueItems, [("item", twin), NO, NO])
        }
        K::Enum { .. } => (Key::Enum, [NO; 3]),
        K::Date => (Key::Date, [NO; 3]),
        K::DateOrder {
            allow_equal,
            before,
            ..
        } => {
            let o = or(other(ctx, 0, lang), Word::TheOtherDate);
            let key = match (before, allow_equal) {
                (false, false) => Key::DateAfter,
                (false, true) => Key::DateNotBefore,
                (true, false) => Key::DateBefore,
                (true, true) => Key::DateNotAfter,
            };
            (key, [("other", o), NO, NO])
        }
        K::DateWithin { start, end } => {
            let a = or(period_end(start, ctx, 0, lang), Word::TheStartDate);
            let b = or(period_end(end, ctx, 1, lang), Word::TheEndDate);
            (Key::DateWithin, [("start", a), ("end", b), NO])
        }
        K::DateWithinYear { year } => (Key::DateWithinYear, [("year", year.to_string()), NO, NO]),
        K::MaxDuration { months } => {
            let years = whole_years(*months);
            let key = match years {
                _ if *months == 1 => Key::MaxDurationMonth,
                None => Key::MaxDurationMonths,
                Some(1) => Key::MaxDurationYear,
                Some(_) => Key::MaxDurationYears,
            };
            let y = years.map(n).unwrap_or_default();
            (key, [("months", n(*months)), ("years", y), NO])
        }
        K::Overlap { other } => {
            let twin = or(item(ctx, other, lang), Word::AnotherEntry);
            (Key::Overlap, [("item", twin), NO, NO])
        }
        K::SumMismatch { expected, actual } => {
            let o = or(other(ctx, 0, lang), Word::TheAmounts);
            let (e, a) = (amount(expected, lang), amount(actual, lang));
            (
                Key::SumMismatch,
                [("other", o), ("expected", e), ("actual", a)],
            )
        }
        K::AtLeastOne { .. } => {
            let within = !ctx.label.trim().is_empty();
            let names = others(ctx, lang);
            let key = match (names.len(), within) {
                (0, false) => Key::AtLeastOne,
                (0, true) => Key::AtLeastOneIn,
                (1, false) => Key::AtLeastOneField,
                (1, true) => Key::AtLeastOneFieldIn,
                (_, false) => Key::AtLeastOneOf,
                (_, true) => Key::AtLeastOneOfIn,
            };
            let fields = join_or(&names, word(Word::Or, lang));
            (key, [("fields", fields), NO, NO])
        }
        K::MustBeTrue => (Key::MustBeTrue, [NO; 3]),
        K::Orgnr(reason) => (number_key(*reason, ORGNR_KEYS), [NO; 3]),
        K::Fodselsnummer(reason) => (fnr_key(*reason), [NO; 3]),
        K::Kontonummer(reason) => (number_key(*reason, KONTONUMMER_KEYS), [NO; 3]),
        K::Postnummer => (Key::Postnummer, [NO; 3]),
        K::Kommunenummer(reason) => kommune(reason, KOMMUNE_KEYS, lang),
        K::Fylkesnummer(reason) => kommune(reason, FYLKE_KEYS, lang),
        K::Email => (Key::Email, [NO; 3]),
        K::Phone => (Key::Phone, [NO; 3]),
        K::Deadline { deadline } => (Key::Deadline, [("deadline", date(deadline, lang)), NO, NO]),
        K::Rule { .. } => (Key::Rule, [NO; 3]),
    };
    Plan { key, args }
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

fn fnr_key(reason: FnrReason) -> Key {
    match reason {
        FnrReason::Format => Key::FnrFormat,
        FnrReason::Length => Key::FnrLength,
        FnrReason::Date => Key::FnrDate,
        FnrReason::Checksum => Key::FnrChecksum,
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
fn kommune(reason: &KommuneReason, keys: [Key; 4], lang: Lang) -> (Key, [Arg; 3]) {
    let [format, unknown, new, new_use] = keys;
    let KommuneReason::Renumbered {
        old_name,
        to,
        to_names,
    } = reason
    else {
        let key = match reason {
            KommuneReason::Format => format,
            _ => unknown,
        };
        return (key, [NO; 3]);
    };
    let old = old_name.trim();
    let key = match (old.is_empty(), to.len()) {
        (true, 0) => Key::NumberGone,
        (true, _) => Key::NumberGoneUse,
        (false, 0) => new,
        (false, 1) => new_use,
        (false, _) => Key::Split,
    };
    let numbers = successors(to, to_names, word(Word::Or, lang));
    (
        key,
        [("old_name", old.to_owned()), ("numbers", numbers), NO],
    )
}

/// The words for a field type's name ([`crate::model::FieldKind::type_name`]).
fn type_word(expected: &str) -> Option<Word> {
    Some(match expected {
        "text" => Word::TypeText,
        "integer" => Word::TypeInteger,
        "decimal" => Word::TypeDecimal,
        "boolean" => Word::TypeBoolean,
        "date" => Word::TypeDate,
        "enum" => Word::TypeEnum,
        "multi_enum" => Word::TypeMultiEnum,
        "object" => Word::TypeObject,
        "list" => Word::TypeList,
        "orgnr" => Word::TypeOrgnr,
        "fodselsnummer" => Word::TypeFodselsnummer,
        "kontonummer" => Word::TypeKontonummer,
        "kommunenummer" => Word::TypeKommunenummer,
        "fylkesnummer" => Word::TypeFylkesnummer,
        "postnummer" => Word::TypePostnummer,
        "phone" => Word::TypePhone,
        "email" => Word::TypeEmail,
        _ => return None,
    })
}
