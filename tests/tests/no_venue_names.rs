//! The generator, macro and runtime name no venue: a venue that needs something new gets a
//! general recipe operation instead. Every spec in specs/ is checked against their sources.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if matches!(path.extension().and_then(|e| e.to_str()), Some("rs" | "j2")) {
            out.push(path);
        }
    }
}

#[test]
fn generator_and_runtime_sources_name_no_venue() {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(root().join("specs")).unwrap().flatten() {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) == Some("yaml") {
            let stem = path.file_stem().unwrap().to_string_lossy().to_lowercase();
            // `gateio` is also written `gate.io`.
            names.push(stem.replace("io", ".io"));
            names.push(stem);
        }
    }
    assert!(
        names.len() >= 10,
        "expected the bundled specs, found {names:?}"
    );
    let mut files = Vec::new();
    for dir in ["codegen/src", "runtime/src", "macros/src"] {
        sources(&root().join(dir), &mut files);
    }
    let mut hits = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap().to_lowercase();
        for name in &names {
            if name.len() >= 3 && text.contains(name.as_str()) {
                hits.push(format!("{} mentions `{name}`", file.display()));
            }
        }
    }
    assert!(hits.is_empty(), "{hits:#?}");
}
