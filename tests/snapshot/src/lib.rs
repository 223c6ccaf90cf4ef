//! Typed, signed clients for Binance Spot, Binance Pay, Bitfinex, Bitget, BitMEX, Bybit, Calypso Pay, Coinbase Exchange, Coinbase Commerce, Cryptonex, Gate.io Spot, Gemini, JSON Web Signature (RFC 7515) request signing, Kraken Spot, KuCoin Spot, KunaPay, OKX, Stripe, Tencent Cloud CVM (API 3.0), Upbit, ViaBTC Pool.
//!
//! Written by venue-gen from the venue specs. Regenerate instead of editing: the module
//! files are the generator's exact output.

include!("binance.rs");
include!("binance_pay.rs");
include!("bitfinex.rs");
include!("bitget.rs");
include!("bitmex.rs");
include!("bybit.rs");
include!("calypso.rs");
include!("coinbase.rs");
include!("coinbase_commerce.rs");
include!("cryptonex.rs");
include!("gateio.rs");
include!("gemini.rs");
include!("jws_detached.rs");
include!("kraken.rs");
include!("kucoin.rs");
include!("kunapay.rs");
include!("okx.rs");
include!("stripe.rs");
include!("tencent_cvm.rs");
include!("upbit.rs");
include!("viabtc.rs");
