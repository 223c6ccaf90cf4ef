//! Upbit: the HS512 JWT recomputed by hand from the venue's documented recipe, compared byte for
//! byte with what the generated `venue_client::upbit` signer puts on a request built from typed
//! params (the compiled request path, not the raw-request path the spec's examples use).
//!
//! Recipe (docs.upbit.com/kr/reference/auth, global-docs.upbit.com/reference/auth):
//! `Authorization: Bearer <JWT>`, header `{"alg":"HS512","typ":"JWT"}`, claims `access_key`,
//! `nonce` (a UUID v4), and only when the request has parameters `query_hash` = hex SHA-512 of
//! the parameters as `k=v&…` un-encoded (the guide's Python: `unquote(urlencode(params))`) and
//! `query_hash_alg` = `SHA512`; the query of a GET, the JSON body's members for a POST. The
//! signature is HMAC-SHA512 over `header.claims` with the secret's UTF-8 bytes, base64url
//! without padding. The test decodes the token itself and re-derives every part from the
//! request's own URL and body with `hmac`/`sha2`/`base64`/`hex` and hand-written code, never
//! the generator or venue-runtime.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64URL;
use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::{Digest, Sha512};
use venue_runtime as rt;

const ACCESS_KEY: &str = "upbit-fake-access-key-0001";
const SECRET_KEY: &str = "upbit-fake-secret-key-0001";
const JOSE: &str = r#"{"alg":"HS512","typ":"JWT"}"#;

fn sign_with(endpoint: &str, params: serde_json::Value, random: u128) -> rt::Request {
    venue_client::upbit::sign_json(
        &json!({ "access_key": ACCESS_KEY, "secret_key": SECRET_KEY }),
        endpoint,
        &params,
        None,
        rt::Stamp {
            now_ms: 1_700_000_000_000,
            nonce: 1,
            random,
        },
        &mut rt::Trace::off(),
    )
    .expect("signs")
}

fn sign(endpoint: &str, params: serde_json::Value) -> rt::Request {
    sign_with(endpoint, params, 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210)
}

/// `%XX` escapes undone, byte by byte; `+` kept, as Python's `unquote` (the guide's code) does.
fn unquote(text: &str) -> String {
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

/// The text `query_hash` covers: the URL's query un-encoded, or for a JSON body its members in
/// body order as `k=v&…`.
fn hashed_params(method: &str, url: &str, body: Option<&[u8]>) -> String {
    if method == "POST" {
        let members: serde_json::Map<String, serde_json::Value> =
            serde_json::from_slice(body.expect("a POST has a body")).expect("a JSON object");
        let pairs: Vec<String> = members
            .iter()
            .map(|(k, v)| match v {
                serde_json::Value::String(s) => format!("{k}={s}"),
                other => format!("{k}={other}"),
            })
            .collect();
        pairs.join("&")
    } else {
        unquote(url.split_once('?').map_or("", |(_, q)| q))
    }
}

/// Version 4, variant 10, lower-case hyphenated, from the stamp's 128 random bits.
fn uuid_v4(random: u128) -> String {
    let mut bytes = random.to_be_bytes();
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex = hex::encode(bytes);
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

fn is_uuid_v4_text(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_digit() || (b'a'..=b'f').contains(c),
        })
        && b[14] == b'4'
        && matches!(b[19], b'8' | b'9' | b'a' | b'b')
}

fn hs512_b64(signing_input: &str) -> String {
    let mut mac = Hmac::<Sha512>::new_from_slice(SECRET_KEY.as_bytes()).expect("any key length");
    mac.update(signing_input.as_bytes());
    B64URL.encode(mac.finalize().into_bytes())
}

