//! Nynorsk: every message and user-interface text.
//!
//! Style: the field's label in «», first in the sentence where it reads well;
//! "Sjekk at du har skrive det rett." after numbers that fail a check.
//! Written as nynorsk, not bokmål with words swapped: e-infinitive (vere, sende),
//! feminine forms (ei oppføring, ei e-postadresse), "til dømes", "frå", "ikkje".

use super::parts::{
    amount, bound, capitalise, count, date, field, item, join_or, other, others, period_end,
    successors, whole_years, Bound,
};
use super::{Ctx, Ui};
use crate::lang::Lang;
use crate::no::{FnrReason, KommuneReason, NumberReason};
use crate::report::IssueKind;

const L: Lang = Lang::Nn;
const CHECK: &str = "Sjekk at du har skrive det rett.";

pub(super) fn render(kind: &IssueKind, ctx: &Ctx) -> String {
    let f = field(ctx, L, "feltet");
    let s = capitalise(&f);
    match kind {
        IssueKind::Required => format!("{s} må fyllast ut."),
        IssueKind::Forbidden => {
            format!("Ut frå svara dine skal {f} ikkje fyllast ut. Fjern det som står der.")
        }
        IssueKind::Type { expected } => match type_name(expected) {
            Some(what) => format!("{s} må vere {what}."),
            None => format!("{s} er fylt ut på feil måte. Sjekk det du har skrive."),
        },
        IssueKind::UnknownField => format!("{s} høyrer ikkje til dette skjemaet. Fjern det."),
        IssueKind::MinLength { min, actual } => {
            format!("{s} må ha minst {} teikn (no {}).", count(*min, L), count(*actual, L))
        }
        IssueKind::MaxLength { max, actual } => {
            format!("{s} kan ha høgst {} teikn (no {}).", count(*max, L), count(*actual, L))
        }
        IssueKind::Pattern => format!("{s} har feil format. {CHECK}"),
        IssueKind::Minimum { min } => match bound(min, L) {
            Bound::Number(n) => format!("{s} må vere minst {n}."),
            Bound::Date(d) => format!("{s} kan ikkje vere før {d}."),
        },
        IssueKind::Maximum { max } => match bound(max, L) {
            Bound::Number(n) => format!("{s} kan ikkje vere meir enn {n}."),
            Bound::Date(d) => format!("{s} kan ikkje vere etter {d}."),
        },
        IssueKind::MinItems { min: 1, .. } => format!("{s} må ha minst éi oppføring."),
        IssueKind::MinItems { min, actual } => format!(
            "{s} må ha minst {} oppføringar (no {}).",
            count(*min, L),
            count(*actual, L)
        ),
        IssueKind::MaxItems { max: 1, actual } => {
            format!("{s} kan ha høgst éi oppføring (no {}).", count(*actual, L))
        }
        IssueKind::MaxItems { max, actual } => format!(
            "{s} kan ha høgst {} oppføringar (no {}).",
            count(*max, L),
            count(*actual, L)
        ),
        IssueKind::UniqueItems { other } => {
            let twin = item(ctx, other, L).unwrap_or_else(|| "ei anna oppføring".into());
            format!("{s} er det same som {twin}. Fjern den eine av dei.")
        }
        IssueKind::Enum { .. } => {
            format!("Verdien i {f} er ikkje eitt av alternativa. Vel eitt frå lista.")
        }
        IssueKind::Date => format!("{s} må vere ein gyldig dato."),
        IssueKind::DateOrder {
            allow_equal,
            before,
            ..
        } => {
            let o = other(ctx, 0, L).unwrap_or_else(|| "den andre datoen".into());
            match (before, allow_equal) {
                (false, false) => format!("{s} må vere etter {o}."),
                (false, true) => format!("{s} kan ikkje vere før {o}."),
                (true, false) => format!("{s} må vere før {o}."),
                (true, true) => format!("{s} kan ikkje vere etter {o}."),
            }
        }
        IssueKind::DateWithin { start, end } => {
            let a = period_end(start, ctx, 0, L).unwrap_or_else(|| "startdatoen".into());
            let b = period_end(end, ctx, 1, L).unwrap_or_else(|| "sluttdatoen".into());
            format!("{s} må vere i perioden frå {a} til {b}.")
        }
        IssueKind::DateWithinYear { year } => format!("{s} må vere i {year}."),
        IssueKind::MaxDuration { months } => {
            let unit = if *months == 1 { "månad" } else { "månader" };
            let years = match whole_years(*months) {
                Some(y) => format!(" ({} år)", count(y, L)),
                None => String::new(),
            };
            let m = count(*months, L);
            format!("Perioden kan vare høgst {m} {unit}{years}. Endre {f}.")
        }
        IssueKind::Overlap { other } => {
            let twin = item(ctx, other, L).unwrap_or_else(|| "ei anna oppføring".into());
            format!("{s} overlappar i tid med {twin}. Endre datoane så dei ikkje overlappar.")
        }
        IssueKind::SumMismatch { expected, actual } => {
            let o = other(ctx, 0, L).unwrap_or_else(|| "beløpa".into());
            let (e, a) = (amount(expected, L), amount(actual, L));
            format!("{s} må vere lik summen av {o}, som er {e}. Du har skrive {a}.")
        }
        IssueKind::AtLeastOne { .. } => {
            let within = if ctx.label.trim().is_empty() {
                String::new()
            } else {
                format!(" i {f}")
            };
            match others(ctx, L).as_slice() {
                [] => format!("Fyll ut minst eitt av felta{within}."),
                [one] => format!("Fyll ut {one}{within}."),
                names => format!(
                    "Fyll ut minst eitt av felta {}{within}.",
                    join_or(names, "eller")
                ),
            }
        }
        IssueKind::MustBeTrue => {
            format!("Kryss av for {f}. Utan det kan du ikkje sende inn skjemaet.")
        }
        IssueKind::Orgnr(reason) => match reason {
            NumberReason::Format => format!("{s} kan berre innehalde siffer."),
            NumberReason::Length => format!("{s} må vere på 9 siffer."),
            NumberReason::Checksum => {
                format!("{s} er ikkje eit gyldig organisasjonsnummer. {CHECK}")
            }
        },
        IssueKind::Fodselsnummer(reason) => match reason {
            FnrReason::Format => format!("{s} kan berre innehalde siffer."),
            FnrReason::Length => format!("{s} må vere på 11 siffer."),
            FnrReason::Date => format!(
                "Dei seks første sifra i {f} må vere ein gyldig fødselsdato (ddmmåå). {CHECK}"
            ),
            FnrReason::Checksum => {
                format!("{s} er ikkje eit gyldig fødselsnummer eller D-nummer. {CHECK}")
            }
        },
        IssueKind::Kontonummer(reason) => match reason {
            NumberReason::Format => {
                format!("{s} kan berre innehalde siffer, mellomrom og punktum.")
            }
            NumberReason::Length => format!("{s} må vere på 11 siffer."),
            NumberReason::Checksum => format!("{s} er ikkje eit gyldig kontonummer. {CHECK}"),
        },
        IssueKind::Postnummer => format!("{s} må vere på 4 siffer, til dømes 0150."),
        IssueKind::Kommunenummer(reason) => match reason {
            KommuneReason::Format => {
                format!("{s} må vere på 4 siffer, til dømes 0301 for Oslo.")
            }
            KommuneReason::Unknown => {
                format!("{s} er ikkje eit kommunenummer som er i bruk. {CHECK}")
            }
            KommuneReason::Renumbered {
                old_name,
                to,
                to_names,
            } => renumbered(old_name, to, to_names, "kommunenummer", &f),
        },
        IssueKind::Fylkesnummer(reason) => match reason {
            KommuneReason::Format => format!("{s} må vere på 2 siffer, til dømes 03 for Oslo."),
            KommuneReason::Unknown => {
                format!("{s} er ikkje eit fylkesnummer som er i bruk. {CHECK}")
            }
            KommuneReason::Renumbered {
                old_name,
                to,
                to_names,
            } => renumbered(old_name, to, to_names, "fylkesnummer", &f),
        },
        IssueKind::Email => format!(
            "{s} må vere ei e-postadresse i rett format, til dømes namn@example.com."
        ),
        IssueKind::Phone => format!(
            "{s} må vere eit norsk telefonnummer med 8 siffer, med eller utan +47 framfor."
        ),
        IssueKind::Deadline { deadline } => format!(
            "{s} er etter fristen, som var {}. Det som kjem inn for seint, blir kanskje ikkje behandla.",
            date(deadline, L)
        ),
        IssueKind::Rule { .. } => {
            format!("{s} oppfyller ikkje eit krav i skjemaet. Sjekk det du har fylt ut.")
        }
    }
}

