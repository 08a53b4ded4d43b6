//! Regressions in changing a live form (`LiveForm::set`): a change may not nest
//! data deeper than parsed data, removing nothing changes nothing, and a change
//! that fails leaves the data and its report as they were.

use skjemasjekk::{Form, Options};
use std::sync::Arc;

/// The built-in pilot plan, checked strictly (unknown keys are errors).
fn strict_pilotplan() -> (Arc<Form>, Options) {
    let form = skjemasjekk::builtin_form("pilotplan").unwrap().clone();
    let opts = Options {
        strict: true,
        ..Options::default()
    };
    (form, opts)
}

/// fuzz/live: `set` with a pointer 100 000 segments deep built data 100 000
/// levels deep, and the next walk (or drop) overflowed the stack. The data of
/// a live form may nest no deeper than parsed data (64 levels).
#[test]
fn live_set_refuses_to_nest_data_deeper_than_parsed_data() {
    use skjemasjekk::live::{LiveForm, SetError};
    use skjemasjekk::value::MAX_DEPTH;
    use skjemasjekk::{parse_json, Error, Value};
    let (form, opts) = strict_pilotplan();
    let mut live = LiveForm::new(form, Value::Object(vec![]), opts);
    let deep = "/agency".to_owned() + &"/x".repeat(100_000);
    match live.set(&deep, Some(Value::from(1))) {
        Err(Error::Live(SetError::TooDeep { .. })) => {}
        other => panic!("{other:?}"),
    }
    // Exactly at the limit is fine: 63 keys and a value one level deep.
    let at_limit = "/x".repeat(MAX_DEPTH - 1);
    assert!(live
        .set(&at_limit, Some(parse_json("[1]").unwrap()))
        .is_ok());
    // One more level of pointer or of value is not.
    let over = "/y".repeat(MAX_DEPTH);
    assert!(live.set(&over, Some(parse_json("[1]").unwrap())).is_err());
    assert!(live
        .set(&at_limit, Some(parse_json("[[1]]").unwrap()))
        .is_err());
    assert!(live.set(&over, None).is_ok(), "removing never deepens");
    assert!(live
        .report()
        .issues
        .iter()
        .any(|i| i.path == "/x" && i.kind.code() == "unknown_field"));
}

/// Removing a value at a path that does not exist created the objects on the
/// way (`{"nope": {}}`), which strict mode then reported as `unknown_field`.
/// A removal of nothing changes nothing.
#[test]
fn live_removal_of_a_missing_path_changes_nothing() {
    use skjemasjekk::live::LiveForm;
    use skjemasjekk::parse_json;
    let (form, opts) = strict_pilotplan();
    let start = parse_json(r#"{"agency": {"name": "Etat"}, "pilots": []}"#).unwrap();
    let mut live = LiveForm::new(form, start.clone(), opts);
    let before = live.report().clone();
    for pointer in [
        "/nope",
        "/nope/deeper",
        "/agency/x/y",
        "/pilots/0/title",
        "/pilots/3",
    ] {
        let delta = live.set(pointer, None).unwrap();
        assert!(delta.changed.is_empty(), "{pointer}: {delta:?}");
        assert_eq!(live.data(), &start, "{pointer}");
        assert_eq!(live.report(), before, "{pointer}");
    }
    // Going through a text is still an error, and changes nothing either.
    assert!(live.set("/agency/name/x", None).is_err());
    assert_eq!(live.data(), &start);
    live.set("/agency/name", None).unwrap();
    assert_eq!(live.data().to_json(), r#"{"agency":{},"pilots":[]}"#);
}

/// A `set` that failed half-way (`/a/b/5`: the list `b` was created, then index
/// 5 was refused) left the created containers in the data, so the data and
/// its report disagreed. A failed change now changes nothing.
#[test]
fn live_set_that_fails_changes_nothing() {
    use skjemasjekk::live::LiveForm;
    use skjemasjekk::{parse_json, Value};
    let (form, opts) = strict_pilotplan();
    let start = parse_json(r#"{"agency": {"name": "Etat"}}"#).unwrap();
    let mut live = LiveForm::new(form.clone(), start.clone(), opts);
    for pointer in [
        "/nope/b/5",
        "/pilots/0/time/phases/2/start",
        "/agency/name/x",
        "/agency/name/0/x",
    ] {
        assert!(
            live.set(pointer, Some(Value::from(1))).is_err(),
            "{pointer}"
        );
        assert_eq!(live.data(), &start, "{pointer}");
        assert_eq!(live.report(), form.validate(&start, &opts), "{pointer}");
    }
}

/// Fuzz `live` (session 2): removing `/pilots/x` where `pilots` is `null`
/// turned the `null` into `{}` on the way (a container was created to remove
/// from). Removing below a `null` now changes nothing, as below nothing.
#[test]
fn live_removal_below_a_null_changes_nothing() {
    use skjemasjekk::live::LiveForm;
    use skjemasjekk::parse_json;
    let (form, opts) = strict_pilotplan();
    let start = parse_json(r#"{"pilots": null, "agency": {"name": "Etat"}}"#).unwrap();
    let mut live = LiveForm::new(form.clone(), start.clone(), opts);
    for pointer in ["/pilots/x", "/pilots/0", "/pilots/0/title"] {
        let delta = live.set(pointer, None).unwrap();
        assert!(delta.changed.is_empty(), "{pointer}");
        assert_eq!(live.data(), &start, "{pointer}");
    }
    assert_eq!(live.report(), form.validate(&start, &opts));
}
