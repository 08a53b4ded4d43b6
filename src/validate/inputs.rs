//! Where a rule's inputs are: the places its references name in the data
//! (every item of a list for `*`), and whether the value there can be used,
//! that is, it is filled in and its field has no error of its own.
//!
//! A rule that passes allocates nothing per input: a [`Place`] holds the
//! value it found, the reference it followed and the list indexes its `*`s
//! took; its data path is spelt out ([`Place::path`]) only for an issue, or
//! when a live form asks about errors outside its run by path.

use super::text::is_filled;
use super::{Deferred, PathRef, PathSeg, Run};
use crate::date::Date;
use crate::model::{Ref, Seg};
use crate::value::Value;
use std::borrow::Cow;

/// "This `*` was not followed": its list was absent, wrong or had an error.
const NOT_FOLLOWED: usize = usize::MAX;

/// One place a reference names, and the value there if it is filled in.
#[derive(Clone)]
pub(super) struct Place<'a> {
    pub value: Option<&'a Value>,
    /// The path of the object the reference starts from (`None`: the root).
    base: Option<PathRef<'a>>,
    /// The reference's steps taken so far.
    segs: &'a [Seg],
    stars: Stars,
}

/// The places a reference names: one without `*` (kept off the heap), any
/// number with it.
pub(super) enum Places<'a> {
    One(Option<Place<'a>>),
    /// The items of the list a reference's one `*` stands for, each followed
    /// by the `keys` after it.
    Items {
        base: Place<'a>,
        items: std::iter::Enumerate<std::slice::Iter<'a, Value>>,
        keys: &'a [Seg],
    },
    Many(std::vec::IntoIter<Place<'a>>),
}

impl<'a> Iterator for Places<'a> {
    type Item = Place<'a>;

    fn next(&mut self) -> Option<Place<'a>> {
        match self {
            Places::One(place) => place.take(),
            Places::Items { base, items, keys } => {
                let (i, item) = items.next()?;
                let mut place = base.clone();
                place.stars.push(i);
                place.value = follow(Some(item).filter(|v| is_filled(v)), keys);
                Some(place)
            }
            Places::Many(places) => places.next(),
        }
    }
}

/// The index each `*` took, in order; inline for up to three.
#[derive(Clone, Default)]
struct Stars {
    len: usize,
    inline: [usize; 3],
    more: Vec<usize>,
}

impl Stars {
    fn push(&mut self, index: usize) {
        match self.inline.get_mut(self.len) {
            Some(slot) => *slot = index,
            None => self.more.push(index),
        }
        self.len += 1;
    }

    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        let inline = self.inline.get(..self.len.min(3)).unwrap_or(&[]);
        inline.iter().chain(&self.more).copied()
    }
}

impl<'a> Place<'a> {
    /// The data path of the place's first `n` steps.
    fn path_to(&self, n: usize) -> Vec<PathSeg<'a>> {
        let whole = Place {
            segs: self.segs.get(..n).unwrap_or(self.segs),
            ..self.clone()
        };
        whole.path()
    }

    /// The data path of the place.
    pub fn path(&self) -> Vec<PathSeg<'a>> {
        let base: &[PathSeg<'a>] = self.base.as_deref().unwrap_or(&[]);
        let mut path = Vec::with_capacity(base.len() + self.segs.len());
        path.extend_from_slice(base);
        let mut stars = self.stars.iter();
        for seg in self.segs {
            match seg {
                Seg::Key(k) => path.push(PathSeg::Key(Cow::Borrowed(k.as_str()))),
                Seg::Each => match stars.next() {
                    Some(i) if i != NOT_FOLLOWED => path.push(PathSeg::Index(i)),
                    _ => {}
                },
            }
        }
        path
    }
}

