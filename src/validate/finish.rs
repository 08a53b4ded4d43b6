//! Ordering issues by the form definition and wording them in one language.

use super::paths::{pointer, PathSeg};
use super::Pending;
use crate::form::Form;
use crate::lang::Lang;
use crate::messages::{self, Ctx};
use crate::model::{Field, FieldKind, ObjectSchema, Text};
use crate::report::Issue;
use crate::sort::sort_stable_by;

/// Where a data path stands in the form: its order key, the label of the field
/// there, and the groups and list items on the way (for "Pilot 2, Tid: …"), so
/// a message read in the error summary says which field it is about.
struct Place<'f> {
    key: Vec<u32>,
    label: Option<&'f Text>,
    context: Vec<(&'f Text, Option<usize>)>,
}

fn describe<'f>(root: &'f ObjectSchema, path: &[PathSeg]) -> Place<'f> {
    let mut place = Place {
        key: Vec::with_capacity(path.len()),
        label: None,
        context: vec![],
    };
    let mut schema: Option<&'f ObjectSchema> = Some(root);
    let mut field: Option<&'f Field> = None;
    for (n, seg) in path.iter().enumerate() {
        match seg {
            PathSeg::Key(k) => {
                let found =
                    schema.and_then(|s| s.fields.iter().enumerate().find(|(_, f)| f.key == *k));
                match found {
                    Some((i, f)) => {
                        place.key.push(u32::try_from(i).unwrap_or(u32::MAX));
                        field = Some(f);
                        place.label = Some(&f.label);
                        schema = match &f.kind {
                            FieldKind::Object(s) => {
                                if n + 1 < path.len() {
                                    place.context.push((&f.label, None));
                                }
                                Some(s)
                            }
                            _ => None,
                        };
                    }
                    None => {
                        // Keys the form does not define come after all it does.
                        let len = schema.map_or(0, |s| s.fields.len());
                        place.key.push(u32::try_from(len).unwrap_or(u32::MAX));
                        place.label = None;
                        field = None;
                        schema = None;
                    }
                }
            }
            PathSeg::Index(i) => {
                place.key.push(u32::try_from(*i).unwrap_or(u32::MAX));
                if let Some(FieldKind::List { item, .. }) = field.map(|f| &f.kind) {
                    // The item's own label names it; the prefix names items above it.
                    if n + 1 < path.len() {
                        place.context.push((&item.label, Some(i + 1)));
                    }
                    place.label = Some(&item.label);
                    field = Some(item);
                    schema = match &item.kind {
                        FieldKind::Object(s) => Some(s),
                        _ => None,
                    };
                }
            }
        }
    }
    place
}

/// The order of a data path in the form: field order, then item order.
pub(crate) fn order_key(root: &ObjectSchema, path: &[PathSeg]) -> Vec<u32> {
    describe(root, path).key
}

/// The issues in report order (the form definition's, then by pointer), each
/// with its place and pointer.
fn placed<'f, 'a>(
    form: &'f Form,
    pending: Vec<Pending<'a>>,
) -> Vec<(Place<'f>, String, Pending<'a>)> {
    let placed: Vec<(Place, String, Pending)> = pending
        .into_iter()
        .map(|p| (describe(form.fields(), &p.path), pointer(&p.path), p))
        .collect();
    sort_stable_by(placed, &mut |a, b| {
        a.0.key.cmp(&b.0.key).then_with(|| a.1.cmp(&b.1))
    })
}

/// Order the issues, then word each in `lang`.
pub(crate) fn finish(form: &Form, pending: Vec<Pending>, lang: Lang) -> Vec<Issue> {
    placed(form, pending)
        .into_iter()
        .map(|(place, path, p)| word_placed(form, &place, path, p, lang))
        .collect()
}

/// Order the issues as a report does, words left for later.
pub(crate) fn in_order<'a>(form: &Form, pending: Vec<Pending<'a>>) -> Vec<Pending<'a>> {
    placed(form, pending)
        .into_iter()
        .map(|(_, _, p)| p)
        .collect()
}

/// Word one issue in `lang` (the live form words issues one at a time).
pub(crate) fn word(form: &Form, p: Pending, lang: Lang) -> Issue {
    let place = describe(form.fields(), &p.path);
    let path = pointer(&p.path);
    word_placed(form, &place, path, p, lang)
}

fn word_placed(form: &Form, place: &Place, path: String, p: Pending, lang: Lang) -> Issue {
    // A key the form does not define is named as sent (shown with care).
    let fallback;
    let label = match (place.label, p.path.last()) {
        (Some(t), _) => t.get(lang),
        (None, Some(PathSeg::Key(k))) => {
            fallback = super::shown_key::shown_key(k);
            fallback.as_str()
        }
        (None, _) => form.title(lang),
    };
    let item = p.other_item.map(|(t, n)| {
        let mut name = String::new();
        messages::push_item_name(&mut name, t.get(lang), n as u64);
        name
    });
    let mut others: Vec<&str> = p.others.iter().map(|t| t.get(lang)).collect();
    others.extend(item.as_deref());
    // "Pilot 2, Tid: " before the body names the groups and items on the way;
    // the body is written after it into the same text.
    let mut message = String::with_capacity(160);
    for (i, (t, n)) in place.context.iter().enumerate() {
        message.push_str(if i > 0 { ", " } else { "" });
        match n {
            Some(n) => messages::push_item_name(&mut message, t.get(lang), *n as u64),
            None => message.push_str(t.get(lang)),
        }
    }
    if !place.context.is_empty() {
        message.push_str(": ");
    }
    match p.message {
        Some(t) => message.push_str(t.get(lang)),
        None => messages::render_into(
            &mut message,
            &p.kind,
            &Ctx {
                label,
                others: &others,
                choice: p.choice.map(|t| t.get(lang)),
            },
            lang,
        ),
    }
    Issue {
        path,
        kind: p.kind,
        severity: p.severity,
        message,
    }
}
