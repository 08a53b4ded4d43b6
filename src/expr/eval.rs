//! Evaluation of the expression tree. Values are borrowed from the rule and the data
//! wherever the result is a part of them (`var`, literals, `if`), and owned only when
//! computed. List operations walk the items once; nothing here fails or panics: a
//! value of the wrong kind gives what JsonLogic gives (often `null`).

use super::budget::{self, copy, own};
use super::coerce::{compare, loose_eq, strict_eq, to_number, truthy};
use super::ops::Op;
use super::scope::{lookup, lookup_value, missing, Ctx, Scope, NULL};
use super::tree::{walk, Node, Path};
use super::{ops_extra, ops_value};
use crate::value::{Value, MAX_DEPTH};
use std::borrow::Cow;
use std::cmp::Ordering;

pub(crate) fn eval<'a>(node: &'a Node, cx: Ctx<'a>) -> Cow<'a, Value> {
    if budget::exhausted() {
        return Cow::Borrowed(&NULL);
    }
    budget::spend(1);
    match node {
        Node::Lit(v) => Cow::Borrowed(v),
        Node::List(items) => Cow::Owned(Value::Array(
            items.iter().map(|n| own(eval(n, cx))).collect(),
        )),
        Node::Var { path, default } => {
            let found = match path {
                Path::Static(p) => lookup(cx.scope, p.iter().map(String::as_str)),
                Path::Dynamic(n) => lookup_value(cx.scope, &eval(n, cx)),
            };
            found.unwrap_or_else(|| eval_opt(default.as_deref(), cx))
        }
        Node::Form { path, default } => match walk(cx.root, path.iter().map(String::as_str)) {
            Some(v) => Cow::Borrowed(v),
            None => eval_opt(default.as_deref(), cx),
        },
        Node::Call { op, args } => call(*op, args, cx),
    }
}

fn eval_opt<'a>(node: Option<&'a Node>, cx: Ctx<'a>) -> Cow<'a, Value> {
    match node {
        Some(n) => eval(n, cx),
        None => Cow::Borrowed(&NULL),
    }
}

fn arg<'a>(args: &'a [Node], i: usize, cx: Ctx<'a>) -> Cow<'a, Value> {
    eval_opt(args.get(i), cx)
}

fn all_args<'a>(args: &'a [Node], cx: Ctx<'a>) -> Vec<Cow<'a, Value>> {
    args.iter().map(|n| eval(n, cx)).collect()
}

fn owned<'a>(v: Value) -> Cow<'a, Value> {
    Cow::Owned(v)
}

fn is(ordering: Option<Ordering>, accept: &[Ordering]) -> bool {
    ordering.is_some_and(|o| accept.contains(&o))
}

