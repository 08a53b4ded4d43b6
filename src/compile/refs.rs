//! Resolving references against the compiled field tree.
//!
//! Rules name fields with `/`-separated references (`time/start`, `/planYear`,
//! `budget/*/amountNok`); expressions name them with dotted `var`/`form` paths.
//! Both must name fields that exist, so a typo is a compile error, not a rule
//! that silently never fires.

use crate::expr::Reference;
use crate::model::{Field, FieldKind, ObjectSchema, Ref, Seg, Text};

/// The object schema at an index path (a list and its item object share a path).
pub fn scope_at<'s>(root: &'s ObjectSchema, path: &[usize]) -> Option<&'s ObjectSchema> {
    let mut schema = root;
    for &i in path {
        schema = object_of(&schema.fields.get(i)?.kind)?;
    }
    Some(schema)
}

/// The object a field holds: its own fields, or those of its list items.
pub fn object_of(kind: &FieldKind) -> Option<&ObjectSchema> {
    match kind {
        FieldKind::Object(s) => Some(s),
        FieldKind::List { item, .. } => match &item.kind {
            FieldKind::Object(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// Resolve a rule reference (`a/b`, `/a`, `a/*/b`) to the field it names.
pub fn resolve_rule_ref<'s>(
    root: &'s ObjectSchema,
    scope: &'s ObjectSchema,
    text: &str,
) -> Result<(Ref, &'s Field), String> {
    let (absolute, rest) = match text.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    if rest.is_empty() {
        return Err("a reference must name a field".into());
    }
    let mut schema = if absolute { root } else { scope };
    let mut segments = vec![];
    let mut current: Option<&'s Field> = None;
    let mut item_label: Option<Text> = None;
    for part in rest.split('/') {
        if part == "*" {
            match current.map(|f| &f.kind) {
                Some(FieldKind::List { item, .. }) => {
                    item_label = Some(item.label.clone());
                    segments.push(Seg::Each);
                    current = Some(item);
                    continue;
                }
                _ => return Err(format!("\"*\" in {text:?} must follow a list field")),
            }
        }
        if let Some(FieldKind::List { .. }) = current.map(|f| &f.kind) {
            return Err(format!(
                "in {text:?}, a list must be followed by \"*\" (every item) before {part:?}"
            ));
        }
        if let Some(f) = current {
            // (a list was answered above: it must be followed by "*")
            schema = match &f.kind {
                FieldKind::Object(s) => s,
                _ => return Err(format!("{:?} has no field {part:?}", f.key)),
            };
        }
        let (_, field) = schema
            .field(part)
            .ok_or_else(|| format!("{text:?} refers to {part:?}, which is not a field here"))?;
        segments.push(Seg::Key(part.to_owned()));
        current = Some(field);
    }
    let field = current.ok_or_else(|| format!("{text:?} names no field"))?;
    let r = Ref {
        absolute,
        segments,
        label: field.label.clone(),
        item_label,
    };
    Ok((r, field))
}

/// Check an expression reference (dotted `var`/`form` path) against the tree.
pub fn check_expr_ref(
    root: &ObjectSchema,
    scope: &ObjectSchema,
    r: &Reference,
) -> Result<(), String> {
    let op = if r.from_root { "form" } else { "var" };
    let unknown = |part: &str| {
        format!(
            "{{\"{op}\": {:?}}} refers to {part:?}, which is not a field here",
            r.path.join(".")
        )
    };
    let mut schema: Option<&ObjectSchema> = Some(if r.from_root { root } else { scope });
    let mut current: Option<&Field> = None;
    for part in &r.path {
        if let Some(f) = current.take() {
            let index = part.parse::<usize>().is_ok();
            schema = match &f.kind {
                FieldKind::List { item, .. } if index => {
                    current = Some(item);
                    continue;
                }
                // One chosen value: a path may end here, nothing can follow.
                FieldKind::MultiEnum { .. } if index => continue,
                FieldKind::Object(s) => Some(s),
                _ => None,
            };
        }
        let s = schema.ok_or_else(|| unknown(part))?;
        current = Some(s.field(part).ok_or_else(|| unknown(part))?.1);
        schema = None;
    }
    Ok(())
}
