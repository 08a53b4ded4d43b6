//! Nynorsk: every message and user-interface text, as a table of sentences.
//!
//! Style: the field's label in «», first in the sentence where it reads well;
//! "Sjekk at du har skrive det rett." after numbers that fail a check.
//! Written as nynorsk, not bokmål with words swapped: e-infinitive (vere, sende),
//! feminine forms (ei oppføring, ei e-postadresse), "til dømes", "frå", "ikkje".
//! `{f}` is the field's label in «» ("feltet" without one), `{S}` the same with
//! a capital first letter; [`Key`] names each sentence's other placeholders.

use super::keys::{Key, Word};
use super::table::catalogue;
use super::Ui;
use crate::model::IdKind;

catalogue! {
    /// The sentence template of every message.
    pub(super) const SENTENCES: Key {
        Required => "{S} må fyllast ut.",
        Forbidden => "Ut frå svara dine skal {f} ikkje fyllast ut. Fjern det som står der.",
        Type => "{S} må vere {type}.",
        UnknownField => "{S} høyrer ikkje til dette skjemaet. Fjern det.",
        MinLength => "{S} må ha minst {min} teikn (no {actual}).",
        MinLengthOne => "{S} må ha minst 1 teikn (no {actual}).",
        MaxLength => "{S} kan ha høgst {max} teikn (no {actual}).",
        MaxLengthOne => "{S} kan ha høgst 1 teikn (no {actual}).",
        Pattern => "{S} har feil format. Sjekk at du har skrive det rett.",
        MinimumNumber => "{S} må vere minst {min}.",
        MinimumDate => "{S} kan ikkje vere før {min}.",
        MaximumNumber => "{S} kan ikkje vere meir enn {max}.",
        MaximumDate => "{S} kan ikkje vere etter {max}.",
        MinItems => "{S} må ha minst {min} oppføringar (no {actual}).",
        MinItemsOne => "{S} må ha minst éi oppføring.",
        MaxItems => "{S} kan ha høgst {max} oppføringar (no {actual}).",
        MaxItemsOne => "{S} kan ha høgst éi oppføring (no {actual}).",
        UniqueItems => "{S} er det same som {item}. Fjern den eine av dei.",
        UniqueChoice => "{choice} er vald meir enn éin gong i {f}. Vel det berre éin gong.",
        Enum => "Verdien i {f} er ikkje eitt av alternativa. Vel eitt frå lista.",
        Date => "{S} må vere ein gyldig dato.",
        DateAfter => "{S} må vere etter {other}.",
        DateNotBefore => "{S} kan ikkje vere før {other}.",
        DateBefore => "{S} må vere før {other}.",
        DateNotAfter => "{S} kan ikkje vere etter {other}.",
        DateWithin => "{S} må vere i perioden frå {start} til {end}.",
        DateWithinYear => "{S} må vere i {year}.",
        MaxDurationMonth => "Perioden kan vare høgst {months} månad. Endre {f}.",
        MaxDurationMonths => "Perioden kan vare høgst {months} månader. Endre {f}.",
        MaxDurationYear => "Perioden kan vare høgst {months} månader ({years} år). Endre {f}.",
        MaxDurationYears => "Perioden kan vare høgst {months} månader ({years} år). Endre {f}.",
        Overlap => "{S} overlappar i tid med {item}. Endre datoane så dei ikkje overlappar.",
        SumMismatch => "{S} må vere lik summen av {other}, som er {expected}. Du har skrive {actual}.",
        AtLeastOne => "Fyll ut minst eitt av felta.",
        AtLeastOneIn => "Fyll ut minst eitt av felta i {f}.",
        AtLeastOneField => "Fyll ut {fields}.",
        AtLeastOneFieldIn => "Fyll ut {fields} i {f}.",
        AtLeastOneOf => "Fyll ut minst eitt av felta {fields}.",
        AtLeastOneOfIn => "Fyll ut minst eitt av felta {fields} i {f}.",
        MustBeTrue => "Kryss av for {f}. Utan det kan du ikkje sende inn skjemaet.",
        OrgnrFormat => "{S} kan berre innehalde siffer.",
        OrgnrLength => "{S} må vere på 9 siffer.",
        OrgnrChecksum => "{S} er ikkje eit gyldig organisasjonsnummer. Sjekk at du har skrive det rett.",
        FnrFormat => "{S} kan berre innehalde siffer.",
        FnrLength => "{S} må vere på 11 siffer.",
        FnrDate => "Dei seks første sifra i {f} må vere ein gyldig fødselsdato (ddmmåå). Sjekk at du har skrive det rett.",
        FnrChecksum => "{S} er ikkje eit gyldig fødselsnummer eller D-nummer. Sjekk at du har skrive det rett.",
        KontonummerFormat => "{S} kan berre innehalde siffer, mellomrom og punktum.",
        KontonummerLength => "{S} må vere på 11 siffer.",
        KontonummerChecksum => "{S} er ikkje eit gyldig kontonummer. Sjekk at du har skrive det rett.",
        Postnummer => "{S} må vere på 4 siffer, til dømes 0150.",
        KommuneFormat => "{S} må vere på 4 siffer, til dømes 0301 for Oslo.",
        KommuneUnknown => "{S} er ikkje eit kommunenummer som er i bruk. Sjekk at du har skrive det rett.",
        FylkeFormat => "{S} må vere på 2 siffer, til dømes 03 for Oslo.",
        FylkeUnknown => "{S} er ikkje eit fylkesnummer som er i bruk. Sjekk at du har skrive det rett.",
        NumberGone => "Nummeret er ikkje i bruk frå 1. januar 2024. Skriv inn det nye nummeret i {f}.",
        NumberGoneUse => "Nummeret er ikkje i bruk frå 1. januar 2024. Bruk {numbers} i {f}.",
        Split => "{old_name} vart delt 1. januar 2024. Bruk {numbers} i {f}.",
        KommuneNew => "{old_name} har fått nytt kommunenummer frå 1. januar 2024. Skriv inn det nye nummeret i {f}.",
        KommuneNewUse => "{old_name} har fått nytt kommunenummer frå 1. januar 2024. Bruk {numbers} i {f}.",
        FylkeNew => "{old_name} har fått nytt fylkesnummer frå 1. januar 2024. Skriv inn det nye nummeret i {f}.",
        FylkeNewUse => "{old_name} har fått nytt fylkesnummer frå 1. januar 2024. Bruk {numbers} i {f}.",
        Email => "{S} må vere ei e-postadresse i rett format, til dømes namn@example.com.",
        Phone => "{S} må vere eit norsk telefonnummer med 8 siffer, med eller utan +47 framfor.",
        Deadline => "{S} er etter fristen, som var {deadline}. Det som kjem inn for seint, blir kanskje ikkje behandla.",
        Rule => "{S} oppfyller ikkje eit krav i skjemaet. Sjekk det du har fylt ut.",
    }
}

