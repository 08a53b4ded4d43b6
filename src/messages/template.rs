//! Filling a sentence template: every `{name}` is replaced by the value given
//! for that name. Values are inserted as they are and never read as templates,
//! so a label that itself contains braces comes out unchanged.

/// `template` with each `{name}` replaced, written at the end of `out`:
/// `value` writes the value of a name at the end of `out` itself (no string of
/// its own), or says it has none. A name with no value, or a `{` with no `}`
/// after it, is kept as written (the catalogue tests make sure no template has
/// either).
pub(super) fn fill_into(
    out: &mut String,
    template: &str,
    mut value: impl FnMut(&str, &mut String) -> bool,
) {
    out.reserve(template.len() + 64);
    let mut rest = template;
    while let Some((text, after)) = rest.split_once('{') {
        out.push_str(text);
        let Some((name, tail)) = after.split_once('}') else {
            out.push('{');
            rest = after;
            break;
        };
        if !value(name, out) {
            out.push('{');
            out.push_str(name);
            out.push('}');
        }
        rest = tail;
    }
    out.push_str(rest);
}

/// The placeholder names in `template`, in order, or `None` if a `{` is not
/// closed or a name contains `{`.
#[cfg(test)]
pub(super) fn names(template: &str) -> Option<Vec<&str>> {
    let mut found = vec![];
    let mut rest = template;
    while let Some((_, after)) = rest.split_once('{') {
        let (name, tail) = after.split_once('}')?;
        if name.contains('{') {
            return None;
        }
        found.push(name);
        rest = tail;
    }
    (!rest.contains('}')).then_some(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `template` filled into a text of its own.
    fn fill(template: &str, value: impl Fn(&str) -> Option<String>) -> String {
        let mut out = String::new();
        fill_into(&mut out, template, |name, out| match value(name) {
            Some(v) => {
                out.push_str(&v);
                true
            }
            None => false,
        });
        out
    }

    /// A value function from a list of names and values.
    fn from<'a>(values: &'a [(&str, &str)]) -> impl Fn(&str) -> Option<String> + 'a {
        |name| {
            let found = values.iter().find(|(n, _)| *n == name);
            found.map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn fills_named_placeholders() {
        let values = [("S", "«Tittel»"), ("min", "5"), ("actual", "3")];
        assert_eq!(
            fill("{S} må ha minst {min} tegn (nå {actual}).", from(&values)),
            "«Tittel» må ha minst 5 tegn (nå 3)."
        );
        assert_eq!(fill("{min}{min}", from(&values)), "55");
        assert_eq!(fill("", from(&values)), "");
        assert_eq!(fill("no placeholders", from(&[])), "no placeholders");
    }

    #[test]
    fn values_are_not_read_as_templates() {
        let values = [("f", "«{S} {f}»"), ("S", "x")];
        assert_eq!(fill("Fyll ut {f}.", from(&values)), "Fyll ut «{S} {f}».");
    }

    #[test]
    fn unknown_or_broken_placeholders_stay_as_written() {
        let values = [("a", "A")];
        assert_eq!(fill("{b} {a} {}", from(&values)), "{b} A {}");
        assert_eq!(fill("{a} {a", from(&values)), "A {a");
        assert_eq!(fill("a} {a}", from(&values)), "a} A");
        assert_eq!(names("{a} {b}"), Some(vec!["a", "b"]));
        assert_eq!(names("{a"), None);
        assert_eq!(names("a}"), None);
        assert_eq!(names("{a{b}"), None);
        assert_eq!(names("none"), Some(vec![]));
    }
}
