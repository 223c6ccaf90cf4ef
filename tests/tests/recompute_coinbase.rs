//! Coinbase Exchange: signatures recomputed by hand from the venue's documented recipe,
//! compared byte for byte with what the generated `venue_client::coinbase` signer puts on the
//! request.
//!
//! The expected values never come from the generator or from venue-runtime's crypto: the test
//! re-derives CB-ACCESS-SIGN with `hmac`/`sha2`/`base64` over the bytes the request carries
//! (its CB-ACCESS-TIMESTAMP header, method, URL path with query, body).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha256;
use venue_client::coinbase::{
    AccountsParams, CancelOrderParams, Credentials, GetOrderParams, ListOrdersParams,
    ListOrdersStatus, PRODUCTION_URL, PlaceOrderParams, Scheme, Signer,
};
use venue_runtime as rt;

const KEY: &str = "cb-key-0001";
// base64 of "coinbase exchange fake secret 0001, 64 bytes of key material..!"
const SECRET_B64: &str =
    "Y29pbmJhc2UgZXhjaGFuZ2UgZmFrZSBzZWNyZXQgMDAwMSwgNjQgYnl0ZXMgb2Yga2V5IG1hdGVyaWFsLi4h";
const PASSPHRASE: &str = "cb-pass-0001";
const ORIGIN: &str = "https://api.exchange.coinbase.com";
const ORDER_ID: &str = "d0c5340b-6d6c-49d9-b567-48c4bfca13d2";

// Recipe: Coinbase Exchange REST auth (docs.cdp.coinbase.com/exchange/docs/rest-auth):
// CB-ACCESS-SIGN = base64(HMAC-SHA256(base64decode(secret), timestamp + METHOD + requestPath + body)).
fn cb_sign(secret_b64: &str, timestamp: &str, method: &str, path: &str, body: &[u8]) -> String {
    let key = B64.decode(secret_b64).expect("the secret is base64");
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).expect("any key length");
    mac.update(timestamp.as_bytes());
    mac.update(method.as_bytes());
    mac.update(path.as_bytes());
    mac.update(body);
    B64.encode(mac.finalize().into_bytes())
}

fn sign(endpoint: impl rt::Endpoint, now_ms: u64) -> rt::Request {
    let credentials = json!({ "api_key": KEY, "secret": SECRET_B64, "passphrase": PASSPHRASE });
    let signer =
        Signer::new(Credentials::from_json(&credentials).expect("credentials")).expect("signer");
    let base = rt::BaseUrl::parse(PRODUCTION_URL).expect("production URL");
    let stamp = rt::Stamp {
        now_ms,
        nonce: 8,
        random: 0,
    };
    signer
        .sign(
            Scheme::Signed,
            &endpoint,
            &base,
            &stamp,
            &mut rt::Trace::off(),
        )
        .expect("signs")
}

fn header<'a>(req: &'a rt::Request, name: &str) -> &'a str {
    req.header(name)
        .unwrap_or_else(|| panic!("header `{name}` missing; headers: {:?}", req.headers))
}

fn body_text(req: &rt::Request) -> &str {
    std::str::from_utf8(req.body.as_deref().expect("a body")).expect("UTF-8 body")
}

/// Headers, the pinned timestamp in whole seconds, and CB-ACCESS-SIGN recomputed over the
/// request's own bytes.
fn assert_signed(req: &rt::Request, method: &str, seconds: &str) {
    assert_eq!(req.method.as_str(), method);
    assert_eq!(header(req, "CB-ACCESS-TIMESTAMP"), seconds);
    assert_eq!(header(req, "CB-ACCESS-KEY"), KEY);
    assert_eq!(header(req, "CB-ACCESS-PASSPHRASE"), PASSPHRASE);
    let path = req
        .url
        .strip_prefix(ORIGIN)
        .unwrap_or_else(|| panic!("URL {} is not under {ORIGIN}", req.url));
    let expected = cb_sign(
        SECRET_B64,
        header(req, "CB-ACCESS-TIMESTAMP"),
        method,
        path,
        req.body.as_deref().unwrap_or_default(),
    );
    assert_eq!(header(req, "CB-ACCESS-SIGN"), expected, "CB-ACCESS-SIGN");
}

