//! Turns venue API specs (YAML) into typed, signed Rust clients.
//!
//! The pipeline is one folder per step: [`spec`] (load) → [`validate`] (check and lower) →
//! [`ir`] → [`emit`] (quote, then prettyplease). [`render`] uses minijinja for the pages and
//! crate files around the generated code.
//!
//! Three ways in, all producing the same module text:
//! - the `venue!` proc macro (crate `venue-macros`) calls [`expand_macro`];
//! - a build script uses [`Generator`];
//! - [`write_crate`] writes a standalone crate.
//!
//! ```no_run
//! // build.rs
//! let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
//! venue_codegen::Generator::new()
//!     .spec("specs/myvenue.yaml")
//!     .write_to(&out)
//!     .unwrap_or_else(|e| panic!("{e}"));
//! // src/lib.rs: include!(concat!(env!("OUT_DIR"), "/myvenue.rs"));
//! ```

pub mod diag;
pub mod emit;
pub mod ir;
pub mod render;
pub mod spec;
pub mod validate;

use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;

pub use diag::{Diagnostic, Error};

/// Loads, checks and lowers one spec file.
pub fn load(path: &Path) -> Result<ir::Venue, Error> {
    let loaded = spec::load::load_file(path)?;
    validate::check(&loaded)
}

/// Loads, checks and lowers a spec given as text (`file` is used in diagnostics).
pub fn load_str(file: &Path, text: &str) -> Result<ir::Venue, Error> {
    let loaded = spec::load::load_str(file, text)?;
    validate::check(&loaded)
}

/// The formatted source of one venue's module: `pub mod <name> { ... }`.
pub fn module_source(venue: &ir::Venue) -> String {
    // The emitter only produces well-formed items; a failure here is a generator bug.
    emit::format(emit::venue_module(venue))
        .unwrap_or_else(|e| panic!("generated code for `{}` does not parse: {e}", venue.name))
}

