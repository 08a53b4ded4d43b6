//! Property tests on whole documents of the built-in forms, taken from the
//! fixture corpus: the NFC and NFD spellings of a text get the same report and
//! the length verdict of the NFC character count; a report does not depend on
//! the order of object members, nor on anything but its input.

use proptest::prelude::*;
use proptest::sample::Index;
use skjemasjekk::model::{FieldKind, ObjectSchema};
use skjemasjekk::{builtin_form, parse_json, Lang, Options, Value};
use unicode_normalization::UnicodeNormalization;

fn fixture(path: &str) -> Value {
    let full = format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    parse_json(&std::fs::read_to_string(&full).unwrap()).unwrap()
}

/// The complete valid document of each built-in form (checked valid, strictly).
fn base_documents() -> Vec<(&'static str, Value)> {
    let docs = vec![
        (
            "forsokssoknad",
            fixture("forsokssoknad/strict-valid-document.json"),
        ),
        ("pilotplan", fixture("pilotplan/strict-valid-plan.json")),
    ];
    docs.into_iter()
        .map(|(form, case)| {
            let data = case.get("data").unwrap().clone();
            let report = builtin_form(form).unwrap().validate(&data, &strict());
            assert!(
                report.valid && report.issues.is_empty(),
                "{form}: {}",
                report.to_json()
            );
            (form, data)
        })
        .collect()
}

/// Every fixture document (`data`) against a built-in form, valid or not.
fn all_documents() -> &'static [(String, Value)] {
    static DOCS: std::sync::OnceLock<Vec<(String, Value)>> = std::sync::OnceLock::new();
    DOCS.get_or_init(read_documents)
}

fn read_documents() -> Vec<(String, Value)> {
    let mut out = vec![];
    for dir in ["forsokssoknad", "pilotplan", "hostile"] {
        let root = format!("{}/tests/fixtures/{dir}", env!("CARGO_MANIFEST_DIR"));
        let Ok(entries) = std::fs::read_dir(&root) else {
            continue;
        };
        let mut paths: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
        paths.sort();
        for p in paths
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
        {
            let case = parse_json(&std::fs::read_to_string(&p).unwrap()).unwrap();
            if let (Some(Value::String(form)), Some(data)) = (case.get("form"), case.get("data")) {
                out.push((form.clone(), data.clone()));
            }
        }
    }
    assert!(out.len() > 200, "only {} fixture documents", out.len());
    out
}

fn strict() -> Options {
    Options {
        lang: Lang::Nb,
        strict: true,
    }
}

/// A step into a document.
#[derive(Debug, Clone)]
enum Step {
    Key(String),
    Item(usize),
}

/// A text field with a length limit or pattern, and a place in a document that holds it.
#[derive(Debug, Clone)]
struct TextSlot {
    form: &'static str,
    path: Vec<Step>,
    min: Option<u64>,
    max: Option<u64>,
}

/// Every text field of `schema` that `doc` fills in, with its limits.
fn text_slots(
    form: &'static str,
    schema: &ObjectSchema,
    doc: &Value,
    at: &[Step],
    out: &mut Vec<TextSlot>,
) {
    for f in &schema.fields {
        let Some(v) = doc.get(&f.key) else { continue };
        let mut path = at.to_vec();
        path.push(Step::Key(f.key.clone()));
        slot(form, &f.kind, v, path, out);
    }
}

fn slot(form: &'static str, kind: &FieldKind, v: &Value, path: Vec<Step>, out: &mut Vec<TextSlot>) {
    match (kind, v) {
        (
            FieldKind::Text {
                min_length,
                max_length,
                pattern,
            },
            Value::String(_),
        ) if min_length.is_some() || max_length.is_some() || pattern.is_some() => {
            out.push(TextSlot {
                form,
                path,
                min: *min_length,
                max: *max_length,
            });
        }
        (FieldKind::Object(s), Value::Object(_)) => text_slots(form, s, v, &path, out),
        (FieldKind::List { item, .. }, Value::Array(items)) => {
            for (i, it) in items.iter().enumerate() {
                let mut p = path.clone();
                p.push(Step::Item(i));
                slot(form, &item.kind, it, p, out);
            }
        }
        _ => {}
    }
}

fn set(doc: &mut Value, path: &[Step], value: Value) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut at = doc;
    for step in parents {
        at = match (at, step) {
            (Value::Object(m), Step::Key(k)) => {
                &mut m.iter_mut().find(|(mk, _)| mk == k).unwrap().1
            }
            (Value::Array(items), Step::Item(i)) => &mut items[*i],
            _ => unreachable!(),
        };
    }
    match (at, last) {
        (Value::Object(m), Step::Key(k)) => m.iter_mut().find(|(mk, _)| mk == k).unwrap().1 = value,
        (Value::Array(items), Step::Item(i)) => items[*i] = value,
        _ => unreachable!(),
    }
}

fn pointer(path: &[Step]) -> String {
    path.iter()
        .map(|s| match s {
            Step::Key(k) => format!("/{}", k.replace('~', "~0").replace('/', "~1")),
            Step::Item(i) => format!("/{i}"),
        })
        .collect()
}

