//! Bokmål: every message and user-interface text.
//!
//! Style: the field's label in «», first in the sentence where it reads well;
//! "Sjekk at du har skrevet det riktig." after numbers that fail a check.

use super::parts::{
    amount, bound, capitalise, count, date, field, item, join_or, other, others, period_end,
    successors, whole_years, Bound,
};
use super::{Ctx, Ui};
use crate::lang::Lang;
use crate::no::{FnrReason, KommuneReason, NumberReason};
use crate::report::IssueKind;

const L: Lang = Lang::Nb;
const CHECK: &str = "Sjekk at du har skrevet det riktig.";

pub(super) fn render(kind: &IssueKind, ctx: &Ctx) -> String {
    let f = field(ctx, L, "feltet");
    let s = capitalise(&f);
    match kind {
        IssueKind::Required => format!("{s} må fylles ut."),
        IssueKind::Forbidden => {
            format!("Ut fra svarene dine skal {f} ikke fylles ut. Fjern det som står der.")
        }
        IssueKind::Type { expected } => match type_name(expected) {
            Some(what) => format!("{s} må være {what}."),
            None => format!("{s} er fylt ut på feil måte. Sjekk det du har skrevet."),
        },
        IssueKind::UnknownField => format!("{s} hører ikke til dette skjemaet. Fjern det."),
        IssueKind::MinLength { min, actual } => {
            format!("{s} må ha minst {} tegn (nå {}).", count(*min, L), count(*actual, L))
        }
        IssueKind::MaxLength { max, actual } => {
            format!("{s} kan ha høyst {} tegn (nå {}).", count(*max, L), count(*actual, L))
        }
        IssueKind::Pattern => format!("{s} har feil format. {CHECK}"),
        IssueKind::Minimum { min } => match bound(min, L) {
            Bound::Number(n) => format!("{s} må være minst {n}."),
            Bound::Date(d) => format!("{s} kan ikke være før {d}."),
        },
        IssueKind::Maximum { max } => match bound(max, L) {
            Bound::Number(n) => format!("{s} kan ikke være mer enn {n}."),
            Bound::Date(d) => format!("{s} kan ikke være etter {d}."),
        },
        IssueKind::MinItems { min: 1, .. } => format!("{s} må ha minst én oppføring."),
        IssueKind::MinItems { min, actual } => format!(
            "{s} må ha minst {} oppføringer (nå {}).",
            count(*min, L),
            count(*actual, L)
        ),
        IssueKind::MaxItems { max: 1, actual } => {
            format!("{s} kan ha høyst én oppføring (nå {}).", count(*actual, L))
        }
        IssueKind::MaxItems { max, actual } => format!(
            "{s} kan ha høyst {} oppføringer (nå {}).",
            count(*max, L),
            count(*actual, L)
        ),
        IssueKind::UniqueItems { other } => {
            let twin = item(ctx, other, L).unwrap_or_else(|| "en annen oppføring".into());
            format!("{s} er det samme som {twin}. Fjern den ene av dem.")
        }
        IssueKind::Enum { .. } => {
            format!("Verdien i {f} er ikke ett av alternativene. Velg ett fra lista.")
        }
        IssueKind::Date => format!("{s} må være en gyldig dato."),
        IssueKind::DateOrder {
            allow_equal,
            before,
            ..
        } => {
            let o = other(ctx, 0, L).unwrap_or_else(|| "den andre datoen".into());
            match (before, allow_equal) {
                (false, false) => format!("{s} må være etter {o}."),
                (false, true) => format!("{s} kan ikke være før {o}."),
                (true, false) => format!("{s} må være før {o}."),
                (true, true) => format!("{s} kan ikke være etter {o}."),
            }
        }
        IssueKind::DateWithin { start, end } => {
            let a = period_end(start, ctx, 0, L).unwrap_or_else(|| "startdatoen".into());
            let b = period_end(end, ctx, 1, L).unwrap_or_else(|| "sluttdatoen".into());
            format!("{s} må være i perioden fra {a} til {b}.")
        }
        IssueKind::DateWithinYear { year } => format!("{s} må være i {year}."),
        IssueKind::MaxDuration { months } => {
            let unit = if *months == 1 { "måned" } else { "måneder" };
            let years = match whole_years(*months) {
                Some(y) => format!(" ({} år)", count(y, L)),
                None => String::new(),
            };
            let m = count(*months, L);
            format!("Perioden kan vare høyst {m} {unit}{years}. Endre {f}.")
        }
        IssueKind::Overlap { other } => {
            let twin = item(ctx, other, L).unwrap_or_else(|| "en annen oppføring".into());
            format!("{s} overlapper i tid med {twin}. Endre datoene så de ikke overlapper.")
        }
        IssueKind::SumMismatch { expected, actual } => {
            let o = other(ctx, 0, L).unwrap_or_else(|| "beløpene".into());
            let (e, a) = (amount(expected, L), amount(actual, L));
            format!("{s} må være lik summen av {o}, som er {e}. Du har skrevet {a}.")
        }
        IssueKind::AtLeastOne { .. } => {
            let within = if ctx.label.trim().is_empty() {
                String::new()
            } else {
                format!(" i {f}")
            };
            match others(ctx, L).as_slice() {
                [] => format!("Fyll ut minst ett av feltene{within}."),
                [one] => format!("Fyll ut {one}{within}."),
                names => format!(
                    "Fyll ut minst ett av feltene {}{within}.",
                    join_or(names, "eller")
                ),
            }
        }
        IssueKind::MustBeTrue => {
            format!("Kryss av for {f}. Uten det kan du ikke sende inn skjemaet.")
        }
        IssueKind::Orgnr(reason) => match reason {
            NumberReason::Format => format!("{s} kan bare inneholde siffer."),
            NumberReason::Length => format!("{s} må ha 9 siffer."),
            NumberReason::Checksum => {
                format!("{s} er ikke et gyldig organisasjonsnummer. {CHECK}")
            }
        },
        IssueKind::Fodselsnummer(reason) => match reason {
            FnrReason::Format => format!("{s} kan bare inneholde siffer."),
            FnrReason::Length => format!("{s} må ha 11 siffer."),
            FnrReason::Date => format!(
                "De seks første sifrene i {f} må være en gyldig fødselsdato (ddmmåå). {CHECK}"
            ),
            FnrReason::Checksum => {
                format!("{s} er ikke et gyldig fødselsnummer eller D-nummer. {CHECK}")
            }
        },
        IssueKind::Kontonummer(reason) => match reason {
            NumberReason::Format => {
                format!("{s} kan bare inneholde siffer, mellomrom og punktum.")
            }
            NumberReason::Length => format!("{s} må ha 11 siffer."),
            NumberReason::Checksum => format!("{s} er ikke et gyldig kontonummer. {CHECK}"),
        },
        IssueKind::Postnummer => format!("{s} må ha 4 siffer, for eksempel 0150."),
        IssueKind::Kommunenummer(reason) => match reason {
            KommuneReason::Format => {
                format!("{s} må ha 4 siffer, for eksempel 0301 for Oslo.")
            }
            KommuneReason::Unknown => {
                format!("{s} er ikke et kommunenummer som er i bruk. {CHECK}")
            }
            KommuneReason::Renumbered {
                old_name,
                to,
                to_names,
            } => renumbered(old_name, to, to_names, "kommunenummer", &f),
        },
        IssueKind::Fylkesnummer(reason) => match reason {
            KommuneReason::Format => format!("{s} må ha 2 siffer, for eksempel 03 for Oslo."),
            KommuneReason::Unknown => {
                format!("{s} er ikke et fylkesnummer som er i bruk. {CHECK}")
            }
            KommuneReason::Renumbered {
                old_name,
                to,
                to_names,
            } => renumbered(old_name, to, to_names, "fylkesnummer", &f),
        },
        IssueKind::Email => format!(
            "{s} må være en e-postadresse i riktig format, for eksempel navn@example.com."
        ),
        IssueKind::Phone => format!(
            "{s} må være et norsk telefonnummer med 8 siffer, med eller uten +47 foran."
        ),
        IssueKind::Deadline { deadline } => format!(
            "{s} er etter fristen, som var {}. Det som kommer inn for sent, blir kanskje ikke behandlet.",
            date(deadline, L)
        ),
        IssueKind::Rule { .. } => {
            format!("{s} oppfyller ikke et krav i skjemaet. Sjekk det du har fylt ut.")
        }
    }
}

