//! Binance Ed25519 and RSA keys: no published private key exists, so each test makes a key
//! pair here, signs a request through the generated `venue_client::binance` signer, and
//! verifies the signature taken from the URL (percent-decoded, base64-decoded) with the public
//! key over the exact signed payload: the query string without `&signature=…`, plus the body.
//!
//! Both schemes are deterministic (RFC 8032 Ed25519; RSASSA-PKCS1-v1_5), so the tests also sign
//! the payload themselves with `ed25519-dalek` / `rsa` and compare bytes. None of this calls
//! the generator or venue-runtime's crypto for an expected value.
//!
//! Recipe: binance-spot-api-docs rest-api.md "SIGNED endpoint security" (Ed25519 and RSA keys):
//! signature = base64(sign(query string + body)), appended percent-encoded as `signature`.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use ed25519_dalek::{Signer as _, Verifier as _};
use rand::SeedableRng as _;
// ed25519-dalek and rsa re-export the same `pkcs8` crate, so one import serves both keys.
use rsa::pkcs8::{EncodePrivateKey as _, LineEnding};
use rsa::{Pkcs1v15Sign, RsaPrivateKey};
use serde_json::json;
use sha2::{Digest, Sha256};
use venue_client::binance::{
    AccountParams, Client, Credentials, PRODUCTION_URL, PlaceOrderParams, Scheme, Signer,
};
use venue_runtime::{self as rt, Error};

const API_KEY: &str = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
const NOW: u64 = 1_499_827_319_559;
const ORIGIN: &str = "https://api.binance.com";

fn ed25519_pair() -> ed25519_dalek::SigningKey {
    ed25519_dalek::SigningKey::from_bytes(&[0x5a; 32])
}

fn ed25519_pem(key: &ed25519_dalek::SigningKey) -> String {
    key.to_pkcs8_pem(LineEnding::LF)
        .expect("PKCS#8 PEM")
        .to_string()
}

fn rsa_pair() -> RsaPrivateKey {
    // 1024 bits keeps debug builds fast; a fixed seed makes the key reproducible.
    let mut rng = rand::rngs::StdRng::seed_from_u64(0x00b1_a7ce);
    RsaPrivateKey::new(&mut rng, 1024).expect("RSA key")
}

fn rsa_pem(key: &RsaPrivateKey) -> String {
    key.to_pkcs8_pem(LineEnding::LF)
        .expect("PKCS#8 PEM")
        .to_string()
}

fn signer(credentials: serde_json::Value) -> Signer {
    Signer::new(Credentials::from_json(&credentials).expect("credentials")).expect("signer")
}

fn sign(
    signer: &Signer,
    scheme: Scheme,
    endpoint: impl rt::Endpoint,
) -> Result<rt::Request, Error> {
    let base = rt::BaseUrl::parse(PRODUCTION_URL).expect("production URL");
    let stamp = rt::Stamp {
        now_ms: NOW,
        nonce: 1,
        random: 0,
    };
    signer.sign(scheme, &endpoint, &base, &stamp, &mut rt::Trace::off())
}

/// The documented order (documented.json binance-rest-hmac-ascii inputs).
fn documented_order() -> PlaceOrderParams {
    let params: PlaceOrderParams = serde_json::from_value(json!({
        "symbol": "LTCBTC",
        "side": "BUY",
        "type": "LIMIT",
        "timeInForce": "GTC",
        "quantity": "1",
        "price": "0.1",
        "recvWindow": "5000",
    }))
    .expect("params");
    params
}

const DOCUMENTED_PAYLOAD: &str = "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559";

/// Percent-decoding written out here (the signature is base64, so no `+`-for-space occurs).
fn percent_decode(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).expect("ASCII escape");
            out.push(u8::from_str_radix(hex, 16).expect("hex escape"));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

/// (signed payload = query before `&signature=` + body, raw signature bytes, signature as sent).
fn split_signed(req: &rt::Request) -> (String, Vec<u8>, String) {
    let rest = req
        .url
        .strip_prefix(ORIGIN)
        .unwrap_or_else(|| panic!("URL {} is not under {ORIGIN}", req.url));
    let (_, query) = rest.split_once('?').expect("a query");
    let (signed, encoded) = query
        .rsplit_once("&signature=")
        .expect("signature is the last query parameter");
    let decoded = percent_decode(encoded);
    let raw = B64.decode(&decoded).expect("the signature is base64");
    let body = std::str::from_utf8(req.body.as_deref().unwrap_or_default()).expect("UTF-8 body");
    (
        format!("{signed}{body}"),
        raw,
        String::from_utf8(decoded).expect("ASCII"),
    )
}

