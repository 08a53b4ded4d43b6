//! Accessible HTML for a rule set: the starting point of a new form's page.
//!
//! [`scaffold`] writes one `<form>` with a control for every field of the rule
//! set, in form order and in one language: labels and help texts from the rule
//! set (help tied to its control with `aria-describedby`), "(optional)" after the
//! label of an optional field and a note that every other field must be filled
//! in, groups of fields as fieldsets with headings, yes/no and choices as radio
//! buttons (a drop-down list for many options, check boxes for several answers),
//! dates as date fields, numbers and identifiers as text fields with a numeric
//! keyboard, lists with a first row, a template row and add/remove buttons, and
//! every conditional field in a part of its own (`div.reveal`) that the drop-in
//! shows and hides by the engine's relevance. Names and ids are those the drop-in
//! reads (`pkg/dropin/README.md`), the classes Designsystemet's. The form posts to
//! `/forms/{id}` so it also works without JavaScript.
//!
//! As a whole page (the default) it adds the document around the form: language,
//! title, the style sheets and one module script, `pkg/dropin/auto.js`, which
//! attaches the drop-in from the form's `data-skjemasjekk-*` attributes (no inline
//! script, so the page runs under the service's CSP), and preload links that start
//! the downloads of the glue, the drop-in and the `.wasm` with the HTML. Every text from the rule set
//! is HTML-escaped. Native only: not part of the WebAssembly build.

mod fields;
mod groups;
mod html;
#[cfg(test)]
mod tests;

pub use html::escape;

use crate::form::Form;
use crate::lang::Lang;
use crate::messages::{ui, Ui};
use html::push_escaped;

/// What to write, and where the page finds its files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScaffoldOptions {
    /// The language of every text.
    pub lang: Lang,
    /// Only the `<form>` element (to put into a page of one's own).
    pub fragment: bool,
    /// The API root the drop-in asks for the server's verdict (`/api/v1`); none:
    /// a valid form is posted to its `action` the normal way.
    pub api_url: Option<String>,
    /// Where the npm package is served (`/pkg`): the page loads `{pkg}/dropin/auto.js`.
    pub pkg_url: String,
    /// The style sheets the page links, in order.
    pub css: Vec<String>,
    /// Where the page's script fetches the rule set of a form that is not built
    /// into the engine (`data-skjemasjekk-ruleset`).
    pub ruleset_url: Option<String>,
}

/// The demo portal's style sheets: Designsystemet, its Digdir theme and the site's layout.
pub const DEFAULT_CSS: [&str; 4] = [
    "/vendor/inter/inter.css",
    "/vendor/designsystemet.css",
    "/vendor/theme-digdir.css",
    "/css/site.css",
];

impl Default for ScaffoldOptions {
    fn default() -> Self {
        ScaffoldOptions {
            lang: Lang::Nb,
            fragment: false,
            api_url: None,
            pkg_url: "/pkg".to_owned(),
            css: DEFAULT_CSS.iter().map(|s| s.to_string()).collect(),
            ruleset_url: None,
        }
    }
}

/// The scaffold would be larger than the limit given to [`try_scaffold`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the form's HTML would be larger than {limit} bytes")]
pub struct TooLarge {
    pub limit: usize,
}

/// The HTML of a form for `form` (a whole page unless `options.fragment`).
pub fn scaffold(form: &Form, options: &ScaffoldOptions) -> String {
    let body = form_html(form, options, usize::MAX).unwrap_or_default();
    if options.fragment {
        return body;
    }
    page(form, options, &body)
}

/// [`scaffold`], refused when the HTML would exceed `limit` bytes (a service
/// answering rule sets from anyone: deeply nested lists repeat their rows).
pub fn try_scaffold(
    form: &Form,
    options: &ScaffoldOptions,
    limit: usize,
) -> Result<String, TooLarge> {
    let body = form_html(form, options, limit).ok_or(TooLarge { limit })?;
    let html = if options.fragment {
        body
    } else {
        page(form, options, &body)
    };
    if html.len() > limit {
        return Err(TooLarge { limit });
    }
    Ok(html)
}

