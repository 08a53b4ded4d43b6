//! A demo form page as the server sends it to a browser without JavaScript: the
//! HTML file the portal serves, with the words the page script would write
//! (`data-t` keys, as www/js/page.js reads them), list rows numbered and named,
//! the language switch as plain links (`?lang=`), the form posting back here,
//! and the page's scripts left out (this page is the server's own work; with
//! them the drop-in would show its messages a second time).

use super::dom::{self, attr, element, set_text, text_element};
use super::rows::{self, LIST};
use super::texts::{Own, PageTexts};
use crate::form::Form;
use crate::messages::{ui, Ui};
use crate::model::{Field, FieldKind, ObjectSchema};
use crate::Lang;
use dom_query::Document;

/// The field a `data-t` path names (`pilots.time.start`: list items without
/// an index), as the page script's `FormSchema.field` finds it.
fn field_named<'f>(root: &'f ObjectSchema, path: &str) -> Option<&'f Field> {
    let mut object = root;
    let mut at: Option<&Field> = None;
    for key in path.split('.') {
        if let Some(field) = at {
            object = match &field.kind {
                FieldKind::Object(o) => o,
                FieldKind::List { item, .. } => match &item.kind {
                    FieldKind::Object(o) => o,
                    _ => return None,
                },
                _ => return None,
            };
        }
        at = Some(object.field(key)?.1);
    }
    at
}

/// The words of a `data-t` key in `lang`, or `None` when there are none.
fn lookup(key: &str, form: &Form, lang: Lang, texts: &PageTexts) -> Option<String> {
    let (kind, rest) = key.split_once(':')?;
    let text = match kind {
        "page" => texts.get(lang, rest).to_owned(),
        "ui" => Ui::ALL
            .iter()
            .find(|k| k.key() == rest)
            .map(|&k| ui(k, lang).to_owned())?,
        "title" => crate::builtin_form(rest).ok()?.title(lang).to_owned(),
        "label" => field_named(form.fields(), rest)?.label.get(lang).to_owned(),
        "help" => field_named(form.fields(), rest)?
            .help
            .as_ref()?
            .get(lang)
            .to_owned(),
        "option" => {
            let (path, value) = rest.split_once('=')?;
            match &field_named(form.fields(), path)?.kind {
                FieldKind::Enum { options } | FieldKind::MultiEnum { options, .. } => options
                    .iter()
                    .find(|o| o.value == value)?
                    .label
                    .get(lang)
                    .to_owned(),
                _ => return None,
            }
        }
        _ => return None,
    };
    (!text.is_empty()).then_some(text)
}

/// The form's page in `lang`, its rows as `posted` has them (`posted` is empty
/// for a fresh form).
pub fn render(
    html: &str,
    form: &Form,
    lang: Lang,
    texts: &PageTexts,
    posted: &[Vec<crate::formdata::Seg>],
    extra_row: Option<&[crate::formdata::Seg]>,
) -> Document {
    let doc = Document::from(html);
    rows::expand(&doc, posted, extra_row);
    for el in dom::live(&doc, "[data-t]") {
        let key = attr(&el, "data-t");
        let Some(text) = lookup(&key, form, lang, texts) else {
            continue;
        };
        let optional = key
            .strip_prefix("label:")
            .and_then(|p| field_named(form.fields(), p))
            .is_some_and(|f| f.optional);
        set_text(&doc, &el, &text);
        if optional {
            el.append_child(&doc.tree.new_text(" "));
            let marker = format!("({})", ui(Ui::OptionalMarker, lang));
            el.append_child(&text_element(
                &doc,
                "span",
                &[("class", "optional")],
                &marker,
            ));
        }
    }
    for el in dom::live(&doc, "[data-t-aria-label]") {
        if let Some(text) = lookup(&attr(&el, "data-t-aria-label"), form, lang, texts) {
            el.set_attr("aria-label", &text);
        }
    }
    list_texts(&doc, form, lang);
    super::row_buttons::make(&doc, lang);
    language_links(&doc, form, lang);
    for a in dom::live(&doc, "a[data-keep-lang]") {
        let href = attr(&a, "href");
        let base = href.split(['?', '#']).next().unwrap_or("/");
        a.set_attr("href", &format!("{base}?lang={}", lang.as_str()));
    }
    doc.select("html").set_attr("lang", lang.as_str());
    let action = format!("/forms/{}?lang={}", form.id(), lang.as_str());
    let forms = doc.select("form[data-form]");
    forms.set_attr("action", &action);
    forms.set_attr("method", "post");
    // The page is complete as it is: no module script, no preloads, no <noscript>.
    doc.select("script, link[rel=modulepreload], link[rel=preload], noscript")
        .remove();
    let note = text_element(
        &doc,
        "p",
        &[
            ("class", "ds-paragraph note"),
            ("data-skjemasjekk-nojs", ""),
        ],
        Own::NoScriptVersion.text(lang),
    );
    if let Some(first) = doc.select("main p.note").nodes().first() {
        first.insert_after(&note);
    }
    doc
}

