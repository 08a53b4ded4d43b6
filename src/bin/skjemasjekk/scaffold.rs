//! `skjemasjekk scaffold`: accessible HTML for a form that the drop-in enhances
//! (a whole page, or with `--fragment` the `<form>` alone), on standard output.

use crate::commands::FormChoice;
use crate::LangArg;
use skjemasjekk::scaffold::{scaffold, ScaffoldOptions, DEFAULT_CSS};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct ScaffoldArgs {
    #[command(flatten)]
    form: FormChoice,
    #[arg(long, value_enum, default_value = "nb")]
    lang: LangArg,
    /// Only the <form> element, to put into a page of one's own.
    #[arg(long)]
    fragment: bool,
    /// The API root for the server's verdict (e.g. /api/v1); without it a valid
    /// form is posted to /forms/ID.
    #[arg(long)]
    api_url: Option<String>,
    /// Where the npm package is served; the page loads PKG/dropin/auto.js.
    #[arg(long, default_value = "/pkg")]
    pkg_url: String,
    /// A style sheet to link (repeat for several); default: the demo's Designsystemet ones.
    #[arg(long)]
    css: Vec<String>,
    /// Where the page fetches the rule set of a form that is not built in.
    #[arg(long)]
    ruleset_url: Option<String>,
}

pub fn run(args: ScaffoldArgs) -> Result<ExitCode, String> {
    let form = args.form.load()?;
    let css = if args.css.is_empty() {
        DEFAULT_CSS.iter().map(|s| s.to_string()).collect()
    } else {
        args.css
    };
    let options = ScaffoldOptions {
        lang: args.lang.into(),
        fragment: args.fragment,
        api_url: args.api_url,
        pkg_url: args.pkg_url,
        css,
        ruleset_url: args.ruleset_url,
    };
    print!("{}", scaffold(&form, &options));
    Ok(ExitCode::SUCCESS)
}
