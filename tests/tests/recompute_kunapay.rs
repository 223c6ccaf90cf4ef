//! KunaPay: signatures recomputed by hand from the venue's documented recipe, compared byte
//! for byte with what the generated `venue_client::kunapay` signer puts on the request.
//!
//! The expected values never come from the generator or from venue-runtime's crypto: the test
//! re-derives `signature` with `hmac`/`sha2`/`hex` over the bytes the request actually carries
//! (its URL path, its `nonce` header, its body). KunaPay has no endpoint with a path
//! parameter or a query string, so the GET case is the balance call (which signs and sends `{}`).

use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha384;
use venue_client::kunapay::{
    CreateInvoiceParams, Credentials, GetBalanceParams, PRODUCTION_URL, Scheme, Signer,
};
use venue_runtime::{self as rt, Error};

const API_KEY: &str = "kp-api-key-0001";
const PUBLIC_KEY: &str = "kp-public-0001";
const PRIVATE_KEY: &str = "kp-private-0001";
const NOW: u64 = 1_700_000_000_000;

// Recipe: seed 000 (docs.kunapay.io "How to call private endpoints", JS and Python examples):
// signature = hex(HMAC-SHA384(private key, path + nonce + JSON body)), body `{}` for GET.
fn kuna_sign(private_key: &str, path: &str, nonce: &str, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha384>::new_from_slice(private_key.as_bytes()).expect("any key length");
    mac.update(path.as_bytes());
    mac.update(nonce.as_bytes());
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

fn signer() -> Signer {
    signer_with(json!({
        "api_key": API_KEY,
        "public_key": PUBLIC_KEY,
        "private_key": PRIVATE_KEY,
    }))
}

fn signer_with(credentials: serde_json::Value) -> Signer {
    Signer::new(Credentials::from_json(&credentials).expect("credentials")).expect("signer")
}

fn sign_at(base_url: &str, scheme: Scheme, endpoint: impl rt::Endpoint, nonce: u64) -> rt::Request {
    let base = rt::BaseUrl::parse(base_url).expect("base URL");
    // The clock and the nonce differ on purpose: the `nonce` header must be the pinned nonce.
    let stamp = rt::Stamp {
        now_ms: NOW,
        nonce,
        random: 0,
    };
    signer()
        .sign(scheme, &endpoint, &base, &stamp, &mut rt::Trace::off())
        .expect("signs")
}

fn header<'a>(req: &'a rt::Request, name: &str) -> &'a str {
    req.header(name)
        .unwrap_or_else(|| panic!("header `{name}` missing; headers: {:?}", req.headers))
}

/// The URL's path (the signed `path` has no host and, here, no query).
fn path<'a>(req: &'a rt::Request, origin: &str) -> &'a str {
    let rest = req
        .url
        .strip_prefix(origin)
        .unwrap_or_else(|| panic!("URL {} is not under {origin}", req.url));
    assert!(!rest.contains('?'), "no KunaPay endpoint has a query");
    rest
}

fn body_text(req: &rt::Request) -> &str {
    std::str::from_utf8(req.body.as_deref().expect("a body")).expect("UTF-8 body")
}

fn assert_signed(req: &rt::Request, origin: &str, nonce: u64) {
    assert_eq!(
        header(req, "nonce"),
        nonce.to_string(),
        "nonce is the pinned nonce"
    );
    assert_eq!(header(req, "public-key"), PUBLIC_KEY);
    assert_eq!(header(req, "accept"), "application/json");
    assert_eq!(header(req, "content-type"), "application/json");
    assert_eq!(
        req.header("api-key"),
        None,
        "the signed mode sends no api-key"
    );
    let expected = kuna_sign(
        PRIVATE_KEY,
        path(req, origin),
        header(req, "nonce"),
        body_text(req).as_bytes(),
    );
    assert_eq!(header(req, "signature"), expected, "signature");
}

