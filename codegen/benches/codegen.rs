//! What generating one venue costs, per spec in `specs/`: the time a build script (or the
//! `venue!` macro) spends on that venue.
//!
//! Run: `cargo bench -p venue-codegen --bench codegen` (append `-- kucoin` to run one venue).
//!
//! For every spec file, by file stem:
//!
//! - `total`: [`venue_codegen::load`] then [`venue_codegen::module_source`], i.e. read the
//!   file, parse, check and lower it, emit the module with quote and format it with
//!   prettyplease. Target: under 20 ms per venue.
//! - `load_validate`: `venue_codegen::load` alone (read + parse + check + lower).
//! - `emit_format`: `venue_codegen::module_source` alone, on a venue loaded beforehand.
//!
//! and the four steps underneath, each on the previous step's output prepared outside the
//! timed closure: `step_parse` (read + serde-saphyr + position index), `step_validate`
//! (check and lower to the IR), `step_emit` (quote) and `step_format` (syn parse +
//! prettyplease).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use divan::Bencher;
use venue_codegen::{emit, spec, validate};

fn main() {
    divan::main();
}

/// Every spec in `specs/`, as (file stem, path), sorted by file name.
fn specs() -> &'static [(String, PathBuf)] {
    static SPECS: OnceLock<Vec<(String, PathBuf)>> = OnceLock::new();
    SPECS.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
        venue_codegen::Generator::new()
            .specs_dir(&dir)
            .spec_paths()
            .unwrap_or_else(|e| panic!("list {}: {e}", dir.display()))
            .into_iter()
            .map(|p| {
                let stem = p.file_stem().expect("a spec file has a stem");
                (stem.to_string_lossy().into_owned(), p)
            })
            .collect()
    })
}

/// The venue names, the benchmarks' arguments.
fn venues() -> impl Iterator<Item = &'static str> {
    specs().iter().map(|(name, _)| name.as_str())
}

fn path(venue: &str) -> &'static Path {
    specs()
        .iter()
        .find(|(name, _)| name == venue)
        .map(|(_, p)| p.as_path())
        .unwrap_or_else(|| panic!("no spec named `{venue}`"))
}

fn loaded(venue: &str) -> venue_codegen::ir::Venue {
    venue_codegen::load(path(venue)).unwrap_or_else(|e| panic!("{e}"))
}

#[divan::bench(args = venues())]
fn total(bencher: Bencher, venue: &str) {
    let path = path(venue);
    bencher.bench_local(|| {
        let venue = venue_codegen::load(path).expect("the spec loads");
        venue_codegen::module_source(&venue)
    });
}

#[divan::bench(args = venues())]
fn load_validate(bencher: Bencher, venue: &str) {
    let path = path(venue);
    bencher.bench_local(|| venue_codegen::load(path).expect("the spec loads"));
}

#[divan::bench(args = venues())]
fn emit_format(bencher: Bencher, venue: &str) {
    let venue = loaded(venue);
    bencher.bench_local(|| venue_codegen::module_source(&venue));
}

#[divan::bench(args = venues())]
fn step_parse(bencher: Bencher, venue: &str) {
    let path = path(venue);
    bencher.bench_local(|| spec::load::load_file(path).expect("the spec parses"));
}

#[divan::bench(args = venues())]
fn step_validate(bencher: Bencher, venue: &str) {
    let parsed = spec::load::load_file(path(venue)).expect("the spec parses");
    bencher.bench_local(|| validate::check(&parsed).expect("the spec checks"));
}

#[divan::bench(args = venues())]
fn step_emit(bencher: Bencher, venue: &str) {
    let venue = loaded(venue);
    bencher.bench_local(|| emit::venue_module(&venue));
}

#[divan::bench(args = venues())]
fn step_format(bencher: Bencher, venue: &str) {
    let tokens = emit::venue_module(&loaded(venue));
    bencher
        .with_inputs(|| tokens.clone())
        .bench_local_values(|tokens| emit::format(tokens).expect("the module parses"));
}