/// What `venue!("path")` expands to: the module, plus an `include_bytes!` of the spec so that
/// editing the YAML rebuilds the caller. Each problem becomes a `compile_error!` holding its full
/// rendering (file:line:col, snippet, underline, help).
pub fn expand_macro(path: &Path) -> TokenStream {
    match load(path) {
        Ok(venue) => {
            let module = emit::venue_module(&venue);
            let tracked = path.to_string_lossy().into_owned();
            quote::quote! {
                #module
                const _: &[u8] = include_bytes!(#tracked);
            }
        }
        Err(err) => {
            let errors = match &err {
                Error::Spec(diags) => diags
                    .iter()
                    .map(Diagnostic::render_for_compile_error)
                    .collect(),
                Error::Io { path, message } => vec![format!("{}: {message}", path.display())],
            };
            quote::quote!(#(compile_error!(#errors);)*)
        }
    }
}

/// The JSON Schema of the spec format, for editors.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(spec::Spec);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// Generates modules from specs, for a build script.
#[derive(Debug, Default)]
pub struct Generator {
    specs: Vec<PathBuf>,
    dirs: Vec<PathBuf>,
    registry: bool,
    reference_pages: bool,
}

/// One generated file: a name relative to the output folder, and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub name: String,
    pub text: String,
}

impl Generator {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one spec file.
    pub fn spec(mut self, path: impl Into<PathBuf>) -> Self {
        self.specs.push(path.into());
        self
    }

    /// Adds every `*.yaml` / `*.yml` file in a folder (sorted by name).
    pub fn specs_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.dirs.push(dir.into());
        self
    }

    /// Also writes `registry.rs`, the table the `venue` command reads.
    pub fn registry(mut self, yes: bool) -> Self {
        self.registry = yes;
        self
    }

    /// Also writes `<name>.md`, a reference page per venue.
    pub fn reference_pages(mut self, yes: bool) -> Self {
        self.reference_pages = yes;
        self
    }

    /// The spec files this generator reads, in order.
    pub fn spec_paths(&self) -> Result<Vec<PathBuf>, Error> {
        let mut paths = self.specs.clone();
        for dir in &self.dirs {
            let mut found = Vec::new();
            for entry in std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
                let path = entry.map_err(|e| Error::io(dir, e))?.path();
                if matches!(
                    path.extension().and_then(|e| e.to_str()),
                    Some("yaml" | "yml")
                ) {
                    found.push(path);
                }
            }
            found.sort();
            paths.extend(found);
        }
        Ok(paths)
    }

    /// Loads every spec; reports the problems of all files together.
    pub fn load_all(&self) -> Result<Vec<ir::Venue>, Error> {
        let mut venues: Vec<ir::Venue> = Vec::new();
        let mut diags = Vec::new();
        for path in self.spec_paths()? {
            match load(&path) {
                // `x.yaml` and `x.yml` would both be module `x`.
                Ok(v) if venues.iter().any(|o| o.name == v.name) => diags.push(
                    Diagnostic::new(
                        path.clone(),
                        1,
                        1,
                        format!("another spec file already generates module `{}`", v.name),
                    )
                    .with_help(
                        "rename one of the two files: a spec's file name is its module name",
                    ),
                ),
                Ok(v) => venues.push(v),
                Err(Error::Spec(d)) => diags.extend(d),
                Err(e) => return Err(e),
            }
        }
        if diags.is_empty() {
            Ok(venues)
        } else {
            Err(Error::Spec(diags))
        }
    }

    /// Generates every file in memory.
    pub fn generate(&self) -> Result<Vec<GeneratedFile>, Error> {
        let venues = self.load_all()?;
        let mut files: Vec<GeneratedFile> = venues
            .iter()
            .map(|v| GeneratedFile {
                name: format!("{}.rs", v.name),
                text: module_source(v),
            })
            .collect();
        if self.registry {
            let refs: Vec<&ir::Venue> = venues.iter().collect();
            let text = emit::format(emit::registry(&refs))
                .unwrap_or_else(|e| panic!("registry does not parse: {e}"));
            files.push(GeneratedFile {
                name: "registry.rs".into(),
                text,
            });
        }
        if self.reference_pages {
            for v in &venues {
                files.push(GeneratedFile {
                    name: format!("{}.md", v.name),
                    text: render::reference_page(v),
                });
            }
        }
        Ok(files)
    }

    /// Generates and writes into `out_dir`, rewriting only files whose text changed.
    pub fn write_to(&self, out_dir: &Path) -> Result<Vec<GeneratedFile>, Error> {
        let files = self.generate()?;
        for f in &files {
            write_if_changed(&out_dir.join(&f.name), &f.text)?;
        }
        Ok(files)
    }
}

/// Writes a standalone crate: `Cargo.toml`, `src/lib.rs` and one `src/<venue>.rs` per spec.
/// `runtime_path` is how the crate's Cargo.toml finds `venue-runtime` (a path or a version).
pub fn write_crate(
    crate_name: &str,
    specs: &[PathBuf],
    runtime_dep: &render::RuntimeDep,
    out_dir: &Path,
) -> Result<Vec<GeneratedFile>, Error> {
    let files = crate_files(crate_name, specs, runtime_dep)?;
    for f in &files {
        write_if_changed(&out_dir.join(&f.name), &f.text)?;
    }
    Ok(files)
}

/// The files of a standalone crate, in memory.
pub fn crate_files(
    crate_name: &str,
    specs: &[PathBuf],
    runtime_dep: &render::RuntimeDep,
) -> Result<Vec<GeneratedFile>, Error> {
    let generator = specs.iter().fold(Generator::new(), |g, s| g.spec(s));
    let venues = generator.load_all()?;
    let mut files = vec![
        GeneratedFile {
            name: "Cargo.toml".into(),
            text: render::crate_manifest(crate_name, runtime_dep, &spec_names(specs)),
        },
        GeneratedFile {
            name: "src/lib.rs".into(),
            text: render::crate_lib(&venues),
        },
    ];
    for v in &venues {
        files.push(GeneratedFile {
            name: format!("src/{}.rs", v.name),
            text: module_source(v),
        });
    }
    Ok(files)
}

fn spec_names(specs: &[PathBuf]) -> Vec<String> {
    specs
        .iter()
        .map(|p| {
            p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            )
        })
        .collect()
}

fn write_if_changed(path: &Path, text: &str) -> Result<(), Error> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    std::fs::write(path, text).map_err(|e| Error::io(path, e))
}
