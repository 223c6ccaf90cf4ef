//! Parameter values as generated code hands them to a `Draft`, and the exact-text `Decimal`.

use std::fmt;
use std::str::FromStr;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::Error;
use crate::crypto::url_encode;

/// A decimal kept as its exact text, so prices and sizes are sent exactly as given.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Decimal(String);

const DECIMAL_EXPECTED: &str =
    "a decimal like `-12.34` (optional `-`, digits, optional `.digits`, no exponent)";

impl Decimal {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn is_decimal(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (int, frac) = match digits.split_once('.') {
        Some((int, frac)) => (int, Some(frac)),
        None => (digits, None),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    all_digits(int) && frac.is_none_or(all_digits)
}

fn decimal_error(text: &str) -> String {
    // Quote only a bounded prefix: the input may be an arbitrarily long response field.
    let shown: String = text.chars().take(40).collect();
    let more = if shown.len() < text.len() { "…" } else { "" };
    format!("expected {DECIMAL_EXPECTED}, got `{shown}{more}`")
}

impl FromStr for Decimal {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        if is_decimal(text) {
            Ok(Decimal(text.to_owned()))
        } else {
            Err(Error::InvalidParam {
                name: String::new(),
                message: decimal_error(text),
            })
        }
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(DecimalVisitor)
    }
}

struct DecimalVisitor;

impl Visitor<'_> for DecimalVisitor {
    type Value = Decimal;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{DECIMAL_EXPECTED} as a JSON string or number")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Decimal, E> {
        if is_decimal(text) {
            Ok(Decimal(text.to_owned()))
        } else {
            Err(E::custom(decimal_error(text)))
        }
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        Ok(Decimal(v.to_string()))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        Ok(Decimal(v.to_string()))
    }

    // serde_json (without `arbitrary_precision`) has already parsed the number to f64, so the
    // source text is gone; Rust's shortest round-trip formatting never uses an exponent and
    // reproduces every decimal of up to 15 significant digits (only trailing zeros are lost).
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        let text = v.to_string();
        if v.is_finite() && is_decimal(&text) {
            Ok(Decimal(text))
        } else {
            Err(E::custom(decimal_error(&text)))
        }
    }
}

/// One parameter value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Str(String),
    Int(i64),
    UInt(u64),
    Bool(bool),
    /// Raw JSON number text, written unquoted into JSON bodies (e.g. a decimal sent as a number).
    Number(String),
    Json(serde_json::Value),
}

impl Value {
    /// The text sent in a query string, form body or header.
    pub(crate) fn text(&self) -> String {
        match self {
            Value::Str(s) | Value::Number(s) => s.clone(),
            Value::Int(n) => n.to_string(),
            Value::UInt(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Json(serde_json::Value::String(s)) => s.clone(),
            Value::Json(v) => v.to_string(),
        }
    }

    /// Appends this value as compact JSON.
    pub(crate) fn write_json(&self, out: &mut String) {
        match self {
            Value::Str(s) => out.push_str(&serde_json::Value::from(s.as_str()).to_string()),
            Value::Number(s) => out.push_str(s),
            Value::Int(n) => out.push_str(&n.to_string()),
            Value::UInt(n) => out.push_str(&n.to_string()),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Json(v) => out.push_str(&v.to_string()),
        }
    }
}

/// Converts a parameter to a `Value`; `None` means the parameter is absent and is skipped.
pub trait ToValue {
    fn to_value(&self) -> Option<Value>;
}

impl ToValue for str {
    fn to_value(&self) -> Option<Value> {
        Some(Value::Str(self.to_owned()))
    }
}

impl ToValue for String {
    fn to_value(&self) -> Option<Value> {
        Some(Value::Str(self.clone()))
    }
}

impl ToValue for i64 {
    fn to_value(&self) -> Option<Value> {
        Some(Value::Int(*self))
    }
}

impl ToValue for i32 {
    fn to_value(&self) -> Option<Value> {
        Some(Value::Int(i64::from(*self)))
    }
}

impl ToValue for u64 {
    fn to_value(&self) -> Option<Value> {
        Some(Value::UInt(*self))
    }
}

impl ToValue for u32 {
    fn to_value(&self) -> Option<Value> {
        Some(Value::UInt(u64::from(*self)))
    }
}

impl ToValue for bool {
    fn to_value(&self) -> Option<Value> {
        Some(Value::Bool(*self))
    }
}

/// Sent as a string (`"0.1"`); wrap in `AsNumber` to send an unquoted JSON number.
impl ToValue for Decimal {
    fn to_value(&self) -> Option<Value> {
        Some(Value::Str(self.0.clone()))
    }
}

/// A list parameter is sent as a JSON array (lists only go in JSON bodies).
impl<T: serde::Serialize> ToValue for Vec<T> {
    fn to_value(&self) -> Option<Value> {
        serde_json::to_value(self).ok().map(Value::Json)
    }
}

impl ToValue for serde_json::Value {
    fn to_value(&self) -> Option<Value> {
        Some(Value::Json(self.clone()))
    }
}

impl ToValue for Value {
    fn to_value(&self) -> Option<Value> {
        Some(self.clone())
    }
}

impl<T: ToValue + ?Sized> ToValue for &T {
    fn to_value(&self) -> Option<Value> {
        (**self).to_value()
    }
}

impl<T: ToValue> ToValue for Option<T> {
    fn to_value(&self) -> Option<Value> {
        self.as_ref().and_then(ToValue::to_value)
    }
}

/// A `Decimal` written as a raw JSON number (`0.1`, not `"0.1"`).
#[derive(Clone, Copy, Debug)]
pub struct AsNumber<'a>(pub &'a Decimal);

