//! The attempts to break one constraint at a time: for each field (a list's
//! first item standing for all, `break_fields.rs`), for each rule in each scope
//! it has (`break_rules.rs`), and one key the form does not define. Each
//! attempt names the issue it expects and carries variants (other answers of
//! the booleans and choices nearby, list dates put in order); `mod.rs` keeps
//! the first the engine confirms alone. This file holds what they share.

use super::build::{get, key, set, Gen, Path};
use super::walk::{fields, rules};
use super::{Attempt, NotAlone};
use crate::validate::paths::pointer;
use crate::value::Value;
use crate::Form;

/// Every attempt for `form` from its valid example, and what cannot be tried.
pub fn attempts(form: &Form, valid: &Value) -> (Vec<Attempt>, Vec<NotAlone>) {
    let mut b = Breaker {
        base: valid.clone(),
        form,
        rule_attempt: false,
        valid,
        out: vec![],
        skipped: vec![],
    };
    for pf in fields(form.fields()) {
        b.field(&pf);
    }
    b.rule_attempt = true;
    for p in rules(form.fields(), valid) {
        b.rule(&p);
    }
    b.rule_attempt = false;
    b.attempt(
        "/fields".into(),
        "unknown_field",
        &[],
        Some(Value::from("?")),
        "unknown_field",
        "eksempelUkjentFelt",
    );
    (b.out, b.skipped)
}

pub(super) struct Breaker<'v> {
    /// What a field's attempts start from: the valid example, or one in which
    /// an absent part of it is filled in (see `base_with`).
    pub(super) base: Value,
    pub(super) form: &'v Form,
    pub(super) rule_attempt: bool,
    pub(super) valid: &'v Value,
    pub(super) out: Vec<Attempt>,
    pub(super) skipped: Vec<NotAlone>,
}

impl Breaker<'_> {
    /// The valid example with `value` at `path` (+ `extra` key), expecting `code` there.
    pub(super) fn attempt(
        &mut self,
        target: String,
        constraint: &str,
        path: &[crate::validate::paths::PathSeg<'static>],
        value: Option<Value>,
        code: &'static str,
        extra: &str,
    ) {
        let mut data = self.base.clone();
        let path: Path = if extra.is_empty() {
            path.to_vec()
        } else {
            key(path, extra)
        };
        set(&mut data, &path, value);
        self.push(target, constraint, data, code, &path);
    }

    /// `data`, then `data` with each other answer of a boolean or choice near
    /// `at` (so that a condition or `when` holds), as one attempt.
    pub(super) fn push(
        &mut self,
        target: String,
        constraint: &str,
        data: Value,
        code: &'static str,
        at: &[crate::validate::paths::PathSeg<'static>],
    ) {
        let path = pointer(at);
        let mut variants = vec![data.clone()];
        if !self.rule_attempt {
            // More list items than the valid example: their dates put in order.
            let mut d = data.clone();
            super::repair::enforce_all(self.form, &mut d);
            if d != data {
                variants.push(d);
            }
        }
        for (p, v) in super::repair::choices(self.form, &data, &path) {
            // A field's own broken value stays; a rule's `at` may be what it reads.
            if p.as_slice() != at || self.rule_attempt {
                let mut d = data.clone();
                set(&mut d, &p, Some(v));
                variants.push(d);
            }
        }
        self.out.push(Attempt {
            target,
            constraint: constraint.into(),
            data: variants,
            code,
            path,
        });
    }

    pub(super) fn skip(&mut self, target: String, constraint: &str, reason: &'static str) {
        self.skipped.push(NotAlone {
            target,
            constraint: constraint.into(),
            reason,
            data: None,
            wanted: None,
            issues: vec![],
        });
    }

    /// The valid example with the outermost absent part on the way to `path`
    /// filled in, and the answers near it changed so that the engine allows
    /// it, if some other answer does.
    pub(super) fn base_with(
        &self,
        path: &[crate::validate::paths::PathSeg<'static>],
    ) -> Option<Value> {
        let n = (1..=path.len())
            .find(|n| path.get(..*n).is_some_and(|p| get(self.valid, p).is_none()))?;
        let absent = path.get(..n)?;
        let field = super::build::field_at(self.form.fields(), absent)?;
        let mut doc = self.valid.clone();
        set(&mut doc, absent, Some(Gen { day: 0 }.value(field)));
        let opts = crate::Options {
            lang: crate::Lang::Nb,
            strict: true,
        };
        let mut candidates = vec![doc.clone()];
        for (p, v) in super::repair::choices(self.form, &doc, &pointer(absent)) {
            let mut d = doc.clone();
            set(&mut d, &p, Some(v));
            candidates.push(d);
        }
        candidates
            .into_iter()
            .map(|d| super::repair::settle(self.form, &opts, d))
            .filter(|d| get(d, path).is_some())
            .min_by_key(|d| self.form.validate(d, &opts).issues.len())
            .filter(|d| self.form.validate(d, &opts).issues.is_empty())
    }
}
