//! Request assembly, compiled per endpoint: the generated parameter struct (an `Endpoint`)
//! writes its path, query and body straight into the buffers that are sent; `Assembly` adds
//! the auth fields around them; `Parts` is what signing reads; `into_request` hands the same
//! buffers on.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

use crate::Error;
use crate::crypto::RFC3986;
use crate::text::Text;
use crate::value::{Wire, write_json_str};

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

/// How one venue lays out its requests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Encoding {
    pub query_order: QueryOrder,
    pub escape: Escape,
    pub body_root: Option<&'static str>,
    pub send_body: bool,
    /// Order of a JSON body's top-level members: as written, or sorted by name.
    pub json_keys: QueryOrder,
}

impl BodyFormat {
    pub const fn has_body(self) -> bool {
        !matches!(self, BodyFormat::None)
    }
}

/// Percent-encodes `text` onto `out`; returns whether any byte was escaped.
fn escape_into(out: &mut String, text: &str, how: Escape) -> bool {
    // Names, enum values, numbers and most symbols need no escape: one copy.
    // The same set `RFC3986` keeps (its membership test is private to percent_encoding).
    if text
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~'))
    {
        out.push_str(text);
        return false;
    }
    let mut changed = false;
    for chunk in percent_encoding::utf8_percent_encode(text, RFC3986) {
        match how {
            Escape::Form if chunk == "%20" => out.push('+'),
            _ => out.push_str(chunk),
        }
        // Unescaped runs come back as borrowed slices of the input; escapes as `%XX`.
        changed |= chunk.starts_with('%');
    }
    changed
}

/// One endpoint's request, compiled: the generated parameter struct writes its own path,
/// query and body straight into the buffers that are sent.
pub trait Endpoint {
    const METHOD: Method;
    const BODY: BodyFormat;
    /// The JSON-RPC method, for JSON-RPC endpoints.
    const RPC_METHOD: Option<&'static str> = None;
    /// Headers this endpoint always sends (an action or API version), name and value.
    const HEADERS: &'static [(&'static str, &'static str)] = &[];

    /// The path after the base URL's prefix, path parameters escaped.
    fn write_path(&self, path: &mut PathWriter<'_>);

    /// The endpoint's query parameters, in declared order.
    fn write_query(&self, _query: &mut Fields) {}

    /// The endpoint's body parameters, in declared order.
    fn write_body(&self, _body: &mut Fields) {}

    /// One parameter's text as sent, for recipes that read `param('name')`.
    fn param(&self, _name: &str) -> Option<Text> {
        None
    }

    /// The encoding this endpoint's requests use, given the venue's (or the scheme's): an
    /// endpoint of another API family may order or escape differently.
    fn encoding(base: &Encoding) -> Encoding {
        *base
    }
}

/// A borrowed endpoint is the endpoint.
impl<T: Endpoint + ?Sized> Endpoint for &T {
    const METHOD: Method = T::METHOD;
    const BODY: BodyFormat = T::BODY;
    const RPC_METHOD: Option<&'static str> = T::RPC_METHOD;
    const HEADERS: &'static [(&'static str, &'static str)] = T::HEADERS;
    fn write_path(&self, path: &mut PathWriter<'_>) {
        (**self).write_path(path)
    }
    fn write_query(&self, query: &mut Fields) {
        (**self).write_query(query)
    }
    fn write_body(&self, body: &mut Fields) {
        (**self).write_body(body)
    }
    fn param(&self, name: &str) -> Option<Text> {
        (**self).param(name)
    }
    fn encoding(base: &Encoding) -> Encoding {
        T::encoding(base)
    }
}

/// Writes a path into the URL buffer.
pub struct PathWriter<'a> {
    url: &'a mut String,
    bad: Option<&'static str>,
}

impl PathWriter<'_> {
    pub fn push(&mut self, literal: &str) {
        self.url.push_str(literal);
    }

    /// One path parameter, percent-encoded (RFC 3986 unreserved kept, so `/` is escaped). An
    /// empty value, `.` or `..` would address another resource (URL parsers fold dot segments,
    /// even escaped), so it fails the request, naming the parameter.
    pub fn segment(&mut self, name: &'static str, value: &dyn Wire) {
        value.with_text(&mut |text| {
            if matches!(text, "" | "." | "..") {
                self.bad.get_or_insert(name);
            } else {
                escape_into(self.url, text, Escape::Rfc3986);
            }
        });
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    /// `name=value&…`, escaped.
    Pairs(Escape),
    Json,
    /// A request without a body: fields placed there are dropped.
    Discard,
}

