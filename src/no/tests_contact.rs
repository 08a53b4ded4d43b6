//! Tests for postnummer, phone and e-mail checks.

use super::*;

#[test]
fn postnummer() {
    for s in ["0150", "9990", " 5003 ", "0001"] {
        assert!(check_postnummer(s), "{s:?}");
    }
    for s in ["150", "01500", "O150", "01-5", "", "０１５０", "15.0"] {
        assert!(!check_postnummer(s), "{s:?}");
    }
}

#[test]
fn phone_valid() {
    for s in [
        "22225555",
        "412 34 567",
        "+47 412 34 567",
        "+4741234567",
        "0047 41234567",
        " 90 00 00 00 ",
        "57123456",
        "99999999",
    ] {
        assert!(check_phone(s), "{s:?}");
    }
}

#[test]
fn phone_invalid() {
    for s in [
        "12345678",       // starts with 1
        "02345678",       // starts with 0
        "58123456",       // M2M series
        "59123456",       // M2M series
        "+47 58123456",   // M2M series after the prefix
        "4123456",        // 7 digits
        "412345678",      // 9 digits
        "+46 41234567",   // another country
        "47 41234567",    // prefix without + or 00
        "412-34-567",     // hyphens
        "(+47) 41234567", // brackets
        "+47",
        "",
        "４１２３４５６７",
    ] {
        assert!(!check_phone(s), "{s:?}");
    }
}

#[test]
fn email_valid() {
    for s in [
        "ola.nordmann@example.no",
        " kari@kommune.no ",
        "post@bærum.kommune.no",
        "x@æøå.no",
        "first+tag@sub-domain.example.com",
        "a@b.co",
        "a1@123.example.no",
    ] {
        assert!(check_email(s), "{s:?}");
    }
    let local = "a".repeat(64);
    assert!(check_email(&format!("{local}@example.no")));
    let long = format!("a@{}.no", "b".repeat(249));
    assert_eq!(long.chars().count(), 254);
    assert!(check_email(&long));
}

#[test]
fn email_invalid() {
    for s in [
        "",
        "ola",
        "@example.no",
        "ola@",
        "ola@@example.no",
        "ola@ex@ample.no",
        "ola nordmann@example.no",
        "ola\u{7}@example.no",
        "ola@example",
        "ola@example.n",
        "ola@example.n0",
        "ola@-example.no",
        "ola@example-.no",
        "ola@example..no",
        "ola@.example.no",
        "ola@example.no.",
        "ola@exa mple.no",
        "ola@exa_mple.no",
        "ola@example.123",
    ] {
        assert!(!check_email(s), "{s:?}");
    }
    let local = "a".repeat(65);
    assert!(!check_email(&format!("{local}@example.no")));
    let long = format!("a@{}.no", "b".repeat(250));
    assert!(!check_email(&long));
}
