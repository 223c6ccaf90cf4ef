/// Calypso Pay client, generated from its spec.
///
/// Calypso Pay public API (crypto payment gateway). Every call is a POST (one DELETE) with a JSON
/// body {"account": &lt;merchant account id&gt;, "timestamp": &lt;unix ms&gt;, "payload": {...}}; `payload`
/// is left out when a call has no parameters. Headers: `Key` (public API key) and
/// `Sign` = lowercase hex HMAC-SHA512(secret, the exact body bytes sent). The timestamp must be
/// within 3 minutes either side of server time; no nonce is documented.
/// Hosts: the OpenAPI `servers` entry of docs.calypso.finance gives <https://api.calypso.finance>
/// (used here); the newer docs.calypso.money lists <https://api.calypso.money> and constrains
/// `account` to ^0x\[0-9a-fA-F\]{40}$. The legacy "Calypso 1.0" API at
/// <https://invoice.calypso.finance/> (an `Api-Key` header) is superseded and not covered.
/// Errors: 400 and 500 carry a `PublicGatewayErrorResponse` whose fields are not documented, so
/// responses have no envelope and error bodies are reported as they arrive.
/// Webhooks Calypso sends are signed with the same recipe (hex HMAC-SHA512 of the raw body with
/// the subscription's `secretKey`, header `Sign`, header `Key` = its `publicKey`).
///
/// Sources:
///
/// - ../shared/seeds/002_07329a4b8b512d73.txt (Calypso "Get started with API / Signing requests", with a worked example)
/// - <https://docs.calypso.finance> (GitBook with the embedded OpenAPI 3.0.1 "Public API")
/// - <https://docs.calypso.money> (newer mirror)
/// - ../shared/seeds/endpoints.md section 3
pub mod calypso {
    use ::venue_runtime as rt;
    use rt::ExposeSecret;
    pub const PRODUCTION_URL: &str = "https://api.calypso.finance";
    /// How this venue writes query strings and bodies.
    pub const ENCODING: rt::Encoding = rt::Encoding {
        query_order: rt::QueryOrder::AsDeclared,
        escape: rt::Escape::Rfc3986,
        body_root: Some("payload"),
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
    ///Credentials for Calypso Pay. Debug output never shows their values.
    #[derive(Clone, Debug)]
    pub struct Credentials {
        /// Public API key, sent as the `Key` header.
        pub api_key: rt::SecretString,
        /// Secret API key; signs every body with HMAC-SHA512.
        pub secret: rt::SecretString,
        /// Merchant account id, sent as the top-level `account` field of every body (docs.calypso.money shows it as a 0x-prefixed 40-hex-digit id; the older docs use a UUID).
        pub account: rt::SecretString,
    }
    impl Credentials {
        /// Reads credentials from a JSON object of strings; unknown names are rejected.
        pub fn from_json(value: &rt::serde_json::Value) -> Result<Self, rt::Error> {
            rt::known_credentials(value, &["api_key", "secret", "account"])?;
            Ok(Credentials {
                api_key: rt::credential(value, "api_key")?,
                secret: rt::credential(value, "secret")?,
                account: rt::credential(value, "account")?,
            })
        }
    }
    /// The auth schemes this venue offers.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Scheme {
        /// `account` and `timestamp` (unix ms) go first in the body, endpoint params nest under `payload`; Sign = hex(HMAC-SHA512(secret, body)).
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
    }
    /// Signs requests. Values that depend only on credentials are computed once, here.
    #[derive(Debug)]
    pub struct Signer {
        credentials: Credentials,
        signed_secret_hmac_sha512: rt::HmacKey,
        signed_key_header: rt::HeaderValue,
    }
    impl Signer {
        pub fn new(credentials: Credentials) -> Result<Self, rt::Error> {
            let signed_secret_hmac_sha512 = rt::hmac_sha512_key(
                credentials.secret.expose_secret().as_bytes(),
            );
            let signed_key_header = rt::HeaderValue::shared(
                credentials.api_key.expose_secret(),
            );
            Ok(Signer {
                credentials,
                signed_secret_hmac_sha512,
                signed_key_header,
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
            request.body().field("account", self.credentials.account.expose_secret());
            request.body().field("timestamp", &pre.ts);
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
            let sign = rt::hex(
                rt::hmac_with(
                        &self.signed_secret_hmac_sha512,
                        parts.body_text().as_bytes(),
                    )
                    .as_slice(),
            );
            trace.record("sign", &sign);
            parts.reserve_headers(2usize);
            parts.header("Key", self.signed_key_header.clone());
            parts.header("Sign", sign);
            Ok(parts.into_request())
        }
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Balance {
        /// Currency code, e.g. USDT_TRX, BTC.
        pub currency: String,
        /// Arrives as a JSON number.
        pub amount: rt::Decimal,
    }
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Account {
        pub account: String,
        pub name: String,
        #[serde(rename = "ownerId")]
        pub owner_id: String,
        pub balances: Vec<Balance>,
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
    pub enum InvoiceType {
        #[serde(rename = "SINGLE")]
        Single,
        #[serde(rename = "SINGLE_FIAT")]
        SingleFiat,
        #[serde(rename = "UNLIMITED")]
        Unlimited,
        #[serde(rename = "BOUND")]
        Bound,
    }
    impl InvoiceType {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                InvoiceType::Single => "SINGLE",
                InvoiceType::SingleFiat => "SINGLE_FIAT",
                InvoiceType::Unlimited => "UNLIMITED",
                InvoiceType::Bound => "BOUND",
            }
        }
    }
    impl std::fmt::Display for InvoiceType {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(InvoiceType);
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
    pub enum InvoiceState {
        #[serde(rename = "PENDING_PAYMENT")]
        PendingPayment,
        #[serde(rename = "MEM_POOL_FOUND")]
        MemPoolFound,
        #[serde(rename = "PENDING_COMPLIANCE_CHECK")]
        PendingComplianceCheck,
        #[serde(rename = "DECLINED")]
        Declined,
        #[serde(rename = "PAID")]
        Paid,
        #[serde(rename = "PENDING_INTERVENTION")]
        PendingIntervention,
        #[serde(rename = "COMPLETED")]
        Completed,
        #[serde(rename = "ARCHIVED")]
        Archived,
    }
    impl InvoiceState {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                InvoiceState::PendingPayment => "PENDING_PAYMENT",
                InvoiceState::MemPoolFound => "MEM_POOL_FOUND",
                InvoiceState::PendingComplianceCheck => "PENDING_COMPLIANCE_CHECK",
                InvoiceState::Declined => "DECLINED",
                InvoiceState::Paid => "PAID",
                InvoiceState::PendingIntervention => "PENDING_INTERVENTION",
                InvoiceState::Completed => "COMPLETED",
                InvoiceState::Archived => "ARCHIVED",
            }
        }
    }
    impl std::fmt::Display for InvoiceState {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(InvoiceState);
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
    pub enum InterventionType {
        #[serde(rename = "UNDERPAY")]
        Underpay,
        #[serde(rename = "OVERPAY")]
        Overpay,
    }
    impl InterventionType {
        /// The value as sent on the wire.
        pub fn as_str(self) -> &'static str {
            match self {
                InterventionType::Underpay => "UNDERPAY",
                InterventionType::Overpay => "OVERPAY",
            }
        }
    }
    impl std::fmt::Display for InterventionType {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    rt::wire_enum!(InterventionType);
    /// InvoiceDTO as documented (the docs show it shortened; values there are placeholders). Amount fields are absent for open-amount invoices, fiat fields for crypto-only ones.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Invoice {
        pub id: String,
        /// Address the customer pays to.
        #[serde(rename = "invoiceAddress")]
        pub invoice_address: String,
        pub r#type: InvoiceType,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<rt::Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub fee: Option<rt::Decimal>,
        #[serde(rename = "totalDebitAmount")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub total_debit_amount: Option<rt::Decimal>,
        pub currency: String,
        pub state: InvoiceState,
        /// Set in state PENDING_INTERVENTION (not in the example).
        #[serde(rename = "interventionType")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub intervention_type: Option<InterventionType>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub description: Option<String>,
        /// ISO 8601, e.g. 2025-07-05T22:31:09.255Z.
        #[serde(rename = "createdDate")]
        pub created_date: String,
        #[serde(rename = "idempotencyKey")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub idempotency_key: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub expiration: Option<String>,
        #[serde(rename = "externalId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub external_id: Option<String>,
        #[serde(rename = "returnUrl")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub return_url: Option<String>,
        #[serde(rename = "fiatAmount")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub fiat_amount: Option<rt::Decimal>,
        #[serde(rename = "fiatCurrency")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub fiat_currency: Option<String>,
    }
    /// A payout as documented (shortened in the docs).
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Payout {
        pub id: String,
        pub account: String,
        #[serde(rename = "depositAddress")]
        pub deposit_address: String,
        pub amount: rt::Decimal,
        pub currency: String,
        #[serde(rename = "calypsoFee")]
        pub calypso_fee: rt::Decimal,
        /// PENDING_CONFIRMATION, CONFIRMED (API payouts start here), IN_PROGRESS, COMPLETED, FAILED, CANCELED; the API reference also shows CREATION_IN_PROGRESS. The full enum is not documented, so this stays a string.
        pub state: String,
        #[serde(rename = "createdDate")]
        pub created_date: String,
        /// Absent until the transaction is broadcast.
        #[serde(rename = "transactionHash")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub transaction_hash: Option<String>,
        #[serde(rename = "idempotencyKey")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub idempotency_key: Option<String>,
    }
    /// A webhook subscription; `publicKey`/`secretKey` verify the webhooks Calypso sends.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Webhook {
        #[serde(rename = "requestId")]
        pub request_id: String,
        #[serde(rename = "notificationEventTypes")]
        pub notification_event_types: Vec<String>,
        /// Sent on create; not in the response example.
        #[serde(rename = "notificationServiceTypes")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub notification_service_types: Option<Vec<String>>,
        pub url: String,
        #[serde(rename = "publicKey")]
        pub public_key: String,
        #[serde(rename = "secretKey")]
        pub secret_key: String,
    }
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
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v1/account");
        }
    }
    ///Parameters of `create_single_invoice`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct CreateSingleInvoiceParams {
        /// Invoice amount (a JSON number).
        pub amount: rt::Decimal,
        /// Currency code, e.g. ETH, USDT_TRX.
        pub currency: String,
        pub description: String,
        /// UUID that makes the call idempotent.
        #[serde(rename = "idempotencyKey")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub idempotency_key: Option<String>,
        /// Expiry time, less than 1 day ahead (default 3 h for TRON-based currencies, 1 day otherwise).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub expiration: Option<String>,
        /// Your own id; included in every webhook event.
        #[serde(rename = "externalId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub external_id: Option<String>,
        /// Where the customer is sent afterwards; Calypso appends ?paymentStatus=SUCCESS or FAILED.
        #[serde(rename = "returnUrl")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub return_url: Option<String>,
        #[serde(rename = "supportUrl")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub support_url: Option<String>,
        #[serde(rename = "logoUrl")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub logo_url: Option<String>,
    }
    impl rt::Endpoint for CreateSingleInvoiceParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v1/invoice/single/create");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("amount", &rt::AsNumber(&self.amount));
            body.field("currency", &self.currency);
            body.field("description", &self.description);
            body.field("idempotencyKey", &self.idempotency_key);
            body.field("expiration", &self.expiration);
            body.field("externalId", &self.external_id);
            body.field("returnUrl", &self.return_url);
            body.field("supportUrl", &self.support_url);
            body.field("logoUrl", &self.logo_url);
        }
    }
    ///Parameters of `create_unlimited_invoice`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct CreateUnlimitedInvoiceParams {
        /// Currency code, e.g. ETH, USDT_TRX.
        pub currency: String,
        pub description: String,
        /// UUID that makes the call idempotent.
        #[serde(rename = "idempotencyKey")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub idempotency_key: Option<String>,
        #[serde(rename = "returnUrl")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub return_url: Option<String>,
        #[serde(rename = "logoUrl")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub logo_url: Option<String>,
        #[serde(rename = "supportUrl")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub support_url: Option<String>,
        /// Your own id; included in every webhook event.
        #[serde(rename = "externalId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub external_id: Option<String>,
        #[serde(rename = "fiatAvailable")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub fiat_available: Option<bool>,
    }
    impl rt::Endpoint for CreateUnlimitedInvoiceParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v1/invoice/unlimited/create");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("currency", &self.currency);
            body.field("description", &self.description);
            body.field("idempotencyKey", &self.idempotency_key);
            body.field("returnUrl", &self.return_url);
            body.field("logoUrl", &self.logo_url);
            body.field("supportUrl", &self.support_url);
            body.field("externalId", &self.external_id);
            body.field("fiatAvailable", &self.fiat_available);
        }
    }
    ///Parameters of `get_invoice`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct GetInvoiceParams {
        /// Invoice id (give this or idempotencyKey).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// The idempotency key used on create (give this or id).
        #[serde(rename = "idempotencyKey")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub idempotency_key: Option<String>,
    }
    impl rt::Endpoint for GetInvoiceParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v1/invoice");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("id", &self.id);
            body.field("idempotencyKey", &self.idempotency_key);
        }
    }
    ///Parameters of `create_payout`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct CreatePayoutParams {
        /// Destination address.
        #[serde(rename = "depositAddress")]
        pub deposit_address: String,
        /// Amount (a JSON number).
        pub amount: rt::Decimal,
        pub currency: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub comment: Option<String>,
        /// UUID that makes the call idempotent.
        #[serde(rename = "idempotencyKey")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub idempotency_key: Option<String>,
        /// Optional scheduled execution date.
        #[serde(rename = "executionDate")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub execution_date: Option<String>,
    }
    impl rt::Endpoint for CreatePayoutParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v1/payout/create");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("depositAddress", &self.deposit_address);
            body.field("amount", &rt::AsNumber(&self.amount));
            body.field("currency", &self.currency);
            body.field("comment", &self.comment);
            body.field("idempotencyKey", &self.idempotency_key);
            body.field("executionDate", &self.execution_date);
        }
    }
    ///Parameters of `get_payout`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct GetPayoutParams {
        /// Payout id (give this or idempotencyKey).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// The idempotency key used on create (give this or id).
        #[serde(rename = "idempotencyKey")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub idempotency_key: Option<String>,
    }
    impl rt::Endpoint for GetPayoutParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v1/payout");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("id", &self.id);
            body.field("idempotencyKey", &self.idempotency_key);
        }
    }
    ///Parameters of `get_payout_withdrawals`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct GetPayoutWithdrawalsParams {
        #[serde(rename = "requestId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub request_id: Option<String>,
    }
    impl rt::Endpoint for GetPayoutWithdrawalsParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v1/payout/withdrawal");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("requestId", &self.request_id);
        }
    }
    ///Parameters of `create_webhook`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct CreateWebhookParams {
        /// A UUID chosen by the caller; identifies the subscription.
        #[serde(rename = "requestId")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub request_id: Option<String>,
        /// A JSON array of event types, e.g. \["PAYOUT_CHANGE_STATUS"\].
        #[serde(rename = "notificationEventTypes")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub notification_event_types: Option<rt::serde_json::Value>,
        /// A JSON array of service types, e.g. \["PAYOUT"\].
        #[serde(rename = "notificationServiceTypes")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub notification_service_types: Option<rt::serde_json::Value>,
        /// Where webhooks are POSTed.
        pub url: String,
    }
    impl rt::Endpoint for CreateWebhookParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v1/subscription/webhook/create");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("requestId", &self.request_id);
            body.field("notificationEventTypes", &self.notification_event_types);
            body.field("notificationServiceTypes", &self.notification_service_types);
            body.field("url", &self.url);
        }
    }
    ///Parameters of `list_webhooks`.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct ListWebhooksParams {}
    impl rt::Endpoint for ListWebhooksParams {
        const METHOD: rt::Method = rt::Method::Post;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v1/subscription/webhook");
        }
    }
    ///Parameters of `delete_webhook`.
    #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde", deny_unknown_fields)]
    pub struct DeleteWebhookParams {
        /// The subscription's requestId.
        #[serde(rename = "requestId")]
        pub request_id: String,
    }
    impl rt::Endpoint for DeleteWebhookParams {
        const METHOD: rt::Method = rt::Method::Delete;
        const BODY: rt::BodyFormat = rt::BodyFormat::Json;
        fn write_path(&self, path: &mut rt::PathWriter<'_>) {
            path.push("/api/v1/subscription/webhook");
        }
        fn write_body(&self, body: &mut rt::Fields) {
            body.field("requestId", &self.request_id);
        }
    }
    ///Async client for Calypso Pay.
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
                "calypso",
                &[
                    Some(&credentials.api_key),
                    Some(&credentials.secret),
                    Some(&credentials.account),
                ],
            );
            Ok(Client {
                core: rt::ClientCore::new(base_url)?.with_name("calypso").with_key(key),
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
        /// `POST /api/v1/account`.
        ///
        /// The merchant account and its balances. The body carries no `payload`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.get_account().await?;
        /// ```
        pub async fn get_account(&self) -> Result<Account, rt::Error> {
            self.call(
                    rt::Call::idempotent("get_account"),
                    Scheme::Signed,
                    &GetAccountParams {},
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /api/v1/invoice/single/create`.
        ///
        /// Creates a fixed-amount crypto invoice.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.create_single_invoice(&params).await?;
        /// ```
        pub async fn create_single_invoice(
            &self,
            params: &CreateSingleInvoiceParams,
        ) -> Result<Invoice, rt::Error> {
            self.call(
                    rt::Call::once("create_single_invoice"),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /api/v1/invoice/unlimited/create`.
        ///
        /// Creates an open-amount invoice.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.create_unlimited_invoice(&params).await?;
        /// ```
        pub async fn create_unlimited_invoice(
            &self,
            params: &CreateUnlimitedInvoiceParams,
        ) -> Result<Invoice, rt::Error> {
            self.call(
                    rt::Call::once("create_unlimited_invoice"),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /api/v1/invoice`.
        ///
        /// One invoice, by `id` or by `idempotencyKey`; exactly one of the two must be given.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.get_invoice(&GetInvoiceParams {
        ///     id: Some("...".into()),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn get_invoice(
            &self,
            params: &GetInvoiceParams,
        ) -> Result<Invoice, rt::Error> {
            self.call(
                    rt::Call::idempotent("get_invoice"),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /api/v1/payout/create`.
        ///
        /// Creates a single payout. endpoints.md marks only `executionDate` optional; the required flags on depositAddress, amount and currency are inferred (a payout needs them), the others are left optional.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.create_payout(&CreatePayoutParams {
        ///     deposit_address: "...".into(),
        ///     amount: "1.0".parse()?,
        ///     currency: "...".into(),
        ///     comment: None,
        ///     idempotency_key: None,
        ///     execution_date: None,
        /// }).await?;
        /// ```
        pub async fn create_payout(
            &self,
            params: &CreatePayoutParams,
        ) -> Result<Payout, rt::Error> {
            self.call(rt::Call::once("create_payout"), Scheme::Signed, params, &ENVELOPE)
                .await
        }
        /// `POST /api/v1/payout`.
        ///
        /// One payout, by `id` or by `idempotencyKey`; exactly one of the two must be given.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.get_payout(&GetPayoutParams {
        ///     id: Some("...".into()),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn get_payout(
            &self,
            params: &GetPayoutParams,
        ) -> Result<Payout, rt::Error> {
            self.call(
                    rt::Call::idempotent("get_payout"),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /api/v1/payout/withdrawal`.
        ///
        /// Withdrawals of a payout. The response shape is not documented (any JSON).
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.get_payout_withdrawals(&GetPayoutWithdrawalsParams {
        ///     request_id: Some("...".into()),
        ///     ..Default::default()
        /// }).await?;
        /// ```
        pub async fn get_payout_withdrawals(
            &self,
            params: &GetPayoutWithdrawalsParams,
        ) -> Result<rt::serde_json::Value, rt::Error> {
            self.call(
                    rt::Call::idempotent("get_payout_withdrawals"),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /api/v1/subscription/webhook/create`.
        ///
        /// Subscribes a URL to webhook events.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.create_webhook(&CreateWebhookParams {
        ///     request_id: None,
        ///     notification_event_types: None,
        ///     notification_service_types: None,
        ///     url: "...".into(),
        /// }).await?;
        /// ```
        pub async fn create_webhook(
            &self,
            params: &CreateWebhookParams,
        ) -> Result<Webhook, rt::Error> {
            self.call(
                    rt::Call::once("create_webhook"),
                    Scheme::Signed,
                    params,
                    &ENVELOPE,
                )
                .await
        }
        /// `POST /api/v1/subscription/webhook`.
        ///
        /// Lists webhook subscriptions (they include `secretKey`). The body carries no `payload`; the response shape is not documented (any JSON).
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.list_webhooks().await?;
        /// ```
        pub async fn list_webhooks(&self) -> Result<rt::serde_json::Value, rt::Error> {
            self.call(
                    rt::Call::idempotent("list_webhooks"),
                    Scheme::Signed,
                    &ListWebhooksParams {},
                    &ENVELOPE,
                )
                .await
        }
        /// `DELETE /api/v1/subscription/webhook`.
        ///
        /// Deletes a webhook subscription. A DELETE that carries the usual signed JSON body.
        ///
        /// # Example
        ///
        /// ```ignore
        /// let result = client.delete_webhook(&DeleteWebhookParams {
        ///     request_id: "...".into(),
        /// }).await?;
        /// ```
        pub async fn delete_webhook(
            &self,
            params: &DeleteWebhookParams,
        ) -> Result<rt::serde_json::Value, rt::Error> {
            self.call(
                    rt::Call::once("delete_webhook"),
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
            "get_account" => {
                let params = rt::params::<GetAccountParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "create_single_invoice" => {
                let params = rt::params::<CreateSingleInvoiceParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "create_unlimited_invoice" => {
                let params = rt::params::<CreateUnlimitedInvoiceParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "get_invoice" => {
                let params = rt::params::<GetInvoiceParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "create_payout" => {
                let params = rt::params::<CreatePayoutParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "get_payout" => {
                let params = rt::params::<GetPayoutParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "get_payout_withdrawals" => {
                let params = rt::params::<GetPayoutWithdrawalsParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "create_webhook" => {
                let params = rt::params::<CreateWebhookParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "list_webhooks" => {
                let params = rt::params::<ListWebhooksParams>(params)?;
                signer
                    .sign(
                        signer.choose(&[Scheme::Signed])?,
                        &params,
                        &base,
                        &stamp,
                        trace,
                    )
            }
            "delete_webhook" => {
                let params = rt::params::<DeleteWebhookParams>(params)?;
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
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Account,
                        >(
                            rt::Call::idempotent("get_account"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "create_single_invoice" => {
                let params = rt::params::<CreateSingleInvoiceParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Invoice,
                        >(
                            rt::Call::once("create_single_invoice"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "create_unlimited_invoice" => {
                let params = rt::params::<CreateUnlimitedInvoiceParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Invoice,
                        >(
                            rt::Call::once("create_unlimited_invoice"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "get_invoice" => {
                let params = rt::params::<GetInvoiceParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Invoice,
                        >(
                            rt::Call::idempotent("get_invoice"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "create_payout" => {
                let params = rt::params::<CreatePayoutParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Payout,
                        >(rt::Call::once("create_payout"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            "get_payout" => {
                let params = rt::params::<GetPayoutParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Payout,
                        >(rt::Call::idempotent("get_payout"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            "get_payout_withdrawals" => {
                let params = rt::params::<GetPayoutWithdrawalsParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            rt::serde_json::Value,
                        >(
                            rt::Call::idempotent("get_payout_withdrawals"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "create_webhook" => {
                let params = rt::params::<CreateWebhookParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            Webhook,
                        >(rt::Call::once("create_webhook"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            "list_webhooks" => {
                let params = rt::params::<ListWebhooksParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            rt::serde_json::Value,
                        >(
                            rt::Call::idempotent("list_webhooks"),
                            scheme,
                            &params,
                            &ENVELOPE,
                        )
                        .await?,
                )
            }
            "delete_webhook" => {
                let params = rt::params::<DeleteWebhookParams>(params)?;
                let scheme = client.signer.choose(&[Scheme::Signed])?;
                rt::to_json(
                    client
                        .call::<
                            _,
                            rt::serde_json::Value,
                        >(rt::Call::once("delete_webhook"), scheme, &params, &ENVELOPE)
                        .await?,
                )
            }
            _ => Err(rt::Error::unknown_endpoint(endpoint)),
        }
    }
    /// What `venue list` shows for this venue.
    pub static INFO: rt::VenueInfo = rt::VenueInfo {
        name: "calypso",
        title: "Calypso Pay",
        credentials: &["api_key", "secret", "account"],
        endpoints: &[
            rt::EndpointInfo {
                name: "get_account",
                method: "POST",
                path: "/api/v1/account",
                auth: "signed",
                params: &[],
            },
            rt::EndpointInfo {
                name: "create_single_invoice",
                method: "POST",
                path: "/api/v1/invoice/single/create",
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
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "idempotencyKey",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "expiration",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "externalId",
                        location: "body",
                        ty: "string",
                        required: false,
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
                        name: "supportUrl",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "logoUrl",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "create_unlimited_invoice",
                method: "POST",
                path: "/api/v1/invoice/unlimited/create",
                auth: "signed",
                params: &[
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
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "idempotencyKey",
                        location: "body",
                        ty: "string",
                        required: false,
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
                        name: "logoUrl",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "supportUrl",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "externalId",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "fiatAvailable",
                        location: "body",
                        ty: "bool",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "get_invoice",
                method: "POST",
                path: "/api/v1/invoice",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "id",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "idempotencyKey",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "create_payout",
                method: "POST",
                path: "/api/v1/payout/create",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "depositAddress",
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
                        name: "currency",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "comment",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "idempotencyKey",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "executionDate",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "get_payout",
                method: "POST",
                path: "/api/v1/payout",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "id",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "idempotencyKey",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "get_payout_withdrawals",
                method: "POST",
                path: "/api/v1/payout/withdrawal",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "requestId",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "create_webhook",
                method: "POST",
                path: "/api/v1/subscription/webhook/create",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "requestId",
                        location: "body",
                        ty: "string",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "notificationEventTypes",
                        location: "body",
                        ty: "json",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "notificationServiceTypes",
                        location: "body",
                        ty: "json",
                        required: false,
                        values: &[],
                    },
                    rt::ParamInfo {
                        name: "url",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                ],
            },
            rt::EndpointInfo {
                name: "list_webhooks",
                method: "POST",
                path: "/api/v1/subscription/webhook",
                auth: "signed",
                params: &[],
            },
            rt::EndpointInfo {
                name: "delete_webhook",
                method: "DELETE",
                path: "/api/v1/subscription/webhook",
                auth: "signed",
                params: &[
                    rt::ParamInfo {
                        name: "requestId",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &[],
                    },
                ],
            },
        ],
    };
    /// Credentials of the `payout_event` webhook. Debug output never shows their values.
    #[derive(Clone, Debug)]
    pub struct PayoutEventWebhookCredentials {
        /// The subscription's `publicKey`, sent as the `Key` header.
        pub public_key: rt::SecretString,
        /// The subscription's `secretKey` (from create_webhook or list_webhooks).
        pub secret_key: rt::SecretString,
    }
    impl PayoutEventWebhookCredentials {
        /// Reads the credentials from a JSON object of strings; unknown names are rejected.
        pub fn from_json(value: &rt::serde_json::Value) -> Result<Self, rt::Error> {
            rt::known_credentials(value, &["public_key", "secret_key"])?;
            Ok(PayoutEventWebhookCredentials {
                public_key: rt::credential(value, "public_key")?,
                secret_key: rt::credential(value, "secret_key")?,
            })
        }
    }
    /// An event Calypso POSTs to a subscribed URL (e.g. PAYOUT_CHANGE_STATUS). `Key` names the subscription and `Sign` is hex HMAC-SHA512(its `secretKey`, raw body); both are checked together, so a webhook of another subscription is refused. The payload's fields are not documented (any JSON; `externalId` is said to be in every event).
    #[derive(Debug)]
    pub struct PayoutEventWebhook {
        credentials: PayoutEventWebhookCredentials,
        payout_event_secret_key_hmac_sha512: rt::HmacKey,
    }
    impl PayoutEventWebhook {
        /// Prepares verification of `payout_event` webhooks: values that depend only on the credentials are computed once, here.
        pub fn new(
            credentials: PayoutEventWebhookCredentials,
        ) -> Result<Self, rt::Error> {
            let payout_event_secret_key_hmac_sha512 = rt::hmac_sha512_key(
                credentials.secret_key.expose_secret().as_bytes(),
            );
            Ok(PayoutEventWebhook {
                credentials,
                payout_event_secret_key_hmac_sha512,
            })
        }
        /// Checks that `body` carries the sender's signature (compared in constant time), then decodes it. Errors never show the signature, a secret or the body.
        pub fn verify<H: rt::ReceivedHeaders + ?Sized>(
            &self,
            headers: &H,
            body: &[u8],
            _now: std::time::SystemTime,
        ) -> Result<rt::serde_json::Value, rt::VerifyError> {
            let sign = rt::hex(
                rt::hmac_with(&self.payout_event_secret_key_hmac_sha512, body).as_slice(),
            );
            rt::check_signature(
                rt::text!(self.credentials.public_key.expose_secret(), ":", sign)
                    .as_bytes(),
                [
                    rt::text!(
                        rt::received_header(headers, "Key") ?, ":",
                        rt::received_header(headers, "Sign") ?
                    )
                        .as_bytes(),
                ],
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
            "payout_event" => {
                let verifier = PayoutEventWebhook::new(
                    PayoutEventWebhookCredentials::from_json(credentials)?,
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
        /// Source: endpoints.md "Webhook signing" recipe, recomputed with python3 hmac.new(b"cp-webhook-secret-0001", BODY, hashlib.sha512).hexdigest() = aaa499c56b3b902845d2317bdf228e482e1d8434…, BODY being this example's body (the payload fields are made up: they are not documented).
        #[test]
        fn webhook_verified() {
            let verifier = PayoutEventWebhook::new(PayoutEventWebhookCredentials {
                    public_key: rt::SecretString::from("cp-webhook-key-0001"),
                    secret_key: rt::SecretString::from("cp-webhook-secret-0001"),
                })
                .expect("example credentials are valid");
            let headers: &[(&str, &str)] = &[
                ("Key", "cp-webhook-key-0001"),
                (
                    "Sign",
                    "aaa499c56b3b902845d2317bdf228e482e1d84344e3885e9f330815ed5c48db0cbb8a54bc4984a3d579b780bbcbd9797c70adcf69461213525d923da8e934152",
                ),
            ];
            let now = std::time::UNIX_EPOCH + std::time::Duration::from_millis(0u64);
            let result = verifier
                .verify(
                    headers,
                    "{\"id\":\"pay_1\",\"type\":\"PAYOUT_CHANGE_STATUS\",\"state\":\"COMPLETED\",\"externalId\":\"order-42\"}"
                        .as_bytes(),
                    now,
                );
            assert!(result.is_ok(), "{result:?}");
        }
        /// Source: endpoints.md "Webhook signing" recipe, recomputed with python3 hmac.new(b"cp-webhook-secret-0001", BODY, hashlib.sha512).hexdigest() = aaa499c56b3b902845d2317bdf228e482e1d8434…, BODY being this example's body (the payload fields are made up: they are not documented).
        #[test]
        fn webhook_tampered_body() {
            let verifier = PayoutEventWebhook::new(PayoutEventWebhookCredentials {
                    public_key: rt::SecretString::from("cp-webhook-key-0001"),
                    secret_key: rt::SecretString::from("cp-webhook-secret-0001"),
                })
                .expect("example credentials are valid");
            let headers: &[(&str, &str)] = &[
                ("Key", "cp-webhook-key-0001"),
                (
                    "Sign",
                    "aaa499c56b3b902845d2317bdf228e482e1d84344e3885e9f330815ed5c48db0cbb8a54bc4984a3d579b780bbcbd9797c70adcf69461213525d923da8e934152",
                ),
            ];
            let now = std::time::UNIX_EPOCH + std::time::Duration::from_millis(0u64);
            let result = verifier
                .verify(
                    headers,
                    "{\"id\":\"pay_1\",\"type\":\"PAYOUT_CHANGE_STATUS\",\"state\":\"FAILED\",\"externalId\":\"order-42\"}"
                        .as_bytes(),
                    now,
                );
            assert!(matches!(result, Err(rt::VerifyError::BadSignature)), "{result:?}");
        }
        /// Source: As webhook_verified, with the `Key` of another subscription.
        #[test]
        fn webhook_other_subscription() {
            let verifier = PayoutEventWebhook::new(PayoutEventWebhookCredentials {
                    public_key: rt::SecretString::from("cp-webhook-key-0001"),
                    secret_key: rt::SecretString::from("cp-webhook-secret-0001"),
                })
                .expect("example credentials are valid");
            let headers: &[(&str, &str)] = &[
                ("Key", "cp-webhook-key-0002"),
                (
                    "Sign",
                    "aaa499c56b3b902845d2317bdf228e482e1d84344e3885e9f330815ed5c48db0cbb8a54bc4984a3d579b780bbcbd9797c70adcf69461213525d923da8e934152",
                ),
            ];
            let now = std::time::UNIX_EPOCH + std::time::Duration::from_millis(0u64);
            let result = verifier
                .verify(
                    headers,
                    "{\"id\":\"pay_1\",\"type\":\"PAYOUT_CHANGE_STATUS\",\"state\":\"COMPLETED\",\"externalId\":\"order-42\"}"
                        .as_bytes(),
                    now,
                );
            assert!(matches!(result, Err(rt::VerifyError::BadSignature)), "{result:?}");
        }
        /// Source: A request with `Key` but no `Sign` header.
        #[test]
        fn webhook_missing_sign() {
            let verifier = PayoutEventWebhook::new(PayoutEventWebhookCredentials {
                    public_key: rt::SecretString::from("cp-webhook-key-0001"),
                    secret_key: rt::SecretString::from("cp-webhook-secret-0001"),
                })
                .expect("example credentials are valid");
            let headers: &[(&str, &str)] = &[("Key", "cp-webhook-key-0001")];
            let now = std::time::UNIX_EPOCH + std::time::Duration::from_millis(0u64);
            let result = verifier
                .verify(
                    headers,
                    "{\"id\":\"pay_1\",\"type\":\"PAYOUT_CHANGE_STATUS\",\"state\":\"COMPLETED\",\"externalId\":\"order-42\"}"
                        .as_bytes(),
                    now,
                );
            assert!(
                matches!(result, Err(rt::VerifyError::MissingHeader(_))), "{result:?}"
            );
        }
    }
    #[cfg(test)]
    mod examples {
        use super::*;
        /// Source: Seed 002 (Calypso "Signing requests"), "Example of api keys, body and correct sign for request": api_key c529e14832b34b74972365cf7bf02430, secret b823a6b9ea72408583cef9ec8d67fa52, data '{"timestamp":1}' gives the shown sign (also tests/reference/seeds.py case calypso-doc-vector-timestamp-1). The document gives no account id; the one here is unused.
        #[test]
        fn docs_timestamp_1() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("c529e14832b34b74972365cf7bf02430"),
                secret: rt::SecretString::from("b823a6b9ea72408583cef9ec8d67fa52"),
                account: rt::SecretString::from("doc-account-unused"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.calypso.finance")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1u64,
                nonce: 1u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let parts = rt::Parts::raw(
                &base,
                &ENCODING,
                rt::Method::Post,
                "/api/v1/account",
                "{\"timestamp\":1}",
                "",
            );
            let request = signer
                .sign_parts(Scheme::Signed, parts, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(
                request.header("Key"), Some("c529e14832b34b74972365cf7bf02430"),
                "header `{}`", "Key"
            );
            assert_eq!(
                request.header("Sign"),
                Some("b16e9d45f49f2069becbc4f108b237bee588cfc353fe9501df103e692acbc68d482a10d34c12bea22fedde7e28e1b8e57a6a0a373b0e9a27c5257bd8b36e13b9"),
                "header `{}`", "Sign"
            );
            assert_eq!(request.body.as_deref(), Some("{\"timestamp\":1}".as_bytes()));
        }
        /// Source: Seed 002's Python signature(body, secret_key) (tests/reference/seeds.py, case calypso-a-account).
        #[test]
        fn reference_get_account() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("cp-key-0001"),
                secret: rt::SecretString::from("cp-secret-0001"),
                account: rt::SecretString::from("acc-1"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.calypso.finance")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000000u64,
                nonce: 1700000000000u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: GetAccountParams = rt::serde_json::from_str("{}")
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(request.header("Key"), Some("cp-key-0001"), "header `{}`", "Key");
            assert_eq!(
                request.header("Sign"),
                Some("daf29de434ef95e22ba574bcbe18093f1f8cfef5d2fdaa54cbbd8559dbf4f68e4b16d9177e41bbff1620b5673b57afd63f80a4dd87436f0cc416d77847442166"),
                "header `{}`", "Sign"
            );
            assert_eq!(
                request.header("Content-Type"), Some("application/json"), "header `{}`",
                "Content-Type"
            );
            assert_eq!(request.url, "https://api.calypso.finance/api/v1/account");
            assert_eq!(
                request.body.as_deref(),
                Some("{\"account\":\"acc-1\",\"timestamp\":1700000000000}".as_bytes())
            );
        }
        /// Source: Seed 002's Python signature(body, secret_key) (tests/reference/seeds.py, case calypso-b-invoice-create).
        #[test]
        fn reference_create_single_invoice() {
            let credentials = Credentials {
                api_key: rt::SecretString::from("cp-key-0001"),
                secret: rt::SecretString::from("cp-secret-0001"),
                account: rt::SecretString::from("acc-1"),
            };
            let signer = Signer::new(credentials)
                .expect("example credentials are valid");
            let base = rt::BaseUrl::parse("https://api.calypso.finance")
                .expect("example base URL is valid");
            let stamp = rt::Stamp {
                now_ms: 1700000000001u64,
                nonce: 1700000000001u64,
                random: 0u128,
            };
            let mut trace = rt::Trace::on();
            let params: CreateSingleInvoiceParams = rt::serde_json::from_str(
                    "{\"amount\":\"1.5\",\"currency\":\"USDT_TRX\",\"description\":\"order 42\"}",
                )
                .expect("example params match the endpoint");
            let request = signer
                .sign(Scheme::Signed, &params, &base, &stamp, &mut trace)
                .expect("example signs");
            assert_eq!(request.header("Key"), Some("cp-key-0001"), "header `{}`", "Key");
            assert_eq!(
                request.header("Sign"),
                Some("8fe03683dc20a93a17ff2970175fa98d18f09d6c0ebf1c9b4d493f28e85797095fe481f7259b689d44b8815ac1d1c5c9bf02c0bdf8cfa33ed5c166e2f68fb5e5"),
                "header `{}`", "Sign"
            );
            assert_eq!(
                request.header("Content-Type"), Some("application/json"), "header `{}`",
                "Content-Type"
            );
            assert_eq!(
                request.url, "https://api.calypso.finance/api/v1/invoice/single/create"
            );
            assert_eq!(
                request.body.as_deref(),
                Some("{\"account\":\"acc-1\",\"timestamp\":1700000000001,\"payload\":{\"amount\":1.5,\"currency\":\"USDT_TRX\",\"description\":\"order 42\"}}"
                .as_bytes())
            );
        }
    }
}
