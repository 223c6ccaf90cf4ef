/// Bitget client, generated from its spec.
///
/// Bitget API v2 (spot). Signed requests carry ACCESS-SIGN = base64(HMAC-SHA256(secret,
/// timestamp + METHOD + requestPath + ("?" + queryString when there is a query) + body)), with
/// the timestamp in unix ms (also sent as ACCESS-TIMESTAMP) and the passphrase sent as set when
/// the key was created. The query string is sorted by key, and it is signed unescaped: Bitget's
/// own signing sample joins the sorted pairs without encoding them, and a value such as
/// `$DEGENUSDT` fails when signed as `%24DEGENUSDT` (JKorf/Bitget.Net issue 48). The URL
/// carries the escaped form. Every response is `{"code": "00000", "msg": "success", "data": …}`.
///
/// Sources:
///
/// - <https://www.bitget.com/api-doc/common/signature>
/// - <https://www.bitget.com/api-doc/spot/account/Get-Account-Assets>
/// - <https://www.bitget.com/api-doc/spot/trade/Place-Order>
pub mod bitget {
    use ::venue_runtime as rt;
    use rt::ExposeSecret;
    pub const PRODUCTION_URL: &str = "https://api.bitget.com";
    /// How this venue writes query strings and bodies.
    pub const ENCODING: rt::Encoding = rt::Encoding {
        query_order: rt::QueryOrder::Sorted,
        escape: rt::Escape::Rfc3986,
        body_root: None,
        send_body: true,
        json_keys: rt::QueryOrder::AsDeclared,
    };
    /// How responses wrap their payload and report venue errors.
    const ENVELOPE: rt::Envelope = rt::Envelope {
        data: Some("data"),
        code: Some("code"),
        success: &["00000"],
        message: Some("msg"),
        jsonrpc: false,
    };
    ///Credentials for Bitget. Debug output never shows their values.
    #[derive(Clone, Debug)]
    pub struct Credentials {
        /// API key (ACCESS-KEY).
        pub api_key: rt::SecretString,
        /// Secret key.
        pub secret: rt::SecretString,
        /// Passphrase chosen when the API key was created.
        pub passphrase: rt::SecretString,
    }
    impl Credentials {
        /// Reads credentials from a JSON object of strings; unknown names are rejected.
        pub fn from_json(value: &rt::serde_json::Value) -> Result<Self, rt::Error> {
            rt::known_credentials(value, &["api_key", "secret", "passphrase"])?;
            Ok(Credentials {
                api_key: rt::credential(value, "api_key")?,
                secret: rt::credential(value, "secret")?,
                passphrase: rt::credential(value, "passphrase")?,
            })
        }
    }
    /// The auth schemes this venue offers.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Scheme {
        /// Unauthenticated endpoints.
        Public,
        /// HMAC-SHA256 over ms timestamp, method, path, the unescaped sorted query (with `?`, only when there is one), and body.
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
        signed_secret_hmac_sha256: rt::HmacKey,
        signed_access_key_header: rt::HeaderValue,
        signed_access_passphrase_header: rt::HeaderValue,
    }
    impl Signer {
        pub fn new(credentials: Credentials) -> Result<Self, rt::Error> {
            let signed_secret_hmac_sha256 = rt::hmac_sha256_key(
                credentials.secret.expose_secret().as_bytes(),
            );
            let signed_access_key_header = rt::HeaderValue::shared(
                credentials.api_key.expose_secret(),
            );
            let signed_access_passphrase_header = rt::HeaderValue::shared(
                credentials.passphrase.expose_secret(),
            );
            Ok(Signer {
                credentials,
                signed_secret_hmac_sha256,
                signed_access_key_header,
                signed_access_passphrase_header,
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
            let ts = stamp.unix_ms();
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
            let prehash = rt::pieces!(
                pre.ts, parts.method().as_str(), parts.path(), if parts.decoded_query()
                .is_empty() { rt::Text::from("") } else { rt::Text::from(& rt::text!("?",
                parts.decoded_query())) }, parts.body_text()
            );
            trace.record("prehash", &prehash);
            let sign = rt::base64(
                rt::hmac_with(&self.signed_secret_hmac_sha256, prehash).as_slice(),
            );
            trace.record("sign", &sign);
            parts.reserve_headers(5usize);
            parts.header("ACCESS-KEY", self.signed_access_key_header.clone());
            parts.header("ACCESS-SIGN", sign);
            parts.header("ACCESS-TIMESTAMP", pre.ts);
            parts
                .secret_header(
                    "ACCESS-PASSPHRASE",
                    self.signed_access_passphrase_header.clone(),
                );
            parts.header("locale", rt::HeaderValue::from_static("en-US"));
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
        #[serde(rename = "limit")]
        Limit,
        #[serde(rename = "market")]
        Market,
    }
    impl OrderType {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                OrderType::Limit => "limit",
                OrderType::Market => "market",
            }
        }
    }
    impl std::fmt::Display for OrderType {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(OrderType);
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
    pub enum Force {
        #[serde(rename = "gtc")]
        Gtc,
        #[serde(rename = "post_only")]
        PostOnly,
        #[serde(rename = "fok")]
        Fok,
        #[serde(rename = "ioc")]
        Ioc,
    }
    impl Force {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                Force::Gtc => "gtc",
                Force::PostOnly => "post_only",
                Force::Fok => "fok",
                Force::Ioc => "ioc",
            }
        }
    }
    impl std::fmt::Display for Force {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(Force);
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct ServerTime {
        /// Server time in unix ms (as text).
        #[serde(rename = "serverTime")]
        pub server_time: String,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Asset {
        pub coin: String,
        pub available: rt::Decimal,
        pub frozen: rt::Decimal,
        pub locked: rt::Decimal,
        /// Last update, unix ms (as text).
        #[serde(rename = "uTime")]
        pub u_time: String,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct PlacedOrder {
        #[serde(rename = "orderId")]
        pub order_id: String,
        #[serde(rename = "clientOid")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub client_oid: Option<String>,
    }
    /// Values of `assetType` for `account_assets`.
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
    pub enum AccountAssetsAssetType {
        #[serde(rename = "hold_only")]
        HoldOnly,
        #[serde(rename = "all")]
        All,
    }
    impl AccountAssetsAssetType {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                AccountAssetsAssetType::HoldOnly => "hold_only",
                AccountAssetsAssetType::All => "all",
            }
        }
    }
    impl std::fmt::Display for AccountAssetsAssetType {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(AccountAssetsAssetType);
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
            path.push("/api/v2/public/time");
        }
    }
    ///Parameters of `account_assets`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct AccountAssetsParams {
        /// A coin, e.g. USDT; all coins when left out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub coin: Option<String>,
        #[serde(rename = "assetType")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub asset_type: Option<AccountAssetsAssetType>,
    }
    impl rt::Endpoint for AccountAssetsParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v2/spot/account/assets");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("coin", &self.coin);
            query.field("assetType", &self.asset_type);
        }
    }
    ///Parameters of `unfilled_orders`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct UnfilledOrdersParams {
        /// e.g. BTCUSDT
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub symbol: Option<String>,
        /// Up to 100.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<i64>,
    }
    impl rt::Endpoint for UnfilledOrdersParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v2/spot/trade/unfilled-orders");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("symbol", &self.symbol);
            query.field("limit", &self.limit);
        }
    }
    ///Parameters of `place_order`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct PlaceOrderParams {
        /// e.g. BTCUSDT
        pub symbol: String,
        pub side: Side,
        #[serde(rename = "orderType")]
        pub order_type: OrderType,
        pub force: Force,
        /// Limit price.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub price: Option<rt::Decimal>,
        pub size: rt::Decimal,
        #[serde(rename = "clientOid")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub client_oid: Option<String>,
    }
    impl rt::Endpoint for PlaceOrderParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v2/spot/trade/place-order");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("symbol", &self.symbol);
            body.field("side", &self.side);
            body.field("orderType", &self.order_type);
            body.field("force", &self.force);
            body.field("price", &self.price);
            body.field("size", &self.size);
            body.field("clientOid", &self.client_oid);
        }
    }
    ///Async client for Bitget.
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
                "bitget",
                &[
                    Some(&credentials.api_key),
                    Some(&credentials.secret),
                    Some(&credentials.passphrase),
                ],
            );
            Ok(Client {
                core: rt::ClientCore::new(base_url)?.with_name("bitget").with_key(key),
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
                pointer: "/serverTime",
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
        /// `GET /api/v2/public/time`.
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
        /// `GET /api/v2/spot/account/assets`.
        ///
        /// Spot balances per coin.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.account_assets(&AccountAssetsParams {
        ///     coin: Some("...".into()),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn account_assets(
            &self,
            params: &AccountAssetsParams,
        ) -> Result<Vec<Asset>, rt::Error> {
            self.call(
                    rt::Call::idempotent("account_assets"),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `GET /api/v2/spot/trade/unfilled-orders`.
        ///
        /// Open spot orders.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.unfilled_orders(&UnfilledOrdersParams {
        ///     symbol: Some("...".into()),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn unfilled_orders(
            &self,
            params: &UnfilledOrdersParams,
        ) -> Result<rt::serde_json::Value, rt::Error> {
            self.call(
                    rt::Call::idempotent("unfilled_orders"),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /api/v2/spot/trade/place-order`.
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
            self.call(rt::Call::once("place_order"), Scheme::Signed, params, &ENVELOPE)
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
            "account_assets" => {
                let params = rt::params::<AccountAssetsParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "unfilled_orders" => {
                let params = rt::params::<UnfilledOrdersParams>(params)?;
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
            "account_assets" => {
                let params = rt::params::<AccountAssetsParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Vec<Asset>,
                        >(
                            rt::Call::idempotent("account_assets"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "unfilled_orders" => {
                let params = rt::params::<UnfilledOrdersParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            rt::serde_json::Value,
                        >(
                            rt::Call::idempotent("unfilled_orders"),
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
                        >(rt::Call::once("place_order"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            _ => Err(rt::Error::unknown_endpoint(endpoint)),
        }
    }
    /// What `venue list` shows for this venue.
    pub static INFO: rt::VenueInfo = rt::VenueInfo {
        name: "bitget",
        title: "Bitget",
        credentials: &["api_key", "secret", "passphrase"],
        endpoints: &[
            rt::EndpointInfo {
                name: "server_time",
                method: "GET",
                path: "/api/v2/public/time",
                auth: "public",
                params: &[],
            },
            rt::EndpointInfo {
                name: "account_assets",
                method: "GET",
                path: "/api/v2/spot/account/assets",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "coin",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "assetType",
                        location: "query",
                        ty: "enum",
                        required: false,
                        values: &["hold_only", "all"],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "unfilled_orders",
                method: "GET",
                path: "/api/v2/spot/trade/unfilled-orders",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "symbol",
                        location: "query",
                        ty: "string",
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
                ],
            },
            rt::EndpointInfo {
                name: "place_order",
                method: "POST",
                path: "/api/v2/spot/trade/place-order",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "symbol",
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
                        values: &["buy", "sell"],
                    },
                    rt::ParamInfo {
                        name: "orderType",
                        location: "body",
                        ty: "enum",
                        required: true,
                        values: &["limit", "market"],
                    },
                    rt::ParamInfo {
                        name: "force",
                        location: "body",
                        ty: "enum",
                        required: true,
                        values: &["gtc", "post_only", "fok", "ioc"],
                    },
                    rt::ParamInfo {
                        name: "price",
                        location: "body",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "size",
                        location: "body",
                        ty: "decimal",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "clientOid",
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
        /// Source: Bitget's documented recipe (API docs, Signature) computed with Python's hmac/hashlib: keys sorted, no escaping, `?` before a non-empty query.
        #[test]
        fn recomputed_account_assets() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("bitget-key-0001"),
                secret: rt::SecretString::from("BITGET-SECRET-0001-FAKE"),
                passphrase: rt::SecretString::from("bitget-pass-0001"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.bitget.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000123u64,
                nonce: 1700000000123u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: AccountAssetsParams = rt::serde_json::from_str(
                    "{\"coin\":\"USDT\",\"assetType\":\"hold_only\"}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("prehash"),
                Some("1700000000123GET/api/v2/spot/account/assets?assetType=hold_only&coin=USDT"),
                "value `{}`", "prehash"
            );
            assert_eq!(
                request.header("ACCESS-KEY"), Some("bitget-key-0001"), "header `{}`",
                "ACCESS-KEY"
            );
            assert_eq!(
                request.header("ACCESS-SIGN"),
                Some("vYSH6ADcJ4dXc8EtjBAgcotul3Xr92xiWH6UjPKuF5w="), "header `{}`",
                "ACCESS-SIGN"
            );
            assert_eq!(
                request.header("ACCESS-TIMESTAMP"), Some("1700000000123"), "header `{}`",
                "ACCESS-TIMESTAMP"
            );
            assert_eq!(
                request.header("ACCESS-PASSPHRASE"), Some("bitget-pass-0001"),
                "header `{}`", "ACCESS-PASSPHRASE"
            );
            assert_eq!(
                request.url,
                "https://api.bitget.com/api/v2/spot/account/assets?assetType=hold_only&coin=USDT"
            );
        }
        /// Source: The same recipe in Python, for a value that the URL escapes (`$` as in JKorf/Bitget.Net issue 48): signed unescaped, sent escaped.
        #[test]
        fn recomputed_unescaped_query() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("bitget-key-0001"),
                secret: rt::SecretString::from("BITGET-SECRET-0001-FAKE"),
                passphrase: rt::SecretString::from("bitget-pass-0001"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.bitget.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000234u64,
                nonce: 1700000000234u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: UnfilledOrdersParams = rt::serde_json::from_str(
                    "{\"symbol\":\"$DEGENUSDT\",\"limit\":10}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("prehash"),
                Some("1700000000234GET/api/v2/spot/trade/unfilled-orders?limit=10&symbol=$DEGENUSDT"),
                "value `{}`", "prehash"
            );
            assert_eq!(
                request.header("ACCESS-SIGN"),
                Some("hEymSOCXQB5KR5UNZg1gfyO8QijiqXnbdzfpdUDGRHA="), "header `{}`",
                "ACCESS-SIGN"
            );
            assert_eq!(
                request.url,
                "https://api.bitget.com/api/v2/spot/trade/unfilled-orders?limit=10&symbol=%24DEGENUSDT"
            );
        }
        /// Source: The same recipe in Python; with no query there is no `?`.
        #[test]
        fn recomputed_no_query() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("bitget-key-0001"),
                secret: rt::SecretString::from("BITGET-SECRET-0001-FAKE"),
                passphrase: rt::SecretString::from("bitget-pass-0001"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.bitget.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000345u64,
                nonce: 1700000000345u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: AccountAssetsParams = rt::serde_json::from_str("{}")
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("prehash"),
                Some("1700000000345GET/api/v2/spot/account/assets"), "value `{}`",
                "prehash"
            );
            assert_eq!(
                request.header("ACCESS-SIGN"),
                Some("1TLTKA1oChUNsQwEVYM+Bkuqn4HFULOI6s4wwOf/xzs="), "header `{}`",
                "ACCESS-SIGN"
            );
            assert_eq!(request.url, "https://api.bitget.com/api/v2/spot/account/assets");
        }
        /// Source: The same recipe in Python over the compact JSON body, in declared order.
        #[test]
        fn recomputed_place_order() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("bitget-key-0001"),
                secret: rt::SecretString::from("BITGET-SECRET-0001-FAKE"),
                passphrase: rt::SecretString::from("bitget-pass-0001"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.bitget.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000456u64,
                nonce: 1700000000456u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: PlaceOrderParams = rt::serde_json::from_str(
                    "{\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"orderType\":\"limit\",\"force\":\"gtc\",\"price\":\"30000\",\"size\":\"0.01\",\"clientOid\":\"b-1\"}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                request.header("ACCESS-SIGN"),
                Some("DRmn3k0YpYwNoi/P1mlwRuGx3gH9vgrA6oreDFyQccg="), "header `{}`",
                "ACCESS-SIGN"
            );
            assert_eq!(
                request.body.as_deref(),
                Some("{\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"orderType\":\"limit\",\"force\":\"gtc\",\"price\":\"30000\",\"size\":\"0.01\",\"clientOid\":\"b-1\"}"
                .as_bytes())
            );
        }
    }
}
