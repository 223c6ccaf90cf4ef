/// Binance Spot client, generated from its spec.
///
/// Binance spot REST API (api/v3). SIGNED endpoints carry `timestamp` (ms) and a `signature`
/// over totalParams = query string + request body, percent-encoded exactly as sent; the API key
/// goes in X-MBX-APIKEY. Three key types sign the same payload: HMAC-SHA256 (hex), Ed25519
/// (base64) and RSA PKCS#1 v1.5 SHA-256 (base64). This client sends every parameter in the
/// query string (allowed for POST and DELETE too), in declared order, so the request body is
/// empty and the signature is appended as the last query parameter. `recvWindow` (ms, up to
/// 60000, default 5000) is an ordinary parameter of each signed endpoint.
///
/// Give the API key and the one secret matching its key type (`secret` for HMAC,
/// `ed25519_private_key` or `rsa_private_key`); the others are optional. Signed endpoints list
/// all three schemes, and the client uses the first whose key was given.
///
/// Sources:
///
/// - <https://github.com/binance/binance-spot-api-docs/blob/master/rest-api.md> (SIGNED endpoint examples, account endpoints)
/// - <https://developers.binance.com/docs/binance-spot-api-docs/rest-api/request-security>
/// - ../shared/vectors/documented.json (binance-rest-hmac-ascii, binance-rest-hmac-nonascii)
pub mod binance {
    use ::venue_runtime as rt;
    use rt::ExposeSecret;
    pub const PRODUCTION_URL: &str = "https://api.binance.com";
    pub const SANDBOX_URL: &str = "https://testnet.binance.vision";
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
    ///Credentials for Binance Spot. Debug output never shows their values.
    #[derive(Clone, Debug)]
    pub struct Credentials {
        /// API key (X-MBX-APIKEY).
        pub api_key: rt::SecretString,
        /// HMAC secret key (scheme `hmac`).
        pub secret: Option<rt::SecretString>,
        /// Ed25519 private key, PKCS#8 PEM or hex/base64 of the 32-byte seed (scheme `ed25519`).
        pub ed25519_private_key: Option<rt::SecretString>,
        /// RSA private key, PKCS#8 or PKCS#1 PEM (scheme `rsa`).
        pub rsa_private_key: Option<rt::SecretString>,
    }
    impl Credentials {
        /// Reads credentials from a JSON object of strings; unknown names are rejected.
        pub fn from_json(value: &rt::serde_json::Value) -> Result<Self, rt::Error> {
            rt::known_credentials(
                value,
                &["api_key", "secret", "ed25519_private_key", "rsa_private_key"],
            )?;
            Ok(Credentials {
                api_key: rt::credential(value, "api_key")?,
                secret: rt::optional_credential(value, "secret")?,
                ed25519_private_key: rt::optional_credential(
                    value,
                    "ed25519_private_key",
                )?,
                rsa_private_key: rt::optional_credential(value, "rsa_private_key")?,
            })
        }
    }
    /// The auth schemes this venue offers.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Scheme {
        /// Unauthenticated market and general endpoints.
        Public,
        /// HMAC-SHA256 key; signature = hex(HMAC-SHA256(secret, query string + body)).
        Hmac,
        /// Ed25519 key; signature = base64(Ed25519(query string + body)).
        Ed25519,
        /// RSA key; signature = base64(RSASSA-PKCS1-v1_5 SHA-256(query string + body)).
        Rsa,
    }
    impl Scheme {
        pub fn name(self) -> &'static str {
            match self {
                Scheme::Public => "public",
                Scheme::Hmac => "hmac",
                Scheme::Ed25519 => "ed25519",
                Scheme::Rsa => "rsa",
            }
        }
    }
    ///Values of the `hmac` scheme fixed before the request is assembled.
    #[derive(Debug)]
    struct HmacStamp {
        ts: u64,
    }
    ///Values of the `ed25519` scheme fixed before the request is assembled.
    #[derive(Debug)]
    struct Ed25519Stamp {
        ts: u64,
    }
    ///Values of the `rsa` scheme fixed before the request is assembled.
    #[derive(Debug)]
    struct RsaStamp {
        ts: u64,
    }
    /// Signs requests. Values that depend only on credentials are computed once, here.
    #[derive(Debug)]
    pub struct Signer {
        credentials: Credentials,
        ed25519_key_error: Option<rt::Error>,
        ed25519_key: Option<rt::Ed25519Key>,
        rsa_key_error: Option<rt::Error>,
        rsa_key: Option<rt::RsaKey>,
        hmac_secret_hmac_sha256: Option<rt::HmacKey>,
        hmac_x_mbx_apikey_header: rt::HeaderValue,
        ed25519_x_mbx_apikey_header: rt::HeaderValue,
        rsa_x_mbx_apikey_header: rt::HeaderValue,
    }
    impl Signer {
        pub fn new(credentials: Credentials) -> Result<Self, rt::Error> {
            let (ed25519_key, ed25519_key_error) = match credentials
                .ed25519_private_key
                .as_ref()
                .map(|ed25519_private_key| -> Result<_, rt::Error> {
                    rt::ed25519_key(
                        ed25519_private_key.expose_secret(),
                        "ed25519_private_key",
                    )
                })
            {
                Some(Ok(value)) => (Some(value), None),
                Some(Err(error)) => (None, Some(error)),
                None => (None, None),
            };
            let (rsa_key, rsa_key_error) = match credentials
                .rsa_private_key
                .as_ref()
                .map(|rsa_private_key| -> Result<_, rt::Error> {
                    rt::rsa_key(rsa_private_key.expose_secret(), "rsa_private_key")
                })
            {
                Some(Ok(value)) => (Some(value), None),
                Some(Err(error)) => (None, Some(error)),
                None => (None, None),
            };
            let hmac_secret_hmac_sha256 = credentials
                .secret
                .as_ref()
                .map(|secret| rt::hmac_sha256_key(secret.expose_secret().as_bytes()));
            let hmac_x_mbx_apikey_header = rt::HeaderValue::shared(
                credentials.api_key.expose_secret(),
            );
            let ed25519_x_mbx_apikey_header = rt::HeaderValue::shared(
                credentials.api_key.expose_secret(),
            );
            let rsa_x_mbx_apikey_header = rt::HeaderValue::shared(
                credentials.api_key.expose_secret(),
            );
            Ok(Signer {
                credentials,
                ed25519_key_error,
                ed25519_key,
                rsa_key_error,
                rsa_key,
                hmac_secret_hmac_sha256,
                hmac_x_mbx_apikey_header,
                ed25519_x_mbx_apikey_header,
                rsa_x_mbx_apikey_header,
            })
        }
        /// Whether the optional credentials `scheme` reads were given.
        pub fn can_sign(&self, scheme: Scheme) -> bool {
            match scheme {
                Scheme::Public => true,
                Scheme::Hmac => self.credentials.secret.is_some(),
                Scheme::Ed25519 => {
                    self.credentials.ed25519_private_key.is_some()
                        && self.ed25519_key_error.is_none()
                }
                Scheme::Rsa => {
                    self.credentials.rsa_private_key.is_some()
                        && self.rsa_key_error.is_none()
                }
            }
        }
        /// The first of `schemes` this signer can use; else the first whose optional key was
        /// given but is malformed, else the first one, so that signing reports what is wrong.
        pub fn choose(&self, schemes: &[Scheme]) -> Result<Scheme, rt::Error> {
            let chosen = rt::choose(schemes, |s| self.can_sign(s))?;
            Ok(
                if self.can_sign(chosen) {
                    chosen
                } else {
                    schemes
                        .iter()
                        .copied()
                        .find(|&s| self.unusable(s).is_err())
                        .unwrap_or(chosen)
                },
            )
        }
        /// The error of a malformed optional key `scheme` reads (it names the key).
        fn unusable(&self, scheme: Scheme) -> Result<(), rt::Error> {
            let error = match scheme {
                Scheme::Ed25519 => self.ed25519_key_error.as_ref(),
                Scheme::Rsa => self.rsa_key_error.as_ref(),
                _ => None,
            };
            match error {
                None => Ok(()),
                Some(rt::Error::Credential { name, message }) => {
                    Err(rt::Error::Credential {
                        name: name.clone(),
                        message: message.clone(),
                    })
                }
                Some(other) => Err(rt::Error::Sign(other.to_string())),
            }
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
            self.unusable(scheme)?;
            match scheme {
                Scheme::Public => self.sign_public(endpoint, base, stamp, trace),
                Scheme::Hmac => self.sign_hmac(endpoint, base, stamp, trace),
                Scheme::Ed25519 => self.sign_ed25519(endpoint, base, stamp, trace),
                Scheme::Rsa => self.sign_rsa(endpoint, base, stamp, trace),
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
            self.unusable(scheme)?;
            match scheme {
                Scheme::Public => self.public_finish(parts, stamp, trace),
                Scheme::Hmac => {
                    let pre = self.hmac_stamp(stamp, trace)?;
                    self.hmac_finish(parts, &pre, stamp, trace)
                }
                Scheme::Ed25519 => {
                    let pre = self.ed25519_stamp(stamp, trace)?;
                    self.ed25519_finish(parts, &pre, stamp, trace)
                }
                Scheme::Rsa => {
                    let pre = self.rsa_stamp(stamp, trace)?;
                    self.rsa_finish(parts, &pre, stamp, trace)
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
        fn hmac_stamp(
            &self,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<HmacStamp, rt::Error> {
            let ts = stamp.unix_ms();
            trace.record("ts", &ts);
            Ok(HmacStamp { ts })
        }
        fn sign_hmac<E: rt::Endpoint>(
            &self,
            endpoint: &E,
            base: &rt::BaseUrl,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let mut request = rt::Assembly::new(endpoint, base, &ENCODING)?;
            let pre = self.hmac_stamp(stamp, trace)?;
            request.endpoint_params();
            request.query().field("timestamp", &pre.ts);
            let parts = request.finish(stamp.nonce);
            self.hmac_finish(parts, &pre, stamp, trace)
        }
        fn hmac_finish(
            &self,
            mut parts: rt::Parts,
            _pre: &HmacStamp,
            _stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let payload = rt::pieces!(parts.query(), parts.body_text());
            trace.record("payload", &payload);
            let signature = rt::hex(
                rt::hmac_with(
                        rt::required(self.hmac_secret_hmac_sha256.as_ref(), "secret")?,
                        payload,
                    )
                    .as_slice(),
            );
            trace.record("signature", &signature);
            parts.append_query("signature", &signature);
            parts.reserve_headers(1usize);
            parts.header("X-MBX-APIKEY", self.hmac_x_mbx_apikey_header.clone());
            Ok(parts.into_request())
        }
        fn ed25519_stamp(
            &self,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<Ed25519Stamp, rt::Error> {
            let ts = stamp.unix_ms();
            trace.record("ts", &ts);
            Ok(Ed25519Stamp { ts })
        }
        fn sign_ed25519<E: rt::Endpoint>(
            &self,
            endpoint: &E,
            base: &rt::BaseUrl,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let mut request = rt::Assembly::new(endpoint, base, &ENCODING)?;
            let pre = self.ed25519_stamp(stamp, trace)?;
            request.endpoint_params();
            request.query().field("timestamp", &pre.ts);
            let parts = request.finish(stamp.nonce);
            self.ed25519_finish(parts, &pre, stamp, trace)
        }
        fn ed25519_finish(
            &self,
            mut parts: rt::Parts,
            _pre: &Ed25519Stamp,
            _stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let payload = rt::text!(parts.query(), parts.body_text());
            trace.record("payload", &payload);
            let signature = rt::base64(
                rt::ed25519_sign(
                        rt::required(self.ed25519_key.as_ref(), "ed25519_private_key")?,
                        payload.as_bytes(),
                    )
                    .as_slice(),
            );
            trace.record("signature", &signature);
            parts.append_query("signature", &signature);
            parts.reserve_headers(1usize);
            parts.header("X-MBX-APIKEY", self.ed25519_x_mbx_apikey_header.clone());
            Ok(parts.into_request())
        }
        fn rsa_stamp(
            &self,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<RsaStamp, rt::Error> {
            let ts = stamp.unix_ms();
            trace.record("ts", &ts);
            Ok(RsaStamp { ts })
        }
        fn sign_rsa<E: rt::Endpoint>(
            &self,
            endpoint: &E,
            base: &rt::BaseUrl,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let mut request = rt::Assembly::new(endpoint, base, &ENCODING)?;
            let pre = self.rsa_stamp(stamp, trace)?;
            request.endpoint_params();
            request.query().field("timestamp", &pre.ts);
            let parts = request.finish(stamp.nonce);
            self.rsa_finish(parts, &pre, stamp, trace)
        }
        fn rsa_finish(
            &self,
            mut parts: rt::Parts,
            _pre: &RsaStamp,
            _stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let payload = rt::text!(parts.query(), parts.body_text());
            trace.record("payload", &payload);
            let signature = rt::base64(
                rt::rsa_sha256_sign(
                        rt::required(self.rsa_key.as_ref(), "rsa_private_key")?,
                        payload.as_bytes(),
                    )?
                    .as_slice(),
            );
            trace.record("signature", &signature);
            parts.append_query("signature", &signature);
            parts.reserve_headers(1usize);
            parts.header("X-MBX-APIKEY", self.rsa_x_mbx_apikey_header.clone());
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
        #[serde(rename = "BUY")]
        Buy,
        #[serde(rename = "SELL")]
        Sell,
    }
    impl Side {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                Side::Buy => "BUY",
                Side::Sell => "SELL",
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
        #[serde(rename = "LIMIT")]
        Limit,
        #[serde(rename = "MARKET")]
        Market,
        #[serde(rename = "STOP_LOSS")]
        StopLoss,
        #[serde(rename = "STOP_LOSS_LIMIT")]
        StopLossLimit,
        #[serde(rename = "TAKE_PROFIT")]
        TakeProfit,
        #[serde(rename = "TAKE_PROFIT_LIMIT")]
        TakeProfitLimit,
        #[serde(rename = "LIMIT_MAKER")]
        LimitMaker,
    }
    impl OrderType {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                OrderType::Limit => "LIMIT",
                OrderType::Market => "MARKET",
                OrderType::StopLoss => "STOP_LOSS",
                OrderType::StopLossLimit => "STOP_LOSS_LIMIT",
                OrderType::TakeProfit => "TAKE_PROFIT",
                OrderType::TakeProfitLimit => "TAKE_PROFIT_LIMIT",
                OrderType::LimitMaker => "LIMIT_MAKER",
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
    pub enum TimeInForce {
        #[serde(rename = "GTC")]
        Gtc,
        #[serde(rename = "IOC")]
        Ioc,
        #[serde(rename = "FOK")]
        Fok,
    }
    impl TimeInForce {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                TimeInForce::Gtc => "GTC",
                TimeInForce::Ioc => "IOC",
                TimeInForce::Fok => "FOK",
            }
        }
    }
    impl std::fmt::Display for TimeInForce {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(TimeInForce);
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
    pub enum SelfTradePreventionMode {
        #[serde(rename = "NONE")]
        None,
        #[serde(rename = "EXPIRE_TAKER")]
        ExpireTaker,
        #[serde(rename = "EXPIRE_MAKER")]
        ExpireMaker,
        #[serde(rename = "EXPIRE_BOTH")]
        ExpireBoth,
        #[serde(rename = "DECREMENT")]
        Decrement,
    }
    impl SelfTradePreventionMode {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                SelfTradePreventionMode::None => "NONE",
                SelfTradePreventionMode::ExpireTaker => "EXPIRE_TAKER",
                SelfTradePreventionMode::ExpireMaker => "EXPIRE_MAKER",
                SelfTradePreventionMode::ExpireBoth => "EXPIRE_BOTH",
                SelfTradePreventionMode::Decrement => "DECREMENT",
            }
        }
    }
    impl std::fmt::Display for SelfTradePreventionMode {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(SelfTradePreventionMode);
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct ServerTime {
        /// Server time in unix ms.
        #[serde(rename = "serverTime")]
        pub server_time: i64,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct CommissionRates {
        pub maker: rt::Decimal,
        pub taker: rt::Decimal,
        pub buyer: rt::Decimal,
        pub seller: rt::Decimal,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Balance {
        pub asset: String,
        pub free: rt::Decimal,
        pub locked: rt::Decimal,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Account {
        #[serde(rename = "makerCommission")]
        pub maker_commission: i64,
        #[serde(rename = "takerCommission")]
        pub taker_commission: i64,
        #[serde(rename = "buyerCommission")]
        pub buyer_commission: i64,
        #[serde(rename = "sellerCommission")]
        pub seller_commission: i64,
        #[serde(rename = "commissionRates")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub commission_rates: Option<CommissionRates>,
        #[serde(rename = "canTrade")]
        pub can_trade: bool,
        #[serde(rename = "canWithdraw")]
        pub can_withdraw: bool,
        #[serde(rename = "canDeposit")]
        pub can_deposit: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub brokered: Option<bool>,
        #[serde(rename = "requireSelfTradePrevention")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub require_self_trade_prevention: Option<bool>,
        #[serde(rename = "preventSor")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub prevent_sor: Option<bool>,
        #[serde(rename = "updateTime")]
        pub update_time: i64,
        #[serde(rename = "accountType")]
        pub account_type: String,
        pub balances: Vec<Balance>,
        pub permissions: Vec<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub uid: Option<i64>,
    }
    /// An order as queried or listed (prices and quantities arrive as strings).
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Order {
        pub symbol: String,
        #[serde(rename = "orderId")]
        pub order_id: i64,
        /// -1 unless the order is part of an order list.
        #[serde(rename = "orderListId")]
        pub order_list_id: i64,
        #[serde(rename = "clientOrderId")]
        pub client_order_id: String,
        pub price: rt::Decimal,
        #[serde(rename = "origQty")]
        pub orig_qty: rt::Decimal,
        #[serde(rename = "executedQty")]
        pub executed_qty: rt::Decimal,
        #[serde(rename = "cummulativeQuoteQty")]
        pub cummulative_quote_qty: rt::Decimal,
        /// NEW, PENDING_NEW, PARTIALLY_FILLED, FILLED, CANCELED, PENDING_CANCEL, REJECTED, EXPIRED, EXPIRED_IN_MATCH.
        pub status: String,
        #[serde(rename = "timeInForce")]
        pub time_in_force: String,
        pub r#type: String,
        pub side: String,
        #[serde(rename = "stopPrice")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub stop_price: Option<rt::Decimal>,
        #[serde(rename = "icebergQty")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub iceberg_qty: Option<rt::Decimal>,
        pub time: i64,
        #[serde(rename = "updateTime")]
        pub update_time: i64,
        #[serde(rename = "isWorking")]
        pub is_working: bool,
        #[serde(rename = "workingTime")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub working_time: Option<i64>,
        #[serde(rename = "origQuoteOrderQty")]
        pub orig_quote_order_qty: rt::Decimal,
        #[serde(rename = "selfTradePreventionMode")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub self_trade_prevention_mode: Option<String>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Fill {
        pub price: rt::Decimal,
        pub qty: rt::Decimal,
        pub commission: rt::Decimal,
        #[serde(rename = "commissionAsset")]
        pub commission_asset: String,
        #[serde(rename = "tradeId")]
        pub trade_id: i64,
    }
    /// ACK fields always; the rest with newOrderRespType RESULT or FULL (fills with FULL).
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct PlacedOrder {
        pub symbol: String,
        #[serde(rename = "orderId")]
        pub order_id: i64,
        #[serde(rename = "orderListId")]
        pub order_list_id: i64,
        #[serde(rename = "clientOrderId")]
        pub client_order_id: String,
        #[serde(rename = "transactTime")]
        pub transact_time: i64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub price: Option<rt::Decimal>,
        #[serde(rename = "origQty")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub orig_qty: Option<rt::Decimal>,
        #[serde(rename = "executedQty")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub executed_qty: Option<rt::Decimal>,
        #[serde(rename = "origQuoteOrderQty")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub orig_quote_order_qty: Option<rt::Decimal>,
        #[serde(rename = "cummulativeQuoteQty")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cummulative_quote_qty: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        #[serde(rename = "timeInForce")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub time_in_force: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub side: Option<String>,
        #[serde(rename = "workingTime")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub working_time: Option<i64>,
        #[serde(rename = "selfTradePreventionMode")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub self_trade_prevention_mode: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub fills: Option<Vec<Fill>>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct CancelledOrder {
        pub symbol: String,
        #[serde(rename = "origClientOrderId")]
        pub orig_client_order_id: String,
        #[serde(rename = "orderId")]
        pub order_id: i64,
        #[serde(rename = "orderListId")]
        pub order_list_id: i64,
        #[serde(rename = "clientOrderId")]
        pub client_order_id: String,
        #[serde(rename = "transactTime")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub transact_time: Option<i64>,
        pub price: rt::Decimal,
        #[serde(rename = "origQty")]
        pub orig_qty: rt::Decimal,
        #[serde(rename = "executedQty")]
        pub executed_qty: rt::Decimal,
        #[serde(rename = "origQuoteOrderQty")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub orig_quote_order_qty: Option<rt::Decimal>,
        #[serde(rename = "cummulativeQuoteQty")]
        pub cummulative_quote_qty: rt::Decimal,
        pub status: String,
        #[serde(rename = "timeInForce")]
        pub time_in_force: String,
        pub r#type: String,
        pub side: String,
        #[serde(rename = "selfTradePreventionMode")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub self_trade_prevention_mode: Option<String>,
    }
    /// Values of `newOrderRespType` for `place_order`.
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
    pub enum PlaceOrderNewOrderRespType {
        #[serde(rename = "ACK")]
        Ack,
        #[serde(rename = "RESULT")]
        Result,
        #[serde(rename = "FULL")]
        Full,
    }
    impl PlaceOrderNewOrderRespType {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                PlaceOrderNewOrderRespType::Ack => "ACK",
                PlaceOrderNewOrderRespType::Result => "RESULT",
                PlaceOrderNewOrderRespType::Full => "FULL",
            }
        }
    }
    impl std::fmt::Display for PlaceOrderNewOrderRespType {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(PlaceOrderNewOrderRespType);
    /// Values of `cancelRestrictions` for `cancel_order`.
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
    pub enum CancelOrderCancelRestrictions {
        #[serde(rename = "ONLY_NEW")]
        OnlyNew,
        #[serde(rename = "ONLY_PARTIALLY_FILLED")]
        OnlyPartiallyFilled,
    }
    impl CancelOrderCancelRestrictions {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                CancelOrderCancelRestrictions::OnlyNew => "ONLY_NEW",
                CancelOrderCancelRestrictions::OnlyPartiallyFilled => {
                    "ONLY_PARTIALLY_FILLED"
                }
            }
        }
    }
    impl std::fmt::Display for CancelOrderCancelRestrictions {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(CancelOrderCancelRestrictions);
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
            path.push("/api/v3/time");
        }
    }
    ///Parameters of `account`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct AccountParams {
        /// When true, leave out zero balances.
        #[serde(rename = "omitZeroBalances")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub omit_zero_balances: Option<bool>,
        /// Milliseconds the request stays valid (max 60000).
        #[serde(rename = "recvWindow")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub recv_window: Option<rt::Decimal>,
    }
    impl rt::Endpoint for AccountParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v3/account");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("omitZeroBalances", &self.omit_zero_balances);
            query.field("recvWindow", &self.recv_window);
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
        pub symbol: Option<String>,
        #[serde(rename = "recvWindow")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub recv_window: Option<rt::Decimal>,
    }
    impl rt::Endpoint for OpenOrdersParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v3/openOrders");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("symbol", &self.symbol);
            query.field("recvWindow", &self.recv_window);
        }
    }
    ///Parameters of `place_order`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct PlaceOrderParams {
        pub symbol: String,
        pub side: Side,
        pub r#type: OrderType,
        #[serde(rename = "timeInForce")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub time_in_force: Option<TimeInForce>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub quantity: Option<rt::Decimal>,
        /// MARKET orders may give the quote amount instead.
        #[serde(rename = "quoteOrderQty")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub quote_order_qty: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub price: Option<rt::Decimal>,
        /// Your id for the order; generated when absent.
        #[serde(rename = "newClientOrderId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub new_client_order_id: Option<String>,
        #[serde(rename = "strategyId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub strategy_id: Option<i64>,
        /// At least 1000000.
        #[serde(rename = "strategyType")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub strategy_type: Option<i64>,
        #[serde(rename = "stopPrice")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub stop_price: Option<rt::Decimal>,
        #[serde(rename = "trailingDelta")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub trailing_delta: Option<i64>,
        #[serde(rename = "icebergQty")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub iceberg_qty: Option<rt::Decimal>,
        #[serde(rename = "newOrderRespType")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub new_order_resp_type: Option<PlaceOrderNewOrderRespType>,
        #[serde(rename = "selfTradePreventionMode")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub self_trade_prevention_mode: Option<SelfTradePreventionMode>,
        #[serde(rename = "recvWindow")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub recv_window: Option<rt::Decimal>,
    }
    impl rt::Endpoint for PlaceOrderParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v3/order");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("symbol", &self.symbol);
            query.field("side", &self.side);
            query.field("type", &self.r#type);
            query.field("timeInForce", &self.time_in_force);
            query.field("quantity", &self.quantity);
            query.field("quoteOrderQty", &self.quote_order_qty);
            query.field("price", &self.price);
            query.field("newClientOrderId", &self.new_client_order_id);
            query.field("strategyId", &self.strategy_id);
            query.field("strategyType", &self.strategy_type);
            query.field("stopPrice", &self.stop_price);
            query.field("trailingDelta", &self.trailing_delta);
            query.field("icebergQty", &self.iceberg_qty);
            query.field("newOrderRespType", &self.new_order_resp_type);
            query.field("selfTradePreventionMode", &self.self_trade_prevention_mode);
            query.field("recvWindow", &self.recv_window);
        }
    }
    ///Parameters of `get_order`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct GetOrderParams {
        pub symbol: String,
        #[serde(rename = "orderId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub order_id: Option<i64>,
        #[serde(rename = "origClientOrderId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub orig_client_order_id: Option<String>,
        #[serde(rename = "recvWindow")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub recv_window: Option<rt::Decimal>,
    }
    impl rt::Endpoint for GetOrderParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v3/order");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("symbol", &self.symbol);
            query.field("orderId", &self.order_id);
            query.field("origClientOrderId", &self.orig_client_order_id);
            query.field("recvWindow", &self.recv_window);
        }
    }
    ///Parameters of `cancel_order`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct CancelOrderParams {
        pub symbol: String,
        #[serde(rename = "orderId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub order_id: Option<i64>,
        #[serde(rename = "origClientOrderId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub orig_client_order_id: Option<String>,
        /// New id for the cancellation.
        #[serde(rename = "newClientOrderId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub new_client_order_id: Option<String>,
        #[serde(rename = "cancelRestrictions")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cancel_restrictions: Option<CancelOrderCancelRestrictions>,
        #[serde(rename = "recvWindow")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub recv_window: Option<rt::Decimal>,
    }
    impl rt::Endpoint for CancelOrderParams {
        const METHOD: rt::Method = rt::Method::Delete;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v3/order");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("symbol", &self.symbol);
            query.field("orderId", &self.order_id);
            query.field("origClientOrderId", &self.orig_client_order_id);
            query.field("newClientOrderId", &self.new_client_order_id);
            query.field("cancelRestrictions", &self.cancel_restrictions);
            query.field("recvWindow", &self.recv_window);
        }
    }
    ///Async client for Binance Spot.
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
                "binance",
                &[
                    Some(&credentials.api_key),
                    credentials.secret.as_ref(),
                    credentials.ed25519_private_key.as_ref(),
                    credentials.rsa_private_key.as_ref(),
                ],
            );
            Ok(Client {
                core: rt::ClientCore::new(base_url)?.with_name("binance").with_key(key),
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
        /// `GET /api/v3/time`.
        ///
        /// Server time, for correcting clock skew (signed requests fail outside recvWindow).
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
        /// `GET /api/v3/account`.
        ///
        /// Account information, including every asset's free and locked balance (USER_DATA).
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.account(&AccountParams {
        ///     omit_zero_balances: Some(true),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn account(
            &self,
            params: &AccountParams,
        ) -> Result<Account, rt::Error> {
            self.call(
                    rt::Call::idempotent("account"),
                    self.signer.choose(&[Scheme::Hmac, Scheme::Ed25519, Scheme::Rsa])?,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `GET /api/v3/openOrders`.
        ///
        /// Current open orders, for one symbol or all (USER_DATA; all symbols weighs more).
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.open_orders(&OpenOrdersParams {
        ///     symbol: Some("...".into()),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn open_orders(
            &self,
            params: &OpenOrdersParams,
        ) -> Result<Vec<Order>, rt::Error> {
            self.call(
                    rt::Call::idempotent("open_orders"),
                    self.signer.choose(&[Scheme::Hmac, Scheme::Ed25519, Scheme::Rsa])?,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /api/v3/order`.
        ///
        /// New order (TRADE).
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
                    rt::Call::once("place_order"),
                    self.signer.choose(&[Scheme::Hmac, Scheme::Ed25519, Scheme::Rsa])?,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `GET /api/v3/order`.
        ///
        /// Query an order's status (USER_DATA); give orderId or origClientOrderId.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.get_order(&GetOrderParams {
        ///     symbol: "...".into(),
        ///     order_id: None,
        ///     orig_client_order_id: None,
        ///     recv_window: None,
        /// }).await?;
        /// ```
        pub async fn get_order(
            &self,
            params: &GetOrderParams,
        ) -> Result<Order, rt::Error> {
            self.call(
                    rt::Call::idempotent("get_order"),
                    self.signer.choose(&[Scheme::Hmac, Scheme::Ed25519, Scheme::Rsa])?,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `DELETE /api/v3/order`.
        ///
        /// Cancel an active order (TRADE); give orderId or origClientOrderId.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.cancel_order(&CancelOrderParams {
        ///     symbol: "...".into(),
        ///     order_id: None,
        ///     orig_client_order_id: None,
        ///     new_client_order_id: None,
        ///     cancel_restrictions: None,
        ///     recv_window: None,
        /// }).await?;
        /// ```
        pub async fn cancel_order(
            &self,
            params: &CancelOrderParams,
        ) -> Result<CancelledOrder, rt::Error> {
            self.call(
                    rt::Call::once("cancel_order"),
                    self.signer.choose(&[Scheme::Hmac, Scheme::Ed25519, Scheme::Rsa])?,
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
            "account" => {
                let params = rt::params::<AccountParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Hmac, Scheme::Ed25519, Scheme::Rsa])?,
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
                        signer.choose(&[Scheme::Hmac, Scheme::Ed25519, Scheme::Rsa])?,
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
                        signer.choose(&[Scheme::Hmac, Scheme::Ed25519, Scheme::Rsa])?,
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
                        signer.choose(&[Scheme::Hmac, Scheme::Ed25519, Scheme::Rsa])?,
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
                        signer.choose(&[Scheme::Hmac, Scheme::Ed25519, Scheme::Rsa])?,
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
            "account" => {
                let params = rt::params::<AccountParams>(params)?;
                let scheme = client
                    .signer
                    .choose(&[Scheme::Hmac, Scheme::Ed25519, Scheme::Rsa])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Account,
                        >(rt::Call::idempotent("account"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            "open_orders" => {
                let params = rt::params::<OpenOrdersParams>(params)?;
                let scheme = client
                    .signer
                    .choose(&[Scheme::Hmac, Scheme::Ed25519, Scheme::Rsa])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Vec<Order>,
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
                let scheme = client
                    .signer
                    .choose(&[Scheme::Hmac, Scheme::Ed25519, Scheme::Rsa])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            PlacedOrder,
                        >(rt::Call::once("place_order"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            "get_order" => {
                let params = rt::params::<GetOrderParams>(params)?;
                let scheme = client
                    .signer
                    .choose(&[Scheme::Hmac, Scheme::Ed25519, Scheme::Rsa])?;
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
                let scheme = client
                    .signer
                    .choose(&[Scheme::Hmac, Scheme::Ed25519, Scheme::Rsa])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            CancelledOrder,
                        >(rt::Call::once("cancel_order"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            _ => Err(rt::Error::unknown_endpoint(endpoint)),
        }
    }
    /// What `venue list` shows for this venue.
    pub static INFO: rt::VenueInfo = rt::VenueInfo {
        name: "binance",
        title: "Binance Spot",
        credentials: &["api_key", "secret", "ed25519_private_key", "rsa_private_key"],
        endpoints: &[
            rt::EndpointInfo {
                name: "server_time",
                method: "GET",
                path: "/api/v3/time",
                auth: "public",
                params: &[],
            },
            rt::EndpointInfo {
                name: "account",
                method: "GET",
                path: "/api/v3/account",
                auth: "hmac|ed25519|rsa",
                params: &[
                    rt::ParamInfo {
                        name: "omitZeroBalances",
                        location: "query",
                        ty: "bool",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "recvWindow",
                        location: "query",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "open_orders",
                method: "GET",
                path: "/api/v3/openOrders",
                auth: "hmac|ed25519|rsa",
                params: &[
                    rt::ParamInfo {
                        name: "symbol",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "recvWindow",
                        location: "query",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "place_order",
                method: "POST",
                path: "/api/v3/order",
                auth: "hmac|ed25519|rsa",
                params: &[
                    rt::ParamInfo {
                        name: "symbol",
                        location: "query",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "side",
                        location: "query",
                        ty: "enum",
                        required: true,
                        values: &["BUY", "SELL"],
                    },
                    rt::ParamInfo {
                        name: "type",
                        location: "query",
                        ty: "enum",
                        required: true,
                        values: &[
                            "LIMIT",
                            "MARKET",
                            "STOP_LOSS",
                            "STOP_LOSS_LIMIT",
                            "TAKE_PROFIT",
                            "TAKE_PROFIT_LIMIT",
                            "LIMIT_MAKER",
                        ],
                    },
                    rt::ParamInfo {
                        name: "timeInForce",
                        location: "query",
                        ty: "enum",
                        required: false,
                        values: &["GTC", "IOC", "FOK"],
                    },
                    rt::ParamInfo {
                        name: "quantity",
                        location: "query",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "quoteOrderQty",
                        location: "query",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "price",
                        location: "query",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "newClientOrderId",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "strategyId",
                        location: "query",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "strategyType",
                        location: "query",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "stopPrice",
                        location: "query",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "trailingDelta",
                        location: "query",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "icebergQty",
                        location: "query",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "newOrderRespType",
                        location: "query",
                        ty: "enum",
                        required: false,
                        values: &["ACK", "RESULT", "FULL"],
                    },
                    rt::ParamInfo {
                        name: "selfTradePreventionMode",
                        location: "query",
                        ty: "enum",
                        required: false,
                        values: &[
                            "NONE",
                            "EXPIRE_TAKER",
                            "EXPIRE_MAKER",
                            "EXPIRE_BOTH",
                            "DECREMENT",
                        ],
                    },
                    rt::ParamInfo {
                        name: "recvWindow",
                        location: "query",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "get_order",
                method: "GET",
                path: "/api/v3/order",
                auth: "hmac|ed25519|rsa",
                params: &[
                    rt::ParamInfo {
                        name: "symbol",
                        location: "query",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "orderId",
                        location: "query",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "origClientOrderId",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "recvWindow",
                        location: "query",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "cancel_order",
                method: "DELETE",
                path: "/api/v3/order",
                auth: "hmac|ed25519|rsa",
                params: &[
                    rt::ParamInfo {
                        name: "symbol",
                        location: "query",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "orderId",
                        location: "query",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "origClientOrderId",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "newClientOrderId",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "cancelRestrictions",
                        location: "query",
                        ty: "enum",
                        required: false,
                        values: &["ONLY_NEW", "ONLY_PARTIALLY_FILLED"],
                    },
                    rt::ParamInfo {
                        name: "recvWindow",
                        location: "query",
                        ty: "decimal",
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
        /// Source: Binance rest-api.md, SIGNED Endpoint Examples for POST /api/v3/order, example "as a query string" (documented.json binance-rest-hmac-ascii): payload, signature and full URL.
        #[test]
        fn docs_hmac_order_query_string() {
            let credentials = Credentials {
                api_key: rt::SecretString::from(
                    "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A",
                ),
                secret: Some(
                    rt::SecretString::from(
                        "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j",
                    ),
                ),
                ed25519_private_key: None,
                rsa_private_key: None,
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.binance.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1499827319559u64,
                nonce: 1499827319559u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: PlaceOrderParams = rt::serde_json::from_str(
                    "{\"symbol\":\"LTCBTC\",\"side\":\"BUY\",\"type\":\"LIMIT\",\"timeInForce\":\"GTC\",\"quantity\":\"1\",\"price\":\"0.1\",\"recvWindow\":\"5000\"}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Hmac, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("payload"),
                Some("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559"),
                "value `{}`", "payload"
            );
            assert_eq!(
                trace.text("signature"),
                Some("c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71"),
                "value `{}`", "signature"
            );
            assert_eq!(
                request.header("X-MBX-APIKEY"),
                Some("vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A"),
                "header `{}`", "X-MBX-APIKEY"
            );
            assert_eq!(
                request.url,
                "https://api.binance.com/api/v3/order?symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559&signature=c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71"
            );
        }
        /// Source: Binance rest-api.md, SIGNED Endpoint Examples, non-ASCII symbol "１２３４５６" percent-encoded as UTF-8 before signing (documented.json binance-rest-hmac-nonascii).
        #[test]
        fn docs_hmac_order_non_ascii_symbol() {
            let credentials = Credentials {
                api_key: rt::SecretString::from(
                    "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A",
                ),
                secret: Some(
                    rt::SecretString::from(
                        "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j",
                    ),
                ),
                ed25519_private_key: None,
                rsa_private_key: None,
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.binance.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1499827319559u64,
                nonce: 1499827319559u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: PlaceOrderParams = rt::serde_json::from_str(
                    "{\"symbol\":\"１２３４５６\",\"side\":\"BUY\",\"type\":\"LIMIT\",\"timeInForce\":\"GTC\",\"quantity\":\"1\",\"price\":\"0.1\",\"recvWindow\":\"5000\"}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Hmac, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("payload"),
                Some("symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559"),
                "value `{}`", "payload"
            );
            assert_eq!(
                trace.text("signature"),
                Some("e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3"),
                "value `{}`", "signature"
            );
            assert_eq!(
                request.url,
                "https://api.binance.com/api/v3/order?symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559&signature=e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3"
            );
        }
        /// Source: tests/reference/venues.py, case binance-ed25519-post-order: the documented payload (as a raw request, since endpoints are bound to `hmac`) signed with RFC 8032 section 7.1 TEST 1's key by a plain-Python RFC 8032 implementation checked against the RFC's vectors.
        #[test]
        fn reference_ed25519_order() {
            let credentials = Credentials {
                api_key: rt::SecretString::from(
                    "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A",
                ),
                secret: None,
                ed25519_private_key: Some(
                    rt::SecretString::from(
                        "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
                    ),
                ),
                rsa_private_key: None,
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.binance.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1499827319559u64,
                nonce: 1499827319559u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let parts = rt::Parts::raw(
                &base,
                &ENCODING,
                rt::Method::Post,
                "/api/v3/order?symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559",
                "",
                "",
            );
            let request = signer
                .sign_parts(Scheme::Ed25519, parts, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("signature"),
                Some("3fhuDZ9nYMviDQ5OEtJBJS11jUZDTRzRQ+TQMarm+LErFiJvUiVPQjTzDoWZQe4miPX+yHk1v/Z7TWLYjIbmCA=="),
                "value `{}`", "signature"
            );
            assert_eq!(
                request.header("X-MBX-APIKEY"),
                Some("vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A"),
                "header `{}`", "X-MBX-APIKEY"
            );
            assert_eq!(
                request.url,
                "https://api.binance.com/api/v3/order?symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559&signature=3fhuDZ9nYMviDQ5OEtJBJS11jUZDTRzRQ%2BTQMarm%2BLErFiJvUiVPQjTzDoWZQe4miPX%2ByHk1v%2FZ7TWLYjIbmCA%3D%3D"
            );
        }
        /// Source: tests/reference/venues.py, case binance-rsa-post-order: the documented payload (raw request) signed with RSASSA-PKCS1-v1_5 SHA-256 under a throwaway RSA-2048 test key (plain-Python modular exponentiation; agrees with `openssl dgst -sha256 -sign`).
        #[test]
        fn reference_rsa_order() {
            let credentials = Credentials {
                api_key: rt::SecretString::from(
                    "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A",
                ),
                secret: None,
                ed25519_private_key: None,
                rsa_private_key: Some(
                    rt::SecretString::from(
                        "-----BEGIN RSA PRIVATE KEY-----\nMIIEogIBAAKCAQEAqmqqqcNZrrGgoKBzWusbgZX5b0e2wEgry8n13lTSTE82S1y2\nHwk50DnKnZwR5YslBf/H9QZjTUYbdSK2EZYW1tovsPaX0zFHMVTm38mEHpcJjH23\nbiq0K4WzOAdQts+l9DU4AKNdZAClAkyAMIopvm6QwN8+Vo9upim2dOHqbDXXGJR5\nS6IVrSggVNCkXmD274sOCc2gJszB4ozdTCKV8lI0MhnOQ9j1it1YV9atYuCVKFJd\nl45g/7DlsF1ZGr8q0Byg8Viml5ZUkTodHK8CMSN6eAvvIw76+7Y/RcQxCtbGO/sm\nkX/xwI2t+KG/vhm0Rve5fDhSXuk/OdrouXzUDQIDAQABAoIBAAV5bDaMWzDorVWD\nmfkJdOZ+hBb+SYFXQCrpd6+271N6tu6IUaRhFj2ZYaga95s1U1DkRM7a7+0vS5oB\nbbJWbTDlLOOFJF7pJhWQWeNF9KvL48di0XXlQsjkIFv0JjRdKsJTxFMG7GzWNXbD\nsNl+UrV2lUlQ0o6SyHXngKA0EqT7rzllEXYrYZR3+haec+UD8527lTvnjPxNX9J3\nl9AP8KtX0c0SBqr3VSkPWrOxyaGuBwFzQr/h6gPReAGE4rEYOK9orewdDsPjRUrQ\nFpDx3lt0kUFjeH9V/XH59AFMZKV8TTYGZmLvYMkXq83jvQ8/E6JuXveX77ehmwfh\nGTuhohECgYEA8L4dDL8TnGOUQcoQoJR3scajO9XoUGf9hYczQu6jX/exJZGrTU1G\nzmPwQ6X3akDQbsyBI2tsAT+c8QiFSDqIYYH1oavv5+xzDA3e9xcW3t3nGNlI5pmI\nH0KnvCxDS2xlgtnt6GZfBrEXZhHtQuOlT2s/gp90/N791yGeJpw7zLECgYEAtTeP\n2lNczMjbNiyQteB8ol/vo1PAPJSpV43LU5MfXH31lSFpCHz4V84vp+L4PfBHVYMX\no+MIRdIyzYg16oNh4+O83DbpI7mx9bkmBhE3EFivyQQ9lyM7T16Jiz8mvJfpp4rV\n1YVLNVyvDPKlqJneO0UWAuHhyZ7EUpqEToE55B0CgYB5Rtytiiif9Q4/4kJkEscF\nmNKslwL0Vp7BwK1TP5KwCsCD85E/XPmZiYEFIzuznDkkSAOaS0hajKhMSIWUMGB5\n9pU+P7aYuGXwoaA8C7aqyVDdFMED4j5PuS10vzubaFzvAUg3djLS1S27brZ+pt2l\nV5rj+95ccR2hXb8lJjl90QKBgHEB3iZzV+qo0vMcpX2WKYMEuqcqojXlKxlbZlGO\n7L68GfrO4/YUILZ48QUMKGxPu9xarNJZ0R3hcCb161F8bv4zVeIqKAdMVOr8c/bS\no3kBJVYA2/u1T9Y2CSYZ0qlHPsFpdeH6hqUXUF6NrrrOgWSKt6hCfpBB/wHYM+vU\n8GoNAoGAEQ2zG1E/nyzCDhQK7xRFsdIBfjrXUtntr748jXMA4YeBhu0Olej4Yz1v\nFiOlE2nx7XDbBsTMfCldV6/AjOXY2uN7Dr4gaWsK/WTj3tJZtTawcfpTd244k8mG\nXW11mrpWK7xgdUxmmikUi44AXBeFJDr3PWGvtqJUG7Fk3m7IDgE=\n-----END RSA PRIVATE KEY-----\n",
                    ),
                ),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.binance.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1499827319559u64,
                nonce: 1499827319559u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let parts = rt::Parts::raw(
                &base,
                &ENCODING,
                rt::Method::Post,
                "/api/v3/order?symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559",
                "",
                "",
            );
            let request = signer
                .sign_parts(Scheme::Rsa, parts, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                request.url,
                "https://api.binance.com/api/v3/order?symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559&signature=ROqAXAN1qwc1suTdAUzCB0MhiLpCK3hzG7e%2BcgOlN%2Fw7DGGQvbP%2BW%2B1TXxndgFj%2BRoqpGH83csOMfd4GCGs3jTwXm3vdmMp358KQSLjaUiIoYUsl5OYZGo2ZoRu4xVVvynzPTmmuAnUbfv2n9oa%2F%2F206ZpE%2BBSIEU%2BlgDJ2TvNFjNZZgTr5YcRCW8jg6kT67atKYg8pmjKQafwiHnhKaKJ1vAEeb4WhUcXrr61mK8godBmIihx99pacJ4CzrZyHD4r6IIBLnFsRwlqRQcTPfYBW5uj5c5QDbCx0UOhlgkfs3gqvwLUX7FXbLY0NYkVBoBTV4aotW57ia%2BoPzxW5Vpw%3D%3D"
            );
        }
    }
}
