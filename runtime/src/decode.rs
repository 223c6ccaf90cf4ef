//! Turning a response (status, `Retry-After`, body) into a typed value or a precise `Error`.

use std::time::{Duration, SystemTime};

use serde::de::DeserializeOwned;
use serde_json::Value as Json;

use crate::Error;

/// Where a venue puts its payload and its error code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Envelope {
    /// Field holding the payload (dots descend: `"result.list"`); `None` = whole body.
    pub data: Option<&'static str>,
    /// Field holding the venue's status code.
    pub code: Option<&'static str>,
    /// Code texts that mean success.
    pub success: &'static [&'static str],
    /// Field holding the error message.
    pub message: Option<&'static str>,
    /// JSON-RPC 2.0: `error` object or `result`.
    pub jsonrpc: bool,
}

impl Envelope {
    pub const BARE: Envelope = Envelope {
        data: None,
        code: None,
        success: &[],
        message: None,
        jsonrpc: false,
    };
}

const SNIPPET_MAX: usize = 256;
// Read on error bodies when the envelope names no field, covering the common spellings.
const CODE_KEYS: &[&str] = &["code", "error_code", "errorCode", "err_code"];
const MESSAGE_KEYS: &[&str] = &[
    "msg",
    "message",
    "error_message",
    "errorMessage",
    "err_msg",
    "error_description",
    "error",
];

/// Decodes one response; see CONTRACT.md for the order of checks.
pub fn decode<T: DeserializeOwned>(
    status: u16,
    retry_after: Option<&str>,
    body: &[u8],
    envelope: &Envelope,
) -> Result<T, Error> {
    if status == 429 || status == 503 {
        let retry_after = retry_after.and_then(|v| parse_retry_after(v, SystemTime::now()));
        let (code, message) = match serde_json::from_slice::<Json>(body) {
            Ok(json) => read_error(&json, envelope).unwrap_or_default(),
            Err(_) => (String::new(), snippet(body)),
        };
        return Err(if status == 429 {
            Error::RateLimited {
                retry_after,
                code,
                message,
            }
        } else {
            Error::Unavailable {
                retry_after,
                code,
                message,
            }
        });
    }
    let ok = (200..300).contains(&status);
    // An empty body (e.g. 204) reads as `null`, so `()` and `Option<T>` decode from it.
    let json = if body.trim_ascii().is_empty() {
        Json::Null
    } else {
        match serde_json::from_slice::<Json>(body) {
            Ok(json) => json,
            Err(_) if !ok => {
                return Err(Error::Status {
                    status,
                    snippet: snippet(body),
                });
            }
            Err(e) => {
                return Err(Error::Decode {
                    path: String::new(),
                    message: e.to_string(),
                });
            }
        }
    };

    if envelope.jsonrpc
        && let Some(error) = json.get("error").filter(|e| !e.is_null())
    {
        let (code, message) =
            read_error(error, &Envelope::BARE).unwrap_or_else(|| (String::new(), text(error)));
        return Err(Error::Venue {
            status,
            code,
            message,
        });
    }

    if let Some(key) = envelope.code
        && let Some(code) = json.get(key).filter(|c| !c.is_null())
    {
        let code = text(code);
        if !envelope.success.contains(&code.as_str()) {
            let message = read_error(&json, envelope)
                .map(|(_, message)| message)
                .unwrap_or_default();
            return Err(Error::Venue {
                status,
                code,
                message,
            });
        }
    }

    if !ok {
        return Err(match read_error(&json, envelope) {
            Some((code, message)) => Error::Venue {
                status,
                code,
                message,
            },
            None => Error::Status {
                status,
                snippet: snippet(body),
            },
        });
    }

    let mut target = json;
    let mut prefix = String::new();
    let keys = envelope
        .jsonrpc
        .then_some("result")
        .into_iter()
        .chain(envelope.data.into_iter().flat_map(|d| d.split('.')));
    for key in keys {
        // A missing field reads as null, so an `Option` payload decodes to `None`.
        target = match target {
            Json::Object(mut map) => map.remove(key).unwrap_or(Json::Null),
            _ => Json::Null,
        };
        if !prefix.is_empty() {
            prefix.push('.');
        }
        prefix.push_str(key);
    }
    serde_path_to_error::deserialize(target).map_err(|e| {
        let inner = e.path().to_string();
        let path = match (prefix.is_empty(), inner.as_str()) {
            (_, ".") => prefix,
            (true, _) => inner,
            (false, _) if inner.starts_with('[') => format!("{prefix}{inner}"),
            (false, _) => format!("{prefix}.{inner}"),
        };
        Error::Decode {
            path,
            message: e.into_inner().to_string(),
        }
    })
}

