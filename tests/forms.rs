//! The built-in forms: they compile, every text is in nb, nn and en, and the
//! nynorsk is nynorsk (not bokmål copied).

use skjemasjekk::compile::{BUILTIN_IDS, BUILTIN_SOURCES};
use skjemasjekk::{builtin, builtin_form, parse_json, Form, Value};

#[test]
fn both_builtin_forms_compile_with_the_contract_ids() {
    for (id, source) in BUILTIN_IDS.into_iter().zip(BUILTIN_SOURCES) {
        match Form::compile(source) {
            Ok(form) => assert_eq!(form.id(), id, "BUILTIN_IDS is out of step with forms/"),
            Err(e) => panic!("a built-in form does not compile: {:#?}", e.diagnostics),
        }
        // Compiled on its own, on first use, and the same form from then on.
        let once = builtin_form(id).unwrap();
        assert!(std::sync::Arc::ptr_eq(once, builtin_form(id).unwrap()));
    }
    assert!(builtin_form("forsøkssøknad").is_err());
    let ids: Vec<&str> = builtin().iter().map(|f| f.id()).collect();
    assert_eq!(ids, ["forsokssoknad", "pilotplan"]);
    for f in builtin() {
        assert!(std::sync::Arc::ptr_eq(f, builtin_form(f.id()).unwrap()));
    }
    for f in builtin() {
        assert!(f.hash().starts_with("sha256:") && f.hash().len() == 7 + 64);
    }
}

/// Every text object ({nb, nn, en}) in a rule set, with its pointer.
fn texts(v: &Value, path: String, out: &mut Vec<(String, String, String, String)>) {
    match v {
        Value::Object(m) => {
            let get = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_owned);
            if let (Some(nb), Some(nn), Some(en)) = (get("nb"), get("nn"), get("en")) {
                out.push((path, nb, nn, en));
                return;
            }
            for (k, c) in m {
                texts(c, format!("{path}/{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, c) in items.iter().enumerate() {
                texts(c, format!("{path}/{i}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_text_is_in_three_languages_and_nynorsk_is_nynorsk() {
    // Bokmål forms that nynorsk does not use (as whole words).
    let bokmal_only = [
        "ikke",
        "være",
        "hvordan",
        "hva",
        "hvis",
        "fra",
        "bare",
        "noen",
        "deres",
        "søkeren",
        "følgende",
        "hvilke",
        "hver",
        "mye",
        "hvem",
    ];
    let nynorsk_only = [
        "ikkje",
        "vere",
        "korleis",
        "kva",
        "frå",
        "berre",
        "òg",
        "nokon",
        "kvar",
        "tilsette",
        "følgjande",
    ];
    for source in BUILTIN_SOURCES {
        let v = parse_json(source).unwrap();
        let mut all = vec![];
        texts(&v, String::new(), &mut all);
        assert!(all.len() > 100, "only {} texts", all.len());
        let mut differ = 0;
        for (path, nb, nn, en) in &all {
            assert!(
                !nb.trim().is_empty() && !nn.trim().is_empty() && !en.trim().is_empty(),
                "{path}: an empty text"
            );
            let words = |s: &str| {
                s.to_lowercase()
                    .split(|c: char| !c.is_alphanumeric() && c != 'ò')
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            };
            let (nn_words, nb_words) = (words(nn), words(nb));
            let nn_joined = format!(" {} ", nn_words.join(" "));
            let nb_joined = format!(" {} ", nb_words.join(" "));
            for w in bokmal_only {
                assert!(
                    !nn_joined.contains(&format!(" {w} ")),
                    "{path}: the nynorsk text uses the bokmål word {w:?}: {nn}"
                );
            }
            for w in nynorsk_only {
                assert!(
                    !nb_joined.contains(&format!(" {w} ")),
                    "{path}: the bokmål text uses the nynorsk word {w:?}: {nb}"
                );
            }
            if nb != nn {
                differ += 1;
            }
        }
        // Short labels are often the same in both ("Kommune"); running text is not.
        let share = differ as f64 / all.len() as f64;
        assert!(
            share > 0.6,
            "only {:.0} % of the nynorsk texts differ from bokmål",
            share * 100.0
        );
    }
}
