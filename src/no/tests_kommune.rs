//! Tests for the kommune and fylke tables built from `data/*.json`.

use super::kommune::renumbered_kommuner;
use super::tests_number::echoes;
use super::*;

fn renumbered(old_name: &str, to: &[&str], to_names: &[&str]) -> KommuneReason {
    KommuneReason::Renumbered {
        old_name: old_name.to_owned(),
        to: to.iter().map(|s| s.to_string()).collect(),
        to_names: to_names.iter().map(|s| s.to_string()).collect(),
    }
}

#[test]
fn all_kommuner_and_fylker_load_sorted() {
    assert_eq!(kommuner().len(), 357);
    assert_eq!(fylker().len(), 15);
    assert!(kommuner().windows(2).all(|w| w[0].number < w[1].number));
    assert!(fylker().windows(2).all(|w| w[0].number < w[1].number));
    for k in kommuner() {
        assert_eq!(check_kommunenummer(k.number), Ok(k));
        assert_eq!(k.number.get(..2), Some(k.fylke));
        assert!(check_fylkesnummer(k.fylke).is_ok(), "{}", k.number);
    }
    for f in fylker() {
        assert_eq!(check_fylkesnummer(f.number), Ok(f));
        assert!(kommuner().iter().any(|k| k.fylke == f.number));
    }
}

#[test]
fn known_kommuner() {
    let oslo = check_kommunenummer(" 03 01 ").map(|k| (k.name, k.fylke));
    assert_eq!(oslo, Ok(("Oslo", "03")));
    assert_eq!(check_kommunenummer("4601").map(|k| k.name), Ok("Bergen"));
    assert_eq!(
        check_kommunenummer("1826").map(|k| k.name),
        Ok("Hattfjelldal")
    );
    assert_eq!(
        check_kommunenummer("1818").map(|k| k.name),
        Ok("Herøy (Nordland)")
    );
    assert_eq!(check_kommunenummer("3201").map(|k| k.fylke), Ok("32"));
    assert_eq!(check_fylkesnummer("46").map(|f| f.name), Ok("Vestland"));
    assert_eq!(check_fylkesnummer(" 03").map(|f| f.name), Ok("Oslo"));
}

#[test]
fn kommune_reasons() {
    assert_eq!(check_kommunenummer("1234"), Err(KommuneReason::Unknown));
    assert_eq!(check_kommunenummer("0000"), Err(KommuneReason::Unknown));
    assert_eq!(check_kommunenummer("9999"), Err(KommuneReason::Unknown));
    for s in ["301", "03011", "03O1", "", "03-01", "０３０１"] {
        assert_eq!(check_kommunenummer(s), Err(KommuneReason::Format), "{s:?}");
    }
    assert_eq!(check_fylkesnummer("99"), Err(KommuneReason::Unknown));
    assert_eq!(check_fylkesnummer("01"), Err(KommuneReason::Unknown));
    for s in ["3", "301", "x3", "", "４６"] {
        assert_eq!(check_fylkesnummer(s), Err(KommuneReason::Format), "{s:?}");
    }
}

#[test]
fn renumbered_kommuner_point_to_2024() {
    assert_eq!(
        check_kommunenummer("3024"),
        Err(renumbered("Bærum", &["3201"], &["Bærum"]))
    );
    assert_eq!(
        check_kommunenummer("5401"),
        Err(renumbered("Tromsø", &["5501"], &["Tromsø"]))
    );
    assert_eq!(
        check_kommunenummer("1507"),
        Err(renumbered(
            "Ålesund",
            &["1508", "1580"],
            &["Ålesund", "Haram"]
        ))
    );
    let list = renumbered_kommuner();
    assert_eq!(list.len(), 114);
    let mut targets = 0;
    for r in list {
        assert!(check_kommunenummer(r.from).is_err());
        assert!(!r.to.is_empty());
        for (number, name) in r.to {
            let k = check_kommunenummer(number).map(|k| k.name);
            assert_eq!(k, Ok(*name), "{} → {number}", r.from);
            targets += 1;
        }
    }
    assert_eq!(targets, 115);
}

#[test]
fn renumbered_fylker_derived_from_kommuner() {
    let cases = [
        (
            "30",
            "Viken",
            &["31", "32", "33"][..],
            &["Østfold", "Akershus", "Buskerud"][..],
        ),
        (
            "38",
            "Vestfold og Telemark",
            &["39", "40"],
            &["Vestfold", "Telemark"],
        ),
        (
            "54",
            "Troms og Finnmark",
            &["55", "56"],
            &["Troms", "Finnmark"],
        ),
    ];
    for (old, name, to, to_names) in cases {
        assert_eq!(check_fylkesnummer(old), Err(renumbered(name, to, to_names)));
    }
}

#[test]
fn renumbered_params_and_text_name_successors_not_input() {
    let reason = check_kommunenummer("3024").err();
    let Some(reason) = reason else {
        panic!("3024 must be renumbered")
    };
    assert_eq!(reason.as_str(), "renumbered");
    let params = reason.params();
    assert_eq!(params.len(), 2);
    assert_eq!(params[1].0, "successors");
    let shown = format!("{reason:?} {reason}");
    assert!(shown.contains("3201") && !shown.contains("3024"), "{shown}");
    for s in ["1234", "03O1"] {
        let reason = check_kommunenummer(s).err().map(|r| format!("{r:?} {r}"));
        assert!(reason.is_some_and(|r| !echoes(&r, s)), "{s}");
    }
}
