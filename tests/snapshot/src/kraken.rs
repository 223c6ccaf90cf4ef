/// Kraken Spot client, generated from its spec.
///
/// Kraken spot REST API. Private endpoints are POSTs with a form-encoded body that starts with
/// an increasing `nonce`; API-Sign = base64(HMAC-SHA512(base64-decoded secret, URI path +
/// SHA256(nonce + POST data))), where the SHA-256 digest is the raw 32 bytes, not hex.
/// Responses are `{"error": [...], "result": ...}`; a non-empty `error` array is a failure
/// even with HTTP 200 (the envelope compares the array's JSON text with `[]`).
///
/// Balances and orders come back as objects keyed by asset or transaction id: map types
/// (`{decimal}`, `{OrderInfo}`).
///
/// Sources:
///
/// - <https://docs.kraken.com/api/docs/guides/spot-rest-auth> (signature algorithm and example)
/// - <https://docs.kraken.com/api/docs/rest-api/add-order>
/// - ../shared/vectors/documented.json (kraken-spot-rest-addorder)
pub mod kraken {
    use ::venue_runtime as rt;
    use rt::ExposeSecret;
    pub const PRODUCTION_URL: &str = "https://api.kraken.com";
    /// How this venue writes query strings and bodies.
    pub const ENCODING: rt::Encoding = rt::Encoding {
        query_order: rt::QueryOrder::AsDeclared,
        escape: rt::Escape::Form,
        body_root: None,
        send_body: true,
        json_keys: rt::QueryOrder::AsDeclared,
    };
    /// How responses wrap their payload and report venue errors.
    const ENVELOPE: rt::Envelope = rt::Envelope {
        data: Some("result"),
        code: Some("error"),
        success: &["[]"],
        message: Some("error"),
        jsonrpc: false,
    };
    ///Credentials for Kraken Spot. Debug output never shows their values.
    #[derive(Clone, Debug)]
    pub struct Credentials {
        /// API key (API-Key header).
        pub api_key: rt::SecretString,
        /// Private key as shown by Kraken (base64).
        pub secret: rt::SecretString,
    }
    impl Credentials {
        /// Reads credentials from a JSON object of strings; unknown names are rejected.
        pub fn from_json(value: &rt::serde_json::Value) -> Result<Self, rt::Error> {
            rt::known_credentials(value, &["api_key", "secret"])?;
            Ok(Credentials {
                api_key: rt::credential(value, "api_key")?,
                secret: rt::credential(value, "secret")?,
            })
        }
    }
    /// The auth schemes this venue offers.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Scheme {
        /// Unauthenticated market endpoints.
        Public,
        /// API-Sign over the URI path and SHA-256(nonce + POST data); nonce is the first form field.
        Signed,
    }
    impl Scheme {
        pub fn name(self) -> &'static str {
            match self {
                Scheme::Public => "public",
                Scheme::Signed => "signed",
            }
        }
    }
    ///Values of the `signed` scheme fixed before the request is assembled.
    #[derive(Debug)]
    struct SignedStamp {
        n: u64,
    }
    /// Signs requests. Values that depend only on credentials are computed once, here.
    #[derive(Debug)]
    pub struct Signer {
        #[allow(dead_code)]
        credentials: Credentials,
        signed_key_hmac_sha512: rt::HmacKey,
        signed_api_key_header: rt::HeaderValue,
    }
    impl Signer {
        pub fn new(credentials: Credentials) -> Result<Self, rt::Error> {
            let signed_key = rt::base64_decode(
                credentials.secret.expose_secret().as_bytes(),
                "secret",
            )?;
            let signed_key_hmac_sha512 = rt::hmac_sha512_key(signed_key.as_slice());
            let signed_api_key_header = rt::HeaderValue::shared(
                credentials.api_key.expose_secret(),
            );
            Ok(Signer {
                credentials,
                signed_key_hmac_sha512,
                signed_api_key_header,
            })
        }
        /// Whether the optional credentials `scheme` reads were given.
        pub fn can_sign(&self, scheme: Scheme) -> bool {
            match scheme {
                Scheme::Public => true,
                Scheme::Signed => true,
            }
        }
        /// The first of `schemes` this signer can use; else the first one, so that signing
        /// reports which credential is missing.
        pub fn choose(&self, schemes: &[Scheme]) -> Result<Scheme, rt::Error> {
            rt::choose(schemes, |s| self.can_sign(s))
        }
        /// Applies `scheme` to an endpoint call: writes the request once with the scheme's
        /// fields, signs those exact bytes.
        pub fn sign<E: rt::Endpoint>(
            &self,
            scheme: Scheme,
            endpoint: &E,
            base: &rt::BaseUrl,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            match scheme {
                Scheme::Public => self.sign_public(endpoint, base, stamp, trace),
                Scheme::Signed => self.sign_signed(endpoint, base, stamp, trace),
            }
        }
        /// Signs an already assembled request as given, byte for byte.
        pub fn sign_parts(
            &self,
            scheme: Scheme,
            parts: rt::Parts,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            match scheme {
                Scheme::Public => self.public_finish(parts, stamp, trace),
                Scheme::Signed => {
                    let pre = self.signed_stamp(stamp, trace)?;
                    self.signed_finish(parts, &pre, stamp, trace)
                }
            }
        }
        fn sign_public<E: rt::Endpoint>(
            &self,
            endpoint: &E,
            base: &rt::BaseUrl,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let parts = rt::Assembly::new(endpoint, base, &ENCODING)?
                .finish(stamp.nonce);
            self.public_finish(parts, stamp, trace)
        }
        fn public_finish(
            &self,
            parts: rt::Parts,
            _stamp: &rt::Stamp,
            _trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            Ok(parts.into_request())
        }
        fn signed_stamp(
            &self,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<SignedStamp, rt::Error> {
            let n = stamp.nonce();
            trace.record("n", &n);
            Ok(SignedStamp { n })
        }
        fn sign_signed<E: rt::Endpoint>(
            &self,
            endpoint: &E,
            base: &rt::BaseUrl,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let mut request = rt::Assembly::new(endpoint, base, &ENCODING)?;
            let pre = self.signed_stamp(stamp, trace)?;
            request.params().field("nonce", &pre.n);
            let parts = request.finish(stamp.nonce);
            self.signed_finish(parts, &pre, stamp, trace)
        }
        fn signed_finish(
            &self,
            mut parts: rt::Parts,
            pre: &SignedStamp,
            _stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let sign = rt::base64(
                rt::hmac_with(
                        &self.signed_key_hmac_sha512,
                        [
                            parts.path().as_bytes(),
                            rt::sha256(rt::pieces!(pre.n, parts.body_text())).as_slice(),
                        ],
                    )
                    .as_slice(),
            );
            trace.record("sign", &sign);
            parts.reserve_headers(2usize);
            parts.header("API-Key", self.signed_api_key_header.clone());
            parts.header("API-Sign", sign);
            Ok(parts.into_request())
        }
    }
    #[derive(
        Clone,
        Copy,
        Debug,
        PartialEq,
        Eq,
        Hash,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde")]
    pub enum Side {
        #[serde(rename = "buy")]
        Buy,
        #[serde(rename = "sell")]
        Sell,
    }
    impl Side {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                Side::Buy => "buy",
                Side::Sell => "sell",
            }
        }
    }
    impl std::fmt::Display for Side {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(Side);
    #[derive(
        Clone,
        Copy,
        Debug,
        PartialEq,
        Eq,
        Hash,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde")]
    pub enum OrderType {
        #[serde(rename = "market")]
        Market,
        #[serde(rename = "limit")]
        Limit,
        #[serde(rename = "iceberg")]
        Iceberg,
        #[serde(rename = "stop-loss")]
        StopLoss,
        #[serde(rename = "take-profit")]
        TakeProfit,
        #[serde(rename = "stop-loss-limit")]
        StopLossLimit,
        #[serde(rename = "take-profit-limit")]
        TakeProfitLimit,
        #[serde(rename = "trailing-stop")]
        TrailingStop,
        #[serde(rename = "trailing-stop-limit")]
        TrailingStopLimit,
        #[serde(rename = "settle-position")]
        SettlePosition,
    }
    impl OrderType {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                OrderType::Market => "market",
                OrderType::Limit => "limit",
                OrderType::Iceberg => "iceberg",
                OrderType::StopLoss => "stop-loss",
                OrderType::TakeProfit => "take-profit",
                OrderType::StopLossLimit => "stop-loss-limit",
                OrderType::TakeProfitLimit => "take-profit-limit",
                OrderType::TrailingStop => "trailing-stop",
                OrderType::TrailingStopLimit => "trailing-stop-limit",
                OrderType::SettlePosition => "settle-position",
            }
        }
    }
    impl std::fmt::Display for OrderType {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(OrderType);
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct ServerTime {
        /// Unix time in seconds.
        pub unixtime: i64,
        pub rfc1123: String,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct OrderDescription {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub pair: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub ordertype: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub price: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub price2: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub leverage: Option<String>,
        /// Order description, e.g. `buy 1.25 XBTUSD @ limit 37500.0`.
        pub order: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub close: Option<String>,
    }
    /// One order, as the values of OpenOrders' `open` map and of the QueryOrders result map (keyed by transaction id). Times are unix seconds with fractions.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct OrderInfo {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub refid: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub userref: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cl_ord_id: Option<String>,
        /// pending, open, closed, canceled or expired.
        pub status: String,
        pub opentm: rt::Decimal,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub starttm: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub expiretm: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub closetm: Option<rt::Decimal>,
        pub descr: OrderDescription,
        pub vol: rt::Decimal,
        pub vol_exec: rt::Decimal,
        pub cost: rt::Decimal,
        pub fee: rt::Decimal,
        pub price: rt::Decimal,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub stopprice: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limitprice: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub trigger: Option<String>,
        pub misc: String,
        pub oflags: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub reason: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub trades: Option<Vec<String>>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct OpenOrders {
        /// Transaction id → order.
        pub open: std::collections::BTreeMap<String, OrderInfo>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct PlacedOrder {
        pub descr: OrderDescription,
        /// Transaction ids of the placed order(s); absent with validate=true.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub txid: Option<Vec<String>>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct CancelResult {
        /// Number of orders cancelled.
        pub count: i64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub pending: Option<bool>,
    }
    /// Values of `stptype` for `place_order`.
    #[derive(
        Clone,
        Copy,
        Debug,
        PartialEq,
        Eq,
        Hash,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde")]
    pub enum PlaceOrderStptype {
        #[serde(rename = "cancel-newest")]
        CancelNewest,
        #[serde(rename = "cancel-oldest")]
        CancelOldest,
        #[serde(rename = "cancel-both")]
        CancelBoth,
    }
    impl PlaceOrderStptype {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                PlaceOrderStptype::CancelNewest => "cancel-newest",
                PlaceOrderStptype::CancelOldest => "cancel-oldest",
                PlaceOrderStptype::CancelBoth => "cancel-both",
            }
        }
    }
    impl std::fmt::Display for PlaceOrderStptype {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(PlaceOrderStptype);
    /// Values of `timeinforce` for `place_order`.
    #[derive(
        Clone,
        Copy,
        Debug,
        PartialEq,
        Eq,
        Hash,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde")]
    pub enum PlaceOrderTimeinforce {
        #[serde(rename = "GTC")]
        Gtc,
        #[serde(rename = "IOC")]
        Ioc,
        #[serde(rename = "GTD")]
        Gtd,
    }
    impl PlaceOrderTimeinforce {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                PlaceOrderTimeinforce::Gtc => "GTC",
                PlaceOrderTimeinforce::Ioc => "IOC",
                PlaceOrderTimeinforce::Gtd => "GTD",
            }
        }
    }
    impl std::fmt::Display for PlaceOrderTimeinforce {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(PlaceOrderTimeinforce);
    /// Values of `trigger` for `place_order`.
    #[derive(
        Clone,
        Copy,
        Debug,
        PartialEq,
        Eq,
        Hash,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde")]
    pub enum PlaceOrderTrigger {
        #[serde(rename = "index")]
        Index,
        #[serde(rename = "last")]
        Last,
    }
    impl PlaceOrderTrigger {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                PlaceOrderTrigger::Index => "index",
                PlaceOrderTrigger::Last => "last",
            }
        }
    }
    impl std::fmt::Display for PlaceOrderTrigger {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(PlaceOrderTrigger);
    ///Parameters of `server_time`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct ServerTimeParams {}
    impl rt::Endpoint for ServerTimeParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/0/public/Time");
        }
    }
    ///Parameters of `balance`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct BalanceParams {}
    impl rt::Endpoint for BalanceParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Form;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/0/private/Balance");
        }
    }
    ///Parameters of `open_orders`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct OpenOrdersParams {
        /// Include trades related to the position.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub trades: Option<bool>,
        /// Restrict results to this user reference id.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub userref: Option<i64>,
        /// Restrict results to this client order id.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cl_ord_id: Option<String>,
    }
    impl rt::Endpoint for OpenOrdersParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Form;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/0/private/OpenOrders");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("trades", &self.trades);
            body.field("userref", &self.userref);
            body.field("cl_ord_id", &self.cl_ord_id);
        }
    }
    ///Parameters of `place_order`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct PlaceOrderParams {
        /// Client order id (UUID or up to 18 characters).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cl_ord_id: Option<String>,
        /// RFC3339 timestamp after which the order is rejected.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub deadline: Option<String>,
        /// Visible quantity for iceberg orders.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub displayvol: Option<rt::Decimal>,
        /// Expiry: unix seconds, +&lt;n&gt; seconds from now, or 0.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub expiretm: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub leverage: Option<String>,
        /// Comma-delimited: post, fcib, fciq, nompp, viqc.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub oflags: Option<String>,
        pub ordertype: OrderType,
        /// Asset pair id or altname, e.g. XBTUSD.
        pub pair: String,
        /// Limit price, or trigger price for stop/take-profit orders.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub price: Option<rt::Decimal>,
        /// Secondary price (limit price of stop-loss-limit etc.).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub price2: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub reduce_only: Option<bool>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub starttm: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub stptype: Option<PlaceOrderStptype>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub timeinforce: Option<PlaceOrderTimeinforce>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub trigger: Option<PlaceOrderTrigger>,
        pub r#type: Side,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub userref: Option<i64>,
        /// Validate only; do not submit.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub validate: Option<bool>,
        /// Order quantity in the base asset.
        pub volume: rt::Decimal,
    }
    impl rt::Endpoint for PlaceOrderParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Form;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/0/private/AddOrder");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("cl_ord_id", &self.cl_ord_id);
            body.field("deadline", &self.deadline);
            body.field("displayvol", &self.displayvol);
            body.field("expiretm", &self.expiretm);
            body.field("leverage", &self.leverage);
            body.field("oflags", &self.oflags);
            body.field("ordertype", &self.ordertype);
            body.field("pair", &self.pair);
            body.field("price", &self.price);
            body.field("price2", &self.price2);
            body.field("reduce_only", &self.reduce_only);
            body.field("starttm", &self.starttm);
            body.field("stptype", &self.stptype);
            body.field("timeinforce", &self.timeinforce);
            body.field("trigger", &self.trigger);
            body.field("type", &self.r#type);
            body.field("userref", &self.userref);
            body.field("validate", &self.validate);
            body.field("volume", &self.volume);
        }
    }
    ///Parameters of `cancel_order`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct CancelOrderParams {
        /// Transaction id (or userref) of the order to cancel.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub txid: Option<String>,
        /// Client order id, instead of txid.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cl_ord_id: Option<String>,
    }
    impl rt::Endpoint for CancelOrderParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Form;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/0/private/CancelOrder");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("txid", &self.txid);
            body.field("cl_ord_id", &self.cl_ord_id);
        }
    }
    ///Parameters of `query_orders`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct QueryOrdersParams {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub trades: Option<bool>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub userref: Option<i64>,
        /// Comma-delimited transaction ids (up to 50).
        pub txid: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub consolidate_taker: Option<bool>,
    }
    impl rt::Endpoint for QueryOrdersParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Form;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/0/private/QueryOrders");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("trades", &self.trades);
            body.field("userref", &self.userref);
            body.field("txid", &self.txid);
            body.field("consolidate_taker", &self.consolidate_taker);
        }
    }
    ///Async client for Kraken Spot.
    pub struct Client {
        core: rt::ClientCore,
        signer: Signer,
    }
    impl Client {
        /// A client for the production base URL.
        pub fn new(credentials: Credentials) -> Result<Self, rt::Error> {
            Self::with_base_url(credentials, PRODUCTION_URL)
        }
        /// A client for another base URL (a proxy, a test server). Clients on the same
        /// credentials share one nonce sequence.
        pub fn with_base_url(
            credentials: Credentials,
            base_url: &str,
        ) -> Result<Self, rt::Error> {
            let key = rt::KeyId::of(
                "kraken",
                &[Some(&credentials.api_key), Some(&credentials.secret)],
            );
            Ok(Client {
                core: rt::ClientCore::new(base_url)?.with_name("kraken").with_key(key),
                signer: Signer::new(credentials)?,
            })
        }
        /// Replaces the runtime core: timeouts, retries, nonce files, response cap.
        pub fn with_core(
            mut self,
            configure: impl FnOnce(rt::ClientCore) -> Result<rt::ClientCore, rt::Error>,
        ) -> Result<Self, rt::Error> {
            self.core = configure(self.core)?;
            Ok(self)
        }
        /// Replaces the clock that stamps requests.
        pub fn with_clock(mut self, clock: std::sync::Arc<dyn rt::Clock>) -> Self {
            self.core = self.core.with_clock(clock);
            self
        }
        /// The signer, for signing requests without sending them.
        pub fn signer(&self) -> &Signer {
            &self.signer
        }
        /// Signs an endpoint call with this client's clock and nonces, without sending it.
        pub fn prepare<E: rt::Endpoint>(
            &self,
            scheme: Scheme,
            endpoint: &E,
        ) -> Result<rt::Request, rt::Error> {
            self.sign_at(scheme, endpoint, &self.core.stamp())
        }
        fn sign_at<E: rt::Endpoint>(
            &self,
            scheme: Scheme,
            endpoint: &E,
            stamp: &rt::Stamp,
        ) -> Result<rt::Request, rt::Error> {
            self.signer
                .sign(scheme, endpoint, self.core.base(), stamp, &mut rt::Trace::off())
        }
        /// Signs (again for each attempt), sends and decodes one call.
        async fn call<E: rt::Endpoint, T: rt::serde::de::DeserializeOwned>(
            &self,
            call: rt::Call,
            scheme: Scheme,
            endpoint: &E,
            envelope: &rt::Envelope,
        ) -> Result<T, rt::Error> {
            self.core
                .call(call, envelope, |stamp| self.sign_at(scheme, endpoint, stamp))
                .await
        }
        ///Reads the venue's clock (`server_time`) and corrects every later timestamp of this client by the offset, half the round trip accounted for. Returns the offset in milliseconds (positive: the venue is ahead).
        pub async fn calibrate_clock(&self) -> Result<i64, rt::Error> {
            const SERVER_TIME: rt::ServerTime = rt::ServerTime {
                pointer: "/unixtime",
                unit: rt::TimeUnit::Seconds,
            };
            let (scheme, params) = (Scheme::Public, ServerTimeParams::default());
            self.core
                .calibrate(
                    rt::Call::idempotent("server_time"),
                    &ENVELOPE,
                    &SERVER_TIME,
                    |stamp| self.sign_at(scheme, &params, stamp),
                )
                .await
        }
        /// `GET /0/public/Time`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.server_time().await?;
        /// ```
        pub async fn server_time(&self) -> Result<ServerTime, rt::Error> {
            self.call(
                    rt::Call::idempotent("server_time"),
                    Scheme::Public,
                    &ServerTimeParams {},
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /0/private/Balance`.
        ///
        /// All cash balances net of pending withdrawals, asset → amount.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.balance().await?;
        /// ```
        pub async fn balance(
            &self,
        ) -> Result<std::collections::BTreeMap<String, rt::Decimal>, rt::Error> {
            self.call(
                    rt::Call::idempotent("balance").with_nonce(),
                    Scheme::Signed,
                    &BalanceParams {},
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /0/private/OpenOrders`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.open_orders(&OpenOrdersParams {
        ///     trades: Some(true),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn open_orders(
            &self,
            params: &OpenOrdersParams,
        ) -> Result<OpenOrders, rt::Error> {
            self.call(
                    rt::Call::idempotent("open_orders").with_nonce(),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /0/private/AddOrder`.
        ///
        /// Place an order. Parameters are declared (and so sent) in alphabetical order, which is the order of Kraken's documented signing example; Kraken accepts any order.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.place_order(&params).await?;
        /// ```
        pub async fn place_order(
            &self,
            params: &PlaceOrderParams,
        ) -> Result<PlacedOrder, rt::Error> {
            self.call(
                    rt::Call::once("place_order").with_nonce(),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /0/private/CancelOrder`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.cancel_order(&CancelOrderParams {
        ///     txid: Some("...".into()),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn cancel_order(
            &self,
            params: &CancelOrderParams,
        ) -> Result<CancelResult, rt::Error> {
            self.call(
                    rt::Call::once("cancel_order").with_nonce(),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /0/private/QueryOrders`.
        ///
        /// An order's status, transaction id → order.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.query_orders(&QueryOrdersParams {
        ///     trades: None,
        ///     userref: None,
        ///     txid: "...".into(),
        ///     consolidate_taker: None,
        /// }).await?;
        /// ```
        pub async fn query_orders(
            &self,
            params: &QueryOrdersParams,
        ) -> Result<std::collections::BTreeMap<String, OrderInfo>, rt::Error> {
            self.call(
                    rt::Call::idempotent("query_orders").with_nonce(),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
    }
    /// The exact request an endpoint call would send, with time and nonce pinned; `trace`
    /// collects the recipe's intermediate values when it is on. Params are JSON, checked
    /// against the endpoint's types.
    pub fn sign_json(
        credentials: &rt::serde_json::Value,
        endpoint: &str,
        params: &rt::serde_json::Value,
        base_url: Option<&str>,
        stamp: rt::Stamp,
        trace: &mut rt::Trace,
    ) -> Result<rt::Request, rt::Error> {
        let signer = Signer::new(Credentials::from_json(credentials)?)?;
        let base = rt::BaseUrl::parse(base_url.unwrap_or(PRODUCTION_URL))?;
        match endpoint {
            "server_time" => {
                let params = rt::params::<ServerTimeParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Public])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "balance" => {
                let params = rt::params::<BalanceParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "open_orders" => {
                let params = rt::params::<OpenOrdersParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "place_order" => {
                let params = rt::params::<PlaceOrderParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "cancel_order" => {
                let params = rt::params::<CancelOrderParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "query_orders" => {
                let params = rt::params::<QueryOrdersParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            _ => Err(rt::Error::unknown_endpoint(endpoint)),
        }
    }
    /// Calls an endpoint and returns its typed result, as JSON, from a client set up by
    /// `options` (timeout, retries, nonce directory).
    pub async fn call_json(
        credentials: &rt::serde_json::Value,
        endpoint: &str,
        params: &rt::serde_json::Value,
        base_url: Option<&str>,
        options: &rt::ClientOptions,
    ) -> Result<rt::serde_json::Value, rt::Error> {
        let client = Client::with_base_url(
                Credentials::from_json(credentials)?,
                base_url.unwrap_or(PRODUCTION_URL),
            )?
            .with_core(|core| core.with_options(options))?;
        match endpoint {
            "server_time" => {
                let params = rt::params::<ServerTimeParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Public])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            ServerTime,
                        >(
                            rt::Call::idempotent("server_time"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "balance" => {
                let params = rt::params::<BalanceParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            std::collections::BTreeMap<String, rt::Decimal>,
                        >(
                            rt::Call::idempotent("balance").with_nonce(),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "open_orders" => {
                let params = rt::params::<OpenOrdersParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            OpenOrders,
                        >(
                            rt::Call::idempotent("open_orders").with_nonce(),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "place_order" => {
                let params = rt::params::<PlaceOrderParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            PlacedOrder,
                        >(
                            rt::Call::once("place_order").with_nonce(),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "cancel_order" => {
                let params = rt::params::<CancelOrderParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            CancelResult,
                        >(
                            rt::Call::once("cancel_order").with_nonce(),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "query_orders" => {
                let params = rt::params::<QueryOrdersParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            std::collections::BTreeMap<String, OrderInfo>,
                        >(
                            rt::Call::idempotent("query_orders").with_nonce(),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            _ => Err(rt::Error::unknown_endpoint(endpoint)),
        }
    }
    /// What `venue list` shows for this venue.
    pub static INFO: rt::VenueInfo = rt::VenueInfo {
        name: "kraken",
        title: "Kraken Spot",
        credentials: &["api_key", "secret"],
        endpoints: &[
            rt::EndpointInfo {
                name: "server_time",
                method: "GET",
                path: "/0/public/Time",
                auth: "public",
                params: &[],
            },
            rt::EndpointInfo {
                name: "balance",
                method: "POST",
                path: "/0/private/Balance",
                auth: "signed",
                params: &[],
            },
            rt::EndpointInfo {
                name: "open_orders",
                method: "POST",
                path: "/0/private/OpenOrders",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "trades",
                        location: "body",
                        ty: "bool",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "userref",
                        location: "body",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "cl_ord_id",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "place_order",
                method: "POST",
                path: "/0/private/AddOrder",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "cl_ord_id",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "deadline",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "displayvol",
                        location: "body",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "expiretm",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "leverage",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "oflags",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "ordertype",
                        location: "body",
                        ty: "enum",
                        required: true,
                        values: &[
                            "market",
                            "limit",
                            "iceberg",
                            "stop-loss",
                            "take-profit",
                            "stop-loss-limit",
                            "take-profit-limit",
                            "trailing-stop",
                            "trailing-stop-limit",
                            "settle-position",
                        ],
                    },
                    rt::ParamInfo {
                        name: "pair",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "price",
                        location: "body",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "price2",
                        location: "body",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "reduce_only",
                        location: "body",
                        ty: "bool",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "starttm",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "stptype",
                        location: "body",
                        ty: "enum",
                        required: false,
                        values: &["cancel-newest", "cancel-oldest", "cancel-both"],
                    },
                    rt::ParamInfo {
                        name: "timeinforce",
                        location: "body",
                        ty: "enum",
                        required: false,
                        values: &["GTC", "IOC", "GTD"],
                    },
                    rt::ParamInfo {
                        name: "trigger",
                        location: "body",
                        ty: "enum",
                        required: false,
                        values: &["index", "last"],
                    },
                    rt::ParamInfo {
                        name: "type",
                        location: "body",
                        ty: "enum",
                        required: true,
                        values: &["buy", "sell"],
                    },
                    rt::ParamInfo {
                        name: "userref",
                        location: "body",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "validate",
                        location: "body",
                        ty: "bool",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "volume",
                        location: "body",
                        ty: "decimal",
                        required: true,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "cancel_order",
                method: "POST",
                path: "/0/private/CancelOrder",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "txid",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "cl_ord_id",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "query_orders",
                method: "POST",
                path: "/0/private/QueryOrders",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "trades",
                        location: "body",
                        ty: "bool",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "userref",
                        location: "body",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "txid",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "consolidate_taker",
                        location: "body",
                        ty: "bool",
                        required: false,
                        values: &[],
                    },
                ],
            },
        ],
    };
    /// Verifies one received webhook by name, with credentials given as JSON; the payload
    /// comes back as JSON. The outer error is about the setup (an unknown webhook, a
    /// missing credential), the inner one is the verdict on the request.
    pub fn verify_json(
        _credentials: &rt::serde_json::Value,
        webhook: &str,
        _headers: &[(String, String)],
        _body: &[u8],
        _now: std::time::SystemTime,
    ) -> Result<Result<rt::serde_json::Value, rt::VerifyError>, rt::Error> {
        Err(rt::Error::unknown_webhook(webhook))
    }
    #[cfg(test)]
    mod examples {
        use super::*;
        /// Source: Kraken docs, Spot REST authentication guide, Examples table (documented.json kraken-spot-rest-addorder): the exact postdata, nonce, URI path and private key.
        #[test]
        fn docs_add_order_signature() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("placeholder-api-key"),
                secret: rt::SecretString::from(
                    "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==",
                ),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.kraken.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1616492376594u64,
                nonce: 1616492376594u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let parts = rt::Parts::raw(
                &base,
                &ENCODING,
                rt::Method::Post,
                "/0/private/AddOrder",
                "nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25",
                "",
            );
            let request = signer
                .sign_parts(Scheme::Signed, parts, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                request.header("API-Key"), Some("placeholder-api-key"), "header `{}`",
                "API-Key"
            );
            assert_eq!(
                request.header("API-Sign"),
                Some("4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ=="),
                "header `{}`", "API-Sign"
            );
        }
        /// Source: The same documented Kraken example built from typed params: the assembled form body must equal the documented postdata and carry the documented API-Sign.
        #[test]
        fn docs_add_order_from_params() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("placeholder-api-key"),
                secret: rt::SecretString::from(
                    "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==",
                ),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.kraken.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1616492376594u64,
                nonce: 1616492376594u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: PlaceOrderParams = rt::serde_json::from_str(
                    "{\"ordertype\":\"limit\",\"pair\":\"XBTUSD\",\"price\":\"37500\",\"type\":\"buy\",\"volume\":\"1.25\"}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                request.header("API-Sign"),
                Some("4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ=="),
                "header `{}`", "API-Sign"
            );
            assert_eq!(request.url, "https://api.kraken.com/0/private/AddOrder");
            assert_eq!(
                request.body.as_deref(),
                Some("nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25"
                .as_bytes())
            );
        }
    }
}
