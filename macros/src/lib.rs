//! `venue!("specs/myvenue.yaml")`: expands to the same `pub mod myvenue { ... }` that a build
//! script generates. The path is relative to the calling crate's `CARGO_MANIFEST_DIR`.
//!
//! A mistake in the spec becomes a `compile_error!` quoting `file:line:col` and what is wrong;
//! the macro itself never panics. The spec is tracked with `include_bytes!`, so editing the
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
    let file = normalize(&std::path::Path::new(&dir).join(path.value()));
    venue_codegen::expand_macro(&file).into()
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
