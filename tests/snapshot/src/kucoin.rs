/// KuCoin Spot client, generated from its spec.
///
/// KuCoin spot REST API, key version 2. Signed requests carry KC-API-SIGN =
/// base64(HMAC-SHA256(secret, timestamp + METHOD + path?query + body)) and a passphrase that
/// is itself HMAC-signed with the secret. The server rejects clocks more than 5 s off
/// (the older text quoted in seed 001 says 3 s); GET /api/v1/timestamp gives server time.
///
/// Sources:
///
/// - <https://github.com/Kucoin/kucoin-api-docs> (source/localizable/index.html.md, 2021, key v2)
/// - ../shared/seeds/001_0c46ebc0e253605a.txt (Stack Overflow answer with reference Python)
pub mod kucoin {
    use ::venue_runtime as rt;
    use rt::ExposeSecret;
    pub const PRODUCTION_URL: &str = "https://api.kucoin.com";
    pub const SANDBOX_URL: &str = "https://openapi-sandbox.kucoin.com";
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
        success: &["200000"],
        message: Some("msg"),
        jsonrpc: false,
    };
    ///Credentials for KuCoin Spot. Debug output never shows their values.
    #[derive(Clone, Debug)]
    pub struct Credentials {
        /// API key (KC-API-KEY).
        pub api_key: rt::SecretString,
        /// API secret; signs every request and the passphrase.
        pub secret: rt::SecretString,
        /// The passphrase chosen when the key was created (not the trading password).
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
        /// Unauthenticated market endpoints.
        Public,
        /// HMAC-SHA256 over timestamp, method, path with query, and body; key version 2.
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
        signed_kc_api_key_header: rt::HeaderValue,
        signed_kc_api_passphrase_header: rt::HeaderValue,
    }
    impl Signer {
        pub fn new(credentials: Credentials) -> Result<Self, rt::Error> {
            let signed_signed_passphrase = rt::base64(
                rt::hmac_sha256(
                        credentials.secret.expose_secret().as_bytes(),
                        credentials.passphrase.expose_secret().as_bytes(),
                    )
                    .as_slice(),
            );
            let signed_secret_hmac_sha256 = rt::hmac_sha256_key(
                credentials.secret.expose_secret().as_bytes(),
            );
            let signed_kc_api_key_header = rt::HeaderValue::shared(
                credentials.api_key.expose_secret(),
            );
            let signed_kc_api_passphrase_header = rt::HeaderValue::shared(
                &signed_signed_passphrase,
            );
            Ok(Signer {
                credentials,
                signed_secret_hmac_sha256,
                signed_kc_api_key_header,
                signed_kc_api_passphrase_header,
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
                pre.ts, parts.method().as_str(), parts.decoded_path_query(), parts
                .body_text()
            );
            trace.record("prehash", &prehash);
            let sign = rt::base64(
                rt::hmac_with(&self.signed_secret_hmac_sha256, prehash).as_slice(),
            );
            trace.record("sign", &sign);
            parts.reserve_headers(5usize);
            parts.header("KC-API-KEY", self.signed_kc_api_key_header.clone());
            parts.header("KC-API-SIGN", sign);
            parts.header("KC-API-TIMESTAMP", pre.ts);
            parts
                .header(
                    "KC-API-PASSPHRASE",
                    self.signed_kc_api_passphrase_header.clone(),
                );
            parts.header("KC-API-KEY-VERSION", rt::HeaderValue::from_static("2"));
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
    pub enum AccountType {
        #[serde(rename = "main")]
        Main,
        #[serde(rename = "trade")]
        Trade,
        #[serde(rename = "margin")]
        Margin,
        #[serde(rename = "pool")]
        Pool,
    }
    impl AccountType {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                AccountType::Main => "main",
                AccountType::Trade => "trade",
                AccountType::Margin => "margin",
                AccountType::Pool => "pool",
            }
        }
    }
    impl std::fmt::Display for AccountType {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(AccountType);
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
        #[serde(rename = "limit_stop")]
        LimitStop,
        #[serde(rename = "market_stop")]
        MarketStop,
    }
    impl OrderType {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                OrderType::Limit => "limit",
                OrderType::Market => "market",
                OrderType::LimitStop => "limit_stop",
                OrderType::MarketStop => "market_stop",
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
    pub enum TradeType {
        #[serde(rename = "TRADE")]
        Trade,
        #[serde(rename = "MARGIN_TRADE")]
        MarginTrade,
    }
    impl TradeType {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                TradeType::Trade => "TRADE",
                TradeType::MarginTrade => "MARGIN_TRADE",
            }
        }
    }
    impl std::fmt::Display for TradeType {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(TradeType);
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Account {
        pub id: String,
        pub currency: String,
        pub r#type: AccountType,
        pub balance: rt::Decimal,
        pub available: rt::Decimal,
        pub holds: rt::Decimal,
    }
    /// An order as listed or fetched; numbers arrive as strings.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Order {
        pub id: String,
        pub symbol: String,
        #[serde(rename = "opType")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub op_type: Option<String>,
        pub r#type: String,
        pub side: Side,
        pub price: rt::Decimal,
        pub size: rt::Decimal,
        pub funds: rt::Decimal,
        #[serde(rename = "dealFunds")]
        pub deal_funds: rt::Decimal,
        #[serde(rename = "dealSize")]
        pub deal_size: rt::Decimal,
        pub fee: rt::Decimal,
        #[serde(rename = "feeCurrency")]
        pub fee_currency: String,
        #[serde(rename = "timeInForce")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub time_in_force: Option<String>,
        #[serde(rename = "clientOid")]
        pub client_oid: String,
        #[serde(rename = "isActive")]
        pub is_active: bool,
        #[serde(rename = "createdAt")]
        pub created_at: i64,
        #[serde(rename = "tradeType")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub trade_type: Option<String>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct OrderPage {
        #[serde(rename = "currentPage")]
        pub current_page: i64,
        #[serde(rename = "pageSize")]
        pub page_size: i64,
        #[serde(rename = "totalNum")]
        pub total_num: i64,
        #[serde(rename = "totalPage")]
        pub total_page: i64,
        pub items: Vec<Order>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct PlacedOrder {
        #[serde(rename = "orderId")]
        pub order_id: String,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct CancelledOrders {
        #[serde(rename = "cancelledOrderIds")]
        pub cancelled_order_ids: Vec<String>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct CancelledByClientOid {
        #[serde(rename = "cancelledOrderId")]
        pub cancelled_order_id: String,
        #[serde(rename = "clientOid")]
        pub client_oid: String,
    }
    /// Values of `status` for `list_orders`.
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
    pub enum ListOrdersStatus {
        #[serde(rename = "active")]
        Active,
        #[serde(rename = "done")]
        Done,
    }
    impl ListOrdersStatus {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                ListOrdersStatus::Active => "active",
                ListOrdersStatus::Done => "done",
            }
        }
    }
    impl std::fmt::Display for ListOrdersStatus {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(ListOrdersStatus);
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
    /// Values of `stp` for `place_order`.
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
    pub enum PlaceOrderStp {
        #[serde(rename = "CN")]
        Cn,
        #[serde(rename = "CO")]
        Co,
        #[serde(rename = "CB")]
        Cb,
        #[serde(rename = "DC")]
        Dc,
    }
    impl PlaceOrderStp {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                PlaceOrderStp::Cn => "CN",
                PlaceOrderStp::Co => "CO",
                PlaceOrderStp::Cb => "CB",
                PlaceOrderStp::Dc => "DC",
            }
        }
    }
    impl std::fmt::Display for PlaceOrderStp {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(PlaceOrderStp);
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
        #[serde(rename = "GTT")]
        Gtt,
        #[serde(rename = "IOC")]
        Ioc,
        #[serde(rename = "FOK")]
        Fok,
    }
    impl PlaceOrderTimeInForce {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                PlaceOrderTimeInForce::Gtc => "GTC",
                PlaceOrderTimeInForce::Gtt => "GTT",
                PlaceOrderTimeInForce::Ioc => "IOC",
                PlaceOrderTimeInForce::Fok => "FOK",
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
            path.push("/api/v1/timestamp");
        }
    }
    ///Parameters of `list_accounts`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct ListAccountsParams {
        /// Filter by currency, e.g. BTC.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// Filter by account type.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<AccountType>,
    }
    impl rt::Endpoint for ListAccountsParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v1/accounts");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("currency", &self.currency);
            query.field("type", &self.r#type);
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
        /// active or done (default done).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub status: Option<ListOrdersStatus>,
        /// Trading pair, e.g. BTC-USDT.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub symbol: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub side: Option<Side>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<OrderType>,
        #[serde(rename = "tradeType")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub trade_type: Option<TradeType>,
        /// Start time in unix ms.
        #[serde(rename = "startAt")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub start_at: Option<i64>,
        /// End time in unix ms.
        #[serde(rename = "endAt")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub end_at: Option<i64>,
        #[serde(rename = "currentPage")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub current_page: Option<i64>,
        /// 10 to 500, default 50.
        #[serde(rename = "pageSize")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub page_size: Option<i64>,
    }
    impl rt::Endpoint for ListOrdersParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v1/orders");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("status", &self.status);
            query.field("symbol", &self.symbol);
            query.field("side", &self.side);
            query.field("type", &self.r#type);
            query.field("tradeType", &self.trade_type);
            query.field("startAt", &self.start_at);
            query.field("endAt", &self.end_at);
            query.field("currentPage", &self.current_page);
            query.field("pageSize", &self.page_size);
        }
    }
    ///Parameters of `place_order`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct PlaceOrderParams {
        /// Your order id, at most 40 of \[A-Za-z0-9_-\].
        #[serde(rename = "clientOid")]
        pub client_oid: String,
        pub side: Side,
        pub symbol: String,
        /// Default limit.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<PlaceOrderType>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub remark: Option<String>,
        /// Self-trade prevention.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub stp: Option<PlaceOrderStp>,
        #[serde(rename = "tradeType")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub trade_type: Option<TradeType>,
        /// Required for limit orders.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub price: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub size: Option<rt::Decimal>,
        /// Market orders may give funds instead of size.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub funds: Option<rt::Decimal>,
        #[serde(rename = "timeInForce")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub time_in_force: Option<PlaceOrderTimeInForce>,
        /// Seconds, GTT only.
        #[serde(rename = "cancelAfter")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cancel_after: Option<i64>,
        #[serde(rename = "postOnly")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub post_only: Option<bool>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub hidden: Option<bool>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub iceberg: Option<bool>,
        #[serde(rename = "visibleSize")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub visible_size: Option<rt::Decimal>,
    }
    impl rt::Endpoint for PlaceOrderParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v1/orders");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("clientOid", &self.client_oid);
            body.field("side", &self.side);
            body.field("symbol", &self.symbol);
            body.field("type", &self.r#type);
            body.field("remark", &self.remark);
            body.field("stp", &self.stp);
            body.field("tradeType", &self.trade_type);
            body.field("price", &self.price);
            body.field("size", &self.size);
            body.field("funds", &self.funds);
            body.field("timeInForce", &self.time_in_force);
            body.field("cancelAfter", &self.cancel_after);
            body.field("postOnly", &self.post_only);
            body.field("hidden", &self.hidden);
            body.field("iceberg", &self.iceberg);
            body.field("visibleSize", &self.visible_size);
        }
    }
    ///Parameters of `get_order`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct GetOrderParams {
        /// The server's order id.
        #[serde(rename = "orderId")]
        pub order_id: String,
    }
    impl rt::Endpoint for GetOrderParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v1/orders/");
            path.segment("orderId", &self.order_id);
        }
    }
    ///Parameters of `cancel_order`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct CancelOrderParams {
        /// The server's order id (not clientOid).
        #[serde(rename = "orderId")]
        pub order_id: String,
    }
    impl rt::Endpoint for CancelOrderParams {
        const METHOD: rt::Method = rt::Method::Delete;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v1/orders/");
            path.segment("orderId", &self.order_id);
        }
    }
    ///Parameters of `get_order_by_client_oid`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct GetOrderByClientOidParams {
        #[serde(rename = "clientOid")]
        pub client_oid: String,
    }
    impl rt::Endpoint for GetOrderByClientOidParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v1/order/client-order/");
            path.segment("clientOid", &self.client_oid);
        }
    }
    ///Parameters of `cancel_order_by_client_oid`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct CancelOrderByClientOidParams {
        #[serde(rename = "clientOid")]
        pub client_oid: String,
    }
    impl rt::Endpoint for CancelOrderByClientOidParams {
        const METHOD: rt::Method = rt::Method::Delete;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v1/order/client-order/");
            path.segment("clientOid", &self.client_oid);
        }
    }
    ///Parameters of `cancel_all_orders`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct CancelAllOrdersParams {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub symbol: Option<String>,
        #[serde(rename = "tradeType")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub trade_type: Option<TradeType>,
    }
    impl rt::Endpoint for CancelAllOrdersParams {
        const METHOD: rt::Method = rt::Method::Delete;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v1/orders");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("symbol", &self.symbol);
            query.field("tradeType", &self.trade_type);
        }
    }
    ///Async client for KuCoin Spot.
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
                "kucoin",
                &[
                    Some(&credentials.api_key),
                    Some(&credentials.secret),
                    Some(&credentials.passphrase),
                ],
            );
            Ok(Client {
                core: rt::ClientCore::new(base_url)?.with_name("kucoin").with_key(key),
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
                pointer: "",
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
        /// `GET /api/v1/timestamp`.
        ///
        /// Server time in unix milliseconds, for correcting clock skew.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.server_time().await?;
        /// ```
        pub async fn server_time(&self) -> Result<i64, rt::Error> {
            self.call(
                    rt::Call::idempotent("server_time"),
                    Scheme::Public,
                    &ServerTimeParams {},
                    &ENVELOPE,
                )
                .await
        }
        /// `GET /api/v1/accounts`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.list_accounts(&ListAccountsParams {
        ///     currency: Some("...".into()),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn list_accounts(
            &self,
            params: &ListAccountsParams,
        ) -> Result<Vec<Account>, rt::Error> {
            self.call(
                    rt::Call::idempotent("list_accounts"),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `GET /api/v1/orders`.
        ///
        /// Lists orders; `status=active` gives the open ones (the question in seed 001).
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.list_orders(&ListOrdersParams {
        ///     status: Some(ListOrdersStatus::Active),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn list_orders(
            &self,
            params: &ListOrdersParams,
        ) -> Result<OrderPage, rt::Error> {
            self.call(
                    rt::Call::idempotent("list_orders"),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /api/v1/orders`.
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
        /// `GET /api/v1/orders/{orderId}`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.get_order(&GetOrderParams {
        ///     order_id: "...".into(),
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
        /// `DELETE /api/v1/orders/{orderId}`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.cancel_order(&CancelOrderParams {
        ///     order_id: "...".into(),
        /// }).await?;
        /// ```
        pub async fn cancel_order(
            &self,
            params: &CancelOrderParams,
        ) -> Result<CancelledOrders, rt::Error> {
            self.call(rt::Call::once("cancel_order"), Scheme::Signed, params, &ENVELOPE)
                .await
        }
        /// `GET /api/v1/order/client-order/{clientOid}`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.get_order_by_client_oid(&GetOrderByClientOidParams {
        ///     client_oid: "...".into(),
        /// }).await?;
        /// ```
        pub async fn get_order_by_client_oid(
            &self,
            params: &GetOrderByClientOidParams,
        ) -> Result<Order, rt::Error> {
            self.call(
                    rt::Call::idempotent("get_order_by_client_oid"),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `DELETE /api/v1/order/client-order/{clientOid}`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.cancel_order_by_client_oid(&CancelOrderByClientOidParams {
        ///     client_oid: "...".into(),
        /// }).await?;
        /// ```
        pub async fn cancel_order_by_client_oid(
            &self,
            params: &CancelOrderByClientOidParams,
        ) -> Result<CancelledByClientOid, rt::Error> {
            self.call(
                    rt::Call::once("cancel_order_by_client_oid"),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `DELETE /api/v1/orders`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.cancel_all_orders(&CancelAllOrdersParams {
        ///     symbol: Some("...".into()),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn cancel_all_orders(
            &self,
            params: &CancelAllOrdersParams,
        ) -> Result<CancelledOrders, rt::Error> {
            self.call(
                    rt::Call::once("cancel_all_orders"),
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
            "list_accounts" => {
                let params = rt::params::<ListAccountsParams>(params)?;
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
            "get_order_by_client_oid" => {
                let params = rt::params::<GetOrderByClientOidParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "cancel_order_by_client_oid" => {
                let params = rt::params::<CancelOrderByClientOidParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "cancel_all_orders" => {
                let params = rt::params::<CancelAllOrdersParams>(params)?;
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
                            i64,
                        >(
                            rt::Call::idempotent("server_time"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "list_accounts" => {
                let params = rt::params::<ListAccountsParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Vec<Account>,
                        >(
                            rt::Call::idempotent("list_accounts"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
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
                            OrderPage,
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
                            PlacedOrder,
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
                            CancelledOrders,
                        >(rt::Call::once("cancel_order"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            "get_order_by_client_oid" => {
                let params = rt::params::<GetOrderByClientOidParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Order,
                        >(
                            rt::Call::idempotent("get_order_by_client_oid"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "cancel_order_by_client_oid" => {
                let params = rt::params::<CancelOrderByClientOidParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            CancelledByClientOid,
                        >(
                            rt::Call::once("cancel_order_by_client_oid"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "cancel_all_orders" => {
                let params = rt::params::<CancelAllOrdersParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            CancelledOrders,
                        >(
                            rt::Call::once("cancel_all_orders"),
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
        name: "kucoin",
        title: "KuCoin Spot",
        credentials: &["api_key", "secret", "passphrase"],
        endpoints: &[
            rt::EndpointInfo {
                name: "server_time",
                method: "GET",
                path: "/api/v1/timestamp",
                auth: "public",
                params: &[],
            },
            rt::EndpointInfo {
                name: "list_accounts",
                method: "GET",
                path: "/api/v1/accounts",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "currency",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "type",
                        location: "query",
                        ty: "enum",
                        required: false,
                        values: &["main", "trade", "margin", "pool"],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "list_orders",
                method: "GET",
                path: "/api/v1/orders",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "status",
                        location: "query",
                        ty: "enum",
                        required: false,
                        values: &["active", "done"],
                    },
                    rt::ParamInfo {
                        name: "symbol",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "side",
                        location: "query",
                        ty: "enum",
                        required: false,
                        values: &["buy", "sell"],
                    },
                    rt::ParamInfo {
                        name: "type",
                        location: "query",
                        ty: "enum",
                        required: false,
                        values: &["limit", "market", "limit_stop", "market_stop"],
                    },
                    rt::ParamInfo {
                        name: "tradeType",
                        location: "query",
                        ty: "enum",
                        required: false,
                        values: &["TRADE", "MARGIN_TRADE"],
                    },
                    rt::ParamInfo {
                        name: "startAt",
                        location: "query",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "endAt",
                        location: "query",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "currentPage",
                        location: "query",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "pageSize",
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
                path: "/api/v1/orders",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "clientOid",
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
                        name: "symbol",
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
                        name: "remark",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "stp",
                        location: "body",
                        ty: "enum",
                        required: false,
                        values: &["CN", "CO", "CB", "DC"],
                    },
                    rt::ParamInfo {
                        name: "tradeType",
                        location: "body",
                        ty: "enum",
                        required: false,
                        values: &["TRADE", "MARGIN_TRADE"],
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
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "funds",
                        location: "body",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "timeInForce",
                        location: "body",
                        ty: "enum",
                        required: false,
                        values: &["GTC", "GTT", "IOC", "FOK"],
                    },
                    rt::ParamInfo {
                        name: "cancelAfter",
                        location: "body",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "postOnly",
                        location: "body",
                        ty: "bool",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "hidden",
                        location: "body",
                        ty: "bool",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "iceberg",
                        location: "body",
                        ty: "bool",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "visibleSize",
                        location: "body",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "get_order",
                method: "GET",
                path: "/api/v1/orders/{orderId}",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "orderId",
                        location: "path",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "cancel_order",
                method: "DELETE",
                path: "/api/v1/orders/{orderId}",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "orderId",
                        location: "path",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "get_order_by_client_oid",
                method: "GET",
                path: "/api/v1/order/client-order/{clientOid}",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "clientOid",
                        location: "path",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "cancel_order_by_client_oid",
                method: "DELETE",
                path: "/api/v1/order/client-order/{clientOid}",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "clientOid",
                        location: "path",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "cancel_all_orders",
                method: "DELETE",
                path: "/api/v1/orders",
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
                        name: "tradeType",
                        location: "query",
                        ty: "enum",
                        required: false,
                        values: &["TRADE", "MARGIN_TRADE"],
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
        /// Source: KuCoin API docs (Kucoin/kucoin-api-docs, signature example): secret f03a5284-5c39-4aaa-9b20-dea10bdcf8e3 over the shown pre-hash gives the shown KC-API-SIGN.
        #[test]
        fn docs_deposit_address_signature() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("doc-key"),
                secret: rt::SecretString::from("f03a5284-5c39-4aaa-9b20-dea10bdcf8e3"),
                passphrase: rt::SecretString::from("doc-pass"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.kucoin.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1547015186532u64,
                nonce: 1547015186532u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let parts = rt::Parts::raw(
                &base,
                &ENCODING,
                rt::Method::Post,
                "/api/v1/deposit-addresses",
                "{\"currency\":\"BTC\"}",
                "",
            );
            let request = signer
                .sign_parts(Scheme::Signed, parts, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("prehash"),
                Some("1547015186532POST/api/v1/deposit-addresses{\"currency\":\"BTC\"}"),
                "value `{}`", "prehash"
            );
            assert_eq!(
                request.header("KC-API-SIGN"),
                Some("7QP/oM0ykidMdrfNEUmng8eZjg/ZvPafjIqmxiVfYu4="), "header `{}`",
                "KC-API-SIGN"
            );
            assert_eq!(
                request.header("KC-API-TIMESTAMP"), Some("1547015186532"), "header `{}`",
                "KC-API-TIMESTAMP"
            );
        }
        /// Source: Seed 001's Python get_headers run with these inputs (tests/reference/seeds.py, case kucoin-a-get-accounts).
        #[test]
        fn reference_list_accounts() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("kc-key-0001"),
                secret: rt::SecretString::from("kc-secret-0001"),
                passphrase: rt::SecretString::from("kc-pass-0001"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.kucoin.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000000u64,
                nonce: 1700000000000u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: ListAccountsParams = rt::serde_json::from_str("{}")
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("prehash"), Some("1700000000000GET/api/v1/accounts"),
                "value `{}`", "prehash"
            );
            assert_eq!(
                request.header("KC-API-KEY"), Some("kc-key-0001"), "header `{}`",
                "KC-API-KEY"
            );
            assert_eq!(
                request.header("KC-API-SIGN"),
                Some("LEhoAuw6sWs6YZTiMC6Smq1vMFMfshMyOoMXa596PnM="), "header `{}`",
                "KC-API-SIGN"
            );
            assert_eq!(
                request.header("KC-API-TIMESTAMP"), Some("1700000000000"), "header `{}`",
                "KC-API-TIMESTAMP"
            );
            assert_eq!(
                request.header("KC-API-PASSPHRASE"),
                Some("Lgo9CAyI2i+gHZwyQ7tDxFm8Dgl4v30rGJ7xBvlcJoQ="), "header `{}`",
                "KC-API-PASSPHRASE"
            );
            assert_eq!(
                request.header("KC-API-KEY-VERSION"), Some("2"), "header `{}`",
                "KC-API-KEY-VERSION"
            );
            assert_eq!(request.url, "https://api.kucoin.com/api/v1/accounts");
        }
        /// Source: Seed 001's Python get_headers with the endpoint including its query (tests/reference/seeds.py, case kucoin-b-get-active-orders).
        #[test]
        fn reference_active_orders() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("kc-key-0001"),
                secret: rt::SecretString::from("kc-secret-0001"),
                passphrase: rt::SecretString::from("kc-pass-0001"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.kucoin.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000123u64,
                nonce: 1700000000123u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: ListOrdersParams = rt::serde_json::from_str(
                    "{\"status\":\"active\",\"symbol\":\"BTC-USDT\"}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("prehash"),
                Some("1700000000123GET/api/v1/orders?status=active&symbol=BTC-USDT"),
                "value `{}`", "prehash"
            );
            assert_eq!(
                request.header("KC-API-SIGN"),
                Some("U8W3xY9MuA97yVdost6OQJLAiQqmRU8obB1b+hqaI2k="), "header `{}`",
                "KC-API-SIGN"
            );
            assert_eq!(
                request.url,
                "https://api.kucoin.com/api/v1/orders?status=active&symbol=BTC-USDT"
            );
        }
        /// Source: Seed 001's Python get_headers plus the documented body term, compact JSON (tests/reference/seeds.py, case kucoin-c-post-order).
        #[test]
        fn reference_place_order() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("kc-key-0001"),
                secret: rt::SecretString::from("kc-secret-0001"),
                passphrase: rt::SecretString::from("kc-pass-0001"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.kucoin.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000456u64,
                nonce: 1700000000456u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: PlaceOrderParams = rt::serde_json::from_str(
                    "{\"clientOid\":\"c-1\",\"side\":\"buy\",\"symbol\":\"BTC-USDT\",\"type\":\"limit\",\"price\":\"10\",\"size\":\"2\"}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                request.header("KC-API-SIGN"),
                Some("ciKymHe9CGhi9blYON6TaxyoCBS8KooBpL69H9qXc3g="), "header `{}`",
                "KC-API-SIGN"
            );
            assert_eq!(
                request.body.as_deref(),
                Some("{\"clientOid\":\"c-1\",\"side\":\"buy\",\"symbol\":\"BTC-USDT\",\"type\":\"limit\",\"price\":\"10\",\"size\":\"2\"}"
                .as_bytes())
            );
        }
        /// Source: Seed 001's Python get_headers (tests/reference/seeds.py, case kucoin-d-delete-order).
        #[test]
        fn reference_cancel_order() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("kc-key-0001"),
                secret: rt::SecretString::from("kc-secret-0001"),
                passphrase: rt::SecretString::from("kc-pass-0001"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.kucoin.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000789u64,
                nonce: 1700000000789u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: CancelOrderParams = rt::serde_json::from_str(
                    "{\"orderId\":\"5bd6e9286d99522a52e458de\"}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                request.header("KC-API-SIGN"),
                Some("DtliJGC6x68robXf7u0aKB4uUFspfNnqW59HBAuVDOA="), "header `{}`",
                "KC-API-SIGN"
            );
            assert_eq!(
                request.url,
                "https://api.kucoin.com/api/v1/orders/5bd6e9286d99522a52e458de"
            );
        }
    }
}
