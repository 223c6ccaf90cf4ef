//! BitMEX: signatures recomputed by hand from the venue's documented recipe, compared byte for
//! byte with what the generated `venue_client::bitmex` signer puts on the request.
//!
//! The expected values never come from the generator or from venue-runtime's crypto: the test
//! re-derives api-signature with `hmac`/`sha2`/`hex` over the bytes the request carries (its
//! method, URL path with query, api-expires header, body). The BitMEX spec has no path
//! parameters (orders are addressed by `filter` or body fields).

use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha256;
use venue_client::bitmex::{
    CancelOrderParams, Credentials, InstrumentsSignedParams, ListOrdersParams, PRODUCTION_URL,
    PlaceOrderParams, Scheme, Signer, WalletParams,
};
use venue_runtime as rt;

// The documented example key (documented.json bitmex-*).
const DOC_KEY: &str = "LAqUlngMIQkIUjXMUreyu3qn";
const DOC_SECRET: &str = "chNOOS4KvNXR_Xq4k4c9qsfoKWvnDecLATCRlcBwyKDYnWgO";
const ORIGIN: &str = "https://www.bitmex.com";

// Recipe: bitmex.com/app/apiKeysUsage (documented.json bitmex-*): api-signature =
// hex(HMAC-SHA256(secret, verb + path(+?query, as sent) + expires + data)).
fn bitmex_sign(secret: &str, verb: &str, path_query: &str, expires: &str, data: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(verb.as_bytes());
    mac.update(path_query.as_bytes());
    mac.update(expires.as_bytes());
    mac.update(data);
    hex::encode(mac.finalize().into_bytes())
}

