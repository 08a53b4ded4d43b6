//! The exact wording of the messages people meet most, and the UI texts.

use super::samples::renumbered;
use crate::messages::*;
use crate::no::{FnrReason, NumberReason};
use crate::value::Value;

fn say(kind: IssueKind, label: &str, others: &[&str], lang: Lang) -> String {
    let choice = None;
    render(
        &kind,
        &Ctx {
            label,
            others,
            choice,
        },
        lang,
    )
}

fn all3(kind: IssueKind, label: [&str; 3], others: [&[&str]; 3]) -> [String; 3] {
    [
        say(kind.clone(), label[0], others[0], Lang::Nb),
        say(kind.clone(), label[1], others[1], Lang::Nn),
        say(kind, label[2], others[2], Lang::En),
    ]
}

const NONE: [&[&str]; 3] = [&[], &[], &[]];

#[test]
fn required_and_lengths() {
    let [nb, nn, en] = all3(IssueKind::Required, ["Tittel", "Tittel", "Title"], NONE);
    assert_eq!(nb, "«Tittel» må fylles ut.");
    assert_eq!(nn, "«Tittel» må fyllast ut.");
    assert_eq!(en, "Fill in “Title”.");
    let kind = IssueKind::MinLength { min: 5, actual: 3 };
    let [nb, nn, en] = all3(kind, ["Tittel", "Tittel", "Title"], NONE);
    assert_eq!(nb, "«Tittel» må ha minst 5 tegn (nå 3).");
    assert_eq!(nn, "«Tittel» må ha minst 5 teikn (no 3).");
    assert_eq!(en, "“Title” must be 5 characters or more (you have 3).");
    let en = say(
        IssueKind::MaxLength { max: 1, actual: 2 },
        "Code",
        &[],
        Lang::En,
    );
    assert_eq!(en, "“Code” must be 1 character or fewer (you have 2).");
}

#[test]
fn organisation_and_identity_numbers() {
    let label = [
        "Organisasjonsnummer",
        "Organisasjonsnummer",
        "Organisation number",
    ];
    let [nb, nn, en] = all3(IssueKind::Orgnr(NumberReason::Length), label, NONE);
    assert_eq!(nb, "«Organisasjonsnummer» må ha 9 siffer.");
    assert_eq!(nn, "«Organisasjonsnummer» må vere på 9 siffer.");
    assert_eq!(en, "“Organisation number” must be 9 digits.");
    let [nb, nn, _] = all3(IssueKind::Orgnr(NumberReason::Checksum), label, NONE);
    assert_eq!(
        nb,
        "«Organisasjonsnummer» er ikke et gyldig organisasjonsnummer. \
         Sjekk at du har skrevet det riktig."
    );
    assert_eq!(
        nn,
        "«Organisasjonsnummer» er ikkje eit gyldig organisasjonsnummer. \
         Sjekk at du har skrive det rett."
    );
    let fnr = say(
        IssueKind::Fodselsnummer(FnrReason::Date),
        "Fødselsnummer",
        &[],
        Lang::Nb,
    );
    assert!(
        fnr.starts_with("De seks første sifrene i «Fødselsnummer»"),
        "{fnr}"
    );
}

