//! Typed, signed clients for Binance Spot, Calypso Pay, Cryptonex, KuCoin Spot, KunaPay, ViaBTC Pool.
//!
//! Written by venue-gen from the venue specs. Regenerate instead of editing: the module
//! files are the generator's exact output.

include!("binance.rs");
include!("calypso.rs");
include!("cryptonex.rs");
include!("kucoin.rs");
include!("kunapay.rs");
include!("viabtc.rs");
