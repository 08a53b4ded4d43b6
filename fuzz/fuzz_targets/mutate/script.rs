//! Line-level changes to the `live` target's edit scripts (one edit a line:
//! `POINTER<TAB>JSON` sets, `POINTER` removes; checks/live.rs reads them).
//! libFuzzer's byte mutations seldom keep a pointer aimed at a field the form
//! knows or turn a leaf edit into a whole-object one; these aim a line
//! elsewhere (its parent, a child, an index, another line's pointer), fold a
//! leaf edit into an edit of its parent, and add, drop, repeat, reorder or
//! flip (set ⇄ remove) a line. A line's value is changed by tree.rs (mod.rs).

use super::pool::Pool;
use super::tree::Rng;
use skjemasjekk::{parse_json, Value};

/// The target reads no more lines than this (checks/live.rs).
pub const MAX_LINES: usize = 64;

/// A line's pointer and, for a set, its JSON text.
pub fn parts(line: &str) -> (&str, Option<&str>) {
    match line.split_once('\t') {
        Some((p, v)) => (p, Some(v)),
        None => (line, None),
    }
}

fn line(pointer: &str, value: Option<&str>) -> String {
    match value {
        Some(v) => format!("{pointer}\t{v}"),
        None => pointer.to_string(),
    }
}

/// A pointer segment for a key (RFC 6901 escapes); None when the key would
/// break the script's layout (a tab or a line break in it).
fn segment(key: &str) -> Option<String> {
    if key.contains(['\t', '\n', '\r']) {
        return None;
    }
    Some(key.replace('~', "~0").replace('/', "~1"))
}

/// A new last segment: an index, the append marker, or a key from the pool.
fn new_segment(pool: &Pool, rng: &mut Rng) -> Option<String> {
    match rng.below(4) {
        0 => Some(rng.below(4).to_string()),
        1 => Some("-".to_string()),
        _ => segment(rng.pick(&pool.keys)?),
    }
}

/// A new pointer for a line with pointer `p`; `others` are the script's lines.
fn aim(p: &str, others: &[String], pool: &Pool, rng: &mut Rng) -> Option<String> {
    let parent = p.rfind('/').and_then(|i| p.get(..i));
    match rng.below(4) {
        0 => Some(parts(rng.pick(others)?).0.to_string()),
        1 => parent.map(str::to_string),
        2 => Some(format!("{p}/{}", new_segment(pool, rng)?)),
        _ => Some(format!("{}/{}", parent?, new_segment(pool, rng)?)),
    }
}

/// `/a/b<TAB>v` as an edit of `/a`: `{"b": v}`, or `[v]` when `b` is an index
/// or `-`.
fn fold(p: &str, v: &str) -> Option<String> {
    let i = p.rfind('/')?;
    let (parent, last) = (p.get(..i)?, p.get(i + 1..)?);
    let value = parse_json(v).ok()?;
    // One level more must stay within what the parser takes (as in mod.rs).
    if value.depth() >= skjemasjekk::value::MAX_DEPTH {
        return None;
    }
    let wrapped = if last == "-" || (!last.is_empty() && last.bytes().all(|b| b.is_ascii_digit())) {
        Value::Array(vec![value])
    } else {
        let key = last.replace("~1", "/").replace("~0", "~");
        Value::Object(vec![(key, value)])
    };
    Some(line(parent, Some(&wrapped.to_json())))
}

/// One line-level change to `lines`; false when none applied (no lines, or
/// the change picked could not be made).
pub fn change(lines: &mut Vec<String>, pool: &Pool, rng: &mut Rng) -> bool {
    let len = lines.len();
    if len == 0 {
        return false;
    }
    let i = rng.below(len);
    let Some(current) = lines.get(i).cloned() else {
        return false;
    };
    let (p, v) = parts(&current);
    let new = match rng.below(6) {
        0 => aim(p, lines, pool, rng).map(|p| line(&p, v)),
        1 => v.and_then(|v| fold(p, v)),
        // Flip: a set becomes a remove; a remove sets a fragment from the pool.
        2 => match v {
            Some(_) => Some(p.to_string()),
            None => (rng.pick(&pool.fragments)).map(|f| line(p, Some(&f.to_json()))),
        },
        3 if len < MAX_LINES => {
            lines.insert(rng.below(len + 1), current);
            return true;
        }
        4 if len > 1 => {
            lines.remove(i);
            return true;
        }
        _ if len > 1 => {
            lines.swap(i, rng.below(len));
            return true;
        }
        _ => None,
    };
    match (new, lines.get_mut(i)) {
        (Some(new), Some(slot)) => {
            *slot = new;
            true
        }
        _ => false,
    }
}

/// Crossover: a line of `from` (a removal, or a set whose value is JSON) put
/// into `lines`, in place of one when the script is full.
pub fn splice(lines: &mut Vec<String>, from: &[String], rng: &mut Rng) -> bool {
    let usable: Vec<&String> = (from.iter())
        .filter(|l| parts(l).1.is_none_or(|v| parse_json(v).is_ok()))
        .collect();
    let Some(l) = rng.pick(&usable).map(|l| l.to_string()) else {
        return false;
    };
    let len = lines.len();
    if len < MAX_LINES {
        lines.insert(rng.below(len + 1), l);
        return true;
    }
    match lines.get_mut(rng.below(len)) {
        Some(slot) => {
            *slot = l;
            true
        }
        None => false,
    }
}