/// The claims JSON the recipe gives for a request (`None`: no parameters, no hash members).
fn expected_claims(nonce: &str, hashed: Option<&str>) -> String {
    match hashed {
        Some(text) => format!(
            r#"{{"access_key":"{ACCESS_KEY}","nonce":"{nonce}","query_hash":"{}","query_hash_alg":"SHA512"}}"#,
            hex::encode(Sha512::digest(text.as_bytes()))
        ),
        None => format!(r#"{{"access_key":"{ACCESS_KEY}","nonce":"{nonce}"}}"#),
    }
}

/// Decodes the Bearer token and checks each part; returns the claims JSON text.
fn check_token(req: &rt::Request, random: u128) -> String {
    let token = req
        .header("Authorization")
        .and_then(|v| v.strip_prefix("Bearer "))
        .expect("a Bearer token");
    let segments: Vec<&str> = token.split('.').collect();
    assert_eq!(segments.len(), 3, "{token}");
    let header = B64URL.decode(segments[0]).expect("base64url header");
    assert_eq!(std::str::from_utf8(&header).unwrap(), JOSE);
    let claims = String::from_utf8(B64URL.decode(segments[1]).expect("base64url claims")).unwrap();
    let hashed = hashed_params(req.method.as_str(), &req.url, req.body.as_deref());
    let nonce = uuid_v4(random);
    assert!(is_uuid_v4_text(&nonce), "{nonce}");
    let want = expected_claims(&nonce, (!hashed.is_empty()).then_some(hashed.as_str()));
    assert_eq!(claims, want);
    let signing_input = format!("{}.{}", segments[0], segments[1]);
    assert_eq!(segments[2], hs512_b64(&signing_input));
    claims
}

#[test]
fn a_get_hashes_its_query() {
    let req = sign("order_chance", json!({"market": "KRW-BTC"}));
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(
        req.url,
        "https://api.upbit.com/v1/orders/chance?market=KRW-BTC"
    );
    assert_eq!(req.body, None);
    let claims = check_token(&req, 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210);
    assert!(
        claims.contains(r#""nonce":"01234567-89ab-4def-bedc-ba9876543210""#),
        "{claims}"
    );
    assert!(
        claims.contains(&hex::encode(Sha512::digest(b"market=KRW-BTC"))),
        "{claims}"
    );
}

#[test]
fn a_post_hashes_its_body_members_not_its_bytes() {
    let req = sign(
        "place_order",
        json!({"market": "KRW-BTC", "side": "bid", "volume": "0.001", "price": "140000000", "ord_type": "limit"}),
    );
    assert_eq!(req.method.as_str(), "POST");
    assert_eq!(req.url, "https://api.upbit.com/v1/orders");
    assert_eq!(
        req.body.as_deref(),
        Some(
            &br#"{"market":"KRW-BTC","side":"bid","volume":"0.001","price":"140000000","ord_type":"limit"}"#[..]
        )
    );
    // Not signed; the guide's Python sample (`requests.post(json=…)`) sends the same.
    assert_eq!(req.header("Content-Type"), Some("application/json"));
    let claims = check_token(&req, 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210);
    let text = "market=KRW-BTC&side=bid&volume=0.001&price=140000000&ord_type=limit";
    assert!(
        claims.contains(&hex::encode(Sha512::digest(text.as_bytes()))),
        "{claims}"
    );
}

#[test]
fn no_params_means_no_query_hash_claims() {
    let req = sign("accounts", json!({}));
    assert_eq!(req.url, "https://api.upbit.com/v1/accounts");
    assert_eq!(req.body, None);
    let claims = check_token(&req, 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210);
    assert_eq!(
        claims,
        r#"{"access_key":"upbit-fake-access-key-0001","nonce":"01234567-89ab-4def-bedc-ba9876543210"}"#
    );
    assert!(!claims.contains("query_hash"), "{claims}");
}

#[test]
fn an_escaped_value_is_hashed_unescaped() {
    // `,` and `/` travel as %2C/%2F and are hashed literally; the space travels as `+`, which
    // the guide's `unquote(urlencode(…))` leaves as `+` in the hashed text.
    let req = sign("order_chance", json!({"market": "KRW-BTC, a/b"}));
    assert_eq!(
        req.url,
        "https://api.upbit.com/v1/orders/chance?market=KRW-BTC%2C+a%2Fb"
    );
    let claims = check_token(&req, 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210);
    assert!(
        claims.contains(&hex::encode(Sha512::digest(b"market=KRW-BTC,+a/b"))),
        "{claims}"
    );
}

#[test]
fn each_random_gives_its_own_version_4_nonce() {
    let ones = u128::MAX;
    let a = sign_with("accounts", json!({}), ones);
    let b = sign_with("accounts", json!({}), 0);
    let a_claims = check_token(&a, ones);
    let b_claims = check_token(&b, 0);
    assert!(
        a_claims.contains(r#""nonce":"ffffffff-ffff-4fff-bfff-ffffffffffff""#),
        "{a_claims}"
    );
    assert!(
        b_claims.contains(r#""nonce":"00000000-0000-4000-8000-000000000000""#),
        "{b_claims}"
    );
    assert_ne!(a_claims, b_claims);
    assert_ne!(a.header("Authorization"), b.header("Authorization"));
}

#[test]
fn public_calls_carry_no_token() {
    let req = sign("ticker", json!({"markets": "KRW-BTC,KRW-ETH"}));
    assert_eq!(
        req.url,
        "https://api.upbit.com/v1/ticker?markets=KRW-BTC%2CKRW-ETH"
    );
    assert_eq!(req.header("Authorization"), None);
}

#[test]
fn the_recomputation_reproduces_the_reference_token() {
    // The expected side itself, checked against tests/reference/second_edition.py case
    // upbit-get-query (the guide's sample params, brackets literal).
    let hashed = hashed_params(
        "GET",
        "https://api.upbit.com/v1/orders/open?market=KRW-BTC&states[]=wait&states[]=watch&limit=10",
        None,
    );
    let nonce = uuid_v4(0x3f2a_8c1e_5b7d_4e9a_8c6f_1d2e_3f4a_5b6c);
    assert_eq!(nonce, "3f2a8c1e-5b7d-4e9a-8c6f-1d2e3f4a5b6c");
    let claims = expected_claims(&nonce, Some(&hashed));
    let signing_input = format!(
        "{}.{}",
        B64URL.encode(JOSE),
        B64URL.encode(claims.as_bytes())
    );
    let token = format!("{signing_input}.{}", hs512_b64(&signing_input));
    assert_eq!(
        token,
        "eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9.eyJhY2Nlc3Nfa2V5IjoidXBiaXQtZmFrZS1hY2Nlc3Mta2V5LTAwMDEiLCJub25jZSI6IjNmMmE4YzFlLTViN2QtNGU5YS04YzZmLTFkMmUzZjRhNWI2YyIsInF1ZXJ5X2hhc2giOiJlM2NmYzY0OTEzOWM1OTVlMWMyNmE4YWEyYjNjODUwNGY0YjE1MDExZmMyYjgxOTA4MTQ1MWU1ZTg0NTE3MmJkNWRiYmI1MTEwZWM1ZDdhM2QxZDMyZmY3MWY0NmE3ODMyM2EwNDBlOGJlZGY4NjcyMDIxZmQyMjA2MTkwYTNhOCIsInF1ZXJ5X2hhc2hfYWxnIjoiU0hBNTEyIn0.RTm06fpwqPDGM-5OKOkpjPUwSzI7zL-IARo_jQcjY0S2dHSueqVsOcOKWwON-VhrgLhZCI32odkuzei6Hd_mOw"
    );
}
