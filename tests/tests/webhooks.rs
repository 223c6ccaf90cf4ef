//! Inbound webhook verification through the generated verifiers (`venue_client::<venue>::
//! <Name>Webhook`). Every signature here is computed by the test itself with the `hmac`,
//! `sha2`, `hex` and (for Binance Pay's RSA signatures) `rsa` crates from the venues'
//! documented recipes, never by the generator or by venue-runtime's crypto.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::http::{HeaderMap, HeaderValue};
use hmac::{Hmac, Mac};
use sha2::{Sha256, Sha512};
use venue_client::{binance_pay, calypso, coinbase_commerce, stripe};
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

// Binance Pay: `BinancePay-Signature` = base64 RSA PKCS#1 v1.5 SHA-256 (Binance Pay's private
// key) over timestamp + "\n" + nonce + "\n" + body + "\n"; the merchant holds the public key.
// Two throwaway RSA-2048 keys made with `openssl genrsa 2048` for these tests; the first one's
// public half is the one in specs/binance_pay.yaml's examples.
const BP_KEY: &str = "-----BEGIN PRIVATE KEY-----\nMIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQDGxGF/tPIXInEa\n0RUMl237DAly2DdXaAocgYfuvjRJnSjXuSZ1l5dWMHbyGR0N6VDHNWNsqL1wcCO+\nIX/i0S3exA+zUhv7yzN3SZurQRe9VCl/778xWDwSaA6WmzxFKk3w7VGRaD7VKIRe\nomdTjguiPvvIKmmqOREToqN3MQZnXBLGh7AgzLZDoH94rEv8Tc6ZJBm5IPqGr76z\nk1rkjRhq6sxk/zDbrNGCvqZqGnUz/tvTCDCH65f5sKBtQShO0apbOLIbBnSvWS5s\ntyQU/BbBe0MB7j74iMZIbLbqIrNHeGPO5/11z+OlQLUZ+lHqKEgIaaCo10BA4kYl\nPCwmgx0tAgMBAAECggEABQ5LuJberY33uInm8ioL5x3YQ66SQcvore7xiTYXWGQB\n/PK9srIHbG7RJ7lRzt/HaTnHbKUiJHEFx7lManWNqCPujk4hXhc+GOOrbQC73Nn+\nMD3l7BhldsZk0JnkP5Ii52Tx9TPknUFplIqm/C4Zx6e4ec/yXh0TfR9e7xI1Kn3W\nij4iu7lOVk+KjOnSWNxnaNGkkxa6KE/zWfoSNMugfJKuO7xYOLONTvhQCs7d99VP\n1JOX2pv7KUvNMhKv3qC1okbwM1A11lp6B4G2sC42X315H9wTDJYNyTmuMqoV1Jxm\ndVnFhZUUJChfFNBaBeGc8xAsnU+d4Bn+DL5l6J9SFQKBgQD3SLX4BCr+/jE8ZgUG\n/0lZsSFkyu1cu+IDprQnHEe0pEQZ3qbFxCKZWmITj3PUYBGiIb4fpvt1BisRaVRm\niy91gabpjTd4+suvokpWY9Egikbzy1yRZEFDAFJs9O6YuVgEz3NHAWk5h4Bd/Dzr\n/X7xVQcCOYGPMQiX23v7BSufPwKBgQDNxeScpP7E/2z601NhcolAqJQTkgOC6Vjq\ng6tr2wg50iSnZ2OirU4EyQ2jHSkK/YA+Kcaytagl05XC8OZ4J/qfRoQK23OWHAKc\nIACpKKj1CGOq/xmZ0ibmIyym98VN5NuPt7QoCqc0wMNf/qcAiG/Gs9OyBGo9xk+Z\nSiSGqkpUkwKBgQDrotvTlJUsGyjrtwN/YXCSCVoa48w/m8GJXSc6RZaGqilCxYoB\n1h5qJ1hh70aez1S+PI0hOEtRfik4FDia5nK49G0LDMgZflLt8CYKIF+9NEbcNaLl\n4LTXlcz1ioh5+9PF8bCVruCIM3i9FokvD4YRjcZ59jZhLoZTvpBr6MdinQJ/IpAa\n1jTgljZRF9BnMPcMFtA6Dw93h4Wqabm0EWm49/1UKsoy8iAp+qPKpps/SZlK8SYT\nOfFJTRE9FoFgNM6CSj6N70TtJUmPJqo5cjBiMMY394Dhy/SAlCdUWLdFbNAEER/K\nIu+nJjU6m+UqJ+zC2Z1a8YvMTJQCyrypZfU0hwKBgQDn/0RqivFQtcr+92aI3YN2\nluogZIBJFCzOSwfd575KSgpsHSF/+Vep5uY+DwkXAFnkmZgoaZqe8sNtzHR7cDXx\nva2oJ6HXAvS+He+VoJdIBVV75Q7po4SOuhP3LXG+Kz+oIqcEuQSoKulzjQyOxRw5\nvRpu/gly4+Ge1OfCk+t8AQ==\n-----END PRIVATE KEY-----";
const BP_OTHER_KEY: &str = "-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQCQSnlAXdNSEAhR\ncKokqcxC969RQmYme+Sidhh5/D9d//bdTNPxI+D64MwWR7zI7Dw1bdG3i/gBNcoz\nAFhl/Jui2+v/rUKMlCAPedzFd2SHyuPe76Ib0+t4PcC2u8hExZJstPZrCkPdYwWl\nxsKzEfgW4S63RRW0kb0GpJ0Ie1oUNATnjClyiZmsCWOwm699u7j68wkaBANNrgPI\nP8YvAd3JewIuot7re2mQc/Q74IpNVtqz38MdEUJACxDSPHbIzOnlmPBy1tCyQNBw\nulc7zxEfgPILQn5Sjmz9UVsaUwgR+0+narbmLJ7dljTpiSs2oP09fiojiKw2vLlB\nTwz5irCvAgMBAAECggEADFo70B1YKnXR6HrvLe1VXcRLf3biPNgtZhUbGlJUcG0p\nyp85o7KxH3kgL6YbjM3gh6hrpD140U20DjKw3qZGAqa2KPDBujwyFHEXy9XhRtjB\nMkQsihpV1bjfpyUjS3PoiaLiV56M2caQ5LTD1UWsCfVkJO9moMs7NfbgtKmut/zt\nHqdAMfWQ4Yqm4jihzXcMIaNVC2tNbH9mF6IExjFLewQpZ4fXE3SeqQd/9rFya5Tp\nUHkqAECGwL05DHwZD41ssRqUmpv3TOp2Cw1JkHUVY89+fHLPaISyLQlQIkGr5SNY\nNaB4oRcX5vYuiYGLFM1HE2gu2FuK4A0dBXVDSXK+QQKBgQDJnwUig7XgpTYFleM/\nnEJq7LqzBa+OC3CMBVl6KAX5LjCecnx4DmcUGf5EqvkdvslrOzUXQqJxmvSWQm/6\nDPWF3QrUENJtXyG64sXpZoE9ebgOH6GvlxGSLDxY6aLdWjd/w/dZu5s6d1z/RAyF\nVBLsAcZ2JRtl3HbwRVwsWIZEwQKBgQC3NRKcvsp3qJnPc7Idyk0hw6/ruu1pp8Wq\nXLWAVLtvPD1MOjYGWGerX/Uat1+Dgb0Nwz9x6JlumXQeXADjx4Xi/ntHj9M//Znr\nKjH/7N1QMjCLlfgxb2WkyB3Ud473DU7N2/tqyJ2e++1xby9fKuIHnrhabDzOdXfE\nn5VN9/YhbwKBgHq3aDeutPfLdssFhPCFmkNcXPJzpnutaM5Av0pDrAcTXxJBmpK0\nKXcprwJ6ke/R3OSAf/rtWtQMvYvrWh523sWgWWPj7UAWpAAM4OsDsewJ9sXZ6N5n\n85DljcGMSs2xiJAiZZ3fO0bludvAvmI0XuP43KOySC/CdT4e6VAwfWDBAoGBAI8h\nnp3pDQM5LJl/mRtfDq2fVZSEYLEXyv0TGxXcnOcFmBoyrDx+2tdvy20I8E0skgfr\nj2itwRlAOBDz7hoGqloyWRwKiI9I0PSB7bg1VJ4v5+9VxibREgcP9QYmNgJbWkLI\nZ38ApuwrhFEH/WmLdjVf0kWKpGLkMSLjTmEwpRFvAoGBALoAo+qnqt9uZLgxH+ed\nvF5zyL1WHikhFkeWg4xwQUETXJRa37vQYKiSl0XVTMVBp/+ey2qpIkiseCSoV2gq\nJOoTfo6awNw6jqCFa24GleZ+eRndKQNrBXkHn7Bcv+lOb2oMYJkvCqI0uiN0XQkj\nJG6kl3z9TavPM00xoFjeqATT\n-----END PRIVATE KEY-----";
const BP_TS: &str = "1700000000123";
const BP_NONCE: &str = "Z1x2C3v4B5n6M7a8S9d0F1g2H3j4K5l6";
const BP_BODY: &str = r#"{"bizType":"PAY","data":"{\"merchantTradeNo\":\"BODYMARKER77\",\"totalFee\":0.88000000,\"currency\":\"USDT\"}","bizId":29383937493038367292,"bizIdStr":"29383937493038367292","bizStatus":"PAY_SUCCESS"}"#;

