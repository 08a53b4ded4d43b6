//! From a JSON rule to the expression tree: operators resolved once, literal paths
//! split once, constant arrays kept as one literal. Every problem is collected with
//! the JSON Pointer of the place in the rule that has it, and every literal path the
//! expression reads is recorded as a [`Reference`].

use super::ops::{self, Arity, Op};
use super::tree::{segments, Node, Path};
use super::{ExprError, Reference};
use crate::value::{Value, MAX_DEPTH};

/// The parsed tree, every problem found, and every literal path read.
pub(crate) struct Parsed {
    pub node: Node,
    pub errors: Vec<ExprError>,
    pub references: Vec<Reference>,
    /// Whether it reads the scope through a path that is not written out.
    pub unlisted: bool,
}

pub(crate) fn parse(rule: &Value) -> Parsed {
    let mut p = Parser {
        errors: Vec::new(),
        references: Vec::new(),
        unlisted: false,
    };
    let node = p.node(rule, "", 0, false);
    Parsed {
        node,
        errors: p.errors,
        references: p.references,
        unlisted: p.unlisted,
    }
}

/// One value given to an operator, with where it stands and how deep.
struct Arg<'r> {
    value: &'r Value,
    pointer: String,
    depth: usize,
}

struct Parser {
    errors: Vec<ExprError>,
    references: Vec<Reference>,
    unlisted: bool,
}

/// A value is an operation when it is an object with at least one key.
fn is_operation(v: &Value) -> bool {
    matches!(v, Value::Object(members) if !members.is_empty())
}

impl Parser {
    fn error(&mut self, path: &str, message: String) {
        self.errors.push(ExprError {
            path: path.to_owned(),
            message,
        });
    }

