//! Calypso Pay: signatures recomputed by hand from the venue's documented recipe, compared
//! byte for byte with what the generated `venue_client::calypso` signer puts on the request.
//!
//! The expected values never come from the generator or from venue-runtime's crypto: the test
//! re-derives `Sign` with `hmac`/`sha2`/`hex` over the body bytes the request carries. Every
//! Calypso call is a POST (one DELETE) with a JSON body; there are no query strings or path
//! parameters, so the cases are a call without payload, calls with payloads, and the DELETE.

use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha512;
use venue_client::calypso::{
    CreatePayoutParams, CreateSingleInvoiceParams, Credentials, DeleteWebhookParams,
    GetAccountParams, PRODUCTION_URL, Scheme, Signer,
};
use venue_runtime as rt;

const KEY: &str = "cp-key-0001";
const SECRET: &str = "cp-secret-0001";
const ACCOUNT: &str = "0x52908400098527886E0F7030069857D2E4169EE7";
const NOW: u64 = 1_700_000_000_000;

// Recipe: seed 002 (Calypso "Signing requests"): Sign = hex(HMAC-SHA512(secret, exact JSON body)).
fn calypso_sign(secret: &str, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha512>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

fn sign(endpoint: impl rt::Endpoint, now_ms: u64) -> rt::Request {
    let credentials = json!({ "api_key": KEY, "secret": SECRET, "account": ACCOUNT });
    let signer =
        Signer::new(Credentials::from_json(&credentials).expect("credentials")).expect("signer");
    let base = rt::BaseUrl::parse(PRODUCTION_URL).expect("production URL");
    let stamp = rt::Stamp {
        now_ms,
        nonce: 99,
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

/// Headers, the pinned `timestamp` inside the body, and Sign over the body as sent.
fn assert_signed(req: &rt::Request, method: rt::Method, url: &str, body: &str, now_ms: u64) {
    assert_eq!(req.method, method);
    assert_eq!(req.url, url);
    assert_eq!(body_text(req), body, "body");
    let sent: serde_json::Value = serde_json::from_str(body_text(req)).expect("JSON body");
    assert_eq!(
        sent["timestamp"],
        json!(now_ms),
        "timestamp is the pinned time"
    );
    assert_eq!(sent["account"], json!(ACCOUNT));
    assert_eq!(header(req, "Key"), KEY);
    assert_eq!(header(req, "Content-Type"), "application/json");
    let expected = calypso_sign(SECRET, req.body.as_deref().expect("a body"));
    assert_eq!(header(req, "Sign"), expected, "Sign");
}

#[test]
fn recipe_reproduces_the_documented_signature() {
    // Seed 002, "Example of api keys, body and correct sign for request".
    assert_eq!(
        calypso_sign("b823a6b9ea72408583cef9ec8d67fa52", br#"{"timestamp":1}"#),
        "b16e9d45f49f2069becbc4f108b237bee588cfc353fe9501df103e692acbc68d482a10d34c12bea22fedde7e28e1b8e57a6a0a373b0e9a27c5257bd8b36e13b9"
    );
}

#[test]
fn call_without_payload_signs_account_and_timestamp() {
    let req = sign(GetAccountParams {}, NOW);
    assert_signed(
        &req,
        rt::Method::Post,
        "https://api.calypso.finance/api/v1/account",
        r#"{"account":"0x52908400098527886E0F7030069857D2E4169EE7","timestamp":1700000000000}"#,
        NOW,
    );
}

#[test]
fn invoice_payload_is_nested_and_signed() {
    let params: CreateSingleInvoiceParams = serde_json::from_value(json!({
        "amount": "1.5",
        "currency": "USDT_TRX",
        "description": "order 42",
        "idempotencyKey": "123e4567-e89b-12d3-a456-426614174000",
    }))
    .expect("params");
    let req = sign(params, NOW + 1);
    assert_signed(
        &req,
        rt::Method::Post,
        "https://api.calypso.finance/api/v1/invoice/single/create",
        r#"{"account":"0x52908400098527886E0F7030069857D2E4169EE7","timestamp":1700000000001,"payload":{"amount":1.5,"currency":"USDT_TRX","description":"order 42","idempotencyKey":"123e4567-e89b-12d3-a456-426614174000"}}"#,
        NOW + 1,
    );
}

#[test]
fn payout_amount_is_a_json_number() {
    let params: CreatePayoutParams = serde_json::from_value(json!({
        "depositAddress": "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE",
        "amount": "25.10",
        "currency": "USDT_TRX",
        "comment": "refund #7",
    }))
    .expect("params");
    let req = sign(params, NOW + 2);
    assert_signed(
        &req,
        rt::Method::Post,
        "https://api.calypso.finance/api/v1/payout/create",
        r##"{"account":"0x52908400098527886E0F7030069857D2E4169EE7","timestamp":1700000000002,"payload":{"depositAddress":"TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE","amount":25.10,"currency":"USDT_TRX","comment":"refund #7"}}"##,
        NOW + 2,
    );
}

#[test]
fn delete_carries_a_signed_body() {
    let req = sign(
        DeleteWebhookParams {
            request_id: "9b2f1c3e-0d7a-4c55-8e61-2f0a7b3c4d5e".into(),
        },
        NOW + 3,
    );
    assert_signed(
        &req,
        rt::Method::Delete,
        "https://api.calypso.finance/api/v1/subscription/webhook",
        r#"{"account":"0x52908400098527886E0F7030069857D2E4169EE7","timestamp":1700000000003,"payload":{"requestId":"9b2f1c3e-0d7a-4c55-8e61-2f0a7b3c4d5e"}}"#,
        NOW + 3,
    );
}