/// Row headings ("Pilot 2"), add buttons ("Legg til pilot") and remove buttons
/// ("Fjern", with the row's name for screen readers), as the drop-in's texts.js.
fn list_texts(doc: &Document, form: &Form, lang: Lang) {
    for list in dom::live(doc, &format!("[{LIST}]")) {
        let Some(segs) = dom::segs_of(&attr(&list, LIST)) else {
            continue;
        };
        let dotted: Vec<&str> = segs
            .iter()
            .filter_map(|s| match s {
                crate::formdata::Seg::Key(k) => Some(k.as_str()),
                crate::formdata::Seg::Index(_) => None,
            })
            .collect();
        let Some(FieldKind::List { item, .. }) =
            field_named(form.fields(), &dotted.join(".")).map(|f| &f.kind)
        else {
            continue;
        };
        let item_label = item.label.get(lang);
        for add in dom::live_in(&list, "[data-skjemasjekk-add]") {
            if rows::owner_list(&add).is_some_and(|l| l.id == list.id) {
                let text = format!("{} {}", ui(Ui::AddRow, lang), lower_first(item_label));
                set_text(doc, &add, &text);
            }
        }
        for (i, row) in rows::rows_of(&list).iter().enumerate() {
            let name = ui(Ui::ItemNumber, lang)
                .replace("{label}", item_label)
                .replace("{n}", &(i + 1).to_string());
            let own = |el: &dom_query::NodeRef| {
                dom::closest(el, "[data-skjemasjekk-row]").is_some_and(|r| r.id == row.id)
            };
            for h in dom::live_in(row, "[data-skjemasjekk-row-heading]") {
                if own(&h) {
                    set_text(doc, &h, &name);
                }
            }
            for b in dom::live_in(row, "[data-skjemasjekk-remove]") {
                if own(&b) {
                    set_text(doc, &b, ui(Ui::RemoveRow, lang));
                    let hidden = format!(" {name}");
                    b.append_child(&text_element(
                        doc,
                        "span",
                        &[("class", "ds-sr-only")],
                        &hidden,
                    ));
                }
            }
        }
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The language buttons become links to this page in each language.
fn language_links(doc: &Document, form: &Form, lang: Lang) {
    for button in dom::live(doc, "button[data-lang]") {
        let Some(own) = Lang::parse(&attr(&button, "data-lang")) else {
            continue;
        };
        let href = format!("/forms/{}?lang={}", form.id(), own.as_str());
        let mut attrs = vec![
            ("class", "ds-button"),
            ("data-variant", "tertiary"),
            ("data-size", "sm"),
            ("href", href.as_str()),
            ("lang", own.as_str()),
            ("hreflang", own.as_str()),
        ];
        if own == lang {
            attrs.push(("aria-current", "true"));
        }
        let link = element(doc, "a", &attrs);
        link.append_child(&doc.tree.new_text(ui(Ui::LanguageName, own)));
        button.insert_before(&link);
        button.remove_from_parent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_t_paths_skip_list_indices() {
        let form = crate::builtin_form("pilotplan").unwrap();
        let f = field_named(form.fields(), "pilots.economy.totalNok").unwrap();
        assert_eq!(f.key, "totalNok");
        assert!(field_named(form.fields(), "pilots.nope").is_none());
        assert!(field_named(form.fields(), "planYear.x").is_none());
    }
}
