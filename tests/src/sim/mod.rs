//! Hand-written loopback HTTP simulators of the five seed venues.
//!
//! Every simulator is an axum app bound to `127.0.0.1:0`, started with the venue module's
//! `spawn(Config) -> Sim`. All of them share this module's plumbing:
//!
//! * every request is recorded exactly as received (method, raw path, raw query string,
//!   headers, raw body bytes) before anything else happens: [`Sim::last_request`],
//!   [`Sim::requests`];
//! * signatures are always recomputed from those raw bytes, never from a re-serialised
//!   form, so a client that signs one byte string and sends another is caught;
//! * the server clock is either the system clock or pinned by the test
//!   ([`Sim::set_now_ms`], `Config::now_ms`);
//! * a test can force transport-level failures ([`Failure`]) on the next request(s).
//!
//! The venue logic (authentication, routing, response examples) lives in one file per venue
//! and is written from the documents only; each file says where it had to invent something
//! because the documents are silent.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use serde_json::Value;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub mod calypso;
pub mod cryptonex;
pub mod kucoin;
pub mod kunapay;
pub mod viabtc;

/// Largest request body a simulator accepts (1 MiB).
const BODY_LIMIT: usize = 1 << 20;

/// A failure forced on the next request, before (or instead of) the venue's own handling.
///
/// Failures are queued: each incoming request takes at most one from the front of the queue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// `502 Bad Gateway` with an HTML page (as a CDN or load balancer in front of the venue
    /// would send). The venue never sees the request: no nonce is consumed.
    Html502,
    /// The venue handles the request normally (authentication, nonce bookkeeping and all),
    /// then the response body is cut to its first half. Status and headers stay, and
    /// `Content-Length` matches the cut body, so the HTTP framing is valid but the JSON is not.
    Truncated,
    /// `429 Too Many Requests` with `Retry-After: <secs>` and a small venue-shaped JSON body.
    /// The venue never sees the request.
    RateLimited(u64),
    /// `503 Service Unavailable` with this `Retry-After` value and a small JSON body
    /// (`{"code":"503000","msg":"Service busy"}`). The venue never sees the request.
    Unavailable(String),
    /// Wait this long, then handle the request normally (for client timeouts).
    Delay(Duration),
    /// Answer with exactly this status, content type and body. The venue never sees the request.
    Raw {
        status: u16,
        content_type: String,
        body: String,
    },
}

/// One request exactly as the simulator received it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recorded {
    /// Upper-case method, e.g. `"GET"`.
    pub method: String,
    /// The raw request path as received, still percent-encoded, including any base-URL
    /// prefix (e.g. `/res/openapi/v1/hashrate` for ViaBTC).
    pub path: String,
    /// The raw query string as received, without the `?`. `None` when the request target had
    /// no `?`; `Some("")` when it ended in a bare `?`.
    pub query: Option<String>,
    /// Header names in lower case (HTTP/1.1 names are case-insensitive) with their values,
    /// in the order received.
    pub headers: Vec<(String, String)>,
    /// The raw body bytes.
    pub body: Vec<u8>,
}

impl Recorded {
    /// The first value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The body as UTF-8 text (lossy).
    pub fn body_text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The body parsed as JSON, if it is JSON.
    pub fn body_json(&self) -> Option<Value> {
        serde_json::from_slice(&self.body).ok()
    }

    /// `path` plus `?query` when a query string was present: the request target as sent.
    pub fn target(&self) -> String {
        match &self.query {
            Some(q) => format!("{}?{}", self.path, q),
            None => self.path.clone(),
        }
    }

    /// `path` plus `?` and the query with its escapes undone (`%XX` and `+`), as venues that
    /// decode the query before checking a signature read it.
    pub fn decoded_target(&self) -> String {
        match &self.query {
            Some(q) => format!("{}?{}", self.path, percent_decode(q)),
            None => self.path.clone(),
        }
    }

    /// The decoded `name=value` pairs of the query string, in order (`+` and `%XX` decoded).
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        self.query.as_deref().map(parse_query).unwrap_or_default()
    }

    /// The first decoded value of query parameter `name`.
    pub fn query_param(&self, name: &str) -> Option<String> {
        self.query_pairs()
            .into_iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
    }
}