/// A kommune or fylke that got a new number (or was split) on 1 January 2024.
fn renumbered(old: &str, to: &[String], names: &[String], noun: &str, f: &str) -> String {
    let when = date("2024-01-01", L);
    let old = old.trim();
    let head = if old.is_empty() {
        format!("Nummeret er ikke i bruk fra {when}.")
    } else if to.len() > 1 {
        format!("{old} ble delt {when}.")
    } else {
        format!("{old} har fått nytt {noun} fra {when}.")
    };
    if to.is_empty() {
        format!("{head} Skriv inn det nye nummeret i {f}.")
    } else {
        format!("{head} Bruk {} i {f}.", successors(to, names, "eller"))
    }
}

/// A field type in words, as the complement of "må være".
fn type_name(expected: &str) -> Option<&'static str> {
    Some(match expected {
        "text" => "en tekst",
        "integer" => "et heltall",
        "decimal" => "et tall",
        "boolean" => "ja eller nei",
        "date" => "en dato",
        "enum" => "ett av alternativene",
        "multi_enum" => "ett eller flere av alternativene",
        "object" => "en gruppe med felt",
        "list" => "en liste",
        "orgnr" => "et organisasjonsnummer",
        "fodselsnummer" => "et fødselsnummer eller D-nummer",
        "kontonummer" => "et kontonummer",
        "kommunenummer" => "et kommunenummer",
        "fylkesnummer" => "et fylkesnummer",
        "postnummer" => "et postnummer",
        "phone" => "et telefonnummer",
        "email" => "en e-postadresse",
        _ => return None,
    })
}

