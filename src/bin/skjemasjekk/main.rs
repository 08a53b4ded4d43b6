//! The skjemasjekk command line. For now it only dispatches `serve` to the library's
//! [`skjemasjekk::serve::run`]; the full CLI (validate, lint, schema, check, eval)
//! replaces this file and keeps the `serve` options below.

use std::process::ExitCode;

const USAGE: &str = "usage: skjemasjekk serve [--addr ADDR] [--body-limit BYTES] \
                     [--timeout-ms MS] [--www DIR] [--pkg DIR]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.split_first() {
        Some((command, rest)) if command == "serve" => serve(rest),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

#[cfg(feature = "serve")]
fn serve(args: &[String]) -> ExitCode {
    let config = match serve_config(args) {
        Ok(config) => config,
        Err(message) => {
            eprintln!("skjemasjekk serve: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match skjemasjekk::serve::run(config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("skjemasjekk serve: {e}");
            ExitCode::from(2)
        }
    }
}

#[cfg(not(feature = "serve"))]
fn serve(_args: &[String]) -> ExitCode {
    eprintln!("skjemasjekk serve: this build has no HTTP service (cargo feature `serve`)");
    ExitCode::from(2)
}

/// The options of `serve`, on top of the defaults.
#[cfg(feature = "serve")]
fn serve_config(args: &[String]) -> Result<skjemasjekk::serve::ServeConfig, String> {
    let mut config = skjemasjekk::serve::ServeConfig::default();
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let value = rest.next().ok_or_else(|| format!("{flag} needs a value"))?;
        let number = || {
            value
                .parse::<u64>()
                .map_err(|_| format!("{flag} needs a whole number, got {value:?}"))
        };
        match flag.as_str() {
            "--addr" => {
                config.addr = value.parse().map_err(|_| {
                    format!("--addr needs HOST:PORT, e.g. 127.0.0.1:8080, got {value:?}")
                })?
            }
            "--body-limit" => {
                config.body_limit = usize::try_from(number()?)
                    .map_err(|_| format!("--body-limit {value} is too large"))?
            }
            "--timeout-ms" => config.timeout = std::time::Duration::from_millis(number()?),
            "--www" => config.www_dir = Some(value.into()),
            "--pkg" => config.pkg_dir = Some(value.into()),
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    Ok(config)
}
