//! KuCoin: signatures recomputed by hand from the venue's documented recipe, compared byte
//! for byte with what the generated `venue_client::kucoin` signer puts on the request.
//!
//! The expected values never come from the generator or from venue-runtime's crypto: the test
//! re-derives KC-API-SIGN and KC-API-PASSPHRASE with `hmac`/`sha2`/`base64` over the bytes the
//! request actually carries (its URL path and query, its body, its KC-API-TIMESTAMP header).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha256;
use venue_client::kucoin::{
    CancelAllOrdersParams, CancelOrderParams, Credentials, GetOrderParams, ListOrdersParams,
    ListOrdersStatus, PRODUCTION_URL, PlaceOrderParams, Scheme, Side, Signer, TradeType,
};
use venue_runtime as rt;

const KEY: &str = "kc-key-0001";
const SECRET: &str = "kc-secret-0001";
const PASSPHRASE: &str = "kc-pass-0001";
const ORIGIN: &str = "https://api.kucoin.com";
const NOW: u64 = 1_700_000_000_000;

// Recipe: KuCoin API docs "Signing a Message" (Kucoin/kucoin-api-docs, 2021; endpoints.md §2):
// KC-API-SIGN = base64(HMAC-SHA256(secret, timestamp + METHOD + endpoint(+?query) + body)).
fn kc_sign(secret: &str, timestamp: &str, method: &str, path_query: &str, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(timestamp.as_bytes());
    mac.update(method.as_bytes());
    mac.update(path_query.as_bytes());
    mac.update(body);
    B64.encode(mac.finalize().into_bytes())
}

// Recipe: same docs, key version 2: KC-API-PASSPHRASE = base64(HMAC-SHA256(secret, passphrase)).
fn kc_passphrase(secret: &str, passphrase: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(passphrase.as_bytes());
    B64.encode(mac.finalize().into_bytes())
}

fn signer() -> Signer {
    let credentials = json!({ "api_key": KEY, "secret": SECRET, "passphrase": PASSPHRASE });
    Signer::new(Credentials::from_json(&credentials).expect("credentials")).expect("signer")
}

