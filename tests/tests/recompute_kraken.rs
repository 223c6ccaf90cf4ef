//! Kraken: signatures recomputed by hand from the venue's documented recipe, compared byte for
//! byte with what the generated `venue_client::kraken` signer puts on the request.
//!
//! The expected values never come from the generator or from venue-runtime's crypto: the test
//! re-derives API-Sign with `hmac`/`sha2`/`base64` over the bytes the request carries (its URL
//! path, the `nonce` form field and the whole form body). Every private Kraken call is a POST
//! with a form body (no query strings, no path parameters).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::{Digest, Sha256, Sha512};
use venue_client::kraken::{
    BalanceParams, CancelOrderParams, Credentials, OpenOrdersParams, PRODUCTION_URL,
    PlaceOrderParams, QueryOrdersParams, Scheme, Signer,
};
use venue_runtime as rt;

// The documented example private key (documented.json kraken-spot-rest-addorder).
const DOC_SECRET: &str =
    "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";
const DOC_NONCE: u64 = 1_616_492_376_594;
const KEY: &str = "kraken-key-0001";
const ORIGIN: &str = "https://api.kraken.com";

// Recipe: docs.kraken.com/api/docs/guides/spot-rest-auth (documented.json kraken-spot-rest-addorder):
// API-Sign = base64(HMAC-SHA512(base64decode(secret), URI path + SHA256(nonce + POST data) raw bytes)).
fn kraken_sign(secret_b64: &str, uri_path: &str, nonce: &str, post_data: &[u8]) -> String {
    let key = B64.decode(secret_b64).expect("the secret is base64");
    let mut inner = Sha256::new();
    inner.update(nonce.as_bytes());
    inner.update(post_data);
    let mut mac = Hmac::<Sha512>::new_from_slice(&key).expect("any key length");
    mac.update(uri_path.as_bytes());
    mac.update(&inner.finalize());
    B64.encode(mac.finalize().into_bytes())
}

fn sign(endpoint: impl rt::Endpoint, nonce: u64) -> rt::Request {
    let credentials = json!({ "api_key": KEY, "secret": DOC_SECRET });
    let signer =
        Signer::new(Credentials::from_json(&credentials).expect("credentials")).expect("signer");
    let base = rt::BaseUrl::parse(PRODUCTION_URL).expect("production URL");
    let stamp = rt::Stamp {
        now_ms: 1_700_000_000_000,
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

/// POST, url, form body, the pinned nonce as the first form field, API-Key, and API-Sign
/// recomputed over the request's own bytes.
fn assert_signed(req: &rt::Request, url: &str, body: &str, nonce: u64) {
    assert_eq!(req.method, rt::Method::Post);
    assert_eq!(req.url, url);
    assert_eq!(body_text(req), body, "body");
    assert_eq!(
        header(req, "Content-Type"),
        "application/x-www-form-urlencoded"
    );
    assert_eq!(header(req, "API-Key"), KEY);
    let first = body_text(req).split('&').next().expect("a first field");
    assert_eq!(first, format!("nonce={nonce}"), "nonce is the pinned nonce");
    let sent_nonce = first.strip_prefix("nonce=").expect("nonce field");
    let uri_path = req
        .url
        .strip_prefix(ORIGIN)
        .unwrap_or_else(|| panic!("URL {} is not under {ORIGIN}", req.url));
    let expected = kraken_sign(DOC_SECRET, uri_path, sent_nonce, body_text(req).as_bytes());
    assert_eq!(header(req, "API-Sign"), expected, "API-Sign");
}

#[test]
fn recipe_reproduces_the_documented_signature() {
    assert_eq!(
        kraken_sign(
            DOC_SECRET,
            "/0/private/AddOrder",
            "1616492376594",
            b"nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25"
        ),
        "4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ=="
    );
}

#[test]
fn add_order_matches_the_documented_example() {
    let params: PlaceOrderParams = serde_json::from_value(json!({
        "ordertype": "limit",
        "pair": "XBTUSD",
        "price": "37500",
        "type": "buy",
        "volume": "1.25",
    }))
    .expect("params");
    let req = sign(params, DOC_NONCE);
    assert_signed(
        &req,
        "https://api.kraken.com/0/private/AddOrder",
        "nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25",
        DOC_NONCE,
    );
    // documented.json kraken-spot-rest-addorder, `expected.API-Sign`.
    assert_eq!(
        header(&req, "API-Sign"),
        "4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ=="
    );
}

#[test]
fn balance_body_is_just_the_nonce() {
    let nonce = 1_700_000_000_001;
    let req = sign(BalanceParams {}, nonce);
    assert_signed(
        &req,
        "https://api.kraken.com/0/private/Balance",
        "nonce=1700000000001",
        nonce,
    );
    assert_eq!(
        header(&req, "API-Sign"),
        kraken_sign(
            DOC_SECRET,
            "/0/private/Balance",
            "1700000000001",
            b"nonce=1700000000001"
        )
    );
}

#[test]
fn orders_queries_and_cancel_are_form_encoded() {
    let nonce = 1_700_000_000_002;
    let req = sign(
        OpenOrdersParams {
            trades: Some(true),
            ..Default::default()
        },
        nonce,
    );
    assert_signed(
        &req,
        "https://api.kraken.com/0/private/OpenOrders",
        "nonce=1700000000002&trades=true",
        nonce,
    );

    let nonce = nonce + 1;
    let params: QueryOrdersParams = serde_json::from_value(json!({
        "txid": "OBCMZD-JIEE7-77TH3F,OMMDB2-FSB6Z-7W3HPO",
        "trades": true,
    }))
    .expect("params");
    let req = sign(params, nonce);
    // Form encoding (Python urlencode, as in Kraken's examples) escapes the comma.
    assert_signed(
        &req,
        "https://api.kraken.com/0/private/QueryOrders",
        "nonce=1700000000003&trades=true&txid=OBCMZD-JIEE7-77TH3F%2COMMDB2-FSB6Z-7W3HPO",
        nonce,
    );

    let nonce = nonce + 1;
    let req = sign(
        CancelOrderParams {
            txid: Some("OYVGEW-VYV5B-UUEXSK".into()),
            ..Default::default()
        },
        nonce,
    );
    assert_signed(
        &req,
        "https://api.kraken.com/0/private/CancelOrder",
        "nonce=1700000000004&txid=OYVGEW-VYV5B-UUEXSK",
        nonce,
    );
}
