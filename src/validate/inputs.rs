//! Where a rule's inputs are: the places its references name in the data
//! (every item of a list for `*`), and whether the value there can be used,
//! that is, it is filled in and its field has no error of its own.

use super::text::is_filled;
use super::{Deferred, PathSeg, Run};
use crate::date::Date;
use crate::model::{Ref, Seg};
use crate::value::Value;
use std::borrow::Cow;

pub(super) type Located<'a> = (Vec<PathSeg<'a>>, Option<&'a Value>);

impl<'a> Run<'a> {
    /// A path that starts at the reference's origin, with room for its steps.
    fn origin(&self, r: &'a Ref, d: &Deferred<'a>) -> Located<'a> {
        let base: &[PathSeg<'a>] = if r.absolute { &[] } else { &d.path };
        let mut path = Vec::with_capacity(base.len() + r.segments.len() + 1);
        path.extend_from_slice(base);
        (path, Some(if r.absolute { self.root } else { d.scope }))
    }

    /// Every place a reference names (several with `*`), with the value if filled in.
    pub(super) fn resolve(&self, r: &'a Ref, d: &Deferred<'a>) -> Vec<Located<'a>> {
        if !r.segments.contains(&Seg::Each) {
            return vec![self.one(r, d)];
        }
        let mut frontier = vec![self.origin(r, d)];
        for seg in &r.segments {
            let mut next = Vec::with_capacity(frontier.len());
            for (mut path, value) in frontier {
                match seg {
                    Seg::Key(k) => {
                        path.push(PathSeg::Key(Cow::Borrowed(k.as_str())));
                        next.push((path, value.and_then(|v| v.get(k)).filter(|v| is_filled(v))));
                    }
                    Seg::Each => match value {
                        Some(Value::Array(items)) if !self.has_error(&path) => {
                            for (i, item) in items.iter().enumerate() {
                                let mut p = Vec::with_capacity(path.len() + r.segments.len());
                                p.extend_from_slice(&path);
                                p.push(PathSeg::Index(i));
                                next.push((p, Some(item).filter(|v| is_filled(v))));
                            }
                        }
                        // An absent or wrong list is a missing input, not an empty one.
                        _ => next.push((path, None)),
                    },
                }
            }
            frontier = next;
        }
        frontier
    }

    /// The one place a reference without `*` names.
    pub(super) fn one(&self, r: &'a Ref, d: &Deferred<'a>) -> Located<'a> {
        let (mut path, mut value) = self.origin(r, d);
        for seg in &r.segments {
            if let Seg::Key(k) = seg {
                path.push(PathSeg::Key(Cow::Borrowed(k.as_str())));
                value = value.and_then(|v| v.get(k)).filter(|v| is_filled(v));
            }
        }
        (path, value)
    }

    /// The value at a place if it is filled in and has no error.
    pub(super) fn usable(&self, at: &Located<'a>) -> Option<&'a Value> {
        at.1.filter(|_| !self.has_error(&at.0))
    }

    pub(super) fn date(&self, at: &Located<'a>) -> Option<Date> {
        self.usable(at)
            .and_then(Value::as_str)
            .and_then(|s| Date::parse(s.trim()))
    }
}
