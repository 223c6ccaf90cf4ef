//! The `venue` command: list venues, sign a request without sending it, call an endpoint,
//! print a venue's reference page.
//!
//! `venue list --json` and `venue sign` are a stable interface other tools depend on:
//! their names, flags and output shapes do not change.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand};
use venue_runtime::serde_json::{self, Value as Json, json};

use crate::{REFERENCE_PAGES, VENUES, Venue, rt};

/// Typed, signed venue API clients: list the venues, sign a request without sending it,
/// call an endpoint, read a venue's reference page.
#[derive(Debug, Parser)]
#[command(name = "venue", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// List venues, their credentials and endpoints.
    List {
        /// Print `{"venues":[...]}` as JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Print the exact request an endpoint call would send, as one line of JSON; sends nothing.
    /// Header values that carry a secret credential as-is (a plain passphrase) show as
    /// `[REDACTED]`.
    Sign(SignArgs),
    /// Like `sign`, plus the recipe's intermediate values (pre-hash strings, digests), to
    /// debug a rejected signature: `{"values":{...},"request":{...}}`. Values that carry a
    /// secret are never shown.
    Explain(SignArgs),
    /// Call an endpoint and print its typed result as JSON.
    Call {
        /// Venue name (see `venue list`).
        venue: String,
        /// Endpoint name (see `venue list`).
        endpoint: String,
        /// Endpoint parameters as a JSON object.
        #[arg(long, value_name = "JSON", default_value = "{}")]
        params: String,
        /// File holding the credentials as a JSON object of strings.
        #[arg(long, value_name = "FILE")]
        credentials_file: PathBuf,
        /// Base URL to call [default: the venue's production URL].
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
    },
    /// Print a venue's Markdown reference page.
    Docs {
        /// Venue name (see `venue list`).
        venue: String,
    },
}

/// What `sign` and `explain` take.
#[derive(Debug, Args)]
struct SignArgs {
    /// Venue name (see `venue list`).
    venue: String,
    /// Endpoint name (see `venue list`).
    endpoint: String,
    /// Endpoint parameters as a JSON object.
    #[arg(long, value_name = "JSON", default_value = "{}")]
    params: String,
    /// Credentials as a JSON object of strings.
    #[arg(
        long,
        value_name = "JSON",
        required_unless_present = "credentials_file"
    )]
    credentials: Option<String>,
    /// File holding the credentials (keeps them out of shell history and process lists).
    #[arg(long, value_name = "FILE", conflicts_with = "credentials")]
    credentials_file: Option<PathBuf>,
    /// The request time, in ms since the Unix epoch.
    #[arg(long, value_name = "N")]
    time_ms: u64,
    /// The request nonce [default: the value of --time-ms].
    #[arg(long, value_name = "N")]
    nonce: Option<u64>,
    /// Base URL to sign for [default: the venue's production URL].
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
}

/// A failed command: one line for stderr. Never holds credential values.
type Failure = String;

/// Runs the `venue` command with `args` (program name first); returns the exit code:
/// 0 on success, 1 when the command fails, 2 on a usage error.
pub async fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => return usage(&e, out, err),
    };
    let result = match cli.command {
        Command::List { json } => list(json, out),
        Command::Sign(args) => {
            sign(&args, &mut rt::Trace::off()).and_then(|r| emit(out, &r.to_json().to_string()))
        }
        Command::Explain(args) => {
            let mut trace = rt::Trace::on();
            sign(&args, &mut trace).and_then(|r| emit(out, &explained(&r, &trace)))
        }
        Command::Call {
            venue,
            endpoint,
            params,
            credentials_file,
            base_url,
        } => {
            call(
                &venue,
                &endpoint,
                &params,
                &credentials_file,
                base_url.as_deref(),
                out,
            )
            .await
        }
        Command::Docs { venue } => docs(&venue, out),
    };
    match result {
        Ok(()) => 0,
        Err(message) => {
            let _ = writeln!(err, "venue: error: {message}");
            1
        }
    }
}

/// Help and version go to `out` (exit 0); real usage errors go to `err` (exit 2).
fn usage(e: &clap::Error, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let text = e.render().to_string();
    if e.use_stderr() {
        let _ = write!(err, "{text}");
        2
    } else {
        let _ = write!(out, "{text}");
        0
    }
}

// ---------------------------------------------------------------------------------------------
// Subcommands

fn list(as_json: bool, out: &mut dyn Write) -> Result<(), Failure> {
    if as_json {
        let venues: Vec<Json> = VENUES.iter().map(|v| v.info.to_json()).collect();
        let text =
            serde_json::to_string(&json!({ "venues": venues })).map_err(|e| e.to_string())?;
        emit(out, &text)
    } else {
        let text: Vec<String> = VENUES.iter().map(|v| venue_table(v.info)).collect();
        emit(out, text.join("\n").trim_end())
    }
}

fn sign(args: &SignArgs, trace: &mut rt::Trace) -> Result<rt::Request, Failure> {
    let venue = find_venue(&args.venue)?;
    let endpoint = args.endpoint.as_str();
    check_endpoint(venue, endpoint)?;
    let params = parse_json("--params", &args.params)?;
    let credentials = match (&args.credentials, &args.credentials_file) {
        (Some(text), _) => parse_json("--credentials", text)?,
        (None, Some(path)) => read_credentials(path)?,
        (None, None) => return Err("give --credentials or --credentials-file".into()),
    };
    let stamp = rt::Stamp {
        now_ms: args.time_ms,
        nonce: args.nonce.unwrap_or(args.time_ms),
    };
    (venue.sign)(
        &credentials,
        endpoint,
        &params,
        args.base_url.as_deref(),
        stamp,
        trace,
    )
    .map_err(|e| venue_error(venue, endpoint, &e))
}

