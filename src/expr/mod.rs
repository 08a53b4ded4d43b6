//! The expression language of conditions (`requiredWhen`, `forbiddenWhen`, `when`)
//! and `expr` rules: JsonLogic with the semantics of the official test suite, plus
//! the operators documented in docs/ruleset-language.md (`form`, dates, `sum`).
//!
//! A rule is parsed once into an [`Expr`] (operators resolved, literal paths split,
//! every problem collected with a JSON Pointer) and then evaluated many times.
//! Evaluation never fails: inputs of the wrong kind give what JsonLogic gives,
//! usually `null`, and a condition whose inputs are invalid is simply not true.

mod budget;
mod coerce;
mod eval;
mod ops;
mod ops_extra;
mod ops_value;
mod parse;
mod scope;
mod tree;
pub use coerce::truthy;

/// Every operator of the expression language: the table's, `var` and `form`.
pub fn operators() -> Vec<&'static str> {
    ops::names().chain(["var", "form"]).collect()
}

#[cfg(test)]
mod tests_eval;
#[cfg(test)]
mod tests_parse;

use crate::value::Value;
use scope::{Ctx, Scope};

/// A parsed expression: operators resolved to an enum once, var paths pre-split.
#[derive(Debug, Clone)]
pub struct Expr {
    root: tree::Node,
    references: Vec<Reference>,
    unlisted: bool,
}

/// A problem in an expression, at a JSON Pointer inside the expression
/// (e.g. `/and/1` for the second value of an `and`).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{message}")]
pub struct ExprError {
    pub path: String,
    pub message: String,
}

/// A literal path the expression reads: from the scope (`var`, and the keys of
/// `missing`/`missing_some`; `from_root = false`) or from the root of the form
/// (`form`; `from_root = true`). An empty `path` is the whole scope or form.
/// `pointer` is where the path is written inside the expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub from_root: bool,
    pub path: Vec<String>,
    pub pointer: String,
}

/// Parse a rule, collecting every problem: unknown operators, the wrong number of
/// values for an operator that takes a fixed number, a computed value where one
/// must be written out (the path of `form`, the field of `sum`), an object with
/// more than one key where an operation is expected, and nesting deeper than 64.
pub fn parse(rule: &Value) -> Result<Expr, Vec<ExprError>> {
    let parsed = parse::parse(rule);
    if parsed.errors.is_empty() {
        Ok(Expr {
            root: parsed.node,
            references: parsed.references,
            unlisted: parsed.unlisted,
        })
    } else {
        Err(parsed.errors)
    }
}

impl Expr {
    /// Evaluate with `var` reading `data` (the scope) and `form` reading `root`.
    /// An evaluation that would copy more than 2^21 (`budget::LIMIT`) values gives
    /// `null` (src/expr/budget.rs).
    pub fn eval(&self, data: &Value, root: &Value) -> Value {
        let cx = Ctx {
            scope: Scope::Data(data),
            root,
        };
        // The result itself is read from the data at most once: not charged.
        budget::within(|| eval::eval(&self.root, cx).into_owned()).unwrap_or(Value::Null)
    }

    /// Every literal path read from the scope or the root, in the order written.
    /// Paths read inside the body of `map`, `filter`, `reduce`, `all`, `some` and
    /// `none` refer to the list's items and are not listed (`form` paths are).
    pub fn references(&self) -> Vec<Reference> {
        self.references.clone()
    }

    /// Whether it may read the scope through paths [`Expr::references`] cannot
    /// list: a computed `var` path, or `missing` keys that are computed or not
    /// text. The live form then re-evaluates it after any change.
    pub fn reads_unlisted(&self) -> bool {
        self.unlisted
    }
}

/// Parse and evaluate a rule against `data`, which is both the scope and the root.
pub fn eval_json(rule: &Value, data: &Value) -> Result<Value, Vec<ExprError>> {
    Ok(parse(rule)?.eval(data, data))
}