/// Decodes an `application/x-www-form-urlencoded` query string into pairs.
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| match part.split_once('=') {
            Some((k, v)) => (percent_decode(k), percent_decode(v)),
            None => (percent_decode(part), String::new()),
        })
        .collect()
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let decoded = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|hex| u8::from_str_radix(hex, 16).ok());
                match decoded {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                        continue;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A response a venue handler produced, before it becomes an HTTP response (kept as plain
/// bytes so that [`Failure::Truncated`] can cut it).
#[derive(Clone, Debug)]
pub(crate) struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub(crate) fn json(status: u16, value: &Value) -> Reply {
        Reply {
            status,
            content_type: "application/json",
            headers: Vec::new(),
            body: serde_json::to_vec(value).expect("a serde_json::Value always serialises"),
        }
    }

    fn into_response(self) -> Response {
        let mut response = Response::new(Body::from(self.body));
        *response.status_mut() =
            StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(self.content_type),
        );
        for (name, value) in self.headers {
            if let Ok(value) = HeaderValue::from_str(&value) {
                headers.insert(name, value);
            }
        }
        response
    }
}

/// What one venue module provides to the shared plumbing.
pub(crate) trait Venue: Send + Sync + 'static {
    /// The path prefix of the venue's base URL (`""` when the base URL is just the origin).
    const BASE_PATH: &'static str;

    /// Handles one request (already recorded). `now_ms` is the server clock at receipt.
    fn handle(&self, req: &Recorded, now_ms: u64) -> Reply;

    /// The JSON body sent with [`Failure::RateLimited`]'s 429.
    fn rate_limited_body(&self) -> Value;
}

/// State shared between the server task and the [`Sim`] handle.
struct Common {
    clock: Mutex<Option<u64>>,
    failures: Mutex<VecDeque<Failure>>,
    requests: Mutex<Vec<Recorded>>,
}

/// Locks a mutex, ignoring poisoning (a panicking test must not hide the recorded state).
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// The system clock in milliseconds since the Unix epoch.
pub fn system_now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

impl Common {
    fn now_ms(&self) -> u64 {
        lock(&self.clock).unwrap_or_else(system_now_ms)
    }
}

/// A running simulator. Dropping it shuts the server down (graceful shutdown: requests in
/// flight finish, idle connections close).
pub struct Sim {
    addr: SocketAddr,
    base_path: &'static str,
    common: Arc<Common>,
    shutdown: Option<oneshot::Sender<()>>,
    _task: JoinHandle<()>,
}

impl Sim {
    /// The venue's base URL on this simulator: `http://127.0.0.1:PORT` plus the path prefix
    /// of the real base URL (only ViaBTC has one: `/res/openapi/v1`).
    pub fn base_url(&self) -> String {
        format!("{}{}", self.origin(), self.base_path)
    }

    /// `http://127.0.0.1:PORT`, without any path prefix.
    pub fn origin(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The bound socket address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Replaces the queue of forced failures with `failure` (or clears it with `None`).
    pub fn set_failure(&self, failure: Option<Failure>) {
        let mut q = lock(&self.common.failures);
        q.clear();
        q.extend(failure);
    }

    /// Appends a failure to the queue: after the ones already queued, the next request takes it.
    pub fn push_failure(&self, failure: Failure) {
        lock(&self.common.failures).push_back(failure);
    }

    /// Pins the server clock (`Some(ms)`) or returns it to the system clock (`None`).
    pub fn set_now_ms(&self, now_ms: Option<u64>) {
        *lock(&self.common.clock) = now_ms;
    }

    /// The server clock now, in ms.
    pub fn now_ms(&self) -> u64 {
        self.common.now_ms()
    }

    /// The last request received, if any.
    pub fn last_request(&self) -> Option<Recorded> {
        lock(&self.common.requests).last().cloned()
    }

    /// Every request received so far, oldest first.
    pub fn requests(&self) -> Vec<Recorded> {
        lock(&self.common.requests).clone()
    }

    /// How many requests were received so far.
    pub fn request_count(&self) -> usize {
        lock(&self.common.requests).len()
    }
}

impl Drop for Sim {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Binds `127.0.0.1:0` and serves `venue` until the returned [`Sim`] is dropped.
pub(crate) async fn start<V: Venue>(
    venue: V,
    now_ms: Option<u64>,
    fail_next: Option<Failure>,
) -> Sim {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind 127.0.0.1:0");
    let addr = listener
        .local_addr()
        .expect("local_addr of a bound listener");
    let common = Arc::new(Common {
        clock: Mutex::new(now_ms),
        failures: Mutex::new(fail_next.into_iter().collect()),
        requests: Mutex::new(Vec::new()),
    });
    let venue = Arc::new(venue);
    let app = Router::new().fallback({
        let common = Arc::clone(&common);
        move |req: Request| {
            let common = Arc::clone(&common);
            let venue = Arc::clone(&venue);
            async move { dispatch(&common, &*venue, req).await }
        }
    });
    let (tx, rx) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                let _ = rx.await;
            })
            .await;
    });
    Sim {
        addr,
        base_path: V::BASE_PATH,
        common,
        shutdown: Some(tx),
        _task: task,
    }
}

