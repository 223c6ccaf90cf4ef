//! HTTP transport (reqwest over rustls with an explicit ring provider) and `ClientCore`,
//! the per-client state generated clients hold.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant};

use serde::de::DeserializeOwned;
use tracing::Instrument as _;

use crate::Error;
use crate::decode::{Envelope, decode};
use crate::nonces::{KeyId, Lane};
use crate::request::{BaseUrl, Method, Request};
use crate::retry::{Call, RetryPolicy};
use crate::time::{Clock, ServerTime, Stamp, SystemClock};

const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// The default cap on a response body: 16 MiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 16 * 1024 * 1024;

/// A shareable HTTP client; clones share one connection pool.
#[derive(Clone, Debug)]
pub struct Http {
    client: reqwest::Client,
    /// Whole-request limit: connecting, sending, and reading the full body.
    timeout: Duration,
    max_response_bytes: usize,
}

/// Status, `Retry-After` and body of one response.
pub(crate) struct RawResponse {
    pub status: u16,
    pub retry_after: Option<String>,
    pub body: Vec<u8>,
}

impl Http {
    /// TLS uses ring passed in explicitly, so nothing depends on (or races to set) a
    /// process-wide default crypto provider; roots come from webpki-roots, not the OS.
    pub fn new() -> Result<Http, Error> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let roots = rustls::RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        };
        let mut tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| Error::Transport(format!("TLS setup: {e}")))?
            .with_root_certificates(roots)
            .with_no_client_auth();
        // A preconfigured config is used as is, so offer HTTP/2 here or it is never negotiated.
        tls.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
        let client = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            // A redirect would carry the signature, API key and body to another URL, and a
            // 307/308 would send a signed order again.
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(CONNECT_TIMEOUT)
            .user_agent(concat!("venue-runtime/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(transport_error)?;
        Ok(Http {
            client,
            timeout: REQUEST_TIMEOUT,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
        })
    }

    /// Limits each request, from connecting to the last body byte (default 30 s; the
    /// connect step alone is limited to 10 s as well).
    pub fn with_timeout(self, timeout: Duration) -> Http {
        Http { timeout, ..self }
    }

    /// Refuses a response body longer than `limit` bytes (default 16 MiB) with
    /// [`Error::ResponseTooLarge`]; no more than `limit` bytes are ever buffered.
    pub fn with_max_response_bytes(self, limit: usize) -> Http {
        Http {
            max_response_bytes: limit,
            ..self
        }
    }

    pub(crate) async fn execute(&self, request: Request) -> Result<RawResponse, Error> {
        let timeout = self.timeout;
        match tokio::time::timeout(timeout, self.execute_unbounded(request)).await {
            Ok(result) => result,
            Err(_) => Err(Error::Transport(format!(
                "request timed out after {} s",
                timeout.as_secs_f64()
            ))),
        }
    }

    async fn execute_unbounded(&self, request: Request) -> Result<RawResponse, Error> {
        let method = match request.method {
            Method::Get => reqwest::Method::GET,
            Method::Post => reqwest::Method::POST,
            Method::Put => reqwest::Method::PUT,
            Method::Delete => reqwest::Method::DELETE,
            Method::Patch => reqwest::Method::PATCH,
        };
        let mut builder = self.client.request(method, request.url.as_str());
        for header in &request.headers {
            let name = &header.name;
            let header_name = reqwest::header::HeaderName::from_bytes(name.as_bytes());
            let header_value = reqwest::header::HeaderValue::from_str(header.value.as_str());
            let (Ok(header_name), Ok(mut header_value)) = (header_name, header_value) else {
                // The value is not quoted: it may be an API key or passphrase.
                return Err(Error::InvalidParam {
                    name: name.to_string(),
                    message: "not a valid HTTP header name or value".into(),
                });
            };
            header_value.set_sensitive(true);
            builder = builder.header(header_name, header_value);
        }
        if let Some(body) = request.body {
            builder = builder.body(body);
        }
        let response = builder.send().await.map_err(transport_error)?;
        let status = response.status().as_u16();
        if response.status().is_redirection() {
            let location = response
                .headers()
                .get(reqwest::header::LOCATION)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("");
            // The query may echo what was sent (an API key); the rest says where.
            let location = location.split(['?', '#']).next().unwrap_or("").to_owned();
            return Err(Error::Redirect { status, location });
        }
        let retry_after = response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let body = read_capped(response, self.max_response_bytes).await?;
        Ok(RawResponse {
            status,
            retry_after,
            body,
        })
    }
}

