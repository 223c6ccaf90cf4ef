//! Any response (status, `Retry-After`, body) decodes to a value only when the status is 2xx,
//! and every error reads as one non-empty line. Input layout: status (2 bytes, big-endian),
//! envelope (1 byte), `Retry-After` length (1 byte, 255 = absent), that many bytes, the body.

#![no_main]

use std::collections::BTreeMap;

use libfuzzer_sys::fuzz_target;
use serde::Deserialize;
use serde_json::Value as Json;
use venue_runtime::{Decimal, Envelope, Error, decode};

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

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Balance {
    currency: String,
    balance: Decimal,
    hold: Option<Decimal>,
    tags: Vec<String>,
}

fn check<T: std::fmt::Debug>(status: u16, got: Result<T, Error>) {
    match got {
        Ok(v) => assert!((200..300).contains(&status), "Ok({v:?}) for HTTP {status}"),
        Err(e) => {
            let text = e.to_string();
            assert!(!text.trim().is_empty(), "{e:?}");
            assert!(
                !text.contains([
                    '\n', '\r', '\u{b}', '\u{c}', '\u{85}', '\u{2028}', '\u{2029}'
                ]),
                "{text:?} is not one line"
            );
            if status == 429 {
                assert!(matches!(e, Error::RateLimited { .. }), "{e:?}");
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let [s0, s1, env, n, rest @ ..] = data else {
        return;
    };
    let status = u16::from_be_bytes([*s0, *s1]);
    let envelope = &ENVELOPES[usize::from(*env) % ENVELOPES.len()];
    let (retry, body) = match usize::from(*n) {
        255 => (None, rest),
        n if n <= rest.len() => (Some(String::from_utf8_lossy(&rest[..n])), &rest[n..]),
        _ => return,
    };
    let retry = retry.as_deref();
    check(status, decode::<Json>(status, retry, body, envelope));
    check(status, decode::<Balance>(status, retry, body, envelope));
    check(
        status,
        decode::<Vec<Balance>>(status, retry, body, envelope),
    );
    check(
        status,
        decode::<BTreeMap<String, Decimal>>(status, retry, body, envelope),
    );
    check(
        status,
        decode::<Option<Decimal>>(status, retry, body, envelope),
    );
    check(status, decode::<()>(status, retry, body, envelope));

    // Any text `Decimal` accepts comes back out unchanged.
    if let Ok(text) = std::str::from_utf8(body)
        && let Ok(d) = text.parse::<Decimal>()
    {
        assert_eq!(d.as_str(), text);
        assert_eq!(
            serde_json::to_string(&d).unwrap(),
            serde_json::to_string(text).unwrap()
        );
    }
});
