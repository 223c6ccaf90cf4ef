//! Rust names for spec names: snake_case fields, PascalCase types and variants.

use proc_macro2::{Ident, Span};

/// Rust's strict and reserved keywords (2024 edition).
pub const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// Splits `timeInForce`, `time_in_force`, `KC-API-KEY`, `USDT_TRX` into lower-case words.
fn words(name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = name.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let boundary = c.is_ascii_uppercase()
            && i > 0
            && (chars[i - 1].is_ascii_lowercase()
                || chars[i - 1].is_ascii_digit()
                || (chars[i - 1].is_ascii_uppercase()
                    && chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase())));
        if boundary && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        cur.push(c.to_ascii_lowercase());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// snake_case text for a field or method; a leading digit gets an `n` prefix.
pub fn field_ident_text(name: &str) -> String {
    let s = words(name).join("_");
    match s.chars().next() {
        Some(c) if c.is_ascii_digit() => format!("n{s}"),
        _ => s,
    }
}

/// Keywords a raw identifier cannot spell (`r#self` is not allowed).
const NOT_RAW: &[&str] = &["self", "super", "crate", "_"];

/// A snake_case identifier: raw (`r#type`) for keywords, `self_` for the few that cannot be raw.
pub fn field_ident(name: &str) -> Ident {
    let text = field_ident_text(name);
    if NOT_RAW.contains(&text.as_str()) {
        Ident::new(&format!("{text}_"), Span::call_site())
    } else if KEYWORDS.contains(&text.as_str()) {
        Ident::new_raw(&text, Span::call_site())
    } else {
        Ident::new(&text, Span::call_site())
    }
}

/// PascalCase text; a leading digit gets a `V` prefix.
pub fn pascal(name: &str) -> String {
    let s: String = words(name)
        .iter()
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect();
    match s.chars().next() {
        Some(c) if c.is_ascii_digit() => format!("V{s}"),
        // `Self` is a keyword; any other PascalCase word is a usable name.
        _ if s == "Self" => "Self_".to_owned(),
        _ => s,
    }
}

pub fn variant_ident(value: &str) -> String {
    pascal(value)
}

pub fn ident(text: &str) -> Ident {
    Ident::new(text, Span::call_site())
}

pub fn type_ident(name: &str) -> Ident {
    ident(&pascal(name))
}

/// Name of the enum generated for a parameter's inline `values`.
pub fn inline_enum_name(endpoint: &str, param: &str) -> String {
    format!("{}{}", pascal(endpoint), pascal(param))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_names() {
        assert_eq!(field_ident_text("timeInForce"), "time_in_force");
        assert_eq!(field_ident_text("clientOid"), "client_oid");
        assert_eq!(field_ident_text("KC-API-KEY"), "kc_api_key");
        assert_eq!(field_ident_text("hashrate_10min"), "hashrate_10min");
        assert_eq!(pascal("USDT_TRX"), "UsdtTrx");
        assert_eq!(pascal("limit_stop"), "LimitStop");
        assert_eq!(pascal("MARGIN_TRADE"), "MarginTrade");
        assert_eq!(pascal("1min"), "V1min");
        assert_eq!(field_ident("type").to_string(), "r#type");
    }
}