/// Reads the body chunk by chunk, stopping as soon as it passes `limit` bytes.
async fn read_capped(mut response: reqwest::Response, limit: usize) -> Result<Vec<u8>, Error> {
    let too_large = Error::ResponseTooLarge { limit };
    let announced = response.content_length();
    if announced.is_some_and(|n| n > limit as u64) {
        return Err(too_large);
    }
    let capacity = announced.map_or(0, |n| n as usize).min(limit);
    let mut body = Vec::with_capacity(capacity);
    while let Some(chunk) = response.chunk().await.map_err(transport_error)? {
        if chunk.len() > limit - body.len() {
            return Err(too_large);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

// The URL is dropped because signed requests may carry an API key in the query;
// the source chain is kept because the top-level text ("error sending request") says little.
fn transport_error(error: reqwest::Error) -> Error {
    let timed_out = error.is_timeout();
    let connect = error.is_connect();
    let error = error.without_url();
    let mut message = String::new();
    let mut source: Option<&dyn std::error::Error> = Some(&error);
    while let Some(err) = source {
        let text = err.to_string();
        if !message.contains(&text) {
            if !message.is_empty() {
                message.push_str(": ");
            }
            message.push_str(&text);
        }
        source = err.source();
    }
    if timed_out && !message.contains("timed out") {
        message.push_str(" (timed out)");
    }
    if connect {
        Error::Connect(message)
    } else {
        Error::Transport(message)
    }
}

/// Settings for a client made on the fly (the CLI's `venue call`); `None` keeps the default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClientOptions {
    pub timeout: Option<Duration>,
    pub max_response_bytes: Option<usize>,
    pub retry: Option<RetryPolicy>,
    /// See [`ClientCore::with_nonce_dir`].
    pub nonce_dir: Option<PathBuf>,
}

/// What every generated client holds: base URL, transport, clock, retry policy and the
/// nonce lane of its key. Clones share all of it.
#[derive(Clone)]
pub struct ClientCore {
    /// The venue's name, as `tracing` spans report it ("" until `with_name`).
    venue: &'static str,
    base: BaseUrl,
    http: Http,
    clock: Arc<dyn Clock>,
    /// Milliseconds added to the clock's reading (see [`ClientCore::calibrate`]).
    clock_offset: Arc<AtomicI64>,
    retry: RetryPolicy,
    /// Nonce counter and turn: this client's own until `with_key`, then the key's.
    lane: Arc<Lane>,
}

impl ClientCore {
    pub fn new(base_url: &str) -> Result<ClientCore, Error> {
        Ok(ClientCore {
            venue: "",
            base: BaseUrl::parse(base_url)?,
            http: Http::new()?,
            clock: Arc::new(SystemClock),
            clock_offset: Arc::new(AtomicI64::new(0)),
            retry: RetryPolicy::default(),
            lane: Arc::new(Lane::default()),
        })
    }

    /// Names the venue in this client's `tracing` spans (generated clients set it).
    pub fn with_name(self, venue: &'static str) -> Self {
        ClientCore { venue, ..self }
    }

    /// The venue's name given to `with_name` ("" when none was).
    pub fn name(&self) -> &'static str {
        self.venue
    }

    /// Shares nonces and their order with every other client in the process on the same
    /// key and base URL (generated clients set it from their credentials).
    pub fn with_key(self, key: KeyId) -> Self {
        let lane = crate::nonces::lane_for(&key, self.base.as_str());
        ClientCore { lane, ..self }
    }

    /// Persists the last nonce of this client's key in a file in `dir` (created if missing),
    /// locked for the whole of each nonce call, so that processes on one key never reuse or
    /// reorder nonces. Needs [`ClientCore::with_key`] first; applies to every client in the
    /// process on that key.
    pub fn with_nonce_dir(self, dir: impl Into<PathBuf>) -> Result<Self, Error> {
        self.lane.persist_in(dir.into())?;
        Ok(self)
    }

    pub fn with_clock(self, clock: Arc<dyn Clock>) -> Self {
        ClientCore { clock, ..self }
    }

    pub fn with_http(self, http: Http) -> Self {
        ClientCore { http, ..self }
    }

    /// Limits each request, from connecting to the last body byte (default 30 s); a
    /// request that runs out of time is an [`Error::Transport`] saying it timed out.
    pub fn with_timeout(self, timeout: Duration) -> Self {
        let http = self.http.clone().with_timeout(timeout);
        ClientCore { http, ..self }
    }

    /// Caps response bodies at `limit` bytes (default 16 MiB); a longer one is
    /// [`Error::ResponseTooLarge`].
    pub fn with_max_response_bytes(self, limit: usize) -> Self {
        let http = self.http.clone().with_max_response_bytes(limit);
        ClientCore { http, ..self }
    }

    /// How idempotent calls are retried (default: [`RetryPolicy::default`]).
    pub fn with_retry(self, retry: RetryPolicy) -> Self {
        ClientCore { retry, ..self }
    }

    /// Applies everything `options` sets; what it leaves `None` stays as it is.
    pub fn with_options(self, options: &ClientOptions) -> Result<Self, Error> {
        let mut core = self;
        if let Some(timeout) = options.timeout {
            core = core.with_timeout(timeout);
        }
        if let Some(limit) = options.max_response_bytes {
            core = core.with_max_response_bytes(limit);
        }
        if let Some(retry) = options.retry {
            core = core.with_retry(retry);
        }
        if let Some(dir) = &options.nonce_dir {
            core = core.with_nonce_dir(dir.clone())?;
        }
        Ok(core)
    }

    pub fn base(&self) -> &BaseUrl {
        &self.base
    }

    /// The time and nonce for one request: the clock plus the calibrated offset.
    pub fn stamp(&self) -> Stamp {
        let offset = self.clock_offset.load(Ordering::Relaxed);
        let now_ms = self.clock.now_ms().saturating_add_signed(offset);
        Stamp {
            now_ms,
            nonce: self.lane.nonces.next(now_ms),
            random: Stamp::fresh_random(),
        }
    }

    /// Milliseconds added to every timestamp (0 until calibrated or set).
    pub fn clock_offset_ms(&self) -> i64 {
        self.clock_offset.load(Ordering::Relaxed)
    }

    /// Sets the offset added to every timestamp of this client and its clones.
    pub fn set_clock_offset_ms(&self, offset: i64) {
        self.clock_offset.store(offset, Ordering::Relaxed);
    }

    /// Measures the venue's clock against this client's: sends one request to a server-time
    /// endpoint, reads the time at `server_time`, and takes the offset from the midpoint of
    /// the round trip (so half the round trip is corrected for). The offset applies to every
    /// later timestamp of this client and its clones; it is also returned, in milliseconds.
    pub async fn calibrate<F>(
        &self,
        call: Call,
        envelope: &Envelope,
        server_time: &ServerTime,
        sign: F,
    ) -> Result<i64, Error>
    where
        F: Fn(&Stamp) -> Result<Request, Error>,
    {
        let request = sign(&self.stamp())?;
        let span = self.span(call.endpoint);
        let sent = self.clock.now_ms();
        let answer: serde_json::Value = self
            .send_traced(request, envelope, 1)
            .instrument(span)
            .await?;
        let received = self.clock.now_ms();
        let server_ms = server_time.read_ms(&answer)?;
        let midpoint = sent + received.saturating_sub(sent) / 2;
        let offset = i64::try_from(i128::from(server_ms) - i128::from(midpoint)).map_err(|_| {
            Error::Decode {
                path: server_time.pointer.to_owned(),
                message: "server time is out of range".into(),
            }
        })?;
        self.set_clock_offset_ms(offset);
        Ok(offset)
    }

    /// Signs and sends one endpoint call, and decodes its response. `sign` is given a fresh
    /// stamp for every attempt. Idempotent calls are retried by this client's
    /// [`RetryPolicy`]; other calls are sent once, and a failure after which the venue may
    /// have acted is [`Error::OutcomeUnknown`]. Nonce calls take their key's turn for each
    /// attempt (see the `nonces` module).
    pub async fn call<T, F>(&self, call: Call, envelope: &Envelope, sign: F) -> Result<T, Error>
    where
        T: DeserializeOwned,
        F: Fn(&Stamp) -> Result<Request, Error>,
    {
        let span = self.span(call.endpoint);
        async {
            let mut attempt = 1;
            loop {
                let error = match self.attempt(call, envelope, &sign, attempt).await {
                    Ok(value) => return Ok(value),
                    Err(error) => error,
                };
                if !call.idempotent {
                    return Err(if error.surely_not_applied() {
                        error
                    } else {
                        Error::OutcomeUnknown {
                            cause: Box::new(error),
                        }
                    });
                }
                let Some(wait) = self.retry.delay(&error, attempt) else {
                    return Err(error);
                };
                tracing::info!(
                    target: TRACE_TARGET,
                    attempt,
                    error = error_kind(&error),
                    wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX),
                    "retrying"
                );
                tokio::time::sleep(wait).await;
                attempt += 1;
            }
        }
        .instrument(span)
        .await
    }

    async fn attempt<T, F>(
        &self,
        call: Call,
        envelope: &Envelope,
        sign: &F,
        attempt: u32,
    ) -> Result<T, Error>
    where
        T: DeserializeOwned,
        F: Fn(&Stamp) -> Result<Request, Error>,
    {
        // Held until the response is read (or the request times out), so a later nonce
        // cannot overtake this one.
        let _turn = match call.nonce {
            true => Some(self.lane.turn().await?),
            false => None,
        };
        let request = sign(&self.stamp())?;
        self.send_traced(request, envelope, attempt).await
    }

    /// The `venue_call` span every call, send and calibration runs in.
    fn span(&self, endpoint: &'static str) -> tracing::Span {
        tracing::info_span!(target: TRACE_TARGET, "venue_call", venue = self.venue, endpoint)
    }

    /// Sends one request and decodes its response. `endpoint` names the call in the
    /// `tracing` span it runs in (see [`ClientCore::send`]'s events in CONTRACT.md).
    pub async fn send<T: DeserializeOwned>(
        &self,
        endpoint: &'static str,
        request: Request,
        envelope: &Envelope,
    ) -> Result<T, Error> {
        let span = self.span(endpoint);
        self.send_traced(request, envelope, 1)
            .instrument(span)
            .await
    }

    pub async fn send_json(
        &self,
        endpoint: &'static str,
        request: Request,
        envelope: &Envelope,
    ) -> Result<serde_json::Value, Error> {
        self.send::<serde_json::Value>(endpoint, request, envelope)
            .await
    }

    // Events carry the method, the URL path (never the query, which may hold an API key or a
    // signature), status, latency and error kind: no header value, body or venue message.
    async fn send_traced<T: DeserializeOwned>(
        &self,
        request: Request,
        envelope: &Envelope,
        attempt: u32,
    ) -> Result<T, Error> {
        let method = request.method.as_str();
        tracing::debug!(
            target: TRACE_TARGET,
            method,
            path = url_path(&request.url),
            attempt,
            "request sent"
        );
        let started = Instant::now();
        let response = match self.http.execute(request).await {
            Ok(response) => response,
            Err(error) => {
                // A refused redirect is the one response that ends up here.
                let status = match &error {
                    Error::Redirect { status, .. } => Some(*status),
                    _ => None,
                };
                tracing::warn!(
                    target: TRACE_TARGET,
                    method,
                    status,
                    attempt,
                    latency_ms = latency_ms(started),
                    error = error_kind(&error),
                    "request failed"
                );
                return Err(error);
            }
        };
        let latency_ms = latency_ms(started);
        let status = response.status;
        let decoded = decode(
            status,
            response.retry_after.as_deref(),
            &response.body,
            envelope,
        );
        match &decoded {
            Ok(_) => tracing::debug!(
                target: TRACE_TARGET,
                method,
                status,
                latency_ms,
                attempt,
                "response"
            ),
            Err(Error::Venue { code, .. }) => tracing::warn!(
                target: TRACE_TARGET,
                method,
                status,
                latency_ms,
                attempt,
                error = "venue",
                code = code.as_str(),
                "venue error"
            ),
            Err(
                Error::RateLimited {
                    retry_after, code, ..
                }
                | Error::Unavailable {
                    retry_after, code, ..
                },
            ) => tracing::warn!(
                target: TRACE_TARGET,
                method,
                status,
                latency_ms,
                attempt,
                error = if status == 429 { "rate_limited" } else { "unavailable" },
                code = code.as_str(),
                retry_after_s = retry_after.map(|d| d.as_secs()),
                "rate limited"
            ),
            Err(error) => tracing::warn!(
                target: TRACE_TARGET,
                method,
                status,
                latency_ms,
                attempt,
                error = error_kind(error),
                "response error"
            ),
        }
        decoded
    }
}

