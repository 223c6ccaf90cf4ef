//! `venue sign --spec FILE`: signs with a spec that is not bundled, without rebuilding the
//! workspace.
//!
//! The spec is checked and generated here, then compiled into a small scratch crate: a folder
//! under the cache (`$VENUE_CACHE_DIR`, default `<temp dir>/venue-scratch`) named after the
//! venue and a hash of the spec text, this tool's version and the runtime it builds against.
//! Every scratch crate builds into one target folder in the cache, so only the first spec pays
//! for compiling `venue-runtime` and its dependencies; an edited spec recompiles one crate, and
//! a spec seen before is already built.
//!
//! The two processes talk JSON over pipes: the inputs, credentials included, go to the scratch
//! program on stdin (never on a command line); the request (secret headers flagged, not yet
//! redacted) and the recipe's intermediate values come back on stdout, and are printed by the
//! same code as a bundled venue's.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use venue_runtime::serde_json::{self, Value as Json, json};

use super::{Failure, Signed, join};
use crate::rt;

/// This workspace's `venue-runtime`, which scratch crates depend on by path.
const RUNTIME_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../runtime");

/// This workspace's lock file: scratch crates start from it, so they build the dependency
/// versions the workspace was tested with, and need no registry look-up.
const LOCK_FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../Cargo.lock");

/// Where scratch crates and their shared target folder live.
fn cache_dir() -> PathBuf {
    match std::env::var_os("VENUE_CACHE_DIR") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => std::env::temp_dir().join("venue-scratch"),
    }
}

/// What to sign: the same inputs as a bundled venue's `sign_json`.
pub struct Input<'a> {
    pub credentials: &'a Json,
    pub endpoint: &'a str,
    pub params: &'a Json,
    pub base_url: Option<&'a str>,
    pub stamp: rt::Stamp,
    pub trace: bool,
}

/// Signs `input` with the venue that `spec` describes. `err` gets a note before a first
/// build, which takes a while.
pub fn sign(spec: &Path, input: &Input<'_>, err: &mut dyn Write) -> Result<Signed, Failure> {
    let text = std::fs::read_to_string(spec)
        .map_err(|e| format!("cannot read spec {}: {e}", spec.display()))?;
    let venue = venue_codegen::load_str(spec, &text).map_err(|e| e.to_string())?;
    if !venue.endpoints.iter().any(|e| e.name == input.endpoint) {
        return Err(format!(
            "unknown endpoint `{}` for venue `{}` (known: {})",
            input.endpoint,
            venue.name,
            join(venue.endpoints.iter().map(|e| e.name.as_str()))
        ));
    }
    let runtime = Path::new(RUNTIME_DIR).canonicalize().map_err(|e| {
        format!(
            "`--spec` builds against venue-runtime's sources, which are not at {RUNTIME_DIR} \
             ({e}); run this `venue` from its workspace"
        )
    })?;

    let cache = cache_dir();
    let key = cache_key(&text, &runtime);
    let package = format!("scratch-{}-{key}", venue.name.replace('_', "-"));
    let dir = cache.join(&package);
    let module = venue_codegen::module_source(&venue);
    write_crate(&dir, &package, &venue.name, &module, &runtime, spec)
        .map_err(|e| format!("cannot write the scratch crate in {}: {e}", dir.display()))?;

    let built = dir.join(".built");
    let target = cache.join("target");
    if !built.exists() {
        let how_long = if target.join("release").exists() {
            "a few seconds"
        } else {
            "a few minutes: venue-runtime and its dependencies are compiled once, for every spec"
        };
        let _ = writeln!(
            err,
            "venue: compiling {} in {} ({how_long})",
            spec.display(),
            dir.display()
        );
    }
    let output = run_scratch(&dir, &target, input)?;
    let _ = std::fs::write(&built, "");
    let doc: Json = serde_json::from_slice(&output).map_err(|e| {
        format!(
            "the scratch signer in {} printed no JSON: {e}",
            dir.display()
        )
    })?;
    if let Some(message) = doc["error"].as_str() {
        return Err(format!("{} {}: {message}", venue.name, input.endpoint));
    }
    signed(&doc).ok_or_else(|| {
        format!(
            "the scratch signer in {} printed an unexpected document",
            dir.display()
        )
    })
}

