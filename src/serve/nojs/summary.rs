//! The error summary first in the form, as pkg/dropin/summary.js makes it: a
//! heading and one link per error to the control it is about (the drop-in's
//! `ds-error-summary`, focused on arrival), and the warnings in a panel of their
//! own just before the submit button.

use super::dom::{self, attr, element, text_element};
use crate::messages::{ui, Ui};
use crate::report::Severity;
use crate::Lang;
use dom_query::Document;

/// The error summary (and the warnings panel) with one entry per issue.
pub fn show(doc: &Document, lang: Lang, links: &[(Severity, &str, Option<String>)]) {
    let Some(form) = dom::live(doc, "form").into_iter().next() else {
        return;
    };
    let form_id = {
        let id = attr(&form, "id");
        if id.is_empty() {
            "skjemasjekk".to_owned()
        } else {
            id
        }
    };
    let submit = dom::live_in(
        &form,
        "button[type=submit], input[type=submit], button:not([type])",
    )
    .into_iter()
    .next();
    for (severity, kind, class, heading) in [
        (
            Severity::Error,
            "summary",
            "ds-error-summary",
            Ui::ErrorSummaryHeading,
        ),
        (
            Severity::Warning,
            "warnings",
            "ds-alert",
            Ui::WarningSummaryHeading,
        ),
    ] {
        let entries: Vec<_> = links.iter().filter(|(s, _, _)| *s == severity).collect();
        if entries.is_empty() {
            continue;
        }
        let marker = format!("data-skjemasjekk-{kind}");
        let panel = match dom::live_in(&form, &format!("[{marker}]"))
            .into_iter()
            .next()
        {
            Some(p) => p,
            None => {
                let p = element(doc, "div", &[(marker.as_str(), "")]);
                match (severity, &submit) {
                    (Severity::Error, _) => form.prepend_child(&p),
                    (_, Some(s)) => s.insert_before(&p),
                    (_, None) => form.append_child(&p),
                }
                p
            }
        };
        let heading_id = format!("{form_id}-{kind}-heading");
        panel.add_class(class);
        panel.set_attr("aria-labelledby", &heading_id);
        if severity == Severity::Error {
            panel.set_attr("tabindex", "-1");
            // Without a script nothing can move focus here after the post: the
            // browser does, so the person (and a screen reader) starts at it.
            panel.set_attr("autofocus", "");
        } else {
            panel.set_attr("data-color", "warning");
        }
        let h = text_element(
            doc,
            "h2",
            &[
                ("class", "ds-heading"),
                ("data-size", "xs"),
                ("id", &heading_id),
            ],
            ui(heading, lang),
        );
        let list = element(doc, "ul", &[("class", "ds-list")]);
        for (_, text, href) in entries {
            let li = element(doc, "li", &[]);
            match href {
                Some(href) => li.append_child(&text_element(
                    doc,
                    "a",
                    &[
                        ("class", "ds-link"),
                        ("href", href),
                        ("data-skjemasjekk-target", ""),
                    ],
                    text,
                )),
                None => li.append_child(&doc.tree.new_text(*text)),
            }
            list.append_child(&li);
        }
        for child in panel.children() {
            child.remove_from_parent();
        }
        panel.append_child(&h);
        panel.append_child(&list);
    }
}
