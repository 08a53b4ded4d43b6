//! docs/tutorial.md, step by step: every command output the tutorial shows is
//! what the command prints now (the tutorial quotes it verbatim), its rule set
//! (docs/tutorial/sluttrapport.json) lints clean, its draft has exactly the
//! problems shown, every example document gets exactly the issue it claims, the
//! documents get the reports shown, and `serve --ruleset` offers the form over
//! HTTP with the same report. (The rule set against the language's JSON Schema:
//! tests/node/ruleset-schema.test.mjs.)

mod serve_support;

use skjemasjekk::{parse_json, Form, Lang, Options};
use std::process::{Command, Output};

const RULESET: &str = "docs/tutorial/sluttrapport.json";
const DRAFT: &str = "docs/tutorial/sluttrapport-utkast.json";
const VALID: &str = "docs/tutorial/rapport.json";
const INVALID: &str = "docs/tutorial/rapport-feil.json";

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_skjemasjekk"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn form() -> Form {
    Form::compile(&read(RULESET)).unwrap()
}

/// Fails unless the tutorial shows `text` verbatim.
fn assert_shown(text: &str) {
    let doc = read("docs/tutorial.md");
    assert!(
        doc.contains(text.trim_end()),
        "docs/tutorial.md does not show what the command prints now:\n{text}"
    );
}

#[test]
fn step_1_the_rule_set_lints_clean_and_the_draft_has_the_problems_shown() {
    let clean = run(&["lint", RULESET]);
    assert_eq!(clean.status.code(), Some(0), "{}", stdout(&clean));
    let form = form();
    assert_eq!(
        stdout(&clean),
        format!("{RULESET}: ok: sluttrapport 2026.1 {}\n", form.hash())
    );
    assert_shown(&format!("{RULESET}: ok: sluttrapport 2026.1 sha256:"));
    let fields = form.fields().fields.len();
    assert!((6..=10).contains(&fields), "a small form: {fields} fields");

    let draft = run(&["lint", DRAFT]);
    assert_eq!(draft.status.code(), Some(1));
    let listed = stdout(&draft);
    assert_eq!(listed.lines().count(), 5, "{listed}");
    assert_shown(&listed);
    assert_shown(&String::from_utf8_lossy(&draft.stderr));
}

#[test]
fn step_2_every_example_gets_exactly_the_issue_it_claims() {
    let out = run(&["examples", "--ruleset", RULESET, "--lang", "en"]);
    assert_eq!(out.status.code(), Some(0));
    let examples = parse_json(&stdout(&out)).unwrap();
    let form = form();
    let opts = Options {
        lang: Lang::En,
        strict: true,
    };
    let valid = examples.get("valid").unwrap();
    assert!(form.validate(valid, &opts).issues.is_empty());
    let skjemasjekk::Value::Array(breaking) = examples.get("breaking").unwrap() else {
        panic!("breaking is a list")
    };
    for b in breaking {
        let report = form.validate(b.get("data").unwrap(), &opts);
        let expect = b.get("expect").unwrap();
        assert_eq!(report.issues.len(), 1, "{}", b.to_json());
        let issue = &report.issues[0];
        assert_eq!(
            Some(issue.path.as_str()),
            expect.get("path").and_then(|p| p.as_str())
        );
        assert_eq!(
            Some(issue.kind.code()),
            expect.get("code").and_then(|p| p.as_str())
        );
        assert_eq!(
            Some(issue.message.as_str()),
            expect.get("message").and_then(|p| p.as_str())
        );
    }
    // The tutorial's count, and the example it shows for the cross-field rule.
    assert_shown(&format!(
        "{} documents that each break exactly one",
        breaking.len()
    ));
    let rule = breaking
        .iter()
        .find(|b| b.get("target").and_then(|t| t.as_str()) == Some("/rules/0"))
        .unwrap();
    assert_shown(&rule.get("expect").unwrap().to_json());
}

