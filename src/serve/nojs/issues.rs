//! The report on the page, as the drop-in shows it after a submit
//! (pkg/dropin/anchors.js, messages.js, summary.js): each issue at the control
//! its path names, or else at the group, row or list it lies in, or the nearest
//! one above; a message there (`ds-validation-message`, a visually hidden
//! "Feil:" before it), `aria-invalid` and `aria-describedby` on the controls;
//! and the error summary first in the form with one link per error to the
//! control it is about (`summary`). Same markup, classes and words as the
//! drop-in's.

use super::dom::{self, attr, element, id_stem, pointer_of, segs_of, text_element};
use super::rows::{self, LIST};
use crate::messages::{ui, Ui};
use crate::report::{Issue, Report, Severity};
use crate::Lang;
use dom_query::{Document, NodeRef};
use std::collections::{HashMap, HashSet};

const CONTROLS: &str = "input[name], select[name], textarea[name]";
const GROUPS: &str = "[data-skjemasjekk-list], [data-skjemasjekk-path], [data-skjemasjekk-row]";
const FOCUSABLE: &str = "input:not([type=hidden]), select, textarea, button, [tabindex]";

/// Where issues at one pointer are shown.
#[derive(Clone)]
enum Anchor<'a> {
    /// The controls named alike (a radio group, check boxes, one input).
    Control(Vec<NodeRef<'a>>),
    /// A list, a row or a group of fields.
    Container(NodeRef<'a>),
}

/// Every place an issue can be shown, by pointer (controls before containers).
fn anchors<'a>(doc: &'a Document) -> HashMap<String, Anchor<'a>> {
    let mut out: HashMap<String, Anchor> = HashMap::new();
    for el in dom::live(doc, CONTROLS) {
        let Some(p) = pointer_of(&attr(&el, "name")) else {
            continue;
        };
        match out.entry(p).or_insert_with(|| Anchor::Control(Vec::new())) {
            Anchor::Control(els) => els.push(el),
            Anchor::Container(_) => {}
        }
    }
    for list in dom::live(doc, &format!("[{LIST}]")) {
        let Some(segs) = segs_of(&attr(&list, LIST)) else {
            continue;
        };
        let base = crate::formdata::pointer(&segs);
        for (i, row) in rows::rows_of(&list).into_iter().enumerate() {
            out.entry(format!("{base}/{i}"))
                .or_insert(Anchor::Container(row));
        }
        out.entry(base).or_insert(Anchor::Container(list));
    }
    for el in dom::live(doc, "[data-skjemasjekk-path]") {
        if let Some(p) = pointer_of(&attr(&el, "data-skjemasjekk-path")) {
            out.entry(p).or_insert(Anchor::Container(el));
        }
    }
    out
}

/// The anchor of an issue at `path`: its own, or its nearest ancestor's.
fn anchor_for<'m, 'a>(
    anchors: &'m HashMap<String, Anchor<'a>>,
    path: &str,
) -> Option<(String, &'m Anchor<'a>)> {
    let mut p = path;
    loop {
        if let Some(a) = anchors.get(p) {
            return Some((p.to_owned(), a));
        }
        if p.is_empty() {
            return None;
        }
        p = p.get(..p.rfind('/')?).unwrap_or("");
    }
}

/// Shown without JavaScript: not in a message, not a button that needs it.
fn usable(el: &NodeRef) -> bool {
    dom::closest(
        el,
        "[data-skjemasjekk-message], .skjemasjekk-needs-js, [hidden]",
    )
    .is_none()
}

/// The element a summary link moves focus to.
fn focus_target<'a>(anchor: &Anchor<'a>) -> Option<NodeRef<'a>> {
    match anchor {
        Anchor::Control(els) => els.first().cloned(),
        Anchor::Container(el) => Some(
            dom::live_in(el, FOCUSABLE)
                .into_iter()
                .find(usable)
                .unwrap_or_else(|| {
                    if !el.has_attr("tabindex") {
                        el.set_attr("tabindex", "-1");
                    }
                    *el
                }),
        ),
    }
}

/// An id for `el`, made from the pointer when it has none (`pilots-0--at`).
fn ensure_id(el: &NodeRef, pointer: &str, taken: &mut HashSet<String>) -> String {
    let id = attr(el, "id");
    if !id.is_empty() {
        return id;
    }
    let segs = if pointer.is_empty() {
        vec![crate::formdata::Seg::Key("form".into())]
    } else {
        segs_of(pointer).unwrap_or_default()
    };
    let stem = format!("{}--at", id_stem(&segs));
    let mut id = stem.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{stem}{n}");
        n += 1;
    }
    taken.insert(id.clone());
    el.set_attr("id", &id);
    id
}

