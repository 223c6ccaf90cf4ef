//! Calypso end to end: the generated `venue_client::calypso::Client` against the hand-written
//! loopback simulator (`venue_tests::sim::calypso`).
//!
//! Expected response values are the documented examples (shared/seeds/endpoints.md §3) the
//! simulator serves; expected bodies and signatures are the seed 002 reference code's output
//! (tests/reference/seeds.json, cases `calypso-*`), never the generator's.

mod common;

use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha512;
use venue_client::calypso::{
    Account, Client, CreatePayoutParams, CreateSingleInvoiceParams, CreateUnlimitedInvoiceParams,
    CreateWebhookParams, Credentials, DeleteWebhookParams, GetInvoiceParams, GetPayoutParams,
    GetPayoutWithdrawalsParams, Invoice, InvoiceState, InvoiceType, Payout,
};
use venue_runtime::{Decimal, SecretString};
use venue_tests::sim::calypso::{self, Config, EXAMPLE_ACCOUNT, WINDOW_MS};
use venue_tests::sim::{Failure, Recorded, Sim};

use common::{
    NOW, expect_html_502, expect_rate_limited, expect_truncated, expect_venue, fixed, header,
};

// The reference credentials of tests/reference/seeds.json (cases calypso-a, calypso-b).
const REF_KEY: &str = "cp-key-0001";
const REF_SECRET: &str = "cp-secret-0001";
const REF_ACCOUNT: &str = "acc-1";

/// The documents' example idempotency key (invoice, payout and webhook DTOs).
const EXAMPLE_UUID: &str = "123e4567-e89b-12d3-a456-426614174000";

fn credentials(key: &str, secret: &str, account: &str) -> Credentials {
    Credentials {
        api_key: SecretString::from(key),
        secret: SecretString::from(secret),
        account: SecretString::from(account),
    }
}

/// A simulator that knows the reference key, secret and account (the account is checked),
/// its clock pinned at `now_ms`.
async fn reference_sim(now_ms: u64) -> Sim {
    let mut config = Config::new(REF_KEY, REF_SECRET);
    config.account = Some(REF_ACCOUNT.into());
    config.now_ms = Some(now_ms);
    calypso::spawn(config).await
}

fn client_at(sim: &Sim, secret: &str, now_ms: u64) -> Client {
    Client::with_base_url(credentials(REF_KEY, secret, REF_ACCOUNT), &sim.base_url())
        .expect("client for the simulator")
        .with_clock(fixed(now_ms))
}

/// The reference simulator and a client holding the reference credentials, clocks at [`NOW`].
async fn pair() -> (Sim, Client) {
    let sim = reference_sim(NOW).await;
    let client = client_at(&sim, REF_SECRET, NOW);
    (sim, client)
}

fn dec(text: &str) -> Decimal {
    text.parse().expect("a valid decimal")
}

fn last(sim: &Sim) -> Recorded {
    sim.last_request()
        .expect("the simulator received a request")
}

/// Hex HMAC-SHA512 over the body exactly as the simulator received it.
fn resign(secret: &str, req: &Recorded) -> String {
    let mut mac = Hmac::<Sha512>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(&req.body);
    hex::encode(mac.finalize().into_bytes())
}

/// Method, path, no query, JSON content type, `Key`, and a `Sign` over the exact body sent.
fn assert_signed_post(req: &Recorded, method: &str, path: &str) {
    assert_eq!(req.method, method);
    assert_eq!(req.path, path);
    assert_eq!(req.query, None, "Calypso sends everything in the body");
    assert_eq!(
        req.header("content-type").map(str::to_ascii_lowercase),
        Some("application/json".into())
    );
    assert_eq!(header(req, "Key"), REF_KEY);
    assert_eq!(header(req, "Sign"), resign(REF_SECRET, req));
}

