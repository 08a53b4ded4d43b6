//! Tests of the catalogues as data: every sentence template is used, and every
//! placeholder in it is one the renderer fills for that template, in every
//! language (so a typo such as `{acutal}` fails here, not in front of a citizen).

use super::samples::samples;
use crate::lang::Lang;
use crate::messages::keys::{Key, Word};
use crate::messages::plan::{key, write_value};
use crate::messages::template::names;
use crate::messages::{sentence, word, Ctx};
use crate::report::IssueKind;
use std::collections::BTreeSet;

/// Contexts that take every path: no labels, a label alone, one other field,
/// several other fields, the last two without the label, and a repeated choice.
const CONTEXTS: [Ctx<'static>; 7] = [
    Ctx {
        label: "",
        others: &[],
        choice: None,
    },
    Ctx {
        label: "",
        others: &["Startdato"],
        choice: None,
    },
    Ctx {
        label: "",
        others: &["Startdato", "Beløp"],
        choice: None,
    },
    Ctx {
        label: "Sluttdato",
        others: &[],
        choice: None,
    },
    Ctx {
        label: "Sluttdato",
        others: &["Startdato"],
        choice: None,
    },
    Ctx {
        label: "Sluttdato",
        others: &["Startdato", "Beløp", "Ansatte"],
        choice: None,
    },
    Ctx {
        label: "Sektorar",
        others: &[],
        choice: Some("Helse"),
    },
];

#[test]
fn every_placeholder_is_filled_in_every_template_and_language() {
    let mut used = BTreeSet::new();
    for kind in samples() {
        for ctx in &CONTEXTS {
            for lang in Lang::ALL {
                let chosen = key(&kind, ctx);
                used.insert(chosen);
                let template = sentence(chosen, lang);
                let Some(names) = names(template) else {
                    panic!("{lang:?} {chosen:?}: unbalanced braces in {template}");
                };
                for name in names {
                    assert!(
                        write_value(&mut String::new(), name, &kind, ctx, lang),
                        "{lang:?} {chosen:?}: nothing fills {{{name}}} in {template}"
                    );
                }
            }
        }
    }
    let all: BTreeSet<Key> = Key::ALL.iter().copied().collect();
    let unused: Vec<_> = all.difference(&used).collect();
    assert!(unused.is_empty(), "no sample reaches {unused:?}");
}

#[test]
fn every_field_type_has_words_in_every_language() {
    for expected in crate::model::FieldType::all() {
        for lang in Lang::ALL {
            let kind = IssueKind::Type { expected };
            assert_eq!(key(&kind, &CONTEXTS[3]), Key::Type, "{expected:?}");
            let mut text = String::new();
            assert!(write_value(&mut text, "type", &kind, &CONTEXTS[3], lang));
            assert!(!text.is_empty());
        }
    }
}

#[test]
fn every_word_and_sentence_is_written_out() {
    for lang in Lang::ALL {
        for &w in Word::ALL {
            let text = word(w, lang);
            assert!(!text.trim().is_empty(), "{lang:?} {w:?}");
            assert_eq!(text.trim(), text, "{lang:?} {w:?}");
            assert!(!text.contains(['{', '}']), "{lang:?} {w:?}: {text}");
        }
        for &key in Key::ALL {
            let text = sentence(key, lang);
            assert_eq!(text.trim(), text, "{lang:?} {key:?}");
            assert!(text.ends_with('.'), "{lang:?} {key:?}: {text}");
        }
    }
}