/// `Retry-After` as seconds (integer or fractional) or an HTTP date (RFC 9110: IMF-fixdate,
/// RFC 850 or asctime); a date in the past means "now" (zero).
pub(crate) fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    if let Ok(secs) = value.parse::<f64>() {
        return Duration::try_from_secs_f64(secs).ok();
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// Code and message from an error body: the envelope's fields first, then common spellings,
/// then a nested `error` object. `None` when neither can be found.
fn read_error(json: &Json, envelope: &Envelope) -> Option<(String, String)> {
    let object = match json {
        Json::String(message) if !message.is_empty() => {
            return Some((String::new(), message.clone()));
        }
        Json::Object(object) => object,
        _ => return None,
    };
    let present = |v: &&Json| match v {
        Json::Null | Json::Object(_) => false,
        Json::String(s) => !s.is_empty(),
        Json::Array(a) => !a.is_empty(),
        _ => true,
    };
    let find = |configured: Option<&'static str>, common: &[&str]| {
        configured
            .into_iter()
            .chain(common.iter().copied())
            .find_map(|key| object.get(key).filter(present))
            .map(text)
    };
    let code = find(envelope.code, CODE_KEYS);
    let message = find(envelope.message, MESSAGE_KEYS);
    if code.is_none() && message.is_none() {
        return object
            .get("error")
            .filter(|e| e.is_object())
            .and_then(|e| read_error(e, &Envelope::BARE));
    }
    Some((code.unwrap_or_default(), message.unwrap_or_default()))
}

