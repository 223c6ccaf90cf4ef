//! ViaBTC: signatures recomputed by hand from the venue's documented recipe, compared byte for
//! byte with what the generated `venue_client::viabtc` signer puts on the request.
//!
//! The expected values never come from the generator or from venue-runtime's crypto: the test
//! re-derives X-SIGNATURE with `hmac`/`sha2`/`hex` over the query string of the URL (GET) or
//! the body bytes (POST) the request carries. ViaBTC's path-parameter endpoints use the
//! key-only scheme, so that case checks the path and that no signature is sent.

use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha256;
use venue_client::viabtc::{
    CreateSubAccountParams, Credentials, GetWorkerParams, ListSubAccountsParams, PRODUCTION_URL,
    Scheme, SetPaymentAddressParams, Signer, SweepWalletParams,
};
use venue_runtime as rt;

const KEY: &str = "vb-key-0001";
const SECRET: &str = "vb-secret-0001";
const NOW: u64 = 1_700_000_000_000;

// Recipe: seed 004 (viapool_api wiki "api_authentication"): X-SIGNATURE =
// hex(HMAC-SHA256(secret, query string for GET/DELETE, or the raw body for POST/PUT)), tonce added.
fn via_sign(secret: &str, payload: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(payload);
    hex::encode(mac.finalize().into_bytes())
}

fn sign(scheme: Scheme, endpoint: impl rt::Endpoint, now_ms: u64) -> rt::Request {
    let credentials = json!({ "api_key": KEY, "secret": SECRET });
    let signer =
        Signer::new(Credentials::from_json(&credentials).expect("credentials")).expect("signer");
    let base = rt::BaseUrl::parse(PRODUCTION_URL).expect("production URL");
    let stamp = rt::Stamp {
        now_ms,
        nonce: 5,
        random: 0,
    };
    signer
        .sign(scheme, &endpoint, &base, &stamp, &mut rt::Trace::off())
        .expect("signs")
}

fn header<'a>(req: &'a rt::Request, name: &str) -> &'a str {
    req.header(name)
        .unwrap_or_else(|| panic!("header `{name}` missing; headers: {:?}", req.headers))
}

fn body_text(req: &rt::Request) -> &str {
    std::str::from_utf8(req.body.as_deref().expect("a body")).expect("UTF-8 body")
}

#[test]
fn recipe_reproduces_the_documented_signatures() {
    let doc_secret = "d186ababcb0eb1f6af5c1519424f462b84c631f86c06309992ae1f15604668b0";
    // Seed 004, GET example.
    assert_eq!(
        via_sign(doc_secret, b"coin=BTC&amount=1.0&tonce=1513746038205"),
        "4a1c9e4c73629b62fd999cbbcd2bc8b87a07f1791ae61ba576427f820dd3bc59"
    );
    // Seed 004, POST example (the unquoted `tonce` bytes the document actually signs).
    assert_eq!(
        via_sign(
            doc_secret,
            br#"{"coin": "BTC", "amount": "1.0", tonce: 1513746038205}"#
        ),
        "2dd2cc09cb5b11c7f24d457b1c01e46f2f2b17f06a62bf29eda35b5fb45ce354"
    );
    // endpoints.md §5: the valid-JSON form of the same body.
    assert_eq!(
        via_sign(
            doc_secret,
            br#"{"coin": "BTC", "amount": "1.0", "tonce": 1513746038205}"#
        ),
        "3a316ba17fd9d8aa33176402ca0f636f3e05cc3c33a85fe4c18a228e84d0e4df"
    );
}

#[test]
fn get_with_query_signs_the_query_string_with_tonce() {
    let req = sign(
        Scheme::Signed,
        ListSubAccountsParams {
            page: Some(2),
            limit: Some(50),
        },
        NOW,
    );
    assert_eq!(req.method, rt::Method::Get);
    assert_eq!(
        req.url,
        "https://www.viabtc.net/res/openapi/v1/account/sub?page=2&limit=50&tonce=1700000000000"
    );
    assert_eq!(req.body, None);
    let (_, query) = req.url.split_once('?').expect("a query");
    assert!(
        query.ends_with("&tonce=1700000000000"),
        "tonce is the pinned time"
    );
    assert_eq!(header(&req, "X-API-KEY"), KEY);
    assert_eq!(
        header(&req, "X-SIGNATURE"),
        via_sign(SECRET, query.as_bytes())
    );
    assert_eq!(
        header(&req, "X-SIGNATURE"),
        via_sign(SECRET, b"page=2&limit=50&tonce=1700000000000")
    );
}

#[test]
fn post_signs_the_raw_body_with_tonce() {
    let req = sign(
        Scheme::Signed,
        CreateSubAccountParams {
            account: "sub-miner-1".into(),
        },
        NOW + 1,
    );
    assert_eq!(req.method, rt::Method::Post);
    assert_eq!(req.url, "https://www.viabtc.net/res/openapi/v1/account/sub");
    let body = r#"{"account":"sub-miner-1","tonce":1700000000001}"#;
    assert_eq!(body_text(&req), body);
    assert_eq!(header(&req, "Content-Type"), "application/json");
    assert_eq!(header(&req, "X-API-KEY"), KEY);
    assert_eq!(
        header(&req, "X-SIGNATURE"),
        via_sign(SECRET, req.body.as_deref().expect("a body"))
    );
    assert_eq!(
        header(&req, "X-SIGNATURE"),
        via_sign(SECRET, body.as_bytes())
    );
}

#[test]
fn post_with_several_params() {
    let params: SetPaymentAddressParams = serde_json::from_value(json!({
        "coin": "BTC",
        "address": "mtRJjPJGVLGs5YDf4VUP5RQXipzHjnjeCe",
    }))
    .expect("params");
    let req = sign(Scheme::Signed, params, NOW + 2);
    assert_eq!(
        req.url,
        "https://www.viabtc.net/res/openapi/v1/wallet/payment/address"
    );
    let body =
        r#"{"coin":"BTC","address":"mtRJjPJGVLGs5YDf4VUP5RQXipzHjnjeCe","tonce":1700000000002}"#;
    assert_eq!(body_text(&req), body);
    assert_eq!(
        header(&req, "X-SIGNATURE"),
        via_sign(SECRET, body.as_bytes())
    );

    let req = sign(
        Scheme::Signed,
        SweepWalletParams { coin: "BCH".into() },
        NOW + 3,
    );
    assert_eq!(
        req.url,
        "https://www.viabtc.net/res/openapi/v1/wallet/sweep"
    );
    let body = r#"{"coin":"BCH","tonce":1700000000003}"#;
    assert_eq!(body_text(&req), body);
    assert_eq!(
        header(&req, "X-SIGNATURE"),
        via_sign(SECRET, body.as_bytes())
    );
}

#[test]
fn path_parameter_with_the_key_only_scheme() {
    let req = sign(
        Scheme::Key,
        GetWorkerParams {
            worker_id: 369,
            coin: Some("BTC".into()),
        },
        NOW,
    );
    assert_eq!(req.method, rt::Method::Get);
    assert_eq!(
        req.url,
        "https://www.viabtc.net/res/openapi/v1/hashrate/worker/369?coin=BTC"
    );
    assert_eq!(req.body, None);
    assert_eq!(header(&req, "X-API-KEY"), KEY);
    assert_eq!(
        req.header("X-SIGNATURE"),
        None,
        "key-only calls are unsigned"
    );
    assert!(!req.url.contains("tonce"), "key-only calls carry no tonce");
}
