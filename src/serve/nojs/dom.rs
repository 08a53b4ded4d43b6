//! The few tree operations the pages need, over `dom_query` (an HTML5 parser,
//! html5ever's, with a mutable tree): the elements a selector matches outside
//! row templates, the nearest ancestor matching a selector, new elements with
//! attributes and text (text is always a text node, so it is escaped when the
//! page is written), and the names of controls as pointers.

use crate::formdata::{parse_name, pointer, Seg};
use dom_query::{Document, NodeRef, Selection};

/// Elements matching `selector`, in document order, leaving out those inside a
/// `<template>` (the rows new rows are made from are not part of the form).
pub fn live<'a>(doc: &'a Document, selector: &str) -> Vec<NodeRef<'a>> {
    doc.select(selector)
        .nodes()
        .iter()
        .filter(|n| !in_template(n))
        .copied()
        .collect()
}

/// Elements under `root` matching `selector`, outside templates.
pub fn live_in<'a>(root: &NodeRef<'a>, selector: &str) -> Vec<NodeRef<'a>> {
    Selection::from(*root)
        .select(selector)
        .nodes()
        .iter()
        .filter(|n| !in_template(n))
        .copied()
        .collect()
}

/// The contents of a `<template>` (a fragment apart from the page's tree).
pub fn template_contents<'a>(template: &NodeRef<'a>) -> Option<NodeRef<'a>> {
    let id = template.element_ref()?.template_contents?;
    Some(NodeRef::new(id, template.tree))
}

/// The page (or a part of it) as HTML; "" when it cannot be written.
pub fn html_of(doc: &Document) -> String {
    doc.try_html().map(|h| h.to_string()).unwrap_or_default()
}

/// Whether a node lies inside a `<template>`.
pub fn in_template(node: &NodeRef) -> bool {
    node.ancestors(None)
        .iter()
        .any(|a| a.node_name().is_some_and(|n| n.as_ref() == "template"))
}

/// The node itself or its nearest ancestor matching `selector`.
pub fn closest<'a>(node: &NodeRef<'a>, selector: &str) -> Option<NodeRef<'a>> {
    if node.is(selector) {
        return Some(*node);
    }
    node.ancestors(None)
        .into_iter()
        .find(|a| a.is_element() && a.is(selector))
}

/// A new element, not yet in the tree.
pub fn element<'a>(doc: &'a Document, name: &str, attrs: &[(&str, &str)]) -> NodeRef<'a> {
    let el = doc.tree.new_element(name);
    for (k, v) in attrs {
        el.set_attr(k, v);
    }
    el
}

/// A new element holding `text` as a text node.
pub fn text_element<'a>(
    doc: &'a Document,
    name: &str,
    attrs: &[(&str, &str)],
    text: &str,
) -> NodeRef<'a> {
    let el = element(doc, name, attrs);
    el.append_child(&doc.tree.new_text(text));
    el
}

/// An attribute's value, or "".
pub fn attr(node: &NodeRef, name: &str) -> String {
    node.attr(name).map(|v| v.to_string()).unwrap_or_default()
}

/// Replaces the node's children with one text node.
pub fn set_text(doc: &Document, node: &NodeRef, text: &str) {
    for child in node.children() {
        child.remove_from_parent();
    }
    node.append_child(&doc.tree.new_text(text));
}

/// The segments of a control's (or container's) name, when it is a path.
pub fn segs_of(name: &str) -> Option<Vec<Seg>> {
    parse_name(name)
}

/// The JSON Pointer a name stands for, when it is a path.
pub fn pointer_of(name: &str) -> Option<String> {
    parse_name(name).map(|segs| pointer(&segs))
}

/// The id stem of a path, as the drop-in makes it (`pilots-0-time-milestones`).
pub fn id_stem(segs: &[Seg]) -> String {
    segs.iter()
        .map(|s| match s {
            Seg::Key(k) => k
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                        c
                    } else {
                        '_'
                    }
                })
                .collect(),
            Seg::Index(i) => i.to_string(),
        })
        .collect::<Vec<String>>()
        .join("-")
}
