//! The mutator's libFuzzer side: the entries `fuzz_mutator!` and
//! `fuzz_crossover!` call, and byte mutations by libFuzzer's own mutator
//! (with the target's dictionary). Each target declares it beside `mutate`;
//! what it does with JSON is in mod.rs, which tests/fuzz_mutator.rs checks on stable.

use crate::mutate::{cross, structural, tree::Rng, Frame};

/// libFuzzer's own mutation of one string's bytes (lossy back to UTF-8).
fn byte_mutate(s: &str) -> String {
    let mut buf = s.as_bytes().to_vec();
    let size = buf.len();
    buf.resize(size * 2 + 16, 0);
    let max = buf.len();
    let n = libfuzzer_sys::fuzzer_mutate(&mut buf, size, max);
    String::from_utf8_lossy(buf.get(..n).unwrap_or_default()).into_owned()
}

/// Write `bytes` into the buffer if they fit; the new size, or None.
fn put(data: &mut [u8], max_size: usize, bytes: &[u8]) -> Option<usize> {
    if bytes.len() > max_size {
        return None;
    }
    data.get_mut(..bytes.len())?.copy_from_slice(bytes);
    Some(bytes.len())
}

/// The custom mutator: three times in four a structural change (mod.rs),
/// otherwise, or when the input is not laid out as JSON, libFuzzer's bytes.
pub fn mutate(data: &mut [u8], size: usize, max_size: usize, seed: u32, frame: Frame) -> usize {
    let mut rng = Rng::new(seed);
    let input = data.get(..size).unwrap_or_default();
    if rng.below(4) != 0 {
        let changed = structural(input, &mut rng, frame, &mut byte_mutate);
        if let Some(n) = changed.and_then(|b| put(data, max_size, &b)) {
            return n;
        }
    }
    libfuzzer_sys::fuzzer_mutate(data, size.min(data.len()), max_size.min(data.len()))
}

/// The custom crossover (mod.rs, `cross`); 0 (no child) when it cannot apply.
pub fn crossover(a: &[u8], b: &[u8], out: &mut [u8], seed: u32, frame: Frame) -> usize {
    let max = out.len();
    cross(a, b, &mut Rng::new(seed), frame)
        .and_then(|bytes| put(out, max, &bytes))
        .unwrap_or(0)
}
