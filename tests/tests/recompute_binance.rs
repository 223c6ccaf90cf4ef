//! Binance (HMAC keys): signatures recomputed by hand from the venue's documented recipe,
//! compared byte for byte with what the generated `venue_client::binance` signer puts on the
//! request. Ed25519 and RSA keys are covered in `asymmetric.rs`.
//!
//! The expected values never come from the generator or from venue-runtime's crypto: the test
//! re-derives `signature` with `hmac`/`sha2`/`hex` over the query string the URL carries (up to
//! `&signature=`) plus the body. This client sends every parameter in the query, so POST and
//! DELETE carry no body. Binance has no path parameters.

use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha256;
use venue_client::binance::{
    AccountParams, CancelOrderParams, Credentials, OpenOrdersParams, PRODUCTION_URL,
    PlaceOrderParams, Scheme, Signer,
};
use venue_runtime::{self as rt, Error};

// The documented example key pair (documented.json binance-rest-hmac-ascii).
const DOC_KEY: &str = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
const DOC_SECRET: &str = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
const DOC_TIME: u64 = 1_499_827_319_559;
const ORIGIN: &str = "https://api.binance.com";

// Recipe: binance-spot-api-docs rest-api.md "SIGNED endpoint security" (documented.json
// binance-rest-hmac-*): signature = hex(HMAC-SHA256(secret, query string + body)).
fn binance_sign(secret: &str, query: &str, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(query.as_bytes());
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

fn signer(credentials: serde_json::Value) -> Signer {
    Signer::new(Credentials::from_json(&credentials).expect("credentials")).expect("signer")
}

fn sign_with(
    signer: &Signer,
    endpoint: impl rt::Endpoint,
    now_ms: u64,
) -> Result<rt::Request, Error> {
    let base = rt::BaseUrl::parse(PRODUCTION_URL).expect("production URL");
    let stamp = rt::Stamp {
        now_ms,
        nonce: 1,
        random: 0,
    };
    signer.sign(
        Scheme::Hmac,
        &endpoint,
        &base,
        &stamp,
        &mut rt::Trace::off(),
    )
}

fn sign(endpoint: impl rt::Endpoint, now_ms: u64) -> rt::Request {
    let signer = signer(json!({ "api_key": DOC_KEY, "secret": DOC_SECRET }));
    sign_with(&signer, endpoint, now_ms).expect("signs")
}

/// Splits the URL's query into the signed part and the `signature` value (the last param).
fn signed_query(req: &rt::Request) -> (&str, &str) {
    let rest = req
        .url
        .strip_prefix(ORIGIN)
        .unwrap_or_else(|| panic!("URL {} is not under {ORIGIN}", req.url));
    let (_, query) = rest.split_once('?').expect("a query");
    query
        .rsplit_once("&signature=")
        .expect("signature is the last query parameter")
}

/// X-MBX-APIKEY, the pinned `timestamp` at the end of the signed query, and the signature
/// recomputed over that query plus the body.
fn assert_signed(req: &rt::Request, now_ms: u64) {
    assert_eq!(req.header("X-MBX-APIKEY"), Some(DOC_KEY));
    assert_eq!(req.body, None, "every parameter goes in the query");
    let (query, signature) = signed_query(req);
    assert!(
        query.ends_with(&format!("timestamp={now_ms}")),
        "timestamp is the pinned time: {query}"
    );
    assert_eq!(signature, binance_sign(DOC_SECRET, query, b""), "signature");
}

fn place_order(symbol: &str) -> PlaceOrderParams {
    serde_json::from_value(json!({
        "symbol": symbol,
        "side": "BUY",
        "type": "LIMIT",
        "timeInForce": "GTC",
        "quantity": "1",
        "price": "0.1",
        "recvWindow": "5000",
    }))
    .expect("params")
}

#[test]
fn recipe_reproduces_the_documented_signatures() {
    assert_eq!(
        binance_sign(
            DOC_SECRET,
            "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559",
            b""
        ),
        "c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71"
    );
    assert_eq!(
        binance_sign(
            DOC_SECRET,
            "symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559",
            b""
        ),
        "e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3"
    );
}

#[test]
fn post_order_matches_the_documented_request() {
    let req = sign(place_order("LTCBTC"), DOC_TIME);
    assert_eq!(req.method, rt::Method::Post);
    // documented.json binance-rest-hmac-ascii, `expected.request`, byte for byte.
    assert_eq!(
        req.url,
        "https://api.binance.com/api/v3/order?symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559&signature=c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71"
    );
    assert_signed(&req, DOC_TIME);
}

#[test]
fn non_ascii_symbol_is_percent_encoded_before_signing() {
    let req = sign(place_order("１２３４５６"), DOC_TIME);
    // documented.json binance-rest-hmac-nonascii: prehash and signature.
    let (query, signature) = signed_query(&req);
    assert_eq!(
        query,
        "symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559"
    );
    assert_eq!(
        signature,
        "e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3"
    );
    assert_signed(&req, DOC_TIME);
}

#[test]
fn get_with_query_signs_params_then_timestamp() {
    let now = 1_700_000_000_000;
    let req = sign(
        AccountParams {
            omit_zero_balances: Some(true),
            recv_window: Some("5000".parse().expect("decimal")),
        },
        now,
    );
    assert_eq!(req.method, rt::Method::Get);
    let (query, _) = signed_query(&req);
    assert_eq!(
        query,
        "omitZeroBalances=true&recvWindow=5000&timestamp=1700000000000"
    );
    assert!(
        req.url
            .starts_with("https://api.binance.com/api/v3/account?")
    );
    assert_signed(&req, now);

    let req = sign(
        OpenOrdersParams {
            symbol: Some("BNBUSDT".into()),
            ..Default::default()
        },
        now + 1,
    );
    let (query, _) = signed_query(&req);
    assert_eq!(query, "symbol=BNBUSDT&timestamp=1700000000001");
    assert!(
        req.url
            .starts_with("https://api.binance.com/api/v3/openOrders?")
    );
    assert_signed(&req, now + 1);
}

#[test]
fn delete_signs_its_query() {
    let now = 1_700_000_000_002;
    let params: CancelOrderParams = serde_json::from_value(json!({
        "symbol": "LTCBTC",
        "orderId": 4,
        "newClientOrderId": "cancel-4",
    }))
    .expect("params");
    let req = sign(params, now);
    assert_eq!(req.method, rt::Method::Delete);
    assert!(req.url.starts_with("https://api.binance.com/api/v3/order?"));
    let (query, _) = signed_query(&req);
    assert_eq!(
        query,
        "symbol=LTCBTC&orderId=4&newClientOrderId=cancel-4&timestamp=1700000000002"
    );
    assert_signed(&req, now);
}

#[test]
fn hmac_without_a_secret_names_the_missing_credential() {
    let signer = signer(json!({ "api_key": DOC_KEY }));
    let err = sign_with(&signer, place_order("LTCBTC"), DOC_TIME)
        .expect_err("the hmac scheme needs `secret`");
    match &err {
        Error::Credential { name, .. } => assert_eq!(name, "secret"),
        other => panic!("expected Error::Credential, got {other:?}"),
    }
    assert!(err.to_string().contains("`secret`"), "{err}");
}
