//! Matching tests: typical form patterns, every construct, full-text anchoring,
//! and pathological patterns that would take exponential time with backtracking.

use super::Pattern;

fn matches(pattern: &str, text: &str) -> bool {
    match Pattern::new(pattern) {
        Ok(p) => p.is_match(text),
        Err(e) => panic!("{pattern:?} did not compile: {e}"),
    }
}

fn check(pattern: &str, yes: &[&str], no: &[&str]) {
    for t in yes {
        assert!(matches(pattern, t), "{pattern:?} should match {t:?}");
    }
    for t in no {
        assert!(!matches(pattern, t), "{pattern:?} should not match {t:?}");
    }
}

#[test]
fn case_numbers() {
    let yes = ["23/1234", "2023/1234", "23/1", "2023/123456"];
    let no = [
        "123/1234",
        "23/",
        "23/1234567",
        "23-1234",
        "2023/1234 ",
        "x23/1234",
        "",
    ];
    check(r"\d{2}(\d{2})?/\d{1,6}", &yes, &no);
}

#[test]
fn provisions() {
    let p = r"§§? ?\d+(-\d+)?( (til|og) \d+(-\d+)?)?";
    let yes = [
        "§ 3",
        "§3",
        "§§ 3 til 5",
        "§ 14-2",
        "§ 14-2 og 14-5",
        "§§ 1-1 til 1-10",
    ];
    let no = [
        "3",
        "§ ",
        "§ 3 eller 5",
        "§ 3 til",
        "§§§ 3",
        "§ 3-",
        "§ 3 til 5 og 6",
    ];
    check(p, &yes, &no);
}

#[test]
fn implicitly_anchored() {
    check("abc", &["abc"], &["abcd", "xabc", "ab", ""]);
    check("a|bc", &["a", "bc"], &["abc", "ac", ""]);
    check("^abc$", &["abc"], &["abcd", "xabc"]);
    check("a^b", &[], &["ab", "a^b"]);
    check("", &[""], &["a"]);
}

#[test]
fn literals_and_dot() {
    check("æøå ÆØÅ", &["æøå ÆØÅ"], &["aoa AOA"]);
    check(
        "a.c",
        &["abc", "a c", "aøc", "a😀c"],
        &["ac", "abbc", "a\nc"],
    );
}

#[test]
fn classes() {
    check("[a-z0-9æøå]+", &["abc", "blåbær9"], &["ABC", "a-b", ""]);
    check("[^0-9]*", &["abc", "", "æ-ø"], &["a1"]);
    check("[-a]", &["-", "a"], &["b"]);
    check("[a-]", &["-", "a"], &["b"]);
    check(r"[\]\\\-\[]", &["]", "\\", "-", "["], &["a"]);
    check(r"[\d.]+", &["1.5", "..."], &["1,5"]);
    check(r"[^\s]+", &["abc"], &["a b", "a\tb"]);
    check("[.^$|()*+?{}]+", &[".^$|()*+?{}"], &["a"]);
    check("[😀-😂]", &["😁"], &["😃"]);
}

#[test]
fn named_classes() {
    check(r"\d+", &["0123456789"], &["١٢٣", "１２", "1a"]);
    check(r"\D+", &["abc", "١"], &["a1"]);
    check(r"\s", &[" ", "\t", "\n", "\u{a0}"], &["a", ""]);
    check(r"\S+", &["æ_1"], &["a b"]);
    check(r"\w+", &["Blåbær_9", "Čeština"], &["a-b", "a b", "١"]);
    check(r"\W", &["-", " ", "§"], &["a", "_", "1"]);
}

#[test]
fn escaped_metacharacters() {
    let p = r"\.\/\\\(\)\[\]\{\}\|\?\*\+\-\^\$";
    check(p, &[r"./\()[]{}|?*+-^$"], &["x", r".\/\()[]{}|?*+-^$"]);
    check(r"a\.b", &["a.b"], &["axb"]);
    check(r"\§ \# \&", &["§ # &"], &[]);
}

#[test]
fn groups_and_alternation() {
    check("(ab)+", &["ab", "abab"], &["", "aba"]);
    check("(?:ab|cd)*e", &["e", "abcde", "cdcdabe"], &["abc", "abd"]);
    check("a(|b)c", &["ac", "abc"], &["abbc"]);
    check("(a|b|c|d)(x|y)", &["ax", "dy"], &["ex", "a"]);
    check("((((a))))", &["a"], &["aa"]);
    check("()", &[""], &["a"]);
}

#[test]
fn quantifiers() {
    check("ab?c", &["ac", "abc"], &["abbc"]);
    check("ab*c", &["ac", "abc", "abbbbc"], &["adc"]);
    check("ab+c", &["abc", "abbc"], &["ac"]);
    check("a{3}", &["aaa"], &["aa", "aaaa"]);
    check("a{2,}", &["aa", "aaaaaaa"], &["a"]);
    check("a{2,4}", &["aa", "aaa", "aaaa"], &["a", "aaaaa"]);
    check("a{0,2}", &["", "a", "aa"], &["aaa"]);
    check("a{0}b", &["b"], &["ab"]);
    check("(ab){1}", &["ab"], &["abab"]);
    check("(a{2}){3}", &["aaaaaa"], &["aaaaa", "aaaaaaa"]);
    check(
        "a{1000}",
        &["a".repeat(1000).as_str()],
        &["a".repeat(999).as_str()],
    );
    check("(a*)*", &["", "aaa"], &["b"]);
    check("(a?){3}a{3}", &["aaa", "aaaaaa"], &["aa", "aaaaaaa"]);
    check("(){1000}x", &["x"], &[""]);
}

#[test]
fn pathological_patterns_complete() {
    let text = "a".repeat(10_000);
    assert!(!matches("(a+)+b", &text));
    assert!(!matches("(a|a)*c", &text));
    assert!(!matches("(a*)*b", &text));
    assert!(!matches("(a|aa)+$b", &text));
    assert!(matches("(a+)+", &text));
    assert!(matches("(a|a)*", &text));
}

#[test]
fn source_and_sharing() {
    let p = Pattern::new(r"\d{4}").map_err(|e| e.to_string());
    assert_eq!(p.as_ref().map(|p| p.source()), Ok(r"\d{4}"));
    fn send_sync<T: Send + Sync + Clone>() {}
    send_sync::<Pattern>();
}

#[test]
fn examples_match_their_patterns() {
    for src in [
        "(\\d{2}|\\d{4})/\\d{1,7}(-\\d{1,4})?",
        "§§? ?\\d{1,4}[a-z]?(-\\d{1,4}[a-z]?)?( .{1,180})?",
        "[^a-z]+x",
        "^(ab|c)*d$",
        "\\w{3}",
    ] {
        let p = Pattern::new(src).unwrap();
        let e = p.example().unwrap();
        assert!(p.is_match(&e), "{src}: {e:?}");
    }
    assert_eq!(
        Pattern::new("ab?c").unwrap().example().as_deref(),
        Some("ac")
    );
}
