//! Any text given to the spec loader either loads (and then generates a module) or gives
//! diagnostics that point inside the text and say what is wrong.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The loader takes text; invalid UTF-8 is turned away before it.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let file = Path::new("fuzz.yaml");
    let err = match venue_codegen::load_str(file, text) {
        Ok(venue) => {
            let source = venue_codegen::module_source(&venue);
            assert!(source.contains("pub mod"));
            return;
        }
        Err(err) => err,
    };
    let diags = err.diagnostics();
    assert!(!diags.is_empty(), "an error without a diagnostic: {err}");
    let lines = yaml_lines(text);
    for d in diags {
        assert!(!d.message.trim().is_empty(), "{}", d.short());
        assert!(
            (1..=lines.len()).contains(&d.line),
            "{} of {} lines",
            d.short(),
            lines.len()
        );
        let width = lines[d.line - 1].chars().count();
        assert!(
            (1..=width + 1).contains(&d.col),
            "{} on a line of {width} chars",
            d.short()
        );
    }
    let _ = err.to_string();
});

/// The lines as YAML counts them: CR, LF and CR LF each end one. A position just past a final
/// line break is still inside the text, so a trailing empty line is kept.
fn yaml_lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(['\r', '\n']) {
        lines.push(&rest[..i]);
        let skip = if rest[i..].starts_with("\r\n") { 2 } else { 1 };
        rest = &rest[i + skip..];
    }
    lines.push(rest);
    lines
}
