//! The one error type every runtime call returns.

use std::time::Duration;

/// What went wrong, without ever carrying a secret: messages are built from fixed text,
/// parameter paths and response bodies, never from credential material.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// TLS, timeout or body-read failure, or a connection lost after the request may have
    /// been sent.
    #[error("transport error: {}", one_line(.0))]
    Transport(String),
    /// No connection could be made, so nothing was sent.
    #[error("cannot connect: {}", one_line(.0))]
    Connect(String),
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
    /// HTTP 429. `retry_after` is the `Retry-After` header (seconds or an HTTP date);
    /// `code` and `message` are the venue's own, when the body carried them.
    #[error("rate limited{}{}{}", code_part(.code), message_part(.message), retry_part(.retry_after))]
    RateLimited {
        retry_after: Option<Duration>,
        code: String,
        message: String,
    },
    /// HTTP 503, with the same details as [`Error::RateLimited`].
    #[error("service unavailable (HTTP 503){}{}{}", code_part(.code), message_part(.message), retry_part(.retry_after))]
    Unavailable {
        retry_after: Option<Duration>,
        code: String,
        message: String,
    },
    /// A call that is not safe to repeat failed after it may have reached the venue (a timeout,
    /// a lost connection, a 5xx, an unreadable answer): it may or may not have taken effect.
    /// It is never re-sent; check the venue (open orders, withdrawals) before trying again.
    #[error("outcome unknown, the request may have taken effect (not re-sent): {cause}")]
    OutcomeUnknown { cause: Box<Error> },
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
    /// Whether nothing can have happened at the venue: the request was refused before or
    /// without being carried out.
    pub fn surely_not_applied(&self) -> bool {
        match self {
            Error::Connect(_)
            | Error::RateLimited { .. }
            | Error::Unavailable { .. }
            | Error::Redirect { .. }
            | Error::InvalidParam { .. }
            | Error::Credential { .. }
            | Error::Sign(_)
            | Error::InvalidBaseUrl(_) => true,
            // A venue error (or a 4xx) says the venue looked at the request and refused it.
            Error::Venue { status, .. } | Error::Status { status, .. } => *status < 500,
            Error::Transport(_)
            | Error::Decode { .. }
            | Error::ResponseTooLarge { .. }
            | Error::OutcomeUnknown { .. } => false,
        }
    }

    /// For a webhook name that a venue does not have.
    pub fn unknown_webhook(name: &str) -> Error {
        Error::InvalidParam {
            name: String::new(),
            message: format!("unknown webhook `{name}`"),
        }
    }

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

fn message_part(message: &str) -> String {
    if message.is_empty() {
        String::new()
    } else {
        format!(": {}", one_line(message))
    }
}

fn path_part(path: &str) -> String {
    if path.is_empty() {
        String::new()
    } else {
        // A path holds response map keys, which may hold line breaks.
        format!(" at `{}`", one_line(path))
    }
}

fn retry_part(retry_after: &Option<Duration>) -> String {
    match retry_after {
        Some(d) => format!("; retry after {} s", d.as_secs_f64()),
        None => String::new(),
    }
}
