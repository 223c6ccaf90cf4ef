//! The three ways in emit the same module text for the same spec: this crate's build script
//! output, the standalone crate written by venue-gen (the snapshot crate), and what the
//! `venue!` macro expands to (less its `include_bytes!` line, which tracks the file).

use std::path::Path;

const BUILD_RS: &str = include_str!(concat!(env!("OUT_DIR"), "/viabtc.rs"));
const STANDALONE: &str = include_str!("../../../snapshot/src/viabtc.rs");

#[test]
fn build_script_matches_standalone_crate() {
    assert_eq!(BUILD_RS, STANDALONE);
}

#[test]
fn macro_expansion_matches_build_script() {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../specs/viabtc.yaml");
    let mut file: syn::File =
        syn::parse2(venue_codegen::expand_macro(&spec)).expect("macro output parses");
    let tracking = file.items.pop().expect("the include_bytes! item");
    assert!(
        matches!(tracking, syn::Item::Const(_)),
        "last item tracks the spec file"
    );
    assert_eq!(prettyplease::unparse(&file), BUILD_RS);
}
