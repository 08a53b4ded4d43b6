//! Lint problems carry the pointer the compiler gave and the place of its text.

use super::{lint, lint_bytes, Locator};

const TEXT: &str = "{\"a\":{\"b\":1},\"c\":1}";

/// The text a problem's line and columns cover (single-line texts only).
fn covered<'t>(text: &'t str, p: &super::Problem) -> &'t str {
    assert_eq!(p.line, p.end_line, "one line: {p:?}");
    text.get(p.column - 1..p.end_column - 1).unwrap_or("")
}

#[test]
fn locates_values_members_and_ancestors() {
    let text = "{\"a~b/c\": [10, {\"x\": \"y\\\"z\"}], \"n\": null }";
    let mut at = Locator::new(text);
    let slice = |s: (usize, usize)| &text[s.0..s.1];
    assert_eq!(slice(at.span("")), text);
    assert_eq!(
        slice(at.span("/a~0b~1c")),
        "\"a~b/c\": [10, {\"x\": \"y\\\"z\"}]"
    );
    assert_eq!(slice(at.span("/a~0b~1c/0")), "10");
    assert_eq!(slice(at.span("/a~0b~1c/1/x")), "\"x\": \"y\\\"z\"");
    assert_eq!(slice(at.span("/n")), "\"n\": null");
    // Not there: the deepest part that is.
    assert_eq!(slice(at.span("/a~0b~1c/7")), slice(at.span("/a~0b~1c")));
    assert_eq!(slice(at.span("/nope/deeper")), text);
    assert_eq!(slice(at.span("/n/0")), "\"n\": null");
}

#[test]
fn escaped_keys_are_matched_by_their_value() {
    let text = "{\"\\u00f8\": 1, \"\u{f8}x\": 2}";
    let mut at = Locator::new(text);
    assert_eq!(&text[at.span("/ø").0..at.span("/ø").1], "\"\\u00f8\": 1");
}

#[test]
fn each_problem_has_its_pointer_and_the_place_of_its_text() {
    let text = r#"{"id":"x","version":"1","title":{"nb":"a","nn":"a","en":"a"},"fields":{"a":{"type":"dato","label":{"nb":"A","nn":"A","en":"A"}}},"typo":true}"#;
    let linted = lint(text);
    assert_eq!(linted.form, None);
    let by = |ptr: &str| {
        linted
            .problems
            .iter()
            .find(|p| p.pointer == ptr)
            .unwrap_or_else(|| panic!("{ptr} in {:?}", linted.problems))
    };
    assert_eq!(covered(text, by("/fields/a/type")), "\"type\":\"dato\"");
    assert_eq!(covered(text, by("/typo")), "\"typo\":true");
    assert!(by("/typo").message.contains("unknown key \"typo\""));
    let first = by("/fields/a/type");
    assert_eq!(
        first.to_text("f.json"),
        format!(
            "f.json:1:{}: /fields/a/type: {}",
            first.column, first.message
        )
    );
}

#[test]
fn positions_count_lines_and_bytes() {
    let text = "{\n  \"id\": \"x\",\n  \"version\": \"1\",\n  \"title\": {\"nb\": \"ø\", \"nn\": \"a\", \"en\": \"a\"},\n  \"fields\": 3\n}\n";
    let linted = lint(text);
    let p = linted
        .problems
        .iter()
        .find(|p| p.pointer == "/fields")
        .unwrap_or_else(|| panic!("{:?}", linted.problems));
    assert_eq!((p.line, p.column, p.end_line, p.end_column), (5, 3, 5, 14));
    // A missing key is reported at its object: the whole text here.
    let text = "{\"id\":\"x\"}";
    let linted = lint(text);
    assert!(linted.problems.iter().any(|p| p.pointer.is_empty()
        && p.message.contains("\"version\"")
        && covered(text, p) == text));
}

#[test]
fn a_clean_rule_set_names_its_form() {
    let source = crate::compile::BUILTIN_SOURCES[1];
    let linted = lint(source);
    assert!(linted.problems.is_empty(), "{:?}", linted.problems);
    let form = linted.form.clone().unwrap_or_else(|| panic!("a form"));
    assert_eq!(form.id, "pilotplan");
    assert!(form.hash.starts_with("sha256:"));
    assert!(linted
        .to_json()
        .starts_with("{\"form\":{\"id\":\"pilotplan\""));
}

#[test]
fn text_that_is_not_json_or_not_utf8_is_one_problem_at_its_place() {
    let linted = lint("{\n  \"id\": ,\n}");
    assert_eq!(linted.problems.len(), 1);
    let p = &linted.problems[0];
    assert_eq!((p.pointer.as_str(), p.line), ("", 2));
    assert!(
        p.message.starts_with("the rule set is not valid JSON"),
        "{p:?}"
    );
    let linted = lint_bytes(b"{\n \"id\": \"\xff\"}");
    assert_eq!(linted.problems.len(), 1);
    let p = &linted.problems[0];
    assert_eq!((p.line, p.column), (2, 9));
    assert_eq!(p.message, "the rule set is not UTF-8 text");
    assert_eq!(lint_bytes(TEXT.as_bytes()), lint(TEXT));
}

#[test]
fn json_has_pointer_positions_and_message() {
    let linted = lint(TEXT);
    let json = linted.to_json();
    assert!(
        json.starts_with("{\"form\":null,\"problems\":[{\"pointer\":"),
        "{json}"
    );
    for key in [
        "\"line\":",
        "\"column\":",
        "\"endLine\":",
        "\"endColumn\":",
        "\"message\":",
    ] {
        assert!(json.contains(key), "{key} in {json}");
    }
    assert_eq!(
        linted.count_in_words(),
        format!("{} problems", linted.problems.len())
    );
}

#[test]
fn many_problems_in_a_large_text_are_located_quickly() {
    // 20 000 unknown keys: each located through one index of the root object.
    let mut text =
        String::from(r#"{"id":"x","version":"1","title":{"nb":"a","nn":"a","en":"a"},"fields":{}"#);
    for i in 0..20_000 {
        text.push_str(&format!(",\"k{i}\":[1,2,3,{{\"z\":4}}]"));
    }
    text.push('}');
    let mut at = Locator::new(&text);
    let spans: Vec<_> = (0..20_000).map(|i| at.span(&format!("/k{i}"))).collect();
    assert_eq!(
        &text[spans[19_999].0..spans[19_999].1],
        "\"k19999\":[1,2,3,{\"z\":4}]"
    );
    assert_eq!(at.indexed(), 1, "the root indexed once");
}

#[test]
fn text_that_is_not_json_never_panics_or_hangs() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    for text in [
        "",
        "{",
        "{\"a\" 1",
        "[1,",
        "{\"a\":",
        "\"open",
        "}{",
        "{\"a\":[1,{\"b\"",
        &deep,
    ] {
        let mut at = Locator::new(text);
        for pointer in ["", "/a", "/a/0", "/0/0/0", "/a/1/b"] {
            let (start, end) = at.span(pointer);
            assert!(start <= end && end <= text.len(), "{text:?} {pointer}");
        }
    }
}
