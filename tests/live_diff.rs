//! The live form against full validation, edit by edit.
//!
//! `LiveForm::set` checks only what an edit can change (src/live/update.rs).
//! This test drives live forms through random edit scripts, over both built-in
//! forms and every rule set of the language fixtures, starting from `{}` and
//! from the fixtures' documents, and after every edit asks:
//! - the live report equals `Form::validate` of the live data, byte for byte;
//! - the delta, applied to the issues before the edit, gives the issues after
//!   it, and lists its paths in report order (cleared paths last);
//! - the report worded in another language equals a validation in that language.
//!
//! Pointers come from the fixtures' documents and from the form's fields (list
//! items 0–2); values from the documents' values plus a pool of awkward ones.
//! The scripts are seeded, so a failure names a seed that reproduces it.

use skjemasjekk::live::{Delta, Handle, LiveForm};
use skjemasjekk::model::{FieldKind, ObjectSchema};
use skjemasjekk::{parse_json, Form, Issue, Lang, Options, Value};
use std::collections::BTreeSet;
use std::sync::Arc;

/// xorshift64*: small, seeded, the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % (n.max(1) as u64)) as usize
    }
    fn pick<'v, T>(&mut self, list: &'v [T]) -> Option<&'v T> {
        list.get(self.below(list.len()))
    }
}

/// A form, the documents to start from, and where to edit with what.
struct Subject {
    name: String,
    form: Arc<Form>,
    docs: Vec<Value>,
    pointers: Vec<String>,
    values: Vec<Value>,
}

fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// Every pointer in a document, and every value (subtrees included).
fn harvest(doc: &Value, pointers: &mut BTreeSet<String>, values: &mut Vec<Value>) {
    let mut todo: Vec<(String, &Value)> = vec![(String::new(), doc)];
    while let Some((at, v)) = todo.pop() {
        if !at.is_empty() {
            pointers.insert(at.clone());
            values.push(v.clone());
        }
        match v {
            Value::Object(members) => {
                for (k, child) in members {
                    todo.push((format!("{at}/{}", escape(k)), child));
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    todo.push((format!("{at}/{i}"), child));
                }
            }
            _ => {}
        }
    }
}

/// Pointers to every field of a form, with list items 0, 1 and 2.
fn field_pointers(root: &ObjectSchema, out: &mut BTreeSet<String>) {
    let mut todo: Vec<(String, &ObjectSchema)> = vec![(String::new(), root)];
    while let Some((at, schema)) = todo.pop() {
        for f in &schema.fields {
            let mut here = vec![format!("{at}/{}", escape(&f.key))];
            let mut kind = &f.kind;
            while let FieldKind::List { item, .. } = kind {
                here = here
                    .iter()
                    .flat_map(|p| (0..3).map(move |i| format!("{p}/{i}")))
                    .collect();
                out.extend(here.iter().cloned());
                kind = &item.kind;
            }
            out.insert(format!("{at}/{}", escape(&f.key)));
            if let FieldKind::Object(s) = kind {
                for p in here {
                    todo.push((p, s));
                }
            }
        }
    }
}

const AWKWARD: &str = r#"[null, "", "  ", "x", "Et navn som er langt nok", "2024-01-31",
    "2024-02-29", "2023-02-29", "31.01.2024", 0, -1, 1, 2.5, 1000000, 1e300, true, false,
    [], {}, ["a", "a"], [{}], [{"title": "x"}], "988077917", "988077918", "3024", "0301",
    "post@example.no", "+47 22 22 22 22", "yes", {"a": null}]"#;

