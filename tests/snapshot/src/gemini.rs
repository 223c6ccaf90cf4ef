/// Gemini client, generated from its spec.
///
/// Gemini REST API. Private endpoints are POSTs with an empty body: the JSON payload
/// (`request` = the endpoint path, an increasing `nonce`, then the endpoint's parameters) is
/// base64-encoded into X-GEMINI-PAYLOAD and signed as X-GEMINI-SIGNATURE =
/// hex(HMAC-SHA384(secret, that base64 text)). The signature covers the exact base64 bytes,
/// so any JSON layout works as long as the header carries the signed text; this client writes
/// compact JSON. Gemini has no server-time endpoint. Errors are
/// `{"result": "error", "reason", "message"}` with a 4xx status.
///
/// Sources:
///
/// - <https://docs.gemini.com/rest-api/#private-api-invocation>
/// - <https://docs.gemini.com/rest-api/#new-order>
/// - ../shared/vectors/documented.json (gemini-order-status)
pub mod gemini {
    use ::venue_runtime as rt;
    use rt::ExposeSecret;
    pub const PRODUCTION_URL: &str = "https://api.gemini.com";
    pub const SANDBOX_URL: &str = "https://api.sandbox.gemini.com";
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
        code: None,
        success: &[],
        message: None,
        jsonrpc: false,
    };
    ///Credentials for Gemini. Debug output never shows their values.
    #[derive(Clone, Debug)]
    pub struct Credentials {
        /// API key (X-GEMINI-APIKEY).
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
        /// Unauthenticated market endpoints.
        Public,
        /// Payload JSON carried base64 in a header and signed with HMAC-SHA384; no HTTP body.
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
        signed_secret_hmac_sha384: rt::HmacKey,
        signed_x_gemini_apikey_header: rt::HeaderValue,
    }
    impl Signer {
        pub fn new(credentials: Credentials) -> Result<Self, rt::Error> {
            let signed_secret_hmac_sha384 = rt::hmac_sha384_key(
                credentials.secret.expose_secret().as_bytes(),
            );
            let signed_x_gemini_apikey_header = rt::HeaderValue::shared(
                credentials.api_key.expose_secret(),
            );
            Ok(Signer {
                credentials,
                signed_secret_hmac_sha384,
                signed_x_gemini_apikey_header,
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
            let mut request = rt::Assembly::new(
                endpoint,
                base,
                &rt::Encoding {
                    send_body: false,
                    ..ENCODING
                },
            )?;
            let pre = self.signed_stamp(stamp, trace)?;
            let head = request.head();
            let body_request = rt::Text::from(head.path);
            request.body().field("request", &body_request);
            request.body().field("nonce", &pre.n);
            let parts = request.finish(stamp.nonce);
            self.signed_finish(parts, &pre, stamp, trace)
        }
        fn signed_finish(
            &self,
            mut parts: rt::Parts,
            _pre: &SignedStamp,
            _stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let payload = rt::base64(parts.body_text().as_bytes());
            trace.record("payload", &payload);
            let signature = rt::hex(
                rt::hmac_with(&self.signed_secret_hmac_sha384, payload.as_bytes())
                    .as_slice(),
            );
            trace.record("signature", &signature);
            parts.reserve_headers(5usize);
            parts.header("Content-Type", rt::HeaderValue::from_static("text/plain"));
            parts.header("Cache-Control", rt::HeaderValue::from_static("no-cache"));
            parts.header("X-GEMINI-APIKEY", self.signed_x_gemini_apikey_header.clone());
            parts.header("X-GEMINI-PAYLOAD", payload);
            parts.header("X-GEMINI-SIGNATURE", signature);
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
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Balance {
        /// Account type, e.g. exchange.
        pub r#type: String,
        pub currency: String,
        pub amount: rt::Decimal,
        pub available: rt::Decimal,
        #[serde(rename = "availableForWithdrawal")]
        pub available_for_withdrawal: rt::Decimal,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct OrderStatus {
        pub order_id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub client_order_id: Option<String>,
        pub symbol: String,
        pub exchange: String,
        pub avg_execution_price: rt::Decimal,
        pub side: String,
        /// e.g. exchange limit, exchange stop limit.
        pub r#type: String,
        /// Unix seconds (as text).
        pub timestamp: String,
        pub timestampms: i64,
        pub is_live: bool,
        pub is_cancelled: bool,
        pub is_hidden: bool,
        pub was_forced: bool,
        pub executed_amount: rt::Decimal,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub remaining_amount: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub options: Option<Vec<String>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub price: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub original_amount: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub stop_price: Option<rt::Decimal>,
        /// Why the order was cancelled or rejected.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub reason: Option<String>,
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
        #[serde(rename = "exchange limit")]
        ExchangeLimit,
        #[serde(rename = "exchange stop limit")]
        ExchangeStopLimit,
    }
    impl PlaceOrderType {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                PlaceOrderType::ExchangeLimit => "exchange limit",
                PlaceOrderType::ExchangeStopLimit => "exchange stop limit",
            }
        }
    }
    impl std::fmt::Display for PlaceOrderType {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(PlaceOrderType);
    ///Parameters of `symbols`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct SymbolsParams {}
    impl rt::Endpoint for SymbolsParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/v1/symbols");
        }
    }
    ///Parameters of `balances`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct BalancesParams {
        /// Sub-account name (master API keys only).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub account: Option<String>,
    }
    impl rt::Endpoint for BalancesParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/v1/balances");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("account", &self.account);
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
        pub account: Option<String>,
    }
    impl rt::Endpoint for OpenOrdersParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/v1/orders");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("account", &self.account);
        }
    }
    ///Parameters of `place_order`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct PlaceOrderParams {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub client_order_id: Option<String>,
        /// e.g. btcusd.
        pub symbol: String,
        pub amount: rt::Decimal,
        pub price: rt::Decimal,
        pub side: Side,
        pub r#type: PlaceOrderType,
        /// At most one of maker-or-cancel, immediate-or-cancel, fill-or-kill, auction-only, indication-of-interest.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub options: Option<Vec<String>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub stop_price: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub account: Option<String>,
    }
    impl rt::Endpoint for PlaceOrderParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/v1/order/new");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("client_order_id", &self.client_order_id);
            body.field("symbol", &self.symbol);
            body.field("amount", &self.amount);
            body.field("price", &self.price);
            body.field("side", &self.side);
            body.field("type", &self.r#type);
            body.field("options", &self.options);
            body.field("stop_price", &self.stop_price);
            body.field("account", &self.account);
        }
    }
    ///Parameters of `cancel_order`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct CancelOrderParams {
        pub order_id: i64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub account: Option<String>,
    }
    impl rt::Endpoint for CancelOrderParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/v1/order/cancel");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("order_id", &self.order_id);
            body.field("account", &self.account);
        }
    }
    ///Parameters of `order_status`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct OrderStatusParams {
        /// Either order_id or client_order_id.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub order_id: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub client_order_id: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub include_trades: Option<bool>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub account: Option<String>,
    }
    impl rt::Endpoint for OrderStatusParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/v1/order/status");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("order_id", &self.order_id);
            body.field("client_order_id", &self.client_order_id);
            body.field("include_trades", &self.include_trades);
            body.field("account", &self.account);
        }
    }
    ///Async client for Gemini.
    pub struct Client {
        core: rt::ClientCore,
        signer: Signer,
    }
    impl Client {
        /// A client for the production base URL.
        pub fn new(credentials: Credentials) -> Result<Self, rt::Error> {
            Self::with_base_url(credentials, PRODUCTION_URL)
        }
        /// A client for the venue's sandbox.
        pub fn sandbox(credentials: Credentials) -> Result<Self, rt::Error> {
            Self::with_base_url(credentials, SANDBOX_URL)
        }
        /// A client for another base URL (a proxy, a test server). Clients on the same
        /// credentials share one nonce sequence.
        pub fn with_base_url(
            credentials: Credentials,
            base_url: &str,
        ) -> Result<Self, rt::Error> {
            let key = rt::KeyId::of(
                "gemini",
                &[Some(&credentials.api_key), Some(&credentials.secret)],
            );
            Ok(Client {
                core: rt::ClientCore::new(base_url)?.with_name("gemini").with_key(key),
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
        /// `GET /v1/symbols`.
        ///
        /// All trading symbols (Gemini has no server-time endpoint).
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.symbols().await?;
        /// ```
        pub async fn symbols(&self) -> Result<Vec<String>, rt::Error> {
            self.call(
                    rt::Call::idempotent("symbols"),
                    Scheme::Public,
                    &SymbolsParams {},
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /v1/balances`.
        ///
        /// Available balances per currency.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.balances(&BalancesParams {
        ///     account: Some("...".into()),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn balances(
            &self,
            params: &BalancesParams,
        ) -> Result<Vec<Balance>, rt::Error> {
            self.call(
                    rt::Call::idempotent("balances").with_nonce(),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /v1/orders`.
        ///
        /// Active orders.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.open_orders(&OpenOrdersParams {
        ///     account: Some("...".into()),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn open_orders(
            &self,
            params: &OpenOrdersParams,
        ) -> Result<Vec<OrderStatus>, rt::Error> {
            self.call(
                    rt::Call::idempotent("open_orders").with_nonce(),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /v1/order/new`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.place_order(&params).await?;
        /// ```
        pub async fn place_order(
            &self,
            params: &PlaceOrderParams,
        ) -> Result<OrderStatus, rt::Error> {
            self.call(
                    rt::Call::once("place_order").with_nonce(),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /v1/order/cancel`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.cancel_order(&CancelOrderParams {
        ///     order_id: 0,
        ///     account: None,
        /// }).await?;
        /// ```
        pub async fn cancel_order(
            &self,
            params: &CancelOrderParams,
        ) -> Result<OrderStatus, rt::Error> {
            self.call(
                    rt::Call::once("cancel_order").with_nonce(),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /v1/order/status`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.order_status(&OrderStatusParams {
        ///     order_id: Some(0),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn order_status(
            &self,
            params: &OrderStatusParams,
        ) -> Result<OrderStatus, rt::Error> {
            self.call(
                    rt::Call::idempotent("order_status").with_nonce(),
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
            "symbols" => {
                let params = rt::params::<SymbolsParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Public])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "balances" => {
                let params = rt::params::<BalancesParams>(params)?;
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
            "order_status" => {
                let params = rt::params::<OrderStatusParams>(params)?;
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
            "symbols" => {
                let params = rt::params::<SymbolsParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Public])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Vec<String>,
                        >(rt::Call::idempotent("symbols"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            "balances" => {
                let params = rt::params::<BalancesParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Vec<Balance>,
                        >(
                            rt::Call::idempotent("balances").with_nonce(),
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
                            Vec<OrderStatus>,
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
                            OrderStatus,
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
                            OrderStatus,
                        >(
                            rt::Call::once("cancel_order").with_nonce(),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "order_status" => {
                let params = rt::params::<OrderStatusParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            OrderStatus,
                        >(
                            rt::Call::idempotent("order_status").with_nonce(),
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
        name: "gemini",
        title: "Gemini",
        credentials: &["api_key", "secret"],
        endpoints: &[
            rt::EndpointInfo {
                name: "symbols",
                method: "GET",
                path: "/v1/symbols",
                auth: "public",
                params: &[],
            },
            rt::EndpointInfo {
                name: "balances",
                method: "POST",
                path: "/v1/balances",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "account",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "open_orders",
                method: "POST",
                path: "/v1/orders",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "account",
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
                path: "/v1/order/new",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "client_order_id",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "symbol",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &[],
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
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "side",
                        location: "body",
                        ty: "enum",
                        required: true,
                        values: &["buy", "sell"],
                    },
                    rt::ParamInfo {
                        name: "type",
                        location: "body",
                        ty: "enum",
                        required: true,
                        values: &["exchange limit", "exchange stop limit"],
                    },
                    rt::ParamInfo {
                        name: "options",
                        location: "body",
                        ty: "[string]",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "stop_price",
                        location: "body",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "account",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "cancel_order",
                method: "POST",
                path: "/v1/order/cancel",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "order_id",
                        location: "body",
                        ty: "integer",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "account",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "order_status",
                method: "POST",
                path: "/v1/order/status",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "order_id",
                        location: "body",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "client_order_id",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "include_trades",
                        location: "body",
                        ty: "bool",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "account",
                        location: "body",
                        ty: "string",
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
        /// Source: Gemini docs, Private API invocation walkthrough (base64 &lt;&lt; EOF / openssl sha384 -hmac "1234abcd"), documented.json gemini-order-status: the heredoc payload byte for byte (4-space indent, blank line, trailing newline).
        #[test]
        fn docs_order_status_payload() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("mykey"),
                secret: rt::SecretString::from("1234abcd"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.gemini.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 123456u64,
                nonce: 123456u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let parts = rt::Parts::raw(
                &base,
                &rt::Encoding {
                    send_body: false,
                    ..ENCODING
                },
                rt::Method::Post,
                "/v1/order/status",
                "{\n    \"request\": \"/v1/order/status\",\n    \"nonce\": 123456,\n\n    \"order_id\": 18834\n}\n",
                "",
            );
            let request = signer
                .sign_parts(Scheme::Signed, parts, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("payload"),
                Some("ewogICAgInJlcXVlc3QiOiAiL3YxL29yZGVyL3N0YXR1cyIsCiAgICAibm9uY2UiOiAxMjM0NTYsCgogICAgIm9yZGVyX2lkIjogMTg4MzQKfQo="),
                "value `{}`", "payload"
            );
            assert_eq!(
                request.header("X-GEMINI-APIKEY"), Some("mykey"), "header `{}`",
                "X-GEMINI-APIKEY"
            );
            assert_eq!(
                request.header("X-GEMINI-PAYLOAD"),
                Some("ewogICAgInJlcXVlc3QiOiAiL3YxL29yZGVyL3N0YXR1cyIsCiAgICAibm9uY2UiOiAxMjM0NTYsCgogICAgIm9yZGVyX2lkIjogMTg4MzQKfQo="),
                "header `{}`", "X-GEMINI-PAYLOAD"
            );
            assert_eq!(
                request.header("X-GEMINI-SIGNATURE"),
                Some("337cc8b4ea692cfe65b4a85fcc9f042b2e3f702ac956fd098d600ab15705775017beae402be773ceee10719ff70d710f"),
                "header `{}`", "X-GEMINI-SIGNATURE"
            );
            assert_eq!(
                request.header("Content-Type"), Some("text/plain"), "header `{}`",
                "Content-Type"
            );
        }
        /// Source: tests/reference/venues.py, case gemini-a-order-status-compact: the documented recipe over the compact payload this client assembles ({request, nonce, order_id}).
        #[test]
        fn reference_order_status_from_params() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("gemini-key-0001"),
                secret: rt::SecretString::from("gemini-secret-0001"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.gemini.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000123u64,
                nonce: 1700000000123u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: OrderStatusParams = rt::serde_json::from_str(
                    "{\"order_id\":18834}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                request.header("X-GEMINI-PAYLOAD"),
                Some("eyJyZXF1ZXN0IjoiL3YxL29yZGVyL3N0YXR1cyIsIm5vbmNlIjoxNzAwMDAwMDAwMTIzLCJvcmRlcl9pZCI6MTg4MzR9"),
                "header `{}`", "X-GEMINI-PAYLOAD"
            );
            assert_eq!(
                request.header("X-GEMINI-SIGNATURE"),
                Some("59b45de0ace1735c89d9a6d5fa452bf582182dbc09cc9e3d0b17eeaf3c604fed315b771461e5c855f808c95afa2f5f8e"),
                "header `{}`", "X-GEMINI-SIGNATURE"
            );
            assert_eq!(
                request.header("Content-Type"), Some("text/plain"), "header `{}`",
                "Content-Type"
            );
            assert_eq!(request.url, "https://api.gemini.com/v1/order/status");
        }
    }
}