fn bp_private(pem: &str) -> rsa::RsaPrivateKey {
    use rsa::pkcs8::DecodePrivateKey as _;
    rsa::RsaPrivateKey::from_pkcs8_pem(pem).expect("test key")
}

fn bp_sign(pem: &str, ts: &str, nonce: &str, body: &[u8]) -> String {
    use base64::Engine as _;
    use rsa::signature::{SignatureEncoding as _, Signer as _};
    let key = rsa::pkcs1v15::SigningKey::<Sha256>::new(bp_private(pem));
    let payload = [ts.as_bytes(), b"\n", nonce.as_bytes(), b"\n", body, b"\n"].concat();
    base64::engine::general_purpose::STANDARD.encode(key.sign(&payload).to_vec())
}

fn bp_public_pem() -> String {
    use rsa::pkcs8::{EncodePublicKey as _, LineEnding};
    bp_private(BP_KEY)
        .to_public_key()
        .to_public_key_pem(LineEnding::LF)
        .expect("encodes")
}

fn bp_verifier() -> binance_pay::NotificationWebhook {
    binance_pay::NotificationWebhook::new(binance_pay::NotificationWebhookCredentials {
        public_key: rt::SecretString::from(bp_public_pem()),
    })
    .expect("verifier")
}

fn bp_verify(sig: &str, body: &str) -> Result<binance_pay::Notification, rt::VerifyError> {
    bp_verifier().verify(
        &[
            ("BinancePay-Timestamp", BP_TS),
            ("BinancePay-Nonce", BP_NONCE),
            ("BinancePay-Signature", sig),
        ],
        body.as_bytes(),
        UNIX_EPOCH,
    )
}