/// A pair's place in the query, for sorting: name, then byte ranges in the encoded and the
/// decoded text.
type Span = (&'static str, (usize, usize), (usize, usize));

/// The query string or the body of one request, written field by field into the buffer that
/// is sent.
pub struct Fields {
    buf: String,
    style: Style,
    /// Where this part starts in `buf` (the query follows the path in the URL buffer).
    start: usize,
    count: usize,
    /// Written before the first pair: `?` in the URL.
    lead: &'static str,
    /// The query as the venue decodes it: path, `?`, and `name=value` pairs unescaped. Kept only
    /// when asked for, and filled only once some byte had to be escaped (until then it equals
    /// the encoded text, from `decoded_from`).
    keep_decoded: bool,
    decoded: Option<String>,
    decoded_from: usize,
    sorted: Option<Vec<Span>>,
    /// JSON: the key endpoint params nest under, opened at the first one.
    root: Option<&'static str>,
    in_root: bool,
    /// Byte ranges in `buf` of the values that carry a secret's text.
    secrets: Vec<(usize, usize)>,
}

impl Fields {
    fn new(buf: String, style: Style, sorted: bool) -> Fields {
        let start = buf.len();
        Fields {
            buf,
            style,
            start,
            count: 0,
            lead: "",
            keep_decoded: false,
            decoded: None,
            decoded_from: start,
            sorted: sorted.then(Vec::new),
            root: None,
            in_root: false,
            secrets: Vec::new(),
        }
    }

    /// Adds a field; an absent value (`None`) is skipped.
    pub fn field<V: Wire + ?Sized>(&mut self, name: &'static str, value: &V) {
        self.add(name, value, false);
    }

    /// Adds a field whose value carries a secret's text: sent as is, its bytes recorded so
    /// that showing the request hides them.
    pub fn secret_field<V: Wire + ?Sized>(&mut self, name: &'static str, value: &V) {
        self.add(name, value, true);
    }

    fn add<V: Wire + ?Sized>(&mut self, name: &'static str, value: &V, secret: bool) {
        if !value.present() {
            return;
        }
        match self.style {
            Style::Discard => {}
            Style::Json => {
                if let Some(root) = self.root.take() {
                    self.separate();
                    write_json_str(&mut self.buf, root);
                    self.buf.push_str(":{");
                    self.in_root = true;
                    self.count = 0;
                }
                self.separate();
                let member_at = self.buf.len();
                write_json_str(&mut self.buf, name);
                self.buf.push(':');
                let at = self.buf.len();
                value.write_json(&mut self.buf);
                if let Some(spans) = &mut self.sorted
                    && !self.in_root
                {
                    spans.push((name, (member_at, self.buf.len()), (0, 0)));
                }
                if secret {
                    // Inside the quotes of a string, so the shown JSON stays valid.
                    let written = &self.buf.as_bytes()[at..];
                    let quoted = written.len() >= 2 && written[0] == b'"';
                    let q = usize::from(quoted);
                    self.secrets.push((at + q, self.buf.len() - q));
                }
            }
            Style::Pairs(how) => {
                let range = self.pair(name, &value, how);
                if secret {
                    self.secrets.push(range);
                }
            }
        }
        self.count += 1;
    }

    fn separate(&mut self) {
        if self.count > 0 {
            self.buf.push(',');
        }
    }

    /// Writes `name=value`; returns where the escaped value lies in `buf`.
    fn pair(&mut self, name: &'static str, value: &dyn Wire, how: Escape) -> (usize, usize) {
        let sep = if self.count == 0 { self.lead } else { "&" };
        let mark = self.buf.len();
        self.buf.push_str(sep);
        let at = self.buf.len();
        let mut changed = escape_into(&mut self.buf, name, how);
        self.buf.push('=');
        let value_at = self.buf.len();
        let keep = self.keep_decoded;
        let (buf, decoded, from) = (&mut self.buf, &mut self.decoded, self.decoded_from);
        let mut decoded_at = 0;
        value.with_text(&mut |text| {
            changed |= escape_into(buf, text, how);
            if keep && decoded.is_none() && changed {
                *decoded = Some(buf[from..mark].to_owned());
            }
            if let Some(d) = decoded.as_mut() {
                d.push_str(sep);
                decoded_at = d.len();
                d.push_str(name);
                d.push('=');
                d.push_str(text);
            }
        });
        if let Some(spans) = &mut self.sorted {
            let decoded_end = self.decoded.as_ref().map_or(0, String::len);
            spans.push((name, (at, self.buf.len()), (decoded_at, decoded_end)));
        }
        (value_at, self.buf.len())
    }

    /// Reorders the pairs by name (stable), when the venue sorts its query.
    fn sort(&mut self) {
        let Some(mut spans) = self.sorted.take() else {
            return;
        };
        if spans.windows(2).all(|w| w[0].0 <= w[1].0) {
            return;
        }
        if self.style == Style::Json {
            // Top-level members only; a nested root keeps its members' order.
            spans.sort_by_key(|s| s.0);
            let end = spans.iter().map(|s| s.1.1).max().unwrap_or(self.start);
            // Members nested under a root are not top-level pairs: leave such a body as is.
            let covered: usize = spans.iter().map(|s| s.1.1 - s.1.0 + 1).sum();
            if covered != end - self.start + 1 {
                return;
            }
            let mut sorted = String::with_capacity(end - self.start);
            let mut secrets = Vec::with_capacity(self.secrets.len());
            for (i, (_, (a, b), _)) in spans.iter().enumerate() {
                if i > 0 {
                    sorted.push(',');
                }
                let moved_to = self.start + sorted.len();
                secrets.extend(
                    self.secrets
                        .iter()
                        .filter(|(x, y)| a <= x && y <= b)
                        .map(|(x, y)| (moved_to + x - a, moved_to + y - a)),
                );
                sorted.push_str(&self.buf[*a..*b]);
            }
            self.buf.replace_range(self.start..end, &sorted);
            self.secrets = secrets;
            return;
        }
        spans.sort_by_key(|s| s.0);
        let first = self.lead;
        let mut encoded = String::with_capacity(self.buf.len() - self.start);
        let mut decoded = self
            .decoded
            .as_ref()
            .map(|d| String::with_capacity(d.len()));
        let mut secrets = Vec::with_capacity(self.secrets.len());
        for (i, (_, (a, b), (c, d))) in spans.iter().enumerate() {
            let sep = if i == 0 { first } else { "&" };
            encoded.push_str(sep);
            // Secret values move with their pair.
            let moved_to = self.start + encoded.len();
            secrets.extend(
                self.secrets
                    .iter()
                    .filter(|(x, y)| a <= x && y <= b)
                    .map(|(x, y)| (moved_to + x - a, moved_to + y - a)),
            );
            encoded.push_str(&self.buf[*a..*b]);
            if let (Some(out), Some(src)) = (&mut decoded, &self.decoded) {
                out.push_str(sep);
                out.push_str(&src[*c..*d]);
            }
        }
        if let (Some(mut out), Some(src)) = (decoded, &self.decoded) {
            // The decoded text starts with the path, which is not a pair.
            out.insert_str(0, &src[..self.start - self.decoded_from]);
            self.decoded = Some(out);
        }
        self.buf.truncate(self.start);
        self.buf.push_str(&encoded);
        self.secrets = secrets;
    }

    fn open_root(&mut self, root: Option<&'static str>) {
        self.root = root;
    }

    fn close_root(&mut self) {
        self.root = None;
        if self.in_root {
            self.buf.push('}');
            self.in_root = false;
            self.count = 1;
        }
    }
}

/// Shows only how many fields there are: values may carry an API key.
impl fmt::Debug for Fields {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Fields")
            .field("style", &self.style)
            .field("count", &self.count)
            .finish_non_exhaustive()
    }
}

/// What a recipe may read before the query and body exist: method, path, host, JSON-RPC
/// method, and the endpoint's params by name.
pub struct Head<'a> {
    pub method: Method,
    pub path: &'a str,
    pub host: &'a str,
    pub rpc_method: &'a str,
    params: Option<&'a dyn Params>,
}

impl Head<'_> {
    /// One param's text as sent, empty when absent.
    pub fn param(&self, name: &str) -> Text {
        self.params.and_then(|p| p.param(name)).unwrap_or_default()
    }
}

/// Params by name, behind a `dyn` so `Head` needs no type parameter.
pub trait Params {
    fn param(&self, name: &str) -> Option<Text>;
}

impl<E: Endpoint> Params for E {
    fn param(&self, name: &str) -> Option<Text> {
        Endpoint::param(self, name)
    }
}

/// One request being assembled: the URL (origin, path, query) and the body are each one
/// buffer, written once.
pub struct Assembly<'e, E: Endpoint> {
    endpoint: &'e E,
    encoding: Encoding,
    host: (usize, usize),
    path_at: usize,
    query: Fields,
    body: Fields,
    endpoint_written: bool,
    keep_params_query: bool,
}

