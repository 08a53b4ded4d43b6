//! Arbitrary JSON text against both built-in forms. The first byte picks the
//! form and the language; the rest is the document, checked in strict and
//! loose mode by `common::check_document` (what must hold is listed there).

#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((sel, form, text)) = common::select(data) else {
        return;
    };
    common::check_document(form, text, common::lang(sel));
});