#[test]
fn binance_pay_notification_verifies_with_the_public_key_and_decodes() {
    let sig = bp_sign(BP_KEY, BP_TS, BP_NONCE, BP_BODY.as_bytes());
    let n = bp_verify(&sig, BP_BODY).expect("verifies");
    assert_eq!(n.biz_type, "PAY");
    assert_eq!(n.biz_status, "PAY_SUCCESS");
    assert_eq!(n.biz_id_str.as_deref(), Some("29383937493038367292"));
    // Wider than 64 bits: kept as the JSON number it arrived as.
    assert_eq!(n.biz_id.to_string(), "29383937493038367292");
    assert_eq!(
        n.data,
        r#"{"merchantTradeNo":"BODYMARKER77","totalFee":0.88000000,"currency":"USDT"}"#
    );
    // Header names are matched ignoring case, as Binance Pay's own PHP sample reads them.
    let mut map = HeaderMap::new();
    map.insert("binancepay-timestamp", HeaderValue::from_static(BP_TS));
    map.insert("binancepay-nonce", HeaderValue::from_static(BP_NONCE));
    map.insert("binancepay-signature", HeaderValue::from_str(&sig).unwrap());
    assert!(
        bp_verifier()
            .verify(&map, BP_BODY.as_bytes(), UNIX_EPOCH)
            .is_ok()
    );
}