    /// `in_item` is true inside the body of map/filter/reduce/all/some/none, where
    /// `var` reads the item rather than the scope.
    fn node(&mut self, v: &Value, pointer: &str, depth: usize, in_item: bool) -> Node {
        if depth > MAX_DEPTH {
            self.error(
                pointer,
                format!("the expression is nested more than {MAX_DEPTH} levels deep"),
            );
            return Node::Lit(Value::Null);
        }
        match v {
            Value::Array(items) => {
                let nodes: Vec<Node> = items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| self.node(item, &format!("{pointer}/{i}"), depth + 1, in_item))
                    .collect();
                if nodes.iter().all(|n| matches!(n, Node::Lit(_))) {
                    let values = nodes.into_iter().map(|n| match n {
                        Node::Lit(v) => v,
                        _ => Value::Null,
                    });
                    Node::Lit(Value::Array(values.collect()))
                } else {
                    Node::List(nodes)
                }
            }
            Value::Object(members) => match members.as_slice() {
                [] => Node::Lit(Value::Object(Vec::new())),
                [(name, value)] => self.operation(name, value, pointer, depth, in_item),
                _ => {
                    let names: Vec<String> =
                        members.iter().map(|(k, _)| format!("{k:?}")).collect();
                    self.error(
                        pointer,
                        format!(
                            "an operation has exactly one name, but this one has {}: {}",
                            members.len(),
                            names.join(", ")
                        ),
                    );
                    Node::Lit(Value::Null)
                }
            },
            _ => Node::Lit(v.clone()),
        }
    }

    fn operation(
        &mut self,
        name: &str,
        value: &Value,
        pointer: &str,
        depth: usize,
        in_item: bool,
    ) -> Node {
        let at = format!("{pointer}/{}", crate::validate::paths::escape_token(name));
        let args: Vec<Arg> = match value {
            Value::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, value)| Arg {
                    value,
                    pointer: format!("{at}/{i}"),
                    depth: depth + 2,
                })
                .collect(),
            _ => vec![Arg {
                value,
                pointer: at,
                depth: depth + 1,
            }],
        };
        let (op, arity) = match name {
            "var" => (None, ops::VAR_ARITY),
            "form" => (None, ops::FORM_ARITY),
            _ => match ops::lookup(name) {
                Some((op, arity)) => (Some(op), arity),
                None => {
                    self.error(pointer, format!("{name:?} is not a known operation"));
                    self.args(&args, in_item);
                    return Node::Lit(Value::Null);
                }
            },
        };
        if !arity.accepts(args.len()) {
            self.arity_error(pointer, name, arity, args.len());
        }
        match op {
            None if name == "var" => self.var(&args, in_item),
            None => self.form(&args, in_item),
            Some(op) => self.call(op, &args, in_item),
        }
    }

    fn arity_error(&mut self, pointer: &str, name: &str, arity: Arity, got: usize) {
        self.error(
            pointer,
            format!("{name:?} takes {}, but has {got}", arity.describe()),
        );
    }

    fn args(&mut self, args: &[Arg], in_item: bool) -> Vec<Node> {
        args.iter()
            .map(|a| self.node(a.value, &a.pointer, a.depth, in_item))
            .collect()
    }

    fn default(&mut self, args: &[Arg], in_item: bool) -> Option<Box<Node>> {
        args.get(1)
            .map(|a| Box::new(self.node(a.value, &a.pointer, a.depth, in_item)))
    }

    fn reference(&mut self, from_root: bool, path: &[String], pointer: &str) {
        self.references.push(Reference {
            from_root,
            path: path.to_vec(),
            pointer: pointer.to_owned(),
        });
    }

    fn var(&mut self, args: &[Arg], in_item: bool) -> Node {
        let path = match args.first() {
            None => Path::Static(Vec::new()),
            Some(a) if is_operation(a.value) || matches!(a.value, Value::Array(_)) => {
                self.unlisted |= !in_item;
                Path::Dynamic(Box::new(self.node(a.value, &a.pointer, a.depth, in_item)))
            }
            Some(a) => {
                let split: Vec<String> = match a.value {
                    Value::String(s) => segments(s).map(str::to_owned).collect(),
                    Value::Number(n) => segments(&super::coerce::number_to_string(*n))
                        .map(str::to_owned)
                        .collect(),
                    Value::Null => Vec::new(),
                    _ => {
                        self.error(
                            &a.pointer,
                            "the path of \"var\" must be text or a number".to_owned(),
                        );
                        Vec::new()
                    }
                };
                if !in_item {
                    self.reference(false, &split, &a.pointer);
                }
                Path::Static(split)
            }
        };
        let default = self.default(args, in_item);
        Node::Var { path, default }
    }

    fn form(&mut self, args: &[Arg], in_item: bool) -> Node {
        let path: Vec<String> = match args.first() {
            Some(Arg {
                value: Value::String(s),
                pointer,
                ..
            }) => {
                let path: Vec<String> = segments(s).map(str::to_owned).collect();
                self.reference(true, &path, pointer);
                path
            }
            Some(a) => {
                self.error(
                    &a.pointer,
                    "the path of \"form\" must be written out as text".to_owned(),
                );
                Vec::new()
            }
            None => Vec::new(),
        };
        let default = self.default(args, in_item);
        Node::Form { path, default }
    }

    fn call(&mut self, op: Op, args: &[Arg], in_item: bool) -> Node {
        let nodes = args
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let body = i == 1 && op.has_item_body();
                if i == 1 && op == Op::Sum && !matches!(a.value, Value::String(_)) {
                    self.error(
                        &a.pointer,
                        "the field name of \"sum\" must be written out as text".to_owned(),
                    );
                    return Node::Lit(Value::Null);
                }
                self.node(a.value, &a.pointer, a.depth, in_item || body)
            })
            .collect();
        if !in_item {
            self.missing_references(op, args);
        }
        Node::Call { op, args: nodes }
    }

    /// The keys of `missing` and `missing_some`, when written out, are paths read
    /// from the scope just as `var` paths are.
    fn missing_references(&mut self, op: Op, args: &[Arg]) {
        let keys: Vec<(&Value, String)> = match (op, args) {
            (Op::Missing, [first, ..]) if matches!(first.value, Value::Array(_)) => {
                array_items(first)
            }
            (Op::Missing, _) => args.iter().map(|a| (a.value, a.pointer.clone())).collect(),
            (Op::MissingSome, [_, keys, ..]) => array_items(keys),
            _ => Vec::new(),
        };
        let listed = match (op, args) {
            (Op::Missing, [first, ..]) if matches!(first.value, Value::Array(_)) => true,
            (Op::Missing, _) => true,
            (Op::MissingSome, [_, keys, ..]) => matches!(keys.value, Value::Array(_)),
            (Op::MissingSome, _) => false,
            _ => return,
        };
        // A computed list of keys, or a key that is not text, reads paths that
        // cannot be listed here.
        self.unlisted |= !listed;
        for (key, pointer) in keys {
            match key {
                Value::String(s) => {
                    let path: Vec<String> = segments(s).map(str::to_owned).collect();
                    self.reference(false, &path, &pointer);
                }
                _ => self.unlisted = true,
            }
        }
    }
}

fn array_items<'r>(arg: &Arg<'r>) -> Vec<(&'r Value, String)> {
    match arg.value {
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| (v, format!("{}/{i}", arg.pointer)))
            .collect(),
        _ => Vec::new(),
    }
}
