//! Request assembly: a `Draft` collects params, `assemble` fixes the exact bytes that get
//! signed (`Parts`), and `into_request` adds what is sent but not signed.

use std::fmt;

use crate::Error;
use crate::crypto::RFC3986;
use crate::value::{ToValue, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
    Delete,
    Patch,
}

impl Method {
    pub fn as_str(&self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
            Method::Patch => "PATCH",
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyFormat {
    None,
    Json,
    Form,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QueryOrder {
    AsDeclared,
    /// By parameter name (byte order, stable for repeated names).
    Sorted,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Escape {
    /// Unreserved kept, space as `%20`.
    Rfc3986,
    /// Python `quote_plus`: `A-Za-z0-9_.-~` kept, space as `+`.
    Form,
}

/// Where an auth field goes relative to the endpoint params.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    Start,
    End,
}

/// How one venue lays out its requests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Encoding {
    pub query_order: QueryOrder,
    pub escape: Escape,
    pub body_root: Option<&'static str>,
    pub send_body: bool,
}

fn escape(text: &str, how: Escape) -> String {
    match how {
        Escape::Rfc3986 => percent_encoding::utf8_percent_encode(text, RFC3986).to_string(),
        // `quote_plus` keeps exactly the RFC 3986 unreserved set; only space differs.
        Escape::Form => text
            .split(' ')
            .map(|part| percent_encoding::utf8_percent_encode(part, RFC3986).to_string())
            .collect::<Vec<_>>()
            .join("+"),
    }
}

fn encode_pairs<'a>(pairs: impl IntoIterator<Item = &'a (String, Value)>, how: Escape) -> String {
    let mut out = String::new();
    for (name, value) in pairs {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(&escape(name, how));
        out.push('=');
        out.push_str(&escape(&value.text(), how));
    }
    out
}

/// Params in order: auth fields inserted at the start, endpoint params, auth fields at the end.
/// `Start` inserts keep their call order among themselves (first call comes first).
#[derive(Clone, Default)]
struct Fields {
    start: Vec<(String, Value)>,
    endpoint: Vec<(String, Value)>,
    end: Vec<(String, Value)>,
}

impl Fields {
    fn insert(&mut self, at: At, name: &str, value: &dyn ToValue) {
        if let Some(value) = value.to_value() {
            let list = match at {
                At::Start => &mut self.start,
                At::End => &mut self.end,
            };
            list.push((name.to_owned(), value));
        }
    }

    fn all(&self) -> impl Iterator<Item = &(String, Value)> {
        self.start.iter().chain(&self.endpoint).chain(&self.end)
    }

    fn get(&self, name: &str) -> Option<&Value> {
        self.all().find(|(n, _)| n == name).map(|(_, v)| v)
    }
}

/// The parts of a request known before its query and body are assembled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Head {
    pub method: Method,
    /// Base prefix + endpoint path.
    pub path: String,
    pub host: String,
    /// The JSON-RPC method, `""` for plain requests.
    pub rpc_method: String,
    /// The endpoint's params as text (query, then body); empty for given bytes.
    pub params: Vec<(String, String)>,
}

impl Head {
    /// One param's text as sent, `""` when absent.
    pub fn param(&self, name: &str) -> &str {
        self.params
            .iter()
            .find(|(n, _)| n == name)
            .map_or("", |(_, v)| v.as_str())
    }
}

/// One request under construction.
#[derive(Clone)]
pub struct Draft {
    method: Method,
    path: String,
    format: BodyFormat,
    rpc_method: Option<&'static str>,
    query: Fields,
    body: Fields,
}

impl Draft {
    /// `path` has path params substituted and excludes the base URL's prefix.
    pub fn new(method: Method, path: impl Into<String>, body: BodyFormat) -> Draft {
        Draft {
            method,
            path: path.into(),
            format: body,
            rpc_method: None,
            query: Fields::default(),
            body: Fields::default(),
        }
    }

