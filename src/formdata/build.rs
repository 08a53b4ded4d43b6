//! Putting values into the document at their paths, making the objects and
//! lists on the way, as the drop-in always has: a list item left out before
//! the one being written is `null`. Bounded so that a hostile name cannot make
//! the server allocate: an index beyond [`MAX_INDEX`] is refused, and so is a
//! document that would need more than [`MAX_GAPS`] such `null`s in all. The
//! walk is a loop, whatever the path's length.

use super::names::Seg;
use super::FormDataError;
use crate::value::Value;

/// The largest list index a name may use (a list of 1000 rows).
pub const MAX_INDEX: usize = 999;

/// The most list items, in all, that may be left out (and so become `null`).
pub const MAX_GAPS: usize = 1000;

/// A document being built, with the gaps used so far.
pub struct Builder {
    pub data: Value,
    gaps: usize,
}

impl Builder {
    pub fn new() -> Builder {
        Builder {
            data: Value::Object(Vec::new()),
            gaps: 0,
        }
    }

    /// Writes `value` at `segs`, replacing what was there.
    pub fn put(&mut self, name: &str, segs: &[Seg], value: Value) -> Result<(), FormDataError> {
        *self.slot(name, segs)?.0 = value;
        Ok(())
    }

    /// Makes a list row exist as an empty object, keeping one that does.
    pub fn ensure_row(&mut self, name: &str, segs: &[Seg]) -> Result<(), FormDataError> {
        let (slot, created) = self.slot(name, segs)?;
        if created {
            *slot = Value::Object(Vec::new());
        }
        Ok(())
    }

    /// The place at `segs` (made on the way; a new one holds `null`), and
    /// whether it is new. A value where a container is wanted is replaced.
    fn slot(&mut self, name: &str, segs: &[Seg]) -> Result<(&mut Value, bool), FormDataError> {
        let gaps = &mut self.gaps;
        let mut at = &mut self.data;
        let mut created = false;
        for seg in segs {
            match (&*at, seg) {
                (Value::Object(_), Seg::Key(_)) | (Value::Array(_), Seg::Index(_)) => {}
                (_, Seg::Key(_)) => *at = Value::Object(Vec::new()),
                (_, Seg::Index(_)) => *at = Value::Array(Vec::new()),
            }
            let next = match (at, seg) {
                (Value::Object(members), Seg::Key(key)) => {
                    let pos = match members.iter().position(|(k, _)| k == key) {
                        Some(pos) => {
                            created = false;
                            pos
                        }
                        None => {
                            members.push((key.clone(), Value::Null));
                            created = true;
                            members.len() - 1
                        }
                    };
                    members.get_mut(pos).map(|(_, v)| v)
                }
                (Value::Array(items), Seg::Index(n)) => {
                    let n = *n;
                    if n > MAX_INDEX {
                        return Err(FormDataError::IndexTooLarge {
                            name: name.to_owned(),
                            index: n,
                            max: MAX_INDEX,
                        });
                    }
                    created = n >= items.len();
                    if n > items.len() {
                        *gaps += n - items.len();
                        if *gaps > MAX_GAPS {
                            return Err(FormDataError::TooManyGaps {
                                name: name.to_owned(),
                                max: MAX_GAPS,
                            });
                        }
                        items.resize(n, Value::Null);
                    }
                    if created {
                        items.push(Value::Null);
                    }
                    items.get_mut(n)
                }
                _ => None,
            };
            // Always `Some`: the place was made a container of the right kind above.
            at = next.ok_or_else(|| FormDataError::NotAPlace {
                name: name.to_owned(),
            })?;
        }
        Ok((at, created))
    }
}