#[test]
fn step_3_scaffold_writes_a_form_with_every_field() {
    let out = run(&["scaffold", "--ruleset", RULESET, "--lang", "nb"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = stdout(&out);
    assert!(html.contains("<form"), "{html}");
    for label in [
        "Navn på piloten",
        "Resultater",
        "Plan for videreføring",
        "E-post til kontaktperson",
    ] {
        assert!(html.contains(label), "{label} in the page");
    }
    assert_shown("$ skjemasjekk scaffold --ruleset docs/tutorial/sluttrapport.json --lang nb");
}

#[test]
fn step_4_the_documents_get_the_reports_shown() {
    let ok = run(&[
        "validate",
        "--ruleset",
        RULESET,
        "--strict",
        "--format",
        "text",
        VALID,
    ]);
    assert_eq!(ok.status.code(), Some(0), "{}", stdout(&ok));
    assert_shown(&stdout(&ok).replace(form().hash(), "sha256:…"));
    for lang in ["nb", "en"] {
        let bad = run(&[
            "validate",
            "--ruleset",
            RULESET,
            "--strict",
            "--lang",
            lang,
            "--format",
            "text",
            INVALID,
        ]);
        assert_eq!(bad.status.code(), Some(1));
        assert_shown(&stdout(&bad).replace(form().hash(), "sha256:…"));
    }
}

#[tokio::test]
async fn step_5_serve_offers_the_form_with_the_same_report() {
    let form = std::sync::Arc::new(form());
    let server = serve_support::Server::start(skjemasjekk::serve::ServeConfig {
        www_dir: None,
        pkg_dir: None,
        rulesets: vec![form.clone()],
        ..Default::default()
    })
    .await;
    let list = server.get("/api/v1/forms", &[]).await.json();
    let ids: Vec<_> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].clone())
        .collect();
    assert_eq!(ids, ["forsokssoknad", "pilotplan", "sluttrapport"]);
    let body = read(INVALID);
    let res = server
        .post_json(
            "/api/v1/forms/sluttrapport/validate?lang=en",
            &[],
            body.as_bytes(),
        )
        .await;
    assert_eq!(res.status, 200);
    assert_eq!(
        res.text(),
        serve_support::library_report(&form, &body, Lang::En)
    );
    let cli = run(&[
        "validate",
        "--ruleset",
        RULESET,
        "--strict",
        "--lang",
        "en",
        INVALID,
    ]);
    assert_eq!(stdout(&cli).trim_end(), res.text());
    let report = parse_json(res.text()).unwrap();
    let first = report.get("issues").and_then(|i| i.at(0)).unwrap();
    assert_shown(&first.to_json());
    server.stop().await;
}

#[tokio::test]
async fn step_5_the_binary_serves_the_rule_set_it_is_given() {
    use std::io::{BufRead, BufReader};
    use std::time::Duration;
    let mut child = Command::new(env!("CARGO_BIN_EXE_skjemasjekk"))
        .args(["serve", "--addr", "127.0.0.1:0", "--ruleset", RULESET])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Read stderr to its end on a thread: the service logs each request there.
    let stderr = child.stderr.take().unwrap();
    let (tx, lines) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let first = lines
        .recv_timeout(Duration::from_secs(20))
        .unwrap_or_default();
    let addr = first
        .strip_prefix("listening on http://")
        .and_then(|a| a.parse().ok());
    let res = match addr {
        Some(addr) => {
            let get = serve_support::send(addr, "GET", "/api/v1/forms/sluttrapport", &[], None);
            tokio::time::timeout(Duration::from_secs(20), get)
                .await
                .ok()
        }
        None => None,
    };
    let _ = child.kill();
    let _ = child.wait();
    let res = res.unwrap_or_else(|| panic!("no answer; first line: {first:?}"));
    assert_eq!(res.status, 200);
    assert_eq!(res.text(), read(RULESET), "the rule set's bytes");
}

#[test]
fn serve_refuses_a_rule_set_whose_id_is_taken() {
    let out = run(&[
        "serve",
        "--addr",
        "127.0.0.1:0",
        "--ruleset",
        "forms/pilotplan.json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("there is a form with that id already"),
        "{err}"
    );
}
