//! English (plain British English, GOV.UK style): every message and
//! user-interface text.
//!
//! Style: the field's label in “”, first in the sentence where it reads well;
//! "Check that you have entered it correctly." after numbers that fail a check.

use super::parts::{
    amount, bound, capitalise, count, date, field, item, join_or, other, others, period_end,
    successors, whole_years, Bound,
};
use super::{Ctx, Ui};
use crate::lang::Lang;
use crate::no::{FnrReason, KommuneReason, NumberReason};
use crate::report::IssueKind;

const L: Lang = Lang::En;
const CHECK: &str = "Check that you have entered it correctly.";

/// "1 character", "5 characters".
fn chars(n: u64) -> String {
    format!(
        "{} {}",
        count(n, L),
        if n == 1 { "character" } else { "characters" }
    )
}

pub(super) fn render(kind: &IssueKind, ctx: &Ctx) -> String {
    let f = field(ctx, L, "this field");
    let s = capitalise(&f);
    match kind {
        IssueKind::Required => format!("Fill in {f}."),
        IssueKind::Forbidden => format!(
            "Based on your other answers, {f} must be left empty. Remove what you have entered."
        ),
        IssueKind::Type { expected } => match type_name(expected) {
            Some(what) => format!("{s} must be {what}."),
            None => format!("{s} is not filled in correctly. Check what you have entered."),
        },
        IssueKind::UnknownField => format!("{s} is not part of this form. Remove it."),
        IssueKind::MinLength { min, actual } => format!(
            "{s} must be {} or more (you have {}).",
            chars(*min),
            count(*actual, L)
        ),
        IssueKind::MaxLength { max, actual } => format!(
            "{s} must be {} or fewer (you have {}).",
            chars(*max),
            count(*actual, L)
        ),
        IssueKind::Pattern => format!("{s} is not in the right format. {CHECK}"),
        IssueKind::Minimum { min } => match bound(min, L) {
            Bound::Number(n) => format!("{s} must be {n} or more."),
            Bound::Date(d) => format!("{s} must be the same as or after {d}."),
        },
        IssueKind::Maximum { max } => match bound(max, L) {
            Bound::Number(n) => format!("{s} must be {n} or less."),
            Bound::Date(d) => format!("{s} must be the same as or before {d}."),
        },
        IssueKind::MinItems { min: 1, .. } => format!("{s} must have at least one entry."),
        IssueKind::MinItems { min, actual } => format!(
            "{s} must have at least {} entries (you have {}).",
            count(*min, L),
            count(*actual, L)
        ),
        IssueKind::MaxItems { max: 1, actual } => format!(
            "{s} can have no more than one entry (you have {}).",
            count(*actual, L)
        ),
        IssueKind::MaxItems { max, actual } => format!(
            "{s} can have no more than {} entries (you have {}).",
            count(*max, L),
            count(*actual, L)
        ),
        IssueKind::UniqueItems { other } => {
            let twin = item(ctx, other, L).unwrap_or_else(|| "another entry".into());
            format!("{s} is the same as {twin}. Remove one of them.")
        }
        IssueKind::Enum { .. } => {
            format!("The answer in {f} is not one of the options. Select one from the list.")
        }
        IssueKind::Date => format!("{s} must be a real date."),
        IssueKind::DateOrder {
            allow_equal,
            before,
            ..
        } => {
            let o = other(ctx, 0, L).unwrap_or_else(|| "the other date".into());
            match (before, allow_equal) {
                (false, false) => format!("{s} must be after {o}."),
                (false, true) => format!("{s} must be the same as or after {o}."),
                (true, false) => format!("{s} must be before {o}."),
                (true, true) => format!("{s} must be the same as or before {o}."),
            }
        }
        IssueKind::DateWithin { start, end } => {
            let a = period_end(start, ctx, 0, L).unwrap_or_else(|| "the start date".into());
            let b = period_end(end, ctx, 1, L).unwrap_or_else(|| "the end date".into());
            format!("{s} must be between {a} and {b}.")
        }
        IssueKind::DateWithinYear { year } => format!("{s} must be in {year}."),
        IssueKind::MaxDuration { months } => {
            let unit = if *months == 1 { "month" } else { "months" };
            let years = match whole_years(*months) {
                Some(1) => String::from(" (1 year)"),
                Some(y) => format!(" ({} years)", count(y, L)),
                None => String::new(),
            };
            let m = count(*months, L);
            format!("The period can be no longer than {m} {unit}{years}. Change {f}.")
        }
        IssueKind::Overlap { other } => {
            let twin = item(ctx, other, L).unwrap_or_else(|| "another entry".into());
            format!("{s} overlaps with {twin}. Change the dates so they do not overlap.")
        }
        IssueKind::SumMismatch { expected, actual } => {
            let o = other(ctx, 0, L).unwrap_or_else(|| "the amounts".into());
            let (e, a) = (amount(expected, L), amount(actual, L));
            format!("{s} must equal the total of {o}, which is {e}. You have entered {a}.")
        }
        IssueKind::AtLeastOne { .. } => {
            let within = if ctx.label.trim().is_empty() {
                String::new()
            } else {
                format!(" in {f}")
            };
            match others(ctx, L).as_slice() {
                [] => format!("Fill in at least one of the fields{within}."),
                [one] => format!("Fill in {one}{within}."),
                names => format!("Fill in at least one of {}{within}.", join_or(names, "or")),
            }
        }
        IssueKind::MustBeTrue => {
            format!("Tick {f}. You cannot submit the form until you do.")
        }
        IssueKind::Orgnr(reason) => match reason {
            NumberReason::Format => format!("{s} must only include numbers."),
            NumberReason::Length => format!("{s} must be 9 digits."),
            NumberReason::Checksum => format!("{s} is not a valid organisation number. {CHECK}"),
        },
        IssueKind::Fodselsnummer(reason) => match reason {
            FnrReason::Format => format!("{s} must only include numbers."),
            FnrReason::Length => format!("{s} must be 11 digits."),
            FnrReason::Date => format!(
                "The first 6 digits of {f} must be a real date of birth (DDMMYY). {CHECK}"
            ),
            FnrReason::Checksum => format!(
                "{s} is not a valid national identity number or D number. {CHECK}"
            ),
        },
        IssueKind::Kontonummer(reason) => match reason {
            NumberReason::Format => {
                format!("{s} must only include numbers, spaces and full stops.")
            }
            NumberReason::Length => format!("{s} must be 11 digits."),
            NumberReason::Checksum => format!("{s} is not a valid bank account number. {CHECK}"),
        },
        IssueKind::Postnummer => format!("{s} must be 4 digits, like 0150."),
        IssueKind::Kommunenummer(reason) => match reason {
            KommuneReason::Format => format!("{s} must be 4 digits, like 0301 for Oslo."),
            KommuneReason::Unknown => {
                format!("{s} is not a municipality number that is in use. {CHECK}")
            }
            KommuneReason::Renumbered {
                old_name,
                to,
                to_names,
            } => renumbered(old_name, to, to_names, "municipality number", &f),
        },
        IssueKind::Fylkesnummer(reason) => match reason {
            KommuneReason::Format => format!("{s} must be 2 digits, like 03 for Oslo."),
            KommuneReason::Unknown => {
                format!("{s} is not a county number that is in use. {CHECK}")
            }
            KommuneReason::Renumbered {
                old_name,
                to,
                to_names,
            } => renumbered(old_name, to, to_names, "county number", &f),
        },
        IssueKind::Email => format!(
            "{s} must be an email address in the correct format, like name@example.com."
        ),
        IssueKind::Phone => format!(
            "{s} must be a Norwegian phone number with 8 digits, with or without +47 in front."
        ),
        IssueKind::Deadline { deadline } => format!(
            "{s} is after the deadline, which was {}. Anything that arrives late may not be considered.",
            date(deadline, L)
        ),
        IssueKind::Rule { .. } => {
            format!("{s} does not meet a requirement of this form. Check what you have entered.")
        }
    }
}

