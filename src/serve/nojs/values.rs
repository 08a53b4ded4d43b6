//! What the person typed, back in the controls: text in inputs and text areas,
//! the chosen radio buttons, check boxes and options. Controls are matched by
//! the pointer their name stands for, so a dotted name and a JSON Pointer name
//! the same field as they do in `crate::formdata`. Values go in as attribute
//! values and text nodes, so the page escapes them when it is written.

use super::dom::{self, attr, pointer_of, set_text};
use crate::formdata::{parse_name, Seg};
use dom_query::Document;
use std::collections::HashMap;

/// The posted values by the pointer of their name, in order; and every name's
/// segments (for counting rows).
pub struct Posted {
    by_pointer: HashMap<String, Vec<String>>,
    pub segs: Vec<Vec<Seg>>,
}

impl Posted {
    pub fn new(pairs: &[(String, String)]) -> Posted {
        let mut by_pointer: HashMap<String, Vec<String>> = HashMap::new();
        let mut segs = Vec::new();
        for (name, value) in pairs {
            let Some(s) = parse_name(name) else {
                continue;
            };
            by_pointer
                .entry(crate::formdata::pointer(&s))
                .or_default()
                .push(value.clone());
            segs.push(s);
        }
        Posted { by_pointer, segs }
    }

    /// Nothing posted (a fresh form).
    pub fn empty() -> Posted {
        Posted {
            by_pointer: HashMap::new(),
            segs: Vec::new(),
        }
    }
}

/// Puts the posted values into the page's controls.
pub fn keep(doc: &Document, posted: &Posted) {
    for el in dom::live(doc, "input[name], textarea[name], select[name]") {
        let Some(values) = pointer_of(&attr(&el, "name")).and_then(|p| posted.by_pointer.get(&p))
        else {
            continue;
        };
        let first = values.first().map_or("", String::as_str);
        let tag = el.node_name().map(|n| n.to_string()).unwrap_or_default();
        match tag.as_str() {
            "textarea" => set_text(doc, &el, first),
            "select" => {
                for option in dom::live_in(&el, "option") {
                    let value = option
                        .attr("value")
                        .map_or_else(|| option.text().to_string(), |v| v.to_string());
                    if values.contains(&value) {
                        option.set_attr("selected", "");
                    } else {
                        option.remove_attr("selected");
                    }
                }
            }
            _ => match attr(&el, "type").to_ascii_lowercase().as_str() {
                "radio" | "checkbox" => {
                    let value = el
                        .attr("value")
                        .map_or_else(|| "on".to_owned(), |v| v.to_string());
                    if values.contains(&value) {
                        el.set_attr("checked", "");
                    } else {
                        el.remove_attr("checked");
                    }
                }
                "submit" | "button" | "reset" | "image" | "file" | "password" => {}
                _ => el.set_attr("value", first),
            },
        }
    }
}

/// Today's date (UTC) in a date control that is filled in on arrival and
/// read-only (the submission date), when the page is fresh: what the page
/// script does with JavaScript.
pub fn fill_today(doc: &Document, today: &str) {
    for el in dom::live(doc, "input[type=date][readonly][name]") {
        if attr(&el, "value").is_empty() {
            el.set_attr("value", today);
        }
    }
}