impl ToValue for AsNumber<'_> {
    fn to_value(&self) -> Option<Value> {
        Some(Value::Number(self.0.0.clone()))
    }
}

/// Stands in for a path parameter that would change the path's shape; `Draft::check` rejects it.
pub(crate) const BAD_SEGMENT: char = '\u{1}';

/// Percent-encodes one path segment (RFC 3986 unreserved kept, so `/` is encoded too). An
/// empty value, `.` or `..` would send the request elsewhere (URL parsers fold dot segments,
/// even encoded), so it becomes a marker that `Draft::check` turns into an error.
pub fn path_segment(value: &dyn fmt::Display) -> String {
    let text = value.to_string();
    if matches!(text.as_str(), "" | "." | "..") {
        return BAD_SEGMENT.to_string();
    }
    url_encode(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_from_str() {
        for ok in ["0.1", "219.0", "-3", "0", "00012.50"] {
            assert_eq!(ok.parse::<Decimal>().unwrap().as_str(), ok);
        }
        for bad in [
            "1e5", "abc", "", "-", ".5", "5.", "+1", "1.2.3", " 1", "NaN", "１",
        ] {
            let err = bad.parse::<Decimal>().unwrap_err();
            assert!(err.to_string().contains("expected a decimal"), "{err}");
        }
    }

    #[test]
    fn decimal_deserialize_from_string_or_number() {
        let d: Decimal = serde_json::from_str("\"0.1\"").unwrap();
        assert_eq!(d.as_str(), "0.1");
        let d: Decimal = serde_json::from_str("0.1").unwrap();
        assert_eq!(d.to_string(), "0.1");
        // The number's value is kept; its trailing zero is not (see visit_f64).
        let d: Decimal = serde_json::from_str("219.0").unwrap();
        assert_eq!(d.as_str(), "219");
        let d: Decimal = serde_json::from_str("-42").unwrap();
        assert_eq!(d.as_str(), "-42");
        let d: Decimal = serde_json::from_str("18446744073709551615").unwrap();
        assert_eq!(d.as_str(), "18446744073709551615");
        let d: Decimal = serde_json::from_str("1e5").unwrap();
        assert_eq!(d.as_str(), "100000");

        let err = serde_json::from_str::<Decimal>("\"1e5\"").unwrap_err();
        assert!(err.to_string().contains("expected a decimal"), "{err}");
        let err = serde_json::from_str::<Decimal>("\"abc\"").unwrap_err();
        assert!(err.to_string().contains("got `abc`"), "{err}");
        let err = serde_json::from_str::<Decimal>("true").unwrap_err();
        assert!(err.to_string().contains("expected a decimal"), "{err}");
    }

    #[test]
    fn decimal_serializes_as_string() {
        let d: Decimal = "0.10".parse().unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"0.10\"");
    }

    #[test]
    fn to_value_impls() {
        let d: Decimal = "1.50".parse().unwrap();
        assert_eq!("x".to_value(), Some(Value::Str("x".into())));
        assert_eq!(String::from("y").to_value(), Some(Value::Str("y".into())));
        assert_eq!((-5i32).to_value(), Some(Value::Int(-5)));
        assert_eq!(5u32.to_value(), Some(Value::UInt(5)));
        assert_eq!(true.to_value(), Some(Value::Bool(true)));
        assert_eq!(d.to_value(), Some(Value::Str("1.50".into())));
        assert_eq!(AsNumber(&d).to_value(), Some(Value::Number("1.50".into())));
        assert_eq!(
            Some(AsNumber(&d)).to_value(),
            Some(Value::Number("1.50".into()))
        );
        assert_eq!(None::<AsNumber>.to_value(), None);
        assert_eq!(None::<u64>.to_value(), None);
        assert_eq!((&&7i64).to_value(), Some(Value::Int(7)));
        assert_eq!(
            serde_json::json!({"a": 1}).to_value(),
            Some(Value::Json(serde_json::json!({"a": 1})))
        );
    }

    #[test]
    fn value_text_and_json() {
        let cases = [
            (Value::Str("a\"b".into()), "a\"b", "\"a\\\"b\""),
            (Value::Number("0.10".into()), "0.10", "0.10"),
            (Value::Int(-1), "-1", "-1"),
            (Value::UInt(2), "2", "2"),
            (Value::Bool(false), "false", "false"),
            (Value::Json(serde_json::json!("s")), "s", "\"s\""),
            (
                Value::Json(serde_json::json!([1, "x"])),
                "[1,\"x\"]",
                "[1,\"x\"]",
            ),
        ];
        for (value, text, json) in cases {
            assert_eq!(value.text(), text);
            let mut out = String::new();
            value.write_json(&mut out);
            assert_eq!(out, json);
        }
    }

    #[test]
    fn path_segments_are_escaped() {
        assert_eq!(path_segment(&"BTC/USDT"), "BTC%2FUSDT");
        assert_eq!(path_segment(&"a b~"), "a%20b~");
        assert_eq!(path_segment(&42u64), "42");
    }
}
