/// OKX client, generated from its spec.
///
/// OKX API v5 (trading account, spot and derivatives). Signed requests carry OK-ACCESS-SIGN =
/// base64(HMAC-SHA256(secret, timestamp + METHOD + requestPath + body)) where timestamp is
/// ISO-8601 UTC with milliseconds (also sent as OK-ACCESS-TIMESTAMP), requestPath includes
/// the query string, and body is "" for GET. The passphrase is sent as set when the key was
/// created. The server rejects timestamps more than 30 s off; GET /api/v5/public/time gives
/// server time. Every response is `{"code": "0", "msg": "", "data": [...]}`; `data` is always a
/// list. Most numbers arrive as strings and many are "" when not applicable, so only fields
/// that are always numeric are typed `decimal`. Demo trading is the same host with the header
/// `x-simulated-trading: 1`: give the optional credential `simulated_trading` (`1`) and the
/// header is sent; leave it out and it is not. The query is signed as sent: a comma list (`ccy=BTC,ETH`) goes out as
/// `ccy=BTC%2CETH` and is signed in that form, as ccxt does against OKX; OKX's docs say nothing
/// on decoding, and no report of a comma-related sign failure was found (not verified live).
///
/// Sources:
///
/// - <https://www.okx.com/docs-v5/en/#overview-rest-authentication>
/// - <https://www.okx.com/docs-v5/en/#order-book-trading-trade>
/// - <https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-balance>
pub mod okx {
    use ::venue_runtime as rt;
    use rt::ExposeSecret;
    pub const PRODUCTION_URL: &str = "https://www.okx.com";
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
        data: Some("data"),
        code: Some("code"),
        success: &["0"],
        message: Some("msg"),
        jsonrpc: false,
    };
    ///Credentials for OKX. Debug output never shows their values.
    #[derive(Clone, Debug)]
    pub struct Credentials {
        /// API key (OK-ACCESS-KEY).
        pub api_key: rt::SecretString,
        /// Secret key.
        pub secret: rt::SecretString,
        /// Passphrase chosen when the API key was created.
        pub passphrase: rt::SecretString,
        /// `1` to trade on the demo account (sent as `x-simulated-trading`); leave it out for live trading.
        pub simulated_trading: Option<rt::SecretString>,
    }
    impl Credentials {
        /// Reads credentials from a JSON object of strings; unknown names are rejected.
        pub fn from_json(value: &rt::serde_json::Value) -> Result<Self, rt::Error> {
            rt::known_credentials(
                value,
                &["api_key", "secret", "passphrase", "simulated_trading"],
            )?;
            Ok(Credentials {
                api_key: rt::credential(value, "api_key")?,
                secret: rt::credential(value, "secret")?,
                passphrase: rt::credential(value, "passphrase")?,
                simulated_trading: rt::optional_credential(value, "simulated_trading")?,
            })
        }
    }
    /// The auth schemes this venue offers.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Scheme {
        /// Unauthenticated endpoints.
        Public,
        /// HMAC-SHA256 over ISO timestamp, method, path with query, and body.
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
        ts: rt::Text,
    }
    /// Signs requests. Values that depend only on credentials are computed once, here.
    #[derive(Debug)]
    pub struct Signer {
        #[allow(dead_code)]
        credentials: Credentials,
        signed_secret_hmac_sha256: rt::HmacKey,
        signed_ok_access_key_header: rt::HeaderValue,
        signed_ok_access_passphrase_header: rt::HeaderValue,
        signed_x_simulated_trading_header: rt::HeaderValue,
    }
    impl Signer {
        pub fn new(credentials: Credentials) -> Result<Self, rt::Error> {
            let signed_secret_hmac_sha256 = rt::hmac_sha256_key(
                credentials.secret.expose_secret().as_bytes(),
            );
            let signed_ok_access_key_header = rt::HeaderValue::shared(
                credentials.api_key.expose_secret(),
            );
            let signed_ok_access_passphrase_header = rt::HeaderValue::shared(
                credentials.passphrase.expose_secret(),
            );
            let signed_x_simulated_trading_header = rt::HeaderValue::shared(
                credentials.simulated_trading.as_ref().map_or("", |v| v.expose_secret()),
            );
            Ok(Signer {
                credentials,
                signed_secret_hmac_sha256,
                signed_ok_access_key_header,
                signed_ok_access_passphrase_header,
                signed_x_simulated_trading_header,
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
            let ts = stamp.iso8601_ms();
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
                pre.ts, parts.method().as_str(), parts.path_query(), parts.body_text()
            );
            trace.record("prehash", &prehash);
            let sign = rt::base64(
                rt::hmac_with(&self.signed_secret_hmac_sha256, prehash).as_slice(),
            );
            trace.record("sign", &sign);
            parts.reserve_headers(5usize);
            parts.header("OK-ACCESS-KEY", self.signed_ok_access_key_header.clone());
            parts.header("OK-ACCESS-SIGN", sign);
            parts.header("OK-ACCESS-TIMESTAMP", pre.ts.clone());
            parts
                .secret_header(
                    "OK-ACCESS-PASSPHRASE",
                    self.signed_ok_access_passphrase_header.clone(),
                );
            parts
                .header(
                    "x-simulated-trading",
                    self.signed_x_simulated_trading_header.clone(),
                );
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
    pub enum InstType {
        #[serde(rename = "SPOT")]
        Spot,
        #[serde(rename = "MARGIN")]
        Margin,
        #[serde(rename = "SWAP")]
        Swap,
        #[serde(rename = "FUTURES")]
        Futures,
        #[serde(rename = "OPTION")]
        Option,
    }
    impl InstType {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                InstType::Spot => "SPOT",
                InstType::Margin => "MARGIN",
                InstType::Swap => "SWAP",
                InstType::Futures => "FUTURES",
                InstType::Option => "OPTION",
            }
        }
    }
    impl std::fmt::Display for InstType {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(InstType);
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
    pub enum TradeMode {
        #[serde(rename = "cash")]
        Cash,
        #[serde(rename = "cross")]
        Cross,
        #[serde(rename = "isolated")]
        Isolated,
        #[serde(rename = "spot_isolated")]
        SpotIsolated,
    }
    impl TradeMode {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                TradeMode::Cash => "cash",
                TradeMode::Cross => "cross",
                TradeMode::Isolated => "isolated",
                TradeMode::SpotIsolated => "spot_isolated",
            }
        }
    }
    impl std::fmt::Display for TradeMode {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(TradeMode);
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
    pub enum OrdType {
        #[serde(rename = "market")]
        Market,
        #[serde(rename = "limit")]
        Limit,
        #[serde(rename = "post_only")]
        PostOnly,
        #[serde(rename = "fok")]
        Fok,
        #[serde(rename = "ioc")]
        Ioc,
        #[serde(rename = "optimal_limit_ioc")]
        OptimalLimitIoc,
        #[serde(rename = "mmp")]
        Mmp,
        #[serde(rename = "mmp_and_post_only")]
        MmpAndPostOnly,
    }
    impl OrdType {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                OrdType::Market => "market",
                OrdType::Limit => "limit",
                OrdType::PostOnly => "post_only",
                OrdType::Fok => "fok",
                OrdType::Ioc => "ioc",
                OrdType::OptimalLimitIoc => "optimal_limit_ioc",
                OrdType::Mmp => "mmp",
                OrdType::MmpAndPostOnly => "mmp_and_post_only",
            }
        }
    }
    impl std::fmt::Display for OrdType {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(OrdType);
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct ServerTime {
        /// Server time in unix ms (as text).
        pub ts: String,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct BalanceDetail {
        pub ccy: String,
        /// Equity of the currency.
        pub eq: rt::Decimal,
        #[serde(rename = "cashBal")]
        pub cash_bal: rt::Decimal,
        #[serde(rename = "availBal")]
        pub avail_bal: rt::Decimal,
        #[serde(rename = "frozenBal")]
        pub frozen_bal: rt::Decimal,
        #[serde(rename = "ordFrozen")]
        pub ord_frozen: rt::Decimal,
        /// Last update, unix ms (as text).
        #[serde(rename = "uTime")]
        pub u_time: String,
        /// Available equity; empty text where not applicable.
        #[serde(rename = "availEq")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub avail_eq: Option<String>,
        #[serde(rename = "disEq")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub dis_eq: Option<String>,
        #[serde(rename = "eqUsd")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub eq_usd: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub upl: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub liab: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub interest: Option<String>,
        #[serde(rename = "maxLoan")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub max_loan: Option<String>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Balance {
        #[serde(rename = "uTime")]
        pub u_time: String,
        /// Total equity in USD.
        #[serde(rename = "totalEq")]
        pub total_eq: String,
        #[serde(rename = "isoEq")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub iso_eq: Option<String>,
        #[serde(rename = "adjEq")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub adj_eq: Option<String>,
        #[serde(rename = "ordFroz")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub ord_froz: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub imr: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub mmr: Option<String>,
        #[serde(rename = "mgnRatio")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub mgn_ratio: Option<String>,
        #[serde(rename = "notionalUsd")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub notional_usd: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub upl: Option<String>,
        pub details: Vec<BalanceDetail>,
    }
    /// An order as listed or fetched; prices are "" when not applicable (e.g. market orders).
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Order {
        #[serde(rename = "instType")]
        pub inst_type: String,
        #[serde(rename = "instId")]
        pub inst_id: String,
        #[serde(rename = "ordId")]
        pub ord_id: String,
        #[serde(rename = "clOrdId")]
        pub cl_ord_id: String,
        pub tag: String,
        pub px: String,
        pub sz: rt::Decimal,
        #[serde(rename = "ordType")]
        pub ord_type: String,
        pub side: String,
        #[serde(rename = "posSide")]
        pub pos_side: String,
        #[serde(rename = "tdMode")]
        pub td_mode: String,
        #[serde(rename = "tgtCcy")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub tgt_ccy: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub ccy: Option<String>,
        #[serde(rename = "accFillSz")]
        pub acc_fill_sz: rt::Decimal,
        #[serde(rename = "fillPx")]
        pub fill_px: String,
        #[serde(rename = "fillSz")]
        pub fill_sz: String,
        #[serde(rename = "fillTime")]
        pub fill_time: String,
        #[serde(rename = "tradeId")]
        pub trade_id: String,
        #[serde(rename = "avgPx")]
        pub avg_px: String,
        /// live, partially_filled, filled, canceled, mmp_canceled.
        pub state: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub lever: Option<String>,
        pub fee: String,
        #[serde(rename = "feeCcy")]
        pub fee_ccy: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub pnl: Option<String>,
        /// "true" or "false".
        #[serde(rename = "reduceOnly")]
        pub reduce_only: String,
        #[serde(rename = "stpMode")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub stp_mode: Option<String>,
        #[serde(rename = "cancelSource")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cancel_source: Option<String>,
        #[serde(rename = "uTime")]
        pub u_time: String,
        #[serde(rename = "cTime")]
        pub c_time: String,
    }
    /// Result of placing or cancelling one order; sCode "0" means success.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct OrderAck {
        #[serde(rename = "ordId")]
        pub ord_id: String,
        #[serde(rename = "clOrdId")]
        pub cl_ord_id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub tag: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub ts: Option<String>,
        #[serde(rename = "sCode")]
        pub s_code: String,
        #[serde(rename = "sMsg")]
        pub s_msg: String,
    }
    /// Values of `state` for `open_orders`.
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
    pub enum OpenOrdersState {
        #[serde(rename = "live")]
        Live,
        #[serde(rename = "partially_filled")]
        PartiallyFilled,
    }
    impl OpenOrdersState {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                OpenOrdersState::Live => "live",
                OpenOrdersState::PartiallyFilled => "partially_filled",
            }
        }
    }
    impl std::fmt::Display for OpenOrdersState {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(OpenOrdersState);
    /// Values of `posSide` for `place_order`.
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
    pub enum PlaceOrderPosSide {
        #[serde(rename = "long")]
        Long,
        #[serde(rename = "short")]
        Short,
        #[serde(rename = "net")]
        Net,
    }
    impl PlaceOrderPosSide {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                PlaceOrderPosSide::Long => "long",
                PlaceOrderPosSide::Short => "short",
                PlaceOrderPosSide::Net => "net",
            }
        }
    }
    impl std::fmt::Display for PlaceOrderPosSide {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(PlaceOrderPosSide);
    /// Values of `tgtCcy` for `place_order`.
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
    pub enum PlaceOrderTgtCcy {
        #[serde(rename = "base_ccy")]
        BaseCcy,
        #[serde(rename = "quote_ccy")]
        QuoteCcy,
    }
    impl PlaceOrderTgtCcy {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                PlaceOrderTgtCcy::BaseCcy => "base_ccy",
                PlaceOrderTgtCcy::QuoteCcy => "quote_ccy",
            }
        }
    }
    impl std::fmt::Display for PlaceOrderTgtCcy {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(PlaceOrderTgtCcy);
    /// Values of `stpMode` for `place_order`.
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
    pub enum PlaceOrderStpMode {
        #[serde(rename = "cancel_maker")]
        CancelMaker,
        #[serde(rename = "cancel_taker")]
        CancelTaker,
        #[serde(rename = "cancel_both")]
        CancelBoth,
    }
    impl PlaceOrderStpMode {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                PlaceOrderStpMode::CancelMaker => "cancel_maker",
                PlaceOrderStpMode::CancelTaker => "cancel_taker",
                PlaceOrderStpMode::CancelBoth => "cancel_both",
            }
        }
    }
    impl std::fmt::Display for PlaceOrderStpMode {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(PlaceOrderStpMode);
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
            path.push("/api/v5/public/time");
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
    pub struct BalanceParams {
        /// Comma-separated currencies (up to 20), e.g. BTC,ETH.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub ccy: Option<String>,
    }
    impl rt::Endpoint for BalanceParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v5/account/balance");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("ccy", &self.ccy);
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
        #[serde(rename = "instType")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub inst_type: Option<InstType>,
        #[serde(rename = "instFamily")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub inst_family: Option<String>,
        #[serde(rename = "instId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub inst_id: Option<String>,
        #[serde(rename = "ordType")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub ord_type: Option<OrdType>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub state: Option<OpenOrdersState>,
        /// Pagination; records earlier than this ordId.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub after: Option<String>,
        /// Pagination; records newer than this ordId.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub before: Option<String>,
        /// Up to 100, default 100.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<i64>,
    }
    impl rt::Endpoint for OpenOrdersParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v5/trade/orders-pending");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("instType", &self.inst_type);
            query.field("instFamily", &self.inst_family);
            query.field("instId", &self.inst_id);
            query.field("ordType", &self.ord_type);
            query.field("state", &self.state);
            query.field("after", &self.after);
            query.field("before", &self.before);
            query.field("limit", &self.limit);
        }
    }
    ///Parameters of `place_order`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct PlaceOrderParams {
        /// Instrument id, e.g. BTC-USDT.
        #[serde(rename = "instId")]
        pub inst_id: String,
        /// cash for spot without margin.
        #[serde(rename = "tdMode")]
        pub td_mode: TradeMode,
        /// Margin currency (for some margin modes).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub ccy: Option<String>,
        /// Client order id, up to 32 alphanumerics.
        #[serde(rename = "clOrdId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cl_ord_id: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub tag: Option<String>,
        pub side: Side,
        #[serde(rename = "posSide")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub pos_side: Option<PlaceOrderPosSide>,
        #[serde(rename = "ordType")]
        pub ord_type: OrdType,
        /// Quantity to buy or sell.
        pub sz: rt::Decimal,
        /// Price (limit-type orders).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub px: Option<rt::Decimal>,
        #[serde(rename = "reduceOnly")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub reduce_only: Option<bool>,
        /// Unit of sz for spot market orders.
        #[serde(rename = "tgtCcy")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub tgt_ccy: Option<PlaceOrderTgtCcy>,
        #[serde(rename = "stpMode")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub stp_mode: Option<PlaceOrderStpMode>,
    }
    impl rt::Endpoint for PlaceOrderParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v5/trade/order");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("instId", &self.inst_id);
            body.field("tdMode", &self.td_mode);
            body.field("ccy", &self.ccy);
            body.field("clOrdId", &self.cl_ord_id);
            body.field("tag", &self.tag);
            body.field("side", &self.side);
            body.field("posSide", &self.pos_side);
            body.field("ordType", &self.ord_type);
            body.field("sz", &self.sz);
            body.field("px", &self.px);
            body.field("reduceOnly", &self.reduce_only);
            body.field("tgtCcy", &self.tgt_ccy);
            body.field("stpMode", &self.stp_mode);
        }
    }
    ///Parameters of `cancel_order`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct CancelOrderParams {
        #[serde(rename = "instId")]
        pub inst_id: String,
        /// Either ordId or clOrdId is required.
        #[serde(rename = "ordId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub ord_id: Option<String>,
        #[serde(rename = "clOrdId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cl_ord_id: Option<String>,
    }
    impl rt::Endpoint for CancelOrderParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v5/trade/cancel-order");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("instId", &self.inst_id);
            body.field("ordId", &self.ord_id);
            body.field("clOrdId", &self.cl_ord_id);
        }
    }
    ///Parameters of `get_order`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct GetOrderParams {
        #[serde(rename = "instId")]
        pub inst_id: String,
        /// Either ordId or clOrdId is required.
        #[serde(rename = "ordId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub ord_id: Option<String>,
        #[serde(rename = "clOrdId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cl_ord_id: Option<String>,
    }
    impl rt::Endpoint for GetOrderParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v5/trade/order");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("instId", &self.inst_id);
            query.field("ordId", &self.ord_id);
            query.field("clOrdId", &self.cl_ord_id);
        }
    }
    ///Async client for OKX.
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
                "okx",
                &[
                    Some(&credentials.api_key),
                    Some(&credentials.secret),
                    Some(&credentials.passphrase),
                    credentials.simulated_trading.as_ref(),
                ],
            );
            Ok(Client {
                core: rt::ClientCore::new(base_url)?.with_name("okx").with_key(key),
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
                pointer: "/0/ts",
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
        /// `GET /api/v5/public/time`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.server_time().await?;
        /// ```
        pub async fn server_time(&self) -> Result<Vec<ServerTime>, rt::Error> {
            self.call(
                    rt::Call::idempotent("server_time"),
                    Scheme::Public,
                    &ServerTimeParams {},
                    &ENVELOPE,
                )
                .await
        }
        /// `GET /api/v5/account/balance`.
        ///
        /// Trading-account balance; one element with per-currency `details`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.balance(&BalanceParams {
        ///     ccy: Some("...".into()),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn balance(
            &self,
            params: &BalanceParams,
        ) -> Result<Vec<Balance>, rt::Error> {
            self.call(rt::Call::idempotent("balance"), Scheme::Signed, params, &ENVELOPE)
                .await
        }
        /// `GET /api/v5/trade/orders-pending`.
        ///
        /// Incomplete (live and partially filled) orders.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.open_orders(&OpenOrdersParams {
        ///     inst_type: Some(InstType::Spot),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn open_orders(
            &self,
            params: &OpenOrdersParams,
        ) -> Result<Vec<Order>, rt::Error> {
            self.call(
                    rt::Call::idempotent("open_orders"),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /api/v5/trade/order`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.place_order(&params).await?;
        /// ```
        pub async fn place_order(
            &self,
            params: &PlaceOrderParams,
        ) -> Result<Vec<OrderAck>, rt::Error> {
            self.call(rt::Call::once("place_order"), Scheme::Signed, params, &ENVELOPE)
                .await
        }
        /// `POST /api/v5/trade/cancel-order`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.cancel_order(&CancelOrderParams {
        ///     inst_id: "...".into(),
        ///     ord_id: None,
        ///     cl_ord_id: None,
        /// }).await?;
        /// ```
        pub async fn cancel_order(
            &self,
            params: &CancelOrderParams,
        ) -> Result<Vec<OrderAck>, rt::Error> {
            self.call(rt::Call::once("cancel_order"), Scheme::Signed, params, &ENVELOPE)
                .await
        }
        /// `GET /api/v5/trade/order`.
        ///
        /// An order's details and state.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.get_order(&GetOrderParams {
        ///     inst_id: "...".into(),
        ///     ord_id: None,
        ///     cl_ord_id: None,
        /// }).await?;
        /// ```
        pub async fn get_order(
            &self,
            params: &GetOrderParams,
        ) -> Result<Vec<Order>, rt::Error> {
            self.call(
                    rt::Call::idempotent("get_order"),
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
                            Vec<ServerTime>,
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
                            Vec<Balance>,
                        >(rt::Call::idempotent("balance"), scheme, &params, &ENVELOPE)
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
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Vec<OrderAck>,
                        >(rt::Call::once("place_order"), scheme, &params, &ENVELOPE)
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
                            Vec<OrderAck>,
                        >(rt::Call::once("cancel_order"), scheme, &params, &ENVELOPE)
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
                            Vec<Order>,
                        >(rt::Call::idempotent("get_order"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            _ => Err(rt::Error::unknown_endpoint(endpoint)),
        }
    }
    /// What `venue list` shows for this venue.
    pub static INFO: rt::VenueInfo = rt::VenueInfo {
        name: "okx",
        title: "OKX",
        credentials: &["api_key", "secret", "passphrase", "simulated_trading"],
        endpoints: &[
            rt::EndpointInfo {
                name: "server_time",
                method: "GET",
                path: "/api/v5/public/time",
                auth: "public",
                params: &[],
            },
            rt::EndpointInfo {
                name: "balance",
                method: "GET",
                path: "/api/v5/account/balance",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "ccy",
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
                path: "/api/v5/trade/orders-pending",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "instType",
                        location: "query",
                        ty: "enum",
                        required: false,
                        values: &["SPOT", "MARGIN", "SWAP", "FUTURES", "OPTION"],
                    },
                    rt::ParamInfo {
                        name: "instFamily",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "instId",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "ordType",
                        location: "query",
                        ty: "enum",
                        required: false,
                        values: &[
                            "market",
                            "limit",
                            "post_only",
                            "fok",
                            "ioc",
                            "optimal_limit_ioc",
                            "mmp",
                            "mmp_and_post_only",
                        ],
                    },
                    rt::ParamInfo {
                        name: "state",
                        location: "query",
                        ty: "enum",
                        required: false,
                        values: &["live", "partially_filled"],
                    },
                    rt::ParamInfo {
                        name: "after",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "before",
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
                path: "/api/v5/trade/order",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "instId",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "tdMode",
                        location: "body",
                        ty: "enum",
                        required: true,
                        values: &["cash", "cross", "isolated", "spot_isolated"],
                    },
                    rt::ParamInfo {
                        name: "ccy",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "clOrdId",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "tag",
                        location: "body",
                        ty: "string",
                        required: false,
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
                        name: "posSide",
                        location: "body",
                        ty: "enum",
                        required: false,
                        values: &["long", "short", "net"],
                    },
                    rt::ParamInfo {
                        name: "ordType",
                        location: "body",
                        ty: "enum",
                        required: true,
                        values: &[
                            "market",
                            "limit",
                            "post_only",
                            "fok",
                            "ioc",
                            "optimal_limit_ioc",
                            "mmp",
                            "mmp_and_post_only",
                        ],
                    },
                    rt::ParamInfo {
                        name: "sz",
                        location: "body",
                        ty: "decimal",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "px",
                        location: "body",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "reduceOnly",
                        location: "body",
                        ty: "bool",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "tgtCcy",
                        location: "body",
                        ty: "enum",
                        required: false,
                        values: &["base_ccy", "quote_ccy"],
                    },
                    rt::ParamInfo {
                        name: "stpMode",
                        location: "body",
                        ty: "enum",
                        required: false,
                        values: &["cancel_maker", "cancel_taker", "cancel_both"],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "cancel_order",
                method: "POST",
                path: "/api/v5/trade/cancel-order",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "instId",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "ordId",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "clOrdId",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "get_order",
                method: "GET",
                path: "/api/v5/trade/order",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "instId",
                        location: "query",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "ordId",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "clOrdId",
                        location: "query",
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
        /// Source: tests/reference/venues.py, case okx-a-get-balance: OKX's documented recipe Base64(HmacSHA256(timestamp + method + requestPath + body)) recomputed with hmac/hashlib.
        #[test]
        fn reference_get_balance() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("okx-key-0001"),
                secret: rt::SecretString::from("OKX-SECRET-0001-FAKE"),
                passphrase: rt::SecretString::from("okx-pass-0001"),
                simulated_trading: None,
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://www.okx.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000123u64,
                nonce: 1700000000123u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: BalanceParams = rt::serde_json::from_str("{\"ccy\":\"BTC\"}")
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("prehash"),
                Some("2023-11-14T22:13:20.123ZGET/api/v5/account/balance?ccy=BTC"),
                "value `{}`", "prehash"
            );
            assert_eq!(
                request.header("OK-ACCESS-KEY"), Some("okx-key-0001"), "header `{}`",
                "OK-ACCESS-KEY"
            );
            assert_eq!(
                request.header("OK-ACCESS-SIGN"),
                Some("0qZvpEzG3/uvf2o6G0qLtsCbk5oZycZEg/z5K7UhiXo="), "header `{}`",
                "OK-ACCESS-SIGN"
            );
            assert_eq!(
                request.header("OK-ACCESS-TIMESTAMP"), Some("2023-11-14T22:13:20.123Z"),
                "header `{}`", "OK-ACCESS-TIMESTAMP"
            );
            assert_eq!(
                request.header("OK-ACCESS-PASSPHRASE"), Some("okx-pass-0001"),
                "header `{}`", "OK-ACCESS-PASSPHRASE"
            );
            assert_eq!(
                request.url, "https://www.okx.com/api/v5/account/balance?ccy=BTC"
            );
        }
        /// Source: tests/reference/venues.py, case okx-a-get-balance, on the demo account: the signature is the same (OKX does not sign the header), and `x-simulated-trading: 1` is sent.
        #[test]
        fn reference_get_balance_demo() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("okx-key-0001"),
                secret: rt::SecretString::from("OKX-SECRET-0001-FAKE"),
                passphrase: rt::SecretString::from("okx-pass-0001"),
                simulated_trading: Some(rt::SecretString::from("1")),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://www.okx.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000123u64,
                nonce: 1700000000123u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: BalanceParams = rt::serde_json::from_str("{\"ccy\":\"BTC\"}")
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                request.header("OK-ACCESS-SIGN"),
                Some("0qZvpEzG3/uvf2o6G0qLtsCbk5oZycZEg/z5K7UhiXo="), "header `{}`",
                "OK-ACCESS-SIGN"
            );
            assert_eq!(
                request.header("x-simulated-trading"), Some("1"), "header `{}`",
                "x-simulated-trading"
            );
        }
        /// Source: tests/reference/venues.py, case okx-b-post-order: the same recipe over a compact JSON body in documented parameter order.
        #[test]
        fn reference_place_order() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("okx-key-0001"),
                secret: rt::SecretString::from("OKX-SECRET-0001-FAKE"),
                passphrase: rt::SecretString::from("okx-pass-0001"),
                simulated_trading: None,
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://www.okx.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000456u64,
                nonce: 1700000000456u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: PlaceOrderParams = rt::serde_json::from_str(
                    "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"clOrdId\":\"b15\",\"side\":\"buy\",\"ordType\":\"limit\",\"sz\":\"0.01\",\"px\":\"30000\"}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                request.header("OK-ACCESS-SIGN"),
                Some("0UINEcVrv1Gh8C4Seb+ZtO1qHhgyERxljsXnyd4Pkv4="), "header `{}`",
                "OK-ACCESS-SIGN"
            );
            assert_eq!(
                request.header("OK-ACCESS-TIMESTAMP"), Some("2023-11-14T22:13:20.456Z"),
                "header `{}`", "OK-ACCESS-TIMESTAMP"
            );
            assert_eq!(request.url, "https://www.okx.com/api/v5/trade/order");
            assert_eq!(
                request.body.as_deref(),
                Some("{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"clOrdId\":\"b15\",\"side\":\"buy\",\"ordType\":\"limit\",\"sz\":\"0.01\",\"px\":\"30000\"}"
                .as_bytes())
            );
        }
    }
}
