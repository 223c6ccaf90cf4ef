//! The lowered, checked form of a spec that the emitter turns into Rust.
//!
//! Everything here is resolved: names refer to things that exist, every recipe value has a
//! kind and a stage, and Rust identifiers are chosen.

use crate::spec::{BodyFormat, Escape, HttpMethod, InsertAt, ParamIn, QueryOrder};

#[derive(Debug, Clone)]
pub struct Venue {
    /// Module name.
    pub name: String,
    pub title: String,
    pub description: Option<String>,
    pub docs: Vec<String>,
    pub production_url: String,
    pub sandbox_url: Option<String>,
    pub credentials: Vec<Credential>,
    pub encoding: Encoding,
    pub envelope: Envelope,
    pub schemes: Vec<Scheme>,
    pub types: Vec<TypeDef>,
    pub endpoints: Vec<Endpoint>,
    pub examples: Vec<Example>,
    pub server_time: Option<ServerTime>,
    pub webhooks: Vec<Webhook>,
    pub webhook_examples: Vec<WebhookExample>,
}

/// The endpoint that reads the venue's clock, and where its answer holds the time.
#[derive(Debug, Clone)]
pub struct ServerTime {
    pub endpoint: String,
    pub pointer: String,
    pub unit: crate::spec::TimeUnit,
}

#[derive(Debug, Clone)]
pub struct Credential {
    pub name: String,
    pub description: Option<String>,
    pub optional: bool,
}

#[derive(Debug, Clone)]
pub struct Encoding {
    pub query_order: QueryOrder,
    pub escape: Escape,
    pub body_root: Option<String>,
    pub json_keys: QueryOrder,
}

/// Encoding a scheme or an endpoint sets for itself; `None` keeps what it is given.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EncodingOverride {
    pub query_order: Option<QueryOrder>,
    pub escape: Option<Escape>,
    pub json_keys: Option<QueryOrder>,
}

#[derive(Debug, Clone)]
pub struct Envelope {
    pub data: Option<String>,
    pub code: Option<String>,
    pub success: Vec<String>,
    pub message: Option<String>,
    pub jsonrpc: bool,
}

/// What a recipe value is at run time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Int,
    Text,
    Bytes,
    Ed25519Key,
    RsaKey,
    EcdsaP256Key,
    Ed25519PublicKey,
    RsaPublicKey,
    EcdsaP256PublicKey,
}

impl Kind {
    /// A parsed private key: folded into the signer, never concatenated or placed.
    pub fn is_key(self) -> bool {
        matches!(self, Kind::Ed25519Key | Kind::RsaKey | Kind::EcdsaP256Key)
    }

    /// A parsed public key: folded into a webhook verifier, read only by `signed_by`.
    pub fn is_public_key(self) -> bool {
        matches!(
            self,
            Kind::Ed25519PublicKey | Kind::RsaPublicKey | Kind::EcdsaP256PublicKey
        )
    }

    pub fn describe(self) -> &'static str {
        match self {
            Kind::Int => "an integer",
            Kind::Text => "text",
            Kind::Bytes => "raw bytes",
            Kind::Ed25519Key => "an Ed25519 key",
            Kind::RsaKey => "an RSA key",
            Kind::EcdsaP256Key => "an ECDSA P-256 key",
            Kind::Ed25519PublicKey => "an Ed25519 public key",
            Kind::RsaPublicKey => "an RSA public key",
            Kind::EcdsaP256PublicKey => "an ECDSA P-256 public key",
        }
    }
}

/// When a value can be computed. Ordered: a value's stage is the latest of its inputs'.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// Literals only.
    Const,
    /// Credentials: computed once when the client is built.
    Folded,
    /// Time, nonce, method, path, host: known before the request is assembled.
    Stamp,
    /// Reads the assembled query or body.
    Signed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Method,
    Host,
    Path,
    /// The query as sent (percent-encoded).
    Query,
    PathQuery,
    /// The query with its escapes undone, as venues that decode it before checking sign it.
    DecodedQuery,
    DecodedPathQuery,
    Body,
    RpcMethod,
    /// The endpoint's own params as one query string, wherever they are sent.
    ParamsQuery,
}

