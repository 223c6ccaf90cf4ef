//! Parameter values as they go on the wire (`Wire`), and the exact-text `Decimal`.

use std::fmt;
use std::str::FromStr;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::Error;

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

/// The key under which serde_json's `arbitrary_precision` hands a number's exact text to a
/// visitor, as a one-entry map (`rust_decimal` and serde_json's own `Number` read it the same way).
const JSON_NUMBER_KEY: &str = "$serde_json::private::Number";

/// The most zeros an exponent may add: `1e-30` is a plausible tick size, `1e999999` is an attack.
const MAX_EXPONENT: i64 = 100;

/// A JSON number's text as a `Decimal`: kept as is, or with its exponent written out (digits
/// moved, zeros added, nothing rounded).
fn json_number(text: &str) -> Result<Decimal, String> {
    if is_decimal(text) {
        return Ok(Decimal(text.to_owned()));
    }
    let error = || decimal_error(text);
    let (mantissa, exponent) = text.split_once(['e', 'E']).ok_or_else(error)?;
    if !is_decimal(mantissa) {
        return Err(error());
    }
    let exponent = exponent.strip_prefix('+').unwrap_or(exponent);
    let exponent: i64 = match exponent.parse() {
        Ok(e) if (-MAX_EXPONENT..=MAX_EXPONENT).contains(&e) => e,
        _ => {
            return Err(format!(
                "{}: the exponent is beyond ±{MAX_EXPONENT}",
                error()
            ));
        }
    };
    let (sign, unsigned) = match mantissa.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", mantissa),
    };
    let (int, frac) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let digits = format!("{int}{frac}");
    // Where the point goes, counted in digits from the left (negative: zeros before them).
    let point = int.len() as i64 + exponent;
    let (int, frac) = if point <= 0 {
        (
            String::from("0"),
            format!("{}{digits}", "0".repeat((-point) as usize)),
        )
    } else if point as usize >= digits.len() {
        (
            format!("{digits}{}", "0".repeat(point as usize - digits.len())),
            String::new(),
        )
    } else {
        let (int, frac) = digits.split_at(point as usize);
        (int.to_owned(), frac.to_owned())
    };
    // `00012e1` cannot come from JSON, but `0.5e1` gives `05`: drop the zeros the shift exposed.
    let int = match int.trim_start_matches('0') {
        "" => "0",
        trimmed => trimmed,
    };
    Ok(Decimal(if frac.is_empty() {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    }))
}

struct DecimalVisitor;

impl<'de> Visitor<'de> for DecimalVisitor {
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

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Decimal, E> {
        Ok(Decimal(v.to_string()))
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Decimal, E> {
        Ok(Decimal(v.to_string()))
    }

    /// A JSON number's exact text (serde_json with `arbitrary_precision`, which this crate
    /// turns on).
    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Decimal, A::Error> {
        match map.next_key::<String>()? {
            Some(key) if key == JSON_NUMBER_KEY => {
                let text: String = map.next_value()?;
                json_number(&text).map_err(de::Error::custom)
            }
            _ => Err(de::Error::invalid_type(de::Unexpected::Map, &self)),
        }
    }

    // serde_json (through a `Value`) calls this only for a number whose text is the float's
    // shortest form as `Number::from_f64` spells it (`0.1`, `2.0`, `1e-7`) or as `Display` does
    // (`0.0000001`); both write out to the same digits, so nothing is lost.
    // Other formats hand over a float already parsed; the shortest text that reads back as
    // that float is all that is left of it.
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        match serde_json::Number::from_f64(v) {
            Some(number) => json_number(&number.to_string()).map_err(E::custom),
            None => Err(E::custom(decimal_error(&v.to_string()))),
        }
    }
}

/// A parameter value as it goes on the wire: its text in a query, form body or header, and
/// its JSON token in a JSON body. Absent values (`None`) are skipped.
pub trait Wire {
    fn present(&self) -> bool {
        true
    }
    /// Calls `f` with the value's text, unescaped.
    fn with_text(&self, f: &mut dyn FnMut(&str));
    /// Appends the value as compact JSON.
    fn write_json(&self, out: &mut String);
}

