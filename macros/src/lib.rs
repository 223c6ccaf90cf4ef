//! `venue!("specs/myvenue.yaml")`: expands to the same `pub mod myvenue { ... }` that a build
//! script generates. The path is relative to the calling crate's `CARGO_MANIFEST_DIR`, and may
//! use `${NAME}` for an environment variable.
//!
//! Each mistake in the spec becomes a `compile_error!` at the macro call holding the rustc-style
//! rendering: what is wrong, `--> file:line:col`, the spec line with the span underlined, and a
//! `help:` line where there is one. The macro itself never panics. The spec is tracked with `include_bytes!`, so editing the
//! YAML rebuilds the caller. The caller depends on `venue-runtime`.

use proc_macro::TokenStream;

#[proc_macro]
pub fn venue(input: TokenStream) -> TokenStream {
    let path = match syn::parse::<syn::LitStr>(input) {
        Ok(lit) => lit,
        Err(err) => return err.to_compile_error().into(),
    };
    let Some(dir) = std::env::var_os("CARGO_MANIFEST_DIR") else {
        return syn::Error::new(
            path.span(),
            "CARGO_MANIFEST_DIR is not set; build with cargo",
        )
        .to_compile_error()
        .into();
    };
    let text = match expand_env(&path.value()) {
        Ok(text) => text,
        Err(message) => {
            return syn::Error::new(path.span(), message)
                .to_compile_error()
                .into();
        }
    };
    let file = normalize(&std::path::Path::new(&dir).join(text));
    venue_codegen::expand_macro(&file).into()
}

/// Replaces `${NAME}` with the environment variable's value, so a path can start from a
/// known folder (`${CARGO_MANIFEST_DIR}`, or one a test harness sets).
fn expand_env(text: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("${") {
        out.push_str(&rest[..start]);
        let Some(len) = rest[start + 2..].find('}') else {
            return Err(format!("`${{` without a closing `}}` in `{text}`"));
        };
        let name = &rest[start + 2..start + 2 + len];
        match std::env::var(name) {
            Ok(value) => out.push_str(&value),
            Err(_) => {
                return Err(format!(
                    "environment variable `{name}` is not set (used in `{text}`)"
                ));
            }
        }
        rest = &rest[start + 3 + len..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Folds `a/b/../c` to `a/c` without touching the file system, so diagnostics show a clean path.
fn normalize(path: &std::path::Path) -> std::path::PathBuf {
    use std::path::Component;
    let mut out = std::path::PathBuf::new();
    for part in path.components() {
        match part {
            Component::ParentDir
                if matches!(out.components().next_back(), Some(Component::Normal(_))) =>
            {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}
