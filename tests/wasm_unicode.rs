//! The Unicode operations WebAssembly builds leave to the host, in Node and in
//! headless Chromium: NFC (text lengths, src/validate/text.rs) and upper case
//! (the first letter of a message, src/messages/parts.rs). Both must agree with
//! what native builds use (the `unicode-normalization` crate, core's
//! `char::to_uppercase`) for every character, and for NFC also for every
//! character's canonical decomposition, which must compose back.
#![cfg(target_arch = "wasm32")]

use js_sys::JsString;
use unicode_normalization::UnicodeNormalization;
use wasm_bindgen_test::wasm_bindgen_test;

fn every_char() -> impl Iterator<Item = char> {
    ('\0'..=char::MAX).filter(|c| !c.is_ascii())
}

fn host_nfc(s: &str) -> String {
    String::from(JsString::from(s).normalize("NFC"))
}

fn report(failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} differences, the first: {}",
        failures.len(),
        failures
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[wasm_bindgen_test]
fn host_nfc_equals_the_crates() {
    let mut failures = Vec::new();
    for c in every_char() {
        for text in [format!("a{c}"), format!("a{c}").nfd().collect::<String>()] {
            let ours: String = text.nfc().collect();
            let host = host_nfc(&text);
            if host != ours {
                failures.push(format!("{text:?}: host {host:?}, crate {ours:?}"));
            }
        }
    }
    report(&failures);
}

#[wasm_bindgen_test]
fn host_upper_case_equals_cores() {
    let mut failures = Vec::new();
    let mut buf = [0; 4];
    for c in every_char() {
        let host = String::from(JsString::from(&*c.encode_utf8(&mut buf)).to_upper_case());
        let core: String = c.to_uppercase().collect();
        if host != core {
            failures.push(format!("{c:?}: host {host:?}, core {core:?}"));
        }
    }
    report(&failures);
}
