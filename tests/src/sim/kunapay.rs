//! KunaPay merchant API simulator (seed 000 and endpoints.md §1).
//!
//! Two authentication modes, exactly as the document shows them:
//! * **key**: header `api-key` equal to the configured API key;
//! * **signed**: headers `public-key`, `nonce` (ms, as a string) and `signature` = lower-case
//!   hex HMAC-SHA384(private key, path + nonce + body), recomputed from the raw bytes received:
//!   the raw path (no host, no query), the `nonce` header exactly as sent, and the raw request
//!   body. The document's clients send `{}` as the body of a GET and sign `{}`; a GET that
//!   arrives with no body at all is verified against `{}` too (what a server doing
//!   `JSON.stringify(req.body)` would see). The nonce must be strictly greater than the last
//!   nonce accepted for that public key ("always higher than the previous request number").
//!   A request whose signature fails does not consume its nonce.
//!
//! When both `public-key` and `api-key` are present, signed mode wins.
//!
//! NOT DOCUMENTED, invented here: the error shape and codes. KunaPay publishes none, so errors
//! are `{"code": "<CODE>", "message": "<text>"}` with HTTP 401 for authentication failures
//! (`UNAUTHORIZED`, `INVALID_API_KEY`, `INVALID_PUBLIC_KEY`, `INVALID_SIGNATURE`) and HTTP 400
//! for `INVALID_NONCE` and `VALIDATION_ERROR`; unknown paths are HTTP 404 `NOT_FOUND`.
//!
//! NOT DOCUMENTED, invented here: both response payloads. The documents only show that clients
//! read `response.data`, so successes are `{"data": ...}` with small plausible payloads.

use std::collections::HashMap;
use std::sync::Mutex;

use serde_json::{Value, json};
use sha2::Sha384;

pub use super::{Failure, Recorded, Sim};
use super::{Reply, Venue, hmac_hex, lock, segments};

/// The (invented) id of the invoice `POST /v1/invoice` returns.
pub const EXAMPLE_INVOICE_ID: &str = "6c0f5a8e-2b3d-4e1f-9a7b-5c4d3e2f1a0b";

/// What the simulator accepts and how it behaves.
#[derive(Clone, Debug)]
pub struct Config {
    /// The single `api-key` (key mode).
    pub api_key: String,
    /// `public-key` (signed mode).
    pub public_key: String,
    /// The private key: the HMAC-SHA384 key of signed mode.
    pub private_key: String,
    /// The server clock: `None` = system time. KunaPay documents no time window for the
    /// nonce (only that it increases), so the clock is not used for authentication.
    pub now_ms: Option<u64>,
    /// A failure forced on the first request.
    pub fail_next: Option<Failure>,
}

impl Config {
    pub fn new(
        api_key: impl Into<String>,
        public_key: impl Into<String>,
        private_key: impl Into<String>,
    ) -> Config {
        Config {
            api_key: api_key.into(),
            public_key: public_key.into(),
            private_key: private_key.into(),
            now_ms: None,
            fail_next: None,
        }
    }
}

impl Default for Config {
    /// The placeholders of the document's examples.
    fn default() -> Config {
        Config::new("YOUR_API_KEY", "YOUR_PUBLIC_KEY", "YOUR_PRIVATE_KEY")
    }
}

/// Starts the simulator; `base_url()` is the origin (`https://api.kunapay.io`).
pub async fn spawn(config: Config) -> Sim {
    let now_ms = config.now_ms;
    let fail_next = config.fail_next.clone();
    super::start(
        KunaPay {
            config,
            last_nonce: Mutex::new(HashMap::new()),
        },
        now_ms,
        fail_next,
    )
    .await
}

struct KunaPay {
    config: Config,
    /// The last accepted nonce per public key.
    last_nonce: Mutex<HashMap<String, u64>>,
}

fn error(status: u16, code: &str, message: &str) -> Reply {
    Reply::json(status, &json!({ "code": code, "message": message }))
}

