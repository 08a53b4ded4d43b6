//! Tests of the catalogues: every kind and reason in every language reads as a
//! finished sentence with its label, nynorsk is not bokmål, every template is
//! filled, and the UI texts exist.

mod samples;
mod templates;
mod wording;

use super::*;
use samples::samples;

const LABEL: &str = "Sluttdato";
const OTHERS: &[&str] = &["Startdato", "Beløp", "Ansatte"];

fn full(kind: &IssueKind, lang: Lang) -> String {
    render(
        kind,
        &Ctx {
            label: LABEL,
            others: OTHERS,
            choice: None,
        },
        lang,
    )
}

fn bare(kind: &IssueKind, lang: Lang) -> String {
    render(kind, &Ctx::default(), lang)
}

fn has_digit_run(text: &str, run: usize) -> bool {
    let mut len = 0;
    for c in text.chars() {
        len = if c.is_ascii_digit() { len + 1 } else { 0 };
        if len >= run {
            return true;
        }
    }
    false
}

fn assert_well_formed(message: &str) {
    assert!(!message.trim().is_empty());
    assert!(
        message.ends_with('.') || message.ends_with('?'),
        "{message}"
    );
    assert!(
        !message.contains('{') && !message.contains('}'),
        "{message}"
    );
    assert!(
        !message.contains("  ") && !message.contains(" ."),
        "{message}"
    );
    assert!(
        !message.contains("«»") && !message.contains("“”"),
        "{message}"
    );
    assert!(!has_digit_run(message, 11), "{message}");
    let first = message.chars().next().unwrap_or(' ');
    assert!(first.is_uppercase() || "«“".contains(first), "{message}");
}

#[test]
fn every_message_is_complete_in_every_language() {
    for kind in samples() {
        for lang in Lang::ALL {
            let message = full(&kind, lang);
            assert_well_formed(&message);
            let quoted = match lang {
                Lang::Nb | Lang::Nn => format!("«{LABEL}»"),
                Lang::En => format!("“{LABEL}”"),
            };
            assert!(message.contains(&quoted), "{lang:?}: {message}");
            // Without a label or other labels the message must still read well.
            assert_well_formed(&bare(&kind, lang));
        }
    }
}

#[test]
fn bokmal_and_nynorsk_differ_for_most_kinds() {
    let samples = samples();
    let differ = samples
        .iter()
        .filter(|k| full(k, Lang::Nb) != full(k, Lang::Nn))
        .count();
    assert!(
        differ * 100 >= samples.len() * 80,
        "{differ} of {}",
        samples.len()
    );
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn nynorsk_has_no_bokmal_forms_and_bokmal_no_nynorsk_forms() {
    let bokmal_only = [
        "ikke",
        "være",
        "et",
        "en",
        "fra",
        "bare",
        "hva",
        "hvis",
        "mer",
        "velg",
        "dem",
        "de",
        "høyst",
        "tegn",
        "skrevet",
        "annen",
        "følgende",
        "videre",
        "kommer",
        "sent",
        "uten",
        "siden",
        "endret",
        "åpnet",
        "sjekker",
    ];
    let nynorsk_only = [
        "ikkje",
        "vere",
        "eit",
        "ein",
        "frå",
        "berre",
        "kva",
        "dei",
        "høgst",
        "teikn",
        "skrive",
        "anna",
        "følgjande",
        "vidare",
        "kjem",
        "seint",
        "utan",
        "ei",
        "sida",
        "endra",
        "opna",
        "sjekkar",
    ];
    let ui_texts = |lang| ui_all(lang).into_iter().map(|(_, t)| t.to_owned());
    let texts = |lang| -> Vec<String> {
        samples()
            .iter()
            .flat_map(|k| [full(k, lang), bare(k, lang)])
            .chain(ui_texts(lang))
            .collect()
    };
    for (lang, banned) in [(Lang::Nn, &bokmal_only[..]), (Lang::Nb, &nynorsk_only[..])] {
        for text in texts(lang) {
            for word in words(&text) {
                assert!(
                    !banned.contains(&word.as_str()),
                    "{lang:?} {word:?}: {text}"
                );
            }
        }
    }
}
