//! The subcommands that read forms and documents: validate, lint, schema, eval, examples, forms, serve.

use skjemasjekk::{builtin, builtin_form, parse_json, Form, Lang, Options, Report, Severity};
use std::io::Read;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

type Outcome = Result<ExitCode, String>;

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// The text of FILE, or of standard input for `-`.
fn read_input(file: &str) -> Result<String, String> {
    if file == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        Ok(s)
    } else {
        read(Path::new(file))
    }
}

/// `--form ID` or `--ruleset FILE`: the form a subcommand works on.
#[derive(clap::Args)]
pub struct FormChoice {
    /// A built-in form: forsokssoknad or pilotplan.
    #[arg(long, required_unless_present = "ruleset")]
    form: Option<String>,
    /// Use this rule set instead of a built-in form.
    #[arg(long)]
    ruleset: Option<std::path::PathBuf>,
}

impl FormChoice {
    /// The chosen form, compiled.
    pub fn load(&self) -> Result<Arc<Form>, String> {
        load_form(self.form.as_deref(), self.ruleset.as_deref())
    }
}

/// The form to use: a rule-set file, or a built-in form by id.
fn load_form(form: Option<&str>, ruleset: Option<&Path>) -> Result<Arc<Form>, String> {
    if let Some(path) = ruleset {
        let source = read(path)?;
        let compiled = Form::compile(&source).map_err(|e| format!("{}: {e}", path.display()))?;
        if let Some(id) = form.filter(|id| *id != compiled.id()) {
            return Err(format!(
                "{} defines the form {:?}, not {id:?}",
                path.display(),
                compiled.id()
            ));
        }
        return Ok(Arc::new(compiled));
    }
    let id = form.unwrap_or_default();
    builtin_form(id).cloned().map_err(|_| {
        let known: Vec<&str> = builtin().iter().map(|f| f.id()).collect();
        format!(
            "unknown form {id:?}; the built-in forms are {}",
            known.join(", ")
        )
    })
}

pub fn validate(choice: &FormChoice, lang: Lang, strict: bool, text: bool, file: &str) -> Outcome {
    let form = choice.load()?;
    let data = read_input(file)?;
    let value =
        parse_json(&data).map_err(|e| format!("{file}: the data is not valid JSON: {e}"))?;
    let report = form.validate(&value, &Options { lang, strict });
    if text {
        print!("{}", text_report(&report));
    } else {
        println!("{}", report.to_json());
    }
    Ok(if report.valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The report for people: a summary line, then one line per issue.
fn text_report(report: &Report) -> String {
    let errors = report
        .issues
        .iter()
        .filter(|i| i.severity == Severity::Error)
        .count();
    let warnings = report.issues.len() - errors;
    let verdict = if report.valid { "valid" } else { "invalid" };
    let mut out = format!(
        "{} {} ({}): {verdict}, {errors} error(s), {warnings} warning(s)\n",
        report.ruleset.id, report.ruleset.version, report.ruleset.hash
    );
    let width = report
        .issues
        .iter()
        .map(|i| i.path.len())
        .max()
        .unwrap_or(0);
    for i in &report.issues {
        let sev = if i.severity == Severity::Error {
            "error  "
        } else {
            "warning"
        };
        out.push_str(&format!(
            "{sev} {:<width$}  {:<14} {}\n",
            i.path,
            i.kind.code(),
            i.message
        ));
    }
    out
}

/// `lint`: every problem as `FILE:LINE:COL: POINTER: message` (a count in words on
/// stderr), or `{"form", "problems"}` as JSON; exit 1 when there is any.
pub fn lint(path: &Path, json: bool) -> Outcome {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let linted = skjemasjekk::lint::lint_bytes(&bytes);
    let file = path.display().to_string();
    if json {
        println!("{}", linted.to_json());
    } else if let Some(form) = &linted.form {
        println!("{file}: ok: {} {} {}", form.id, form.version, form.hash);
    } else {
        for p in &linted.problems {
            println!("{}", p.to_text(&file));
        }
        eprintln!("{file}: {}", linted.count_in_words());
    }
    Ok(if linted.problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

pub fn schema(choice: &FormChoice) -> Outcome {
    let form = choice.load()?;
    let text = serde_json::to_string_pretty(&form.schema()).map_err(|e| e.to_string())?;
    println!("{text}");
    Ok(ExitCode::SUCCESS)
}

pub fn eval(rule: &str, data: Option<&str>) -> Outcome {
    let rule = parse_json(rule).map_err(|e| format!("the rule is not valid JSON: {e}"))?;
    let data = match data {
        Some(d) => parse_json(d).map_err(|e| format!("the data is not valid JSON: {e}"))?,
        None => skjemasjekk::Value::Null,
    };
    let result = skjemasjekk::expr::eval_json(&rule, &data).map_err(|errors| {
        let parts: Vec<String> = errors
            .iter()
            .map(|e| {
                format!(
                    "{}: {}",
                    if e.path.is_empty() { "/" } else { &e.path },
                    e.message
                )
            })
            .collect();
        format!("the rule cannot be evaluated: {}", parts.join("; "))
    })?;
    println!("{}", result.to_json());
    Ok(ExitCode::SUCCESS)
}

pub fn forms() -> Outcome {
    for f in builtin() {
        println!(
            "{}\t{}\t{}\t{}",
            f.id(),
            f.version(),
            f.hash(),
            f.title(Lang::Nb)
        );
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(feature = "serve")]
pub fn serve(
    addr: std::net::SocketAddr,
    body_limit: usize,
    timeout_ms: u64,
    www: std::path::PathBuf,
    pkg: std::path::PathBuf,
    rulesets: &[std::path::PathBuf],
) -> Outcome {
    let mut extra: Vec<Arc<Form>> = Vec::with_capacity(rulesets.len());
    for path in rulesets {
        let form = load_form(None, Some(path))?;
        let taken = builtin().iter().chain(&extra).any(|f| f.id() == form.id());
        if taken {
            return Err(format!(
                "{} defines the form {:?}, and there is a form with that id already",
                path.display(),
                form.id()
            ));
        }
        extra.push(form);
    }
    let config = skjemasjekk::serve::ServeConfig {
        addr,
        body_limit,
        timeout: std::time::Duration::from_millis(timeout_ms),
        www_dir: Some(www),
        pkg_dir: Some(pkg),
        rulesets: extra,
    };
    skjemasjekk::serve::run(config).map_err(|e| format!("the service stopped: {e}"))?;
    Ok(ExitCode::SUCCESS)
}

/// `examples`: the valid example and the breaking ones, as pretty JSON.
pub fn examples(choice: &FormChoice, lang: Lang) -> Outcome {
    let form = choice.load()?;
    let value = skjemasjekk::examples::examples(&form, lang).to_value(&form);
    let text = serde_json::to_string_pretty(&value).map_err(|e| e.to_string())?;
    println!("{text}");
    Ok(ExitCode::SUCCESS)
}
