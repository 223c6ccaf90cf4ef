//! Venues with strictly increasing nonces reject a request whose nonce is lower than one they
//! have already seen. Concurrent calls on one client must therefore reach the venue in nonce
//! order: the client sends them one at a time. Checked against the KunaPay simulator, which
//! rejects a non-increasing nonce like the venue does.

use std::sync::Arc;

use venue_client::kunapay::{Client, Credentials};
use venue_tests::sim::kunapay::{self, Config};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_calls_arrive_in_nonce_order() {
    let sim = kunapay::spawn(Config::new("key", "pub-1", "priv-1")).await;
    let credentials = Credentials {
        api_key: None,
        public_key: Some("pub-1".into()),
        private_key: Some("priv-1".into()),
    };
    let client = Arc::new(Client::with_base_url(credentials, &sim.base_url()).unwrap());
    let mut calls = tokio::task::JoinSet::new();
    for _ in 0..24 {
        let client = Arc::clone(&client);
        calls.spawn(async move { client.get_balance().await });
    }
    let mut ok = 0;
    while let Some(result) = calls.join_next().await {
        result.expect("task").expect("every call is accepted");
        ok += 1;
    }
    assert_eq!(ok, 24);
    let nonces: Vec<u64> = sim
        .requests()
        .iter()
        .map(|r| r.header("nonce").unwrap().parse().unwrap())
        .collect();
    assert!(
        nonces.windows(2).all(|w| w[0] < w[1]),
        "arrival order: {nonces:?}"
    );
}
