//! Calypso public API simulator (seed 002 and endpoints.md §3).
//!
//! Authentication, checked in this order:
//! 1. header `Key` equal to the configured public key, else HTTP 401 `INVALID_KEY` (the legacy
//!    docs say a wrong API key gives HTTP 401);
//! 2. header `Sign` = lower-case hex HMAC-SHA512(secret, the raw body bytes received), else
//!    HTTP 401 `INVALID_SIGN`. The body is never re-serialised: the document's worked example
//!    signs `{"timestamp":1}` byte for byte;
//! 3. the body is a JSON object, else HTTP 400 `INVALID_REQUEST`;
//! 4. its `timestamp` (ms, integer) lies within [`WINDOW_MS`] (3 minutes) either side of the
//!    server clock, else HTTP 400 `INVALID_TIMESTAMP`;
//! 5. only if `Config::account` is set: the body's `account` equals it, else HTTP 400
//!    `INVALID_ACCOUNT`.
//!
//! NOT DOCUMENTED, invented here: the error body. Calypso names a `PublicGatewayErrorResponse`
//! schema for 400/500 without its fields, so errors are `{"code": "<CODE>", "message": "<text>"}`;
//! payload validation errors are HTTP 400 `VALIDATION_ERROR`, unknown paths HTTP 404
//! `NOT_FOUND`. Successful responses are the documents' DTOs, unwrapped, with their example
//! values; the three endpoints without an example (payout withdrawals, webhook list, webhook
//! delete) answer with invented payloads, marked where they are built.

use serde_json::{Map, Value, json};
use sha2::Sha512;

pub use super::{Failure, Recorded, Sim};
use super::{Reply, Venue, hmac_hex, segments};

/// The `timestamp` window either side of the server clock: 3 minutes.
pub const WINDOW_MS: u64 = 3 * 60 * 1000;

/// The merchant account id of the documents' `/api/v1/account` example.
pub const EXAMPLE_ACCOUNT: &str = "123e4567-e89b-12d3-a456-426614174000";

/// What the simulator accepts and how it behaves.
#[derive(Clone, Debug)]
pub struct Config {
    /// The public key, sent in the `Key` header.
    pub api_key: String,
    /// The secret key: the HMAC-SHA512 key of `Sign`.
    pub secret: String,
    /// When set, the body's `account` must equal it. Default `None`: the document's own signed
    /// example (`{"timestamp":1}`) carries no account.
    pub account: Option<String>,
    /// The server clock: `None` = system time.
    pub now_ms: Option<u64>,
    /// Accepted skew either way, ms. Default [`WINDOW_MS`].
    pub window_ms: u64,
    /// A failure forced on the first request.
    pub fail_next: Option<Failure>,
}

impl Config {
    pub fn new(api_key: impl Into<String>, secret: impl Into<String>) -> Config {
        Config {
            api_key: api_key.into(),
            secret: secret.into(),
            account: None,
            now_ms: None,
            window_ms: WINDOW_MS,
            fail_next: None,
        }
    }
}

impl Default for Config {
    /// The document's example keys.
    fn default() -> Config {
        Config::new(
            "c529e14832b34b74972365cf7bf02430",
            "b823a6b9ea72408583cef9ec8d67fa52",
        )
    }
}

/// Starts the simulator; `base_url()` is the origin (`https://api.calypso.finance`).
pub async fn spawn(config: Config) -> Sim {
    let now_ms = config.now_ms;
    let fail_next = config.fail_next.clone();
    super::start(Calypso { config }, now_ms, fail_next).await
}

struct Calypso {
    config: Config,
}

fn error(status: u16, code: &str, message: &str) -> Reply {
    Reply::json(status, &json!({ "code": code, "message": message }))
}

fn invalid(message: &str) -> Reply {
    error(400, "VALIDATION_ERROR", message)
}

