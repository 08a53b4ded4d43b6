//! The hand-written TypeScript types of the wasm package (src/wasm/types.d.ts)
//! must name exactly the issue codes and UI text keys the engine has, so the
//! `IssueCode` and `UiTextKey` unions cannot drift from the Rust code. Native.
#![cfg(not(target_arch = "wasm32"))]

use skjemasjekk::compile::ISSUE_CODES;
use skjemasjekk::messages::ui_all;
use skjemasjekk::Lang;
use std::collections::BTreeSet;

const TYPES: &str = include_str!("../src/wasm/types.d.ts");

/// The body of `export <kind> NAME ... ;` or `{ ... }` in types.d.ts.
fn declaration(name: &str) -> &str {
    let start = TYPES
        .find(name)
        .unwrap_or_else(|| panic!("types.d.ts declares no {name}"));
    let rest = &TYPES[start..];
    let end = rest.find("\n}").or_else(|| rest.find(";\n")).unwrap();
    &rest[..end]
}

#[test]
fn issue_params_has_one_entry_per_issue_code() {
    let body = declaration("export interface IssueParams");
    let declared: BTreeSet<&str> = body
        .lines()
        .filter_map(|l| l.trim().split_once(':'))
        .map(|(k, _)| k.trim())
        .filter(|k| k.chars().all(|c| c.is_ascii_lowercase() || c == '_') && !k.is_empty())
        .collect();
    let codes: BTreeSet<&str> = ISSUE_CODES.iter().copied().collect();
    assert_eq!(declared, codes);
}

#[test]
fn ui_text_key_names_every_ui_text() {
    let body = declaration("export type UiTextKey");
    let declared: BTreeSet<&str> = body.split('"').skip(1).step_by(2).collect();
    for lang in Lang::ALL {
        let keys: BTreeSet<&str> = ui_all(lang).into_iter().map(|(k, _)| k).collect();
        assert_eq!(declared, keys, "{lang:?}");
    }
}