impl<'a> Run<'a> {
    /// The place a reference starts from, before any of its steps.
    fn origin(&self, r: &'a Ref, d: &Deferred<'a>) -> Place<'a> {
        Place {
            value: Some(if r.absolute { self.root } else { d.scope }),
            base: (!r.absolute).then(|| d.path.clone()),
            segs: r.segments.get(..0).unwrap_or(&[]),
            stars: Stars::default(),
        }
    }

    /// Every place a reference names (several with `*`), with the value if filled in.
    pub(super) fn resolve(&self, r: &'a Ref, d: &Deferred<'a>) -> Places<'a> {
        let stars = r.segments.iter().filter(|s| **s == Seg::Each).count();
        match (stars, r.segments.iter().position(|s| *s == Seg::Each)) {
            (0, _) | (_, None) => Places::One(Some(self.one(r, d))),
            (1, Some(star)) => self.items(r, d, star),
            _ => Places::Many(self.each(r, d).into_iter()),
        }
    }

    /// The places of a reference with one `*` (at `star`), one item at a
    /// time: what [`Run::each`] gives, without a list of them.
    fn items(&self, r: &'a Ref, d: &Deferred<'a>, star: usize) -> Places<'a> {
        let mut place = self.origin(r, d);
        let (before, after) = r.segments.split_at(star);
        place.value = follow(place.value, before);
        let list = place.value;
        place.segs = &r.segments;
        match list {
            Some(Value::Array(items))
                if self.usable_with(list, || place.path_to(star)).is_some() =>
            {
                Places::Items {
                    base: place,
                    items: items.iter().enumerate(),
                    keys: after.get(1..).unwrap_or(&[]),
                }
            }
            // An absent or wrong list is a missing input, not an empty one.
            _ => {
                place.value = None;
                place.stars.push(NOT_FOLLOWED);
                Places::One(Some(place))
            }
        }
    }

    /// The places a reference with `*` names.
    fn each(&self, r: &'a Ref, d: &Deferred<'a>) -> Vec<Place<'a>> {
        let mut frontier = vec![self.origin(r, d)];
        for (n, seg) in r.segments.iter().enumerate() {
            let taken = r.segments.get(..=n).unwrap_or(&r.segments);
            match seg {
                // A key step moves every place where it stands.
                Seg::Key(_) => {
                    for place in &mut frontier {
                        place.value = follow(place.value, std::slice::from_ref(seg));
                        place.segs = taken;
                    }
                }
                Seg::Each => {
                    let items = |p: &Place| match p.value {
                        Some(Value::Array(items)) => items.len(),
                        _ => 1,
                    };
                    let mut next = Vec::with_capacity(frontier.iter().map(items).sum());
                    for mut place in frontier {
                        match place.value {
                            Some(list @ Value::Array(items))
                                if self.usable_with(Some(list), || place.path()).is_some() =>
                            {
                                for (i, item) in items.iter().enumerate() {
                                    let mut p = place.clone();
                                    p.value = Some(item).filter(|v| is_filled(v));
                                    p.segs = taken;
                                    p.stars.push(i);
                                    next.push(p);
                                }
                            }
                            // An absent or wrong list is a missing input, not an empty one.
                            _ => {
                                place.value = None;
                                place.segs = taken;
                                place.stars.push(NOT_FOLLOWED);
                                next.push(place);
                            }
                        }
                    }
                    frontier = next;
                }
            }
        }
        frontier
    }

    /// The one place a reference without `*` names.
    pub(super) fn one(&self, r: &'a Ref, d: &Deferred<'a>) -> Place<'a> {
        let mut place = self.origin(r, d);
        place.value = follow(place.value, &r.segments);
        place.segs = &r.segments;
        place
    }

    /// A filled-in value if its field has no error; `path` spells where it is,
    /// and is called only when a live form must be asked about it by path.
    pub(super) fn usable_with(
        &self,
        value: Option<&'a Value>,
        path: impl FnOnce() -> Vec<PathSeg<'a>>,
    ) -> Option<&'a Value> {
        let v = value?;
        let bad = self.has_error_on(v) || self.outside.is_some_and(|o| o.has_error(&path()));
        (!bad).then_some(v)
    }

    /// The value at a place if it is filled in and has no error.
    pub(super) fn usable(&self, at: &Place<'a>) -> Option<&'a Value> {
        self.usable_with(at.value, || at.path())
    }

    pub(super) fn date(&self, at: &Place<'a>) -> Option<Date> {
        as_date(self.usable(at))
    }
}

/// The filled-in value the keys lead to from `value` (a `*` among them is
/// not followed here).
fn follow<'a>(value: Option<&'a Value>, keys: &[Seg]) -> Option<&'a Value> {
    keys.iter().try_fold(value?, |v, seg| match seg {
        Seg::Key(k) => v.get(k).filter(|v| is_filled(v)),
        Seg::Each => Some(v),
    })
}

/// A usable value read as a date (`YYYY-MM-DD`, spaces around allowed).
pub(super) fn as_date(v: Option<&Value>) -> Option<Date> {
    v.and_then(Value::as_str)
        .and_then(|s| Date::parse(super::text::trim(s)))
}