/// A short hash of everything the scratch crate is made from.
fn cache_key(spec_text: &str, runtime: &Path) -> String {
    let mut data = Vec::new();
    for part in [
        env!("CARGO_PKG_VERSION"),
        &runtime.to_string_lossy(),
        spec_text,
    ] {
        data.extend_from_slice(part.as_bytes());
        data.push(0);
    }
    let digest = rt::sha256(data.as_slice());
    let mut hex = rt::hex(digest.as_slice()).into_string();
    hex.truncate(16);
    hex
}

/// Writes the scratch crate's files, each only when its text changed (so cargo rebuilds
/// nothing it need not).
fn write_crate(
    dir: &Path,
    package: &str,
    module_name: &str,
    module: &str,
    runtime: &Path,
    spec: &Path,
) -> std::io::Result<()> {
    std::fs::create_dir_all(dir.join("src"))?;
    let runtime_path = runtime.to_string_lossy().replace('\\', "/");
    let manifest = format!(
        r#"# Written by `venue sign --spec {spec}`: a scratch crate, regenerated when needed and safe to delete.
[package]
name = "{package}"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
venue-runtime = {{ path = "{runtime_path}" }}

# Not part of any enclosing workspace.
[workspace]

# Dependencies build once, optimized, in the shared target folder; the generated module is
# rebuilt after every edit of the spec and signs one request, so it is not optimized.
[profile.release.package.{package}]
opt-level = 0
codegen-units = 256
"#,
        spec = spec.display(),
    );
    write_if_changed(&dir.join("Cargo.toml"), &manifest)?;
    write_if_changed(&dir.join("src/module.rs"), module)?;
    write_if_changed(
        &dir.join("src/main.rs"),
        &MAIN.replace("VENUE_MODULE", module_name),
    )?;
    let lock = dir.join("Cargo.lock");
    if !lock.exists() {
        // Without it cargo resolves the newest versions instead (needs the registry).
        let _ = std::fs::copy(LOCK_FILE, &lock);
    }
    Ok(())
}

fn write_if_changed(path: &Path, text: &str) -> std::io::Result<()> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    std::fs::write(path, text)
}

/// The scratch program: reads its inputs as JSON on stdin, signs, prints the request.
const MAIN: &str = r#"//! Written by `venue sign --spec`: signs one request with the module generated from the
//! spec. Reads `{"credentials","endpoint","params","base_url","now_ms","nonce","random","trace"}` on
//! stdin; prints `{"request":{"method","url","headers":[[name,value,secret]],"body":bytes,
//! "secrets":{"url":[[from,to]],"body":[[from,to]]}},"values":[[name,bytes]]}` or
//! `{"error":message}` on stdout.

use std::io::Read;

use ::venue_runtime as rt;
use rt::serde_json::{Value, json};

include!("module.rs");

fn main() {
    let mut text = String::new();
    let input: Value = match std::io::stdin().read_to_string(&mut text) {
        Ok(_) => rt::serde_json::from_str(&text).unwrap_or_default(),
        Err(_) => Value::Null,
    };
    let stamp = rt::Stamp {
        now_ms: input["now_ms"].as_u64().unwrap_or_default(),
        nonce: input["nonce"].as_u64().unwrap_or_default(),
        random: input["random"]
            .as_str()
            .and_then(|hex| u128::from_str_radix(hex, 16).ok())
            .unwrap_or_default(),
    };
    let mut trace = if input["trace"] == true {
        rt::Trace::on()
    } else {
        rt::Trace::off()
    };
    let signed = VENUE_MODULE::sign_json(
        &input["credentials"],
        input["endpoint"].as_str().unwrap_or_default(),
        &input["params"],
        input["base_url"].as_str(),
        stamp,
        &mut trace,
    );
    let output = match signed {
        Ok(request) => {
            let headers: Vec<Value> = request
                .headers
                .iter()
                .map(|h| json!([h.name, h.value.as_str(), h.secret]))
                .collect();
            let values: Vec<Value> = trace
                .entries()
                .iter()
                .map(|(name, bytes)| json!([name, bytes]))
                .collect();
            json!({
                "request": {
                    "method": request.method.as_str(),
                    "url": request.url,
                    "headers": headers,
                    "body": request.body,
                    "secrets": {"url": request.secrets.url, "body": request.secrets.body},
                },
                "values": values,
            })
        }
        Err(e) => json!({ "error": e.to_string() }),
    };
    println!("{output}");
}
"#;

