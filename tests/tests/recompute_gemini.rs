//! Gemini: signatures recomputed by hand from the venue's documented recipe, compared byte for
//! byte with what the generated `venue_client::gemini` signer puts on the request.
//!
//! The expected values never come from the generator or from venue-runtime's crypto: the test
//! base64-decodes X-GEMINI-PAYLOAD, checks the JSON it carries, and re-derives
//! X-GEMINI-SIGNATURE with `hmac`/`sha2`/`hex` over the exact header bytes. Every private
//! Gemini call is a POST with no HTTP body (no query strings, no path parameters).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha384;
use venue_client::gemini::{
    BalancesParams, CancelOrderParams, Credentials, OrderStatusParams, PRODUCTION_URL,
    PlaceOrderParams, Scheme, Signer,
};
use venue_runtime as rt;

const KEY: &str = "mykey";
const SECRET: &str = "1234abcd";
const NOW: u64 = 1_700_000_000_000;

// Recipe: docs.gemini.com/rest-api/#private-api-invocation (documented.json gemini-order-status):
// X-GEMINI-PAYLOAD = base64(JSON with request + nonce); X-GEMINI-SIGNATURE = hex(HMAC-SHA384(secret, payload b64)).
fn gemini_sign(secret: &str, payload_b64: &str) -> String {
    let mut mac = Hmac::<Sha384>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(payload_b64.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

fn sign(endpoint: impl rt::Endpoint, nonce: u64) -> rt::Request {
    let credentials = json!({ "api_key": KEY, "secret": SECRET });
    let signer =
        Signer::new(Credentials::from_json(&credentials).expect("credentials")).expect("signer");
    let base = rt::BaseUrl::parse(PRODUCTION_URL).expect("production URL");
    let stamp = rt::Stamp {
        now_ms: NOW,
        nonce,
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

/// POST without a body, fixed headers, the payload JSON (returned, decoded), and the
/// signature recomputed over the payload header's bytes.
fn assert_signed(req: &rt::Request, url: &str) -> String {
    assert_eq!(req.method, rt::Method::Post);
    assert_eq!(req.url, url);
    assert_eq!(
        req.body, None,
        "the payload travels in a header, not the body"
    );
    assert_eq!(header(req, "Content-Type"), "text/plain");
    assert_eq!(header(req, "Cache-Control"), "no-cache");
    assert_eq!(header(req, "X-GEMINI-APIKEY"), KEY);
    let payload_b64 = header(req, "X-GEMINI-PAYLOAD");
    assert_eq!(
        header(req, "X-GEMINI-SIGNATURE"),
        gemini_sign(SECRET, payload_b64),
        "X-GEMINI-SIGNATURE"
    );
    let decoded = B64.decode(payload_b64).expect("the payload is base64");
    String::from_utf8(decoded).expect("UTF-8 payload")
}

#[test]
fn recipe_reproduces_the_documented_signature() {
    // documented.json gemini-order-status: the heredoc payload, byte for byte.
    let payload = "{\n    \"request\": \"/v1/order/status\",\n    \"nonce\": 123456,\n\n    \"order_id\": 18834\n}\n";
    let payload_b64 = B64.encode(payload);
    assert_eq!(
        payload_b64,
        "ewogICAgInJlcXVlc3QiOiAiL3YxL29yZGVyL3N0YXR1cyIsCiAgICAibm9uY2UiOiAxMjM0NTYsCgogICAgIm9yZGVyX2lkIjogMTg4MzQKfQo="
    );
    assert_eq!(
        gemini_sign(SECRET, &payload_b64),
        "337cc8b4ea692cfe65b4a85fcc9f042b2e3f702ac956fd098d600ab15705775017beae402be773ceee10719ff70d710f"
    );
}

#[test]
fn order_status_payload_carries_request_nonce_and_params() {
    // The documented request (order 18834, nonce 123456), compact.
    let req = sign(
        OrderStatusParams {
            order_id: Some(18834),
            ..Default::default()
        },
        123_456,
    );
    let payload = assert_signed(&req, "https://api.gemini.com/v1/order/status");
    assert_eq!(
        payload,
        r#"{"request":"/v1/order/status","nonce":123456,"order_id":18834}"#
    );
}

#[test]
fn balances_without_params() {
    let nonce = NOW + 1;
    let req = sign(BalancesParams::default(), nonce);
    let payload = assert_signed(&req, "https://api.gemini.com/v1/balances");
    assert_eq!(
        payload,
        r#"{"request":"/v1/balances","nonce":1700000000001}"#
    );
    let sent: serde_json::Value = serde_json::from_str(&payload).expect("JSON payload");
    assert_eq!(sent["nonce"], json!(nonce), "nonce is the pinned nonce");
}

#[test]
fn new_order_payload() {
    let params: PlaceOrderParams = serde_json::from_value(json!({
        "client_order_id": "20150102-4738721",
        "symbol": "btcusd",
        "amount": "34.12",
        "price": "622.13",
        "side": "buy",
        "type": "exchange limit",
    }))
    .expect("params");
    let req = sign(params, NOW + 2);
    let payload = assert_signed(&req, "https://api.gemini.com/v1/order/new");
    // Gemini's new-order docs: amount and price are strings.
    assert_eq!(
        payload,
        r#"{"request":"/v1/order/new","nonce":1700000000002,"client_order_id":"20150102-4738721","symbol":"btcusd","amount":"34.12","price":"622.13","side":"buy","type":"exchange limit"}"#
    );

    let req = sign(
        CancelOrderParams {
            order_id: 106817811,
            account: None,
        },
        NOW + 3,
    );
    let payload = assert_signed(&req, "https://api.gemini.com/v1/order/cancel");
    assert_eq!(
        payload,
        r#"{"request":"/v1/order/cancel","nonce":1700000000003,"order_id":106817811}"#
    );
}