/// Strings as themselves, everything else as compact JSON (`400`, `true`, `["EAPI:x"]`).
fn text(value: &Json) -> String {
    match value {
        Json::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// At most `SNIPPET_MAX` bytes of the body, cut on a char boundary, `…` when cut.
fn snippet(body: &[u8]) -> String {
    // Lossy decoding only grows the text, so a few spare bytes suffice to know whether it was cut.
    let head = &body[..body.len().min(SNIPPET_MAX + 4)];
    let text = String::from_utf8_lossy(head);
    if text.len() <= SNIPPET_MAX && head.len() == body.len() {
        return text.into_owned();
    }
    let mut cut = SNIPPET_MAX.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}…", &text[..cut])
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    const CODED: Envelope = Envelope {
        data: Some("data"),
        code: Some("code"),
        success: &["200000"],
        message: Some("msg"),
        jsonrpc: false,
    };
    const RPC: Envelope = Envelope {
        jsonrpc: true,
        ..Envelope::BARE
    };

    #[derive(Debug, Deserialize, PartialEq)]
    struct Balance {
        currency: String,
        balance: crate::Decimal,
    }

    #[test]
    fn envelope_error_code_is_venue_error() {
        let body = br#"{"code":"400005","msg":"Invalid KC-API-SIGN"}"#;
        for status in [200, 401] {
            let err = decode::<Json>(status, None, body, &CODED).unwrap_err();
            match err {
                Error::Venue {
                    status: s,
                    code,
                    message,
                } => {
                    assert_eq!(
                        (s, code.as_str(), message.as_str()),
                        (status, "400005", "Invalid KC-API-SIGN")
                    );
                }
                other => panic!("{other:?}"),
            }
        }
    }

    #[test]
    fn envelope_success_decodes_data() {
        let body = br#"{"code":"200000","data":[{"currency":"BTC","balance":"0.1"}]}"#;
        let got: Vec<Balance> = decode(200, None, body, &CODED).unwrap();
        assert_eq!(
            got,
            [Balance {
                currency: "BTC".into(),
                balance: "0.1".parse().unwrap()
            }]
        );
    }

    #[test]
    fn numeric_and_bool_codes_compare_as_text() {
        let env = Envelope {
            code: Some("retCode"),
            success: &["0"],
            message: Some("retMsg"),
            data: Some("result"),
            jsonrpc: false,
        };
        let ok: Json = decode(200, None, br#"{"retCode":0,"result":{"a":1}}"#, &env).unwrap();
        assert_eq!(ok, serde_json::json!({"a": 1}));
        let err = decode::<Json>(200, None, br#"{"retCode":10004,"retMsg":"bad sign"}"#, &env)
            .unwrap_err();
        assert!(
            matches!(err, Error::Venue { ref code, ref message, .. } if code == "10004" && message == "bad sign")
        );
    }

    #[test]
    fn jsonrpc_error_and_result() {
        let body =
            br#"{"jsonrpc":"2.0","error":{"code":-32602,"message":"Invalid params"},"id":7}"#;
        let err = decode::<Json>(200, None, body, &RPC).unwrap_err();
        assert!(
            matches!(err, Error::Venue { status: 200, ref code, ref message } if code == "-32602" && message == "Invalid params"),
            "{err:?}"
        );
        let body = br#"{"jsonrpc":"2.0","result":{"balance":5},"id":7}"#;
        let got: Json = decode(200, None, body, &RPC).unwrap();
        assert_eq!(got, serde_json::json!({"balance": 5}));
    }

    #[test]
    fn html_error_page_is_status_with_bounded_snippet() {
        let mut body = b"<html><head><title>502 Bad Gateway</title></head>\n<body>".to_vec();
        body.extend(std::iter::repeat_n("é".as_bytes(), 300).flatten());
        let err = decode::<Json>(502, None, &body, &CODED).unwrap_err();
        let Error::Status { status, snippet } = &err else {
            panic!("{err:?}")
        };
        assert_eq!(*status, 502);
        assert!(snippet.starts_with("<html><head><title>502 Bad Gateway"));
        assert!(snippet.ends_with('…'));
        assert!(snippet.len() - '…'.len_utf8() <= SNIPPET_MAX);
        assert!(!err.to_string().contains('\n'));

        let err = decode::<Json>(503, None, b"upstream down", &Envelope::BARE).unwrap_err();
        assert!(
            matches!(err, Error::Unavailable { retry_after: None, ref code, ref message } if code.is_empty() && message == "upstream down"),
            "{err:?}"
        );
    }

    #[test]
    fn truncated_json_on_success_is_decode_error() {
        let err = decode::<Json>(200, None, br#"{"code":"2000"#, &CODED).unwrap_err();
        assert!(
            matches!(err, Error::Decode { ref path, .. } if path.is_empty()),
            "{err:?}"
        );
    }

    #[test]
    fn too_many_requests_is_rate_limited() {
        let limited = |retry_after: Option<&str>, body: &[u8]| match decode::<Json>(
            429,
            retry_after,
            body,
            &CODED,
        ) {
            Err(Error::RateLimited {
                retry_after,
                code,
                message,
            }) => (retry_after, code, message),
            other => panic!("{other:?}"),
        };
        assert_eq!(
            limited(Some("7"), b"{}"),
            (Some(Duration::from_secs(7)), String::new(), String::new())
        );
        assert_eq!(
            limited(Some("0.5"), b"").0,
            Some(Duration::from_millis(500))
        );
        // A date long past means "retry now".
        assert_eq!(
            limited(Some("Wed, 21 Oct 2015 07:28:00 GMT"), b"").0,
            Some(Duration::ZERO)
        );
        assert_eq!(limited(Some("soon"), b"").0, None);
        // The venue's own code and message are kept.
        let body = br#"{"code":"429000","msg":"Too many requests in a short period of time"}"#;
        assert_eq!(
            limited(None, body),
            (
                None,
                "429000".to_owned(),
                "Too many requests in a short period of time".to_owned()
            )
        );
    }

    #[test]
    fn retry_after_http_date_counts_from_now() {
        let now = httpdate::parse_http_date("Wed, 21 Oct 2015 07:28:00 GMT").unwrap();
        for date in [
            "Wed, 21 Oct 2015 07:28:30 GMT",
            "Wednesday, 21-Oct-15 07:28:30 GMT",
            "Wed Oct 21 07:28:30 2015",
        ] {
            assert_eq!(
                parse_retry_after(date, now),
                Some(Duration::from_secs(30)),
                "{date}"
            );
        }
        assert_eq!(
            parse_retry_after("120", now),
            Some(Duration::from_secs(120))
        );
        assert_eq!(parse_retry_after("-1", now), None);
    }

    #[test]
    fn service_unavailable_keeps_retry_after_and_venue_message() {
        let body = br#"{"code":"503001","msg":"system busy"}"#;
        let err = decode::<Json>(503, Some("2"), body, &CODED).unwrap_err();
        assert!(
            matches!(&err, Error::Unavailable { retry_after: Some(d), code, message }
                if *d == Duration::from_secs(2) && code == "503001" && message == "system busy"),
            "{err:?}"
        );
    }

    #[test]
    fn wrong_field_type_names_the_path() {
        let body = br#"{"code":"200000","data":[{"currency":"BTC","balance":true}]}"#;
        let err = decode::<Vec<Balance>>(200, None, body, &CODED).unwrap_err();
        match err {
            Error::Decode { path, message } => {
                assert_eq!(path, "data[0].balance");
                assert!(message.contains("expected a decimal"), "{message}");
            }
            other => panic!("{other:?}"),
        }
        let err =
            decode::<Vec<Balance>>(200, None, br#"[{"currency":1}]"#, &Envelope::BARE).unwrap_err();
        assert!(
            matches!(err, Error::Decode { ref path, .. } if path == "[0].currency"),
            "{err:?}"
        );
        let err = decode::<Vec<Balance>>(200, None, br#"{"code":"200000","data":{}}"#, &CODED)
            .unwrap_err();
        assert!(
            matches!(err, Error::Decode { ref path, .. } if path == "data"),
            "{err:?}"
        );
    }

    #[test]
    fn non_2xx_without_envelope() {
        let err = decode::<Json>(
            400,
            None,
            br#"{"code":-1021,"msg":"Timestamp outside recvWindow"}"#,
            &Envelope::BARE,
        )
        .unwrap_err();
        assert!(matches!(err, Error::Venue { status: 400, ref code, .. } if code == "-1021"));
        let err = decode::<Json>(
            401,
            None,
            br#"{"error":{"code":"EAUTH","message":"nope"}}"#,
            &Envelope::BARE,
        )
        .unwrap_err();
        assert!(
            matches!(err, Error::Venue { ref code, ref message, .. } if code == "EAUTH" && message == "nope")
        );
        let err = decode::<Json>(500, None, br#"{"unexpected":1}"#, &Envelope::BARE).unwrap_err();
        assert!(matches!(err, Error::Status { status: 500, .. }));
    }

    #[test]
    fn empty_success_body_is_null() {
        decode::<()>(204, None, b"", &Envelope::BARE).unwrap();
        let none: Option<Balance> = decode(200, None, b" ", &Envelope::BARE).unwrap();
        assert_eq!(none, None);
    }
}
