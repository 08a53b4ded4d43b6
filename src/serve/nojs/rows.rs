//! List rows on a page without JavaScript: as many rows as were posted, made
//! from each list's `<template data-skjemasjekk-template>` and numbered as the
//! drop-in numbers them (pkg/dropin/rows.js): every name, id and reference in
//! a row carries its index, ids following the names (`pilots-1-title` for
//! `pilots[1].title`). Lists nest: an outer list's rows are made first, and the
//! lists inside them are handled as they appear, in one loop (no recursion).

use super::dom::{self, attr, id_stem, segs_of};
use crate::formdata::{pointer, Seg};
use dom_query::{Document, NodeRef};
use std::collections::HashSet;

pub const LIST: &str = "data-skjemasjekk-list";
pub const ROW: &str = "data-skjemasjekk-row";
const NAME_ATTRS: [&str; 3] = ["name", LIST, "data-skjemasjekk-path"];
const ID_ATTRS: [&str; 5] = [
    "id",
    "for",
    "aria-describedby",
    "aria-labelledby",
    "aria-controls",
];

/// The most rows one list gets, and one page in all, whatever a post claims
/// (the forms' own limits are far lower; `formdata` refuses larger indices).
const MAX_ROWS: usize = 100;
const MAX_ADDED: usize = 1000;

/// The list a row, button or template belongs to: the nearest list above it.
pub fn owner_list<'a>(node: &NodeRef<'a>) -> Option<NodeRef<'a>> {
    node.parent()
        .and_then(|p| dom::closest(&p, &format!("[{LIST}]")))
}

/// The rows of a list, in order (not those of lists inside them).
pub fn rows_of<'a>(list: &NodeRef<'a>) -> Vec<NodeRef<'a>> {
    dom::live_in(list, &format!("[{ROW}]"))
        .into_iter()
        .filter(|r| owner_list(r).is_some_and(|l| l.id == list.id))
        .collect()
}

/// Gives every list as many rows as `posted` has for it (at least the rows the
/// page has already), and the list at `extra` one row more.
pub fn expand(doc: &Document, posted: &[Vec<Seg>], extra: Option<&[Seg]>) {
    let mut done: HashSet<String> = HashSet::new();
    let mut added = 0;
    // Each round handles one list; a list's new rows may hold new lists.
    for _ in 0..10_000 {
        let next = dom::live(doc, &format!("[{LIST}]"))
            .into_iter()
            .find_map(|list| {
                let segs = segs_of(&attr(&list, LIST))?;
                let key = pointer(&segs);
                (!done.contains(&key)).then_some((list, segs, key))
            });
        let Some((list, segs, key)) = next else {
            return;
        };
        done.insert(key);
        let have = rows_of(&list).len();
        let mut want = posted_rows(posted, &segs);
        if extra == Some(segs.as_slice()) {
            want = want.max(have) + 1;
        }
        let want = want.min(MAX_ROWS);
        for index in have..want {
            if added >= MAX_ADDED || !add_row(&list, &segs, index) {
                break;
            }
            added += 1;
        }
    }
}

/// How many rows of the list at `segs` a post has: one more than the highest
/// index any posted name uses there.
fn posted_rows(posted: &[Vec<Seg>], segs: &[Seg]) -> usize {
    posted
        .iter()
        .filter(|p| p.starts_with(segs))
        .filter_map(|p| match p.get(segs.len()) {
            Some(Seg::Index(i)) => Some(i + 1),
            _ => None,
        })
        .max()
        .unwrap_or(0)
}

/// Adds row `index` at the end of a list, from its template.
fn add_row(list: &NodeRef, segs: &[Seg], index: usize) -> bool {
    let template = dom::live_in(list, "template[data-skjemasjekk-template]")
        .into_iter()
        .find(|t| owner_list(t).is_some_and(|l| l.id == list.id));
    let Some(template) = template else {
        return false;
    };
    let row = dom::template_contents(&template).and_then(|contents| {
        contents
            .descendants()
            .into_iter()
            .find(|n| n.is_element() && n.has_attr(ROW))
    });
    let Some(html) = row.and_then(|r| r.try_html()) else {
        return false;
    };
    template.before_html(html);
    let Some(new_row) = template.prev_element_sibling() else {
        return false;
    };
    renumber(&new_row, segs, index);
    true
}