#[derive(Clone, Copy)]
enum Route {
    Account,
    InvoiceSingleCreate,
    InvoiceUnlimitedCreate,
    Invoice,
    PayoutCreate,
    Payout,
    PayoutWithdrawal,
    WebhookCreate,
    WebhookList,
    WebhookDelete,
}

fn route(method: &str, path: &str) -> Option<Route> {
    Some(match (method, segments(path).as_slice()) {
        ("POST", ["api", "v1", "account"]) => Route::Account,
        ("POST", ["api", "v1", "invoice", "single", "create"]) => Route::InvoiceSingleCreate,
        ("POST", ["api", "v1", "invoice", "unlimited", "create"]) => Route::InvoiceUnlimitedCreate,
        ("POST", ["api", "v1", "invoice"]) => Route::Invoice,
        ("POST", ["api", "v1", "payout", "create"]) => Route::PayoutCreate,
        ("POST", ["api", "v1", "payout"]) => Route::Payout,
        ("POST", ["api", "v1", "payout", "withdrawal"]) => Route::PayoutWithdrawal,
        ("POST", ["api", "v1", "subscription", "webhook", "create"]) => Route::WebhookCreate,
        ("POST", ["api", "v1", "subscription", "webhook"]) => Route::WebhookList,
        ("DELETE", ["api", "v1", "subscription", "webhook"]) => Route::WebhookDelete,
        _ => return None,
    })
}

impl Calypso {
    /// Checks key, sign, timestamp (and account); returns the parsed body.
    fn authenticate(&self, req: &Recorded, now_ms: u64) -> Result<Map<String, Value>, Reply> {
        let cfg = &self.config;
        if req.header("Key") != Some(cfg.api_key.as_str()) {
            return Err(error(401, "INVALID_KEY", "Invalid API key"));
        }
        let expected = hmac_hex!(Sha512, cfg.secret.as_bytes(), &req.body);
        if req.header("Sign") != Some(expected.as_str()) {
            return Err(error(401, "INVALID_SIGN", "Invalid signature"));
        }
        let Some(Value::Object(body)) = req.body_json() else {
            return Err(error(
                400,
                "INVALID_REQUEST",
                "The body must be a JSON object",
            ));
        };
        let Some(timestamp) = body.get("timestamp").and_then(Value::as_u64) else {
            return Err(error(
                400,
                "INVALID_TIMESTAMP",
                "timestamp (ms) is required",
            ));
        };
        if now_ms.abs_diff(timestamp) > cfg.window_ms {
            return Err(error(
                400,
                "INVALID_TIMESTAMP",
                &format!(
                    "timestamp {timestamp} is more than 3 minutes away from server time {now_ms}"
                ),
            ));
        }
        if let Some(account) = &cfg.account
            && body.get("account").and_then(Value::as_str) != Some(account.as_str())
        {
            return Err(error(400, "INVALID_ACCOUNT", "Unknown account"));
        }
        Ok(body)
    }
}

fn example_invoice() -> Value {
    json!({
        "id": "text",
        "invoiceAddress": "text",
        "type": "SINGLE",
        "amount": 1,
        "fee": 1,
        "totalDebitAmount": 1,
        "currency": "text",
        "state": "MEM_POOL_FOUND",
        "description": "text",
        "createdDate": "2025-07-05T22:31:09.255Z",
        "idempotencyKey": "123e4567-e89b-12d3-a456-426614174000",
        "expiration": "2025-07-05T22:31:09.255Z",
        "externalId": "text",
        "returnUrl": "text",
        "fiatAmount": 1,
        "fiatCurrency": "text"
    })
}

fn example_payout() -> Value {
    json!({
        "id": "text",
        "account": "text",
        "depositAddress": "text",
        "amount": 1,
        "currency": "text",
        "calypsoFee": 1,
        "state": "CREATION_IN_PROGRESS",
        "createdDate": "2025-06-30T16:56:37.160Z",
        "transactionHash": "text",
        "idempotencyKey": "123e4567-e89b-12d3-a456-426614174000"
    })
}