/// The `tracing` target of the request/response events and the `venue_call` span.
const TRACE_TARGET: &str = "venue_runtime";

fn latency_ms(started: Instant) -> u64 {
    u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX)
}

/// The path of a URL, without scheme, host, query or fragment ("/" when it has none).
fn url_path(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let rest = rest.split(['?', '#']).next().unwrap_or("");
    match rest.find('/') {
        Some(i) => &rest[i..],
        None => "/",
    }
}

/// A short, fixed name for what went wrong; never the error's text (a venue message or a
/// body snippet is the venue's to say, not the log's).
fn error_kind(error: &Error) -> &'static str {
    match error {
        Error::Transport(_) => "transport",
        Error::Connect(_) => "connect",
        Error::Unavailable { .. } => "unavailable",
        Error::OutcomeUnknown { .. } => "outcome_unknown",
        Error::Status { .. } => "status",
        Error::Venue { .. } => "venue",
        Error::Decode { .. } => "decode",
        Error::RateLimited { .. } => "rate_limited",
        Error::Redirect { .. } => "redirect",
        Error::InvalidParam { .. } => "invalid_param",
        Error::Credential { .. } => "credential",
        Error::Sign(_) => "sign",
        Error::InvalidBaseUrl(_) => "invalid_base_url",
        Error::ResponseTooLarge { .. } => "response_too_large",
    }
}

