//! The pieces the renderer fills placeholders with, in any language: quoted
//! labels, item references, lists joined with "or", bounds that are numbers or
//! dates, and the successors of a renumbered kommune or fylke.

use super::format::{format_amount, format_count, format_date, format_number};
use super::keys::Word;
use super::{word, Ctx};
use crate::date::Date;
use crate::lang::Lang;
use crate::value::Value;

/// A label in the language's quotation marks: «Sluttdato», “End date”.
pub(super) fn quote(text: &str, lang: Lang) -> String {
    let mut out = String::with_capacity(text.len() + 6);
    push_quoted(&mut out, text, lang);
    out
}

/// [`quote`], written at the end of `out`.
fn push_quoted(out: &mut String, text: &str, lang: Lang) {
    let (open, close) = match lang {
        Lang::Nb | Lang::Nn => ('«', '»'),
        Lang::En => ('“', '”'),
    };
    out.push(open);
    out.push_str(text.trim());
    out.push(close);
}

/// The field's quoted label, or the word for a field ("feltet", "this field")
/// when there is none, at the end of `out`; with `capital`, as a sentence's
/// subject (a quoted label starts with a quotation mark, which has no capital).
pub(super) fn push_field(out: &mut String, ctx: &Ctx, lang: Lang, capital: bool) {
    if !ctx.label.trim().is_empty() {
        push_quoted(out, ctx.label, lang);
    } else if capital {
        out.push_str(&capitalise(word(Word::Field, lang).to_owned()));
    } else {
        out.push_str(word(Word::Field, lang));
    }
}

/// The quoted label of the `i`th other field, if it was given.
pub(super) fn other(ctx: &Ctx, i: usize, lang: Lang) -> Option<String> {
    ctx.others
        .get(i)
        .filter(|l| !l.trim().is_empty())
        .map(|l| quote(l, lang))
}

/// The labels of the other fields that were given (not blank).
pub(super) fn given_others<'a>(ctx: &Ctx<'a>) -> impl Iterator<Item = &'a str> {
    ctx.others.iter().copied().filter(|l| !l.trim().is_empty())
}

/// The quoted labels of all other fields that were given.
pub(super) fn others(ctx: &Ctx, lang: Lang) -> Vec<String> {
    given_others(ctx).map(|l| quote(l, lang)).collect()
}

/// The list item at JSON Pointer `path` named for people ("«Fase 2»"), from the
/// item label in `others[0]` and the last index in the path; `None` without either.
pub(super) fn item(ctx: &Ctx, path: &str, lang: Lang) -> Option<String> {
    let label = ctx.others.first().filter(|l| !l.trim().is_empty())?;
    let index = path
        .rsplit('/')
        .find(|seg| !seg.is_empty() && seg.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|seg| seg.parse::<u64>().ok())?;
    let mut name = String::new();
    push_item_name(&mut name, label.trim(), index.saturating_add(1));
    Some(quote(&name, lang))
}

/// A list item named for people, written at the end of `out`: its label and
/// its number in plain digits ("Fase 2"), as the pages' row headings name it
/// from the `item_number` text (the same "{label} {n}" in every language, which
/// `messages/tests/wording.rs` holds it to). Every message names an item this
/// way: `{item}`, the prefix before a message, the other item of a rule.
pub(crate) fn push_item_name(out: &mut String, label: &str, n: u64) {
    out.push_str(label);
    out.push(' ');
    crate::decimal::push_u64(out, n);
}

/// "A", "A or B", "A, B or C" with the language's word for "or".
pub(super) fn join_or(items: &[String], or: &str) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {or} {last}", rest.join(", ")),
    }
}

/// A count formatted for running text.
pub(super) fn count(n: u64, lang: Lang) -> String {
    format_count(n, lang)
}

/// An amount the engine reports as a decimal string, formatted for running text.
pub(super) fn amount(text: &str, lang: Lang) -> String {
    format_amount(text, lang)
}

