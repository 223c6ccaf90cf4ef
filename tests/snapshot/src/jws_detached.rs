/// JSON Web Signature (RFC 7515) request signing client, generated from its spec.
///
/// A service that authenticates each request with a JWS (RFC 7515) over the exact body it
/// receives, sent detached in `X-JWS-Signature` (RFC 7515 Appendix F: protected header, an
/// empty payload slot, signature). The protected header is the one issued with the key
/// (`jws_header`, e.g. `{"alg":"ES256","kid":"k-1"}`), so the client signs exactly the header
/// the service expects. The JWS signing input is
/// `base64url(header) '.' base64url(body)`, unpadded; three algorithms: HS256 (RFC 7518 3.2,
/// a JWK `k`), EdDSA (RFC 8037, Ed25519) and ES256 (RFC 7518 3.4, P-256, raw r ‖ s).
///
/// The examples are the RFCs' own vectors: RFC 7515 Appendix A.1 (HS256) and RFC 8037
/// Appendix A.4 (EdDSA) byte for byte; ES256 signatures are randomised in the RFC, so its
/// example checks the signing input and the runtime's tests verify A.3's signature.
///
/// Webhooks the service sends back are signed the other way round, with its private key; the
/// receiver holds the public key. `es256_event` carries the JWS signature alone (base64url r ‖ s)
/// in `X-JWS-Signature` over the same signing input; `es256_der_event` sends the ECDSA signature
/// DER-encoded and base64 in `X-Signature`; `eddsa_event` sends hex Ed25519 over the raw body in
/// `X-Signature`. Their examples are RFC 7515 A.3's published ES256 signature (and its DER
/// form) and the RFC 8032 §7.1 TEST 1 key.
///
/// Sources:
///
/// - <https://www.rfc-editor.org/rfc/rfc7515> (JWS; Appendix A.1 HS256, A.3 ES256, F detached content)
/// - <https://www.rfc-editor.org/rfc/rfc7518> (JWA; HS256, ES256 signature as r ‖ s)
/// - <https://www.rfc-editor.org/rfc/rfc8037> (EdDSA for JOSE; Appendix A.4)
pub mod jws_detached {
    use ::venue_runtime as rt;
    use rt::ExposeSecret;
    pub const PRODUCTION_URL: &str = "https://jws.example";
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
    ///Credentials for JSON Web Signature (RFC 7515) request signing. Debug output never shows their values.
    #[derive(Clone, Debug)]
    pub struct Credentials {
        /// The JWS protected header issued with the key, as JSON text.
        pub jws_header: rt::SecretString,
        /// HS256 key, the JWK `k` (base64url).
        pub hmac_key: Option<rt::SecretString>,
        /// EdDSA key, an Ed25519 PKCS#8 PEM or the JWK `d` (base64url seed).
        pub ed25519_key: Option<rt::SecretString>,
        /// ES256 key, a P-256 private key PEM (PKCS#8 or SEC1).
        pub ec_key: Option<rt::SecretString>,
    }
    impl Credentials {
        /// Reads credentials from a JSON object of strings; unknown names are rejected.
        pub fn from_json(value: &rt::serde_json::Value) -> Result<Self, rt::Error> {
            rt::known_credentials(
                value,
                &["jws_header", "hmac_key", "ed25519_key", "ec_key"],
            )?;
            Ok(Credentials {
                jws_header: rt::credential(value, "jws_header")?,
                hmac_key: rt::optional_credential(value, "hmac_key")?,
                ed25519_key: rt::optional_credential(value, "ed25519_key")?,
                ec_key: rt::optional_credential(value, "ec_key")?,
            })
        }
    }
    /// The auth schemes this venue offers.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Scheme {
        /// JWS HS256 over the body, detached.
        Hs256,
        /// JWS EdDSA (Ed25519) over the body, detached.
        Eddsa,
        /// JWS ES256 (ECDSA P-256, SHA-256) over the body, detached.
        Es256,
    }
    impl Scheme {
        pub fn name(self) -> &'static str {
            match self {
                Scheme::Hs256 => "hs256",
                Scheme::Eddsa => "eddsa",
                Scheme::Es256 => "es256",
            }
        }
    }
    /// Signs requests. Values that depend only on credentials are computed once, here.
    #[derive(Debug)]
    pub struct Signer {
        credentials: Credentials,
        hs256_protected: rt::SecretString,
        eddsa_key_error: Option<rt::Error>,
        eddsa_key: Option<rt::Ed25519Key>,
        eddsa_protected: rt::SecretString,
        es256_key_error: Option<rt::Error>,
        es256_key: Option<rt::EcdsaP256Key>,
        es256_protected: rt::SecretString,
        hs256_base64_decode_hmac_key_hmac_sha256_error: Option<rt::Error>,
        hs256_base64_decode_hmac_key_hmac_sha256: Option<rt::HmacKey>,
    }
    impl Signer {
        pub fn new(credentials: Credentials) -> Result<Self, rt::Error> {
            let hs256_protected = rt::base64url_nopad(
                credentials.jws_header.expose_secret().as_bytes(),
            );
            let (eddsa_key, eddsa_key_error) = match credentials
                .ed25519_key
                .as_ref()
                .map(|ed25519_key| -> Result<_, rt::Error> {
                    rt::ed25519_key(ed25519_key.expose_secret(), "ed25519_key")
                })
            {
                Some(Ok(value)) => (Some(value), None),
                Some(Err(error)) => (None, Some(error)),
                None => (None, None),
            };
            let eddsa_protected = rt::base64url_nopad(
                credentials.jws_header.expose_secret().as_bytes(),
            );
            let (es256_key, es256_key_error) = match credentials
                .ec_key
                .as_ref()
                .map(|ec_key| -> Result<_, rt::Error> {
                    rt::ecdsa_p256_key(ec_key.expose_secret(), "ec_key")
                })
            {
                Some(Ok(value)) => (Some(value), None),
                Some(Err(error)) => (None, Some(error)),
                None => (None, None),
            };
            let es256_protected = rt::base64url_nopad(
                credentials.jws_header.expose_secret().as_bytes(),
            );
            let (
                hs256_base64_decode_hmac_key_hmac_sha256,
                hs256_base64_decode_hmac_key_hmac_sha256_error,
            ) = match credentials
                .hmac_key
                .as_ref()
                .map(|hmac_key| -> Result<_, rt::Error> {
                    Ok(
                        rt::hmac_sha256_key(
                            rt::base64_decode(
                                    hmac_key.expose_secret().as_bytes(),
                                    "hmac_key",
                                )?
                                .as_slice(),
                        ),
                    )
                })
            {
                Some(Ok(value)) => (Some(value), None),
                Some(Err(error)) => (None, Some(error)),
                None => (None, None),
            };
            Ok(Signer {
                credentials,
                hs256_protected: rt::SecretString::from(hs256_protected.into_string()),
                eddsa_key_error,
                eddsa_key,
                eddsa_protected: rt::SecretString::from(eddsa_protected.into_string()),
                es256_key_error,
                es256_key,
                es256_protected: rt::SecretString::from(es256_protected.into_string()),
                hs256_base64_decode_hmac_key_hmac_sha256_error,
                hs256_base64_decode_hmac_key_hmac_sha256,
            })
        }
        /// Whether the optional credentials `scheme` reads were given.
        pub fn can_sign(&self, scheme: Scheme) -> bool {
            match scheme {
                Scheme::Hs256 => {
                    self.credentials.hmac_key.is_some()
                        && self.hs256_base64_decode_hmac_key_hmac_sha256_error.is_none()
                }
                Scheme::Eddsa => {
                    self.credentials.ed25519_key.is_some()
                        && self.eddsa_key_error.is_none()
                }
                Scheme::Es256 => {
                    self.credentials.ec_key.is_some() && self.es256_key_error.is_none()
                }
            }
        }
        /// The first of `schemes` this signer can use; else the first whose optional key was
        /// given but is malformed, else the first one, so that signing reports what is wrong.
        pub fn choose(&self, schemes: &[Scheme]) -> Result<Scheme, rt::Error> {
            let chosen = rt::choose(schemes, |s| self.can_sign(s))?;
            Ok(
                if self.can_sign(chosen) {
                    chosen
                } else {
                    schemes
                        .iter()
                        .copied()
                        .find(|&s| self.unusable(s).is_err())
                        .unwrap_or(chosen)
                },
            )
        }
        /// The error of a malformed optional key `scheme` reads (it names the key).
        fn unusable(&self, scheme: Scheme) -> Result<(), rt::Error> {
            let error = match scheme {
                Scheme::Eddsa => self.eddsa_key_error.as_ref(),
                Scheme::Es256 => self.es256_key_error.as_ref(),
                Scheme::Hs256 => {
                    self.hs256_base64_decode_hmac_key_hmac_sha256_error.as_ref()
                }
            };
            match error {
                None => Ok(()),
                Some(rt::Error::Credential { name, message }) => {
                    Err(rt::Error::Credential {
                        name: name.clone(),
                        message: message.clone(),
                    })
                }
                Some(other) => Err(rt::Error::Sign(other.to_string())),
            }
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
            self.unusable(scheme)?;
            match scheme {
                Scheme::Hs256 => self.sign_hs256(endpoint, base, stamp, trace),
                Scheme::Eddsa => self.sign_eddsa(endpoint, base, stamp, trace),
                Scheme::Es256 => self.sign_es256(endpoint, base, stamp, trace),
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
            self.unusable(scheme)?;
            match scheme {
                Scheme::Hs256 => self.hs256_finish(parts, stamp, trace),
                Scheme::Eddsa => self.eddsa_finish(parts, stamp, trace),
                Scheme::Es256 => self.es256_finish(parts, stamp, trace),
            }
        }
        fn sign_hs256<E: rt::Endpoint>(
            &self,
            endpoint: &E,
            base: &rt::BaseUrl,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let parts = rt::Assembly::new(endpoint, base, &ENCODING)?
                .finish(stamp.nonce);
            self.hs256_finish(parts, stamp, trace)
        }
        fn hs256_finish(
            &self,
            mut parts: rt::Parts,
            _stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let signing_input = rt::pieces!(
                self.hs256_protected.expose_secret(), ".", rt::base64url_nopad(parts
                .body_text().as_bytes())
            );
            trace.record("signing_input", &signing_input);
            let signature = rt::base64url_nopad(
                rt::hmac_with(
                        rt::required(
                            self.hs256_base64_decode_hmac_key_hmac_sha256.as_ref(),
                            "hmac_key",
                        )?,
                        signing_input,
                    )
                    .as_slice(),
            );
            trace.record("signature", &signature);
            parts.reserve_headers(1usize);
            parts
                .header(
                    "X-JWS-Signature",
                    rt::text!(self.hs256_protected.expose_secret(), "..", signature),
                );
            Ok(parts.into_request())
        }
        fn sign_eddsa<E: rt::Endpoint>(
            &self,
            endpoint: &E,
            base: &rt::BaseUrl,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let parts = rt::Assembly::new(endpoint, base, &ENCODING)?
                .finish(stamp.nonce);
            self.eddsa_finish(parts, stamp, trace)
        }
        fn eddsa_finish(
            &self,
            mut parts: rt::Parts,
            _stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let signing_input = rt::text!(
                self.eddsa_protected.expose_secret(), ".", rt::base64url_nopad(parts
                .body_text().as_bytes())
            );
            trace.record("signing_input", &signing_input);
            let signature = rt::base64url_nopad(
                rt::ed25519_sign(
                        rt::required(self.eddsa_key.as_ref(), "ed25519_key")?,
                        signing_input.as_bytes(),
                    )
                    .as_slice(),
            );
            trace.record("signature", &signature);
            parts.reserve_headers(1usize);
            parts
                .header(
                    "X-JWS-Signature",
                    rt::text!(self.eddsa_protected.expose_secret(), "..", signature),
                );
            Ok(parts.into_request())
        }
        fn sign_es256<E: rt::Endpoint>(
            &self,
            endpoint: &E,
            base: &rt::BaseUrl,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let parts = rt::Assembly::new(endpoint, base, &ENCODING)?
                .finish(stamp.nonce);
            self.es256_finish(parts, stamp, trace)
        }
        fn es256_finish(
            &self,
            mut parts: rt::Parts,
            _stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let signing_input = rt::text!(
                self.es256_protected.expose_secret(), ".", rt::base64url_nopad(parts
                .body_text().as_bytes())
            );
            trace.record("signing_input", &signing_input);
            let signature = rt::base64url_nopad(
                rt::es256_sign(
                        rt::required(self.es256_key.as_ref(), "ec_key")?,
                        signing_input.as_bytes(),
                    )
                    .as_slice(),
            );
            trace.record("signature", &signature);
            parts.reserve_headers(1usize);
            parts
                .header(
                    "X-JWS-Signature",
                    rt::text!(self.es256_protected.expose_secret(), "..", signature),
                );
            Ok(parts.into_request())
        }
    }
    ///Parameters of `submit_message`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct SubmitMessageParams {
        /// The message text.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub text: Option<String>,
    }
    impl rt::Endpoint for SubmitMessageParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/v1/messages");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("text", &self.text);
        }
    }
    ///Async client for JSON Web Signature (RFC 7515) request signing.
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
                "jws_detached",
                &[
                    Some(&credentials.jws_header),
                    credentials.hmac_key.as_ref(),
                    credentials.ed25519_key.as_ref(),
                    credentials.ec_key.as_ref(),
                ],
            );
            Ok(Client {
                core: rt::ClientCore::new(base_url)?
                    .with_name("jws_detached")
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
        /// `POST /v1/messages`.
        ///
        /// Posts a JSON message; the service checks the detached JWS over its body.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.submit_message(&SubmitMessageParams {
        ///     text: Some("...".into()),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn submit_message(
            &self,
            params: &SubmitMessageParams,
        ) -> Result<rt::serde_json::Value, rt::Error> {
            self.call(
                    rt::Call::once("submit_message"),
                    self.signer.choose(&[Scheme::Es256, Scheme::Eddsa, Scheme::Hs256])?,
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
            "submit_message" => {
                let params = rt::params::<SubmitMessageParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Es256, Scheme::Eddsa, Scheme::Hs256])?,
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
            "submit_message" => {
                let params = rt::params::<SubmitMessageParams>(params)?;
                let scheme = client
                    .signer
                    .choose(&[Scheme::Es256, Scheme::Eddsa, Scheme::Hs256])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            rt::serde_json::Value,
                        >(rt::Call::once("submit_message"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            _ => Err(rt::Error::unknown_endpoint(endpoint)),
        }
    }
    /// What `venue list` shows for this venue.
    pub static INFO: rt::VenueInfo = rt::VenueInfo {
        name: "jws_detached",
        title: "JSON Web Signature (RFC 7515) request signing",
        credentials: &["jws_header", "hmac_key", "ed25519_key", "ec_key"],
        endpoints: &[
            rt::EndpointInfo {
                name: "submit_message",
                method: "POST",
                path: "/v1/messages",
                auth: "es256|eddsa|hs256",
                params: &[
                    rt::ParamInfo {
                        name: "text",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                ],
            },
        ],
    };
    /// Credentials of the `es256_event` webhook. Debug output never shows their values.
    #[derive(Clone, Debug)]
    pub struct Es256EventWebhookCredentials {
        /// The protected header the service signs with, as JSON text.
        pub jws_header: rt::SecretString,
        /// The service's P-256 public key (SPKI PEM).
        pub public_key: rt::SecretString,
    }
    impl Es256EventWebhookCredentials {
        /// Reads the credentials from a JSON object of strings; unknown names are rejected.
        pub fn from_json(value: &rt::serde_json::Value) -> Result<Self, rt::Error> {
            rt::known_credentials(value, &["jws_header", "public_key"])?;
            Ok(Es256EventWebhookCredentials {
                jws_header: rt::credential(value, "jws_header")?,
                public_key: rt::credential(value, "public_key")?,
            })
        }
    }
    /// An event signed with JWS ES256, the signature (base64url r ‖ s) alone in `X-JWS-Signature`.
    #[derive(Debug)]
    pub struct Es256EventWebhook {
        credentials: Es256EventWebhookCredentials,
        es256_event_sender: rt::EcdsaP256PublicKey,
    }
    impl Es256EventWebhook {
        /// Prepares verification of `es256_event` webhooks: values that depend only on the credentials are computed once, here.
        pub fn new(
            credentials: Es256EventWebhookCredentials,
        ) -> Result<Self, rt::Error> {
            let es256_event_sender = rt::ecdsa_p256_public_key(
                credentials.public_key.expose_secret(),
                "public_key",
            )?;
            Ok(Es256EventWebhook {
                credentials,
                es256_event_sender,
            })
        }
        /// Checks that `body` carries the sender's signature (checked with the sender's public key), then decodes it. Errors never show the signature, a secret or the body.
        pub fn verify<H: rt::ReceivedHeaders + ?Sized>(
            &self,
            headers: &H,
            body: &[u8],
            _now: std::time::SystemTime,
        ) -> Result<rt::serde_json::Value, rt::VerifyError> {
            rt::es256_verify(
                &self.es256_event_sender,
                rt::text!(
                    rt::base64url_nopad(self.credentials.jws_header.expose_secret()
                    .as_bytes()), ".", rt::base64url_nopad(body)
                )
                    .as_bytes(),
                rt::base64_decode(
                        rt::received_header(headers, "X-JWS-Signature")?.as_bytes(),
                        "header `X-JWS-Signature`",
                    )?
                    .as_slice(),
            )?;
            rt::webhook_payload(body)
        }
    }
    /// Credentials of the `es256_der_event` webhook. Debug output never shows their values.
    #[derive(Clone, Debug)]
    pub struct Es256DerEventWebhookCredentials {
        /// The protected header, as JSON text.
        pub jws_header: rt::SecretString,
        /// The service's P-256 public key (SPKI PEM).
        pub public_key: rt::SecretString,
    }
    impl Es256DerEventWebhookCredentials {
        /// Reads the credentials from a JSON object of strings; unknown names are rejected.
        pub fn from_json(value: &rt::serde_json::Value) -> Result<Self, rt::Error> {
            rt::known_credentials(value, &["jws_header", "public_key"])?;
            Ok(Es256DerEventWebhookCredentials {
                jws_header: rt::credential(value, "jws_header")?,
                public_key: rt::credential(value, "public_key")?,
            })
        }
    }
    /// The same signing input, the ECDSA signature DER-encoded and base64 in `X-Signature`.
    #[derive(Debug)]
    pub struct Es256DerEventWebhook {
        credentials: Es256DerEventWebhookCredentials,
        es256_der_event_sender: rt::EcdsaP256PublicKey,
    }
    impl Es256DerEventWebhook {
        /// Prepares verification of `es256_der_event` webhooks: values that depend only on the credentials are computed once, here.
        pub fn new(
            credentials: Es256DerEventWebhookCredentials,
        ) -> Result<Self, rt::Error> {
            let es256_der_event_sender = rt::ecdsa_p256_public_key(
                credentials.public_key.expose_secret(),
                "public_key",
            )?;
            Ok(Es256DerEventWebhook {
                credentials,
                es256_der_event_sender,
            })
        }
        /// Checks that `body` carries the sender's signature (checked with the sender's public key), then decodes it. Errors never show the signature, a secret or the body.
        pub fn verify<H: rt::ReceivedHeaders + ?Sized>(
            &self,
            headers: &H,
            body: &[u8],
            _now: std::time::SystemTime,
        ) -> Result<rt::serde_json::Value, rt::VerifyError> {
            rt::es256_der_verify(
                &self.es256_der_event_sender,
                rt::text!(
                    rt::base64url_nopad(self.credentials.jws_header.expose_secret()
                    .as_bytes()), ".", rt::base64url_nopad(body)
                )
                    .as_bytes(),
                rt::base64_decode(
                        rt::received_header(headers, "X-Signature")?.as_bytes(),
                        "header `X-Signature`",
                    )?
                    .as_slice(),
            )?;
            rt::webhook_payload(body)
        }
    }
    /// Credentials of the `eddsa_event` webhook. Debug output never shows their values.
    #[derive(Clone, Debug)]
    pub struct EddsaEventWebhookCredentials {
        /// The service's Ed25519 public key (hex, base64 or SPKI PEM).
        pub public_key: rt::SecretString,
    }
    impl EddsaEventWebhookCredentials {
        /// Reads the credentials from a JSON object of strings; unknown names are rejected.
        pub fn from_json(value: &rt::serde_json::Value) -> Result<Self, rt::Error> {
            rt::known_credentials(value, &["public_key"])?;
            Ok(EddsaEventWebhookCredentials {
                public_key: rt::credential(value, "public_key")?,
            })
        }
    }
    /// An event signed with Ed25519 over the raw body, hex in `X-Signature`.
    #[derive(Debug)]
    pub struct EddsaEventWebhook {
        eddsa_event_sender: rt::Ed25519PublicKey,
    }
    impl EddsaEventWebhook {
        /// Prepares verification of `eddsa_event` webhooks: values that depend only on the credentials are computed once, here.
        pub fn new(
            credentials: EddsaEventWebhookCredentials,
        ) -> Result<Self, rt::Error> {
            let eddsa_event_sender = rt::ed25519_public_key(
                credentials.public_key.expose_secret(),
                "public_key",
            )?;
            Ok(EddsaEventWebhook {
                eddsa_event_sender,
            })
        }
        /// Checks that `body` carries the sender's signature (checked with the sender's public key), then decodes it. Errors never show the signature, a secret or the body.
        pub fn verify<H: rt::ReceivedHeaders + ?Sized>(
            &self,
            headers: &H,
            body: &[u8],
            _now: std::time::SystemTime,
        ) -> Result<rt::serde_json::Value, rt::VerifyError> {
            rt::ed25519_verify(
                &self.eddsa_event_sender,
                body,
                rt::hex_decode(
                        rt::received_header(headers, "X-Signature")?.as_bytes(),
                        "header `X-Signature`",
                    )?
                    .as_slice(),
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
            "es256_event" => {
                let verifier = Es256EventWebhook::new(
                    Es256EventWebhookCredentials::from_json(credentials)?,
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
            "es256_der_event" => {
                let verifier = Es256DerEventWebhook::new(
                    Es256DerEventWebhookCredentials::from_json(credentials)?,
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
            "eddsa_event" => {
                let verifier = EddsaEventWebhook::new(
                    EddsaEventWebhookCredentials::from_json(credentials)?,
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
        /// Source: RFC 7515 Appendix A.3: the published ES256 signature over the signing input of the protected header {"alg":"ES256"} and A.3's payload (the body); the public key is the JWK's (x, y) as SPKI, written with `openssl ec -pubout` from the A.3 key.
        #[test]
        fn rfc7515_a3_webhook_verified() {
            let verifier = Es256EventWebhook::new(Es256EventWebhookCredentials {
                    jws_header: rt::SecretString::from("{\"alg\":\"ES256\"}"),
                    public_key: rt::SecretString::from(
                        "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEf83OJ3D2xF1Bg8vub9tLe1gHMzV7\n6e8Tus9uPHvRVEXH8UTNG72bfocs3+257rn0s2ldbqkLJK2KRiMohYjlrQ==\n-----END PUBLIC KEY-----",
                    ),
                })
                .expect("example credentials are valid");
            let headers: &[(&str, &str)] = &[
                (
                    "X-JWS-Signature",
                    "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q",
                ),
            ];
            let now = std::time::UNIX_EPOCH + std::time::Duration::from_millis(0u64);
            let result = verifier
                .verify(
                    headers,
                    "{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}"
                        .as_bytes(),
                    now,
                );
            assert!(result.is_ok(), "{result:?}");
        }
        /// Source: A.3's signature over a body whose "joe" became "jon".
        #[test]
        fn rfc7515_a3_webhook_tampered() {
            let verifier = Es256EventWebhook::new(Es256EventWebhookCredentials {
                    jws_header: rt::SecretString::from("{\"alg\":\"ES256\"}"),
                    public_key: rt::SecretString::from(
                        "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEf83OJ3D2xF1Bg8vub9tLe1gHMzV7\n6e8Tus9uPHvRVEXH8UTNG72bfocs3+257rn0s2ldbqkLJK2KRiMohYjlrQ==\n-----END PUBLIC KEY-----",
                    ),
                })
                .expect("example credentials are valid");
            let headers: &[(&str, &str)] = &[
                (
                    "X-JWS-Signature",
                    "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q",
                ),
            ];
            let now = std::time::UNIX_EPOCH + std::time::Duration::from_millis(0u64);
            let result = verifier
                .verify(
                    headers,
                    "{\"iss\":\"jon\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}"
                        .as_bytes(),
                    now,
                );
            assert!(matches!(result, Err(rt::VerifyError::BadSignature)), "{result:?}");
        }
        /// Source: A.3's published signature DER-encoded by hand (python3: SEQUENCE of two INTEGERs, a zero byte before s, whose top bit is set), then base64.
        #[test]
        fn rfc7515_a3_webhook_der() {
            let verifier = Es256DerEventWebhook::new(Es256DerEventWebhookCredentials {
                    jws_header: rt::SecretString::from("{\"alg\":\"ES256\"}"),
                    public_key: rt::SecretString::from(
                        "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEf83OJ3D2xF1Bg8vub9tLe1gHMzV7\n6e8Tus9uPHvRVEXH8UTNG72bfocs3+257rn0s2ldbqkLJK2KRiMohYjlrQ==\n-----END PUBLIC KEY-----",
                    ),
                })
                .expect("example credentials are valid");
            let headers: &[(&str, &str)] = &[
                (
                    "X-Signature",
                    "MEUCIA7RIVN5Y2xIPC9/FVgH1AKjsigDOvl8fheBmsMWnqZlAiEAxQoH04w8cOXY8S2vCEpUgKZlkMXyk1Cajz9/ioOjVNU=",
                ),
            ];
            let now = std::time::UNIX_EPOCH + std::time::Duration::from_millis(0u64);
            let result = verifier
                .verify(
                    headers,
                    "{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}"
                        .as_bytes(),
                    now,
                );
            assert!(result.is_ok(), "{result:?}");
        }
        /// Source: A.3's raw r ‖ s signature sent where DER is expected.
        #[test]
        fn rfc7515_a3_webhook_raw_where_der_is_expected() {
            let verifier = Es256DerEventWebhook::new(Es256DerEventWebhookCredentials {
                    jws_header: rt::SecretString::from("{\"alg\":\"ES256\"}"),
                    public_key: rt::SecretString::from(
                        "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEf83OJ3D2xF1Bg8vub9tLe1gHMzV7\n6e8Tus9uPHvRVEXH8UTNG72bfocs3+257rn0s2ldbqkLJK2KRiMohYjlrQ==\n-----END PUBLIC KEY-----",
                    ),
                })
                .expect("example credentials are valid");
            let headers: &[(&str, &str)] = &[
                (
                    "X-Signature",
                    "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q",
                ),
            ];
            let now = std::time::UNIX_EPOCH + std::time::Duration::from_millis(0u64);
            let result = verifier
                .verify(
                    headers,
                    "{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}"
                        .as_bytes(),
                    now,
                );
            assert!(matches!(result, Err(rt::VerifyError::Malformed(_))), "{result:?}");
        }
        /// Source: The RFC 8032 §7.1 TEST 1 key (public d75a98…511a); the signature of the body made with `openssl pkeyutl -sign -rawin` from the TEST 1 seed as a PKCS#8 PEM.
        #[test]
        fn rfc8032_test1_key_webhook_verified() {
            let verifier = EddsaEventWebhook::new(EddsaEventWebhookCredentials {
                    public_key: rt::SecretString::from(
                        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
                    ),
                })
                .expect("example credentials are valid");
            let headers: &[(&str, &str)] = &[
                (
                    "X-Signature",
                    "45df9854909cc72a284e8ec167eb6cab4eac152b64fd28dbf280eba43492f4fb83523d7d2fa27bcb83680d4622e1bed28971d1840a832274b7c20f202ec6920a",
                ),
            ];
            let now = std::time::UNIX_EPOCH + std::time::Duration::from_millis(0u64);
            let result = verifier
                .verify(headers, "{\"event\":\"key.rotated\",\"id\":7}".as_bytes(), now);
            assert!(result.is_ok(), "{result:?}");
        }
        /// Source: The RFC 8032 §7.1 TEST 1 key (public d75a98…511a); the signature of the body made with `openssl pkeyutl -sign -rawin` from the TEST 1 seed as a PKCS#8 PEM.
        #[test]
        fn rfc8032_test1_key_webhook_tampered() {
            let verifier = EddsaEventWebhook::new(EddsaEventWebhookCredentials {
                    public_key: rt::SecretString::from(
                        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
                    ),
                })
                .expect("example credentials are valid");
            let headers: &[(&str, &str)] = &[
                (
                    "X-Signature",
                    "45df9854909cc72a284e8ec167eb6cab4eac152b64fd28dbf280eba43492f4fb83523d7d2fa27bcb83680d4622e1bed28971d1840a832274b7c20f202ec6920a",
                ),
            ];
            let now = std::time::UNIX_EPOCH + std::time::Duration::from_millis(0u64);
            let result = verifier
                .verify(headers, "{\"event\":\"key.rotated\",\"id\":8}".as_bytes(), now);
            assert!(matches!(result, Err(rt::VerifyError::BadSignature)), "{result:?}");
        }
    }
    #[cfg(test)]
    mod examples {
        use super::*;
        /// Source: RFC 7515 Appendix A.1: the protected header and payload octets (with their CR LF), the JWK `k`, the signing input and the signature.
        #[test]
        fn rfc7515_a1_hs256() {
            let credentials = Credentials {
                jws_header: rt::SecretString::from(
                    "{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}",
                ),
                hmac_key: Some(
                    rt::SecretString::from(
                        "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow",
                    ),
                ),
                ed25519_key: None,
                ec_key: None,
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://jws.example")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1300819380000u64,
                nonce: 1u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let parts = rt::Parts::raw(
                &base,
                &ENCODING,
                rt::Method::Post,
                "/v1/messages",
                "{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}",
                "",
            );
            let request = signer
                .sign_parts(Scheme::Hs256, parts, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("signing_input"),
                Some("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"),
                "value `{}`", "signing_input"
            );
            assert_eq!(
                trace.text("signature"),
                Some("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"), "value `{}`",
                "signature"
            );
            assert_eq!(
                request.header("X-JWS-Signature"),
                Some("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9..dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                "header `{}`", "X-JWS-Signature"
            );
        }
        /// Source: RFC 8037 Appendix A.4: the Ed25519 JWK `d`, the header `{"alg":"EdDSA"}`, the payload "Example of Ed25519 signing", the signing input and the signature.
        #[test]
        fn rfc8037_a4_eddsa() {
            let credentials = Credentials {
                jws_header: rt::SecretString::from("{\"alg\":\"EdDSA\"}"),
                hmac_key: None,
                ed25519_key: Some(
                    rt::SecretString::from("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"),
                ),
                ec_key: None,
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://jws.example")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1300819380000u64,
                nonce: 1u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let parts = rt::Parts::raw(
                &base,
                &ENCODING,
                rt::Method::Post,
                "/v1/messages",
                "Example of Ed25519 signing",
                "",
            );
            let request = signer
                .sign_parts(Scheme::Eddsa, parts, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("signing_input"),
                Some("eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc"),
                "value `{}`", "signing_input"
            );
            assert_eq!(
                trace.text("signature"),
                Some("hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg"),
                "value `{}`", "signature"
            );
            assert_eq!(
                request.header("X-JWS-Signature"),
                Some("eyJhbGciOiJFZERTQSJ9..hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg"),
                "header `{}`", "X-JWS-Signature"
            );
        }
        /// Source: RFC 7515 Appendix A.3: the P-256 key (as SEC1 PEM, written from the JWK `d` with OpenSSL), header `{"alg":"ES256"}` and the A.1 payload; the signing input is the RFC's. The signature itself is checked by verification in the runtime's tests (the RFC's is randomised).
        #[test]
        fn rfc7515_a3_es256_signing_input() {
            let credentials = Credentials {
                jws_header: rt::SecretString::from("{\"alg\":\"ES256\"}"),
                hmac_key: None,
                ed25519_key: None,
                ec_key: Some(
                    rt::SecretString::from(
                        "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEII6bEJ5xkJi/mASH3x9dd+nLKWBuvtImO19XwhPfhPSyoAoGCCqGSM49\nAwEHoUQDQgAEf83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEXH8UTNG72b\nfocs3+257rn0s2ldbqkLJK2KRiMohYjlrQ==\n-----END EC PRIVATE KEY-----",
                    ),
                ),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://jws.example")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1300819380000u64,
                nonce: 1u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let parts = rt::Parts::raw(
                &base,
                &ENCODING,
                rt::Method::Post,
                "/v1/messages",
                "{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}",
                "",
            );
            signer
                .sign_parts(Scheme::Es256, parts, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("signing_input"),
                Some("eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"),
                "value `{}`", "signing_input"
            );
        }
    }
}