fn sign(endpoint: impl rt::Endpoint, now_ms: u64) -> rt::Request {
    let credentials = json!({ "api_key": DOC_KEY, "secret": DOC_SECRET });
    let signer =
        Signer::new(Credentials::from_json(&credentials).expect("credentials")).expect("signer");
    let base = rt::BaseUrl::parse(PRODUCTION_URL).expect("production URL");
    let stamp = rt::Stamp {
        now_ms,
        nonce: 2,
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

/// api-key, api-expires (pinned time in seconds + 60, as the spec states), and api-signature
/// recomputed over the request's own bytes.
fn assert_signed(req: &rt::Request, verb: &str, expires: &str) {
    assert_eq!(req.method.as_str(), verb);
    assert_eq!(header(req, "api-key"), DOC_KEY);
    assert_eq!(header(req, "api-expires"), expires);
    let path_query = req
        .url
        .strip_prefix(ORIGIN)
        .unwrap_or_else(|| panic!("URL {} is not under {ORIGIN}", req.url));
    let expected = bitmex_sign(
        DOC_SECRET,
        verb,
        path_query,
        header(req, "api-expires"),
        req.body.as_deref().unwrap_or_default(),
    );
    assert_eq!(header(req, "api-signature"), expected, "api-signature");
}

#[test]
fn recipe_reproduces_the_documented_signatures() {
    assert_eq!(
        bitmex_sign(DOC_SECRET, "GET", "/api/v1/instrument", "1518064236", b""),
        "c7682d435d0cfe87c16098df34ef2eb5a549d4c5a3c2b1f0f77b8af73423bf00"
    );
    assert_eq!(
        bitmex_sign(
            DOC_SECRET,
            "GET",
            "/api/v1/instrument?filter=%7B%22symbol%22%3A+%22XBTM15%22%7D",
            "1518064237",
            b""
        ),
        "e2f422547eecb5b3cb29ade2127e21b858b235b386bfa45e1c1756eb3383919f"
    );
    assert_eq!(
        bitmex_sign(
            DOC_SECRET,
            "POST",
            "/api/v1/order",
            "1518064238",
            br#"{"symbol":"XBTM15","price":219.0,"clOrdID":"mm_bitmex_1a/oemUeQ4CAJZgP3fjHsA","orderQty":98}"#
        ),
        "1749cd2ccae4aa49048ae09f0b95110cee706e0944e6a14ad0b3a8cb45bd336b"
    );
}

#[test]
fn get_with_filter_query_matches_the_documented_example() {
    // Pinned so that expires = now + 60 s = 1518064237, the documented example's expires.
    let req = sign(
        InstrumentsSignedParams {
            filter: Some(r#"{"symbol": "XBTM15"}"#.into()),
            ..Default::default()
        },
        1_518_064_177_000,
    );
    assert_eq!(
        req.url,
        "https://www.bitmex.com/api/v1/instrument?filter=%7B%22symbol%22%3A+%22XBTM15%22%7D"
    );
    assert_eq!(req.body, None);
    assert_signed(&req, "GET", "1518064237");
    // documented.json bitmex-get-instrument-filter, `expected.api-signature`.
    assert_eq!(
        header(&req, "api-signature"),
        "e2f422547eecb5b3cb29ade2127e21b858b235b386bfa45e1c1756eb3383919f"
    );
}

#[test]
fn get_with_query() {
    let req = sign(
        WalletParams {
            currency: Some("XBt".into()),
        },
        1_700_000_000_500,
    );
    assert_eq!(
        req.url,
        "https://www.bitmex.com/api/v1/user/wallet?currency=XBt"
    );
    assert_signed(&req, "GET", "1700000060");

    let req = sign(
        ListOrdersParams {
            symbol: Some("XBTUSD".into()),
            filter: Some(r#"{"open": true}"#.into()),
            count: Some(100),
            reverse: Some(true),
            ..Default::default()
        },
        1_700_000_001_000,
    );
    assert_eq!(
        req.url,
        "https://www.bitmex.com/api/v1/order?symbol=XBTUSD&filter=%7B%22open%22%3A+true%7D&count=100&reverse=true"
    );
    assert_signed(&req, "GET", "1700000061");
    assert_eq!(
        header(&req, "api-signature"),
        bitmex_sign(
            DOC_SECRET,
            "GET",
            "/api/v1/order?symbol=XBTUSD&filter=%7B%22open%22%3A+true%7D&count=100&reverse=true",
            "1700000061",
            b""
        )
    );
}

#[test]
fn post_with_body_signs_the_exact_json_sent() {
    let params: PlaceOrderParams = serde_json::from_value(json!({
        "symbol": "XBTM15",
        "price": "219.0",
        "clOrdID": "mm_bitmex_1a/oemUeQ4CAJZgP3fjHsA",
        "orderQty": "98",
    }))
    .expect("params");
    let req = sign(params, 1_518_064_178_000);
    assert_eq!(req.url, "https://www.bitmex.com/api/v1/order");
    // The documented fields, numbers raw as in the example, in the spec's declared order.
    let body = r#"{"symbol":"XBTM15","orderQty":98,"price":219.0,"clOrdID":"mm_bitmex_1a/oemUeQ4CAJZgP3fjHsA"}"#;
    assert_eq!(body_text(&req), body);
    assert_eq!(header(&req, "Content-Type"), "application/json");
    assert_signed(&req, "POST", "1518064238");
    assert_eq!(
        header(&req, "api-signature"),
        bitmex_sign(
            DOC_SECRET,
            "POST",
            "/api/v1/order",
            "1518064238",
            body.as_bytes()
        )
    );
}

#[test]
fn delete_with_body() {
    let req = sign(
        CancelOrderParams {
            order_id: Some("00000000-0000-0000-0000-000000000001".into()),
            ..Default::default()
        },
        1_700_000_002_000,
    );
    assert_eq!(req.url, "https://www.bitmex.com/api/v1/order");
    assert_eq!(
        body_text(&req),
        r#"{"orderID":"00000000-0000-0000-0000-000000000001"}"#
    );
    assert_signed(&req, "DELETE", "1700000062");
}
