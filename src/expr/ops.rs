//! The operator table: every operator's name, the operation it stands for, and how
//! many values it takes. `var` and `form` are paths rather than operations and are
//! handled by the parser itself.

/// An operation, resolved from its name once at parse time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Op {
    Eq,
    StrictEq,
    NotEq,
    StrictNotEq,
    Not,
    NotNot,
    Or,
    And,
    If,
    Gt,
    Ge,
    Lt,
    Le,
    Max,
    Min,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    In,
    Cat,
    Substr,
    Merge,
    Missing,
    MissingSome,
    Map,
    Filter,
    Reduce,
    All,
    Some,
    None,
    Log,
    IsDate,
    DateBefore,
    DateAfter,
    DaysBetween,
    MonthsBetween,
    AddMonths,
    Year,
    Sum,
}

/// How many values an operator takes: `min..=max`, no upper bound when `max` is `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Arity {
    pub min: usize,
    pub max: Option<usize>,
}

const fn fixed(min: usize, max: usize) -> Arity {
    Arity {
        min,
        max: Some(max),
    }
}

const ANY: Arity = Arity { min: 0, max: None };

const TABLE: &[(&str, Op, Arity)] = &[
    ("==", Op::Eq, fixed(2, 2)),
    ("===", Op::StrictEq, fixed(2, 2)),
    ("!=", Op::NotEq, fixed(2, 2)),
    ("!==", Op::StrictNotEq, fixed(2, 2)),
    ("!", Op::Not, fixed(1, 1)),
    ("!!", Op::NotNot, fixed(1, 1)),
    ("or", Op::Or, ANY),
    ("and", Op::And, ANY),
    ("if", Op::If, ANY),
    ("?:", Op::If, ANY),
    (">", Op::Gt, fixed(2, 2)),
    (">=", Op::Ge, fixed(2, 2)),
    ("<", Op::Lt, fixed(2, 3)),
    ("<=", Op::Le, fixed(2, 3)),
    ("max", Op::Max, ANY),
    ("min", Op::Min, ANY),
    ("+", Op::Add, ANY),
    ("-", Op::Sub, fixed(1, 2)),
    ("*", Op::Mul, ANY),
    ("/", Op::Div, fixed(2, 2)),
    ("%", Op::Mod, fixed(2, 2)),
    ("in", Op::In, fixed(2, 2)),
    ("cat", Op::Cat, ANY),
    ("substr", Op::Substr, fixed(2, 3)),
    ("merge", Op::Merge, ANY),
    ("missing", Op::Missing, ANY),
    ("missing_some", Op::MissingSome, fixed(2, 2)),
    ("map", Op::Map, fixed(2, 2)),
    ("filter", Op::Filter, fixed(2, 2)),
    ("reduce", Op::Reduce, fixed(2, 3)),
    ("all", Op::All, fixed(2, 2)),
    ("some", Op::Some, fixed(2, 2)),
    ("none", Op::None, fixed(2, 2)),
    ("log", Op::Log, fixed(1, 1)),
    ("is_date", Op::IsDate, fixed(1, 1)),
    ("date_before", Op::DateBefore, fixed(2, 2)),
    ("date_after", Op::DateAfter, fixed(2, 2)),
    ("days_between", Op::DaysBetween, fixed(2, 2)),
    ("months_between", Op::MonthsBetween, fixed(2, 2)),
    ("add_months", Op::AddMonths, fixed(2, 2)),
    ("year", Op::Year, fixed(1, 1)),
    ("sum", Op::Sum, fixed(1, 2)),
];

/// The arity of `var` (path and default are both optional).
pub(crate) const VAR_ARITY: Arity = fixed(0, 2);
/// The arity of `form` (a path, and optionally a default).
pub(crate) const FORM_ARITY: Arity = fixed(1, 2);

/// Every operator name the table knows (for the rule-set language's JSON Schema test).
pub(crate) fn names() -> impl Iterator<Item = &'static str> {
    TABLE.iter().map(|(n, _, _)| *n)
}

/// The operation and arity for an operator name.
pub(crate) fn lookup(name: &str) -> Option<(Op, Arity)> {
    TABLE
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, op, arity)| (*op, *arity))
}

impl Op {
    /// Operations whose second value is evaluated once per list item, with the item
    /// (or, for `reduce`, `current` and `accumulator`) as its scope.
    pub(crate) fn has_item_body(self) -> bool {
        matches!(
            self,
            Op::Map | Op::Filter | Op::Reduce | Op::All | Op::Some | Op::None
        )
    }
}

impl Arity {
    pub(crate) fn accepts(self, n: usize) -> bool {
        n >= self.min && self.max.is_none_or(|max| n <= max)
    }

    /// How many values are accepted, in words: "1 value", "2 or 3 values", "at most 2 values".
    pub(crate) fn describe(self) -> String {
        let unit = |n: usize| if n == 1 { "value" } else { "values" };
        match self.max {
            Some(max) if max == self.min => format!("{max} {}", unit(max)),
            Some(max) if self.min == 0 => format!("at most {max} {}", unit(max)),
            Some(max) if max == self.min + 1 => format!("{} or {max} {}", self.min, unit(max)),
            Some(max) => format!("{} to {max} {}", self.min, unit(max)),
            None => format!("{} or more values", self.min),
        }
    }
}