#[test]
fn renumbered_kommuner_and_fylker() {
    let kind = IssueKind::Kommunenummer(renumbered("Bærum", &["3201"], &["Bærum"]));
    let [nb, nn, en] = all3(
        kind,
        ["Kommunenummer", "Kommunenummer", "Municipality number"],
        NONE,
    );
    assert_eq!(
        nb,
        "Bærum har fått nytt kommunenummer fra 1. januar 2024. Bruk 3201 (Bærum) i «Kommunenummer»."
    );
    assert_eq!(
        nn,
        "Bærum har fått nytt kommunenummer frå 1. januar 2024. Bruk 3201 (Bærum) i «Kommunenummer»."
    );
    assert_eq!(
        en,
        "Bærum got a new municipality number on 1 January 2024. \
         Use 3201 (Bærum) in “Municipality number”."
    );
    let kind = IssueKind::Kommunenummer(renumbered(
        "Ålesund",
        &["1508", "1580"],
        &["Ålesund", "Haram"],
    ));
    let nb = say(kind, "Kommunenummer", &[], Lang::Nb);
    assert!(
        nb.ends_with("Bruk 1508 (Ålesund) eller 1580 (Haram) i «Kommunenummer»."),
        "{nb}"
    );
    let viken = renumbered(
        "Viken",
        &["31", "32", "33"],
        &["Østfold", "Akershus", "Buskerud"],
    );
    let en = say(
        IssueKind::Fylkesnummer(viken),
        "County number",
        &[],
        Lang::En,
    );
    assert_eq!(
        en,
        "Viken was split up on 1 January 2024. \
         Use 31 (Østfold), 32 (Akershus) or 33 (Buskerud) in “County number”."
    );
}

#[test]
fn dates_and_periods() {
    let kind = IssueKind::DateOrder {
        other: "/period/start".into(),
        allow_equal: false,
        before: false,
    };
    let others: [&[&str]; 3] = [&["Startdato"], &["Startdato"], &["Start date"]];
    let [nb, nn, en] = all3(kind.clone(), ["Sluttdato", "Sluttdato", "End date"], others);
    assert_eq!(nb, "«Sluttdato» må være etter «Startdato».");
    assert_eq!(nn, "«Sluttdato» må vere etter «Startdato».");
    assert_eq!(en, "“End date” must be after “Start date”.");
    assert_eq!(
        say(kind, "Sluttdato", &[], Lang::Nb),
        "«Sluttdato» må være etter den andre datoen."
    );
    let within = IssueKind::DateWithin {
        start: "2024-01-01".into(),
        end: "2024-06-30".into(),
    };
    assert_eq!(
        say(within, "Dato", &[], Lang::Nn),
        "«Dato» må vere i perioden frå 1. januar 2024 til 30. juni 2024."
    );
    let min = IssueKind::Minimum {
        min: Value::from("2024-01-01"),
    };
    assert_eq!(
        say(min, "Start", &[], Lang::En),
        "“Start” must be the same as or after 1 January 2024."
    );
    let deadline = IssueKind::Deadline {
        deadline: "2023-10-31".into(),
    };
    let nb = say(deadline, "Innsendt", &[], Lang::Nb);
    assert!(
        nb.starts_with("«Innsendt» er etter fristen, som var 31. oktober 2023."),
        "{nb}"
    );
    let long = say(
        IssueKind::MaxDuration { months: 48 },
        "Sluttdato",
        &[],
        Lang::Nb,
    );
    assert_eq!(
        long,
        "Perioden kan vare høyst 48 måneder (4 år). Endre «Sluttdato»."
    );
}

