//! Native benchmarks: compile each form; validate a valid, a one-error and a
//! many-errors document of each form; one field update through the live form;
//! and, when `benches/scale/generate.mjs` has written target/bench/scale/ (as
//! `benches/run-all.sh` does), validate and one live update on documents that
//! grow (the pilot plan from 4 to 180 KB, a 10- to 1 000-row list).
//!
//! A plain harness (no criterion): each case runs in rounds of many iterations
//! after a warm-up; it prints the median, min and max time per iteration over
//! the rounds, and writes them as JSON to target/bench/native.json for
//! BENCHMARKS.md. Run: `cargo bench --bench native`.
//!
//! `cargo bench --bench native -- TEXT` runs only the cases whose name contains
//! TEXT (for a profiler: perf, valgrind --tool=callgrind) and writes no JSON.
//! With `BENCH_CALLS=N` as well, each such case runs exactly N calls and no
//! rounds, so `perf stat -e instructions:u` counts the same work before and
//! after a change: on these shared cores a count is steadier than a time.

use skjemasjekk::live::LiveForm;
use skjemasjekk::{builtin_form, parse_json, Form, Lang, Options, Value};
use std::hint::black_box;
use std::sync::Arc;
use std::time::Instant;

/// Many short rounds: on shared, noisy cores more of them run undisturbed.
const ROUNDS: usize = 41;
const ROUND_MS: u128 = 5;

struct Stat {
    name: String,
    /// Form id, what was measured (compile, validate, parse+validate, live-set) and
    /// on which document ("-" for compile), for benches/node/report.mjs.
    form: &'static str,
    case: &'static str,
    doc: &'static str,
    median_ns: f64,
    min_ns: f64,
    max_ns: f64,
}

/// Time `f` per iteration: pick an iteration count near ROUND_MS per round
/// (the calibration doubles as the warm-up).
fn measure(
    (form, case, doc): (&'static str, &'static str, &'static str),
    name: &str,
    mut f: impl FnMut(),
) -> Stat {
    let t = Instant::now();
    let mut n = 0u64;
    while t.elapsed().as_millis() < ROUND_MS {
        f();
        n += 1;
    }
    let iters = n.max(1);
    let mut per: Vec<f64> = (0..ROUNDS)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..iters {
                f();
            }
            t.elapsed().as_nanos() as f64 / iters as f64
        })
        .collect();
    per.sort_by(f64::total_cmp);
    let s = Stat {
        name: name.to_owned(),
        form,
        case,
        doc,
        median_ns: per[ROUNDS / 2],
        min_ns: per[0],
        max_ns: per[ROUNDS - 1],
    };
    println!(
        "{:<44} median {:>10.2} µs   min {:>10.2} µs   max {:>10.2} µs",
        s.name,
        s.median_ns / 1e3,
        s.min_ns / 1e3,
        s.max_ns / 1e3
    );
    s
}

