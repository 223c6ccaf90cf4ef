//! Gate.io: signatures recomputed by hand from the venue's documented recipe, compared byte for
//! byte with what the generated `venue_client::gateio` signer puts on the request.
//!
//! The expected values never come from the generator or from venue-runtime's crypto: the test
//! re-derives SIGN with `hmac`/`sha2`/`hex` over the bytes the request carries (its method,
//! URL path, URL query, SHA-512 of its body, Timestamp header).

use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::{Digest, Sha512};
use venue_client::gateio::{
    CancelOrderParams, Credentials, GetOrderParams, OpenOrdersParams, PRODUCTION_URL,
    PlaceOrderParams, Scheme, Signer, SpotAccountsParams,
};
use venue_runtime as rt;

// The documented example key pair (documented.json gate-v4-*).
const KEY: &str = "key";
const SECRET: &str = "secret";
const ORIGIN: &str = "https://api.gateio.ws";

// Recipe: gate.io/docs/developers/apiv4/#api-signature-string-generation (documented.json gate-v4-*):
// SIGN = hex(HMAC-SHA512(secret, METHOD\npath\nquery\nhex(SHA512(body))\ntimestamp)).
fn gate_sign(secret: &str, method: &str, path: &str, query: &str, body: &[u8], ts: &str) -> String {
    let hashed_payload = hex::encode(Sha512::digest(body));
    let prehash = format!("{method}\n{path}\n{query}\n{hashed_payload}\n{ts}");
    let mut mac = Hmac::<Sha512>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(prehash.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

fn sign(endpoint: impl rt::Endpoint, now_ms: u64) -> rt::Request {
    let credentials = json!({ "api_key": KEY, "secret": SECRET });
    let signer =
        Signer::new(Credentials::from_json(&credentials).expect("credentials")).expect("signer");
    let base = rt::BaseUrl::parse(PRODUCTION_URL).expect("production URL");
    let stamp = rt::Stamp {
        now_ms,
        nonce: 4,
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

/// KEY, Timestamp (pinned, whole seconds), and SIGN recomputed over the request's own bytes.
fn assert_signed(req: &rt::Request, method: &str, seconds: &str) {
    assert_eq!(req.method.as_str(), method);
    assert_eq!(header(req, "KEY"), KEY);
    assert_eq!(header(req, "Timestamp"), seconds);
    let rest = req
        .url
        .strip_prefix(ORIGIN)
        .unwrap_or_else(|| panic!("URL {} is not under {ORIGIN}", req.url));
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let expected = gate_sign(
        SECRET,
        method,
        path,
        query,
        req.body.as_deref().unwrap_or_default(),
        header(req, "Timestamp"),
    );
    assert_eq!(header(req, "SIGN"), expected, "SIGN");
}

#[test]
fn recipe_reproduces_the_documented_signatures() {
    assert_eq!(
        gate_sign(
            SECRET,
            "GET",
            "/api/v4/futures/orders",
            "contract=BTC_USD&status=finished&limit=50",
            b"",
            "1541993715"
        ),
        "55f84ea195d6fe57ce62464daaa7c3c02fa9d1dde954e4c898289c9a2407a3d6fb3faf24deff16790d726b66ac9f74526668b13bd01029199cc4fcc522418b8a"
    );
    assert_eq!(
        gate_sign(
            SECRET,
            "POST",
            "/api/v4/futures/orders",
            "",
            br#"{"contract":"BTC_USD","type":"limit","size":100,"price":6800,"time_in_force":"gtc"}"#,
            "1541993715"
        ),
        "eae42da914a590ddf727473aff25fc87d50b64783941061f47a3fdb92742541fc4c2c14017581b4199a1418d54471c269c03a38d788d802e2c306c37636389f0"
    );
}

#[test]
fn query_is_sent_escaped_but_signed_decoded() {
    // Gate.io signs the "request query string without URL encode" (APIv4 docs); its own SDKs
    // sign `unquote_plus(urlencode(query))` (gateapi-python) and `url.QueryUnescape(RawQuery)`
    // (gateapi-go) while sending the escaped form.
    let req = sign(
        SpotAccountsParams {
            currency: Some("BTC,ETH /é".into()),
        },
        1_700_000_000_000,
    );
    assert_eq!(
        req.url,
        "https://api.gateio.ws/api/v4/spot/accounts?currency=BTC%2CETH%20%2F%C3%A9"
    );
    assert_eq!(
        header(&req, "SIGN"),
        gate_sign(
            SECRET,
            "GET",
            "/api/v4/spot/accounts",
            "currency=BTC,ETH /é",
            b"",
            "1700000000"
        )
    );
}

#[test]
fn get_without_and_with_query() {
    let req = sign(SpotAccountsParams::default(), 1_541_993_715_000);
    assert_eq!(req.url, "https://api.gateio.ws/api/v4/spot/accounts");
    assert_eq!(req.body, None);
    assert_signed(&req, "GET", "1541993715");
    // An empty query line and the SHA-512 of the empty body, written out.
    assert_eq!(
        header(&req, "SIGN"),
        gate_sign(
            SECRET,
            "GET",
            "/api/v4/spot/accounts",
            "",
            b"",
            "1541993715"
        )
    );

    let req = sign(
        SpotAccountsParams {
            currency: Some("USDT".into()),
        },
        1_700_000_000_999,
    );
    assert_eq!(
        req.url,
        "https://api.gateio.ws/api/v4/spot/accounts?currency=USDT"
    );
    assert_signed(&req, "GET", "1700000000");

    let req = sign(
        OpenOrdersParams {
            page: Some(1),
            limit: Some(100),
            ..Default::default()
        },
        1_700_000_001_000,
    );
    assert_eq!(
        req.url,
        "https://api.gateio.ws/api/v4/spot/open_orders?page=1&limit=100"
    );
    assert_signed(&req, "GET", "1700000001");
    assert_eq!(
        header(&req, "SIGN"),
        gate_sign(
            SECRET,
            "GET",
            "/api/v4/spot/open_orders",
            "page=1&limit=100",
            b"",
            "1700000001"
        )
    );
}

#[test]
fn post_with_body_signs_the_body_hash() {
    let params: PlaceOrderParams = serde_json::from_value(json!({
        "text": "t-abc123",
        "currency_pair": "BTC_USDT",
        "type": "limit",
        "side": "buy",
        "amount": "0.001",
        "price": "65000",
        "time_in_force": "gtc",
    }))
    .expect("params");
    let req = sign(params, 1_700_000_002_000);
    assert_eq!(req.url, "https://api.gateio.ws/api/v4/spot/orders");
    let body = r#"{"text":"t-abc123","currency_pair":"BTC_USDT","type":"limit","side":"buy","amount":"0.001","price":"65000","time_in_force":"gtc"}"#;
    assert_eq!(body_text(&req), body);
    assert_eq!(header(&req, "Content-Type"), "application/json");
    assert_signed(&req, "POST", "1700000002");
    assert_eq!(
        header(&req, "SIGN"),
        gate_sign(
            SECRET,
            "POST",
            "/api/v4/spot/orders",
            "",
            body.as_bytes(),
            "1700000002"
        )
    );
}

#[test]
fn path_parameter_is_part_of_the_signed_path() {
    let params: GetOrderParams = serde_json::from_value(json!({
        "order_id": "12345678901",
        "currency_pair": "BTC_USDT",
    }))
    .expect("params");
    let req = sign(params, 1_700_000_003_000);
    assert_eq!(
        req.url,
        "https://api.gateio.ws/api/v4/spot/orders/12345678901?currency_pair=BTC_USDT"
    );
    assert_eq!(req.body, None);
    assert_signed(&req, "GET", "1700000003");
    assert_eq!(
        header(&req, "SIGN"),
        gate_sign(
            SECRET,
            "GET",
            "/api/v4/spot/orders/12345678901",
            "currency_pair=BTC_USDT",
            b"",
            "1700000003"
        )
    );

    let params: CancelOrderParams = serde_json::from_value(json!({
        "order_id": "12345678901",
        "currency_pair": "BTC_USDT",
        "account": "spot",
    }))
    .expect("params");
    let req = sign(params, 1_700_000_004_000);
    assert_eq!(
        req.url,
        "https://api.gateio.ws/api/v4/spot/orders/12345678901?currency_pair=BTC_USDT&account=spot"
    );
    assert_eq!(req.body, None);
    assert_signed(&req, "DELETE", "1700000004");
}
