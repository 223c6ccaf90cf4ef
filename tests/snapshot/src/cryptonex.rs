/// Cryptonex client, generated from its spec.
///
/// Cryptonex user API, JSON-RPC 2.0: every call is a POST to <https://userapi.cryptonex.org/api>
/// with {"jsonrpc":"2.0","method":…,"params":{"key","sign","nonce",…},"id":…}. `sign` is a
/// plain SHA-256 (not an HMAC) over method + nonce + secret key, hex encoded; the other params
/// are not signed. `nonce` must increase with every request; this client uses a strictly
/// increasing, millisecond-seeded counter (the official SDK seeds with unix seconds and adds 1
/// per call, so moving from the SDK to this client keeps the nonce increasing) and sends it as
/// the JSON-RPC id too.
/// Document inconsistencies recorded here: in the seed's examples a request with id 2 gets a
/// response with id 1 (account.withdraw) or 5 (transaction.list), so the id is not reliably
/// echoed; the official SDK posts the misspelt key "jsonrps" and a fixed id 1. The seed copy
/// is the Turkish page; the English page (cryptonex.org/api-en.html) words the sign the same
/// way. Error codes are not documented; the SDK's mock server (not the live API) uses -32602
/// invalid params, -33101 key not valid, -33102 sign not valid, -33103 hash not valid, -33104
/// coupon not valid. The sandbox URL is the SDK's newer test host
/// (<https://demo-userapi.cryptonex.org>; an older <https://test-userapi.cryptonex.org> also
/// appears); whether either still answers is unknown.
///
/// Sources:
///
/// - ../shared/seeds/003_a7e692740a6b105d.txt (Cryptonex API page, Turkish copy)
/// - <https://cryptonex.org/api-en.html>
/// - <https://github.com/Cryptonex/python-api-client> (cryptonexapi.py, test/serverjson.py)
/// - ../shared/seeds/endpoints.md section 4
pub mod cryptonex {
    use ::venue_runtime as rt;
    use rt::ExposeSecret;
    pub const PRODUCTION_URL: &str = "https://userapi.cryptonex.org";
    pub const SANDBOX_URL: &str = "https://demo-userapi.cryptonex.org";
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
        jsonrpc: true,
    };
    ///Credentials for Cryptonex. Debug output never shows their values.
    #[derive(Clone, Debug)]
    pub struct Credentials {
        /// Public key from the profile's API settings (the `key` param).
        pub api_key: rt::SecretString,
        /// Secret key; appended to method and nonce and hashed with SHA-256.
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
        /// params key, sign = hex(sha256(rpc_method ~ nonce ~ secret)) and nonce, first in `params`.
        Signed,
    }
    impl Scheme {
        pub fn name(self) -> &'static str {
            match self {
                Scheme::Signed => "signed",
            }
        }
    }
    ///Values of the `signed` scheme fixed before the request is assembled.
    #[derive(Debug)]
    struct SignedStamp {
        n: u64,
        sign: rt::Text,
    }
    /// Signs requests. Values that depend only on credentials are computed once, here.
    #[derive(Debug)]
    pub struct Signer {
        credentials: Credentials,
    }
    impl Signer {
        pub fn new(credentials: Credentials) -> Result<Self, rt::Error> {
            Ok(Signer { credentials })
        }
        /// Whether the optional credentials `scheme` reads were given.
        pub fn can_sign(&self, scheme: Scheme) -> bool {
            match scheme {
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
                Scheme::Signed => {
                    let pre = self.signed_stamp(&parts.head(), stamp, trace)?;
                    self.signed_finish(parts, &pre, stamp, trace)
                }
            }
        }
        fn signed_stamp(
            &self,
            head: &rt::Head<'_>,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<SignedStamp, rt::Error> {
            let n = stamp.nonce();
            trace.record("n", &n);
            let sign = rt::hex(
                rt::sha256(
                        rt::pieces!(
                            head.rpc_method, n, self.credentials.secret.expose_secret()
                        ),
                    )
                    .as_slice(),
            );
            trace.record("sign", &sign);
            Ok(SignedStamp { n, sign })
        }
        fn sign_signed<E: rt::Endpoint>(
            &self,
            endpoint: &E,
            base: &rt::BaseUrl,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let mut request = rt::Assembly::new(endpoint, base, &ENCODING)?;
            let pre = self.signed_stamp(&request.head(), stamp, trace)?;
            request.params().field("key", self.credentials.api_key.expose_secret());
            request.params().field("sign", &pre.sign);
            request.params().field("nonce", &pre.n);
            let parts = request.finish(stamp.nonce);
            self.signed_finish(parts, &pre, stamp, trace)
        }
        fn signed_finish(
            &self,
            parts: rt::Parts,
            _pre: &SignedStamp,
            _stamp: &rt::Stamp,
            _trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            Ok(parts.into_request())
        }
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct CnxAccount {
        pub balance: rt::Decimal,
        /// Lower-case currency, e.g. btc.
        pub currency: String,
        /// The account's hash (its on-site address).
        pub hash: String,
        /// e.g. crypto.
        pub r#type: String,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct AccountList {
        pub accounts: Vec<CnxAccount>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Withdrawal {
        pub id: i64,
        pub user_id: i64,
        pub balance: rt::Decimal,
        /// How the withdrawal is confirmed, e.g. email.
        pub confirm_type: String,
        pub currency: String,
        pub hash: String,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct TransactionSummary {
        /// e.g. 2017-08-31 22:46:31.15804.
        pub first_stamp: String,
        pub last_stamp: String,
        pub total: i64,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Transaction {
        pub block_hash: String,
        pub from_amount: rt::Decimal,
        pub from_commission: rt::Decimal,
        pub from_currency: String,
        pub from_hash: String,
        pub id: i64,
        pub post_stamp: String,
        pub rate: rt::Decimal,
        /// Seen: moderate, complete (full list not documented).
        pub status: String,
        pub to_amount: rt::Decimal,
        pub to_currency: String,
        pub to_hash: String,
        pub tx_id: String,
        /// Seen: withdrawal, transfer (full list not documented).
        pub r#type: String,
        pub update_stamp: String,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct TransactionList {
        pub summary: TransactionSummary,
        pub transactions: Vec<Transaction>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Rate {
        /// Pair, e.g. CNX/BTC.
        pub alias: String,
        pub ask: rt::Decimal,
        pub base_currency: String,
        pub base_type: String,
        pub bid: rt::Decimal,
        /// Seen: cross, cancel.
        pub convert_type: String,
        pub rel_currency_id: String,
        pub rel_type: String,
        pub update_stamp: String,
        pub value_last_24h: rt::Decimal,
        /// In the SDK's mock server only.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub last_price: Option<rt::Decimal>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct RateList {
        pub rates: Vec<Rate>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct ConvertResult {
        /// "ok" on success.
        pub status: String,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct UserInfo {
        pub id: i64,
        /// The account's e-mail.
        pub login: String,
        pub auth_2fa: bool,
        pub deposit_auto_convert: bool,
        pub eth_cnx_bonus: rt::Decimal,
        pub post_stamp: String,
    }
    ///Parameters of `account_list`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct AccountListParams {
        /// Not in the document; the SDK allows it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub max_count: Option<i64>,
    }
    impl rt::Endpoint for AccountListParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        const RPC_METHOD: Option<&'static str> = Some("user.account_list");
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("max_count", &self.max_count);
        }
    }
    ///Parameters of `withdraw`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct WithdrawParams {
        /// Hash of your on-site account to send from.
        pub from_hash: String,
        /// Destination on-site account hash or external crypto wallet.
        pub to_hash: String,
        /// Amount to send, as a string, e.g. "5".
        pub amount: rt::Decimal,
        /// Two-factor code, when 2FA is enabled.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub auth_2fa_code: Option<String>,
    }
    impl rt::Endpoint for WithdrawParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        const RPC_METHOD: Option<&'static str> = Some("account.withdraw");
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("from_hash", &self.from_hash);
            body.field("to_hash", &self.to_hash);
            body.field("amount", &self.amount);
            body.field("auth_2fa_code", &self.auth_2fa_code);
        }
    }
    ///Parameters of `transaction_list`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct TransactionListParams {
        /// Maximum number of transactions returned.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub max_count: Option<i64>,
        /// Not in the document; the SDK sends it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub offset: Option<i64>,
    }
    impl rt::Endpoint for TransactionListParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        const RPC_METHOD: Option<&'static str> = Some("transaction.list");
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("max_count", &self.max_count);
            body.field("offset", &self.offset);
        }
    }
    ///Parameters of `rate_list`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct RateListParams {}
    impl rt::Endpoint for RateListParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        const RPC_METHOD: Option<&'static str> = Some("currency_pair.get_rate_list");
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api");
        }
    }
    ///Parameters of `convert`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct ConvertParams {
        /// Amount, as a string, e.g. "1".
        pub amount: rt::Decimal,
        /// Currency to exchange from, e.g. cnx.
        pub from_currency: String,
        /// Currency to receive, e.g. btc.
        pub to_currency: String,
    }
    impl rt::Endpoint for ConvertParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        const RPC_METHOD: Option<&'static str> = Some("currency.convert");
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("amount", &self.amount);
            body.field("from_currency", &self.from_currency);
            body.field("to_currency", &self.to_currency);
        }
    }
    ///Parameters of `user_info`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct UserInfoParams {}
    impl rt::Endpoint for UserInfoParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        const RPC_METHOD: Option<&'static str> = Some("user.info");
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api");
        }
    }
    ///Async client for Cryptonex.
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
                "cryptonex",
                &[Some(&credentials.api_key), Some(&credentials.secret)],
            );
            Ok(Client {
                core: rt::ClientCore::new(base_url)?
                    .with_name("cryptonex")
                    .with_key(key),
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
        /// JSON-RPC `user.account_list`.
        ///
        /// The user's accounts and balances.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.account_list(&AccountListParams {
        ///     max_count: Some(0),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn account_list(
            &self,
            params: &AccountListParams,
        ) -> Result<AccountList, rt::Error> {
            self.call(
                    rt::Call::idempotent("account_list").with_nonce(),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// JSON-RPC `account.withdraw`.
        ///
        /// Sends funds from one of your accounts to another account hash or a crypto wallet.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.withdraw(&WithdrawParams {
        ///     from_hash: "...".into(),
        ///     to_hash: "...".into(),
        ///     amount: "1.0".parse()?,
        ///     auth_2fa_code: None,
        /// }).await?;
        /// ```
        pub async fn withdraw(
            &self,
            params: &WithdrawParams,
        ) -> Result<Withdrawal, rt::Error> {
            self.call(
                    rt::Call::once("withdraw").with_nonce(),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// JSON-RPC `transaction.list`.
        ///
        /// Recent transactions with a summary.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.transaction_list(&TransactionListParams {
        ///     max_count: Some(0),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn transaction_list(
            &self,
            params: &TransactionListParams,
        ) -> Result<TransactionList, rt::Error> {
            self.call(
                    rt::Call::idempotent("transaction_list").with_nonce(),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// JSON-RPC `currency_pair.get_rate_list`.
        ///
        /// Rates of all currency pairs.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.rate_list().await?;
        /// ```
        pub async fn rate_list(&self) -> Result<RateList, rt::Error> {
            self.call(
                    rt::Call::idempotent("rate_list").with_nonce(),
                    Scheme::Signed,
                    &RateListParams {},
                    &ENVELOPE,
                )
                .await
        }
        /// JSON-RPC `currency.convert`.
        ///
        /// Converts between currencies. The document gives no required flags; all three are needed for a conversion, so they are marked required (inferred).
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.convert(&ConvertParams {
        ///     amount: "1.0".parse()?,
        ///     from_currency: "...".into(),
        ///     to_currency: "...".into(),
        /// }).await?;
        /// ```
        pub async fn convert(
            &self,
            params: &ConvertParams,
        ) -> Result<ConvertResult, rt::Error> {
            self.call(
                    rt::Call::once("convert").with_nonce(),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// JSON-RPC `user.info`.
        ///
        /// The user's profile.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.user_info().await?;
        /// ```
        pub async fn user_info(&self) -> Result<UserInfo, rt::Error> {
            self.call(
                    rt::Call::idempotent("user_info").with_nonce(),
                    Scheme::Signed,
                    &UserInfoParams {},
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
            "account_list" => {
                let params = rt::params::<AccountListParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "withdraw" => {
                let params = rt::params::<WithdrawParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "transaction_list" => {
                let params = rt::params::<TransactionListParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "rate_list" => {
                let params = rt::params::<RateListParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "convert" => {
                let params = rt::params::<ConvertParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "user_info" => {
                let params = rt::params::<UserInfoParams>(params)?;
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
            "account_list" => {
                let params = rt::params::<AccountListParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            AccountList,
                        >(
                            rt::Call::idempotent("account_list").with_nonce(),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "withdraw" => {
                let params = rt::params::<WithdrawParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Withdrawal,
                        >(
                            rt::Call::once("withdraw").with_nonce(),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "transaction_list" => {
                let params = rt::params::<TransactionListParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            TransactionList,
                        >(
                            rt::Call::idempotent("transaction_list").with_nonce(),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "rate_list" => {
                let params = rt::params::<RateListParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            RateList,
                        >(
                            rt::Call::idempotent("rate_list").with_nonce(),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "convert" => {
                let params = rt::params::<ConvertParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            ConvertResult,
                        >(
                            rt::Call::once("convert").with_nonce(),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "user_info" => {
                let params = rt::params::<UserInfoParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            UserInfo,
                        >(
                            rt::Call::idempotent("user_info").with_nonce(),
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
        name: "cryptonex",
        title: "Cryptonex",
        credentials: &["api_key", "secret"],
        endpoints: &[
            rt::EndpointInfo {
                name: "account_list",
                method: "POST",
                path: "/api",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "max_count",
                        location: "body",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "withdraw",
                method: "POST",
                path: "/api",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "from_hash",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "to_hash",
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
                        name: "auth_2fa_code",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "transaction_list",
                method: "POST",
                path: "/api",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "max_count",
                        location: "body",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "offset",
                        location: "body",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "rate_list",
                method: "POST",
                path: "/api",
                auth: "signed",
                params: &[],
            },
            rt::EndpointInfo {
                name: "convert",
                method: "POST",
                path: "/api",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "amount",
                        location: "body",
                        ty: "decimal",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "from_currency",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "to_currency",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "user_info",
                method: "POST",
                path: "/api",
                auth: "signed",
                params: &[],
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
        /// Source: The document's own sign example strings "user.account_list" + "1" + "aQcLC343dsfg9hgbOLGeredfsdfIry", hashed with the SDK's sha256 line (tests/reference/seeds.py, case cryptonex-a-user-account-list; the expected body is that case's JSON-RPC layout: compact, params key/sign/nonce first, id = nonce).
        #[test]
        fn reference_account_list() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("cnx-key-0001"),
                secret: rt::SecretString::from("aQcLC343dsfg9hgbOLGeredfsdfIry"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://userapi.cryptonex.org")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 0u64,
                nonce: 1u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: AccountListParams = rt::serde_json::from_str("{}")
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("sign"),
                Some("6b803f24908137854461a5cca73f68e8630a9e79c49dc0ad50a15b03e88d4443"),
                "value `{}`", "sign"
            );
            assert_eq!(
                request.header("Content-Type"), Some("application/json"), "header `{}`",
                "Content-Type"
            );
            assert_eq!(request.url, "https://userapi.cryptonex.org/api");
            assert_eq!(
                request.body.as_deref(),
                Some("{\"jsonrpc\":\"2.0\",\"method\":\"user.account_list\",\"params\":{\"key\":\"cnx-key-0001\",\"sign\":\"6b803f24908137854461a5cca73f68e8630a9e79c49dc0ad50a15b03e88d4443\",\"nonce\":1},\"id\":1}"
                .as_bytes())
            );
        }
        /// Source: The document's transaction.list example params, sign via the SDK's sha256 line (tests/reference/seeds.py, case cryptonex-b-transaction-list).
        #[test]
        fn reference_transaction_list() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("cnx-key-0001"),
                secret: rt::SecretString::from("cnx-secret-0001"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://userapi.cryptonex.org")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 0u64,
                nonce: 2u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: TransactionListParams = rt::serde_json::from_str(
                    "{\"max_count\":10}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("sign"),
                Some("8b9c8a940f3f52e5115f54dd558688bcc0863dc48b6b38124a630aefd5b7a5bd"),
                "value `{}`", "sign"
            );
            assert_eq!(request.url, "https://userapi.cryptonex.org/api");
            assert_eq!(
                request.body.as_deref(),
                Some("{\"jsonrpc\":\"2.0\",\"method\":\"transaction.list\",\"params\":{\"key\":\"cnx-key-0001\",\"sign\":\"8b9c8a940f3f52e5115f54dd558688bcc0863dc48b6b38124a630aefd5b7a5bd\",\"nonce\":2,\"max_count\":10},\"id\":2}"
                .as_bytes())
            );
        }
        /// Source: The document's currency.convert example params, sign via the SDK's sha256 line (tests/reference/seeds.py, case cryptonex-c-currency-convert).
        #[test]
        fn reference_convert() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("cnx-key-0001"),
                secret: rt::SecretString::from("cnx-secret-0001"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://userapi.cryptonex.org")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 0u64,
                nonce: 3u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: ConvertParams = rt::serde_json::from_str(
                    "{\"amount\":\"1\",\"from_currency\":\"cnx\",\"to_currency\":\"btc\"}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("sign"),
                Some("48a6b3144da2191b20de57d427040d7a28b33fc37059a996c71f8dadf19030d4"),
                "value `{}`", "sign"
            );
            assert_eq!(request.url, "https://userapi.cryptonex.org/api");
            assert_eq!(
                request.body.as_deref(),
                Some("{\"jsonrpc\":\"2.0\",\"method\":\"currency.convert\",\"params\":{\"key\":\"cnx-key-0001\",\"sign\":\"48a6b3144da2191b20de57d427040d7a28b33fc37059a996c71f8dadf19030d4\",\"nonce\":3,\"amount\":\"1\",\"from_currency\":\"cnx\",\"to_currency\":\"btc\"},\"id\":3}"
                .as_bytes())
            );
        }
    }
}
