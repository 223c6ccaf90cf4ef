//! The `venue` command: list venues, sign a request without sending it, call an endpoint,
//! print a venue's reference page; for spec authors, check specs, generate their Rust, and
//! sign with a spec that is not bundled.
//!
//! `venue list --json` and `venue sign` are a stable interface other tools depend on:
//! their names, flags and output shapes do not change.

mod format;
mod input;
mod scratch;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use venue_runtime::serde_json::{self, Value as Json, json};

use crate::{REFERENCE_PAGES, VENUES, Venue, rt};

/// Typed, signed venue API clients: list the venues, sign a request without sending it,
/// call an endpoint, read a venue's reference page; check a spec, generate its Rust, sign
/// with it before it is bundled.
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
    /// Print the exact request an endpoint call would send, as one line of JSON (or a curl
    /// command, or raw HTTP); sends nothing. Header, query and body values that carry a
    /// secret's text (a plain passphrase) show as `[REDACTED]` unless --show-secrets.
    #[command(override_usage = SIGN_USAGE)]
    Sign(SignCommand),
    /// Like `sign`, plus the recipe's intermediate values (pre-hash strings, digests), to
    /// debug a rejected signature: `{"values":{...},"request":{...}}`. Values that carry a
    /// secret are never shown.
    #[command(override_usage = EXPLAIN_USAGE)]
    Explain(SignArgs),
    /// Call an endpoint and print its typed result as JSON.
    Call {
        /// Venue name (see `venue list`).
        venue: String,
        /// Endpoint name (see `venue list`).
        endpoint: String,
        #[command(flatten)]
        input: InputArgs,
        /// Base URL to call [default: the venue's production URL].
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        /// Give up on the request after SECONDS (integer or decimal, e.g. 0.5) [default: 30].
        #[arg(long, value_name = "SECONDS", value_parser = parse_timeout)]
        timeout: Option<Duration>,
        /// Log what the client does (requests, responses, retries) on stderr; -vv adds every
        /// library's events (connections, TLS).
        #[arg(short, long, action = clap::ArgAction::Count)]
        verbose: u8,
    },
    /// Verify a received webhook the way the venue's spec says (signature, signed time), and
    /// print its decoded payload as JSON; exits 1 with the reason when it is refused. The
    /// reason never shows the signature, a secret or the body.
    Verify {
        /// Venue name (see `venue list`).
        venue: String,
        /// Webhook name (see the venue's reference page, `venue docs VENUE`).
        webhook: String,
        /// The received headers as a JSON object of strings; `@FILE` reads them from a file.
        #[arg(long, value_name = "JSON")]
        headers: String,
        /// File holding the exact body received; `-` reads it from stdin.
        #[arg(long, value_name = "FILE")]
        body: PathBuf,
        /// The webhook's credentials as a JSON object of strings; `@FILE` reads them from a
        /// file, `-` from stdin.
        #[arg(long, value_name = "JSON")]
        credentials: String,
        /// Check the signed time against this instant, Unix ms [default: now].
        #[arg(long, value_name = "N")]
        time_ms: Option<u64>,
    },
    /// Print a venue's Markdown reference page.
    Docs {
        /// Venue name (see `venue list`).
        venue: String,
    },
    /// Check spec files: prints `ok: FILE` per good spec, and every problem as
    /// `file:line:col`; exits 1 if any spec has one.
    Check {
        /// Spec files (YAML).
        #[arg(value_name = "SPEC", required = true)]
        specs: Vec<PathBuf>,
    },
    /// Generate the formatted Rust module of each spec into DIR, as `<name>.rs`.
    Generate {
        /// Spec files (YAML).
        #[arg(value_name = "SPEC", required = true)]
        specs: Vec<PathBuf>,
        /// Folder to write the modules into (created if missing).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
}

const SIGN_USAGE: &str = "venue sign [OPTIONS] --time-ms <N> <VENUE> <ENDPOINT>
       venue sign [OPTIONS] --time-ms <N> --spec <FILE> <ENDPOINT>";
const EXPLAIN_USAGE: &str = "venue explain [OPTIONS] --time-ms <N> <VENUE> <ENDPOINT>
       venue explain [OPTIONS] --time-ms <N> --spec <FILE> <ENDPOINT>";

/// What `sign` takes: `explain`'s arguments and how to print the request.
#[derive(Debug, Args)]
struct SignCommand {
    #[command(flatten)]
    args: SignArgs,
    /// How to print the request: JSON, a runnable curl command, or the raw HTTP/1.1 request
    /// (exact bytes, no final newline).
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Show secret header, query and body values (a plain passphrase) instead of `[REDACTED]`.
    #[arg(long)]
    show_secrets: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Json,
    Curl,
    Http,
}

