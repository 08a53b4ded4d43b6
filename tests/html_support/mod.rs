//! Reading scaffolded HTML in tests: attribute values, and the page without
//! what its `<template>`s hold (inert until a row is added). Shared by the
//! scaffold's unit tests (src/scaffold/tests.rs) and tests/scaffold.rs.

/// Every value of `attr="…"` in `html`.
pub fn values<'h>(html: &'h str, attr: &str) -> Vec<&'h str> {
    let needle = format!(" {attr}=\"");
    html.match_indices(&needle)
        .filter_map(|(i, _)| {
            let rest = html.get(i + needle.len()..)?;
            rest.get(..rest.find('"')?)
        })
        .collect()
}

/// The HTML without what its (nested) templates hold.
pub fn without_templates(html: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    let mut rest = html;
    loop {
        let open = rest.find("<template");
        let close = rest.find("</template>");
        let (at, opening) = match (open, close) {
            (Some(o), Some(c)) if o < c => (o, true),
            (Some(o), None) => (o, true),
            (_, Some(c)) => (c, false),
            (None, None) => {
                if depth == 0 {
                    out.push_str(rest);
                }
                return out;
            }
        };
        if depth == 0 {
            out.push_str(&rest[..at]);
        }
        if opening {
            depth += 1;
            rest = &rest[at + "<template".len()..];
        } else {
            depth = depth.saturating_sub(1);
            rest = &rest[at + "</template>".len()..];
        }
    }
}