/// A kommune or fylke that got a new number (or was split) on 1 January 2024.
fn renumbered(old: &str, to: &[String], names: &[String], noun: &str, f: &str) -> String {
    let when = date("2024-01-01", L);
    let old = old.trim();
    let head = if old.is_empty() {
        format!("Nummeret er ikkje i bruk frå {when}.")
    } else if to.len() > 1 {
        format!("{old} vart delt {when}.")
    } else {
        format!("{old} har fått nytt {noun} frå {when}.")
    };
    if to.is_empty() {
        format!("{head} Skriv inn det nye nummeret i {f}.")
    } else {
        format!("{head} Bruk {} i {f}.", successors(to, names, "eller"))
    }
}

/// A field type in words, as the complement of "må vere".
fn type_name(expected: &str) -> Option<&'static str> {
    Some(match expected {
        "text" => "ein tekst",
        "integer" => "eit heiltal",
        "decimal" => "eit tal",
        "boolean" => "ja eller nei",
        "date" => "ein dato",
        "enum" => "eitt av alternativa",
        "multi_enum" => "eitt eller fleire av alternativa",
        "object" => "ei gruppe med felt",
        "list" => "ei liste",
        "orgnr" => "eit organisasjonsnummer",
        "fodselsnummer" => "eit fødselsnummer eller D-nummer",
        "kontonummer" => "eit kontonummer",
        "kommunenummer" => "eit kommunenummer",
        "fylkesnummer" => "eit fylkesnummer",
        "postnummer" => "eit postnummer",
        "phone" => "eit telefonnummer",
        "email" => "ei e-postadresse",
        _ => return None,
    })
}