    /// A JSON-RPC 2.0 call: POST with body fields as `params`.
    pub fn rpc(rpc_method: &'static str, path: &'static str) -> Draft {
        Draft {
            rpc_method: Some(rpc_method),
            ..Draft::new(Method::Post, path, BodyFormat::Json)
        }
    }

    fn has_body(&self) -> bool {
        self.format != BodyFormat::None
    }

    /// An endpoint query param; skipped when `to_value()` is `None`.
    pub fn query(&mut self, name: &str, value: &dyn ToValue) {
        if let Some(value) = value.to_value() {
            self.query.endpoint.push((name.to_owned(), value));
        }
    }

    /// An endpoint body param (nested under `body_root` when the venue has one).
    pub fn body(&mut self, name: &str, value: &dyn ToValue) {
        if let Some(value) = value.to_value() {
            self.body.endpoint.push((name.to_owned(), value));
        }
    }

    pub fn insert_query(&mut self, at: At, name: &str, value: &dyn ToValue) {
        self.query.insert(at, name, value);
    }

    /// A top-level body field (never nested under `body_root`).
    pub fn insert_body(&mut self, at: At, name: &str, value: &dyn ToValue) {
        self.body.insert(at, name, value);
    }

    /// To the body when the request has one, else to the query.
    pub fn insert_param(&mut self, at: At, name: &str, value: &dyn ToValue) {
        if self.has_body() {
            self.insert_body(at, name, value);
        } else {
            self.insert_query(at, name, value);
        }
    }

    /// The text of one param as sent (query first, then body); `""` when absent.
    pub fn param(&self, name: &str) -> String {
        self.query
            .get(name)
            .or_else(|| self.body.get(name))
            .map(Value::text)
            .unwrap_or_default()
    }

    /// Fails when a path parameter was empty, `.` or `..`, which would address another resource.
    pub fn check(&self) -> Result<(), Error> {
        if self.path.contains(crate::value::BAD_SEGMENT) {
            return Err(Error::InvalidParam {
                name: "path".into(),
                message: "a path parameter is empty, `.` or `..`".into(),
            });
        }
        Ok(())
    }

    /// What signing reads before assembly: method, full path, host and JSON-RPC method.
    pub fn head(&self, base: &BaseUrl) -> Head {
        Head {
            method: self.method,
            path: format!("{}{}", base.prefix, self.path),
            host: base.host.clone(),
            rpc_method: self.rpc_method.unwrap_or_default().to_owned(),
            params: Vec::new(),
        }
    }

    /// `head`, plus every param's text, for recipes that read `param('…')`.
    pub fn head_with_params(&self, base: &BaseUrl) -> Head {
        Head {
            params: self
                .query
                .all()
                .chain(self.body.all())
                .map(|(n, v)| (n.clone(), v.text()))
                .collect(),
            ..self.head(base)
        }
    }

    /// Fixes the query string and body bytes that signing sees.
    pub fn assemble(self, base: &BaseUrl, encoding: &Encoding, rpc_id: u64) -> Parts {
        let mut query: Vec<&(String, Value)> = self.query.all().collect();
        if encoding.query_order == QueryOrder::Sorted {
            query.sort_by(|a, b| a.0.cmp(&b.0));
        }
        let query = encode_pairs(query, encoding.escape);

        let (body, content_type) = match self.format {
            BodyFormat::None => (String::new(), None),
            BodyFormat::Form => {
                // A form has no nesting, so `body_root` does not apply.
                (encode_pairs(self.body.all(), encoding.escape), Some(FORM))
            }
            BodyFormat::Json => {
                let object = json_object(&self.body, encoding.body_root);
                let text = match self.rpc_method {
                    Some(method) => format!(
                        "{{\"jsonrpc\":\"2.0\",\"method\":{},\"params\":{object},\"id\":{rpc_id}}}",
                        serde_json::Value::from(method)
                    ),
                    None => object,
                };
                (text, Some(JSON))
            }
        };

        Parts {
            method: self.method,
            path: format!("{}{}", base.prefix, self.path),
            query,
            body,
            rpc_method: self.rpc_method.unwrap_or_default().to_owned(),
            origin: base.origin.clone(),
            host: base.host.clone(),
            escape: encoding.escape,
            content_type,
            send_body: encoding.send_body,
            appended: String::new(),
            headers: Vec::new(),
            secret_headers: Vec::new(),
        }
    }
}