impl<'e, E: Endpoint> Assembly<'e, E> {
    /// Starts the URL (origin, prefix, path) and the body.
    pub fn new(endpoint: &'e E, base: &BaseUrl, encoding: &Encoding) -> Result<Self, Error> {
        let encoding = &E::encoding(encoding);
        let mut url = String::with_capacity(base.full.len() + 192);
        url.push_str(&base.origin);
        let host_end = url.len();
        url.push_str(&base.prefix);
        let path_at = host_end;
        let mut path = PathWriter {
            url: &mut url,
            bad: None,
        };
        endpoint.write_path(&mut path);
        if let Some(name) = path.bad {
            return Err(Error::InvalidParam {
                name: name.into(),
                message: "a path parameter cannot be empty, `.` or `..`".into(),
            });
        }
        let sorted = encoding.query_order == QueryOrder::Sorted;
        let mut query = Fields::new(url, Style::Pairs(encoding.escape), sorted);
        query.decoded_from = path_at;
        query.lead = "?";
        let body = match (E::BODY, E::RPC_METHOD) {
            (BodyFormat::None, _) => Fields::new(String::new(), Style::Discard, false),
            (BodyFormat::Form, _) => Fields::new(
                String::with_capacity(256),
                Style::Pairs(encoding.escape),
                false,
            ),
            (BodyFormat::Json, rpc) => {
                let mut buf = String::with_capacity(256);
                if let Some(method) = rpc {
                    buf.push_str("{\"jsonrpc\":\"2.0\",\"method\":");
                    write_json_str(&mut buf, method);
                    buf.push_str(",\"params\":{");
                } else {
                    buf.push('{');
                }
                Fields::new(buf, Style::Json, encoding.json_keys == QueryOrder::Sorted)
            }
        };
        Ok(Assembly {
            endpoint,
            encoding: *encoding,
            host: (base.origin.len() - base.host.len(), host_end),
            path_at,
            query,
            body,
            endpoint_written: false,
            keep_params_query: false,
        })
    }

    /// Also keeps the query as the venue decodes it, for recipes that sign that form.
    pub fn keep_decoded_query(mut self) -> Self {
        self.query.keep_decoded = true;
        if self.query.sorted.is_some() {
            // Sorting needs every pair's decoded span, so keep the text from the start.
            self.query.decoded = Some(self.query.buf[self.path_at..].to_owned());
        }
        self
    }

    /// Also keeps the endpoint's own params as one query string, wherever they are sent, for
    /// recipes that sign `params_query` (a JSON body's params hashed as `a=1&b=2`).
    pub fn keep_params_query(mut self) -> Self {
        self.keep_params_query = true;
        self
    }

    /// What signing may read before the query and body are written.
    pub fn head(&self) -> Head<'_> {
        Head {
            method: E::METHOD,
            path: &self.query.buf[self.path_at..self.query.start],
            host: &self.query.buf[self.host.0..self.host.1],
            rpc_method: E::RPC_METHOD.unwrap_or_default(),
            params: Some(self.endpoint),
        }
    }

    /// The query, for auth fields.
    pub fn query(&mut self) -> &mut Fields {
        &mut self.query
    }

    /// The body, for auth fields (top level, never nested under the venue's body root).
    pub fn body(&mut self) -> &mut Fields {
        &mut self.body
    }

    /// The body when the request has one, else the query.
    pub fn params(&mut self) -> &mut Fields {
        if E::BODY.has_body() {
            &mut self.body
        } else {
            &mut self.query
        }
    }

    /// Writes the endpoint's own query and body params here (auth fields written before
    /// come first, those written after come last). `finish` does it if nobody did.
    pub fn endpoint_params(&mut self) {
        if self.endpoint_written {
            return;
        }
        self.endpoint_written = true;
        self.endpoint.write_query(&mut self.query);
        self.body.open_root(self.encoding.body_root);
        self.endpoint.write_body(&mut self.body);
        self.body.close_root();
    }

    /// Closes the query and body: these are the exact bytes signed and sent.
    pub fn finish(mut self, rpc_id: u64) -> Parts {
        self.endpoint_params();
        self.body.sort();
        let params_query = self.keep_params_query.then(|| {
            let sorted = self.encoding.query_order == QueryOrder::Sorted;
            let mut pairs = Fields::new(String::new(), Style::Pairs(self.encoding.escape), sorted);
            self.endpoint.write_query(&mut pairs);
            self.endpoint.write_body(&mut pairs);
            pairs.sort();
            pairs.buf
        });
        self.query.sort();
        let content_type = match E::BODY {
            BodyFormat::None => None,
            BodyFormat::Form => Some(FORM),
            BodyFormat::Json => {
                self.body.buf.push('}');
                if E::RPC_METHOD.is_some() {
                    self.body.buf.push_str(",\"id\":");
                    self.body.buf.push_str(itoa::Buffer::new().format(rpc_id));
                    self.body.buf.push('}');
                }
                Some(JSON)
            }
        };
        let query_at = (self.query.count > 0).then_some(self.query.start + 1);
        let signed_end = self.query.buf.len();
        Parts {
            method: E::METHOD,
            host: self.host,
            path_at: self.path_at,
            query_at,
            signed_end,
            decoded: self.query.decoded,
            url: self.query.buf,
            body: self.body.buf,
            rpc_method: Cow::Borrowed(E::RPC_METHOD.unwrap_or_default()),
            escape: self.encoding.escape,
            content_type,
            send_body: self.encoding.send_body,
            endpoint_headers: E::HEADERS,
            params_query,
            headers: Vec::new(),
            secrets: SecretSpans {
                url: self.query.secrets,
                body: self.body.secrets,
            },
        }
    }
}

/// A raw request's params as a query string: a form body as is, a JSON object body's top-level
/// members as `name=value` (text as is, anything else as JSON), else none (the query is used).
fn raw_params_query(body: &str, escape: Escape) -> Option<String> {
    if body.is_empty() {
        return None;
    }
    let Ok(serde_json::Value::Object(members)) = serde_json::from_str(body) else {
        return Some(body.to_owned());
    };
    let mut out = String::with_capacity(body.len());
    for (i, (name, value)) in members.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        escape_into(&mut out, name, escape);
        out.push('=');
        match value {
            serde_json::Value::String(text) => escape_into(&mut out, text, escape),
            other => escape_into(&mut out, &other.to_string(), escape),
        };
    }
    Some(out)
}

const JSON: &str = "application/json";
const FORM: &str = "application/x-www-form-urlencoded";

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

/// The assembled request as signing sees it, plus the headers signing adds.
pub struct Parts {
    method: Method,
    /// Origin, path, `?query`: the URL as sent, written once.
    url: String,
    host: (usize, usize),
    path_at: usize,
    /// Where the query starts (after `?`), when there is one.
    query_at: Option<usize>,
    /// End of the signed URL; params appended after signing come after it.
    signed_end: usize,
    /// Path and query as the venue decodes them, when that differs from the encoded text.
    decoded: Option<String>,
    body: String,
    rpc_method: Cow<'static, str>,
    escape: Escape,
    content_type: Option<&'static str>,
    send_body: bool,
    /// The endpoint's own headers, sent before the scheme's.
    endpoint_headers: &'static [(&'static str, &'static str)],
    /// The endpoint's params as one query string, when a recipe reads `params_query`.
    params_query: Option<String>,
    headers: Vec<Header>,
    secrets: SecretSpans,
}

