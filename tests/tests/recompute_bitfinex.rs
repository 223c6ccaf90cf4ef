//! Bitfinex: signatures recomputed by hand from the venue's documented recipe, compared byte
//! for byte with what the generated `venue_client::bitfinex` signer puts on the request.
//!
//! The expected values never come from the generator or from venue-runtime's crypto: the test
//! re-derives bfx-signature with `hmac`/`sha2`/`hex` over the bytes the request carries (its
//! URL path, bfx-nonce header, body). Every authenticated Bitfinex v2 call is a POST with a
//! JSON body (no query strings, no path parameters).

use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha384;
use venue_client::bitfinex::{
    CancelOrderParams, Credentials, OrderHistoryParams, PRODUCTION_URL, Scheme, Signer,
    SubmitOrderParams, WalletsParams,
};
use venue_runtime as rt;

const KEY: &str = "bfx-key-0001";
const SECRET: &str = "bfx-secret-0001";
const NOW: u64 = 1_700_000_000_000;
const ORIGIN: &str = "https://api.bitfinex.com";

// Recipe: docs.bitfinex.com/docs/rest-auth: bfx-signature =
// hex(HMAC-SHA384(secret, `/api/${apiPath}${nonce}${JSON.stringify(body)}`)), nonce = Date.now()*1000.
fn bfx_sign(secret: &str, api_path: &str, nonce: &str, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha384>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(b"/api/");
    mac.update(api_path.as_bytes());
    mac.update(nonce.as_bytes());
    mac.update(body);
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

fn body_text(req: &rt::Request) -> &str {
    std::str::from_utf8(req.body.as_deref().expect("a body")).expect("UTF-8 body")
}

/// POST, url, body, bfx-apikey, bfx-nonce (the pinned ms nonce on the documented µs scale),
/// and bfx-signature recomputed over the request's own bytes.
fn assert_signed(req: &rt::Request, url: &str, body: &str, nonce: u64) {
    assert_eq!(req.method, rt::Method::Post);
    assert_eq!(req.url, url);
    assert_eq!(body_text(req), body, "body");
    assert_eq!(header(req, "Content-Type"), "application/json");
    assert_eq!(header(req, "bfx-apikey"), KEY);
    assert_eq!(header(req, "bfx-nonce"), format!("{nonce}000"));
    let api_path = req
        .url
        .strip_prefix(ORIGIN)
        .and_then(|p| p.strip_prefix('/'))
        .unwrap_or_else(|| panic!("URL {} is not under {ORIGIN}", req.url));
    let expected = bfx_sign(
        SECRET,
        api_path,
        header(req, "bfx-nonce"),
        body_text(req).as_bytes(),
    );
    assert_eq!(header(req, "bfx-signature"), expected, "bfx-signature");
}

#[test]
fn wallets_signs_an_empty_object() {
    let req = sign(WalletsParams {}, NOW);
    assert_signed(
        &req,
        "https://api.bitfinex.com/v2/auth/r/wallets",
        "{}",
        NOW,
    );
    // The docs' template written out: apiPath v2/auth/r/wallets, body {}.
    assert_eq!(
        header(&req, "bfx-signature"),
        bfx_sign(SECRET, "v2/auth/r/wallets", "1700000000000000", b"{}")
    );
}

#[test]
fn submit_order_signs_the_exact_json_sent() {
    let params: SubmitOrderParams = serde_json::from_value(json!({
        "type": "EXCHANGE LIMIT",
        "symbol": "tBTCUSD",
        "price": "15",
        "amount": "0.001",
        "flags": 0,
    }))
    .expect("params");
    let req = sign(params, NOW + 1);
    // The docs' submit example: price and amount as strings.
    let body =
        r#"{"type":"EXCHANGE LIMIT","symbol":"tBTCUSD","price":"15","amount":"0.001","flags":0}"#;
    assert_signed(
        &req,
        "https://api.bitfinex.com/v2/auth/w/order/submit",
        body,
        NOW + 1,
    );
    assert_eq!(
        header(&req, "bfx-signature"),
        bfx_sign(
            SECRET,
            "v2/auth/w/order/submit",
            "1700000000001000",
            body.as_bytes()
        )
    );
}

#[test]
fn history_and_cancel_bodies() {
    let req = sign(
        OrderHistoryParams {
            start: Some(1_699_000_000_000),
            limit: Some(25),
            ..Default::default()
        },
        NOW + 2,
    );
    assert_signed(
        &req,
        "https://api.bitfinex.com/v2/auth/r/orders/hist",
        r#"{"start":1699000000000,"limit":25}"#,
        NOW + 2,
    );

    let req = sign(
        CancelOrderParams {
            id: Some(1_189_428_429),
            ..Default::default()
        },
        NOW + 3,
    );
    assert_signed(
        &req,
        "https://api.bitfinex.com/v2/auth/w/order/cancel",
        r#"{"id":1189428429}"#,
        NOW + 3,
    );
}
