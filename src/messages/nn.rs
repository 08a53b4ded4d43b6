//! Nynorsk: every message and user-interface text, as a table of sentences.
//!
//! Style: the field's label in «», first in the sentence where it reads well;
//! "Sjekk at du har skrive det rett." after numbers that fail a check.
//! Written as nynorsk, not bokmål with words swapped: e-infinitive (vere, sende),
//! feminine forms (ei oppføring, ei e-postadresse), "til dømes", "frå", "ikkje".
//! `{f}` is the field's label in «» ("feltet" without one), `{S}` the same with
//! a capital first letter; [`Key`] names each sentence's other placeholders.

use super::keys::{Key, Word};
use super::Ui;

pub(super) fn sentence(key: Key) -> &'static str {
    match key {
        Key::Required => "{S} må fyllast ut.",
        Key::Forbidden => "Ut frå svara dine skal {f} ikkje fyllast ut. Fjern det som står der.",
        Key::Type => "{S} må vere {type}.",
        Key::TypeUnknown => "{S} er fylt ut på feil måte. Sjekk det du har skrive.",
        Key::UnknownField => "{S} høyrer ikkje til dette skjemaet. Fjern det.",
        Key::MinLength => "{S} må ha minst {min} teikn (no {actual}).",
        Key::MinLengthOne => "{S} må ha minst 1 teikn (no {actual}).",
        Key::MaxLength => "{S} kan ha høgst {max} teikn (no {actual}).",
        Key::MaxLengthOne => "{S} kan ha høgst 1 teikn (no {actual}).",
        Key::Pattern => "{S} har feil format. Sjekk at du har skrive det rett.",
        Key::MinimumNumber => "{S} må vere minst {min}.",
        Key::MinimumDate => "{S} kan ikkje vere før {min}.",
        Key::MaximumNumber => "{S} kan ikkje vere meir enn {max}.",
        Key::MaximumDate => "{S} kan ikkje vere etter {max}.",
        Key::MinItems => "{S} må ha minst {min} oppføringar (no {actual}).",
        Key::MinItemsOne => "{S} må ha minst éi oppføring.",
        Key::MaxItems => "{S} kan ha høgst {max} oppføringar (no {actual}).",
        Key::MaxItemsOne => "{S} kan ha høgst éi oppføring (no {actual}).",
        Key::UniqueItems => "{S} er det same som {item}. Fjern den eine av dei.",
        Key::Enum => "Verdien i {f} er ikkje eitt av alternativa. Vel eitt frå lista.",
        Key::Date => "{S} må vere ein gyldig dato.",
        Key::DateAfter => "{S} må vere etter {other}.",
        Key::DateNotBefore => "{S} kan ikkje vere før {other}.",
        Key::DateBefore => "{S} må vere før {other}.",
        Key::DateNotAfter => "{S} kan ikkje vere etter {other}.",
        Key::DateWithin => "{S} må vere i perioden frå {start} til {end}.",
        Key::DateWithinYear => "{S} må vere i {year}.",
        Key::MaxDurationMonth => "Perioden kan vare høgst {months} månad. Endre {f}.",
        Key::MaxDurationMonths => "Perioden kan vare høgst {months} månader. Endre {f}.",
        Key::MaxDurationYear => "Perioden kan vare høgst {months} månader ({years} år). Endre {f}.",
        Key::MaxDurationYears => "Perioden kan vare høgst {months} månader ({years} år). Endre {f}.",
        Key::Overlap => "{S} overlappar i tid med {item}. Endre datoane så dei ikkje overlappar.",
        Key::SumMismatch => "{S} må vere lik summen av {other}, som er {expected}. Du har skrive {actual}.",
        Key::AtLeastOne => "Fyll ut minst eitt av felta.",
        Key::AtLeastOneIn => "Fyll ut minst eitt av felta i {f}.",
        Key::AtLeastOneField => "Fyll ut {fields}.",
        Key::AtLeastOneFieldIn => "Fyll ut {fields} i {f}.",
        Key::AtLeastOneOf => "Fyll ut minst eitt av felta {fields}.",
        Key::AtLeastOneOfIn => "Fyll ut minst eitt av felta {fields} i {f}.",
        Key::MustBeTrue => "Kryss av for {f}. Utan det kan du ikkje sende inn skjemaet.",
        Key::OrgnrFormat => "{S} kan berre innehalde siffer.",
        Key::OrgnrLength => "{S} må vere på 9 siffer.",
        Key::OrgnrChecksum => "{S} er ikkje eit gyldig organisasjonsnummer. Sjekk at du har skrive det rett.",
        Key::FnrFormat => "{S} kan berre innehalde siffer.",
        Key::FnrLength => "{S} må vere på 11 siffer.",
        Key::FnrDate => "Dei seks første sifra i {f} må vere ein gyldig fødselsdato (ddmmåå). Sjekk at du har skrive det rett.",
        Key::FnrChecksum => "{S} er ikkje eit gyldig fødselsnummer eller D-nummer. Sjekk at du har skrive det rett.",
        Key::KontonummerFormat => "{S} kan berre innehalde siffer, mellomrom og punktum.",
        Key::KontonummerLength => "{S} må vere på 11 siffer.",
        Key::KontonummerChecksum => "{S} er ikkje eit gyldig kontonummer. Sjekk at du har skrive det rett.",
        Key::Postnummer => "{S} må vere på 4 siffer, til dømes 0150.",
        Key::KommuneFormat => "{S} må vere på 4 siffer, til dømes 0301 for Oslo.",
        Key::KommuneUnknown => "{S} er ikkje eit kommunenummer som er i bruk. Sjekk at du har skrive det rett.",
        Key::FylkeFormat => "{S} må vere på 2 siffer, til dømes 03 for Oslo.",
        Key::FylkeUnknown => "{S} er ikkje eit fylkesnummer som er i bruk. Sjekk at du har skrive det rett.",
        Key::NumberGone => "Nummeret er ikkje i bruk frå 1. januar 2024. Skriv inn det nye nummeret i {f}.",
        Key::NumberGoneUse => "Nummeret er ikkje i bruk frå 1. januar 2024. Bruk {numbers} i {f}.",
        Key::Split => "{old_name} vart delt 1. januar 2024. Bruk {numbers} i {f}.",
        Key::KommuneNew => "{old_name} har fått nytt kommunenummer frå 1. januar 2024. Skriv inn det nye nummeret i {f}.",
        Key::KommuneNewUse => "{old_name} har fått nytt kommunenummer frå 1. januar 2024. Bruk {numbers} i {f}.",
        Key::FylkeNew => "{old_name} har fått nytt fylkesnummer frå 1. januar 2024. Skriv inn det nye nummeret i {f}.",
        Key::FylkeNewUse => "{old_name} har fått nytt fylkesnummer frå 1. januar 2024. Bruk {numbers} i {f}.",
        Key::Email => "{S} må vere ei e-postadresse i rett format, til dømes namn@example.com.",
        Key::Phone => "{S} må vere eit norsk telefonnummer med 8 siffer, med eller utan +47 framfor.",
        Key::Deadline => "{S} er etter fristen, som var {deadline}. Det som kjem inn for seint, blir kanskje ikkje behandla.",
        Key::Rule => "{S} oppfyller ikkje eit krav i skjemaet. Sjekk det du har fylt ut.",
    }
}

