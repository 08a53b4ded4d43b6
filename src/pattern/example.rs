//! A short text that a pattern matches, for the example documents of
//! `skjemasjekk examples`: a breadth-first search over the program's
//! instructions for the fewest characters that reach `Match`, choosing for each
//! character step a plain character the step accepts.

use super::class::Class;
use super::compile::{Inst, Program};
use std::collections::VecDeque;

/// Characters tried first for a class or `.`: readable ones.
const PLAIN: &str = "a1eA0x _-./";

/// One character that `class` accepts, if a plain one or a range's first does.
fn pick(class: &Class) -> Option<char> {
    let ranges = class.items.iter().filter_map(|item| match item {
        super::class::Item::Range(lo, _) => Some(*lo),
        super::class::Item::Named(..) => None,
    });
    PLAIN.chars().chain(ranges).find(|c| class.contains(*c))
}

/// The shortest text the program matches (the first found among equals).
pub(super) fn example(program: &Program) -> Option<String> {
    let n = program.insts.len();
    // State: instruction, and whether `$` was passed (then no more characters).
    let mut seen = vec![[false; 2]; n];
    let mut queue: VecDeque<(usize, bool, String)> = VecDeque::new();
    queue.push_back((0, false, String::new()));
    while let Some((pc, ended, text)) = queue.pop_front() {
        let Some(slot) = seen.get_mut(pc) else {
            continue;
        };
        if slot[usize::from(ended)] {
            continue;
        }
        slot[usize::from(ended)] = true;
        let step = |c: Option<char>| c.map(|c| format!("{text}{c}"));
        match program.insts.get(pc)? {
            Inst::Match => return Some(text),
            Inst::Split(a, b) => {
                queue.push_front((*b, ended, text.clone()));
                queue.push_front((*a, ended, text));
            }
            Inst::Jump(a) => queue.push_front((*a, ended, text)),
            Inst::Start if text.is_empty() => queue.push_front((pc + 1, ended, text)),
            Inst::End => queue.push_front((pc + 1, true, text)),
            Inst::Start => {}
            _ if ended => {}
            Inst::Char(c) => queue.push_back((pc + 1, false, format!("{text}{c}"))),
            Inst::Any => queue.push_back((pc + 1, false, format!("{text}a"))),
            Inst::Class(i) => {
                if let Some(next) = step(program.classes.get(*i).and_then(pick)) {
                    queue.push_back((pc + 1, false, next));
                }
            }
        }
    }
    None
}
