//! The pages without JavaScript after a post that is not an error page: the
//! receipt for a valid post, the add and remove row buttons (a post the server
//! answers with the page, one row more or less, nothing checked yet), and the
//! refusals as HTML pages for people.

mod nojs_support;
mod serve_support;

use dom_query::Document;
use nojs_support::*;

#[tokio::test]
async fn a_valid_post_gets_a_receipt_in_its_language() {
    let server = demo(1024 * 1024).await;
    for (id, file, lang, heading) in [
        (
            "pilotplan",
            "pilotplan/strict-valid-no-plans.json",
            "nb",
            "Skjemaet er mottatt",
        ),
        (
            "forsokssoknad",
            "forsokssoknad/strict-valid-document.json",
            "en",
            "The form has been received",
        ),
    ] {
        let pairs = flatten(form(id), &fixture(file));
        let body = urlencoded(&pairs);
        let headers = [("Content-Type", URLENCODED)];
        let api = server
            .post_json(
                &format!("/api/v1/forms/{id}/validate?lang={lang}"),
                &headers,
                body.as_bytes(),
            )
            .await
            .json();
        assert_eq!(api["valid"], true, "{api}");
        let res = server
            .post_json(
                &format!("/forms/{id}?lang={lang}"),
                &headers,
                body.as_bytes(),
            )
            .await;
        assert_eq!(res.status, 200);
        let doc = Document::from(res.text());
        assert_eq!(doc.select("form").length(), 0, "no form on the receipt");
        assert_eq!(
            texts(&doc, "section.receipt h2")
                .first()
                .map(String::as_str),
            Some(heading)
        );
        assert_eq!(doc.select("html").attr("lang").unwrap().as_ref(), lang);
        let warnings: Vec<String> = api["issues"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["message"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(
            texts(&doc, "section.receipt li"),
            warnings,
            "the report's warnings, if any"
        );
        let again = format!("section.receipt a[href=\"/forms/{id}?lang={lang}\"]");
        assert_eq!(doc.select(&again).length(), 1, "a way to an empty form");
    }
    server.stop().await;
}

#[tokio::test]
async fn refusals_are_pages_for_people() {
    let server = demo(2000).await;
    let page = |res: &serve_support::Resp, status: u16, words: &str| {
        assert_eq!(res.status, status, "{}", res.text());
        assert_eq!(res.header("content-type"), Some("text/html; charset=utf-8"));
        assert!(res.text().contains(words), "{}", res.text());
        assert!(res.header("content-security-policy").is_some());
    };
    page(
        &server.get("/forms/nope", &[]).await,
        404,
        "Fant ikke skjemaet",
    );
    page(
        &server.get("/forms/nope?lang=en", &[]).await,
        404,
        "Form not found",
    );
    let post = |body: &'static [u8], content_type: &'static str| {
        let addr = server.addr;
        async move {
            serve_support::send(
                addr,
                "POST",
                "/forms/pilotplan?lang=nn",
                &[("Content-Type", content_type)],
                Some(body),
            )
            .await
        }
    };
    page(
        &post(b"agency.name=%FF", URLENCODED).await,
        400,
        "Skjemaet kunne ikkje lesast",
    );
    page(
        &post(b"{}", "application/json").await,
        415,
        "Skjemaet kunne ikkje lesast",
    );
    let big = vec![b'a'; 5000];
    let big: &'static [u8] = Box::leak(big.into_boxed_slice());
    page(&post(big, URLENCODED).await, 413, "Skjemaet er for stort");
    // The API's refusals stay JSON.
    server
        .get("/api/v1/forms/nope", &[])
        .await
        .expect_error(404, "unknown_form");
    server.stop().await;
}

#[tokio::test]
async fn add_and_remove_row_buttons_work_without_javascript() {
    let server = demo(1024 * 1024).await;
    let headers = [("Content-Type", URLENCODED)];
    let path = "/forms/forsokssoknad?lang=en";
    let rows = |doc: &Document, list: &str| {
        doc.select(&format!(
            "[data-skjemasjekk-list=\"{list}\"] > [data-skjemasjekk-row]"
        ))
        .length()
    };
    // The page's buttons: the browser's default button first (Enter sends the
    // form), then add and remove buttons that post their list or row.
    let doc = Document::from(server.get(path, &[]).await.text());
    let first = doc.select("form button[type=submit]").nodes()[0];
    assert!(first.has_attr("data-skjemasjekk-default"));
    assert_eq!(
        doc.select("button[name=skjemasjekk-add][value=\"/applicants\"]")
            .length(),
        1
    );
    assert_eq!(
        doc.select("button[name=skjemasjekk-remove][value=\"/applicants/0\"]")
            .length(),
        1
    );
    assert_eq!(rows(&doc, "progressPlan"), 0);

    let mut pairs = owned(&[
        ("applicants[0].name", "A kommune"),
        ("applicants[1].name", "B kommune"),
        ("applicants[2].name", "C kommune"),
        ("title", "Tittel"),
    ]);
    pairs.push(("skjemasjekk-remove".into(), "/applicants/1".into()));
    let res = server
        .post_json(path, &headers, urlencoded(&pairs).as_bytes())
        .await;
    assert_eq!(res.status, 200);
    let doc = Document::from(res.text());
    assert_eq!(rows(&doc, "applicants"), 2);
    assert_eq!(
        value_of(&doc, "applicants[0].name").as_deref(),
        Some("A kommune")
    );
    assert_eq!(
        value_of(&doc, "applicants[1].name").as_deref(),
        Some("C kommune")
    );
    assert_eq!(value_of(&doc, "title").as_deref(), Some("Tittel"));
    let focused = doc.select("[autofocus]");
    assert_eq!(
        focused.length(),
        1,
        "focus goes to the row that took the removed one's place"
    );
    assert!(focused
        .attr("name")
        .is_some_and(|n| n.starts_with("applicants[1].")));
    assert_eq!(
        doc.select("[data-skjemasjekk-summary] li").length(),
        0,
        "nothing checked yet"
    );

    pairs.pop();
    pairs.push(("skjemasjekk-add".into(), "/progressPlan".into()));
    let res = server
        .post_json(path, &headers, urlencoded(&pairs).as_bytes())
        .await;
    let doc = Document::from(res.text());
    assert_eq!(rows(&doc, "progressPlan"), 1);
    assert_eq!(rows(&doc, "applicants"), 3, "the other rows as posted");
    let focused = doc.select("[autofocus]");
    assert_eq!(focused.length(), 1);
    assert!(
        focused
            .attr("name")
            .is_some_and(|n| n.starts_with("progressPlan[0].")),
        "focus in the new row"
    );
    assert_eq!(
        doc.select("#progressPlan-0-milestone[name=\"progressPlan[0].milestone\"]")
            .length(),
        1
    );
    assert_eq!(
        texts(
            &doc,
            "[data-skjemasjekk-list=progressPlan] [data-skjemasjekk-row-heading]"
        ),
        vec!["Milestone 1"]
    );
    server.stop().await;
}