/// Appends `text` as a JSON string, escaped exactly as `serde_json` escapes it.
pub fn write_json_str(out: &mut String, text: &str) {
    // Most names and values need no escape: one copy.
    if !text.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\') {
        out.reserve(text.len() + 2);
        out.push('"');
        out.push_str(text);
        out.push('"');
        return;
    }
    out.push('"');
    let mut plain = 0;
    for (i, b) in text.bytes().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&text[plain..i]);
        plain = i + 1;
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
        } else {
            out.push_str(escape);
        }
    }
    out.push_str(&text[plain..]);
    out.push('"');
}

impl Wire for str {
    fn with_text(&self, f: &mut dyn FnMut(&str)) {
        f(self)
    }
    fn write_json(&self, out: &mut String) {
        write_json_str(out, self)
    }
}

impl Wire for String {
    fn with_text(&self, f: &mut dyn FnMut(&str)) {
        f(self)
    }
    fn write_json(&self, out: &mut String) {
        write_json_str(out, self)
    }
}

impl Wire for crate::Text {
    fn with_text(&self, f: &mut dyn FnMut(&str)) {
        f(self)
    }
    fn write_json(&self, out: &mut String) {
        write_json_str(out, self)
    }
}

macro_rules! wire_integer {
    ($($t:ty),*) => {$(
        impl Wire for $t {
            fn with_text(&self, f: &mut dyn FnMut(&str)) {
                f(itoa::Buffer::new().format(*self))
            }
            fn write_json(&self, out: &mut String) {
                out.push_str(itoa::Buffer::new().format(*self))
            }
        }
    )*};
}

wire_integer!(i32, i64, u32, u64);

impl Wire for bool {
    fn with_text(&self, f: &mut dyn FnMut(&str)) {
        f(if *self { "true" } else { "false" })
    }
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" })
    }
}

/// Sent as a string (`"0.1"`); wrap in `AsNumber` to send an unquoted JSON number.
impl Wire for Decimal {
    fn with_text(&self, f: &mut dyn FnMut(&str)) {
        f(&self.0)
    }
    fn write_json(&self, out: &mut String) {
        write_json_str(out, &self.0)
    }
}

/// Arbitrary JSON: a string's text is the string itself, anything else its compact JSON.
impl Wire for serde_json::Value {
    fn with_text(&self, f: &mut dyn FnMut(&str)) {
        match self {
            serde_json::Value::String(s) => f(s),
            other => f(&other.to_string()),
        }
    }
    fn write_json(&self, out: &mut String) {
        out.push_str(&self.to_string())
    }
}

/// A list parameter is sent as a JSON array (lists only go in JSON bodies).
impl<T: serde::Serialize> Wire for Vec<T> {
    fn with_text(&self, f: &mut dyn FnMut(&str)) {
        f(&serde_json::to_string(self).unwrap_or_default())
    }
    fn write_json(&self, out: &mut String) {
        out.push_str(&serde_json::to_string(self).unwrap_or_default())
    }
}

impl<T: Wire + ?Sized> Wire for &T {
    fn present(&self) -> bool {
        (**self).present()
    }
    fn with_text(&self, f: &mut dyn FnMut(&str)) {
        (**self).with_text(f)
    }
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out)
    }
}

impl<T: Wire> Wire for Option<T> {
    fn present(&self) -> bool {
        self.as_ref().is_some_and(Wire::present)
    }
    fn with_text(&self, f: &mut dyn FnMut(&str)) {
        if let Some(v) = self {
            v.with_text(f)
        }
    }
    fn write_json(&self, out: &mut String) {
        match self {
            Some(v) => v.write_json(out),
            None => out.push_str("null"),
        }
    }
}

/// A `Decimal` written as a raw JSON number (`0.1`, not `"0.1"`).
#[derive(Clone, Copy, Debug)]
pub struct AsNumber<'a>(pub &'a Decimal);

impl Wire for AsNumber<'_> {
    fn with_text(&self, f: &mut dyn FnMut(&str)) {
        f(&self.0.0)
    }
    fn write_json(&self, out: &mut String) {
        out.push_str(&self.0.0)
    }
}

/// The text of a parameter, for recipes that read `param('name')`.
pub fn param_text(value: &dyn Wire) -> crate::Text {
    let mut out = crate::Text::new();
    value.with_text(&mut |t| out.push_str(t));
    out
}

