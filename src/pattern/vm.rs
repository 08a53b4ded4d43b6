//! The Pike VM: runs a program over the text one character at a time, keeping
//! the set of NFA states alive. Each state is visited at most once per character,
//! so a match costs O(text length × program size) with no backtracking.

use super::compile::{Inst, Program};

/// A set of instruction indexes with O(1) insert, lookup and clear. `sparse`
/// may hold stale indexes from earlier uses: an entry counts only when `dense`
/// points back at it, so neither clearing nor reuse needs to zero it.
struct StateSet {
    dense: Vec<usize>,
    sparse: Vec<usize>,
}

impl StateSet {
    const fn new() -> StateSet {
        StateSet {
            dense: Vec::new(),
            sparse: Vec::new(),
        }
    }

    /// Empty, with room for a program of `size` instructions.
    fn reset(&mut self, size: usize) {
        self.dense.clear();
        if self.sparse.len() < size {
            self.sparse.resize(size, 0);
        }
    }

    fn contains(&self, pc: usize) -> bool {
        let slot = self.sparse.get(pc).copied();
        slot.and_then(|i| self.dense.get(i)) == Some(&pc)
    }

    /// Adds `pc`; false if it was already there (or is out of range).
    fn insert(&mut self, pc: usize) -> bool {
        if self.contains(pc) {
            return false;
        }
        let Some(slot) = self.sparse.get_mut(pc) else {
            return false;
        };
        *slot = self.dense.len();
        self.dense.push(pc);
        true
    }

    fn clear(&mut self) {
        self.dense.clear();
    }
}

/// Where in the text the closure is taken, for `^` and `$`.
#[derive(Clone, Copy)]
struct Place {
    at_start: bool,
    at_end: bool,
}

/// Adds `pc` and every state reachable from it without reading a character.
/// Uses an explicit stack, so deep chains of jumps cannot overflow the call stack.
fn add(prog: &Program, set: &mut StateSet, stack: &mut Vec<usize>, pc: usize, place: Place) {
    stack.push(pc);
    while let Some(pc) = stack.pop() {
        if !set.insert(pc) {
            continue;
        }
        match prog.insts.get(pc) {
            Some(Inst::Jump(to)) => stack.push(*to),
            Some(Inst::Split(a, b)) => {
                stack.push(*b);
                stack.push(*a);
            }
            Some(Inst::Start) if place.at_start => stack.push(pc + 1),
            Some(Inst::End) if place.at_end => stack.push(pc + 1),
            _ => {}
        }
    }
}

/// Whether the state at `pc` reads `c`.
fn reads(prog: &Program, pc: usize, c: char) -> bool {
    match prog.insts.get(pc) {
        Some(Inst::Char(x)) => *x == c,
        Some(Inst::Any) => c != '\n',
        Some(Inst::Class(i)) => prog.classes.get(*i).is_some_and(|class| class.contains(c)),
        _ => false,
    }
}

/// The VM's two state sets and its stack, kept by the caller between
/// matches: a validation checks many texts, and each match would otherwise
/// allocate (and zero) them.
pub struct Scratch {
    current: StateSet,
    next: StateSet,
    stack: Vec<usize>,
}

impl Scratch {
    pub const fn new() -> Scratch {
        Scratch {
            current: StateSet::new(),
            next: StateSet::new(),
            stack: Vec::new(),
        }
    }
}

impl Default for Scratch {
    fn default() -> Scratch {
        Scratch::new()
    }
}

/// Whether the program matches the whole of `text`.
pub(super) fn is_match(prog: &Program, text: &str, scratch: &mut Scratch) -> bool {
    let size = prog.insts.len();
    let Scratch {
        current,
        next,
        stack,
    } = scratch;
    current.reset(size);
    next.reset(size);
    stack.clear();
    let start = Place {
        at_start: true,
        at_end: text.is_empty(),
    };
    add(prog, current, stack, 0, start);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if current.dense.is_empty() {
            return false;
        }
        let place = Place {
            at_start: false,
            at_end: chars.peek().is_none(),
        };
        next.clear();
        for &pc in &current.dense {
            crate::work::step();
            if reads(prog, pc, c) {
                add(prog, next, stack, pc + 1, place);
            }
        }
        std::mem::swap(current, next);
    }
    current
        .dense
        .iter()
        .any(|&pc| prog.insts.get(pc) == Some(&Inst::Match))
}
