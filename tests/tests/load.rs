//! Load on the nonce venues: 64 tasks × 1,000 signed requests against each nonce venue's
//! simulator, and the same split across two clients on one key. The simulators reject any
//! nonce not above the last one they accepted for the key, so a single collision or
//! reordering shows up as a rejected call. Throughput is printed (`--nocapture`); the figures
//! in RELIABILITY.md come from a release run (`cargo test --release -p venue-tests --test
//! load -- --nocapture`).

use std::collections::HashSet;
use std::future::Future;
use std::sync::Arc;
use std::time::Instant;

use venue_client::{cryptonex, kunapay};
use venue_runtime::{Error, SecretString};
use venue_tests::sim::{self, Recorded, Sim};

const TASKS: usize = 64;
const PER_TASK: usize = 1_000;

const KP: (&str, &str, &str) = ("kp-api-key-0001", "kp-public-0001", "kp-private-0001");

fn kunapay_client(sim: &Sim) -> kunapay::Client {
    let credentials = kunapay::Credentials {
        api_key: None,
        public_key: Some(SecretString::from(KP.1)),
        private_key: Some(SecretString::from(KP.2)),
    };
    kunapay::Client::with_base_url(credentials, &sim.base_url()).expect("client")
}

fn cryptonex_client(sim: &Sim) -> cryptonex::Client {
    let credentials = cryptonex::Credentials {
        api_key: SecretString::from("cx-key"),
        secret: SecretString::from("cx-secret"),
    };
    cryptonex::Client::with_base_url(credentials, &sim.base_url()).expect("client")
}

/// Runs `TASKS` tasks of `PER_TASK` calls, task `i` on `clients[i % clients.len()]`;
/// returns the errors.
async fn hammer<C, F, Fut>(label: &str, clients: Vec<Arc<C>>, call: F) -> Vec<Error>
where
    C: Send + Sync + 'static,
    F: Fn(Arc<C>) -> Fut + Send + Sync + Copy + 'static,
    Fut: Future<Output = Result<(), Error>> + Send,
{
    let started = Instant::now();
    let tasks: Vec<_> = (0..TASKS)
        .map(|i| {
            let client = clients[i % clients.len()].clone();
            tokio::spawn(async move {
                let mut errors = Vec::new();
                for _ in 0..PER_TASK {
                    if let Err(e) = call(client.clone()).await {
                        errors.push(e);
                    }
                }
                errors
            })
        })
        .collect();
    let mut errors = Vec::new();
    for task in tasks {
        errors.extend(task.await.expect("task"));
    }
    let elapsed = started.elapsed();
    let total = TASKS * PER_TASK;
    println!(
        "{label}: {total} requests in {:.2} s = {:.0} requests/s, {} rejected",
        elapsed.as_secs_f64(),
        total as f64 / elapsed.as_secs_f64(),
        errors.len()
    );
    errors
}

/// Every nonce the simulator received, in arrival order, is distinct and increasing.
fn assert_increasing(requests: &[Recorded], nonce: impl Fn(&Recorded) -> u64) {
    let nonces: Vec<u64> = requests.iter().map(nonce).collect();
    assert_eq!(nonces.len(), TASKS * PER_TASK);
    let distinct: HashSet<u64> = nonces.iter().copied().collect();
    assert_eq!(distinct.len(), nonces.len(), "duplicate nonces");
    assert!(nonces.windows(2).all(|w| w[0] < w[1]), "out of order");
}

fn header_nonce(r: &Recorded) -> u64 {
    r.header("nonce")
        .and_then(|n| n.parse().ok())
        .expect("nonce header")
}

fn body_nonce(r: &Recorded) -> u64 {
    r.body_json()
        .and_then(|b| b["params"]["nonce"].as_u64())
        .expect("nonce in params")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kunapay_64_tasks_one_client() {
    let sim = sim::kunapay::spawn(sim::kunapay::Config::new(KP.0, KP.1, KP.2)).await;
    let client = Arc::new(kunapay_client(&sim));
    let errors = hammer("kunapay, one client", vec![client], |c| async move {
        c.get_balance().await.map(drop)
    })
    .await;
    assert!(
        errors.is_empty(),
        "{} rejected, first: {:?}",
        errors.len(),
        errors.first()
    );
    assert_increasing(&sim.requests(), header_nonce);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kunapay_64_tasks_two_clients_on_one_key() {
    let sim = sim::kunapay::spawn(sim::kunapay::Config::new(KP.0, KP.1, KP.2)).await;
    let clients = vec![
        Arc::new(kunapay_client(&sim)),
        Arc::new(kunapay_client(&sim)),
    ];
    let errors = hammer("kunapay, two clients on one key", clients, |c| async move {
        c.get_balance().await.map(drop)
    })
    .await;
    assert!(
        errors.is_empty(),
        "{} rejected, first: {:?}",
        errors.len(),
        errors.first()
    );
    assert_increasing(&sim.requests(), header_nonce);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cryptonex_64_tasks_two_clients_on_one_key() {
    let sim = sim::cryptonex::spawn(sim::cryptonex::Config::new("cx-key", "cx-secret")).await;
    let clients = vec![
        Arc::new(cryptonex_client(&sim)),
        Arc::new(cryptonex_client(&sim)),
    ];
    let errors = hammer(
        "cryptonex, two clients on one key",
        clients,
        |c| async move { c.user_info().await.map(drop) },
    )
    .await;
    assert!(
        errors.is_empty(),
        "{} rejected, first: {:?}",
        errors.len(),
        errors.first()
    );
    assert_increasing(&sim.requests(), body_nonce);
}
