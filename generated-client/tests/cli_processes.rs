//! Several `venue call` processes on one key at once: the persisted, file-locked nonce
//! counter keeps their nonces distinct and in arrival order, so the venue rejects none.

use std::path::PathBuf;
use std::process::Command;

use venue_tests::sim::kunapay;

const WORKERS: usize = 8;
const CALLS_PER_WORKER: usize = 8;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_call_processes_on_one_key_are_never_rejected() {
    let sim = kunapay::spawn(kunapay::Config::new(
        "kp-api-key-0001",
        "kp-public-0001",
        "kp-private-0001",
    ))
    .await;
    let dir = std::env::temp_dir().join(format!("venue-cli-processes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let credentials = dir.join("credentials.json");
    std::fs::write(
        &credentials,
        r#"{"public_key":"kp-public-0001","private_key":"kp-private-0001"}"#,
    )
    .unwrap();
    let nonce_dir = dir.join("nonces");
    let base_url = sim.base_url();

    let workers: Vec<_> = (0..WORKERS)
        .map(|_| {
            let (credentials, nonce_dir, base_url) =
                (credentials.clone(), nonce_dir.clone(), base_url.clone());
            tokio::task::spawn_blocking(move || {
                (0..CALLS_PER_WORKER)
                    .filter_map(|_| call(&credentials, &nonce_dir, &base_url))
                    .collect::<Vec<String>>()
            })
        })
        .collect();
    let mut failures = Vec::new();
    for worker in workers {
        failures.extend(worker.await.unwrap());
    }
    assert!(
        failures.is_empty(),
        "{} of {} calls failed; first: {}",
        failures.len(),
        WORKERS * CALLS_PER_WORKER,
        failures[0]
    );
    let nonces: Vec<u64> = sim
        .requests()
        .iter()
        .map(|r| r.header("nonce").unwrap().parse().unwrap())
        .collect();
    assert_eq!(nonces.len(), WORKERS * CALLS_PER_WORKER);
    assert!(nonces.windows(2).all(|w| w[0] < w[1]), "{nonces:?}");
    // The counter file holds the last nonce sent, and nothing about the key.
    let files: Vec<PathBuf> = std::fs::read_dir(&nonce_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let stored = std::fs::read_to_string(&files[0]).unwrap();
    assert_eq!(stored, nonces.last().unwrap().to_string());
    let name = files[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("kunapay-") && !name.contains("kp-"),
        "{name}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// One `venue call kunapay get_balance` process; `Some(stderr)` when it failed.
fn call(credentials: &PathBuf, nonce_dir: &PathBuf, base_url: &str) -> Option<String> {
    let output = Command::new(env!("CARGO_BIN_EXE_venue"))
        .args(["call", "kunapay", "get_balance", "--credentials-file"])
        .arg(credentials)
        .args(["--base-url", base_url])
        .env("VENUE_NONCE_DIR", nonce_dir)
        .output()
        .expect("run venue");
    (!output.status.success()).then(|| String::from_utf8_lossy(&output.stderr).into_owned())
}
