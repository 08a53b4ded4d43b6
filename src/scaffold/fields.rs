//! One field of the rule set as HTML: a labelled control, a radio or check-box
//! group, a group of fields, or a list with its rows, template and buttons;
//! a conditional field wrapped in the part the drop-in shows and hides.
//!
//! Groups and lists are in `groups.rs`. Rule sets nest at most 64 levels (the
//! JSON parser's limit), so the recursion over the field tree is bounded.

use super::html::{escape, id, id_part, name, push_escaped, NameStyle, Seg};
use crate::lang::Lang;
use crate::messages::{ui, Ui};
use crate::model::{EnumOption, Field, FieldKind, IdKind, ObjectSchema};

/// Enums with more options than this are a drop-down list instead of radio buttons.
const MAX_RADIOS: usize = 8;

/// Writes fields into `out`.
pub struct Writer {
    pub out: String,
    pub lang: Lang,
    pub style: NameStyle,
    /// Stop writing once `out` is longer than this; `over` then says so.
    pub limit: usize,
    pub over: bool,
}

/// Where a field is written: its path, its heading level, whether it is inside
/// a list's template, and (for the one control of a row of plain values) the
/// row heading that stands in for its label.
#[derive(Clone, Copy)]
pub struct At<'a, 'f> {
    pub segs: &'a [Seg<'f>],
    pub level: u8,
    pub in_template: bool,
    pub row_heading: Option<&'a str>,
}

