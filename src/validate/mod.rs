//! Validate data against a compiled form and produce the report.
//!
//! One walk over the field tree in form order (`walk.rs`, with a filled-in
//! value's own checks in `constraints.rs`) checks each field; the rules it
//! meets are deferred and run afterwards (`rules.rs`), when every
//! field's own verdict is known, so a rule can skip inputs that are missing or
//! already wrong. Issues are then ordered by the form definition and rendered
//! in the requested language (`finish.rs`), or kept unworded to be worded in
//! any language later (`checked.rs`).

mod checked;
mod constraints;
mod finding;
mod finish;
mod inputs;
mod overlap;
pub mod paths;
mod reach;
mod rules;
mod shown_key;
mod text;
mod unique;
mod walk;

pub(crate) use checked::check;
pub use checked::Checked;
pub use finding::Finding;
pub use paths::{parse_pointer, PathSeg};
pub use text::check_id;

pub(crate) use finding::owned as owned_seg;
pub(crate) use finish::{order_key, word};
pub(crate) use paths::{lookup, pointer, step};
pub(crate) use text::is_filled;

use crate::form::Form;
use crate::hash::AddressSet;
use crate::model::{ObjectSchema, Rule, Text};
use crate::report::{IssueKind, Report, Severity};
use crate::value::Value;
use crate::Options;
use std::ops::Range;
use std::rc::Rc;

/// An object with no members: what an absent required object is checked as.
pub(crate) static EMPTY_OBJECT: Value = Value::Object(Vec::new());

/// An issue before it is ordered and worded.
#[derive(Debug, Clone)]
pub(crate) struct Pending<'a> {
    pub path: Vec<PathSeg<'a>>,
    pub kind: IssueKind,
    pub severity: Severity,
    /// The rule's or field's own wording, replacing the standard message.
    pub message: Option<&'a Text>,
    /// Labels of the other fields a message mentions.
    pub others: Vec<&'a Text>,
    /// The other item a message mentions (`Fase 1`): its label and number.
    pub other_item: Option<(&'a Text, usize)>,
    /// The option a multi-select has more than once (its label).
    pub choice: Option<&'a Text>,
    /// The data paths a rule read (for `validate_field`).
    pub inputs: Vec<Vec<PathSeg<'a>>>,
}

/// A rule ready to run, with the object it belongs to.
pub(crate) struct Deferred<'a> {
    pub rule: &'a Rule,
    pub schema: &'a ObjectSchema,
    pub scope: &'a Value,
    pub path: PathRef<'a>,
}

/// A rule met during the walk, to run when every field has been checked; its
/// object's path is a range of the run's `met_paths`, so objects with rules
/// cost no allocation each.
pub(crate) struct Met<'a> {
    pub rule: &'a Rule,
    /// Its place among its object's rules.
    pub index: usize,
    pub schema: &'a ObjectSchema,
    pub scope: &'a Value,
    pub path: Range<usize>,
}

/// A shared path: a range of paths written one after another (all the objects
/// with rules of one walk), or a whole path of its own. Cloning it copies no path.
#[derive(Clone)]
pub(crate) struct PathRef<'a> {
    all: Rc<Vec<PathSeg<'a>>>,
    range: Range<usize>,
}

impl<'a> std::ops::Deref for PathRef<'a> {
    type Target = [PathSeg<'a>];
    fn deref(&self) -> &[PathSeg<'a>] {
        self.all.get(self.range.clone()).unwrap_or(&[])
    }
}

impl<'a> From<&[PathSeg<'a>]> for PathRef<'a> {
    fn from(path: &[PathSeg<'a>]) -> PathRef<'a> {
        PathRef {
            all: Rc::new(path.to_vec()),
            range: 0..path.len(),
        }
    }
}

/// The state of one validation.
pub(crate) struct Run<'a> {
    pub form: &'a Form,
    pub root: &'a Value,
    pub opts: Options,
    pub path: Vec<PathSeg<'a>>,
    pub issues: Vec<Pending<'a>>,
    /// The values that have an error among `issues`, by address (looked up by
    /// every rule input; the data does not change during a run, and an absent
    /// value is never a usable input, so no path is needed).
    errors: AddressSet<Value>,
    /// Errors found before this run (the live form re-checks a part of a form).
    outside: Option<&'a dyn Outside>,
    /// The rules the walk met, to run after it; their objects' paths in `met_paths`.
    pub met: Vec<Met<'a>>,
    pub met_paths: Vec<PathSeg<'a>>,
    /// The pattern matcher's buffers, reused for every text of the run.
    pub scratch: crate::pattern::Scratch,
}

