//! Validation time grows linearly with the input: n items against 8n items
//! must take less than 24 times as long (quadratic would be 64 times). Ratios,
//! not wall-clock limits, so the test holds on a slow or busy machine; each
//! time is the minimum of several runs, which is robust to noise.
//!
//! Covered: the lists of both built-in forms (valid items and items full of
//! errors, which makes rules look up earlier issues), objects with many keys
//! (the duplicate-key check), unique lists, overlap rules, pattern matching on
//! long text, and the live form's answer to one keystroke.
//!
//! These measure time, so they are not part of the default run (shared, noisy
//! cores make any timed pass/fail flaky): `cargo test --release --test
//! hostile_time -- --ignored`, also run by `scripts/fuzz.sh`.
#![cfg(not(target_arch = "wasm32"))]

use skjemasjekk::live::LiveForm;
use skjemasjekk::{builtin_form, parse_json, Form, Options, Value};
use std::time::{Duration, Instant};

const RUNS: usize = 5;
/// Linear growth gives a ratio near FACTOR, quadratic near FACTOR²; the margin
/// absorbs the noise of shared cores.
const FACTOR: usize = 8;
const MAX_RATIO: f64 = 24.0;

fn strict() -> Options {
    Options {
        strict: true,
        ..Options::default()
    }
}

