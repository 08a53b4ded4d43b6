//! The words of the pages without JavaScript: the demo portal's own texts
//! (`www/js/page-texts.json`, the very file the page script imports, read with
//! the page) and the few texts only the server writes (the receipt, the error
//! pages), in bokmål, nynorsk and English. Field labels, help texts and every
//! message come from the engine, as on the pages with JavaScript.

use crate::Lang;
use std::collections::HashMap;

/// A text only the server's pages show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Own {
    /// The receipt's heading.
    Received,
    /// The receipt's explanation.
    ReceivedText,
    /// The heading of the warnings on the receipt.
    ReceivedWarnings,
    /// The link from the receipt to an empty form.
    FillInAgain,
    /// A note in every page that is the version for browsers without JavaScript.
    NoScriptVersion,
    /// The link from an error page to the front page.
    FrontPage,
    /// 404: the heading.
    NotFound,
    /// 404: the explanation.
    NotFoundText,
    /// 413: the heading.
    TooLarge,
    /// 413: the explanation.
    TooLargeText,
    /// 400 or 415: the heading.
    Unreadable,
    /// 400 or 415: the explanation.
    UnreadableText,
}

impl Own {
    /// The text in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        let [nb, nn, en] = match self {
            Own::Received => ["Skjemaet er mottatt", "Skjemaet er motteke", "The form has been received"],
            Own::ReceivedText => [
                "Tjenesten har sjekket skjemaet og fant ingen feil. Dette er en demonstrasjon, så ingenting du skrev er lagret.",
                "Tenesta har sjekka skjemaet og fann ingen feil. Dette er ein demonstrasjon, så ingenting du skreiv er lagra.",
                "The service checked the form and found no errors. This is a demonstration, so nothing you typed has been stored.",
            ],
            Own::ReceivedWarnings => [
                "Merknader til skjemaet",
                "Merknader til skjemaet",
                "Notes on the form",
            ],
            Own::FillInAgain => ["Fyll ut skjemaet på nytt", "Fyll ut skjemaet på nytt", "Fill in the form again"],
            Own::NoScriptVersion => [
                "Denne versjonen av skjemaet virker uten JavaScript: skjemaet sjekkes når du sender det inn.",
                "Denne versjonen av skjemaet verkar utan JavaScript: skjemaet blir sjekka når du sender det inn.",
                "This version of the form works without JavaScript: the form is checked when you submit it.",
            ],
            Own::FrontPage => ["Til forsiden", "Til framsida", "To the front page"],
            Own::NotFound => ["Fant ikke skjemaet", "Fann ikkje skjemaet", "Form not found"],
            Own::NotFoundText => [
                "Det finnes ikke noe skjema på denne adressen. Du finner alle skjemaene på forsiden.",
                "Det finst ikkje noko skjema på denne adressa. Du finn alle skjemaa på framsida.",
                "There is no form at this address. You will find all the forms on the front page.",
            ],
            Own::TooLarge => ["Skjemaet er for stort", "Skjemaet er for stort", "The form is too large"],
            Own::TooLargeText => [
                "Det du sendte inn, er større enn tjenesten tar imot. Gå tilbake og gjør de lengste svarene kortere.",
                "Det du sende inn, er større enn tenesta tek imot. Gå tilbake og gjer dei lengste svara kortare.",
                "What you submitted is larger than the service accepts. Go back and shorten your longest answers.",
            ],
            Own::Unreadable => [
                "Skjemaet kunne ikke leses",
                "Skjemaet kunne ikkje lesast",
                "The form could not be read",
            ],
            Own::UnreadableText => [
                "Tjenesten kunne ikke lese det nettleseren sendte. Gå tilbake og send skjemaet på nytt.",
                "Tenesta kunne ikkje lese det nettlesaren sende. Gå tilbake og send skjemaet på nytt.",
                "The service could not read what your browser sent. Go back and submit the form again.",
            ],
        };
        match lang {
            Lang::Nb => nb,
            Lang::Nn => nn,
            Lang::En => en,
        }
    }
}

/// The portal's own texts by language and key (`page:KEY` in the pages).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageTexts(HashMap<String, HashMap<String, String>>);

impl PageTexts {
    /// The texts in `page-texts.json`; `None` when it is not that shape.
    pub fn parse(json: &str) -> Option<PageTexts> {
        serde_json::from_str(json).ok().map(PageTexts)
    }

    /// The text of `key` in `lang`, or "".
    pub fn get(&self, lang: Lang, key: &str) -> &str {
        self.0
            .get(lang.as_str())
            .and_then(|texts| texts.get(key))
            .map_or("", String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Own; 12] = [
        Own::FrontPage,
        Own::ReceivedWarnings,
        Own::Received,
        Own::ReceivedText,
        Own::FillInAgain,
        Own::NoScriptVersion,
        Own::NotFound,
        Own::NotFoundText,
        Own::TooLarge,
        Own::TooLargeText,
        Own::Unreadable,
        Own::UnreadableText,
    ];

    #[test]
    fn every_text_exists_in_every_language() {
        for own in ALL {
            for lang in Lang::ALL {
                assert!(own.text(lang).len() > 5, "{own:?} {lang:?}");
            }
        }
    }

    #[test]
    fn the_portals_texts_are_read_from_its_json() {
        let json = include_str!("../../../www/js/page-texts.json");
        let texts = PageTexts::parse(json).expect("page-texts.json is {lang: {key: text}}");
        for lang in Lang::ALL {
            assert!(!texts.get(lang, "doc_pilotplan").is_empty(), "{lang:?}");
        }
        assert_eq!(texts.get(Lang::En, "back_home"), "All forms");
        assert_eq!(texts.get(Lang::Nn, "no such key"), "");
    }
}
