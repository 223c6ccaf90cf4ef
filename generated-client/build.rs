//! Generates one module per selected spec in ../specs, the `venue` command's registry, and a
//! reference page per venue.
//!
//! Which specs: the crate's cargo features. `all-venues` (on by default) generates every spec
//! in specs/, so dropping a new YAML file into specs/ adds a venue. Otherwise each spec
//! `<name>.yaml` is generated when feature `<name>` is on (cargo sets
//! `CARGO_FEATURE_<NAME>`, upper-cased, `-` as `_`). With no venue selected the crate still
//! builds, with an empty registry, and says so in a warning.

use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let specs = manifest.join("../specs");
    let specs = specs.canonicalize().unwrap_or(specs);
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));

    let all = venue_codegen::Generator::new()
        .specs_dir(&specs)
        .spec_paths()
        .unwrap_or_else(|err| fail(&err.to_string()));
    let selected: Vec<PathBuf> = if feature_on("all-venues") {
        // A new file in specs/ is picked up even before it has a feature of its own.
        println!("cargo:rerun-if-changed={}", specs.display());
        all
    } else {
        let selected: Vec<PathBuf> = all
            .into_iter()
            .filter(|p| stem(p).is_some_and(feature_on))
            .collect();
        for path in &selected {
            println!("cargo:rerun-if-changed={}", path.display());
        }
        if selected.is_empty() {
            println!("cargo:rerun-if-changed=build.rs");
            println!(
                "cargo:warning=venue-client: no venue selected, so the crate has no venue \
                 modules and an empty registry; enable `all-venues` (the default) or one \
                 feature per venue, e.g. `features = [\"kucoin\"]`"
            );
        }
        selected
    };

    let generator = selected
        .iter()
        .fold(venue_codegen::Generator::new(), |g, path| g.spec(path))
        .registry(true)
        .reference_pages(true);
    match generator.write_to(&out) {
        Ok(files) => {
            let mut modules = String::new();
            for f in files
                .iter()
                .filter(|f| f.name.ends_with(".rs") && f.name != "registry.rs")
            {
                modules.push_str(&format!(
                    "include!(concat!(env!(\"OUT_DIR\"), \"/{}\"));\n",
                    f.name
                ));
            }
            std::fs::write(out.join("venues.rs"), modules).expect("write venues.rs");
            let pages: Vec<String> = files
                .iter()
                .filter_map(|f| f.name.strip_suffix(".md"))
                .map(|n| {
                    format!("(\"{n}\", include_str!(concat!(env!(\"OUT_DIR\"), \"/{n}.md\"))),\n")
                })
                .collect();
            std::fs::write(out.join("pages.rs"), format!("&[\n{}]", pages.concat()))
                .expect("write pages.rs");
        }
        Err(err) => fail(&err.to_string()),
    }
}

/// Whether cargo feature `name` is on for this build.
fn feature_on(name: &str) -> bool {
    let var = format!("CARGO_FEATURE_{}", name.to_uppercase().replace('-', "_"));
    std::env::var_os(var).is_some()
}

/// A spec's file stem: its module name, and the name of its feature.
fn stem(path: &Path) -> Option<&str> {
    path.file_stem().and_then(|s| s.to_str())
}

/// Reports `message` and stops. A spec error's rendering (what is wrong, `--> file:line:col`,
/// the spec line with the span underlined, `help:` lines) spans several lines: each becomes a
/// `cargo:warning=` line so that cargo shows it in full, and the whole goes to stderr too.
fn fail(message: &str) -> ! {
    for line in message.lines() {
        println!("cargo:warning={line}");
    }
    eprintln!("{message}");
    std::process::exit(1);
}
