//! The one error type every runtime call returns.

use std::time::Duration;

/// What went wrong, without ever carrying a secret: messages are built from fixed text,
/// parameter paths and response bodies, never from credential material.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Connection, TLS, timeout or body-read failure.
    #[error("transport error: {}", one_line(.0))]
    Transport(String),
    /// A non-2xx response whose body carried no readable venue error.
    #[error("HTTP {status}: {}", one_line(.snippet))]
    Status { status: u16, snippet: String },
    /// The venue reported an error (envelope code, JSON-RPC error, or error body on non-2xx).
    #[error("venue error{} (HTTP {status}): {}", code_part(.code), one_line(.message))]
    Venue {
        status: u16,
        code: String,
        message: String,
    },
    /// The response was not the expected shape; `path` points into the JSON ("" = root).
    #[error("cannot decode response{}: {}", path_part(.path), one_line(.message))]
    Decode { path: String, message: String },
    /// HTTP 429; `retry_after` from the `Retry-After` header when it held seconds.
    #[error("rate limited{}", retry_part(.retry_after))]
    RateLimited { retry_after: Option<Duration> },
    /// A 3xx answer. Signed requests never follow a redirect: the signature, API key and body
    /// would go to wherever `Location` points. `location` is shown without its query.
    #[error("HTTP {status} redirect to {} was not followed (signed requests never are)", one_line(.location))]
    Redirect { status: u16, location: String },
    #[error("invalid parameter{}: {}", path_part(.name), one_line(.message))]
    InvalidParam { name: String, message: String },
    #[error("credential `{name}`: {}", one_line(.message))]
    Credential { name: String, message: String },
    #[error("signing failed: {}", one_line(.0))]
    Sign(String),
    #[error("invalid base URL: {}", one_line(.0))]
    InvalidBaseUrl(String),
    /// The response body was longer than the client's cap (`ClientCore::with_max_response_bytes`).
    #[error("response body larger than the {limit}-byte limit; not read further")]
    ResponseTooLarge { limit: usize },
}

impl Error {
    /// For an endpoint name that a venue does not have.
    pub fn unknown_endpoint(name: &str) -> Error {
        Error::InvalidParam {
            name: String::new(),
            message: format!("unknown endpoint `{name}`"),
        }
    }
}

// Display must stay on one line even when a venue's message or an HTML body has newlines.
fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.trim().chars() {
        if c.is_whitespace() || c.is_control() {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

fn code_part(code: &str) -> String {
    if code.is_empty() {
        String::new()
    } else {
        format!(" {}", one_line(code))
    }
}

fn path_part(path: &str) -> String {
    if path.is_empty() {
        String::new()
    } else {
        format!(" at `{path}`")
    }
}

fn retry_part(retry_after: &Option<Duration>) -> String {
    match retry_after {
        Some(d) => format!("; retry after {} s", d.as_secs_f64()),
        None => String::new(),
    }
}
