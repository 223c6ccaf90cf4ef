//! What the client promises when the network or the venue misbehaves (RELIABILITY.md):
//! retries only for idempotent calls, `Retry-After` honoured, no order sent twice, the outcome
//! of a failed non-idempotent call reported as unknown, clocks calibrated, nonces never shared
//! or reordered, and a hung request holding a nonce queue no longer than its timeout.
//! Everything runs against the loopback simulators, which check signatures, timestamps and
//! nonces the way the venues do.

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use venue_client::{cryptonex, kucoin, kunapay};
use venue_runtime::{self as rt, Decimal, Error, SecretString};
use venue_tests::sim::{self, Failure, Sim};

const KC: (&str, &str, &str) = ("kc-key-0001", "kc-secret-0001", "kc-pass-0001");
const KP: (&str, &str, &str) = ("kp-api-key-0001", "kp-public-0001", "kp-private-0001");

fn dec(text: &str) -> Decimal {
    text.parse().expect("a valid decimal")
}

async fn kucoin_sim() -> Sim {
    sim::kucoin::spawn(sim::kucoin::Config::new(KC.0, KC.1, KC.2)).await
}

/// A KuCoin client on the system clock, as a user would make it.
fn kucoin_client(sim: &Sim) -> kucoin::Client {
    let credentials = kucoin::Credentials {
        api_key: SecretString::from(KC.0),
        secret: SecretString::from(KC.1),
        passphrase: SecretString::from(KC.2),
    };
    kucoin::Client::with_base_url(credentials, &sim.base_url()).expect("client")
}

fn kunapay_client(sim: &Sim) -> kunapay::Client {
    let credentials = kunapay::Credentials {
        api_key: None,
        public_key: Some(SecretString::from(KP.1)),
        private_key: Some(SecretString::from(KP.2)),
    };
    kunapay::Client::with_base_url(credentials, &sim.base_url()).expect("client")
}

fn order(client_oid: &str) -> kucoin::PlaceOrderParams {
    kucoin::PlaceOrderParams {
        client_oid: client_oid.into(),
        side: kucoin::Side::Buy,
        symbol: "BTC-USDT".into(),
        r#type: Some(kucoin::PlaceOrderType::Limit),
        remark: None,
        stp: None,
        trade_type: None,
        price: Some(dec("10")),
        size: Some(dec("2")),
        funds: None,
        time_in_force: None,
        cancel_after: None,
        post_only: None,
        hidden: None,
        iceberg: None,
        visible_size: None,
    }
}

fn posts(sim: &Sim, path: &str) -> usize {
    sim.requests()
        .iter()
        .filter(|r| r.method == "POST" && r.path == path)
        .count()
}