/// `Wire` for a generated enum with `fn as_str(self) -> &'static str`.
#[macro_export]
macro_rules! wire_enum {
    ($name:ty) => {
        impl $crate::Wire for $name {
            fn with_text(&self, f: &mut dyn FnMut(&str)) {
                f(self.as_str())
            }
            fn write_json(&self, out: &mut String) {
                $crate::write_json_str(out, self.as_str())
            }
        }
    };
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
        let err = serde_json::from_str::<Decimal>("\"1e5\"").unwrap_err();
        assert!(err.to_string().contains("expected a decimal"), "{err}");
        let err = serde_json::from_str::<Decimal>("\"abc\"").unwrap_err();
        assert!(err.to_string().contains("got `abc`"), "{err}");
        let err = serde_json::from_str::<Decimal>("true").unwrap_err();
        assert!(err.to_string().contains("expected a decimal"), "{err}");
        let err = serde_json::from_str::<Decimal>(r#"{"a":1}"#).unwrap_err();
        assert!(err.to_string().contains("invalid type: map"), "{err}");
    }

    /// A JSON number, read straight from text or through a `serde_json::Value` (as responses
    /// and CLI params are), keeps its exact text; an exponent is written out, never rounded.
    #[test]
    fn decimal_json_numbers_keep_their_exact_text() {
        let u128_max_plus_one = "340282366920938463463374607431768211456";
        for (number, text) in [
            ("123456789.123456789", "123456789.123456789"),
            ("0.1", "0.1"),
            ("1.50", "1.50"),
            ("219.0", "219.0"),
            ("-0.0", "-0.0"),
            ("0.30000000000000004", "0.30000000000000004"),
            (
                "0.3000000000000000444089209850062616169452667236328125",
                "0.3000000000000000444089209850062616169452667236328125",
            ),
            ("-42", "-42"),
            ("18446744073709551615", "18446744073709551615"),
            ("-9223372036854775809", "-9223372036854775809"),
            (u128_max_plus_one, u128_max_plus_one),
            ("1e5", "100000"),
            ("1E+2", "100"),
            ("1.5e-5", "0.000015"),
            ("1e-7", "0.0000001"),
            ("-2.50E+1", "-25.0"),
            ("0.5e1", "5"),
            ("12.345e-1", "1.2345"),
            ("1e100", &format!("1{}", "0".repeat(100))),
        ] {
            let direct: Decimal = serde_json::from_str(number).unwrap();
            assert_eq!(direct.as_str(), text, "{number} from text");
            let value: serde_json::Value = serde_json::from_str(number).unwrap();
            let via_value: Decimal = serde_json::from_value(value).unwrap();
            assert_eq!(via_value.as_str(), text, "{number} through a Value");
        }
        // serde_json spells the exponent's sign out (`1e101` reaches `Decimal` as `1e+101`).
        for (number, shown) in [
            ("1e101", "1e+101"),
            ("1E-101", "1e-101"),
            ("-1.5e99999999999999999999", "-1.5e+99999999999999999999"),
        ] {
            let direct = serde_json::from_str::<Decimal>(number).unwrap_err();
            let expected = format!(
                "expected a decimal like `-12.34` (optional `-`, digits, optional `.digits`, no \
                 exponent), got `{shown}`: the exponent is beyond ±100"
            );
            let at = format!(" at line 1 column {}", number.len());
            assert_eq!(direct.to_string(), format!("{expected}{at}"));
            let value: serde_json::Value = serde_json::from_str(number).unwrap();
            let via_value = serde_json::from_value::<Decimal>(value).unwrap_err();
            assert_eq!(via_value.to_string(), expected);
        }
    }

    /// A float from a format without exact numbers keeps its shortest text; NaN and infinity
    /// are refused.
    #[test]
    fn decimal_from_a_float() {
        use serde::de::IntoDeserializer;
        type E = serde::de::value::Error;
        let from =
            |v: f64| Decimal::deserialize(v.into_deserializer() as de::value::F64Deserializer<E>);
        assert_eq!(from(0.1).unwrap().as_str(), "0.1");
        assert_eq!(from(2.0).unwrap().as_str(), "2.0");
        assert_eq!(from(1e-7).unwrap().as_str(), "0.0000001");
        for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            let err = from(bad).unwrap_err().to_string();
            assert!(err.starts_with("expected a decimal like `-12.34`"), "{err}");
        }
    }

    /// A response's decimal fields given as numbers decode to their exact text, and a bad one
    /// is named by its path.
    #[test]
    fn decoded_response_numbers_keep_their_exact_text() {
        #[derive(Debug, Deserialize)]
        struct Fill {
            price: Decimal,
            size: Decimal,
            fee: Option<Decimal>,
            fills: Vec<Decimal>,
        }
        let body = br#"{"price":123456789.123456789,"size":1.50,"fee":0.1,"fills":[2.0,1e-8]}"#;
        let fill: Fill =
            crate::decode::decode(200, None, body, &crate::decode::Envelope::BARE).unwrap();
        assert_eq!(
            (
                fill.price.as_str(),
                fill.size.as_str(),
                fill.fee.as_ref().map(Decimal::as_str),
                fill.fills.iter().map(Decimal::as_str).collect::<Vec<_>>()
            ),
            (
                "123456789.123456789",
                "1.50",
                Some("0.1"),
                vec!["2.0", "0.00000001"]
            )
        );
        let body = br#"{"price":1,"size":1e999,"fills":[]}"#;
        let err = crate::decode::decode::<Fill>(200, None, body, &crate::decode::Envelope::BARE)
            .unwrap_err();
        assert!(
            matches!(&err, crate::Error::Decode { path, .. } if path == "size"),
            "{err:?}"
        );
    }

    #[test]
    fn decimal_serializes_as_string() {
        let d: Decimal = "0.10".parse().unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"0.10\"");
    }

    fn text(v: &dyn Wire) -> String {
        let mut out = String::new();
        v.with_text(&mut |t| out.push_str(t));
        out
    }

    fn json(v: &dyn Wire) -> String {
        let mut out = String::new();
        v.write_json(&mut out);
        out
    }

    #[test]
    fn wire_text_and_json() {
        let d: Decimal = "1.50".parse().unwrap();
        assert_eq!(
            (text(&"a\"b"), json(&"a\"b")),
            ("a\"b".into(), "\"a\\\"b\"".into())
        );
        assert_eq!((text(&d), json(&d)), ("1.50".into(), "\"1.50\"".into()));
        assert_eq!(
            (text(&AsNumber(&d)), json(&AsNumber(&d))),
            ("1.50".into(), "1.50".into())
        );
        assert_eq!((text(&-5i32), json(&7u64)), ("-5".into(), "7".into()));
        assert_eq!((text(&false), json(&true)), ("false".into(), "true".into()));
        let v = serde_json::json!([1, "x"]);
        assert_eq!(
            (text(&v), json(&v)),
            ("[1,\"x\"]".into(), "[1,\"x\"]".into())
        );
        let s = serde_json::json!("s");
        assert_eq!((text(&s), json(&s)), ("s".into(), "\"s\"".into()));
        assert!(!None::<u64>.present());
        assert!(Some(AsNumber(&d)).present());
        assert_eq!(json(&vec!["a", "b"]), "[\"a\",\"b\"]");
    }

    #[test]
    fn json_strings_match_serde_json() {
        let samples = [
            "plain",
            "quote\" back\\ slash",
            "\u{0}\u{1}\u{8}\u{c}\n\r\t\u{1f}\u{7f}",
            "é😀/</",
            "",
        ];
        for s in samples {
            let mut out = String::new();
            write_json_str(&mut out, s);
            assert_eq!(out, serde_json::to_string(s).unwrap(), "{s:?}");
        }
    }
}

