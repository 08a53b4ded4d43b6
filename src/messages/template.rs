//! Filling a sentence template: every `{name}` is replaced by the value given
//! for that name. Values are inserted as they are and never read as templates,
//! so a label that itself contains braces comes out unchanged.

/// `template` with each `{name}` replaced by its value in `values`. A name with
/// no value, or a `{` with no `}` after it, is kept as written (the catalogue
/// tests make sure no template has either).
pub(super) fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some((text, after)) = rest.split_once('{') {
        out.push_str(text);
        let Some((name, tail)) = after.split_once('}') else {
            out.push('{');
            rest = after;
            break;
        };
        match value(values, name) {
            Some(v) => out.push_str(v),
            None => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// The value given for `name` (never for the empty name).
fn value<'v>(values: &[(&str, &'v str)], name: &str) -> Option<&'v str> {
    if name.is_empty() {
        return None;
    }
    values.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
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

    #[test]
    fn fills_named_placeholders() {
        let values = [("S", "«Tittel»"), ("min", "5"), ("actual", "3")];
        assert_eq!(
            fill("{S} må ha minst {min} tegn (nå {actual}).", &values),
            "«Tittel» må ha minst 5 tegn (nå 3)."
        );
        assert_eq!(fill("{min}{min}", &values), "55");
        assert_eq!(fill("", &values), "");
        assert_eq!(fill("no placeholders", &[]), "no placeholders");
    }

    #[test]
    fn values_are_not_read_as_templates() {
        let values = [("f", "«{S} {f}»"), ("S", "x")];
        assert_eq!(fill("Fyll ut {f}.", &values), "Fyll ut «{S} {f}».");
    }

    #[test]
    fn unknown_or_broken_placeholders_stay_as_written() {
        let values = [("", "empty"), ("a", "A")];
        assert_eq!(fill("{b} {a} {}", &values), "{b} A {}");
        assert_eq!(fill("{a} {a", &values), "A {a");
        assert_eq!(fill("a} {a}", &values), "a} A");
        assert_eq!(names("{a} {b}"), Some(vec!["a", "b"]));
        assert_eq!(names("{a"), None);
        assert_eq!(names("a}"), None);
        assert_eq!(names("{a{b}"), None);
        assert_eq!(names("none"), Some(vec![]));
    }
}