fn call<'a>(op: Op, args: &'a [Node], cx: Ctx<'a>) -> Cow<'a, Value> {
    let a = |i: usize| arg(args, i, cx);
    let ordered = |accept: &[Ordering]| {
        let (x, y) = (a(0), a(1));
        let first = is(compare(&x, &y), accept);
        match args.get(2) {
            None => first,
            Some(third) => first && is(compare(&y, &eval(third, cx)), accept),
        }
    };
    let less = [Ordering::Less];
    let less_eq = [Ordering::Less, Ordering::Equal];
    match op {
        Op::And | Op::Or => {
            let mut last = Cow::Borrowed(&NULL);
            for node in args {
                last = eval(node, cx);
                if truthy(&last) == (op == Op::Or) {
                    break;
                }
            }
            last
        }
        Op::If => {
            let mut pairs = args.chunks_exact(2);
            for pair in pairs.by_ref() {
                if let [cond, then] = pair {
                    if truthy(&eval(cond, cx)) {
                        return eval(then, cx);
                    }
                }
            }
            eval_opt(pairs.remainder().first(), cx)
        }
        Op::Log => a(0),
        Op::Map | Op::Filter | Op::Reduce | Op::All | Op::Some | Op::None => iterate(op, args, cx),
        Op::Missing => {
            let values = all_args(args, cx);
            let keys: Vec<&Value> = values.iter().map(AsRef::as_ref).collect();
            owned(missing(&keys, cx.scope))
        }
        Op::MissingSome => {
            let (need, keys) = (a(0), a(1));
            // As json-logic-js does, the keys are given to `missing` as its values.
            let args: Vec<&Value> = match keys.as_ref() {
                Value::Array(items) => items.iter().collect(),
                other => vec![other],
            };
            let missed = missing(&args, cx.scope);
            // Enough found: nothing is reported missing. json-logic-js counts the
            // keys with `.length`: a text counts its UTF-16 units, other values none.
            let total = match keys.as_ref() {
                Value::Array(items) => Some(items.len()),
                Value::String(s) => Some(s.encode_utf16().count()),
                _ => None,
            };
            let enough = total
                .is_some_and(|total| total as f64 - array_len(&missed) as f64 >= to_number(&need));
            owned(if enough {
                Value::Array(Vec::new())
            } else {
                missed
            })
        }
        Op::Eq => owned(Value::Bool(loose_eq(&a(0), &a(1)))),
        Op::NotEq => owned(Value::Bool(!loose_eq(&a(0), &a(1)))),
        Op::StrictEq => owned(Value::Bool(strict_eq(&a(0), &a(1)))),
        Op::StrictNotEq => owned(Value::Bool(!strict_eq(&a(0), &a(1)))),
        Op::Not => owned(Value::Bool(!truthy(&a(0)))),
        Op::NotNot => owned(Value::Bool(truthy(&a(0)))),
        Op::Lt => owned(Value::Bool(ordered(&less))),
        Op::Le => owned(Value::Bool(ordered(&less_eq))),
        Op::Gt => owned(Value::Bool(is(compare(&a(0), &a(1)), &[Ordering::Greater]))),
        Op::Ge => owned(Value::Bool(is(
            compare(&a(0), &a(1)),
            &[Ordering::Greater, Ordering::Equal],
        ))),
        Op::Sub => owned(ops_value::sub(
            &a(0),
            args.get(1).map(|n| eval(n, cx)).as_deref(),
        )),
        Op::Div => owned(ops_value::div(&a(0), &a(1))),
        Op::Mod => owned(ops_value::rem(&a(0), &a(1))),
        Op::Add | Op::Mul | Op::Max | Op::Min | Op::Cat | Op::Merge => {
            owned(ops_value::variadic(op, all_args(args, cx)))
        }
        Op::In => owned(ops_value::contains(&a(0), &a(1))),
        Op::Substr => owned(ops_value::substr(
            &a(0),
            &a(1),
            args.get(2).map(|n| eval(n, cx)).as_deref(),
        )),
        Op::IsDate | Op::Year => owned(ops_extra::unary(op, &a(0))),
        Op::DateBefore | Op::DateAfter | Op::DaysBetween | Op::MonthsBetween | Op::AddMonths => {
            owned(ops_extra::binary(op, &a(0), &a(1)))
        }
        Op::Sum => {
            let field = match args.get(1) {
                Some(Node::Lit(Value::String(f))) => Some(f.as_str()),
                _ => None,
            };
            owned(ops_extra::sum(&a(0), field))
        }
    }
}

fn array_len(v: &Value) -> usize {
    match v {
        Value::Array(items) => items.len(),
        _ => 0,
    }
}

/// map, filter, reduce, all, some, none: the body runs once per item of the list.
fn iterate<'a>(op: Op, args: &'a [Node], cx: Ctx<'a>) -> Cow<'a, Value> {
    let list = arg(args, 0, cx);
    let body = args.get(1);
    let test = |item: &Value| truthy(&eval_opt(body, cx.with(Scope::Data(item))));
    if op == Op::Filter {
        return owned(Value::Array(match list {
            Cow::Owned(Value::Array(items)) => items.into_iter().filter(|i| test(i)).collect(),
            Cow::Borrowed(Value::Array(items)) => {
                items.iter().filter(|i| test(i)).map(copy).collect()
            }
            _ => Vec::new(),
        }));
    }
    let items: &[Value] = match list.as_ref() {
        Value::Array(items) => items,
        _ if op == Op::Reduce => return arg(args, 2, cx),
        _ => &[],
    };
    owned(match op {
        Op::Map => Value::Array(
            items
                .iter()
                .map(|item| own(eval_opt(body, cx.with(Scope::Data(item)))))
                .collect(),
        ),
        Op::All => Value::Bool(!items.is_empty() && items.iter().all(test)),
        Op::Some => Value::Bool(items.iter().any(test)),
        Op::None => Value::Bool(!items.iter().any(test)),
        _ => {
            let mut accumulator = own(arg(args, 2, cx));
            for current in items {
                let scope = Scope::Reduce {
                    current,
                    accumulator: &accumulator,
                };
                accumulator = own(eval_opt(body, cx.with(scope)));
                if budget::exhausted() {
                    return owned(Value::Null);
                }
                // Wrapping the accumulator once per item would nest as deep as the
                // list is long; past the data's own limit the result is null.
                if matches!(accumulator, Value::Array(_) | Value::Object(_))
                    && accumulator.depth() > MAX_DEPTH
                {
                    return owned(Value::Null);
                }
            }
            accumulator
        }
    })
}
