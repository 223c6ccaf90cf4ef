//! Small helpers shared by the `e2e_*` tests: pinned clocks and typed-error checks.
//!
//! Every `e2e_*` file pulls this in with `mod common;`; not every file uses every helper.
#![allow(dead_code)]

use std::sync::Arc;
use std::time::Duration;

use venue_runtime::{self as rt, Error};

/// The instant most tests pin both the client and the simulator clock to
/// (2023-11-14T22:13:20Z), so signatures and nonces are reproducible.
pub const NOW: u64 = 1_700_000_000_000;

/// Sends every call once, so a test sees the first failure rather than a retry.
pub fn no_retry(core: rt::ClientCore) -> Result<rt::ClientCore, Error> {
    Ok(core.with_retry(rt::RetryPolicy::NEVER))
}

/// A client clock stuck at `ms`.
pub fn fixed(ms: u64) -> Arc<dyn rt::Clock> {
    Arc::new(rt::FixedClock(ms))
}

/// The value of header `name` (case-insensitive) in a recorded request, or a panic naming it.
pub fn header<'a>(req: &'a venue_tests::sim::Recorded, name: &str) -> &'a str {
    req.header(name)
        .unwrap_or_else(|| panic!("header `{name}` was not sent; headers: {:?}", req.headers))
}

/// Asserts `err` is `Error::Venue` with this HTTP status and venue code; returns the message.
#[track_caller]
pub fn expect_venue(err: Error, status: u16, code: &str) -> String {
    match err {
        Error::Venue {
            status: s,
            code: c,
            message,
        } => {
            assert_eq!(
                (s, c.as_str()),
                (status, code),
                "venue error status/code (message: {message})"
            );
            message
        }
        other => {
            panic!("expected Error::Venue {{ status: {status}, code: {code} }}, got {other:?}")
        }
    }
}

/// Asserts `err` is the HTTP 502 the simulator's [`Failure::Html502`] produces.
///
/// [`Failure::Html502`]: venue_tests::sim::Failure::Html502
#[track_caller]
pub fn expect_html_502(err: Error) {
    match err {
        Error::Status { status, snippet } => {
            assert_eq!(status, 502);
            assert!(
                snippet.contains("<title>502 Bad Gateway</title>"),
                "snippet should be the start of the HTML page: {snippet:?}"
            );
        }
        other => panic!("expected Error::Status {{ status: 502, .. }}, got {other:?}"),
    }
}

/// Asserts `err` is a decode error at the root of the body (invalid JSON, e.g. truncated).
#[track_caller]
pub fn expect_truncated(err: Error) {
    match err {
        Error::Decode { path, message } => {
            assert_eq!(
                path, "",
                "a truncated body fails before any field ({message})"
            );
            assert!(
                message.contains("EOF"),
                "serde_json reports the cut body as an EOF: {message}"
            );
        }
        other => panic!("expected Error::Decode for a truncated body, got {other:?}"),
    }
}

/// Asserts `err` is `Error::RateLimited` carrying the `Retry-After` seconds.
#[track_caller]
pub fn expect_rate_limited(err: Error, secs: u64) {
    match err {
        Error::RateLimited { retry_after, .. } => {
            assert_eq!(retry_after, Some(Duration::from_secs(secs)));
        }
        other => panic!("expected Error::RateLimited {{ retry_after: {secs} s }}, got {other:?}"),
    }
}