impl Writer {
    pub(super) fn ui(&self, key: Ui) -> &'static str {
        ui(key, self.lang)
    }

    pub(super) fn push(&mut self, s: &str) {
        if self.out.len() > self.limit {
            self.over = true;
            return;
        }
        self.out.push_str(s);
    }

    pub(super) fn text(&mut self, s: &str) {
        if self.out.len() > self.limit {
            self.over = true;
            return;
        }
        push_escaped(&mut self.out, s);
    }

    /// The fields of an object, in form order.
    pub fn fields<'f>(
        &mut self,
        schema: &'f ObjectSchema,
        segs: &[Seg<'f>],
        level: u8,
        in_template: bool,
    ) {
        for f in &schema.fields {
            if self.over {
                return;
            }
            let mut path = segs.to_vec();
            path.push(Seg::Key(&f.key));
            let at = At {
                segs: &path,
                level,
                in_template,
                row_heading: None,
            };
            self.field(f, at);
        }
    }

    /// One field; a conditional one inside its own part (`div.reveal`).
    pub fn field<'f>(&mut self, f: &'f Field, at: At<'_, 'f>) {
        let conditional = f.required_when.is_some() || f.forbidden_when.is_some();
        if conditional {
            self.push("<div class=\"reveal\">\n");
        }
        match &f.kind {
            FieldKind::Object(schema) => self.group(f, schema, at),
            FieldKind::List { item, .. } => self.list(f, item, at),
            FieldKind::Boolean { must_be_true: true } => self.checkbox(f, at),
            FieldKind::Boolean { .. } => {
                let yes_no = [("true", self.ui(Ui::Yes)), ("false", self.ui(Ui::No))];
                self.choices(f, at, "radio", true, &yes_no);
            }
            FieldKind::Enum { options } if options.len() > MAX_RADIOS => {
                self.select(f, options, at)
            }
            FieldKind::Enum { options } => self.options(f, options, at, "radio"),
            FieldKind::MultiEnum { options, .. } => self.options(f, options, at, "checkbox"),
            kind => self.input(f, kind, at),
        }
        if conditional {
            self.push("</div>\n");
        }
    }

    /// The label's text: the field's label with "(optional)", or the row heading.
    pub(super) fn label_text(&mut self, f: &Field, at: At) {
        match at.row_heading {
            Some(h) => self.text(h),
            None => {
                self.text(f.label.get(self.lang));
                if f.optional {
                    let marker = format!(
                        " <span class=\"optional\">({})</span>",
                        escape(self.ui(Ui::OptionalMarker))
                    );
                    self.push(&marker);
                }
            }
        }
    }

    pub(super) fn row_heading_attr(&self, at: At) -> &'static str {
        if at.row_heading.is_some() {
            " data-skjemasjekk-row-heading"
        } else {
            ""
        }
    }

    /// The help paragraph (if any); returns the ` aria-describedby` attribute for it.
    pub(super) fn help(&mut self, f: &Field, field_id: &str) -> String {
        let Some(help) = &f.help else {
            return String::new();
        };
        let help_id = format!("{field_id}-help");
        self.push(&format!(
            "<p data-field=\"description\" id=\"{}\">",
            escape(&help_id)
        ));
        self.text(help.get(self.lang));
        self.push("</p>\n");
        format!(" aria-describedby=\"{}\"", escape(&help_id))
    }

    /// The start of a field with one control: its `ds-field` box, label and help;
    /// gives the control's id, its (escaped) name and its `aria-describedby`.
    fn field_head(&mut self, f: &Field, at: At) -> (String, String, String) {
        let fid = id(at.segs);
        let fname = escape(&name(at.segs, self.style));
        self.push(&format!(
            "<div class=\"ds-field\">\n<label class=\"ds-label\" for=\"{}\"{}>",
            escape(&fid),
            self.row_heading_attr(at)
        ));
        self.label_text(f, at);
        self.push("</label>\n");
        let described = self.help(f, &fid);
        (fid, fname, described)
    }

    /// A text-like control with its label and help.
    fn input(&mut self, f: &Field, kind: &FieldKind, at: At) {
        let (fid, fname, described) = self.field_head(f, at);
        let common = format!(
            "class=\"ds-input\" id=\"{}\" name=\"{fname}\"{described}",
            escape(&fid)
        );
        let control = match kind {
            FieldKind::Text {
                min_length,
                max_length,
                ..
            } => {
                let long =
                    max_length.is_some_and(|m| m > 200) || min_length.is_some_and(|m| m >= 20);
                if long {
                    let rows = if max_length.is_some_and(|m| m >= 2000) {
                        6
                    } else {
                        4
                    };
                    format!("<textarea {common} rows=\"{rows}\"></textarea>")
                } else {
                    format!("<input {common} type=\"text\">")
                }
            }
            FieldKind::Integer { .. } => {
                format!("<input {common} type=\"text\" inputmode=\"numeric\" size=\"12\">")
            }
            FieldKind::Decimal { .. } => {
                format!("<input {common} type=\"text\" inputmode=\"decimal\" size=\"12\">")
            }
            FieldKind::Date { .. } => format!("<input {common} type=\"date\">"),
            FieldKind::Id(IdKind::Email) => format!("<input {common} type=\"email\">"),
            FieldKind::Id(IdKind::Phone) => format!("<input {common} type=\"tel\" size=\"16\">"),
            FieldKind::Id(k) => {
                let size = match k {
                    IdKind::Orgnr => 11,
                    IdKind::Fodselsnummer => 13,
                    IdKind::Kontonummer => 14,
                    IdKind::Fylkesnummer => 4,
                    _ => 6,
                };
                format!("<input {common} type=\"text\" inputmode=\"numeric\" size=\"{size}\">")
            }
            _ => format!("<input {common} type=\"text\">"),
        };
        self.push(&control);
        self.push("\n</div>\n");
    }

    /// A single check box that answers `true` (a `mustBeTrue` boolean).
    fn checkbox(&mut self, f: &Field, at: At) {
        let fid = escape(&id(at.segs));
        let fname = escape(&name(at.segs, self.style));
        let help_id = format!("{fid}-help");
        let described = if f.help.is_some() {
            format!(" aria-describedby=\"{help_id}\"")
        } else {
            String::new()
        };
        self.push(&format!("<div class=\"ds-field\">\n<input class=\"ds-input\" type=\"checkbox\" id=\"{fid}\" name=\"{fname}\" value=\"true\"{described}>\n<label for=\"{fid}\"{}>", self.row_heading_attr(at)));
        self.label_text(f, at);
        self.push("</label>\n");
        self.help(f, &id(at.segs));
        self.push("</div>\n");
    }

    fn options(&mut self, f: &Field, options: &[EnumOption], at: At, kind: &str) {
        let lang = self.lang;
        let pairs: Vec<(&str, &str)> = options
            .iter()
            .map(|o| (o.value.as_str(), o.label.get(lang)))
            .collect();
        self.choices(f, at, kind, false, &pairs);
    }

    /// A fieldset of radio buttons or check boxes sharing the field's name.
    fn choices(&mut self, f: &Field, at: At, kind: &str, inline: bool, choices: &[(&str, &str)]) {
        let fid = id(at.segs);
        let fname = escape(&name(at.segs, self.style));
        let parts: Vec<String> = choices.iter().map(|(v, _)| id_part(v)).collect();
        let clash = parts
            .iter()
            .enumerate()
            .any(|(i, p)| parts.iter().skip(i + 1).any(|q| q == p));
        let class = if inline {
            "ds-fieldset inline"
        } else {
            "ds-fieldset"
        };
        let described = if f.help.is_some() {
            format!(" aria-describedby=\"{}-help\"", escape(&fid))
        } else {
            String::new()
        };
        self.push(&format!(
            "<fieldset class=\"{class}\"{described}>\n<legend class=\"ds-label\"{}>",
            self.row_heading_attr(at)
        ));
        self.label_text(f, at);
        self.push("</legend>\n");
        self.help(f, &fid);
        for (i, ((value, label), part)) in choices.iter().zip(&parts).enumerate() {
            let oid = if clash {
                format!("{fid}--{i}")
            } else {
                format!("{fid}-{part}")
            };
            let oid = escape(&oid);
            self.push(&format!("<div class=\"ds-field\"><input class=\"ds-input\" type=\"{kind}\" id=\"{oid}\" name=\"{fname}\" value=\"{}\"><label for=\"{oid}\">", escape(value)));
            self.text(label);
            self.push("</label></div>\n");
        }
        self.push("</fieldset>\n");
    }

    /// A drop-down list for an enum with many options.
    fn select(&mut self, f: &Field, options: &[EnumOption], at: At) {
        let (fid, fname, described) = self.field_head(f, at);
        self.push(&format!("<select class=\"ds-input\" id=\"{}\" name=\"{fname}\"{described}>\n<option value=\"\">", escape(&fid)));
        self.text(self.ui(Ui::SelectPlaceholder));
        self.push("</option>\n");
        for o in options {
            self.push(&format!("<option value=\"{}\">", escape(&o.value)));
            self.text(o.label.get(self.lang));
            self.push("</option>\n");
        }
        self.push("</select>\n</div>\n");
    }
}
