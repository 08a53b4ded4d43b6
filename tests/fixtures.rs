//! The runtime-neutral fixture corpus (tests/fixtures/**), run natively.
//!
//! Every case's report must match its expected issues (path, code, severity, in
//! order). The full outputs are also compared byte for byte with
//! tests/parity/golden.jsonl, which the Node, Chromium and npm-package runs
//! compare against too: equal to the golden file everywhere means identical
//! everywhere. `SKJEMASJEKK_BLESS=1 cargo test --test fixtures` rewrites it.

use skjemasjekk::{builtin_form, parse_json, Form, Lang, Options, Report, Value};
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|e| e == "json") {
            out.push(p);
        }
    }
}

fn string(v: &Value) -> Value {
    Value::from(v.to_json())
}

/// How a rule set's problems differ from `expect.diagnostics` (the exact list,
/// in order: `path` equal, the message containing `messageContains`), if they do.
fn diagnostics_differ(want: Option<&Value>, got: &Value) -> Option<String> {
    let (Some(Value::Array(want)), Value::Array(got)) = (want, got) else {
        return want.map(|_| format!("expected diagnostics, got {}", got.to_json()));
    };
    let matches = |w: &Value, g: &Value| {
        let text = |v: &Value, k| v.get(k).and_then(Value::as_str).map(str::to_owned);
        text(w, "path") == text(g, "path")
            && text(g, "message")
                .zip(text(w, "messageContains"))
                .is_some_and(|(m, part)| m.contains(&part))
    };
    (want.len() != got.len() || want.iter().zip(got).any(|(w, g)| !matches(w, g))).then(|| {
        format!(
            "diagnostics differ\n    got:  {}\n    want: {}",
            Value::Array(got.clone()).to_json(),
            Value::Array(want.clone()).to_json()
        )
    })
}

/// Run one case: the golden line and, if the verdict differs from `expect`, why.
/// One check, worded again in each language (`Form::check`, `Checked::report`),
/// gives the very report `validate` gives in that language.
fn reworded_alike(name: &str, form: &Form, data_text: &str, opts: &Options, report: &Report) {
    let data = parse_json(data_text).unwrap_or_else(|e| panic!("{name}: {e}"));
    let checked = form.check(&data, opts);
    assert_eq!(&checked.report(opts.lang), report, "{name}: check + report");
    assert_eq!(checked.valid(), report.valid, "{name}: check's verdict");
    for lang in [Lang::Nb, Lang::Nn, Lang::En] {
        let other = Options { lang, ..*opts };
        assert_eq!(
            checked.report(lang),
            form.validate(&data, &other),
            "{name}: worded again in {lang:?}"
        );
    }
}

