//! No bad spec panics: every bundled spec with one line deleted, duplicated, or cut short
//! either loads (and then generates parseable code) or gives diagnostics.

use std::path::{Path, PathBuf};

fn check(file: &Path, text: &str) {
    match venue_codegen::load_str(file, text) {
        Ok(venue) => {
            let source = venue_codegen::module_source(&venue);
            assert!(source.contains("pub mod"), "{}", file.display());
        }
        Err(err) => {
            let diags = err.diagnostics();
            // Rendering (snippet, underline, help) must not panic either.
            let text = err.to_string();
            assert!(!diags.is_empty(), "an error without a diagnostic: {text}");
            assert!(
                diags
                    .iter()
                    .all(|d| d.line >= 1 && d.col >= 1 && !d.message.is_empty())
            );
        }
    }
}

#[test]
fn mutated_specs_never_panic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
    let specs = venue_codegen::Generator::new()
        .specs_dir(&dir)
        .spec_paths()
        .unwrap();
    for path in specs {
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let name = PathBuf::from(path.file_name().unwrap());
        // Every 5th line keeps the run short on two cores while still touching every section.
        for i in (0..lines.len()).step_by(5) {
            let mut deleted = lines.clone();
            deleted.remove(i);
            check(&name, &deleted.join("\n"));
            let mut doubled = lines.clone();
            doubled.insert(i, lines[i]);
            check(&name, &doubled.join("\n"));
            let half: String = lines[i]
                .chars()
                .take(lines[i].chars().count() / 2)
                .collect();
            let cut = lines[..i].join("\n") + "\n" + &half;
            check(&name, &cut);
        }
    }
}
