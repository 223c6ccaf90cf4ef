//! Typed, signed clients for every venue in `specs/`, generated at build time.
//!
//! Each venue is a module (`venue_client::kucoin`, ...) with `Credentials`, a `Client` with
//! one async method per endpoint, the endpoint parameter and response types, and a `Signer`
//! that can also sign requests without sending them.
//!
//! Which venues are compiled is chosen by cargo features: one per spec file (`kucoin`, ...),
//! and `all-venues` (the default) for every spec in `specs/`.

include!(concat!(env!("OUT_DIR"), "/venues.rs"));

use venue_runtime as rt;

pub mod cli;

/// The exact request an endpoint call would send (credentials, endpoint, params, base URL,
/// pinned time and nonce, trace of intermediate values); sends nothing.
pub type SignFn = fn(
    &rt::serde_json::Value,
    &str,
    &rt::serde_json::Value,
    Option<&str>,
    rt::Stamp,
    &mut rt::Trace,
) -> Result<rt::Request, rt::Error>;

/// Calls an endpoint and returns its typed result as JSON (credentials, endpoint, params,
/// base URL, client options).
pub type CallFn = for<'a> fn(
    &'a rt::serde_json::Value,
    &'a str,
    &'a rt::serde_json::Value,
    Option<&'a str>,
    &'a rt::ClientOptions,
) -> rt::BoxFuture<'a, Result<rt::serde_json::Value, rt::Error>>;

/// One generated venue, for tools that pick a venue by name (the `venue` command).
pub struct Venue {
    pub info: &'static rt::VenueInfo,
    pub sign: SignFn,
    pub call: CallFn,
    pub verify: VerifyFn,
}

/// A venue's `verify_json`: credentials, webhook name, received headers and body, and the
/// time to check a signed timestamp against.
pub type VerifyFn = fn(
    &rt::serde_json::Value,
    &str,
    &[(String, String)],
    &[u8],
    std::time::SystemTime,
) -> Result<Result<rt::serde_json::Value, rt::VerifyError>, rt::Error>;

include!(concat!(env!("OUT_DIR"), "/registry.rs"));

/// Reference pages (Markdown) by venue name, rendered from the specs.
pub static REFERENCE_PAGES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/pages.rs"));

/// Looks a venue up by name.
pub fn venue(name: &str) -> Option<&'static Venue> {
    VENUES.iter().find(|v| v.info.name == name)
}
