//! Character classes: bracket classes `[…]`/`[^…]` and the escapes `\d \s \w`
//! (with their negations), as sets of characters a single step can match.

/// A named class from an escape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Named {
    /// `\d`: ASCII `0`–`9` only.
    Digit,
    /// `\s`: Unicode white space.
    Space,
    /// `\w`: Unicode letters, ASCII digits and `_`.
    Word,
}

impl Named {
    /// The named class of an escape letter, and whether it is negated (`\D`).
    pub(super) fn from_escape(c: char) -> Option<(Named, bool)> {
        match c {
            'd' => Some((Named::Digit, false)),
            'D' => Some((Named::Digit, true)),
            's' => Some((Named::Space, false)),
            'S' => Some((Named::Space, true)),
            'w' => Some((Named::Word, false)),
            'W' => Some((Named::Word, true)),
            _ => None,
        }
    }

    fn contains(self, c: char) -> bool {
        match self {
            Named::Digit => c.is_ascii_digit(),
            Named::Space => c.is_whitespace(),
            Named::Word => c.is_alphabetic() || c.is_ascii_digit() || c == '_',
        }
    }
}

/// One member of a class: an inclusive range (a single character is `c-c`) or a
/// named class, possibly negated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Item {
    Range(char, char),
    Named(Named, bool),
}

/// A set of characters; `negated` turns it into its complement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Class {
    pub(super) negated: bool,
    pub(super) items: Vec<Item>,
}

impl Class {
    /// The class of one escape such as `\d` or `\W`.
    pub(super) fn named(named: Named, negated: bool) -> Class {
        Class {
            negated: false,
            items: vec![Item::Named(named, negated)],
        }
    }

    /// Whether `c` is in the class.
    pub(super) fn contains(&self, c: char) -> bool {
        let hit = self.items.iter().any(|item| match *item {
            Item::Range(lo, hi) => lo <= c && c <= hi,
            Item::Named(named, negated) => named.contains(c) != negated,
        });
        hit != self.negated
    }
}
