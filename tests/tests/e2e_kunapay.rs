//! KunaPay end to end: the generated `venue_client::kunapay::Client` against the hand-written
//! loopback simulator (`venue_tests::sim::kunapay`).
//!
//! KunaPay documents no response shapes (endpoints.md §1: "NOT FOUND"), so the spec leaves
//! both results as untyped JSON and the simulator serves invented payloads inside `data`;
//! those are asserted whole. Expected signatures are the seed 000 reference code's output
//! (tests/reference/seeds.json, cases `kunapay-*`), never the generator's.

mod common;

use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha384;
use venue_client::kunapay::{Client, CreateInvoiceParams, Credentials, GetBalanceParams, Scheme};
use venue_runtime::{self as rt, Decimal, Error, SecretString};
use venue_tests::sim::kunapay::{self, Config, EXAMPLE_INVOICE_ID};
use venue_tests::sim::{Failure, Recorded, Sim};

use common::{
    NOW, expect_html_502, expect_rate_limited, expect_truncated, expect_venue, fixed, header,
};

// The reference key pair of tests/reference/seeds.json (cases kunapay-a, kunapay-b).
const REF_API_KEY: &str = "kp-api-key-0001";
const REF_PUBLIC: &str = "kp-public-0001";
const REF_PRIVATE: &str = "kp-private-0001";

/// All three credentials: the client prefers the signed scheme.
fn credentials(private_key: &str) -> Credentials {
    Credentials {
        api_key: Some(SecretString::from(REF_API_KEY)),
        public_key: Some(SecretString::from(REF_PUBLIC)),
        private_key: Some(SecretString::from(private_key)),
    }
}

/// Only the single API key: the client falls back to the `api_key` scheme.
fn key_only(api_key: &str) -> Credentials {
    Credentials {
        api_key: Some(SecretString::from(api_key)),
        public_key: None,
        private_key: None,
    }
}

async fn sim() -> Sim {
    let mut config = Config::new(REF_API_KEY, REF_PUBLIC, REF_PRIVATE);
    config.now_ms = Some(NOW);
    kunapay::spawn(config).await
}

/// A client with the reference credentials (or another private key), clock pinned at `now_ms`.
fn client_at(sim: &Sim, private_key: &str, now_ms: u64) -> Client {
    Client::with_base_url(credentials(private_key), &sim.base_url())
        .expect("client for the simulator")
        .with_clock(fixed(now_ms))
}

fn dec(text: &str) -> Decimal {
    text.parse().expect("a valid decimal")
}

fn last(sim: &Sim) -> Recorded {
    sim.last_request()
        .expect("the simulator received a request")
}

/// Hex HMAC-SHA384 over path + nonce header + body, exactly as the simulator received them.
fn resign(private_key: &str, req: &Recorded) -> String {
    let mut mac = Hmac::<Sha384>::new_from_slice(private_key.as_bytes()).expect("any key length");
    mac.update(req.path.as_bytes());
    mac.update(header(req, "nonce").as_bytes());
    mac.update(&req.body);
    hex::encode(mac.finalize().into_bytes())
}

fn invoice(asset: &str, amount: &str) -> CreateInvoiceParams {
    CreateInvoiceParams {
        asset: asset.into(),
        amount: dec(amount),
    }
}

/// The simulator's (invented) balance payload, unwrapped from `data`.
fn example_balances() -> serde_json::Value {
    json!([
        { "asset": "USD", "balance": "1000", "lockBalance": "0" },
        { "asset": "BTC", "balance": "0.5", "lockBalance": "0" }
    ])
}

// ---------------------------------------------------------------------------------------------
// Every endpoint, both documented reference cases.

#[tokio::test]
async fn get_balance_matches_reference_signature() {
    // seeds.json kunapay-a-get-balance: nonce 1700000000000, GET signs and sends `{}`.
    let sim = sim().await;
    let client = client_at(&sim, REF_PRIVATE, 1_700_000_000_000);
    let balances = client.get_balance().await.expect("get_balance");
    assert_eq!(balances, example_balances(), "`data` unwrapped");

    let req = last(&sim);
    assert_eq!(req.method, "GET");
    assert_eq!(req.path, "/v1/asset/balance");
    assert_eq!(req.query, None);
    assert_eq!(
        req.body_text(),
        "{}",
        "the document's GET sends `{{}}` as its body"
    );
    assert_eq!(header(&req, "public-key"), REF_PUBLIC);
    assert_eq!(header(&req, "nonce"), "1700000000000");
    assert_eq!(
        header(&req, "signature"),
        "569883a2591aa09c3efe24fec95006feb4434e70941d6df90f7cb90377365cd8\
         fcf4d8f54af32455436abd2d4490ec0a"
    );
    assert_eq!(header(&req, "accept"), "application/json");
    assert_eq!(
        req.header("content-type").map(str::to_ascii_lowercase),
        Some("application/json".into())
    );
    assert_eq!(req.header("api-key"), None, "signed mode sends no api-key");
}