/// Gives a row, and everything in it (the rows of the templates inside it
/// too), index `index` in the list at `segs`.
fn renumber(row: &NodeRef, segs: &[Seg], index: usize) {
    let stem = id_stem(segs);
    let mut stack = vec![*row];
    while let Some(el) = stack.pop() {
        if let Some(contents) = dom::template_contents(&el) {
            stack.push(contents);
        }
        stack.extend(
            el.children()
                .into_iter()
                .filter(|c| c.is_element() || c.is_fragment()),
        );
        if !el.is_element() {
            continue;
        }
        for name in NAME_ATTRS {
            if let Some(v) = el.attr(name) {
                el.set_attr(name, &renumber_name(&v, segs, index));
            }
        }
        for name in ID_ATTRS {
            if let Some(v) = el.attr(name) {
                el.set_attr(name, &renumber_ids(&v, &stem, index));
            }
        }
        if let Some(href) = el.attr("href") {
            if let Some(id) = href.strip_prefix('#') {
                el.set_attr("href", &format!("#{}", renumber_ids(id, &stem, index)));
            }
        }
    }
}

/// A name with the index right after `list` replaced by `index`, in its own style.
pub fn renumber_name(name: &str, list: &[Seg], index: usize) -> String {
    let Some(mut segs) = segs_of(name) else {
        return name.to_owned();
    };
    if !segs.starts_with(list) {
        return name.to_owned();
    }
    match segs.get_mut(list.len()) {
        Some(at @ Seg::Index(_)) => *at = Seg::Index(index),
        _ => return name.to_owned(),
    }
    if name.starts_with('/') {
        return pointer(&segs);
    }
    let mut out = String::new();
    for seg in &segs {
        match seg {
            Seg::Key(k) if out.is_empty() => out.push_str(k),
            Seg::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Seg::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// Ids (space-separated) with the row number after `stem-` replaced by `index`.
pub fn renumber_ids(ids: &str, stem: &str, index: usize) -> String {
    let head = format!("{stem}-");
    ids.split_whitespace()
        .map(|id| {
            let Some(rest) = id.strip_prefix(&head) else {
                return id.to_owned();
            };
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            let tail = rest.get(digits..).unwrap_or("");
            if digits == 0 || !(tail.is_empty() || tail.starts_with('-')) {
                return id.to_owned();
            }
            format!("{head}{index}{tail}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segs(name: &str) -> Vec<Seg> {
        segs_of(name).unwrap()
    }

    #[test]
    fn names_and_ids_are_renumbered_like_the_drop_in_does() {
        let list = segs("pilots");
        assert_eq!(
            renumber_name("pilots[0].title", &list, 3),
            "pilots[3].title"
        );
        assert_eq!(
            renumber_name("/pilots/0/title", &list, 2),
            "/pilots/2/title"
        );
        assert_eq!(renumber_name("agency.name", &list, 2), "agency.name");
        let inner = segs("pilots[1].time.milestones");
        assert_eq!(
            renumber_name("pilots[1].time.milestones[0].date", &inner, 4),
            "pilots[1].time.milestones[4].date"
        );
        assert_eq!(
            renumber_ids("pilots-0-title pilots-0-title-help other", "pilots", 5),
            "pilots-5-title pilots-5-title-help other"
        );
        assert_eq!(renumber_ids("pilots-0x", "pilots", 5), "pilots-0x");
    }

    #[test]
    fn rows_posted_are_counted_per_list() {
        let posted = vec![segs("a[0].b"), segs("a[2].b"), segs("a[1].c[4]"), segs("x")];
        assert_eq!(posted_rows(&posted, &segs("a")), 3);
        assert_eq!(posted_rows(&posted, &segs("a[1].c")), 5);
        assert_eq!(posted_rows(&posted, &segs("x")), 0);
    }
}
