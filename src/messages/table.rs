//! How a language's texts are stored: all texts of one kind (sentences, words,
//! user-interface texts) joined into one string, with each text's length in
//! bytes, both built at compile time by [`catalogue!`].
//!
//! This keeps the WebAssembly download small (one byte of table per text,
//! instead of a pointer and a length), while the language files stay a plain
//! list of `Key => "text",` lines. The list must give every key of the enum
//! once, in the order the enum declares them; anything else is a build error.
//! Finding a text adds up the lengths before it: at most a few dozen bytes.

use std::marker::PhantomData;

/// Defines `const NAME: Catalogue<Enum>` from `Variant => "text",` lines, one
/// per variant of the fieldless `Enum` (which has `ALL`), in declaration order.
macro_rules! catalogue {
    ($(#[doc = $doc:literal])* $vis:vis const $name:ident: $ty:ident {
        $($variant:ident => $text:literal,)+
    }) => {
        $(#[doc = $doc])*
        $vis const $name: $crate::messages::table::Catalogue<$ty> = {
            const LENGTHS: [u8; $ty::ALL.len()] =
                $crate::messages::table::lengths(&[$($text.len()),+]);
            $crate::messages::table::in_order(&[$($ty::$variant as usize),+], $ty::ALL.len());
            $crate::messages::table::Catalogue::new(concat!($($text),+), &LENGTHS)
        };
    };
}
pub(super) use catalogue;

/// One language's texts for every variant of the key enum `K`: the texts
/// joined, and the length of each.
pub(super) struct Catalogue<K> {
    text: &'static str,
    lengths: &'static [u8],
    key: PhantomData<fn(K)>,
}

impl<K: Into<usize>> Catalogue<K> {
    /// Made by [`catalogue!`], which checks that the texts fit the keys.
    pub(super) const fn new(text: &'static str, lengths: &'static [u8]) -> Self {
        Catalogue {
            text,
            lengths,
            key: PhantomData,
        }
    }

    /// The text for `key`.
    pub(super) fn get(&self, key: K) -> &'static str {
        get(self.text, self.lengths, key.into())
    }
}

/// The texts' lengths as bytes (each text is at most 255 bytes long).
pub(super) const fn lengths<const N: usize>(lengths: &[usize]) -> [u8; N] {
    assert!(
        lengths.len() == N,
        "a catalogue must give one text for every key"
    );
    let mut out = [0; N];
    let mut i = 0;
    while i < N {
        assert!(
            lengths[i] <= u8::MAX as usize,
            "a text is at most 255 bytes"
        );
        out[i] = lengths[i] as u8;
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

/// The `i`th text of `text` cut by `lengths` (empty if there is none).
fn get(text: &'static str, lengths: &[u8], i: usize) -> &'static str {
    let start: usize = lengths.iter().take(i).map(|&n| usize::from(n)).sum();
    let len = lengths.get(i).map_or(0, |&n| usize::from(n));
    text.get(start..start.saturating_add(len)).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_the_joined_text_by_the_lengths() {
        const B: [u8; 3] = lengths(&[3, 0, 9]);
        assert_eq!(B, [3, 0, 9]);
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
