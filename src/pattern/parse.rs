//! The pattern parser: source text → syntax tree, with every error located.
//!
//! Recursive descent whose depth is bounded: each group adds one level and groups
//! may nest at most [`MAX_NESTING`] deep. Quantifiers are parsed here into
//! `Repeat` nodes; a repetition that can only match nothing becomes `Empty`, so
//! the compiler never loops over copies that emit no instructions.

mod bracket;

use super::class::{Class, Item, Named};
use super::PatternError;

/// How deeply groups may nest.
pub(super) const MAX_NESTING: usize = 32;
/// The largest count in `{n}`, `{n,}` and `{n,m}`.
pub(super) const MAX_COUNT: u32 = 1000;

/// The syntax tree. Classes are stored once, outside the tree, and named by index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Node {
    /// Matches the empty string.
    Empty,
    Char(char),
    /// `.`: any character but a line break.
    Any,
    Class(usize),
    /// `^`: the start of the text.
    Start,
    /// `$`: the end of the text.
    End,
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    /// `node` at least `min` and at most `max` (unbounded: `None`) times; `at` is
    /// the 0-based position of the quantifier.
    Repeat {
        node: Box<Node>,
        min: u32,
        max: Option<u32>,
        at: usize,
    },
}

/// The tree of `src` and its classes.
pub(super) fn parse(src: &str) -> Result<(Node, Vec<Class>), PatternError> {
    let mut p = Parser {
        chars: src.chars().collect(),
        pos: 0,
        classes: Vec::new(),
    };
    let node = p.alternation(0)?;
    match p.peek() {
        None => Ok((node, p.classes)),
        Some(_) => Err(PatternError::at(
            p.pos,
            "there is a ) without a matching (; write \\) for a literal bracket",
        )),
    }
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
    classes: Vec<Class>,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.pos.saturating_add(ahead)).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += 1;
        Some(c)
    }

    fn eat(&mut self, c: char) -> bool {
        let hit = self.peek() == Some(c);
        if hit {
            self.pos += 1;
        }
        hit
    }

    fn add_class(&mut self, class: Class) -> Node {
        self.classes.push(class);
        Node::Class(self.classes.len() - 1)
    }

    /// `a|b|…` up to a `)` or the end.
    fn alternation(&mut self, depth: usize) -> Result<Node, PatternError> {
        let mut branches = vec![self.concat(depth)?];
        while self.eat('|') {
            branches.push(self.concat(depth)?);
        }
        Ok(match branches.len() {
            1 => branches.pop().unwrap_or(Node::Empty),
            _ => Node::Alt(branches),
        })
    }

    /// A sequence of (possibly quantified) atoms up to `|`, `)` or the end.
    fn concat(&mut self, depth: usize) -> Result<Node, PatternError> {
        let mut items = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom(depth)?;
            let node = self.quantified(atom)?;
            if node != Node::Empty {
                items.push(node);
            }
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    /// One atom: a character, `.`, a class, an escape, an anchor or a group.
    fn atom(&mut self, depth: usize) -> Result<Node, PatternError> {
        let at = self.pos;
        let Some(c) = self.bump() else {
            return Ok(Node::Empty);
        };
        Ok(match c {
            '(' => self.group(at, depth)?,
            '[' => self.bracket_class(at)?,
            '\\' => self.escape(at)?,
            '.' => Node::Any,
            '^' => Node::Start,
            '$' => Node::End,
            '*' | '+' | '?' | '{' => {
                let message = format!(
                    "{c} has nothing before it to repeat; write \\{c} for the character itself"
                );
                return Err(PatternError::at(at, message));
            }
            ']' | '}' => {
                let message = format!("there is a {c} without a matching opening bracket; write \\{c} for the character itself");
                return Err(PatternError::at(at, message));
            }
            c => Node::Char(c),
        })
    }

    /// After `(` at `at`: `( … )` or `(?: … )`.
    fn group(&mut self, at: usize, depth: usize) -> Result<Node, PatternError> {
        if depth >= MAX_NESTING {
            let message = format!("groups are nested more than {MAX_NESTING} deep");
            return Err(PatternError::at(at, message));
        }
        if self.eat('?') {
            let unsupported = match (self.peek(), self.peek_at(1)) {
                (Some(':'), _) => None,
                (Some('=' | '!'), _) => Some("lookahead (?= and (?! is not supported"),
                (Some('<'), Some('=' | '!')) => Some("lookbehind (?<= and (?<! is not supported"),
                (Some('<' | 'P' | '\''), _) => {
                    Some("named groups are not supported; use ( … ) or (?: … )")
                }
                _ => {
                    Some("only ( … ) and (?: … ) groups are supported (no flags or other (? forms)")
                }
            };
            if let Some(message) = unsupported {
                return Err(PatternError::at(at, message));
            }
            self.pos += 1;
        }
        let inner = self.alternation(depth + 1)?;
        if self.eat(')') {
            Ok(inner)
        } else {
            Err(PatternError::at(at, "this ( is never closed with a )"))
        }
    }

    /// After `\` at `at`, outside a class.
    fn escape(&mut self, at: usize) -> Result<Node, PatternError> {
        match escaped(self.bump(), at)? {
            Item::Named(named, negated) => Ok(self.add_class(Class::named(named, negated))),
            Item::Range(c, _) => Ok(Node::Char(c)),
        }
    }

    /// Applies a quantifier, if one follows, to `atom`.
    fn quantified(&mut self, atom: Node) -> Result<Node, PatternError> {
        let at = self.pos;
        let (min, max) = match self.peek() {
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('?') => (0, Some(1)),
            Some('{') => self.counted()?,
            _ => return Ok(atom),
        };
        if matches!(atom, Node::Start | Node::End) {
            return Err(PatternError::at(at, "^ and $ cannot be repeated"));
        }
        self.pos = self.pos.max(at + 1);
        if let Some(c @ ('*' | '+' | '?' | '{')) = self.peek() {
            let message = format!(
                "{c} cannot follow another repetition; put the repeated part in ( … ) first"
            );
            return Err(PatternError::at(self.pos, message));
        }
        Ok(match (atom, max) {
            (_, Some(0)) | (Node::Empty, _) => Node::Empty,
            (node, _) if min == 1 && max == Some(1) => node,
            (node, _) => Node::Repeat {
                node: Box::new(node),
                min,
                max,
                at,
            },
        })
    }

    /// `{n}`, `{n,}` or `{n,m}` at the current position; leaves `pos` after `}`.
    fn counted(&mut self) -> Result<(u32, Option<u32>), PatternError> {
        let at = self.pos;
        self.pos += 1;
        let bad = || {
            PatternError::at(
                at,
                "a counted repetition looks like {3}, {2,} or {2,5}; write \\{ for a literal {",
            )
        };
        let min = self.number(at)?.ok_or_else(bad)?;
        let max = if self.eat(',') {
            self.number(at)?
        } else {
            Some(min)
        };
        if !self.eat('}') {
            return Err(bad());
        }
        if max.is_some_and(|max| max < min) {
            let message = "in {n,m} the first number must not be larger than the second";
            return Err(PatternError::at(at, message));
        }
        Ok((min, max))
    }

    /// Decimal digits at the current position, if any, at most [`MAX_COUNT`].
    fn number(&mut self, at: usize) -> Result<Option<u32>, PatternError> {
        let mut value: Option<u32> = None;
        while let Some(d) = self
            .peek()
            .filter(char::is_ascii_digit)
            .and_then(|c| c.to_digit(10))
        {
            self.pos += 1;
            let v = value.unwrap_or(0).saturating_mul(10).saturating_add(d);
            if v > MAX_COUNT {
                let message = format!("counted repetitions are limited to {MAX_COUNT}");
                return Err(PatternError::at(at, message));
            }
            value = Some(v);
        }
        Ok(value)
    }
}

/// The meaning of the character after a `\` at `at`: a named class or a literal
/// (as the one-character range `c-c`).
pub(super) fn escaped(c: Option<char>, at: usize) -> Result<Item, PatternError> {
    let Some(c) = c else {
        return Err(PatternError::at(
            at,
            "the pattern ends with a lone \\; write \\\\ for a backslash",
        ));
    };
    if let Some((named, negated)) = Named::from_escape(c) {
        return Ok(Item::Named(named, negated));
    }
    if !c.is_alphanumeric() && !c.is_whitespace() && !c.is_control() {
        return Ok(Item::Range(c, c));
    }
    let message = match c {
        '1'..='9' => "backreferences such as \\1 are not supported".to_owned(),
        'k' => "named backreferences are not supported".to_owned(),
        'b' | 'B' => "word boundaries (\\b) are not supported".to_owned(),
        _ => format!("\\{c} is not a known escape (known: \\d \\D \\s \\S \\w \\W, and \\ before a symbol such as \\. or \\()"),
    };
    Err(PatternError::at(at, message))
}
