//! The spec format: what a venue's YAML file says, as plain serde types.
//!
//! Positions are not stored here; [`locate::Locator`] maps a path inside the document back to
//! its line and column, so these types stay simple and derive their JSON Schema directly.

pub mod load;
pub mod locate;

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::Deserialize;

/// One venue: identity, base URLs, credentials, auth schemes, types, endpoints and examples.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    /// Human-readable venue name. (The module name is the file name: `specs/myvenue.yaml`
    /// generates `myvenue`, so copying a spec under a new name adds a venue.)
    pub title: String,
    /// What the venue is and anything a reader of this spec should know.
    #[serde(default)]
    pub description: Option<String>,
    /// Links to the public documents this spec was written from.
    #[serde(default)]
    pub docs: Vec<String>,
    pub base_urls: BaseUrls,
    /// Credentials a user supplies, by name. A recipe reads them by that name.
    #[serde(default)]
    pub credentials: IndexMap<String, Credential>,
    /// How query strings and bodies are written on the wire.
    #[serde(default)]
    pub encoding: EncodingSpec,
    /// How a response wraps its payload and reports venue errors.
    #[serde(default)]
    pub envelope: EnvelopeSpec,
    /// Set for JSON-RPC 2.0 venues: every endpoint is a method POSTed to this one path.
    #[serde(default)]
    pub jsonrpc: Option<JsonRpcSpec>,
    /// Auth schemes by name. An endpoint names the one it uses.
    pub auth: IndexMap<String, Scheme>,
    /// Named response and parameter types.
    #[serde(default)]
    pub types: IndexMap<String, TypeDef>,
    pub endpoints: Vec<Endpoint>,
    /// Callbacks the venue signs and sends, by name: how to verify each (`verify` in the
    /// generated `<Name>Webhook`).
    #[serde(default)]
    pub webhooks: IndexMap<String, Webhook>,
    /// The venue's documented signing examples. Each one becomes a test.
    #[serde(default)]
    pub examples: Vec<Example>,
    /// An endpoint that answers with the venue's clock, so a client can correct its own
    /// (`calibrate_clock`).
    #[serde(default)]
    pub server_time: Option<ServerTimeSpec>,
}

/// Where the venue's clock is read from.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ServerTimeSpec {
    /// The endpoint's name; it must take no required params.
    pub endpoint: String,
    /// JSON pointer (RFC 6901) to the time inside the endpoint's payload; "" (the default)
    /// is the payload itself.
    #[serde(default)]
    pub pointer: String,
    /// What the time counts since the Unix epoch.
    pub unit: TimeUnit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
