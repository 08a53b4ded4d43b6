//! The small pieces of HTML the scaffold is made of: escaping, the control names
//! the drop-in reads, and the ids that follow them.
//!
//! Names and ids are written exactly as `pkg/dropin/names.js` reads and renumbers
//! them: a dotted path (`pilots[0].time.start`) or, when a key cannot be written
//! dotted, a JSON Pointer (`/pilots/0/time/start`); an id is the path's segments
//! joined by `-`, each with every character outside `[A-Za-z0-9_-]` made `_`
//! (`idStem`), so `pilots-0-time-start`.

use crate::model::{FieldKind, ObjectSchema};

/// One step of a control's path: a key, or a list index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seg<'f> {
    Key(&'f str),
    Index(usize),
}

/// How names are written: dotted, or JSON Pointers for a form with a key that a
/// dotted path cannot hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameStyle {
    Dotted,
    Pointer,
}

/// Text for an HTML text node or a quoted attribute value: `& < > " '` escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}

/// Appends `text` to `out`, escaped as [`escape`] does.
pub fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// The control name of a path, in the given style.
pub fn name(segs: &[Seg], style: NameStyle) -> String {
    let mut out = String::new();
    for seg in segs {
        match (style, seg) {
            (NameStyle::Pointer, Seg::Key(k)) => {
                out.push('/');
                out.push_str(&crate::compile::escape_pointer_token(k));
            }
            (NameStyle::Pointer, Seg::Index(i)) => out.push_str(&format!("/{i}")),
            (NameStyle::Dotted, Seg::Key(k)) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            (NameStyle::Dotted, Seg::Index(i)) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// The id of a path (`pilots-0-title`), as the drop-in's `idStem` makes it.
pub fn id(segs: &[Seg]) -> String {
    let parts: Vec<String> = segs
        .iter()
        .map(|seg| match seg {
            Seg::Key(k) => id_part(k),
            Seg::Index(i) => i.to_string(),
        })
        .collect();
    parts.join("-")
}

/// A key or option value made safe for an id.
pub fn id_part(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// Whether every key of the form can be written in a dotted name: not empty,
/// none of `. [ ] / ~`, and not a list index (digits).
pub fn style_for(root: &ObjectSchema) -> NameStyle {
    let mut stack = vec![root];
    while let Some(schema) = stack.pop() {
        for f in &schema.fields {
            if !plain_key(&f.key) {
                return NameStyle::Pointer;
            }
            let mut kind = &f.kind;
            // A list's item (and an item's item) holds the fields below it.
            while let FieldKind::List { item, .. } = kind {
                kind = &item.kind;
            }
            if let FieldKind::Object(inner) = kind {
                stack.push(inner);
            }
        }
    }
    NameStyle::Dotted
}

fn plain_key(key: &str) -> bool {
    !key.is_empty()
        && !key.bytes().all(|b| b.is_ascii_digit())
        && !key.contains(['.', '[', ']', '/', '~'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_every_markup_character() {
        assert_eq!(
            escape(r#"<script>alert("x") & 'y'</script>"#),
            "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;"
        );
    }

    #[test]
    fn names_and_ids_follow_the_dropin() {
        let segs = [
            Seg::Key("pilots"),
            Seg::Index(0),
            Seg::Key("time"),
            Seg::Key("start"),
        ];
        assert_eq!(name(&segs, NameStyle::Dotted), "pilots[0].time.start");
        assert_eq!(name(&segs, NameStyle::Pointer), "/pilots/0/time/start");
        assert_eq!(id(&segs), "pilots-0-time-start");
        let odd = [Seg::Key("a/b~c"), Seg::Key("x.y")];
        assert_eq!(name(&odd, NameStyle::Pointer), "/a~1b~0c/x.y");
        assert_eq!(id(&odd), "a_b_c-x_y");
    }

    /// The names written here are read back by the core's one reader of control
    /// names (`formdata::parse_name`, which the drop-in and form posts use).
    #[test]
    fn names_read_back_as_the_same_path() {
        use crate::formdata::{parse_name, Seg as Read};
        let cases: [&[Seg]; 3] = [
            &[Seg::Key("pilots"), Seg::Index(12), Seg::Key("title")],
            &[Seg::Key("a/b~c"), Seg::Key("x.y"), Seg::Index(0)],
            &[Seg::Key("plan")],
        ];
        for segs in cases {
            let expected: Vec<Read> = segs
                .iter()
                .map(|s| match s {
                    Seg::Key(k) => Read::Key((*k).to_owned()),
                    Seg::Index(i) => Read::Index(*i),
                })
                .collect();
            let plain = segs.iter().all(|s| match s {
                Seg::Key(k) => plain_key(k),
                Seg::Index(_) => true,
            });
            let mut styles = vec![NameStyle::Pointer];
            if plain {
                styles.push(NameStyle::Dotted);
            }
            for style in styles {
                let written = name(segs, style);
                assert_eq!(parse_name(&written), Some(expected.clone()), "{written}");
            }
        }
    }

    #[test]
    fn a_key_with_a_bracket_makes_the_form_use_pointers() {
        let plain = crate::builtin_form("pilotplan").map(|f| style_for(f.fields()));
        assert_eq!(plain.ok(), Some(NameStyle::Dotted));
        assert!(!plain_key("a[b") && !plain_key("12") && !plain_key("") && plain_key("a1"));
    }
}
