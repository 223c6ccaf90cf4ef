//! Binance Pay: request signatures recomputed by hand from the documented recipe, compared
//! byte for byte with what the generated `venue_client::binance_pay` signer puts on the
//! request.
//!
//! Recipe (Binance Pay API docs, "API Specification Common Rules"): payload =
//! `timestamp + "\n" + nonce + "\n" + body + "\n"`; BinancePay-Signature = upper-case hex
//! HMAC-SHA512(secret key, payload); BinancePay-Timestamp is unix ms, BinancePay-Nonce 32
//! letters or digits, BinancePay-Certificate-SN the API key. The expected side uses the
//! `hmac`, `sha2` and `hex` crates only, on the bytes the request carries.

use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha512;
use venue_runtime as rt;

const API_KEY: &str = "binancepay-key-0001-FAKE";
const SECRET: &str = "binancepay-secret-0001-FAKE";

fn sign(endpoint: &str, params: serde_json::Value, now_ms: u64, random: u128) -> rt::Request {
    venue_client::binance_pay::sign_json(
        &json!({ "api_key": API_KEY, "secret_key": SECRET }),
        endpoint,
        &params,
        None,
        rt::Stamp {
            now_ms,
            nonce: 1,
            random,
        },
        &mut rt::Trace::off(),
    )
    .expect("signs")
}

fn expected_signature(ts: &str, nonce: &str, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha512>::new_from_slice(SECRET.as_bytes()).unwrap();
    mac.update(ts.as_bytes());
    mac.update(b"\n");
    mac.update(nonce.as_bytes());
    mac.update(b"\n");
    mac.update(body);
    mac.update(b"\n");
    hex::encode_upper(mac.finalize().into_bytes())
}

#[test]
fn create_order_is_signed_over_timestamp_nonce_and_body() {
    let req = sign(
        "create_order",
        json!({
            "env": {"terminalType": "WEB"},
            "merchantTradeNo": "A1b2C3",
            "orderAmount": "0.01",
            "currency": "USDT",
            "description": "Test é \"quoted\"",
            "goodsDetails": [{"goodsType": "02", "goodsCategory": "Z000", "referenceGoodsId": "0001", "goodsName": "Test", "goodsDetail": "Test"}]
        }),
        1_705_724_955_616,
        0x0123_4567_89ab_cdef_fedc_ba98_7654_3210,
    );
    assert_eq!(req.method.as_str(), "POST");
    assert_eq!(
        req.url,
        "https://bpay.binanceapi.com/binancepay/openapi/v3/order"
    );
    let body = req.body.as_deref().expect("a JSON body");
    // UTF-8 sent as is; the amount as a JSON number, as the docs' samples show it.
    assert_eq!(
        std::str::from_utf8(body).unwrap(),
        r#"{"env":{"terminalType":"WEB"},"merchantTradeNo":"A1b2C3","orderAmount":0.01,"currency":"USDT","description":"Test é \"quoted\"","goodsDetails":[{"goodsType":"02","goodsCategory":"Z000","referenceGoodsId":"0001","goodsName":"Test","goodsDetail":"Test"}]}"#,
    );
    assert_eq!(req.header("BinancePay-Timestamp"), Some("1705724955616"));
    assert_eq!(req.header("BinancePay-Certificate-SN"), Some(API_KEY));
    let nonce = req.header("BinancePay-Nonce").expect("a nonce");
    assert_eq!(nonce.len(), 32);
    assert!(nonce.bytes().all(|b| b.is_ascii_alphanumeric()), "{nonce}");
    assert_eq!(
        req.header("BinancePay-Signature"),
        Some(expected_signature("1705724955616", nonce, body).as_str())
    );
}

#[test]
fn each_request_gets_its_own_nonce_and_a_read_signs_its_body_too() {
    let a = sign(
        "query_order",
        json!({"prepayId": "29383937493038367292"}),
        1_700_000_000_000,
        1,
    );
    let b = sign(
        "query_order",
        json!({"prepayId": "29383937493038367292"}),
        1_700_000_000_000,
        2,
    );
    let (na, nb) = (
        a.header("BinancePay-Nonce").unwrap(),
        b.header("BinancePay-Nonce").unwrap(),
    );
    assert_ne!(na, nb);
    for (req, nonce) in [(&a, na), (&b, nb)] {
        let body = req.body.as_deref().unwrap();
        assert_eq!(body, &br#"{"prepayId":"29383937493038367292"}"#[..]);
        assert_eq!(
            req.header("BinancePay-Signature"),
            Some(expected_signature("1700000000000", nonce, body).as_str())
        );
    }
    assert_ne!(
        a.header("BinancePay-Signature"),
        b.header("BinancePay-Signature")
    );

    // No parameters: the body sent is what is signed, whatever it is.
    let c = sign("query_certificates", json!({}), 1_700_000_000_001, 3);
    assert_eq!(
        c.url,
        "https://bpay.binanceapi.com/binancepay/openapi/certificates"
    );
    let body = c.body.as_deref().unwrap_or_default();
    assert_eq!(
        c.header("BinancePay-Signature"),
        Some(
            expected_signature("1700000000001", c.header("BinancePay-Nonce").unwrap(), body)
                .as_str()
        )
    );
}
