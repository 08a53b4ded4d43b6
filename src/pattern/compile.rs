//! The compiler: syntax tree → Thompson NFA program, at most [`MAX_INSTS`]
//! instructions. Counted repetitions are expanded into copies, so the limit also
//! bounds the work a match can do per character.
//!
//! Recursion follows the tree, whose depth the parser bounds (groups nest at most
//! 32 deep); a repeated node always emits at least one instruction, so expansion
//! stops at the limit however the repetitions nest.

use super::class::Class;
use super::parse::Node;
use super::PatternError;

/// The largest program a pattern may compile to.
pub(super) const MAX_INSTS: usize = 10_000;

/// One step of the NFA. Jump targets are instruction indexes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Inst {
    Char(char),
    /// Any character but `\n`.
    Any,
    /// A character in the class with this index.
    Class(usize),
    /// Zero-width: only at the start of the text.
    Start,
    /// Zero-width: only at the end of the text.
    End,
    /// Continue at both targets.
    Split(usize, usize),
    Jump(usize),
    Match,
}

/// A compiled pattern: its instructions (entry at 0) and its classes.
#[derive(Debug, Clone)]
pub(crate) struct Program {
    pub(super) insts: Vec<Inst>,
    pub(super) classes: Vec<Class>,
}

/// Compiles a parsed pattern.
pub(super) fn compile(node: &Node, classes: Vec<Class>) -> Result<Program, PatternError> {
    let mut c = Compiler {
        insts: Vec::new(),
        at: 0,
    };
    c.node(node)?;
    c.emit(Inst::Match)?;
    Ok(Program {
        insts: c.insts,
        classes,
    })
}

struct Compiler {
    insts: Vec<Inst>,
    /// The position of the innermost repetition being expanded, for errors.
    at: usize,
}

impl Compiler {
    fn emit(&mut self, inst: Inst) -> Result<usize, PatternError> {
        if self.insts.len() >= MAX_INSTS {
            let message = format!(
                "the pattern is too large (over {MAX_INSTS} steps); use smaller counted repetitions"
            );
            return Err(PatternError::at(self.at, message));
        }
        self.insts.push(inst);
        Ok(self.insts.len() - 1)
    }

    /// The index the next instruction will get.
    fn next(&self) -> usize {
        self.insts.len()
    }

    /// Points the open target of a `Split` (its second) or `Jump` at `target`.
    fn patch(&mut self, index: usize, target: usize) {
        match self.insts.get_mut(index) {
            Some(Inst::Split(_, second)) => *second = target,
            Some(Inst::Jump(to)) => *to = target,
            _ => {}
        }
    }

    fn node(&mut self, node: &Node) -> Result<(), PatternError> {
        match node {
            Node::Empty => {}
            Node::Char(c) => _ = self.emit(Inst::Char(*c))?,
            Node::Any => _ = self.emit(Inst::Any)?,
            Node::Class(i) => _ = self.emit(Inst::Class(*i))?,
            Node::Start => _ = self.emit(Inst::Start)?,
            Node::End => _ = self.emit(Inst::End)?,
            Node::Concat(items) => {
                for item in items {
                    self.node(item)?;
                }
            }
            Node::Alt(branches) => self.alternation(branches)?,
            Node::Repeat { node, min, max, at } => {
                let outer = std::mem::replace(&mut self.at, *at);
                self.repeat(node, *min, *max)?;
                self.at = outer;
            }
        }
        Ok(())
    }

    /// `b1|b2|…|bn`: a chain of splits, each branch jumping to the end.
    fn alternation(&mut self, branches: &[Node]) -> Result<(), PatternError> {
        let mut jumps = Vec::new();
        let Some((last, rest)) = branches.split_last() else {
            return Ok(());
        };
        for branch in rest {
            let split = self.emit(Inst::Split(self.next() + 1, 0))?;
            self.node(branch)?;
            jumps.push(self.emit(Inst::Jump(0))?);
            let next = self.next();
            self.patch(split, next);
        }
        self.node(last)?;
        let end = self.next();
        for jump in jumps {
            self.patch(jump, end);
        }
        Ok(())
    }

    /// `node{min,max}` as `min` copies followed by a loop (no maximum) or by
    /// `max − min` optional copies.
    fn repeat(&mut self, node: &Node, min: u32, max: Option<u32>) -> Result<(), PatternError> {
        let Some(max) = max else {
            for _ in 1..min {
                self.node(node)?;
            }
            if min == 0 {
                // L: split(body, end); body; jump L; end:
                let split = self.emit(Inst::Split(self.next() + 1, 0))?;
                self.node(node)?;
                self.emit(Inst::Jump(split))?;
                let end = self.next();
                self.patch(split, end);
            } else {
                // L: body; split(L, next)
                let body = self.next();
                self.node(node)?;
                self.emit(Inst::Split(body, self.next() + 1))?;
            }
            return Ok(());
        };
        for _ in 0..min {
            self.node(node)?;
        }
        let mut splits = Vec::new();
        for _ in min..max {
            splits.push(self.emit(Inst::Split(self.next() + 1, 0))?);
            self.node(node)?;
        }
        let end = self.next();
        for split in splits {
            self.patch(split, end);
        }
        Ok(())
    }
}