fn run(root: &Path, path: &Path) -> (String, Option<String>) {
    let name = path
        .strip_prefix(root)
        .unwrap()
        .with_extension("")
        .to_string_lossy()
        .replace('\\', "/");
    let case = parse_json(&std::fs::read_to_string(path).unwrap())
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let opts_v = case.get("options");
    let opts = Options {
        lang: opts_v
            .and_then(|o| o.get("lang"))
            .and_then(Value::as_str)
            .and_then(Lang::parse)
            .unwrap_or_default(),
        strict: opts_v
            .and_then(|o| o.get("strict"))
            .and_then(Value::as_bool)
            .unwrap_or(false),
    };
    let data_text = match (case.get("dataText"), case.get("data")) {
        (Some(Value::String(t)), _) => t.clone(),
        (_, Some(d)) => d.to_json(),
        _ => panic!("{name}: needs data or dataText"),
    };
    let (form_id, ruleset_text, form) = match (
        case.get("form").and_then(Value::as_str),
        case.get("ruleset"),
    ) {
        (Some(id), _) => (
            Value::from(id),
            Value::Null,
            Ok(builtin_form(id)
                .unwrap_or_else(|_| panic!("{name}: unknown form {id}"))
                .clone()),
        ),
        (None, Some(rs)) => (
            Value::Null,
            string(rs),
            Form::compile(&rs.to_json()).map(std::sync::Arc::new),
        ),
        _ => panic!("{name}: needs form or ruleset"),
    };
    // Every problem of a rule set that does not compile, as JSON text written as
    // the bindings write it (`skjemasjekk lint` adds where each stands: src/lint).
    let diagnostics = match &form {
        Err(e) => Some(serde_json::to_string(&e.diagnostics).unwrap()),
        Ok(_) => None,
    };
    let output = form.map_err(|e| e.to_string()).and_then(|f| {
        let report = f
            .validate_json(&data_text, &opts)
            .map_err(|e| e.to_string())?;
        reworded_alike(&name, &f, &data_text, &opts, &report);
        Ok(report)
    });
    let (ok, text) = match &output {
        Ok(report) => (true, report.to_json()),
        Err(e) => (false, e.clone()),
    };
    let options = Value::Object(vec![
        ("lang".into(), Value::from(opts.lang.as_str())),
        ("strict".into(), Value::from(opts.strict)),
    ]);
    let line = Value::Object(vec![
        ("name".into(), Value::from(name.as_str())),
        ("form".into(), form_id),
        ("ruleset".into(), ruleset_text),
        ("options".into(), options),
        ("data".into(), Value::from(data_text)),
        ("ok".into(), Value::from(ok)),
        ("output".into(), Value::from(text.as_str())),
        (
            "diagnostics".into(),
            diagnostics.as_deref().map_or(Value::Null, Value::from),
        ),
    ])
    .to_json();
    let expect = case
        .get("expect")
        .unwrap_or_else(|| panic!("{name}: needs expect"));
    let problem = match (expect.get("error"), &output) {
        (Some(Value::String(want)), Err(e)) if e.contains(want.as_str()) => {
            let got = diagnostics
                .as_deref()
                .map_or(Value::Null, |d| parse_json(d).unwrap());
            diagnostics_differ(expect.get("diagnostics"), &got)
        }
        (Some(want), Err(e)) => Some(format!("error {e:?} does not contain {want:?}")),
        (Some(want), Ok(_)) => Some(format!("expected the error {want:?}, got a report {text}")),
        (None, Err(e)) => Some(format!("expected a report, got the error {e}")),
        (None, Ok(report)) => {
            let got: Vec<String> = report
                .issues
                .iter()
                .map(|i| {
                    format!(
                        "{} {} {}",
                        i.path,
                        i.kind.code(),
                        if i.severity == skjemasjekk::Severity::Error {
                            "error"
                        } else {
                            "warning"
                        }
                    )
                })
                .collect();
            let want: Vec<String> = match expect.get("issues") {
                Some(Value::Array(items)) => items
                    .iter()
                    .map(|i| {
                        format!(
                            "{} {} {}",
                            i.get("path").and_then(Value::as_str).unwrap_or("?"),
                            i.get("code").and_then(Value::as_str).unwrap_or("?"),
                            i.get("severity").and_then(Value::as_str).unwrap_or("error")
                        )
                    })
                    .collect(),
                _ => vec![],
            };
            let mut detail = vec![];
            if let Some(Value::Array(items)) = expect.get("issues") {
                for (want, got) in items.iter().zip(&report.issues) {
                    if let Some(Value::Object(params)) = want.get("params") {
                        let have = got.kind.params();
                        for (k, v) in params {
                            let found = have.iter().find(|(hk, _)| hk == k).map(|(_, hv)| hv);
                            if found != Some(v) {
                                detail.push(format!(
                                    "{}: params.{k} is {:?}, expected {}",
                                    got.path,
                                    found.map(Value::to_json),
                                    v.to_json()
                                ));
                            }
                        }
                    }
                    if let Some(text) = want.get("messageContains").and_then(Value::as_str) {
                        if !got.message.contains(text) {
                            detail.push(format!(
                                "{}: message {:?} does not contain {text:?}",
                                got.path, got.message
                            ));
                        }
                    }
                }
            }
            let valid_ok = expect
                .get("valid")
                .and_then(Value::as_bool)
                .is_none_or(|v| v == report.valid);
            (got != want || !valid_ok || !detail.is_empty()).then(|| {
                let valid = expect.get("valid").map(|v| v.to_json());
                format!(
                    "valid {} (expected {valid:?})\n    got:  {got:?}\n    want: {want:?}\n    {}",
                    report.valid,
                    detail.join("\n    ")
                )
            })
        }
    };
    (line, problem.map(|p| format!("{name}: {p}")))
}

#[test]
fn fixtures_match_their_expectations_and_the_golden_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths = vec![];
    files(&root, &mut paths);
    assert!(
        paths.len() >= 150,
        "the corpus has {} cases; it must have at least 150",
        paths.len()
    );
    let mut lines = vec![];
    let mut failures = vec![];
    for p in &paths {
        let (line, problem) = run(&root, p);
        lines.push(line);
        failures.extend(problem);
    }
    let golden_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/parity/golden.jsonl");
    let golden = lines.join("\n") + "\n";
    if std::env::var_os("SKJEMASJEKK_BLESS").is_some() {
        std::fs::create_dir_all(golden_path.parent().unwrap()).unwrap();
        std::fs::write(&golden_path, &golden).unwrap();
    } else {
        let old = std::fs::read_to_string(&golden_path).unwrap_or_default();
        let old_lines: Vec<&str> = old.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if old_lines.get(i) != Some(&line.as_str()) {
                failures.push(format!("golden line {} differs (run SKJEMASJEKK_BLESS=1 cargo test --test fixtures after checking the change):\n    now:    {line}\n    golden: {}", i + 1, old_lines.get(i).unwrap_or(&"<missing>")));
            }
        }
        if old_lines.len() != lines.len() {
            failures.push(format!(
                "golden file has {} lines, the corpus {}",
                old_lines.len(),
                lines.len()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        paths.len(),
        failures.join("\n")
    );
}