/// The `<form>` element; `None` when it grows past `limit` bytes (it stops there).
fn form_html(form: &Form, options: &ScaffoldOptions, limit: usize) -> Option<String> {
    let lang = options.lang;
    let id = form.id();
    let mut w = fields::Writer {
        out: String::with_capacity(16 * 1024),
        lang,
        style: html::style_for(form.fields()),
        limit,
        over: false,
    };
    let attr = |name: &str, value: &str| format!(" {name}=\"{}\"", escape(value));
    let mut open = format!("<form{}", attr("id", &format!("{id}-form")));
    open.push_str(" class=\"form skjemasjekk-nojs\" method=\"post\"");
    open.push_str(&attr("action", &format!("/forms/{id}")));
    open.push_str(&attr("lang", lang.as_str()));
    open.push_str(" novalidate");
    open.push_str(&attr("data-skjemasjekk-form", id));
    open.push_str(&attr("data-skjemasjekk-lang", lang.as_str()));
    if let Some(url) = &options.api_url {
        open.push_str(&attr("data-skjemasjekk-server-url", url));
    }
    if let Some(url) = &options.ruleset_url {
        open.push_str(&attr("data-skjemasjekk-ruleset", url));
    }
    open.push_str(">\n<div data-skjemasjekk-summary></div>\n<p class=\"ds-paragraph note\">");
    w.out.push_str(&open);
    push_escaped(&mut w.out, ui(Ui::AllRequiredNote, lang));
    w.out.push_str("</p>\n");
    w.fields(form.fields(), &[], 2, false);
    w.out
        .push_str("<div data-skjemasjekk-warnings></div>\n<div data-skjemasjekk-status></div>\n");
    w.out.push_str("<div class=\"actions\"><button type=\"submit\" class=\"ds-button\" data-variant=\"primary\">");
    push_escaped(&mut w.out, ui(Ui::Submit, lang));
    w.out.push_str("</button></div>\n</form>\n");
    (!w.over).then_some(w.out)
}

/// The whole page around the form.
fn page(form: &Form, options: &ScaffoldOptions, body: &str) -> String {
    let lang = options.lang;
    let title = escape(form.title(lang));
    let mut out = String::with_capacity(body.len() + 1024);
    out.push_str(&format!(
        "<!doctype html>\n<html lang=\"{}\" data-color-scheme=\"light\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n",
        lang.as_str()
    ));
    for css in &options.css {
        out.push_str(&format!(
            "<link rel=\"stylesheet\" href=\"{}\">\n",
            escape(css)
        ));
    }
    let pkg = options.pkg_url.trim_end_matches('/');
    out.push_str(&format!(
        "<script type=\"module\" src=\"{}\"></script>\n",
        escape(&format!("{pkg}/dropin/auto.js"))
    ));
    // The files auto.js loads next, named here so the browser fetches them with the
    // HTML instead of one round trip after another; `crossorigin` gives the preload
    // the credentials mode of the glue's own `fetch`, so that fetch reuses it.
    out.push_str(&format!(
        "<link rel=\"modulepreload\" href=\"{}\">\n<link rel=\"modulepreload\" href=\"{}\">\n\
         <link rel=\"preload\" href=\"{}\" as=\"fetch\" type=\"application/wasm\" crossorigin>\n",
        escape(&format!("{pkg}/dist/skjemasjekk.js")),
        escape(&format!("{pkg}/dropin/index.js")),
        escape(&format!("{pkg}/dist/skjemasjekk_bg.wasm")),
    ));
    out.push_str(&format!(
        "</head>\n<body>\n<main id=\"main\" class=\"wrap\">\n\
         <h1 class=\"ds-heading\" data-size=\"lg\">{title}</h1>\n"
    ));
    out.push_str(body);
    out.push_str("</main>\n</body>\n</html>\n");
    out
}