/// Rules that read what other rules report: an `expr` rule that puts an error
/// on `b` when `a` ≥ 5, date orders over `b`/`c` before and after it, a rule
/// in an inner object (which runs before the form's own rules), a list with a
/// rule per item and a `when` that reads a list, and a condition that reads an
/// item. `{FIRST}` puts the date order before or after the `expr` rule.
const CHAINS: &str = r#"{"id": "chain", "version": "1",
  "title": {"nb": "K", "nn": "K", "en": "C"},
  "fields": {
    "a": {"type": "integer", "optional": true, "label": {"nb": "A", "nn": "A", "en": "A"}},
    "b": {"type": "date", "optional": true, "label": {"nb": "B", "nn": "B", "en": "B"}},
    "c": {"type": "date", "optional": true, "label": {"nb": "C", "nn": "C", "en": "C"}},
    "g": {"type": "object", "optional": true, "label": {"nb": "G", "nn": "G", "en": "G"},
      "fields": {
        "d": {"type": "date", "optional": true, "label": {"nb": "D", "nn": "D", "en": "D"}},
        "e": {"type": "date", "optional": true, "label": {"nb": "E", "nn": "E", "en": "E"}}},
      "rules": [{"kind": "date_order", "first": "d", "then": "e"}]},
    "items": {"type": "list", "optional": true, "label": {"nb": "L", "nn": "L", "en": "L"},
      "item": {"type": "object", "label": {"nb": "I", "nn": "I", "en": "I"},
        "fields": {
          "s": {"type": "date", "optional": true, "label": {"nb": "S", "nn": "S", "en": "S"}},
          "t": {"type": "date", "label": {"nb": "T", "nn": "T", "en": "T"},
                "requiredWhen": {"!!": [{"var": "s"}]}},
          "n": {"type": "integer", "optional": true, "label": {"nb": "N", "nn": "N", "en": "N"},
                "forbiddenWhen": {"==": [{"form": "a"}, 1]}}},
        "rules": [{"kind": "date_order", "first": "s", "then": "t"},
                  {"kind": "expr", "id": "n_below_a", "message": {"nb": "N for stor", "nn": "N for stor", "en": "N too big"}, "assert": {"<": [{"var": "n"}, {"form": "a"}]}, "at": "n"}]}},
    "total": {"type": "integer", "optional": true, "label": {"nb": "Sum", "nn": "Sum", "en": "Sum"}}
  },
  "rules": [FIRST,
    {"kind": "date_order", "first": "c", "then": "b"},
    {"kind": "date_order", "first": "/g/e", "then": "c", "when": {"some": [{"var": "items"}, {"var": "s"}]}},
    {"kind": "sum_equals", "sum": "items/*/n", "equals": "total"},
    {"kind": "at_least_one", "fields": ["a", "g/d"]}]}"#;

const EXPR_RULE: &str = r#"{"kind": "expr", "assert": {"<": [{"var": "a"}, 5]}, "at": "b", "id": "a_small", "message": {"nb": "A for stor", "nn": "A for stor", "en": "A too big"}}"#;
const ORDER_RULE: &str = r#"{"kind": "date_order", "first": "b", "then": "c"}"#;

fn chains() -> Vec<(String, Arc<Form>, Vec<Value>)> {
    let doc = r#"{"a": 2, "b": "2024-01-01", "c": "2024-02-01", "total": 3,
        "g": {"d": "2024-01-01", "e": "2024-03-01"},
        "items": [{"s": "2024-01-01", "t": "2024-01-02", "n": 1}, {"n": 2}]}"#;
    let orders = [
        [ORDER_RULE, EXPR_RULE].join(", "),
        [EXPR_RULE, ORDER_RULE].join(", "),
    ];
    orders
        .iter()
        .map(|first| {
            let text = CHAINS.replace("FIRST", first);
            let form = Form::compile(&text).unwrap_or_else(|e| panic!("{e}"));
            (text, Arc::new(form), vec![parse_json(doc).unwrap()])
        })
        .collect()
}

