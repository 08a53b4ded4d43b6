//! The pages after a post without JavaScript that are not the form: the receipt
//! when the service found no errors (in the form's page, so the header, the
//! language and the form's title stay; warnings listed when there are any), and
//! the error pages of these routes (unknown form, a post too large or
//! unreadable) as HTML in the person's language, with a way on.

use super::dom::{self, element, set_text, text_element};
use super::texts::Own;
use crate::report::{Report, Severity};
use crate::Lang;
use dom_query::Document;

/// Turns a rendered form page into the receipt for `report`.
pub fn receipt(doc: &Document, form_id: &str, report: &Report, lang: Lang) {
    let heading = Own::Received.text(lang);
    let section = element(
        doc,
        "section",
        &[("class", "receipt"), ("aria-labelledby", "receipt-heading")],
    );
    let ok = element(
        doc,
        "div",
        &[("class", "ds-alert"), ("data-color", "success")],
    );
    ok.append_child(&text_element(
        doc,
        "h2",
        &[
            ("class", "ds-heading"),
            ("data-size", "sm"),
            ("id", "receipt-heading"),
        ],
        heading,
    ));
    ok.append_child(&text_element(
        doc,
        "p",
        &[("class", "ds-paragraph")],
        Own::ReceivedText.text(lang),
    ));
    section.append_child(&ok);
    let warnings: Vec<&str> = report
        .issues
        .iter()
        .filter(|i| i.severity == Severity::Warning)
        .map(|i| i.message.as_str())
        .collect();
    if !warnings.is_empty() {
        let panel = element(
            doc,
            "div",
            &[
                ("class", "ds-alert"),
                ("data-color", "warning"),
                ("aria-labelledby", "receipt-warnings"),
            ],
        );
        panel.append_child(&text_element(
            doc,
            "h2",
            &[
                ("class", "ds-heading"),
                ("data-size", "xs"),
                ("id", "receipt-warnings"),
            ],
            Own::ReceivedWarnings.text(lang),
        ));
        let list = element(doc, "ul", &[("class", "ds-list")]);
        for w in warnings {
            list.append_child(&text_element(doc, "li", &[], w));
        }
        panel.append_child(&list);
        section.append_child(&panel);
    }
    let again = format!("/forms/{form_id}?lang={}", lang.as_str());
    let p = element(doc, "p", &[("class", "ds-paragraph")]);
    p.append_child(&text_element(
        doc,
        "a",
        &[("class", "ds-link"), ("href", &again)],
        Own::FillInAgain.text(lang),
    ));
    section.append_child(&p);
    if let Some(form) = dom::live(doc, "form").into_iter().next() {
        form.insert_before(&section);
        form.remove_from_parent();
    }
    doc.select("main p.note").remove();
    if let Some(title) = dom::live(doc, "title").into_iter().next() {
        let text = format!("{heading} – {}", title.text());
        set_text(doc, &title, &text);
    }
}

/// The skeleton of an error page: the portal's styles, a heading, a paragraph
/// and a link to the front page; the words go in as text.
const ERROR_PAGE: &str = r#"<!doctype html>
<html lang="nb" data-color-scheme="light">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  <title></title>
  <link rel="stylesheet" href="/vendor/inter/inter.css">
  <link rel="stylesheet" href="/vendor/designsystemet.css">
  <link rel="stylesheet" href="/vendor/theme-digdir.css">
  <link rel="stylesheet" href="/css/site.css">
</head>
<body>
  <main id="main" class="wrap">
    <h1 class="ds-heading" data-size="lg"></h1>
    <p class="ds-paragraph"></p>
    <p class="ds-paragraph"><a class="ds-link"></a></p>
  </main>
</body>
</html>
"#;

/// An error page: `heading`, `text`, and a link to the front page.
pub fn error_page(lang: Lang, heading: Own, text: Own) -> String {
    let doc = Document::from(ERROR_PAGE);
    doc.select("html").set_attr("lang", lang.as_str());
    for (selector, words) in [
        ("title", heading.text(lang)),
        ("h1", heading.text(lang)),
        ("main > p:not(:has(a))", text.text(lang)),
        ("main a", Own::FrontPage.text(lang)),
    ] {
        for el in dom::live(&doc, selector) {
            set_text(&doc, &el, words);
        }
    }
    let home = format!("/?lang={}", lang.as_str());
    doc.select("main a").set_attr("href", &home);
    dom::html_of(&doc)
}
