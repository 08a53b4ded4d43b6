//! The hostile inputs of `tests/hostile_time.rs`: for each case, the form and
//! the JSON text of an input of size n, so the same cases are counted (at n/4)
//! and timed (at n).

use skjemasjekk::{parse_json, Form, Value};

/// One kind of growing input.
pub struct Case<'f> {
    /// The test that checks it.
    pub group: &'static str,
    pub name: &'static str,
    pub form: &'f Form,
    /// The size the timed run uses; the counted run uses a quarter.
    pub n: usize,
    pub make: Box<dyn Fn(usize) -> String + 'f>,
}

pub fn fixture_data(path: &str) -> Value {
    let full = format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    let case = parse_json(&std::fs::read_to_string(full).unwrap()).unwrap();
    case.get("data").unwrap().clone()
}

/// `doc` with the list at `key` replaced by `n` copies of its first item,
/// each passed through `edit` with its index.
pub fn with_items(doc: &Value, key: &str, n: usize, edit: impl Fn(usize, &mut Value)) -> String {
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

pub fn set(v: &mut Value, key: &str, to: Value) {
    if let Value::Object(m) = v {
        match m.iter_mut().find(|(k, _)| k == key) {
            Some(slot) => slot.1 = to,
            None => m.push((key.to_owned(), to)),
        }
    }
}

/// A small rule set: a unique list of texts, a list of periods that must not
/// overlap, and a short unique list of objects.
pub fn list_form() -> Form {
    let label = r#"{"nb":"L","nn":"L","en":"L"}"#;
    Form::compile(&format!(
        r#"{{"id":"lists","version":"1","title":{label},"fields":{{
          "names":{{"type":"list","optional":true,"uniqueItems":true,"label":{label},
                   "item":{{"type":"text","label":{label},"pattern":"[a-z0-9]+"}}}},
          "periods":{{"type":"list","optional":true,"label":{label},
                   "item":{{"type":"object","label":{label},"fields":{{
                     "start":{{"type":"date","label":{label}}},"end":{{"type":"date","label":{label}}}}}}}}},
          "note":{{"type":"text","optional":true,"label":{label},"pattern":"([a-z]+ )*[a-z]+"}},
          "groups":{{"type":"list","optional":true,"uniqueItems":true,"maxItems":16,"label":{label},
                   "item":{{"type":"object","label":{label},"fields":{{
                     "x":{{"type":"text","optional":true,"label":{label}}}}}}}}}}},
          "rules":[{{"kind":"no_overlap","list":"periods","start":"start","end":"end"}}]}}"#
    ))
    .unwrap()
}

fn day(i: usize) -> String {
    let (y, d) = (1900 + i / 365, i % 365);
    let (m, dd) = (d / 28 + 1, d % 28 + 1);
    format!("{y}-{:02}-{:02}", m.min(12), dd)
}

fn case<'f>(
    group: &'static str,
    name: &'static str,
    form: &'f Form,
    n: usize,
    make: impl Fn(usize) -> String + 'f,
) -> Case<'f> {
    Case {
        group,
        name,
        form,
        n,
        make: Box::new(make),
    }
}

/// Every case, for `list` ([`list_form`]) and the two built-in forms.
pub fn cases<'f>(list: &'f Form, pilot: &'f Form, applicants: &'f Form) -> Vec<Case<'f>> {
    let plan = fixture_data("pilotplan/strict-valid-plan.json");
    let application = fixture_data("forsokssoknad/strict-valid-document.json");
    let (plan2, application2, application3) =
        (plan.clone(), application.clone(), application.clone());
    vec![
        case("pilots", "pilots, valid", pilot, 100, move |n| {
            with_items(&plan, "pilots", n, |_, _| {})
        }),
        // Every pilot wrong in many places: dates, sums, unknown keys, a bad orgnr.
        case("pilots", "pilots, full of errors", pilot, 100, move |n| {
            with_items(&plan2, "pilots", n, |i, p| {
                set(p, "title", Value::from(""));
                set(p, "typo", Value::from(i as i64));
                set(p, "time", parse_json(r#"{"start": "2024-05-01", "end": "2024-01-01", "milestones": [{"title": "M", "date": "2030-01-01"}], "phases": [{"name": "A", "start": "2024-03-01", "end": "2024-02-01"}]}"#).unwrap());
                set(p, "economy", parse_json(r#"{"resources": "R", "budget": [{"item": "x", "amountNok": 5}, {"item": "y", "amountNok": -1}], "totalNok": 7, "coversFollowUp": false, "administrativeConsequences": "A"}"#).unwrap());
            })
        }),
        case("applicants", "applicants", applicants, 200, move |n| {
            with_items(&application, "applicants", n, |_, _| {})
        }),
        case(
            "applicants",
            "applicants, bad decisions",
            applicants,
            200,
            move |n| {
                with_items(&application2, "applicants", n, |i, a| {
                    let decision = format!(
                        r#"{{"body": "x", "date": "2099-01-{:02}", "caseNumber": "?"}}"#,
                        i % 28 + 1
                    );
                    set(a, "councilDecision", parse_json(&decision).unwrap());
                })
            },
        ),
        case(
            "applicants",
            "sectors (unique multi_enum)",
            applicants,
            2000,
            move |n| {
                let mut d = application3.clone();
                let sectors = (0..n)
                    .map(|i| Value::from(["kultur", "naering", "klima_og_miljo", "annet"][i % 4]))
                    .collect();
                set(&mut d, "sectors", Value::Array(sectors));
                d.to_json()
            },
        ),
        case("keys", "unknown keys at the root", pilot, 5000, |n| {
            let members: Vec<String> = (0..n).map(|i| format!("\"k{i}\": {i}")).collect();
            format!("{{{}}}", members.join(","))
        }),
        case("keys", "keys inside a forbidden object", pilot, 5000, |n| {
            let members: Vec<String> = (0..n).map(|i| format!("\"k{i}\": null")).collect();
            format!(
                "{{\"hasPlans\": true, \"noPlanAssessment\": {{{}}}}}",
                members.join(",")
            )
        }),
        case("lists", "unique list of distinct texts", list, 2000, |n| {
            let names: Vec<String> = (0..n).map(|i| format!("\"n{i}\"")).collect();
            format!("{{\"names\": [{}]}}", names.join(","))
        }),
        case("lists", "periods that do not overlap", list, 1000, |n| {
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
        }),
        // A short unique list (compared item by item) whose items are large
        // objects with the same keys in opposite orders, differing only in
        // the last: comparing two must not look each key up by a scan.
        case(
            "lists",
            "short unique list of large objects",
            list,
            2000,
            |n| {
                let items: Vec<String> = (0..16)
                    .map(|i| {
                        let mut keys: Vec<String> = (0..n)
                            .map(|k| format!("\"k{k}\": {}", if k + 1 == n { i } else { 0 }))
                            .collect();
                        if i % 2 == 1 {
                            keys.reverse();
                        }
                        format!("{{{}}}", keys.join(","))
                    })
                    .collect();
                format!("{{\"groups\": [{}]}}", items.join(","))
            },
        ),
        case("lists", "pattern on a long text", list, 50_000, |n| {
            format!("{{\"note\": \"{}\"}}", "abc ".repeat(n / 4) + "x")
        }),
    ]
}
