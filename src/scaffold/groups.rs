//! Groups of fields and lists as HTML: a fieldset with a heading for a group
//! (`data-skjemasjekk-path`), and for a list its rows, the template new rows are
//! made from and the add and remove buttons, as `pkg/dropin/rows.js` expects.
//!
//! A list's template holds its nested lists' templates but no first rows, so the
//! output grows with the square of the nesting, never exponentially.

use super::fields::{At, Writer};
use super::html::{escape, id, name, Seg};
use crate::messages::{ui, Ui};
use crate::model::{Field, FieldKind, ObjectSchema};

impl Writer {
    /// A heading inside a legend, at the given level (h2–h6).
    fn heading_open(&mut self, level: u8, extra: &str) {
        self.push(&format!(
            "<legend><h{l} class=\"ds-heading\" data-size=\"{}\"{extra}>",
            if level <= 2 { "sm" } else { "xs" },
            l = level.clamp(2, 6)
        ));
    }

    fn heading_close(&mut self, level: u8) {
        self.push(&format!("</h{}></legend>\n", level.clamp(2, 6)));
    }

    /// A group of fields: a fieldset with a heading, named by `data-skjemasjekk-path`.
    pub(super) fn group<'f>(&mut self, f: &'f Field, schema: &'f ObjectSchema, at: At<'_, 'f>) {
        let fid = id(at.segs);
        let class = if at.level <= 2 {
            "ds-fieldset section"
        } else {
            "ds-fieldset section sub"
        };
        let described = if f.help.is_some() {
            format!(" aria-describedby=\"{}-help\"", escape(&fid))
        } else {
            String::new()
        };
        self.push(&format!(
            "<fieldset class=\"{class}\" data-skjemasjekk-path=\"{}\"{described}>\n",
            escape(&name(at.segs, self.style))
        ));
        let attr = self.row_heading_attr(at);
        self.heading_open(at.level, attr);
        self.label_text(f, at);
        self.heading_close(at.level);
        self.help(f, &fid);
        self.fields(schema, at.segs, at.level.saturating_add(1), at.in_template);
        self.push("</fieldset>\n");
    }

    /// A list: its rows (a first one when the list is not optional and not
    /// inside a template), the template new rows are made from, and the add button.
    pub(super) fn list<'f>(&mut self, f: &'f Field, item: &'f Field, at: At<'_, 'f>) {
        let fid = id(at.segs);
        let described = if f.help.is_some() {
            format!(" aria-describedby=\"{}-help\"", escape(&fid))
        } else {
            String::new()
        };
        self.push(&format!("<fieldset class=\"ds-fieldset section list\" data-skjemasjekk-list=\"{}\"{described}>\n", escape(&name(at.segs, self.style))));
        let attr = self.row_heading_attr(at);
        self.heading_open(at.level, attr);
        self.label_text(f, at);
        self.heading_close(at.level);
        self.help(f, &fid);
        let mut segs = at.segs.to_vec();
        segs.push(Seg::Index(0));
        if !f.optional && !at.in_template {
            self.row(item, &segs, at.level, false);
        }
        self.push("<template data-skjemasjekk-template>\n");
        self.row(item, &segs, at.level, true);
        self.push("</template>\n");
        let item_label = item.label.get(self.lang);
        let mut chars = item_label.chars();
        let lowered: String = chars
            .next()
            .map(|c| c.to_lowercase().chain(chars).collect())
            .unwrap_or_default();
        self.push("<button type=\"button\" class=\"ds-button\" data-variant=\"secondary\" data-skjemasjekk-add>");
        self.text(&format!("{} {lowered}", self.ui(Ui::AddRow)));
        self.push("</button>\n</fieldset>\n");
    }

    /// Row 0 of a list: a fieldset for an item with fields, else a row holding
    /// the item's one control, whose label is the row heading.
    fn row<'f>(&mut self, item: &'f Field, segs: &[Seg<'f>], level: u8, in_template: bool) {
        let heading = ui(Ui::ItemNumber, self.lang)
            .replace("{label}", item.label.get(self.lang))
            .replace("{n}", "1");
        let row_level = level.saturating_add(1);
        match &item.kind {
            FieldKind::Object(schema) => {
                self.push("<fieldset class=\"ds-fieldset row\" data-skjemasjekk-row>\n");
                self.heading_open(row_level, " data-skjemasjekk-row-heading");
                self.text(&heading);
                self.heading_close(row_level);
                self.fields(schema, segs, row_level.saturating_add(1), in_template);
            }
            _ => {
                self.push("<div class=\"row row-inline\" data-skjemasjekk-row>\n");
                let at = At {
                    segs,
                    level: row_level,
                    in_template,
                    row_heading: Some(&heading),
                };
                self.field(item, at);
            }
        }
        self.push("<button type=\"button\" class=\"ds-button\" data-variant=\"tertiary\" data-skjemasjekk-remove>");
        self.text(self.ui(Ui::RemoveRow));
        self.push("</button>\n");
        self.push(if matches!(item.kind, FieldKind::Object(_)) {
            "</fieldset>\n"
        } else {
            "</div>\n"
        });
    }
}
