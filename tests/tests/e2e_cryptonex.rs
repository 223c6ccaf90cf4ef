//! Cryptonex end to end: the generated `venue_client::cryptonex::Client` (JSON-RPC 2.0 over
//! `POST /api`) against the hand-written loopback simulator (`venue_tests::sim::cryptonex`).
//!
//! Expected results are the documented examples (seed 003 and shared/seeds/endpoints.md §4)
//! that the simulator serves; expected signs and JSON-RPC bodies are the reference code's
//! output (tests/reference/seeds.json, cases `cryptonex-*`), never the generator's.
//!
//! The client's nonce is `max(clock ms, last + 1)` per client, so a client whose clock is
//! pinned at 1 sends nonces 1, 2, 3, ... — exactly the reference cases' nonces.

mod common;

use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use venue_client::cryptonex::{
    AccountListParams, Client, ConvertParams, Credentials, TransactionListParams, WithdrawParams,
};
use venue_runtime::{Decimal, SecretString};
use venue_tests::sim::cryptonex::{self, Config};
use venue_tests::sim::{Failure, Recorded, Sim};

use common::{NOW, expect_html_502, expect_rate_limited, expect_truncated, expect_venue, fixed};

// The reference credentials of tests/reference/seeds.json. Case a uses the document's own
// secret; cases b and c use cnx-secret-0001.
const REF_KEY: &str = "cnx-key-0001";
const DOC_SECRET: &str = "aQcLC343dsfg9hgbOLGeredfsdfIry";
const REF_SECRET: &str = "cnx-secret-0001";

fn credentials(key: &str, secret: &str) -> Credentials {
    Credentials {
        api_key: SecretString::from(key),
        secret: SecretString::from(secret),
    }
}

async fn sim(secret: &str) -> Sim {
    let mut config = Config::new(REF_KEY, secret);
    config.now_ms = Some(NOW);
    cryptonex::spawn(config).await
}