// Auth fields (API keys) live here too, so Debug lists param names only.
impl fmt::Debug for Draft {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names = |fields: &Fields| fields.all().map(|(n, _)| n.clone()).collect::<Vec<_>>();
        f.debug_struct("Draft")
            .field("method", &self.method)
            .field("path", &self.path)
            .field("format", &self.format)
            .field("rpc_method", &self.rpc_method)
            .field("query", &names(&self.query))
            .field("body", &names(&self.body))
            .finish()
    }
}

const JSON: &str = "application/json";
const FORM: &str = "application/x-www-form-urlencoded";

// Written by hand rather than through serde_json::Map so key order is insertion order
// without enabling `preserve_order` for the whole workspace.
fn json_object(fields: &Fields, root: Option<&str>) -> String {
    fn write_pairs<'a>(out: &mut String, pairs: impl Iterator<Item = &'a (String, Value)>) {
        for (name, value) in pairs {
            if !out.ends_with('{') {
                out.push(',');
            }
            out.push_str(&serde_json::Value::from(name.as_str()).to_string());
            out.push(':');
            value.write_json(out);
        }
    }
    let mut out = String::from("{");
    match root {
        Some(root) => {
            write_pairs(&mut out, fields.start.iter());
            if !fields.endpoint.is_empty() {
                let mut nested = String::from("{");
                write_pairs(&mut nested, fields.endpoint.iter());
                nested.push('}');
                let nested = Value::Number(nested); // already JSON; written raw
                write_pairs(&mut out, std::iter::once(&(root.to_owned(), nested)));
            }
            write_pairs(&mut out, fields.end.iter());
        }
        None => write_pairs(&mut out, fields.all()),
    }
    out.push('}');
    out
}

/// A parsed base URL: `scheme://host[:port][/prefix]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BaseUrl {
    full: String,
    origin: String,
    host: String,
    prefix: String,
}

impl BaseUrl {
    pub fn parse(url: &str) -> Result<BaseUrl, Error> {
        let bad = |why: &str| Error::InvalidBaseUrl(why.to_owned());
        let url = url.trim();
        let (scheme, rest) = url
            .split_once("://")
            .ok_or_else(|| bad("expected http(s)://host[:port][/path]"))?;
        let scheme = scheme.to_ascii_lowercase();
        if scheme != "http" && scheme != "https" {
            return Err(bad("scheme must be http or https"));
        }
        if rest.contains(['?', '#']) {
            return Err(bad("a base URL cannot have a query or fragment"));
        }
        let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        // Rejected without echoing: `user:pass@` would put a credential into the message.
        if host.contains('@') {
            return Err(bad("user info (`user@`) is not allowed in a base URL"));
        }
        let port = if let Some(v6) = host.strip_prefix('[') {
            let (addr, after) = v6
                .split_once(']')
                .ok_or_else(|| bad("unclosed `[` in IPv6 host"))?;
            if addr.is_empty()
                || !addr
                    .bytes()
                    .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
            {
                return Err(bad("invalid IPv6 host"));
            }
            match after {
                "" => None,
                _ => Some(
                    after
                        .strip_prefix(':')
                        .ok_or_else(|| bad("junk after IPv6 host"))?,
                ),
            }
        } else {
            let (name, port) = match host.split_once(':') {
                Some((name, port)) => (name, Some(port)),
                None => (host, None),
            };
            let ok = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'.' || b == b'_';
            if name.is_empty() || !name.bytes().all(ok) {
                return Err(bad("missing or invalid host"));
            }
            port
        };
        if let Some(port) = port
            && port.parse::<u16>().is_err()
        {
            return Err(bad("port must be a number from 0 to 65535"));
        }
        let prefix = path.trim_end_matches('/').to_owned();
        let origin = format!("{scheme}://{host}");
        Ok(BaseUrl {
            full: format!("{origin}{prefix}"),
            origin,
            host: host.to_owned(),
            prefix,
        })
    }

