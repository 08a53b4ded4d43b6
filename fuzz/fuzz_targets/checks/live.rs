//! A live form driven by arbitrary edits. The first byte picks the form and
//! strict mode; then each line is `POINTER<TAB>JSON` (set) or `POINTER` (remove).
//!
//! After every accepted edit: the live report equals a fresh validation of the
//! live data; the delta, applied to the issues before the edit, gives the
//! issues after it; a set value can be read back at its pointer, a removed one
//! is gone, and removing what is not there changes nothing. A refused edit
//! leaves the data as it was.

use super::common::at_pointer;
use skjemasjekk::live::LiveForm;
use skjemasjekk::validate::{parse_pointer, PathSeg};
use skjemasjekk::{parse_json, Issue, Options, Value};

/// Paths in first-appearance order with their issues.
fn by_path(issues: &[Issue]) -> Vec<(String, Vec<Issue>)> {
    let mut out: Vec<(String, Vec<Issue>)> = vec![];
    for i in issues {
        match out.iter_mut().find(|(p, _)| *p == i.path) {
            Some((_, list)) => list.push(i.clone()),
            None => out.push((i.path.clone(), vec![i.clone()])),
        }
    }
    out
}

pub fn run(data: &[u8]) {
    let Some((sel, form, text)) = super::common::select(data) else {
        return;
    };
    let opts = Options {
        strict: sel & 2 != 0,
        ..Options::default()
    };
    let mut live = LiveForm::new(form.clone(), Value::Object(vec![]), opts);
    for line in text.lines().take(64) {
        let (pointer, value) = match line.split_once('\t') {
            Some((p, v)) => match parse_json(v) {
                Ok(v) => (p, Some(v)),
                Err(_) => continue,
            },
            None => (line, None),
        };
        let before = by_path(&live.report().issues);
        let data_before = live.data().clone();
        let path = parse_pointer(pointer);
        let existed = path
            .as_ref()
            .is_ok_and(|p| at_pointer(&data_before, p).is_some());
        let Ok(delta) = live.set(pointer, value.clone()) else {
            assert_eq!(live.data(), &data_before, "a failed set changed the data");
            continue;
        };
        let report = live.report().clone();
        // The built-in forms' own text has no fødselsnummer.
        super::common::check_report(&report, live.data(), &skjemasjekk::Value::Null);
        assert_eq!(
            form.validate(live.data(), &opts),
            report,
            "live report is stale"
        );
        assert_eq!(delta.valid, report.valid);
        let mut patched = before;
        for change in &delta.changed {
            match patched.iter_mut().find(|(p, _)| *p == change.path) {
                Some((_, list)) => *list = change.issues.clone(),
                None => patched.push((change.path.clone(), change.issues.clone())),
            }
        }
        let mut patched: Vec<(String, Vec<Issue>)> =
            patched.into_iter().filter(|(_, l)| !l.is_empty()).collect();
        let mut after = by_path(&report.issues);
        patched.sort_by(|a, b| a.0.cmp(&b.0));
        after.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(
            patched, after,
            "the delta does not turn the old issues into the new"
        );
        let Ok(path) = path else {
            panic!("set accepted a pointer parse_pointer refuses: {pointer:?}");
        };
        match &value {
            Some(v) => assert_eq!(
                at_pointer(live.data(), &path),
                Some(v),
                "{pointer} does not read back"
            ),
            None if !existed => {
                assert_eq!(live.data(), &data_before, "removing nothing changed data")
            }
            None => assert!(
                at_pointer(live.data(), &path).is_none()
                    || matches!(path.last(), Some(PathSeg::Index(_))),
                "{pointer} still there"
            ),
        }
    }
}
