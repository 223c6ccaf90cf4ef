/// Tencent Cloud CVM (API 3.0) client, generated from its spec.
///
/// Tencent Cloud API 3.0, signature method TC3-HMAC-SHA256, for the Cloud Virtual Machine
/// service. Every call is a POST of a JSON body to `/`; the action (the operation's name) goes in
/// `X-TC-Action`, the API version in `X-TC-Version`, the request time (Unix seconds) in
/// `X-TC-Timestamp`, the region in `X-TC-Region`.
///
/// The signature is a cloud-style chain: a canonical request (method, path, query, the signed
/// headers as `name:value` lines with lower-case names, the signed header list, and the hex
/// SHA-256 of the body) is hashed into a string to sign with the date-scoped credential scope
/// `YYYY-MM-DD/cvm/tc3_request`; the signing key is derived as
/// HMAC(HMAC(HMAC("TC3" + SecretKey, date), service), "tc3_request").
///
/// Sources:
///
/// - <https://www.tencentcloud.com/document/api/213/33224> (Signature v3, with a worked example)
/// - <https://cloud.tencent.com/document/api/213/30654>
pub mod tencent_cvm {
    use ::venue_runtime as rt;
    use rt::ExposeSecret;
    pub const PRODUCTION_URL: &str = "https://cvm.tencentcloudapi.com";
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
        data: Some("Response"),
        code: None,
        success: &[],
        message: None,
        jsonrpc: false,
    };
    ///Credentials for Tencent Cloud CVM (API 3.0). Debug output never shows their values.
    #[derive(Clone, Debug)]
    pub struct Credentials {
        /// SecretId (the key's public identifier).
        pub secret_id: rt::SecretString,
        /// SecretKey.
        pub secret_key: rt::SecretString,
        /// Region the calls address, e.g. `ap-guangzhou` (sent as `X-TC-Region`).
        pub region: rt::SecretString,
    }
    impl Credentials {
        /// Reads credentials from a JSON object of strings; unknown names are rejected.
        pub fn from_json(value: &rt::serde_json::Value) -> Result<Self, rt::Error> {
            rt::known_credentials(value, &["secret_id", "secret_key", "region"])?;
            Ok(Credentials {
                secret_id: rt::credential(value, "secret_id")?,
                secret_key: rt::credential(value, "secret_key")?,
                region: rt::credential(value, "region")?,
            })
        }
    }
    /// The auth schemes this venue offers.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Scheme {
        /// TC3-HMAC-SHA256 as the current docs sign it: Content-Type, Host and X-TC-Action, the action's value lower-cased in the canonical request (but sent as declared).
        Tc3,
        /// TC3-HMAC-SHA256 signing only Content-Type and Host (the 2019 docs' worked example; the API still accepts it), built with `canonical_headers`.
        Tc3ContentHost,
    }
    impl Scheme {
        pub fn name(self) -> &'static str {
            match self {
                Scheme::Tc3 => "tc3",
                Scheme::Tc3ContentHost => "tc3_content_host",
            }
        }
    }
    ///Values of the `tc3` scheme fixed before the request is assembled.
    #[derive(Debug)]
    struct Tc3Stamp {
        timestamp: u64,
        scope: rt::Text,
        signing_key: Vec<u8>,
    }
    ///Values of the `tc3_content_host` scheme fixed before the request is assembled.
    #[derive(Debug)]
    struct Tc3ContentHostStamp {
        timestamp: u64,
        scope: rt::Text,
        signing_key: Vec<u8>,
    }
    /// Signs requests. Values that depend only on credentials are computed once, here.
    #[derive(Debug)]
    pub struct Signer {
        credentials: Credentials,
        tc3_tc3_secret_key_hmac_sha256: rt::HmacKey,
        tc3_content_host_tc3_secret_key_hmac_sha256: rt::HmacKey,
        tc3_x_tc_region_header: rt::HeaderValue,
        tc3_content_host_x_tc_region_header: rt::HeaderValue,
    }
    impl Signer {
        pub fn new(credentials: Credentials) -> Result<Self, rt::Error> {
            let tc3_tc3_secret_key_hmac_sha256 = rt::hmac_sha256_key(
                rt::text!("TC3", credentials.secret_key.expose_secret()).as_bytes(),
            );
            let tc3_content_host_tc3_secret_key_hmac_sha256 = rt::hmac_sha256_key(
                rt::text!("TC3", credentials.secret_key.expose_secret()).as_bytes(),
            );
            let tc3_x_tc_region_header = rt::HeaderValue::shared(
                credentials.region.expose_secret(),
            );
            let tc3_content_host_x_tc_region_header = rt::HeaderValue::shared(
                credentials.region.expose_secret(),
            );
            Ok(Signer {
                credentials,
                tc3_tc3_secret_key_hmac_sha256,
                tc3_content_host_tc3_secret_key_hmac_sha256,
                tc3_x_tc_region_header,
                tc3_content_host_x_tc_region_header,
            })
        }
        /// Whether the optional credentials `scheme` reads were given.
        pub fn can_sign(&self, scheme: Scheme) -> bool {
            match scheme {
                Scheme::Tc3 => true,
                Scheme::Tc3ContentHost => true,
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
                Scheme::Tc3 => self.sign_tc3(endpoint, base, stamp, trace),
                Scheme::Tc3ContentHost => {
                    self.sign_tc3_content_host(endpoint, base, stamp, trace)
                }
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
                Scheme::Tc3 => {
                    let pre = self.tc3_stamp(stamp, trace)?;
                    self.tc3_finish(parts, &pre, stamp, trace)
                }
                Scheme::Tc3ContentHost => {
                    let pre = self.tc3_content_host_stamp(stamp, trace)?;
                    self.tc3_content_host_finish(parts, &pre, stamp, trace)
                }
            }
        }
        fn tc3_stamp(
            &self,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<Tc3Stamp, rt::Error> {
            let timestamp = stamp.unix_s(0);
            trace.record("timestamp", &timestamp);
            let date = stamp.format("%Y-%m-%d");
            trace.record("date", &date);
            let scope = rt::text!(date, "/cvm/tc3_request");
            trace.record("scope", &scope);
            let signing_key = rt::hmac_sha256(
                rt::hmac_sha256(
                        rt::hmac_with(
                                &self.tc3_tc3_secret_key_hmac_sha256,
                                date.as_bytes(),
                            )
                            .as_slice(),
                        "cvm".as_bytes(),
                    )
                    .as_slice(),
                "tc3_request".as_bytes(),
            );
            trace.record("signing_key", &signing_key);
            Ok(Tc3Stamp {
                timestamp,
                scope,
                signing_key: signing_key.into(),
            })
        }
        fn sign_tc3<E: rt::Endpoint>(
            &self,
            endpoint: &E,
            base: &rt::BaseUrl,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let pre = self.tc3_stamp(stamp, trace)?;
            let parts = rt::Assembly::new(endpoint, base, &ENCODING)?
                .finish(stamp.nonce);
            self.tc3_finish(parts, &pre, stamp, trace)
        }
        fn tc3_finish(
            &self,
            mut parts: rt::Parts,
            pre: &Tc3Stamp,
            _stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let content_type = if parts.body_text().is_empty() {
                rt::Text::from("application/x-www-form-urlencoded")
            } else {
                rt::Text::from("application/json; charset=utf-8")
            };
            trace.record("content_type", &content_type);
            let canonical_headers = rt::text!(
                "content-type:", content_type, "\n", "host:", parts.host(), "\n",
                "x-tc-action:", rt::lower(parts.header_text("X-TC-Action")), "\n"
            );
            trace.record("canonical_headers", &canonical_headers);
            let canonical_request = rt::pieces!(
                parts.method().as_str(), "\n", parts.path(), "\n", parts.query(), "\n",
                canonical_headers, "\n", "content-type;host;x-tc-action", "\n",
                rt::hex(rt::sha256(parts.body_text().as_bytes()).as_slice())
            );
            trace.record("canonical_request", &canonical_request);
            let string_to_sign = rt::pieces!(
                "TC3-HMAC-SHA256\n", pre.timestamp, "\n", pre.scope, "\n",
                rt::hex(rt::sha256(canonical_request).as_slice())
            );
            trace.record("string_to_sign", &string_to_sign);
            let signature = rt::hex(
                rt::hmac_sha256(pre.signing_key.as_slice(), string_to_sign).as_slice(),
            );
            trace.record("signature", &signature);
            parts.reserve_headers(5usize);
            parts.header("Content-Type", content_type);
            parts.header("X-TC-Version", rt::HeaderValue::from_static("2017-03-12"));
            parts.header("X-TC-Timestamp", pre.timestamp);
            parts.header("X-TC-Region", self.tc3_x_tc_region_header.clone());
            parts
                .header(
                    "Authorization",
                    rt::text!(
                        "TC3-HMAC-SHA256 Credential=", self.credentials.secret_id
                        .expose_secret(), "/", pre.scope, ", SignedHeaders=",
                        "content-type;host;x-tc-action", ", Signature=", signature
                    ),
                );
            Ok(parts.into_request())
        }
        fn tc3_content_host_stamp(
            &self,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<Tc3ContentHostStamp, rt::Error> {
            let timestamp = stamp.unix_s(0);
            trace.record("timestamp", &timestamp);
            let date = stamp.format("%Y-%m-%d");
            trace.record("date", &date);
            let scope = rt::text!(date, "/cvm/tc3_request");
            trace.record("scope", &scope);
            let signing_key = rt::hmac_sha256(
                rt::hmac_sha256(
                        rt::hmac_with(
                                &self.tc3_content_host_tc3_secret_key_hmac_sha256,
                                date.as_bytes(),
                            )
                            .as_slice(),
                        "cvm".as_bytes(),
                    )
                    .as_slice(),
                "tc3_request".as_bytes(),
            );
            trace.record("signing_key", &signing_key);
            Ok(Tc3ContentHostStamp {
                timestamp,
                scope,
                signing_key: signing_key.into(),
            })
        }
        fn sign_tc3_content_host<E: rt::Endpoint>(
            &self,
            endpoint: &E,
            base: &rt::BaseUrl,
            stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let pre = self.tc3_content_host_stamp(stamp, trace)?;
            let parts = rt::Assembly::new(endpoint, base, &ENCODING)?
                .finish(stamp.nonce);
            self.tc3_content_host_finish(parts, &pre, stamp, trace)
        }
        fn tc3_content_host_finish(
            &self,
            mut parts: rt::Parts,
            pre: &Tc3ContentHostStamp,
            _stamp: &rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let canonical_request = rt::pieces!(
                parts.method().as_str(), "\n", parts.path(), "\n", parts.query(), "\n",
                rt::text!("content-type:", rt::trim(& if parts.body_text().is_empty() {
                rt::Text::from("application/x-www-form-urlencoded") } else {
                rt::Text::from("application/json; charset=utf-8") }), "\n", "host:",
                rt::trim(parts.host()), "\n"), "\n", "content-type;host", "\n",
                rt::hex(rt::sha256(parts.body_text().as_bytes()).as_slice())
            );
            trace.record("canonical_request", &canonical_request);
            let string_to_sign = rt::pieces!(
                "TC3-HMAC-SHA256\n", pre.timestamp, "\n", pre.scope, "\n",
                rt::hex(rt::sha256(canonical_request).as_slice())
            );
            trace.record("string_to_sign", &string_to_sign);
            let signature = rt::hex(
                rt::hmac_sha256(pre.signing_key.as_slice(), string_to_sign).as_slice(),
            );
            trace.record("signature", &signature);
            parts.reserve_headers(5usize);
            parts
                .header(
                    "Content-Type",
                    if parts.body_text().is_empty() {
                        rt::Text::from("application/x-www-form-urlencoded")
                    } else {
                        rt::Text::from("application/json; charset=utf-8")
                    },
                );
            parts.header("X-TC-Version", rt::HeaderValue::from_static("2017-03-12"));
            parts.header("X-TC-Timestamp", pre.timestamp);
            parts
                .header("X-TC-Region", self.tc3_content_host_x_tc_region_header.clone());
            parts
                .header(
                    "Authorization",
                    rt::text!(
                        "TC3-HMAC-SHA256 Credential=", self.credentials.secret_id
                        .expose_secret(), "/", pre.scope, ", SignedHeaders=",
                        "content-type;host", ", Signature=", signature
                    ),
                );
            Ok(parts.into_request())
        }
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Filter {
        #[serde(rename = "Name")]
        pub name: String,
        #[serde(rename = "Values")]
        pub values: Vec<String>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Instance {
        #[serde(rename = "InstanceId")]
        pub instance_id: String,
        #[serde(rename = "InstanceName")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub instance_name: Option<String>,
        #[serde(rename = "InstanceState")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub instance_state: Option<String>,
        #[serde(rename = "InstanceType")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub instance_type: Option<String>,
        #[serde(rename = "Placement")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub placement: Option<rt::serde_json::Value>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Zone {
        #[serde(rename = "Zone")]
        pub zone: String,
        #[serde(rename = "ZoneName")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub zone_name: Option<String>,
        #[serde(rename = "ZoneId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub zone_id: Option<String>,
        #[serde(rename = "ZoneState")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub zone_state: Option<String>,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct ZoneList {
        #[serde(rename = "TotalCount")]
        pub total_count: i64,
        #[serde(rename = "ZoneSet")]
        pub zone_set: Vec<Zone>,
        #[serde(rename = "RequestId")]
        pub request_id: String,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct InstancePage {
        #[serde(rename = "TotalCount")]
        pub total_count: i64,
        #[serde(rename = "InstanceSet")]
        pub instance_set: Vec<Instance>,
        #[serde(rename = "RequestId")]
        pub request_id: String,
    }
    ///Parameters of `describe_instances`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct DescribeInstancesParams {
        /// At most this many instances (default 20, max 100).
        #[serde(rename = "Limit")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<i64>,
        #[serde(rename = "Offset")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub offset: Option<i64>,
        #[serde(rename = "InstanceIds")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub instance_ids: Option<Vec<String>>,
        #[serde(rename = "Filters")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub filters: Option<Vec<Filter>>,
    }
    impl rt::Endpoint for DescribeInstancesParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        const HEADERS: &'static [(&'static str, &'static str)] = &[
            ("X-TC-Action", "DescribeInstances"),
        ];
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("Limit", &self.limit);
            body.field("Offset", &self.offset);
            body.field("InstanceIds", &self.instance_ids);
            body.field("Filters", &self.filters);
        }
    }
    ///Parameters of `describe_zones`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct DescribeZonesParams {}
    impl rt::Endpoint for DescribeZonesParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        const HEADERS: &'static [(&'static str, &'static str)] = &[
            ("X-TC-Action", "DescribeZones"),
        ];
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/");
        }
    }
    ///Async client for Tencent Cloud CVM (API 3.0).
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
                "tencent_cvm",
                &[
                    Some(&credentials.secret_id),
                    Some(&credentials.secret_key),
                    Some(&credentials.region),
                ],
            );
            Ok(Client {
                core: rt::ClientCore::new(base_url)?
                    .with_name("tencent_cvm")
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
        /// `POST /`.
        ///
        /// Lists instances, optionally filtered.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.describe_instances(&DescribeInstancesParams {
        ///     limit: Some(0),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn describe_instances(
            &self,
            params: &DescribeInstancesParams,
        ) -> Result<InstancePage, rt::Error> {
            self.call(
                    rt::Call::idempotent("describe_instances"),
                    Scheme::Tc3,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /`.
        ///
        /// The availability zones of the region. Signed the 2019 way (Content-Type and Host only), which the API still accepts, so both forms of the scheme are in use.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.describe_zones().await?;
        /// ```
        pub async fn describe_zones(&self) -> Result<ZoneList, rt::Error> {
            self.call(
                    rt::Call::idempotent("describe_zones"),
                    Scheme::Tc3ContentHost,
                    &DescribeZonesParams {},
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
            "describe_instances" => {
                let params = rt::params::<DescribeInstancesParams>(params)?;
                signer
                    .sign(signer.choose(&[Scheme::Tc3])?, &params, &base, &stamp, trace)
            }
            "describe_zones" => {
                let params = rt::params::<DescribeZonesParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Tc3ContentHost])?,
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
            "describe_instances" => {
                let params = rt::params::<DescribeInstancesParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Tc3])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            InstancePage,
                        >(
                            rt::Call::idempotent("describe_instances"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "describe_zones" => {
                let params = rt::params::<DescribeZonesParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Tc3ContentHost])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            ZoneList,
                        >(
                            rt::Call::idempotent("describe_zones"),
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
        name: "tencent_cvm",
        title: "Tencent Cloud CVM (API 3.0)",
        credentials: &["secret_id", "secret_key", "region"],
        endpoints: &[
            rt::EndpointInfo {
                name: "describe_instances",
                method: "POST",
                path: "/",
                auth: "tc3",
                params: &[
                    rt::ParamInfo {
                        name: "Limit",
                        location: "body",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "Offset",
                        location: "body",
                        ty: "integer",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "InstanceIds",
                        location: "body",
                        ty: "[string]",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "Filters",
                        location: "body",
                        ty: "[Filter]",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "describe_zones",
                method: "POST",
                path: "/",
                auth: "tc3_content_host",
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
        /// Source: Tencent Cloud API 3.0 "Signature v3" (cloud.tencent.com/document/api/213/30654, current page): the CVM DescribeInstances worked example, whose credentials are printed masked as `AKID` + 32 `*` and 32 `*` (every printed value follows from those literal strings); the body is the page's, its `\u` escapes literal. tests/reference/second_edition.py case tc3-docs-describe-instances reproduces each printed value.
        #[test]
        fn docs_describe_instances() {
            let credentials = Credentials {
                secret_id: rt::SecretString::from(
                    "AKID********************************",
                ),
                secret_key: rt::SecretString::from("********************************"),
                region: rt::SecretString::from("ap-guangzhou"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://cvm.tencentcloudapi.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1551113065000u64,
                nonce: 1551113065000u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let parts = rt::Parts::raw(
                    &base,
                    &ENCODING,
                    rt::Method::Post,
                    "/",
                    "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}",
                    "",
                )
                .with_headers(&[("X-TC-Action", "DescribeInstances")]);
            let request = signer
                .sign_parts(Scheme::Tc3, parts, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("canonical_request"),
                Some("POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\nx-tc-action:describeinstances\n\ncontent-type;host;x-tc-action\n35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"),
                "value `{}`", "canonical_request"
            );
            assert_eq!(
                trace.text("string_to_sign"),
                Some("TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84"),
                "value `{}`", "string_to_sign"
            );
            assert_eq!(
                trace.text("signature"),
                Some("10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f"),
                "value `{}`", "signature"
            );
            assert_eq!(
                request.header("Authorization"),
                Some("TC3-HMAC-SHA256 Credential=AKID********************************/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host;x-tc-action, Signature=10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f"),
                "header `{}`", "Authorization"
            );
            assert_eq!(
                request.header("X-TC-Action"), Some("DescribeInstances"), "header `{}`",
                "X-TC-Action"
            );
            assert_eq!(
                request.header("X-TC-Timestamp"), Some("1551113065"), "header `{}`",
                "X-TC-Timestamp"
            );
            assert_eq!(
                request.header("Content-Type"), Some("application/json; charset=utf-8"),
                "header `{}`", "Content-Type"
            );
        }
        /// Source: Tencent Cloud API 3.0 "Signature v3", 2019 generation (tencentcloud.com/document/product/267/37447): the same request signed over Content-Type and Host only, with the EXAMPLE keys; tests/reference/second_edition.py case tc3-docs-describe-instances-2019.
        #[test]
        fn docs_2019_describe_instances() {
            let credentials = Credentials {
                secret_id: rt::SecretString::from(
                    "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
                ),
                secret_key: rt::SecretString::from("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"),
                region: rt::SecretString::from("ap-guangzhou"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://cvm.tencentcloudapi.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1551113065000u64,
                nonce: 1551113065000u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let parts = rt::Parts::raw(
                    &base,
                    &ENCODING,
                    rt::Method::Post,
                    "/",
                    "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}",
                    "",
                )
                .with_headers(&[("X-TC-Action", "DescribeInstances")]);
            let request = signer
                .sign_parts(Scheme::Tc3ContentHost, parts, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("canonical_request"),
                Some("POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\ncontent-type;host\n35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"),
                "value `{}`", "canonical_request"
            );
            assert_eq!(
                trace.text("signature"),
                Some("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"),
                "value `{}`", "signature"
            );
            assert_eq!(
                request.header("Authorization"),
                Some("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"),
                "header `{}`", "Authorization"
            );
        }
        /// Source: tests/reference/second_edition.py case tc3-get-query: the current recipe applied by hand to a GET with a query and no body (form Content-Type, empty payload hash).
        #[test]
        fn reference_get_query() {
            let credentials = Credentials {
                secret_id: rt::SecretString::from(
                    "AKIDfake0000tc3000get0000000000000001",
                ),
                secret_key: rt::SecretString::from("fake-tc3-secret-key-0001"),
                region: rt::SecretString::from("ap-guangzhou"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://cvm.tencentcloudapi.com")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000000u64,
                nonce: 1700000000000u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let parts = rt::Parts::raw(
                    &base,
                    &ENCODING,
                    rt::Method::Get,
                    "/?Limit=10&Offset=0",
                    "",
                    "",
                )
                .with_headers(&[("X-TC-Action", "DescribeInstances")]);
            let request = signer
                .sign_parts(Scheme::Tc3, parts, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                trace.text("canonical_request"),
                Some("GET\n/\nLimit=10&Offset=0\ncontent-type:application/x-www-form-urlencoded\nhost:cvm.tencentcloudapi.com\nx-tc-action:describeinstances\n\ncontent-type;host;x-tc-action\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                "value `{}`", "canonical_request"
            );
            assert_eq!(
                trace.text("signature"),
                Some("d19d7a749098da78acfda2d13ace8322fcdb2ea9b9ff0685fdb546df7682f0dc"),
                "value `{}`", "signature"
            );
            assert_eq!(
                request.header("Authorization"),
                Some("TC3-HMAC-SHA256 Credential=AKIDfake0000tc3000get0000000000000001/2023-11-14/cvm/tc3_request, SignedHeaders=content-type;host;x-tc-action, Signature=d19d7a749098da78acfda2d13ace8322fcdb2ea9b9ff0685fdb546df7682f0dc"),
                "header `{}`", "Authorization"
            );
            assert_eq!(
                request.header("Content-Type"),
                Some("application/x-www-form-urlencoded"), "header `{}`", "Content-Type"
            );
        }
    }
}