impl KunaPay {
    fn authenticate(&self, req: &Recorded) -> Result<(), Reply> {
        let cfg = &self.config;
        if let Some(public_key) = req.header("public-key") {
            if public_key != cfg.public_key {
                return Err(error(401, "INVALID_PUBLIC_KEY", "Unknown public key"));
            }
            let (Some(nonce_raw), Some(signature)) = (req.header("nonce"), req.header("signature"))
            else {
                return Err(error(
                    401,
                    "UNAUTHORIZED",
                    "Signed requests need the public-key, nonce and signature headers",
                ));
            };
            let Ok(nonce) = nonce_raw.parse::<u64>() else {
                return Err(error(
                    400,
                    "INVALID_NONCE",
                    "nonce must be a Unix timestamp in ms",
                ));
            };
            let body: &[u8] = if req.body.is_empty() {
                b"{}"
            } else {
                &req.body
            };
            let mut message = Vec::new();
            message.extend_from_slice(req.path.as_bytes());
            message.extend_from_slice(nonce_raw.as_bytes());
            message.extend_from_slice(body);
            let expected = hmac_hex!(Sha384, cfg.private_key.as_bytes(), &message);
            if signature != expected {
                return Err(error(401, "INVALID_SIGNATURE", "Invalid signature"));
            }
            let mut last = lock(&self.last_nonce);
            if let Some(&previous) = last.get(public_key)
                && nonce <= previous
            {
                return Err(error(
                    400,
                    "INVALID_NONCE",
                    &format!("nonce {nonce} must be greater than the previous nonce {previous}"),
                ));
            }
            last.insert(public_key.to_owned(), nonce);
            Ok(())
        } else if let Some(api_key) = req.header("api-key") {
            if api_key == cfg.api_key {
                Ok(())
            } else {
                Err(error(401, "INVALID_API_KEY", "Invalid API key"))
            }
        } else {
            Err(error(
                401,
                "UNAUTHORIZED",
                "Send api-key, or public-key + nonce + signature",
            ))
        }
    }
}

impl Venue for KunaPay {
    const BASE_PATH: &'static str = "";

    fn handle(&self, req: &Recorded, _now_ms: u64) -> Reply {
        enum Route {
            Balance,
            Invoice,
        }
        let route = match (req.method.as_str(), segments(&req.path).as_slice()) {
            ("GET", ["v1", "asset", "balance"]) => Route::Balance,
            ("POST", ["v1", "invoice"]) => Route::Invoice,
            _ => return error(404, "NOT_FOUND", "Not Found"),
        };
        if let Err(reply) = self.authenticate(req) {
            return reply;
        }
        match route {
            // INVENTED payload (the response is not documented).
            Route::Balance => Reply::json(
                200,
                &json!({ "data": [
                    { "asset": "USD", "balance": "1000", "lockBalance": "0" },
                    { "asset": "BTC", "balance": "0.5", "lockBalance": "0" }
                ] }),
            ),
            Route::Invoice => create_invoice(req),
        }
    }

    fn rate_limited_body(&self) -> Value {
        json!({ "code": "TOO_MANY_REQUESTS", "message": "Too Many Requests" })
    }
}

fn create_invoice(req: &Recorded) -> Reply {
    let Some(Value::Object(body)) = req.body_json() else {
        return error(400, "VALIDATION_ERROR", "body must be a JSON object");
    };
    let (Some(asset), Some(amount)) = (
        body.get("asset").and_then(Value::as_str),
        body.get("amount").and_then(Value::as_str),
    ) else {
        return error(
            400,
            "VALIDATION_ERROR",
            "asset and amount are required strings",
        );
    };
    // INVENTED payload (the response is not documented); asset and amount are echoed.
    Reply::json(
        200,
        &json!({ "data": {
            "id": EXAMPLE_INVOICE_ID,
            "asset": asset,
            "amount": amount,
            "status": "PENDING",
            "paymentLink": format!("https://pay.kuna.io/invoice/{EXAMPLE_INVOICE_ID}")
        } }),
    )
}