pub enum TimeUnit {
    #[serde(rename = "s")]
    Seconds,
    #[serde(rename = "ms")]
    Millis,
    #[serde(rename = "us")]
    Micros,
    #[serde(rename = "ns")]
    Nanos,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BaseUrls {
    pub production: String,
    #[serde(default)]
    pub sandbox: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Credential {
    #[serde(default)]
    pub description: Option<String>,
    /// Whether the value is secret (the default). Values that carry a secret's text are never
    /// traced; set `false` for identifiers such as a public API key.
    #[serde(default = "yes")]
    pub secret: bool,
    /// Optional credentials may be left out; only the schemes that read them then fail, with
    /// an error naming the missing credential (e.g. a venue offering HMAC and Ed25519 keys).
    #[serde(default)]
    pub optional: bool,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JsonRpcSpec {
    /// Path (below the base URL) that every method is POSTed to.
    pub path: String,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EncodingSpec {
    /// Order of query parameters: as declared by the endpoint (the default) or sorted by name.
    #[serde(default)]
    pub query_order: QueryOrder,
    /// Percent-encoding of query and form values.
    #[serde(default)]
    pub escape: Escape,
    /// Body format for methods that carry one (POST, PUT, PATCH); GET and DELETE send none
    /// unless an endpoint says otherwise.
    #[serde(default)]
    pub body: BodyFormat,
    /// Nest endpoint body params inside an object at this key; auth fields stay at the top.
    #[serde(default)]
    pub body_root: Option<String>,
    /// Order of a JSON body's top-level members, auth fields included: as written (the
    /// default) or sorted by name, for venues that sign a canonical body.
    #[serde(default)]
    pub json_keys: QueryOrder,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum QueryOrder {
    #[default]
    Declared,
    Sorted,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Escape {
    /// Keep only RFC 3986 unreserved characters; space is `%20`.
    #[default]
    Rfc3986,
    /// `application/x-www-form-urlencoded`: space is `+`.
    Form,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BodyFormat {
    #[default]
    Json,
    Form,
    None,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EnvelopeSpec {
    /// Field holding the payload; absent means the whole body is the payload.
    #[serde(default)]
    pub data: Option<String>,
    /// Field holding the venue's status code.
    #[serde(default)]
    pub code: Option<String>,
    /// Code values that mean success (compared as text, so `0` and `"0"` both match).
    #[serde(default)]
    pub success: Vec<Scalar>,
    /// Field holding the venue's error message.
    #[serde(default)]
    pub message: Option<String>,
}

/// A YAML scalar read as text (`200000`, `"200000"` and `0` are all accepted).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Scalar {
    Text(String),
    Int(i64),
    Bool(bool),
}

impl Scalar {
    pub fn text(&self) -> String {
        match self {
            Scalar::Text(s) => s.clone(),
            Scalar::Int(i) => i.to_string(),
            Scalar::Bool(b) => b.to_string(),
        }
    }
}

/// A signing recipe: named values computed by expressions, and where they go in the request.
///
/// Expressions read credentials, request inputs (`method`, `host`, `path`, `query`,
/// `path_query`, `body`, `rpc_method`), time and nonce sources (`unix_ms()`, `unix_s()`,
/// `iso8601_ms()`, `nonce()`), `param('name')`, literals, and earlier values; `~` concatenates.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scheme {
    #[serde(default)]
    pub description: Option<String>,
    /// Named values, in order; each may use the ones before it.
    #[serde(default, rename = "let")]
    pub lets: IndexMap<String, String>,
    /// Header name → expression.
    #[serde(default)]
    pub headers: IndexMap<String, String>,
    /// Query parameter → expression. A value that reads `query` or `body` is appended after
    /// the signed query string.
    #[serde(default)]
    pub query: IndexMap<String, String>,
    /// Top-level body field → expression.
    #[serde(default)]
    pub body: IndexMap<String, String>,
    /// Request parameter → expression: into the body when the request has one, else the query.
    #[serde(default)]
    pub params: IndexMap<String, String>,
    /// Where `query`, `body` and `params` fields go among the endpoint's own parameters.
    #[serde(default)]
    pub insert_at: InsertAt,
    /// When false, the body is assembled and signed but carried elsewhere (e.g. in a header)
    /// and the HTTP request has no body.
    #[serde(default = "yes")]
    pub send_body: bool,
    /// Overrides the venue's query order or escaping for requests this scheme signs (a venue
    /// whose API families differ).
    #[serde(default)]
    pub encoding: SchemeEncoding,
}

/// The parts of `encoding:` a scheme or an endpoint may override; unset ones are the
/// venue's (an endpoint's win over its scheme's).
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SchemeEncoding {
    #[serde(default)]
    pub query_order: Option<QueryOrder>,
    #[serde(default)]
    pub escape: Option<Escape>,
    #[serde(default)]
    pub json_keys: Option<QueryOrder>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum InsertAt {
    Start,
    #[default]
    End,
}

/// A named type: a struct with `fields`, or an enum with `values`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TypeDef {
    #[serde(default)]
    pub description: Option<String>,
    /// Struct fields: wire name → type (`string`, `integer`, `decimal`, `bool`, `json`, a type
    /// name, `[T]` for a list, `{T}` for an object keyed by strings, `T?` for an optional field).
    #[serde(default)]
    pub fields: Option<IndexMap<String, FieldDef>>,
    /// Enum values as sent on the wire.
    #[serde(default)]
    pub values: Option<Vec<String>>,
}

/// A struct field: just its type, or its type with a description.
#[derive(Debug, JsonSchema)]
#[serde(untagged)]
pub enum FieldDef {
    Type(String),
    Full(FullField),
}

// Written by hand: a derived untagged enum reports only "data did not match any variant".
impl<'de> Deserialize<'de> for FieldDef {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = FieldDef;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(
                    "a type (`string`, `decimal`, `[Order]`, …) or `{ type: …, description: … }`",
                )
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<FieldDef, E> {
                Ok(FieldDef::Type(v.to_owned()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<FieldDef, A::Error> {
                FullField::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(FieldDef::Full)
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FullField {
    #[serde(rename = "type")]
    pub ty: String,
    #[serde(default)]
    pub description: Option<String>,
}

impl FieldDef {
    pub fn ty(&self) -> &str {
        match self {
            FieldDef::Type(t) => t,
            FieldDef::Full(f) => &f.ty,
        }
    }
    pub fn description(&self) -> Option<&str> {
        match self {
            FieldDef::Type(_) => None,
            FieldDef::Full(f) => f.description.as_deref(),
        }
    }
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Endpoint {
    /// Method name in the generated client, snake_case, unique within the spec.
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    /// HTTP method; JSON-RPC endpoints omit it (always POST).
    #[serde(default)]
    pub method: Option<HttpMethod>,
    /// Path below the base URL, with `{param}` placeholders; JSON-RPC endpoints omit it.
    #[serde(default)]
    pub path: Option<String>,
    /// JSON-RPC method name.
    #[serde(default)]
    pub rpc_method: Option<String>,
    /// Auth scheme name, or a list: the client uses the first whose credentials were given.
    pub auth: AuthRef,
    /// Overrides the spec's body format for this endpoint (e.g. a GET that sends `{}`).
    #[serde(default)]
    pub body: Option<BodyFormat>,
    #[serde(default)]
    pub params: IndexMap<String, Param>,
    /// Response payload type (inside the envelope); absent means any JSON.
    #[serde(default)]
    pub response: Option<String>,
    /// Replaces the venue's envelope for this endpoint (a venue whose responses differ).
    #[serde(default)]
    pub envelope: Option<EnvelopeSpec>,
    /// Whether sending the call twice does no more than sending it once. Only idempotent
    /// calls are retried. Default: true for GET, false for every other method and for
    /// JSON-RPC.
    #[serde(default)]
    pub idempotent: Option<bool>,
    /// Headers this endpoint always sends, as literal text (an action name, an API version).
    /// A scheme can sign them with `header('Name')` or `canonical_headers(…)`.
    #[serde(default)]
    pub headers: IndexMap<String, String>,
    /// Query order, escaping and JSON key order for this endpoint, when its API family
    /// differs from the venue's (body format: `body:`).
    #[serde(default)]
    pub encoding: SchemeEncoding,
}

/// One auth scheme, or several in order of preference.
#[derive(Debug, JsonSchema)]
#[serde(untagged)]
pub enum AuthRef {
    One(String),
    Many(Vec<String>),
}

// Written by hand for the same reason as `FieldDef`'s.
impl<'de> Deserialize<'de> for AuthRef {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = AuthRef;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an auth scheme's name, or a list of names (`[hmac, ed25519]`)")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<AuthRef, E> {
                Ok(AuthRef::One(v.to_owned()))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<AuthRef, A::Error> {
                Vec::<String>::deserialize(serde::de::value::SeqAccessDeserializer::new(seq))
                    .map(AuthRef::Many)
            }
        }
        d.deserialize_any(V)
    }
}

impl AuthRef {
    pub fn names(&self) -> &[String] {
        match self {
            AuthRef::One(n) => std::slice::from_ref(n),
            AuthRef::Many(v) => v,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "UPPERCASE")]
pub enum HttpMethod {
    Get,
    Post,
    Put,
    Delete,
    Patch,
}

impl HttpMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Post => "POST",
            HttpMethod::Put => "PUT",
            HttpMethod::Delete => "DELETE",
            HttpMethod::Patch => "PATCH",
        }
    }
    pub fn has_body(self) -> bool {
        matches!(self, HttpMethod::Post | HttpMethod::Put | HttpMethod::Patch)
    }
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Param {
    /// `path`, `query` or `body`; defaults to `path` for placeholders, else `query` for
    /// methods without a body and `body` for the rest.
    #[serde(default, rename = "in")]
    pub location: Option<ParamIn>,
    /// `string`, `integer`, `decimal`, `bool`, `json`, or a declared enum type.
    #[serde(rename = "type", default = "string_type")]
    pub ty: String,
    /// Inline enum values; the generated enum is named after the endpoint and param.
    #[serde(default)]
    pub values: Option<Vec<String>>,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub description: Option<String>,
    /// For decimals in a JSON body: send as a JSON number instead of a string.
    #[serde(default)]
    pub as_number: bool,
}

fn string_type() -> String {
    "string".to_owned()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ParamIn {
    Path,
    Query,
    Body,
}

impl ParamIn {
    pub fn as_str(self) -> &'static str {
        match self {
            ParamIn::Path => "path",
            ParamIn::Query => "query",
            ParamIn::Body => "body",
        }
    }
}

/// A documented example: fixed inputs and the values the venue says they produce.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// Test name, snake_case, unique within the spec.
    pub name: String,
    /// Where the expected values come from (a venue document, its reference code run with
    /// these inputs, ...). Never the generator's own output.
    pub source: String,
    /// Auth scheme the example exercises (a request example).
    #[serde(default)]
    pub scheme: String,
    /// Webhook the example verifies (a webhook example, instead of `scheme`).
    #[serde(default)]
    pub webhook: Option<String>,
    /// A webhook example's received request.
    #[serde(default)]
    pub received: Option<Received>,
    pub credentials: IndexMap<String, String>,
    /// Pinned clock, unix milliseconds.
    #[serde(default)]
    pub time_ms: u64,
    /// Pinned nonce; defaults to `time_ms`.
    #[serde(default)]
    pub nonce: Option<u64>,
    /// Pinned random bits for `uuid4()` and `random_hex(n)`: 32 hex digits; default all zero.
    #[serde(default)]
    pub random: Option<String>,
    /// Base URL for the example; defaults to the production one.
    #[serde(default)]
    pub base_url: Option<String>,
    /// Endpoint-level example: build the request from typed params.
    #[serde(default)]
    pub endpoint: Option<String>,
    #[serde(default)]
    pub params: Option<serde_json::Value>,
    /// Signer-level example: sign these exact bytes.
    #[serde(default)]
    pub request: Option<RawRequest>,
    pub expect: Expect,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRequest {
    pub method: HttpMethod,
    /// Full path as sent, with `?query` if any.
    pub path: String,
    /// Body bytes as sent (UTF-8 text).
    #[serde(default)]
    pub body: Option<String>,
    #[serde(default)]
    pub rpc_method: Option<String>,
    /// Headers the endpoint sends (an endpoint's own `headers:`), for recipes that sign them.
    #[serde(default)]
    pub headers: IndexMap<String, String>,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    /// Intermediate values by `let` name (pre-hash strings, digests as text).
    #[serde(default)]
    pub values: IndexMap<String, String>,
    #[serde(default)]
    pub headers: IndexMap<String, String>,
    /// Full URL including the query.
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub body: Option<String>,
    /// A webhook example: the received request verifies.
    #[serde(default)]
    pub verified: Option<bool>,
    /// A webhook example: how verification fails.
    #[serde(default)]
    pub error: Option<VerifyFailure>,
}

/// A received webhook request, as an example gives it.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Received {
    #[serde(default)]
    pub headers: IndexMap<String, String>,
    /// Body bytes as received (UTF-8 text).
    #[serde(default)]
    pub body: String,
}

/// How a webhook example's verification fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum VerifyFailure {
    BadSignature,
    Stale,
    MissingHeader,
    Malformed,
    Payload,
}

/// A callback the venue signs: the request recipe read in reverse. `let` values read the
/// received `body` (bytes), `header('Name')` and this webhook's credentials.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Webhook {
    #[serde(default)]
    pub description: Option<String>,
    /// The webhook's own keys (secret by default), like the top-level `credentials`.
    #[serde(default)]
    pub credentials: IndexMap<String, Credential>,
    /// Named values, in order; each may use the ones before it.
    #[serde(default, rename = "let")]
    pub lets: IndexMap<String, String>,
    pub verify: VerifySpec,
    /// The verified body's type, a name under `types`; absent means any JSON.
    #[serde(default)]
    pub payload: Option<String>,
}

/// What makes a received webhook genuine: a recomputed MAC (`signature` with `received`) or
/// a signature checked with the sender's public key (`signed_by`), exactly one of the two.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VerifySpec {
    /// The signature computed from what was received (text).
    #[serde(default)]
    pub signature: Option<String>,
    /// The signature sent (text). When it is directly a `kv(…)` call, every entry of that
    /// name is tried (several signatures during a secret's rotation).
    #[serde(default)]
    pub received: Option<String>,
    /// The sender signed with a private key; this checks it with the public key.
    #[serde(default)]
    pub signed_by: Option<SignedBy>,
    /// The signed time must be within `tolerance` seconds of now.
    #[serde(default)]
    pub timestamp: Option<TimestampCheck>,
}

/// A public-key signature check; the algorithm follows from the key's kind.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SignedBy {
    /// A value under `let` holding the sender's public key (`rsa_public_key(…)`,
    /// `ed25519_public_key(…)` or `ecdsa_p256_public_key(…)` of a credential).
    pub key: String,
    /// The signed bytes, rebuilt from what was received.
    pub message: String,
    /// The signature received, as bytes (e.g. `base64_decode(header('X-Signature'))`).
    pub signature: String,
    /// How an ECDSA signature is encoded: `raw` (r ‖ s, as JWS; the default) or `der`.
    #[serde(default)]
    pub format: Option<SignatureFormat>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SignatureFormat {
    Raw,
    Der,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TimestampCheck {
    /// The signed time (an integer, or text of digits).
    pub value: String,
    /// What the time counts since the Unix epoch: `s` or `ms`.
    pub unit: TimeUnit,
    /// Seconds either side of now that are accepted (both ends included).
    pub tolerance: u64,
}
