//! A crate that gets its Calypso client from the macro. The spec's documented examples run
//! as this crate's unit tests (`cargo test -p example-macro-mode`).

venue_macros::venue!("../../../specs/calypso.yaml");
