//! Form posts to `POST /api/v1/forms/{id}/validate` over real HTTP: an
//! urlencoded or multipart body gets exactly the report the library gives for
//! the document the core's conversion (`skjemasjekk::formdata`) makes of the
//! same pairs; bad bodies and hostile names are refused with JSON errors.
//! That the document is the drop-in's own is tested in Chromium
//! (tests/e2e/formpost.test.js).

mod serve_support;

use serve_support::{forms, Server};
use skjemasjekk::formdata::to_document;
use skjemasjekk::{Lang, Options};

const URLENCODED: &str = "application/x-www-form-urlencoded";

/// A filled-in pilot plan as a browser posts it: typed text, a radio, check
/// boxes, an empty control in a row, a button and a token the form lacks.
const PAIRS: &[(&str, &str)] = &[
    ("_csrf", "abc"),
    ("agency.name", "Statens vegvesen"),
    ("agency.organizationNumber", "971 032 081"),
    ("planYear", "2 030"),
    ("hasPlans", "true"),
    ("pilots[0].title", "Tillit i praksis"),
    ("pilots[0].trustRelations", "stat_kommune"),
    ("pilots[0].trustRelations", "leder_medarbeider"),
    ("pilots[0].economy.budget[0].item", "Lønn"),
    ("pilots[0].economy.budget[0].amountNok", "120 000"),
    ("pilots[0].economy.totalNok", "1,5"),
    ("pilots[0].time.milestones[0].date", ""),
    ("pilots[0].evaluation.indicators[0]", ""),
    ("send", "Send inn"),
];

fn library_report(form: &skjemasjekk::Form, pairs: &[(&str, &str)], lang: Lang) -> String {
    let mut data = to_document(form.fields(), pairs.iter().copied())
        .unwrap()
        .data;
    form.leave_out_hidden(&mut data);
    form.validate(&data, &Options { lang, strict: true })
        .to_json()
}

fn urlencoded(pairs: &[(&str, &str)]) -> String {
    let enc = |s: &str| -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'*' => {
                    (b as char).to_string()
                }
                b' ' => "+".into(),
                _ => format!("%{b:02X}"),
            })
            .collect()
    };
    let parts: Vec<String> = pairs
        .iter()
        .map(|(n, v)| format!("{}={}", enc(n), enc(v)))
        .collect();
    parts.join("&")
}

fn multipart(pairs: &[(&str, &str)], boundary: &str) -> String {
    let mut out = String::new();
    for (n, v) in pairs {
        out +=
            &format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{n}\"\r\n\r\n{v}\r\n");
    }
    out += &format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"attachment\"; \
         filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nignored\r\n--{boundary}--\r\n"
    );
    out
}

fn path(id: &str) -> String {
    format!("/api/v1/forms/{id}/validate?lang=nn")
}

#[tokio::test]
async fn urlencoded_and_multipart_posts_get_the_report_of_the_converted_document() {
    let server = Server::with_defaults().await;
    let form = forms().iter().find(|f| f.id() == "pilotplan").unwrap();
    let want = library_report(form, PAIRS, Lang::Nn);
    // The conversion did its work: numbers typed, the row kept, nothing unknown.
    assert!(!want.contains("unknown_field"), "{want}");
    assert!(!want.contains("/planYear\",\"code\":\"type"), "{want}");
    let body = urlencoded(PAIRS);
    let res = server
        .post_json(
            &path(form.id()),
            &[("Content-Type", URLENCODED)],
            body.as_bytes(),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text());
    assert_eq!(res.text(), want);
    assert_eq!(res.header("cache-control"), Some("no-store"));

    let boundary = "----skjemasjekk7MA4YWxkTrZu0gW";
    let content_type = format!("multipart/form-data; boundary={boundary}");
    let body = multipart(PAIRS, boundary);
    let res = server
        .post_json(
            &path(form.id()),
            &[("Content-Type", &content_type)],
            body.as_bytes(),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text());
    assert_eq!(res.text(), want);

    // An empty form post is the empty document, as for JSON `{}`.
    for form in forms() {
        let res = server
            .post_json(&path(form.id()), &[("Content-Type", URLENCODED)], b"")
            .await;
        assert_eq!(res.text(), library_report(form, &[], Lang::Nn));
    }
    server.stop().await;
}

/// A page without JavaScript shows every part, so its post carries what a
/// person typed in parts the answers have since hidden. The server leaves
/// those out, as the drop-in leaves out the controls of the parts it hides:
/// the report is that of the post without them, with no `forbidden` issue.
#[tokio::test]
async fn a_post_is_checked_without_the_parts_its_answers_hide() {
    let server = Server::with_defaults().await;
    let form = forms().iter().find(|f| f.id() == "pilotplan").unwrap();
    let shown: &[(&str, &str)] = &[
        ("agency.name", "Statens vegvesen"),
        ("hasPlans", "false"),
        (
            "noPlanAssessment",
            "Vi har vurdert forsøk og ser ikke behov i år.",
        ),
    ];
    let mut posted = shown.to_vec();
    posted.extend([
        ("pilots[0].title", "Tillit i praksis"),
        ("pilots[0].needsLegalExemption", "true"),
    ]);
    let want = library_report(form, shown, Lang::Nn);
    assert!(!want.contains("forbidden"), "{want}");
    let body = urlencoded(&posted);
    let res = server
        .post_json(
            &path(form.id()),
            &[("Content-Type", URLENCODED)],
            body.as_bytes(),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text());
    assert_eq!(res.text(), want);
    server.stop().await;
}

#[tokio::test]
async fn bad_form_posts_are_refused_with_json_errors() {
    let server = Server::with_defaults().await;
    let p = path("pilotplan");
    let form = [("Content-Type", URLENCODED)];
    let error = server
        .post_json(&p, &form, b"pilots%5B999999999%5D.title=x")
        .await
        .expect_error(400, "bad_form_name");
    assert_eq!(error["reason"], "index_too_large");
    assert_eq!(error["name"], "pilots[999999999].title");
    server
        .post_json(&p, &form, b"planYear=%FF")
        .await
        .expect_error(400, "malformed_form");
    let multi = [("Content-Type", "multipart/form-data; boundary=xyz")];
    server
        .post_json(&p, &multi, b"{}")
        .await
        .expect_error(400, "malformed_form");
    server
        .post_json(&p, &[("Content-Type", "multipart/form-data")], b"")
        .await
        .expect_error(400, "malformed_form");
    let big = urlencoded(&[("agency.name", &"x".repeat(2 * 1024 * 1024))]);
    server
        .post_json(&p, &form, big.as_bytes())
        .await
        .expect_error(413, "body_too_large");
    server.stop().await;
}
