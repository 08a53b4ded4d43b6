//! The command line as a person or a script uses it: exit codes 0 / 1 / 2, a
//! one-line error on stderr for unusable input, and every subcommand.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_skjemasjekk"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(bytes) = stdin {
        input.write_all(bytes).unwrap();
    }
    drop(input);
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

const VALID: &str = "benches/data/pilotplan-valid.json";
const INVALID: &str = "benches/data/pilotplan-many-errors.json";

#[test]
fn validate_exit_codes_and_formats() {
    let ok = run(
        &["validate", "--form", "pilotplan", "--strict", VALID],
        None,
    );
    assert_eq!(ok.status.code(), Some(0), "{}", text(&ok.stderr));
    assert!(text(&ok.stdout).starts_with("{\"valid\":true,\"form\":\"pilotplan\""));

    let bad = run(
        &["validate", "--form", "pilotplan", "--lang", "nn", INVALID],
        None,
    );
    assert_eq!(bad.status.code(), Some(1));
    let report = skjemasjekk::parse_json(&text(&bad.stdout)).unwrap();
    assert_eq!(report.get("valid"), Some(&skjemasjekk::Value::Bool(false)));
    assert!(text(&bad.stdout).contains("ikkje"), "nynorsk messages");

    let people = run(
        &[
            "validate",
            "--form",
            "pilotplan",
            "--format",
            "text",
            INVALID,
        ],
        None,
    );
    assert_eq!(people.status.code(), Some(1));
    assert!(
        text(&people.stdout).contains("invalid, 14 error(s)"),
        "{}",
        text(&people.stdout)
    );

    let stdin = std::fs::read(VALID).unwrap();
    let piped = run(&["validate", "--form", "pilotplan", "-"], Some(&stdin));
    assert_eq!(piped.status.code(), Some(0));
}

#[test]
fn unusable_input_exits_2_with_one_line() {
    let deep = "[".repeat(100_000);
    type Case<'a> = (Vec<&'a str>, Option<&'a [u8]>, &'a str);
    let cases: Vec<Case> = vec![
        (
            vec!["validate", "--form", "pilotplan", "-"],
            Some(b"{\"planYear\": }"),
            "not valid JSON",
        ),
        (
            vec!["validate", "--form", "pilotplan", "-"],
            Some(b"{\"a\":1,\"a\":2}"),
            "duplicate key",
        ),
        (
            vec!["validate", "--form", "pilotplan", "-"],
            Some(b"{\"planYear\": 1e400}"),
            "out of range",
        ),
        (
            vec!["validate", "--form", "pilotplan", "-"],
            Some(deep.as_bytes()),
            "nested deeper than 64",
        ),
        (
            vec!["validate", "--form", "nope", VALID],
            None,
            "unknown form \"nope\"",
        ),
        (
            vec!["validate", "--form", "pilotplan", "does-not-exist.json"],
            None,
            "cannot read",
        ),
        (
            vec!["eval", "{\"nope\": [1]}"],
            None,
            "not a known operation",
        ),
        (vec!["eval", "{"], None, "not valid JSON"),
    ];
    for (args, stdin, want) in cases {
        let out = run(&args, stdin);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert_eq!(
            err.trim_end().lines().count(),
            1,
            "{args:?}: one line, got {err:?}"
        );
        assert!(err.contains(want), "{args:?}: {err:?} lacks {want:?}");
        assert!(out.stdout.is_empty(), "{args:?}: nothing on stdout");
    }
}

