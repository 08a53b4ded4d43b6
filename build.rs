//! Build script: compiles the kommune and fylke code lists in `data/` into static,
//! sorted Rust tables (`$OUT_DIR/kommuner.rs`, included by `src/no/kommune.rs`).
//!
//! The tables are plain string literals and slices, so the library (and the
//! WebAssembly build) carries no JSON parser and allocates nothing for them. The
//! script checks the data as it goes (numbers, sort order, fylke membership, every
//! renumbering pointing at a 2024 kommune with the same name) and fails the build
//! with a plain message when the files disagree.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::error::Error;
use std::fmt::Write as _;

const LIST_2024: &str = "data/kommuner-2024.json";
const LIST_2020: &str = "data/kommuner-2020-2023.json";

type Res<T> = Result<T, Box<dyn Error>>;

/// One entry of a `fylker` or `kommuner` array.
struct Entry {
    number: String,
    name: String,
    fylke: String,
}

fn text<'a>(v: &'a Value, key: &str, what: &str) -> Res<&'a str> {
    v.get(key)
        .and_then(Value::as_str)
        .ok_or_else(|| format!("{what}: missing text field {key:?}").into())
}

fn array<'a>(v: &'a Value, key: &str, file: &str) -> Res<&'a Vec<Value>> {
    v.get(key)
        .and_then(Value::as_array)
        .ok_or_else(|| format!("{file}: missing array {key:?}").into())
}

fn digits(s: &str, n: usize) -> bool {
    s.len() == n && s.bytes().all(|b| b.is_ascii_digit())
}

/// Reads a `fylker` (2 digits) or `kommuner` (4 digits) array, checking that the
/// numbers are well formed, strictly ascending and (for kommuner) in their fylke.
fn entries(doc: &Value, key: &str, width: usize, file: &str) -> Res<Vec<Entry>> {
    let mut out: Vec<Entry> = Vec::new();
    for v in array(doc, key, file)? {
        let number = text(v, "number", file)?.to_owned();
        let name = text(v, "name", file)?.to_owned();
        let fylke = if width == 4 {
            text(v, "fylke", file)?.to_owned()
        } else {
            number.clone()
        };
        if !digits(&number, width) || !number.starts_with(&fylke) {
            return Err(format!("{file}: bad number {number:?} in {key}").into());
        }
        if out.last().is_some_and(|prev| prev.number >= number) {
            return Err(format!("{file}: {key} not sorted at {number}").into());
        }
        out.push(Entry {
            number,
            name,
            fylke,
        });
    }
    Ok(out)
}

fn read(file: &str) -> Res<Value> {
    println!("cargo:rerun-if-changed={file}");
    let bytes = std::fs::read(file).map_err(|e| format!("{file}: {e}"))?;
    Ok(serde_json::from_slice(&bytes).map_err(|e| format!("{file}: {e}"))?)
}

fn names(list: &[Entry]) -> BTreeMap<&str, &Entry> {
    list.iter().map(|e| (e.number.as_str(), e)).collect()
}

/// A table row naming an old number and the 2024 `(number, name)` pairs replacing it.
fn renumbering(from: &str, from_name: &str, to: &[(&str, &str)]) -> String {
    let to: Vec<String> = to.iter().map(|(n, m)| format!("({n:?}, {m:?})")).collect();
    format!(
        "    Renumbering {{ from: {from:?}, from_name: {from_name:?}, to: &[{}] }},\n",
        to.join(", ")
    )
}

