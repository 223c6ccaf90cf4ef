/// Binance Pay client, generated from its spec.
///
/// Binance Pay merchant API (crypto payments), a small part: creating and querying an order and
/// reading the certificates that verify Binance Pay's webhooks. Every call is a POST with a JSON
/// body to <https://bpay.binanceapi.com>. Headers: `BinancePay-Timestamp` (unix ms; requests are
/// processed within 1 s of it), `BinancePay-Nonce` (32 letters or digits; here 32 random hex
/// digits), `BinancePay-Certificate-SN` (the API key) and `BinancePay-Signature` = upper-case
/// hex HMAC-SHA512(secret key, timestamp + "\n" + nonce + "\n" + body + "\n"). Responses are
/// `{"status": "SUCCESS"|"FAIL", "code": "000000", "data": …, "errorMessage": …}`.
/// Webhooks are signed by Binance Pay with its private key (RSA, SHA-256, PKCS#1 v1.5) over
/// timestamp + "\n" + nonce + "\n" + body + "\n", sent base64 in `BinancePay-Signature`; the
/// merchant checks it with the public key from `query_certificates` (`certPublic`, an SPKI PEM).
/// `BinancePay-Certificate-SN` on a webhook is the MD5 of that public key, which tells which key
/// signed when there are several; it is not checked here (one key per verifier). The webhook
/// docs give no tolerance for `BinancePay-Timestamp`, so no `timestamp:` check is declared (the
/// 1 s window is for requests sent to Binance Pay; a retried webhook may arrive much later).
///
/// Sources:
///
/// - <https://developers.binance.com/docs/binance-pay/api-common> (request headers, signature)
/// - <https://developers.binance.com/docs/binance-pay/webhook-common> (webhook headers, payload, Base64, SHA256 with the public key)
/// - <https://developers.binance.com/docs/binance-pay/webhook-query-certificate>
/// - <https://developers.binance.com/docs/binance-pay/order-notification> (bizType, bizId, bizIdStr, bizStatus, data as a JSON string; the sample payload)
/// - <https://developers.binance.com/docs/binance-pay/api-order-create-v3>
/// - <https://developers.binance.com/docs/binance-pay/api-order-query-v2>
pub mod binance_pay {
    use ::venue_runtime as rt;
    use rt::ExposeSecret;
    pub const PRODUCTION_URL: &str = "https://bpay.binanceapi.com";
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
        success: &["000000"],
        message: Some("errorMessage"),
        jsonrpc: false,
    };
    ///Credentials for Binance Pay. Debug output never shows their values.
    #[derive(Clone, Debug)]
    pub struct Credentials {
        /// API key from the Merchant Admin Portal, sent as `BinancePay-Certificate-SN`.
        pub api_key: rt::SecretString,
        /// API secret key; signs every request with HMAC-SHA512.
        pub secret_key: rt::SecretString,
    }
    impl Credentials {
        /// Reads credentials from a JSON object of strings; unknown names are rejected.
        pub fn from_json(value: &rt::serde_json::Value) -> Result<Self, rt::Error> {
            rt::known_credentials(value, &["api_key", "secret_key"])?;
            Ok(Credentials {
                api_key: rt::credential(value, "api_key")?,
                secret_key: rt::credential(value, "secret_key")?,
            })
        }
    }
    /// The auth schemes this venue offers.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Scheme {
        /// BinancePay-Signature = upper-case hex HMAC-SHA512(secret_key, timestamp + LF + nonce + LF + body + LF), with the timestamp and nonce sent in their own headers.
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
        ts: u64,
        nonce_str: rt::Text,
    }
    /// Signs requests. Values that depend only on credentials are computed once, here.
    #[derive(Debug)]
    pub struct Signer {
        #[allow(dead_code)]
        credentials: Credentials,
        signed_secret_key_hmac_sha512: rt::HmacKey,
        signed_binancepay_certificate_sn_header: rt::HeaderValue,
    }
    impl Signer {
        pub fn new(credentials: Credentials) -> Result<Self, rt::Error> {
            let signed_secret_key_hmac_sha512 = rt::hmac_sha512_key(
                credentials.secret_key.expose_secret().as_bytes(),
            );
            let signed_binancepay_certificate_sn_header = rt::HeaderValue::shared(
                credentials.api_key.expose_secret(),
            );
            Ok(Signer {
                credentials,
                signed_secret_key_hmac_sha512,
                signed_binancepay_certificate_sn_header,
            })
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
                    let pre = self.signed_stamp(stamp, trace)?;
                    self.signed_finish(parts, &pre, stamp, trace)
                }
            }
        }
        fn signed_stamp(
            &self,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<SignedStamp, rt::Error> {
            let ts = stamp.unix_ms();
            trace.record("ts", &ts);
            let nonce_str = stamp.random_hex(16usize);
            trace.record("nonce_str", &nonce_str);
            Ok(SignedStamp { ts, nonce_str })
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
            let sign = rt::hex_upper(
                rt::hmac_with(
                        &self.signed_secret_key_hmac_sha512,
                        rt::pieces!(
                            pre.ts, "\n", pre.nonce_str, "\n", parts.body_text(), "\n"
                        ),
                    )
                    .as_slice(),
            );
            trace.record("sign", &sign);
            parts.reserve_headers(4usize);
            parts.header("BinancePay-Timestamp", pre.ts);
            parts.header("BinancePay-Nonce", pre.nonce_str.clone());
            parts
                .header(
                    "BinancePay-Certificate-SN",
                    self.signed_binancepay_certificate_sn_header.clone(),
                );
            parts.header("BinancePay-Signature", sign);
            Ok(parts.into_request())
        }
    }
    /// What create_order returns (the links a payer opens).
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct CreatedOrder {
        #[serde(rename = "prepayId")]
        pub prepay_id: String,
        #[serde(rename = "terminalType")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub terminal_type: Option<String>,
        /// Unix ms.
        #[serde(rename = "expireTime")]
        pub expire_time: i64,
        #[serde(rename = "qrcodeLink")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub qrcode_link: Option<String>,
        #[serde(rename = "qrContent")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub qr_content: Option<String>,
        #[serde(rename = "checkoutUrl")]
        pub checkout_url: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub deeplink: Option<String>,
        #[serde(rename = "universalUrl")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub universal_url: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// A JSON number.
        #[serde(rename = "totalFee")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub total_fee: Option<rt::Decimal>,
    }
    /// An order as query_order returns it, shortened to the fields most callers read.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Order {
        #[serde(rename = "merchantId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub merchant_id: Option<i64>,
        #[serde(rename = "prepayId")]
        pub prepay_id: String,
        #[serde(rename = "transactionId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub transaction_id: Option<String>,
        #[serde(rename = "merchantTradeNo")]
        pub merchant_trade_no: String,
        /// INITIAL, PENDING, PAID, CANCELED, ERROR, REFUNDING, REFUNDED or EXPIRED.
        pub status: String,
        pub currency: String,
        /// A JSON number.
        #[serde(rename = "orderAmount")]
        pub order_amount: rt::Decimal,
        #[serde(rename = "openUserId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub open_user_id: Option<String>,
        #[serde(rename = "passThroughInfo")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub pass_through_info: Option<String>,
        /// Unix ms.
        #[serde(rename = "transactTime")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub transact_time: Option<i64>,
        /// Unix ms.
        #[serde(rename = "createTime")]
        pub create_time: i64,
        #[serde(rename = "paymentInfo")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub payment_info: Option<rt::serde_json::Value>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Certificate {
        /// The public key's hash (the webhook's BinancePay-Certificate-SN).
        #[serde(rename = "certSerial")]
        pub cert_serial: String,
        /// The public key (SPKI PEM) that verifies webhooks.
        #[serde(rename = "certPublic")]
        pub cert_public: String,
    }
    /// What a webhook POSTs (order, refund and payout notifications share it).
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Notification {
        /// PAY, PAY_REFUND, PAYOUT, …
        #[serde(rename = "bizType")]
        pub biz_type: String,
        /// The id as a JSON number; it may not fit 64 bits (the docs' sample does not), so read bizIdStr.
        #[serde(rename = "bizId")]
        pub biz_id: rt::serde_json::Value,
        /// bizId as text (absent in the docs' older sample).
        #[serde(rename = "bizIdStr")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub biz_id_str: Option<String>,
        /// PAY_SUCCESS, PAY_CLOSED, …
        #[serde(rename = "bizStatus")]
        pub biz_status: String,
        /// The details, as a JSON string (merchantTradeNo, totalFee, currency, …).
        pub data: String,
    }
    ///Parameters of `create_order`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct CreateOrderParams {
        /// {"terminalType": "APP" | "WEB" | "WAP" | "MINI_PROGRAM" | "OTHERS"}
        pub env: rt::serde_json::Value,
        /// {"ifProfitSharing": true}
        #[serde(rename = "orderTags")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub order_tags: Option<rt::serde_json::Value>,
        /// Your order id (letters and digits, at most 32).
        #[serde(rename = "merchantTradeNo")]
        pub merchant_trade_no: String,
        /// Amount in `currency` (give this or fiatAmount).
        #[serde(rename = "orderAmount")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub order_amount: Option<rt::Decimal>,
        /// Order currency (give with orderAmount).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        #[serde(rename = "fiatAmount")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub fiat_amount: Option<rt::Decimal>,
        #[serde(rename = "fiatCurrency")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub fiat_currency: Option<String>,
        pub description: String,
        /// A list of goods (goodsType, goodsCategory, referenceGoodsId, goodsName, goodsDetail).
        #[serde(rename = "goodsDetails")]
        pub goods_details: rt::serde_json::Value,
        #[serde(rename = "returnUrl")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub return_url: Option<String>,
        #[serde(rename = "cancelUrl")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cancel_url: Option<String>,
        /// Unix ms; at most 1 hour ahead.
        #[serde(rename = "orderExpireTime")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub order_expire_time: Option<i64>,
        #[serde(rename = "supportPayCurrency")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub support_pay_currency: Option<String>,
        #[serde(rename = "passThroughInfo")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub pass_through_info: Option<String>,
        /// Overrides the portal's webhook URL for this order.
        #[serde(rename = "webhookUrl")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub webhook_url: Option<String>,
    }
    impl rt::Endpoint for CreateOrderParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/binancepay/openapi/v3/order");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("env", &self.env);
            body.field("orderTags", &self.order_tags);
            body.field("merchantTradeNo", &self.merchant_trade_no);
            body.field("orderAmount", &self.order_amount.as_ref().map(rt::AsNumber));
            body.field("currency", &self.currency);
            body.field("fiatAmount", &self.fiat_amount.as_ref().map(rt::AsNumber));
            body.field("fiatCurrency", &self.fiat_currency);
            body.field("description", &self.description);
            body.field("goodsDetails", &self.goods_details);
            body.field("returnUrl", &self.return_url);
            body.field("cancelUrl", &self.cancel_url);
            body.field("orderExpireTime", &self.order_expire_time);
            body.field("supportPayCurrency", &self.support_pay_currency);
            body.field("passThroughInfo", &self.pass_through_info);
            body.field("webhookUrl", &self.webhook_url);
        }
    }
    ///Parameters of `query_order`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct QueryOrderParams {
        #[serde(rename = "merchantTradeNo")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub merchant_trade_no: Option<String>,
        #[serde(rename = "prepayId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub prepay_id: Option<String>,
    }
    impl rt::Endpoint for QueryOrderParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/binancepay/openapi/v2/order/query");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("merchantTradeNo", &self.merchant_trade_no);
            body.field("prepayId", &self.prepay_id);
        }
    }
    ///Parameters of `query_certificates`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct QueryCertificatesParams {}
    impl rt::Endpoint for QueryCertificatesParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/binancepay/openapi/certificates");
        }
    }
    ///Async client for Binance Pay.
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
                "binance_pay",
                &[Some(&credentials.api_key), Some(&credentials.secret_key)],
            );
            Ok(Client {
                core: rt::ClientCore::new(base_url)?
                    .with_name("binance_pay")
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
        /// `POST /binancepay/openapi/v3/order`.
        ///
        /// Creates an order (v3) and returns where the payer pays it.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.create_order(&params).await?;
        /// ```
        pub async fn create_order(
            &self,
            params: &CreateOrderParams,
        ) -> Result<CreatedOrder, rt::Error> {
            self.call(rt::Call::once("create_order"), Scheme::Signed, params, &ENVELOPE)
                .await
        }
        /// `POST /binancepay/openapi/v2/order/query`.
        ///
        /// One order, by merchantTradeNo or prepayId (give one).
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.query_order(&QueryOrderParams {
        ///     merchant_trade_no: Some("...".into()),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn query_order(
            &self,
            params: &QueryOrderParams,
        ) -> Result<Order, rt::Error> {
            self.call(
                    rt::Call::idempotent("query_order"),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /binancepay/openapi/certificates`.
        ///
        /// The public keys that verify Binance Pay's webhooks (the `notification` webhook's credential).
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.query_certificates().await?;
        /// ```
        pub async fn query_certificates(&self) -> Result<Vec<Certificate>, rt::Error> {
            self.call(
                    rt::Call::idempotent("query_certificates"),
                    Scheme::Signed,
                    &QueryCertificatesParams {},
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
            "create_order" => {
                let params = rt::params::<CreateOrderParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "query_order" => {
                let params = rt::params::<QueryOrderParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "query_certificates" => {
                let params = rt::params::<QueryCertificatesParams>(params)?;
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
            "create_order" => {
                let params = rt::params::<CreateOrderParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            CreatedOrder,
                        >(rt::Call::once("create_order"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            "query_order" => {
                let params = rt::params::<QueryOrderParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Order,
                        >(
                            rt::Call::idempotent("query_order"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "query_certificates" => {
                let params = rt::params::<QueryCertificatesParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Vec<Certificate>,
                        >(
                            rt::Call::idempotent("query_certificates"),
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
        name: "binance_pay",
        title: "Binance Pay",
        credentials: &["api_key", "secret_key"],
        endpoints: &[
            rt::EndpointInfo {
                name: "create_order",
                method: "POST",
                path: "/binancepay/openapi/v3/order",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "env",
                        location: "body",
                        ty: "json",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "orderTags",
                        location: "body",
                        ty: "json",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "merchantTradeNo",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "orderAmount",
                        location: "body",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "currency",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "fiatAmount",
                        location: "body",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "fiatCurrency",
                        location: "body",
                        ty: "string",
                        required: false,
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
                        name: "goodsDetails",
                        location: "body",
                        ty: "json",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "returnUrl",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "cancelUrl",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "orderExpireTime",
                        location: "body",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "supportPayCurrency",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "passThroughInfo",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "webhookUrl",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "query_order",
                method: "POST",
                path: "/binancepay/openapi/v2/order/query",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "merchantTradeNo",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "prepayId",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "query_certificates",
                method: "POST",
                path: "/binancepay/openapi/certificates",
                auth: "signed",
                params: &[],
            },
        ],
    };
    /// Credentials of the `notification` webhook. Debug output never shows their values.
    #[derive(Clone, Debug)]
    pub struct NotificationWebhookCredentials {
        /// `certPublic` from query_certificates (an SPKI PEM); public, not a secret.
        pub public_key: rt::SecretString,
    }
    impl NotificationWebhookCredentials {
        /// Reads the credentials from a JSON object of strings; unknown names are rejected.
        pub fn from_json(value: &rt::serde_json::Value) -> Result<Self, rt::Error> {
            rt::known_credentials(value, &["public_key"])?;
            Ok(NotificationWebhookCredentials {
                public_key: rt::credential(value, "public_key")?,
            })
        }
    }
    /// A notification Binance Pay POSTs to the webhook URL set in the Merchant Admin Portal.
    #[derive(Debug)]
    pub struct NotificationWebhook {
        notification_platform_key: rt::RsaPublicKey,
    }
    impl NotificationWebhook {
        /// Prepares verification of `notification` webhooks: values that depend only on the credentials are computed once, here.
        pub fn new(
            credentials: NotificationWebhookCredentials,
        ) -> Result<Self, rt::Error> {
            let notification_platform_key = rt::rsa_public_key(
                credentials.public_key.expose_secret(),
                "public_key",
            )?;
            Ok(NotificationWebhook {
                notification_platform_key,
            })
        }
        /// Checks that `body` carries the sender's signature (checked with the sender's public key), then decodes it. Errors never show the signature, a secret or the body.
        pub fn verify<H: rt::ReceivedHeaders + ?Sized>(
            &self,
            headers: &H,
            body: &[u8],
            _now: std::time::SystemTime,
        ) -> Result<Notification, rt::VerifyError> {
            rt::rsa_sha256_verify(
                &self.notification_platform_key,
                [
                    rt::received_header(headers, "BinancePay-Timestamp")?.as_bytes(),
                    "\n".as_bytes(),
                    rt::received_header(headers, "BinancePay-Nonce")?.as_bytes(),
                    "\n".as_bytes(),
                    body,
                    "\n".as_bytes(),
                ]
                    .concat()
                    .as_slice(),
                rt::base64_decode(
                        rt::received_header(headers, "BinancePay-Signature")?.as_bytes(),
                        "header `BinancePay-Signature`",
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
            "notification" => {
                let verifier = NotificationWebhook::new(
                    NotificationWebhookCredentials::from_json(credentials)?,
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
        /// Source: The order-notification docs' sample payload (compact), signed with a throwaway RSA-2048 key made for this spec with `openssl genrsa 2048` (its private half is in tests/tests/webhooks.rs): openssl dgst -sha256 -sign key.pem over "1619508940000\n5RhaTrZPhknNv0kDSA2UQ67cPMVNS4sA\n" + BODY + "\n", base64; the public key is `openssl rsa -pubout` of it. The nonce is the docs' example nonce.
        #[test]
        fn webhook_verified() {
            let verifier = NotificationWebhook::new(NotificationWebhookCredentials {
                    public_key: rt::SecretString::from(
                        "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxsRhf7TyFyJxGtEVDJdt\n+wwJctg3V2gKHIGH7r40SZ0o17kmdZeXVjB28hkdDelQxzVjbKi9cHAjviF/4tEt\n3sQPs1Ib+8szd0mbq0EXvVQpf++/MVg8EmgOlps8RSpN8O1RkWg+1SiEXqJnU44L\noj77yCppqjkRE6KjdzEGZ1wSxoewIMy2Q6B/eKxL/E3OmSQZuSD6hq++s5Na5I0Y\naurMZP8w26zRgr6mahp1M/7b0wgwh+uX+bCgbUEoTtGqWziyGwZ0r1kubLckFPwW\nwXtDAe4++IjGSGy26iKzR3hjzuf9dc/jpUC1GfpR6ihICGmgqNdAQOJGJTwsJoMd\nLQIDAQAB\n-----END PUBLIC KEY-----\n",
                    ),
                })
                .expect("example credentials are valid");
            let headers: &[(&str, &str)] = &[
                ("BinancePay-Timestamp", "1619508940000"),
                ("BinancePay-Nonce", "5RhaTrZPhknNv0kDSA2UQ67cPMVNS4sA"),
                ("BinancePay-Certificate-SN", "00000000000000000000000000000000"),
                (
                    "BinancePay-Signature",
                    "sVfQlsdzpnWuRepJh4CYvSQ2yWsqIpw/m+DWMSl5DqYIOWQ1UQRGz21Tb+xAAp6G3Mx9tVjT7uCSpqY5RA0ah+OFI2mwkoit00RieY0g6bdSsQOLvff1u8586QMZl1G/1tXUqedMHcZWTEETGv/OSnbhonqriYz+VI2QiKeyU3+OWhDtl0qf2vxBclqJwSiydIO1V6T6hv81HVEHPNnp7NqrDYGYPtIkQ/HtfrmvhJBf9M6sxDlrLbvkVEcWvntiZW/rDUYjlLUix5r+hcxnKz0mkrHdCVwIEPGzJzAgFDGtIa7pKnHkvAdS5dLyYr+58YscnIXjIkoD72J9xnLwrw==",
                ),
            ];
            let now = std::time::UNIX_EPOCH + std::time::Duration::from_millis(0u64);
            let result = verifier
                .verify(
                    headers,
                    "{\"bizType\":\"PAY\",\"data\":\"{\\\"merchantTradeNo\\\":\\\"9825382937292\\\",\\\"totalFee\\\":0.88000000,\\\"transactTime\\\":1619508939664,\\\"currency\\\":\\\"BUSD\\\",\\\"openUserId\\\":\\\"1211HS10K81f4273ac031\\\",\\\"productType\\\":\\\"Food\\\",\\\"productName\\\":\\\"Ice Cream\\\",\\\"tradeType\\\":\\\"WEB\\\",\\\"transactionId\\\":\\\"M_R_282737362839373\\\"}\",\"bizId\":29383937493038367292,\"bizStatus\":\"PAY_SUCCESS\"}"
                        .as_bytes(),
                    now,
                );
            assert!(result.is_ok(), "{result:?}");
        }
        /// Source: The signed sample with totalFee 0.88000000 changed to 0.89000000 in the body.
        #[test]
        fn webhook_tampered_body() {
            let verifier = NotificationWebhook::new(NotificationWebhookCredentials {
                    public_key: rt::SecretString::from(
                        "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxsRhf7TyFyJxGtEVDJdt\n+wwJctg3V2gKHIGH7r40SZ0o17kmdZeXVjB28hkdDelQxzVjbKi9cHAjviF/4tEt\n3sQPs1Ib+8szd0mbq0EXvVQpf++/MVg8EmgOlps8RSpN8O1RkWg+1SiEXqJnU44L\noj77yCppqjkRE6KjdzEGZ1wSxoewIMy2Q6B/eKxL/E3OmSQZuSD6hq++s5Na5I0Y\naurMZP8w26zRgr6mahp1M/7b0wgwh+uX+bCgbUEoTtGqWziyGwZ0r1kubLckFPwW\nwXtDAe4++IjGSGy26iKzR3hjzuf9dc/jpUC1GfpR6ihICGmgqNdAQOJGJTwsJoMd\nLQIDAQAB\n-----END PUBLIC KEY-----\n",
                    ),
                })
                .expect("example credentials are valid");
            let headers: &[(&str, &str)] = &[
                ("BinancePay-Timestamp", "1619508940000"),
                ("BinancePay-Nonce", "5RhaTrZPhknNv0kDSA2UQ67cPMVNS4sA"),
                (
                    "BinancePay-Signature",
                    "sVfQlsdzpnWuRepJh4CYvSQ2yWsqIpw/m+DWMSl5DqYIOWQ1UQRGz21Tb+xAAp6G3Mx9tVjT7uCSpqY5RA0ah+OFI2mwkoit00RieY0g6bdSsQOLvff1u8586QMZl1G/1tXUqedMHcZWTEETGv/OSnbhonqriYz+VI2QiKeyU3+OWhDtl0qf2vxBclqJwSiydIO1V6T6hv81HVEHPNnp7NqrDYGYPtIkQ/HtfrmvhJBf9M6sxDlrLbvkVEcWvntiZW/rDUYjlLUix5r+hcxnKz0mkrHdCVwIEPGzJzAgFDGtIa7pKnHkvAdS5dLyYr+58YscnIXjIkoD72J9xnLwrw==",
                ),
            ];
            let now = std::time::UNIX_EPOCH + std::time::Duration::from_millis(0u64);
            let result = verifier
                .verify(
                    headers,
                    "{\"bizType\":\"PAY\",\"data\":\"{\\\"merchantTradeNo\\\":\\\"9825382937292\\\",\\\"totalFee\\\":0.89000000,\\\"transactTime\\\":1619508939664,\\\"currency\\\":\\\"BUSD\\\",\\\"openUserId\\\":\\\"1211HS10K81f4273ac031\\\",\\\"productType\\\":\\\"Food\\\",\\\"productName\\\":\\\"Ice Cream\\\",\\\"tradeType\\\":\\\"WEB\\\",\\\"transactionId\\\":\\\"M_R_282737362839373\\\"}\",\"bizId\":29383937493038367292,\"bizStatus\":\"PAY_SUCCESS\"}"
                        .as_bytes(),
                    now,
                );
            assert!(matches!(result, Err(rt::VerifyError::BadSignature)), "{result:?}");
        }
        /// Source: The same payload signed (openssl dgst -sha256 -sign) with a second throwaway RSA-2048 key, checked with the first key's public half.
        #[test]
        fn webhook_other_key() {
            let verifier = NotificationWebhook::new(NotificationWebhookCredentials {
                    public_key: rt::SecretString::from(
                        "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxsRhf7TyFyJxGtEVDJdt\n+wwJctg3V2gKHIGH7r40SZ0o17kmdZeXVjB28hkdDelQxzVjbKi9cHAjviF/4tEt\n3sQPs1Ib+8szd0mbq0EXvVQpf++/MVg8EmgOlps8RSpN8O1RkWg+1SiEXqJnU44L\noj77yCppqjkRE6KjdzEGZ1wSxoewIMy2Q6B/eKxL/E3OmSQZuSD6hq++s5Na5I0Y\naurMZP8w26zRgr6mahp1M/7b0wgwh+uX+bCgbUEoTtGqWziyGwZ0r1kubLckFPwW\nwXtDAe4++IjGSGy26iKzR3hjzuf9dc/jpUC1GfpR6ihICGmgqNdAQOJGJTwsJoMd\nLQIDAQAB\n-----END PUBLIC KEY-----\n",
                    ),
                })
                .expect("example credentials are valid");
            let headers: &[(&str, &str)] = &[
                ("BinancePay-Timestamp", "1619508940000"),
                ("BinancePay-Nonce", "5RhaTrZPhknNv0kDSA2UQ67cPMVNS4sA"),
                (
                    "BinancePay-Signature",
                    "TX0cwDoLzi3ngscgIMwW/PVZZaJiS954ZaH7pKPxCduudduit0py575pE7Of5Y2H/uskRjGLDGnhnC0zpWQ2WJogmY+b6unbNa9V3YYhjYy9Nj0390ARJgMkojmYYRWwas2JuI0rNrGNbPiQtQvsiZw71bNulaAzqBhPTaGeraoLj9IDTJ1TxiGCjIQVKKco+680n0WccDZA/Nsy/9mRKef86OMmo5/HyFkMzOdDX8fWYhE0Z1YLizUAyFfG03HhNRkJ6Ay2RZnl9V4uPwDs1jpTYyxxJGQULpIJc07Qh78WAYpefJtBRtqMvIBmBZbd0QFf8n/lCtQgroggofpR2A==",
                ),
            ];
            let now = std::time::UNIX_EPOCH + std::time::Duration::from_millis(0u64);
            let result = verifier
                .verify(
                    headers,
                    "{\"bizType\":\"PAY\",\"data\":\"{\\\"merchantTradeNo\\\":\\\"9825382937292\\\",\\\"totalFee\\\":0.88000000,\\\"transactTime\\\":1619508939664,\\\"currency\\\":\\\"BUSD\\\",\\\"openUserId\\\":\\\"1211HS10K81f4273ac031\\\",\\\"productType\\\":\\\"Food\\\",\\\"productName\\\":\\\"Ice Cream\\\",\\\"tradeType\\\":\\\"WEB\\\",\\\"transactionId\\\":\\\"M_R_282737362839373\\\"}\",\"bizId\":29383937493038367292,\"bizStatus\":\"PAY_SUCCESS\"}"
                        .as_bytes(),
                    now,
                );
            assert!(matches!(result, Err(rt::VerifyError::BadSignature)), "{result:?}");
        }
        /// Source: The signed sample received with another BinancePay-Timestamp (the time is signed).
        #[test]
        fn webhook_signed_time_changed() {
            let verifier = NotificationWebhook::new(NotificationWebhookCredentials {
                    public_key: rt::SecretString::from(
                        "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxsRhf7TyFyJxGtEVDJdt\n+wwJctg3V2gKHIGH7r40SZ0o17kmdZeXVjB28hkdDelQxzVjbKi9cHAjviF/4tEt\n3sQPs1Ib+8szd0mbq0EXvVQpf++/MVg8EmgOlps8RSpN8O1RkWg+1SiEXqJnU44L\noj77yCppqjkRE6KjdzEGZ1wSxoewIMy2Q6B/eKxL/E3OmSQZuSD6hq++s5Na5I0Y\naurMZP8w26zRgr6mahp1M/7b0wgwh+uX+bCgbUEoTtGqWziyGwZ0r1kubLckFPwW\nwXtDAe4++IjGSGy26iKzR3hjzuf9dc/jpUC1GfpR6ihICGmgqNdAQOJGJTwsJoMd\nLQIDAQAB\n-----END PUBLIC KEY-----\n",
                    ),
                })
                .expect("example credentials are valid");
            let headers: &[(&str, &str)] = &[
                ("BinancePay-Timestamp", "1619508940001"),
                ("BinancePay-Nonce", "5RhaTrZPhknNv0kDSA2UQ67cPMVNS4sA"),
                (
                    "BinancePay-Signature",
                    "sVfQlsdzpnWuRepJh4CYvSQ2yWsqIpw/m+DWMSl5DqYIOWQ1UQRGz21Tb+xAAp6G3Mx9tVjT7uCSpqY5RA0ah+OFI2mwkoit00RieY0g6bdSsQOLvff1u8586QMZl1G/1tXUqedMHcZWTEETGv/OSnbhonqriYz+VI2QiKeyU3+OWhDtl0qf2vxBclqJwSiydIO1V6T6hv81HVEHPNnp7NqrDYGYPtIkQ/HtfrmvhJBf9M6sxDlrLbvkVEcWvntiZW/rDUYjlLUix5r+hcxnKz0mkrHdCVwIEPGzJzAgFDGtIa7pKnHkvAdS5dLyYr+58YscnIXjIkoD72J9xnLwrw==",
                ),
            ];
            let now = std::time::UNIX_EPOCH + std::time::Duration::from_millis(0u64);
            let result = verifier
                .verify(
                    headers,
                    "{\"bizType\":\"PAY\",\"data\":\"{\\\"merchantTradeNo\\\":\\\"9825382937292\\\",\\\"totalFee\\\":0.88000000,\\\"transactTime\\\":1619508939664,\\\"currency\\\":\\\"BUSD\\\",\\\"openUserId\\\":\\\"1211HS10K81f4273ac031\\\",\\\"productType\\\":\\\"Food\\\",\\\"productName\\\":\\\"Ice Cream\\\",\\\"tradeType\\\":\\\"WEB\\\",\\\"transactionId\\\":\\\"M_R_282737362839373\\\"}\",\"bizId\":29383937493038367292,\"bizStatus\":\"PAY_SUCCESS\"}"
                        .as_bytes(),
                    now,
                );
            assert!(matches!(result, Err(rt::VerifyError::BadSignature)), "{result:?}");
        }
        /// Source: The signed sample without BinancePay-Signature.
        #[test]
        fn webhook_missing_signature() {
            let verifier = NotificationWebhook::new(NotificationWebhookCredentials {
                    public_key: rt::SecretString::from(
                        "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxsRhf7TyFyJxGtEVDJdt\n+wwJctg3V2gKHIGH7r40SZ0o17kmdZeXVjB28hkdDelQxzVjbKi9cHAjviF/4tEt\n3sQPs1Ib+8szd0mbq0EXvVQpf++/MVg8EmgOlps8RSpN8O1RkWg+1SiEXqJnU44L\noj77yCppqjkRE6KjdzEGZ1wSxoewIMy2Q6B/eKxL/E3OmSQZuSD6hq++s5Na5I0Y\naurMZP8w26zRgr6mahp1M/7b0wgwh+uX+bCgbUEoTtGqWziyGwZ0r1kubLckFPwW\nwXtDAe4++IjGSGy26iKzR3hjzuf9dc/jpUC1GfpR6ihICGmgqNdAQOJGJTwsJoMd\nLQIDAQAB\n-----END PUBLIC KEY-----\n",
                    ),
                })
                .expect("example credentials are valid");
            let headers: &[(&str, &str)] = &[
                ("BinancePay-Timestamp", "1619508940000"),
                ("BinancePay-Nonce", "5RhaTrZPhknNv0kDSA2UQ67cPMVNS4sA"),
            ];
            let now = std::time::UNIX_EPOCH + std::time::Duration::from_millis(0u64);
            let result = verifier
                .verify(
                    headers,
                    "{\"bizType\":\"PAY\",\"data\":\"{\\\"merchantTradeNo\\\":\\\"9825382937292\\\",\\\"totalFee\\\":0.88000000,\\\"transactTime\\\":1619508939664,\\\"currency\\\":\\\"BUSD\\\",\\\"openUserId\\\":\\\"1211HS10K81f4273ac031\\\",\\\"productType\\\":\\\"Food\\\",\\\"productName\\\":\\\"Ice Cream\\\",\\\"tradeType\\\":\\\"WEB\\\",\\\"transactionId\\\":\\\"M_R_282737362839373\\\"}\",\"bizId\":29383937493038367292,\"bizStatus\":\"PAY_SUCCESS\"}"
                        .as_bytes(),
                    now,
                );
            assert!(
                matches!(result, Err(rt::VerifyError::MissingHeader(_))), "{result:?}"
            );
        }
        /// Source: A BinancePay-Signature that is not base64.
        #[test]
        fn webhook_signature_not_base64() {
            let verifier = NotificationWebhook::new(NotificationWebhookCredentials {
                    public_key: rt::SecretString::from(
                        "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxsRhf7TyFyJxGtEVDJdt\n+wwJctg3V2gKHIGH7r40SZ0o17kmdZeXVjB28hkdDelQxzVjbKi9cHAjviF/4tEt\n3sQPs1Ib+8szd0mbq0EXvVQpf++/MVg8EmgOlps8RSpN8O1RkWg+1SiEXqJnU44L\noj77yCppqjkRE6KjdzEGZ1wSxoewIMy2Q6B/eKxL/E3OmSQZuSD6hq++s5Na5I0Y\naurMZP8w26zRgr6mahp1M/7b0wgwh+uX+bCgbUEoTtGqWziyGwZ0r1kubLckFPwW\nwXtDAe4++IjGSGy26iKzR3hjzuf9dc/jpUC1GfpR6ihICGmgqNdAQOJGJTwsJoMd\nLQIDAQAB\n-----END PUBLIC KEY-----\n",
                    ),
                })
                .expect("example credentials are valid");
            let headers: &[(&str, &str)] = &[
                ("BinancePay-Timestamp", "1619508940000"),
                ("BinancePay-Nonce", "5RhaTrZPhknNv0kDSA2UQ67cPMVNS4sA"),
                ("BinancePay-Signature", "%%%not base64%%%"),
            ];
            let now = std::time::UNIX_EPOCH + std::time::Duration::from_millis(0u64);
            let result = verifier
                .verify(
                    headers,
                    "{\"bizType\":\"PAY\",\"data\":\"{\\\"merchantTradeNo\\\":\\\"9825382937292\\\",\\\"totalFee\\\":0.88000000,\\\"transactTime\\\":1619508939664,\\\"currency\\\":\\\"BUSD\\\",\\\"openUserId\\\":\\\"1211HS10K81f4273ac031\\\",\\\"productType\\\":\\\"Food\\\",\\\"productName\\\":\\\"Ice Cream\\\",\\\"tradeType\\\":\\\"WEB\\\",\\\"transactionId\\\":\\\"M_R_282737362839373\\\"}\",\"bizId\":29383937493038367292,\"bizStatus\":\"PAY_SUCCESS\"}"
                        .as_bytes(),
                    now,
                );
            assert!(matches!(result, Err(rt::VerifyError::Malformed(_))), "{result:?}");
        }
    }
    #[cfg(test)]
    mod examples {
        use super::*;
        /// Source: The docs' create-order v3 request body, with placeholder keys; the expected signature is python3 hmac.new(b"binancepay-fake-secret-0001", ("1700000000000\n" + "3f2a8c1e5b7d4e9a8c6f1d2e3f4a5b6c\n" + BODY + "\n").encode(), hashlib.sha512).hexdigest().upper().
        #[test]
        fn create_order_signed() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("binancepay-fake-key-0001"),
                secret_key: rt::SecretString::from("binancepay-fake-secret-0001"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://bpay.binanceapi.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000000u64,
                nonce: 1700000000000u64,
                random: 83962282145012172231825426121570802540u128,
            };
            let mut trace = rt::Trace::on();
            let params: CreateOrderParams = rt::serde_json::from_str(
                    "{\"env\":{\"terminalType\":\"APP\"},\"orderTags\":{\"ifProfitSharing\":true},\"merchantTradeNo\":\"9825382937292\",\"orderAmount\":\"25.17\",\"currency\":\"USDT\",\"description\":\"very good Ice Cream\",\"goodsDetails\":[{\"goodsType\":\"01\",\"goodsCategory\":\"D000\",\"referenceGoodsId\":\"7876763A3B\",\"goodsName\":\"Ice Cream\",\"goodsDetail\":\"Greentea ice cream cone\"}]}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                request.header("BinancePay-Timestamp"), Some("1700000000000"),
                "header `{}`", "BinancePay-Timestamp"
            );
            assert_eq!(
                request.header("BinancePay-Nonce"),
                Some("3f2a8c1e5b7d4e9a8c6f1d2e3f4a5b6c"), "header `{}`",
                "BinancePay-Nonce"
            );
            assert_eq!(
                request.header("BinancePay-Certificate-SN"),
                Some("binancepay-fake-key-0001"), "header `{}`",
                "BinancePay-Certificate-SN"
            );
            assert_eq!(
                request.header("BinancePay-Signature"),
                Some("7903F76FD06932EB7FE97A110503107B240B68764062D6B2D265D060662DFA7C7E9E4C9F4D542EDBE094CAB82C2C18517835498A72DE0543FF46893E7CBE2337"),
                "header `{}`", "BinancePay-Signature"
            );
            assert_eq!(
                request.url, "https://bpay.binanceapi.com/binancepay/openapi/v3/order"
            );
            assert_eq!(
                request.body.as_deref(),
                Some("{\"env\":{\"terminalType\":\"APP\"},\"orderTags\":{\"ifProfitSharing\":true},\"merchantTradeNo\":\"9825382937292\",\"orderAmount\":25.17,\"currency\":\"USDT\",\"description\":\"very good Ice Cream\",\"goodsDetails\":[{\"goodsType\":\"01\",\"goodsCategory\":\"D000\",\"referenceGoodsId\":\"7876763A3B\",\"goodsName\":\"Ice Cream\",\"goodsDetail\":\"Greentea ice cream cone\"}]}"
                .as_bytes())
            );
        }
        /// Source: python3 hmac.new(b"binancepay-fake-secret-0001", b'1700000000000\nc1d2e3f4a5b64c7d8e9f0a1b2c3d4e5f\n{"merchantTradeNo":"9825382937292"}\n', hashlib.sha512).hexdigest().upper().
        #[test]
        fn query_order_signed() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("binancepay-fake-key-0001"),
                secret_key: rt::SecretString::from("binancepay-fake-secret-0001"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://bpay.binanceapi.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000000u64,
                nonce: 1700000000000u64,
                random: 257636009016718172017775225856629493343u128,
            };
            let mut trace = rt::Trace::on();
            let params: QueryOrderParams = rt::serde_json::from_str(
                    "{\"merchantTradeNo\":\"9825382937292\"}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                request.header("BinancePay-Signature"),
                Some("BBF133CFFCF7011594721821C34FBDD474421A4B539B13419B26A2E759F8C722D19AD3103640177E9AE1CD4293940C96CBF7561B9DB565AE1B7C2E4BFA7FBA12"),
                "header `{}`", "BinancePay-Signature"
            );
            assert_eq!(
                request.body.as_deref(), Some("{\"merchantTradeNo\":\"9825382937292\"}"
                .as_bytes())
            );
        }
    }
}