    /// `origin` + `prefix`, without a trailing slash.
    pub fn as_str(&self) -> &str {
        &self.full
    }

    /// `host[:port]` as written in the URL.
    pub fn host(&self) -> &str {
        &self.host
    }

    /// `scheme://host[:port]`.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The path prefix without a trailing slash; may be empty.
    pub fn prefix(&self) -> &str {
        &self.prefix
    }
}

impl fmt::Display for BaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.full)
    }
}

/// The exact pieces a signer sees, plus headers it adds.
pub struct Parts {
    pub method: Method,
    /// Base prefix + endpoint path, as sent.
    pub path: String,
    /// Encoded query without `?`.
    pub query: String,
    /// Exact body text (empty when there is no body); always UTF-8 since it is built from
    /// JSON, form encoding or given text.
    pub body: String,
    /// The JSON-RPC method, `""` for plain requests.
    pub rpc_method: String,
    origin: String,
    host: String,
    escape: Escape,
    /// Set when the request carries a body.
    content_type: Option<&'static str>,
    send_body: bool,
    /// Query added after signing; sent, never signed.
    appended: String,
    headers: Vec<(String, String)>,
    secret_headers: Vec<String>,
}

impl Parts {
    /// Parts over given text, for signer examples; `path_and_query` is the full path as sent
    /// (base prefix included), split at the first `?`. A non-empty body is sent as JSON.
    pub fn raw(
        base: &BaseUrl,
        method: Method,
        path_and_query: &str,
        body: &str,
        rpc_method: &str,
    ) -> Parts {
        let (path, query) = path_and_query
            .split_once('?')
            .unwrap_or((path_and_query, ""));
        let content_type = (!body.is_empty()).then_some(JSON);
        Parts {
            method,
            path: path.to_owned(),
            query: query.to_owned(),
            body: body.to_owned(),
            rpc_method: rpc_method.to_owned(),
            origin: base.origin.clone(),
            host: base.host.clone(),
            escape: Escape::Rfc3986,
            content_type,
            send_body: true,
            appended: String::new(),
            headers: Vec::new(),
            secret_headers: Vec::new(),
        }
    }

    /// `path` plus `?query` when there is one (the signed part; appended params excluded).
    pub fn path_query(&self) -> String {
        if self.query.is_empty() {
            self.path.clone()
        } else {
            format!("{}?{}", self.path, self.query)
        }
    }

    pub fn host(&self) -> &str {
        &self.host
    }

    pub fn body_text(&self) -> &str {
        &self.body
    }

    /// What signing reads before assembly, taken from these parts.
    pub fn head(&self) -> Head {
        Head {
            method: self.method,
            path: self.path.clone(),
            host: self.host.clone(),
            rpc_method: self.rpc_method.clone(),
            params: Vec::new(),
        }
    }

    /// Adds a query param after signing (e.g. the signature itself).
    pub fn append_query(&mut self, name: &str, value: &dyn ToValue) {
        if let Some(value) = value.to_value() {
            if !self.appended.is_empty() {
                self.appended.push('&');
            }
            self.appended.push_str(&escape(name, self.escape));
            self.appended.push('=');
            self.appended.push_str(&escape(&value.text(), self.escape));
        }
    }

    /// Sets a header, replacing any earlier one of the same name (case-insensitive).
    pub fn header(&mut self, name: &str, value: impl fmt::Display) {
        set_header(&mut self.headers, name, value.to_string());
    }