#[test]
fn binance_pay_refuses_a_changed_byte_a_changed_header_and_another_key() {
    let sig = bp_sign(BP_KEY, BP_TS, BP_NONCE, BP_BODY.as_bytes());
    let one_byte = BP_BODY.replacen("0.88", "0.89", 1);
    assert_eq!(one_byte.len(), BP_BODY.len());
    assert_eq!(
        bp_verify(&sig, &one_byte).unwrap_err(),
        rt::VerifyError::BadSignature
    );
    let other_nonce = bp_verifier().verify(
        &[
            ("BinancePay-Timestamp", BP_TS),
            ("BinancePay-Nonce", "Z1x2C3v4B5n6M7a8S9d0F1g2H3j4K5l7"),
            ("BinancePay-Signature", sig.as_str()),
        ],
        BP_BODY.as_bytes(),
        UNIX_EPOCH,
    );
    assert_eq!(other_nonce.unwrap_err(), rt::VerifyError::BadSignature);
    let by_other_key = bp_sign(BP_OTHER_KEY, BP_TS, BP_NONCE, BP_BODY.as_bytes());
    assert_eq!(
        bp_verify(&by_other_key, BP_BODY).unwrap_err(),
        rt::VerifyError::BadSignature
    );
    assert_eq!(
        bp_verify("%%%", BP_BODY).unwrap_err().to_string(),
        "webhook is malformed: header `BinancePay-Signature` is not valid base64"
    );
    assert_eq!(
        bp_verify("c2hvcnQ=", BP_BODY).unwrap_err().to_string(),
        "webhook is malformed: signature is 5 bytes; the key's RSA signatures are 256 bytes"
    );
    assert_eq!(
        bp_verifier()
            .verify(
                &[("BinancePay-Signature", sig.as_str())],
                BP_BODY.as_bytes(),
                UNIX_EPOCH
            )
            .unwrap_err(),
        rt::VerifyError::MissingHeader("BinancePay-Timestamp")
    );
}

#[test]
fn binance_pay_errors_show_no_signature_key_or_body() {
    let sig = bp_sign(BP_KEY, BP_TS, BP_NONCE, BP_BODY.as_bytes());
    let other = bp_sign(BP_OTHER_KEY, BP_TS, BP_NONCE, BP_BODY.as_bytes());
    let tampered = BP_BODY.replacen("0.88", "0.89", 1);
    let wrong_shape = r#"{"bizType":"PAY","bizStatus":7,"data":"BODYMARKER"}"#;
    let wrong_shape_sig = bp_sign(BP_KEY, BP_TS, BP_NONCE, wrong_shape.as_bytes());
    let errors = [
        bp_verify(&sig, &tampered).unwrap_err(),
        bp_verify(&other, BP_BODY).unwrap_err(),
        bp_verify(&sig[..sig.len() - 4], BP_BODY).unwrap_err(),
        bp_verify("not*base64", BP_BODY).unwrap_err(),
        bp_verify(&wrong_shape_sig, wrong_shape).unwrap_err(),
    ];
    assert!(
        matches!(errors[4], rt::VerifyError::Payload(_)),
        "{:?}",
        errors[4]
    );
    let public_body: String = bp_public_pem()
        .lines()
        .filter(|l| !l.starts_with("-----"))
        .collect();
    for err in &errors {
        let shown = format!("{err:?} {err}");
        for hidden in [sig.as_str(), other.as_str(), &sig[..40], "BODYMARKER"] {
            assert!(!shown.contains(hidden), "{shown:?} shows {hidden:?}");
        }
        assert!(
            !shown.contains(&public_body[64..128]),
            "{shown:?} shows the key"
        );
    }
    let shown = format!("{:?}", bp_verifier());
    assert!(!shown.contains(&public_body[64..128]), "{shown}");
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