/// Errors that a run did not find itself but must see: the live form's
/// issues from the parts of the form it does not check again.
pub(crate) trait Outside {
    fn has_error(&self, path: &[PathSeg<'_>]) -> bool;
}

impl<'a> Run<'a> {
    pub fn new(form: &'a Form, root: &'a Value, opts: Options) -> Run<'a> {
        Run {
            form,
            root,
            opts,
            path: Vec::with_capacity(8),
            issues: Vec::new(),
            errors: AddressSet::default(),
            outside: None,
            met: Vec::new(),
            met_paths: Vec::new(),
            scratch: crate::pattern::Scratch::new(),
        }
    }

    /// A run that also sees the errors `outside` knows of.
    pub fn with_outside(mut self, outside: &'a dyn Outside) -> Run<'a> {
        self.outside = Some(outside);
        self
    }

    /// Record an issue at the current path.
    pub fn issue(&mut self, kind: IssueKind, message: Option<&'a Text>) {
        let path = self.path.clone();
        self.issue_at(path, kind, Severity::Error, message);
    }

    /// Record an error on `v`, the value at the current path: no need to look
    /// it up from the root again (in an object of n keys that look-up is n
    /// steps, so n unknown keys would have cost n² of them).
    pub fn issue_on(&mut self, v: &'a Value, kind: IssueKind, message: Option<&'a Text>) {
        self.errors.insert(v);
        let path = self.path.clone();
        self.push(path, kind, Severity::Error, message);
    }

    pub fn issue_at(
        &mut self,
        path: Vec<PathSeg<'a>>,
        kind: IssueKind,
        severity: Severity,
        message: Option<&'a Text>,
    ) {
        if severity == Severity::Error {
            if let Some(v) = lookup(self.root, &path) {
                self.errors.insert(v);
            }
        }
        self.push(path, kind, severity, message);
    }

    /// An issue with nothing yet besides where and what.
    fn push(
        &mut self,
        path: Vec<PathSeg<'a>>,
        kind: IssueKind,
        severity: Severity,
        message: Option<&'a Text>,
    ) {
        self.issues.push(Pending {
            path,
            kind,
            severity,
            message,
            others: vec![],
            other_item: None,
            choice: None,
            inputs: vec![],
        });
    }

    /// Whether the field whose value is `v` has an error found in this run.
    pub(super) fn has_error_on(&self, v: &'a Value) -> bool {
        !self.errors.is_empty() && self.errors.contains(&(v as *const Value))
    }

    /// Walk the whole form (its rules are deferred, not run).
    pub fn walk(&mut self) {
        let form = self.form;
        let root = self.root;
        if !matches!(root, Value::Object(_)) {
            self.issue(
                IssueKind::Type {
                    expected: crate::model::FieldType::Object,
                },
                None,
            );
            return;
        }
        self.object(form.fields(), Some(root));
    }

    /// Walk the whole form, then run the deferred rules.
    pub fn run(mut self) -> Vec<Pending<'a>> {
        // Room for the rules of a usual form, so they are not regrown while walking
        // (only here: the live form's runs walk a part and meet a few).
        self.met.reserve(32);
        self.met_paths.reserve(64);
        self.walk();
        let met = std::mem::take(&mut self.met);
        let all = Rc::new(std::mem::take(&mut self.met_paths));
        for m in met {
            let d = Deferred {
                rule: m.rule,
                schema: m.schema,
                scope: m.scope,
                path: PathRef {
                    all: all.clone(),
                    range: m.path,
                },
            };
            self.rule(&d);
        }
        self.issues
    }
}

/// Validate data that is already a [`Value`].
pub(crate) fn validate(form: &Form, data: &Value, opts: &Options) -> Report {
    let pending = Run::new(form, data, *opts).run();
    form.report(finish::finish(form, pending, opts.lang))
}

/// The issues of one field (JSON Pointer; also those of the fields inside it)
/// and of the rules that read it.
pub(crate) fn validate_field(
    form: &Form,
    data: &Value,
    pointer: &str,
    opts: &Options,
) -> Result<Vec<crate::Issue>, crate::Error> {
    let target = parse_pointer(pointer)?;
    let pending = Run::new(form, data, *opts).run();
    let wanted: Vec<Pending> = pending
        .into_iter()
        .filter(|p| {
            paths::within(&p.path, &target) || p.inputs.iter().any(|i| paths::within(i, &target))
        })
        .collect();
    Ok(finish::finish(form, wanted, opts.lang))
}
