//! Snapshots of the generated code for every spec in specs/, kept as a crate that compiles
//! (tests/snapshot, a workspace member). Any change to emitted code shows up as a diff there.
//! Regenerate with `UPDATE_SNAPSHOTS=1 cargo test -p venue-codegen --test snapshots`.

use std::path::{Path, PathBuf};

use venue_codegen::render::RuntimeDep;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Checks (or with UPDATE_SNAPSHOTS, rewrites) a generated crate against its folder.
fn check_crate(dir: &Path, files: &[venue_codegen::GeneratedFile]) {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut stale = Vec::new();
    for f in files {
        let path = dir.join(&f.name);
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        if on_disk != f.text {
            if update {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, &f.text).unwrap();
            } else {
                stale.push(f.name.clone());
            }
        }
    }
    // A spec that was removed leaves a module file nobody generates any more.
    for entry in std::fs::read_dir(dir.join("src"))
        .into_iter()
        .flatten()
        .flatten()
    {
        let name = format!("src/{}", entry.file_name().to_string_lossy());
        if !files.iter().any(|f| f.name == name) {
            if update {
                std::fs::remove_file(entry.path()).unwrap();
            } else {
                stale.push(format!("{name} (no longer generated)"));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "{} is stale: {stale:?}; review the change and rerun with UPDATE_SNAPSHOTS=1",
        dir.display()
    );
}

#[test]
fn every_spec_matches_its_snapshot() {
    let specs = venue_codegen::Generator::new()
        .specs_dir(root().join("specs"))
        .spec_paths()
        .unwrap();
    let files = venue_codegen::crate_files(
        "venue-snapshot",
        &specs,
        &RuntimeDep::Path("../../runtime".into()),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    check_crate(&root().join("tests/snapshot"), &files);
}

#[test]
fn generated_crate_example_is_current() {
    let specs = [root().join("specs/kucoin.yaml")];
    let files = venue_codegen::crate_files(
        "kucoin-client",
        &specs,
        &RuntimeDep::Path("../../../../runtime".into()),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    check_crate(
        &root().join("tests/modes/generated-crate/kucoin-client"),
        &files,
    );
}

#[test]
fn generation_is_deterministic() {
    let spec = root().join("specs/kucoin.yaml");
    let a = venue_codegen::module_source(&venue_codegen::load(&spec).unwrap());
    let b = venue_codegen::module_source(&venue_codegen::load(&spec).unwrap());
    assert_eq!(a, b);
}