#[test]
fn lists_sums_and_choices() {
    let overlap = IssueKind::Overlap {
        other: "/pilots/0/time/phases/1".into(),
    };
    assert_eq!(
        say(overlap, "Fase 3", &["Fase"], Lang::Nb),
        "«Fase 3» overlapper i tid med «Fase 2». Endre datoene så de ikke overlapper."
    );
    // Past 9 999 the item is still named as the message's prefix and the page
    // name it ("Fase 12345"), not grouped like an amount.
    let far = IssueKind::Overlap {
        other: "/pilots/0/time/phases/12344".into(),
    };
    assert_eq!(
        say(far, "Fase 12346", &["Fase"], Lang::Nb),
        "«Fase 12346» overlapper i tid med «Fase 12345». Endre datoene så de ikke overlapper."
    );
    let sum = IssueKind::SumMismatch {
        expected: "1500000".into(),
        actual: "1400000".into(),
    };
    assert_eq!(
        say(sum, "Totalt", &["Beløp"], Lang::Nb),
        "«Totalt» må være lik summen av «Beløp», som er 1\u{a0}500\u{a0}000. \
         Du har skrevet 1\u{a0}400\u{a0}000."
    );
    let one = IssueKind::AtLeastOne { fields: vec![] };
    assert_eq!(
        say(one, "Forventede effekter", &["Innbyggere", "Ansatte", "Ressurser"], Lang::Nb),
        "Fyll ut minst ett av feltene «Innbyggere», «Ansatte» eller «Ressurser» i «Forventede effekter»."
    );
    let choice = IssueKind::Enum {
        allowed: vec!["kommune".into()],
    };
    let en = say(choice, "Type", &[], Lang::En);
    assert!(
        !en.contains("kommune"),
        "raw codes must not be listed: {en}"
    );
    let int = say(
        IssueKind::Type {
            expected: crate::model::FieldType::Integer,
        },
        "Planår",
        &[],
        Lang::Nb,
    );
    assert_eq!(int, "«Planår» må være et heltall.");
    let year = say(
        IssueKind::Minimum {
            min: Value::from(2024),
        },
        "Planår",
        &[],
        Lang::Nn,
    );
    assert_eq!(year, "«Planår» må vere minst 2024.");
}

#[test]
fn ui_texts_exist_in_every_language() {
    let keys = |lang| ui_all(lang).into_iter().map(|(k, _)| k).collect::<Vec<_>>();
    assert_eq!(keys(Lang::Nb), keys(Lang::Nn));
    assert_eq!(keys(Lang::Nb), keys(Lang::En));
    let mut unique = keys(Lang::Nb);
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), Ui::ALL.len());
    for lang in Lang::ALL {
        for (key, text) in ui_all(lang) {
            assert!(!text.trim().is_empty(), "{lang:?} {key}");
            assert!(
                key.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                "{key}"
            );
        }
        let item = ui(Ui::ItemNumber, lang);
        assert!(item.contains("{label}") && item.contains("{n}"));
        let chars = ui(Ui::CharacterCount, lang);
        assert!(chars.contains("{n}") && chars.contains("{max}"));
    }
    assert_eq!(
        ui(Ui::ErrorSummaryHeading, Lang::Nb),
        "For å gå videre må du rette opp følgende feil"
    );
    assert_eq!(
        ui(Ui::ErrorSummaryHeading, Lang::Nn),
        "For å gå vidare må du rette opp følgjande feil"
    );
    assert_eq!(ui(Ui::OptionalMarker, Lang::Nn), "valfritt");
    assert_eq!(ui(Ui::LanguageName, Lang::En), "English");
}

#[test]
fn identifier_types_are_named_as_labels_in_every_language() {
    use crate::model::IdKind;
    for kind in IdKind::ALL {
        for lang in Lang::ALL {
            let label = id_label(kind, lang);
            let first = label.chars().next().unwrap_or(' ');
            assert!(first.is_uppercase(), "{kind:?} {lang:?}: {label}");
        }
    }
    assert_eq!(id_label(IdKind::Orgnr, Lang::Nb), "Organisasjonsnummer");
    assert_eq!(id_label(IdKind::Email, Lang::Nn), "E-postadresse");
    assert_eq!(
        id_label(IdKind::Kontonummer, Lang::En),
        "Bank account number"
    );
}

/// Messages name a list item as the pages do from `item_number` ("Fase 2"):
/// the engine's one spelling of an item's name fills that text.
#[test]
fn messages_name_items_as_the_pages_do() {
    for lang in Lang::ALL {
        let mut named = String::new();
        crate::messages::push_item_name(&mut named, "Fase", 12345);
        let page = ui(Ui::ItemNumber, lang)
            .replace("{label}", "Fase")
            .replace("{n}", "12345");
        assert_eq!(named, page, "{lang:?}");
    }
}
