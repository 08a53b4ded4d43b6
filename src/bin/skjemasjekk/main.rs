//! The `skjemasjekk` command line: validate, lint, schema, check, eval, examples, scaffold, forms, serve.
//!
//! Exit codes: 0 valid (or all values valid), 1 invalid, 2 unusable input
//! (unreadable file, malformed JSON, unknown form, bad arguments) with a
//! one-line error on stderr.

mod check;
mod commands;
mod scaffold;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "skjemasjekk",
    version,
    about = "Validate Norwegian trial applications and pilot plans with one rule set"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Text,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Nb,
    Nn,
    En,
}

impl From<LangArg> for skjemasjekk::Lang {
    fn from(l: LangArg) -> Self {
        match l {
            LangArg::Nb => skjemasjekk::Lang::Nb,
            LangArg::Nn => skjemasjekk::Lang::Nn,
            LangArg::En => skjemasjekk::Lang::En,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Validate a document (FILE, or - for stdin) and print the report.
    Validate {
        #[command(flatten)]
        form: commands::FormChoice,
        #[arg(long, value_enum, default_value = "nb")]
        lang: LangArg,
        /// Keys the form does not define are errors (as on the server).
        #[arg(long)]
        strict: bool,
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
        file: String,
    },
    /// Report every problem in a rule set, each with a JSON Pointer into it.
    Lint {
        ruleset: PathBuf,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Print the JSON Schema (2020-12) of a form's data.
    Schema {
        #[command(flatten)]
        form: commands::FormChoice,
    },
    /// Check Norwegian identifiers: one line per value.
    Check {
        #[arg(value_enum)]
        kind: skjemasjekk::model::IdKind,
        #[arg(required = true)]
        values: Vec<String>,
        #[arg(long, value_enum, default_value = "nb")]
        lang: LangArg,
    },
    /// Evaluate one expression (JsonLogic and the added operators) and print the result.
    Eval { rule: String, data: Option<String> },
    /// Example documents: one valid, and one per constraint and rule that breaks
    /// exactly it, each with the issue the engine gives (JSON).
    Examples {
        #[command(flatten)]
        form: commands::FormChoice,
        #[arg(long, value_enum, default_value = "nb")]
        lang: LangArg,
    },
    /// Accessible HTML for a form that the drop-in enhances: a page, or the <form> alone.
    Scaffold(scaffold::ScaffoldArgs),
    /// List the built-in forms.
    Forms,
    /// Run the validation service (and the demo portal's files).
    #[cfg(feature = "serve")]
    Serve {
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
        /// Largest request body in bytes.
        #[arg(long, default_value_t = 1024 * 1024)]
        body_limit: usize,
        /// Longest a request may take, in milliseconds.
        #[arg(long, default_value_t = 10_000)]
        timeout_ms: u64,
        /// The demo portal's pages.
        #[arg(long, default_value = "www")]
        www: PathBuf,
        /// The npm package the pages load.
        #[arg(long, default_value = "pkg")]
        pkg: PathBuf,
        /// Offer this rule set's form too, besides the built-in ones (repeatable).
        #[arg(long)]
        ruleset: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Validate {
            form,
            lang,
            strict,
            format,
            file,
        } => commands::validate(
            &form,
            lang.into(),
            strict,
            matches!(format, Format::Text),
            &file,
        ),
        Command::Lint { ruleset, format } => {
            commands::lint(&ruleset, matches!(format, Format::Json))
        }
        Command::Schema { form } => commands::schema(&form),
        Command::Check { kind, values, lang } => Ok(check::run(kind, &values, lang.into())),
        Command::Eval { rule, data } => commands::eval(&rule, data.as_deref()),
        Command::Examples { form, lang } => commands::examples(&form, lang.into()),
        Command::Scaffold(args) => scaffold::run(args),
        Command::Forms => commands::forms(),
        #[cfg(feature = "serve")]
        Command::Serve {
            addr,
            body_limit,
            timeout_ms,
            www,
            pkg,
            ruleset,
        } => commands::serve(addr, body_limit, timeout_ms, www, pkg, &ruleset),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("skjemasjekk: {message}");
            ExitCode::from(2)
        }
    }
}
