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

use mutate::{cross, json_of, split, structural, tree::Rng, Frame};
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

/// `child` is laid out for `frame` and its JSON parts parse (for an edit
/// script, the value of every line that sets one).
fn well_formed(child: &[u8], frame: Frame) -> bool {
    split(child, frame).is_some_and(|(_, parts)| {
        parts.iter().all(|p| match (json_of(p, frame), frame) {
            (Some((_, json)), _) => parse_json(json).is_ok(),
            (None, Frame::Live) => true,
            (None, _) => false,
        })
    })
}

fn check(target: &str, frame: Frame) {
    let inputs = corpus(target);
    let (mut changed, mut tried) = (0, 0);
    for (n, input) in inputs.iter().enumerate() {
        // Only inputs whose own layout is JSON get structural children.
        if !well_formed(input, frame) {
            continue;
        }
        tried += 1;
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
    // Most of the 8 children of each input laid out as JSON differ from it
    // (some changes are no-ops: a swap of a member with itself, a key renamed
    // to itself; some give no child: a pointer without a parent to aim at).
    assert!(
        tried > 0 && changed > tried * 4,
        "{target}: only {changed} children of {tried} inputs changed"
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
fn live_children_keep_the_edit_script() {
    check("live", Frame::Live);
}

/// The edit scripts' line-level changes (script.rs) happen: some children
/// have another number of lines, some aim a line at a pointer the parent
/// script does not have.
#[test]
fn live_children_add_drop_and_aim_lines() {
    let pointers = |data: &[u8]| -> Vec<String> {
        let (_, lines) = split(data, Frame::Live).unwrap_or_default();
        let heads = lines.iter().map(|l| mutate::script::parts(l).0);
        heads.map(str::to_string).collect()
    };
    let (mut children, mut resized, mut aimed) = (0, 0, 0);
    // A seed picks the same change for every input, so many seeds.
    for input in corpus("live").iter().step_by(8) {
        let before = pointers(input);
        for seed in 0..256u32 {
            let Some(child) = structural(input, &mut Rng::new(seed), Frame::Live, &mut bytes)
            else {
                continue;
            };
            children += 1;
            let after = pointers(&child);
            resized += usize::from(after.len() != before.len());
            aimed += usize::from(after.iter().any(|p| !before.contains(p)));
        }
    }
    // By the odds in mod.rs and script.rs, about 1 child in 7 adds or drops a
    // line and 1 in 8 aims or folds one (fewer in practice: a line without a
    // parent cannot be folded); the bounds below are well under both.
    assert!(
        resized * 20 > children && aimed * 40 > children,
        "of {children} children, {resized} resized, {aimed} aimed"
    );
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
