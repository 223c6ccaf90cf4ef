//! Generates one module per spec in ../specs, the `venue` command's registry, and a
//! reference page per venue. Dropping a new YAML file into specs/ adds a venue.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let specs = manifest.join("../specs");
    let specs = specs.canonicalize().unwrap_or(specs);
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-changed={}", specs.display());
    let generator = venue_codegen::Generator::new()
        .specs_dir(&specs)
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
        Err(err) => {
            // One line per problem, each `file:line:col: message`.
            for line in err.to_string().lines() {
                println!("cargo:warning={line}");
            }
            eprintln!("{err}");
            std::process::exit(1);
        }
    }
}
