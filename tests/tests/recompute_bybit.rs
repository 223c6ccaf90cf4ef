//! Bybit: signatures recomputed by hand from the venue's documented recipe, compared byte for
//! byte with what the generated `venue_client::bybit` signer puts on the request.
//!
//! The expected values never come from the generator or from venue-runtime's crypto: the test
//! re-derives X-BAPI-SIGN with `hmac`/`sha2`/`hex` over the bytes the request carries (its
//! X-BAPI-TIMESTAMP and X-BAPI-RECV-WINDOW headers, its URL query or its body). The Bybit spec
//! has no path parameters (orders are addressed by query or body fields).

use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha256;
use venue_client::bybit::{
    CancelOrderParams, Credentials, OpenOrdersParams, PRODUCTION_URL, PlaceOrderParams, Scheme,
    Signer, WalletBalanceParams,
};
use venue_runtime as rt;

const KEY: &str = "XXXXXXXXXXXXXXXXXX";
const SECRET: &str = "bybit-secret-0001";
const ORIGIN: &str = "https://api.bybit.com";

// Recipe: bybit-exchange.github.io/docs/v5/guide#authentication: X-BAPI-SIGN =
// hex(HMAC-SHA256(secret, timestamp + api_key + recv_window + queryString (GET) | jsonBody (POST))).
fn bybit_sign(secret: &str, ts: &str, api_key: &str, recv_window: &str, payload: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(ts.as_bytes());
    mac.update(api_key.as_bytes());
    mac.update(recv_window.as_bytes());
    mac.update(payload);
    hex::encode(mac.finalize().into_bytes())
}

fn sign(endpoint: impl rt::Endpoint, now_ms: u64) -> rt::Request {
    let credentials = json!({ "api_key": KEY, "secret": SECRET });
    let signer =
        Signer::new(Credentials::from_json(&credentials).expect("credentials")).expect("signer");
    let base = rt::BaseUrl::parse(PRODUCTION_URL).expect("production URL");
    let stamp = rt::Stamp {
        now_ms,
        nonce: 6,
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

/// Headers (pinned ms timestamp, recv window 5000), and X-BAPI-SIGN recomputed over the query
/// string for GET or the body for POST.
fn assert_signed(req: &rt::Request, now_ms: u64) {
    assert_eq!(header(req, "X-BAPI-API-KEY"), KEY);
    assert_eq!(header(req, "X-BAPI-TIMESTAMP"), now_ms.to_string());
    assert_eq!(header(req, "X-BAPI-RECV-WINDOW"), "5000");
    let rest = req
        .url
        .strip_prefix(ORIGIN)
        .unwrap_or_else(|| panic!("URL {} is not under {ORIGIN}", req.url));
    let payload: &[u8] = match req.method {
        rt::Method::Get => rest.split_once('?').map_or("", |(_, q)| q).as_bytes(),
        _ => {
            assert!(!rest.contains('?'), "a POST carries no query");
            req.body.as_deref().expect("a POST carries a body")
        }
    };
    let expected = bybit_sign(
        SECRET,
        header(req, "X-BAPI-TIMESTAMP"),
        KEY,
        header(req, "X-BAPI-RECV-WINDOW"),
        payload,
    );
    assert_eq!(header(req, "X-BAPI-SIGN"), expected, "X-BAPI-SIGN");
}

#[test]
fn get_with_query_signs_the_query_string() {
    let params: WalletBalanceParams =
        serde_json::from_value(json!({ "accountType": "UNIFIED", "coin": "BTC" })).expect("params");
    let req = sign(params, 1_672_211_928_338);
    assert_eq!(req.method, rt::Method::Get);
    assert_eq!(
        req.url,
        "https://api.bybit.com/v5/account/wallet-balance?accountType=UNIFIED&coin=BTC"
    );
    assert_eq!(req.body, None);
    assert_signed(&req, 1_672_211_928_338);
    assert_eq!(
        header(&req, "X-BAPI-SIGN"),
        bybit_sign(
            SECRET,
            "1672211928338",
            KEY,
            "5000",
            b"accountType=UNIFIED&coin=BTC"
        )
    );

    let params: OpenOrdersParams =
        serde_json::from_value(json!({ "category": "linear", "symbol": "BTCUSDT", "limit": 20 }))
            .expect("params");
    let req = sign(params, 1_700_000_000_000);
    assert_eq!(
        req.url,
        "https://api.bybit.com/v5/order/realtime?category=linear&symbol=BTCUSDT&limit=20"
    );
    assert_signed(&req, 1_700_000_000_000);
}

#[test]
fn post_with_body_signs_the_exact_json_sent() {
    let params: PlaceOrderParams = serde_json::from_value(json!({
        "category": "spot",
        "symbol": "BTCUSDT",
        "side": "Buy",
        "orderType": "Limit",
        "qty": "0.1",
        "price": "15600",
        "timeInForce": "PostOnly",
        "orderLinkId": "spot-test-postonly",
    }))
    .expect("params");
    let req = sign(params, 1_700_000_000_001);
    assert_eq!(req.method, rt::Method::Post);
    assert_eq!(req.url, "https://api.bybit.com/v5/order/create");
    // Bybit's create-order example fields: qty and price as strings.
    let body = r#"{"category":"spot","symbol":"BTCUSDT","side":"Buy","orderType":"Limit","qty":"0.1","price":"15600","timeInForce":"PostOnly","orderLinkId":"spot-test-postonly"}"#;
    assert_eq!(body_text(&req), body);
    assert_eq!(header(&req, "Content-Type"), "application/json");
    assert_signed(&req, 1_700_000_000_001);
    assert_eq!(
        header(&req, "X-BAPI-SIGN"),
        bybit_sign(SECRET, "1700000000001", KEY, "5000", body.as_bytes())
    );
}

#[test]
fn cancel_is_a_signed_post() {
    let params: CancelOrderParams = serde_json::from_value(json!({
        "category": "linear",
        "symbol": "BTCUSDT",
        "orderId": "c6f055d9-7f21-4079-913d-e6523a9cfffa",
    }))
    .expect("params");
    let req = sign(params, 1_700_000_000_002);
    assert_eq!(req.method, rt::Method::Post);
    assert_eq!(req.url, "https://api.bybit.com/v5/order/cancel");
    assert_eq!(
        body_text(&req),
        r#"{"category":"linear","symbol":"BTCUSDT","orderId":"c6f055d9-7f21-4079-913d-e6523a9cfffa"}"#
    );
    assert_signed(&req, 1_700_000_000_002);
}
