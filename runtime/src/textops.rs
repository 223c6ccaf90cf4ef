//! Text operations of the recipe language that are not hashes or encodings: clock formats,
//! canonical (sorted) queries, per-use unescaping, and JSON objects built from recipe values.

use crate::{Error, Text};

const WEEKDAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The directives `format_time` understands, for the spec checker.
pub const TIME_DIRECTIVES: &str = "YmdHMSfsab%";

/// Formats `now_ms` (UTC) by a strftime-like `pattern`: `%Y` year (4 digits), `%m` month,
/// `%d` day, `%H` hour, `%M` minute, `%S` second (all 2 digits), `%f` milliseconds (3
/// digits), `%s` Unix seconds, `%a` weekday (`Mon`), `%b` month (`Jan`), `%%` a percent sign.
/// Anything else is copied as is. E.g. `%Y%m%dT%H%M%SZ` gives `20150830T123600Z`.
pub fn format_time(now_ms: u64, pattern: &str) -> Text {
    let days = now_ms / 86_400_000;
    let ms = now_ms % 86_400_000;
    let (year, month, day) = crate::time::civil_from_days(days);
    let mut out = Text::new();
    let digits = |out: &mut Text, value: u64, width: usize| {
        let mut buf = itoa::Buffer::new();
        let text = buf.format(value);
        for _ in text.len()..width {
            out.push_str("0");
        }
        out.push_str(text);
    };
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push_str(c.encode_utf8(&mut [0; 4]));
            continue;
        }
        match chars.next() {
            Some('Y') => digits(&mut out, year, 4),
            Some('m') => digits(&mut out, month, 2),
            Some('d') => digits(&mut out, day, 2),
            Some('H') => digits(&mut out, ms / 3_600_000, 2),
            Some('M') => digits(&mut out, ms / 60_000 % 60, 2),
            Some('S') => digits(&mut out, ms / 1000 % 60, 2),
            Some('f') => digits(&mut out, ms % 1000, 3),
            Some('s') => digits(&mut out, now_ms / 1000, 1),
            Some('a') => out.push_str(WEEKDAYS[(days % 7) as usize]),
            Some('b') => out.push_str(MONTHS[(month - 1) as usize]),
            Some('%') => out.push_str("%"),
            Some(other) => {
                out.push_str("%");
                out.push_str(other.encode_utf8(&mut [0; 4]));
            }
            None => out.push_str("%"),
        }
    }
    out
}

/// A query string with its `name=value` pairs sorted by name, then value (byte order), and
/// joined with `&` again: the canonical query of cloud-style schemes. Escapes are kept as
/// they are; an empty query stays empty.
pub fn sort_query(query: &str) -> Text {
    let mut pairs: Vec<(&str, &str)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| p.split_once('=').unwrap_or((p, "")))
        .collect();
    pairs.sort_unstable();
    let mut out = Text::with_capacity(query.len());
    for (i, (name, value)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push_str("&");
        }
        out.push_str(name);
        out.push_str("=");
        out.push_str(value);
    }
    out
}

/// A header value in canonical form: whitespace at both ends dropped and every run inside
/// folded to one space, as cloud-style signatures list the headers they sign.
pub fn trim(text: &str) -> Text {
    let mut out = Text::with_capacity(text.len());
    for (i, word) in text.split_ascii_whitespace().enumerate() {
        if i > 0 {
            out.push_str(" ");
        }
        out.push_str(word);
    }
    out
}

/// Undoes percent-escapes (and nothing else: `+` stays `+`). Invalid UTF-8 after decoding is
/// an error naming `what`.
pub fn url_decode(text: &[u8], what: &str) -> Result<Text, Error> {
    let decoded: Vec<u8> = percent_encoding::percent_decode(text).collect();
    String::from_utf8(decoded)
        .map(Text::from)
        .map_err(|_| Error::Sign(format!("`{what}` is not UTF-8 once its escapes are undone")))
}

/// One member value of [`json_object`].
pub enum JsonMember<'a> {
    Text(&'a str),
    Int(u64),
}

/// A compact JSON object (`{"k":"v","n":1}`), members in the order given. A member whose text
/// is empty is left out, so an optional value (`if(query, sha512(query), '')`) can be.
pub fn json_object(members: &[(&str, JsonMember<'_>)]) -> Text {
    let mut out = String::from("{");
    for (name, value) in members {
        if matches!(value, JsonMember::Text("")) {
            continue;
        }
        if out.len() > 1 {
            out.push(',');
        }
        crate::write_json_str(&mut out, name);
        out.push(':');
        match value {
            JsonMember::Text(text) => crate::write_json_str(&mut out, text),
            JsonMember::Int(n) => out.push_str(itoa::Buffer::new().format(*n)),
        }
    }
    out.push('}');
    Text::from(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_formats_of_the_signing_standards() {
        // 2015-08-30T12:36:00Z, a Sunday (AWS SigV4's example date).
        let ms = 1_440_938_160_000;
        assert_eq!(format_time(ms, "%Y%m%dT%H%M%SZ"), "20150830T123600Z");
        assert_eq!(format_time(ms, "%Y%m%d"), "20150830");
        assert_eq!(
            format_time(ms + 7, "%Y-%m-%dT%H:%M:%S.%fZ"),
            "2015-08-30T12:36:00.007Z"
        );
        assert_eq!(
            format_time(ms, "%a, %d %b %Y %H:%M:%S GMT"),
            "Sun, 30 Aug 2015 12:36:00 GMT"
        );
        assert_eq!(format_time(ms, "%s"), "1440938160");
        assert_eq!(format_time(ms, "100%% %q"), "100% %q");
        // 2017-05-11T15:19:30, no zone, no millis.
        assert_eq!(
            format_time(1_494_515_970_000, "%Y-%m-%dT%H:%M:%S"),
            "2017-05-11T15:19:30"
        );
    }

    #[test]
    fn time_format_matches_httpdate_on_many_instants() {
        let mut ms: u64 = 7;
        for _ in 0..2000 {
            ms = ms.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1) % 253_402_300_799_000;
            let at = std::time::UNIX_EPOCH + std::time::Duration::from_millis(ms);
            assert_eq!(
                format_time(ms, "%a, %d %b %Y %H:%M:%S GMT"),
                httpdate::fmt_http_date(at).as_str(),
                "{ms}"
            );
        }
    }

    #[test]
    fn queries_sort_by_name_then_value() {
        assert_eq!(sort_query("b=2&a=1&a=0&c="), "a=0&a=1&b=2&c=");
        assert_eq!(sort_query("x"), "x=");
        assert_eq!(sort_query(""), "");
        assert_eq!(sort_query("Z=1&a=%2C"), "Z=1&a=%2C");
    }

    #[test]
    fn url_decode_undoes_escapes_only() {
        assert_eq!(url_decode(b"a%2Cb+c%C3%A9", "q").unwrap(), "a,b+cé");
        assert!(url_decode(b"%FF", "q").is_err());
    }

    #[test]
    fn json_objects_in_order_without_empty_members() {
        let members = [
            ("access_key", JsonMember::Text("k\"1")),
            ("nonce", JsonMember::Int(7)),
            ("query_hash", JsonMember::Text("")),
        ];
        assert_eq!(json_object(&members), r#"{"access_key":"k\"1","nonce":7}"#);
        assert_eq!(json_object(&[]), "{}");
    }
}