#[test]
fn get_without_and_with_query() {
    let req = sign(AccountsParams {}, 1_700_000_000_000);
    assert_eq!(req.url, "https://api.exchange.coinbase.com/accounts");
    assert_eq!(req.body, None);
    assert_signed(&req, "GET", "1700000000");
    assert_eq!(
        header(&req, "CB-ACCESS-SIGN"),
        cb_sign(SECRET_B64, "1700000000", "GET", "/accounts", b"")
    );

    // 1700000000999 ms is still second 1700000000.
    let req = sign(
        ListOrdersParams {
            product_id: Some("BTC-USD".into()),
            status: Some(ListOrdersStatus::Open),
            limit: Some(100),
            ..Default::default()
        },
        1_700_000_000_999,
    );
    assert_eq!(
        req.url,
        "https://api.exchange.coinbase.com/orders?product_id=BTC-USD&limit=100&status=open"
    );
    assert_signed(&req, "GET", "1700000000");
    assert_eq!(
        header(&req, "CB-ACCESS-SIGN"),
        cb_sign(
            SECRET_B64,
            "1700000000",
            "GET",
            "/orders?product_id=BTC-USD&limit=100&status=open",
            b""
        )
    );
}

#[test]
fn post_with_body_signs_the_exact_json_sent() {
    let params: PlaceOrderParams = serde_json::from_value(json!({
        "type": "limit",
        "side": "buy",
        "product_id": "BTC-USD",
        "price": "30000.00",
        "size": "0.01",
        "client_oid": "8d1a7cd2-7ab4-4cf5-a4b8-2b1e0b6f4bde",
    }))
    .expect("params");
    let req = sign(params, 1_700_000_001_500);
    assert_eq!(req.url, "https://api.exchange.coinbase.com/orders");
    let body = r#"{"type":"limit","side":"buy","product_id":"BTC-USD","price":"30000.00","size":"0.01","client_oid":"8d1a7cd2-7ab4-4cf5-a4b8-2b1e0b6f4bde"}"#;
    assert_eq!(body_text(&req), body);
    assert_eq!(header(&req, "Content-Type"), "application/json");
    assert_signed(&req, "POST", "1700000001");
    assert_eq!(
        header(&req, "CB-ACCESS-SIGN"),
        cb_sign(SECRET_B64, "1700000001", "POST", "/orders", body.as_bytes())
    );
}

#[test]
fn path_parameter_is_part_of_the_signed_path() {
    let req = sign(
        GetOrderParams {
            order_id: ORDER_ID.into(),
            market_type: None,
        },
        1_700_000_002_000,
    );
    assert_eq!(
        req.url,
        "https://api.exchange.coinbase.com/orders/d0c5340b-6d6c-49d9-b567-48c4bfca13d2"
    );
    assert_eq!(req.body, None);
    assert_signed(&req, "GET", "1700000002");

    let req = sign(
        CancelOrderParams {
            order_id: ORDER_ID.into(),
            profile_id: None,
            product_id: Some("BTC-USD".into()),
        },
        1_700_000_003_000,
    );
    assert_eq!(
        req.url,
        "https://api.exchange.coinbase.com/orders/d0c5340b-6d6c-49d9-b567-48c4bfca13d2?product_id=BTC-USD"
    );
    assert_eq!(req.body, None);
    assert_signed(&req, "DELETE", "1700000003");
    assert_eq!(
        header(&req, "CB-ACCESS-SIGN"),
        cb_sign(
            SECRET_B64,
            "1700000003",
            "DELETE",
            "/orders/d0c5340b-6d6c-49d9-b567-48c4bfca13d2?product_id=BTC-USD",
            b""
        )
    );
}