/// A kommune or fylke that got a new number (or was split) on 1 January 2024.
fn renumbered(old: &str, to: &[String], names: &[String], noun: &str, f: &str) -> String {
    let when = date("2024-01-01", L);
    let old = old.trim();
    let head = if old.is_empty() {
        format!("This number has not been used since {when}.")
    } else if to.len() > 1 {
        format!("{old} was split up on {when}.")
    } else {
        format!("{old} got a new {noun} on {when}.")
    };
    if to.is_empty() {
        format!("{head} Enter the new number in {f}.")
    } else {
        format!("{head} Use {} in {f}.", successors(to, names, "or"))
    }
}

/// A field type in words, as the complement of "must be".
fn type_name(expected: &str) -> Option<&'static str> {
    Some(match expected {
        "text" => "text",
        "integer" => "a whole number",
        "decimal" => "a number",
        "boolean" => "yes or no",
        "date" => "a date",
        "enum" => "one of the options",
        "multi_enum" => "one or more of the options",
        "object" => "a group of fields",
        "list" => "a list",
        "orgnr" => "an organisation number",
        "fodselsnummer" => "a national identity number or D number",
        "kontonummer" => "a bank account number",
        "kommunenummer" => "a municipality number",
        "fylkesnummer" => "a county number",
        "postnummer" => "a postcode",
        "phone" => "a phone number",
        "email" => "an email address",
        _ => return None,
    })
}

pub(super) fn ui(key: Ui) -> &'static str {
    match key {
        Ui::ErrorSummaryHeading => "There is a problem",
        Ui::WarningSummaryHeading => "Check these before you submit",
        Ui::ErrorPrefix => "Error:",
        Ui::WarningPrefix => "Warning:",
        Ui::OptionalMarker => "optional",
        Ui::RequiredMarker => "required",
        Ui::AllRequiredNote => "All fields are required unless marked as optional.",
        Ui::AddRow => "Add",
        Ui::RemoveRow => "Remove",
        Ui::Submit => "Submit",
        Ui::Next => "Continue",
        Ui::Back => "Back",
        Ui::Loading => "Loading the form …",
        Ui::ServerChecking => "Checking the form …",
        Ui::ServerValid => "The form has been checked and everything is in order.",
        Ui::ServerInvalid => "The form has errors that must be fixed before it can be submitted.",
        Ui::ServerUnreachable => "We could not reach the service. Try again in a few minutes.",
        Ui::ServerStale => {
            "The form has changed since you opened it. Reload the page and we will check it again."
        }
        Ui::LanguageName => "English",
        Ui::ChooseLanguage => "Choose language",
        Ui::Yes => "Yes",
        Ui::No => "No",
        Ui::SelectPlaceholder => "Select …",
        Ui::ItemNumber => "{label} {n}",
        Ui::CharacterCount => "{n} of {max} characters",
        Ui::SkipToContent => "Skip to main content",
    }
}
