//! Randomized properties of the response decoder and `Decimal`.

use std::collections::BTreeMap;

use proptest::prelude::*;
use proptest::sample::select;
use serde::Deserialize;
use serde_json::Value as Json;
use venue_runtime::{Decimal, Envelope, Error, decode};

/// Random seeds change per run; persisting failures would write into the source tree.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Response decoder

/// The envelope shapes the bundled specs use.
const ENVELOPES: &[Envelope] = &[
    Envelope::BARE,
    Envelope {
        data: Some("data"),
        code: Some("code"),
        success: &["200000"],
        message: Some("msg"),
        jsonrpc: false,
    },
    Envelope {
        data: Some("result.list"),
        code: Some("retCode"),
        success: &["0"],
        message: Some("retMsg"),
        jsonrpc: false,
    },
    Envelope {
        jsonrpc: true,
        ..Envelope::BARE
    },
];

/// Shaped like a generated response struct.
#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Balance {
    currency: String,
    balance: Decimal,
    hold: Option<Decimal>,
    tags: Vec<String>,
}

/// Keys the decoder looks for, plus ones that are awkward to print.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => select(vec![
            "code", "msg", "message", "data", "result", "list", "error", "retCode", "retMsg",
            "currency", "balance", "hold", "tags", "error_code", "err_msg",
        ])
        .prop_map(str::to_owned),
        1 => select(vec!["a\nb", "line\r\nbreak", "\u{2028}", "tab\there", "\u{1b}[31m", ""])
            .prop_map(str::to_owned),
        1 => any::<String>(),
    ]
}

fn json() -> impl Strategy<Value = Json> {
    json_with(prop_oneof![
        4 => any::<i64>().prop_map(Json::from),
        1 => any::<f64>().prop_map(Json::from),
    ])
}

/// JSON with `number` for its numbers.
fn json_with(number: impl Strategy<Value = Json> + 'static) -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::from),
        number,
        any::<u64>().prop_map(Json::from),
        select(vec![
            "0",
            "200000",
            "0.1",
            "-3",
            "1e5",
            "BTC",
            "bad\nsign",
            "",
            "\u{0}"
        ])
        .prop_map(Json::from),
        any::<String>().prop_map(Json::from),
    ];
    leaf.prop_recursive(4, 32, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Json::Array),
            prop::collection::vec((key(), inner), 0..5)
                .prop_map(|kv| Json::Object(kv.into_iter().collect())),
        ]
    })
}

fn body() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        4 => json().prop_map(|j| serde_json::to_vec(&j).unwrap()),
        1 => prop::collection::vec(any::<u8>(), 0..64),
        1 => (json(), any::<prop::sample::Index>()).prop_map(|(j, i)| {
            // Valid JSON cut short.
            let mut b = serde_json::to_vec(&j).unwrap();
            b.truncate(i.index(b.len() + 1));
            b
        }),
        1 => select(vec!["", " \n", "<html>\n<b>502</b>\n</html>", "null"])
            .prop_map(|s| s.as_bytes().to_vec()),
    ]
}

fn status() -> impl Strategy<Value = u16> {
    prop_oneof![
        4 => select(vec![200u16, 201, 204, 299, 300, 302, 400, 401, 404, 418, 429, 500, 502, 503]),
        1 => any::<u16>(),
    ]
}

fn retry_after() -> impl Strategy<Value = Option<String>> {
    prop::option::of(prop_oneof![
        select(vec![
            "7",
            "0.5",
            " 3 ",
            "-1",
            "NaN",
            "inf",
            "1e300",
            "Wed, 21 Oct 2015"
        ])
        .prop_map(str::to_owned),
        any::<String>(),
    ])
}

