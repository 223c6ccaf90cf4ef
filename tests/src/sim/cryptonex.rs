//! Cryptonex JSON-RPC 2.0 simulator (seed 003 and endpoints.md §4).
//!
//! Every call is `POST /api` with `{"jsonrpc":"2.0","method":..,"params":{key,sign,nonce,..},
//! "id":..}`. Checked in this order, each failure a JSON-RPC error object with **HTTP 200**
//! and the request's `id` echoed (`null` when it cannot be read):
//! 1. the body parses as JSON, else `-32700` "Parse error" (JSON-RPC 2.0 standard);
//! 2. `jsonrpc` is `"2.0"` and `method` a string, else `-32600` "Invalid Request" (standard);
//! 3. `params` is an object with string `key`, string `sign` and an integer `nonce` (a JSON
//!    number, or a string of digits), else `-32602` "Invalid params";
//! 4. `key` is the configured key, else `-33101` "Key not valid";
//! 5. `sign` = lower-case hex **SHA-256** (a plain hash, not an HMAC) of
//!    `method + nonce + secret`, where `nonce` is its text exactly as sent (the digits of the
//!    JSON number, or the string's content), else `-33102` "Sign not valid";
//! 6. the method is one of the six documented ones, else `-32601` "Method not found";
//! 7. `nonce` is strictly greater than the last accepted nonce for that key, else `-33105`
//!    "Nonce too low" — NOT DOCUMENTED: Cryptonex names no code for a repeated or lower nonce,
//!    so this code and message are invented (next to the SDK mock's -3310x auth codes);
//! 8. the method's own required params, else `-32602` "Invalid params".
//!
//! `-33101`/`-33102`/`-32602` come from the official SDK's mock server (not confirmed against
//! the live API). Results are the documents' examples. The documents sometimes answer request
//! id 2 with id 1 or 5; this simulator always echoes the request id, as a real JSON-RPC server
//! must. `user.info`'s `login` is obfuscated in the document copy (`[email protected]`), so it is
//! the invented `user@example.com`.

use std::collections::HashMap;
use std::sync::Mutex;

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

pub use super::{Failure, Recorded, Sim};
use super::{Reply, Venue, lock};

/// The invented error code for a nonce that does not increase.
pub const NONCE_TOO_LOW: i64 = -33105;

/// What the simulator accepts and how it behaves.
#[derive(Clone, Debug)]
pub struct Config {
    /// The public key (`params.key`).
    pub key: String,
    /// The secret, appended to `method + nonce` before hashing.
    pub secret: String,
    /// The server clock: `None` = system time. Cryptonex documents no time window (only an
    /// increasing nonce), so the clock is not used for authentication.
    pub now_ms: Option<u64>,
    /// A failure forced on the first request.
    pub fail_next: Option<Failure>,
}

impl Config {
    pub fn new(key: impl Into<String>, secret: impl Into<String>) -> Config {
        Config {
            key: key.into(),
            secret: secret.into(),
            now_ms: None,
            fail_next: None,
        }
    }
}

impl Default for Config {
    /// The document's example key and secret.
    fn default() -> Config {
        Config::new(
            "330f1dd6-af88-4335-bb8f-0a7b9f6afaa7",
            "aQcLC343dsfg9hgbOLGeredfsdfIry",
        )
    }
}

/// Starts the simulator. The RPC endpoint is `POST {base_url()}/api`; `base_url()` is the
/// origin (the real endpoint is `https://userapi.cryptonex.org/api`).
pub async fn spawn(config: Config) -> Sim {
    let now_ms = config.now_ms;
    let fail_next = config.fail_next.clone();
    super::start(
        Cryptonex {
            config,
            last_nonce: Mutex::new(HashMap::new()),
        },
        now_ms,
        fail_next,
    )
    .await
}

struct Cryptonex {
    config: Config,
    /// The last accepted nonce per key.
    last_nonce: Mutex<HashMap<String, u64>>,
}

fn rpc_error(id: &Value, code: i64, message: &str) -> Reply {
    Reply::json(
        200,
        &json!({ "jsonrpc": "2.0", "error": { "code": code, "message": message }, "id": id }),
    )
}

fn rpc_result(id: &Value, result: Value) -> Reply {
    Reply::json(
        200,
        &json!({ "jsonrpc": "2.0", "result": result, "id": id }),
    )
}

const METHODS: [&str; 6] = [
    "user.account_list",
    "account.withdraw",
    "transaction.list",
    "currency_pair.get_rate_list",
    "currency.convert",
    "user.info",
];

impl Venue for Cryptonex {
    const BASE_PATH: &'static str = "";

