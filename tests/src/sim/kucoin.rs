//! KuCoin spot REST simulator (seed 001 and endpoints.md §2).
//!
//! Authentication (key version 2), checked in this order:
//! 1. all of `KC-API-KEY`, `KC-API-SIGN`, `KC-API-TIMESTAMP`, `KC-API-PASSPHRASE` present,
//!    else `400001`;
//! 2. `KC-API-KEY-VERSION` is `2` (v1 keys were retired in May 2021), else `400004`;
//! 3. `KC-API-KEY` is the configured key, else `400003`;
//! 4. `KC-API-TIMESTAMP` within [`WINDOW_MS`] of the server clock either way, else `400002`
//!    (HTTP 400);
//! 5. `KC-API-SIGN` = base64(HMAC-SHA256(secret, timestamp + METHOD + path [+ `?` + URL-decoded
//!    query] + raw body)), recomputed from the bytes received, else `400005`
//!    `"Invalid KC-API-SIGN"`. KuCoin decodes the query before checking: its own SDKs sign the
//!    unescaped query (kucoin-php-sdk "decode query to fix sign fail", kucoin-go-sdk
//!    "Decoding URL encoded strings in the signature");
//! 6. `KC-API-PASSPHRASE` = base64(HMAC-SHA256(secret, passphrase)), else `400004`.
//!
//! The timestamp is checked before the signature so that a stale but otherwise correct request
//! gets `400002`, and the signature before the passphrase so that a wrong secret (which breaks
//! both) gets `400005`. KuCoin does not document this order; it is chosen for clear test
//! outcomes.
//!
//! HTTP statuses: auth failures are HTTP 401 (endpoints.md: "HTTP 401 means an invalid API
//! key"), the timestamp failure HTTP 400. Business/parameter errors (`400100`) come back with
//! HTTP 200, which endpoints.md allows ("can arrive with HTTP 200 or with 4xx/5xx") and which
//! makes clients prove they read `code`, not just the status. Unknown paths: HTTP 404 `404000`.
//! `GET /api/v1/timestamp` is unauthenticated.

use serde_json::{Value, json};
use sha2::Sha256;

pub use super::{Failure, Recorded, Sim};
use super::{Reply, Venue, hmac_bytes, segments};

/// The accepted clock skew, either way, in ms.
///
/// The current KuCoin docs (endpoints.md §2) say the request timestamp must be within **5 s**
/// of server time; the seed (an older v1 text quoted on Stack Overflow) says 3 s. The 5 s
/// figure is the newer, authoritative one and the one the live API applies to v2 keys, so the
/// simulator uses it; a test that wants the old behaviour can set `Config::window_ms`.
pub const WINDOW_MS: u64 = 5_000;

/// The order id of the documents' examples.
pub const EXAMPLE_ORDER_ID: &str = "5bd6e9286d99522a52e458de";

/// What the simulator accepts and how it behaves.
#[derive(Clone, Debug)]
pub struct Config {
    /// `KC-API-KEY`.
    pub api_key: String,
    /// The API secret (HMAC key).
    pub api_secret: String,
    /// The plaintext passphrase chosen when the key was made (sent HMAC'd, key version 2).
    pub api_passphrase: String,
    /// The server clock: `None` = system time.
    pub now_ms: Option<u64>,
    /// Accepted skew either way, ms. Default [`WINDOW_MS`].
    pub window_ms: u64,
    /// A failure forced on the first request.
    pub fail_next: Option<Failure>,
}

impl Config {
    pub fn new(
        api_key: impl Into<String>,
        api_secret: impl Into<String>,
        api_passphrase: impl Into<String>,
    ) -> Config {
        Config {
            api_key: api_key.into(),
            api_secret: api_secret.into(),
            api_passphrase: api_passphrase.into(),
            now_ms: None,
            window_ms: WINDOW_MS,
            fail_next: None,
        }
    }
}

impl Default for Config {
    /// The documents' sample credentials: key from the seed, secret from the docs' signature
    /// test vector, passphrase from the docs' passphrase example.
    fn default() -> Config {
        Config::new(
            "59c5ecfe18497f5394ded813",
            "f03a5284-5c39-4aaa-9b20-dea10bdcf8e3",
            "Ab12345678)(*&^%$#@",
        )
    }
}

/// Starts the simulator; its `base_url()` is the origin (`https://api.kucoin.com` has no
/// path prefix).
pub async fn spawn(config: Config) -> Sim {
    let now_ms = config.now_ms;
    let fail_next = config.fail_next.clone();
    super::start(KuCoin { config }, now_ms, fail_next).await
}

