//! A crate whose build script generates its ViaBTC client.

include!(concat!(env!("OUT_DIR"), "/viabtc.rs"));
