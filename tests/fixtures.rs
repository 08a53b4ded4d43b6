//! The runtime-neutral fixture corpus (tests/fixtures/**), run natively: one test
//! per case file (libtest-mimic), named by its path under tests/fixtures without
//! `.json`, so `cargo test --test fixtures -- pilotplan/` runs one folder and
//! `cargo test --test fixtures -- --exact pilotplan/valid` one case.
//!
//! Every case's report must match its expected issues (path, code, severity, in
//! order; tests/fixtures/README.md), one check worded again in each language must
//! give the same reports, and the output must equal the case's line in
//! tests/parity/golden.jsonl byte for byte: the Node, Chromium and npm-package
//! runs compare against the same lines, so equal to the golden file everywhere
//! means identical everywhere. Two more tests check that the golden file and
//! tests/parity/cases.rs list exactly the corpus. `SKJEMASJEKK_BLESS=1 cargo test
//! --test fixtures` rewrites both from every case, whatever the filter.

#[path = "fixture_harness/case.rs"]
mod case;
#[path = "fixture_harness/expect.rs"]
mod expect;
#[path = "fixture_harness/golden.rs"]
mod golden;

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::sync::Arc;

const BLESS: &str = "run SKJEMASJEKK_BLESS=1 cargo test --test fixtures after checking the change";

/// Every case name under `dir`: its path under `root` without `.json`, `/`-separated.
fn corpus(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for path in entries.map(|e| e.unwrap().path()) {
        if path.is_dir() {
            corpus(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "json") {
            let name = path.strip_prefix(root).unwrap().with_extension("");
            out.push(name.to_string_lossy().replace('\\', "/"));
        }
    }
}

/// One case: its expectations and its golden line.
fn check(root: &Path, name: &str, golden: &golden::Golden) -> Result<(), Failed> {
    let case = case::run(root, name)?;
    let mut problems: Vec<String> = expect::differs(&case).into_iter().collect();
    let line = golden::line(name, &case.output);
    match golden.lines.get(name) {
        Some(old) if *old == line => {}
        Some(old) => problems.push(format!(
            "golden line differs ({BLESS}), {}\n    now:    {line}\n    golden: {old}",
            golden::first_difference(&line, old)
        )),
        None => problems.push(format!("no golden line ({BLESS}):\n    now:    {line}")),
    }
    match problems.is_empty() {
        true => Ok(()),
        false => Err(problems.join("\n").into()),
    }
}

/// The golden file lists exactly the corpus, once each, sorted, and cases.rs is current.
fn lists_match(names: &[String], golden: &golden::Golden, cases_rs: &str) -> Result<(), Failed> {
    let mut problems = golden.malformed.clone();
    if names.len() < 150 {
        problems.push(format!(
            "the corpus has {} cases; it must have at least 150",
            names.len()
        ));
    }
    let stale: Vec<&String> = golden
        .names
        .iter()
        .filter(|n| !in_corpus(names, n))
        .collect();
    if !stale.is_empty() {
        problems.push(format!(
            "golden lines for cases that are gone ({BLESS}): {stale:?}"
        ));
    }
    if !golden.names.is_sorted() {
        problems.push(format!(
            "golden lines are not sorted by case name ({BLESS})"
        ));
    }
    if cases_rs != golden::cases_rs(names) {
        problems.push(format!(
            "tests/parity/cases.rs does not list the corpus ({BLESS})"
        ));
    }
    match problems.is_empty() {
        true => Ok(()),
        false => Err(problems.join("\n").into()),
    }
}

/// Whether the sorted corpus `names` has this case.
fn in_corpus(names: &[String], name: &str) -> bool {
    names.binary_search_by(|n| n.as_str().cmp(name)).is_ok()
}

/// Rewrite golden.jsonl and cases.rs from every case (a case that cannot run stops it).
fn bless(root: &Path, parity: &Path, names: &[String]) {
    let lines: Vec<String> = names
        .iter()
        .map(|name| {
            let case = case::run(root, name).unwrap_or_else(|e| panic!("{name}: {e}"));
            golden::line(name, &case.output)
        })
        .collect();
    std::fs::write(parity.join("golden.jsonl"), golden::file(&lines)).unwrap();
    std::fs::write(parity.join("cases.rs"), golden::cases_rs(names)).unwrap();
}

fn main() {
    let args = Arguments::from_args();
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root: Arc<PathBuf> = Arc::new(manifest.join("tests/fixtures"));
    let parity = manifest.join("tests/parity");
    let mut names = vec![];
    corpus(&root, &root, &mut names);
    names.sort();
    if std::env::var_os("SKJEMASJEKK_BLESS").is_some() {
        bless(&root, &parity, &names);
    }
    let read = |file: &str| std::fs::read_to_string(parity.join(file)).unwrap_or_default();
    let golden = Arc::new(golden::read(&read("golden.jsonl")));
    let cases_rs = read("cases.rs");
    let mut trials = vec![];
    for name in &names {
        let (root, golden, name) = (root.clone(), golden.clone(), name.clone());
        trials.push(Trial::test(name.clone(), move || {
            check(&root, &name, &golden)
        }));
    }
    let (all, listed) = (names.clone(), golden.clone());
    trials.push(Trial::test(
        "parity/golden-and-cases-list-the-corpus",
        move || lists_match(&all, &listed, &cases_rs),
    ));
    libtest_mimic::run(&args, trials).exit();
}
