//! Arbitrary JSON text against both built-in forms. The first byte picks the
//! form and the language; the rest is the document, checked in strict and
//! loose mode by `super::common::check_document` (what must hold is listed there).

pub fn run(data: &[u8]) {
    let Some((sel, form, text)) = super::common::select(data) else {
        return;
    };
    // The built-in forms' own text has no fødselsnummer.
    super::common::check_document(
        form,
        text,
        super::common::lang(sel),
        &skjemasjekk::Value::Null,
    );
}