    fn handle(&self, req: &Recorded, _now_ms: u64) -> Reply {
        if req.path != "/api" {
            return Reply::json(
                404,
                &json!({ "jsonrpc": "2.0", "error": { "code": -32601, "message": "Not Found" }, "id": null }),
            );
        }
        if req.method != "POST" {
            return Reply::json(
                405,
                &json!({ "jsonrpc": "2.0", "error": { "code": -32600, "message": "Use POST" }, "id": null }),
            );
        }
        let Ok(request) = serde_json::from_slice::<Value>(&req.body) else {
            return rpc_error(&Value::Null, -32700, "Parse error");
        };
        let id = request.get("id").cloned().unwrap_or(Value::Null);
        let (Some("2.0"), Some(method)) = (
            request.get("jsonrpc").and_then(Value::as_str),
            request.get("method").and_then(Value::as_str),
        ) else {
            return rpc_error(&id, -32600, "Invalid Request");
        };
        let Some(params) = request.get("params").and_then(Value::as_object) else {
            return rpc_error(&id, -32602, "Invalid params");
        };
        let key = params.get("key").and_then(Value::as_str);
        let sign = params.get("sign").and_then(Value::as_str);
        // The nonce's text exactly as sent, and its value.
        let nonce = match params.get("nonce") {
            Some(Value::Number(n)) => n.as_u64().map(|v| (n.to_string(), v)),
            Some(Value::String(s)) => s.parse::<u64>().ok().map(|v| (s.clone(), v)),
            _ => None,
        };
        let (Some(key), Some(sign), Some((nonce_text, nonce))) = (key, sign, nonce) else {
            return rpc_error(&id, -32602, "Invalid params");
        };
        if key != self.config.key {
            return rpc_error(&id, -33101, "Key not valid");
        }
        let mut hasher = Sha256::new();
        hasher.update(method.as_bytes());
        hasher.update(nonce_text.as_bytes());
        hasher.update(self.config.secret.as_bytes());
        if sign != hex::encode(hasher.finalize()) {
            return rpc_error(&id, -33102, "Sign not valid");
        }
        if !METHODS.contains(&method) {
            return rpc_error(&id, -32601, "Method not found");
        }
        {
            let mut last = lock(&self.last_nonce);
            if let Some(&previous) = last.get(key)
                && nonce <= previous
            {
                return rpc_error(&id, NONCE_TOO_LOW, "Nonce too low");
            }
            last.insert(key.to_owned(), nonce);
        }
        let has = |name: &str| params.get(name).is_some_and(|v| !v.is_null());
        let result = match method {
            "user.account_list" => json!({
                "accounts": [
                    {
                        "balance": "0",
                        "currency": "btc",
                        "hash": "14x2insrz24PirkRA73TFwvNRYTKqbwxEQ",
                        "type": "crypto"
                    },
                    {
                        "balance": "0",
                        "currency": "eth",
                        "hash": "0x79ff9548653c3a1777c4121f65c678e72629ef9e",
                        "type": "crypto"
                    }
                ]
            }),
            "account.withdraw" => {
                if !(has("from_hash") && has("to_hash") && has("amount")) {
                    return rpc_error(&id, -32602, "Invalid params");
                }
                json!({
                    "id": 7,
                    "user_id": 2,
                    "balance": "76.53154234",
                    "confirm_type": "email",
                    "currency": "cnx",
                    "hash": "Gh7tmu4234fsdfnweLLdisb8xMaxGyWCv7ui"
                })
            }
            "transaction.list" => json!({
                "summary": {
                    "first_stamp": "2017-08-31 22:46:31.15804",
                    "last_stamp": "2018-01-30 12:15:23.026104",
                    "total": 180
                },
                "transactions": [
                    {
                        "block_hash": "",
                        "from_amount": "5",
                        "from_commission": "0",
                        "from_currency": "cnx",
                        "from_hash": "Gh7tmu43836W5nweLLdisb8xMaxGyWCvLr",
                        "id": 1918,
                        "post_stamp": "2018-01-30 12:15:23.026104",
                        "rate": "0",
                        "status": "moderate",
                        "to_amount": "5",
                        "to_currency": "cnx",
                        "to_hash": "GgDEpsfEWrN8xiQDezMkdmcKv5C4axYRGk",
                        "tx_id": "",
                        "type": "withdrawal",
                        "update_stamp": "2018-01-30 12:15:23.026104"
                    }
                ]
            }),
            "currency_pair.get_rate_list" => json!({
                "rates": [
                    {
                        "alias": "CNX/BTC",
                        "ask": "0.0007866",
                        "base_currency": "cnx",
                        "base_type": "crypto",
                        "bid": "0.00072375",
                        "convert_type": "cross",
                        "rel_currency_id": "btc",
                        "rel_type": "crypto",
                        "update_stamp": "2018-01-30 12:50:02.794084",
                        "value_last_24h": "18536.65481165"
                    }
                ]
            }),
            "currency.convert" => {
                if !(has("amount") && has("from_currency") && has("to_currency")) {
                    return rpc_error(&id, -32602, "Invalid params");
                }
                json!({ "status": "ok" })
            }
            "user.info" => json!({
                "id": 2,
                "login": "user@example.com",
                "auth_2fa": false,
                "deposit_auto_convert": false,
                "eth_cnx_bonus": "0.0",
                "post_stamp": "2017-08-29 20:29:27.844215"
            }),
            _ => unreachable!("checked against METHODS above"),
        };
        rpc_result(&id, result)
    }

    fn rate_limited_body(&self) -> Value {
        // Invented: a JSON-RPC error object (no id: the request was not read).
        json!({ "jsonrpc": "2.0", "error": { "code": -32000, "message": "Too Many Requests" }, "id": null })
    }
}