/// `From`/`TryFrom` between [`Decimal`] and `rust_decimal::Decimal` (feature `rust_decimal`).
///
/// `rust_decimal` keeps a 96-bit magnitude and a scale (0 to 28 fractional digits), so trailing
/// zeros survive both ways (`"1.500"` has scale 3 and is written back as `"1.500"`). Into
/// `rust_decimal` the text is parsed exactly: a value that would need rounding is an error.
#[cfg(feature = "rust_decimal")]
mod rust_decimal_interop {
    use super::{Decimal, is_decimal};
    use crate::Error;

    /// The text of its `Display`, which is exact and exponent-free.
    impl From<rust_decimal::Decimal> for Decimal {
        fn from(value: rust_decimal::Decimal) -> Decimal {
            let text = value.to_string();
            debug_assert!(is_decimal(&text), "{text}");
            Decimal(text)
        }
    }

    impl From<&rust_decimal::Decimal> for Decimal {
        fn from(value: &rust_decimal::Decimal) -> Decimal {
            Decimal::from(*value)
        }
    }

    /// Fails with `Error::InvalidParam` when the value has more than 28 fractional digits or
    /// its digits do not fit 96 bits (about 7.9e28): `rust_decimal` would have to round it.
    impl TryFrom<&Decimal> for rust_decimal::Decimal {
        type Error = Error;