fn sign(endpoint: impl rt::Endpoint, now_ms: u64) -> rt::Request {
    let base = rt::BaseUrl::parse(PRODUCTION_URL).expect("production URL");
    let stamp = rt::Stamp {
        now_ms,
        nonce: 42,
        random: 0,
    };
    signer()
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

/// The URL's path and query as sent, i.e. everything after the origin.
fn path_query(req: &rt::Request) -> &str {
    req.url
        .strip_prefix(ORIGIN)
        .unwrap_or_else(|| panic!("URL {} is not under {ORIGIN}", req.url))
}

fn body(req: &rt::Request) -> &[u8] {
    req.body.as_deref().unwrap_or_default()
}

/// Every signed-request check: fixed headers, the pinned timestamp, and KC-API-SIGN
/// recomputed over the request's own bytes.
fn assert_signed(req: &rt::Request, method: &str, now_ms: u64) {
    assert_eq!(req.method.as_str(), method);
    let ts = header(req, "KC-API-TIMESTAMP");
    assert_eq!(
        ts,
        now_ms.to_string(),
        "KC-API-TIMESTAMP is the pinned time"
    );
    assert_eq!(header(req, "KC-API-KEY"), KEY);
    assert_eq!(header(req, "KC-API-KEY-VERSION"), "2");
    assert_eq!(
        header(req, "KC-API-PASSPHRASE"),
        kc_passphrase(SECRET, PASSPHRASE)
    );
    let expected = kc_sign(SECRET, ts, method, path_query(req), body(req));
    assert_eq!(header(req, "KC-API-SIGN"), expected, "KC-API-SIGN");
}

#[test]
fn recipe_reproduces_the_documented_signature() {
    // KuCoin docs signature example (endpoints.md §2, "Test vector").
    assert_eq!(
        kc_sign(
            "f03a5284-5c39-4aaa-9b20-dea10bdcf8e3",
            "1547015186532",
            "POST",
            "/api/v1/deposit-addresses",
            br#"{"currency":"BTC"}"#,
        ),
        "7QP/oM0ykidMdrfNEUmng8eZjg/ZvPafjIqmxiVfYu4="
    );
}

#[test]
fn query_is_sent_escaped_but_signed_decoded() {
    // KuCoin URL-decodes the query before checking KC-API-SIGN (kucoin-php-sdk PR "decode
    // query to fix sign fail"; kucoin-go-sdk "Decoding URL encoded strings in the signature"),
    // so a comma list, a space, a slash or a non-ASCII character must be signed unescaped
    // while the URL carries them escaped.
    let req = sign(
        ListOrdersParams {
            symbol: Some("BTC-USDT,ETH-USDT a/é".into()),
            ..Default::default()
        },
        NOW,
    );
    assert_eq!(
        req.url,
        "https://api.kucoin.com/api/v1/orders?symbol=BTC-USDT%2CETH-USDT%20a%2F%C3%A9"
    );
    assert_eq!(
        header(&req, "KC-API-SIGN"),
        kc_sign(
            SECRET,
            "1700000000000",
            "GET",
            "/api/v1/orders?symbol=BTC-USDT,ETH-USDT a/é",
            b""
        )
    );
    assert_ne!(
        header(&req, "KC-API-SIGN"),
        kc_sign(SECRET, "1700000000000", "GET", path_query(&req), b""),
        "not over the escaped text"
    );
}

#[test]
fn get_with_query_signs_path_and_query() {
    let req = sign(
        ListOrdersParams {
            status: Some(ListOrdersStatus::Active),
            symbol: Some("BTC-USDT".into()),
            side: Some(Side::Buy),
            current_page: Some(2),
            page_size: Some(20),
            ..Default::default()
        },
        NOW,
    );
    assert_eq!(
        req.url,
        "https://api.kucoin.com/api/v1/orders?status=active&symbol=BTC-USDT&side=buy&currentPage=2&pageSize=20"
    );
    assert_eq!(req.body, None, "a GET carries no body");
    assert_signed(&req, "GET", NOW);
    // The prehash written out: timestamp, method, path with query, empty body.
    assert_eq!(
        header(&req, "KC-API-SIGN"),
        kc_sign(
            SECRET,
            "1700000000000",
            "GET",
            "/api/v1/orders?status=active&symbol=BTC-USDT&side=buy&currentPage=2&pageSize=20",
            b""
        )
    );
}

#[test]
fn post_with_body_signs_the_exact_json_sent() {
    let params: PlaceOrderParams = serde_json::from_value(json!({
        "clientOid": "5c52e11203aa677f33e493fb",
        "side": "buy",
        "symbol": "BTC-USDT",
        "type": "limit",
        "price": "10",
        "size": "2",
        "timeInForce": "GTC",
    }))
    .expect("params");
    let req = sign(params, NOW + 1);
    assert_eq!(req.url, "https://api.kucoin.com/api/v1/orders");
    let expected_body = r#"{"clientOid":"5c52e11203aa677f33e493fb","side":"buy","symbol":"BTC-USDT","type":"limit","price":"10","size":"2","timeInForce":"GTC"}"#;
    assert_eq!(
        std::str::from_utf8(body(&req)).expect("UTF-8 body"),
        expected_body
    );
    assert_eq!(header(&req, "Content-Type"), "application/json");
    assert_signed(&req, "POST", NOW + 1);
    assert_eq!(
        header(&req, "KC-API-SIGN"),
        kc_sign(
            SECRET,
            "1700000000001",
            "POST",
            "/api/v1/orders",
            expected_body.as_bytes()
        )
    );
}

#[test]
fn path_parameter_is_part_of_the_signed_endpoint() {
    let req = sign(
        GetOrderParams {
            order_id: "5c35c02703aa673ceec2a168".into(),
        },
        NOW + 2,
    );
    assert_eq!(
        req.url,
        "https://api.kucoin.com/api/v1/orders/5c35c02703aa673ceec2a168"
    );
    assert_eq!(req.body, None);
    assert_signed(&req, "GET", NOW + 2);

    let req = sign(
        CancelOrderParams {
            order_id: "5bd6e9286d99522a52e458de".into(),
        },
        NOW + 3,
    );
    assert_eq!(
        req.url,
        "https://api.kucoin.com/api/v1/orders/5bd6e9286d99522a52e458de"
    );
    assert_eq!(req.body, None);
    assert_signed(&req, "DELETE", NOW + 3);
    assert_eq!(
        header(&req, "KC-API-SIGN"),
        kc_sign(
            SECRET,
            "1700000000003",
            "DELETE",
            "/api/v1/orders/5bd6e9286d99522a52e458de",
            b""
        )
    );
}

#[test]
fn delete_with_query_signs_the_query() {
    let req = sign(
        CancelAllOrdersParams {
            symbol: Some("ETH-USDT".into()),
            trade_type: Some(TradeType::Trade),
        },
        NOW + 4,
    );
    assert_eq!(
        req.url,
        "https://api.kucoin.com/api/v1/orders?symbol=ETH-USDT&tradeType=TRADE"
    );
    assert_eq!(req.body, None);
    assert_signed(&req, "DELETE", NOW + 4);
}