/// What `sign` and `explain` take.
#[derive(Debug, Args)]
struct SignArgs {
    /// Venue name (see `venue list`) and endpoint name; with --spec, the endpoint name alone.
    #[arg(value_names = ["VENUE", "ENDPOINT"], required = true, num_args = 1..=2)]
    names: Vec<String>,
    /// Sign with this spec file instead of a bundled venue: it is checked, generated and
    /// compiled into a cached scratch crate (under $VENUE_CACHE_DIR, default
    /// <temp dir>/venue-scratch); the first build takes minutes, an edited spec seconds.
    #[arg(long, value_name = "FILE")]
    spec: Option<PathBuf>,
    #[command(flatten)]
    input: InputArgs,
    /// The request time, in ms since the Unix epoch.
    #[arg(long, value_name = "N")]
    time_ms: u64,
    /// The request nonce [default: the value of --time-ms].
    #[arg(long, value_name = "N")]
    nonce: Option<u64>,
    /// The request's 128 random bits, as 32 hex digits, read by `uuid4()` and `random_hex(n)`
    /// [default: fresh from the OS].
    #[arg(long, value_name = "HEX", value_parser = parse_random)]
    random: Option<u128>,
    /// Base URL to sign for [default: the venue's production URL].
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
}

/// The JSON arguments of `sign`, `explain` and `call`.
#[derive(Debug, Args)]
struct InputArgs {
    /// Endpoint parameters as a JSON object; `@FILE` reads them from a file, `-` from stdin.
    #[arg(long, value_name = "JSON", default_value = "{}")]
    params: String,
    /// Credentials as a JSON object of strings; `@FILE` reads them from a file, `-` from
    /// stdin (only one argument may read stdin).
    #[arg(
        long,
        value_name = "JSON",
        required_unless_present = "credentials_file"
    )]
    credentials: Option<String>,
    /// File holding the credentials (keeps them out of shell history and process lists); `-`
    /// reads them from stdin.
    #[arg(long, value_name = "FILE", conflicts_with = "credentials")]
    credentials_file: Option<PathBuf>,
}

impl InputArgs {
    /// The params and the credentials, in that order.
    fn read(&self) -> Result<(Json, Json), Failure> {
        input::read_all(
            &self.params,
            self.credentials.as_deref(),
            self.credentials_file.as_deref(),
        )
    }
}

impl SignArgs {
    /// The venue (when not `--spec`) and the endpoint, or a usage error of `command`.
    fn names(&self, command: &str) -> Result<(Option<&str>, &str), clap::Error> {
        let error = |kind, message: &str| {
            let mut cli = Cli::command();
            match cli.find_subcommand_mut(command) {
                Some(sub) => sub.error(kind, message),
                None => cli.error(kind, message),
            }
        };
        match (self.names.as_slice(), &self.spec) {
            ([venue, endpoint], None) => Ok((Some(venue), endpoint)),
            ([endpoint], Some(_)) => Ok((None, endpoint)),
            ([_], None) => Err(error(
                clap::error::ErrorKind::MissingRequiredArgument,
                "give VENUE and ENDPOINT, or --spec FILE and ENDPOINT",
            )),
            _ => Err(error(
                clap::error::ErrorKind::ArgumentConflict,
                "with --spec FILE, give the ENDPOINT alone (the spec is the venue)",
            )),
        }
    }
}

/// A failed command: one line for stderr. Never holds credential values.
type Failure = String;

/// A signed request and the recipe's intermediate values (when traced).
struct Signed {
    request: rt::Request,
    values: Vec<(String, Vec<u8>)>,
}

/// Runs the `venue` command with `args` (program name first); returns the exit code:
/// 0 on success, 1 when the command fails, 2 on a usage error.
pub async fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => return usage(&e, out, err),
    };
    let sign_args = match &cli.command {
        Command::Sign(c) => Some((&c.args, "sign")),
        Command::Explain(args) => Some((args, "explain")),
        _ => None,
    };
    if let Some(Err(e)) = sign_args.map(|(args, command)| args.names(command)) {
        return usage(&e, out, err);
    }
    let result = match cli.command {
        Command::List { json } => list(json, out),
        Command::Sign(c) => sign(&c.args, false, err).and_then(|s| {
            let r = &s.request;
            match c.format {
                Format::Json => emit(out, &format::json(r, c.show_secrets)),
                Format::Curl => emit(out, &format::curl(r, c.show_secrets)),
                Format::Http => write_out(out, &format::http(r, c.show_secrets)),
            }
        }),
        Command::Explain(args) => sign(&args, true, err).and_then(|s| emit(out, &explained(&s))),
        Command::Call {
            venue,
            endpoint,
            input,
            base_url,
            timeout,
            verbose,
        } => {
            if verbose > 0 {
                log_to_stderr(verbose);
            }
            call(&venue, &endpoint, &input, base_url.as_deref(), timeout, out).await
        }
        Command::Docs { venue } => docs(&venue, out),
        Command::Verify {
            venue,
            webhook,
            headers,
            body,
            credentials,
            time_ms,
        } => verify(
            &venue,
            &webhook,
            &headers,
            &body,
            &credentials,
            time_ms,
            out,
        ),
        Command::Check { specs } => check(&specs, out, err),
        Command::Generate { specs, out: dir } => generate(&specs, &dir, out),
    };
    match result {
        Ok(()) => 0,
        // Spec diagnostics arrive rendered, each starting with `error:`.
        Err(message) if message.starts_with("error: ") => {
            let _ = writeln!(err, "{message}");
            1
        }
        Err(message) => {
            let _ = writeln!(err, "venue: error: {message}");
            1
        }
    }
}