impl fmt::Debug for ClientCore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientCore")
            .field("venue", &self.venue)
            .field("base", &self.base.as_str())
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::{
        Assembly, BodyFormat, Encoding, Endpoint, Escape, Fields, PathWriter, QueryOrder,
    };
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    use tokio::net::TcpListener;

    /// Serves one canned response per connection and returns each raw request it saw.
    async fn serve(response: &'static str) -> (String, tokio::task::JoinHandle<Vec<u8>>) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let task = tokio::spawn(async move {
            let (mut stream, _) = listener.accept().await.unwrap();
            let mut seen = Vec::new();
            let mut buf = [0u8; 4096];
            // Read until the headers and the announced body have arrived.
            loop {
                let n = stream.read(&mut buf).await.unwrap();
                seen.extend_from_slice(&buf[..n]);
                let text = String::from_utf8_lossy(&seen).to_string();
                if let Some(end) = text.find("\r\n\r\n") {
                    let length = text
                        .lines()
                        .find_map(|l| {
                            l.to_ascii_lowercase()
                                .strip_prefix("content-length:")
                                .map(|v| v.trim().parse::<usize>().unwrap())
                        })
                        .unwrap_or(0);
                    if seen.len() >= end + 4 + length {
                        break;
                    }
                }
                if n == 0 {
                    break;
                }
            }
            stream.write_all(response.as_bytes()).await.unwrap();
            stream.shutdown().await.unwrap();
            seen
        });
        (format!("http://{addr}"), task)
    }

    #[tokio::test]
    async fn http_new_works_without_a_global_provider() {
        assert!(rustls::crypto::CryptoProvider::get_default().is_none());
        let (base, server) = serve(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 31\r\nConnection: close\r\n\r\n{\"code\":\"0\",\"data\":{\"id\":7}}   ",
        )
        .await;
        let core = ClientCore::new(&format!("{base}/api/")).unwrap();
        struct Order;
        impl Endpoint for Order {
            const METHOD: Method = Method::Post;
            const BODY: BodyFormat = BodyFormat::Json;
            fn write_path(&self, path: &mut PathWriter<'_>) {
                path.push("/v1/order");
            }
            fn write_query(&self, query: &mut Fields) {
                query.field("a", &1u64);
            }
            fn write_body(&self, body: &mut Fields) {
                body.field("symbol", "BTC-USDT");
            }
        }
        let encoding = Encoding {
            query_order: QueryOrder::AsDeclared,
            escape: Escape::Rfc3986,
            body_root: None,
            send_body: true,
            json_keys: QueryOrder::AsDeclared,
        };
        let mut parts = Assembly::new(&Order, core.base(), &encoding)
            .unwrap()
            .finish(1);
        parts.header("X-Key", "k");
        let envelope = Envelope {
            data: Some("data"),
            code: Some("code"),
            success: &["0"],
            message: None,
            jsonrpc: false,
        };
        let value = core
            .send_json("order", parts.into_request(), &envelope)
            .await
            .unwrap();
        assert_eq!(value, serde_json::json!({"id": 7}));

        let seen = String::from_utf8(server.await.unwrap()).unwrap();
        assert!(
            seen.starts_with("POST /api/v1/order?a=1 HTTP/1.1\r\n"),
            "{seen}"
        );
        assert!(seen.to_ascii_lowercase().contains("x-key: k\r\n"), "{seen}");
        assert!(
            seen.contains("content-type: application/json\r\n"),
            "{seen}"
        );
        assert!(
            seen.ends_with("\r\n\r\n{\"symbol\":\"BTC-USDT\"}"),
            "{seen}"
        );
        // Still nothing installed globally.
        assert!(rustls::crypto::CryptoProvider::get_default().is_none());
    }

    #[tokio::test]
    async fn rate_limit_and_connection_errors() {
        let (base, server) =
            serve("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 7\r\nContent-Length: 0\r\n\r\n")
                .await;
        let core = ClientCore::new(&base).unwrap();
        let parts = crate::Parts::raw(
            core.base(),
            &Encoding {
                query_order: QueryOrder::Sorted,
                escape: Escape::Form,
                body_root: None,
                send_body: true,
                json_keys: QueryOrder::AsDeclared,
            },
            Method::Get,
            "/x",
            "",
            "",
        );
        let err = core
            .send_json("x", parts.into_request(), &Envelope::BARE)
            .await
            .unwrap_err();
        assert!(
            matches!(err, Error::RateLimited { retry_after: Some(d), .. } if d == Duration::from_secs(7)),
            "{err:?}"
        );
        server.await.unwrap();

        // Nothing listens there any more: a transport error that does not repeat the URL.
        let request = Request {
            method: Method::Get,
            url: format!("{base}/x?apiKey=SECRETKEY"),
            headers: vec![],
            body: None,
            secrets: Default::default(),
        };
        let err = core
            .send_json("x", request, &Envelope::BARE)
            .await
            .unwrap_err();
        assert!(matches!(err, Error::Connect(_)), "{err:?}");
        assert!(!err.to_string().contains("SECRETKEY"), "{err}");
    }

    #[tokio::test]
    async fn redirects_are_refused_and_never_followed() {
        for status in [301u16, 302, 303, 307, 308] {
            // The second host counts every connection it gets.
            let elsewhere = TcpListener::bind("127.0.0.1:0").await.unwrap();
            let target = elsewhere.local_addr().unwrap();
            let reached = Arc::new(std::sync::atomic::AtomicUsize::new(0));
            let counter = reached.clone();
            let watcher = tokio::spawn(async move {
                while let Ok((_stream, _)) = elsewhere.accept().await {
                    counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                }
            });
            let response: &'static str = Box::leak(
                format!(
                    "HTTP/1.1 {status} Moved\r\nLocation: http://{target}/api/v1/orders?apiKey=SECRETKEY\r\nContent-Length: 0\r\n\r\n"
                )
                .into_boxed_str(),
            );
            let (base, server) = serve(response).await;
            let core = ClientCore::new(&base).unwrap();
            let request = Request {
                method: Method::Post,
                url: format!("{base}/api/v1/orders?apiKey=SECRETKEY"),
                headers: vec![crate::Header::new("X-Signature", "sig")],
                body: Some(b"{\"qty\":1}".to_vec()),
                secrets: Default::default(),
            };
            let err = core
                .send_json("x", request, &Envelope::BARE)
                .await
                .unwrap_err();
            server.await.unwrap();
            assert!(
                matches!(&err, Error::Redirect { status: s, location } if *s == status
                    && *location == format!("http://{target}/api/v1/orders")),
                "{err:?}"
            );
            assert!(!err.to_string().contains("SECRETKEY"), "{err}");
            tokio::time::sleep(Duration::from_millis(50)).await;
            assert_eq!(
                reached.load(std::sync::atomic::Ordering::SeqCst),
                0,
                "HTTP {status}"
            );
            watcher.abort();
        }
    }

    fn get(base: &str) -> Request {
        Request {
            method: Method::Get,
            url: format!("{base}/x"),
            headers: vec![],
            body: None,
            secrets: Default::default(),
        }
    }

    #[tokio::test]
    async fn oversized_bodies_end_in_a_typed_error() {
        // Announced up front and larger than the cap.
        let (base, server) = serve(
            "HTTP/1.1 200 OK\r\nContent-Length: 101\r\nConnection: close\r\n\r\n[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]",
        )
        .await;
        let core = ClientCore::new(&base).unwrap().with_max_response_bytes(64);
        let err = core
            .send_json("x", get(&base), &Envelope::BARE)
            .await
            .unwrap_err();
        assert!(
            matches!(err, Error::ResponseTooLarge { limit: 64 }),
            "{err:?}"
        );
        assert_eq!(error_kind(&err), "response_too_large");
        let text = err.to_string();
        assert!(!text.contains('\n') && text.contains("64"), "{text}");
        let _ = server.await;

        // Chunked, no Content-Length: caught while reading.
        let (base, server) = serve(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n\
             20\r\n[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1\r\n\
             20\r\n,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1\r\n\
             20\r\n,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1\r\n\
             2\r\n1]\r\n0\r\n\r\n",
        )
        .await;
        let core = ClientCore::new(&base).unwrap().with_max_response_bytes(64);
        let err = core
            .send_json("x", get(&base), &Envelope::BARE)
            .await
            .unwrap_err();
        assert!(
            matches!(err, Error::ResponseTooLarge { limit: 64 }),
            "{err:?}"
        );
        let _ = server.await;

        // Within the cap (chunked too): decoded as usual.
        let (base, server) = serve(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n\
             4\r\n[1,2\r\n3\r\n,3]\r\n0\r\n\r\n",
        )
        .await;
        let core = ClientCore::new(&base).unwrap().with_max_response_bytes(7);
        let value = core
            .send_json("x", get(&base), &Envelope::BARE)
            .await
            .unwrap();
        assert_eq!(value, serde_json::json!([1, 2, 3]));
        server.await.unwrap();
    }

    #[tokio::test]
    async fn a_silent_server_times_out() {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let server = tokio::spawn(async move {
            let (stream, _) = listener.accept().await.unwrap();
            tokio::time::sleep(Duration::from_secs(30)).await;
            drop(stream);
        });
        let core = ClientCore::new(&base)
            .unwrap()
            .with_timeout(Duration::from_millis(200));
        let started = Instant::now();
        let err = core
            .send_json("x", get(&base), &Envelope::BARE)
            .await
            .unwrap_err();
        assert!(started.elapsed() < Duration::from_secs(1), "{err}");
        assert!(matches!(err, Error::Transport(_)), "{err:?}");
        assert!(err.to_string().contains("timed out"), "{err}");
        server.abort();
    }

    #[test]
    fn traced_path_has_no_query_host_or_fragment() {
        for (url, path) in [
            (
                "https://api.example.com/api/v1/orders?apiKey=K&sig=S",
                "/api/v1/orders",
            ),
            ("http://127.0.0.1:8080/a%2Fb/c#frag", "/a%2Fb/c"),
            ("https://api.example.com", "/"),
            ("https://api.example.com?x=1", "/"),
            ("https://api.example.com/", "/"),
        ] {
            assert_eq!(url_path(url), path, "{url}");
        }
        assert_eq!(
            error_kind(&Error::Venue {
                status: 400,
                code: "1".into(),
                message: "m".into()
            }),
            "venue"
        );
    }

    #[test]
    fn stamps_use_the_clock_and_increase() {
        let core = ClientCore::new("https://api.example.com")
            .unwrap()
            .with_clock(Arc::new(crate::time::FixedClock(1_000)));
        let a = core.stamp();
        let b = core.clone().stamp();
        assert_eq!((a.now_ms, a.nonce), (1_000, 1_000));
        assert_eq!((b.now_ms, b.nonce), (1_000, 1_001));
        assert!(matches!(
            ClientCore::new("ftp://x"),
            Err(Error::InvalidBaseUrl(_))
        ));
    }

    #[tokio::test]
    async fn bad_header_value_is_refused_without_echo() {
        let core = ClientCore::new("http://127.0.0.1:9").unwrap();
        let request = Request {
            method: Method::Get,
            url: "http://127.0.0.1:9/".into(),
            headers: vec![crate::Header::new("X-Passphrase", "pass\nword")],
            body: None,
            secrets: Default::default(),
        };
        let err = core
            .send_json("x", request, &Envelope::BARE)
            .await
            .unwrap_err();
        assert!(matches!(err, Error::InvalidParam { ref name, .. } if name == "X-Passphrase"));
        assert!(!format!("{err} {err:?}").contains("word"));
    }
}