pub(super) fn word(word: Word) -> &'static str {
    match word {
        Word::Field => "feltet",
        Word::Or => "eller",
        Word::AnotherEntry => "ei anna oppføring",
        Word::TheOtherDate => "den andre datoen",
        Word::TheStartDate => "startdatoen",
        Word::TheEndDate => "sluttdatoen",
        Word::TheAmounts => "beløpa",
        Word::TypeText => "ein tekst",
        Word::TypeInteger => "eit heiltal",
        Word::TypeDecimal => "eit tal",
        Word::TypeBoolean => "ja eller nei",
        Word::TypeDate => "ein dato",
        Word::TypeEnum => "eitt av alternativa",
        Word::TypeMultiEnum => "eitt eller fleire av alternativa",
        Word::TypeObject => "ei gruppe med felt",
        Word::TypeList => "ei liste",
        Word::TypeOrgnr => "eit organisasjonsnummer",
        Word::TypeFodselsnummer => "eit fødselsnummer eller D-nummer",
        Word::TypeKontonummer => "eit kontonummer",
        Word::TypeKommunenummer => "eit kommunenummer",
        Word::TypeFylkesnummer => "eit fylkesnummer",
        Word::TypePostnummer => "eit postnummer",
        Word::TypePhone => "eit telefonnummer",
        Word::TypeEmail => "ei e-postadresse",
    }
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