#[tokio::test]
async fn idempotent_call_waits_out_retry_after_as_seconds_then_succeeds() {
    let sim = kucoin_sim().await;
    let client = kucoin_client(&sim);
    sim.push_failure(Failure::RateLimited(1));
    let started = Instant::now();
    let accounts = client
        .list_accounts(&Default::default())
        .await
        .expect("second attempt succeeds");
    assert!(!accounts.is_empty());
    assert_eq!(sim.request_count(), 2);
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn idempotent_call_waits_out_retry_after_as_an_http_date_on_503() {
    let sim = kucoin_sim().await;
    let client = kucoin_client(&sim);
    // A whole second later at least: HTTP dates have one-second resolution.
    let at = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(2));
    sim.push_failure(Failure::Unavailable(at));
    let started = Instant::now();
    client
        .list_accounts(&Default::default())
        .await
        .expect("second attempt succeeds");
    assert_eq!(sim.request_count(), 2);
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn retries_give_up_after_the_policy_and_keep_the_last_error() {
    let sim = kucoin_sim().await;
    let client = kucoin_client(&sim)
        .with_core(|core| {
            Ok(core.with_retry(rt::RetryPolicy {
                max_attempts: 3,
                base_delay: Duration::from_millis(10),
                max_delay: Duration::from_secs(1),
            }))
        })
        .unwrap();
    for _ in 0..3 {
        sim.push_failure(Failure::Unavailable("0".into()));
    }
    let err = client.list_accounts(&Default::default()).await.unwrap_err();
    assert!(
        matches!(&err, Error::Unavailable { code, message, retry_after: Some(d) }
            if code == "503000" && message == "Service busy" && d.is_zero()),
        "{err:?}"
    );
    assert_eq!(sim.request_count(), 3);
}

#[tokio::test]
async fn rate_limit_keeps_the_venues_code_and_message_and_a_post_is_not_retried() {
    let sim = kucoin_sim().await;
    let client = kucoin_client(&sim);
    sim.push_failure(Failure::RateLimited(1));
    let err = client.place_order(&order("rl-1")).await.unwrap_err();
    assert!(
        matches!(&err, Error::RateLimited { retry_after: Some(d), code, message }
            if *d == Duration::from_secs(1) && code == "429000" && message == "Too Many Requests"),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        "rate limited 429000: Too Many Requests; retry after 1 s"
    );
    assert_eq!(sim.request_count(), 1, "a POST is sent once");
}

/// The order reaches the venue, which takes longer than the client waits. The client must
/// say the outcome is unknown and must not send the order again.
#[tokio::test]
async fn an_order_whose_first_attempt_times_out_arrives_exactly_once() {
    let sim = kucoin_sim().await;
    let client = kucoin_client(&sim)
        .with_core(|core| Ok(core.with_timeout(Duration::from_millis(300))))
        .unwrap();
    sim.push_failure(Failure::Delay(Duration::from_millis(1200)));
    let err = client.place_order(&order("once-1")).await.unwrap_err();
    match &err {
        Error::OutcomeUnknown { cause } => {
            assert!(cause.to_string().contains("timed out"), "{cause}")
        }
        other => panic!("expected OutcomeUnknown, got {other:?}"),
    }
    assert!(err.to_string().starts_with("outcome unknown"), "{err}");
    // Long enough for the venue to finish the delayed request and for any re-send to land.
    tokio::time::sleep(Duration::from_millis(2000)).await;
    assert_eq!(posts(&sim, "/api/v1/orders"), 1);
}

#[tokio::test]
async fn a_withdrawal_whose_first_attempt_times_out_arrives_exactly_once() {
    let sim = sim::cryptonex::spawn(sim::cryptonex::Config::new("cx-key", "cx-secret")).await;
    let client = cryptonex::Client::with_base_url(
        cryptonex::Credentials {
            api_key: SecretString::from("cx-key"),
            secret: SecretString::from("cx-secret"),
        },
        &sim.base_url(),
    )
    .unwrap()
    .with_core(|core| Ok(core.with_timeout(Duration::from_millis(300))))
    .unwrap();
    sim.push_failure(Failure::Delay(Duration::from_millis(1200)));
    let err = client
        .withdraw(&cryptonex::WithdrawParams {
            from_hash: "Gh7tmu4234fsdfnweLLdisb8xMaxGyWCv7ui".into(),
            to_hash: "GgDEpsfEWrN8xiQDezMkdmcKv5C4axYRGk".into(),
            amount: dec("5"),
            auth_2fa_code: None,
        })
        .await
        .unwrap_err();
    assert!(matches!(err, Error::OutcomeUnknown { .. }), "{err:?}");
    tokio::time::sleep(Duration::from_millis(2000)).await;
    let withdrawals = sim
        .requests()
        .iter()
        .filter(|r| r.body_text().contains("account.withdraw"))
        .count();
    assert_eq!(withdrawals, 1);

    // A read marked idempotent in the spec is retried, signed again with a new nonce.
    sim.push_failure(Failure::Delay(Duration::from_millis(1200)));
    client
        .account_list(&Default::default())
        .await
        .expect("the retry succeeds");
    let nonces: Vec<String> = sim
        .requests()
        .iter()
        .filter(|r| r.body_text().contains("user.account_list"))
        .map(|r| r.body_json().unwrap()["params"]["nonce"].to_string())
        .collect();
    assert_eq!(nonces.len(), 2, "{nonces:?}");
    assert_ne!(nonces[0], nonces[1]);
}

#[tokio::test]
async fn an_unreadable_answer_to_an_order_is_outcome_unknown() {
    let sim = kucoin_sim().await;
    let client = kucoin_client(&sim);
    sim.push_failure(Failure::Truncated);
    let err = client.place_order(&order("cut-1")).await.unwrap_err();
    assert!(
        matches!(&err, Error::OutcomeUnknown { cause } if matches!(**cause, Error::Decode { .. })),
        "{err:?}"
    );
    assert_eq!(posts(&sim, "/api/v1/orders"), 1);
}

#[tokio::test]
async fn calibration_corrects_a_clock_ten_seconds_behind_the_venue() {
    let sim = kucoin_sim().await;
    sim.set_now_ms(Some(sim::system_now_ms() + 10_000));
    let client = kucoin_client(&sim);
    let err = client.list_accounts(&Default::default()).await.unwrap_err();
    assert!(
        matches!(&err, Error::Venue { message, .. } if message.contains("KC-API-TIMESTAMP")),
        "{err:?}"
    );
    let offset = client.calibrate_clock().await.expect("calibrated");
    assert!((9_000..=11_000).contains(&offset), "offset {offset} ms");
    client
        .list_accounts(&Default::default())
        .await
        .expect("accepted once calibrated");
    let sent: u64 = sim
        .last_request()
        .unwrap()
        .header("KC-API-TIMESTAMP")
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        sim.now_ms().abs_diff(sent) < 1_000,
        "{sent} vs {}",
        sim.now_ms()
    );
}

/// A request that hangs holds its key's nonce turn until its timeout, not longer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hung_nonce_request_delays_the_queue_by_at_most_its_timeout() {
    let sim = sim::kunapay::spawn(sim::kunapay::Config::new(KP.0, KP.1, KP.2)).await;
    let client = Arc::new(
        kunapay_client(&sim)
            .with_core(|core| Ok(core.with_timeout(Duration::from_millis(500))))
            .unwrap(),
    );
    sim.push_failure(Failure::Delay(Duration::from_secs(20)));
    let started = Instant::now();
    let hung = {
        let client = client.clone();
        tokio::spawn(async move {
            client
                .create_invoice(&kunapay::CreateInvoiceParams {
                    asset: "USDT".into(),
                    amount: dec("10"),
                })
                .await
        })
    };
    // Let the first call take the turn.
    while sim.request_count() == 0 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    client
        .get_balance()
        .await
        .expect("the queued call goes through");
    let waited = started.elapsed();
    assert!(waited < Duration::from_secs(5), "{waited:?}");
    let err = hung.await.unwrap().unwrap_err();
    assert!(matches!(err, Error::OutcomeUnknown { .. }), "{err:?}");
}
