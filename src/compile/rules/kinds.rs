//! Compile pass 2, one rule kind at a time: the keys each kind has of its own
//! (`first`/`then`, `start`/`end`, `fields`, `assert`, …), decoded, with every
//! reference resolved to a field of the type the kind needs.

use super::{RuleReader, Want};
use crate::compile::refs::resolve_rule_ref;
use crate::date::Date;
use crate::model::{Bounds, RuleKind};
use crate::value::Value;

impl RuleReader<'_, '_, '_> {
    pub(super) fn kind(&mut self, name: &str, has_id: bool, has_message: bool) -> Option<RuleKind> {
        let path = self.obj.path.clone();
        Some(match name {
            "date_order" => {
                let at_first = match self.obj.string("at", self.d) {
                    None | Some("then") => false,
                    Some("first") => true,
                    Some(other) => {
                        self.d.error(
                            &self.obj.child_path("at"),
                            format!("\"at\" is {other:?}; use \"first\" or \"then\""),
                        );
                        false
                    }
                };
                let allow_equal = self.obj.bool("allowEqual", self.d).unwrap_or(false);
                let (first, then) = (
                    self.reference("first", Want::Date, false),
                    self.reference("then", Want::Date, false),
                );
                RuleKind::DateOrder {
                    first: first?,
                    then: then?,
                    allow_equal,
                    at_first,
                }
            }
            "date_within" => {
                let date = self.reference("date", Want::Date, true);
                let bounds = match (
                    self.obj.get("year"),
                    self.obj.get("start"),
                    self.obj.get("end"),
                ) {
                    (Some(_), None, None) => {
                        Bounds::Year(self.reference("year", Want::Integer, false)?)
                    }
                    (None, Some(_), Some(_)) => {
                        let (s, e) = (
                            self.reference("start", Want::Date, false),
                            self.reference("end", Want::Date, false),
                        );
                        Bounds::Range { start: s?, end: e? }
                    }
                    _ => {
                        self.d.error(
                            &path,
                            "a date_within rule needs either \"start\" and \"end\", or \"year\"",
                        );
                        return None;
                    }
                };
                RuleKind::DateWithin {
                    date: date?,
                    bounds,
                }
            }
            "no_overlap" => {
                let list = self.reference("list", Want::ListOfObjects, false)?;
                let (start, end) = (
                    self.item_date_key(&list, "start"),
                    self.item_date_key(&list, "end"),
                );
                let ordered = self.obj.bool("ordered", self.d).unwrap_or(false);
                RuleKind::NoOverlap {
                    list,
                    start: start?,
                    end: end?,
                    ordered,
                }
            }
            "sum_equals" => {
                let (sum, equals) = (
                    self.reference("sum", Want::Number, true),
                    self.reference("equals", Want::Number, false),
                );
                RuleKind::SumEquals {
                    sum: sum?,
                    equals: equals?,
                }
            }
            "at_least_one" => {
                let fpath = self.obj.child_path("fields");
                let list = match self.obj.required("fields", self.d)? {
                    Value::Array(items) if items.len() >= 2 => items,
                    _ => {
                        self.d
                            .error(&fpath, "\"fields\" must list two or more references");
                        return None;
                    }
                };
                let mut fields = vec![];
                for (i, item) in list.iter().enumerate() {
                    let ipath = format!("{fpath}/{i}");
                    match item
                        .as_str()
                        .map(|t| resolve_rule_ref(self.root, self.scope, t))
                    {
                        Some(Ok((r, _))) => fields.push(r),
                        Some(Err(msg)) => self.d.error(&ipath, msg),
                        None => self.d.error(
                            &ipath,
                            "each entry of \"fields\" must be a reference string",
                        ),
                    }
                }
                let at = match self.obj.get("at") {
                    Some(_) => Some(self.reference("at", Want::Any, false)?),
                    None => None,
                };
                (fields.len() == list.len()).then_some(RuleKind::AtLeastOne { fields, at })?
            }
            "max_duration" => {
                let (start, end) = (
                    self.reference("start", Want::Date, false),
                    self.reference("end", Want::Date, false),
                );
                let months = self
                    .obj
                    .required("months", self.d)
                    .and_then(|_| self.obj.count("months", self.d));
                RuleKind::MaxDuration {
                    start: start?,
                    end: end?,
                    months: months?,
                }
            }
            "deadline" => {
                let date = self.reference("date", Want::Date, true);
                let not_after = self
                    .obj
                    .required("notAfter", self.d)
                    .and_then(|_| self.obj.string("notAfter", self.d));
                let not_after = not_after.and_then(|s| {
                    Date::parse(s).or_else(|| {
                        self.d.error(
                            &self.obj.child_path("notAfter"),
                            "\"notAfter\" must be a date written YYYY-MM-DD",
                        );
                        None
                    })
                });
                RuleKind::Deadline {
                    date: date?,
                    not_after: not_after?,
                }
            }
            _ => {
                if !has_id {
                    self.d.error(&path, "an expr rule needs an \"id\"");
                }
                if !has_message {
                    self.d.error(
                        &path,
                        "an expr rule needs its own \"message\" in nb, nn and en",
                    );
                }
                let assert = match self.obj.required("assert", self.d) {
                    Some(_) => self.cond("assert"),
                    None => None,
                };
                let at = self.reference("at", Want::Any, false);
                RuleKind::Expr {
                    assert: assert?,
                    at: at?,
                }
            }
        })
    }
}
