/// Gate.io Spot client, generated from its spec.
///
/// Gate.io API v4 (spot). Signed requests carry KEY, Timestamp (unix seconds) and SIGN =
/// hex(HMAC-SHA512(secret, METHOD \n path \n query \n hex(SHA512(body)) \n Timestamp)), with
/// the full /api/v4 path, the query string exactly as sent (empty when none), and the SHA-512
/// of the empty string when there is no body. The server rejects timestamps more than 60 s
/// off; GET /api/v4/spot/time gives server time. Errors are `{"label", "message"}`.
///
/// Sources:
///
/// - <https://www.gate.io/docs/developers/apiv4/#api-signature-string-generation>
/// - <https://www.gate.io/docs/developers/apiv4/#spot>
/// - ../shared/vectors/documented.json (gate-v4-get-futures-orders, gate-v4-post-futures-orders)
pub mod gateio {
    use ::venue_runtime as rt;
    use rt::ExposeSecret;
    pub const PRODUCTION_URL: &str = "https://api.gateio.ws";
    /// How this venue writes query strings and bodies.
    pub const ENCODING: rt::Encoding = rt::Encoding {
        query_order: rt::QueryOrder::AsDeclared,
        escape: rt::Escape::Rfc3986,
        body_root: None,
        send_body: true,
        json_keys: rt::QueryOrder::AsDeclared,
    };
    /// How responses wrap their payload and report venue errors.
    const ENVELOPE: rt::Envelope = rt::Envelope {
        data: None,
        code: Some("label"),
        success: &[],
        message: Some("message"),
        jsonrpc: false,
    };
    ///Credentials for Gate.io Spot. Debug output never shows their values.
    #[derive(Clone, Debug)]
    pub struct Credentials {
        /// API key (KEY header).
        pub api_key: rt::SecretString,
        /// API secret.
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
        /// Unauthenticated endpoints.
        Public,
        /// HMAC-SHA512 over newline-joined method, path, query, SHA-512 of the body, and timestamp.
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
        ts: u64,
    }
    /// Signs requests. Values that depend only on credentials are computed once, here.
    #[derive(Debug)]
    pub struct Signer {
        #[allow(dead_code)]
        credentials: Credentials,
        signed_secret_hmac_sha512: rt::HmacKey,
        signed_key_header: rt::HeaderValue,
    }
    impl Signer {
        pub fn new(credentials: Credentials) -> Result<Self, rt::Error> {
            let signed_secret_hmac_sha512 = rt::hmac_sha512_key(
                credentials.secret.expose_secret().as_bytes(),
            );
            let signed_key_header = rt::HeaderValue::shared(
                credentials.api_key.expose_secret(),
            );
            Ok(Signer {
                credentials,
                signed_secret_hmac_sha512,
                signed_key_header,
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
            let ts = stamp.unix_s(0);
            trace.record("ts", &ts);
            Ok(SignedStamp { ts })
        }
        fn sign_signed<E: rt::Endpoint>(
            &self,
            endpoint: &E,
            base: &rt::BaseUrl,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let pre = self.signed_stamp(stamp, trace)?;
            let parts = rt::Assembly::new(endpoint, base, &ENCODING)?
                .keep_decoded_query()
                .finish(stamp.nonce);
            self.signed_finish(parts, &pre, stamp, trace)
        }
        fn signed_finish(
            &self,
            mut parts: rt::Parts,
            pre: &SignedStamp,
            _stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let hashed_payload = rt::hex(
                rt::sha512(parts.body_text().as_bytes()).as_slice(),
            );
            trace.record("hashed_payload", &hashed_payload);
            let prehash = rt::pieces!(
                parts.method().as_str(), "\n", parts.path(), "\n", parts.decoded_query(),
                "\n", hashed_payload, "\n", pre.ts
            );
            trace.record("prehash", &prehash);
            let sign = rt::hex(
                rt::hmac_with(&self.signed_secret_hmac_sha512, prehash).as_slice(),
            );
            trace.record("sign", &sign);
            parts.reserve_headers(3usize);
            parts.header("KEY", self.signed_key_header.clone());
            parts.header("Timestamp", pre.ts);
            parts.header("SIGN", sign);
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
    pub enum Account {
        #[serde(rename = "spot")]
        Spot,
        #[serde(rename = "margin")]
        Margin,
        #[serde(rename = "cross_margin")]
        CrossMargin,
        #[serde(rename = "unified")]
        Unified,
    }
    impl Account {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                Account::Spot => "spot",
                Account::Margin => "margin",
                Account::CrossMargin => "cross_margin",
                Account::Unified => "unified",
            }
        }
    }
    impl std::fmt::Display for Account {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(Account);
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct ServerTime {
        /// Server time in unix ms.
        pub server_time: i64,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct SpotAccount {
        pub currency: String,
        pub available: rt::Decimal,
        pub locked: rt::Decimal,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub update_id: Option<i64>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Order {
        pub id: String,
        /// Client text (t-... ids) or the order's origin, e.g. api.
        pub text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub amend_text: Option<String>,
        /// Unix seconds (as text).
        pub create_time: String,
        pub update_time: String,
        pub create_time_ms: i64,
        pub update_time_ms: i64,
        /// open, closed or cancelled.
        pub status: String,
        pub currency_pair: String,
        pub r#type: String,
        pub account: String,
        pub side: String,
        pub amount: rt::Decimal,
        pub price: rt::Decimal,
        pub time_in_force: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub iceberg: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub auto_borrow: Option<bool>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub auto_repay: Option<bool>,
        pub left: rt::Decimal,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub filled_amount: Option<rt::Decimal>,
        pub filled_total: rt::Decimal,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub avg_deal_price: Option<rt::Decimal>,
        pub fee: rt::Decimal,
        pub fee_currency: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub point_fee: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub gt_fee: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub gt_discount: Option<bool>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub rebated_fee: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub rebated_fee_currency: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub stp_id: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub stp_act: Option<String>,
        /// open, filled, cancelled, ioc, stp, ...
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub finish_as: Option<String>,
    }
    /// Open orders of one currency pair.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct OpenOrders {
        pub currency_pair: String,
        pub total: i64,
        pub orders: Vec<Order>,
    }
    /// Values of `type` for `place_order`.
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
    pub enum PlaceOrderType {
        #[serde(rename = "limit")]
        Limit,
        #[serde(rename = "market")]
        Market,
    }
    impl PlaceOrderType {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                PlaceOrderType::Limit => "limit",
                PlaceOrderType::Market => "market",
            }
        }
    }
    impl std::fmt::Display for PlaceOrderType {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(PlaceOrderType);
    /// Values of `time_in_force` for `place_order`.
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
    pub enum PlaceOrderTimeInForce {
        #[serde(rename = "gtc")]
        Gtc,
        #[serde(rename = "ioc")]
        Ioc,
        #[serde(rename = "poc")]
        Poc,
        #[serde(rename = "fok")]
        Fok,
    }
    impl PlaceOrderTimeInForce {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                PlaceOrderTimeInForce::Gtc => "gtc",
                PlaceOrderTimeInForce::Ioc => "ioc",
                PlaceOrderTimeInForce::Poc => "poc",
                PlaceOrderTimeInForce::Fok => "fok",
            }
        }
    }
    impl std::fmt::Display for PlaceOrderTimeInForce {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(PlaceOrderTimeInForce);
    /// Values of `stp_act` for `place_order`.
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
    pub enum PlaceOrderStpAct {
        #[serde(rename = "cn")]
        Cn,
        #[serde(rename = "co")]
        Co,
        #[serde(rename = "cb")]
        Cb,
    }
    impl PlaceOrderStpAct {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                PlaceOrderStpAct::Cn => "cn",
                PlaceOrderStpAct::Co => "co",
                PlaceOrderStpAct::Cb => "cb",
            }
        }
    }
    impl std::fmt::Display for PlaceOrderStpAct {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(PlaceOrderStpAct);
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
            path.push("/api/v4/spot/time");
        }
    }
    ///Parameters of `spot_accounts`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct SpotAccountsParams {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
    }
    impl rt::Endpoint for SpotAccountsParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v4/spot/accounts");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("currency", &self.currency);
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
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub page: Option<i64>,
        /// Orders per pair (up to 100).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub account: Option<Account>,
    }
    impl rt::Endpoint for OpenOrdersParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v4/spot/open_orders");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("page", &self.page);
            query.field("limit", &self.limit);
            query.field("account", &self.account);
        }
    }
    ///Parameters of `place_order`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct PlaceOrderParams {
        /// Your id, must start with `t-`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub text: Option<String>,
        /// e.g. BTC_USDT.
        pub currency_pair: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<PlaceOrderType>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub account: Option<Account>,
        pub side: Side,
        pub amount: rt::Decimal,
        /// Required for limit orders.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub price: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub time_in_force: Option<PlaceOrderTimeInForce>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub iceberg: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub auto_borrow: Option<bool>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub auto_repay: Option<bool>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub stp_act: Option<PlaceOrderStpAct>,
    }
    impl rt::Endpoint for PlaceOrderParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v4/spot/orders");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("text", &self.text);
            body.field("currency_pair", &self.currency_pair);
            body.field("type", &self.r#type);
            body.field("account", &self.account);
            body.field("side", &self.side);
            body.field("amount", &self.amount);
            body.field("price", &self.price);
            body.field("time_in_force", &self.time_in_force);
            body.field("iceberg", &self.iceberg);
            body.field("auto_borrow", &self.auto_borrow);
            body.field("auto_repay", &self.auto_repay);
            body.field("stp_act", &self.stp_act);
        }
    }
    ///Parameters of `get_order`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct GetOrderParams {
        /// Order id, or the `t-` text given when placing.
        pub order_id: String,
        pub currency_pair: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub account: Option<Account>,
    }
    impl rt::Endpoint for GetOrderParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v4/spot/orders/");
            path.segment("order_id", &self.order_id);
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("currency_pair", &self.currency_pair);
            query.field("account", &self.account);
        }
    }
    ///Parameters of `cancel_order`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct CancelOrderParams {
        pub order_id: String,
        pub currency_pair: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub account: Option<Account>,
    }
    impl rt::Endpoint for CancelOrderParams {
        const METHOD: rt::Method = rt::Method::Delete;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v4/spot/orders/");
            path.segment("order_id", &self.order_id);
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("currency_pair", &self.currency_pair);
            query.field("account", &self.account);
        }
    }
    ///Async client for Gate.io Spot.
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
                "gateio",
                &[Some(&credentials.api_key), Some(&credentials.secret)],
            );
            Ok(Client {
                core: rt::ClientCore::new(base_url)?.with_name("gateio").with_key(key),
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
                pointer: "/server_time",
                unit: rt::TimeUnit::Millis,
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
        /// `GET /api/v4/spot/time`.
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
        /// `GET /api/v4/spot/accounts`.
        ///
        /// Spot balances (available and locked) per currency.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.spot_accounts(&SpotAccountsParams {
        ///     currency: Some("...".into()),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn spot_accounts(
            &self,
            params: &SpotAccountsParams,
        ) -> Result<Vec<SpotAccount>, rt::Error> {
            self.call(
                    rt::Call::idempotent("spot_accounts"),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `GET /api/v4/spot/open_orders`.
        ///
        /// Open orders of every currency pair, grouped by pair.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.open_orders(&OpenOrdersParams {
        ///     page: Some(0),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn open_orders(
            &self,
            params: &OpenOrdersParams,
        ) -> Result<Vec<OpenOrders>, rt::Error> {
            self.call(
                    rt::Call::idempotent("open_orders"),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /api/v4/spot/orders`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.place_order(&params).await?;
        /// ```
        pub async fn place_order(
            &self,
            params: &PlaceOrderParams,
        ) -> Result<Order, rt::Error> {
            self.call(rt::Call::once("place_order"), Scheme::Signed, params, &ENVELOPE)
                .await
        }
        /// `GET /api/v4/spot/orders/{order_id}`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.get_order(&GetOrderParams {
        ///     order_id: "...".into(),
        ///     currency_pair: "...".into(),
        ///     account: None,
        /// }).await?;
        /// ```
        pub async fn get_order(
            &self,
            params: &GetOrderParams,
        ) -> Result<Order, rt::Error> {
            self.call(
                    rt::Call::idempotent("get_order"),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `DELETE /api/v4/spot/orders/{order_id}`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.cancel_order(&CancelOrderParams {
        ///     order_id: "...".into(),
        ///     currency_pair: "...".into(),
        ///     account: None,
        /// }).await?;
        /// ```
        pub async fn cancel_order(
            &self,
            params: &CancelOrderParams,
        ) -> Result<Order, rt::Error> {
            self.call(rt::Call::once("cancel_order"), Scheme::Signed, params, &ENVELOPE)
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
            "spot_accounts" => {
                let params = rt::params::<SpotAccountsParams>(params)?;
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
            "get_order" => {
                let params = rt::params::<GetOrderParams>(params)?;
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
            "spot_accounts" => {
                let params = rt::params::<SpotAccountsParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Vec<SpotAccount>,
                        >(
                            rt::Call::idempotent("spot_accounts"),
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
                            Vec<OpenOrders>,
                        >(
                            rt::Call::idempotent("open_orders"),
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
                            Order,
                        >(rt::Call::once("place_order"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            "get_order" => {
                let params = rt::params::<GetOrderParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Order,
                        >(rt::Call::idempotent("get_order"), scheme, &params, &ENVELOPE)
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
                            Order,
                        >(rt::Call::once("cancel_order"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            _ => Err(rt::Error::unknown_endpoint(endpoint)),
        }
    }
    /// What `venue list` shows for this venue.
    pub static INFO: rt::VenueInfo = rt::VenueInfo {
        name: "gateio",
        title: "Gate.io Spot",
        credentials: &["api_key", "secret"],
        endpoints: &[
            rt::EndpointInfo {
                name: "server_time",
                method: "GET",
                path: "/api/v4/spot/time",
                auth: "public",
                params: &[],
            },
            rt::EndpointInfo {
                name: "spot_accounts",
                method: "GET",
                path: "/api/v4/spot/accounts",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "currency",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "open_orders",
                method: "GET",
                path: "/api/v4/spot/open_orders",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "page",
                        location: "query",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "limit",
                        location: "query",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "account",
                        location: "query",
                        ty: "enum",
                        required: false,
                        values: &["spot", "margin", "cross_margin", "unified"],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "place_order",
                method: "POST",
                path: "/api/v4/spot/orders",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "text",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "currency_pair",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "type",
                        location: "body",
                        ty: "enum",
                        required: false,
                        values: &["limit", "market"],
                    },
                    rt::ParamInfo {
                        name: "account",
                        location: "body",
                        ty: "enum",
                        required: false,
                        values: &["spot", "margin", "cross_margin", "unified"],
                    },
                    rt::ParamInfo {
                        name: "side",
                        location: "body",
                        ty: "enum",
                        required: true,
                        values: &["buy", "sell"],
                    },
                    rt::ParamInfo {
                        name: "amount",
                        location: "body",
                        ty: "decimal",
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
                        name: "time_in_force",
                        location: "body",
                        ty: "enum",
                        required: false,
                        values: &["gtc", "ioc", "poc", "fok"],
                    },
                    rt::ParamInfo {
                        name: "iceberg",
                        location: "body",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "auto_borrow",
                        location: "body",
                        ty: "bool",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "auto_repay",
                        location: "body",
                        ty: "bool",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "stp_act",
                        location: "body",
                        ty: "enum",
                        required: false,
                        values: &["cn", "co", "cb"],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "get_order",
                method: "GET",
                path: "/api/v4/spot/orders/{order_id}",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "order_id",
                        location: "path",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "currency_pair",
                        location: "query",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "account",
                        location: "query",
                        ty: "enum",
                        required: false,
                        values: &["spot", "margin", "cross_margin", "unified"],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "cancel_order",
                method: "DELETE",
                path: "/api/v4/spot/orders/{order_id}",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "order_id",
                        location: "path",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "currency_pair",
                        location: "query",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "account",
                        location: "query",
                        ty: "enum",
                        required: false,
                        values: &["spot", "margin", "cross_margin", "unified"],
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
        /// Source: Gate.io API v4 docs, signature string generation, GET example with key "key" and secret "secret" (documented.json gate-v4-get-futures-orders).
        #[test]
        fn docs_get_futures_orders() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("key"),
                secret: rt::SecretString::from("secret"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.gateio.ws")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1541993715000u64,
                nonce: 1541993715000u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let parts = rt::Parts::raw(
                &base,
                &ENCODING,
                rt::Method::Get,
                "/api/v4/futures/orders?contract=BTC_USD&status=finished&limit=50",
                "",
                "",
            );
            let request = signer
                .sign_parts(Scheme::Signed, parts, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("hashed_payload"),
                Some("cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"),
                "value `{}`", "hashed_payload"
            );
            assert_eq!(
                trace.text("prehash"),
                Some("GET\n/api/v4/futures/orders\ncontract=BTC_USD&status=finished&limit=50\ncf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e\n1541993715"),
                "value `{}`", "prehash"
            );
            assert_eq!(request.header("KEY"), Some("key"), "header `{}`", "KEY");
            assert_eq!(
                request.header("Timestamp"), Some("1541993715"), "header `{}`",
                "Timestamp"
            );
            assert_eq!(
                request.header("SIGN"),
                Some("55f84ea195d6fe57ce62464daaa7c3c02fa9d1dde954e4c898289c9a2407a3d6fb3faf24deff16790d726b66ac9f74526668b13bd01029199cc4fcc522418b8a"),
                "header `{}`", "SIGN"
            );
        }
        /// Source: Gate.io API v4 docs, signature string generation, POST example with a compact JSON body (documented.json gate-v4-post-futures-orders).
        #[test]
        fn docs_post_futures_orders() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("key"),
                secret: rt::SecretString::from("secret"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.gateio.ws")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1541993715000u64,
                nonce: 1541993715000u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let parts = rt::Parts::raw(
                &base,
                &ENCODING,
                rt::Method::Post,
                "/api/v4/futures/orders",
                "{\"contract\":\"BTC_USD\",\"type\":\"limit\",\"size\":100,\"price\":6800,\"time_in_force\":\"gtc\"}",
                "",
            );
            let request = signer
                .sign_parts(Scheme::Signed, parts, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("hashed_payload"),
                Some("ad3c169203dc3026558f01b4df307641fa1fa361f086b2306658886d5708767b1854797c68d9e62fef2f991645aa82673622ebf417e091d0bd22bafe5d956cca"),
                "value `{}`", "hashed_payload"
            );
            assert_eq!(
                trace.text("prehash"),
                Some("POST\n/api/v4/futures/orders\n\nad3c169203dc3026558f01b4df307641fa1fa361f086b2306658886d5708767b1854797c68d9e62fef2f991645aa82673622ebf417e091d0bd22bafe5d956cca\n1541993715"),
                "value `{}`", "prehash"
            );
            assert_eq!(
                request.header("Timestamp"), Some("1541993715"), "header `{}`",
                "Timestamp"
            );
            assert_eq!(
                request.header("SIGN"),
                Some("eae42da914a590ddf727473aff25fc87d50b64783941061f47a3fdb92742541fc4c2c14017581b4199a1418d54471c269c03a38d788d802e2c306c37636389f0"),
                "header `{}`", "SIGN"
            );
        }
        /// Source: tests/reference/venues.py, case gate-a-spot-get-order: the docs' gen_sign Python sample over the spot order path with its query.
        #[test]
        fn reference_spot_get_order() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("gate-key-0001"),
                secret: rt::SecretString::from("gate-secret-0001"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.gateio.ws")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000000u64,
                nonce: 1700000000000u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: GetOrderParams = rt::serde_json::from_str(
                    "{\"order_id\":\"12345\",\"currency_pair\":\"BTC_USDT\"}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("prehash"),
                Some("GET\n/api/v4/spot/orders/12345\ncurrency_pair=BTC_USDT\ncf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e\n1700000000"),
                "value `{}`", "prehash"
            );
            assert_eq!(
                request.header("KEY"), Some("gate-key-0001"), "header `{}`", "KEY"
            );
            assert_eq!(
                request.header("Timestamp"), Some("1700000000"), "header `{}`",
                "Timestamp"
            );
            assert_eq!(
                request.header("SIGN"),
                Some("846ac1160d970f46eb91b073f886964c35a3c293446c09feab52439a7601dc18ec2eb61175068605394e1f4bccdff3c664edf195534d9606b1fddf574e1b1730"),
                "header `{}`", "SIGN"
            );
            assert_eq!(
                request.url,
                "https://api.gateio.ws/api/v4/spot/orders/12345?currency_pair=BTC_USDT"
            );
        }
        /// Source: tests/reference/venues.py, case gate-b-spot-place-order (compact JSON body, documented parameter order).
        #[test]
        fn reference_spot_place_order() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("gate-key-0001"),
                secret: rt::SecretString::from("gate-secret-0001"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.gateio.ws")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000001000u64,
                nonce: 1700000001000u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: PlaceOrderParams = rt::serde_json::from_str(
                    "{\"text\":\"t-abc123\",\"currency_pair\":\"BTC_USDT\",\"type\":\"limit\",\"account\":\"spot\",\"side\":\"buy\",\"amount\":\"0.001\",\"price\":\"30000\",\"time_in_force\":\"gtc\"}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                request.header("SIGN"),
                Some("705bbe789e5c6e34d1251c9f7a33cabc340bc7f1bbc13e2372cb335ae5b959500cfd59fe9f6fc197cc6dd569a06c408a50b08b24f33cc2fabacfddaea2112b30"),
                "header `{}`", "SIGN"
            );
            assert_eq!(
                request.body.as_deref(),
                Some("{\"text\":\"t-abc123\",\"currency_pair\":\"BTC_USDT\",\"type\":\"limit\",\"account\":\"spot\",\"side\":\"buy\",\"amount\":\"0.001\",\"price\":\"30000\",\"time_in_force\":\"gtc\"}"
                .as_bytes())
            );
        }
    }
}