#[tokio::test]
async fn create_invoice_matches_reference_body_and_signature() {
    // seeds.json kunapay-b-post-invoice: nonce 1700000000001, compact body signed and sent.
    let sim = sim().await;
    let client = client_at(&sim, REF_PRIVATE, 1_700_000_000_001);
    let created = client
        .create_invoice(&invoice("USD", "1000"))
        .await
        .expect("create_invoice");
    assert_eq!(
        created,
        json!({
            "id": EXAMPLE_INVOICE_ID,
            "asset": "USD",
            "amount": "1000",
            "status": "PENDING",
            "paymentLink": format!("https://pay.kuna.io/invoice/{EXAMPLE_INVOICE_ID}")
        })
    );

    let req = last(&sim);
    assert_eq!(req.method, "POST");
    assert_eq!(req.path, "/v1/invoice");
    assert_eq!(req.query, None);
    assert_eq!(req.body_text(), r#"{"asset":"USD","amount":"1000"}"#);
    assert_eq!(header(&req, "public-key"), REF_PUBLIC);
    assert_eq!(header(&req, "nonce"), "1700000000001");
    assert_eq!(
        header(&req, "signature"),
        "e947e4109849ab0c548c6fe960a1e0af4c5b448e6c17707c10378f14b0f6f01a\
         063613692f4e643e3bda4b713736a6ea"
    );
}

#[tokio::test]
async fn decimal_amount_is_sent_as_its_exact_string() {
    let sim = sim().await;
    let client = client_at(&sim, REF_PRIVATE, NOW);
    let created = client
        .create_invoice(&invoice("BTC", "0.00012300"))
        .await
        .expect("create_invoice");
    assert_eq!(created["asset"], "BTC");
    assert_eq!(created["amount"], "0.00012300", "trailing zeros kept");
    let req = last(&sim);
    assert_eq!(req.body_text(), r#"{"asset":"BTC","amount":"0.00012300"}"#);
    assert_eq!(header(&req, "signature"), resign(REF_PRIVATE, &req));
}

#[tokio::test]
async fn one_client_with_a_stuck_clock_still_sends_increasing_nonces() {
    // NonceSource gives max(now, last + 1): a pinned clock does not repeat nonces.
    let sim = sim().await;
    let client = client_at(&sim, REF_PRIVATE, NOW);
    client.get_balance().await.expect("first");
    client
        .create_invoice(&invoice("USD", "5"))
        .await
        .expect("second");
    client.get_balance().await.expect("third");
    let nonces: Vec<String> = sim
        .requests()
        .iter()
        .map(|r| header(r, "nonce").to_owned())
        .collect();
    assert_eq!(
        nonces,
        [
            NOW.to_string(),
            (NOW + 1).to_string(),
            (NOW + 2).to_string()
        ]
    );
}

#[tokio::test]
async fn key_only_credentials_use_the_api_key_header() {
    // Auth mode A: with only the API key given, both endpoints fall back from `signed` to
    // the single `api-key` header.
    let sim = sim().await;
    let client = Client::with_base_url(key_only(REF_API_KEY), &sim.base_url())
        .expect("client")
        .with_clock(fixed(NOW));

    let balances = client.get_balance().await.expect("get_balance in key mode");
    assert_eq!(balances, example_balances());
    let req = last(&sim);
    assert_eq!(req.method, "GET");
    assert_eq!(req.path, "/v1/asset/balance");
    assert_eq!(header(&req, "api-key"), REF_API_KEY);
    assert_eq!(header(&req, "accept"), "application/json");
    for name in ["public-key", "nonce", "signature"] {
        assert_eq!(req.header(name), None, "key mode must not send {name}");
    }

    let created = client
        .create_invoice(&invoice("USD", "1000"))
        .await
        .expect("create_invoice in key mode");
    assert_eq!(created["id"], EXAMPLE_INVOICE_ID);
    assert_eq!(created["asset"], "USD");
    assert_eq!(created["amount"], "1000");
    assert_eq!(created["status"], "PENDING");
    let req = last(&sim);
    assert_eq!(req.body_text(), r#"{"asset":"USD","amount":"1000"}"#);
    assert_eq!(header(&req, "api-key"), REF_API_KEY);
    assert_eq!(req.header("signature"), None);
}

#[tokio::test]
async fn api_key_scheme_through_prepare() {
    // `Client::prepare` can also force the `api_key` scheme when a key pair is given; the
    // prepared request is sent with the runtime's own transport and the spec's envelope.
    let sim = sim().await;
    let client = client_at(&sim, REF_PRIVATE, NOW);
    let request = client
        .prepare(Scheme::ApiKey, &GetBalanceParams {})
        .expect("prepare with the api_key scheme");
    let core = rt::ClientCore::new(&sim.base_url()).expect("core");
    let envelope = rt::Envelope {
        data: Some("data"),
        ..rt::Envelope::BARE
    };
    let balances = core
        .send_json("get_balance", request, &envelope)
        .await
        .expect("key mode is accepted");
    assert_eq!(balances, example_balances());
    assert_eq!(header(&last(&sim), "api-key"), REF_API_KEY);
    assert_eq!(last(&sim).header("signature"), None);
}

#[tokio::test]
async fn no_credentials_is_a_credential_error_before_sending() {
    let sim = sim().await;
    let client = Client::with_base_url(
        Credentials {
            api_key: None,
            public_key: None,
            private_key: None,
        },
        &sim.base_url(),
    )
    .expect("client");
    let err = client
        .get_balance()
        .await
        .expect_err("nothing to sign with");
    match err {
        Error::Credential { name, .. } => {
            assert!(
                name == "public_key" || name == "private_key",
                "names a credential of the preferred (signed) scheme: {name}"
            );
        }
        other => panic!("expected Error::Credential, got {other:?}"),
    }
    assert_eq!(sim.request_count(), 0, "nothing was sent");
}

// ---------------------------------------------------------------------------------------------
// Failures, each with its typed error.

#[tokio::test]
async fn wrong_private_key_is_invalid_signature() {
    let sim = sim().await;
    let client = client_at(&sim, "not-the-private-key", NOW);
    let err = client
        .get_balance()
        .await
        .expect_err("a wrong private key must fail");
    assert_eq!(
        expect_venue(err, 401, "INVALID_SIGNATURE"),
        "Invalid signature"
    );
}

#[tokio::test]
async fn wrong_api_key_in_key_mode_is_invalid_api_key() {
    let sim = sim().await;
    let client = Client::with_base_url(key_only("kp-api-key-9999"), &sim.base_url())
        .expect("client")
        .with_clock(fixed(NOW));
    let err = client
        .get_balance()
        .await
        .expect_err("an unknown api-key must fail");
    assert_eq!(expect_venue(err, 401, "INVALID_API_KEY"), "Invalid API key");
}

/// Two clients on one key pair share one nonce sequence, so the one whose clock is behind
/// still sends a nonce above the other's. (Before they shared it, the second client's nonce
/// was rejected; the simulator's own check of lower and reused nonces is in simulators.rs.)
#[tokio::test]
async fn a_second_client_on_the_key_continues_the_first_clients_nonces() {
    let sim = sim().await;
    let ahead = client_at(&sim, REF_PRIVATE, NOW + 10);
    let behind = client_at(&sim, REF_PRIVATE, NOW);
    ahead.get_balance().await.expect("the first nonce is fine");
    behind
        .create_invoice(&invoice("USD", "1000"))
        .await
        .expect("the next nonce is higher");
    client_at(&sim, REF_PRIVATE, NOW)
        .get_balance()
        .await
        .expect("and higher again");
    let nonces: Vec<String> = sim
        .requests()
        .iter()
        .map(|r| header(r, "nonce").to_owned())
        .collect();
    let expected: Vec<String> = [NOW + 10, NOW + 11, NOW + 12]
        .iter()
        .map(u64::to_string)
        .collect();
    assert_eq!(nonces, expected);
}

#[tokio::test]
async fn html_502_page_is_a_status_error() {
    let sim = sim().await;
    let client = client_at(&sim, REF_PRIVATE, NOW);
    sim.set_failure(Some(Failure::Html502));
    expect_html_502(client.get_balance().await.expect_err("502"));
    // The venue never saw that request, so its nonce was not consumed; the next one (NOW + 1)
    // goes through.
    client.get_balance().await.expect("after the 502");
}

#[tokio::test]
async fn truncated_body_is_a_decode_error() {
    let sim = sim().await;
    let client = client_at(&sim, REF_PRIVATE, NOW);
    sim.set_failure(Some(Failure::Truncated));
    let err = client
        .create_invoice(&invoice("USD", "1000"))
        .await
        .expect_err("half a body");
    // The venue took the invoice but its answer was cut: whether it exists is unknown.
    let Error::OutcomeUnknown { cause } = err else {
        panic!("expected OutcomeUnknown, got {err:?}")
    };
    expect_truncated(*cause);
}

#[tokio::test]
async fn too_many_requests_is_rate_limited_with_retry_after() {
    let sim = sim().await;
    // A read is retried after `Retry-After`; sent once, the 429 itself is what comes back.
    let client = client_at(&sim, REF_PRIVATE, NOW)
        .with_core(common::no_retry)
        .unwrap();
    sim.set_failure(Some(Failure::RateLimited(3)));
    expect_rate_limited(client.get_balance().await.expect_err("429"), 3);
}
