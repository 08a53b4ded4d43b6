//! The committed fuzz corpora (fuzz/corpus/<target>/), replayed on stable
//! through the very checks the fuzz targets make (fuzz/fuzz_targets/checks/).
//! Every input in them once showed libFuzzer something new, so together they
//! reach most of the engine (FUZZING.md, "Where each target stands"); replaying them in every
//! `cargo test` keeps what fuzzing established true after each change, without
//! nightly or cargo-fuzz.

#[path = "../fuzz/fuzz_targets/checks/mod.rs"]
#[allow(dead_code)]
mod checks;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

/// Runs `check` on every file of fuzz/corpus/`target`; a failed check names
/// the input and how to run it alone.
fn replay(target: &str, check: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let files = checks::common::files_in(&dir);
    assert!(
        files.len() >= 10,
        "{}: only {} inputs",
        dir.display(),
        files.len()
    );
    for file in &files {
        let data = std::fs::read(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        if catch_unwind(AssertUnwindSafe(|| check(&data))).is_err() {
            panic!(
                "{} breaks a check of the `{target}` fuzz target (alone: cargo +nightly fuzz run {target} {})",
                file.display(),
                file.display()
            );
        }
    }
}

/// One test per target, so they run in parallel and fail by name.
macro_rules! corpora {
    ($($target:ident),*) => {$(
        #[test]
        fn $target() {
            replay(stringify!($target), checks::$target::run);
        }
    )*};
}

corpora!(compile, validate, expr, identifiers, live, rulesets);

/// Inputs a fuzzer stopped on, kept whatever `cmin` later keeps:
/// tests/regressions/inputs/fuzz-<target>-<what>, each through its target's
/// checks (docs/fuzzing-diary.md, "What was found, and fixed").
#[test]
fn inputs_the_fuzzers_stopped_on() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions/inputs");
    type Check = fn(&[u8]);
    let targets: [(&str, Check); 6] = [
        ("compile", checks::compile::run),
        ("validate", checks::validate::run),
        ("expr", checks::expr::run),
        ("identifiers", checks::identifiers::run),
        ("live", checks::live::run),
        ("rulesets", checks::rulesets::run),
    ];
    let mut seen = 0;
    for file in checks::common::files_in(&dir) {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let Some(rest) = name.strip_prefix("fuzz-") else {
            continue;
        };
        let (_, check) = targets
            .iter()
            .find(|(t, _)| rest.starts_with(&format!("{t}-")))
            .unwrap_or_else(|| panic!("{name}: no fuzz target of that name"));
        let data = std::fs::read(&file).unwrap();
        if catch_unwind(AssertUnwindSafe(|| check(&data))).is_err() {
            panic!("{} breaks its fuzz target's checks again", file.display());
        }
        seen += 1;
    }
    assert!(seen >= 1, "no fuzz-* inputs in {}", dir.display());
}
