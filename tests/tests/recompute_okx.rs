//! OKX: signatures recomputed by hand from the venue's documented recipe, compared byte for
//! byte with what the generated `venue_client::okx` signer puts on the request.
//!
//! The expected values never come from the generator or from venue-runtime's crypto: the test
//! re-derives OK-ACCESS-SIGN with `hmac`/`sha2`/`base64` over the bytes the request carries
//! (its OK-ACCESS-TIMESTAMP header, method, URL path with query, body). The OKX spec has no
//! path parameters (orders are addressed by query or body fields).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha256;
use venue_client::okx::{
    BalanceParams, CancelOrderParams, Credentials, GetOrderParams, InstType, OpenOrdersParams,
    PRODUCTION_URL, PlaceOrderParams, Scheme, Signer,
};
use venue_runtime as rt;

const KEY: &str = "okx-key-0001";
const SECRET: &str = "OKX-SECRET-0001-FAKE";
const PASSPHRASE: &str = "okx-pass-0001";
const ORIGIN: &str = "https://www.okx.com";

// Recipe: OKX API v5 docs, REST authentication (okx.com/docs-v5/en/#overview-rest-authentication):
// OK-ACCESS-SIGN = base64(HMAC-SHA256(secret, timestamp + METHOD + requestPath(+?query) + body)).
fn okx_sign(secret: &str, timestamp: &str, method: &str, path_query: &str, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(timestamp.as_bytes());
    mac.update(method.as_bytes());
    mac.update(path_query.as_bytes());
    mac.update(body);
    B64.encode(mac.finalize().into_bytes())
}