        fn try_from(value: &Decimal) -> Result<rust_decimal::Decimal, Error> {
            rust_decimal::Decimal::from_str_exact(value.as_str()).map_err(|e| {
                let text = value.as_str();
                let shown: String = text.chars().take(40).collect();
                let more = if shown.len() < text.len() { "…" } else { "" };
                Error::InvalidParam {
                    name: String::new(),
                    message: format!(
                        "`{shown}{more}` does not fit rust_decimal::Decimal exactly \
                         (at most 28 fractional digits, 96-bit magnitude): {e}"
                    ),
                }
            })
        }
    }

    impl TryFrom<Decimal> for rust_decimal::Decimal {
        type Error = Error;

        fn try_from(value: Decimal) -> Result<rust_decimal::Decimal, Error> {
            rust_decimal::Decimal::try_from(&value)
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn dec(text: &str) -> Decimal {
            text.parse().unwrap()
        }

        fn round_trip(text: &str) -> (rust_decimal::Decimal, Decimal) {
            let ours = dec(text);
            let theirs = rust_decimal::Decimal::try_from(&ours).unwrap();
            (theirs, Decimal::from(theirs))
        }

        #[test]
        fn exact_text_round_trips() {
            for text in [
                "0",
                "1",
                "-1",
                "0.1",
                "-0.000001",
                "237582.04299",
                "1.500",
                "-12.3400",
                "0.0000000000000000000000000001",
                "79228162514264337593543950335",
                "-79228162514264337593543950335",
                "7.9228162514264337593543950335",
            ] {
                let (_, back) = round_trip(text);
                assert_eq!(back.as_str(), text);
            }
        }

        #[test]
        fn trailing_zeros_keep_their_scale() {
            let (theirs, back) = round_trip("1.500");
            assert_eq!(theirs.scale(), 3);
            assert_eq!(theirs, rust_decimal::Decimal::new(15, 1));
            assert_eq!(back.as_str(), "1.500");
            let (theirs, _) = round_trip("100.00");
            assert_eq!((theirs.mantissa(), theirs.scale()), (10000, 2));
        }

        #[test]
        fn negative_and_large_values() {
            let (theirs, back) = round_trip("-42.125");
            assert!(theirs.is_sign_negative());
            assert_eq!(theirs, rust_decimal::Decimal::new(-42125, 3));
            assert_eq!(back.as_str(), "-42.125");
            // The largest magnitude, and the same digits with the point moved.
            let (theirs, _) = round_trip("79228162514264337593543950335");
            assert_eq!(theirs, rust_decimal::Decimal::MAX);
            let (theirs, _) = round_trip("-79228162514264337593543950335");
            assert_eq!(theirs, rust_decimal::Decimal::MIN);
        }

        #[test]
        fn from_rust_decimal_is_its_display() {
            let theirs = rust_decimal::Decimal::new(-1_234_500, 4);
            assert_eq!(Decimal::from(theirs).as_str(), "-123.4500");
            assert_eq!(Decimal::from(&theirs).as_str(), theirs.to_string());
            assert_eq!(
                Decimal::from(rust_decimal::Decimal::MAX).as_str(),
                "79228162514264337593543950335"
            );
            assert_eq!(Decimal::from(rust_decimal::Decimal::ZERO).as_str(), "0");
            // Parsed from a string, the text is kept as given.
            assert_eq!(dec("0012.50").as_str(), "0012.50");
            // Leading zeros are not part of a rust_decimal; the value is.
            let (theirs, back) = round_trip("0012.50");
            assert_eq!(theirs, rust_decimal::Decimal::new(1250, 2));
            assert_eq!(back.as_str(), "12.50");
        }

        #[test]
        fn too_large_or_too_precise_is_an_invalid_param() {
            for text in [
                "79228162514264337593543950336",
                "-79228162514264337593543950336",
                "123456789012345678901234567890123",
                "0.00000000000000000000000000001",
                "1.00000000000000000000000000001",
            ] {
                let err = rust_decimal::Decimal::try_from(dec(text)).unwrap_err();
                match &err {
                    Error::InvalidParam { name, message } => {
                        assert!(name.is_empty());
                        assert!(message.contains("rust_decimal"), "{message}");
                    }
                    other => panic!("expected InvalidParam for {text}, got {other:?}"),
                }
                assert!(err.to_string().starts_with("invalid parameter: "), "{err}");
            }
        }
    }
}