fn slots() -> &'static [(TextSlot, Value)] {
    static SLOTS: std::sync::OnceLock<Vec<(TextSlot, Value)>> = std::sync::OnceLock::new();
    SLOTS.get_or_init(find_slots)
}

fn find_slots() -> Vec<(TextSlot, Value)> {
    let mut out = vec![];
    for (form, doc) in base_documents() {
        let mut found = vec![];
        text_slots(
            form,
            builtin_form(form).unwrap().fields(),
            &doc,
            &[],
            &mut found,
        );
        out.extend(found.into_iter().map(|s| (s, doc.clone())));
    }
    assert!(out.len() > 30, "only {} text fields found", out.len());
    out
}

/// Letters with a decomposition (å, é, ü, ñ, Å), ones without (æ, ø), ASCII and a space.
const ALPHABET: [char; 10] = ['å', 'é', 'ü', 'ñ', 'Å', 'æ', 'ø', 'a', 'k', ' '];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn nfc_and_nfd_spellings_get_the_same_report(
        which: Index,
        unit in prop::collection::vec(0..ALPHABET.len(), 1..6),
        target in 0usize..6,
        extra in 0u64..40,
    ) {
        let (slot, base) = which.get(slots());
        let (min, max) = (slot.min.unwrap_or(1), slot.max.unwrap_or(min_plus(slot.min, 60)));
        // Around each limit, or somewhere between them.
        let n = [min.saturating_sub(1), min, min + 1, max.saturating_sub(1), max, max + 1]
            .get(target).copied().unwrap_or(min + extra).max(1);
        let nfc: String = unit.iter().map(|&i| ALPHABET[i]).cycle().take(n as usize).collect();
        let nfd: String = nfc.nfd().collect();
        prop_assume!(nfc != nfd || unit.iter().all(|&i| ALPHABET[i].is_ascii()));
        let form = builtin_form(slot.form).unwrap();
        let report = |text: &str| {
            let mut doc = base.clone();
            set(&mut doc, &slot.path, Value::from(text));
            form.validate(&doc, &strict())
        };
        let (a, b) = (report(&nfc), report(&nfd));
        prop_assert_eq!(a.to_json(), b.to_json(), "{} at {}", slot.form, pointer(&slot.path));

        // The length verdict follows the NFC character count after trimming.
        let count = nfc.trim().chars().count() as u64;
        prop_assume!(count > 0);
        let at = pointer(&slot.path);
        let codes: Vec<&str> = a.issues.iter().filter(|i| i.path == at).map(|i| i.kind.code()).collect();
        let want_min = slot.min.is_some_and(|m| count < m);
        let want_max = !want_min && slot.max.is_some_and(|m| count > m);
        prop_assert_eq!(codes.contains(&"min_length"), want_min, "{} chars at {}: {:?}", count, at, codes);
        prop_assert_eq!(codes.contains(&"max_length"), want_max, "{} chars at {}: {:?}", count, at, codes);
    }
}

fn min_plus(min: Option<u64>, n: u64) -> u64 {
    min.unwrap_or(0) + n
}

/// A small deterministic generator for shuffling (xorshift64*).
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n.max(1)
    }
}

/// The same document with the members of every object in a random order.
fn shuffled(v: &Value, rng: &mut Rng) -> Value {
    match v {
        Value::Object(members) => {
            let mut m: Vec<(String, Value)> = members
                .iter()
                .map(|(k, v)| (k.clone(), shuffled(v, rng)))
                .collect();
            for i in (1..m.len()).rev() {
                m.swap(i, rng.below(i + 1));
            }
            Value::Object(m)
        }
        Value::Array(items) => Value::Array(items.iter().map(|v| shuffled(v, rng)).collect()),
        other => other.clone(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn reports_do_not_depend_on_member_order(which: Index, seed in 1u64.., strict_mode: bool, lang in 0usize..3) {
        let (form_id, doc) = which.get(all_documents());
        let form = builtin_form(form_id).unwrap();
        let opts = Options { lang: [Lang::Nb, Lang::Nn, Lang::En][lang], strict: strict_mode };
        let original = form.validate(doc, &opts).to_json();
        let mixed = shuffled(doc, &mut Rng(seed));
        prop_assert_eq!(&form.validate(&mixed, &opts).to_json(), &original);
        // Deterministic: again, and through the text entry point.
        prop_assert_eq!(&form.validate(doc, &opts).to_json(), &original);
        prop_assert_eq!(&form.validate_json(&mixed.to_json(), &opts).unwrap().to_json(), &original);
    }
}

/// The shuffle really reorders (or the property above would prove nothing).
#[test]
fn shuffle_changes_member_order() {
    let (_, doc) = &base_documents()[1];
    let mixed = shuffled(doc, &mut Rng(7));
    assert_ne!(mixed.to_json(), doc.to_json());
    assert_eq!(mixed.to_json().len(), doc.to_json().len());
}
