/// ViaBTC Pool client, generated from its spec.
///
/// ViaBTC mining-pool OpenAPI v1. Every call sends `X-API-KEY`; calls that touch sensitive data
/// are signed: a `tonce` (unix ms) param is added, and X-SIGNATURE = hex(HMAC-SHA256(secret, the
/// query string for GET/DELETE, or the raw body for POST/PUT)). The bytes signed are the bytes
/// sent. The Chinese doc adds that `tonce` must be below server time and within 1 minute of it.
/// An IP whitelist must be set on the mining settings page first (subaccounts inherit it).
/// Hosts: the 2021 wiki (seed 004) uses <https://www.viabtc.net> (used here); the older Chinese
/// doc and the official SDK (viabtc/viapool_api python/python2.py) use <https://pool.viabtc.com>,
/// and third-party code also uses <https://www.viabtc.com>. All paths sit below /res/openapi/v1.
/// Document inconsistencies recorded here: (1) the wiki's POST example signs
/// `{"coin": "BTC", "amount": "1.0", tonce: 1513746038205}` (not valid JSON, `tonce` unquoted)
/// while its prose shows the quoted form; the published signature is over the unquoted bytes.
/// (2) For GET /account/sub, GET /account/observer and GET /wallet/payment/history the Chinese
/// doc puts the paging fields (count, curr_page, data, has_next, total, total_page) at the top
/// level beside `code`, while every other list nests them inside `data`. This spec follows the
/// doc: those three endpoints override the envelope to read the page from the whole body
/// (third-party clients read /wallet/payment/history as nested; the doc is taken as primary).
/// Error codes (from a third-party client, unconfirmed): 2 invalid argument, 5001 invalid coin,
/// 5003 worker does not exist, 5008 group does not exist, 12001 invalid API key, 12002 signature
/// error, 12003 invalid tonce, 12004 IP not whitelisted. Daily figures use Beijing-time days
/// unless `utc=true` is passed where listed.
///
/// Sources:
///
/// - ../shared/seeds/004_43e14905fd83a8e0.txt (github.com/viabtc/viapool_api wiki "api_authentication", 2021)
/// - <https://github.com/viabtc/viapool_api> (python/python2.py)
/// - ViaBTC 数据API (Chinese full API doc, endpoint <https://pool.viabtc.com>)
/// - ../shared/seeds/endpoints.md section 5
pub mod viabtc {
    use ::venue_runtime as rt;
    use rt::ExposeSecret;
    pub const PRODUCTION_URL: &str = "https://www.viabtc.net/res/openapi/v1";
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
        message: Some("message"),
        jsonrpc: false,
    };
    ///Credentials for ViaBTC Pool. Debug output never shows their values.
    #[derive(Clone, Debug)]
    pub struct Credentials {
        /// API key from the mining settings page (X-API-KEY).
        pub api_key: rt::SecretString,
        /// Secret key; signs the query string or body of signed calls.
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
        /// The API key header only.
        Key,
        /// Adds `tonce` (unix ms) to the params (query for GET, body for POST) and X-SIGNATURE = hex(HMAC-SHA256(secret, query string or raw body)).
        Signed,
    }
    impl Scheme {
        pub fn name(self) -> &'static str {
            match self {
                Scheme::Key => "key",
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
        key_x_api_key_header: rt::HeaderValue,
        signed_x_api_key_header: rt::HeaderValue,
    }
    impl Signer {
        pub fn new(credentials: Credentials) -> Result<Self, rt::Error> {
            let signed_secret_hmac_sha256 = rt::hmac_sha256_key(
                credentials.secret.expose_secret().as_bytes(),
            );
            let key_x_api_key_header = rt::HeaderValue::shared(
                credentials.api_key.expose_secret(),
            );
            let signed_x_api_key_header = rt::HeaderValue::shared(
                credentials.api_key.expose_secret(),
            );
            Ok(Signer {
                credentials,
                signed_secret_hmac_sha256,
                key_x_api_key_header,
                signed_x_api_key_header,
            })
        }
        /// Whether the optional credentials `scheme` reads were given.
        pub fn can_sign(&self, scheme: Scheme) -> bool {
            match scheme {
                Scheme::Key => true,
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
                Scheme::Key => self.sign_key(endpoint, base, stamp, trace),
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
                Scheme::Key => self.key_finish(parts, stamp, trace),
                Scheme::Signed => {
                    let pre = self.signed_stamp(stamp, trace)?;
                    self.signed_finish(parts, &pre, stamp, trace)
                }
            }
        }
        fn sign_key<E: rt::Endpoint>(
            &self,
            endpoint: &E,
            base: &rt::BaseUrl,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let parts = rt::Assembly::new(endpoint, base, &ENCODING)?
                .finish(stamp.nonce);
            self.key_finish(parts, stamp, trace)
        }
        fn key_finish(
            &self,
            mut parts: rt::Parts,
            _stamp: &rt::Stamp,
            _trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            parts.reserve_headers(1usize);
            parts.header("X-API-KEY", self.key_x_api_key_header.clone());
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
            let mut request = rt::Assembly::new(endpoint, base, &ENCODING)?;
            let pre = self.signed_stamp(stamp, trace)?;
            request.endpoint_params();
            request.params().field("tonce", &pre.ts);
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
            let payload = rt::pieces!(parts.query(), parts.body_text());
            trace.record("payload", &payload);
            let sign = rt::hex(
                rt::hmac_with(&self.signed_secret_hmac_sha256, payload).as_slice(),
            );
            trace.record("sign", &sign);
            parts.reserve_headers(2usize);
            parts.header("X-API-KEY", self.signed_x_api_key_header.clone());
            parts.header("X-SIGNATURE", sign);
            Ok(parts.into_request())
        }
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct UserAccount {
        pub id: i64,
        /// The main account's id; null for a main account.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub parent_user_id: Option<i64>,
        /// Registration time, unix seconds.
        pub create_time: i64,
        pub account: String,
        pub email: String,
        /// In the Chinese doc only.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub country_code: Option<String>,
        /// In the Chinese doc only.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub mobile: Option<String>,
        /// In the Chinese doc only.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub country: Option<String>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Observer {
        pub id: i64,
        pub user_id: i64,
        pub name: String,
        /// Opens <https://pool.viabtc.com/observer/bitdeer/dashboard?coin=>{coin}&access_key={access_key}.
        pub access_key: String,
        pub create_time: i64,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct CoinAddress {
        pub coin: String,
        pub address: String,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct CoinBalance {
        pub coin: String,
        pub amount: rt::Decimal,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct AccountInfo {
        pub account: UserAccount,
        pub observer: Vec<Observer>,
        pub withdraw_address: Vec<CoinAddress>,
        pub balance: Vec<CoinBalance>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct SubAccount {
        pub account: String,
        pub api_key: String,
        /// Empty in the doc examples.
        pub secret_key: String,
        pub id: i64,
        pub create_time: i64,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct SubAccountPage {
        pub count: i64,
        pub curr_page: i64,
        pub data: Vec<SubAccount>,
        pub has_next: bool,
        pub total: i64,
        pub total_page: i64,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct ObserverPage {
        pub count: i64,
        pub curr_page: i64,
        pub data: Vec<Observer>,
        pub has_next: bool,
        pub total: i64,
        pub total_page: i64,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct AggregateAccount {
        pub account: SubAccount,
        pub observer: Observer,
        pub withdraw_address: Vec<CoinAddress>,
    }
    /// Hashrates in hash/s, sent as strings.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct AccountHashrate {
        pub active_workers: i64,
        pub coin: String,
        pub hashrate_10min: rt::Decimal,
        pub hashrate_1hour: rt::Decimal,
        pub hashrate_24hour: rt::Decimal,
        pub unactive_workers: i64,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct HashrateDay {
        pub coin: String,
        pub date: String,
        pub hashrate: rt::Decimal,
        pub reject_rate: rt::Decimal,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct HashrateDayPage {
        pub count: i64,
        pub curr_page: i64,
        pub data: Vec<HashrateDay>,
        pub has_next: bool,
        pub total: i64,
        pub total_page: i64,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct ChartPoint {
        /// Unix seconds.
        pub timestamp: i64,
        pub hashrate: rt::Decimal,
        pub reject_rate: rt::Decimal,
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
    pub enum WorkerStatus {
        #[serde(rename = "active")]
        Active,
        #[serde(rename = "unactive")]
        Unactive,
    }
    impl WorkerStatus {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                WorkerStatus::Active => "active",
                WorkerStatus::Unactive => "unactive",
            }
        }
    }
    impl std::fmt::Display for WorkerStatus {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(WorkerStatus);
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Worker {
        pub coin: String,
        /// Null for the default group.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub group_id: Option<i64>,
        /// Null for the default group.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub group_name: Option<String>,
        pub hashrate_10min: rt::Decimal,
        pub hashrate_1hour: rt::Decimal,
        pub hashrate_24hour: rt::Decimal,
        /// Last share time, unix seconds.
        pub last_active: i64,
        pub reject_rate: rt::Decimal,
        pub worker_id: i64,
        pub worker_name: String,
        pub worker_status: WorkerStatus,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct WorkerPage {
        pub count: i64,
        pub curr_page: i64,
        pub data: Vec<Worker>,
        pub has_next: bool,
        pub total: i64,
        pub total_page: i64,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Group {
        pub active_workers: i64,
        pub coin: String,
        pub group_id: i64,
        pub group_name: String,
        pub hashrate_10min: rt::Decimal,
        pub hashrate_1hour: rt::Decimal,
        pub hashrate_24hour: rt::Decimal,
        pub reject_rate: rt::Decimal,
        pub total_workers: i64,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct GroupPage {
        pub count: i64,
        pub curr_page: i64,
        pub data: Vec<Group>,
        pub has_next: bool,
        pub total: i64,
        pub total_page: i64,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Payment {
        pub id: i64,
        pub coin: String,
        pub amount: rt::Decimal,
        /// Address paid to.
        pub address: String,
        /// Transaction id.
        pub tx: String,
        pub create_time: i64,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct PaymentPage {
        pub count: i64,
        pub curr_page: i64,
        pub data: Vec<Payment>,
        pub has_next: bool,
        pub total: i64,
        pub total_page: i64,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Profit {
        pub coin: String,
        pub pplns_profit: rt::Decimal,
        pub pps_profit: rt::Decimal,
        pub solo_profit: rt::Decimal,
        pub total_profit: rt::Decimal,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct ProfitDay {
        pub coin: String,
        pub date: String,
        pub pplns_profit: rt::Decimal,
        pub pps_profit: rt::Decimal,
        pub solo_profit: rt::Decimal,
        pub total_profit: rt::Decimal,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct ProfitDayPage {
        pub count: i64,
        pub curr_page: i64,
        pub data: Vec<ProfitDay>,
        pub has_next: bool,
        pub total: i64,
        pub total_page: i64,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct SweptBalance {
        pub coin: String,
        pub balance: rt::Decimal,
    }
    /// Values of `interval` for `get_hashrate_chart`.
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
    pub enum GetHashrateChartInterval {
        #[serde(rename = "min")]
        Min,
        #[serde(rename = "hour")]
        Hour,
        #[serde(rename = "day")]
        Day,
    }
    impl GetHashrateChartInterval {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                GetHashrateChartInterval::Min => "min",
                GetHashrateChartInterval::Hour => "hour",
                GetHashrateChartInterval::Day => "day",
            }
        }
    }
    impl std::fmt::Display for GetHashrateChartInterval {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(GetHashrateChartInterval);
    ///Parameters of `get_account`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct GetAccountParams {}
    impl rt::Endpoint for GetAccountParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/account");
        }
    }
    ///Parameters of `list_sub_accounts`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct ListSubAccountsParams {
        /// Page number.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub page: Option<i64>,
        /// Items per page.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<i64>,
    }
    impl rt::Endpoint for ListSubAccountsParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/account/sub");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("page", &self.page);
            query.field("limit", &self.limit);
        }
    }
    ///Parameters of `create_sub_account`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct CreateSubAccountParams {
        /// Subaccount name.
        pub account: String,
    }
    impl rt::Endpoint for CreateSubAccountParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/account/sub");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("account", &self.account);
        }
    }
    ///Parameters of `list_observers`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct ListObserversParams {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub page: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<i64>,
    }
    impl rt::Endpoint for ListObserversParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/account/observer");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("page", &self.page);
            query.field("limit", &self.limit);
        }
    }
    ///Parameters of `create_observer`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct CreateObserverParams {
        /// Observer name.
        pub name: String,
    }
    impl rt::Endpoint for CreateObserverParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/account/observer");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("name", &self.name);
        }
    }
    ///Parameters of `create_sub_account_aggregate`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct CreateSubAccountAggregateParams {
        /// Subaccount name.
        pub account: String,
        pub observer_name: String,
        /// Optional JSON array, e.g. \[{"coin": "BTC", "address": "mtRJjPJGVLGs5YDf4VUP5RQXipzHjnjeCe"}\].
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub withdraw_address: Option<rt::serde_json::Value>,
    }
    impl rt::Endpoint for CreateSubAccountAggregateParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/account/sub/aggregate");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("account", &self.account);
            body.field("observer_name", &self.observer_name);
            body.field("withdraw_address", &self.withdraw_address);
        }
    }
    ///Parameters of `get_hashrate`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct GetHashrateParams {
        /// Coin, e.g. BTC.
        pub coin: String,
    }
    impl rt::Endpoint for GetHashrateParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/hashrate");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("coin", &self.coin);
        }
    }
    ///Parameters of `get_hashrate_history`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct GetHashrateHistoryParams {
        pub coin: String,
        /// Start date, e.g. 2019-01-24.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub start_date: Option<String>,
        /// End date, same format.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub end_date: Option<String>,
        /// Days in UTC instead of Beijing time (default false).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub utc: Option<bool>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub page: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<i64>,
    }
    impl rt::Endpoint for GetHashrateHistoryParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/hashrate/history");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("coin", &self.coin);
            query.field("start_date", &self.start_date);
            query.field("end_date", &self.end_date);
            query.field("utc", &self.utc);
            query.field("page", &self.page);
            query.field("limit", &self.limit);
        }
    }
    ///Parameters of `get_hashrate_chart`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct GetHashrateChartParams {
        pub coin: String,
        /// Sample spacing: 10 minutes, 1 hour or 1 day.
        pub interval: GetHashrateChartInterval,
        /// Number of points; the server's maximum when omitted.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub period: Option<i64>,
        /// Days in UTC (default false); only with interval=day.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub utc: Option<bool>,
    }
    impl rt::Endpoint for GetHashrateChartParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/hashrate/chart");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("coin", &self.coin);
            query.field("interval", &self.interval);
            query.field("period", &self.period);
            query.field("utc", &self.utc);
        }
    }
    ///Parameters of `list_workers`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct ListWorkersParams {
        /// Coin, e.g. BTC (the Chinese doc says int; it is a coin name).
        pub coin: String,
        /// Only this group (ids from list_groups).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub group_id: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub page: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<i64>,
    }
    impl rt::Endpoint for ListWorkersParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/hashrate/worker");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("coin", &self.coin);
            query.field("group_id", &self.group_id);
            query.field("page", &self.page);
            query.field("limit", &self.limit);
        }
    }
    ///Parameters of `get_worker`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct GetWorkerParams {
        pub worker_id: i64,
        /// Not in the doc (seen in third-party code).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub coin: Option<String>,
    }
    impl rt::Endpoint for GetWorkerParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/hashrate/worker/");
            path.segment("worker_id", &self.worker_id);
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("coin", &self.coin);
        }
    }
    ///Parameters of `get_worker_history`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct GetWorkerHistoryParams {
        pub worker_id: i64,
        pub coin: String,
        /// Start date, e.g. 2019-01-24.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub start_date: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub end_date: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub utc: Option<bool>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub page: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<i64>,
    }
    impl rt::Endpoint for GetWorkerHistoryParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/hashrate/worker/");
            path.segment("worker_id", &self.worker_id);
            path.push("/history");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("coin", &self.coin);
            query.field("start_date", &self.start_date);
            query.field("end_date", &self.end_date);
            query.field("utc", &self.utc);
            query.field("page", &self.page);
            query.field("limit", &self.limit);
        }
    }
    ///Parameters of `list_groups`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct ListGroupsParams {
        pub coin: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub page: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<i64>,
    }
    impl rt::Endpoint for ListGroupsParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/hashrate/group");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("coin", &self.coin);
            query.field("page", &self.page);
            query.field("limit", &self.limit);
        }
    }
    ///Parameters of `get_group`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct GetGroupParams {
        pub group_id: i64,
    }
    impl rt::Endpoint for GetGroupParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/hashrate/group/");
            path.segment("group_id", &self.group_id);
        }
    }
    ///Parameters of `set_payment_address`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct SetPaymentAddressParams {
        pub coin: String,
        pub address: String,
        /// Payment password; ignored when none is set.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub payment_password: Option<String>,
    }
    impl rt::Endpoint for SetPaymentAddressParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/wallet/payment/address");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("coin", &self.coin);
            body.field("address", &self.address);
            body.field("payment_password", &self.payment_password);
        }
    }
    ///Parameters of `get_payment_history`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct GetPaymentHistoryParams {
        pub coin: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub start_date: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub end_date: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub utc: Option<bool>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub page: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<i64>,
    }
    impl rt::Endpoint for GetPaymentHistoryParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/wallet/payment/history");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("coin", &self.coin);
            query.field("start_date", &self.start_date);
            query.field("end_date", &self.end_date);
            query.field("utc", &self.utc);
            query.field("page", &self.page);
            query.field("limit", &self.limit);
        }
    }
    ///Parameters of `get_profit`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct GetProfitParams {
        pub coin: String,
    }
    impl rt::Endpoint for GetProfitParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/profit");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("coin", &self.coin);
        }
    }
    ///Parameters of `get_profit_history`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct GetProfitHistoryParams {
        pub coin: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub start_date: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub end_date: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub utc: Option<bool>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub page: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<i64>,
    }
    impl rt::Endpoint for GetProfitHistoryParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/profit/history");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("coin", &self.coin);
            query.field("start_date", &self.start_date);
            query.field("end_date", &self.end_date);
            query.field("utc", &self.utc);
            query.field("page", &self.page);
            query.field("limit", &self.limit);
        }
    }
    ///Parameters of `sweep_wallet`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct SweepWalletParams {
        pub coin: String,
    }
    impl rt::Endpoint for SweepWalletParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/wallet/sweep");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("coin", &self.coin);
        }
    }
    ///Async client for ViaBTC Pool.
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
                "viabtc",
                &[Some(&credentials.api_key), Some(&credentials.secret)],
            );
            Ok(Client {
                core: rt::ClientCore::new(base_url)?.with_name("viabtc").with_key(key),
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
        /// `GET /account`.
        ///
        /// Account, observers, auto-withdraw addresses and balances.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.get_account().await?;
        /// ```
        pub async fn get_account(&self) -> Result<AccountInfo, rt::Error> {
            self.call(
                    rt::Call::idempotent("get_account"),
                    Scheme::Key,
                    &GetAccountParams {},
                    &ENVELOPE,
                )
                .await
        }
        /// `GET /account/sub`.
        ///
        /// Subaccounts. The Chinese doc shows the paging fields at the top level of this response, so the page is read from the whole body (see the venue description).
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.list_sub_accounts(&ListSubAccountsParams {
        ///     page: Some(0),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn list_sub_accounts(
            &self,
            params: &ListSubAccountsParams,
        ) -> Result<SubAccountPage, rt::Error> {
            self.call(
                    rt::Call::idempotent("list_sub_accounts"),
                    Scheme::Signed,
                    params,
                    &rt::Envelope {
                        data: None,
                        code: Some("code"),
                        success: &["0"],
                        message: Some("message"),
                        jsonrpc: false,
                    },
                )
                .await
        }
        /// `POST /account/sub`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.create_sub_account(&CreateSubAccountParams {
        ///     account: "...".into(),
        /// }).await?;
        /// ```
        pub async fn create_sub_account(
            &self,
            params: &CreateSubAccountParams,
        ) -> Result<SubAccount, rt::Error> {
            self.call(
                    rt::Call::once("create_sub_account"),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `GET /account/observer`.
        ///
        /// Observer links. The Chinese doc shows the paging fields at the top level of this response, so the page is read from the whole body (see the venue description).
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.list_observers(&ListObserversParams {
        ///     page: Some(0),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn list_observers(
            &self,
            params: &ListObserversParams,
        ) -> Result<ObserverPage, rt::Error> {
            self.call(
                    rt::Call::idempotent("list_observers"),
                    Scheme::Key,
                    params,
                    &rt::Envelope {
                        data: None,
                        code: Some("code"),
                        success: &["0"],
                        message: Some("message"),
                        jsonrpc: false,
                    },
                )
                .await
        }
        /// `POST /account/observer`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.create_observer(&CreateObserverParams {
        ///     name: "...".into(),
        /// }).await?;
        /// ```
        pub async fn create_observer(
            &self,
            params: &CreateObserverParams,
        ) -> Result<Observer, rt::Error> {
            self.call(
                    rt::Call::once("create_observer"),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /account/sub/aggregate`.
        ///
        /// Creates a subaccount and an observer, and sets auto-withdraw addresses, in one call.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.create_sub_account_aggregate(&CreateSubAccountAggregateParams {
        ///     account: "...".into(),
        ///     observer_name: "...".into(),
        ///     withdraw_address: None,
        /// }).await?;
        /// ```
        pub async fn create_sub_account_aggregate(
            &self,
            params: &CreateSubAccountAggregateParams,
        ) -> Result<AggregateAccount, rt::Error> {
            self.call(
                    rt::Call::once("create_sub_account_aggregate"),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `GET /hashrate`.
        ///
        /// Real-time account hashrate.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.get_hashrate(&GetHashrateParams {
        ///     coin: "...".into(),
        /// }).await?;
        /// ```
        pub async fn get_hashrate(
            &self,
            params: &GetHashrateParams,
        ) -> Result<AccountHashrate, rt::Error> {
            self.call(
                    rt::Call::idempotent("get_hashrate"),
                    Scheme::Key,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `GET /hashrate/history`.
        ///
        /// Daily account hashrate.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.get_hashrate_history(&GetHashrateHistoryParams {
        ///     coin: "...".into(),
        ///     start_date: None,
        ///     end_date: None,
        ///     utc: None,
        ///     page: None,
        ///     limit: None,
        /// }).await?;
        /// ```
        pub async fn get_hashrate_history(
            &self,
            params: &GetHashrateHistoryParams,
        ) -> Result<HashrateDayPage, rt::Error> {
            self.call(
                    rt::Call::idempotent("get_hashrate_history"),
                    Scheme::Key,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `GET /hashrate/chart`.
        ///
        /// Account hashrate curve.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.get_hashrate_chart(&GetHashrateChartParams {
        ///     coin: "...".into(),
        ///     interval: GetHashrateChartInterval::Min,
        ///     period: None,
        ///     utc: None,
        /// }).await?;
        /// ```
        pub async fn get_hashrate_chart(
            &self,
            params: &GetHashrateChartParams,
        ) -> Result<Vec<ChartPoint>, rt::Error> {
            self.call(
                    rt::Call::idempotent("get_hashrate_chart"),
                    Scheme::Key,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `GET /hashrate/worker`.
        ///
        /// Real-time hashrate of each worker.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.list_workers(&ListWorkersParams {
        ///     coin: "...".into(),
        ///     group_id: None,
        ///     page: None,
        ///     limit: None,
        /// }).await?;
        /// ```
        pub async fn list_workers(
            &self,
            params: &ListWorkersParams,
        ) -> Result<WorkerPage, rt::Error> {
            self.call(
                    rt::Call::idempotent("list_workers"),
                    Scheme::Key,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `GET /hashrate/worker/{worker_id}`.
        ///
        /// Real-time hashrate of one worker. The doc lists no query params; third-party code also passes `coin`, so it is offered here as optional.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.get_worker(&GetWorkerParams {
        ///     worker_id: 0,
        ///     coin: None,
        /// }).await?;
        /// ```
        pub async fn get_worker(
            &self,
            params: &GetWorkerParams,
        ) -> Result<Worker, rt::Error> {
            self.call(rt::Call::idempotent("get_worker"), Scheme::Key, params, &ENVELOPE)
                .await
        }
        /// `GET /hashrate/worker/{worker_id}/history`.
        ///
        /// Daily hashrate of one worker.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.get_worker_history(&params).await?;
        /// ```
        pub async fn get_worker_history(
            &self,
            params: &GetWorkerHistoryParams,
        ) -> Result<HashrateDayPage, rt::Error> {
            self.call(
                    rt::Call::idempotent("get_worker_history"),
                    Scheme::Key,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `GET /hashrate/group`.
        ///
        /// Real-time hashrate of each worker group.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.list_groups(&ListGroupsParams {
        ///     coin: "...".into(),
        ///     page: None,
        ///     limit: None,
        /// }).await?;
        /// ```
        pub async fn list_groups(
            &self,
            params: &ListGroupsParams,
        ) -> Result<GroupPage, rt::Error> {
            self.call(
                    rt::Call::idempotent("list_groups"),
                    Scheme::Key,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `GET /hashrate/group/{group_id}`.
        ///
        /// Real-time hashrate of one worker group.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.get_group(&GetGroupParams {
        ///     group_id: 0,
        /// }).await?;
        /// ```
        pub async fn get_group(
            &self,
            params: &GetGroupParams,
        ) -> Result<Group, rt::Error> {
            self.call(rt::Call::idempotent("get_group"), Scheme::Key, params, &ENVELOPE)
                .await
        }
        /// `POST /wallet/payment/address`.
        ///
        /// Sets the auto-withdraw address for a coin.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.set_payment_address(&SetPaymentAddressParams {
        ///     coin: "...".into(),
        ///     address: "...".into(),
        ///     payment_password: None,
        /// }).await?;
        /// ```
        pub async fn set_payment_address(
            &self,
            params: &SetPaymentAddressParams,
        ) -> Result<CoinAddress, rt::Error> {
            self.call(
                    rt::Call::once("set_payment_address"),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `GET /wallet/payment/history`.
        ///
        /// Payouts made to the account. The Chinese doc shows the paging fields at the top level of this response, so the page is read from the whole body (third-party clients read it nested; the doc is taken as primary).
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.get_payment_history(&GetPaymentHistoryParams {
        ///     coin: "...".into(),
        ///     start_date: None,
        ///     end_date: None,
        ///     utc: None,
        ///     page: None,
        ///     limit: None,
        /// }).await?;
        /// ```
        pub async fn get_payment_history(
            &self,
            params: &GetPaymentHistoryParams,
        ) -> Result<PaymentPage, rt::Error> {
            self.call(
                    rt::Call::idempotent("get_payment_history"),
                    Scheme::Key,
                    params,
                    &rt::Envelope {
                        data: None,
                        code: Some("code"),
                        success: &["0"],
                        message: Some("message"),
                        jsonrpc: false,
                    },
                )
                .await
        }
        /// `GET /profit`.
        ///
        /// Profit totals.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.get_profit(&GetProfitParams {
        ///     coin: "...".into(),
        /// }).await?;
        /// ```
        pub async fn get_profit(
            &self,
            params: &GetProfitParams,
        ) -> Result<Profit, rt::Error> {
            self.call(rt::Call::idempotent("get_profit"), Scheme::Key, params, &ENVELOPE)
                .await
        }
        /// `GET /profit/history`.
        ///
        /// Daily profit.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.get_profit_history(&GetProfitHistoryParams {
        ///     coin: "...".into(),
        ///     start_date: None,
        ///     end_date: None,
        ///     utc: None,
        ///     page: None,
        ///     limit: None,
        /// }).await?;
        /// ```
        pub async fn get_profit_history(
            &self,
            params: &GetProfitHistoryParams,
        ) -> Result<ProfitDayPage, rt::Error> {
            self.call(
                    rt::Call::idempotent("get_profit_history"),
                    Scheme::Key,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /wallet/sweep`.
        ///
        /// Settles the wallet balance now.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.sweep_wallet(&SweepWalletParams {
        ///     coin: "...".into(),
        /// }).await?;
        /// ```
        pub async fn sweep_wallet(
            &self,
            params: &SweepWalletParams,
        ) -> Result<SweptBalance, rt::Error> {
            self.call(rt::Call::once("sweep_wallet"), Scheme::Signed, params, &ENVELOPE)
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
            "get_account" => {
                let params = rt::params::<GetAccountParams>(params)?;
                signer
                    .sign(signer.choose(&[Scheme::Key])?, &params, &base, &stamp, trace)
            }
            "list_sub_accounts" => {
                let params = rt::params::<ListSubAccountsParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "create_sub_account" => {
                let params = rt::params::<CreateSubAccountParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "list_observers" => {
                let params = rt::params::<ListObserversParams>(params)?;
                signer
                    .sign(signer.choose(&[Scheme::Key])?, &params, &base, &stamp, trace)
            }
            "create_observer" => {
                let params = rt::params::<CreateObserverParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "create_sub_account_aggregate" => {
                let params = rt::params::<CreateSubAccountAggregateParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "get_hashrate" => {
                let params = rt::params::<GetHashrateParams>(params)?;
                signer
                    .sign(signer.choose(&[Scheme::Key])?, &params, &base, &stamp, trace)
            }
            "get_hashrate_history" => {
                let params = rt::params::<GetHashrateHistoryParams>(params)?;
                signer
                    .sign(signer.choose(&[Scheme::Key])?, &params, &base, &stamp, trace)
            }
            "get_hashrate_chart" => {
                let params = rt::params::<GetHashrateChartParams>(params)?;
                signer
                    .sign(signer.choose(&[Scheme::Key])?, &params, &base, &stamp, trace)
            }
            "list_workers" => {
                let params = rt::params::<ListWorkersParams>(params)?;
                signer
                    .sign(signer.choose(&[Scheme::Key])?, &params, &base, &stamp, trace)
            }
            "get_worker" => {
                let params = rt::params::<GetWorkerParams>(params)?;
                signer
                    .sign(signer.choose(&[Scheme::Key])?, &params, &base, &stamp, trace)
            }
            "get_worker_history" => {
                let params = rt::params::<GetWorkerHistoryParams>(params)?;
                signer
                    .sign(signer.choose(&[Scheme::Key])?, &params, &base, &stamp, trace)
            }
            "list_groups" => {
                let params = rt::params::<ListGroupsParams>(params)?;
                signer
                    .sign(signer.choose(&[Scheme::Key])?, &params, &base, &stamp, trace)
            }
            "get_group" => {
                let params = rt::params::<GetGroupParams>(params)?;
                signer
                    .sign(signer.choose(&[Scheme::Key])?, &params, &base, &stamp, trace)
            }
            "set_payment_address" => {
                let params = rt::params::<SetPaymentAddressParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "get_payment_history" => {
                let params = rt::params::<GetPaymentHistoryParams>(params)?;
                signer
                    .sign(signer.choose(&[Scheme::Key])?, &params, &base, &stamp, trace)
            }
            "get_profit" => {
                let params = rt::params::<GetProfitParams>(params)?;
                signer
                    .sign(signer.choose(&[Scheme::Key])?, &params, &base, &stamp, trace)
            }
            "get_profit_history" => {
                let params = rt::params::<GetProfitHistoryParams>(params)?;
                signer
                    .sign(signer.choose(&[Scheme::Key])?, &params, &base, &stamp, trace)
            }
            "sweep_wallet" => {
                let params = rt::params::<SweepWalletParams>(params)?;
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
            "get_account" => {
                let params = rt::params::<GetAccountParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Key])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            AccountInfo,
                        >(
                            rt::Call::idempotent("get_account"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "list_sub_accounts" => {
                let params = rt::params::<ListSubAccountsParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            SubAccountPage,
                        >(
                            rt::Call::idempotent("list_sub_accounts"),
                            scheme,
                            &params,
                            &rt::Envelope {
                                data: None,
                                code: Some("code"),
                                success: &["0"],
                                message: Some("message"),
                                jsonrpc: false,
                            },
                        )
                        .await?,
                )
            }
            "create_sub_account" => {
                let params = rt::params::<CreateSubAccountParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            SubAccount,
                        >(
                            rt::Call::once("create_sub_account"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "list_observers" => {
                let params = rt::params::<ListObserversParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Key])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            ObserverPage,
                        >(
                            rt::Call::idempotent("list_observers"),
                            scheme,
                            &params,
                            &rt::Envelope {
                                data: None,
                                code: Some("code"),
                                success: &["0"],
                                message: Some("message"),
                                jsonrpc: false,
                            },
                        )
                        .await?,
                )
            }
            "create_observer" => {
                let params = rt::params::<CreateObserverParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Observer,
                        >(rt::Call::once("create_observer"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            "create_sub_account_aggregate" => {
                let params = rt::params::<CreateSubAccountAggregateParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            AggregateAccount,
                        >(
                            rt::Call::once("create_sub_account_aggregate"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "get_hashrate" => {
                let params = rt::params::<GetHashrateParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Key])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            AccountHashrate,
                        >(
                            rt::Call::idempotent("get_hashrate"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "get_hashrate_history" => {
                let params = rt::params::<GetHashrateHistoryParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Key])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            HashrateDayPage,
                        >(
                            rt::Call::idempotent("get_hashrate_history"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "get_hashrate_chart" => {
                let params = rt::params::<GetHashrateChartParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Key])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Vec<ChartPoint>,
                        >(
                            rt::Call::idempotent("get_hashrate_chart"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "list_workers" => {
                let params = rt::params::<ListWorkersParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Key])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            WorkerPage,
                        >(
                            rt::Call::idempotent("list_workers"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "get_worker" => {
                let params = rt::params::<GetWorkerParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Key])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Worker,
                        >(rt::Call::idempotent("get_worker"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            "get_worker_history" => {
                let params = rt::params::<GetWorkerHistoryParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Key])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            HashrateDayPage,
                        >(
                            rt::Call::idempotent("get_worker_history"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "list_groups" => {
                let params = rt::params::<ListGroupsParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Key])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            GroupPage,
                        >(
                            rt::Call::idempotent("list_groups"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "get_group" => {
                let params = rt::params::<GetGroupParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Key])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Group,
                        >(rt::Call::idempotent("get_group"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            "set_payment_address" => {
                let params = rt::params::<SetPaymentAddressParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            CoinAddress,
                        >(
                            rt::Call::once("set_payment_address"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "get_payment_history" => {
                let params = rt::params::<GetPaymentHistoryParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Key])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            PaymentPage,
                        >(
                            rt::Call::idempotent("get_payment_history"),
                            scheme,
                            &params,
                            &rt::Envelope {
                                data: None,
                                code: Some("code"),
                                success: &["0"],
                                message: Some("message"),
                                jsonrpc: false,
                            },
                        )
                        .await?,
                )
            }
            "get_profit" => {
                let params = rt::params::<GetProfitParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Key])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Profit,
                        >(rt::Call::idempotent("get_profit"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            "get_profit_history" => {
                let params = rt::params::<GetProfitHistoryParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Key])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            ProfitDayPage,
                        >(
                            rt::Call::idempotent("get_profit_history"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "sweep_wallet" => {
                let params = rt::params::<SweepWalletParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            SweptBalance,
                        >(rt::Call::once("sweep_wallet"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            _ => Err(rt::Error::unknown_endpoint(endpoint)),
        }
    }
    /// What `venue list` shows for this venue.
    pub static INFO: rt::VenueInfo = rt::VenueInfo {
        name: "viabtc",
        title: "ViaBTC Pool",
        credentials: &["api_key", "secret"],
        endpoints: &[
            rt::EndpointInfo {
                name: "get_account",
                method: "GET",
                path: "/account",
                auth: "key",
                params: &[],
            },
            rt::EndpointInfo {
                name: "list_sub_accounts",
                method: "GET",
                path: "/account/sub",
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
                ],
            },
            rt::EndpointInfo {
                name: "create_sub_account",
                method: "POST",
                path: "/account/sub",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "account",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "list_observers",
                method: "GET",
                path: "/account/observer",
                auth: "key",
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
                ],
            },
            rt::EndpointInfo {
                name: "create_observer",
                method: "POST",
                path: "/account/observer",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "name",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "create_sub_account_aggregate",
                method: "POST",
                path: "/account/sub/aggregate",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "account",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "observer_name",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "withdraw_address",
                        location: "body",
                        ty: "json",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "get_hashrate",
                method: "GET",
                path: "/hashrate",
                auth: "key",
                params: &[
                    rt::ParamInfo {
                        name: "coin",
                        location: "query",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "get_hashrate_history",
                method: "GET",
                path: "/hashrate/history",
                auth: "key",
                params: &[
                    rt::ParamInfo {
                        name: "coin",
                        location: "query",
                        ty: "string",
                        required: true,
                        values: &[],
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
                        name: "utc",
                        location: "query",
                        ty: "bool",
                        required: false,
                        values: &[],
                    },
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
                ],
            },
            rt::EndpointInfo {
                name: "get_hashrate_chart",
                method: "GET",
                path: "/hashrate/chart",
                auth: "key",
                params: &[
                    rt::ParamInfo {
                        name: "coin",
                        location: "query",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "interval",
                        location: "query",
                        ty: "enum",
                        required: true,
                        values: &["min", "hour", "day"],
                    },
                    rt::ParamInfo {
                        name: "period",
                        location: "query",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "utc",
                        location: "query",
                        ty: "bool",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "list_workers",
                method: "GET",
                path: "/hashrate/worker",
                auth: "key",
                params: &[
                    rt::ParamInfo {
                        name: "coin",
                        location: "query",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "group_id",
                        location: "query",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
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
                ],
            },
            rt::EndpointInfo {
                name: "get_worker",
                method: "GET",
                path: "/hashrate/worker/{worker_id}",
                auth: "key",
                params: &[
                    rt::ParamInfo {
                        name: "worker_id",
                        location: "path",
                        ty: "integer",
                        required: true,
                        values: &[],
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
                name: "get_worker_history",
                method: "GET",
                path: "/hashrate/worker/{worker_id}/history",
                auth: "key",
                params: &[
                    rt::ParamInfo {
                        name: "worker_id",
                        location: "path",
                        ty: "integer",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "coin",
                        location: "query",
                        ty: "string",
                        required: true,
                        values: &[],
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
                        name: "utc",
                        location: "query",
                        ty: "bool",
                        required: false,
                        values: &[],
                    },
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
                ],
            },
            rt::EndpointInfo {
                name: "list_groups",
                method: "GET",
                path: "/hashrate/group",
                auth: "key",
                params: &[
                    rt::ParamInfo {
                        name: "coin",
                        location: "query",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
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
                ],
            },
            rt::EndpointInfo {
                name: "get_group",
                method: "GET",
                path: "/hashrate/group/{group_id}",
                auth: "key",
                params: &[
                    rt::ParamInfo {
                        name: "group_id",
                        location: "path",
                        ty: "integer",
                        required: true,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "set_payment_address",
                method: "POST",
                path: "/wallet/payment/address",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "coin",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "address",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "payment_password",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "get_payment_history",
                method: "GET",
                path: "/wallet/payment/history",
                auth: "key",
                params: &[
                    rt::ParamInfo {
                        name: "coin",
                        location: "query",
                        ty: "string",
                        required: true,
                        values: &[],
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
                        name: "utc",
                        location: "query",
                        ty: "bool",
                        required: false,
                        values: &[],
                    },
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
                ],
            },
            rt::EndpointInfo {
                name: "get_profit",
                method: "GET",
                path: "/profit",
                auth: "key",
                params: &[
                    rt::ParamInfo {
                        name: "coin",
                        location: "query",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "get_profit_history",
                method: "GET",
                path: "/profit/history",
                auth: "key",
                params: &[
                    rt::ParamInfo {
                        name: "coin",
                        location: "query",
                        ty: "string",
                        required: true,
                        values: &[],
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
                        name: "utc",
                        location: "query",
                        ty: "bool",
                        required: false,
                        values: &[],
                    },
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
                ],
            },
            rt::EndpointInfo {
                name: "sweep_wallet",
                method: "POST",
                path: "/wallet/sweep",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "coin",
                        location: "body",
                        ty: "string",
                        required: true,
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
        /// Source: Seed 004 (viapool_api wiki "api_authentication"): `echo -n 'coin=BTC&amount=1.0&tonce=1513746038205' | openssl dgst -sha256 -hmac "d186…68b0"` outputs 4a1c…bc59, with the document's sample keys (also tests/reference/seeds.py case viabtc-doc-get).
        #[test]
        fn docs_get_query_signature() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("16289e05354c3c3814b8f3045950395f"),
                secret: rt::SecretString::from(
                    "d186ababcb0eb1f6af5c1519424f462b84c631f86c06309992ae1f15604668b0",
                ),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://www.viabtc.net/res/openapi/v1")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1513746038205u64,
                nonce: 1513746038205u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let parts = rt::Parts::raw(
                &base,
                &ENCODING,
                rt::Method::Get,
                "/res/openapi/v1/hashrate?coin=BTC&amount=1.0&tonce=1513746038205",
                "",
                "",
            );
            let request = signer
                .sign_parts(Scheme::Signed, parts, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("payload"), Some("coin=BTC&amount=1.0&tonce=1513746038205"),
                "value `{}`", "payload"
            );
            assert_eq!(
                request.header("X-API-KEY"), Some("16289e05354c3c3814b8f3045950395f"),
                "header `{}`", "X-API-KEY"
            );
            assert_eq!(
                request.header("X-SIGNATURE"),
                Some("4a1c9e4c73629b62fd999cbbcd2bc8b87a07f1791ae61ba576427f820dd3bc59"),
                "header `{}`", "X-SIGNATURE"
            );
            assert_eq!(
                request.url,
                "https://www.viabtc.net/res/openapi/v1/hashrate?coin=BTC&amount=1.0&tonce=1513746038205"
            );
        }
        /// Source: Seed 004: `echo -n '{"coin": "BTC", "amount": "1.0", tonce: 1513746038205}' | openssl dgst -sha256 -hmac "d186…68b0"` outputs 2dd2…e354, and the curl sends those exact bytes (also tests/reference/seeds.py case viabtc-doc-post-raw). The body is not valid JSON; the signer must sign and send it byte for byte.
        #[test]
        fn docs_post_raw_body_signature() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("16289e05354c3c3814b8f3045950395f"),
                secret: rt::SecretString::from(
                    "d186ababcb0eb1f6af5c1519424f462b84c631f86c06309992ae1f15604668b0",
                ),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://www.viabtc.net/res/openapi/v1")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1513746038205u64,
                nonce: 1513746038205u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let parts = rt::Parts::raw(
                &base,
                &ENCODING,
                rt::Method::Post,
                "/res/openapi/v1/hashrate",
                "{\"coin\": \"BTC\", \"amount\": \"1.0\", tonce: 1513746038205}",
                "",
            );
            let request = signer
                .sign_parts(Scheme::Signed, parts, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("payload"),
                Some("{\"coin\": \"BTC\", \"amount\": \"1.0\", tonce: 1513746038205}"),
                "value `{}`", "payload"
            );
            assert_eq!(
                request.header("X-API-KEY"), Some("16289e05354c3c3814b8f3045950395f"),
                "header `{}`", "X-API-KEY"
            );
            assert_eq!(
                request.header("X-SIGNATURE"),
                Some("2dd2cc09cb5b11c7f24d457b1c01e46f2f2b17f06a62bf29eda35b5fb45ce354"),
                "header `{}`", "X-SIGNATURE"
            );
            assert_eq!(
                request.header("Content-Type"), Some("application/json"), "header `{}`",
                "Content-Type"
            );
            assert_eq!(request.url, "https://www.viabtc.net/res/openapi/v1/hashrate");
            assert_eq!(
                request.body.as_deref(),
                Some("{\"coin\": \"BTC\", \"amount\": \"1.0\", tonce: 1513746038205}"
                .as_bytes())
            );
        }
        /// Source: Seed 004's prose body with `tonce` quoted, signed with the same openssl recipe (tests/reference/seeds.py case viabtc-doc-post-validjson-contrast; the value endpoints.md also gives). Not a documented signature: it shows that quoting tonce changes it.
        #[test]
        fn reference_post_valid_json_contrast() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("16289e05354c3c3814b8f3045950395f"),
                secret: rt::SecretString::from(
                    "d186ababcb0eb1f6af5c1519424f462b84c631f86c06309992ae1f15604668b0",
                ),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://www.viabtc.net/res/openapi/v1")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1513746038205u64,
                nonce: 1513746038205u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let parts = rt::Parts::raw(
                &base,
                &ENCODING,
                rt::Method::Post,
                "/res/openapi/v1/hashrate",
                "{\"coin\": \"BTC\", \"amount\": \"1.0\", \"tonce\": 1513746038205}",
                "",
            );
            let request = signer
                .sign_parts(Scheme::Signed, parts, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                request.header("X-SIGNATURE"),
                Some("3a316ba17fd9d8aa33176402ca0f636f3e05cc3c33a85fe4c18a228e84d0e4df"),
                "header `{}`", "X-SIGNATURE"
            );
            assert_eq!(
                request.body.as_deref(),
                Some("{\"coin\": \"BTC\", \"amount\": \"1.0\", \"tonce\": 1513746038205}"
                .as_bytes())
            );
        }
        /// Source: Seed 004's openssl HMAC-SHA256 recipe over the GET query string (tests/reference/seeds.py, case viabtc-a-get-account-sub).
        #[test]
        fn reference_list_sub_accounts() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("vb-key-0001"),
                secret: rt::SecretString::from("vb-secret-0001"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://www.viabtc.net/res/openapi/v1")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000000u64,
                nonce: 1700000000000u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: ListSubAccountsParams = rt::serde_json::from_str("{}")
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("payload"), Some("tonce=1700000000000"), "value `{}`",
                "payload"
            );
            assert_eq!(
                request.header("X-API-KEY"), Some("vb-key-0001"), "header `{}`",
                "X-API-KEY"
            );
            assert_eq!(
                request.header("X-SIGNATURE"),
                Some("a6decbbe8390ae2e4108d77337bdfe9d3860d48e652aa24943ddf0eb712d7cd1"),
                "header `{}`", "X-SIGNATURE"
            );
            assert_eq!(
                request.url,
                "https://www.viabtc.net/res/openapi/v1/account/sub?tonce=1700000000000"
            );
        }
        /// Source: Seed 004's openssl HMAC-SHA256 recipe over the raw POST body, compact JSON (tests/reference/seeds.py, case viabtc-b-post-wallet-sweep).
        #[test]
        fn reference_sweep_wallet() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("vb-key-0001"),
                secret: rt::SecretString::from("vb-secret-0001"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://www.viabtc.net/res/openapi/v1")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000000u64,
                nonce: 1700000000000u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: SweepWalletParams = rt::serde_json::from_str(
                    "{\"coin\":\"BTC\"}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                request.header("X-API-KEY"), Some("vb-key-0001"), "header `{}`",
                "X-API-KEY"
            );
            assert_eq!(
                request.header("X-SIGNATURE"),
                Some("6a631b43f3a01ed9d0e8690d07e9b10918f25633d2e5fc1606f170e9cbaddfce"),
                "header `{}`", "X-SIGNATURE"
            );
            assert_eq!(
                request.header("Content-Type"), Some("application/json"), "header `{}`",
                "Content-Type"
            );
            assert_eq!(
                request.url, "https://www.viabtc.net/res/openapi/v1/wallet/sweep"
            );
            assert_eq!(
                request.body.as_deref(),
                Some("{\"coin\":\"BTC\",\"tonce\":1700000000000}".as_bytes())
            );
        }
    }
}