/// Ok only for 2xx; an error's text is one non-empty line.
fn check_decoded<T: std::fmt::Debug>(
    status: u16,
    got: Result<T, Error>,
) -> Result<(), TestCaseError> {
    match got {
        Ok(v) => prop_assert!((200..300).contains(&status), "Ok({v:?}) for HTTP {status}"),
        Err(e) => {
            let text = e.to_string();
            prop_assert!(!text.trim().is_empty(), "{e:?}");
            prop_assert!(
                !text.contains([
                    '\n', '\r', '\u{b}', '\u{c}', '\u{85}', '\u{2028}', '\u{2029}'
                ]),
                "{text:?} is not one line ({e:?})"
            );
            if status == 429 {
                prop_assert!(matches!(e, Error::RateLimited { .. }), "{e:?}");
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(2000))]

    #[test]
    fn decode_is_ok_only_for_2xx_and_errors_are_one_line(
        status in status(),
        retry in retry_after(),
        body in body(),
        envelope in select(ENVELOPES),
    ) {
        let retry = retry.as_deref();
        check_decoded(status, decode::<Json>(status, retry, &body, &envelope))?;
        check_decoded(status, decode::<Balance>(status, retry, &body, &envelope))?;
        check_decoded(status, decode::<Vec<Balance>>(status, retry, &body, &envelope))?;
        let map = decode::<BTreeMap<String, Decimal>>(status, retry, &body, &envelope);
        check_decoded(status, map)?;
        check_decoded(status, decode::<Option<Decimal>>(status, retry, &body, &envelope))?;
        check_decoded(status, decode::<()>(status, retry, &body, &envelope))?;
    }

    /// With no envelope, a 2xx JSON body decodes to exactly itself. Integers only: serde_json
    /// without `float_roundtrip` may read a float back one ulp off.
    #[test]
    fn bare_2xx_json_decodes_to_itself(
        status in 200u16..300,
        body in json_with(any::<i64>().prop_map(Json::from)),
    ) {
        let bytes = serde_json::to_vec(&body).unwrap();
        let got: Json = decode(status, None, &bytes, &Envelope::BARE).unwrap();
        prop_assert_eq!(got, body);
    }
}

/// Found by `decode_is_ok_only_for_2xx_and_errors_are_one_line`: a map key is part of the
/// error's path, and a key holding a line break split the message over two lines.
#[test]
fn a_line_break_in_a_map_key_stays_out_of_the_error_text() {
    let body = br#"{"a\nb":"1e5"}"#;
    let err = decode::<BTreeMap<String, Decimal>>(200, None, body, &Envelope::BARE).unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot decode response at `a b`: expected a decimal like `-12.34` (optional `-`, \
         digits, optional `.digits`, no exponent), got `1e5`"
    );
}

// ---------------------------------------------------------------------------------------------
// Decimal

fn decimal_like() -> impl Strategy<Value = String> {
    let c = prop_oneof![
        6 => select(vec!['0', '1', '5', '9', '.', '-']),
        1 => select(vec!['+', 'e', 'E', ' ', '\n', '١', '０', '_', ',']),
        1 => any::<char>(),
    ];
    prop::collection::vec(c, 0..24).prop_map(|v| v.into_iter().collect())
}

fn well_formed_decimal() -> impl Strategy<Value = String> {
    let digits = |max| prop::collection::vec(select(vec!['0', '1', '2', '5', '9']), 1..max);
    (any::<bool>(), digits(40), prop::option::of(digits(40))).prop_map(|(neg, int, frac)| {
        let mut s = if neg { "-".to_owned() } else { String::new() };
        s.extend(int);
        if let Some(frac) = frac {
            s.push('.');
            s.extend(frac);
        }
        s
    })
}

/// Whatever text `Decimal` accepts comes back out unchanged: `Display`, `as_str`, as a JSON
/// string, and through a JSON round trip.
fn check_decimal(text: &str) -> Result<bool, TestCaseError> {
    let Ok(d) = text.parse::<Decimal>() else {
        let err = text.parse::<Decimal>().unwrap_err();
        prop_assert!(matches!(err, Error::InvalidParam { .. }), "{err:?}");
        prop_assert!(!err.to_string().contains(['\n', '\r']), "{err}");
        // Rejected as text, rejected as a JSON string too.
        prop_assert!(serde_json::from_value::<Decimal>(Json::from(text)).is_err());
        return Ok(false);
    };
    prop_assert_eq!(d.to_string(), text);
    prop_assert_eq!(d.as_str(), text);
    let json = serde_json::to_string(&d).unwrap();
    prop_assert_eq!(&json, &serde_json::to_string(text).unwrap());
    let back: Decimal = serde_json::from_str(&json).unwrap();
    prop_assert_eq!(back.as_str(), text);
    Ok(true)
}

proptest! {
    #![proptest_config(config(4000))]

    #[test]
    fn accepted_decimal_text_round_trips_exactly(text in decimal_like()) {
        check_decimal(&text)?;
    }
}

proptest! {
    #![proptest_config(config(1000))]

    #[test]
    fn well_formed_decimals_are_accepted(text in well_formed_decimal()) {
        prop_assert!(check_decimal(&text)?, "{text} rejected");
    }
}
