//! A structure-aware mutator for the targets whose input is JSON text (a rule
//! set, a document, or both): libFuzzer's byte mutations rarely turn one valid
//! rule set into another, so most of their children stop at the JSON parser or
//! at the first rule-set error. This mutator parses the JSON parts of an input,
//! changes one node (tree.rs) with material from the project's forms and
//! fixtures (pool.rs) and writes it back; one time in four, and whenever a part
//! is not JSON, it leaves the bytes to libFuzzer's own mutator (with the
//! target's dictionary), so byte-level hostility is still searched.
//!
//! Used by the `compile`, `validate` and `rulesets` entries through
//! `libfuzzer_sys::fuzz_mutator!` and `fuzz_crossover!`; the input formats are
//! the ones checks/ reads.

mod pool;
mod tree;

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
}

const SEP: &str = "\n\0\n";

/// The input split into its leading bytes and its JSON parts (None when a part
/// is not UTF-8, or the layout does not match).
fn split(data: &[u8], frame: Frame) -> Option<(Vec<u8>, Vec<String>)> {
    let head = match frame {
        Frame::Json => 0,
        Frame::Selector => 1,
        Frame::Rulesets if data.first()? & 1 == 0 => 3,
        Frame::Rulesets => 1,
    };
    let (h, rest) = data.split_at_checked(head)?;
    let text = std::str::from_utf8(rest).ok()?;
    let parts = match frame {
        Frame::Rulesets if head == 1 => {
            let (a, b) = text.split_once(SEP)?;
            vec![a.to_string(), b.to_string()]
        }
        _ => vec![text.to_string()],
    };
    Some((h.to_vec(), parts))
}

fn join(head: &[u8], parts: &[String]) -> Vec<u8> {
    let mut out = head.to_vec();
    out.extend_from_slice(parts.join(SEP).as_bytes());
    out
}

/// Write `bytes` into the buffer if they fit; the new size, or None.
fn put(data: &mut [u8], max_size: usize, bytes: &[u8]) -> Option<usize> {
    if bytes.len() > max_size {
        return None;
    }
    data.get_mut(..bytes.len())?.copy_from_slice(bytes);
    Some(bytes.len())
}

/// libFuzzer's own mutation of one string's bytes (lossy back to UTF-8).
fn byte_mutate(s: &str) -> String {
    let mut buf = s.as_bytes().to_vec();
    let size = buf.len();
    buf.resize(size * 2 + 16, 0);
    let max = buf.len();
    let n = libfuzzer_sys::fuzzer_mutate(&mut buf, size, max);
    String::from_utf8_lossy(buf.get(..n).unwrap_or_default()).into_owned()
}

/// The custom mutator: see the module doc.
pub fn mutate(data: &mut [u8], size: usize, max_size: usize, seed: u32, frame: Frame) -> usize {
    let mut rng = Rng::new(seed);
    let input = data.get(..size).unwrap_or_default();
    if rng.below(4) != 0 {
        if let Some(n) =
            structural(input, max_size, &mut rng, frame).and_then(|b| put(data, max_size, &b))
        {
            return n;
        }
    }
    libfuzzer_sys::fuzzer_mutate(data, size.min(data.len()), max_size.min(data.len()))
}

fn structural(input: &[u8], max_size: usize, rng: &mut Rng, frame: Frame) -> Option<Vec<u8>> {
    let (mut head, mut parts) = split(input, frame)?;
    // Now and then the selector (form, language, mode, fixture index) instead.
    if !head.is_empty() && rng.below(8) == 0 {
        let i = rng.below(head.len());
        *head.get_mut(i)? = rng.next() as u8;
        let out = join(&head, &parts);
        return (out.len() <= max_size).then_some(out);
    }
    let i = rng.below(parts.len());
    let part = parts.get_mut(i)?;
    let mut value = parse_json(part).ok()?;
    tree::mutate(&mut value, pool::pool(), rng, &mut byte_mutate);
    *part = value.to_json();
    let out = join(&head, &parts);
    (out.len() <= max_size).then_some(out)
}

/// The custom crossover: a node of one input's JSON put in place of a node of
/// the other's (the first input's layout and selector are kept).
pub fn crossover(a: &[u8], b: &[u8], out: &mut [u8], seed: u32, frame: Frame) -> usize {
    let mut rng = Rng::new(seed);
    let Some((head, mut parts)) = split(a, frame) else {
        return 0;
    };
    let Some((_, other)) = split(b, frame) else {
        return 0;
    };
    let i = rng.below(parts.len());
    let (Some(to), Some(from)) = (parts.get_mut(i), rng.pick(&other)) else {
        return 0;
    };
    let (Ok(mut to_value), Ok(from_value)) = (parse_json(to), parse_json(from)) else {
        return 0;
    };
    let piece: Value = tree::random_subtree(&from_value, &mut rng);
    tree::replace_random(&mut to_value, piece, &mut rng);
    *to = to_value.to_json();
    let bytes = join(&head, &parts);
    put(out, out.len(), &bytes).unwrap_or(0)
}