/// The documented InvoiceDTO example (endpoints.md §3), field by field.
fn assert_example_invoice(invoice: &Invoice, kind: InvoiceType) {
    assert_eq!(invoice.id, "text");
    assert_eq!(invoice.invoice_address, "text");
    assert_eq!(invoice.r#type, kind);
    assert_eq!(invoice.amount, Some(dec("1")));
    assert_eq!(invoice.fee, Some(dec("1")));
    assert_eq!(invoice.total_debit_amount, Some(dec("1")));
    assert_eq!(invoice.currency, "text");
    assert_eq!(invoice.state, InvoiceState::MemPoolFound);
    assert_eq!(invoice.intervention_type, None);
    assert_eq!(invoice.description.as_deref(), Some("text"));
    assert_eq!(invoice.created_date, "2025-07-05T22:31:09.255Z");
    assert_eq!(invoice.idempotency_key.as_deref(), Some(EXAMPLE_UUID));
    assert_eq!(
        invoice.expiration.as_deref(),
        Some("2025-07-05T22:31:09.255Z")
    );
    assert_eq!(invoice.external_id.as_deref(), Some("text"));
    assert_eq!(invoice.return_url.as_deref(), Some("text"));
    assert_eq!(invoice.fiat_amount, Some(dec("1")));
    assert_eq!(invoice.fiat_currency.as_deref(), Some("text"));
}

/// The documented payout example (endpoints.md §3), field by field.
fn assert_example_payout(payout: &Payout) {
    assert_eq!(payout.id, "text");
    assert_eq!(payout.account, "text");
    assert_eq!(payout.deposit_address, "text");
    assert_eq!(payout.amount, dec("1"));
    assert_eq!(payout.currency, "text");
    assert_eq!(payout.calypso_fee, dec("1"));
    assert_eq!(payout.state, "CREATION_IN_PROGRESS");
    assert_eq!(payout.created_date, "2025-06-30T16:56:37.160Z");
    assert_eq!(payout.transaction_hash.as_deref(), Some("text"));
    assert_eq!(payout.idempotency_key.as_deref(), Some(EXAMPLE_UUID));
}

fn assert_example_account(account: &Account) {
    assert_eq!(account.account, EXAMPLE_ACCOUNT);
    assert_eq!(account.name, "Test Account");
    assert_eq!(account.owner_id, "987fcdeb-51a2-43d7-9b8c-234567890abc");
    assert_eq!(account.balances.len(), 2);
    assert_eq!(account.balances[0].currency, "USDT_TRX");
    assert_eq!(account.balances[0].amount, dec("1500.75"));
    assert_eq!(account.balances[1].currency, "BTC");
    assert_eq!(account.balances[1].amount, dec("0.025"));
}

// ---------------------------------------------------------------------------------------------
// Every endpoint, typed results field by field.

#[tokio::test]
async fn get_account_matches_reference_body_and_signature() {
    // seeds.json calypso-a-account.
    let (sim, client) = pair().await;
    let account = client.get_account().await.expect("get_account");
    assert_example_account(&account);

    let req = last(&sim);
    assert_signed_post(&req, "POST", "/api/v1/account");
    assert_eq!(
        req.body_text(),
        r#"{"account":"acc-1","timestamp":1700000000000}"#,
        "no `payload` when there are no params"
    );
    assert_eq!(
        header(&req, "Sign"),
        "daf29de434ef95e22ba574bcbe18093f1f8cfef5d2fdaa54cbbd8559dbf4f68e\
         4b16d9177e41bbff1620b5673b57afd63f80a4dd87436f0cc416d77847442166"
    );
}

#[tokio::test]
async fn create_single_invoice_matches_reference_body_and_signature() {
    // seeds.json calypso-b-invoice-create.
    let sim = reference_sim(1_700_000_000_001).await;
    let client = client_at(&sim, REF_SECRET, 1_700_000_000_001);
    let invoice = client
        .create_single_invoice(&CreateSingleInvoiceParams {
            amount: dec("1.5"),
            currency: "USDT_TRX".into(),
            description: "order 42".into(),
            idempotency_key: None,
            expiration: None,
            external_id: None,
            return_url: None,
            support_url: None,
            logo_url: None,
        })
        .await
        .expect("create_single_invoice");
    assert_example_invoice(&invoice, InvoiceType::Single);

    let req = last(&sim);
    assert_signed_post(&req, "POST", "/api/v1/invoice/single/create");
    assert_eq!(
        req.body_text(),
        r#"{"account":"acc-1","timestamp":1700000000001,"payload":{"amount":1.5,"currency":"USDT_TRX","description":"order 42"}}"#
    );
    assert_eq!(
        header(&req, "Sign"),
        "8fe03683dc20a93a17ff2970175fa98d18f09d6c0ebf1c9b4d493f28e8579709\
         5fe481f7259b689d44b8815ac1d1c5c9bf02c0bdf8cfa33ed5c166e2f68fb5e5"
    );
}

#[tokio::test]
async fn create_single_invoice_with_every_field() {
    let (sim, client) = pair().await;
    let invoice = client
        .create_single_invoice(&CreateSingleInvoiceParams {
            amount: dec("0.10"),
            currency: "ETH".into(),
            description: "Order \"42\" — café".into(),
            idempotency_key: Some(EXAMPLE_UUID.into()),
            expiration: Some("2025-07-05T22:31:09.255Z".into()),
            external_id: Some("ext-42".into()),
            return_url: Some("https://shop.example/return?o=42".into()),
            support_url: Some("https://shop.example/support".into()),
            logo_url: Some("https://shop.example/logo.png".into()),
        })
        .await
        .expect("create_single_invoice with every field");
    assert_example_invoice(&invoice, InvoiceType::Single);

    let req = last(&sim);
    assert_signed_post(&req, "POST", "/api/v1/invoice/single/create");
    // The amount is a JSON number with its exact text; strings are JSON-escaped (UTF-8 kept).
    assert_eq!(
        req.body_text(),
        concat!(
            r#"{"account":"acc-1","timestamp":1700000000000,"payload":{"amount":0.10,"#,
            r#""currency":"ETH","description":"Order \"42\" — café","#,
            r#""idempotencyKey":"123e4567-e89b-12d3-a456-426614174000","#,
            r#""expiration":"2025-07-05T22:31:09.255Z","externalId":"ext-42","#,
            r#""returnUrl":"https://shop.example/return?o=42","#,
            r#""supportUrl":"https://shop.example/support","#,
            r#""logoUrl":"https://shop.example/logo.png"}}"#
        )
    );
}

#[tokio::test]
async fn create_unlimited_invoice() {
    let (sim, client) = pair().await;
    let invoice = client
        .create_unlimited_invoice(&CreateUnlimitedInvoiceParams {
            currency: "USDT_TRX".into(),
            description: "donations".into(),
            idempotency_key: Some(EXAMPLE_UUID.into()),
            return_url: None,
            logo_url: None,
            support_url: None,
            external_id: Some("ext-7".into()),
            fiat_available: Some(true),
        })
        .await
        .expect("create_unlimited_invoice");
    assert_example_invoice(&invoice, InvoiceType::Unlimited);

    let req = last(&sim);
    assert_signed_post(&req, "POST", "/api/v1/invoice/unlimited/create");
    assert_eq!(
        req.body_text(),
        concat!(
            r#"{"account":"acc-1","timestamp":1700000000000,"payload":{"currency":"USDT_TRX","#,
            r#""description":"donations","idempotencyKey":"123e4567-e89b-12d3-a456-426614174000","#,
            r#""externalId":"ext-7","fiatAvailable":true}}"#
        )
    );
}

#[tokio::test]
async fn get_invoice_by_id_and_by_idempotency_key() {
    let (sim, client) = pair().await;
    let by_id = client
        .get_invoice(&GetInvoiceParams {
            id: Some("inv-1".into()),
            idempotency_key: None,
        })
        .await
        .expect("get_invoice by id");
    assert_example_invoice(&by_id, InvoiceType::Single);
    let req = last(&sim);
    assert_signed_post(&req, "POST", "/api/v1/invoice");
    assert_eq!(
        req.body_text(),
        r#"{"account":"acc-1","timestamp":1700000000000,"payload":{"id":"inv-1"}}"#
    );

    let by_key = client
        .get_invoice(&GetInvoiceParams {
            id: None,
            idempotency_key: Some(EXAMPLE_UUID.into()),
        })
        .await
        .expect("get_invoice by idempotencyKey");
    assert_eq!(by_key, by_id);
    assert_eq!(
        last(&sim).body_text(),
        r#"{"account":"acc-1","timestamp":1700000000000,"payload":{"idempotencyKey":"123e4567-e89b-12d3-a456-426614174000"}}"#
    );
}

#[tokio::test]
async fn get_invoice_without_id_or_key_is_a_venue_validation_error() {
    let (_sim, client) = pair().await;
    let err = client
        .get_invoice(&GetInvoiceParams {
            id: None,
            idempotency_key: None,
        })
        .await
        .expect_err("neither id nor idempotencyKey");
    expect_venue(err, 400, "VALIDATION_ERROR");
}

#[tokio::test]
async fn create_payout() {
    let (sim, client) = pair().await;
    let payout = client
        .create_payout(&CreatePayoutParams {
            deposit_address: "TXYZ1234567890abcdefghijkLMNOPQRST".into(),
            amount: dec("25.5"),
            currency: "USDT_TRX".into(),
            comment: Some("salary".into()),
            idempotency_key: Some(EXAMPLE_UUID.into()),
            execution_date: None,
        })
        .await
        .expect("create_payout");
    assert_example_payout(&payout);

    let req = last(&sim);
    assert_signed_post(&req, "POST", "/api/v1/payout/create");
    assert_eq!(
        req.body_text(),
        concat!(
            r#"{"account":"acc-1","timestamp":1700000000000,"payload":{"#,
            r#""depositAddress":"TXYZ1234567890abcdefghijkLMNOPQRST","amount":25.5,"#,
            r#""currency":"USDT_TRX","comment":"salary","#,
            r#""idempotencyKey":"123e4567-e89b-12d3-a456-426614174000"}}"#
        )
    );
}

#[tokio::test]
async fn get_payout() {
    let (sim, client) = pair().await;
    let payout = client
        .get_payout(&GetPayoutParams {
            id: Some("payout-9".into()),
            idempotency_key: None,
        })
        .await
        .expect("get_payout");
    assert_example_payout(&payout);

    let req = last(&sim);
    assert_signed_post(&req, "POST", "/api/v1/payout");
    assert_eq!(
        req.body_text(),
        r#"{"account":"acc-1","timestamp":1700000000000,"payload":{"id":"payout-9"}}"#
    );
}

#[tokio::test]
async fn get_payout_withdrawals() {
    let (sim, client) = pair().await;
    let withdrawals = client
        .get_payout_withdrawals(&GetPayoutWithdrawalsParams {
            request_id: Some(EXAMPLE_UUID.into()),
        })
        .await
        .expect("get_payout_withdrawals");
    // Undocumented shape (the spec types it as any JSON); the simulator's invented list.
    assert_eq!(
        withdrawals,
        json!([{
            "id": "text",
            "transactionHash": "text",
            "amount": 1,
            "currency": "text",
            "state": "COMPLETED",
            "createdDate": "2025-06-30T16:56:37.160Z"
        }])
    );

    let req = last(&sim);
    assert_signed_post(&req, "POST", "/api/v1/payout/withdrawal");
    assert_eq!(
        req.body_text(),
        r#"{"account":"acc-1","timestamp":1700000000000,"payload":{"requestId":"123e4567-e89b-12d3-a456-426614174000"}}"#
    );
}

#[tokio::test]
async fn create_webhook() {
    let (sim, client) = pair().await;
    let webhook = client
        .create_webhook(&CreateWebhookParams {
            request_id: Some(EXAMPLE_UUID.into()),
            notification_event_types: Some(json!(["PAYOUT_CHANGE_STATUS"])),
            notification_service_types: Some(json!(["PAYOUT"])),
            url: "https://shop.example/hook".into(),
        })
        .await
        .expect("create_webhook");
    // The documented webhook/create example.
    assert_eq!(webhook.request_id, EXAMPLE_UUID);
    assert_eq!(webhook.notification_event_types, ["PAYOUT_CHANGE_STATUS"]);
    assert_eq!(webhook.notification_service_types, None);
    assert_eq!(webhook.url, "text");
    assert_eq!(webhook.public_key, "text");
    assert_eq!(webhook.secret_key, "text");

    let req = last(&sim);
    assert_signed_post(&req, "POST", "/api/v1/subscription/webhook/create");
    assert_eq!(
        req.body_text(),
        concat!(
            r#"{"account":"acc-1","timestamp":1700000000000,"payload":{"#,
            r#""requestId":"123e4567-e89b-12d3-a456-426614174000","#,
            r#""notificationEventTypes":["PAYOUT_CHANGE_STATUS"],"#,
            r#""notificationServiceTypes":["PAYOUT"],"url":"https://shop.example/hook"}}"#
        )
    );
}

#[tokio::test]
async fn list_webhooks() {
    let (sim, client) = pair().await;
    let webhooks = client.list_webhooks().await.expect("list_webhooks");
    // Undocumented shape (any JSON): the simulator lists the create example.
    assert_eq!(
        webhooks,
        json!([{
            "requestId": EXAMPLE_UUID,
            "notificationEventTypes": ["PAYOUT_CHANGE_STATUS"],
            "url": "text",
            "publicKey": "text",
            "secretKey": "text"
        }])
    );

    let req = last(&sim);
    assert_signed_post(&req, "POST", "/api/v1/subscription/webhook");
    assert_eq!(
        req.body_text(),
        r#"{"account":"acc-1","timestamp":1700000000000}"#
    );
}

#[tokio::test]
async fn delete_webhook_sends_a_signed_body_on_delete() {
    let (sim, client) = pair().await;
    let deleted = client
        .delete_webhook(&DeleteWebhookParams {
            request_id: EXAMPLE_UUID.into(),
        })
        .await
        .expect("delete_webhook");
    assert_eq!(deleted, json!({}));

    let req = last(&sim);
    assert_signed_post(&req, "DELETE", "/api/v1/subscription/webhook");
    assert_eq!(
        req.body_text(),
        r#"{"account":"acc-1","timestamp":1700000000000,"payload":{"requestId":"123e4567-e89b-12d3-a456-426614174000"}}"#
    );
}

#[tokio::test]
async fn document_sample_keys_are_accepted() {
    // The seed's own sample key and secret (the simulator's default config, no account check).
    let cfg = Config {
        now_ms: Some(NOW),
        ..Config::default()
    };
    let sim = calypso::spawn(cfg.clone()).await;
    let client = Client::with_base_url(
        credentials(&cfg.api_key, &cfg.secret, EXAMPLE_ACCOUNT),
        &sim.base_url(),
    )
    .expect("client")
    .with_clock(fixed(NOW));
    let account = client.get_account().await.expect("get_account");
    assert_example_account(&account);
    let req = last(&sim);
    assert_eq!(header(&req, "Key"), "c529e14832b34b74972365cf7bf02430");
    assert_eq!(header(&req, "Sign"), resign(&cfg.secret, &req));
}

// ---------------------------------------------------------------------------------------------
// Failures, each with its typed error.

#[tokio::test]
async fn wrong_secret_is_invalid_sign() {
    let sim = reference_sim(NOW).await;
    let client = client_at(&sim, "not-the-secret", NOW);
    let err = client
        .get_account()
        .await
        .expect_err("a wrong secret must fail");
    assert_eq!(expect_venue(err, 401, "INVALID_SIGN"), "Invalid signature");
}

#[tokio::test]
async fn wrong_key_is_invalid_key() {
    let sim = reference_sim(NOW).await;
    let client = Client::with_base_url(
        credentials("cp-key-9999", REF_SECRET, REF_ACCOUNT),
        &sim.base_url(),
    )
    .expect("client")
    .with_clock(fixed(NOW));
    let err = client.get_account().await.expect_err("unknown key");
    assert_eq!(expect_venue(err, 401, "INVALID_KEY"), "Invalid API key");
}

#[tokio::test]
async fn wrong_account_is_invalid_account() {
    let sim = reference_sim(NOW).await;
    let client = Client::with_base_url(credentials(REF_KEY, REF_SECRET, "acc-2"), &sim.base_url())
        .expect("client")
        .with_clock(fixed(NOW));
    let err = client.get_account().await.expect_err("other account");
    assert_eq!(expect_venue(err, 400, "INVALID_ACCOUNT"), "Unknown account");
}

#[tokio::test]
async fn client_clock_behind_the_window_is_invalid_timestamp() {
    let sim = reference_sim(NOW).await;
    let client = client_at(&sim, REF_SECRET, NOW - WINDOW_MS - 1);
    let err = client
        .get_account()
        .await
        .expect_err("a clock 3 minutes and 1 ms behind must fail");
    let message = expect_venue(err, 400, "INVALID_TIMESTAMP");
    assert!(message.contains("3 minutes"), "{message}");
    assert_eq!(
        last(&sim).body_json().expect("JSON body")["timestamp"],
        json!(NOW - WINDOW_MS - 1),
        "the client sent its pinned clock"
    );
}

#[tokio::test]
async fn client_clock_ahead_of_the_window_is_invalid_timestamp() {
    let sim = reference_sim(NOW).await;
    let client = client_at(&sim, REF_SECRET, NOW + WINDOW_MS + 1);
    let err = client
        .create_payout(&CreatePayoutParams {
            deposit_address: "addr".into(),
            amount: dec("1"),
            currency: "BTC".into(),
            comment: None,
            idempotency_key: None,
            execution_date: None,
        })
        .await
        .expect_err("a clock 3 minutes and 1 ms ahead must fail");
    expect_venue(err, 400, "INVALID_TIMESTAMP");
}

#[tokio::test]
async fn client_clock_at_the_edge_of_the_window_is_accepted() {
    let sim = reference_sim(NOW).await;
    for now in [NOW - WINDOW_MS, NOW + WINDOW_MS] {
        let client = client_at(&sim, REF_SECRET, now);
        let account = client
            .get_account()
            .await
            .expect("exactly 3 minutes off is inside the window");
        assert_example_account(&account);
    }
}

#[tokio::test]
async fn html_502_page_is_a_status_error() {
    let (sim, client) = pair().await;
    sim.set_failure(Some(Failure::Html502));
    expect_html_502(client.get_account().await.expect_err("502"));
    client
        .get_account()
        .await
        .expect("the next request succeeds");
}

#[tokio::test]
async fn truncated_body_is_a_decode_error() {
    let (sim, client) = pair().await;
    sim.set_failure(Some(Failure::Truncated));
    let err = client
        .get_invoice(&GetInvoiceParams {
            id: Some("inv-1".into()),
            idempotency_key: None,
        })
        .await
        .expect_err("half a body");
    expect_truncated(err);
}

#[tokio::test]
async fn too_many_requests_is_rate_limited_with_retry_after() {
    let (sim, client) = pair().await;
    sim.set_failure(Some(Failure::RateLimited(12)));
    let err = client
        .create_webhook(&CreateWebhookParams {
            request_id: None,
            notification_event_types: Some(json!(["PAYOUT_CHANGE_STATUS"])),
            notification_service_types: Some(json!(["PAYOUT"])),
            url: "https://shop.example/hook".into(),
        })
        .await
        .expect_err("429");
    expect_rate_limited(err, 12);
}
