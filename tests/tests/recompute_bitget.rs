//! Bitget: signatures recomputed by hand from the venue's documented recipe, compared byte for
//! byte with what the generated `venue_client::bitget` signer puts on the request.
//!
//! Recipe (Bitget API docs, Signature; the official sample's `parse_params_to_str`):
//! ACCESS-SIGN = base64(HMAC-SHA256(secret, timestamp + METHOD + path + ["?" + query] + body)),
//! the query's pairs sorted by key and joined without escaping, "?" only when there is a
//! query. The test re-derives it from the request's own bytes: it unescapes the URL's query
//! itself (a hand-written percent decoder), so the expected value never comes from the
//! generator or venue-runtime.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha256;
use venue_client::bitget::{Credentials, PRODUCTION_URL, Scheme, Signer};
use venue_runtime as rt;

const SECRET: &str = "BITGET-SECRET-0001-FAKE";
const ORIGIN: &str = "https://api.bitget.com";

fn sign(endpoint: &str, params: serde_json::Value, now_ms: u64) -> rt::Request {
    let credentials =
        json!({ "api_key": "bitget-key-0001", "secret": SECRET, "passphrase": "bitget-pass-0001" });
    venue_client::bitget::sign_json(
        &credentials,
        endpoint,
        &params,
        None,
        rt::Stamp {
            now_ms,
            nonce: 1,
            random: 0,
        },
        &mut rt::Trace::off(),
    )
    .expect("signs")
}

/// `%XX` escapes undone, byte by byte.
fn unescape(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

fn expected_sign(req: &rt::Request) -> String {
    let rest = req
        .url
        .strip_prefix(ORIGIN)
        .expect("under the production origin");
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let mut pairs: Vec<&str> = query.split('&').filter(|p| !p.is_empty()).collect();
    pairs.sort_by_key(|p| p.split('=').next().unwrap_or("").to_owned());
    let query = unescape(&pairs.join("&"));
    let mut mac = Hmac::<Sha256>::new_from_slice(SECRET.as_bytes()).unwrap();
    mac.update(req.header("ACCESS-TIMESTAMP").unwrap().as_bytes());
    mac.update(req.method.as_str().as_bytes());
    mac.update(path.as_bytes());
    if !query.is_empty() {
        mac.update(b"?");
        mac.update(query.as_bytes());
    }
    mac.update(req.body.as_deref().unwrap_or_default());
    B64.encode(mac.finalize().into_bytes())
}

#[test]
fn queries_are_sent_escaped_and_signed_unescaped_and_sorted() {
    let req = sign(
        "unfilled_orders",
        json!({"symbol": "BTC/USDT,é $x", "limit": 5}),
        1_700_000_000_111,
    );
    assert_eq!(
        req.url,
        "https://api.bitget.com/api/v2/spot/trade/unfilled-orders?limit=5&symbol=BTC%2FUSDT%2C%C3%A9%20%24x"
    );
    assert_eq!(req.header("ACCESS-TIMESTAMP"), Some("1700000000111"));
    assert_eq!(
        req.header("ACCESS-SIGN"),
        Some(expected_sign(&req).as_str())
    );
}

#[test]
fn no_query_means_no_question_mark_and_a_body_is_signed_as_sent() {
    let req = sign("account_assets", json!({}), 1_700_000_000_222);
    assert_eq!(req.url, "https://api.bitget.com/api/v2/spot/account/assets");
    assert_eq!(
        req.header("ACCESS-SIGN"),
        Some(expected_sign(&req).as_str())
    );

    let req = sign(
        "place_order",
        json!({"symbol": "BTCUSDT", "side": "sell", "orderType": "market", "force": "ioc", "size": "1.50"}),
        1_700_000_000_333,
    );
    assert_eq!(
        req.body.as_deref(),
        Some(&br#"{"symbol":"BTCUSDT","side":"sell","orderType":"market","force":"ioc","size":"1.50"}"#[..])
    );
    assert_eq!(
        req.header("ACCESS-SIGN"),
        Some(expected_sign(&req).as_str())
    );
    assert_eq!(req.header("ACCESS-PASSPHRASE"), Some("bitget-pass-0001"));
    assert_eq!(req.header("locale"), Some("en-US"));
}

#[test]
fn the_signer_api_matches_sign_json() {
    let credentials = json!({ "api_key": "k", "secret": SECRET, "passphrase": "p" });
    let signer = Signer::new(Credentials::from_json(&credentials).unwrap()).unwrap();
    let base = rt::BaseUrl::parse(PRODUCTION_URL).unwrap();
    let params = venue_client::bitget::AccountAssetsParams {
        coin: Some("USDT".into()),
        asset_type: None,
    };
    let req = signer
        .sign(
            Scheme::Signed,
            &params,
            &base,
            &rt::Stamp {
                now_ms: 1_700_000_000_444,
                nonce: 1,
                random: 0,
            },
            &mut rt::Trace::off(),
        )
        .unwrap();
    assert_eq!(
        req.url,
        "https://api.bitget.com/api/v2/spot/account/assets?coin=USDT"
    );
    assert_eq!(
        req.header("ACCESS-SIGN"),
        Some(expected_sign(&req).as_str())
    );
}