#[test]
fn get_balance_signs_and_sends_an_empty_object() {
    let nonce = NOW + 7;
    let req = sign_at(PRODUCTION_URL, Scheme::Signed, GetBalanceParams {}, nonce);
    assert_eq!(req.method, rt::Method::Get);
    assert_eq!(req.url, "https://api.kunapay.io/v1/asset/balance");
    assert_eq!(body_text(&req), "{}");
    assert_signed(&req, "https://api.kunapay.io", nonce);
    // The prehash written out, as the document's JS template literal builds it.
    assert_eq!(
        header(&req, "signature"),
        kuna_sign(PRIVATE_KEY, "/v1/asset/balance", "1700000000007", b"{}")
    );
}

#[test]
fn post_invoice_signs_the_compact_body_it_sends() {
    let nonce = NOW + 8;
    let params = CreateInvoiceParams {
        asset: "USD".into(),
        amount: "1000".parse().expect("decimal"),
    };
    let req = sign_at(PRODUCTION_URL, Scheme::Signed, params, nonce);
    assert_eq!(req.method, rt::Method::Post);
    assert_eq!(req.url, "https://api.kunapay.io/v1/invoice");
    // The document's body {asset: "USD", amount: "1000"}, as JSON.stringify writes it.
    assert_eq!(body_text(&req), r#"{"asset":"USD","amount":"1000"}"#);
    assert_signed(&req, "https://api.kunapay.io", nonce);
    assert_eq!(
        header(&req, "signature"),
        kuna_sign(
            PRIVATE_KEY,
            "/v1/invoice",
            "1700000000008",
            br#"{"asset":"USD","amount":"1000"}"#
        )
    );
}

#[test]
fn the_python_host_signs_the_same_path() {
    // The document's Python examples use api.dashboard.kuna.io; the host is not signed.
    let nonce = NOW + 9;
    let req = sign_at(
        "https://api.dashboard.kuna.io",
        Scheme::Signed,
        CreateInvoiceParams {
            asset: "UAH".into(),
            amount: "250.50".parse().expect("decimal"),
        },
        nonce,
    );
    assert_eq!(req.url, "https://api.dashboard.kuna.io/v1/invoice");
    assert_eq!(body_text(&req), r#"{"asset":"UAH","amount":"250.50"}"#);
    assert_signed(&req, "https://api.dashboard.kuna.io", nonce);
}

#[test]
fn api_key_mode_sends_only_the_key() {
    // Seed 000, "Header settings if a single API key is used": accept, content-type, api-key.
    let req = sign_at(
        PRODUCTION_URL,
        Scheme::ApiKey,
        CreateInvoiceParams {
            asset: "USD".into(),
            amount: "1000".parse().expect("decimal"),
        },
        NOW,
    );
    assert_eq!(req.url, "https://api.kunapay.io/v1/invoice");
    assert_eq!(body_text(&req), r#"{"asset":"USD","amount":"1000"}"#);
    assert_eq!(header(&req, "api-key"), API_KEY);
    assert_eq!(header(&req, "accept"), "application/json");
    assert_eq!(header(&req, "content-type"), "application/json");
    for absent in ["public-key", "nonce", "signature"] {
        assert_eq!(req.header(absent), None, "{absent} is not sent in key mode");
    }
}

#[test]
fn signed_mode_without_the_key_pair_names_the_missing_credential() {
    let only_key = signer_with(json!({ "api_key": API_KEY }));
    let base = rt::BaseUrl::parse(PRODUCTION_URL).expect("base URL");
    let stamp = rt::Stamp {
        now_ms: NOW,
        nonce: NOW,
        random: 0,
    };
    let err = only_key
        .sign(
            Scheme::Signed,
            &GetBalanceParams {},
            &base,
            &stamp,
            &mut rt::Trace::off(),
        )
        .expect_err("the signed scheme needs public_key and private_key");
    match err {
        Error::Credential { name, .. } => assert!(
            name == "public_key" || name == "private_key",
            "names a key-pair credential, got `{name}`"
        ),
        other => panic!("expected Error::Credential, got {other:?}"),
    }
}