fn sign(endpoint: impl rt::Endpoint, now_ms: u64) -> rt::Request {
    let credentials = json!({ "api_key": KEY, "secret": SECRET, "passphrase": PASSPHRASE });
    let signer =
        Signer::new(Credentials::from_json(&credentials).expect("credentials")).expect("signer");
    let base = rt::BaseUrl::parse(PRODUCTION_URL).expect("production URL");
    let stamp = rt::Stamp {
        now_ms,
        nonce: 3,
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

/// Headers, the pinned ISO timestamp (written out by hand), and OK-ACCESS-SIGN recomputed over
/// the request's own bytes.
fn assert_signed(req: &rt::Request, method: &str, iso_time: &str) {
    assert_eq!(req.method.as_str(), method);
    assert_eq!(header(req, "OK-ACCESS-TIMESTAMP"), iso_time);
    assert_eq!(header(req, "OK-ACCESS-KEY"), KEY);
    assert_eq!(
        header(req, "OK-ACCESS-PASSPHRASE"),
        PASSPHRASE,
        "sent as created"
    );
    let path_query = req
        .url
        .strip_prefix(ORIGIN)
        .unwrap_or_else(|| panic!("URL {} is not under {ORIGIN}", req.url));
    let expected = okx_sign(
        SECRET,
        header(req, "OK-ACCESS-TIMESTAMP"),
        method,
        path_query,
        req.body.as_deref().unwrap_or_default(),
    );
    assert_eq!(header(req, "OK-ACCESS-SIGN"), expected, "OK-ACCESS-SIGN");
}

fn body_text(req: &rt::Request) -> &str {
    std::str::from_utf8(req.body.as_deref().expect("a body")).expect("UTF-8 body")
}

#[test]
fn get_with_query_signs_the_request_path_with_query() {
    // 1700000000123 ms = 2023-11-14T22:13:20.123Z.
    let req = sign(
        BalanceParams {
            ccy: Some("BTC,ETH".into()),
        },
        1_700_000_000_123,
    );
    assert_eq!(
        req.url,
        "https://www.okx.com/api/v5/account/balance?ccy=BTC%2CETH"
    );
    assert_eq!(req.body, None);
    assert_signed(&req, "GET", "2023-11-14T22:13:20.123Z");
    assert_eq!(
        header(&req, "OK-ACCESS-SIGN"),
        okx_sign(
            SECRET,
            "2023-11-14T22:13:20.123Z",
            "GET",
            "/api/v5/account/balance?ccy=BTC%2CETH",
            b""
        )
    );

    let req = sign(
        OpenOrdersParams {
            inst_type: Some(InstType::Spot),
            limit: Some(50),
            ..Default::default()
        },
        1_700_000_000_005,
    );
    assert_eq!(
        req.url,
        "https://www.okx.com/api/v5/trade/orders-pending?instType=SPOT&limit=50"
    );
    // Milliseconds are zero-padded to three digits.
    assert_signed(&req, "GET", "2023-11-14T22:13:20.005Z");
}

/// Live trading sends no demo header at all; with `simulated_trading` given the same request
/// carries `x-simulated-trading: 1`, and the signature does not change (OKX does not sign it).
#[test]
fn demo_trading_adds_only_the_simulated_trading_header() {
    let live = sign(BalanceParams::default(), 1_700_000_000_123);
    assert_eq!(live.header("x-simulated-trading"), None);
    assert_eq!(live.headers.len(), 4, "{:?}", live.headers);

    let credentials = json!({
        "api_key": KEY, "secret": SECRET, "passphrase": PASSPHRASE, "simulated_trading": "1"
    });
    let signer =
        Signer::new(Credentials::from_json(&credentials).expect("credentials")).expect("signer");
    let demo = signer
        .sign(
            Scheme::Signed,
            &BalanceParams::default(),
            &rt::BaseUrl::parse(PRODUCTION_URL).unwrap(),
            &rt::Stamp {
                now_ms: 1_700_000_000_123,
                nonce: 3,
                random: 0,
            },
            &mut rt::Trace::off(),
        )
        .expect("signs");
    assert_eq!(demo.header("x-simulated-trading"), Some("1"));
    assert_eq!(demo.url, live.url);
    assert_signed(&demo, "GET", "2023-11-14T22:13:20.123Z");
    assert_eq!(
        header(&demo, "OK-ACCESS-SIGN"),
        header(&live, "OK-ACCESS-SIGN")
    );
}

#[test]
fn post_with_body_signs_the_exact_json_sent() {
    let params: PlaceOrderParams = serde_json::from_value(json!({
        "instId": "BTC-USDT",
        "tdMode": "cash",
        "clOrdId": "b15",
        "side": "buy",
        "ordType": "limit",
        "sz": "0.01",
        "px": "30000",
    }))
    .expect("params");
    let req = sign(params, 1_700_000_000_456);
    assert_eq!(req.url, "https://www.okx.com/api/v5/trade/order");
    let body = r#"{"instId":"BTC-USDT","tdMode":"cash","clOrdId":"b15","side":"buy","ordType":"limit","sz":"0.01","px":"30000"}"#;
    assert_eq!(body_text(&req), body);
    assert_eq!(header(&req, "Content-Type"), "application/json");
    assert_signed(&req, "POST", "2023-11-14T22:13:20.456Z");
    assert_eq!(
        header(&req, "OK-ACCESS-SIGN"),
        okx_sign(
            SECRET,
            "2023-11-14T22:13:20.456Z",
            "POST",
            "/api/v5/trade/order",
            body.as_bytes()
        )
    );
}

#[test]
fn order_lookup_and_cancel() {
    let params: GetOrderParams = serde_json::from_value(json!({
        "instId": "BTC-USDT",
        "ordId": "590908157585625111",
    }))
    .expect("params");
    let req = sign(params, 1_700_000_001_000);
    assert_eq!(
        req.url,
        "https://www.okx.com/api/v5/trade/order?instId=BTC-USDT&ordId=590908157585625111"
    );
    assert_signed(&req, "GET", "2023-11-14T22:13:21.000Z");

    let params: CancelOrderParams = serde_json::from_value(json!({
        "instId": "BTC-USDT",
        "ordId": "590908157585625111",
    }))
    .expect("params");
    let req = sign(params, 1_700_000_001_999);
    assert_eq!(req.url, "https://www.okx.com/api/v5/trade/cancel-order");
    assert_eq!(
        body_text(&req),
        r#"{"instId":"BTC-USDT","ordId":"590908157585625111"}"#
    );
    assert_signed(&req, "POST", "2023-11-14T22:13:21.999Z");
}
