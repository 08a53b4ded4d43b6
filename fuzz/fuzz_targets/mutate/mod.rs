//! A structure-aware mutator for the targets whose input is JSON text (a rule
//! set, a document, or both): libFuzzer's byte mutations rarely turn one valid
//! rule set into another, so most of their children stop at the JSON parser or
//! at the first rule-set error. This mutator parses the JSON parts of an input,
//! changes one node (tree.rs) with material from the project's forms and
//! fixtures (pool.rs) and writes it back; one time in four, and whenever a part
//! is not JSON, it leaves the bytes to libFuzzer's own mutator (with the
//! target's dictionary), so byte-level hostility is still searched.
//!
//! The `live` target's edit scripts also get line-level changes (script.rs):
//! half of its structural changes aim, fold, add, drop or flip a line.
//!
//! Used by the `compile`, `validate`, `rulesets`, `expr` and `live` entries through
//! `libfuzzer_sys::fuzz_mutator!` and `fuzz_crossover!` (libfuzzer.rs); the
//! input formats are the ones checks/ reads. Everything here also builds on
//! stable, where tests/fuzz_mutator.rs checks it; libfuzzer.rs, which each
//! target declares beside this module, is the libFuzzer side.

pub mod pool;
pub mod script;
pub mod tree;

use skjemasjekk::{parse_json, Value};
use tree::Rng;

/// How a target's input is laid out.
#[derive(Clone, Copy)]
pub enum Frame {
    /// All of it is JSON text (`compile`).
    Json,
    /// A selector byte, then JSON text (`validate`).
    Selector,
    /// A selector byte; bit 0 clear: two index bytes and a document; set: a
    /// rule set, `\n\0\n`, and a document (`rulesets`).
    Rulesets,
    /// An expression, then (after the first `\n`) a document (`expr`); without
    /// a `\n` the expression is all of it.
    Expr,
    /// A selector byte, then an edit script, one edit a line:
    /// `POINTER<TAB>JSON` (set) or `POINTER` (remove) (`live`).
    Live,
}

impl Frame {
    /// What stands between the JSON parts (compact JSON text holds neither).
    fn separator(self) -> &'static str {
        match self {
            Frame::Expr | Frame::Live => "\n",
            _ => "\n\0\n",
        }
    }
}

/// The input split into its leading bytes and its JSON parts (None when a part
/// is not UTF-8, or the layout does not match).
pub fn split(data: &[u8], frame: Frame) -> Option<(Vec<u8>, Vec<String>)> {
    let head = match frame {
        Frame::Json => 0,
        Frame::Selector | Frame::Live => 1,
        Frame::Rulesets if data.first()? & 1 == 0 => 3,
        Frame::Rulesets => 1,
        Frame::Expr => 0,
    };
    let (h, rest) = data.split_at_checked(head)?;
    let text = std::str::from_utf8(rest).ok()?;
    // A rule set needs its document; an expression's is optional.
    let parts = match (frame, text.split_once(frame.separator())) {
        (Frame::Rulesets, halves) if head == 1 => {
            let (a, b) = halves?;
            vec![a, b]
        }
        (Frame::Expr, Some((a, b))) => vec![a, b],
        (Frame::Live, _) => text.split('\n').collect(),
        _ => vec![text],
    };
    Some((h.to_vec(), parts.into_iter().map(str::to_string).collect()))
}

/// A part's JSON text and what stands before it: for an edit-script line its
/// pointer and tab (None for a line that removes), otherwise nothing.
pub fn json_of(part: &str, frame: Frame) -> Option<(&str, &str)> {
    match frame {
        Frame::Live => part.split_at_checked(part.find('\t')? + 1),
        _ => Some(("", part)),
    }
}

fn join(head: &[u8], parts: &[String], frame: Frame) -> Vec<u8> {
    let mut out = head.to_vec();
    out.extend_from_slice(parts.join(frame.separator()).as_bytes());
    out
}

/// One structural change to `input` (None when it is not laid out as JSON):
/// now and then a new selector byte, otherwise one node of one JSON part
/// (tree.rs); `bytes` mutates a string's bytes.
pub fn structural(
    input: &[u8],
    rng: &mut Rng,
    frame: Frame,
    bytes: &mut dyn FnMut(&str) -> String,
) -> Option<Vec<u8>> {
    let (mut head, mut parts) = split(input, frame)?;
    // The selector picks the form, the language, the mode, the fixture.
    if !head.is_empty() && rng.below(8) == 0 {
        let i = rng.below(head.len());
        *head.get_mut(i)? = rng.next() as u8;
        return Some(join(&head, &parts, frame));
    }
    if matches!(frame, Frame::Live) && rng.below(2) == 0 {
        return script::change(&mut parts, pool::pool(), rng).then(|| join(&head, &parts, frame));
    }
    // One of the parts that hold JSON (an edit script's removals hold none).
    let with_json: Vec<usize> = (parts.iter().enumerate())
        .filter_map(|(i, p)| json_of(p, frame).map(|_| i))
        .collect();
    let part = parts.get_mut(*rng.pick(&with_json)?)?;
    let (prefix, json) = json_of(part, frame)?;
    let prefix = prefix.to_string();
    let mut value = parse_json(json).ok()?;
    tree::mutate(&mut value, pool::pool(), rng, bytes);
    // A wrap can push the deepest node past what the parser takes: no child.
    if value.depth() > skjemasjekk::value::MAX_DEPTH {
        return None;
    }
    *part = format!("{prefix}{}", value.to_json());
    Some(join(&head, &parts, frame))
}

/// Crossover: a node of `b`'s JSON put in place of a node of `a`'s (`a`'s
/// layout and selector are kept), or for an edit script half the time a line
/// of `b` put into `a`; None when either is not laid out as JSON.
pub fn cross(a: &[u8], b: &[u8], rng: &mut Rng, frame: Frame) -> Option<Vec<u8>> {
    let (head, mut parts) = split(a, frame)?;
    let (_, other) = split(b, frame)?;
    if matches!(frame, Frame::Live) && rng.below(2) == 0 {
        return script::splice(&mut parts, &other, rng).then(|| join(&head, &parts, frame));
    }
    let i = rng.below(parts.len());
    let from = parse_json(json_of(rng.pick(&other)?, frame)?.1).ok()?;
    let to = parts.get_mut(i)?;
    let (prefix, json) = json_of(to, frame)?;
    let prefix = prefix.to_string();
    let mut to_value = parse_json(json).ok()?;
    let piece: Value = tree::random_subtree(&from, rng);
    tree::replace_random(&mut to_value, piece, rng);
    if to_value.depth() > skjemasjekk::value::MAX_DEPTH {
        return None;
    }
    *to = format!("{prefix}{}", to_value.to_json());
    Some(join(&head, &parts, frame))
}
