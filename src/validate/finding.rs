//! An issue found but not yet worded, owned: what the live form keeps, so it can
//! word its issues again in another language without checking anything again.
//!
//! A validation words its issues at the end (`finish.rs`) from [`Pending`]
//! issues that borrow the form's texts. A `Finding` holds the same in owned
//! form; [`Finding::word`] turns it into a report [`Issue`] in any language.

use super::paths::PathSeg;
use super::Pending;
use crate::form::Form;
use crate::lang::Lang;
use crate::model::Text;
use crate::report::{Issue, IssueKind, Severity};
use std::borrow::Cow;

/// One issue, in no language yet.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    path: Vec<PathSeg<'static>>,
    kind: IssueKind,
    severity: Severity,
    message: Option<Text>,
    others: Vec<Text>,
    other_item: Option<(Text, usize)>,
    choice: Option<Text>,
}

impl Finding {
    pub(crate) fn new(p: Pending<'_>) -> Finding {
        Finding {
            path: p.path.into_iter().map(owned).collect(),
            kind: p.kind,
            severity: p.severity,
            message: p.message.cloned(),
            others: p.others.into_iter().cloned().collect(),
            other_item: p.other_item.map(|(t, n)| (t.clone(), n)),
            choice: p.choice.cloned(),
        }
    }

    /// The data path the issue is at.
    pub fn path(&self) -> &[PathSeg<'static>] {
        &self.path
    }

    pub fn severity(&self) -> Severity {
        self.severity
    }

    /// The issue as a report shows it, worded in `lang`.
    pub fn word(&self, form: &Form, lang: Lang) -> Issue {
        let pending = Pending {
            path: self.path.iter().map(borrowed).collect(),
            kind: self.kind.clone(),
            severity: self.severity,
            message: self.message.as_ref(),
            others: self.others.iter().collect(),
            other_item: self.other_item.as_ref().map(|(t, n)| (t, *n)),
            choice: self.choice.as_ref(),
            inputs: vec![],
        };
        super::word(form, pending, lang)
    }
}

/// A path step that borrows its key from `seg` (copying no text).
fn borrowed<'a>(seg: &'a PathSeg<'_>) -> PathSeg<'a> {
    match seg {
        PathSeg::Key(k) => PathSeg::Key(Cow::Borrowed(k)),
        PathSeg::Index(i) => PathSeg::Index(*i),
    }
}

/// A path step that borrows nothing.
pub(crate) fn owned(seg: PathSeg<'_>) -> PathSeg<'static> {
    match seg {
        PathSeg::Key(k) => PathSeg::Key(Cow::Owned(k.into_owned())),
        PathSeg::Index(i) => PathSeg::Index(i),
    }
}
