/// Coinbase Commerce client, generated from its spec.
///
/// Coinbase Commerce API (crypto payments for merchants), a small part: listing and creating
/// charges. Every request carries the API key in `X-CC-Api-Key` and the API version in
/// `X-CC-Version: 2018-03-22`; requests are not signed. Responses wrap their payload in `data`
/// (lists add `pagination`); errors arrive as `{"error": {"type", "message"}}`.
/// Webhooks: each event is POSTed as `{"id", "scheduled_for", "attempt_number", "event": {…}}`
/// with header `X-CC-Webhook-Signature` = hex HMAC-SHA256(the shared secret from the webhook
/// settings, raw body). No timestamp is signed.
///
/// Sources:
///
/// - <https://docs.cdp.coinbase.com/commerce-onchain/docs/getting-started>
/// - <https://github.com/coinbase/coinbase-commerce-python> (coinbase_commerce/webhook.py, tests/test_webhook.py)
pub mod coinbase_commerce {
    use ::venue_runtime as rt;
    use rt::ExposeSecret;
    pub const PRODUCTION_URL: &str = "https://api.commerce.coinbase.com";
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
    ///Credentials for Coinbase Commerce. Debug output never shows their values.
    #[derive(Clone, Debug)]
    pub struct Credentials {
        /// API key from the Commerce settings, sent as `X-CC-Api-Key`.
        pub api_key: rt::SecretString,
    }
    impl Credentials {
        /// Reads credentials from a JSON object of strings; unknown names are rejected.
        pub fn from_json(value: &rt::serde_json::Value) -> Result<Self, rt::Error> {
            rt::known_credentials(value, &["api_key"])?;
            Ok(Credentials {
                api_key: rt::credential(value, "api_key")?,
            })
        }
    }
    /// The auth schemes this venue offers.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Scheme {
        /// `X-CC-Api-Key` and the pinned API version.
        ApiKey,
    }
    impl Scheme {
        pub fn name(self) -> &'static str {
            match self {
                Scheme::ApiKey => "api_key",
            }
        }
    }
    /// Signs requests. Values that depend only on credentials are computed once, here.
    #[derive(Debug)]
    pub struct Signer {
        #[allow(dead_code)]
        credentials: Credentials,
        api_key_x_cc_api_key_header: rt::HeaderValue,
    }
    impl Signer {
        pub fn new(credentials: Credentials) -> Result<Self, rt::Error> {
            let api_key_x_cc_api_key_header = rt::HeaderValue::shared(
                credentials.api_key.expose_secret(),
            );
            Ok(Signer {
                credentials,
                api_key_x_cc_api_key_header,
            })
        }
        /// Whether the optional credentials `scheme` reads were given.
        pub fn can_sign(&self, scheme: Scheme) -> bool {
            match scheme {
                Scheme::ApiKey => true,
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
            parts
                .secret_header("X-CC-Api-Key", self.api_key_x_cc_api_key_header.clone());
            parts.header("X-CC-Version", rt::HeaderValue::from_static("2018-03-22"));
            Ok(parts.into_request())
        }
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Money {
        /// A decimal in a JSON string.
        pub amount: rt::Decimal,
        pub currency: String,
    }
    /// A charge, shortened to the fields most callers read.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Charge {
        pub id: String,
        pub code: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub description: Option<String>,
        pub hosted_url: String,
        pub created_at: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub expires_at: Option<String>,
        /// no_price or fixed_price.
        pub pricing_type: String,
        /// Amounts by currency (local, bitcoin, ethereum, …).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub pricing: Option<std::collections::BTreeMap<String, Money>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub metadata: Option<rt::serde_json::Value>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Event {
        pub id: String,
        /// charge:created, charge:confirmed, charge:failed, charge:delayed, charge:pending, charge:resolved.
        pub r#type: String,
        pub api_version: String,
        pub created_at: String,
        /// The charge the event is about.
        pub data: rt::serde_json::Value,
    }
    /// What a webhook POSTs.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Notification {
        pub id: i64,
        pub scheduled_for: String,
        pub attempt_number: i64,
        pub event: Event,
    }
    /// Values of `pricing_type` for `create_charge`.
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
    pub enum CreateChargePricingType {
        #[serde(rename = "no_price")]
        NoPrice,
        #[serde(rename = "fixed_price")]
        FixedPrice,
    }
    impl CreateChargePricingType {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                CreateChargePricingType::NoPrice => "no_price",
                CreateChargePricingType::FixedPrice => "fixed_price",
            }
        }
    }
    impl std::fmt::Display for CreateChargePricingType {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(CreateChargePricingType);
    ///Parameters of `list_charges`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct ListChargesParams {
        /// Page size (default 25).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<i64>,
        /// A charge id; the page after it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub starting_after: Option<String>,
    }
    impl rt::Endpoint for ListChargesParams {
        const METHOD: rt::Method = rt::Method::Get;
        const BODY: rt::BodyFormat = rt::BodyFormat::None;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/charges");
        }
        fn write_query(&self, query: &mut rt::Fields) {
            query.field("limit", &self.limit);
            query.field("starting_after", &self.starting_after);
        }
    }
    ///Parameters of `create_charge`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct CreateChargeParams {
        pub name: String,
        pub description: String,
        pub pricing_type: CreateChargePricingType,
        /// Required for fixed_price: {"amount": "100.00", "currency": "USD"}.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub local_price: Option<rt::serde_json::Value>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub metadata: Option<rt::serde_json::Value>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub redirect_url: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cancel_url: Option<String>,
    }
    impl rt::Endpoint for CreateChargeParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/charges");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("name", &self.name);
            body.field("description", &self.description);
            body.field("pricing_type", &self.pricing_type);
            body.field("local_price", &self.local_price);
            body.field("metadata", &self.metadata);
            body.field("redirect_url", &self.redirect_url);
            body.field("cancel_url", &self.cancel_url);
        }
    }
    ///Async client for Coinbase Commerce.
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
            let key = rt::KeyId::of("coinbase_commerce", &[Some(&credentials.api_key)]);
            Ok(Client {
                core: rt::ClientCore::new(base_url)?
                    .with_name("coinbase_commerce")
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
        /// `GET /charges`.
        ///
        /// The merchant's charges, newest first.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.list_charges(&ListChargesParams {
        ///     limit: Some(0),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn list_charges(
            &self,
            params: &ListChargesParams,
        ) -> Result<Vec<Charge>, rt::Error> {
            self.call(
                    rt::Call::idempotent("list_charges"),
                    Scheme::ApiKey,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /charges`.
        ///
        /// Creates a charge to pay with crypto.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.create_charge(&params).await?;
        /// ```
        pub async fn create_charge(
            &self,
            params: &CreateChargeParams,
        ) -> Result<Charge, rt::Error> {
            self.call(rt::Call::once("create_charge"), Scheme::ApiKey, params, &ENVELOPE)
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
            "list_charges" => {
                let params = rt::params::<ListChargesParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::ApiKey])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "create_charge" => {
                let params = rt::params::<CreateChargeParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::ApiKey])?,
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
            "list_charges" => {
                let params = rt::params::<ListChargesParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::ApiKey])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Vec<Charge>,
                        >(
                            rt::Call::idempotent("list_charges"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "create_charge" => {
                let params = rt::params::<CreateChargeParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::ApiKey])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Charge,
                        >(rt::Call::once("create_charge"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            _ => Err(rt::Error::unknown_endpoint(endpoint)),
        }
    }
    /// What `venue list` shows for this venue.
    pub static INFO: rt::VenueInfo = rt::VenueInfo {
        name: "coinbase_commerce",
        title: "Coinbase Commerce",
        credentials: &["api_key"],
        endpoints: &[
            rt::EndpointInfo {
                name: "list_charges",
                method: "GET",
                path: "/charges",
                auth: "api_key",
                params: &[
                    rt::ParamInfo {
                        name: "limit",
                        location: "query",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "starting_after",
                        location: "query",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "create_charge",
                method: "POST",
                path: "/charges",
                auth: "api_key",
                params: &[
                    rt::ParamInfo {
                        name: "name",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "description",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "pricing_type",
                        location: "body",
                        ty: "enum",
                        required: true,
                        values: &["no_price", "fixed_price"],
                    },
                    rt::ParamInfo {
                        name: "local_price",
                        location: "body",
                        ty: "json",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "metadata",
                        location: "body",
                        ty: "json",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "redirect_url",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "cancel_url",
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
        /// The shared secret from the webhook subscription settings.
        pub shared_secret: rt::SecretString,
    }
    impl EventWebhookCredentials {
        /// Reads the credentials from a JSON object of strings; unknown names are rejected.
        pub fn from_json(value: &rt::serde_json::Value) -> Result<Self, rt::Error> {
            rt::known_credentials(value, &["shared_secret"])?;
            Ok(EventWebhookCredentials {
                shared_secret: rt::credential(value, "shared_secret")?,
            })
        }
    }
    /// A charge event POSTed to your webhook URL.
    #[derive(Debug)]
    pub struct EventWebhook {
        event_shared_secret_hmac_sha256: rt::HmacKey,
    }
    impl EventWebhook {
        /// Prepares verification of `event` webhooks: values that depend only on the credentials are computed once, here.
        pub fn new(credentials: EventWebhookCredentials) -> Result<Self, rt::Error> {
            let event_shared_secret_hmac_sha256 = rt::hmac_sha256_key(
                credentials.shared_secret.expose_secret().as_bytes(),
            );
            Ok(EventWebhook {
                event_shared_secret_hmac_sha256,
            })
        }
        /// Checks that `body` carries the sender's signature (compared in constant time), then decodes it. Errors never show the signature, a secret or the body.
        pub fn verify<H: rt::ReceivedHeaders + ?Sized>(
            &self,
            headers: &H,
            body: &[u8],
            _now: std::time::SystemTime,
        ) -> Result<Notification, rt::VerifyError> {
            let expected = rt::hex(
                rt::hmac_with(&self.event_shared_secret_hmac_sha256, body).as_slice(),
            );
            rt::check_signature(
                expected.as_bytes(),
                [rt::received_header(headers, "X-CC-Webhook-Signature")?.as_bytes()],
                "",
            )?;
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
        /// Source: coinbase-commerce-python tests/test_webhook.py: PAYLOAD_STR, SIG_HEADER 8be7742c7d372f08a6a3224edadf18a22b65fa9e28f3f2de97376cdaa092590d and SECRET 30291a20-0bd1-4267-9b0f-e6e7b123c0bf (test_success_signature_verification); rechecked with python3 hmac.new(SECRET.encode(), PAYLOAD_STR.encode(), hashlib.sha256).hexdigest().
        #[test]
        fn sdk_webhook_verified() {
            let verifier = EventWebhook::new(EventWebhookCredentials {
                    shared_secret: rt::SecretString::from(
                        "30291a20-0bd1-4267-9b0f-e6e7b123c0bf",
                    ),
                })
                .expect("example credentials are valid");
            let headers: &[(&str, &str)] = &[
                (
                    "X-CC-Webhook-Signature",
                    "8be7742c7d372f08a6a3224edadf18a22b65fa9e28f3f2de97376cdaa092590d",
                ),
            ];
            let now = std::time::UNIX_EPOCH + std::time::Duration::from_millis(0u64);
            let result = verifier
                .verify(
                    headers,
                    "{\"id\":1,\"scheduled_for\":\"2017-01-31T20:50:02Z\",\"attempt_number\":1,\"event\":{\"id\":\"24934862-d980-46cb-9402-43c81b0cdba6\",\"type\":\"charge:created\",\"api_version\":\"2018-03-22\",\"created_at\":\"2017-01-31T20:49:02Z\",\"data\":{\"code\":\"66BEOV2A\",\"name\":\"The Sovereign Individual\",\"description\":\"Mastering the Transition to the Information Age\",\"hosted_url\":\"https://commerce.coinbase.com/charges/66BEOV2A\",\"created_at\":\"2017-01-31T20:49:02Z\",\"expires_at\":\"2017-01-31T21:04:02Z\",\"timeline\":[{\"time\":\"2017-01-31T20:49:02Z\",\"status\":\"NEW\"}],\"metadata\":{},\"pricing_type\":\"no_price\",\"payments\":[],\"addresses\":{\"bitcoin\":\"0000000000000000000000000000000000\",\"ethereum\":\"0x0000000000000000000000000000000000000000\",\"litecoin\":\"3000000000000000000000000000000000\",\"bitcoincash\":\"bitcoincash:000000000000000000000000000000000000000000\"}}}}"
                        .as_bytes(),
                    now,
                );
            assert!(result.is_ok(), "{result:?}");
        }
        /// Source: coinbase-commerce-python tests/test_webhook.py test_fail_signature_verification: SIG_HEADER with every '3' replaced by '1' does not verify.
        #[test]
        fn sdk_webhook_bad_signature() {
            let verifier = EventWebhook::new(EventWebhookCredentials {
                    shared_secret: rt::SecretString::from(
                        "30291a20-0bd1-4267-9b0f-e6e7b123c0bf",
                    ),
                })
                .expect("example credentials are valid");
            let headers: &[(&str, &str)] = &[
                (
                    "X-CC-Webhook-Signature",
                    "8be7742c7d172f08a6a1224edadf18a22b65fa9e28f1f2de97176cdaa092590d",
                ),
            ];
            let now = std::time::UNIX_EPOCH + std::time::Duration::from_millis(0u64);
            let result = verifier
                .verify(
                    headers,
                    "{\"id\":1,\"scheduled_for\":\"2017-01-31T20:50:02Z\",\"attempt_number\":1,\"event\":{\"id\":\"24934862-d980-46cb-9402-43c81b0cdba6\",\"type\":\"charge:created\",\"api_version\":\"2018-03-22\",\"created_at\":\"2017-01-31T20:49:02Z\",\"data\":{\"code\":\"66BEOV2A\",\"name\":\"The Sovereign Individual\",\"description\":\"Mastering the Transition to the Information Age\",\"hosted_url\":\"https://commerce.coinbase.com/charges/66BEOV2A\",\"created_at\":\"2017-01-31T20:49:02Z\",\"expires_at\":\"2017-01-31T21:04:02Z\",\"timeline\":[{\"time\":\"2017-01-31T20:49:02Z\",\"status\":\"NEW\"}],\"metadata\":{},\"pricing_type\":\"no_price\",\"payments\":[],\"addresses\":{\"bitcoin\":\"0000000000000000000000000000000000\",\"ethereum\":\"0x0000000000000000000000000000000000000000\",\"litecoin\":\"3000000000000000000000000000000000\",\"bitcoincash\":\"bitcoincash:000000000000000000000000000000000000000000\"}}}}"
                        .as_bytes(),
                    now,
                );
            assert!(matches!(result, Err(rt::VerifyError::BadSignature)), "{result:?}");
        }
        /// Source: coinbase-commerce-python tests/test_webhook.py: PAYLOAD_STR, SIG_HEADER 8be7742c7d372f08a6a3224edadf18a22b65fa9e28f3f2de97376cdaa092590d and SECRET 30291a20-0bd1-4267-9b0f-e6e7b123c0bf (test_success_signature_verification); rechecked with python3 hmac.new(SECRET.encode(), PAYLOAD_STR.encode(), hashlib.sha256).hexdigest().
        #[test]
        fn sdk_webhook_tampered_body() {
            let verifier = EventWebhook::new(EventWebhookCredentials {
                    shared_secret: rt::SecretString::from(
                        "30291a20-0bd1-4267-9b0f-e6e7b123c0bf",
                    ),
                })
                .expect("example credentials are valid");
            let headers: &[(&str, &str)] = &[
                (
                    "X-CC-Webhook-Signature",
                    "8be7742c7d372f08a6a3224edadf18a22b65fa9e28f3f2de97376cdaa092590d",
                ),
            ];
            let now = std::time::UNIX_EPOCH + std::time::Duration::from_millis(0u64);
            let result = verifier
                .verify(
                    headers,
                    "{\"id\":1,\"scheduled_for\":\"2017-01-31T20:50:02Z\",\"attempt_number\":2,\"event\":{\"id\":\"24934862-d980-46cb-9402-43c81b0cdba6\",\"type\":\"charge:created\",\"api_version\":\"2018-03-22\",\"created_at\":\"2017-01-31T20:49:02Z\",\"data\":{\"code\":\"66BEOV2A\",\"name\":\"The Sovereign Individual\",\"description\":\"Mastering the Transition to the Information Age\",\"hosted_url\":\"https://commerce.coinbase.com/charges/66BEOV2A\",\"created_at\":\"2017-01-31T20:49:02Z\",\"expires_at\":\"2017-01-31T21:04:02Z\",\"timeline\":[{\"time\":\"2017-01-31T20:49:02Z\",\"status\":\"NEW\"}],\"metadata\":{},\"pricing_type\":\"no_price\",\"payments\":[],\"addresses\":{\"bitcoin\":\"0000000000000000000000000000000000\",\"ethereum\":\"0x0000000000000000000000000000000000000000\",\"litecoin\":\"3000000000000000000000000000000000\",\"bitcoincash\":\"bitcoincash:000000000000000000000000000000000000000000\"}}}}"
                        .as_bytes(),
                    now,
                );
            assert!(matches!(result, Err(rt::VerifyError::BadSignature)), "{result:?}");
        }
        /// Source: A request without X-CC-Webhook-Signature (nothing to compare).
        #[test]
        fn webhook_missing_header() {
            let verifier = EventWebhook::new(EventWebhookCredentials {
                    shared_secret: rt::SecretString::from(
                        "30291a20-0bd1-4267-9b0f-e6e7b123c0bf",
                    ),
                })
                .expect("example credentials are valid");
            let headers: &[(&str, &str)] = &[("Content-Type", "application/json")];
            let now = std::time::UNIX_EPOCH + std::time::Duration::from_millis(0u64);
            let result = verifier.verify(headers, "{\"id\":1}".as_bytes(), now);
            assert!(
                matches!(result, Err(rt::VerifyError::MissingHeader(_))), "{result:?}"
            );
        }
    }
    #[cfg(test)]
    mod examples {
        use super::*;
        /// Source: The Commerce docs' create-charge request body (name, description, pricing_type, local_price) with a placeholder key; the headers are the documented X-CC-Api-Key and X-CC-Version.
        #[test]
        fn docs_create_charge() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("cc-key-0001"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.commerce.coinbase.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 0u64,
                nonce: 0u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: CreateChargeParams = rt::serde_json::from_str(
                    "{\"name\":\"The Sovereign Individual\",\"description\":\"Mastering the Transition to the Information Age\",\"pricing_type\":\"fixed_price\",\"local_price\":{\"amount\":\"100.00\",\"currency\":\"USD\"}}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::ApiKey, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                request.header("X-CC-Api-Key"), Some("cc-key-0001"), "header `{}`",
                "X-CC-Api-Key"
            );
            assert_eq!(
                request.header("X-CC-Version"), Some("2018-03-22"), "header `{}`",
                "X-CC-Version"
            );
            assert_eq!(request.url, "https://api.commerce.coinbase.com/charges");
            assert_eq!(
                request.body.as_deref(),
                Some("{\"name\":\"The Sovereign Individual\",\"description\":\"Mastering the Transition to the Information Age\",\"pricing_type\":\"fixed_price\",\"local_price\":{\"amount\":\"100.00\",\"currency\":\"USD\"}}"
                .as_bytes())
            );
        }
    }
}
