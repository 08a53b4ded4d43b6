//! Parsing bracket classes `[…]` and `[^…]`: single characters, ranges `a-z`,
//! escapes (`\d`, `\]`, `\-`, …), with `-` literal at either end.

use super::{escaped, Node, Parser};
use crate::pattern::class::{Class, Item};
use crate::pattern::PatternError;

impl Parser {
    /// After `[` at `at`: the class up to its `]`.
    pub(super) fn bracket_class(&mut self, at: usize) -> Result<Node, PatternError> {
        let negated = self.eat('^');
        let mut items = Vec::new();
        loop {
            let item_at = self.pos;
            let first = match self.bump() {
                None => return Err(PatternError::at(at, "this [ is never closed with a ]")),
                Some(']') => break,
                Some(c) => self.member(c, item_at)?,
            };
            let is_range = self.peek() == Some('-') && !matches!(self.peek_at(1), Some(']') | None);
            if !is_range {
                items.push(first);
                continue;
            }
            self.pos += 1;
            let last_at = self.pos;
            let last = match self.bump() {
                Some(c) => self.member(c, last_at)?,
                None => return Err(PatternError::at(at, "this [ is never closed with a ]")),
            };
            items.push(range(first, last, item_at)?);
        }
        if items.is_empty() {
            let message = "an empty class [] or [^] is not allowed; write \\[ \\] for the brackets themselves";
            return Err(PatternError::at(at, message));
        }
        Ok(self.add_class(Class { negated, items }))
    }

    /// The class member starting with `c` (already consumed) at `at`.
    fn member(&mut self, c: char, at: usize) -> Result<Item, PatternError> {
        match c {
            '\\' => escaped(self.bump(), at),
            '[' => Err(PatternError::at(
                at,
                "write \\[ for a [ inside a class (classes such as [:alpha:] are not supported)",
            )),
            c => Ok(Item::Range(c, c)),
        }
    }
}

/// The range `first-last`, both single characters in order.
fn range(first: Item, last: Item, at: usize) -> Result<Item, PatternError> {
    match (first, last) {
        (Item::Range(lo, _), Item::Range(hi, _)) if lo <= hi => Ok(Item::Range(lo, hi)),
        (Item::Range(lo, _), Item::Range(hi, _)) => {
            let message = format!("the range {lo}-{hi} is backwards; write {hi}-{lo}");
            Err(PatternError::at(at, message))
        }
        _ => Err(PatternError::at(
            at,
            "a range needs a single character on each side of the -",
        )),
    }
}
