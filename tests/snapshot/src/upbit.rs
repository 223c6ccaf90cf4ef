/// Upbit client, generated from its spec.
///
/// Upbit exchange API v1. Private calls carry `Authorization: Bearer <JWT>`: a JSON Web Token
/// signed with the secret key (HS512, which the auth guide recommends; the `alg` header must
/// name the algorithm used) whose claims are `access_key`, `nonce` (a fresh UUID v4 per
/// request), and, when the request has parameters, `query_hash` = hex SHA-512 of the
/// parameters as a query string and `query_hash_alg` = `SHA512`. The hashed string is the
/// parameters with percent-escapes undone (a space, sent as `+`, stays `+`, as the guide's
/// Python `unquote(urlencode(params))` leaves it), in the order sent: the query of a GET or DELETE, and for a POST the
/// JSON body's members joined as `key=value&…` (the body bytes themselves are not signed).
/// Arrays are sent as `key[]=a&key[]=b`; this spec's GET endpoints take none.
///
/// Sources:
///
/// - <https://docs.upbit.com/kr/reference/auth>
/// - <https://global-docs.upbit.com/reference/auth>
/// - <https://docs.upbit.com/kr/reference/order-chance>
/// - <https://docs.upbit.com/kr/reference/new-order>
pub mod upbit {
    use ::venue_runtime as rt;
    use rt::ExposeSecret;
    pub const PRODUCTION_URL: &str = "https://api.upbit.com";
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
        data: None,
        code: None,
        success: &[],
        message: None,
        jsonrpc: false,
    };
    ///Credentials for Upbit. Debug output never shows their values.
    #[derive(Clone, Debug)]
    pub struct Credentials {
        /// Access key (the JWT's `access_key` claim).
        pub access_key: rt::SecretString,
        /// Secret key; signs the JWT as is.
        pub secret_key: rt::SecretString,
    }
    impl Credentials {
        /// Reads credentials from a JSON object of strings; unknown names are rejected.
        pub fn from_json(value: &rt::serde_json::Value) -> Result<Self, rt::Error> {
            rt::known_credentials(value, &["access_key", "secret_key"])?;
            Ok(Credentials {
                access_key: rt::credential(value, "access_key")?,
                secret_key: rt::credential(value, "secret_key")?,
            })
        }
    }
    /// The auth schemes this venue offers.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Scheme {
        /// Quotation endpoints.
        Public,
        /// HS512 JWT bearer token; parameters are bound to it through `query_hash`.
        Jwt,
    }
    impl Scheme {
        pub fn name(self) -> &'static str {
            match self {
                Scheme::Public => "public",
                Scheme::Jwt => "jwt",
            }
        }
    }
    /// Signs requests. Values that depend only on credentials are computed once, here.
    #[derive(Debug)]
    pub struct Signer {
        credentials: Credentials,
        jwt_secret_key_hmac_sha512: rt::HmacKey,
    }
    impl Signer {
        pub fn new(credentials: Credentials) -> Result<Self, rt::Error> {
            let jwt_secret_key_hmac_sha512 = rt::hmac_sha512_key(
                credentials.secret_key.expose_secret().as_bytes(),
            );
            Ok(Signer {
                credentials,
                jwt_secret_key_hmac_sha512,
            })
        }
        /// Whether the optional credentials `scheme` reads were given.
        pub fn can_sign(&self, scheme: Scheme) -> bool {
            match scheme {
                Scheme::Public => true,
                Scheme::Jwt => true,
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
                Scheme::Jwt => self.sign_jwt(endpoint, base, stamp, trace),
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
                Scheme::Jwt => self.jwt_finish(parts, stamp, trace),
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
        fn sign_jwt<E: rt::Endpoint>(
            &self,
            endpoint: &E,
            base: &rt::BaseUrl,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let parts = rt::Assembly::new(endpoint, base, &ENCODING)?
                .keep_params_query()
                .finish(stamp.nonce);
            self.jwt_finish(parts, stamp, trace)
        }
        fn jwt_finish(
            &self,
            mut parts: rt::Parts,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let query_hash = if parts.params_query().is_empty() {
                rt::Text::from("")
            } else {
                rt::Text::from(
                    &rt::hex(
                        rt::sha512(
                                rt::url_decode(parts.params_query().as_bytes(), "value")?
                                    .as_bytes(),
                            )
                            .as_slice(),
                    ),
                )
            };
            trace.record("query_hash", &query_hash);
            let claims = rt::json_object(
                &[
                    (
                        "access_key",
                        rt::JsonMember::Text(self.credentials.access_key.expose_secret()),
                    ),
                    ("nonce", rt::JsonMember::Text(&stamp.uuid4())),
                    ("query_hash", rt::JsonMember::Text(&query_hash)),
                    (
                        "query_hash_alg",
                        rt::JsonMember::Text(
                            &if query_hash.is_empty() {
                                rt::Text::from("")
                            } else {
                                rt::Text::from("SHA512")
                            },
                        ),
                    ),
                ],
            );
            trace.record("claims", &claims);
            let signing_input = rt::text!(
                rt::base64url_nopad("{\"alg\":\"HS512\",\"typ\":\"JWT\"}".as_bytes()),
                ".", rt::base64url_nopad(claims.as_bytes())
            );
            trace.record("signing_input", &signing_input);
            let token = rt::text!(
                signing_input, ".", rt::base64url_nopad(rt::hmac_with(& self
                .jwt_secret_key_hmac_sha512, signing_input.as_bytes()).as_slice())
            );
            trace.record("token", &token);
            parts.reserve_headers(1usize);
            parts.header("Authorization", rt::text!("Bearer ", token));
            Ok(parts.into_request())
        }
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Account {
        pub currency: String,
        pub balance: rt::Decimal,
        pub locked: rt::Decimal,
        pub avg_buy_price: rt::Decimal,
        pub avg_buy_price_modified: bool,
        pub unit_currency: String,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Ticker {
        pub market: String,
        pub trade_price: rt::Decimal,
        pub timestamp: i64,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Order {
        pub uuid: String,
        pub side: String,
        pub ord_type: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub price: Option<rt::Decimal>,
        pub state: String,
        pub market: String,
        pub created_at: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub volume: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub remaining_volume: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub executed_volume: Option<rt::Decimal>,
    }
    /// Values of `side` for `place_order`.
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
    pub enum PlaceOrderSide {
        #[serde(rename = "bid")]
        Bid,
        #[serde(rename = "ask")]
        Ask,
    }
    impl PlaceOrderSide {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                PlaceOrderSide::Bid => "bid",
                PlaceOrderSide::Ask => "ask",
            }
        }
    }
    impl std::fmt::Display for PlaceOrderSide {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(PlaceOrderSide);
    /// Values of `ord_type` for `place_order`.
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
    pub enum PlaceOrderOrdType {
        #[serde(rename = "limit")]
        Limit,
        #[serde(rename = "price")]
        Price,
        #[serde(rename = "market")]
        Market,
        #[serde(rename = "best")]
        Best,
    }
    impl PlaceOrderOrdType {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                PlaceOrderOrdType::Limit => "limit",
                PlaceOrderOrdType::Price => "price",
                PlaceOrderOrdType::Market => "market",
                PlaceOrderOrdType::Best => "best",
            }
        }
    }
    impl std::fmt::Display for PlaceOrderOrdType {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(PlaceOrderOrdType);
    ///Parameters of `ticker`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct TickerParams {
        /// e.g. KRW-BTC,KRW-ETH
        pub markets: String,
    }
    impl rt::Endpoint for TickerParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/v1/ticker");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("markets", &self.markets);
        }
    }
    ///Parameters of `accounts`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct AccountsParams {}
    impl rt::Endpoint for AccountsParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/v1/accounts");
        }
    }
    ///Parameters of `order_chance`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct OrderChanceParams {
        /// e.g. KRW-BTC
        pub market: String,
    }
    impl rt::Endpoint for OrderChanceParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/v1/orders/chance");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("market", &self.market);
        }
    }
    ///Parameters of `place_order`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct PlaceOrderParams {
        pub market: String,
        pub side: PlaceOrderSide,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub volume: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub price: Option<rt::Decimal>,
        pub ord_type: PlaceOrderOrdType,
    }
    impl rt::Endpoint for PlaceOrderParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/v1/orders");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("market", &self.market);
            body.field("side", &self.side);
            body.field("volume", &self.volume);
            body.field("price", &self.price);
            body.field("ord_type", &self.ord_type);
        }
    }
    ///Async client for Upbit.
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
                "upbit",
                &[Some(&credentials.access_key), Some(&credentials.secret_key)],
            );
            Ok(Client {
                core: rt::ClientCore::new(base_url)?.with_name("upbit").with_key(key),
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
        /// `GET /v1/ticker`.
        ///
        /// Current price of one or more markets (comma-separated).
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.ticker(&TickerParams {
        ///     markets: "...".into(),
        /// }).await?;
        /// ```
        pub async fn ticker(
            &self,
            params: &TickerParams,
        ) -> Result<Vec<Ticker>, rt::Error> {
            self.call(rt::Call::idempotent("ticker"), Scheme::Public, params, &ENVELOPE)
                .await
        }
        /// `GET /v1/accounts`.
        ///
        /// Balances of every currency held.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.accounts().await?;
        /// ```
        pub async fn accounts(&self) -> Result<Vec<Account>, rt::Error> {
            self.call(
                    rt::Call::idempotent("accounts"),
                    Scheme::Jwt,
                    &AccountsParams {},
                    &ENVELOPE,
                )
                .await
        }
        /// `GET /v1/orders/chance`.
        ///
        /// Fees, limits and balances for ordering on one market.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.order_chance(&OrderChanceParams {
        ///     market: "...".into(),
        /// }).await?;
        /// ```
        pub async fn order_chance(
            &self,
            params: &OrderChanceParams,
        ) -> Result<rt::serde_json::Value, rt::Error> {
            self.call(
                    rt::Call::idempotent("order_chance"),
                    Scheme::Jwt,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /v1/orders`.
        ///
        /// Places an order.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.place_order(&PlaceOrderParams {
        ///     market: "...".into(),
        ///     side: PlaceOrderSide::Bid,
        ///     volume: None,
        ///     price: None,
        ///     ord_type: PlaceOrderOrdType::Limit,
        /// }).await?;
        /// ```
        pub async fn place_order(
            &self,
            params: &PlaceOrderParams,
        ) -> Result<Order, rt::Error> {
            self.call(rt::Call::once("place_order"), Scheme::Jwt, params, &ENVELOPE)
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
            "ticker" => {
                let params = rt::params::<TickerParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Public])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "accounts" => {
                let params = rt::params::<AccountsParams>(params)?;
                signer
                    .sign(signer.choose(&[Scheme::Jwt])?, &params, &base, &stamp, trace)
            }
            "order_chance" => {
                let params = rt::params::<OrderChanceParams>(params)?;
                signer
                    .sign(signer.choose(&[Scheme::Jwt])?, &params, &base, &stamp, trace)
            }
            "place_order" => {
                let params = rt::params::<PlaceOrderParams>(params)?;
                signer
                    .sign(signer.choose(&[Scheme::Jwt])?, &params, &base, &stamp, trace)
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
            "ticker" => {
                let params = rt::params::<TickerParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Public])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Vec<Ticker>,
                        >(rt::Call::idempotent("ticker"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            "accounts" => {
                let params = rt::params::<AccountsParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Jwt])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Vec<Account>,
                        >(rt::Call::idempotent("accounts"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            "order_chance" => {
                let params = rt::params::<OrderChanceParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Jwt])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            rt::serde_json::Value,
                        >(
                            rt::Call::idempotent("order_chance"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "place_order" => {
                let params = rt::params::<PlaceOrderParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Jwt])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Order,
                        >(rt::Call::once("place_order"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            _ => Err(rt::Error::unknown_endpoint(endpoint)),
        }
    }
    /// What `venue list` shows for this venue.
    pub static INFO: rt::VenueInfo = rt::VenueInfo {
        name: "upbit",
        title: "Upbit",
        credentials: &["access_key", "secret_key"],
        endpoints: &[
            rt::EndpointInfo {
                name: "ticker",
                method: "GET",
                path: "/v1/ticker",
                auth: "public",
                params: &[
                    rt::ParamInfo {
                        name: "markets",
                        location: "query",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "accounts",
                method: "GET",
                path: "/v1/accounts",
                auth: "jwt",
                params: &[],
            },
            rt::EndpointInfo {
                name: "order_chance",
                method: "GET",
                path: "/v1/orders/chance",
                auth: "jwt",
                params: &[
                    rt::ParamInfo {
                        name: "market",
                        location: "query",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "place_order",
                method: "POST",
                path: "/v1/orders",
                auth: "jwt",
                params: &[
                    rt::ParamInfo {
                        name: "market",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "side",
                        location: "body",
                        ty: "enum",
                        required: true,
                        values: &["bid", "ask"],
                    },
                    rt::ParamInfo {
                        name: "volume",
                        location: "body",
                        ty: "decimal",
                        required: false,
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
                        name: "ord_type",
                        location: "body",
                        ty: "enum",
                        required: true,
                        values: &["limit", "price", "market", "best"],
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
        /// Source: tests/reference/second_edition.py case upbit-get-query: the auth guide's own sample parameters, hashed unescaped and signed HS512 by hand, the claims laid out as PyJWT does.
        #[test]
        fn reference_get_query() {
            let credentials = Credentials {
                access_key: rt::SecretString::from("upbit-fake-access-key-0001"),
                secret_key: rt::SecretString::from("upbit-fake-secret-key-0001"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.upbit.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000000u64,
                nonce: 1700000000000u64,
                random: 83962282145012172231825426121570802540u128,
            };
            let mut trace = rt::Trace::on();
            let parts = rt::Parts::raw(
                &base,
                &ENCODING,
                rt::Method::Get,
                "/v1/orders/open?market=KRW-BTC&states[]=wait&states[]=watch&limit=10",
                "",
                "",
            );
            let request = signer
                .sign_parts(Scheme::Jwt, parts, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("query_hash"),
                Some("e3cfc649139c595e1c26a8aa2b3c8504f4b15011fc2b819081451e5e845172bd5dbbb5110ec5d7a3d1d32ff71f46a78323a040e8bedf8672021fd2206190a3a8"),
                "value `{}`", "query_hash"
            );
            assert_eq!(
                trace.text("signing_input"),
                Some("eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9.eyJhY2Nlc3Nfa2V5IjoidXBiaXQtZmFrZS1hY2Nlc3Mta2V5LTAwMDEiLCJub25jZSI6IjNmMmE4YzFlLTViN2QtNGU5YS04YzZmLTFkMmUzZjRhNWI2YyIsInF1ZXJ5X2hhc2giOiJlM2NmYzY0OTEzOWM1OTVlMWMyNmE4YWEyYjNjODUwNGY0YjE1MDExZmMyYjgxOTA4MTQ1MWU1ZTg0NTE3MmJkNWRiYmI1MTEwZWM1ZDdhM2QxZDMyZmY3MWY0NmE3ODMyM2EwNDBlOGJlZGY4NjcyMDIxZmQyMjA2MTkwYTNhOCIsInF1ZXJ5X2hhc2hfYWxnIjoiU0hBNTEyIn0"),
                "value `{}`", "signing_input"
            );
            assert_eq!(
                request.header("Authorization"),
                Some("Bearer eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9.eyJhY2Nlc3Nfa2V5IjoidXBiaXQtZmFrZS1hY2Nlc3Mta2V5LTAwMDEiLCJub25jZSI6IjNmMmE4YzFlLTViN2QtNGU5YS04YzZmLTFkMmUzZjRhNWI2YyIsInF1ZXJ5X2hhc2giOiJlM2NmYzY0OTEzOWM1OTVlMWMyNmE4YWEyYjNjODUwNGY0YjE1MDExZmMyYjgxOTA4MTQ1MWU1ZTg0NTE3MmJkNWRiYmI1MTEwZWM1ZDdhM2QxZDMyZmY3MWY0NmE3ODMyM2EwNDBlOGJlZGY4NjcyMDIxZmQyMjA2MTkwYTNhOCIsInF1ZXJ5X2hhc2hfYWxnIjoiU0hBNTEyIn0.RTm06fpwqPDGM-5OKOkpjPUwSzI7zL-IARo_jQcjY0S2dHSueqVsOcOKWwON-VhrgLhZCI32odkuzei6Hd_mOw"),
                "header `{}`", "Authorization"
            );
        }
        /// Source: tests/reference/second_edition.py case upbit-post-body: an order whose JSON body members are hashed as `market=KRW-BTC&side=bid&volume=0.01&price=100&ord_type=limit`.
        #[test]
        fn reference_post_body() {
            let credentials = Credentials {
                access_key: rt::SecretString::from("upbit-fake-access-key-0001"),
                secret_key: rt::SecretString::from("upbit-fake-secret-key-0001"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.upbit.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000000u64,
                nonce: 1700000000000u64,
                random: 257636009016718172017775225856629493343u128,
            };
            let mut trace = rt::Trace::on();
            let params: PlaceOrderParams = rt::serde_json::from_str(
                    "{\"market\":\"KRW-BTC\",\"side\":\"bid\",\"volume\":\"0.01\",\"price\":\"100\",\"ord_type\":\"limit\"}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Jwt, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("query_hash"),
                Some("da670bea980ba35ed6a354a1580ae42e2e44b7feb2524b1477e5087ecbd233cf41de9598218c7d5582488e5a6b78f8931f1df9db9ce2fc68cd90496d9c90fe74"),
                "value `{}`", "query_hash"
            );
            assert_eq!(
                request.header("Authorization"),
                Some("Bearer eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9.eyJhY2Nlc3Nfa2V5IjoidXBiaXQtZmFrZS1hY2Nlc3Mta2V5LTAwMDEiLCJub25jZSI6ImMxZDJlM2Y0LWE1YjYtNGM3ZC04ZTlmLTBhMWIyYzNkNGU1ZiIsInF1ZXJ5X2hhc2giOiJkYTY3MGJlYTk4MGJhMzVlZDZhMzU0YTE1ODBhZTQyZTJlNDRiN2ZlYjI1MjRiMTQ3N2U1MDg3ZWNiZDIzM2NmNDFkZTk1OTgyMThjN2Q1NTgyNDg4ZTVhNmI3OGY4OTMxZjFkZjlkYjljZTJmYzY4Y2Q5MDQ5NmQ5YzkwZmU3NCIsInF1ZXJ5X2hhc2hfYWxnIjoiU0hBNTEyIn0.ExEEaohDcPta1epCx2WYOYenflnSDFKVlJVpKMAll5ksa239lobxMNe65_K76oBUDZlIOfHFEvoh4YhaDQKKYg"),
                "header `{}`", "Authorization"
            );
            assert_eq!(
                request.body.as_deref(),
                Some("{\"market\":\"KRW-BTC\",\"side\":\"bid\",\"volume\":\"0.01\",\"price\":\"100\",\"ord_type\":\"limit\"}"
                .as_bytes())
            );
        }
        /// Source: tests/reference/second_edition.py case upbit-post-body, given as the raw request.
        #[test]
        fn reference_post_raw_body() {
            let credentials = Credentials {
                access_key: rt::SecretString::from("upbit-fake-access-key-0001"),
                secret_key: rt::SecretString::from("upbit-fake-secret-key-0001"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.upbit.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000000u64,
                nonce: 1700000000000u64,
                random: 257636009016718172017775225856629493343u128,
            };
            let mut trace = rt::Trace::on();
            let parts = rt::Parts::raw(
                &base,
                &ENCODING,
                rt::Method::Post,
                "/v1/orders",
                "{\"market\":\"KRW-BTC\",\"side\":\"bid\",\"volume\":\"0.01\",\"price\":\"100\",\"ord_type\":\"limit\"}",
                "",
            );
            let request = signer
                .sign_parts(Scheme::Jwt, parts, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                request.header("Authorization"),
                Some("Bearer eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9.eyJhY2Nlc3Nfa2V5IjoidXBiaXQtZmFrZS1hY2Nlc3Mta2V5LTAwMDEiLCJub25jZSI6ImMxZDJlM2Y0LWE1YjYtNGM3ZC04ZTlmLTBhMWIyYzNkNGU1ZiIsInF1ZXJ5X2hhc2giOiJkYTY3MGJlYTk4MGJhMzVlZDZhMzU0YTE1ODBhZTQyZTJlNDRiN2ZlYjI1MjRiMTQ3N2U1MDg3ZWNiZDIzM2NmNDFkZTk1OTgyMThjN2Q1NTgyNDg4ZTVhNmI3OGY4OTMxZjFkZjlkYjljZTJmYzY4Y2Q5MDQ5NmQ5YzkwZmU3NCIsInF1ZXJ5X2hhc2hfYWxnIjoiU0hBNTEyIn0.ExEEaohDcPta1epCx2WYOYenflnSDFKVlJVpKMAll5ksa239lobxMNe65_K76oBUDZlIOfHFEvoh4YhaDQKKYg"),
                "header `{}`", "Authorization"
            );
        }
    }
}
