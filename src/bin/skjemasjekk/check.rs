//! `skjemasjekk check KIND VALUE…`: one line per value, `valid` or `invalid` with
//! the same message a form would show. A fødselsnummer is never printed whole.

use skjemasjekk::messages::{id_label, render, Ctx};
use skjemasjekk::model::IdKind;
use skjemasjekk::{no, Lang};
use std::process::ExitCode;

/// What to print for the value: a fødselsnummer only as its first six digits.
fn shown(kind: IdKind, value: &str) -> String {
    let mut out = String::new();
    match kind {
        IdKind::Fodselsnummer => no::write_masked_fodselsnummer(&mut out, value),
        _ => out.push_str(value),
    }
    out
}

/// Details of a valid value worth printing (what a kommunenummer names, …).
fn detail(kind: IdKind, value: &str) -> String {
    match kind {
        IdKind::Kommunenummer => no::check_kommunenummer(value)
            .map(|k| {
                let fylke = no::check_fylkesnummer(k.fylke)
                    .map(|f| f.name)
                    .unwrap_or_default();
                format!("{} {} ({fylke})", k.number, k.name)
            })
            .unwrap_or_default(),
        IdKind::Fylkesnummer => no::check_fylkesnummer(value)
            .map(|f| format!("{} {}", f.number, f.name))
            .unwrap_or_default(),
        IdKind::Fodselsnummer => match no::check_fodselsnummer(value) {
            Ok(no::FnrKind::Fodselsnummer) => "fødselsnummer".into(),
            Ok(no::FnrKind::DNummer) => "D-nummer".into(),
            Ok(no::FnrKind::HNummer) => "H-nummer".into(),
            Err(_) => String::new(),
        },
        _ => String::new(),
    }
}

pub fn run(kind: IdKind, values: &[String], lang: Lang) -> ExitCode {
    let mut all_valid = true;
    for value in values {
        match skjemasjekk::check_id(kind, value) {
            None => println!("{}\tvalid\t{}", shown(kind, value), detail(kind, value)),
            Some(issue) => {
                all_valid = false;
                let message = render(&issue, &Ctx::new(id_label(kind, lang)), lang);
                println!(
                    "{}\tinvalid\t{}\t{message}",
                    shown(kind, value),
                    issue
                        .params()
                        .first()
                        .and_then(|(_, v)| v.as_str().map(str::to_owned))
                        .unwrap_or_else(|| issue.code().to_owned())
                );
            }
        }
    }
    if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