/// `{"values":{name: text, or hex for raw bytes},"request":{...}}`, pretty-printed.
fn explained(request: &rt::Request, trace: &rt::Trace) -> String {
    let values: serde_json::Map<String, Json> = trace
        .entries()
        .iter()
        .map(|(name, bytes)| {
            let text = match std::str::from_utf8(bytes) {
                Ok(text) => text.to_owned(),
                Err(_) => format!("hex:{}", rt::hex(bytes)),
            };
            ((*name).to_owned(), Json::String(text))
        })
        .collect();
    let doc = serde_json::json!({ "values": values, "request": request.to_json() });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

async fn call(
    venue: &str,
    endpoint: &str,
    params: &str,
    credentials_file: &Path,
    base_url: Option<&str>,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let venue = find_venue(venue)?;
    check_endpoint(venue, endpoint)?;
    let params = parse_json("--params", params)?;
    let credentials = read_credentials(credentials_file)?;
    let result = (venue.call)(&credentials, endpoint, &params, base_url)
        .await
        .map_err(|e| venue_error(venue, endpoint, &e))?;
    let text = serde_json::to_string_pretty(&result).map_err(|e| e.to_string())?;
    emit(out, &text)
}

fn docs(venue: &str, out: &mut dyn Write) -> Result<(), Failure> {
    let venue = find_venue(venue)?;
    let page = REFERENCE_PAGES
        .iter()
        .find(|(name, _)| *name == venue.info.name)
        .map(|(_, page)| *page)
        .ok_or_else(|| format!("venue `{}` has no reference page", venue.info.name))?;
    emit(out, page.trim_end())
}

// ---------------------------------------------------------------------------------------------
// Helpers

/// Writes `text` and a final newline. A reader that stopped early (`venue list | head`) is
/// not an error.
fn emit(out: &mut dyn Write, text: &str) -> Result<(), Failure> {
    match writeln!(out, "{text}").and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("cannot write output: {e}"))
        }
        _ => Ok(()),
    }
}

fn find_venue(name: &str) -> Result<&'static Venue, Failure> {
    crate::venue(name).ok_or_else(|| {
        format!(
            "unknown venue `{name}` (known: {})",
            join(VENUES.iter().map(|v| v.info.name))
        )
    })
}

fn check_endpoint(venue: &Venue, endpoint: &str) -> Result<(), Failure> {
    let endpoints = venue.info.endpoints;
    if endpoints.iter().any(|e| e.name == endpoint) {
        Ok(())
    } else {
        Err(format!(
            "unknown endpoint `{endpoint}` for venue `{}` (known: {})",
            venue.info.name,
            join(endpoints.iter().map(|e| e.name))
        ))
    }
}

/// Parses a JSON argument. serde_json's syntax errors give a position, never the input, so
/// a credential value cannot leak through them.
fn parse_json(what: &str, text: &str) -> Result<Json, Failure> {
    serde_json::from_str(text).map_err(|e| format!("{what} is not valid JSON: {e}"))
}

fn read_credentials(path: &Path) -> Result<Json, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read credentials file {}: {e}", path.display()))?;
    parse_json(&format!("credentials file {}", path.display()), &text)
}

/// A runtime error with the venue and endpoint it came from (rt errors never carry secrets).
fn venue_error(venue: &Venue, endpoint: &str, e: &rt::Error) -> Failure {
    format!("{} {endpoint}: {e}", venue.info.name)
}

fn join<'a>(names: impl Iterator<Item = &'a str>) -> String {
    names.collect::<Vec<_>>().join(", ")
}

/// One venue as a readable table.
fn venue_table(info: &rt::VenueInfo) -> String {
    let mut rows = vec![[
        "ENDPOINT".to_owned(),
        "METHOD".to_owned(),
        "PATH".to_owned(),
        "AUTH".to_owned(),
        "PARAMS".to_owned(),
    ]];
    rows.extend(info.endpoints.iter().map(|e| {
        [
            e.name.to_owned(),
            e.method.to_owned(),
            e.path.to_owned(),
            e.auth.to_owned(),
            param_summary(e.params),
        ]
    }));
    let mut widths = [0usize; 5];
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut text = format!(
        "{} ({})\n  credentials: {}\n",
        info.name,
        info.title,
        info.credentials.join(", ")
    );
    for row in &rows {
        let mut line = String::from("  ");
        for (i, (cell, w)) in row.iter().zip(widths).enumerate() {
            if i + 1 == row.len() {
                line.push_str(cell);
            } else {
                line.push_str(&format!("{cell:<w$}  "));
            }
        }
        text.push_str(line.trim_end());
        text.push('\n');
    }
    text
}

/// `name` for required params, `name?` for optional ones; `-` when there are none.
fn param_summary(params: &[rt::ParamInfo]) -> String {
    if params.is_empty() {
        return "-".into();
    }
    let names: Vec<String> = params
        .iter()
        .map(|p| format!("{}{}", p.name, if p.required { "" } else { "?" }))
        .collect();
    names.join(", ")
}
