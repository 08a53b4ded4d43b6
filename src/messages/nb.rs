//! Bokmål: every message and user-interface text, as a table of sentences.
//!
//! Style: the field's label in «», first in the sentence where it reads well;
//! "Sjekk at du har skrevet det riktig." after numbers that fail a check.
//! `{f}` is the field's label in «» ("feltet" without one), `{S}` the same with
//! a capital first letter; [`Key`] names each sentence's other placeholders.

use super::keys::{Key, Word};
use super::table::catalogue;
use super::Ui;
use crate::model::IdKind;

catalogue! {
    /// The sentence template of every message.
    pub(super) const SENTENCES: Key {
        Required => "{S} må fylles ut.",
        Forbidden => "Ut fra svarene dine skal {f} ikke fylles ut. Fjern det som står der.",
        Type => "{S} må være {type}.",
        UnknownField => "{S} hører ikke til dette skjemaet. Fjern det.",
        MinLength => "{S} må ha minst {min} tegn (nå {actual}).",
        MinLengthOne => "{S} må ha minst 1 tegn (nå {actual}).",
        MaxLength => "{S} kan ha høyst {max} tegn (nå {actual}).",
        MaxLengthOne => "{S} kan ha høyst 1 tegn (nå {actual}).",
        Pattern => "{S} har feil format. Sjekk at du har skrevet det riktig.",
        MinimumNumber => "{S} må være minst {min}.",
        MinimumDate => "{S} kan ikke være før {min}.",
        MaximumNumber => "{S} kan ikke være mer enn {max}.",
        MaximumDate => "{S} kan ikke være etter {max}.",
        MinItems => "{S} må ha minst {min} oppføringer (nå {actual}).",
        MinItemsOne => "{S} må ha minst én oppføring.",
        MaxItems => "{S} kan ha høyst {max} oppføringer (nå {actual}).",
        MaxItemsOne => "{S} kan ha høyst én oppføring (nå {actual}).",
        UniqueItems => "{S} er det samme som {item}. Fjern den ene av dem.",
        UniqueChoice => "{choice} er valgt mer enn én gang i {f}. Velg det bare én gang.",
        Enum => "Verdien i {f} er ikke ett av alternativene. Velg ett fra lista.",
        Date => "{S} må være en gyldig dato.",
        DateAfter => "{S} må være etter {other}.",
        DateNotBefore => "{S} kan ikke være før {other}.",
        DateBefore => "{S} må være før {other}.",
        DateNotAfter => "{S} kan ikke være etter {other}.",
        DateWithin => "{S} må være i perioden fra {start} til {end}.",
        DateWithinYear => "{S} må være i {year}.",
        MaxDurationMonth => "Perioden kan vare høyst {months} måned. Endre {f}.",
        MaxDurationMonths => "Perioden kan vare høyst {months} måneder. Endre {f}.",
        MaxDurationYear => "Perioden kan vare høyst {months} måneder ({years} år). Endre {f}.",
        MaxDurationYears => "Perioden kan vare høyst {months} måneder ({years} år). Endre {f}.",
        Overlap => "{S} overlapper i tid med {item}. Endre datoene så de ikke overlapper.",
        SumMismatch => "{S} må være lik summen av {other}, som er {expected}. Du har skrevet {actual}.",
        AtLeastOne => "Fyll ut minst ett av feltene.",
        AtLeastOneIn => "Fyll ut minst ett av feltene i {f}.",
        AtLeastOneField => "Fyll ut {fields}.",
        AtLeastOneFieldIn => "Fyll ut {fields} i {f}.",
        AtLeastOneOf => "Fyll ut minst ett av feltene {fields}.",
        AtLeastOneOfIn => "Fyll ut minst ett av feltene {fields} i {f}.",
        MustBeTrue => "Kryss av for {f}. Uten det kan du ikke sende inn skjemaet.",
        OrgnrFormat => "{S} kan bare inneholde siffer.",
        OrgnrLength => "{S} må ha 9 siffer.",
        OrgnrChecksum => "{S} er ikke et gyldig organisasjonsnummer. Sjekk at du har skrevet det riktig.",
        FnrFormat => "{S} kan bare inneholde siffer.",
        FnrLength => "{S} må ha 11 siffer.",
        FnrDate => "De seks første sifrene i {f} må være en gyldig fødselsdato (ddmmåå). Sjekk at du har skrevet det riktig.",
        FnrChecksum => "{S} er ikke et gyldig fødselsnummer eller D-nummer. Sjekk at du har skrevet det riktig.",
        KontonummerFormat => "{S} kan bare inneholde siffer, mellomrom og punktum.",
        KontonummerLength => "{S} må ha 11 siffer.",
        KontonummerChecksum => "{S} er ikke et gyldig kontonummer. Sjekk at du har skrevet det riktig.",
        Postnummer => "{S} må ha 4 siffer, for eksempel 0150.",
        KommuneFormat => "{S} må ha 4 siffer, for eksempel 0301 for Oslo.",
        KommuneUnknown => "{S} er ikke et kommunenummer som er i bruk. Sjekk at du har skrevet det riktig.",
        FylkeFormat => "{S} må ha 2 siffer, for eksempel 03 for Oslo.",
        FylkeUnknown => "{S} er ikke et fylkesnummer som er i bruk. Sjekk at du har skrevet det riktig.",
        NumberGone => "Nummeret er ikke i bruk fra 1. januar 2024. Skriv inn det nye nummeret i {f}.",
        NumberGoneUse => "Nummeret er ikke i bruk fra 1. januar 2024. Bruk {numbers} i {f}.",
        Split => "{old_name} ble delt 1. januar 2024. Bruk {numbers} i {f}.",
        KommuneNew => "{old_name} har fått nytt kommunenummer fra 1. januar 2024. Skriv inn det nye nummeret i {f}.",
        KommuneNewUse => "{old_name} har fått nytt kommunenummer fra 1. januar 2024. Bruk {numbers} i {f}.",
        FylkeNew => "{old_name} har fått nytt fylkesnummer fra 1. januar 2024. Skriv inn det nye nummeret i {f}.",
        FylkeNewUse => "{old_name} har fått nytt fylkesnummer fra 1. januar 2024. Bruk {numbers} i {f}.",
        Email => "{S} må være en e-postadresse i riktig format, for eksempel navn@example.com.",
        Phone => "{S} må være et norsk telefonnummer med 8 siffer, med eller uten +47 foran.",
        Deadline => "{S} er etter fristen, som var {deadline}. Det som kommer inn for sent, blir kanskje ikke behandlet.",
        Rule => "{S} oppfyller ikke et krav i skjemaet. Sjekk det du har fylt ut.",
    }
}

