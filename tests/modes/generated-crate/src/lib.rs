//! Uses `kucoin-client`, written by
//! `venue-gen crate --name kucoin-client --out tests/modes/generated-crate/kucoin-client --runtime-path ../../../../runtime specs/kucoin.yaml`.

pub use kucoin_client::kucoin;
