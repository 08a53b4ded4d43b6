//! The fuzz targets' structure-aware mutator (fuzz/fuzz_targets/mutate/), on
//! stable: a structural change or a crossover of any committed corpus input
//! must give an input laid out as its target reads it, with every JSON part
//! still JSON (a mutator that broke either would spend the fuzzer's time on
//! inputs the engine rejects at the first byte), and the same seed must give
//! the same child (libFuzzer's contract for custom mutators).

#[path = "../fuzz/fuzz_targets/checks/mod.rs"]
#[allow(dead_code)]
mod checks;
#[path = "../fuzz/fuzz_targets/mutate/mod.rs"]
mod mutate;

use mutate::{cross, split, structural, tree::Rng, Frame};
use skjemasjekk::parse_json;
use std::path::Path;

fn corpus(target: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let files = checks::common::files_in(&dir);
    assert!(!files.is_empty(), "{}: no inputs", dir.display());
    files.iter().filter_map(|f| std::fs::read(f).ok()).collect()
}

/// A stand-in for libFuzzer's byte mutation of a string.
fn bytes(s: &str) -> String {
    format!("{s}\u{0}é\"")
}

/// `child` is laid out for `frame` and its JSON parts parse.
fn well_formed(child: &[u8], frame: Frame) -> bool {
    split(child, frame).is_some_and(|(_, parts)| parts.iter().all(|p| parse_json(p).is_ok()))
}

fn check(target: &str, frame: Frame) {
    let inputs = corpus(target);
    let mut changed = 0;
    for (n, input) in inputs.iter().enumerate() {
        // Only inputs whose own layout is JSON get structural children.
        if !well_formed(input, frame) {
            continue;
        }
        for seed in 0..8u32 {
            let child = structural(input, &mut Rng::new(seed), frame, &mut bytes);
            let again = structural(input, &mut Rng::new(seed), frame, &mut bytes);
            assert_eq!(
                child, again,
                "{target} input {n}, seed {seed}: not deterministic"
            );
            // No child only when the change would nest past the parser's limit
            // (libFuzzer's byte mutator takes over then); the count below
            // fails if that became common.
            let Some(child) = child else {
                continue;
            };
            // A new selector byte may switch the `rulesets` layout; that child is
            // left to the byte mutator next time.
            if child.get(1..) == input.get(1..) {
                continue;
            }
            assert!(
                well_formed(&child, frame),
                "{target} input {n}, seed {seed}: {}",
                String::from_utf8_lossy(&child)
            );
            changed += usize::from(child != *input);
            let other = inputs
                .get((n + 1 + seed as usize) % inputs.len())
                .cloned()
                .unwrap_or_default();
            if let Some(mixed) = cross(input, &other, &mut Rng::new(seed), frame) {
                assert!(
                    well_formed(&mixed, frame),
                    "{target} crossover {n}, seed {seed}"
                );
            }
        }
    }
    // Most children differ from their parent (some changes are no-ops: a swap
    // of a member with itself, a key renamed to itself).
    assert!(
        changed > inputs.len() * 4,
        "{target}: only {changed} children changed"
    );
}

#[test]
fn compile_children_are_rule_set_json() {
    check("compile", Frame::Json);
}

#[test]
fn validate_children_keep_the_selector_and_json() {
    check("validate", Frame::Selector);
}

#[test]
fn rulesets_children_keep_the_layout() {
    check("rulesets", Frame::Rulesets);
}

#[test]
fn expr_children_keep_expression_and_document() {
    check("expr", Frame::Expr);
}

#[test]
fn the_pool_holds_both_forms_and_the_rule_set_language() {
    let pool = mutate::pool::pool();
    // `substr` and `merge` only the JsonLogic suite uses.
    for key in [
        "fields",
        "rules",
        "requiredWhen",
        "var",
        "pilots",
        "substr",
        "merge",
    ] {
        assert!(
            pool.keys.iter().any(|k| k == key),
            "no {key:?} in the pool's keys"
        );
    }
    for word in ["no_overlap", "multi_enum", "orgnr"] {
        assert!(
            pool.strings.iter().any(|s| s == word),
            "no {word:?} in the pool's strings"
        );
    }
    assert!(
        pool.fragments.len() > 1000,
        "{} fragments",
        pool.fragments.len()
    );
}