fn example_webhook() -> Value {
    json!({
        "requestId": "123e4567-e89b-12d3-a456-426614174000",
        "notificationEventTypes": ["PAYOUT_CHANGE_STATUS"],
        "url": "text",
        "publicKey": "text",
        "secretKey": "text"
    })
}

/// The `payload` object, with the named fields required.
fn payload<'a>(
    body: &'a Map<String, Value>,
    required: &[&str],
) -> Result<&'a Map<String, Value>, Reply> {
    let Some(Value::Object(payload)) = body.get("payload") else {
        return Err(invalid("payload (object) is required"));
    };
    for field in required {
        if payload.get(*field).is_none_or(Value::is_null) {
            return Err(invalid(&format!("payload.{field} is required")));
        }
    }
    Ok(payload)
}

/// `payload` with at least one of `id` / `idempotencyKey`.
fn id_or_key(body: &Map<String, Value>) -> Result<(), Reply> {
    let payload = payload(body, &[])?;
    if payload.contains_key("id") || payload.contains_key("idempotencyKey") {
        Ok(())
    } else {
        Err(invalid("payload.id or payload.idempotencyKey is required"))
    }
}

impl Venue for Calypso {
    const BASE_PATH: &'static str = "";

    fn handle(&self, req: &Recorded, now_ms: u64) -> Reply {
        let Some(route) = route(&req.method, &req.path) else {
            return error(404, "NOT_FOUND", "Not Found");
        };
        let body = match self.authenticate(req, now_ms) {
            Ok(body) => body,
            Err(reply) => return reply,
        };
        let result = match route {
            Route::Account => Ok(json!({
                "account": EXAMPLE_ACCOUNT,
                "name": "Test Account",
                "ownerId": "987fcdeb-51a2-43d7-9b8c-234567890abc",
                "balances": [
                    { "currency": "USDT_TRX", "amount": 1500.75 },
                    { "currency": "BTC", "amount": 0.025 }
                ]
            })),
            Route::InvoiceSingleCreate => {
                payload(&body, &["amount", "currency", "description"]).map(|_| example_invoice())
            }
            Route::InvoiceUnlimitedCreate => {
                payload(&body, &["currency", "description"]).map(|_| {
                    // The documents' InvoiceDTO example with the type an open-amount invoice
                    // has (the example itself is a SINGLE one).
                    let mut invoice = example_invoice();
                    invoice["type"] = json!("UNLIMITED");
                    invoice
                })
            }
            Route::Invoice => id_or_key(&body).map(|_| example_invoice()),
            Route::PayoutCreate => {
                payload(&body, &["depositAddress", "amount", "currency"]).map(|_| example_payout())
            }
            Route::Payout => id_or_key(&body).map(|_| example_payout()),
            Route::PayoutWithdrawal => payload(&body, &["requestId"]).map(|_| {
                // INVENTED: no example in the documents. A list of withdrawals of the payout.
                json!([{
                    "id": "text",
                    "transactionHash": "text",
                    "amount": 1,
                    "currency": "text",
                    "state": "COMPLETED",
                    "createdDate": "2025-06-30T16:56:37.160Z"
                }])
            }),
            Route::WebhookCreate => payload(
                &body,
                &["notificationEventTypes", "notificationServiceTypes", "url"],
            )
            .map(|_| example_webhook()),
            // INVENTED: no example in the documents; endpoints.md says list returns each
            // subscription's `secretKey`, so it is a list of the create DTO.
            Route::WebhookList => Ok(json!([example_webhook()])),
            // INVENTED: no example in the documents; an empty object.
            Route::WebhookDelete => payload(&body, &["requestId"]).map(|_| json!({})),
        };
        match result {
            Ok(value) => Reply::json(200, &value),
            Err(reply) => reply,
        }
    }

    fn rate_limited_body(&self) -> Value {
        json!({ "code": "TOO_MANY_REQUESTS", "message": "Too Many Requests" })
    }
}