/// Variables cargo sets for the program it runs (`cargo run`, `cargo test`), besides
/// `CARGO_PKG_*` and `CARGO_BIN_EXE_*`.
const CARGO_RUN_VARS: &[&str] = &[
    "CARGO_MANIFEST_DIR",
    "CARGO_MANIFEST_PATH",
    "CARGO_MANIFEST_LINKS",
    "CARGO_CRATE_NAME",
    "CARGO_BIN_NAME",
    "CARGO_PRIMARY_PACKAGE",
    "CARGO_TARGET_TMPDIR",
    "CARGO_RUSTC_CURRENT_DIR",
    "OUT_DIR",
];

/// Builds (when needed) and runs the scratch crate in `dir`; returns what it printed.
fn run_scratch(dir: &Path, target: &Path, input: &Input<'_>) -> Result<Vec<u8>, Failure> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(&cargo);
    // What cargo told this process about its own package (when it runs under `cargo run` or
    // `cargo test`) is no business of the scratch build: build scripts that watch such a
    // variable (ring watches CARGO_MANIFEST_DIR) would rebuild, in release, whenever the
    // caller changes.
    for (name, _) in std::env::vars_os() {
        let name = name.to_string_lossy();
        if CARGO_RUN_VARS.contains(&name.as_ref())
            || ["CARGO_PKG_", "CARGO_BIN_EXE_", "__CARGO"]
                .iter()
                .any(|p| name.starts_with(p))
        {
            command.env_remove(name.as_ref());
        }
    }
    let mut child = command
        .args(["run", "--quiet", "--release", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", target)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", Path::new(&cargo).display()))?;
    let request = json!({
        "credentials": input.credentials,
        "endpoint": input.endpoint,
        "params": input.params,
        "base_url": input.base_url,
        "now_ms": input.stamp.now_ms,
        "nonce": input.stamp.nonce,
        "random": format!("{:032x}", input.stamp.random),
        "trace": input.trace,
    });
    if let Some(mut stdin) = child.stdin.take() {
        // A build failure closes the pipe early; its stderr says why.
        let _ = stdin.write_all(request.to_string().as_bytes());
    }
    let output = child
        .wait_with_output()
        .map_err(|e| format!("cannot run the scratch signer: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "building or running the scratch signer in {} failed ({}):\n{}",
            dir.display(),
            output.status,
            String::from_utf8_lossy(&output.stderr).trim_end()
        ));
    }
    Ok(output.stdout)
}

/// The request and values the scratch program printed.
fn signed(doc: &Json) -> Option<Signed> {
    let r = &doc["request"];
    let method = match r["method"].as_str()? {
        "GET" => rt::Method::Get,
        "POST" => rt::Method::Post,
        "PUT" => rt::Method::Put,
        "DELETE" => rt::Method::Delete,
        "PATCH" => rt::Method::Patch,
        _ => return None,
    };
    let mut headers = Vec::new();
    for h in r["headers"].as_array()? {
        let name = h[0].as_str()?;
        headers.push(rt::Header {
            // Header names are `&'static str` (generated code names them literally); this
            // process signs one request, so the few names read back are kept for its lifetime.
            name: Box::leak(name.to_owned().into_boxed_str()),
            value: rt::HeaderValue::from(h[1].as_str()?.to_owned()),
            secret: h[2].as_bool()?,
        });
    }
    let body: Option<Vec<u8>> = serde_json::from_value(r["body"].clone()).ok()?;
    let values: Vec<(String, Vec<u8>)> = serde_json::from_value(doc["values"].clone()).ok()?;
    let spans = |part: &str| -> Option<Vec<(usize, usize)>> {
        serde_json::from_value(r["secrets"][part].clone()).ok()
    };
    let mut request = rt::Request {
        method,
        url: r["url"].as_str()?.to_owned(),
        headers,
        body,
        secrets: Default::default(),
    };
    request.secrets.url = spans("url")?;
    request.secrets.body = spans("body")?;
    Some(Signed { request, values })
}