/// The controls a message at `anchor` belongs to (focus target first).
fn described<'a>(anchor: &Anchor<'a>) -> Vec<NodeRef<'a>> {
    match anchor {
        Anchor::Control(els) => els.clone(),
        Anchor::Container(el) => {
            let own: Vec<NodeRef> = dom::live_in(el, CONTROLS)
                .into_iter()
                .filter(|c| {
                    c.parent()
                        .and_then(|p| dom::closest(&p, GROUPS))
                        .is_some_and(|g| g.id == el.id)
                })
                .collect();
            let mut out = Vec::new();
            if let Some(t) = focus_target(anchor) {
                if t.id != el.id && !own.iter().any(|c| c.id == t.id) {
                    out.push(t);
                }
            }
            out.extend(own);
            if el.node_name().is_some_and(|n| n.as_ref() == "fieldset") {
                out.insert(0, *el);
            }
            out
        }
    }
}

/// Shows `report` on the page: messages at their places and the summaries.
pub fn show(doc: &Document, report: &Report, lang: Lang) {
    let places = anchors(doc);
    let mut taken: HashSet<String> = dom::live(doc, "[id]")
        .iter()
        .map(|e| attr(e, "id"))
        .collect();
    let mut order: Vec<String> = Vec::new();
    let mut at: HashMap<String, Vec<&Issue>> = HashMap::new();
    let mut links: Vec<(Severity, &str, Option<String>)> = Vec::new();
    for issue in &report.issues {
        let found = anchor_for(&places, &issue.path);
        let href = found.as_ref().and_then(|(p, a)| {
            focus_target(a).map(|t| format!("#{}", ensure_id(&t, p, &mut taken)))
        });
        links.push((issue.severity, issue.message.as_str(), href));
        if let Some((p, _)) = found {
            if !at.contains_key(&p) {
                order.push(p.clone());
            }
            at.entry(p).or_default().push(issue);
        }
    }
    for p in &order {
        if let (Some(anchor), Some(issues)) = (places.get(p), at.get(p)) {
            message(doc, p, anchor, issues, lang, &mut taken);
        }
    }
    super::summary::show(doc, lang, &links);
}

/// The message box at one anchor, and the attributes of its controls.
fn message(
    doc: &Document,
    pointer: &str,
    anchor: &Anchor,
    issues: &[&Issue],
    lang: Lang,
    taken: &mut HashSet<String>,
) {
    let errors = issues.iter().any(|i| i.severity == Severity::Error);
    let el = match anchor {
        Anchor::Control(els) => els.first(),
        Anchor::Container(el) => Some(el),
    };
    let Some(el) = el else {
        return;
    };
    let id = format!("{}-msg", ensure_id(el, pointer, taken));
    let kind = if errors { "error" } else { "warning" };
    let bx = element(
        doc,
        "div",
        &[("data-skjemasjekk-message", kind), ("id", &id)],
    );
    for severity in [Severity::Error, Severity::Warning] {
        let (prefix, color) = match severity {
            Severity::Error => (ui(Ui::ErrorPrefix, lang), None),
            Severity::Warning => (ui(Ui::WarningPrefix, lang), Some("warning")),
        };
        for issue in issues.iter().filter(|i| i.severity == severity) {
            let mut attrs = vec![
                ("class", "ds-validation-message"),
                ("data-field", "validation"),
            ];
            if let Some(c) = color {
                attrs.push(("data-color", c));
            }
            let p = element(doc, "p", &attrs);
            let hidden = format!("{prefix} ");
            p.append_child(&text_element(
                doc,
                "span",
                &[("class", "ds-sr-only")],
                &hidden,
            ));
            p.append_child(&doc.tree.new_text(issue.message.as_str()));
            bx.append_child(&p);
        }
    }
    place(anchor, &bx);
    for c in described(anchor) {
        let mut ids: Vec<String> = attr(&c, "aria-describedby")
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        if !ids.contains(&id) {
            ids.push(id.clone());
        }
        c.set_attr("aria-describedby", &ids.join(" "));
        let control = c
            .node_name()
            .is_some_and(|n| matches!(n.as_ref(), "input" | "select" | "textarea"));
        if errors && control {
            c.set_attr("aria-invalid", "true");
        }
    }
}

/// Puts a message box where the drop-in puts it.
fn place(anchor: &Anchor, bx: &NodeRef) {
    match anchor {
        Anchor::Control(els) => {
            let Some(first) = els.first() else {
                return;
            };
            let radio = attr(first, "type").eq_ignore_ascii_case("radio");
            let host = dom::closest(first, "[data-skjemasjekk-field]")
                .or_else(|| {
                    (els.len() > 1 || radio)
                        .then(|| dom::closest(first, "fieldset"))
                        .flatten()
                })
                .or_else(|| dom::closest(first, ".ds-field"));
            match (host, els.last()) {
                (Some(host), _) => host.append_child(bx),
                (None, Some(last)) => last.insert_after(bx),
                (None, None) => {}
            }
        }
        Anchor::Container(el) => {
            let lead = el
                .element_children()
                .into_iter()
                .take_while(|c| c.is("legend, h1, h2, h3, h4, h5, h6, [data-field=description], [data-skjemasjekk-lead]"))
                .last();
            match lead {
                Some(lead) => lead.insert_after(bx),
                None => el.prepend_child(bx),
            }
        }
    }
}