impl Input {
    pub const ALL: [(&'static str, Input); 10] = [
        ("method", Input::Method),
        ("host", Input::Host),
        ("path", Input::Path),
        ("query", Input::Query),
        ("path_query", Input::PathQuery),
        ("decoded_query", Input::DecodedQuery),
        ("decoded_path_query", Input::DecodedPathQuery),
        ("body", Input::Body),
        ("rpc_method", Input::RpcMethod),
        ("params_query", Input::ParamsQuery),
    ];

    pub fn stage(self) -> Stage {
        match self {
            Input::Method | Input::Host | Input::Path | Input::RpcMethod => Stage::Stamp,
            Input::Query
            | Input::PathQuery
            | Input::DecodedQuery
            | Input::DecodedPathQuery
            | Input::Body
            | Input::ParamsQuery => Stage::Signed,
        }
    }
}

/// Built-in operations of the recipe language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Func {
    Hash(&'static str),
    Hmac(&'static str),
    Encode(&'static str),
    Decode(&'static str),
    Case(&'static str),
    UrlEncode,
    Ed25519Key,
    Ed25519Sign,
    RsaKey,
    RsaSha256Sign,
    EcdsaP256Key,
    /// ECDSA P-256 SHA-256, raw r ‖ s (JWS ES256).
    Es256Sign,
    /// Public keys, which check what a webhook sender signed.
    Ed25519PublicKey,
    RsaPublicKey,
    EcdsaP256PublicKey,
    UnixMs,
    UnixS,
    Iso8601Ms,
    Nonce,
    /// One request parameter's text as sent.
    Param,
    /// The request time by a strftime-like pattern (a literal).
    Time,
    /// `if(cond, a, b)`: `a` when `cond` is not empty, else `b`.
    If,
    /// A query string with its pairs sorted.
    SortQuery,
    /// Percent-escapes undone.
    UrlDecode,
    /// `json_object('k', v, …)`: a compact JSON object; empty text members are left out.
    JsonObject,
    /// A version-4 UUID from the request's random bits.
    Uuid4,
    /// `header('Name')`: a header the request sends before signing (an endpoint's own,
    /// `Host`, or the body's `Content-Type`).
    Header,
    /// Whitespace trimmed at both ends and folded inside (a canonical header value).
    Trim,
    /// `given(cred)`: an optional credential's text, empty when it was not given; the scheme
    /// stays usable without it.
    Given,
    /// `random_hex(n)`: n random bytes (1 to 16) as hex.
    RandomHex,
    /// `kv(text, 'sep', 'name')`: the first value of the `name=value` entries of `text`.
    Kv,
}

impl Func {
    /// Reads the request's time or nonce, so it is computed once the stamp is fixed.
    pub fn reads_stamp(self) -> bool {
        matches!(
            self,
            Func::UnixMs
                | Func::UnixS
                | Func::Iso8601Ms
                | Func::Nonce
                | Func::Time
                | Func::Uuid4
                | Func::RandomHex
        )
    }
}

#[derive(Debug, Clone)]
pub enum Node {
    Credential(String),
    /// An earlier `let` of the same scheme.
    Let(String),
    Input(Input),
    Str(String),
    Int(i64),
    Concat(Vec<Typed>),
    Call(Func, Vec<Typed>),
    /// What a webhook recipe reads from the received request.
    Received(Received),
}

/// A part of a received (webhook) request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Received {
    /// The raw body bytes.
    Body,
    /// A header's value, by name (matched ignoring case).
    Header(String),
}

#[derive(Debug, Clone)]
pub struct Typed {
    pub node: Node,
    pub kind: Kind,
    pub stage: Stage,
    /// Carries a secret credential's text (not passed through a digest), so never traced.
    pub secret: bool,
    /// The first optional credential this value reads, if any.
    pub needs: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Let {
    pub name: String,
    pub value: Typed,
}

#[derive(Debug, Clone)]
pub struct Placement {
    pub name: String,
    pub value: Typed,
}

#[derive(Debug, Clone)]
pub struct Scheme {
    pub name: String,
    pub description: Option<String>,
    pub lets: Vec<Let>,
    pub headers: Vec<Placement>,
    /// Query fields known before assembly.
    pub query: Vec<Placement>,
    /// Query fields computed from the assembled request, appended last.
    pub query_after: Vec<Placement>,
    pub body: Vec<Placement>,
    pub params: Vec<Placement>,
    pub insert_at: InsertAt,
    pub send_body: bool,
    /// The venue's query order and escaping, unless the scheme overrides them.
    pub query_order: Option<crate::spec::QueryOrder>,
    pub escape: Option<crate::spec::Escape>,
    pub json_keys: Option<crate::spec::QueryOrder>,
    /// Headers the recipe reads that each endpoint using the scheme must send itself.
    pub endpoint_headers: Vec<String>,
}

impl Typed {
    /// Visits this value and every value it is built from (an earlier `let` it names is a
    /// value of its own and is not entered).
    pub fn visit<'a>(&'a self, f: &mut dyn FnMut(&'a Typed)) {
        f(self);
        if let Node::Call(_, parts) | Node::Concat(parts) = &self.node {
            parts.iter().for_each(|p| p.visit(f));
        }
    }

    /// Whether this value or any value it is built from matches.
    pub fn any(&self, f: &dyn Fn(&Typed) -> bool) -> bool {
        f(self)
            || matches!(&self.node, Node::Call(_, parts) | Node::Concat(parts) if parts.iter().any(|p| p.any(f)))
    }

    /// Whether this value names the `let` called `name`.
    pub fn reads_let(&self, name: &str) -> bool {
        self.any(&|t| matches!(&t.node, Node::Let(n) if n == name))
    }

    /// Whether this value calls `func` directly.
    pub fn calls(&self, func: Func) -> bool {
        self.any(&|t| matches!(&t.node, Node::Call(f, _) if *f == func))
    }
}

impl Scheme {
    /// The values placed into the request.
    pub fn placed(&self) -> impl Iterator<Item = &Typed> {
        [
            &self.headers,
            &self.query,
            &self.query_after,
            &self.body,
            &self.params,
        ]
        .into_iter()
        .flatten()
        .map(|p| &p.value)
    }

    /// Every value: the lets in order, then the placements.
    pub fn values(&self) -> impl Iterator<Item = &Typed> {
        self.lets.iter().map(|l| &l.value).chain(self.placed())
    }

    /// The values computed for each request: lets later than credential folding, and placements.
    pub fn request_values(&self) -> impl Iterator<Item = &Typed> {
        self.lets
            .iter()
            .filter(|l| l.value.stage > Stage::Folded)
            .map(|l| &l.value)
            .chain(self.placed())
    }

    pub fn let_stage(&self, name: &str) -> Option<Stage> {
        self.lets
            .iter()
            .find(|l| l.name == name)
            .map(|l| l.value.stage)
    }
}

#[derive(Debug, Clone)]
pub enum TypeDef {
    Struct {
        name: String,
        description: Option<String>,
        fields: Vec<Field>,
    },
    Enum {
        name: String,
        description: Option<String>,
        values: Vec<String>,
    },
}

impl TypeDef {
    pub fn name(&self) -> &str {
        match self {
            TypeDef::Struct { name, .. } | TypeDef::Enum { name, .. } => name,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Field {
    pub wire: String,
    pub ty: TypeRef,
    pub optional: bool,
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeRef {
    String,
    Integer,
    Decimal,
    Bool,
    Json,
    Named(String),
    List(Box<TypeRef>),
    /// An object keyed by strings (asset codes, order ids).
    Map(Box<TypeRef>),
}

impl TypeRef {
    pub fn spelling(&self) -> String {
        match self {
            TypeRef::String => "string".into(),
            TypeRef::Integer => "integer".into(),
            TypeRef::Decimal => "decimal".into(),
            TypeRef::Bool => "bool".into(),
            TypeRef::Json => "json".into(),
            TypeRef::Named(n) => n.clone(),
            TypeRef::List(t) => format!("[{}]", t.spelling()),
            TypeRef::Map(t) => format!("{{{}}}", t.spelling()),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Endpoint {
    pub name: String,
    pub description: Option<String>,
    pub method: HttpMethod,
    /// Path template with `{param}` placeholders (the JSON-RPC path for RPC endpoints).
    pub path: String,
    pub rpc_method: Option<String>,
    /// Auth schemes in order of preference (at least one).
    pub schemes: Vec<String>,
    pub body: BodyFormat,
    pub params: Vec<Param>,
    /// Response payload type; `None` is any JSON.
    pub response: Option<TypeRef>,
    /// This endpoint's own envelope, when it differs from the venue's.
    pub envelope: Option<Envelope>,
    /// Safe to send twice, so retried.
    pub idempotent: bool,
    /// Headers always sent, name and literal value.
    pub headers: Vec<(String, String)>,
    pub encoding: EncodingOverride,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub wire: String,
    pub location: ParamIn,
    pub ty: TypeRef,
    /// Enum values, for `venue list` (inline or from a named enum).
    pub values: Vec<String>,
    pub required: bool,
    pub description: Option<String>,
    pub as_number: bool,
}

#[derive(Debug, Clone)]
pub struct Example {
    pub name: String,
    pub source: String,
    pub scheme: String,
    pub credentials: Vec<(String, String)>,
    pub time_ms: u64,
    pub nonce: u64,
    pub random: u128,
    pub base_url: String,
    pub input: ExampleInput,
    pub expect_values: Vec<(String, Kind, String)>,
    pub expect_headers: Vec<(String, String)>,
    pub expect_url: Option<String>,
    pub expect_body: Option<String>,
}

#[derive(Debug, Clone)]
pub enum ExampleInput {
    Endpoint {
        endpoint: String,
        params: String,
    },
    Raw {
        method: HttpMethod,
        path: String,
        body: Option<String>,
        rpc_method: Option<String>,
        headers: Vec<(String, String)>,
    },
}

/// A callback the venue signs, and how to verify it.
#[derive(Debug, Clone)]
pub struct Webhook {
    pub name: String,
    pub description: Option<String>,
    pub credentials: Vec<Credential>,
    /// The recipe's values, as a scheme that places nothing (named like the webhook).
    pub recipe: Scheme,
    pub check: Check,
    pub timestamp: Option<TimestampCheck>,
    /// The verified body's type; `None` is any JSON.
    pub payload: Option<TypeRef>,
}

/// How a webhook's signature is checked.
#[derive(Debug, Clone)]
pub enum Check {
    /// A recomputed MAC compared in constant time.
    Mac {
        /// The signature computed from what was received (text).
        signature: Typed,
        /// The signature sent (text); a direct `kv(…)` call tries every entry of that name.
        received: Typed,
    },
    /// A signature checked with the sender's public key; the algorithm is the key's kind.
    SignedBy {
        /// A folded public key (a `let`).
        key: Typed,
        /// The signed bytes.
        message: Typed,
        /// The received signature (bytes).
        signature: Typed,
        /// ECDSA signatures as DER rather than r ‖ s.
        der: bool,
    },
}

impl Check {
    /// The values the check reads, in order.
    pub fn values(&self) -> Vec<&Typed> {
        match self {
            Check::Mac {
                signature,
                received,
            } => vec![signature, received],
            Check::SignedBy {
                key,
                message,
                signature,
                ..
            } => vec![key, message, signature],
        }
    }
}

#[derive(Debug, Clone)]
pub struct TimestampCheck {
    pub value: Typed,
    pub unit: crate::spec::TimeUnit,
    pub tolerance_s: u64,
}

#[derive(Debug, Clone)]
pub struct WebhookExample {
    pub name: String,
    pub source: String,
    pub webhook: String,
    pub credentials: Vec<(String, String)>,
    pub time_ms: u64,
    pub headers: Vec<(String, String)>,
    pub body: String,
    /// `None`: verifies; else how it fails.
    pub error: Option<crate::spec::VerifyFailure>,
}
