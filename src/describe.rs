//! A flat description of a form's fields for user interfaces.
//!
//! The drop-in and the demo pages need each field's type (to turn an input's
//! text into the right JSON value), its label, help text and option labels in
//! three languages, and which lists exist. They get it from here instead of
//! reading the rule-set language themselves; no check or condition is exposed.

use crate::form::Form;
use crate::model::{Field, FieldKind, ObjectSchema, Text};
use serde::Serialize;

/// One field, at a path pattern (`/pilots/*/economy/totalNok`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldInfo<'f> {
    pub path: String,
    #[serde(rename = "type")]
    pub type_name: &'static str,
    pub label: &'f Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<&'f Text>,
    /// Never required (`optional: true` in the rule set).
    pub optional: bool,
    /// Required or forbidden depending on other answers.
    pub conditional: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<OptionInfo<'f>>>,
    /// For lists: the label of one item ("Pilot").
    #[serde(rename = "itemLabel", skip_serializing_if = "Option::is_none")]
    pub item_label: Option<&'f Text>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionInfo<'f> {
    pub value: &'f str,
    pub label: &'f Text,
}

/// Every field of the form, depth first in form order; list items as `*`.
pub(crate) fn field_info(form: &Form) -> Vec<FieldInfo<'_>> {
    let mut out = vec![];
    walk(form.fields(), "", &mut out);
    out
}

/// [`Form::field_info`] as JSON (the same bytes in every runtime).
pub(crate) fn field_info_json(form: &Form) -> String {
    serde_json::to_string(&form.field_info()).unwrap_or_else(|_| String::from("[]"))
}

fn walk<'f>(schema: &'f ObjectSchema, prefix: &str, out: &mut Vec<FieldInfo<'f>>) {
    for f in &schema.fields {
        let path = format!("{prefix}/{}", crate::compile::escape_pointer_token(&f.key));
        push(f, path, out);
    }
}

fn push<'f>(f: &'f Field, path: String, out: &mut Vec<FieldInfo<'f>>) {
    let options = match &f.kind {
        FieldKind::Enum { options } | FieldKind::MultiEnum { options, .. } => Some(
            options
                .iter()
                .map(|o| OptionInfo {
                    value: &o.value,
                    label: &o.label,
                })
                .collect(),
        ),
        _ => None,
    };
    let item = match &f.kind {
        FieldKind::List { item, .. } => Some(item.as_ref()),
        _ => None,
    };
    out.push(FieldInfo {
        path: path.clone(),
        type_name: f.kind.type_name(),
        label: &f.label,
        help: f.help.as_ref(),
        optional: f.optional,
        conditional: f.required_when.is_some() || f.forbidden_when.is_some(),
        options,
        item_label: item.map(|i| &i.label),
    });
    // Rule sets nest at most 64 levels (the parser's limit), so this recursion is bounded.
    match (&f.kind, item) {
        (FieldKind::Object(s), _) => walk(s, &path, out),
        (_, Some(item)) => match &item.kind {
            FieldKind::Object(s) => walk(s, &format!("{path}/*"), out),
            _ => push(item, format!("{path}/*"), out),
        },
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lists_every_field_with_types_and_labels() {
        let form = crate::builtin_form("pilotplan").unwrap();
        let info = form.field_info();
        let find = |p: &str| {
            info.iter()
                .find(|f| f.path == p)
                .unwrap_or_else(|| panic!("{p} missing"))
        };
        assert_eq!(find("/planYear").type_name, "integer");
        assert_eq!(
            find("/pilots").item_label.map(|t| t.nb.as_str()),
            Some("Pilot")
        );
        assert_eq!(
            find("/pilots/*/economy/budget/*/amountNok").type_name,
            "integer"
        );
        assert!(find("/pilots").conditional);
        assert!(find("/pilots/*/trustRelations")
            .options
            .as_ref()
            .is_some_and(|o| o.len() == 4));
        let json = form.field_info_json();
        assert!(json.starts_with("[{\"path\":\"/agency\",\"type\":\"object\",\"label\":{\"nb\":"));
    }
}
