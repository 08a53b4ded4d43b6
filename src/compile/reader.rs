//! Reading rule-set JSON while collecting every problem with its JSON Pointer.
//!
//! A [`Node`] is a value of the rule set together with its pointer; the
//! [`Diagnostics`] sink gathers problems so that compile reports all of them at
//! once instead of stopping at the first.

use super::RuleSetError;
use crate::lang::Lang;
use crate::model::Text;
use crate::validate::paths::escape_token;
use crate::value::{Number, Value};

/// "a text field", "an integer field": a field type named in a message.
pub fn a_field(type_name: &str) -> String {
    let article = if type_name.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {type_name} field")
}

/// Where problems are collected.
#[derive(Debug, Default)]
pub struct Diagnostics {
    pub errors: Vec<RuleSetError>,
}

impl Diagnostics {
    pub fn error(&mut self, path: &str, message: impl Into<String>) {
        self.errors.push(RuleSetError {
            path: path.to_owned(),
            message: message.into(),
        });
    }
}

/// An object of the rule set: its members, which ones were read, and its pointer.
pub struct Obj<'a> {
    pub members: &'a [(String, Value)],
    pub path: String,
}

impl<'a> Obj<'a> {
    /// The object at `value`, or a problem if it is not one.
    pub fn new(value: &'a Value, path: &str, what: &str, d: &mut Diagnostics) -> Option<Obj<'a>> {
        match value {
            Value::Object(members) => Some(Obj {
                members,
                path: path.to_owned(),
            }),
            other => {
                d.error(
                    path,
                    format!("{what} must be an object, not {}", other.type_name()),
                );
                None
            }
        }
    }

    pub fn get(&self, key: &str) -> Option<&'a Value> {
        self.members.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn child_path(&self, key: &str) -> String {
        format!("{}/{}", self.path, escape_token(key))
    }

    /// Report every key that is not in `allowed` (and not `$comment`).
    pub fn deny_unknown(&self, allowed: &[&str], what: &str, d: &mut Diagnostics) {
        for (k, _) in self.members {
            if k != "$comment" && !allowed.contains(&k.as_str()) {
                d.error(
                    &self.child_path(k),
                    format!(
                        "unknown key {k:?} in {what}; allowed here: {}",
                        allowed.join(", ")
                    ),
                );
            }
        }
    }

    pub fn required(&self, key: &str, d: &mut Diagnostics) -> Option<&'a Value> {
        let v = self.get(key);
        if v.is_none() {
            d.error(&self.path, format!("missing required key {key:?}"));
        }
        v
    }

    pub fn string(&self, key: &str, d: &mut Diagnostics) -> Option<&'a str> {
        match self.get(key)? {
            Value::String(s) => Some(s),
            other => {
                let msg = format!("{key:?} must be a string, not {}", other.type_name());
                d.error(&self.child_path(key), msg);
                None
            }
        }
    }

    pub fn bool(&self, key: &str, d: &mut Diagnostics) -> Option<bool> {
        match self.get(key)? {
            Value::Bool(b) => Some(*b),
            other => {
                let msg = format!("{key:?} must be true or false, not {}", other.type_name());
                d.error(&self.child_path(key), msg);
                None
            }
        }
    }

    /// A whole number ≥ 0.
    pub fn count(&self, key: &str, d: &mut Diagnostics) -> Option<u64> {
        let v = self.get(key)?;
        match v.as_number().and_then(Number::as_i64) {
            Some(n) if n >= 0 => Some(n.unsigned_abs()),
            _ => {
                let msg = format!("{key:?} must be a whole number of 0 or more");
                d.error(&self.child_path(key), msg);
                None
            }
        }
    }

    pub fn text(&self, key: &str, d: &mut Diagnostics) -> Option<Text> {
        let v = self.get(key)?;
        text(v, &self.child_path(key), d)
    }
}

/// A text in nb, nn and en: all three present, non-empty, nothing else.
pub fn text(value: &Value, path: &str, d: &mut Diagnostics) -> Option<Text> {
    let obj = Obj::new(value, path, "a text", d)?;
    obj.deny_unknown(&super::vocabulary::TEXT_KEYS, "a text", d);
    let mut get = |lang: &str| -> Option<String> {
        match obj.get(lang) {
            Some(Value::String(s)) if !s.trim().is_empty() => Some(s.clone()),
            Some(_) => {
                d.error(
                    &obj.child_path(lang),
                    format!("the {lang} text must be a non-empty string"),
                );
                None
            }
            None => {
                d.error(
                    path,
                    format!("the {lang} text is missing: every text needs nb, nn and en"),
                );
                None
            }
        }
    };
    let (nb, nn, en) = (
        get(Lang::Nb.as_str()),
        get(Lang::Nn.as_str()),
        get(Lang::En.as_str()),
    );
    Some(Text {
        nb: nb?,
        nn: nn?,
        en: en?,
    })
}
