/// Coinbase Exchange client, generated from its spec.
///
/// Coinbase Exchange REST API (formerly Coinbase Pro / GDAX; not the Coinbase Advanced Trade
/// API). Signed requests carry CB-ACCESS-SIGN = base64(HMAC-SHA256(base64-decoded secret,
/// timestamp + METHOD + requestPath + body)), with requestPath including the query string and
/// timestamp in unix seconds (also sent as CB-ACCESS-TIMESTAMP; more than 30 s off is
/// rejected; GET /time gives server time). The passphrase is sent as created. Errors are
/// `{"message": ...}` with a 4xx status.
///
/// Sources:
///
/// - <https://docs.cdp.coinbase.com/exchange/docs/rest-auth>
/// - <https://docs.cdp.coinbase.com/exchange/reference/exchangerestapi_postorders>
pub mod coinbase {
    use ::venue_runtime as rt;
    use rt::ExposeSecret;
    pub const PRODUCTION_URL: &str = "https://api.exchange.coinbase.com";
    pub const SANDBOX_URL: &str = "https://api-public.sandbox.exchange.coinbase.com";
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
    ///Credentials for Coinbase Exchange. Debug output never shows their values.
    #[derive(Clone, Debug)]
    pub struct Credentials {
        /// API key (CB-ACCESS-KEY).
        pub api_key: rt::SecretString,
        /// API secret as shown by Coinbase (base64).
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
        /// HMAC-SHA256 with the base64-decoded secret over seconds timestamp, method, path with query, and body.
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
        signed_key_hmac_sha256: rt::HmacKey,
        signed_cb_access_key_header: rt::HeaderValue,
        signed_cb_access_passphrase_header: rt::HeaderValue,
    }
    impl Signer {
        pub fn new(credentials: Credentials) -> Result<Self, rt::Error> {
            let signed_key = rt::base64_decode(
                credentials.secret.expose_secret().as_bytes(),
                "secret",
            )?;
            let signed_key_hmac_sha256 = rt::hmac_sha256_key(signed_key.as_slice());
            let signed_cb_access_key_header = rt::HeaderValue::shared(
                credentials.api_key.expose_secret(),
            );
            let signed_cb_access_passphrase_header = rt::HeaderValue::shared(
                credentials.passphrase.expose_secret(),
            );
            Ok(Signer {
                credentials,
                signed_key_hmac_sha256,
                signed_cb_access_key_header,
                signed_cb_access_passphrase_header,
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
                rt::hmac_with(&self.signed_key_hmac_sha256, prehash).as_slice(),
            );
            trace.record("sign", &sign);
            parts.reserve_headers(4usize);
            parts.header("CB-ACCESS-KEY", self.signed_cb_access_key_header.clone());
            parts.header("CB-ACCESS-SIGN", sign);
            parts.header("CB-ACCESS-TIMESTAMP", pre.ts);
            parts
                .secret_header(
                    "CB-ACCESS-PASSPHRASE",
                    self.signed_cb_access_passphrase_header.clone(),
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
        #[serde(rename = "stop")]
        Stop,
    }
    impl OrderType {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                OrderType::Limit => "limit",
                OrderType::Market => "market",
                OrderType::Stop => "stop",
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
        pub iso: String,
        /// Unix seconds with fraction.
        pub epoch: rt::Decimal,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Account {
        pub id: String,
        pub currency: String,
        pub balance: rt::Decimal,
        pub available: rt::Decimal,
        pub hold: rt::Decimal,
        pub profile_id: String,
        pub trading_enabled: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub pending_deposit: Option<rt::Decimal>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Order {
        pub id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub price: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub size: Option<rt::Decimal>,
        pub product_id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub profile_id: Option<String>,
        pub side: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub funds: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub specified_funds: Option<rt::Decimal>,
        pub r#type: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub time_in_force: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub expire_time: Option<String>,
        pub post_only: bool,
        pub created_at: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub done_at: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub done_reason: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub reject_reason: Option<String>,
        pub fill_fees: rt::Decimal,
        pub filled_size: rt::Decimal,
        pub executed_value: rt::Decimal,
        /// open, pending, rejected, done, active, received.
        pub status: String,
        pub settled: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub stop: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub stop_price: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub funding_amount: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub client_oid: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub market_type: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub max_floor: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub secondary_order_id: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub stop_limit_price: Option<rt::Decimal>,
    }
    /// Values of `sortedBy` for `list_orders`.
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
    pub enum ListOrdersSortedBy {
        #[serde(rename = "created_at")]
        CreatedAt,
        #[serde(rename = "price")]
        Price,
        #[serde(rename = "size")]
        Size,
        #[serde(rename = "order_id")]
        OrderId,
        #[serde(rename = "side")]
        Side,
        #[serde(rename = "type")]
        Type,
    }
    impl ListOrdersSortedBy {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                ListOrdersSortedBy::CreatedAt => "created_at",
                ListOrdersSortedBy::Price => "price",
                ListOrdersSortedBy::Size => "size",
                ListOrdersSortedBy::OrderId => "order_id",
                ListOrdersSortedBy::Side => "side",
                ListOrdersSortedBy::Type => "type",
            }
        }
    }
    impl std::fmt::Display for ListOrdersSortedBy {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(ListOrdersSortedBy);
    /// Values of `sorting` for `list_orders`.
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
    pub enum ListOrdersSorting {
        #[serde(rename = "asc")]
        Asc,
        #[serde(rename = "desc")]
        Desc,
    }
    impl ListOrdersSorting {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                ListOrdersSorting::Asc => "asc",
                ListOrdersSorting::Desc => "desc",
            }
        }
    }
    impl std::fmt::Display for ListOrdersSorting {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(ListOrdersSorting);
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
        #[serde(rename = "all")]
        All,
        #[serde(rename = "open")]
        Open,
        #[serde(rename = "pending")]
        Pending,
        #[serde(rename = "rejected")]
        Rejected,
        #[serde(rename = "done")]
        Done,
        #[serde(rename = "active")]
        Active,
        #[serde(rename = "received")]
        Received,
    }
    impl ListOrdersStatus {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                ListOrdersStatus::All => "all",
                ListOrdersStatus::Open => "open",
                ListOrdersStatus::Pending => "pending",
                ListOrdersStatus::Rejected => "rejected",
                ListOrdersStatus::Done => "done",
                ListOrdersStatus::Active => "active",
                ListOrdersStatus::Received => "received",
            }
        }
    }
    impl std::fmt::Display for ListOrdersStatus {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(ListOrdersStatus);
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
        #[serde(rename = "dc")]
        Dc,
        #[serde(rename = "co")]
        Co,
        #[serde(rename = "cn")]
        Cn,
        #[serde(rename = "cb")]
        Cb,
    }
    impl PlaceOrderStp {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                PlaceOrderStp::Dc => "dc",
                PlaceOrderStp::Co => "co",
                PlaceOrderStp::Cn => "cn",
                PlaceOrderStp::Cb => "cb",
            }
        }
    }
    impl std::fmt::Display for PlaceOrderStp {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(PlaceOrderStp);
    /// Values of `stop` for `place_order`.
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
    pub enum PlaceOrderStop {
        #[serde(rename = "loss")]
        Loss,
        #[serde(rename = "entry")]
        Entry,
    }
    impl PlaceOrderStop {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                PlaceOrderStop::Loss => "loss",
                PlaceOrderStop::Entry => "entry",
            }
        }
    }
    impl std::fmt::Display for PlaceOrderStop {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(PlaceOrderStop);
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
    /// Values of `cancel_after` for `place_order`.
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
    pub enum PlaceOrderCancelAfter {
        #[serde(rename = "min")]
        Min,
        #[serde(rename = "hour")]
        Hour,
        #[serde(rename = "day")]
        Day,
    }
    impl PlaceOrderCancelAfter {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                PlaceOrderCancelAfter::Min => "min",
                PlaceOrderCancelAfter::Hour => "hour",
                PlaceOrderCancelAfter::Day => "day",
            }
        }
    }
    impl std::fmt::Display for PlaceOrderCancelAfter {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(PlaceOrderCancelAfter);
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
            path.push("/time");
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
            path.push("/accounts");
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
        pub profile_id: Option<String>,
        /// e.g. BTC-USD.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub product_id: Option<String>,
        #[serde(rename = "sortedBy")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub sorted_by: Option<ListOrdersSortedBy>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub sorting: Option<ListOrdersSorting>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub start_date: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub end_date: Option<String>,
        /// Pagination cursor.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub before: Option<String>,
        /// Pagination cursor.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub after: Option<String>,
        /// Up to 1000, default 100.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub status: Option<ListOrdersStatus>,
    }
    impl rt::Endpoint for ListOrdersParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/orders");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("profile_id", &self.profile_id);
            query.field("product_id", &self.product_id);
            query.field("sortedBy", &self.sorted_by);
            query.field("sorting", &self.sorting);
            query.field("start_date", &self.start_date);
            query.field("end_date", &self.end_date);
            query.field("before", &self.before);
            query.field("after", &self.after);
            query.field("limit", &self.limit);
            query.field("status", &self.status);
        }
    }
    ///Parameters of `place_order`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct PlaceOrderParams {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub profile_id: Option<String>,
        pub r#type: OrderType,
        pub side: Side,
        pub product_id: String,
        /// Self-trade prevention.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub stp: Option<PlaceOrderStp>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub stop: Option<PlaceOrderStop>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub stop_price: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub price: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub size: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub funds: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub time_in_force: Option<PlaceOrderTimeInForce>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cancel_after: Option<PlaceOrderCancelAfter>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub post_only: Option<bool>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub max_floor: Option<rt::Decimal>,
        /// Your UUID for the order.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub client_oid: Option<String>,
    }
    impl rt::Endpoint for PlaceOrderParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/orders");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("profile_id", &self.profile_id);
            body.field("type", &self.r#type);
            body.field("side", &self.side);
            body.field("product_id", &self.product_id);
            body.field("stp", &self.stp);
            body.field("stop", &self.stop);
            body.field("stop_price", &self.stop_price);
            body.field("price", &self.price);
            body.field("size", &self.size);
            body.field("funds", &self.funds);
            body.field("time_in_force", &self.time_in_force);
            body.field("cancel_after", &self.cancel_after);
            body.field("post_only", &self.post_only);
            body.field("max_floor", &self.max_floor);
            body.field("client_oid", &self.client_oid);
        }
    }
    ///Parameters of `cancel_order`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct CancelOrderParams {
        pub order_id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub profile_id: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub product_id: Option<String>,
    }
    impl rt::Endpoint for CancelOrderParams {
        const METHOD: rt::Method = rt::Method::Delete;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/orders/");
            path.segment("order_id", &self.order_id);
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("profile_id", &self.profile_id);
            query.field("product_id", &self.product_id);
        }
    }
    ///Parameters of `get_order`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct GetOrderParams {
        pub order_id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub market_type: Option<String>,
    }
    impl rt::Endpoint for GetOrderParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/orders/");
            path.segment("order_id", &self.order_id);
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("market_type", &self.market_type);
        }
    }
    ///Async client for Coinbase Exchange.
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
                "coinbase",
                &[
                    Some(&credentials.api_key),
                    Some(&credentials.secret),
                    Some(&credentials.passphrase),
                ],
            );
            Ok(Client {
                core: rt::ClientCore::new(base_url)?.with_name("coinbase").with_key(key),
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
                pointer: "/epoch",
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
        /// `GET /time`.
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
        /// `GET /accounts`.
        ///
        /// Trading accounts of the API key's profile, one per currency.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.accounts().await?;
        /// ```
        pub async fn accounts(&self) -> Result<Vec<Account>, rt::Error> {
            self.call(
                    rt::Call::idempotent("accounts"),
                    Scheme::Signed,
                    &AccountsParams {},
                    &ENVELOPE,
                )
                .await
        }
        /// `GET /orders`.
        ///
        /// Orders of the profile; by default the open, pending and active ones.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.list_orders(&ListOrdersParams {
        ///     profile_id: Some("...".into()),
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
        /// `POST /orders`.
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
        /// `DELETE /orders/{order_id}`.
        ///
        /// Cancel an order; `client:<client_oid>` may stand for the id. Returns the order id.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.cancel_order(&CancelOrderParams {
        ///     order_id: "...".into(),
        ///     profile_id: None,
        ///     product_id: None,
        /// }).await?;
        /// ```
        pub async fn cancel_order(
            &self,
            params: &CancelOrderParams,
        ) -> Result<String, rt::Error> {
            self.call(rt::Call::once("cancel_order"), Scheme::Signed, params, &ENVELOPE)
                .await
        }
        /// `GET /orders/{order_id}`.
        ///
        /// One order's status; `client:<client_oid>` may stand for the id.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.get_order(&GetOrderParams {
        ///     order_id: "...".into(),
        ///     market_type: None,
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
            "accounts" => {
                let params = rt::params::<AccountsParams>(params)?;
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
            "accounts" => {
                let params = rt::params::<AccountsParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Vec<Account>,
                        >(rt::Call::idempotent("accounts"), scheme, &params, &ENVELOPE)
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
                            String,
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
                            Order,
                        >(rt::Call::idempotent("get_order"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            _ => Err(rt::Error::unknown_endpoint(endpoint)),
        }
    }
    /// What `venue list` shows for this venue.
    pub static INFO: rt::VenueInfo = rt::VenueInfo {
        name: "coinbase",
        title: "Coinbase Exchange",
        credentials: &["api_key", "secret", "passphrase"],
        endpoints: &[
            rt::EndpointInfo {
                name: "server_time",
                method: "GET",
                path: "/time",
                auth: "public",
                params: &[],
            },
            rt::EndpointInfo {
                name: "accounts",
                method: "GET",
                path: "/accounts",
                auth: "signed",
                params: &[],
            },
            rt::EndpointInfo {
                name: "list_orders",
                method: "GET",
                path: "/orders",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "profile_id",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "product_id",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "sortedBy",
                        location: "query",
                        ty: "enum",
                        required: false,
                        values: &[
                            "created_at",
                            "price",
                            "size",
                            "order_id",
                            "side",
                            "type",
                        ],
                    },
                    rt::ParamInfo {
                        name: "sorting",
                        location: "query",
                        ty: "enum",
                        required: false,
                        values: &["asc", "desc"],
                    },
                    rt::ParamInfo {
                        name: "start_date",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "end_date",
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
                        name: "after",
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
                    rt::ParamInfo {
                        name: "status",
                        location: "query",
                        ty: "enum",
                        required: false,
                        values: &[
                            "all",
                            "open",
                            "pending",
                            "rejected",
                            "done",
                            "active",
                            "received",
                        ],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "place_order",
                method: "POST",
                path: "/orders",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "profile_id",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "type",
                        location: "body",
                        ty: "enum",
                        required: true,
                        values: &["limit", "market", "stop"],
                    },
                    rt::ParamInfo {
                        name: "side",
                        location: "body",
                        ty: "enum",
                        required: true,
                        values: &["buy", "sell"],
                    },
                    rt::ParamInfo {
                        name: "product_id",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "stp",
                        location: "body",
                        ty: "enum",
                        required: false,
                        values: &["dc", "co", "cn", "cb"],
                    },
                    rt::ParamInfo {
                        name: "stop",
                        location: "body",
                        ty: "enum",
                        required: false,
                        values: &["loss", "entry"],
                    },
                    rt::ParamInfo {
                        name: "stop_price",
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
                        name: "time_in_force",
                        location: "body",
                        ty: "enum",
                        required: false,
                        values: &["GTC", "GTT", "IOC", "FOK"],
                    },
                    rt::ParamInfo {
                        name: "cancel_after",
                        location: "body",
                        ty: "enum",
                        required: false,
                        values: &["min", "hour", "day"],
                    },
                    rt::ParamInfo {
                        name: "post_only",
                        location: "body",
                        ty: "bool",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "max_floor",
                        location: "body",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "client_oid",
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
                path: "/orders/{order_id}",
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
                        name: "profile_id",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "product_id",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "get_order",
                method: "GET",
                path: "/orders/{order_id}",
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
                        name: "market_type",
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
        /// Source: tests/reference/venues.py, case coinbase-a-get-open-orders: the docs' Python signing sample (b64decode(secret), timestamp + method + path_url + body) with whole seconds.
        #[test]
        fn reference_open_orders() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("cb-key-0001"),
                secret: rt::SecretString::from(
                    "Y29pbmJhc2UgZXhjaGFuZ2UgZmFrZSBzZWNyZXQgMDAwMSwgNjQgYnl0ZXMgb2Yga2V5IG1hdGVyaWFsLi4h",
                ),
                passphrase: rt::SecretString::from("cb-pass-0001"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.exchange.coinbase.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000999u64,
                nonce: 1700000000999u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: ListOrdersParams = rt::serde_json::from_str(
                    "{\"product_id\":\"BTC-USD\"}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("prehash"), Some("1700000000GET/orders?product_id=BTC-USD"),
                "value `{}`", "prehash"
            );
            assert_eq!(
                request.header("CB-ACCESS-KEY"), Some("cb-key-0001"), "header `{}`",
                "CB-ACCESS-KEY"
            );
            assert_eq!(
                request.header("CB-ACCESS-SIGN"),
                Some("Rr0Ou9gAS+5Qk1HZDCLIzCyKzs8xvj/UanyUQMMJkEE="), "header `{}`",
                "CB-ACCESS-SIGN"
            );
            assert_eq!(
                request.header("CB-ACCESS-TIMESTAMP"), Some("1700000000"), "header `{}`",
                "CB-ACCESS-TIMESTAMP"
            );
            assert_eq!(
                request.header("CB-ACCESS-PASSPHRASE"), Some("cb-pass-0001"),
                "header `{}`", "CB-ACCESS-PASSPHRASE"
            );
            assert_eq!(
                request.url,
                "https://api.exchange.coinbase.com/orders?product_id=BTC-USD"
            );
        }
        /// Source: tests/reference/venues.py, case coinbase-b-post-order (compact JSON body, documented parameter order).
        #[test]
        fn reference_place_order() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("cb-key-0001"),
                secret: rt::SecretString::from(
                    "Y29pbmJhc2UgZXhjaGFuZ2UgZmFrZSBzZWNyZXQgMDAwMSwgNjQgYnl0ZXMgb2Yga2V5IG1hdGVyaWFsLi4h",
                ),
                passphrase: rt::SecretString::from("cb-pass-0001"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.exchange.coinbase.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000001500u64,
                nonce: 1700000001500u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: PlaceOrderParams = rt::serde_json::from_str(
                    "{\"type\":\"limit\",\"side\":\"buy\",\"product_id\":\"BTC-USD\",\"price\":\"30000.00\",\"size\":\"0.01\",\"client_oid\":\"8d1a7cd2-7ab4-4cf5-a4b8-2b1e0b6f4bde\"}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                request.header("CB-ACCESS-SIGN"),
                Some("VC25dfxLXTLFvdJXT9p6/FCyuito2/aIsdGm5PWJFnU="), "header `{}`",
                "CB-ACCESS-SIGN"
            );
            assert_eq!(
                request.header("CB-ACCESS-TIMESTAMP"), Some("1700000001"), "header `{}`",
                "CB-ACCESS-TIMESTAMP"
            );
            assert_eq!(
                request.body.as_deref(),
                Some("{\"type\":\"limit\",\"side\":\"buy\",\"product_id\":\"BTC-USD\",\"price\":\"30000.00\",\"size\":\"0.01\",\"client_oid\":\"8d1a7cd2-7ab4-4cf5-a4b8-2b1e0b6f4bde\"}"
                .as_bytes())
            );
        }
    }
}
