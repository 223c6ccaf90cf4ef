/// Bybit client, generated from its spec.
///
/// Bybit API v5 (unified trading). Signed requests carry X-BAPI-API-KEY, X-BAPI-TIMESTAMP
/// (unix ms), X-BAPI-RECV-WINDOW and X-BAPI-SIGN = hex(HMAC-SHA256(secret, timestamp +
/// api_key + recv_window + payload)), where payload is the query string for GET and the raw
/// JSON body for POST (this client signs query + body, one of which is always empty). The
/// request is rejected unless server_time - recv_window &lt;= timestamp &lt; server_time + 1000;
/// this spec fixes recv_window at 5000 ms. Responses are `{"retCode": 0, "retMsg": "OK",
/// "result": ...}`. Most numbers arrive as strings and some are "" when not applicable, so
/// only always-numeric fields are typed `decimal`.
///
/// Sources:
///
/// - <https://bybit-exchange.github.io/docs/v5/guide#authentication>
/// - <https://bybit-exchange.github.io/docs/v5/order/create-order>
/// - <https://bybit-exchange.github.io/docs/v5/account/wallet-balance>
pub mod bybit {
    use ::venue_runtime as rt;
    use rt::ExposeSecret;
    pub const PRODUCTION_URL: &str = "https://api.bybit.com";
    pub const SANDBOX_URL: &str = "https://api-testnet.bybit.com";
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
        data: Some("result"),
        code: Some("retCode"),
        success: &["0"],
        message: Some("retMsg"),
        jsonrpc: false,
    };
    ///Credentials for Bybit. Debug output never shows their values.
    #[derive(Clone, Debug)]
    pub struct Credentials {
        /// API key (X-BAPI-API-KEY; also part of the signed text).
        pub api_key: rt::SecretString,
        /// API secret (HMAC key type).
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
        /// HMAC-SHA256 over timestamp, API key, recv_window and query/body, hex.
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
        credentials: Credentials,
        signed_secret_hmac_sha256: rt::HmacKey,
        signed_x_bapi_api_key_header: rt::HeaderValue,
    }
    impl Signer {
        pub fn new(credentials: Credentials) -> Result<Self, rt::Error> {
            let signed_secret_hmac_sha256 = rt::hmac_sha256_key(
                credentials.secret.expose_secret().as_bytes(),
            );
            let signed_x_bapi_api_key_header = rt::HeaderValue::shared(
                credentials.api_key.expose_secret(),
            );
            Ok(Signer {
                credentials,
                signed_secret_hmac_sha256,
                signed_x_bapi_api_key_header,
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
                pre.ts, self.credentials.api_key.expose_secret(), "5000", parts.query(),
                parts.body_text()
            );
            trace.record("prehash", &prehash);
            let sign = rt::hex(
                rt::hmac_with(&self.signed_secret_hmac_sha256, prehash).as_slice(),
            );
            trace.record("sign", &sign);
            parts.reserve_headers(4usize);
            parts.header("X-BAPI-API-KEY", self.signed_x_bapi_api_key_header.clone());
            parts.header("X-BAPI-TIMESTAMP", pre.ts);
            parts.header("X-BAPI-RECV-WINDOW", rt::HeaderValue::from("5000"));
            parts.header("X-BAPI-SIGN", sign);
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
    pub enum Category {
        #[serde(rename = "spot")]
        Spot,
        #[serde(rename = "linear")]
        Linear,
        #[serde(rename = "inverse")]
        Inverse,
        #[serde(rename = "option")]
        Option,
    }
    impl Category {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                Category::Spot => "spot",
                Category::Linear => "linear",
                Category::Inverse => "inverse",
                Category::Option => "option",
            }
        }
    }
    impl std::fmt::Display for Category {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(Category);
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
        #[serde(rename = "Buy")]
        Buy,
        #[serde(rename = "Sell")]
        Sell,
    }
    impl Side {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                Side::Buy => "Buy",
                Side::Sell => "Sell",
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
        #[serde(rename = "Market")]
        Market,
        #[serde(rename = "Limit")]
        Limit,
    }
    impl OrderType {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                OrderType::Market => "Market",
                OrderType::Limit => "Limit",
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
        /// Unix seconds (as text).
        #[serde(rename = "timeSecond")]
        pub time_second: String,
        /// Unix nanoseconds (as text).
        #[serde(rename = "timeNano")]
        pub time_nano: String,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct WalletCoin {
        pub coin: String,
        pub equity: rt::Decimal,
        #[serde(rename = "usdValue")]
        pub usd_value: String,
        #[serde(rename = "walletBalance")]
        pub wallet_balance: rt::Decimal,
        /// Classic spot accounts only.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub free: Option<String>,
        pub locked: rt::Decimal,
        #[serde(rename = "borrowAmount")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub borrow_amount: Option<String>,
        #[serde(rename = "accruedInterest")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub accrued_interest: Option<String>,
        #[serde(rename = "totalOrderIM")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub total_order_im: Option<String>,
        #[serde(rename = "totalPositionIM")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub total_position_im: Option<String>,
        #[serde(rename = "totalPositionMM")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub total_position_mm: Option<String>,
        #[serde(rename = "unrealisedPnl")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub unrealised_pnl: Option<String>,
        #[serde(rename = "cumRealisedPnl")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cum_realised_pnl: Option<String>,
        #[serde(rename = "marginCollateral")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub margin_collateral: Option<bool>,
        #[serde(rename = "collateralSwitch")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub collateral_switch: Option<bool>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct WalletBalance {
        #[serde(rename = "accountType")]
        pub account_type: String,
        #[serde(rename = "accountIMRate")]
        pub account_im_rate: String,
        #[serde(rename = "accountMMRate")]
        pub account_mm_rate: String,
        #[serde(rename = "totalEquity")]
        pub total_equity: String,
        #[serde(rename = "totalWalletBalance")]
        pub total_wallet_balance: String,
        #[serde(rename = "totalMarginBalance")]
        pub total_margin_balance: String,
        #[serde(rename = "totalAvailableBalance")]
        pub total_available_balance: String,
        #[serde(rename = "totalPerpUPL")]
        pub total_perp_upl: String,
        #[serde(rename = "totalInitialMargin")]
        pub total_initial_margin: String,
        #[serde(rename = "totalMaintenanceMargin")]
        pub total_maintenance_margin: String,
        pub coin: Vec<WalletCoin>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct WalletBalances {
        pub list: Vec<WalletBalance>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Order {
        #[serde(rename = "orderId")]
        pub order_id: String,
        #[serde(rename = "orderLinkId")]
        pub order_link_id: String,
        pub symbol: String,
        pub price: String,
        pub qty: rt::Decimal,
        pub side: String,
        #[serde(rename = "isLeverage")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub is_leverage: Option<String>,
        #[serde(rename = "positionIdx")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub position_idx: Option<i64>,
        /// New, PartiallyFilled, Untriggered, Rejected, PartiallyFilledCanceled, Filled, Cancelled, Triggered, Deactivated.
        #[serde(rename = "orderStatus")]
        pub order_status: String,
        #[serde(rename = "cancelType")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cancel_type: Option<String>,
        #[serde(rename = "rejectReason")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub reject_reason: Option<String>,
        #[serde(rename = "avgPrice")]
        pub avg_price: String,
        #[serde(rename = "leavesQty")]
        pub leaves_qty: rt::Decimal,
        #[serde(rename = "leavesValue")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub leaves_value: Option<String>,
        #[serde(rename = "cumExecQty")]
        pub cum_exec_qty: rt::Decimal,
        #[serde(rename = "cumExecValue")]
        pub cum_exec_value: rt::Decimal,
        #[serde(rename = "cumExecFee")]
        pub cum_exec_fee: String,
        #[serde(rename = "timeInForce")]
        pub time_in_force: String,
        #[serde(rename = "orderType")]
        pub order_type: String,
        #[serde(rename = "stopOrderType")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub stop_order_type: Option<String>,
        #[serde(rename = "triggerPrice")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub trigger_price: Option<String>,
        #[serde(rename = "takeProfit")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub take_profit: Option<String>,
        #[serde(rename = "stopLoss")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub stop_loss: Option<String>,
        #[serde(rename = "reduceOnly")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub reduce_only: Option<bool>,
        #[serde(rename = "closeOnTrigger")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub close_on_trigger: Option<bool>,
        #[serde(rename = "smpType")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub smp_type: Option<String>,
        /// Unix ms (as text).
        #[serde(rename = "createdTime")]
        pub created_time: String,
        #[serde(rename = "updatedTime")]
        pub updated_time: String,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct OrderList {
        pub category: String,
        #[serde(rename = "nextPageCursor")]
        pub next_page_cursor: String,
        pub list: Vec<Order>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct OrderRef {
        #[serde(rename = "orderId")]
        pub order_id: String,
        #[serde(rename = "orderLinkId")]
        pub order_link_id: String,
    }
    /// Values of `accountType` for `wallet_balance`.
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
    pub enum WalletBalanceAccountType {
        #[serde(rename = "UNIFIED")]
        Unified,
        #[serde(rename = "CONTRACT")]
        Contract,
        #[serde(rename = "SPOT")]
        Spot,
    }
    impl WalletBalanceAccountType {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                WalletBalanceAccountType::Unified => "UNIFIED",
                WalletBalanceAccountType::Contract => "CONTRACT",
                WalletBalanceAccountType::Spot => "SPOT",
            }
        }
    }
    impl std::fmt::Display for WalletBalanceAccountType {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(WalletBalanceAccountType);
    /// Values of `orderFilter` for `open_orders`.
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
    pub enum OpenOrdersOrderFilter {
        #[serde(rename = "Order")]
        Order,
        #[serde(rename = "tpslOrder")]
        TpslOrder,
        #[serde(rename = "StopOrder")]
        StopOrder,
        #[serde(rename = "OcoOrder")]
        OcoOrder,
        #[serde(rename = "BidirectionalTpslOrder")]
        BidirectionalTpslOrder,
    }
    impl OpenOrdersOrderFilter {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                OpenOrdersOrderFilter::Order => "Order",
                OpenOrdersOrderFilter::TpslOrder => "tpslOrder",
                OpenOrdersOrderFilter::StopOrder => "StopOrder",
                OpenOrdersOrderFilter::OcoOrder => "OcoOrder",
                OpenOrdersOrderFilter::BidirectionalTpslOrder => "BidirectionalTpslOrder",
            }
        }
    }
    impl std::fmt::Display for OpenOrdersOrderFilter {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(OpenOrdersOrderFilter);
    /// Values of `marketUnit` for `place_order`.
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
    pub enum PlaceOrderMarketUnit {
        #[serde(rename = "baseCoin")]
        BaseCoin,
        #[serde(rename = "quoteCoin")]
        QuoteCoin,
    }
    impl PlaceOrderMarketUnit {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                PlaceOrderMarketUnit::BaseCoin => "baseCoin",
                PlaceOrderMarketUnit::QuoteCoin => "quoteCoin",
            }
        }
    }
    impl std::fmt::Display for PlaceOrderMarketUnit {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(PlaceOrderMarketUnit);
    /// Values of `orderFilter` for `place_order`.
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
    pub enum PlaceOrderOrderFilter {
        #[serde(rename = "Order")]
        Order,
        #[serde(rename = "tpslOrder")]
        TpslOrder,
        #[serde(rename = "StopOrder")]
        StopOrder,
    }
    impl PlaceOrderOrderFilter {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                PlaceOrderOrderFilter::Order => "Order",
                PlaceOrderOrderFilter::TpslOrder => "tpslOrder",
                PlaceOrderOrderFilter::StopOrder => "StopOrder",
            }
        }
    }
    impl std::fmt::Display for PlaceOrderOrderFilter {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(PlaceOrderOrderFilter);
    /// Values of `triggerBy` for `place_order`.
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
    pub enum PlaceOrderTriggerBy {
        #[serde(rename = "LastPrice")]
        LastPrice,
        #[serde(rename = "IndexPrice")]
        IndexPrice,
        #[serde(rename = "MarkPrice")]
        MarkPrice,
    }
    impl PlaceOrderTriggerBy {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                PlaceOrderTriggerBy::LastPrice => "LastPrice",
                PlaceOrderTriggerBy::IndexPrice => "IndexPrice",
                PlaceOrderTriggerBy::MarkPrice => "MarkPrice",
            }
        }
    }
    impl std::fmt::Display for PlaceOrderTriggerBy {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(PlaceOrderTriggerBy);
    /// Values of `timeInForce` for `place_order`.
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
        #[serde(rename = "GTC")]
        Gtc,
        #[serde(rename = "IOC")]
        Ioc,
        #[serde(rename = "FOK")]
        Fok,
        #[serde(rename = "PostOnly")]
        PostOnly,
        #[serde(rename = "RPI")]
        Rpi,
    }
    impl PlaceOrderTimeInForce {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                PlaceOrderTimeInForce::Gtc => "GTC",
                PlaceOrderTimeInForce::Ioc => "IOC",
                PlaceOrderTimeInForce::Fok => "FOK",
                PlaceOrderTimeInForce::PostOnly => "PostOnly",
                PlaceOrderTimeInForce::Rpi => "RPI",
            }
        }
    }
    impl std::fmt::Display for PlaceOrderTimeInForce {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(PlaceOrderTimeInForce);
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
            path.push("/v5/market/time");
        }
    }
    ///Parameters of `wallet_balance`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct WalletBalanceParams {
        #[serde(rename = "accountType")]
        pub account_type: WalletBalanceAccountType,
        /// Comma-separated coins, e.g. USDT,USDC.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub coin: Option<String>,
    }
    impl rt::Endpoint for WalletBalanceParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/v5/account/wallet-balance");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("accountType", &self.account_type);
            query.field("coin", &self.coin);
        }
    }
    ///Parameters of `open_orders`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct OpenOrdersParams {
        pub category: Category,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub symbol: Option<String>,
        #[serde(rename = "baseCoin")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub base_coin: Option<String>,
        #[serde(rename = "settleCoin")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub settle_coin: Option<String>,
        #[serde(rename = "orderId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub order_id: Option<String>,
        #[serde(rename = "orderLinkId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub order_link_id: Option<String>,
        /// 0 open only (default); 1 or 2 include recent closed orders.
        #[serde(rename = "openOnly")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub open_only: Option<i64>,
        #[serde(rename = "orderFilter")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub order_filter: Option<OpenOrdersOrderFilter>,
        /// 1 to 50, default 20.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cursor: Option<String>,
    }
    impl rt::Endpoint for OpenOrdersParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/v5/order/realtime");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("category", &self.category);
            query.field("symbol", &self.symbol);
            query.field("baseCoin", &self.base_coin);
            query.field("settleCoin", &self.settle_coin);
            query.field("orderId", &self.order_id);
            query.field("orderLinkId", &self.order_link_id);
            query.field("openOnly", &self.open_only);
            query.field("orderFilter", &self.order_filter);
            query.field("limit", &self.limit);
            query.field("cursor", &self.cursor);
        }
    }
    ///Parameters of `order_history`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct OrderHistoryParams {
        pub category: Category,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub symbol: Option<String>,
        #[serde(rename = "baseCoin")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub base_coin: Option<String>,
        #[serde(rename = "settleCoin")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub settle_coin: Option<String>,
        #[serde(rename = "orderId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub order_id: Option<String>,
        #[serde(rename = "orderLinkId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub order_link_id: Option<String>,
        #[serde(rename = "orderFilter")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub order_filter: Option<String>,
        #[serde(rename = "orderStatus")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub order_status: Option<String>,
        #[serde(rename = "startTime")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub start_time: Option<i64>,
        #[serde(rename = "endTime")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub end_time: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cursor: Option<String>,
    }
    impl rt::Endpoint for OrderHistoryParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/v5/order/history");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("category", &self.category);
            query.field("symbol", &self.symbol);
            query.field("baseCoin", &self.base_coin);
            query.field("settleCoin", &self.settle_coin);
            query.field("orderId", &self.order_id);
            query.field("orderLinkId", &self.order_link_id);
            query.field("orderFilter", &self.order_filter);
            query.field("orderStatus", &self.order_status);
            query.field("startTime", &self.start_time);
            query.field("endTime", &self.end_time);
            query.field("limit", &self.limit);
            query.field("cursor", &self.cursor);
        }
    }
    ///Parameters of `place_order`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct PlaceOrderParams {
        pub category: Category,
        /// e.g. BTCUSDT.
        pub symbol: String,
        /// Spot margin: 1 to borrow, 0 not (default).
        #[serde(rename = "isLeverage")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub is_leverage: Option<i64>,
        pub side: Side,
        #[serde(rename = "orderType")]
        pub order_type: OrderType,
        pub qty: rt::Decimal,
        /// Unit of qty for spot market orders.
        #[serde(rename = "marketUnit")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub market_unit: Option<PlaceOrderMarketUnit>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub price: Option<rt::Decimal>,
        #[serde(rename = "triggerDirection")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub trigger_direction: Option<i64>,
        #[serde(rename = "orderFilter")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub order_filter: Option<PlaceOrderOrderFilter>,
        #[serde(rename = "triggerPrice")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub trigger_price: Option<rt::Decimal>,
        #[serde(rename = "triggerBy")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub trigger_by: Option<PlaceOrderTriggerBy>,
        #[serde(rename = "timeInForce")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub time_in_force: Option<PlaceOrderTimeInForce>,
        #[serde(rename = "positionIdx")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub position_idx: Option<i64>,
        /// Your order id, up to 36 characters.
        #[serde(rename = "orderLinkId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub order_link_id: Option<String>,
        #[serde(rename = "takeProfit")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub take_profit: Option<rt::Decimal>,
        #[serde(rename = "stopLoss")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub stop_loss: Option<rt::Decimal>,
        #[serde(rename = "reduceOnly")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub reduce_only: Option<bool>,
        #[serde(rename = "closeOnTrigger")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub close_on_trigger: Option<bool>,
        #[serde(rename = "smpType")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub smp_type: Option<String>,
    }
    impl rt::Endpoint for PlaceOrderParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/v5/order/create");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("category", &self.category);
            body.field("symbol", &self.symbol);
            body.field("isLeverage", &self.is_leverage);
            body.field("side", &self.side);
            body.field("orderType", &self.order_type);
            body.field("qty", &self.qty);
            body.field("marketUnit", &self.market_unit);
            body.field("price", &self.price);
            body.field("triggerDirection", &self.trigger_direction);
            body.field("orderFilter", &self.order_filter);
            body.field("triggerPrice", &self.trigger_price);
            body.field("triggerBy", &self.trigger_by);
            body.field("timeInForce", &self.time_in_force);
            body.field("positionIdx", &self.position_idx);
            body.field("orderLinkId", &self.order_link_id);
            body.field("takeProfit", &self.take_profit);
            body.field("stopLoss", &self.stop_loss);
            body.field("reduceOnly", &self.reduce_only);
            body.field("closeOnTrigger", &self.close_on_trigger);
            body.field("smpType", &self.smp_type);
        }
    }
    ///Parameters of `cancel_order`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct CancelOrderParams {
        pub category: Category,
        pub symbol: String,
        /// Either orderId or orderLinkId is required.
        #[serde(rename = "orderId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub order_id: Option<String>,
        #[serde(rename = "orderLinkId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub order_link_id: Option<String>,
        #[serde(rename = "orderFilter")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub order_filter: Option<String>,
    }
    impl rt::Endpoint for CancelOrderParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/v5/order/cancel");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("category", &self.category);
            body.field("symbol", &self.symbol);
            body.field("orderId", &self.order_id);
            body.field("orderLinkId", &self.order_link_id);
            body.field("orderFilter", &self.order_filter);
        }
    }
    ///Async client for Bybit.
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
                "bybit",
                &[Some(&credentials.api_key), Some(&credentials.secret)],
            );
            Ok(Client {
                core: rt::ClientCore::new(base_url)?.with_name("bybit").with_key(key),
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
                pointer: "/timeNano",
                unit: rt::TimeUnit::Nanos,
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
        /// `GET /v5/market/time`.
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
        /// `GET /v5/account/wallet-balance`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.wallet_balance(&WalletBalanceParams {
        ///     account_type: WalletBalanceAccountType::Unified,
        ///     coin: None,
        /// }).await?;
        /// ```
        pub async fn wallet_balance(
            &self,
            params: &WalletBalanceParams,
        ) -> Result<WalletBalances, rt::Error> {
            self.call(
                    rt::Call::idempotent("wallet_balance"),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `GET /v5/order/realtime`.
        ///
        /// Open orders in real time (and, with orderId / orderLinkId, one order's current status, including recently closed ones).
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.open_orders(&params).await?;
        /// ```
        pub async fn open_orders(
            &self,
            params: &OpenOrdersParams,
        ) -> Result<OrderList, rt::Error> {
            self.call(
                    rt::Call::idempotent("open_orders"),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `GET /v5/order/history`.
        ///
        /// Order history (closed orders; an order's final status).
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.order_history(&params).await?;
        /// ```
        pub async fn order_history(
            &self,
            params: &OrderHistoryParams,
        ) -> Result<OrderList, rt::Error> {
            self.call(
                    rt::Call::idempotent("order_history"),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /v5/order/create`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.place_order(&params).await?;
        /// ```
        pub async fn place_order(
            &self,
            params: &PlaceOrderParams,
        ) -> Result<OrderRef, rt::Error> {
            self.call(rt::Call::once("place_order"), Scheme::Signed, params, &ENVELOPE)
                .await
        }
        /// `POST /v5/order/cancel`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.cancel_order(&CancelOrderParams {
        ///     category: Category::Spot,
        ///     symbol: "...".into(),
        ///     order_id: None,
        ///     order_link_id: None,
        ///     order_filter: None,
        /// }).await?;
        /// ```
        pub async fn cancel_order(
            &self,
            params: &CancelOrderParams,
        ) -> Result<OrderRef, rt::Error> {
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
            "wallet_balance" => {
                let params = rt::params::<WalletBalanceParams>(params)?;
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
            "order_history" => {
                let params = rt::params::<OrderHistoryParams>(params)?;
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
            "wallet_balance" => {
                let params = rt::params::<WalletBalanceParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            WalletBalances,
                        >(
                            rt::Call::idempotent("wallet_balance"),
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
                            OrderList,
                        >(
                            rt::Call::idempotent("open_orders"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "order_history" => {
                let params = rt::params::<OrderHistoryParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            OrderList,
                        >(
                            rt::Call::idempotent("order_history"),
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
                            OrderRef,
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
                            OrderRef,
                        >(rt::Call::once("cancel_order"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            _ => Err(rt::Error::unknown_endpoint(endpoint)),
        }
    }
    /// What `venue list` shows for this venue.
    pub static INFO: rt::VenueInfo = rt::VenueInfo {
        name: "bybit",
        title: "Bybit",
        credentials: &["api_key", "secret"],
        endpoints: &[
            rt::EndpointInfo {
                name: "server_time",
                method: "GET",
                path: "/v5/market/time",
                auth: "public",
                params: &[],
            },
            rt::EndpointInfo {
                name: "wallet_balance",
                method: "GET",
                path: "/v5/account/wallet-balance",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "accountType",
                        location: "query",
                        ty: "enum",
                        required: true,
                        values: &["UNIFIED", "CONTRACT", "SPOT"],
                    },
                    rt::ParamInfo {
                        name: "coin",
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
                path: "/v5/order/realtime",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "category",
                        location: "query",
                        ty: "enum",
                        required: true,
                        values: &["spot", "linear", "inverse", "option"],
                    },
                    rt::ParamInfo {
                        name: "symbol",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "baseCoin",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "settleCoin",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "orderId",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "orderLinkId",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "openOnly",
                        location: "query",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "orderFilter",
                        location: "query",
                        ty: "enum",
                        required: false,
                        values: &[
                            "Order",
                            "tpslOrder",
                            "StopOrder",
                            "OcoOrder",
                            "BidirectionalTpslOrder",
                        ],
                    },
                    rt::ParamInfo {
                        name: "limit",
                        location: "query",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "cursor",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "order_history",
                method: "GET",
                path: "/v5/order/history",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "category",
                        location: "query",
                        ty: "enum",
                        required: true,
                        values: &["spot", "linear", "inverse", "option"],
                    },
                    rt::ParamInfo {
                        name: "symbol",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "baseCoin",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "settleCoin",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "orderId",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "orderLinkId",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "orderFilter",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "orderStatus",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "startTime",
                        location: "query",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "endTime",
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
                        name: "cursor",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "place_order",
                method: "POST",
                path: "/v5/order/create",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "category",
                        location: "body",
                        ty: "enum",
                        required: true,
                        values: &["spot", "linear", "inverse", "option"],
                    },
                    rt::ParamInfo {
                        name: "symbol",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "isLeverage",
                        location: "body",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "side",
                        location: "body",
                        ty: "enum",
                        required: true,
                        values: &["Buy", "Sell"],
                    },
                    rt::ParamInfo {
                        name: "orderType",
                        location: "body",
                        ty: "enum",
                        required: true,
                        values: &["Market", "Limit"],
                    },
                    rt::ParamInfo {
                        name: "qty",
                        location: "body",
                        ty: "decimal",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "marketUnit",
                        location: "body",
                        ty: "enum",
                        required: false,
                        values: &["baseCoin", "quoteCoin"],
                    },
                    rt::ParamInfo {
                        name: "price",
                        location: "body",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "triggerDirection",
                        location: "body",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "orderFilter",
                        location: "body",
                        ty: "enum",
                        required: false,
                        values: &["Order", "tpslOrder", "StopOrder"],
                    },
                    rt::ParamInfo {
                        name: "triggerPrice",
                        location: "body",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "triggerBy",
                        location: "body",
                        ty: "enum",
                        required: false,
                        values: &["LastPrice", "IndexPrice", "MarkPrice"],
                    },
                    rt::ParamInfo {
                        name: "timeInForce",
                        location: "body",
                        ty: "enum",
                        required: false,
                        values: &["GTC", "IOC", "FOK", "PostOnly", "RPI"],
                    },
                    rt::ParamInfo {
                        name: "positionIdx",
                        location: "body",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "orderLinkId",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "takeProfit",
                        location: "body",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "stopLoss",
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
                        name: "closeOnTrigger",
                        location: "body",
                        ty: "bool",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "smpType",
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
                path: "/v5/order/cancel",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "category",
                        location: "body",
                        ty: "enum",
                        required: true,
                        values: &["spot", "linear", "inverse", "option"],
                    },
                    rt::ParamInfo {
                        name: "symbol",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "orderId",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "orderLinkId",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "orderFilter",
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
        /// Source: tests/reference/venues.py, case bybit-a-wallet-balance: the docs' Python sample (timestamp + api_key + recv_window + payload, HMAC-SHA256 hex) recomputed with hmac/hashlib.
        #[test]
        fn reference_wallet_balance() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("bybit-key-0001"),
                secret: rt::SecretString::from("bybit-secret-0001"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.bybit.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000123u64,
                nonce: 1700000000123u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: WalletBalanceParams = rt::serde_json::from_str(
                    "{\"accountType\":\"UNIFIED\"}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("prehash"),
                Some("1700000000123bybit-key-00015000accountType=UNIFIED"), "value `{}`",
                "prehash"
            );
            assert_eq!(
                request.header("X-BAPI-API-KEY"), Some("bybit-key-0001"), "header `{}`",
                "X-BAPI-API-KEY"
            );
            assert_eq!(
                request.header("X-BAPI-TIMESTAMP"), Some("1700000000123"), "header `{}`",
                "X-BAPI-TIMESTAMP"
            );
            assert_eq!(
                request.header("X-BAPI-RECV-WINDOW"), Some("5000"), "header `{}`",
                "X-BAPI-RECV-WINDOW"
            );
            assert_eq!(
                request.header("X-BAPI-SIGN"),
                Some("8bc4ed8d5313f813d17d1af7c45e8b776609130ac4332e3d7e6ac407d537f046"),
                "header `{}`", "X-BAPI-SIGN"
            );
            assert_eq!(
                request.url,
                "https://api.bybit.com/v5/account/wallet-balance?accountType=UNIFIED"
            );
        }
        /// Source: tests/reference/venues.py, case bybit-b-create-order (compact JSON body, documented parameter order).
        #[test]
        fn reference_place_order() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("bybit-key-0001"),
                secret: rt::SecretString::from("bybit-secret-0001"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.bybit.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000456u64,
                nonce: 1700000000456u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: PlaceOrderParams = rt::serde_json::from_str(
                    "{\"category\":\"spot\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Limit\",\"qty\":\"0.01\",\"price\":\"30000\",\"orderLinkId\":\"bybit-0001\"}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                request.header("X-BAPI-TIMESTAMP"), Some("1700000000456"), "header `{}`",
                "X-BAPI-TIMESTAMP"
            );
            assert_eq!(
                request.header("X-BAPI-SIGN"),
                Some("d047169584d947f43d7622ac2742f1111c6609b9c5f0e8b1ed97ca5a27e56295"),
                "header `{}`", "X-BAPI-SIGN"
            );
            assert_eq!(
                request.body.as_deref(),
                Some("{\"category\":\"spot\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Limit\",\"qty\":\"0.01\",\"price\":\"30000\",\"orderLinkId\":\"bybit-0001\"}"
                .as_bytes())
            );
        }
    }
}