struct KuCoin {
    config: Config,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Route<'a> {
    Timestamp,
    Accounts,
    ListOrders,
    CreateOrder,
    CancelAll,
    GetOrder(&'a str),
    CancelOrder(&'a str),
    GetByClientOid(&'a str),
    CancelByClientOid(&'a str),
}

fn route<'a>(method: &str, path: &'a str) -> Option<Route<'a>> {
    let segs = segments(path);
    Some(match (method, segs.as_slice()) {
        ("GET", ["api", "v1", "timestamp"]) => Route::Timestamp,
        ("GET", ["api", "v1", "accounts"]) => Route::Accounts,
        ("GET", ["api", "v1", "orders"]) => Route::ListOrders,
        ("POST", ["api", "v1", "orders"]) => Route::CreateOrder,
        ("DELETE", ["api", "v1", "orders"]) => Route::CancelAll,
        ("GET", ["api", "v1", "orders", id]) => Route::GetOrder(id),
        ("DELETE", ["api", "v1", "orders", id]) => Route::CancelOrder(id),
        ("GET", ["api", "v1", "order", "client-order", oid]) => Route::GetByClientOid(oid),
        ("DELETE", ["api", "v1", "order", "client-order", oid]) => Route::CancelByClientOid(oid),
        _ => return None,
    })
}

fn error(status: u16, code: &str, msg: &str) -> Reply {
    Reply::json(status, &json!({ "code": code, "msg": msg }))
}

fn ok(data: Value) -> Reply {
    Reply::json(200, &json!({ "code": "200000", "data": data }))
}

/// A parameter error (`400100`), with HTTP 200 (see the module doc).
fn param_error(msg: &str) -> Reply {
    error(200, "400100", msg)
}

/// One order in the shape of the documents' `GET /api/v1/orders` item (values exact).
fn example_order() -> Value {
    json!({
        "id": "5c35c02703aa673ceec2a168",
        "symbol": "BTC-USDT",
        "opType": "DEAL",
        "type": "limit",
        "side": "buy",
        "price": "10",
        "size": "2",
        "funds": "0",
        "dealFunds": "0.166",
        "dealSize": "2",
        "fee": "0",
        "feeCurrency": "USDT",
        "timeInForce": "GTC",
        "clientOid": "",
        "isActive": false,
        "createdAt": 1547026471000u64,
        "tradeType": "TRADE"
    })
}

impl KuCoin {
    fn authenticate(&self, req: &Recorded, now_ms: u64) -> Result<(), Reply> {
        let cfg = &self.config;
        let (Some(key), Some(sign), Some(ts), Some(passphrase)) = (
            req.header("KC-API-KEY"),
            req.header("KC-API-SIGN"),
            req.header("KC-API-TIMESTAMP"),
            req.header("KC-API-PASSPHRASE"),
        ) else {
            return Err(error(
                401,
                "400001",
                "Please check the header of your request for KC-API-KEY, KC-API-SIGN, \
                 KC-API-TIMESTAMP, KC-API-PASSPHRASE",
            ));
        };
        if req.header("KC-API-KEY-VERSION") != Some("2") {
            // Invented wording; the code is KuCoin's passphrase error, since without version 2
            // the server would compare the passphrase as plaintext and fail.
            return Err(error(
                401,
                "400004",
                "Invalid KC-API-PASSPHRASE (KC-API-KEY-VERSION must be 2)",
            ));
        }
        if key != cfg.api_key {
            return Err(error(401, "400003", "KC-API-KEY not exists"));
        }
        let stale = match ts.parse::<u64>() {
            Ok(t) => now_ms.abs_diff(t) > cfg.window_ms,
            Err(_) => true,
        };
        if stale {
            return Err(error(
                400,
                "400002",
                &format!("Invalid KC-API-TIMESTAMP -- time: {ts} server time: {now_ms}"),
            ));
        }
        // The prehash: the timestamp header exactly as sent, the method, the raw path plus `?`
        // and the URL-decoded query when the target had one, the raw body.
        let mut prehash = Vec::new();
        prehash.extend_from_slice(ts.as_bytes());
        prehash.extend_from_slice(req.method.as_bytes());
        prehash.extend_from_slice(req.decoded_target().as_bytes());
        prehash.extend_from_slice(&req.body);
        let expected = b64(&hmac_bytes!(Sha256, cfg.api_secret.as_bytes(), &prehash));
        if sign != expected {
            return Err(error(401, "400005", "Invalid KC-API-SIGN"));
        }
        let expected_pass = b64(&hmac_bytes!(
            Sha256,
            cfg.api_secret.as_bytes(),
            cfg.api_passphrase.as_bytes()
        ));
        if passphrase != expected_pass {
            return Err(error(401, "400004", "Invalid KC-API-PASSPHRASE"));
        }
        Ok(())
    }
}

fn b64(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

impl Venue for KuCoin {
    const BASE_PATH: &'static str = "";

    fn handle(&self, req: &Recorded, now_ms: u64) -> Reply {
        let Some(route) = route(&req.method, &req.path) else {
            return error(404, "404000", "Not Found");
        };
        if route == Route::Timestamp {
            // The documents' example, with the server clock as `data`.
            return Reply::json(
                200,
                &json!({ "code": "200000", "msg": "success", "data": now_ms }),
            );
        }
        if let Err(reply) = self.authenticate(req, now_ms) {
            return reply;
        }
        match route {
            Route::Timestamp => unreachable!("answered above"),
            Route::Accounts => accounts(req),
            Route::ListOrders => list_orders(req),
            Route::CreateOrder => create_order(req),
            Route::CancelAll => {
                // Shape from the docs (`cancelledOrderIds`); the id list is the documents'
                // single example id (invented: the docs list no ids for cancel-all here).
                ok(json!({ "cancelledOrderIds": [EXAMPLE_ORDER_ID] }))
            }
            Route::GetOrder(id) => {
                // The documents' order item, with the requested id echoed.
                let mut order = example_order();
                order["id"] = json!(id);
                ok(order)
            }
            Route::CancelOrder(id) => ok(json!({ "cancelledOrderIds": [id] })),
            Route::GetByClientOid(oid) => {
                let mut order = example_order();
                order["clientOid"] = json!(oid);
                order["isActive"] = json!(true);
                ok(order)
            }
            Route::CancelByClientOid(oid) => {
                // Not in endpoints.md. Shape from KuCoin's docs/SDKs
                // (`{"cancelledOrderId", "clientOid"}`); the order id is the example id.
                ok(json!({ "cancelledOrderId": EXAMPLE_ORDER_ID, "clientOid": oid }))
            }
        }
    }

    fn rate_limited_body(&self) -> Value {
        // KuCoin's code for request-rate limiting (not in endpoints.md; from KuCoin's docs).
        json!({ "code": "429000", "msg": "Too Many Requests" })
    }
}

fn accounts(req: &Recorded) -> Reply {
    let currency = req.query_param("currency");
    let kind = req.query_param("type");
    if let Some(k) = &kind
        && !matches!(k.as_str(), "main" | "trade" | "margin" | "pool")
    {
        return param_error("type must be one of main, trade, margin, pool");
    }
    // The documents' single account (BTC, main); the filters narrow it away when they differ.
    let example = json!({
        "id": "5bd6e9286d99522a52e458de",
        "currency": "BTC",
        "type": "main",
        "balance": "237582.04299",
        "available": "237582.032",
        "holds": "0.01099"
    });
    let keep = currency.as_deref().is_none_or(|c| c == "BTC")
        && kind.as_deref().is_none_or(|k| k == "main");
    ok(if keep { json!([example]) } else { json!([]) })
}

fn list_orders(req: &Recorded) -> Reply {
    if let Some(status) = req.query_param("status")
        && !matches!(status.as_str(), "active" | "done")
    {
        return param_error("status must be active or done");
    }
    ok(json!({
        "currentPage": 1,
        "pageSize": 1,
        "totalNum": 153408,
        "totalPage": 153408,
        "items": [example_order()]
    }))
}

fn create_order(req: &Recorded) -> Reply {
    let Some(Value::Object(body)) = req.body_json() else {
        return param_error("request body must be a JSON object");
    };
    let str_field = |name: &str| body.get(name).and_then(Value::as_str);
    match str_field("clientOid") {
        Some(oid)
            if !oid.is_empty()
                && oid.len() <= 40
                && oid
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') => {}
        _ => return param_error("clientOid is required: at most 40 of [A-Za-z0-9_-]"),
    }
    if !matches!(str_field("side"), Some("buy" | "sell")) {
        return param_error("side is required: buy or sell");
    }
    if str_field("symbol").is_none_or(str::is_empty) {
        return param_error("symbol is required");
    }
    match body.get("type").map(|t| t.as_str()) {
        None | Some(Some("limit")) => {
            if str_field("price").is_none() || str_field("size").is_none() {
                return param_error("limit orders need price and size");
            }
        }
        Some(Some("market")) => {
            if str_field("size").is_some() == str_field("funds").is_some() {
                return param_error("market orders need exactly one of size or funds");
            }
        }
        _ => return param_error("type must be limit or market"),
    }
    ok(json!({ "orderId": EXAMPLE_ORDER_ID }))
}
