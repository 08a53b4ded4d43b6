//! Live form state: a form's data kept inside the engine while a person types.
//!
//! One keystroke sends one value (`set(pointer, value)`) instead of the whole
//! document; the answer is only what changed: for each path whose issues are
//! now different, its new issues (an empty list clears the field). Used by the
//! wasm package and the drop-in; works the same natively.
//!
//! An edit changes the data in place (`put.rs`) and checks again only what it
//! can change (`update.rs`, from the form's [`Plan`] of what each condition
//! and rule reads), so a keystroke in one field costs about one field, however
//! long the document. The issues are kept by origin (`store.rs`) and worded
//! when found; [`LiveForm::set_lang`] words them again without checking.

mod plan;
pub(crate) mod put;
mod region;
mod sorted;
mod store;
mod update;

pub use plan::Plan;

use crate::form::Form;
use crate::lang::Lang;
use crate::report::{Issue, Report};
use crate::validate::paths::{parse_pointer, PathSeg};
use crate::value::{Value, MAX_DEPTH};
use crate::{Error, Options};
use serde::Serialize;
use std::sync::Arc;
use store::Store;

/// The issues now at one path.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathIssues {
    pub path: String,
    pub issues: Vec<Issue>,
}

/// What one change did to the verdict.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Delta {
    /// Whether the whole form is now free of errors.
    pub valid: bool,
    /// Paths whose issues changed, in report order.
    pub changed: Vec<PathIssues>,
}

impl Delta {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| String::from("null"))
    }
}

/// Why a change could not be applied.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SetError {
    #[error("cannot set the whole form with set(); start a new live form instead")]
    Root,
    #[error("{pointer:?} goes through a value that is neither an object nor a list")]
    NotContainer { pointer: String },
    #[error("{pointer:?}: the form's data would nest deeper than {MAX_DEPTH} levels")]
    TooDeep { pointer: String },
    #[error(
        "{pointer:?}: index {index} is past the end of the list (length {len}); add items in order"
    )]
    Index {
        pointer: String,
        index: usize,
        len: usize,
    },
}

/// A form being filled in.
#[derive(Debug, Clone)]
pub struct LiveForm {
    form: Arc<Form>,
    opts: Options,
    data: Value,
    store: Store,
}

/// A pointer read once, for edits at the same place (one form control):
/// [`LiveForm::set_at`] does not read the pointer again on every keystroke.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handle {
    pointer: String,
    path: Vec<PathSeg<'static>>,
}

impl Handle {
    pub fn new(pointer: &str) -> Result<Handle, Error> {
        Ok(Handle {
            pointer: pointer.to_owned(),
            path: parse_pointer(pointer)?,
        })
    }

    pub fn pointer(&self) -> &str {
        &self.pointer
    }
}

impl LiveForm {
    /// Start from `data` (often `{}`) and check it once.
    pub fn new(form: Arc<Form>, data: Value, opts: Options) -> LiveForm {
        let mut live = LiveForm {
            form,
            opts,
            data,
            store: Store::default(),
        };
        let mut queue = update::Queue::default();
        live.rewalk(&[], &mut queue);
        // Every rule is queued: run them all, in run order.
        while let Some(order) = queue.next() {
            live.rerun(&order);
        }
        live.store.changes(&live.form);
        live
    }

    /// The whole current report.
    pub fn report(&self) -> Report {
        self.form.report(self.store.all(&self.form))
    }

    /// The whole current report worded in another language, without checking again.
    pub fn report_in(&self, lang: Lang) -> Report {
        let mut other = self.store.clone();
        other.reword(&self.form, lang);
        self.form.report(other.all(&self.form))
    }

    /// Word the messages in `lang` from now on (the issues are not checked again).
    pub fn set_lang(&mut self, lang: Lang) {
        if self.opts.lang != lang {
            self.opts.lang = lang;
            self.store.reword(&self.form, lang);
        }
    }

    pub fn data(&self) -> &Value {
        &self.data
    }

    /// Set (or with `None` remove) the value at a JSON Pointer and revalidate.
    /// Missing objects on the way are created; a list grows by one at its end.
    pub fn set(&mut self, pointer: &str, value: Option<Value>) -> Result<Delta, Error> {
        let path = parse_pointer(pointer)?;
        self.set_path(&path, pointer, value)
    }

    /// [`LiveForm::set`] at a pointer read before.
    pub fn set_at(&mut self, handle: &Handle, value: Option<Value>) -> Result<Delta, Error> {
        self.set_path(&handle.path, &handle.pointer, value)
    }

    fn set_path(
        &mut self,
        path: &[PathSeg<'_>],
        pointer: &str,
        value: Option<Value>,
    ) -> Result<Delta, Error> {
        // Parsed data nests at most MAX_DEPTH deep; a long pointer must not deepen it.
        if path.len() + value.as_ref().map_or(0, Value::depth) > MAX_DEPTH {
            return Err(Error::Live(SetError::TooDeep {
                pointer: pointer.to_owned(),
            }));
        }
        let named = put::plan(&self.data, path, value.is_none(), pointer).map_err(Error::Live)?;
        if let Some(at) = named {
            let before = region::signatures(&self.data, &at);
            put::apply(&mut self.data, &at, value);
            let after = region::signatures(&self.data, &at);
            let changed: Vec<bool> = before.iter().zip(&after).map(|(a, b)| a != b).collect();
            self.update(&at, &changed);
        }
        let changed = self.store.changes(&self.form);
        Ok(Delta {
            valid: self.store.valid(),
            changed,
        })
    }
}