impl Parts {
    /// Parts over given text, for signer examples; `path_and_query` is the full path as sent
    /// (base prefix included). A non-empty body is sent as JSON.
    pub fn raw(
        base: &BaseUrl,
        encoding: &Encoding,
        method: Method,
        path_and_query: &str,
        body: &str,
        rpc_method: &str,
    ) -> Parts {
        let url = format!("{}{path_and_query}", base.origin);
        let path_at = base.origin.len();
        let query_at = path_and_query.find('?').map(|q| path_at + q + 1);
        let decoded = query_at.and_then(|at| {
            let query = &url[at..];
            let plus = encoding.escape == Escape::Form && query.contains('+');
            let spaced = if plus {
                Cow::Owned(query.replace('+', " "))
            } else {
                Cow::Borrowed(query)
            };
            let decoded = percent_encoding::percent_decode_str(&spaced).decode_utf8_lossy();
            (plus || decoded != query).then(|| format!("{}{decoded}", &url[path_at..at]))
        });
        Parts {
            method,
            host: (base.origin.len() - base.host.len(), base.origin.len()),
            path_at,
            query_at,
            signed_end: url.len(),
            decoded,
            url,
            body: body.to_owned(),
            rpc_method: Cow::Owned(rpc_method.to_owned()),
            escape: encoding.escape,
            content_type: (!body.is_empty()).then_some(JSON),
            send_body: encoding.send_body,
            endpoint_headers: &[],
            params_query: raw_params_query(body, encoding.escape),
            headers: Vec::new(),
            secrets: SecretSpans::default(),
        }
    }

    /// The same parts sending these endpoint headers too (examples given as raw requests).
    pub fn with_headers(mut self, headers: &'static [(&'static str, &'static str)]) -> Parts {
        self.endpoint_headers = headers;
        self
    }

    pub fn method(&self) -> Method {
        self.method
    }

    /// The value of a header the request sends before signing adds its own: one of the
    /// endpoint's (name matched ignoring case), `Host`, or the body's `Content-Type`; empty
    /// when there is none.
    pub fn header_text(&self, name: &str) -> &str {
        if let Some((_, value)) = self
            .endpoint_headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
        {
            return value;
        }
        if name.eq_ignore_ascii_case("host") {
            return self.host();
        }
        match self.content_type {
            Some(content_type) if self.send_body && name.eq_ignore_ascii_case("content-type") => {
                content_type
            }
            _ => "",
        }
    }

    /// The endpoint's own params as one query string (`a=1&b=2`, escaped and ordered like the
    /// query), wherever they are sent; the query when they were not kept.
    pub fn params_query(&self) -> &str {
        self.params_query.as_deref().unwrap_or(self.query())
    }

    /// `host[:port]` as in the base URL.
    pub fn host(&self) -> &str {
        &self.url[self.host.0..self.host.1]
    }

    /// Base prefix and endpoint path, as sent.
    pub fn path(&self) -> &str {
        let end = self.query_at.map_or(self.signed_end, |q| q - 1);
        &self.url[self.path_at..end]
    }

    /// The encoded query without `?`, as sent and signed (params appended later excluded).
    pub fn query(&self) -> &str {
        self.query_at
            .map_or("", |at| &self.url[at..self.signed_end])
    }

    /// `path` plus `?query` when there is a query.
    pub fn path_query(&self) -> &str {
        &self.url[self.path_at..self.signed_end]
    }

    /// `path_query` with the query's escapes undone, as venues that decode it sign it.
    pub fn decoded_path_query(&self) -> &str {
        self.decoded.as_deref().unwrap_or(self.path_query())
    }

    /// The query with its escapes undone, without `?`.
    pub fn decoded_query(&self) -> &str {
        match (&self.decoded, self.query_at) {
            (Some(d), Some(at)) => &d[at - self.path_at..],
            _ => self.query(),
        }
    }

    /// The exact body text (empty when there is none).
    pub fn body_text(&self) -> &str {
        &self.body
    }

    /// The JSON-RPC method, empty for plain requests.
    pub fn rpc_method(&self) -> &str {
        &self.rpc_method
    }

    /// What signing reads before assembly, taken from these parts (no params by name).
    pub fn head(&self) -> Head<'_> {
        Head {
            method: self.method,
            path: self.path(),
            host: self.host(),
            rpc_method: &self.rpc_method,
            params: None,
        }
    }

    /// Adds a query param after signing (e.g. the signature itself).
    pub fn append_query<V: Wire + ?Sized>(&mut self, name: &str, value: &V) {
        self.append(name, value, false);
    }

    /// Adds a query param after signing whose value carries a secret's text: sent as is,
    /// hidden when the request is shown.
    pub fn append_secret_query<V: Wire + ?Sized>(&mut self, name: &str, value: &V) {
        self.append(name, value, true);
    }

    fn append<V: Wire + ?Sized>(&mut self, name: &str, value: &V, secret: bool) {
        if !value.present() {
            return;
        }
        self.url
            .push(if self.url.len() > self.path_at + self.path().len() {
                '&'
            } else {
                '?'
            });
        escape_into(&mut self.url, name, self.escape);
        self.url.push('=');
        let at = self.url.len();
        let (url, how) = (&mut self.url, self.escape);
        value.with_text(&mut |text| {
            escape_into(url, text, how);
        });
        if secret {
            self.secrets.url.push((at, self.url.len()));
        }
    }

    /// Room for `count` more headers (and a default `Content-Type`), so the list is allocated
    /// once.
    pub fn reserve_headers(&mut self, count: usize) {
        self.headers
            .reserve_exact(count + usize::from(self.content_type.is_some()));
    }

    /// Adds a header. A scheme's header names are unique ignoring case (checked with the
    /// spec), and a `Content-Type` given here replaces the default one.
    #[inline]
    pub fn header(&mut self, name: &'static str, value: impl Into<HeaderValue>) {
        self.add(name, value.into(), false);
    }

    /// Sets a header whose value carries a secret credential's text; dry runs redact it.
    #[inline]
    pub fn secret_header(&mut self, name: &'static str, value: impl Into<HeaderValue>) {
        self.add(name, value.into(), true);
    }

    #[inline]
    fn add(&mut self, name: &'static str, value: HeaderValue, secret: bool) {
        // An empty value is left out, so a recipe can send a header only when it has one.
        if value.as_str().is_empty() {
            return;
        }
        self.headers.push(Header {
            name,
            value,
            secret,
        });
    }

    pub fn into_request(self) -> Request {
        let mut headers = self.headers;
        if !self.endpoint_headers.is_empty() {
            headers.splice(
                0..0,
                self.endpoint_headers.iter().map(|&(name, value)| Header {
                    name,
                    value: HeaderValue::from_static(value),
                    secret: false,
                }),
            );
        }
        let body = match self.content_type {
            Some(content_type) if self.send_body => {
                if !headers
                    .iter()
                    .any(|h| h.name.eq_ignore_ascii_case("content-type"))
                {
                    headers.push(Header {
                        name: "Content-Type",
                        value: HeaderValue::from_static(content_type),
                        secret: false,
                    });
                }
                Some(self.body.into_bytes())
            }
            _ => None,
        };
        let secrets = SecretSpans {
            url: self.secrets.url,
            body: if body.is_some() {
                self.secrets.body
            } else {
                Vec::new()
            },
        };
        Request {
            method: self.method,
            url: self.url,
            headers,
            body,
            secrets,
        }
    }
}