pub(super) fn ui(key: Ui) -> &'static str {
    match key {
        Ui::ErrorSummaryHeading => "For å gå vidare må du rette opp følgjande feil",
        Ui::WarningSummaryHeading => "Dette bør du sjå på før du sender inn",
        Ui::ErrorPrefix => "Feil:",
        Ui::WarningPrefix => "Åtvaring:",
        Ui::OptionalMarker => "valfritt",
        Ui::RequiredMarker => "må fyllast ut",
        Ui::AllRequiredNote => "Alle felt må fyllast ut, med mindre dei er merkte som valfrie.",
        Ui::AddRow => "Legg til",
        Ui::RemoveRow => "Fjern",
        Ui::Submit => "Send inn",
        Ui::Next => "Neste",
        Ui::Back => "Tilbake",
        Ui::Loading => "Lastar skjemaet …",
        Ui::ServerChecking => "Sjekkar skjemaet …",
        Ui::ServerValid => "Skjemaet er sjekka, og alt er i orden.",
        Ui::ServerInvalid => "Skjemaet har feil som må rettast før det kan sendast inn.",
        Ui::ServerUnreachable => "Vi fekk ikkje kontakt med tenesta. Prøv igjen om litt.",
        Ui::ServerStale => {
            "Skjemaet er endra etter at du opna det. Last inn sida på nytt, så sjekkar vi det igjen."
        }
        Ui::LanguageName => "Nynorsk",
        Ui::ChooseLanguage => "Vel språk",
        Ui::Yes => "Ja",
        Ui::No => "Nei",
        Ui::SelectPlaceholder => "Vel …",
        Ui::ItemNumber => "{label} {n}",
        Ui::CharacterCount => "{n} av {max} teikn",
        Ui::SkipToContent => "Hopp til hovudinnhaldet",
    }
}
