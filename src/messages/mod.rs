//! Every message and user-interface text in bokmål, nynorsk and English.
//!
//! Språklova § 14 wants bokmål and nynorsk side by side, so a text missing in one
//! language is a build failure, not a runtime fallback: `nb.rs`, `nn.rs` and `en.rs`
//! each turn an [`IssueKind`] into words with one `match` that has no wildcard arm
//! (reasons included), and each gives every [`Ui`] key its text the same way.
//!
//! Messages are shown both under the field and in the error summary, in the same
//! words, so each names its field by the label as written: nb/nn «Sluttdato»,
//! en “End date”. They say what to do, without codes or JSON paths, and never
//! contain a fødselsnummer (no [`IssueKind`] carries one).

mod en;
mod format;
mod nb;
mod nn;
mod parts;
mod ui;

#[cfg(test)]
mod tests;

pub use format::{format_date, format_number};
pub use ui::Ui;

use crate::lang::Lang;
use crate::report::IssueKind;

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
}

impl<'a> Ctx<'a> {
    /// A context with a label and no other fields.
    pub fn new(label: &'a str) -> Ctx<'a> {
        Ctx { label, others: &[] }
    }
}

/// The message for an issue, in the given language.
pub fn render(kind: &IssueKind, ctx: &Ctx, lang: Lang) -> String {
    match lang {
        Lang::Nb => nb::render(kind, ctx),
        Lang::Nn => nn::render(kind, ctx),
        Lang::En => en::render(kind, ctx),
    }
}

/// A fixed text of the user interface.
pub fn ui(key: Ui, lang: Lang) -> &'static str {
    match lang {
        Lang::Nb => nb::ui(key),
        Lang::Nn => nn::ui(key),
        Lang::En => en::ui(key),
    }
}

/// Every user-interface text of a language with its stable key, for the JS drop-in.
pub fn ui_all(lang: Lang) -> Vec<(&'static str, &'static str)> {
    Ui::ALL
        .iter()
        .map(|&key| (key.key(), ui(key, lang)))
        .collect()
}
