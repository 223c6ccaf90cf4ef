/// Stripe client, generated from its spec.
///
/// Stripe payments API, a small part: the account balance and creating a PaymentIntent.
/// Requests carry the secret key as `Authorization: Bearer sk_…`; bodies are form-encoded
/// (`application/x-www-form-urlencoded`), amounts are integers in the currency's smallest unit.
/// Errors arrive as `{"error": {"type", "code", "message"}}` with a 4xx/5xx status and are
/// reported as they arrive.
/// Webhooks: Stripe signs each event it POSTs with the endpoint's signing secret (`whsec_…`):
/// header `Stripe-Signature: t=<unix s>,v1=<hex HMAC-SHA256(secret, t + "." + raw body)>`, with
/// one `v1` per active secret while a secret is being rolled (and a `v0` test-mode entry that is
/// ignored). The official libraries refuse a timestamp older than 300 s.
///
/// Sources:
///
/// - <https://docs.stripe.com/api/authentication>
/// - <https://docs.stripe.com/api/balance/balance_retrieve>
/// - <https://docs.stripe.com/api/payment_intents/create>
/// - <https://docs.stripe.com/webhooks#verify-manually>
/// - <https://github.com/stripe/stripe-python> (stripe/_webhook.py, WebhookSignature.verify_header)
pub mod stripe {
    use ::venue_runtime as rt;
    use rt::ExposeSecret;
    pub const PRODUCTION_URL: &str = "https://api.stripe.com";
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
    ///Credentials for Stripe. Debug output never shows their values.
    #[derive(Clone, Debug)]
    pub struct Credentials {
        /// Secret API key (`sk_live_…` or `sk_test_…`).
        pub secret_key: rt::SecretString,
    }
    impl Credentials {
        /// Reads credentials from a JSON object of strings; unknown names are rejected.
        pub fn from_json(value: &rt::serde_json::Value) -> Result<Self, rt::Error> {
            rt::known_credentials(value, &["secret_key"])?;
            Ok(Credentials {
                secret_key: rt::credential(value, "secret_key")?,
            })
        }
    }
    /// The auth schemes this venue offers.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Scheme {
        /// `Authorization: Bearer <secret key>`.
        Bearer,
    }
    impl Scheme {
        pub fn name(self) -> &'static str {
            match self {
                Scheme::Bearer => "bearer",
            }
        }
    }
    /// Signs requests. Values that depend only on credentials are computed once, here.
    #[derive(Debug)]
    pub struct Signer {
        #[allow(dead_code)]
        credentials: Credentials,
        bearer_authorization_header: rt::HeaderValue,
    }
    impl Signer {
        pub fn new(credentials: Credentials) -> Result<Self, rt::Error> {
            let bearer_authorization_header = rt::HeaderValue::shared(
                &rt::text!("Bearer ", credentials.secret_key.expose_secret()),
            );
            Ok(Signer {
                credentials,
                bearer_authorization_header,
            })
        }
        /// Whether the optional credentials `scheme` reads were given.
        pub fn can_sign(&self, scheme: Scheme) -> bool {
            match scheme {
                Scheme::Bearer => true,
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
                Scheme::Bearer => self.sign_bearer(endpoint, base, stamp, trace),
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
                Scheme::Bearer => self.bearer_finish(parts, stamp, trace),
            }
        }
        fn sign_bearer<E: rt::Endpoint>(
            &self,
            endpoint: &E,
            base: &rt::BaseUrl,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let parts = rt::Assembly::new(endpoint, base, &ENCODING)?
                .finish(stamp.nonce);
            self.bearer_finish(parts, stamp, trace)
        }
        fn bearer_finish(
            &self,
            mut parts: rt::Parts,
            _stamp: &rt::Stamp,
            _trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            parts.reserve_headers(1usize);
            parts
                .secret_header(
                    "Authorization",
                    self.bearer_authorization_header.clone(),
                );
            Ok(parts.into_request())
        }
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct BalanceAmount {
        /// In the currency's smallest unit.
        pub amount: i64,
        pub currency: String,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Balance {
        pub object: String,
        pub available: Vec<BalanceAmount>,
        pub pending: Vec<BalanceAmount>,
        pub livemode: bool,
    }
    /// A PaymentIntent, shortened to the fields most callers read.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct PaymentIntent {
        pub id: String,
        pub object: String,
        pub amount: i64,
        pub currency: String,
        /// requires_payment_method, requires_confirmation, requires_action, processing, requires_capture, canceled or succeeded.
        pub status: String,
        pub created: i64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub description: Option<String>,
    }
    /// A webhook event, shortened; `data.object` is the object the event is about.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Event {
        pub id: String,
        pub object: String,
        /// e.g. payment_intent.succeeded.
        pub r#type: String,
        /// Unix seconds.
        pub created: i64,
        pub data: rt::serde_json::Value,
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
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/v1/balance");
        }
    }
    ///Parameters of `create_payment_intent`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct CreatePaymentIntentParams {
        /// Amount in the currency's smallest unit (e.g. 2000 cents).
        pub amount: i64,
        /// Three-letter ISO code, lower case (e.g. usd).
        pub currency: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub description: Option<String>,
    }
    impl rt::Endpoint for CreatePaymentIntentParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Form;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/v1/payment_intents");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("amount", &self.amount);
            body.field("currency", &self.currency);
            body.field("description", &self.description);
        }
    }
    ///Async client for Stripe.
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
            let key = rt::KeyId::of("stripe", &[Some(&credentials.secret_key)]);
            Ok(Client {
                core: rt::ClientCore::new(base_url)?.with_name("stripe").with_key(key),
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
        /// `GET /v1/balance`.
        ///
        /// The account's available and pending balances.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.get_balance().await?;
        /// ```
        pub async fn get_balance(&self) -> Result<Balance, rt::Error> {
            self.call(
                    rt::Call::idempotent("get_balance"),
                    Scheme::Bearer,
                    &GetBalanceParams {},
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /v1/payment_intents`.
        ///
        /// Creates a PaymentIntent.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.create_payment_intent(&CreatePaymentIntentParams {
        ///     amount: 0,
        ///     currency: "...".into(),
        ///     description: None,
        /// }).await?;
        /// ```
        pub async fn create_payment_intent(
            &self,
            params: &CreatePaymentIntentParams,
        ) -> Result<PaymentIntent, rt::Error> {
            self.call(
                    rt::Call::once("create_payment_intent"),
                    Scheme::Bearer,
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
                        signer.choose(&[Scheme::Bearer])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "create_payment_intent" => {
                let params = rt::params::<CreatePaymentIntentParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Bearer])?,
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
                let scheme = client.signer.choose(&[Scheme::Bearer])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Balance,
                        >(
                            rt::Call::idempotent("get_balance"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "create_payment_intent" => {
                let params = rt::params::<CreatePaymentIntentParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Bearer])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            PaymentIntent,
                        >(
                            rt::Call::once("create_payment_intent"),
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
        name: "stripe",
        title: "Stripe",
        credentials: &["secret_key"],
        endpoints: &[
            rt::EndpointInfo {
                name: "get_balance",
                method: "GET",
                path: "/v1/balance",
                auth: "bearer",
                params: &[],
            },
            rt::EndpointInfo {
                name: "create_payment_intent",
                method: "POST",
                path: "/v1/payment_intents",
                auth: "bearer",
                params: &[
                    rt::ParamInfo {
                        name: "amount",
                        location: "body",
                        ty: "integer",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "currency",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "description",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                ],
            },
        ],
    };
    /// Credentials of the `event` webhook. Debug output never shows their values.
    #[derive(Clone, Debug)]
    pub struct EventWebhookCredentials {
        /// The endpoint's `whsec_…` signing secret (used as its UTF-8 bytes).
        pub signing_secret: rt::SecretString,
    }
    impl EventWebhookCredentials {
        /// Reads the credentials from a JSON object of strings; unknown names are rejected.
        pub fn from_json(value: &rt::serde_json::Value) -> Result<Self, rt::Error> {
            rt::known_credentials(value, &["signing_secret"])?;
            Ok(EventWebhookCredentials {
                signing_secret: rt::credential(value, "signing_secret")?,
            })
        }
    }
    /// An event Stripe POSTs to your webhook endpoint, signed with the endpoint's secret.
    #[derive(Debug)]
    pub struct EventWebhook {
        event_signing_secret_hmac_sha256: rt::HmacKey,
    }
    impl EventWebhook {
        /// Prepares verification of `event` webhooks: values that depend only on the credentials are computed once, here.
        pub fn new(credentials: EventWebhookCredentials) -> Result<Self, rt::Error> {
            let event_signing_secret_hmac_sha256 = rt::hmac_sha256_key(
                credentials.signing_secret.expose_secret().as_bytes(),
            );
            Ok(EventWebhook {
                event_signing_secret_hmac_sha256,
            })
        }
        /// Checks that `body` carries the sender's signature (compared in constant time), that its signed time is within 300 s of `now`, then decodes it. Errors never show the signature, a secret or the body.
        pub fn verify<H: rt::ReceivedHeaders + ?Sized>(
            &self,
            headers: &H,
            body: &[u8],
            now: std::time::SystemTime,
        ) -> Result<Event, rt::VerifyError> {
            let sig = rt::Text::from(rt::received_header(headers, "Stripe-Signature")?);
            let t = rt::Text::from(rt::kv(&sig, ",", "t", "header `Stripe-Signature`")?);
            let expected = rt::hex(
                rt::hmac_with(
                        &self.event_signing_secret_hmac_sha256,
                        [t.as_bytes(), ".".as_bytes(), body],
                    )
                    .as_slice(),
            );
            rt::check_signature(
                expected.as_bytes(),
                rt::kv_all(&sig, ",", "v1"),
                "no `v1=` entry in header `Stripe-Signature`",
            )?;
            rt::check_timestamp(&t, rt::TimeUnit::Seconds, 300u64, now, "`t`")?;
            rt::webhook_payload(body)
        }
    }
    /// Verifies one received webhook by name, with credentials given as JSON; the payload
    /// comes back as JSON. The outer error is about the setup (an unknown webhook, a
    /// missing credential), the inner one is the verdict on the request.
    pub fn verify_json(
        credentials: &rt::serde_json::Value,
        webhook: &str,
        headers: &[(String, String)],
        body: &[u8],
        now: std::time::SystemTime,
    ) -> Result<Result<rt::serde_json::Value, rt::VerifyError>, rt::Error> {
        match webhook {
            "event" => {
                let verifier = EventWebhook::new(
                    EventWebhookCredentials::from_json(credentials)?,
                )?;
                Ok(
                    verifier
                        .verify(headers, body, now)
                        .and_then(|payload| {
                            rt::serde_json::to_value(&payload)
                                .map_err(|e| rt::VerifyError::Payload(e.to_string()))
                        }),
                )
            }
            _ => Err(rt::Error::unknown_webhook(webhook)),
        }
    }
    #[cfg(test)]
    mod webhook_examples {
        use super::*;
        /// Source: python3: hmac.new(b"whsec_test_secret", b"1700000000." + BODY, hashlib.sha256).hexdigest() = 1a4ec9fbf5486dcecf9e0ccb73e013d3bf248b265197ef2158ddbb9495238c17, BODY being this example's body; the secret is stripe-python's tests/test_webhook.py DUMMY_WEBHOOK_SECRET and the recipe is its WebhookSignature._compute_signature("%d.%s" % (timestamp, payload)).
        #[test]
        fn webhook_verified() {
            let verifier = EventWebhook::new(EventWebhookCredentials {
                    signing_secret: rt::SecretString::from("whsec_test_secret"),
                })
                .expect("example credentials are valid");
            let headers: &[(&str, &str)] = &[
                (
                    "Stripe-Signature",
                    "t=1700000000,v1=1a4ec9fbf5486dcecf9e0ccb73e013d3bf248b265197ef2158ddbb9495238c17",
                ),
            ];
            let now = std::time::UNIX_EPOCH
                + std::time::Duration::from_millis(1700000100000u64);
            let result = verifier
                .verify(
                    headers,
                    "{\"id\":\"evt_test_webhook\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\",\"created\":1700000000,\"data\":{\"object\":{\"id\":\"pi_123\",\"object\":\"payment_intent\"}}}"
                        .as_bytes(),
                    now,
                );
            assert!(result.is_ok(), "{result:?}");
        }
        /// Source: As webhook_verified; the first v1 is python3 hmac.new(b"whsec_old_secret", b"1700000000." + BODY, hashlib.sha256).hexdigest() (a secret being rolled), the second is the current one; the v0 entry is arbitrary hex, which verification ignores.
        #[test]
        fn webhook_rotated_secret() {
            let verifier = EventWebhook::new(EventWebhookCredentials {
                    signing_secret: rt::SecretString::from("whsec_test_secret"),
                })
                .expect("example credentials are valid");
            let headers: &[(&str, &str)] = &[
                (
                    "stripe-signature",
                    "t=1700000000, v1=73c81028488ab4fdce659e9b8556ca339939e72cca2453f085658836056ec1ce, v1=1a4ec9fbf5486dcecf9e0ccb73e013d3bf248b265197ef2158ddbb9495238c17, v0=6ffbb59b2300aae63f272406069a9788598b792a944a07aba816edb039989a39",
                ),
            ];
            let now = std::time::UNIX_EPOCH
                + std::time::Duration::from_millis(1700000000000u64);
            let result = verifier
                .verify(
                    headers,
                    "{\"id\":\"evt_test_webhook\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\",\"created\":1700000000,\"data\":{\"object\":{\"id\":\"pi_123\",\"object\":\"payment_intent\"}}}"
                        .as_bytes(),
                    now,
                );
            assert!(result.is_ok(), "{result:?}");
        }
        /// Source: python3: hmac.new(b"whsec_test_secret", b"1700000000." + BODY, hashlib.sha256).hexdigest() = 1a4ec9fbf5486dcecf9e0ccb73e013d3bf248b265197ef2158ddbb9495238c17, BODY being this example's body; the secret is stripe-python's tests/test_webhook.py DUMMY_WEBHOOK_SECRET and the recipe is its WebhookSignature._compute_signature("%d.%s" % (timestamp, payload)).
        #[test]
        fn webhook_tampered_body() {
            let verifier = EventWebhook::new(EventWebhookCredentials {
                    signing_secret: rt::SecretString::from("whsec_test_secret"),
                })
                .expect("example credentials are valid");
            let headers: &[(&str, &str)] = &[
                (
                    "Stripe-Signature",
                    "t=1700000000,v1=1a4ec9fbf5486dcecf9e0ccb73e013d3bf248b265197ef2158ddbb9495238c17",
                ),
            ];
            let now = std::time::UNIX_EPOCH
                + std::time::Duration::from_millis(1700000100000u64);
            let result = verifier
                .verify(
                    headers,
                    "{\"id\":\"evt_test_webhook\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\",\"created\":1700000001,\"data\":{\"object\":{\"id\":\"pi_123\",\"object\":\"payment_intent\"}}}"
                        .as_bytes(),
                    now,
                );
            assert!(matches!(result, Err(rt::VerifyError::BadSignature)), "{result:?}");
        }
        /// Source: python3: hmac.new(b"whsec_test_secret", b"1700000000." + BODY, hashlib.sha256).hexdigest() = 1a4ec9fbf5486dcecf9e0ccb73e013d3bf248b265197ef2158ddbb9495238c17, BODY being this example's body; the secret is stripe-python's tests/test_webhook.py DUMMY_WEBHOOK_SECRET and the recipe is its WebhookSignature._compute_signature("%d.%s" % (timestamp, payload)).
        #[test]
        fn webhook_stale() {
            let verifier = EventWebhook::new(EventWebhookCredentials {
                    signing_secret: rt::SecretString::from("whsec_test_secret"),
                })
                .expect("example credentials are valid");
            let headers: &[(&str, &str)] = &[
                (
                    "Stripe-Signature",
                    "t=1700000000,v1=1a4ec9fbf5486dcecf9e0ccb73e013d3bf248b265197ef2158ddbb9495238c17",
                ),
            ];
            let now = std::time::UNIX_EPOCH
                + std::time::Duration::from_millis(1700000301000u64);
            let result = verifier
                .verify(
                    headers,
                    "{\"id\":\"evt_test_webhook\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\",\"created\":1700000000,\"data\":{\"object\":{\"id\":\"pi_123\",\"object\":\"payment_intent\"}}}"
                        .as_bytes(),
                    now,
                );
            assert!(matches!(result, Err(rt::VerifyError::Stale { .. })), "{result:?}");
        }
        /// Source: A request without the Stripe-Signature header (nothing to compute).
        #[test]
        fn webhook_missing_header() {
            let verifier = EventWebhook::new(EventWebhookCredentials {
                    signing_secret: rt::SecretString::from("whsec_test_secret"),
                })
                .expect("example credentials are valid");
            let headers: &[(&str, &str)] = &[("Content-Type", "application/json")];
            let now = std::time::UNIX_EPOCH
                + std::time::Duration::from_millis(1700000100000u64);
            let result = verifier
                .verify(headers, "{\"id\":\"evt_test_webhook\"}".as_bytes(), now);
            assert!(
                matches!(result, Err(rt::VerifyError::MissingHeader(_))), "{result:?}"
            );
        }
    }
    #[cfg(test)]
    mod examples {
        use super::*;
        /// Source: Stripe API reference "Create a PaymentIntent": `curl https://api.stripe.com/v1/payment_intents -u "sk_test_4eC39HqLyjWDarjtT1zdp7dc:" -d amount=2000 -d currency=usd` (the docs' test key; Bearer carries the same key).
        #[test]
        fn docs_create_payment_intent() {
            let credentials = Credentials {
                secret_key: rt::SecretString::from("sk_test_4eC39HqLyjWDarjtT1zdp7dc"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.stripe.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 0u64,
                nonce: 0u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: CreatePaymentIntentParams = rt::serde_json::from_str(
                    "{\"amount\":2000,\"currency\":\"usd\"}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Bearer, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                request.header("Authorization"),
                Some("Bearer sk_test_4eC39HqLyjWDarjtT1zdp7dc"), "header `{}`",
                "Authorization"
            );
            assert_eq!(request.url, "https://api.stripe.com/v1/payment_intents");
            assert_eq!(
                request.body.as_deref(), Some("amount=2000&currency=usd".as_bytes())
            );
        }
    }
}