catalogue! {
    /// The words put into placeholders.
    pub(super) const WORDS: Word {
        Field => "feltet",
        Or => "eller",
        AnotherEntry => "ei anna oppføring",
        TheOtherDate => "den andre datoen",
        TheStartDate => "startdatoen",
        TheEndDate => "sluttdatoen",
        TheAmounts => "beløpa",
        TypeText => "ein tekst",
        TypeInteger => "eit heiltal",
        TypeDecimal => "eit tal",
        TypeBoolean => "ja eller nei",
        TypeDate => "ein dato",
        TypeEnum => "eitt av alternativa",
        TypeMultiEnum => "eitt eller fleire av alternativa",
        TypeObject => "ei gruppe med felt",
        TypeList => "ei liste",
        TypeOrgnr => "eit organisasjonsnummer",
        TypeFodselsnummer => "eit fødselsnummer eller D-nummer",
        TypeKontonummer => "eit kontonummer",
        TypeKommunenummer => "eit kommunenummer",
        TypeFylkesnummer => "eit fylkesnummer",
        TypePostnummer => "eit postnummer",
        TypePhone => "eit telefonnummer",
        TypeEmail => "ei e-postadresse",
    }
}

catalogue! {
    /// The fixed texts of the user interface.
    pub(super) const UI: Ui {
        ErrorSummaryHeading => "For å gå vidare må du rette opp følgjande feil",
        WarningSummaryHeading => "Dette bør du sjå på før du sender inn",
        ErrorPrefix => "Feil:",
        WarningPrefix => "Åtvaring:",
        OptionalMarker => "valfritt",
        RequiredMarker => "må fyllast ut",
        AllRequiredNote => "Alle felt må fyllast ut, med mindre dei er merkte som valfrie.",
        AddRow => "Legg til",
        RemoveRow => "Fjern",
        Submit => "Send inn",
        Next => "Neste",
        Back => "Tilbake",
        Loading => "Lastar skjemaet …",
        ServerChecking => "Sjekkar skjemaet …",
        ServerValid => "Skjemaet er sjekka, og alt er i orden.",
        ServerInvalid => "Skjemaet har feil som må rettast før det kan sendast inn.",
        ServerUnreachable => "Vi fekk ikkje kontakt med tenesta. Prøv igjen om litt.",
        ServerStale => "Skjemaet er endra etter at du opna det. Last inn sida på nytt, så sjekkar vi det igjen.",
        LanguageName => "Nynorsk",
        ChooseLanguage => "Vel språk",
        Yes => "Ja",
        No => "Nei",
        SelectPlaceholder => "Vel …",
        ItemNumber => "{label} {n}",
        CharacterCount => "{n} av {max} teikn",
        SkipToContent => "Hopp til hovudinnhaldet",
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
