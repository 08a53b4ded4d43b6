//! Error tests: every rejected construct gives a PatternError at the right
//! character (counting from 1) with a message naming the problem.

use super::{Pattern, PatternError};

fn error(pattern: &str) -> PatternError {
    match Pattern::new(pattern) {
        Ok(_) => panic!("{pattern:?} should not compile"),
        Err(e) => e,
    }
}

/// Asserts the error position and that the message contains `words`.
fn rejects(pattern: &str, position: usize, words: &str) {
    let e = error(pattern);
    assert_eq!(e.position, position, "{pattern:?}: {e}");
    assert!(e.message.contains(words), "{pattern:?}: {e}");
}

#[test]
fn unbalanced_brackets() {
    rejects("(ab", 1, "never closed");
    rejects("a(b(c)", 2, "never closed");
    rejects("ab)", 3, "without a matching (");
    rejects("[ab", 1, "never closed");
    rejects("a[b-", 2, "never closed");
    rejects("ab]", 3, "without a matching");
    rejects("a}", 2, "without a matching");
    rejects("[]", 1, "empty class");
    rejects("[^]", 1, "empty class");
    rejects("[[:alpha:]]", 2, "write \\[");
}

#[test]
fn dangling_quantifiers() {
    rejects("*a", 1, "nothing before it");
    rejects("+", 1, "nothing before it");
    rejects("a|?b", 3, "nothing before it");
    rejects("(*a)", 2, "nothing before it");
    rejects("{3}", 1, "nothing before it");
    rejects("a**", 3, "cannot follow another repetition");
    rejects("a+?", 3, "cannot follow another repetition");
    rejects("a{2}{3}", 5, "cannot follow another repetition");
    rejects("^*", 2, "cannot be repeated");
}

#[test]
fn bad_counted_repetitions() {
    rejects("a{", 2, "looks like");
    rejects("a{x}", 2, "looks like");
    rejects("a{,5}", 2, "looks like");
    rejects("a{3", 2, "looks like");
    rejects("a{1,2,3}", 2, "looks like");
    rejects("a{5,3}", 2, "must not be larger");
    rejects("a{1001}", 2, "limited to 1000");
    rejects("a{0,1001}", 2, "limited to 1000");
    rejects("a{99999999999999999999}", 2, "limited to 1000");
}

#[test]
fn bad_ranges_and_escapes() {
    rejects("[z-a]", 2, "backwards");
    rejects("x[9-0]", 3, "backwards");
    rejects(r"[a-\d]", 2, "single character");
    rejects(r"[\w-z]", 2, "single character");
    rejects("ab\\", 3, "lone \\");
    rejects(r"\q", 1, "not a known escape");
    rejects(r"[\q]", 2, "not a known escape");
    rejects(r"\bword\b", 1, "word boundaries");
}

#[test]
fn unsupported_features_say_so() {
    rejects(r"(a)\1", 4, "backreferences");
    rejects(r"(?<n>a)\k<n>", 1, "named groups");
    rejects(r"a(?=b)", 2, "lookahead");
    rejects(r"a(?!b)", 2, "lookahead");
    rejects(r"(?<=a)b", 1, "lookbehind");
    rejects(r"(?<!a)b", 1, "lookbehind");
    rejects(r"(?i)abc", 1, "(?: … )");
    rejects(r"(?P<n>a)", 1, "named groups");
}

#[test]
fn program_size_limit() {
    // The position is that of the repetition whose expansion crossed the limit.
    rejects("(a{1000}){11}", 3, "too large");
    rejects("((a{100}){100}){100}", 4, "too large");
    assert!(Pattern::new("(a{1000}){9}").is_ok());
    let big = format!("({}){{1000}}", "(){1000}".repeat(30));
    assert!(Pattern::new(&big).is_ok(), "empty repetitions cost nothing");
}

#[test]
fn nesting_limit() {
    let ok = format!("{}a{}", "(".repeat(32), ")".repeat(32));
    assert!(Pattern::new(&ok).is_ok());
    let deep = format!("{}a{}", "(".repeat(33), ")".repeat(33));
    rejects(&deep, 33, "nested more than 32");
    let huge = "(".repeat(100_000);
    assert_eq!(error(&huge).position, 33);
}

#[test]
fn positions_count_characters_not_bytes() {
    rejects("æøå(", 4, "never closed");
    rejects("§§)", 3, "without a matching (");
}

#[test]
fn display_names_the_position() {
    assert_eq!(
        error("ab)").to_string(),
        "there is a ) without a matching (; write \\) for a literal bracket (at character 3)"
    );
}