#[test]
fn ed25519_signature_verifies_with_the_public_key() {
    let key = ed25519_pair();
    let signer = signer(json!({ "api_key": API_KEY, "ed25519_private_key": ed25519_pem(&key) }));
    let req = sign(&signer, Scheme::Ed25519, documented_order()).expect("signs");
    assert_eq!(req.method, rt::Method::Post);
    assert_eq!(req.body, None, "every parameter goes in the query");
    assert_eq!(req.header("X-MBX-APIKEY"), Some(API_KEY));
    let (payload, raw, b64) = split_signed(&req);
    assert_eq!(payload, DOCUMENTED_PAYLOAD);
    assert!(
        req.url.starts_with(&format!(
            "https://api.binance.com/api/v3/order?{DOCUMENTED_PAYLOAD}&signature="
        )),
        "{}",
        req.url
    );

    let signature = ed25519_dalek::Signature::from_slice(&raw).expect("64-byte signature");
    key.verifying_key()
        .verify(payload.as_bytes(), &signature)
        .expect("the signature verifies over query + body");
    // Ed25519 is deterministic: the same key signs the same payload to the same bytes.
    assert_eq!(b64, B64.encode(key.sign(payload.as_bytes()).to_bytes()));
}

#[test]
fn ed25519_seed_given_as_hex_signs_the_same_way() {
    // RFC 8032 section 7.1 TEST 1 secret key, given as the hex of its 32-byte seed.
    let seed_hex = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    let seed: [u8; 32] = hex::decode(seed_hex)
        .expect("hex")
        .try_into()
        .expect("32 bytes");
    let key = ed25519_dalek::SigningKey::from_bytes(&seed);
    let signer = signer(json!({ "api_key": API_KEY, "ed25519_private_key": seed_hex }));
    let req = sign(
        &signer,
        Scheme::Ed25519,
        AccountParams {
            omit_zero_balances: Some(true),
            ..Default::default()
        },
    )
    .expect("signs");
    assert_eq!(req.method, rt::Method::Get);
    let (payload, raw, b64) = split_signed(&req);
    assert_eq!(payload, "omitZeroBalances=true&timestamp=1499827319559");
    let signature = ed25519_dalek::Signature::from_slice(&raw).expect("64-byte signature");
    key.verifying_key()
        .verify(payload.as_bytes(), &signature)
        .expect("verifies");
    assert_eq!(b64, B64.encode(key.sign(payload.as_bytes()).to_bytes()));
}

#[test]
fn rsa_signature_verifies_with_the_public_key() {
    let key = rsa_pair();
    let signer = signer(json!({ "api_key": API_KEY, "rsa_private_key": rsa_pem(&key) }));
    let req = sign(&signer, Scheme::Rsa, documented_order()).expect("signs");
    assert_eq!(req.method, rt::Method::Post);
    assert_eq!(req.body, None);
    assert_eq!(req.header("X-MBX-APIKEY"), Some(API_KEY));
    let (payload, raw, b64) = split_signed(&req);
    assert_eq!(payload, DOCUMENTED_PAYLOAD);

    let digest = Sha256::digest(payload.as_bytes());
    key.to_public_key()
        .verify(Pkcs1v15Sign::new::<Sha256>(), &digest, &raw)
        .expect("the PKCS#1 v1.5 SHA-256 signature verifies over query + body");
    // PKCS#1 v1.5 is deterministic: signing here gives the same bytes.
    let ours = key
        .sign(Pkcs1v15Sign::new::<Sha256>(), &digest)
        .expect("RSA sign");
    assert_eq!(b64, B64.encode(ours));
    // A 1024-bit key gives a 128-byte signature.
    assert_eq!(raw.len(), 128);
}

#[test]
fn missing_asymmetric_keys_name_the_credential() {
    // Only the HMAC secret: the ed25519 and rsa schemes must say which credential is missing.
    let credentials = json!({ "api_key": API_KEY, "secret": "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j" });
    let client = Client::new(Credentials::from_json(&credentials).expect("credentials"))
        .expect("a client without asymmetric keys")
        .with_clock(std::sync::Arc::new(rt::FixedClock(NOW)));
    for (scheme, missing) in [
        (Scheme::Ed25519, "ed25519_private_key"),
        (Scheme::Rsa, "rsa_private_key"),
    ] {
        let err = client
            .prepare(scheme, &documented_order())
            .expect_err("cannot sign without the key");
        match &err {
            Error::Credential { name, .. } => assert_eq!(name, missing),
            other => panic!("expected Error::Credential for {missing}, got {other:?}"),
        }
        let text = err.to_string();
        assert!(text.contains(missing), "the message names it: {text}");
        assert!(
            !text.contains("NhqPtmdS"),
            "the message leaks no secret: {text}"
        );
    }
    // The HMAC scheme still works with the same client.
    client
        .prepare(Scheme::Hmac, &documented_order())
        .expect("hmac signs");
}
