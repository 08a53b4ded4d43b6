//! How a language's texts are stored: all texts of one kind (sentences, words,
//! user-interface texts) joined into one string, with a table of where each
//! starts, both built at compile time by [`catalogue!`].
//!
//! This keeps the WebAssembly download small (two bytes of table per text,
//! instead of a pointer and a length), while the language files stay a plain
//! list of `Key => "text",` lines. The list must give every key of the enum
//! once, in the order the enum declares them; anything else is a build error.

/// Defines `const NAME: Catalogue<Enum>` from `Variant => "text",` lines, one
/// per variant of the fieldless `Enum` (which has `ALL`), in declaration order.
macro_rules! catalogue {
    ($(#[doc = $doc:literal])* $vis:vis const $name:ident: $ty:ident {
        $($variant:ident => $text:literal,)+
    }) => {
        $(#[doc = $doc])*
        $vis const $name: $crate::messages::table::Catalogue<$ty> = {
            const BOUNDS: [u16; $ty::ALL.len() + 1] =
                $crate::messages::table::bounds(&[$($text.len()),+]);
            $crate::messages::table::in_order(&[$($ty::$variant as usize),+], $ty::ALL.len());
            $crate::messages::table::Catalogue::new(concat!($($text),+), &BOUNDS)
        };
    };
}
pub(super) use catalogue;

/// One language's texts for every variant of the key enum `K`: the texts
/// joined, and where each starts (the last bound is where the last one ends).
pub(super) struct Catalogue<K> {
    text: &'static str,
    bounds: &'static [u16],
    key: PhantomData<fn(K)>,
}

impl<K: Into<usize>> Catalogue<K> {
    /// Made by [`catalogue!`], which checks that the texts fit the keys.
    pub(super) const fn new(text: &'static str, bounds: &'static [u16]) -> Self {
        Catalogue {
            text,
            bounds,
            key: PhantomData,
        }
    }

    /// The text for `key`.
    pub(super) fn get(&self, key: K) -> &'static str {
        get(self.text, self.bounds, key.into())
    }
}

use std::marker::PhantomData;

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
fn get(text: &'static str, bounds: &[u16], i: usize) -> &'static str {
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
