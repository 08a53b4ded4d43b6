//! The material structural mutations splice in: every small subtree, object
//! key and short string of the built-in forms, of the rule sets and documents
//! in tests/fixtures and of the JsonLogic suite, read once per process in file
//! order (so a seed gives the same mutation every time).

use skjemasjekk::{parse_json, Value};
use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::OnceLock;

/// Subtrees larger than this (as JSON text) are not kept: a splice should
/// change one thing, not paste a whole form.
const MAX_FRAGMENT: usize = 600;

pub struct Pool {
    pub fragments: Vec<Value>,
    pub keys: Vec<String>,
    pub strings: Vec<String>,
}

pub fn pool() -> &'static Pool {
    static POOL: OnceLock<Pool> = OnceLock::new();
    POOL.get_or_init(build)
}

/// The JSON files to read: the forms, then the fixture directories whose cases
/// carry rule sets and documents (not `hostile/`, whose inputs are huge by design).
fn sources() -> Vec<PathBuf> {
    let root = crate::checks::common::project_root();
    let mut out = vec![];
    for dir in [
        "forms",
        "tests/fixtures/language",
        "tests/fixtures/ruleset-errors",
        "tests/fixtures/forsokssoknad",
        "tests/fixtures/pilotplan",
    ] {
        let mut files = crate::checks::common::files_in(&root.join(dir));
        files.retain(|f| f.extension().is_some_and(|x| x == "json"));
        out.extend(files);
    }
    // Rules and data of the JsonLogic suite (for `expr` most of all).
    out.push(root.join("tests/jsonlogic-tests.json"));
    out
}

fn build() -> Pool {
    let mut pool = Pool {
        fragments: vec![],
        keys: vec![],
        strings: vec![],
    };
    let (mut seen, mut keys, mut strings) = (HashSet::new(), HashSet::new(), HashSet::new());
    for file in sources() {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        let Ok(value) = parse_json(&text) else {
            continue;
        };
        // A fixture case: its rule set and its document; a form: all of it.
        let roots: Vec<&Value> = match (value.get("ruleset"), value.get("data")) {
            (None, None) => vec![&value],
            (r, d) => r.into_iter().chain(d).collect(),
        };
        let mut stack = roots;
        while let Some(v) = stack.pop() {
            match v {
                Value::Array(items) => stack.extend(items.iter().rev()),
                Value::Object(members) => {
                    for (k, child) in members.iter().rev() {
                        if keys.insert(k.clone()) {
                            pool.keys.push(k.clone());
                        }
                        stack.push(child);
                    }
                }
                Value::String(s) if s.len() <= 64 && strings.insert(s.clone()) => {
                    pool.strings.push(s.clone());
                }
                _ => {}
            }
            let json = v.to_json();
            if json.len() <= MAX_FRAGMENT && seen.insert(json) {
                pool.fragments.push(v.clone());
            }
        }
    }
    if pool.fragments.is_empty() {
        pool.fragments.push(Value::Null);
    }
    if pool.keys.is_empty() {
        pool.keys.push(String::new());
    }
    if pool.strings.is_empty() {
        pool.strings.push(String::new());
    }
    pool
}