/// A date for running text ("1. januar 2024").
pub(super) fn date(iso: &str, lang: Lang) -> String {
    format_date(iso, lang)
}

/// Whether a minimum or maximum is a calendar date (else it is taken as a number).
pub(super) fn is_date(value: &Value) -> bool {
    matches!(value, Value::String(s) if Date::parse(s).is_some())
}

/// A minimum or maximum for running text: a date, or a number.
pub(super) fn bound(value: &Value, lang: Lang) -> String {
    match value {
        Value::String(s) if is_date(value) => format_date(s, lang),
        Value::String(s) => format_amount(s, lang),
        other => format_number(other, lang),
    }
}

/// One end of a period: the date itself when `raw` is one, else the quoted label.
pub(super) fn period_end(raw: &str, ctx: &Ctx, i: usize, lang: Lang) -> Option<String> {
    if Date::parse(raw).is_some() {
        Some(format_date(raw, lang))
    } else {
        other(ctx, i, lang)
    }
}

/// Whole years in a number of months, when it is a whole number of years.
pub(super) fn whole_years(months: u64) -> Option<u64> {
    (months >= 12 && months % 12 == 0).then_some(months / 12)
}

/// The numbers that replace a renumbered one, each with its name:
/// "1508 (Ålesund) eller 1580 (Haram)".
pub(super) fn successors(to: &[String], names: &[String], or: &str) -> String {
    let items: Vec<String> = to
        .iter()
        .enumerate()
        .map(
            |(i, number)| match names.get(i).filter(|n| !n.trim().is_empty()) {
                Some(name) => format!("{number} ({})", name.trim()),
                None => number.clone(),
            },
        )
        .collect();
    join_or(&items, or)
}

/// Upper-cases the first letter (for a generic subject at the start of a
/// sentence); an ASCII letter in place, a text starting with a quotation mark
/// as it is.
pub(super) fn capitalise(mut text: String) -> String {
    match text.chars().next() {
        Some(c) if c.is_ascii() => {
            if let Some(head) = text.get_mut(..1) {
                head.make_ascii_uppercase();
            }
            text
        }
        Some(c) if !caseless(c) => {
            let mut out = upper_beyond_ascii(c);
            out.push_str(text.get(c.len_utf8()..).unwrap_or(""));
            out
        }
        _ => text,
    }
}

/// Characters with no upper case that often start a subject: quotation marks.
fn caseless(c: char) -> bool {
    matches!(c, '«' | '»' | '\u{2018}'..='\u{201f}')
}

#[cfg(not(target_arch = "wasm32"))]
fn upper_beyond_ascii(c: char) -> String {
    c.to_uppercase().collect()
}

/// In WebAssembly the host's `toUpperCase`: the same Unicode mapping as core's
/// `char::to_uppercase`, without shipping its tables (~6 KB gzip) to browsers.
#[cfg(target_arch = "wasm32")]
fn upper_beyond_ascii(c: char) -> String {
    let mut buf = [0; 4];
    String::from(js_sys::JsString::from(&*c.encode_utf8(&mut buf)).to_upper_case())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitalises_the_first_letter_only() {
        let capitalise = |text: &str| capitalise(text.to_owned());
        assert_eq!(capitalise("the start date"), "The start date");
        assert_eq!(capitalise("feltet"), "Feltet");
        assert_eq!(capitalise("1 feltet"), "1 feltet");
        assert_eq!(capitalise("ønsket dato"), "Ønsket dato");
        assert_eq!(capitalise("ßa"), "SSa");
        assert_eq!(capitalise("«sluttdato»"), "«sluttdato»");
        assert_eq!(capitalise("“end date”"), "“end date”");
        assert_eq!(capitalise(""), "");
        for c in ['«', '»'].into_iter().chain('\u{2018}'..='\u{201f}') {
            assert!(caseless(c));
            assert_eq!(c.to_uppercase().collect::<String>(), c.to_string());
        }
    }
}
