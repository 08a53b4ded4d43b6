//! Relevance on both built-in forms: a question's answer shows and hides the
//! parts its conditions name, a part inside a hidden part is hidden, an
//! undecided condition hides nothing, and exactly the conditional fields of
//! `field_info` are listed.

use crate::{builtin_form, parse_json, Form};

fn form(id: &str) -> &'static Form {
    builtin_form(id).map(|f| f.as_ref()).unwrap()
}

/// `path=1`/`path=0` for every listed field, in the order given.
fn shown(form_id: &str, data: &str) -> Vec<String> {
    let data = parse_json(data).unwrap();
    form(form_id)
        .relevance(&data)
        .into_iter()
        .map(|r| format!("{}={}", r.path, u8::from(r.relevant)))
        .collect()
}

#[test]
fn pilotplan_has_plans_chooses_between_two_parts() {
    let unanswered = shown("pilotplan", "{}");
    assert_eq!(unanswered, ["/noPlanAssessment=0", "/pilots=0"]);
    assert_eq!(
        shown("pilotplan", r#"{"hasPlans":true}"#),
        ["/noPlanAssessment=0", "/pilots=1"]
    );
    assert_eq!(
        shown("pilotplan", r#"{"hasPlans":false}"#),
        ["/noPlanAssessment=1", "/pilots=0"]
    );
}

#[test]
fn pilotplan_each_pilot_has_its_own_questions() {
    let data = r#"{"hasPlans":true,"pilots":[
        {"needsLegalExemption":true,"scope":{"willScaleUp":false},"economy":{"coversFollowUp":false}},
        {"scope":{"willScaleUp":true,"involvesOtherOrganizations":true}}]}"#;
    assert_eq!(
        shown("pilotplan", data),
        [
            "/noPlanAssessment=0",
            "/pilots=1",
            "/pilots/0/exemptions=1",
            "/pilots/0/scope/scaleUpPlan=0",
            "/pilots/0/scope/partners=0",
            "/pilots/0/economy/followUpExplanation=1",
            "/pilots/1/exemptions=0",
            "/pilots/1/scope/scaleUpPlan=1",
            "/pilots/1/scope/partners=1",
            "/pilots/1/economy/followUpExplanation=0",
        ]
    );
}

#[test]
fn a_part_inside_a_hidden_part_is_hidden() {
    let data = r#"{"hasPlans":false,"pilots":[{"needsLegalExemption":true}]}"#;
    let listed = shown("pilotplan", data);
    assert!(listed.contains(&"/pilots=0".to_owned()));
    assert!(
        listed.contains(&"/pilots/0/exemptions=0".to_owned()),
        "{listed:?}"
    );
}

#[test]
fn an_undecided_condition_hides_nothing() {
    // "ja" is not a boolean: neither condition on hasPlans can be decided.
    assert_eq!(
        shown("pilotplan", r#"{"hasPlans":"ja"}"#),
        ["/noPlanAssessment=1", "/pilots=1"]
    );
    // A filled-in part is hidden all the same when its question says so.
    assert_eq!(
        shown(
            "pilotplan",
            r#"{"hasPlans":true,"noPlanAssessment":{"assessments":"x"}}"#
        ),
        ["/noPlanAssessment=0", "/pilots=1"]
    );
}

#[test]
fn forsokssoknad_applicant_type_and_stage() {
    assert_eq!(
        shown("forsokssoknad", "{}"),
        ["/localRegulationDraft=0", "/progressPlan=0"]
    );
    // councilDecision reads the form's stage from inside each applicant.
    let data = r#"{"stage":"final","legalBasis":"forsoksloven_3a",
        "applicants":[{"type":"kommune"},{"type":"fylkeskommune"},null]}"#;
    assert_eq!(
        shown("forsokssoknad", data),
        [
            "/applicants/0/municipalityNumber=1",
            "/applicants/0/countyNumber=0",
            "/applicants/0/councilDecision=1",
            "/applicants/1/municipalityNumber=0",
            "/applicants/1/countyNumber=1",
            "/applicants/1/councilDecision=1",
            "/applicants/2/municipalityNumber=0",
            "/applicants/2/countyNumber=0",
            "/applicants/2/councilDecision=1",
            "/localRegulationDraft=1",
            "/progressPlan=1",
        ]
    );
    let preliminary = r#"{"stage":"preliminary","legalBasis":"forsoksloven_3a","applicants":[{}]}"#;
    assert_eq!(
        shown("forsokssoknad", preliminary),
        [
            "/applicants/0/municipalityNumber=0",
            "/applicants/0/countyNumber=0",
            "/applicants/0/councilDecision=0",
            "/localRegulationDraft=0",
            "/progressPlan=0",
        ]
    );
    // Both conditions of the draft: a final application under a special Act needs none.
    let saerlov = r#"{"stage":"final","legalBasis":"saerlov"}"#;
    assert_eq!(
        shown("forsokssoknad", saerlov),
        ["/localRegulationDraft=0", "/progressPlan=1"]
    );
}