#[test]
fn lint_reports_every_problem_with_a_pointer() {
    let dir = std::env::temp_dir().join(format!("skjemasjekk-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("bad.json");
    std::fs::write(
        &file,
        r#"{"id":"x","version":"1","title":{"nb":"a","nn":"a","en":"a"},
            "fields":{"a":{"type":"dato","label":{"nb":"A","nn":"A","en":"A"}},
                      "b":{"type":"text","label":{"nb":"B","nn":"B"},"requiredWhen":{"==":[{"var":"c"},1]}}},
            "rules":[{"kind":"date_order","first":"a","then":"b"}]}"#,
    )
    .unwrap();
    let out = run(&["lint", file.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    let s = text(&out.stdout);
    for want in [
        "/fields/a/type",
        "/fields/b/label",
        "/fields/b/requiredWhen/==/0/var",
        "/rules/0/first",
    ] {
        assert!(s.contains(&format!(": {want}: ")), "{want} missing in\n{s}");
    }
    let err = text(&out.stderr);
    let listed = s.lines().count();
    assert!(listed > 1, "{s}");
    assert!(
        err.ends_with(&format!(": {listed} problems\n")),
        "the count in words: {err:?}"
    );
    let one = skjemasjekk::Form::compile("{").err().unwrap().to_string();
    assert!(
        one.starts_with("the rule set has 1 problem; the first: /: the rule set is not valid JSON"),
        "{one}"
    );
    // FILE:LINE:COL: POINTER: message, the place being where the pointed text starts.
    let prefix = format!("{}:", file.display());
    for line in s.lines() {
        let rest = line
            .strip_prefix(&prefix)
            .unwrap_or_else(|| panic!("{line}"));
        let mut parts = rest.splitn(3, ':');
        for part in [parts.next(), parts.next()] {
            assert!(
                part.is_some_and(|n| n.parse::<usize>().is_ok_and(|n| n > 0)),
                "line and column in {line}"
            );
        }
        assert!(parts.next().is_some_and(|r| r.starts_with(" /")), "{line}");
    }
    assert!(s.contains(":2:28: /fields/a/type: "), "{s}");
    let json = run(&["lint", "--format", "json", file.to_str().unwrap()], None);
    assert_eq!(json.status.code(), Some(1));
    let json = skjemasjekk::parse_json(&text(&json.stdout)).unwrap();
    let problems = json.get("problems").unwrap();
    let first = problems.at(0).unwrap();
    for key in [
        "pointer",
        "line",
        "column",
        "endLine",
        "endColumn",
        "message",
    ] {
        assert!(first.get(key).is_some(), "{key} in {}", first.to_json());
    }
    assert_eq!(problems.at(listed - 1).map(|_| ()), Some(()));
    assert!(problems.at(listed).is_none(), "as many as in the text");
    for form in ["forms/forsokssoknad.json", "forms/pilotplan.json"] {
        let ok = run(&["lint", form], None);
        assert_eq!(ok.status.code(), Some(0), "{}", text(&ok.stdout));
    }
}

#[test]
fn schema_check_eval_and_forms() {
    let schema = run(&["schema", "--form", "forsokssoknad"], None);
    assert_eq!(schema.status.code(), Some(0));
    let v = skjemasjekk::parse_json(&text(&schema.stdout)).unwrap();
    assert_eq!(
        v.get("$schema").and_then(|s| s.as_str()),
        Some("https://json-schema.org/draft/2020-12/schema")
    );
    assert!(v
        .get("properties")
        .and_then(|p| p.get("applicants"))
        .is_some());

    let check = run(&["check", "orgnr", "988077917", "988077918", "12345"], None);
    assert_eq!(check.status.code(), Some(1));
    let lines: Vec<String> = text(&check.stdout).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0].starts_with("988077917\tvalid"));
    assert!(lines[1].starts_with("988077918\tinvalid\tchecksum"));
    assert!(lines[2].starts_with("12345\tinvalid\tlength"));
    assert_eq!(
        run(&["check", "orgnr", "123456785"], None).status.code(),
        Some(0)
    );

    let kommune = run(&["check", "kommunenummer", "3024"], None);
    assert!(
        text(&kommune.stdout).contains("3201"),
        "{}",
        text(&kommune.stdout)
    );
    let fnr = run(&["check", "fodselsnummer", "30108299939"], None);
    assert!(
        !text(&fnr.stdout).contains("30108299939"),
        "a fødselsnummer is never printed whole"
    );

    let eval = run(
        &[
            "eval",
            "{\"months_between\": [{\"var\": \"a\"}, \"2024-02-29\"]}",
            "{\"a\": \"2024-01-31\"}",
        ],
        None,
    );
    assert_eq!(text(&eval.stdout).trim(), "1");
    let forms = run(&["forms"], None);
    assert_eq!(text(&forms.stdout).lines().count(), 2);
}

#[test]
fn examples_prints_a_valid_document_and_breaking_ones() {
    let out = run(&["examples", "--form", "pilotplan", "--lang", "nn"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v = skjemasjekk::parse_json(&text(&out.stdout)).unwrap();
    assert_eq!(v.get("form").and_then(|s| s.as_str()), Some("pilotplan"));
    let Some(skjemasjekk::Value::Array(breaking)) = v.get("breaking") else {
        panic!("no breaking examples");
    };
    let first = &breaking[0];
    assert!(first
        .get("target")
        .and_then(|t| t.as_str())
        .unwrap()
        .starts_with("/fields/"));
    let expect = first.get("expect").unwrap();
    for key in ["code", "path", "severity", "message"] {
        assert!(expect.get(key).is_some(), "expect has {key}");
    }
    // The valid example validates (exit 0) through `validate` too.
    let valid = v.get("valid").unwrap().to_json();
    let check = run(
        &["validate", "--form", "pilotplan", "--strict", "-"],
        Some(valid.as_bytes()),
    );
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stdout));
    let unknown = run(&["examples", "--form", "nope"], None);
    assert_eq!(unknown.status.code(), Some(2));
}