    /// Sets a header whose value carries a secret credential's text; dry runs redact it.
    pub fn secret_header(&mut self, name: &str, value: impl fmt::Display) {
        self.header(name, value);
        self.secret_headers.push(name.to_owned());
    }

    pub fn into_request(self) -> Request {
        let query = match (self.query.is_empty(), self.appended.is_empty()) {
            (true, true) => String::new(),
            (false, true) => format!("?{}", self.query),
            (true, false) => format!("?{}", self.appended),
            (false, false) => format!("?{}&{}", self.query, self.appended),
        };
        let mut headers = self.headers;
        let body = match self.content_type {
            Some(content_type) if self.send_body => {
                if find_header(&headers, "content-type").is_none() {
                    headers.push(("Content-Type".into(), content_type.into()));
                }
                Some(self.body.into_bytes())
            }
            _ => None,
        };
        Request {
            method: self.method,
            url: format!("{}{}{query}", self.origin, self.path),
            headers,
            body,
            secret_headers: self.secret_headers,
        }
    }
}

// Header values and the query may carry an API key or passphrase, so Debug shows names and sizes.
impl fmt::Debug for Parts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Parts")
            .field("method", &self.method)
            .field("host", &self.host)
            .field("path", &self.path)
            .field("query_len", &self.query.len())
            .field("body_len", &self.body.len())
            .field("rpc_method", &self.rpc_method)
            .field("headers", &header_names(&self.headers))
            .finish_non_exhaustive()
    }
}

fn set_header(headers: &mut Vec<(String, String)>, name: &str, value: String) {
    headers.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
    headers.push((name.to_owned(), value));
}

fn find_header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

fn header_names(headers: &[(String, String)]) -> Vec<&str> {
    headers.iter().map(|(n, _)| n.as_str()).collect()
}

/// A request ready to send.
#[derive(Clone, PartialEq, Eq)]
pub struct Request {
    pub method: Method,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<Vec<u8>>,
    /// Names of headers whose value carries a secret credential's text (a plain passphrase):
    /// sent as-is, but shown as `[REDACTED]` by `to_json`.
    pub secret_headers: Vec<String>,
}

impl Request {
    /// `{"method","url","headers":{name: value},"body": text-or-null}`, for dry runs: header
    /// values that carry a secret credential's text show as `[REDACTED]`.
    pub fn to_json(&self) -> serde_json::Value {
        let headers: serde_json::Map<String, serde_json::Value> = self
            .headers
            .iter()
            .map(|(n, v)| {
                let secret = self
                    .secret_headers
                    .iter()
                    .any(|s| s.eq_ignore_ascii_case(n));
                let shown = if secret { "[REDACTED]" } else { v.as_str() };
                (n.clone(), serde_json::Value::from(shown))
            })
            .collect();
        serde_json::json!({
            "method": self.method.as_str(),
            "url": self.url,
            "headers": headers,
            "body": self.body.as_ref().map(|b| String::from_utf8_lossy(b).into_owned()),
        })
    }

    /// Case-insensitive header lookup.
    pub fn header(&self, name: &str) -> Option<&str> {
        find_header(&self.headers, name)
    }
}

impl fmt::Debug for Request {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The query may carry an API key; show the URL up to `?`.
        let (url, query) = self.url.split_once('?').unwrap_or((&self.url, ""));
        f.debug_struct("Request")
            .field("method", &self.method)
            .field("url", &url)
            .field("query_len", &query.len())
            .field("headers", &header_names(&self.headers))
            .field("body_len", &self.body.as_ref().map(Vec::len))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::{AsNumber, Decimal};

    const PLAIN: Encoding = Encoding {
        query_order: QueryOrder::AsDeclared,
        escape: Escape::Rfc3986,
        body_root: None,
        send_body: true,
    };

    fn base() -> BaseUrl {
        BaseUrl::parse("https://api.example.com/v3/").unwrap()
    }

    fn body_text(parts: &Parts) -> &str {
        parts.body.as_str()
    }

