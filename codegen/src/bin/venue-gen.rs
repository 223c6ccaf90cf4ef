//! `venue-gen`: check specs, write a standalone crate, print the JSON Schema or a reference page.
//!
//! ```text
//! venue-gen check SPEC...
//! venue-gen crate --name NAME --out DIR [--runtime-path PATH | --runtime-version VER] SPEC...
//! venue-gen module SPEC          # the formatted module, as build.rs and the macro produce it
//! venue-gen page SPEC            # Markdown reference page
//! venue-gen schema               # JSON Schema of the spec format
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use venue_codegen::render::RuntimeDep;

const USAGE: &str = "usage: venue-gen check SPEC... | crate --name NAME --out DIR [--runtime-path PATH | --runtime-version VER] SPEC... | module SPEC | page SPEC | schema";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let (command, rest) = args.split_first().ok_or(USAGE)?;
    match command.as_str() {
        "check" => {
            if rest.is_empty() {
                return Err(USAGE.into());
            }
            let generator = rest
                .iter()
                .fold(venue_codegen::Generator::new(), |g, s| g.spec(s));
            let venues = generator.load_all().map_err(|e| e.to_string())?;
            for v in venues {
                println!(
                    "ok: {} ({} endpoints, {} webhooks, {} examples)",
                    v.name,
                    v.endpoints.len(),
                    v.webhooks.len(),
                    v.examples.len() + v.webhook_examples.len()
                );
            }
            Ok(())
        }
        "crate" => write_crate(rest),
        "module" | "page" => {
            let [spec] = rest else {
                return Err(USAGE.into());
            };
            let venue = venue_codegen::load(&PathBuf::from(spec)).map_err(|e| e.to_string())?;
            if command == "module" {
                print!("{}", venue_codegen::module_source(&venue));
            } else {
                print!("{}", venue_codegen::render::reference_page(&venue));
            }
            Ok(())
        }
        "schema" => {
            print!("{}", venue_codegen::json_schema());
            Ok(())
        }
        _ => Err(USAGE.into()),
    }
}

fn write_crate(args: &[String]) -> Result<(), String> {
    let mut name = None;
    let mut out = None;
    let mut runtime = RuntimeDep::Version(env!("CARGO_PKG_VERSION").to_owned());
    let mut specs = Vec::new();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = || {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{arg} needs a value\n{USAGE}"))
        };
        match arg.as_str() {
            "--name" => name = Some(value()?),
            "--out" => out = Some(PathBuf::from(value()?)),
            "--runtime-path" => runtime = RuntimeDep::Path(value()?),
            "--runtime-version" => runtime = RuntimeDep::Version(value()?),
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {flag}\n{USAGE}"));
            }
            spec => specs.push(PathBuf::from(spec)),
        }
    }
    let (Some(name), Some(out)) = (name, out) else {
        return Err(USAGE.into());
    };
    if specs.is_empty() {
        return Err(format!("no spec files given\n{USAGE}"));
    }
    let files =
        venue_codegen::write_crate(&name, &specs, &runtime, &out).map_err(|e| e.to_string())?;
    for f in files {
        println!("wrote {}", out.join(f.name).display());
    }
    Ok(())
}
