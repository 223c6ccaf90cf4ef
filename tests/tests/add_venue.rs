//! Adding a venue is dropping a YAML file into the specs folder: `Generator::specs_dir` picks
//! it up, emits its module and lists it in the registry, with no Rust changes.
//!
//! Each test works in its own fresh folder under the system temp dir (removed at the end).

use std::path::{Path, PathBuf};

use venue_codegen::{GeneratedFile, Generator};

fn kucoin_spec() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs/kucoin.yaml")
}

/// A new, empty folder unique to this test and process.
struct TempDir(PathBuf);

impl TempDir {
    fn new(test: &str) -> TempDir {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let dir = std::env::temp_dir().join(format!(
            "venue-add-venue-{test}-{}-{nanos}",
            std::process::id()
        ));
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn file<'a>(files: &'a [GeneratedFile], name: &str) -> &'a GeneratedFile {
    files.iter().find(|f| f.name == name).unwrap_or_else(|| {
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        panic!("no generated `{name}`; got {names:?}")
    })
}

fn generate(dir: &Path) -> Vec<GeneratedFile> {
    Generator::new()
        .specs_dir(dir)
        .registry(true)
        .generate()
        .unwrap_or_else(|e| panic!("generation fails: {e}"))
}

#[test]
fn copied_spec_becomes_a_module_named_after_its_file() {
    // The folder holds the original and a copy under a new file name, as specs/ would after
    // `cp specs/kucoin.yaml specs/kucoin_copy.yaml`.
    let dir = TempDir::new("stem");
    std::fs::copy(kucoin_spec(), dir.0.join("kucoin.yaml")).expect("copy kucoin.yaml");
    std::fs::copy(kucoin_spec(), dir.0.join("kucoin_copy.yaml")).expect("copy as kucoin_copy");

    let files = generate(&dir.0);

    let module = file(&files, "kucoin_copy.rs");
    assert!(
        module.text.contains("pub mod kucoin_copy {"),
        "the module is named after the file stem"
    );
    assert!(file(&files, "kucoin.rs").text.contains("pub mod kucoin {"));
    let registry = &file(&files, "registry.rs").text;
    for name in ["kucoin", "kucoin_copy"] {
        assert!(
            registry.contains(&format!("info: &{name}::INFO,"))
                && registry.contains(&format!("sign: {name}::sign_json,")),
            "registry lists `{name}`:\n{registry}"
        );
    }
}

#[test]
fn copied_spec_with_a_matching_name_is_added() {
    // Holds under either naming rule: when the spec still carries a `name:` field, it is
    // changed to agree with the new file stem.
    let dir = TempDir::new("renamed");
    let text = std::fs::read_to_string(kucoin_spec()).expect("read kucoin.yaml");
    let text = text.replacen("\nname: kucoin\n", "\nname: kucoin_copy\n", 1);
    std::fs::write(dir.0.join("kucoin_copy.yaml"), text).expect("write kucoin_copy.yaml");

    let files = generate(&dir.0);

    let mut names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["kucoin_copy.rs", "registry.rs"]);
    let module = file(&files, "kucoin_copy.rs");
    assert!(module.text.contains("pub mod kucoin_copy {"));
    assert!(module.text.contains("pub struct Signer"));
    let registry = &file(&files, "registry.rs").text;
    assert!(
        registry.contains("info: &kucoin_copy::INFO,")
            && registry.contains("sign: kucoin_copy::sign_json,"),
        "registry lists the new venue:\n{registry}"
    );
}