/// The fastest of `RUNS` runs of `f`.
fn fastest(mut f: impl FnMut()) -> Duration {
    (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Validate `make(n)` and `make(FACTOR·n)` as JSON text; the ratio of the times.
fn assert_linear(name: &str, form: &Form, n: usize, make: impl Fn(usize) -> String) {
    let (small, large) = (make(n), make(FACTOR * n));
    let opts = strict();
    let t1 = fastest(|| drop(form.validate_json(&small, &opts).unwrap()));
    let t4 = fastest(|| drop(form.validate_json(&large, &opts).unwrap()));
    let ratio = t4.as_secs_f64() / t1.as_secs_f64().max(1e-9);
    println!("{name}: n={n} {t1:?}, {FACTOR}n {t4:?}, ratio {ratio:.1}");
    assert!(
        ratio < MAX_RATIO,
        "{name}: {n} items took {t1:?}, {} took {t4:?} (ratio {ratio:.1}; linear is about {FACTOR})",
        FACTOR * n
    );
}

fn fixture_data(path: &str) -> Value {
    let full = format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    let case = parse_json(&std::fs::read_to_string(full).unwrap()).unwrap();
    case.get("data").unwrap().clone()
}

/// `doc` with the list at `key` replaced by `n` copies of its first item,
/// each passed through `edit` with its index.
fn with_items(doc: &Value, key: &str, n: usize, edit: impl Fn(usize, &mut Value)) -> String {
    let Value::Object(members) = doc else {
        panic!("not an object")
    };
    let mut members = members.clone();
    let slot = members.iter_mut().find(|(k, _)| k == key).unwrap();
    let first = slot.1.at(0).unwrap().clone();
    slot.1 = Value::Array(
        (0..n)
            .map(|i| {
                let mut item = first.clone();
                edit(i, &mut item);
                item
            })
            .collect(),
    );
    Value::Object(members).to_json()
}

fn set(v: &mut Value, key: &str, to: Value) {
    if let Value::Object(m) = v {
        match m.iter_mut().find(|(k, _)| k == key) {
            Some(slot) => slot.1 = to,
            None => m.push((key.to_owned(), to)),
        }
    }
}

#[test]
#[ignore = "timing ratios belong on a quiet machine: cargo test --release --test hostile_time -- --ignored"]
fn pilot_lists_are_linear() {
    let form = builtin_form("pilotplan").unwrap();
    let doc = fixture_data("pilotplan/strict-valid-plan.json");
    assert_linear("pilots, valid", form, 100, |n| {
        with_items(&doc, "pilots", n, |_, _| {})
    });
    // Every pilot wrong in many places: dates, sums, unknown keys, a bad orgnr.
    assert_linear("pilots, full of errors", form, 100, |n| {
        with_items(&doc, "pilots", n, |i, p| {
            set(p, "title", Value::from(""));
            set(p, "typo", Value::from(i as i64));
            set(p, "time", parse_json(r#"{"start": "2024-05-01", "end": "2024-01-01", "milestones": [{"title": "M", "date": "2030-01-01"}], "phases": [{"name": "A", "start": "2024-03-01", "end": "2024-02-01"}]}"#).unwrap());
            set(p, "economy", parse_json(r#"{"resources": "R", "budget": [{"item": "x", "amountNok": 5}, {"item": "y", "amountNok": -1}], "totalNok": 7, "coversFollowUp": false, "administrativeConsequences": "A"}"#).unwrap());
        })
    });
}

#[test]
#[ignore = "timing ratios belong on a quiet machine: cargo test --release --test hostile_time -- --ignored"]
fn applicant_lists_are_linear() {
    let form = builtin_form("forsokssoknad").unwrap();
    let doc = fixture_data("forsokssoknad/strict-valid-document.json");
    assert_linear("applicants", form, 200, |n| {
        with_items(&doc, "applicants", n, |_, _| {})
    });
    assert_linear("applicants, bad decisions", form, 200, |n| {
        with_items(&doc, "applicants", n, |i, a| {
            set(
                a,
                "councilDecision",
                parse_json(&format!(
                    r#"{{"body": "x", "date": "2099-01-{:02}", "caseNumber": "?"}}"#,
                    i % 28 + 1
                ))
                .unwrap(),
            );
        })
    });
    assert_linear("sectors (unique multi_enum)", form, 2000, |n| {
        let mut d = doc.clone();
        let sectors = (0..n)
            .map(|i| Value::from(["kultur", "naering", "klima_og_miljo", "annet"][i % 4]))
            .collect();
        set(&mut d, "sectors", Value::Array(sectors));
        d.to_json()
    });
}

#[test]
#[ignore = "timing ratios belong on a quiet machine: cargo test --release --test hostile_time -- --ignored"]
fn objects_with_many_keys_are_linear() {
    let form = builtin_form("pilotplan").unwrap();
    assert_linear("unknown keys at the root", form, 5000, |n| {
        let members: Vec<String> = (0..n).map(|i| format!("\"k{i}\": {i}")).collect();
        format!("{{{}}}", members.join(","))
    });
    assert_linear("keys inside a forbidden object", form, 5000, |n| {
        let members: Vec<String> = (0..n).map(|i| format!("\"k{i}\": null")).collect();
        format!(
            "{{\"hasPlans\": true, \"noPlanAssessment\": {{{}}}}}",
            members.join(",")
        )
    });
}

/// A small rule set: a unique list of texts, and a list of periods that must not overlap.
fn list_form() -> Form {
    let label = r#"{"nb":"L","nn":"L","en":"L"}"#;
    Form::compile(&format!(
        r#"{{"id":"lists","version":"1","title":{label},"fields":{{
          "names":{{"type":"list","optional":true,"uniqueItems":true,"label":{label},
                   "item":{{"type":"text","label":{label},"pattern":"[a-z0-9]+"}}}},
          "periods":{{"type":"list","optional":true,"label":{label},
                   "item":{{"type":"object","label":{label},"fields":{{
                     "start":{{"type":"date","label":{label}}},"end":{{"type":"date","label":{label}}}}}}}}},
          "note":{{"type":"text","optional":true,"label":{label},"pattern":"([a-z]+ )*[a-z]+"}}}},
          "rules":[{{"kind":"no_overlap","list":"periods","start":"start","end":"end"}}]}}"#
    ))
    .unwrap()
}

fn day(i: usize) -> String {
    let (y, d) = (1900 + i / 365, i % 365);
    let (m, dd) = (d / 28 + 1, d % 28 + 1);
    format!("{y}-{:02}-{:02}", m.min(12), dd)
}

#[test]
#[ignore = "timing ratios belong on a quiet machine: cargo test --release --test hostile_time -- --ignored"]
fn unique_lists_overlap_rules_and_patterns_are_linear() {
    let form = list_form();
    assert_linear("unique list of distinct texts", &form, 2000, |n| {
        let names: Vec<String> = (0..n).map(|i| format!("\"n{i}\"")).collect();
        format!("{{\"names\": [{}]}}", names.join(","))
    });
    assert_linear("periods that do not overlap", &form, 1000, |n| {
        let items: Vec<String> = (0..n)
            .map(|i| {
                format!(
                    "{{\"start\":\"{}\",\"end\":\"{}\"}}",
                    day(2 * i),
                    day(2 * i)
                )
            })
            .collect();
        format!("{{\"periods\": [{}]}}", items.join(","))
    });
    assert_linear("pattern on a long text", &form, 50_000, |n| {
        format!("{{\"note\": \"{}\"}}", "abc ".repeat(n / 4) + "x")
    });
}

#[test]
#[ignore = "timing ratios belong on a quiet machine: cargo test --release --test hostile_time -- --ignored"]
fn a_keystroke_in_a_live_form_is_linear() {
    let form = builtin_form("pilotplan").unwrap().clone();
    let doc = fixture_data("pilotplan/strict-valid-plan.json");
    let time = |n: usize| {
        let text = with_items(&doc, "pilots", n, |_, p| set(p, "title", Value::from("")));
        let mut live = LiveForm::new(form.clone(), parse_json(&text).unwrap(), strict());
        let mut k = 0i64;
        fastest(|| {
            k += 1;
            live.set("/planYear", Some(Value::from(2024 + k % 2)))
                .unwrap();
        })
    };
    let (t1, t4) = (time(50), time(50 * FACTOR));
    let ratio = t4.as_secs_f64() / t1.as_secs_f64().max(1e-9);
    println!("live set: {t1:?}, {FACTOR}n {t4:?}, ratio {ratio:.1}");
    assert!(
        ratio < MAX_RATIO,
        "a keystroke: {t1:?} vs {t4:?} (ratio {ratio:.1})"
    );
}