pub(super) fn ui(key: Ui) -> &'static str {
    match key {
        Ui::ErrorSummaryHeading => "For å gå videre må du rette opp følgende feil",
        Ui::WarningSummaryHeading => "Dette bør du se på før du sender inn",
        Ui::ErrorPrefix => "Feil:",
        Ui::WarningPrefix => "Advarsel:",
        Ui::OptionalMarker => "valgfritt",
        Ui::RequiredMarker => "må fylles ut",
        Ui::AllRequiredNote => "Alle felt må fylles ut, med mindre de er merket som valgfrie.",
        Ui::AddRow => "Legg til",
        Ui::RemoveRow => "Fjern",
        Ui::Submit => "Send inn",
        Ui::Next => "Neste",
        Ui::Back => "Tilbake",
        Ui::Loading => "Laster skjemaet …",
        Ui::ServerChecking => "Sjekker skjemaet …",
        Ui::ServerValid => "Skjemaet er sjekket, og alt er i orden.",
        Ui::ServerInvalid => "Skjemaet har feil som må rettes før det kan sendes inn.",
        Ui::ServerUnreachable => "Vi fikk ikke kontakt med tjenesten. Prøv igjen om litt.",
        Ui::ServerStale => {
            "Skjemaet er endret etter at du åpnet det. Last inn siden på nytt, så sjekker vi det igjen."
        }
        Ui::LanguageName => "Bokmål",
        Ui::ChooseLanguage => "Velg språk",
        Ui::Yes => "Ja",
        Ui::No => "Nei",
        Ui::SelectPlaceholder => "Velg …",
        Ui::ItemNumber => "{label} {n}",
        Ui::CharacterCount => "{n} av {max} tegn",
        Ui::SkipToContent => "Hopp til hovedinnholdet",
    }
}