// Header values and the query may carry an API key or passphrase, so Debug shows names and sizes.
impl fmt::Debug for Parts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Parts")
            .field("method", &self.method)
            .field("host", &self.host())
            .field("path", &self.path())
            .field("query_len", &self.query().len())
            .field("body_len", &self.body.len())
            .field("rpc_method", &self.rpc_method)
            .field("headers", &header_names(&self.headers))
            .finish_non_exhaustive()
    }
}

fn header_names(headers: &[Header]) -> Vec<&str> {
    headers.iter().map(|h| h.name).collect()
}

/// A header value: a literal, a value fixed when the signer was built (shared, not copied per
/// request), a short value made for this request (a timestamp, inline), or a longer one.
#[derive(Clone)]
pub struct HeaderValue(HeaderRepr);

/// Inline room: timestamps and hex or base64 SHA-256 signatures fit.
const HEADER_INLINE: usize = 64;

#[derive(Clone)]
enum HeaderRepr {
    Static(&'static str),
    Shared(Arc<str>),
    Inline { len: u8, buf: [u8; HEADER_INLINE] },
    Owned(String),
}

impl HeaderValue {
    pub const fn from_static(text: &'static str) -> HeaderValue {
        HeaderValue(HeaderRepr::Static(text))
    }

    /// A value computed once (from credentials) and cloned per request: a short one is
    /// copied (cheaper than counting references), a long one shared.
    pub fn shared(text: &str) -> HeaderValue {
        if text.len() <= HEADER_INLINE {
            HeaderValue::from(text)
        } else {
            HeaderValue(HeaderRepr::Shared(Arc::from(text)))
        }
    }

    fn inline(bytes: &[u8]) -> HeaderValue {
        let mut buf = [0; HEADER_INLINE];
        buf[..bytes.len()].copy_from_slice(bytes);
        HeaderValue(HeaderRepr::Inline {
            len: bytes.len() as u8,
            buf,
        })
    }

    /// Whether this value was made for its request on the heap (not a literal, not shared
    /// with the signer, not short enough to be inline).
    pub fn is_owned(&self) -> bool {
        matches!(self.0, HeaderRepr::Owned(_))
    }

    pub fn as_str(&self) -> &str {
        match &self.0 {
            HeaderRepr::Static(s) => s,
            HeaderRepr::Shared(s) => s,
            // Only whole `&str`s are copied in, so the bytes are UTF-8.
            HeaderRepr::Inline { len, buf } => {
                std::str::from_utf8(&buf[..usize::from(*len)]).unwrap_or_default()
            }
            HeaderRepr::Owned(s) => s,
        }
    }
}

impl From<&str> for HeaderValue {
    #[inline]
    fn from(text: &str) -> HeaderValue {
        if text.len() <= HEADER_INLINE {
            HeaderValue::inline(text.as_bytes())
        } else {
            HeaderValue(HeaderRepr::Owned(text.to_owned()))
        }
    }
}

impl From<Text> for HeaderValue {
    #[inline]
    fn from(text: Text) -> HeaderValue {
        let bytes = Text::as_bytes(&text);
        if bytes.len() <= HEADER_INLINE {
            HeaderValue::inline(bytes)
        } else {
            // A long text is already on the heap: moved, not copied.
            HeaderValue(HeaderRepr::Owned(text.into_string()))
        }
    }
}

impl From<u64> for HeaderValue {
    #[inline]
    fn from(n: u64) -> HeaderValue {
        HeaderValue::from(itoa::Buffer::new().format(n))
    }
}

impl From<String> for HeaderValue {
    fn from(text: String) -> HeaderValue {
        HeaderValue(HeaderRepr::Owned(text))
    }
}

// May be an API key or a signed passphrase.
impl fmt::Debug for HeaderValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("HeaderValue(..)")
    }
}

/// One header of a request.
#[derive(Clone, Debug)]
pub struct Header {
    pub name: &'static str,
    pub value: HeaderValue,
    /// Carries a secret credential's text (a plain passphrase): sent as is, shown as
    /// `[REDACTED]` by `Request::to_json`.
    pub secret: bool,
}

impl Header {
    pub fn new(name: &'static str, value: impl Into<HeaderValue>) -> Header {
        Header {
            name,
            value: value.into(),
            secret: false,
        }
    }
}

/// Where a request's URL and body carry a secret's text, as byte ranges: what showing the
/// request hides. The bytes sent are not changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SecretSpans {
    pub url: Vec<(usize, usize)>,
    pub body: Vec<(usize, usize)>,
}

/// What a secret shows as.
const REDACTED: &str = "[REDACTED]";

/// `text` with each of `spans` (sorted, not overlapping; others are skipped) replaced by
/// `[REDACTED]`.
fn redact<'a>(text: &'a str, spans: &[(usize, usize)]) -> Cow<'a, str> {
    if spans.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for &(a, b) in spans {
        if a < from || b > text.len() || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
            continue;
        }
        out.push_str(&text[from..a]);
        out.push_str(REDACTED);
        from = b;
    }
    out.push_str(&text[from..]);
    Cow::Owned(out)
}

/// A request ready to send.
#[derive(Clone)]
pub struct Request {
    pub method: Method,
    pub url: String,
    pub headers: Vec<Header>,
    pub body: Option<Vec<u8>>,
    /// The parts of `url` and `body` that carry a secret's text.
    pub secrets: SecretSpans,
}

