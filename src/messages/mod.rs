//! Every message and user-interface text in bokmål, nynorsk and English.
//!
//! Språklova § 14 wants bokmål and nynorsk side by side, so a text missing in one
//! language is a build failure, not a runtime fallback. The catalogues are data:
//! `nb.rs`, `nn.rs` and `en.rs` each list every sentence template (`keys::Key`),
//! every word put into one (`keys::Word`) and every [`Ui`] text, checked at
//! compile time to be complete (`table.rs`). One renderer for all languages
//! picks the template for an [`IssueKind`] with a `match` that has no wildcard
//! arm (reasons included) and fills its placeholders (`plan.rs`, `template.rs`),
//! so a new kind fails to build until it has a sentence in all three languages.
//!
//! Messages are shown both under the field and in the error summary, in the same
//! words, so each names its field by the label as written: nb/nn «Sluttdato»,
//! en “End date”. They say what to do, without codes or JSON paths, and never
//! contain a fødselsnummer (no [`IssueKind`] carries one).

mod en;
mod format;
mod keys;
mod nb;
mod nn;
mod parts;
mod plan;
mod table;
mod template;
mod ui;

#[cfg(test)]
mod tests;

pub use format::{format_date, format_number};
pub(crate) use parts::push_item_name;
pub use ui::Ui;

use crate::lang::Lang;
use crate::report::IssueKind;
use keys::{Key, Word};

/// What a message may mention besides the issue's own data.
#[derive(Debug, Clone, Copy, Default)]
pub struct Ctx<'a> {
    /// The field's label in the requested language, e.g. "Sluttdato".
    pub label: &'a str,
    /// Labels of the other fields involved, in this order: DateOrder: [the other
    /// date]; DateWithin: [start, end]; AtLeastOne: the fields (at least one must
    /// be filled); SumMismatch: [the summed field]; Overlap and UniqueItems: [one
    /// item, e.g. "Fase"]. May be empty for any kind.
    pub others: &'a [&'a str],
    /// UniqueItems in a multi-select: the label of the option chosen again.
    pub choice: Option<&'a str>,
}

impl<'a> Ctx<'a> {
    /// A context with a label and no other fields.
    pub fn new(label: &'a str) -> Ctx<'a> {
        Ctx {
            label,
            others: &[],
            choice: None,
        }
    }
}

/// The message for an issue, in the given language.
pub fn render(kind: &IssueKind, ctx: &Ctx, lang: Lang) -> String {
    let mut out = String::new();
    render_into(&mut out, kind, ctx, lang);
    out
}

/// The message for an issue written at the end of `out` (after a prefix).
pub fn render_into(out: &mut String, kind: &IssueKind, ctx: &Ctx, lang: Lang) {
    let template = sentence(plan::key(kind, ctx), lang);
    template::fill_into(out, template, |name, out| {
        plan::write_value(out, name, kind, ctx, lang)
    });
}

/// A message's sentence template in the given language.
fn sentence(key: Key, lang: Lang) -> &'static str {
    let texts = match lang {
        Lang::Nb => nb::SENTENCES,
        Lang::Nn => nn::SENTENCES,
        Lang::En => en::SENTENCES,
    };
    texts.get(key)
}

/// A word put into a template, in the given language.
fn word(word: Word, lang: Lang) -> &'static str {
    let texts = match lang {
        Lang::Nb => nb::WORDS,
        Lang::Nn => nn::WORDS,
        Lang::En => en::WORDS,
    };
    texts.get(word)
}

/// An identifier type named as a label ("Organisasjonsnummer", "Bank account
/// number"), for checking a value on its own (`skjemasjekk check`).
pub fn id_label(kind: crate::model::IdKind, lang: Lang) -> &'static str {
    match lang {
        Lang::Nb => nb::id_label(kind),
        Lang::Nn => nn::id_label(kind),
        Lang::En => en::id_label(kind),
    }
}

/// A fixed text of the user interface.
pub fn ui(key: Ui, lang: Lang) -> &'static str {
    let texts = match lang {
        Lang::Nb => nb::UI,
        Lang::Nn => nn::UI,
        Lang::En => en::UI,
    };
    texts.get(key)
}

/// Every user-interface text of a language with its stable key, for the JS drop-in.
pub fn ui_all(lang: Lang) -> Vec<(&'static str, &'static str)> {
    Ui::ALL
        .iter()
        .map(|&key| (key.key(), ui(key, lang)))
        .collect()
}
