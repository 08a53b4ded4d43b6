//! How a message names a key the form does not define (`unknown_field`).
//!
//! The key comes from the submitted data, so it is shown with care: a run of 11
//! or more digits (spaces between them allowed) could be a fødselsnummer and
//! shows only its first 6 digits, as `skjemasjekk check` shows one; control
//! characters and bidirectional formatting characters (U+202E and the like,
//! which could reorder the rest of the message on screen) become U+FFFD; and a
//! key longer than 100 characters is cut short. The path keeps the key
//! exactly as sent.

const MAX_CHARS: usize = 100;

pub(super) fn shown_key(key: &str) -> String {
    let mut out = String::with_capacity(key.len().min(4 * MAX_CHARS));
    let mut run = String::new();
    for c in key.chars() {
        if c.is_ascii_digit() || (!run.is_empty() && c.is_whitespace()) {
            run.push(c);
        } else {
            flush(&mut out, &mut run);
            out.push(if unsafe_to_show(c) { '\u{FFFD}' } else { c });
        }
    }
    flush(&mut out, &mut run);
    match out.char_indices().nth(MAX_CHARS) {
        Some((cut, _)) => out.get(..cut).unwrap_or_default().to_owned() + "…",
        None => out,
    }
}

/// Append a run of digits (and spaces), masked if it could be a fødselsnummer.
fn flush(out: &mut String, run: &mut String) {
    let trimmed = run.trim_end();
    if run.chars().filter(char::is_ascii_digit).count() >= 11 {
        crate::no::write_masked_fodselsnummer(out, run);
    } else {
        out.push_str(trimmed);
    }
    let trailing = run.strip_prefix(trimmed).unwrap_or("");
    out.extend(
        trailing
            .chars()
            .map(|c| if unsafe_to_show(c) { '\u{FFFD}' } else { c }),
    );
    run.clear();
}

/// Control characters (NUL, line breaks, …) and bidirectional formatting characters.
fn unsafe_to_show(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::shown_key;

    #[test]
    fn masks_numbers_and_unsafe_characters_and_cuts_long_keys() {
        assert_eq!(shown_key("felt2024"), "felt2024");
        assert_eq!(shown_key("x15076500565y"), "x150765*****y");
        assert_eq!(shown_key("150765 00565 "), "150765***** ");
        assert_eq!(
            shown_key("a\u{202E}b\u{0}c\nd"),
            "a\u{FFFD}b\u{FFFD}c\u{FFFD}d"
        );
        assert_eq!(shown_key("12\n"), "12\u{FFFD}");
        let long = "å".repeat(500);
        assert_eq!(shown_key(&long), "å".repeat(100) + "…");
    }
}
