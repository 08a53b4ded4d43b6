//! How a language's texts are stored: all texts of one kind (sentences, words,
//! user-interface texts) joined into one string, with a table of where each
//! ends, both built at compile time by [`catalogue!`].
//!
//! This keeps the WebAssembly download small (two bytes of table per text,
//! instead of a pointer and a length), while the language files stay a plain
//! list of `Key => "text",` lines. The list must give every key of the enum
//! once, in the order the enum declares them; anything else is a build error.

/// Defines `fn name(key: Enum) -> &'static str` from `Variant => "text",`
/// lines, one per variant of the fieldless `Enum` (which has `ALL`), in order.
macro_rules! catalogue {
    ($(#[doc = $doc:literal])* $vis:vis fn $name:ident($ty:ident) {
        $($variant:ident => $text:literal,)+
    }) => {
        $(#[doc = $doc])*
        $vis fn $name(key: $ty) -> &'static str {
            const TEXT: &str = concat!($($text),+);
            const BOUNDS: [u16; $ty::ALL.len() + 1] =
                $crate::messages::table::bounds(&[$($text.len()),+]);
            const _: () =
                $crate::messages::table::in_order(&[$($ty::$variant as usize),+], $ty::ALL.len());
            $crate::messages::table::get(TEXT, &BOUNDS, key as usize)
        }
    };
}
pub(super) use catalogue;

/// Where each text starts, from the texts' lengths: `N` is one more than the
/// number of texts, and the last entry is where the last text ends.
pub(super) const fn bounds<const N: usize>(lengths: &[usize]) -> [u16; N] {
    assert!(
        lengths.len() + 1 == N,
        "a catalogue must give one text for every key"
    );
    let mut out = [0; N];
    let mut at = 0;
    let mut i = 0;
    while i < lengths.len() {
        at += lengths[i];
        assert!(at <= u16::MAX as usize, "a catalogue is at most 64 KiB");
        out[i + 1] = at as u16;
        i += 1;
    }
    out
}

/// Checks (at compile time) that `order`, the variants a catalogue lists as
/// numbers, is every variant of an enum with `count` variants, once, in order.
pub(super) const fn in_order(order: &[usize], count: usize) {
    assert!(
        order.len() == count,
        "a catalogue must give one text for every key"
    );
    let mut i = 0;
    while i < order.len() {
        assert!(
            order[i] == i,
            "a catalogue must list its keys in the order the enum declares them"
        );
        i += 1;
    }
}

/// The `i`th text of `text` cut at `bounds` (empty if there is none).
pub(super) fn get(text: &'static str, bounds: &[u16], i: usize) -> &'static str {
    let start = bounds.get(i).copied().unwrap_or(0);
    let end = bounds.get(i.saturating_add(1)).copied().unwrap_or(0);
    text.get(usize::from(start)..usize::from(end)).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_the_joined_text_at_the_bounds() {
        const B: [u16; 4] = bounds(&[3, 0, 9]);
        assert_eq!(B, [0, 3, 3, 12]);
        let text = "éi«tekst»";
        assert_eq!(get(text, &B, 0), "éi");
        assert_eq!(get(text, &B, 1), "");
        assert_eq!(get(text, &B, 2), "«tekst»");
        assert_eq!(get(text, &B, 3), "");
        assert_eq!(get(text, &B, usize::MAX), "");
        in_order(&[0, 1, 2], 3);
    }

    #[test]
    #[should_panic(expected = "in the order")]
    fn keys_out_of_order_are_refused() {
        in_order(&[1, 0, 2], 3);
    }

    #[test]
    #[should_panic(expected = "every key")]
    fn a_missing_key_is_refused() {
        in_order(&[0, 1], 3);
    }
}