fn client_at(sim: &Sim, key: &str, secret: &str, now_ms: u64) -> Client {
    Client::with_base_url(credentials(key, secret), &sim.base_url())
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

/// hex(SHA-256(method + nonce + secret)), the SDK's recipe.
fn sign(method: &str, nonce: u64, secret: &str) -> String {
    hex::encode(Sha256::digest(format!("{method}{nonce}{secret}")))
}

/// `POST /api`, JSON content type, and the parsed JSON-RPC body.
fn rpc_body(req: &Recorded) -> Value {
    assert_eq!(req.method, "POST");
    assert_eq!(req.path, "/api");
    assert_eq!(req.query, None);
    assert_eq!(
        req.header("content-type").map(str::to_ascii_lowercase),
        Some("application/json".into())
    );
    req.body_json().expect("a JSON-RPC body")
}

// ---------------------------------------------------------------------------------------------
// Every method, typed results field by field.

#[tokio::test]
async fn account_list_matches_the_documented_sign_example() {
    // seeds.json cryptonex-a-user-account-list: "user.account_list" + "1" + the doc's secret.
    let sim = sim(DOC_SECRET).await;
    let client = client_at(&sim, REF_KEY, DOC_SECRET, 1);
    let list = client
        .account_list(&AccountListParams::default())
        .await
        .expect("account_list");
    assert_eq!(list.accounts.len(), 2);
    let a = &list.accounts[0];
    assert_eq!(a.balance, dec("0"));
    assert_eq!(a.currency, "btc");
    assert_eq!(a.hash, "14x2insrz24PirkRA73TFwvNRYTKqbwxEQ");
    assert_eq!(a.r#type, "crypto");
    let a = &list.accounts[1];
    assert_eq!(a.balance, dec("0"));
    assert_eq!(a.currency, "eth");
    assert_eq!(a.hash, "0x79ff9548653c3a1777c4121f65c678e72629ef9e");
    assert_eq!(a.r#type, "crypto");

    let req = last(&sim);
    rpc_body(&req);
    assert_eq!(
        req.body_text(),
        concat!(
            r#"{"jsonrpc":"2.0","method":"user.account_list","params":{"key":"cnx-key-0001","#,
            r#""sign":"6b803f24908137854461a5cca73f68e8630a9e79c49dc0ad50a15b03e88d4443","#,
            r#""nonce":1},"id":1}"#
        )
    );
}

#[tokio::test]
async fn transaction_list_and_convert_match_reference_bodies() {
    // seeds.json cryptonex-b-transaction-list (nonce 2) then cryptonex-c-currency-convert
    // (nonce 3): one client pinned at 2 sends exactly those nonces.
    let sim = sim(REF_SECRET).await;
    let client = client_at(&sim, REF_KEY, REF_SECRET, 2);

    let list = client
        .transaction_list(&TransactionListParams {
            max_count: Some(10),
            offset: None,
        })
        .await
        .expect("transaction_list");
    assert_eq!(list.summary.first_stamp, "2017-08-31 22:46:31.15804");
    assert_eq!(list.summary.last_stamp, "2018-01-30 12:15:23.026104");
    assert_eq!(list.summary.total, 180);
    assert_eq!(list.transactions.len(), 1);
    let t = &list.transactions[0];
    assert_eq!(t.block_hash, "");
    assert_eq!(t.from_amount, dec("5"));
    assert_eq!(t.from_commission, dec("0"));
    assert_eq!(t.from_currency, "cnx");
    assert_eq!(t.from_hash, "Gh7tmu43836W5nweLLdisb8xMaxGyWCvLr");
    assert_eq!(t.id, 1918);
    assert_eq!(t.post_stamp, "2018-01-30 12:15:23.026104");
    assert_eq!(t.rate, dec("0"));
    assert_eq!(t.status, "moderate");
    assert_eq!(t.to_amount, dec("5"));
    assert_eq!(t.to_currency, "cnx");
    assert_eq!(t.to_hash, "GgDEpsfEWrN8xiQDezMkdmcKv5C4axYRGk");
    assert_eq!(t.tx_id, "");
    assert_eq!(t.r#type, "withdrawal");
    assert_eq!(t.update_stamp, "2018-01-30 12:15:23.026104");
    assert_eq!(
        last(&sim).body_text(),
        concat!(
            r#"{"jsonrpc":"2.0","method":"transaction.list","params":{"key":"cnx-key-0001","#,
            r#""sign":"8b9c8a940f3f52e5115f54dd558688bcc0863dc48b6b38124a630aefd5b7a5bd","#,
            r#""nonce":2,"max_count":10},"id":2}"#
        )
    );

    let converted = client
        .convert(&ConvertParams {
            amount: dec("1"),
            from_currency: "cnx".into(),
            to_currency: "btc".into(),
        })
        .await
        .expect("convert");
    assert_eq!(converted.status, "ok");
    let req = last(&sim);
    rpc_body(&req);
    assert_eq!(
        req.body_text(),
        concat!(
            r#"{"jsonrpc":"2.0","method":"currency.convert","params":{"key":"cnx-key-0001","#,
            r#""sign":"48a6b3144da2191b20de57d427040d7a28b33fc37059a996c71f8dadf19030d4","#,
            r#""nonce":3,"amount":"1","from_currency":"cnx","to_currency":"btc"},"id":3}"#
        )
    );
}

#[tokio::test]
async fn withdraw() {
    let sim = sim(REF_SECRET).await;
    let client = client_at(&sim, REF_KEY, REF_SECRET, NOW);
    let w = client
        .withdraw(&WithdrawParams {
            from_hash: "Gh7tmu4234fsdfnweLLdisb8xMaxGyWCv7ui".into(),
            to_hash: "GgDEpsfEWrN8xiQDezMkdmcKv5C4axYRGk".into(),
            amount: dec("5"),
            auth_2fa_code: Some("123456".into()),
        })
        .await
        .expect("withdraw");
    assert_eq!(w.id, 7);
    assert_eq!(w.user_id, 2);
    assert_eq!(w.balance, dec("76.53154234"));
    assert_eq!(w.confirm_type, "email");
    assert_eq!(w.currency, "cnx");
    assert_eq!(w.hash, "Gh7tmu4234fsdfnweLLdisb8xMaxGyWCv7ui");

    let req = last(&sim);
    rpc_body(&req);
    assert_eq!(
        req.body_text(),
        format!(
            concat!(
                r#"{{"jsonrpc":"2.0","method":"account.withdraw","params":{{"key":"cnx-key-0001","#,
                r#""sign":"{sign}","nonce":{nonce},"#,
                r#""from_hash":"Gh7tmu4234fsdfnweLLdisb8xMaxGyWCv7ui","#,
                r#""to_hash":"GgDEpsfEWrN8xiQDezMkdmcKv5C4axYRGk","amount":"5","#,
                r#""auth_2fa_code":"123456"}},"id":{nonce}}}"#
            ),
            sign = sign("account.withdraw", NOW, REF_SECRET),
            nonce = NOW
        )
    );
}

#[tokio::test]
async fn rate_list() {
    let sim = sim(REF_SECRET).await;
    let client = client_at(&sim, REF_KEY, REF_SECRET, NOW);
    let rates = client.rate_list().await.expect("rate_list");
    assert_eq!(rates.rates.len(), 1);
    let r = &rates.rates[0];
    assert_eq!(r.alias, "CNX/BTC");
    assert_eq!(r.ask, dec("0.0007866"));
    assert_eq!(r.base_currency, "cnx");
    assert_eq!(r.base_type, "crypto");
    assert_eq!(r.bid, dec("0.00072375"));
    assert_eq!(r.convert_type, "cross");
    assert_eq!(r.rel_currency_id, "btc");
    assert_eq!(r.rel_type, "crypto");
    assert_eq!(r.update_stamp, "2018-01-30 12:50:02.794084");
    assert_eq!(r.value_last_24h, dec("18536.65481165"));
    assert_eq!(r.last_price, None, "only in the SDK's mock server");

    let body = rpc_body(&last(&sim));
    assert_eq!(
        body,
        json!({
            "jsonrpc": "2.0",
            "method": "currency_pair.get_rate_list",
            "params": {
                "key": REF_KEY,
                "sign": sign("currency_pair.get_rate_list", NOW, REF_SECRET),
                "nonce": NOW
            },
            "id": NOW
        })
    );
}

#[tokio::test]
async fn user_info() {
    let sim = sim(REF_SECRET).await;
    let client = client_at(&sim, REF_KEY, REF_SECRET, NOW);
    let info = client.user_info().await.expect("user_info");
    assert_eq!(info.id, 2);
    // Obfuscated in the document copy; the simulator's stand-in.
    assert_eq!(info.login, "user@example.com");
    assert!(!info.auth_2fa);
    assert!(!info.deposit_auto_convert);
    assert_eq!(info.eth_cnx_bonus, dec("0.0"));
    assert_eq!(info.post_stamp, "2017-08-29 20:29:27.844215");

    let body = rpc_body(&last(&sim));
    assert_eq!(body["method"], "user.info");
    assert_eq!(body["params"]["sign"], sign("user.info", NOW, REF_SECRET));
}

#[tokio::test]
async fn one_client_with_a_stuck_clock_still_sends_increasing_nonces() {
    let sim = sim(REF_SECRET).await;
    let client = client_at(&sim, REF_KEY, REF_SECRET, NOW);
    client.user_info().await.expect("first");
    client.rate_list().await.expect("second");
    client
        .account_list(&AccountListParams { max_count: Some(5) })
        .await
        .expect("third");
    let nonces: Vec<Value> = sim
        .requests()
        .iter()
        .map(|r| r.body_json().expect("JSON")["params"]["nonce"].clone())
        .collect();
    assert_eq!(nonces, [json!(NOW), json!(NOW + 1), json!(NOW + 2)]);
    let third = last(&sim).body_json().expect("JSON");
    assert_eq!(third["params"]["max_count"], 5);
    assert_eq!(third["id"], json!(NOW + 2), "the id is the nonce");
}

// ---------------------------------------------------------------------------------------------
// Failures, each with its typed error.

#[tokio::test]
async fn wrong_secret_is_a_json_rpc_sign_error() {
    let sim = sim(REF_SECRET).await;
    let client = client_at(&sim, REF_KEY, "not-the-secret", NOW);
    let err = client
        .user_info()
        .await
        .expect_err("a wrong secret must fail");
    // A JSON-RPC error object with HTTP 200.
    assert_eq!(expect_venue(err, 200, "-33102"), "Sign not valid");
}

#[tokio::test]
async fn wrong_key_is_a_json_rpc_key_error() {
    let sim = sim(REF_SECRET).await;
    let client = client_at(&sim, "cnx-key-9999", REF_SECRET, NOW);
    let err = client
        .account_list(&AccountListParams::default())
        .await
        .expect_err("an unknown key must fail");
    assert_eq!(expect_venue(err, 200, "-33101"), "Key not valid");
}

/// Two clients on one key share one nonce sequence, so the one whose clock is behind still
/// sends a nonce above the other's (the simulator's own rejection of a lower or reused nonce
/// is tested in simulators.rs).
#[tokio::test]
async fn a_second_client_on_the_key_continues_the_first_clients_nonces() {
    let sim = sim(REF_SECRET).await;
    let ahead = client_at(&sim, REF_KEY, REF_SECRET, NOW + 10);
    let behind = client_at(&sim, REF_KEY, REF_SECRET, NOW);
    ahead.user_info().await.expect("the first nonce is fine");
    behind.rate_list().await.expect("the next nonce is higher");
    let same_clock = client_at(&sim, REF_KEY, REF_SECRET, NOW);
    same_clock.user_info().await.expect("and higher again");
    let nonces: Vec<Value> = sim
        .requests()
        .iter()
        .map(|r| r.body_json().expect("JSON")["params"]["nonce"].clone())
        .collect();
    assert_eq!(nonces, [json!(NOW + 10), json!(NOW + 11), json!(NOW + 12)]);
}

#[tokio::test]
async fn html_502_page_is_a_status_error() {
    let sim = sim(REF_SECRET).await;
    let client = client_at(&sim, REF_KEY, REF_SECRET, NOW);
    sim.set_failure(Some(Failure::Html502));
    expect_html_502(client.user_info().await.expect_err("502"));
    client.user_info().await.expect("the next request succeeds");
}

#[tokio::test]
async fn truncated_body_is_a_decode_error() {
    let sim = sim(REF_SECRET).await;
    let client = client_at(&sim, REF_KEY, REF_SECRET, NOW);
    sim.set_failure(Some(Failure::Truncated));
    let err = client
        .transaction_list(&TransactionListParams::default())
        .await
        .expect_err("half a body");
    expect_truncated(err);
}

#[tokio::test]
async fn too_many_requests_is_rate_limited_with_retry_after() {
    let sim = sim(REF_SECRET).await;
    // A read is retried after `Retry-After`; sent once, the 429 itself is what comes back.
    let client = client_at(&sim, REF_KEY, REF_SECRET, NOW)
        .with_core(common::no_retry)
        .unwrap();
    sim.set_failure(Some(Failure::RateLimited(5)));
    expect_rate_limited(client.rate_list().await.expect_err("429"), 5);
}