const HTML_502: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n\
<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

async fn dispatch<V: Venue>(common: &Common, venue: &V, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let body = match axum::body::to_bytes(body, BODY_LIMIT).await {
        Ok(bytes) => bytes.to_vec(),
        Err(_) => {
            return Reply {
                status: 413,
                content_type: "text/plain",
                headers: Vec::new(),
                body: b"request body too large or unreadable".to_vec(),
            }
            .into_response();
        }
    };
    let recorded = Recorded {
        method: parts.method.as_str().to_owned(),
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().map(str::to_owned),
        headers: parts
            .headers
            .iter()
            .map(|(n, v)| {
                (
                    n.as_str().to_ascii_lowercase(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body,
    };
    let now_ms = common.now_ms();
    lock(&common.requests).push(recorded.clone());
    let failure = lock(&common.failures).pop_front();

    let mut truncate = false;
    match failure {
        None => {}
        Some(Failure::Html502) => {
            return Reply {
                status: 502,
                content_type: "text/html",
                headers: Vec::new(),
                body: HTML_502.as_bytes().to_vec(),
            }
            .into_response();
        }
        Some(Failure::RateLimited(secs)) => {
            let mut reply = Reply::json(429, &venue.rate_limited_body());
            reply.headers.push(("retry-after", secs.to_string()));
            return reply.into_response();
        }
        Some(Failure::Unavailable(retry_after)) => {
            let body = serde_json::json!({ "code": "503000", "msg": "Service busy" });
            let mut reply = Reply::json(503, &body);
            reply.headers.push(("retry-after", retry_after));
            return reply.into_response();
        }
        Some(Failure::Raw {
            status,
            content_type,
            body,
        }) => {
            let mut response = Response::new(Body::from(body));
            *response.status_mut() =
                StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            if let Ok(value) = HeaderValue::from_str(&content_type) {
                response.headers_mut().insert(header::CONTENT_TYPE, value);
            }
            return response;
        }
        Some(Failure::Delay(d)) => tokio::time::sleep(d).await,
        Some(Failure::Truncated) => truncate = true,
    }

    let mut reply = venue.handle(&recorded, now_ms);
    if truncate {
        let half = reply.body.len() / 2;
        reply.body.truncate(half);
    }
    reply.into_response()
}

// ---------------------------------------------------------------------------------------------
// Small helpers the venue modules share.

/// Hex HMAC over `msg` with `key`, lower case, for any `hmac` digest.
macro_rules! hmac_hex {
    ($digest:ty, $key:expr, $msg:expr) => {{
        use hmac::Mac as _;
        let mut mac = <hmac::Hmac<$digest> as hmac::Mac>::new_from_slice($key)
            .expect("HMAC accepts a key of any length");
        mac.update($msg);
        hex::encode(mac.finalize().into_bytes())
    }};
}
pub(crate) use hmac_hex;

/// Raw HMAC bytes over `msg` with `key`.
macro_rules! hmac_bytes {
    ($digest:ty, $key:expr, $msg:expr) => {{
        use hmac::Mac as _;
        let mut mac = <hmac::Hmac<$digest> as hmac::Mac>::new_from_slice($key)
            .expect("HMAC accepts a key of any length");
        mac.update($msg);
        mac.finalize().into_bytes().to_vec()
    }};
}
pub(crate) use hmac_bytes;

/// Splits a path into its non-empty segments.
pub(crate) fn segments(path: &str) -> Vec<&str> {
    path.split('/').filter(|s| !s.is_empty()).collect()
}
