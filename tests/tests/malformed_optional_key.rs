//! A malformed optional key disables only the schemes that need it. Binance takes an HMAC
//! secret and, optionally, Ed25519 and RSA keys: a garbage Ed25519 or RSA key must leave HMAC
//! signing byte-exact (the expected request is Binance's documented example, its signature
//! recomputed here with `hmac`/`sha2`), while the broken scheme is skipped by `choose` and, if
//! used, fails naming the key and what is wrong, never quoting it.

use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha256;
use venue_client::binance::{
    Credentials, ENCODING, PRODUCTION_URL, PlaceOrderParams, Scheme, Signer, sign_json,
};
use venue_runtime::{self as rt, Error};

// The documented example key pair and order (documented.json binance-rest-hmac-ascii).
const DOC_KEY: &str = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
const DOC_SECRET: &str = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
const DOC_TIME: u64 = 1_499_827_319_559;
const DOC_QUERY: &str = "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559";
const DOC_SIGNATURE: &str = "c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71";

/// Not a key in any accepted form; the tests check it never shows up in an error.
const GARBAGE: &str = "GARBAGE-KEY-MATERIAL-do-not-print";

fn documented_order() -> PlaceOrderParams {
    serde_json::from_value(json!({
        "symbol": "LTCBTC",
        "side": "BUY",
        "type": "LIMIT",
        "timeInForce": "GTC",
        "quantity": "1",
        "price": "0.1",
        "recvWindow": "5000",
    }))
    .expect("params")
}

/// hex(HMAC-SHA256(secret, query string + body)), Binance's documented recipe.
fn binance_sign(secret: &str, query: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(query.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

fn sign(signer: &Signer, scheme: Scheme) -> Result<rt::Request, Error> {
    let base = rt::BaseUrl::parse(PRODUCTION_URL).expect("production URL");
    let stamp = rt::Stamp {
        now_ms: DOC_TIME,
        nonce: 1,
        random: 0,
    };
    signer.sign(
        scheme,
        &documented_order(),
        &base,
        &stamp,
        &mut rt::Trace::off(),
    )
}

/// `Error::Credential` for `key` with exactly `message`, quoting nothing of the key.
fn assert_key_error(result: Result<rt::Request, Error>, key: &str, message: &str) {
    let err = result.expect_err("a malformed key cannot sign");
    let shown = format!("{err} {err:?}");
    match &err {
        Error::Credential { name, message: m } => {
            assert_eq!((name.as_str(), m.as_str()), (key, message))
        }
        other => panic!("expected Error::Credential for {key}, got {other:?}"),
    }
    assert!(!shown.contains("GARBAGE"), "the key leaked: {shown}");
}

#[test]
fn a_garbage_optional_key_leaves_hmac_signing_exact() {
    assert_eq!(binance_sign(DOC_SECRET, DOC_QUERY), DOC_SIGNATURE);
    let expected =
        format!("https://api.binance.com/api/v3/order?{DOC_QUERY}&signature={DOC_SIGNATURE}");
    for (optional, scheme, message) in [
        (
            "ed25519_private_key",
            Scheme::Ed25519,
            "is neither PKCS#8 PEM nor hex/base64 of a 32-byte Ed25519 seed",
        ),
        (
            "rsa_private_key",
            Scheme::Rsa,
            "is not an RSA private key PEM (expected BEGIN PRIVATE KEY or BEGIN RSA PRIVATE KEY)",
        ),
    ] {
        let credentials = json!({ "api_key": DOC_KEY, "secret": DOC_SECRET, optional: GARBAGE });
        let signer = Signer::new(Credentials::from_json(&credentials).expect("credentials"))
            .expect("a bad optional key does not fail the signer");
        assert!(!format!("{signer:?}").contains("GARBAGE"));

        // `choose` skips the broken scheme, wherever it is listed.
        assert!(signer.can_sign(Scheme::Hmac) && !signer.can_sign(scheme));
        for schemes in [
            [Scheme::Hmac, Scheme::Ed25519, Scheme::Rsa],
            [scheme, Scheme::Hmac, Scheme::Rsa],
        ] {
            assert_eq!(
                signer.choose(&schemes).unwrap(),
                Scheme::Hmac,
                "{schemes:?}"
            );
        }

        let req = sign(&signer, Scheme::Hmac).expect("HMAC still signs");
        assert_eq!(req.method, rt::Method::Post);
        assert_eq!(req.url, expected, "{optional}");
        assert_eq!(req.header("X-MBX-APIKEY"), Some(DOC_KEY));
        assert_eq!(req.body, None);

        // Used anyway, the broken scheme names the key and what is wrong.
        assert_key_error(sign(&signer, scheme), optional, message);
        let base = rt::BaseUrl::parse(PRODUCTION_URL).expect("production URL");
        let parts = rt::Parts::raw(&base, &ENCODING, rt::Method::Get, "/api/v3/account", "", "");
        let stamp = rt::Stamp {
            now_ms: DOC_TIME,
            nonce: 1,
            random: 0,
        };
        let signed = signer.sign_parts(scheme, parts, &stamp, &mut rt::Trace::off());
        assert_key_error(signed, optional, message);
    }
}

/// With no usable scheme, `choose` picks the one whose key was given but is malformed, so the
/// error says what is wrong with it instead of asking for the missing HMAC secret.
#[test]
fn with_only_a_garbage_key_the_error_names_it() {
    let credentials = json!({ "api_key": DOC_KEY, "ed25519_private_key": GARBAGE });
    let signer = Signer::new(Credentials::from_json(&credentials).expect("credentials"))
        .expect("a bad optional key does not fail the signer");
    let scheme = signer
        .choose(&[Scheme::Hmac, Scheme::Ed25519, Scheme::Rsa])
        .unwrap();
    assert_eq!(scheme, Scheme::Ed25519);
    assert_key_error(
        sign(&signer, scheme),
        "ed25519_private_key",
        "is neither PKCS#8 PEM nor hex/base64 of a 32-byte Ed25519 seed",
    );
    // Through the entry point `venue sign` uses, which chooses the scheme itself.
    let stamp = rt::Stamp {
        now_ms: DOC_TIME,
        nonce: 1,
        random: 0,
    };
    assert_key_error(
        sign_json(
            &credentials,
            "account",
            &json!({}),
            None,
            stamp,
            &mut rt::Trace::off(),
        ),
        "ed25519_private_key",
        "is neither PKCS#8 PEM nor hex/base64 of a 32-byte Ed25519 seed",
    );
}

/// A required key that does not parse still fails `Signer::new` (Kraken's secret is base64).
#[test]
fn a_garbage_required_key_fails_the_signer() {
    use venue_client::kraken;
    let credentials = json!({ "api_key": "k", "secret": "GARBAGE-not base64!" });
    let err = kraken::Signer::new(kraken::Credentials::from_json(&credentials).unwrap())
        .expect_err("a required key must parse");
    assert_eq!(err.to_string(), "credential `secret`: is not valid base64");
    assert!(!format!("{err:?}").contains("GARBAGE"));
}
