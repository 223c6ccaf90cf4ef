//! Secrets never show in Debug output or errors.

use venue_client::{kucoin, kunapay};
use venue_runtime as rt;

const SECRET: &str = "TOP-SECRET-VALUE-42";

#[test]
fn debug_output_hides_credentials_and_derived_values() {
    let credentials = kucoin::Credentials {
        api_key: "key-1".into(),
        secret: SECRET.into(),
        passphrase: "PASSPHRASE-VALUE-7".into(),
    };
    let signer = kucoin::Signer::new(credentials.clone()).unwrap();
    let client = kucoin::Client::new(credentials.clone()).unwrap();
    let base = rt::BaseUrl::parse(kucoin::PRODUCTION_URL).unwrap();
    let stamp = rt::Stamp {
        now_ms: 1,
        nonce: 1,
        random: 0,
    };
    let draft = kucoin::ListAccountsParams::default();
    let request = signer
        .sign(
            kucoin::Scheme::Signed,
            &draft,
            &base,
            &stamp,
            &mut rt::Trace::off(),
        )
        .unwrap();
    for text in [
        format!("{credentials:?}"),
        format!("{signer:?}"),
        format!("{:?}", client.signer()),
        format!("{request:?}"),
    ] {
        assert!(!text.contains(SECRET), "{text}");
        assert!(!text.contains("PASSPHRASE-VALUE-7"), "{text}");
        // The HMAC-signed passphrase is derived from the secret; it is only in the header.
        assert!(
            !text.contains(request.header("KC-API-PASSPHRASE").unwrap()),
            "{text}"
        );
    }
}

#[test]
fn errors_name_the_credential_not_its_value() {
    let err =
        kucoin::Credentials::from_json(&rt::serde_json::json!({"api_key": "k", "secret": SECRET}))
            .unwrap_err();
    assert_eq!(err.to_string(), "credential `passphrase`: is missing");
    let err = kucoin::Credentials::from_json(&rt::serde_json::json!({"api_key": "k", "secret": SECRET, "passphrase": "p", "scret": SECRET}))
        .unwrap_err();
    assert!(
        err.to_string().contains("`scret`") && !err.to_string().contains(SECRET),
        "{err}"
    );

    // Only an API key: the signed scheme cannot sign, and the error names what is missing.
    let signer = kunapay::Signer::new(kunapay::Credentials {
        api_key: Some("k".into()),
        public_key: None,
        private_key: None,
    })
    .unwrap();
    let base = rt::BaseUrl::parse(kunapay::PRODUCTION_URL).unwrap();
    let stamp = rt::Stamp {
        now_ms: 1,
        nonce: 1,
        random: 0,
    };
    let draft = kunapay::GetBalanceParams {};
    let err = signer
        .sign(
            kunapay::Scheme::Signed,
            &draft,
            &base,
            &stamp,
            &mut rt::Trace::off(),
        )
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "credential `private_key`: is not set, and this auth scheme needs it"
    );
    assert_eq!(
        signer
            .choose(&[kunapay::Scheme::Signed, kunapay::Scheme::ApiKey])
            .unwrap(),
        kunapay::Scheme::ApiKey
    );
}

/// A path parameter of `..` would be folded by the URL parser into another resource (the
/// signature would cover one path while the request went to another): it is refused.
#[test]
fn dot_and_empty_path_parameters_are_refused() {
    let signer = kucoin::Signer::new(kucoin::Credentials {
        api_key: "k".into(),
        secret: "s".into(),
        passphrase: "p".into(),
    })
    .unwrap();
    let base = rt::BaseUrl::parse(kucoin::PRODUCTION_URL).unwrap();
    let stamp = rt::Stamp {
        now_ms: 1,
        nonce: 1,
        random: 0,
    };
    for id in ["..", ".", ""] {
        let draft = kucoin::CancelOrderParams {
            order_id: id.into(),
        };
        let err = signer
            .sign(
                kucoin::Scheme::Signed,
                &draft,
                &base,
                &stamp,
                &mut rt::Trace::off(),
            )
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid parameter at `orderId`: a path parameter cannot be empty, `.` or `..`"
        );
    }
    let draft = kucoin::CancelOrderParams {
        order_id: "a/b c".into(),
    };
    let request = signer
        .sign(
            kucoin::Scheme::Signed,
            &draft,
            &base,
            &stamp,
            &mut rt::Trace::off(),
        )
        .unwrap();
    assert_eq!(
        request.url,
        "https://api.kucoin.com/api/v1/orders/a%2Fb%20c"
    );
}
