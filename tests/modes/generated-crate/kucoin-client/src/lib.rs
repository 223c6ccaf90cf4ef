//! Typed, signed clients for KuCoin Spot.
//!
//! Written by venue-gen from the venue specs. Regenerate instead of editing: the module
//! files are the generator's exact output.

include!("kucoin.rs");