fn subjects() -> Vec<Subject> {
    let awkward = match parse_json(AWKWARD) {
        Ok(Value::Array(items)) => items,
        other => panic!("{other:?}"),
    };
    let mut by_rules: Vec<(String, Arc<Form>, Vec<Value>)> = chains();
    for id in ["forsokssoknad", "pilotplan"] {
        let form = skjemasjekk::builtin_form(id).unwrap().clone();
        by_rules.push((id.to_owned(), form, vec![]));
    }
    for dir in ["forsokssoknad", "pilotplan", "language"] {
        let mut files: Vec<_> = std::fs::read_dir(format!("tests/fixtures/{dir}"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for file in files {
            let case = parse_json(&std::fs::read_to_string(&file).unwrap()).unwrap();
            let Some(data) = case.get("data") else {
                continue;
            };
            let key = match (case.get("form"), case.get("ruleset")) {
                (Some(Value::String(id)), _) => id.clone(),
                (_, Some(rules)) => rules.to_json(),
                _ => continue,
            };
            if let Some(entry) = by_rules.iter_mut().find(|e| e.0 == key) {
                entry.2.push(data.clone());
            } else if let Ok(form) = Form::compile(&key) {
                by_rules.push((key, Arc::new(form), vec![data.clone()]));
            }
        }
    }
    by_rules
        .into_iter()
        .map(|(key, form, docs)| {
            let mut pointers = BTreeSet::new();
            let mut values = awkward.clone();
            for d in &docs {
                harvest(d, &mut pointers, &mut values);
            }
            field_pointers(form.fields(), &mut pointers);
            Subject {
                name: key.chars().take(60).collect(),
                form,
                docs,
                pointers: pointers.into_iter().collect(),
                values,
            }
        })
        .collect()
}

/// The issues of a report, grouped by path in report order.
fn by_path(issues: &[Issue]) -> Vec<(String, Vec<Issue>)> {
    let mut out: Vec<(String, Vec<Issue>)> = vec![];
    for i in issues {
        match out.last_mut() {
            Some((p, list)) if *p == i.path => list.push(i.clone()),
            _ => out.push((i.path.clone(), vec![i.clone()])),
        }
    }
    out
}

fn check_delta(before: &[Issue], after: &[Issue], delta: &Delta, at: &str) {
    let mut patched = by_path(before);
    for change in &delta.changed {
        match patched.iter_mut().find(|(p, _)| *p == change.path) {
            Some((_, list)) => list.clone_from(&change.issues),
            None => patched.push((change.path.clone(), change.issues.clone())),
        }
    }
    patched.retain(|(_, l)| !l.is_empty());
    patched.sort_by(|a, b| a.0.cmp(&b.0));
    let mut want = by_path(after);
    want.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        patched, want,
        "{at}: the delta does not give the new issues"
    );
    // Report order: paths with issues as the new report orders them, then cleared ones.
    let rank = |p: &str| after.iter().position(|i| i.path == p);
    let ranks: Vec<(bool, usize)> = delta
        .changed
        .iter()
        .map(|c| match rank(&c.path) {
            Some(r) => (false, r),
            None => (
                true,
                before.iter().position(|i| i.path == c.path).unwrap_or(0),
            ),
        })
        .collect();
    assert!(
        ranks.windows(2).all(|w| w[0] < w[1]),
        "{at}: delta order {ranks:?}"
    );
}

fn drive(s: &Subject, seed: u64, edits: usize) {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let lang = [Lang::Nb, Lang::Nn, Lang::En][rng.below(3)];
    let opts = Options {
        lang,
        strict: rng.below(2) == 0,
    };
    let start = match rng.below(3) {
        0 => Value::Object(vec![]),
        _ => rng.pick(&s.docs).cloned().unwrap_or(Value::Object(vec![])),
    };
    let mut live = LiveForm::new(s.form.clone(), start, opts);
    for n in 0..edits {
        let at = format!("{} seed {seed} edit {n}", s.name);
        let pointer = rng.pick(&s.pointers).cloned().unwrap_or_default();
        let value = match rng.below(5) {
            0 => None,
            _ => rng.pick(&s.values).cloned(),
        };
        let before = live.report();
        let data_before = live.data().clone();
        let result = match rng.below(2) {
            0 => live.set(&pointer, value),
            _ => Handle::new(&pointer).and_then(|h| live.set_at(&h, value)),
        };
        let Ok(delta) = result else {
            assert_eq!(
                live.data(),
                &data_before,
                "{at}: a refused edit changed data"
            );
            continue;
        };
        let after = live.report();
        assert_eq!(
            after,
            s.form.validate(live.data(), &opts),
            "{at}: {pointer}"
        );
        assert_eq!(delta.valid, after.valid, "{at}");
        check_delta(
            &before.issues,
            &after.issues,
            &delta,
            &format!("{at} {pointer}"),
        );
        if n % 7 == 0 {
            let other = [Lang::Nb, Lang::Nn, Lang::En][rng.below(3)];
            let want = Options {
                lang: other,
                ..opts
            };
            assert_eq!(
                live.report_in(other),
                s.form.validate(live.data(), &want),
                "{at}"
            );
        }
    }
}

#[test]
fn live_form_equals_full_validation_after_every_edit() {
    let subjects = subjects();
    assert!(subjects.len() > 30, "{} rule sets", subjects.len());
    let mut edits = 0;
    for (i, s) in subjects.iter().enumerate() {
        let big = s.name == "forsokssoknad" || s.name == "pilotplan" || i < 2;
        let (scripts, length) = if big { (60, 60) } else { (6, 25) };
        for k in 0..scripts {
            drive(s, (i as u64) << 16 | k, length);
            edits += length;
        }
    }
    assert!(edits > 10_000, "{edits} edits");
}

#[test]
fn set_lang_words_every_issue_again() {
    let form = skjemasjekk::builtin_form("pilotplan").unwrap().clone();
    let nb = Options::default();
    let mut live = LiveForm::new(form.clone(), Value::Object(vec![]), nb);
    live.set("/agency/name", Some(Value::from("x"))).unwrap();
    live.set_lang(Lang::En);
    let en = Options {
        lang: Lang::En,
        ..nb
    };
    assert_eq!(live.report(), form.validate(live.data(), &en));
    assert_ne!(live.report(), form.validate(live.data(), &nb));
    let delta = live.set("/agency/name", Some(Value::from(""))).unwrap();
    let change = delta.changed.first().expect("a change");
    assert!(
        change.issues[0].message.starts_with("Agency: Fill in"),
        "{change:?}"
    );
}