catalogue! {
    /// The words put into placeholders.
    pub(super) const WORDS: Word {
        Field => "feltet",
        Or => "eller",
        AnotherEntry => "en annen oppføring",
        TheOtherDate => "den andre datoen",
        TheStartDate => "startdatoen",
        TheEndDate => "sluttdatoen",
        TheAmounts => "beløpene",
        TypeText => "en tekst",
        TypeInteger => "et heltall",
        TypeDecimal => "et tall",
        TypeBoolean => "ja eller nei",
        TypeDate => "en dato",
        TypeEnum => "ett av alternativene",
        TypeMultiEnum => "ett eller flere av alternativene",
        TypeObject => "en gruppe med felt",
        TypeList => "en liste",
        TypeOrgnr => "et organisasjonsnummer",
        TypeFodselsnummer => "et fødselsnummer eller D-nummer",
        TypeKontonummer => "et kontonummer",
        TypeKommunenummer => "et kommunenummer",
        TypeFylkesnummer => "et fylkesnummer",
        TypePostnummer => "et postnummer",
        TypePhone => "et telefonnummer",
        TypeEmail => "en e-postadresse",
    }
}

catalogue! {
    /// The fixed texts of the user interface.
    pub(super) const UI: Ui {
        ErrorSummaryHeading => "For å gå videre må du rette opp følgende feil",
        WarningSummaryHeading => "Dette bør du se på før du sender inn",
        ErrorPrefix => "Feil:",
        WarningPrefix => "Advarsel:",
        OptionalMarker => "valgfritt",
        RequiredMarker => "må fylles ut",
        AllRequiredNote => "Alle felt må fylles ut, med mindre de er merket som valgfrie.",
        AddRow => "Legg til",
        RemoveRow => "Fjern",
        Submit => "Send inn",
        Next => "Neste",
        Back => "Tilbake",
        Loading => "Laster skjemaet …",
        ServerChecking => "Sjekker skjemaet …",
        ServerValid => "Skjemaet er sjekket, og alt er i orden.",
        ServerInvalid => "Skjemaet har feil som må rettes før det kan sendes inn.",
        ServerUnreachable => "Vi fikk ikke kontakt med tjenesten. Prøv igjen om litt.",
        ServerStale => "Skjemaet er endret etter at du åpnet det. Last inn siden på nytt, så sjekker vi det igjen.",
        LanguageName => "Bokmål",
        ChooseLanguage => "Velg språk",
        Yes => "Ja",
        No => "Nei",
        SelectPlaceholder => "Velg …",
        ItemNumber => "{label} {n}",
        CharacterCount => "{n} av {max} tegn",
        SkipToContent => "Hopp til hovedinnholdet",
    }
}

/// An identifier type named as a label (`skjemasjekk check` puts it in its messages).
pub(super) fn id_label(kind: IdKind) -> &'static str {
    match kind {
        IdKind::Orgnr => "Organisasjonsnummer",
        IdKind::Fodselsnummer => "Fødselsnummer",
        IdKind::Kontonummer => "Kontonummer",
        IdKind::Kommunenummer => "Kommunenummer",
        IdKind::Fylkesnummer => "Fylkesnummer",
        IdKind::Postnummer => "Postnummer",
        IdKind::Phone => "Telefonnummer",
        IdKind::Email => "E-postadresse",
    }
}
