//! List rows without JavaScript: the add and remove buttons of the server's
//! page are submit buttons (the list's or the row's pointer as their value),
//! the server answers with the page one row more or less (the rows after a
//! removed one renumbered, every value kept), and focus goes where the drop-in
//! would put it.

use super::dom::{self, attr, segs_of, text_element};
use super::rows::{owner_list, renumber_name, rows_of, LIST};
use crate::formdata::{pointer, Seg};
use crate::messages::{ui, Ui};
use crate::Lang;
use dom_query::Document;

/// The name of the button that adds a row (its value: the list's pointer) and
/// of those that remove one (the row's pointer): the form posts here and the
/// page comes back with the row added or removed.
pub const ADD: &str = "skjemasjekk-add";
pub const REMOVE: &str = "skjemasjekk-remove";

/// Add and remove buttons that work without JavaScript: submit buttons the
/// server answers. Enter in a field must still send the form, not add or
/// remove a row, so a copy of the submit button goes first in the form (the
/// browser's default button), out of sight and out of the tab order.
pub fn make(doc: &Document, lang: Lang) {
    for list in dom::live(doc, &format!("[{LIST}]")) {
        let Some(segs) = dom::segs_of(&attr(&list, LIST)) else {
            continue;
        };
        let base = pointer(&segs);
        for add in dom::live_in(&list, "[data-skjemasjekk-add]") {
            if owner_list(&add).is_some_and(|l| l.id == list.id) {
                add.set_attr("type", "submit");
                add.set_attr("name", ADD);
                add.set_attr("value", &base);
            }
        }
        for (i, row) in rows_of(&list).iter().enumerate() {
            for b in dom::live_in(row, "[data-skjemasjekk-remove]") {
                if dom::closest(&b, "[data-skjemasjekk-row]").is_some_and(|r| r.id == row.id) {
                    b.set_attr("type", "submit");
                    b.set_attr("name", REMOVE);
                    b.set_attr("value", &format!("{base}/{i}"));
                }
            }
        }
    }
    for form in dom::live(doc, "form.skjemasjekk-nojs") {
        form.remove_class("skjemasjekk-nojs");
        let default = text_element(
            doc,
            "button",
            &[
                ("type", "submit"),
                ("class", "ds-sr-only"),
                ("tabindex", "-1"),
                ("aria-hidden", "true"),
                ("data-skjemasjekk-default", ""),
            ],
            ui(Ui::Submit, lang),
        );
        form.prepend_child(&default);
    }
}

/// Where focus goes after a row was added or removed, as the drop-in moves it:
/// into row `at` (the one that took a removed row's place, or the one before
/// it) or, without `at`, the last row (the one just added); else to the list's
/// add button. `autofocus`, as the page has no script.
pub fn focus_in(doc: &Document, list_segs: &[Seg], at: Option<usize>) {
    let want = pointer(list_segs);
    let list = dom::live(doc, &format!("[{LIST}]"))
        .into_iter()
        .find(|l| segs_of(&attr(l, LIST)).is_some_and(|s| pointer(&s) == want));
    let Some(list) = list else {
        return;
    };
    let rows = rows_of(&list);
    let row = match at {
        Some(i) => rows.get(i).or_else(|| rows.get(i.wrapping_sub(1))),
        None => rows.last(),
    };
    let in_row = row.and_then(|row| {
        dom::live_in(row, "input:not([type=hidden]), select, textarea")
            .into_iter()
            .next()
    });
    let add = || {
        dom::live_in(&list, "[data-skjemasjekk-add]")
            .into_iter()
            .find(|b| owner_list(b).is_some_and(|l| l.id == list.id))
    };
    if let Some(target) = in_row.or_else(add) {
        target.set_attr("autofocus", "");
    }
}

/// The pairs of a post without row `row` of its list, the rows after it
/// renumbered (what pressing a row's remove button asks for).
pub fn without_row(pairs: &[(String, String)], row: &[Seg]) -> Vec<(String, String)> {
    let Some((Seg::Index(removed), list)) = row.split_last() else {
        return pairs.to_vec();
    };
    pairs
        .iter()
        .filter_map(|(name, value)| {
            let Some(segs) = segs_of(name) else {
                return Some((name.clone(), value.clone()));
            };
            if segs.starts_with(row) {
                return None;
            }
            match segs.get(list.len()) {
                Some(Seg::Index(i)) if segs.starts_with(list) && i > removed => {
                    Some((renumber_name(name, list, i - 1), value.clone()))
                }
                _ => Some((name.clone(), value.clone())),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segs(name: &str) -> Vec<Seg> {
        segs_of(name).unwrap()
    }

    #[test]
    fn a_removed_row_takes_its_values_and_the_rows_after_it_move_up() {
        let pairs: Vec<(String, String)> = [
            ("a[0].b", "x"),
            ("a[1].b", "y"),
            ("a[2].b", "z"),
            ("c", "w"),
        ]
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect();
        let left = without_row(&pairs, &segs("/a/1"));
        let names: Vec<(&str, &str)> = left.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
        assert_eq!(names, [("a[0].b", "x"), ("a[1].b", "z"), ("c", "w")]);
    }
}
