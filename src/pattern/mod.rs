//! Linear-time patterns for text fields (the `pattern` constraint of a rule set).
//!
//! A small regular-expression language compiled to a Thompson NFA and run by a
//! Pike VM over characters: no backtracking, so matching takes time proportional
//! to text length × program size for every pattern, and `(a+)+b` is as fast as
//! `a+b`. A pattern always matches the whole text (it is implicitly anchored).
//!
//! Supported: literal characters (any Unicode), `.` (any character but a line
//! break), classes `[a-z0-9æøå]` and `[^…]`, `\d` (ASCII 0–9), `\s` (Unicode
//! white space), `\w` (letters, ASCII digits and `_`) and their negations
//! `\D \S \W`, escaped punctuation such as `\. \/ \\ \( \[ \{ \| \? \* \+ \- \^ \$`,
//! groups `( … )` and `(?: … )` (nothing is captured), alternation `|`, quantifiers
//! `? * + {n} {n,} {n,m}` (counts up to 1000), and `^`/`$` (start and end of the
//! text, harmless given the implicit anchoring). Backreferences, lookaround, named
//! groups, flags and lazy quantifiers are rejected with a [`PatternError`].

mod class;
mod compile;
mod example;
mod parse;
mod vm;

pub use vm::Scratch;

#[cfg(test)]
mod tests_error;
#[cfg(test)]
mod tests_match;

/// A compiled pattern. Cheap to share between threads; matching allocates only
/// two work lists sized to the program.
#[derive(Debug, Clone)]
pub struct Pattern {
    source: String,
    program: compile::Program,
}

/// Why a pattern could not be compiled, and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message} (at character {position})")]
pub struct PatternError {
    /// The character the problem was found at, counting from 1 (characters, not
    /// bytes). For a bracket that is never closed, the bracket itself.
    pub position: usize,
    /// What is wrong, in plain language.
    pub message: String,
}

impl PatternError {
    /// An error at the character with 0-based index `index`.
    pub(crate) fn at(index: usize, message: impl Into<String>) -> PatternError {
        PatternError {
            position: index.saturating_add(1),
            message: message.into(),
        }
    }
}

impl Pattern {
    /// Compiles `src`, or explains why it is not a valid pattern.
    pub fn new(src: &str) -> Result<Pattern, PatternError> {
        let (node, classes) = parse::parse(src)?;
        let program = compile::compile(&node, classes)?;
        Ok(Pattern {
            source: src.to_owned(),
            program,
        })
    }

    /// Whether the whole of `text` matches (nothing is trimmed here).
    pub fn is_match(&self, text: &str) -> bool {
        self.matches(text, &mut Scratch::new())
    }

    /// [`Pattern::is_match`] with the matcher's buffers from `scratch`, kept
    /// between calls so that many matches allocate once.
    pub fn matches(&self, text: &str, scratch: &mut Scratch) -> bool {
        vm::is_match(&self.program, text, scratch)
    }

    /// A short text the pattern matches (checked), if one is found.
    pub fn example(&self) -> Option<String> {
        example::example(&self.program).filter(|t| self.is_match(t))
    }

    /// The pattern as written.
    pub fn source(&self) -> &str {
        &self.source
    }
}
