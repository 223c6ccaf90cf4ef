/// KunaPay client, generated from its spec.
///
/// Kuna Pay merchant API v1. Two auth modes: a single `api-key` header, or signed requests with
/// `public-key`, `nonce` (unix ms as a string, always higher than the previous one) and
/// `signature` = lowercase hex HMAC-SHA384(private key, path + nonce + JSON body), where a GET
/// signs (and, in the document's Python, sends) the body `{}`.
/// Document inconsistencies recorded here: (1) base URL: the JS examples use
/// <https://api.kunapay.io> (used here) and the Python examples on the same page use
/// <https://api.dashboard.kuna.io>; the reference examples below pin the Python host. (2) The
/// Python POST example signs the compact body `{"asset":"USD","amount":"1000"}` but sends it
/// with requests.post(json=body), i.e. `{"asset": "USD", "amount": "1000"}`, so its signed and
/// sent bytes differ; this client signs and sends the same compact bytes. (3) The comment
/// "/v4/private/getBalance" in the examples is a leftover from the Kuna exchange v4 docs, not
/// a KunaPay path. Whether a query string is part of the signed path is not documented (no
/// documented endpoint has one). A third-party integrator claims the header is `X-Api-Key`,
/// which conflicts with the official `api-key`.
/// Responses: the examples print `response.data`, so payloads are taken to sit in `data`
/// (inferred); their shapes and the error shape are not documented, so responses are untyped.
/// Callbacks (not covered by this client): POST {event, data} with a `kun-signature` header made
/// with the private key issued with the API key; the exact algorithm is not documented.
///
/// Sources:
///
/// - ../shared/seeds/000_21dfe04543b24a17.txt (docs.kunapay.io/docs/how-to-call-private-endpoints)
/// - <https://docs.kunapay.io/reference/authentication>
/// - <https://docs.kunapay.io/docs/invoices>
/// - ../shared/seeds/endpoints.md section 1
pub mod kunapay {
    use ::venue_runtime as rt;
    use rt::ExposeSecret;
    pub const PRODUCTION_URL: &str = "https://api.kunapay.io";
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
        code: None,
        success: &[],
        message: None,
        jsonrpc: false,
    };
    ///Credentials for KunaPay. Debug output never shows their values.
    #[derive(Clone, Debug)]
    pub struct Credentials {
        /// The single API key, for the `api_key` scheme (header api-key).
        pub api_key: Option<rt::SecretString>,
        /// Public key issued with the key pair, for the `signed` scheme.
        pub public_key: Option<rt::SecretString>,
        /// Private key issued with the key pair; signs requests with HMAC-SHA384.
        pub private_key: Option<rt::SecretString>,
    }
    impl Credentials {
        /// Reads credentials from a JSON object of strings; unknown names are rejected.
        pub fn from_json(value: &rt::serde_json::Value) -> Result<Self, rt::Error> {
            rt::known_credentials(value, &["api_key", "public_key", "private_key"])?;
            Ok(Credentials {
                api_key: rt::optional_credential(value, "api_key")?,
                public_key: rt::optional_credential(value, "public_key")?,
                private_key: rt::optional_credential(value, "private_key")?,
            })
        }
    }
    /// The auth schemes this venue offers.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Scheme {
        /// One `api-key` header; the docs recommend it only for exploring and the signed mode otherwise. Endpoints prefer `signed` and fall back to this scheme when only an API key is given.
        ApiKey,
        /// public-key, nonce and signature = hex(HMAC-SHA384(private_key, path ~ nonce ~ body)).
        Signed,
    }
    impl Scheme {
        pub fn name(self) -> &'static str {
            match self {
                Scheme::ApiKey => "api_key",
                Scheme::Signed => "signed",
            }
        }
    }
    ///Values of the `signed` scheme fixed before the request is assembled.
    #[derive(Debug)]
    struct SignedStamp {
        n: u64,
    }
    /// Signs requests. Values that depend only on credentials are computed once, here.
    #[derive(Debug)]
    pub struct Signer {
        credentials: Credentials,
        signed_private_key_hmac_sha384: Option<rt::HmacKey>,
        api_key_api_key_header: Option<rt::HeaderValue>,
        signed_public_key_header: Option<rt::HeaderValue>,
    }
    impl Signer {
        pub fn new(credentials: Credentials) -> Result<Self, rt::Error> {
            let signed_private_key_hmac_sha384 = credentials
                .private_key
                .as_ref()
                .map(|private_key| rt::hmac_sha384_key(
                    private_key.expose_secret().as_bytes(),
                ));
            let api_key_api_key_header = credentials
                .api_key
                .as_ref()
                .map(|api_key| rt::HeaderValue::shared(api_key.expose_secret()));
            let signed_public_key_header = credentials
                .public_key
                .as_ref()
                .map(|public_key| rt::HeaderValue::shared(public_key.expose_secret()));
            Ok(Signer {
                credentials,
                signed_private_key_hmac_sha384,
                api_key_api_key_header,
                signed_public_key_header,
            })
        }
        /// Whether the optional credentials `scheme` reads were given.
        pub fn can_sign(&self, scheme: Scheme) -> bool {
            match scheme {
                Scheme::ApiKey => self.credentials.api_key.is_some(),
                Scheme::Signed => {
                    self.credentials.private_key.is_some()
                        && self.credentials.public_key.is_some()
                }
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
                Scheme::ApiKey => self.sign_api_key(endpoint, base, stamp, trace),
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
                Scheme::ApiKey => self.api_key_finish(parts, stamp, trace),
                Scheme::Signed => {
                    let pre = self.signed_stamp(stamp, trace)?;
                    self.signed_finish(parts, &pre, stamp, trace)
                }
            }
        }
        fn sign_api_key<E: rt::Endpoint>(
            &self,
            endpoint: &E,
            base: &rt::BaseUrl,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let parts = rt::Assembly::new(endpoint, base, &ENCODING)?
                .finish(stamp.nonce);
            self.api_key_finish(parts, stamp, trace)
        }
        fn api_key_finish(
            &self,
            mut parts: rt::Parts,
            _stamp: &rt::Stamp,
            _trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            parts.reserve_headers(2usize);
            parts.header("accept", rt::HeaderValue::from_static("application/json"));
            parts
                .header(
                    "api-key",
                    rt::required(self.api_key_api_key_header.as_ref(), "api_key")?
                        .clone(),
                );
            Ok(parts.into_request())
        }
        fn signed_stamp(
            &self,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<SignedStamp, rt::Error> {
            let n = stamp.nonce();
            trace.record("n", &n);
            Ok(SignedStamp { n })
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
            let prehash = rt::pieces!(parts.path(), pre.n, parts.body_text());
            trace.record("prehash", &prehash);
            let sig = rt::hex(
                rt::hmac_with(
                        rt::required(
                            self.signed_private_key_hmac_sha384.as_ref(),
                            "private_key",
                        )?,
                        prehash,
                    )
                    .as_slice(),
            );
            trace.record("sig", &sig);
            parts.reserve_headers(4usize);
            parts.header("accept", rt::HeaderValue::from_static("application/json"));
            parts
                .header(
                    "public-key",
                    rt::required(self.signed_public_key_header.as_ref(), "public_key")?
                        .clone(),
                );
            parts.header("nonce", pre.n);
            parts.header("signature", sig);
            Ok(parts.into_request())
        }
    }
    ///Parameters of `get_balance`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct GetBalanceParams {}
    impl rt::Endpoint for GetBalanceParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/v1/asset/balance");
        }
    }
    ///Parameters of `create_invoice`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct CreateInvoiceParams {
        /// Asset code, e.g. USD.
        pub asset: String,
        /// Amount, sent as a string, e.g. "1000".
        pub amount: rt::Decimal,
    }
    impl rt::Endpoint for CreateInvoiceParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/v1/invoice");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("asset", &self.asset);
            body.field("amount", &self.amount);
        }
    }
    ///Async client for KunaPay.
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
                "kunapay",
                &[
                    credentials.api_key.as_ref(),
                    credentials.public_key.as_ref(),
                    credentials.private_key.as_ref(),
                ],
            );
            Ok(Client {
                core: rt::ClientCore::new(base_url)?.with_name("kunapay").with_key(key),
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
        /// `GET /v1/asset/balance`.
        ///
        /// Account balances (key or signed in the docs). A GET that sends the JSON body `{}`, as the document signs `{}` and its Python sends it. Response shape not documented.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.get_balance().await?;
        /// ```
        pub async fn get_balance(&self) -> Result<rt::serde_json::Value, rt::Error> {
            self.call(
                    rt::Call::idempotent("get_balance").with_nonce(),
                    self.signer.choose(&[Scheme::Signed, Scheme::ApiKey])?,
                    &GetBalanceParams {},
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /v1/invoice`.
        ///
        /// Creates an invoice (key or signed in the docs). Only `asset` and `amount` are documented; their required flags are inferred, and the other fields the docs mention (callback URL, external id, transactional-callback flag) have no documented names. Response shape not documented.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.create_invoice(&CreateInvoiceParams {
        ///     asset: "...".into(),
        ///     amount: "1.0".parse()?,
        /// }).await?;
        /// ```
        pub async fn create_invoice(
            &self,
            params: &CreateInvoiceParams,
        ) -> Result<rt::serde_json::Value, rt::Error> {
            self.call(
                    rt::Call::once("create_invoice").with_nonce(),
                    self.signer.choose(&[Scheme::Signed, Scheme::ApiKey])?,
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
            "get_balance" => {
                let params = rt::params::<GetBalanceParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed, Scheme::ApiKey])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "create_invoice" => {
                let params = rt::params::<CreateInvoiceParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed, Scheme::ApiKey])?,
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
            "get_balance" => {
                let params = rt::params::<GetBalanceParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed, Scheme::ApiKey])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            rt::serde_json::Value,
                        >(
                            rt::Call::idempotent("get_balance").with_nonce(),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "create_invoice" => {
                let params = rt::params::<CreateInvoiceParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed, Scheme::ApiKey])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            rt::serde_json::Value,
                        >(
                            rt::Call::once("create_invoice").with_nonce(),
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
        name: "kunapay",
        title: "KunaPay",
        credentials: &["api_key", "public_key", "private_key"],
        endpoints: &[
            rt::EndpointInfo {
                name: "get_balance",
                method: "GET",
                path: "/v1/asset/balance",
                auth: "signed|api_key",
                params: &[],
            },
            rt::EndpointInfo {
                name: "create_invoice",
                method: "POST",
                path: "/v1/invoice",
                auth: "signed|api_key",
                params: &[
                    rt::ParamInfo {
                        name: "asset",
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
        /// Source: Seed 000's Python "Get account balance using public + private keys" run with these inputs (tests/reference/seeds.py, case kunapay-a-get-balance).
        #[test]
        fn reference_get_balance() {
            let credentials = Credentials {
                api_key: None,
                public_key: Some(rt::SecretString::from("kp-public-0001")),
                private_key: Some(rt::SecretString::from("kp-private-0001")),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.dashboard.kuna.io")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000000u64,
                nonce: 1700000000000u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: GetBalanceParams = rt::serde_json::from_str("{}")
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("prehash"), Some("/v1/asset/balance1700000000000{}"),
                "value `{}`", "prehash"
            );
            assert_eq!(
                request.header("accept"), Some("application/json"), "header `{}`",
                "accept"
            );
            assert_eq!(
                request.header("Content-Type"), Some("application/json"), "header `{}`",
                "Content-Type"
            );
            assert_eq!(
                request.header("public-key"), Some("kp-public-0001"), "header `{}`",
                "public-key"
            );
            assert_eq!(
                request.header("nonce"), Some("1700000000000"), "header `{}`", "nonce"
            );
            assert_eq!(
                request.header("signature"),
                Some("569883a2591aa09c3efe24fec95006feb4434e70941d6df90f7cb90377365cd8fcf4d8f54af32455436abd2d4490ec0a"),
                "header `{}`", "signature"
            );
            assert_eq!(request.url, "https://api.dashboard.kuna.io/v1/asset/balance");
            assert_eq!(request.body.as_deref(), Some("{}".as_bytes()));
        }
        /// Source: Seed 000's Python "Create invoice using public + private keys", signature over the compact body it signs (tests/reference/seeds.py, case kunapay-b-post-invoice; the document itself sends the non-compact form, see its `inconsistency` field).
        #[test]
        fn reference_create_invoice() {
            let credentials = Credentials {
                api_key: None,
                public_key: Some(rt::SecretString::from("kp-public-0001")),
                private_key: Some(rt::SecretString::from("kp-private-0001")),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.dashboard.kuna.io")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000001u64,
                nonce: 1700000000001u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: CreateInvoiceParams = rt::serde_json::from_str(
                    "{\"asset\":\"USD\",\"amount\":\"1000\"}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("prehash"),
                Some("/v1/invoice1700000000001{\"asset\":\"USD\",\"amount\":\"1000\"}"),
                "value `{}`", "prehash"
            );
            assert_eq!(
                request.header("accept"), Some("application/json"), "header `{}`",
                "accept"
            );
            assert_eq!(
                request.header("Content-Type"), Some("application/json"), "header `{}`",
                "Content-Type"
            );
            assert_eq!(
                request.header("public-key"), Some("kp-public-0001"), "header `{}`",
                "public-key"
            );
            assert_eq!(
                request.header("nonce"), Some("1700000000001"), "header `{}`", "nonce"
            );
            assert_eq!(
                request.header("signature"),
                Some("e947e4109849ab0c548c6fe960a1e0af4c5b448e6c17707c10378f14b0f6f01a063613692f4e643e3bda4b713736a6ea"),
                "header `{}`", "signature"
            );
            assert_eq!(request.url, "https://api.dashboard.kuna.io/v1/invoice");
            assert_eq!(
                request.body.as_deref(), Some("{\"asset\":\"USD\",\"amount\":\"1000\"}"
                .as_bytes())
            );
        }
        /// Source: Seed 000's "Create invoice using API key" JavaScript example (JSON.stringify, compact body): its headers are accept, content-type and api-key, and it carries no nonce or signature. With only an API key the endpoint falls back from `signed` to this scheme.
        #[test]
        fn document_api_key_mode() {
            let credentials = Credentials {
                api_key: Some(rt::SecretString::from("YOUR_API_KEY")),
                public_key: None,
                private_key: None,
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.dashboard.kuna.io")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000000u64,
                nonce: 1700000000000u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: CreateInvoiceParams = rt::serde_json::from_str(
                    "{\"asset\":\"USD\",\"amount\":\"1000\"}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::ApiKey, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                request.header("accept"), Some("application/json"), "header `{}`",
                "accept"
            );
            assert_eq!(
                request.header("Content-Type"), Some("application/json"), "header `{}`",
                "Content-Type"
            );
            assert_eq!(
                request.header("api-key"), Some("YOUR_API_KEY"), "header `{}`", "api-key"
            );
            assert_eq!(request.url, "https://api.dashboard.kuna.io/v1/invoice");
            assert_eq!(
                request.body.as_deref(), Some("{\"asset\":\"USD\",\"amount\":\"1000\"}"
                .as_bytes())
            );
        }
    }
}
