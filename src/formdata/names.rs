//! Control names as paths into the data, and which field of the form a path names.
//!
//! A control's `name` is a path in one of two styles, both as the drop-in has
//! always read them: a JSON Pointer (`/pilots/0/time/milestones/1/date`) or a
//! dotted path (`pilots[0].time.milestones[1].date`). A list index is `0` or a
//! number without a leading zero of at most nine digits; in a pointer an
//! all-digit segment that is not such a number stays a key. Parsing is a loop
//! over the name: no recursion, whatever its length.

use crate::model::{Field, FieldKind, ObjectSchema};

/// One step of a path: an object key or a list index.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// A list index as names write it: `0`, or 1–9 digits without a leading zero.
fn index(text: &str) -> Option<usize> {
    let ok = text == "0"
        || (!text.is_empty()
            && text.len() <= 9
            && !text.starts_with('0')
            && text.bytes().all(|b| b.is_ascii_digit()));
    if ok {
        text.parse().ok()
    } else {
        None
    }
}

/// The segments a name stands for, or `None` when it is not a path.
pub fn parse_name(name: &str) -> Option<Vec<Seg>> {
    if let Some(pointer) = name.strip_prefix('/') {
        return Some(
            pointer
                .split('/')
                .map(|raw| {
                    // Leniently: a `~` followed by neither 0 nor 1 stays.
                    let (key, _) = crate::validate::paths::unescape_token(raw);
                    index(&key).map_or(Seg::Key(key), Seg::Index)
                })
                .collect(),
        );
    }
    let mut segs = Vec::new();
    let mut rest = name;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('[') {
            let close = after.find(']')?;
            segs.push(Seg::Index(index(after.get(..close)?)?));
            rest = after.get(close + 1..)?;
        } else {
            let end = rest.find(['.', '[']).unwrap_or(rest.len());
            let key = rest.get(..end)?;
            if key.is_empty() || key.contains(']') {
                return None;
            }
            segs.push(Seg::Key(key.to_owned()));
            rest = rest.get(end..)?;
        }
        if let Some(after) = rest.strip_prefix('.') {
            if after.is_empty() {
                return None;
            }
            rest = after;
        }
    }
    (!segs.is_empty()).then_some(segs)
}

/// The JSON Pointer of a path (RFC 6901).
pub fn pointer(segs: &[Seg]) -> String {
    let mut out = String::new();
    for seg in segs {
        out.push('/');
        match seg {
            Seg::Key(k) => out.push_str(&crate::compile::escape_pointer_token(k)),
            Seg::Index(i) => out.push_str(&i.to_string()),
        }
    }
    out
}

/// The field a path names, walking the form's fields one segment at a time:
/// keys into objects, an index into each list. `None` when some segment names
/// nothing (a key the form lacks, a list entered without an index, a step
/// past a plain value).
pub fn field_at<'f>(form: &'f ObjectSchema, segs: &[Seg]) -> Option<&'f Field> {
    let mut object = Some(form);
    let mut item: Option<&Field> = None;
    let mut at: Option<&Field> = None;
    for seg in segs {
        match (seg, object, item) {
            (Seg::Key(key), Some(schema), _) => at = schema.field(key).map(|(_, f)| f),
            (Seg::Index(_), None, Some(list_item)) => at = Some(list_item),
            _ => return None,
        }
        let field = at?;
        (object, item) = match &field.kind {
            FieldKind::Object(schema) => (Some(schema), None),
            FieldKind::List { item, .. } => (None, Some(item.as_ref())),
            _ => (None, None),
        };
    }
    at
}