fn doc(form: &str, kind: &str) -> Value {
    let path = format!(
        "{}/benches/data/{form}-{kind}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    parse_json(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// One field typed into, the value flipping between the two texts Node's benchmark
/// uses (benches/node/bench.mjs, LIVE_VALUES).
fn live_case(
    bench: &mut Bench,
    key: (&'static str, &'static str, &'static str),
    mut live: LiveForm,
    pointer: &str,
) {
    let mut flip = false;
    bench.case(key, &format!("{}: live set one field", key.0), || {
        flip = !flip;
        let v = Value::from(if flip {
            "Digital førstelinje i Nav"
        } else {
            "Ny"
        });
        black_box(live.set(pointer, Some(v)).is_ok());
    });
}

/// The growing documents, if generated: whole validation and one live edit of
/// each (the first pilot's title, the first recipient's name), by size step.
fn scale(bench: &mut Bench, opts: Options) {
    let root = env!("CARGO_MANIFEST_DIR");
    let dir = format!("{root}/target/bench/scale");
    if !std::path::Path::new(&dir).is_dir() {
        println!("(no {dir}: run `node benches/scale/generate.mjs` for the growth cases)");
        return;
    }
    let read = |path: &str| std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let ruleset = read(&format!("{root}/benches/scale/tilskudd.ruleset.json"));
    let tilskudd = Arc::new(Form::compile(&ruleset).expect("tilskudd.ruleset.json compiles"));
    let pilotplan = builtin_form("pilotplan").expect("built-in form").clone();
    let steps: [(&'static str, &Arc<Form>, &str); 6] = [
        ("pilotplan-4k", &pilotplan, "/pilots/0/title"),
        ("pilotplan-40k", &pilotplan, "/pilots/0/title"),
        ("pilotplan-200k", &pilotplan, "/pilots/0/title"),
        ("tilskudd-10", &tilskudd, "/recipients/0/name"),
        ("tilskudd-100", &tilskudd, "/recipients/0/name"),
        ("tilskudd-1000", &tilskudd, "/recipients/0/name"),
    ];
    for (name, form, pointer) in steps {
        let path = format!("{dir}/{name}.json");
        let data = parse_json(&read(&path)).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert!(form.validate(&data, &opts).valid, "{path} is valid");
        bench.case(
            (name, "scale-validate", "valid"),
            &format!("{name}: validate"),
            || {
                black_box(form.validate(black_box(&data), &opts));
            },
        );
        let live = LiveForm::new(Arc::clone(form), data, opts);
        live_case(bench, (name, "scale-live", "valid"), live, pointer);
    }
}

/// The cases measured so far, and the optional name filter from the command line.
struct Bench {
    filter: Option<String>,
    stats: Vec<Stat>,
}

impl Bench {
    fn case(
        &mut self,
        key: (&'static str, &'static str, &'static str),
        name: &str,
        f: impl FnMut(),
    ) {
        let wanted = match &self.filter {
            Some(text) => name.contains(text.as_str()),
            None => true,
        };
        let fixed = std::env::var("BENCH_CALLS")
            .ok()
            .and_then(|n| n.parse().ok());
        match (wanted, fixed, &self.filter) {
            (true, Some(calls), Some(_)) => {
                let mut f = f;
                for _ in 0..calls {
                    f();
                }
                println!("{name}: {calls} calls");
            }
            (true, _, _) => self.stats.push(measure(key, name, f)),
            _ => {}
        }
    }
}

fn main() {
    // cargo passes `--bench`; the first other argument is a name filter.
    let filter = std::env::args().skip(1).find(|a| !a.starts_with("--"));
    let mut bench = Bench {
        filter,
        stats: vec![],
    };
    let opts = Options {
        lang: Lang::Nb,
        strict: true,
    };
    for id in ["forsokssoknad", "pilotplan"] {
        let form = builtin_form(id).expect("built-in form");
        let source = form.source().to_owned();
        bench.case((id, "compile", "-"), &format!("{id}: compile"), || {
            black_box(Form::compile(black_box(&source)).is_ok());
        });
        for kind in ["valid", "one-error", "many-errors"] {
            let data = doc(id, kind);
            let report = form.validate(&data, &opts);
            let errors = report.issues.len();
            let word = if errors == 1 { "issue" } else { "issues" };
            bench.case(
                (id, "validate", kind),
                &format!("{id}: validate {kind} ({errors} {word})"),
                || {
                    black_box(form.validate(black_box(&data), &opts));
                },
            );
        }
        let text = doc(id, "valid").to_json();
        bench.case(
            (id, "parse+validate", "valid"),
            &format!("{id}: parse + validate valid (JSON text)"),
            || {
                black_box(form.validate_json(black_box(&text), &opts).is_ok());
            },
        );
        let live = LiveForm::new(form.clone(), doc(id, "valid"), opts);
        let pointer = if id == "pilotplan" {
            "/pilots/0/title"
        } else {
            "/title"
        };
        live_case(&mut bench, (id, "live-set", "valid"), live, pointer);
    }
    scale(&mut bench, opts);
    if bench.filter.is_some() {
        return;
    }
    let cases: Vec<serde_json::Value> = bench
        .stats
        .iter()
        .map(|s| {
            serde_json::json!({
                "name": s.name, "form": s.form, "case": s.case, "doc": s.doc,
                "median_ns": s.median_ns, "min_ns": s.min_ns, "max_ns": s.max_ns,
            })
        })
        .collect();
    let json = serde_json::json!({ "rounds": ROUNDS, "round_ms": ROUND_MS as u64, "cases": cases });
    let out = format!("{}/target/bench", env!("CARGO_MANIFEST_DIR"));
    let _ = std::fs::create_dir_all(&out);
    let _ = std::fs::write(format!("{out}/native.json"), format!("{json:#}\n"));
}