fn main() -> Res<()> {
    println!("cargo:rerun-if-changed=build.rs");
    let new = read(LIST_2024)?;
    let old = read(LIST_2020)?;
    let fylker = entries(&new, "fylker", 2, LIST_2024)?;
    let kommuner = entries(&new, "kommuner", 4, LIST_2024)?;
    let old_fylker = entries(&old, "fylker", 2, LIST_2020)?;
    let old_kommuner = entries(&old, "kommuner", 4, LIST_2020)?;
    let (new_f, new_k, old_k) = (names(&fylker), names(&kommuner), names(&old_kommuner));
    if let Some(k) = kommuner
        .iter()
        .find(|k| !new_f.contains_key(k.fylke.as_str()))
    {
        return Err(format!("{LIST_2024}: kommune {} has no fylke", k.number).into());
    }

    // Kommune renumbering: every vanished number, pointing at existing 2024 kommuner.
    let mut renumbered = BTreeMap::new();
    for r in array(&old, "renumbered", LIST_2020)? {
        let from = text(r, "from", LIST_2020)?;
        let old_entry = old_k.get(from).filter(|_| !new_k.contains_key(from));
        let old_entry =
            old_entry.ok_or_else(|| format!("renumbered {from}: not a vanished number"))?;
        let to_names = array(r, "toNames", LIST_2020)?;
        let mut to = Vec::new();
        for (i, n) in array(r, "to", LIST_2020)?.iter().enumerate() {
            let n = n.as_str().unwrap_or_default();
            let k = new_k
                .get(n)
                .ok_or_else(|| format!("renumbered {from}: no 2024 kommune {n}"))?;
            if to_names.get(i).and_then(Value::as_str) != Some(k.name.as_str()) {
                return Err(
                    format!("renumbered {from}: toNames disagree with the 2024 list").into(),
                );
            }
            to.push(*k);
        }
        if to.is_empty() || renumbered.insert(from, (old_entry, to)).is_some() {
            return Err(format!("renumbered {from}: empty or listed twice").into());
        }
    }
    if let Some(k) = old_kommuner.iter().find(|k| {
        !new_k.contains_key(k.number.as_str()) && !renumbered.contains_key(k.number.as_str())
    }) {
        return Err(format!("{LIST_2020}: {} vanished without a renumbering", k.number).into());
    }

    // Fylke renumbering, derived: the 2024 fylker of the kommuner an old fylke became.
    let mut fylke_successors: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (old_entry, to) in renumbered.values() {
        let set = fylke_successors
            .entry(old_entry.fylke.as_str())
            .or_default();
        set.extend(to.iter().map(|k| k.fylke.as_str()));
    }

    let mut out = String::new();
    writeln!(
        out,
        "// Generated by build.rs from {LIST_2024} and {LIST_2020}."
    )?;
    writeln!(out, "static FYLKER: [Fylke; {}] = [", fylker.len())?;
    for f in &fylker {
        writeln!(
            out,
            "    Fylke {{ number: {:?}, name: {:?} }},",
            f.number, f.name
        )?;
    }
    writeln!(
        out,
        "];\nstatic KOMMUNER: [Kommune; {}] = [",
        kommuner.len()
    )?;
    for k in &kommuner {
        let (n, m, f) = (&k.number, &k.name, &k.fylke);
        writeln!(
            out,
            "    Kommune {{ number: {n:?}, name: {m:?}, fylke: {f:?} }},"
        )?;
    }
    writeln!(
        out,
        "];\nstatic RENUMBERED_KOMMUNER: [Renumbering; {}] = [",
        renumbered.len()
    )?;
    for (from, (old_entry, to)) in &renumbered {
        let to: Vec<(&str, &str)> = to
            .iter()
            .map(|k| (k.number.as_str(), k.name.as_str()))
            .collect();
        out.push_str(&renumbering(from, &old_entry.name, &to));
    }
    let vanished: Vec<&Entry> = old_fylker
        .iter()
        .filter(|f| !new_f.contains_key(f.number.as_str()))
        .collect();
    writeln!(
        out,
        "];\nstatic RENUMBERED_FYLKER: [Renumbering; {}] = [",
        vanished.len()
    )?;
    for f in vanished {
        let successors = fylke_successors.get(f.number.as_str());
        let to: Vec<(&str, &str)> = successors
            .into_iter()
            .flatten()
            .filter_map(|n| new_f.get(n).map(|e| (*n, e.name.as_str())))
            .collect();
        if to.is_empty() {
            return Err(format!("fylke {} vanished without successors", f.number).into());
        }
        out.push_str(&renumbering(&f.number, &f.name, &to));
    }
    out.push_str("];\n");

    let dir = std::env::var("OUT_DIR")?;
    std::fs::write(std::path::Path::new(&dir).join("kommuner.rs"), out)?;
    Ok(())
}