    #[test]
    fn escaping() {
        assert_eq!(
            escape(r#"{"symbol": "XBTM15"}"#, Escape::Form),
            "%7B%22symbol%22%3A+%22XBTM15%22%7D"
        );
        assert_eq!(escape("１２", Escape::Rfc3986), "%EF%BC%91%EF%BC%92");
        assert_eq!(escape("a b+c~_.-*", Escape::Rfc3986), "a%20b%2Bc~_.-%2A");
        assert_eq!(escape("a b+c~_.-*", Escape::Form), "a+b%2Bc~_.-%2A");
    }

    #[test]
    fn base_url_parts() {
        let b = base();
        assert_eq!(b.as_str(), "https://api.example.com/v3");
        assert_eq!(b.origin(), "https://api.example.com");
        assert_eq!(b.host(), "api.example.com");
        assert_eq!(b.prefix(), "/v3");
        let b = BaseUrl::parse("http://127.0.0.1:8080").unwrap();
        assert_eq!(
            (b.host(), b.prefix(), b.origin()),
            ("127.0.0.1:8080", "", "http://127.0.0.1:8080")
        );
        let b = BaseUrl::parse("http://[::1]:9/x").unwrap();
        assert_eq!((b.host(), b.prefix()), ("[::1]:9", "/x"));
        for bad in [
            "api.example.com",
            "ftp://x",
            "https://",
            "https://a/b?c=1",
            "https://a:99999",
            "https://u:pw@a",
            "https://a b",
        ] {
            let err = BaseUrl::parse(bad).unwrap_err();
            assert!(matches!(err, Error::InvalidBaseUrl(_)), "{bad}");
            assert!(!err.to_string().contains("pw"));
        }
    }

    #[test]
    fn json_body_keeps_order_and_writes_numbers_raw() {
        let price: Decimal = "0.10".parse().unwrap();
        let mut draft = Draft::new(Method::Post, "/orders", BodyFormat::Json);
        draft.body("symbol", &"BTC-USDT");
        draft.body("price", &AsNumber(&price));
        draft.body("size", &price);
        draft.body("absent", &None::<u64>);
        draft.body("reduceOnly", &false);
        draft.body("meta", &serde_json::json!({"b": [1, 2], "a": "x\"y"}));
        draft.insert_body(At::Start, "nonce", &5u64);
        draft.insert_body(At::End, "sig", &"s");
        let parts = draft.assemble(&base(), &PLAIN, 0);
        assert_eq!(
            body_text(&parts),
            r#"{"nonce":5,"symbol":"BTC-USDT","price":0.10,"size":"0.10","reduceOnly":false,"meta":{"b":[1,2],"a":"x\"y"},"sig":"s"}"#
        );
        assert_eq!(parts.path, "/v3/orders");
        assert_eq!(parts.query, "");
        assert_eq!(parts.rpc_method, "");
    }

    #[test]
    fn start_inserts_keep_call_order() {
        let mut draft = Draft::new(Method::Get, "/x", BodyFormat::None);
        draft.query("b", &"2");
        draft.insert_query(At::Start, "first", &"1");
        draft.insert_query(At::Start, "second", &"2");
        draft.insert_query(At::End, "last", &"9");
        draft.insert_param(At::End, "viaParam", &1u32);
        let parts = draft.assemble(&base(), &PLAIN, 0);
        assert_eq!(parts.query, "first=1&second=2&b=2&last=9&viaParam=1");
        assert!(parts.body.is_empty());
    }

    #[test]
    fn body_root_nests_endpoint_params_only() {
        let enc = Encoding {
            body_root: Some("payload"),
            ..PLAIN
        };
        let mut draft = Draft::new(Method::Post, "/x", BodyFormat::Json);
        draft.insert_body(At::Start, "account", &"acc");
        draft.insert_param(At::End, "timestamp", &1u64);
        draft.body("symbol", &"ETH");
        draft.body("qty", &3i64);
        let parts = draft.assemble(&base(), &enc, 0);
        assert_eq!(
            body_text(&parts),
            r#"{"account":"acc","payload":{"symbol":"ETH","qty":3},"timestamp":1}"#
        );

        let mut draft = Draft::new(Method::Post, "/x", BodyFormat::Json);
        draft.insert_body(At::End, "timestamp", &1u64);
        let parts = draft.assemble(&base(), &enc, 0);
        assert_eq!(body_text(&parts), r#"{"timestamp":1}"#);

        let parts = Draft::new(Method::Post, "/x", BodyFormat::Json).assemble(&base(), &PLAIN, 0);
        assert_eq!(body_text(&parts), "{}");
    }

    #[test]
    fn jsonrpc_body_shape() {
        let mut draft = Draft::rpc("user.info", "/rpc");
        draft.insert_param(At::Start, "key", &"k");
        draft.insert_param(At::End, "nonce", &1u64);
        let parts = draft.assemble(&base(), &PLAIN, 7);
        assert_eq!(
            body_text(&parts),
            r#"{"jsonrpc":"2.0","method":"user.info","params":{"key":"k","nonce":1},"id":7}"#
        );
        assert_eq!(parts.method, Method::Post);
        assert_eq!(parts.rpc_method, "user.info");
        assert_eq!(parts.path, "/v3/rpc");
    }

    #[test]
    fn form_body_and_sorted_query() {
        let enc = Encoding {
            query_order: QueryOrder::Sorted,
            escape: Escape::Form,
            body_root: Some("ignored"),
            send_body: true,
        };
        let mut draft = Draft::new(Method::Post, "/private/AddOrder", BodyFormat::Form);
        draft.query("z", &"1");
        draft.query("a", &"x y");
        draft.body("pair", &"XBT/USD");
        draft.body("volume", &"1.25");
        draft.insert_param(At::Start, "nonce", &1616492376594u64);
        assert_eq!(draft.param("nonce"), "1616492376594");
        assert_eq!(draft.param("a"), "x y");
        assert_eq!(draft.param("missing"), "");
        let parts = draft.assemble(&base(), &enc, 0);
        assert_eq!(parts.query, "a=x+y&z=1");
        assert_eq!(
            body_text(&parts),
            "nonce=1616492376594&pair=XBT%2FUSD&volume=1.25"
        );
        let request = parts.into_request();
        assert_eq!(
            request.header("content-type"),
            Some("application/x-www-form-urlencoded")
        );
        assert_eq!(
            request.url,
            "https://api.example.com/v3/private/AddOrder?a=x+y&z=1"
        );
    }

    #[test]
    fn append_query_after_signing_and_into_request() {
        let mut draft = Draft::new(Method::Get, "/api/v3/account", BodyFormat::None);
        draft.query("recvWindow", &5000u64);
        draft.insert_param(At::End, "timestamp", &1_499_827_319_559u64);
        let base = BaseUrl::parse("https://api.example.com").unwrap();
        let mut parts = draft.assemble(&base, &PLAIN, 0);
        let signed = parts.path_query();
        assert_eq!(
            signed,
            "/api/v3/account?recvWindow=5000&timestamp=1499827319559"
        );
        parts.append_query("signature", &"ab cd");
        parts.header("X-MBX-APIKEY", "key");
        parts.header("x-mbx-apikey", "key2");
        assert_eq!(parts.path_query(), signed);
        assert_eq!(parts.host(), "api.example.com");
        let debug = format!("{parts:?}");
        assert!(!debug.contains("key2"), "{debug}");
        let request = parts.into_request();
        assert_eq!(
            request.url,
            "https://api.example.com/api/v3/account?recvWindow=5000&timestamp=1499827319559&signature=ab%20cd"
        );
        assert_eq!(
            request.headers,
            [("x-mbx-apikey".to_string(), "key2".to_string())]
        );
        assert_eq!(request.header("X-MBX-APIKEY"), Some("key2"));
        assert_eq!(request.body, None);
        assert!(!format!("{request:?}").contains("key2"));

        let mut parts = Draft::new(Method::Get, "/t", BodyFormat::None).assemble(&base, &PLAIN, 0);
        parts.append_query("sig", &"1");
        assert_eq!(parts.into_request().url, "https://api.example.com/t?sig=1");
    }

    #[test]
    fn into_request_body_and_content_type() {
        let mut draft = Draft::new(Method::Put, "/o", BodyFormat::Json);
        draft.body("a", &1u64);
        let mut parts = draft.clone().assemble(&base(), &PLAIN, 0);
        parts.header("content-type", "application/json; charset=utf-8");
        let request = parts.into_request();
        assert_eq!(request.body.as_deref(), Some(&br#"{"a":1}"#[..]));
        assert_eq!(request.headers.len(), 1);
        assert_eq!(
            request.header("Content-Type"),
            Some("application/json; charset=utf-8")
        );

        // Signed over the JSON body but sent without one.
        let enc = Encoding {
            send_body: false,
            ..PLAIN
        };
        let parts = draft.assemble(&base(), &enc, 0);
        assert_eq!(body_text(&parts), r#"{"a":1}"#);
        let request = parts.into_request();
        assert_eq!(request.body, None);
        assert_eq!(request.header("content-type"), None);
    }

    #[test]
    fn raw_parts() {
        let base = BaseUrl::parse("https://api.example.net").unwrap();
        let parts = Parts::raw(&base, Method::Post, "/orders?a=1?b", "{\"x\":1}", "");
        assert_eq!(parts.path, "/orders");
        assert_eq!(parts.query, "a=1?b");
        assert_eq!(parts.path_query(), "/orders?a=1?b");
        let request = parts.into_request();
        assert_eq!(request.url, "https://api.example.net/orders?a=1?b");
        assert_eq!(request.header("content-type"), Some("application/json"));

        let parts = Parts::raw(&base, Method::Get, "/time", "", "");
        let request = parts.into_request();
        assert_eq!((request.body, request.headers.len()), (None, 0));

        let parts = Parts::raw(&base, Method::Post, "/rpc", "{}", "user.info");
        assert_eq!(parts.head().rpc_method, "user.info");
    }

    #[test]
    fn secret_headers_are_sent_but_redacted_in_json() {
        let base = BaseUrl::parse("https://api.example.com").unwrap();
        let mut parts = Parts::raw(&base, Method::Get, "/x", "", "");
        parts.header("Key", "public");
        parts.secret_header("Passphrase", "hunter2");
        let request = parts.into_request();
        assert_eq!(request.header("passphrase"), Some("hunter2"));
        assert_eq!(request.to_json()["headers"]["Passphrase"], "[REDACTED]");
        assert_eq!(request.to_json()["headers"]["Key"], "public");
        assert!(!request.to_json().to_string().contains("hunter2"));
    }

    #[test]
    fn request_to_json() {
        let request = Request {
            method: Method::Delete,
            url: "https://x/y?z=1".into(),
            headers: vec![("A".into(), "1".into()), ("B".into(), "2".into())],
            body: Some(b"{\"k\":true}".to_vec()),
            secret_headers: Vec::new(),
        };
        assert_eq!(
            request.to_json(),
            serde_json::json!({
                "method": "DELETE",
                "url": "https://x/y?z=1",
                "headers": {"A": "1", "B": "2"},
                "body": "{\"k\":true}"
            })
        );
        let request = Request {
            body: None,
            secret_headers: Vec::new(),
            ..request
        };
        assert_eq!(request.to_json()["body"], serde_json::Value::Null);
    }

    #[test]
    fn method_names() {
        let all = [
            Method::Get,
            Method::Post,
            Method::Put,
            Method::Delete,
            Method::Patch,
        ];
        let names: Vec<_> = all.iter().map(Method::as_str).collect();
        assert_eq!(names, ["GET", "POST", "PUT", "DELETE", "PATCH"]);
    }
}