impl Request {
    /// The URL with the values that carry a secret's text shown as `[REDACTED]`.
    pub fn shown_url(&self) -> Cow<'_, str> {
        redact(&self.url, &self.secrets.url)
    }

    /// The body as text (lossy), with the values that carry a secret's text shown as
    /// `[REDACTED]`.
    pub fn shown_body(&self) -> Option<Cow<'_, str>> {
        self.body.as_ref().map(|b| {
            match String::from_utf8_lossy(b) {
                Cow::Borrowed(text) => redact(text, &self.secrets.body),
                // Lossy decoding may move bytes, so the spans no longer apply: hide it all.
                Cow::Owned(_) if !self.secrets.body.is_empty() => Cow::Borrowed(REDACTED),
                Cow::Owned(text) => Cow::Owned(text),
            }
        })
    }

    /// `{"method","url","headers":{name: value},"body": text-or-null}`, for dry runs: header
    /// values, query values and body values that carry a secret's text show as `[REDACTED]`.
    pub fn to_json(&self) -> serde_json::Value {
        let headers: serde_json::Map<String, serde_json::Value> = self
            .headers
            .iter()
            .map(|h| {
                let shown = if h.secret { REDACTED } else { h.value.as_str() };
                (h.name.to_string(), serde_json::Value::from(shown))
            })
            .collect();
        serde_json::json!({
            "method": self.method.as_str(),
            "url": self.shown_url(),
            "headers": headers,
            "body": self.shown_body(),
        })
    }

    /// Case-insensitive header lookup.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| h.value.as_str())
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
        json_keys: QueryOrder::AsDeclared,
    };

    fn base() -> BaseUrl {
        BaseUrl::parse("https://api.example.com/v3/").unwrap()
    }

    /// A hand-written endpoint, as the generator would emit it.
    struct Order {
        id: String,
        symbol: Option<String>,
        price: Decimal,
        qty: Option<i64>,
        meta: Option<serde_json::Value>,
    }

    impl Endpoint for Order {
        const METHOD: Method = Method::Post;
        const BODY: BodyFormat = BodyFormat::Json;
        fn write_path(&self, path: &mut PathWriter<'_>) {
            path.push("/orders/");
            path.segment("id", &self.id);
        }
        fn write_query(&self, query: &mut Fields) {
            query.field("symbol", &self.symbol);
        }
        fn write_body(&self, body: &mut Fields) {
            body.field("price", &AsNumber(&self.price));
            body.field("size", &self.price);
            body.field("qty", &self.qty);
            body.field("reduceOnly", &false);
            body.field("meta", &self.meta);
        }
        fn param(&self, name: &str) -> Option<Text> {
            match name {
                "symbol" => self.symbol.as_deref().map(Text::from),
                _ => None,
            }
        }
    }

    fn order() -> Order {
        Order {
            id: "A/1".into(),
            symbol: Some("BTC-USDT,ETH".into()),
            price: "0.10".parse().unwrap(),
            qty: None,
            meta: Some(serde_json::json!({"b": [1, 2], "a": "x\"y"})),
        }
    }

    #[test]
    fn json_body_keeps_order_and_writes_numbers_raw() {
        let ep = order();
        let mut a = Assembly::new(&ep, &base(), &PLAIN).unwrap();
        a.body().field("nonce", &5u64);
        a.endpoint_params();
        a.body().field("sig", "s");
        let parts = a.finish(0);
        assert_eq!(
            parts.body_text(),
            r#"{"nonce":5,"price":0.10,"size":"0.10","reduceOnly":false,"meta":{"b":[1,2],"a":"x\"y"},"sig":"s"}"#
        );
        assert_eq!(parts.path(), "/v3/orders/A%2F1");
        assert_eq!(parts.query(), "symbol=BTC-USDT%2CETH");
        assert_eq!(parts.path_query(), "/v3/orders/A%2F1?symbol=BTC-USDT%2CETH");
        assert_eq!(parts.rpc_method(), "");
        assert_eq!(parts.host(), "api.example.com");
        // Not asked for: the decoded form is the encoded one.
        assert_eq!(parts.decoded_query(), "symbol=BTC-USDT%2CETH");
    }

    #[test]
    fn decoded_query_is_kept_when_asked_and_only_allocated_when_it_differs() {
        let mut ep = order();
        let parts = Assembly::new(&ep, &base(), &PLAIN)
            .unwrap()
            .keep_decoded_query()
            .finish(0);
        assert_eq!(parts.query(), "symbol=BTC-USDT%2CETH");
        assert_eq!(parts.decoded_query(), "symbol=BTC-USDT,ETH");
        assert_eq!(
            parts.decoded_path_query(),
            "/v3/orders/A%2F1?symbol=BTC-USDT,ETH"
        );
        assert!(parts.decoded.is_some());

        ep.symbol = Some("BTC-USDT".into());
        let parts = Assembly::new(&ep, &base(), &PLAIN)
            .unwrap()
            .keep_decoded_query()
            .finish(0);
        assert!(parts.decoded.is_none());
        assert_eq!(
            parts.decoded_path_query(),
            "/v3/orders/A%2F1?symbol=BTC-USDT"
        );

        // Escaping starts in a later pair: the earlier ones are copied over as they are.
        let mut a = Assembly::new(
            &ep,
            &base(),
            &Encoding {
                escape: Escape::Form,
                ..PLAIN
            },
        )
        .unwrap()
        .keep_decoded_query();
        a.endpoint_params();
        a.query().field("q", "a b/é");
        let parts = a.finish(0);
        assert_eq!(parts.query(), "symbol=BTC-USDT&q=a+b%2F%C3%A9");
        assert_eq!(parts.decoded_query(), "symbol=BTC-USDT&q=a b/é");
    }

    #[test]
    fn bad_path_segments_name_the_parameter() {
        for bad in ["", ".", ".."] {
            let ep = Order {
                id: bad.into(),
                ..order()
            };
            let err = Assembly::new(&ep, &base(), &PLAIN).err().unwrap();
            assert!(
                matches!(&err, Error::InvalidParam { name, .. } if name == "id"),
                "{err:?}"
            );
        }
    }

    struct Get {
        b: &'static str,
    }

    impl Endpoint for Get {
        const METHOD: Method = Method::Get;
        const BODY: BodyFormat = BodyFormat::None;
        fn write_path(&self, path: &mut PathWriter<'_>) {
            path.push("/x");
        }
        fn write_query(&self, query: &mut Fields) {
            query.field("b", self.b);
        }
    }

    #[test]
    fn auth_fields_before_and_after_endpoint_params() {
        let ep = Get { b: "2" };
        let mut a = Assembly::new(&ep, &base(), &PLAIN).unwrap();
        a.query().field("first", "1");
        a.params().field("second", &2u32);
        a.body().field("dropped", "no body");
        a.endpoint_params();
        a.query().field("last", "9");
        let parts = a.finish(0);
        assert_eq!(parts.query(), "first=1&second=2&b=2&last=9");
        assert_eq!(parts.body_text(), "");
        let request = parts.into_request();
        assert_eq!(
            request.url,
            "https://api.example.com/v3/x?first=1&second=2&b=2&last=9"
        );
        assert_eq!(request.body, None);
        assert!(request.headers.is_empty());
    }

    struct Nested {
        symbol: Option<&'static str>,
    }

    impl Endpoint for Nested {
        const METHOD: Method = Method::Post;
        const BODY: BodyFormat = BodyFormat::Json;
        fn write_path(&self, path: &mut PathWriter<'_>) {
            path.push("/x");
        }
        fn write_body(&self, body: &mut Fields) {
            body.field("symbol", &self.symbol);
            body.field("qty", &3i64);
        }
    }

    #[test]
    fn body_root_nests_endpoint_params_only() {
        let enc = Encoding {
            body_root: Some("payload"),
            ..PLAIN
        };
        let ep = Nested {
            symbol: Some("ETH"),
        };
        let mut a = Assembly::new(&ep, &base(), &enc).unwrap();
        a.body().field("account", "acc");
        a.endpoint_params();
        a.params().field("timestamp", &1u64);
        assert_eq!(
            a.finish(0).body_text(),
            r#"{"account":"acc","payload":{"symbol":"ETH","qty":3},"timestamp":1}"#
        );
        let parts = Assembly::new(&ep, &base(), &PLAIN).unwrap().finish(0);
        assert_eq!(parts.body_text(), r#"{"symbol":"ETH","qty":3}"#);
    }

    struct Empty;

    impl Endpoint for Empty {
        const METHOD: Method = Method::Post;
        const BODY: BodyFormat = BodyFormat::Json;
        fn write_path(&self, path: &mut PathWriter<'_>) {
            path.push("/x");
        }
    }

    #[test]
    fn empty_bodies() {
        let enc = Encoding {
            body_root: Some("payload"),
            ..PLAIN
        };
        let mut a = Assembly::new(&Empty, &base(), &enc).unwrap();
        a.body().field("timestamp", &1u64);
        assert_eq!(a.finish(0).body_text(), r#"{"timestamp":1}"#);
        let parts = Assembly::new(&Empty, &base(), &PLAIN).unwrap().finish(0);
        assert_eq!(parts.body_text(), "{}");
    }

    struct Rpc;

    impl Endpoint for Rpc {
        const METHOD: Method = Method::Post;
        const BODY: BodyFormat = BodyFormat::Json;
        const RPC_METHOD: Option<&'static str> = Some("user.info");
        fn write_path(&self, path: &mut PathWriter<'_>) {
            path.push("/rpc");
        }
    }

    #[test]
    fn jsonrpc_body_shape() {
        let mut a = Assembly::new(&Rpc, &base(), &PLAIN).unwrap();
        a.params().field("key", "k");
        a.endpoint_params();
        a.params().field("nonce", &1u64);
        assert_eq!(a.head().rpc_method, "user.info");
        let parts = a.finish(7);
        assert_eq!(
            parts.body_text(),
            r#"{"jsonrpc":"2.0","method":"user.info","params":{"key":"k","nonce":1},"id":7}"#
        );
        assert_eq!(parts.method(), Method::Post);
        assert_eq!(parts.rpc_method(), "user.info");
        assert_eq!(parts.path(), "/v3/rpc");
    }

    struct FormOrder;

    impl Endpoint for FormOrder {
        const METHOD: Method = Method::Post;
        const BODY: BodyFormat = BodyFormat::Form;
        fn write_path(&self, path: &mut PathWriter<'_>) {
            path.push("/private/AddOrder");
        }
        fn write_query(&self, query: &mut Fields) {
            query.field("z", "1");
            query.field("a", "x y");
        }
        fn write_body(&self, body: &mut Fields) {
            body.field("pair", "XBT/USD");
            body.field("volume", "1.25");
        }
    }

    #[test]
    fn form_body_and_sorted_query() {
        let enc = Encoding {
            query_order: QueryOrder::Sorted,
            escape: Escape::Form,
            body_root: Some("ignored"),
            send_body: true,
            json_keys: QueryOrder::AsDeclared,
        };
        let mut a = Assembly::new(&FormOrder, &base(), &enc)
            .unwrap()
            .keep_decoded_query();
        a.params().field("nonce", &1616492376594u64);
        a.query().field("m", "é");
        let parts = a.finish(0);
        assert_eq!(parts.query(), "a=x+y&m=%C3%A9&z=1");
        assert_eq!(parts.decoded_query(), "a=x y&m=é&z=1");
        assert_eq!(
            parts.decoded_path_query(),
            "/v3/private/AddOrder?a=x y&m=é&z=1"
        );
        assert_eq!(
            parts.body_text(),
            "nonce=1616492376594&pair=XBT%2FUSD&volume=1.25"
        );
        let request = parts.into_request();
        assert_eq!(
            request.header("content-type"),
            Some("application/x-www-form-urlencoded")
        );
        assert_eq!(
            request.url,
            "https://api.example.com/v3/private/AddOrder?a=x+y&m=%C3%A9&z=1"
        );
    }

    #[test]
    fn head_reads_method_path_host_and_params() {
        let ep = order();
        let a = Assembly::new(&ep, &base(), &PLAIN).unwrap();
        let head = a.head();
        assert_eq!(
            (head.method, head.path, head.host, head.rpc_method),
            (Method::Post, "/v3/orders/A%2F1", "api.example.com", "")
        );
        assert_eq!(head.param("symbol"), "BTC-USDT,ETH");
        assert_eq!(head.param("missing"), "");
    }

    #[test]
    fn append_query_after_signing_and_into_request() {
        struct Account;
        impl Endpoint for Account {
            const METHOD: Method = Method::Get;
            const BODY: BodyFormat = BodyFormat::None;
            fn write_path(&self, path: &mut PathWriter<'_>) {
                path.push("/api/v3/account");
            }
            fn write_query(&self, query: &mut Fields) {
                query.field("recvWindow", &5000u64);
            }
        }
        let base = BaseUrl::parse("https://api.example.com").unwrap();
        let mut a = Assembly::new(&Account, &base, &PLAIN).unwrap();
        a.endpoint_params();
        a.params().field("timestamp", &1_499_827_319_559u64);
        let mut parts = a.finish(0);
        let signed = parts.path_query().to_owned();
        assert_eq!(
            signed,
            "/api/v3/account?recvWindow=5000&timestamp=1499827319559"
        );
        parts.append_query("signature", "ab cd");
        parts.header("x-mbx-apikey", "key2");
        assert_eq!(parts.path_query(), signed);
        let debug = format!("{parts:?}");
        assert!(!debug.contains("key2"), "{debug}");
        let request = parts.into_request();
        assert_eq!(
            request.url,
            "https://api.example.com/api/v3/account?recvWindow=5000&timestamp=1499827319559&signature=ab%20cd"
        );
        assert_eq!(request.headers.len(), 1);
        assert_eq!(request.headers[0].name, "x-mbx-apikey");
        assert_eq!(request.header("X-MBX-APIKEY"), Some("key2"));
        assert_eq!(request.body, None);
        assert!(!format!("{request:?}").contains("key2"));

        let mut parts = Parts::raw(&base, &PLAIN, Method::Get, "/t", "", "");
        parts.append_query("sig", &1u64);
        assert_eq!(parts.into_request().url, "https://api.example.com/t?sig=1");
    }

    #[test]
    fn into_request_body_and_content_type() {
        let mut parts = Assembly::new(&Empty, &base(), &PLAIN).unwrap().finish(0);
        parts.header("content-type", "application/json; charset=utf-8");
        let request = parts.into_request();
        assert_eq!(request.body.as_deref(), Some(&b"{}"[..]));
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
        let parts = Assembly::new(&Empty, &base(), &enc).unwrap().finish(0);
        assert_eq!(parts.body_text(), "{}");
        let request = parts.into_request();
        assert_eq!(request.body, None);
        assert_eq!(request.header("content-type"), None);
    }

    #[test]
    fn raw_parts() {
        let base = BaseUrl::parse("https://api.example.net").unwrap();
        let parts = Parts::raw(
            &base,
            &PLAIN,
            Method::Post,
            "/orders?a=1?b",
            "{\"x\":1}",
            "",
        );
        assert_eq!(parts.path(), "/orders");
        assert_eq!(parts.query(), "a=1?b");
        assert_eq!(parts.path_query(), "/orders?a=1?b");
        assert_eq!(parts.decoded_query(), "a=1?b");
        let request = parts.into_request();
        assert_eq!(request.url, "https://api.example.net/orders?a=1?b");
        assert_eq!(request.header("content-type"), Some("application/json"));

        let parts = Parts::raw(&base, &PLAIN, Method::Get, "/time", "", "");
        assert_eq!((parts.query(), parts.path_query()), ("", "/time"));
        let request = parts.into_request();
        assert_eq!((request.body, request.headers.len()), (None, 0));

        let parts = Parts::raw(&base, &PLAIN, Method::Post, "/rpc", "{}", "user.info");
        assert_eq!(parts.head().rpc_method, "user.info");

        let form = Encoding {
            escape: Escape::Form,
            ..PLAIN
        };
        let parts = Parts::raw(&base, &form, Method::Get, "/s?q=a+b%2Cc", "", "");
        assert_eq!(parts.decoded_path_query(), "/s?q=a b,c");
    }

    #[test]
    fn secret_headers_are_sent_but_redacted_in_json() {
        let base = BaseUrl::parse("https://api.example.com").unwrap();
        let mut parts = Parts::raw(&base, &PLAIN, Method::Get, "/x", "", "");
        parts.header("Key", "public");
        parts.secret_header("Passphrase", HeaderValue::shared("hunter2"));
        let request = parts.into_request();
        assert_eq!(request.header("passphrase"), Some("hunter2"));
        assert_eq!(request.to_json()["headers"]["Passphrase"], "[REDACTED]");
        assert_eq!(request.to_json()["headers"]["Key"], "public");
        assert!(!request.to_json().to_string().contains("hunter2"));
        assert!(!format!("{:?}", request.headers).contains("hunter2"));
    }

    #[test]
    fn secret_values_are_sent_but_hidden_when_shown() {
        // Query sorted by name: the secret pair moves, its span with it.
        let enc = Encoding {
            query_order: QueryOrder::Sorted,
            escape: Escape::Form,
            body_root: None,
            send_body: true,
            json_keys: QueryOrder::AsDeclared,
        };
        let mut a = Assembly::new(&FormOrder, &base(), &enc).unwrap();
        a.query().secret_field("key", "s3 cr/t");
        a.body().secret_field("token", "tok");
        let mut parts = a.finish(0);
        parts.append_secret_query("sig_key", "k&y");
        parts.append_query("sig", "ab");
        let request = parts.into_request();
        assert_eq!(
            request.url,
            "https://api.example.com/v3/private/AddOrder?a=x+y&key=s3+cr%2Ft&z=1&sig_key=k%26y&sig=ab"
        );
        assert_eq!(
            request.body.as_deref(),
            Some(&b"token=tok&pair=XBT%2FUSD&volume=1.25"[..])
        );
        let shown = request.to_json();
        assert_eq!(
            shown["url"],
            "https://api.example.com/v3/private/AddOrder?a=x+y&key=[REDACTED]&z=1&sig_key=[REDACTED]&sig=ab"
        );
        assert_eq!(shown["body"], "token=[REDACTED]&pair=XBT%2FUSD&volume=1.25");

        // JSON: inside the quotes, so the shown body is still JSON; also under a body root.
        let enc = Encoding {
            body_root: Some("payload"),
            ..PLAIN
        };
        let ep = Nested {
            symbol: Some("ETH"),
        };
        let mut a = Assembly::new(&ep, &base(), &enc).unwrap();
        a.body().secret_field("account", "acc\"1");
        a.endpoint_params();
        a.params().secret_field("pin", &1234u64);
        let request = a.finish(0).into_request();
        assert_eq!(
            request.body.as_deref(),
            Some(&br#"{"account":"acc\"1","payload":{"symbol":"ETH","qty":3},"pin":1234}"#[..])
        );
        assert_eq!(
            request.shown_body().as_deref(),
            Some(r#"{"account":"[REDACTED]","payload":{"symbol":"ETH","qty":3},"pin":[REDACTED]}"#)
        );
        assert_eq!(request.shown_url(), "https://api.example.com/v3/x");

        // Signed over the body but sent without one: nothing of it is shown.
        let enc = Encoding {
            send_body: false,
            ..PLAIN
        };
        let mut a = Assembly::new(&Empty, &base(), &enc).unwrap();
        a.body().secret_field("key", "k");
        let request = a.finish(0).into_request();
        assert_eq!(
            (request.body, request.secrets),
            (None, SecretSpans::default())
        );
    }

    #[test]
    fn request_to_json() {
        let request = Request {
            method: Method::Delete,
            url: "https://x/y?z=1".into(),
            headers: vec![
                Header::new("A", "1"),
                Header::new("B", &2u64.to_string() as &str),
            ],
            body: Some(b"{\"k\":true}".to_vec()),
            secrets: SecretSpans::default(),
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
            ..request
        };
        assert_eq!(request.to_json()["body"], serde_json::Value::Null);
    }

    #[test]
    fn escaping() {
        let mut out = String::new();
        assert!(escape_into(
            &mut out,
            r#"{"symbol": "XBTM15"}"#,
            Escape::Form
        ));
        assert_eq!(out, "%7B%22symbol%22%3A+%22XBTM15%22%7D");
        let mut out = String::new();
        assert!(escape_into(&mut out, "a b+c~_.-*", Escape::Rfc3986));
        assert_eq!(out, "a%20b%2Bc~_.-%2A");
        let mut out = String::new();
        assert!(!escape_into(&mut out, "plain-text_1.0~", Escape::Form));
        assert_eq!(out, "plain-text_1.0~");
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

    struct Unsorted;

    impl Endpoint for Unsorted {
        const METHOD: Method = Method::Post;
        const BODY: BodyFormat = BodyFormat::Json;
        fn write_path(&self, path: &mut PathWriter<'_>) {
            path.push("/o");
        }
        fn write_body(&self, body: &mut Fields) {
            body.field("symbol", "BTC");
            body.field("amount", "1.5");
            body.field("b", &7u64);
        }
    }

    #[test]
    fn json_keys_sorted_with_auth_fields_and_secrets_moved() {
        let enc = Encoding {
            json_keys: QueryOrder::Sorted,
            ..PLAIN
        };
        let mut a = Assembly::new(&Unsorted, &base(), &enc).unwrap();
        a.body().field("timestamp", &1u64);
        a.body().secret_field("key", "k-1");
        let parts = a.finish(0);
        assert_eq!(
            parts.body_text(),
            r#"{"amount":"1.5","b":7,"key":"k-1","symbol":"BTC","timestamp":1}"#
        );
        let request = parts.into_request();
        assert_eq!(request.secrets.body, vec![(29, 32)]);
        assert_eq!(&request.body.as_deref().unwrap()[29..32], b"k-1");
        // Declared order when not asked.
        let mut a = Assembly::new(&Unsorted, &base(), &PLAIN).unwrap();
        a.body().field("timestamp", &1u64);
        assert_eq!(
            a.finish(0).body_text(),
            r#"{"timestamp":1,"symbol":"BTC","amount":"1.5","b":7}"#
        );
    }
}
