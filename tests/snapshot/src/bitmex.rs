/// BitMEX client, generated from its spec.
///
/// BitMEX REST API v1. Signed requests carry api-expires (unix seconds when the request stops
/// being valid; this client uses now + 60 s), api-key, and api-signature =
/// hex(HMAC-SHA256(secret, VERB + path with query exactly as sent + expires + body)). Query
/// strings are form-encoded (space as `+`), as in BitMEX's own examples, and bodies are
/// compact JSON. Table queries take a JSON `filter` (e.g. `{"open": true}` for open orders,
/// `{"orderID": "..."}` for one order); the `filter` text is sent exactly as given. Amounts
/// are integers in the currency's smallest unit (XBt = satoshi). Errors are
/// `{"error": {"message", "name"}}` with a 4xx status.
///
/// Sources:
///
/// - <https://www.bitmex.com/app/apiKeysUsage> (signature and example calculations)
/// - <https://www.bitmex.com/api/explorer/> (swagger.json, BitMEX/api-connectors)
/// - ../shared/vectors/documented.json (bitmex-get-instrument, bitmex-get-instrument-filter, bitmex-post-order)
pub mod bitmex {
    use ::venue_runtime as rt;
    use rt::ExposeSecret;
    pub const PRODUCTION_URL: &str = "https://www.bitmex.com";
    pub const SANDBOX_URL: &str = "https://testnet.bitmex.com";
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
    ///Credentials for BitMEX. Debug output never shows their values.
    #[derive(Clone, Debug)]
    pub struct Credentials {
        /// API key id (api-key header).
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
        /// HMAC-SHA256 over verb, path with query, expires (unix s) and body.
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
        expires: u64,
    }
    /// Signs requests. Values that depend only on credentials are computed once, here.
    #[derive(Debug)]
    pub struct Signer {
        #[allow(dead_code)]
        credentials: Credentials,
        signed_secret_hmac_sha256: rt::HmacKey,
        signed_api_key_header: rt::HeaderValue,
    }
    impl Signer {
        pub fn new(credentials: Credentials) -> Result<Self, rt::Error> {
            let signed_secret_hmac_sha256 = rt::hmac_sha256_key(
                credentials.secret.expose_secret().as_bytes(),
            );
            let signed_api_key_header = rt::HeaderValue::shared(
                credentials.api_key.expose_secret(),
            );
            Ok(Signer {
                credentials,
                signed_secret_hmac_sha256,
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
            let expires = stamp.unix_s(60);
            trace.record("expires", &expires);
            Ok(SignedStamp { expires })
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
                parts.method().as_str(), parts.path_query(), pre.expires, parts
                .body_text()
            );
            trace.record("prehash", &prehash);
            let sign = rt::hex(
                rt::hmac_with(&self.signed_secret_hmac_sha256, prehash).as_slice(),
            );
            trace.record("sign", &sign);
            parts.reserve_headers(3usize);
            parts.header("api-expires", pre.expires);
            parts.header("api-key", self.signed_api_key_header.clone());
            parts.header("api-signature", sign);
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
    pub enum OrdType {
        #[serde(rename = "Market")]
        Market,
        #[serde(rename = "Limit")]
        Limit,
        #[serde(rename = "Stop")]
        Stop,
        #[serde(rename = "StopLimit")]
        StopLimit,
        #[serde(rename = "MarketIfTouched")]
        MarketIfTouched,
        #[serde(rename = "LimitIfTouched")]
        LimitIfTouched,
        #[serde(rename = "Pegged")]
        Pegged,
    }
    impl OrdType {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                OrdType::Market => "Market",
                OrdType::Limit => "Limit",
                OrdType::Stop => "Stop",
                OrdType::StopLimit => "StopLimit",
                OrdType::MarketIfTouched => "MarketIfTouched",
                OrdType::LimitIfTouched => "LimitIfTouched",
                OrdType::Pegged => "Pegged",
            }
        }
    }
    impl std::fmt::Display for OrdType {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(OrdType);
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
        #[serde(rename = "Day")]
        Day,
        #[serde(rename = "GoodTillCancel")]
        GoodTillCancel,
        #[serde(rename = "ImmediateOrCancel")]
        ImmediateOrCancel,
        #[serde(rename = "FillOrKill")]
        FillOrKill,
    }
    impl TimeInForce {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                TimeInForce::Day => "Day",
                TimeInForce::GoodTillCancel => "GoodTillCancel",
                TimeInForce::ImmediateOrCancel => "ImmediateOrCancel",
                TimeInForce::FillOrKill => "FillOrKill",
            }
        }
    }
    impl std::fmt::Display for TimeInForce {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(TimeInForce);
    /// GET /api/v1: API name, version and server time.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct ApiInfo {
        pub name: String,
        pub version: String,
        /// Server time in unix ms.
        pub timestamp: i64,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Wallet {
        pub account: i64,
        pub currency: String,
        /// Wallet balance in the currency's smallest unit.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<i64>,
        #[serde(rename = "pendingCredit")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub pending_credit: Option<i64>,
        #[serde(rename = "pendingDebit")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub pending_debit: Option<i64>,
        #[serde(rename = "confirmedDebit")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub confirmed_debit: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub timestamp: Option<String>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Margin {
        pub account: i64,
        pub currency: String,
        #[serde(rename = "riskLimit")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub risk_limit: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<i64>,
        #[serde(rename = "grossComm")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub gross_comm: Option<i64>,
        #[serde(rename = "grossOpenCost")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub gross_open_cost: Option<i64>,
        #[serde(rename = "grossMarkValue")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub gross_mark_value: Option<i64>,
        #[serde(rename = "riskValue")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub risk_value: Option<i64>,
        #[serde(rename = "initMargin")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub init_margin: Option<i64>,
        #[serde(rename = "maintMargin")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub maint_margin: Option<i64>,
        #[serde(rename = "realisedPnl")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub realised_pnl: Option<i64>,
        #[serde(rename = "unrealisedPnl")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub unrealised_pnl: Option<i64>,
        #[serde(rename = "walletBalance")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub wallet_balance: Option<i64>,
        #[serde(rename = "marginBalance")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub margin_balance: Option<i64>,
        #[serde(rename = "marginLeverage")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub margin_leverage: Option<rt::Decimal>,
        #[serde(rename = "marginUsedPcnt")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub margin_used_pcnt: Option<rt::Decimal>,
        #[serde(rename = "excessMargin")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub excess_margin: Option<i64>,
        #[serde(rename = "availableMargin")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub available_margin: Option<i64>,
        #[serde(rename = "withdrawableMargin")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub withdrawable_margin: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub timestamp: Option<String>,
    }
    /// A few of the instrument table's fields.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Instrument {
        pub symbol: String,
        #[serde(rename = "rootSymbol")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub root_symbol: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub state: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub typ: Option<String>,
        #[serde(rename = "quoteCurrency")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub quote_currency: Option<String>,
        #[serde(rename = "settlCurrency")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub settl_currency: Option<String>,
        #[serde(rename = "tickSize")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub tick_size: Option<rt::Decimal>,
        #[serde(rename = "lotSize")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub lot_size: Option<rt::Decimal>,
        #[serde(rename = "lastPrice")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub last_price: Option<rt::Decimal>,
        #[serde(rename = "markPrice")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub mark_price: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub timestamp: Option<String>,
    }
    /// An order row; only orderID is always present, other fields may be null.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Order {
        #[serde(rename = "orderID")]
        pub order_id: String,
        #[serde(rename = "clOrdID")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cl_ord_id: Option<String>,
        #[serde(rename = "clOrdLinkID")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cl_ord_link_id: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub account: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub symbol: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub side: Option<String>,
        #[serde(rename = "orderQty")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub order_qty: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub price: Option<rt::Decimal>,
        #[serde(rename = "displayQty")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub display_qty: Option<rt::Decimal>,
        #[serde(rename = "stopPx")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub stop_px: Option<rt::Decimal>,
        #[serde(rename = "pegOffsetValue")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub peg_offset_value: Option<rt::Decimal>,
        #[serde(rename = "pegPriceType")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub peg_price_type: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        #[serde(rename = "settlCurrency")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub settl_currency: Option<String>,
        #[serde(rename = "ordType")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub ord_type: Option<String>,
        #[serde(rename = "timeInForce")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub time_in_force: Option<String>,
        #[serde(rename = "execInst")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub exec_inst: Option<String>,
        #[serde(rename = "contingencyType")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub contingency_type: Option<String>,
        /// New, PartiallyFilled, Filled, Canceled, Rejected, ...
        #[serde(rename = "ordStatus")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub ord_status: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub triggered: Option<String>,
        #[serde(rename = "workingIndicator")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub working_indicator: Option<bool>,
        #[serde(rename = "ordRejReason")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub ord_rej_reason: Option<String>,
        #[serde(rename = "leavesQty")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub leaves_qty: Option<rt::Decimal>,
        #[serde(rename = "cumQty")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cum_qty: Option<rt::Decimal>,
        #[serde(rename = "avgPx")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub avg_px: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub text: Option<String>,
        #[serde(rename = "transactTime")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub transact_time: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub timestamp: Option<String>,
    }
    ///Parameters of `api_info`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct ApiInfoParams {}
    impl rt::Endpoint for ApiInfoParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v1");
        }
    }
    ///Parameters of `wallet`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct WalletParams {
        /// e.g. XBt or USDt (default XBt).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
    }
    impl rt::Endpoint for WalletParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v1/user/wallet");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("currency", &self.currency);
        }
    }
    ///Parameters of `margin`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct MarginParams {
        /// e.g. XBt (default); `all` returns a list and does not fit this type.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
    }
    impl rt::Endpoint for MarginParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v1/user/margin");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("currency", &self.currency);
        }
    }
    ///Parameters of `list_orders`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct ListOrdersParams {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub symbol: Option<String>,
        /// JSON object text of field filters.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub filter: Option<String>,
        /// JSON array text of columns to return.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub columns: Option<String>,
        /// Rows to fetch (up to 500).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub count: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub start: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub reverse: Option<bool>,
        #[serde(rename = "startTime")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub start_time: Option<String>,
        #[serde(rename = "endTime")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub end_time: Option<String>,
    }
    impl rt::Endpoint for ListOrdersParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v1/order");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("symbol", &self.symbol);
            query.field("filter", &self.filter);
            query.field("columns", &self.columns);
            query.field("count", &self.count);
            query.field("start", &self.start);
            query.field("reverse", &self.reverse);
            query.field("startTime", &self.start_time);
            query.field("endTime", &self.end_time);
        }
    }
    ///Parameters of `place_order`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct PlaceOrderParams {
        pub symbol: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub side: Option<Side>,
        #[serde(rename = "orderQty")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub order_qty: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub price: Option<rt::Decimal>,
        #[serde(rename = "displayQty")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub display_qty: Option<rt::Decimal>,
        #[serde(rename = "stopPx")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub stop_px: Option<rt::Decimal>,
        #[serde(rename = "clOrdID")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cl_ord_id: Option<String>,
        #[serde(rename = "pegOffsetValue")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub peg_offset_value: Option<rt::Decimal>,
        #[serde(rename = "pegPriceType")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub peg_price_type: Option<String>,
        #[serde(rename = "ordType")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub ord_type: Option<OrdType>,
        #[serde(rename = "timeInForce")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub time_in_force: Option<TimeInForce>,
        /// Comma-separated, e.g. ParticipateDoNotInitiate,ReduceOnly.
        #[serde(rename = "execInst")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub exec_inst: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub text: Option<String>,
    }
    impl rt::Endpoint for PlaceOrderParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v1/order");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("symbol", &self.symbol);
            body.field("side", &self.side);
            body.field("orderQty", &self.order_qty.as_ref().map(rt::AsNumber));
            body.field("price", &self.price.as_ref().map(rt::AsNumber));
            body.field("displayQty", &self.display_qty.as_ref().map(rt::AsNumber));
            body.field("stopPx", &self.stop_px.as_ref().map(rt::AsNumber));
            body.field("clOrdID", &self.cl_ord_id);
            body.field(
                "pegOffsetValue",
                &self.peg_offset_value.as_ref().map(rt::AsNumber),
            );
            body.field("pegPriceType", &self.peg_price_type);
            body.field("ordType", &self.ord_type);
            body.field("timeInForce", &self.time_in_force);
            body.field("execInst", &self.exec_inst);
            body.field("text", &self.text);
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
        #[serde(rename = "orderID")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub order_id: Option<String>,
        #[serde(rename = "clOrdID")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cl_ord_id: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub text: Option<String>,
    }
    impl rt::Endpoint for CancelOrderParams {
        const METHOD: rt::Method = rt::Method::Delete;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v1/order");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("orderID", &self.order_id);
            body.field("clOrdID", &self.cl_ord_id);
            body.field("text", &self.text);
        }
    }
    ///Parameters of `instruments`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct InstrumentsParams {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub symbol: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub filter: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub columns: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub count: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub start: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub reverse: Option<bool>,
        #[serde(rename = "startTime")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub start_time: Option<String>,
        #[serde(rename = "endTime")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub end_time: Option<String>,
    }
    impl rt::Endpoint for InstrumentsParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v1/instrument");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("symbol", &self.symbol);
            query.field("filter", &self.filter);
            query.field("columns", &self.columns);
            query.field("count", &self.count);
            query.field("start", &self.start);
            query.field("reverse", &self.reverse);
            query.field("startTime", &self.start_time);
            query.field("endTime", &self.end_time);
        }
    }
    ///Parameters of `instruments_signed`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct InstrumentsSignedParams {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub symbol: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub filter: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub count: Option<i64>,
    }
    impl rt::Endpoint for InstrumentsSignedParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v1/instrument");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("symbol", &self.symbol);
            query.field("filter", &self.filter);
            query.field("count", &self.count);
        }
    }
    ///Async client for BitMEX.
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
                "bitmex",
                &[Some(&credentials.api_key), Some(&credentials.secret)],
            );
            Ok(Client {
                core: rt::ClientCore::new(base_url)?.with_name("bitmex").with_key(key),
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
        /// `GET /api/v1`.
        ///
        /// The API root; its `timestamp` is the server time.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.api_info().await?;
        /// ```
        pub async fn api_info(&self) -> Result<ApiInfo, rt::Error> {
            self.call(
                    rt::Call::idempotent("api_info"),
                    Scheme::Public,
                    &ApiInfoParams {},
                    &ENVELOPE,
                )
                .await
        }
        /// `GET /api/v1/user/wallet`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.wallet(&WalletParams {
        ///     currency: Some("...".into()),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn wallet(&self, params: &WalletParams) -> Result<Wallet, rt::Error> {
            self.call(rt::Call::idempotent("wallet"), Scheme::Signed, params, &ENVELOPE)
                .await
        }
        /// `GET /api/v1/user/margin`.
        ///
        /// Margin status (available and withdrawable margin) for one currency.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.margin(&MarginParams {
        ///     currency: Some("...".into()),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn margin(&self, params: &MarginParams) -> Result<Margin, rt::Error> {
            self.call(rt::Call::idempotent("margin"), Scheme::Signed, params, &ENVELOPE)
                .await
        }
        /// `GET /api/v1/order`.
        ///
        /// Orders; filter `{"open": true}` for open orders, `{"orderID": "..."}` for one order's status.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.list_orders(&ListOrdersParams {
        ///     symbol: Some("...".into()),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn list_orders(
            &self,
            params: &ListOrdersParams,
        ) -> Result<Vec<Order>, rt::Error> {
            self.call(
                    rt::Call::idempotent("list_orders"),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /api/v1/order`.
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
        /// `DELETE /api/v1/order`.
        ///
        /// Cancel order(s) by orderID or clOrdID (sent in a JSON body).
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.cancel_order(&CancelOrderParams {
        ///     order_id: Some("...".into()),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn cancel_order(
            &self,
            params: &CancelOrderParams,
        ) -> Result<Vec<Order>, rt::Error> {
            self.call(rt::Call::once("cancel_order"), Scheme::Signed, params, &ENVELOPE)
                .await
        }
        /// `GET /api/v1/instrument`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.instruments(&InstrumentsParams {
        ///     symbol: Some("...".into()),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn instruments(
            &self,
            params: &InstrumentsParams,
        ) -> Result<Vec<Instrument>, rt::Error> {
            self.call(
                    rt::Call::idempotent("instruments"),
                    Scheme::Public,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `GET /api/v1/instrument`.
        ///
        /// The instrument table read with a signed request, which counts against the authenticated (higher) rate limit; BitMEX's signing examples use this request.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.instruments_signed(&InstrumentsSignedParams {
        ///     symbol: Some("...".into()),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn instruments_signed(
            &self,
            params: &InstrumentsSignedParams,
        ) -> Result<Vec<Instrument>, rt::Error> {
            self.call(
                    rt::Call::idempotent("instruments_signed"),
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
            "api_info" => {
                let params = rt::params::<ApiInfoParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Public])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "wallet" => {
                let params = rt::params::<WalletParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "margin" => {
                let params = rt::params::<MarginParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "list_orders" => {
                let params = rt::params::<ListOrdersParams>(params)?;
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
            "instruments" => {
                let params = rt::params::<InstrumentsParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Public])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "instruments_signed" => {
                let params = rt::params::<InstrumentsSignedParams>(params)?;
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
            "api_info" => {
                let params = rt::params::<ApiInfoParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Public])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            ApiInfo,
                        >(rt::Call::idempotent("api_info"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            "wallet" => {
                let params = rt::params::<WalletParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Wallet,
                        >(rt::Call::idempotent("wallet"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            "margin" => {
                let params = rt::params::<MarginParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Margin,
                        >(rt::Call::idempotent("margin"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            "list_orders" => {
                let params = rt::params::<ListOrdersParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Vec<Order>,
                        >(
                            rt::Call::idempotent("list_orders"),
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
            "cancel_order" => {
                let params = rt::params::<CancelOrderParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Vec<Order>,
                        >(rt::Call::once("cancel_order"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            "instruments" => {
                let params = rt::params::<InstrumentsParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Public])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Vec<Instrument>,
                        >(
                            rt::Call::idempotent("instruments"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "instruments_signed" => {
                let params = rt::params::<InstrumentsSignedParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Vec<Instrument>,
                        >(
                            rt::Call::idempotent("instruments_signed"),
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
        name: "bitmex",
        title: "BitMEX",
        credentials: &["api_key", "secret"],
        endpoints: &[
            rt::EndpointInfo {
                name: "api_info",
                method: "GET",
                path: "/api/v1",
                auth: "public",
                params: &[],
            },
            rt::EndpointInfo {
                name: "wallet",
                method: "GET",
                path: "/api/v1/user/wallet",
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
                name: "margin",
                method: "GET",
                path: "/api/v1/user/margin",
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
                name: "list_orders",
                method: "GET",
                path: "/api/v1/order",
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
                        name: "filter",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "columns",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "count",
                        location: "query",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "start",
                        location: "query",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "reverse",
                        location: "query",
                        ty: "bool",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "startTime",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "endTime",
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
                path: "/api/v1/order",
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
                        required: false,
                        values: &["Buy", "Sell"],
                    },
                    rt::ParamInfo {
                        name: "orderQty",
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
                        name: "displayQty",
                        location: "body",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "stopPx",
                        location: "body",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "clOrdID",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "pegOffsetValue",
                        location: "body",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "pegPriceType",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "ordType",
                        location: "body",
                        ty: "enum",
                        required: false,
                        values: &[
                            "Market",
                            "Limit",
                            "Stop",
                            "StopLimit",
                            "MarketIfTouched",
                            "LimitIfTouched",
                            "Pegged",
                        ],
                    },
                    rt::ParamInfo {
                        name: "timeInForce",
                        location: "body",
                        ty: "enum",
                        required: false,
                        values: &[
                            "Day",
                            "GoodTillCancel",
                            "ImmediateOrCancel",
                            "FillOrKill",
                        ],
                    },
                    rt::ParamInfo {
                        name: "execInst",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "text",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "cancel_order",
                method: "DELETE",
                path: "/api/v1/order",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "orderID",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "clOrdID",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "text",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "instruments",
                method: "GET",
                path: "/api/v1/instrument",
                auth: "public",
                params: &[
                    rt::ParamInfo {
                        name: "symbol",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "filter",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "columns",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "count",
                        location: "query",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "start",
                        location: "query",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "reverse",
                        location: "query",
                        ty: "bool",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "startTime",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "endTime",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "instruments_signed",
                method: "GET",
                path: "/api/v1/instrument",
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
                        name: "filter",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "count",
                        location: "query",
                        ty: "integer",
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
        /// Source: BitMEX apiKeysUsage, example calculations (documented.json bitmex-get-instrument).
        #[test]
        fn docs_get_instrument() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("LAqUlngMIQkIUjXMUreyu3qn"),
                secret: rt::SecretString::from(
                    "chNOOS4KvNXR_Xq4k4c9qsfoKWvnDecLATCRlcBwyKDYnWgO",
                ),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://www.bitmex.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1518064176000u64,
                nonce: 1518064176000u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let parts = rt::Parts::raw(
                &base,
                &ENCODING,
                rt::Method::Get,
                "/api/v1/instrument",
                "",
                "",
            );
            let request = signer
                .sign_parts(Scheme::Signed, parts, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("prehash"), Some("GET/api/v1/instrument1518064236"),
                "value `{}`", "prehash"
            );
            assert_eq!(
                request.header("api-expires"), Some("1518064236"), "header `{}`",
                "api-expires"
            );
            assert_eq!(
                request.header("api-key"), Some("LAqUlngMIQkIUjXMUreyu3qn"),
                "header `{}`", "api-key"
            );
            assert_eq!(
                request.header("api-signature"),
                Some("c7682d435d0cfe87c16098df34ef2eb5a549d4c5a3c2b1f0f77b8af73423bf00"),
                "header `{}`", "api-signature"
            );
        }
        /// Source: BitMEX apiKeysUsage, example calculations (documented.json bitmex-get-instrument-filter).
        #[test]
        fn docs_get_instrument_filter() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("LAqUlngMIQkIUjXMUreyu3qn"),
                secret: rt::SecretString::from(
                    "chNOOS4KvNXR_Xq4k4c9qsfoKWvnDecLATCRlcBwyKDYnWgO",
                ),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://www.bitmex.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1518064177000u64,
                nonce: 1518064177000u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let parts = rt::Parts::raw(
                &base,
                &ENCODING,
                rt::Method::Get,
                "/api/v1/instrument?filter=%7B%22symbol%22%3A+%22XBTM15%22%7D",
                "",
                "",
            );
            let request = signer
                .sign_parts(Scheme::Signed, parts, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("prehash"),
                Some("GET/api/v1/instrument?filter=%7B%22symbol%22%3A+%22XBTM15%22%7D1518064237"),
                "value `{}`", "prehash"
            );
            assert_eq!(
                request.header("api-expires"), Some("1518064237"), "header `{}`",
                "api-expires"
            );
            assert_eq!(
                request.header("api-signature"),
                Some("e2f422547eecb5b3cb29ade2127e21b858b235b386bfa45e1c1756eb3383919f"),
                "header `{}`", "api-signature"
            );
        }
        /// Source: BitMEX apiKeysUsage, example calculations (documented.json bitmex-post-order).
        #[test]
        fn docs_post_order() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("LAqUlngMIQkIUjXMUreyu3qn"),
                secret: rt::SecretString::from(
                    "chNOOS4KvNXR_Xq4k4c9qsfoKWvnDecLATCRlcBwyKDYnWgO",
                ),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://www.bitmex.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1518064178000u64,
                nonce: 1518064178000u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let parts = rt::Parts::raw(
                &base,
                &ENCODING,
                rt::Method::Post,
                "/api/v1/order",
                "{\"symbol\":\"XBTM15\",\"price\":219.0,\"clOrdID\":\"mm_bitmex_1a/oemUeQ4CAJZgP3fjHsA\",\"orderQty\":98}",
                "",
            );
            let request = signer
                .sign_parts(Scheme::Signed, parts, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("prehash"),
                Some("POST/api/v1/order1518064238{\"symbol\":\"XBTM15\",\"price\":219.0,\"clOrdID\":\"mm_bitmex_1a/oemUeQ4CAJZgP3fjHsA\",\"orderQty\":98}"),
                "value `{}`", "prehash"
            );
            assert_eq!(
                request.header("api-expires"), Some("1518064238"), "header `{}`",
                "api-expires"
            );
            assert_eq!(
                request.header("api-signature"),
                Some("1749cd2ccae4aa49048ae09f0b95110cee706e0944e6a14ad0b3a8cb45bd336b"),
                "header `{}`", "api-signature"
            );
        }
        /// Source: The documented filter example built from typed params: the filter text `{"symbol": "XBTM15"}` must be form-encoded to the documented query and signature.
        #[test]
        fn docs_get_instrument_filter_from_params() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("LAqUlngMIQkIUjXMUreyu3qn"),
                secret: rt::SecretString::from(
                    "chNOOS4KvNXR_Xq4k4c9qsfoKWvnDecLATCRlcBwyKDYnWgO",
                ),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://www.bitmex.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1518064177000u64,
                nonce: 1518064177000u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: InstrumentsSignedParams = rt::serde_json::from_str(
                    "{\"filter\":\"{\\\"symbol\\\": \\\"XBTM15\\\"}\"}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                request.header("api-signature"),
                Some("e2f422547eecb5b3cb29ade2127e21b858b235b386bfa45e1c1756eb3383919f"),
                "header `{}`", "api-signature"
            );
            assert_eq!(
                request.url,
                "https://www.bitmex.com/api/v1/instrument?filter=%7B%22symbol%22%3A+%22XBTM15%22%7D"
            );
        }
    }
}