#[test]
fn exactly_the_conditional_fields_are_listed() {
    for id in ["pilotplan", "forsokssoknad"] {
        let f = form(id);
        // One item in every list of objects, so every field has a place.
        let data = parse_json(
            r#"{"pilots":[{"scope":{},"economy":{}}],"applicants":[{}],"progressPlan":[{}]}"#,
        )
        .unwrap();
        let listed: Vec<String> = f
            .relevance(&data)
            .into_iter()
            .map(|r| {
                r.path
                    .split('/')
                    .map(|s| if s == "0" { "*" } else { s })
                    .collect::<Vec<_>>()
                    .join("/")
            })
            .collect();
        let conditional: Vec<String> = f
            .field_info()
            .into_iter()
            .filter(|i| i.conditional)
            .map(|i| i.path)
            .collect();
        assert_eq!(listed, conditional, "{id}");
    }
}

/// The data after `leave_out_hidden`, and the pointers it took out.
fn left_out(form_id: &str, data: &str) -> (String, Vec<String>) {
    let mut data = parse_json(data).unwrap();
    let gone = form(form_id).leave_out_hidden(&mut data);
    (data.to_json(), gone)
}

#[test]
fn leave_out_hidden_takes_out_the_parts_a_page_hides() {
    let plans = r#"{"hasPlans":false,"noPlanAssessment":"Vi har vurdert det.","pilots":[{"title":"Forsøk","needsLegalExemption":false,"exemptions":[{"law":"x"}]}]}"#;
    let (data, gone) = left_out("pilotplan", plans);
    assert_eq!(
        data,
        r#"{"hasPlans":false,"noPlanAssessment":"Vi har vurdert det."}"#
    );
    assert_eq!(gone, ["/pilots"]);
    // Inside a shown part, a pilot's own question hides its exemptions.
    let one = r#"{"hasPlans":true,"noPlanAssessment":"x","pilots":[{"needsLegalExemption":false,"exemptions":[{"law":"x"}]},{"needsLegalExemption":true,"exemptions":[]}]}"#;
    let (data, gone) = left_out("pilotplan", one);
    assert_eq!(
        data,
        r#"{"hasPlans":true,"pilots":[{"needsLegalExemption":false},{"needsLegalExemption":true,"exemptions":[]}]}"#
    );
    assert_eq!(gone, ["/noPlanAssessment", "/pilots/0/exemptions"]);
}

#[test]
fn leave_out_hidden_keeps_what_an_undecided_question_would_show() {
    let typo = r#"{"hasPlans":"ja","noPlanAssessment":"x","pilots":[]}"#;
    let (data, gone) = left_out("pilotplan", typo);
    assert_eq!(data, typo);
    assert!(gone.is_empty());
    let nothing = r#"{}"#;
    assert_eq!(
        left_out("forsokssoknad", nothing),
        (nothing.to_owned(), vec![])
    );
}