#[cfg(test)]
mod tls_tests {
    use super::*;
    use tokio::io::AsyncReadExt as _;
    use tokio::net::TcpListener;

    /// An https request reaches the TLS handshake (a ClientHello goes out) using the
    /// explicitly passed provider; the peer then hangs up, which is a transport error.
    #[tokio::test]
    async fn https_client_hello_without_global_provider() {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = tokio::spawn(async move {
            let (mut stream, _) = listener.accept().await.unwrap();
            let mut head = [0u8; 5];
            stream.read_exact(&mut head).await.unwrap();
            head
        });
        let core = ClientCore::new(&format!("https://localhost:{}", addr.port())).unwrap();
        let request = Request {
            method: Method::Get,
            url: format!("https://localhost:{}/", addr.port()),
            headers: vec![],
            body: None,
            secrets: Default::default(),
        };
        let sending = core.send_json("x", request, &Envelope::BARE);
        fn assert_send<T: Send>(t: T) -> T {
            t
        }
        let err = assert_send(sending).await.unwrap_err();
        assert!(matches!(err, Error::Connect(_)), "{err:?}");
        let head = server.await.unwrap();
        // TLS record header: handshake (0x16), legacy version 3.x.
        assert_eq!((head[0], head[1]), (0x16, 0x03));
        assert!(rustls::crypto::CryptoProvider::get_default().is_none());
    }
}
