//! Inbound webhook verification through the generated verifiers (`venue_client::<venue>::
//! <Name>Webhook`). Every signature here is computed by the test itself with the `hmac`,
//! `sha2` and `hex` crates from the venues' documented recipes, never by the generator or by
//! venue-runtime's crypto.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::http::{HeaderMap, HeaderValue};
use hmac::{Hmac, Mac};
use sha2::{Sha256, Sha512};
use venue_client::{calypso, coinbase_commerce, stripe};
use venue_runtime as rt;

fn hmac256(key: &str, parts: &[&[u8]]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key.as_bytes()).expect("any key length");
    parts.iter().for_each(|p| mac.update(p));
    hex::encode(mac.finalize().into_bytes())
}

fn hmac512(key: &str, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha512>::new_from_slice(key.as_bytes()).expect("any key length");
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

fn at_s(s: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(s)
}

// Stripe: `Stripe-Signature: t=<unix s>,v1=<hex HMAC-SHA256(whsec, t + "." + body)>`, 300 s.
const WHSEC: &str = "whsec_kT3x9GhEbodyless_secret_value";
const T: u64 = 1_700_000_000;
const STRIPE_BODY: &str = r#"{"id":"evt_1NBODYMARKER","object":"event","type":"payment_intent.succeeded","created":1700000000,"data":{"object":{"id":"pi_3MtwBw","amount":2000}}}"#;

fn stripe_sig(secret: &str, t: u64, body: &str) -> String {
    hmac256(secret, &[t.to_string().as_bytes(), b".", body.as_bytes()])
}

fn stripe_verifier() -> stripe::EventWebhook {
    stripe::EventWebhook::new(stripe::EventWebhookCredentials {
        signing_secret: rt::SecretString::from(WHSEC),
    })
    .expect("verifier")
}

#[test]
fn stripe_event_verifies_and_decodes() {
    let header = format!("t={T},v1={}", stripe_sig(WHSEC, T, STRIPE_BODY));
    let event = stripe_verifier()
        .verify(
            &[("Stripe-Signature", header.as_str())],
            STRIPE_BODY.as_bytes(),
            at_s(T + 5),
        )
        .expect("verifies");
    assert_eq!(event.id, "evt_1NBODYMARKER");
    assert_eq!(event.r#type, "payment_intent.succeeded");
    assert_eq!(event.created, 1_700_000_000);
    assert_eq!(event.data["object"]["amount"], 2000);
}

#[test]
fn stripe_accepts_any_v1_while_a_secret_rolls() {
    let old = stripe_sig("whsec_previous", T, STRIPE_BODY);
    let new = stripe_sig(WHSEC, T, STRIPE_BODY);
    let v = stripe_verifier();
    let both = format!("t={T},v1={old},v1={new},v0={old}");
    let headers = vec![("stripe-signature".to_owned(), both)];
    assert!(v.verify(&headers, STRIPE_BODY.as_bytes(), at_s(T)).is_ok());
    // Only the old secret's: refused.
    let only_old = format!("t={T},v1={old}");
    assert_eq!(
        v.verify(
            &[("Stripe-Signature", only_old.as_str())],
            STRIPE_BODY.as_bytes(),
            at_s(T)
        )
        .unwrap_err(),
        rt::VerifyError::BadSignature
    );
    // A v0 entry is not a v1 one, even when it holds the right value.
    let v0 = format!("t={T},v0={new}");
    assert!(matches!(
        v.verify(
            &[("Stripe-Signature", v0.as_str())],
            STRIPE_BODY.as_bytes(),
            at_s(T)
        ),
        Err(rt::VerifyError::Malformed(_))
    ));
}

#[test]
fn stripe_tolerance_includes_300_s_and_refuses_301() {
    let header = format!("t={T},v1={}", stripe_sig(WHSEC, T, STRIPE_BODY));
    let v = stripe_verifier();
    let verify = |now| {
        v.verify(
            &[("Stripe-Signature", header.as_str())],
            STRIPE_BODY.as_bytes(),
            now,
        )
    };
    assert!(verify(at_s(T + 300)).is_ok());
    assert!(verify(at_s(T - 300)).is_ok());
    assert_eq!(
        verify(at_s(T + 301)).unwrap_err(),
        rt::VerifyError::Stale {
            age_s: 301,
            tolerance_s: 300
        }
    );
    assert_eq!(
        verify(at_s(T - 301)).unwrap_err(),
        rt::VerifyError::Stale {
            age_s: -301,
            tolerance_s: 300
        }
    );
    // 300.001 s is past the tolerance too.
    assert!(matches!(
        verify(at_s(T + 300) + Duration::from_millis(1)),
        Err(rt::VerifyError::Stale { .. })
    ));
    // A changed timestamp changes what is signed.
    let moved = header.replacen(&format!("t={T}"), &format!("t={}", T + 1), 1);
    assert_eq!(
        v.verify(
            &[("Stripe-Signature", moved.as_str())],
            STRIPE_BODY.as_bytes(),
            at_s(T)
        )
        .unwrap_err(),
        rt::VerifyError::BadSignature
    );
}

#[test]
fn stripe_reads_an_http_header_map() {
    let mut headers = HeaderMap::new();
    let value = format!("t={T},v1={}", stripe_sig(WHSEC, T, STRIPE_BODY));
    headers.insert("stripe-signature", HeaderValue::from_str(&value).unwrap());
    headers.insert("content-type", HeaderValue::from_static("application/json"));
    let event = stripe_verifier()
        .verify(&headers, STRIPE_BODY.as_bytes(), at_s(T))
        .expect("verifies");
    assert_eq!(event.id, "evt_1NBODYMARKER");
}

// Coinbase Commerce: `X-CC-Webhook-Signature` = hex HMAC-SHA256(shared secret, raw body).
const CC_SECRET: &str = "cc-shared-secret-4f1c";
const CC_BODY: &str = r#"{"id":7,"scheduled_for":"2024-05-01T10:00:00Z","attempt_number":1,"event":{"id":"f7a1BODYMARKER","type":"charge:confirmed","api_version":"2018-03-22","created_at":"2024-05-01T09:59:58Z","data":{"code":"QWERTY12"}}}"#;

fn cc_verifier() -> coinbase_commerce::EventWebhook {
    coinbase_commerce::EventWebhook::new(coinbase_commerce::EventWebhookCredentials {
        shared_secret: rt::SecretString::from(CC_SECRET),
    })
    .expect("verifier")
}

#[test]
fn coinbase_commerce_event_verifies_and_decodes() {
    let sig = hmac256(CC_SECRET, &[CC_BODY.as_bytes()]);
    // No timestamp is signed, so any `now` will do.
    let n = cc_verifier()
        .verify(
            &[("X-CC-Webhook-Signature", sig.as_str())],
            CC_BODY.as_bytes(),
            UNIX_EPOCH,
        )
        .expect("verifies");
    assert_eq!(n.id, 7);
    assert_eq!(n.attempt_number, 1);
    assert_eq!(n.event.r#type, "charge:confirmed");
    assert_eq!(n.event.data["code"], "QWERTY12");

    let mut map = HeaderMap::new();
    map.insert(
        "x-cc-webhook-signature",
        HeaderValue::from_str(&sig).unwrap(),
    );
    assert!(
        cc_verifier()
            .verify(&map, CC_BODY.as_bytes(), UNIX_EPOCH)
            .is_ok()
    );
    let upper = sig.to_uppercase();
    assert_eq!(
        cc_verifier()
            .verify(
                &[("x-cc-webhook-signature", upper)],
                CC_BODY.as_bytes(),
                UNIX_EPOCH
            )
            .unwrap_err(),
        rt::VerifyError::BadSignature,
        "the comparison is byte for byte, as the SDK's"
    );
}

// Calypso: `Sign` = hex HMAC-SHA512(secretKey, raw body), `Key` = publicKey.
const CP_PUBLIC: &str = "cp-pub-77";
const CP_SECRET: &str = "cp-whsecret-77";
const CP_BODY: &str =
    r#"{"type":"PAYOUT_CHANGE_STATUS","externalId":"BODYMARKER-9","state":"COMPLETED"}"#;

fn cp_verifier() -> calypso::PayoutEventWebhook {
    calypso::PayoutEventWebhook::new(calypso::PayoutEventWebhookCredentials {
        public_key: rt::SecretString::from(CP_PUBLIC),
        secret_key: rt::SecretString::from(CP_SECRET),
    })
    .expect("verifier")
}

#[test]
fn calypso_payout_event_verifies_with_its_key() {
    let sign = hmac512(CP_SECRET, CP_BODY.as_bytes());
    let v = cp_verifier();
    let payload = v
        .verify(
            &[("Key", CP_PUBLIC), ("Sign", sign.as_str())],
            CP_BODY.as_bytes(),
            UNIX_EPOCH,
        )
        .expect("verifies");
    assert_eq!(payload["externalId"], "BODYMARKER-9");
    let mut map = HeaderMap::new();
    map.insert("key", HeaderValue::from_static(CP_PUBLIC));
    map.insert("sign", HeaderValue::from_str(&sign).unwrap());
    assert!(v.verify(&map, CP_BODY.as_bytes(), UNIX_EPOCH).is_ok());
    // Another subscription's key with this signature: refused.
    assert_eq!(
        v.verify(
            &[("Key", "cp-pub-78"), ("Sign", sign.as_str())],
            CP_BODY.as_bytes(),
            UNIX_EPOCH
        )
        .unwrap_err(),
        rt::VerifyError::BadSignature
    );
}

/// Every way verification fails, shown with Display and Debug, holds neither a secret, nor the
/// signature the verifier expected, nor the body.
#[test]
fn errors_show_no_secret_signature_or_body() {
    let good = stripe_sig(WHSEC, T, STRIPE_BODY);
    let wrong_shape =
        r#"{"id":"evt_BODYMARKER","object":"event","type":"x","created":"BODYMARKER","data":{}}"#;
    let wrong_shape_sig = stripe_sig(WHSEC, T, wrong_shape);
    let sv = stripe_verifier();
    let stripe_case = |header: Option<String>, body: &str, now: u64| {
        let headers: Vec<(String, String)> = header
            .map(|h| ("Stripe-Signature".to_owned(), h))
            .into_iter()
            .collect();
        sv.verify(&headers, body.as_bytes(), at_s(now))
            .map(|_| ())
            .unwrap_err()
    };
    let tampered = STRIPE_BODY.replace("2000", "9000");
    let mut errors = vec![
        (
            stripe_case(Some(format!("t={T},v1={good}")), &tampered, T),
            stripe_sig(WHSEC, T, &tampered),
        ),
        (
            stripe_case(Some(format!("t={T},v1={good}")), STRIPE_BODY, T + 301),
            good.clone(),
        ),
        (stripe_case(None, STRIPE_BODY, T), good.clone()),
        (
            stripe_case(Some(format!("v1={good}")), STRIPE_BODY, T),
            good.clone(),
        ),
        (
            stripe_case(Some(format!("t={T}")), STRIPE_BODY, T),
            good.clone(),
        ),
        (
            stripe_case(Some(format!("t=soon,v1={good}")), STRIPE_BODY, T),
            stripe_sig(WHSEC, 0, STRIPE_BODY),
        ),
        (
            stripe_case(Some(format!("t={T},v1={wrong_shape_sig}")), wrong_shape, T),
            wrong_shape_sig.clone(),
        ),
    ];
    let cc_tampered = CC_BODY.replace("charge:confirmed", "charge:resolved");
    let cc_sig = hmac256(CC_SECRET, &[CC_BODY.as_bytes()]);
    errors.push((
        cc_verifier()
            .verify(
                &[("X-CC-Webhook-Signature", cc_sig.as_str())],
                cc_tampered.as_bytes(),
                UNIX_EPOCH,
            )
            .unwrap_err(),
        hmac256(CC_SECRET, &[cc_tampered.as_bytes()]),
    ));
    let cp_sign = hmac512(CP_SECRET, CP_BODY.as_bytes());
    errors.push((
        cp_verifier()
            .verify(
                &[("Key", "other"), ("Sign", "00")],
                CP_BODY.as_bytes(),
                UNIX_EPOCH,
            )
            .unwrap_err(),
        cp_sign.clone(),
    ));
    errors.push((
        cp_verifier()
            .verify(
                &[("Sign", cp_sign.as_str())],
                CP_BODY.as_bytes(),
                UNIX_EPOCH,
            )
            .unwrap_err(),
        cp_sign.clone(),
    ));
    let kinds: Vec<String> = errors
        .iter()
        .map(|(e, _)| {
            format!("{e:?}")
                .split(['(', ' ', '{'])
                .next()
                .unwrap()
                .to_owned()
        })
        .collect();
    for kind in [
        "BadSignature",
        "Stale",
        "MissingHeader",
        "Malformed",
        "Payload",
    ] {
        assert!(
            kinds.iter().any(|k| k == kind),
            "no {kind} error among {kinds:?}"
        );
    }
    for (err, expected) in &errors {
        let shown = format!("{err:?} {err}");
        for secret in [WHSEC, CC_SECRET, CP_SECRET, expected.as_str()] {
            assert!(!shown.contains(secret), "{shown:?} shows {secret:?}");
        }
        assert!(!shown.contains("BODYMARKER"), "{shown:?} shows the body");
        for body in [STRIPE_BODY, wrong_shape, CC_BODY, CP_BODY] {
            assert!(!shown.contains(body), "{shown:?} shows a body");
        }
    }
    for shown in [
        format!("{:?}", stripe_verifier()),
        format!("{:?}", cc_verifier()),
        format!("{:?}", cp_verifier()),
    ] {
        for secret in [WHSEC, CC_SECRET, CP_SECRET] {
            assert!(!shown.contains(secret), "{shown} shows a secret");
        }
    }
}