/// Shows `tracing` events on stderr: with `-v`, this tool's and the runtime's events from
/// debug up (others from warn up); with `-vv`, every event of every library (hyper's
/// connection pool, TLS). Installed once per process; a second call keeps the first.
fn log_to_stderr(verbose: u8) {
    use tracing_subscriber::filter::{LevelFilter, Targets};
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    let filter = if verbose > 1 {
        Targets::new().with_default(LevelFilter::TRACE)
    } else {
        Targets::new()
            .with_target("venue_runtime", LevelFilter::DEBUG)
            .with_target("venue_client", LevelFilter::DEBUG)
            .with_default(LevelFilter::WARN)
    };
    let _ = tracing_subscriber::registry()
        .with(tracing_subscriber::fmt::layer().with_writer(std::io::stderr))
        .with(filter)
        .try_init();
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

/// Signs with a bundled venue, or with `--spec` (built in a scratch crate; `err` gets a note
/// before a first build). `traced` keeps the recipe's intermediate values.
fn sign(args: &SignArgs, traced: bool, err: &mut dyn Write) -> Result<Signed, Failure> {
    let (venue, endpoint) = args.names("sign").map_err(|e| e.to_string())?;
    let bundled = match (venue, &args.spec) {
        (Some(name), None) => {
            let venue = find_venue(name)?;
            check_endpoint(venue, endpoint)?;
            Some(venue)
        }
        _ => None,
    };
    let (params, credentials) = args.input.read()?;
    let stamp = rt::Stamp {
        now_ms: args.time_ms,
        nonce: args.nonce.unwrap_or(args.time_ms),
        random: args.random.unwrap_or_else(rt::Stamp::fresh_random),
    };
    let base_url = args.base_url.as_deref();
    match (bundled, &args.spec) {
        (Some(venue), _) => {
            let mut trace = if traced {
                rt::Trace::on()
            } else {
                rt::Trace::off()
            };
            let request =
                (venue.sign)(&credentials, endpoint, &params, base_url, stamp, &mut trace)
                    .map_err(|e| venue_error(venue, endpoint, &e))?;
            let values = trace
                .entries()
                .iter()
                .map(|(name, bytes)| ((*name).to_owned(), bytes.clone()))
                .collect();
            Ok(Signed { request, values })
        }
        (None, Some(spec)) => {
            let input = scratch::Input {
                credentials: &credentials,
                endpoint,
                params: &params,
                base_url,
                stamp,
                trace: traced,
            };
            scratch::sign(spec, &input, err)
        }
        (None, None) => Err("give VENUE, or --spec FILE".into()),
    }
}

/// `{"values":{name: text, or hex for raw bytes},"request":{...}}`, pretty-printed.
fn explained(signed: &Signed) -> String {
    let values: serde_json::Map<String, Json> = signed
        .values
        .iter()
        .map(|(name, bytes)| {
            let text = match std::str::from_utf8(bytes) {
                Ok(text) => text.to_owned(),
                Err(_) => format!("hex:{}", rt::hex(bytes)),
            };
            (name.clone(), Json::String(text))
        })
        .collect();
    let doc = serde_json::json!({ "values": values, "request": signed.request.to_json() });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

async fn call(
    venue: &str,
    endpoint: &str,
    input: &InputArgs,
    base_url: Option<&str>,
    timeout: Option<Duration>,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let venue = find_venue(venue)?;
    check_endpoint(venue, endpoint)?;
    let (params, credentials) = input.read()?;
    let options = rt::ClientOptions {
        timeout,
        nonce_dir: nonce_dir(),
        ..Default::default()
    };
    let result = (venue.call)(&credentials, endpoint, &params, base_url, &options)
        .await
        .map_err(|e| venue_error(venue, endpoint, &e))?;
    let text = serde_json::to_string_pretty(&result).map_err(|e| e.to_string())?;
    emit(out, &text)
}

/// Where `venue call` keeps each key's last nonce, so that concurrent and successive
/// processes on one key never reuse or reorder one: `$VENUE_NONCE_DIR`, else
/// `$XDG_STATE_HOME/venue/nonces`, else `~/.local/state/venue/nonces`.
fn nonce_dir() -> Option<PathBuf> {
    let var = |name| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    var("VENUE_NONCE_DIR")
        .or_else(|| var("XDG_STATE_HOME").map(|d| d.join("venue/nonces")))
        .or_else(|| var("HOME").map(|d| d.join(".local/state/venue/nonces")))
}

/// `--random`: exactly 32 hex digits.
fn parse_random(text: &str) -> Result<u128, String> {
    if text.len() != 32 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err("must be 32 hex digits (128 bits)".into());
    }
    u128::from_str_radix(text, 16).map_err(|e| e.to_string())
}

/// `--timeout`: a positive number of seconds, integer or decimal.
fn parse_timeout(text: &str) -> Result<Duration, String> {
    let seconds: f64 = text
        .trim()
        .parse()
        .map_err(|_| format!("`{text}` is not a number of seconds"))?;
    if seconds.is_nan() || seconds <= 0.0 {
        return Err("must be more than 0 seconds".into());
    }
    Duration::try_from_secs_f64(seconds).map_err(|_| format!("`{text}` seconds is too long"))
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

/// `venue verify`: the payload as one line of JSON, or the refusal's reason as the failure.
fn verify(
    venue: &str,
    webhook: &str,
    headers: &str,
    body: &Path,
    credentials: &str,
    time_ms: Option<u64>,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let venue = find_venue(venue)?;
    let (headers, body, credentials) = input::read_received(headers, body, credentials)?;
    let now = match time_ms {
        Some(ms) => std::time::UNIX_EPOCH + Duration::from_millis(ms),
        None => std::time::SystemTime::now(),
    };
    let payload = (venue.verify)(&credentials, webhook, &headers, &body, now)
        .map_err(|e| e.to_string())?
        .map_err(|e| e.to_string())?;
    let text = serde_json::to_string(&payload).map_err(|e| e.to_string())?;
    emit(out, &text)
}

/// Checks each spec on its own (all of them, even after a bad one); two specs that would
/// generate the same module are a problem too.
fn check(specs: &[PathBuf], out: &mut dyn Write, err: &mut dyn Write) -> Result<(), Failure> {
    let mut failed = 0;
    let mut modules: Vec<(String, &Path)> = Vec::new();
    for spec in specs {
        match venue_codegen::load(spec) {
            Ok(venue) => {
                if let Some((_, other)) = modules.iter().find(|(name, _)| *name == venue.name) {
                    failed += 1;
                    let _ = writeln!(
                        err,
                        "{}:1:1: {} also generates module `{}`",
                        spec.display(),
                        other.display(),
                        venue.name
                    );
                    continue;
                }
                emit(
                    out,
                    &format!(
                        "ok: {} (module {}, {} endpoints, {} webhooks, {} examples)",
                        spec.display(),
                        venue.name,
                        venue.endpoints.len(),
                        venue.webhooks.len(),
                        venue.examples.len() + venue.webhook_examples.len()
                    ),
                )?;
                modules.push((venue.name, spec));
            }
            Err(e) => {
                failed += 1;
                let _ = writeln!(err, "{e}");
            }
        }
    }
    match failed {
        0 => Ok(()),
        1 if specs.len() == 1 => Err("the spec has problems".into()),
        1 => Err(format!("1 of {} specs has problems", specs.len())),
        _ => Err(format!("{failed} of {} specs have problems", specs.len())),
    }
}

/// Writes `<name>.rs` per spec into `dir`: the module text build scripts and the proc macro
/// produce.
fn generate(specs: &[PathBuf], dir: &Path, out: &mut dyn Write) -> Result<(), Failure> {
    let generator = specs
        .iter()
        .fold(venue_codegen::Generator::new(), |g, s| g.spec(s));
    let files = generator.write_to(dir).map_err(|e| e.to_string())?;
    for f in files {
        emit(out, &format!("wrote {}", dir.join(f.name).display()))?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Helpers

/// Writes `text` and a final newline. A reader that stopped early (`venue list | head`) is
/// not an error.
fn emit(out: &mut dyn Write, text: &str) -> Result<(), Failure> {
    write_out(out, &format!("{text}\n"))
}

/// Writes `text` as is (see `emit`).
fn write_out(out: &mut dyn Write, text: &str) -> Result<(), Failure> {
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
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
