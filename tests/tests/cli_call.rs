//! `venue call` end to end: `venue_client::cli::run` against the loopback simulators.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};

use serde_json::{Value, json};
use venue_tests::sim::{calypso, cryptonex, kucoin, kunapay, viabtc};

/// A credentials file in a fresh temp directory; removed on drop.
struct CredentialsFile {
    dir: PathBuf,
    path: PathBuf,
}

impl CredentialsFile {
    fn new(credentials: &Value) -> CredentialsFile {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let dir = std::env::temp_dir().join(format!(
            "venue-cli-call-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).expect("create temp dir");
        let path = dir.join("credentials.json");
        std::fs::write(&path, credentials.to_string()).expect("write credentials file");
        CredentialsFile { dir, path }
    }

    fn path(&self) -> &str {
        self.path.to_str().expect("temp path is UTF-8")
    }
}

impl Drop for CredentialsFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

struct Run {
    code: i32,
    out: String,
    err: String,
}

/// `venue call VENUE ENDPOINT --params PARAMS --credentials-file F --base-url URL`, in process.
async fn call(
    venue: &str,
    endpoint: &str,
    params: &str,
    credentials_file: &str,
    base_url: &str,
) -> Run {
    let args: Vec<String> = [
        "venue",
        "call",
        venue,
        endpoint,
        "--params",
        params,
        "--credentials-file",
        credentials_file,
        "--base-url",
        base_url,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = venue_client::cli::run(&args, &mut out, &mut err).await;
    Run {
        code,
        out: String::from_utf8(out).expect("stdout is UTF-8"),
        err: String::from_utf8(err).expect("stderr is UTF-8"),
    }
}

fn parse(run: &Run) -> Value {
    assert_eq!(run.code, 0, "stderr: {}", run.err);
    assert!(run.err.is_empty(), "stderr: {}", run.err);
    serde_json::from_str(&run.out).unwrap_or_else(|e| panic!("not JSON ({e}): {}", run.out))
}

#[tokio::test]
async fn kucoin_list_accounts() {
    let sim = kucoin::spawn(kucoin::Config::new(
        "kc-key-0001",
        "kc-secret-0001",
        "kc-pass-0001",
    ))
    .await;
    let file = CredentialsFile::new(
        &json!({"api_key": "kc-key-0001", "secret": "kc-secret-0001", "passphrase": "kc-pass-0001"}),
    );
    let run = call(
        "kucoin",
        "list_accounts",
        "{}",
        file.path(),
        &sim.base_url(),
    )
    .await;
    let accounts = parse(&run);
    assert!(run.out.contains("\n  "), "pretty JSON: {}", run.out);

    // The documents' single account, every field.
    let accounts = accounts.as_array().expect("an array of accounts");
    assert_eq!(accounts.len(), 1, "{accounts:?}");
    let account = &accounts[0];
    assert_eq!(account["id"], "5bd6e9286d99522a52e458de");
    assert_eq!(account["currency"], "BTC");
    assert_eq!(account["type"], "main");
    assert_eq!(account["balance"], "237582.04299");
    assert_eq!(account["available"], "237582.032");
    assert_eq!(account["holds"], "0.01099");
    assert_eq!(account.as_object().map(|o| o.len()), Some(6), "{account}");

    let request = sim.last_request().expect("the simulator saw the call");
    assert_eq!(
        (request.method.as_str(), request.target()),
        ("GET", "/api/v1/accounts".to_owned())
    );
}

#[tokio::test]
async fn kucoin_wrong_secret_is_the_venue_error() {
    let sim = kucoin::spawn(kucoin::Config::new(
        "kc-key-0001",
        "kc-secret-0001",
        "kc-pass-0001",
    ))
    .await;
    let wrong = "not-the-secret-9999";
    let file = CredentialsFile::new(
        &json!({"api_key": "kc-key-0001", "secret": wrong, "passphrase": "kc-pass-0001"}),
    );
    let run = call(
        "kucoin",
        "list_accounts",
        "{}",
        file.path(),
        &sim.base_url(),
    )
    .await;
    assert_eq!(run.code, 1, "stdout: {}", run.out);
    assert!(run.out.is_empty(), "stdout: {}", run.out);
    assert!(run.err.contains("400005"), "stderr: {}", run.err);
    assert_eq!(run.err.trim_end().lines().count(), 1, "stderr: {}", run.err);
    assert!(!run.err.contains(wrong), "secret leaked: {}", run.err);
    assert_eq!(sim.request_count(), 1);
}

#[tokio::test]
async fn kucoin_missing_credentials_file() {
    let file = CredentialsFile::new(&json!({}));
    let missing = file.dir.join("absent.json");
    let missing = missing.to_str().expect("temp path is UTF-8");
    let run = call(
        "kucoin",
        "list_accounts",
        "{}",
        missing,
        "http://127.0.0.1:9",
    )
    .await;
    assert_eq!(run.code, 1);
    assert!(run.err.contains("absent.json"), "stderr: {}", run.err);
}

#[tokio::test]
async fn calypso_get_account() {
    let sim = calypso::spawn(calypso::Config::new("cp-key-0001", "cp-secret-0001")).await;
    let file = CredentialsFile::new(
        &json!({"api_key": "cp-key-0001", "secret": "cp-secret-0001", "account": calypso::EXAMPLE_ACCOUNT}),
    );
    let run = call("calypso", "get_account", "{}", file.path(), &sim.base_url()).await;
    let account = parse(&run);
    assert_eq!(account["account"], calypso::EXAMPLE_ACCOUNT);
    assert_eq!(account["name"], "Test Account");
    assert_eq!(account["ownerId"], "987fcdeb-51a2-43d7-9b8c-234567890abc");
    // Decimals arrive as JSON numbers and keep their exact text.
    assert_eq!(
        account["balances"],
        json!([
            {"currency": "USDT_TRX", "amount": "1500.75"},
            {"currency": "BTC", "amount": "0.025"}
        ])
    );
}

#[tokio::test]
async fn viabtc_create_sub_account() {
    let sim = viabtc::spawn(viabtc::Config::new("vb-key-0001", "vb-secret-0001")).await;
    let file = CredentialsFile::new(&json!({"api_key": "vb-key-0001", "secret": "vb-secret-0001"}));
    let run = call(
        "viabtc",
        "create_sub_account",
        r#"{"account":"sub7"}"#,
        file.path(),
        &sim.base_url(),
    )
    .await;
    // The document's example, with the requested account name echoed.
    assert_eq!(
        parse(&run),
        json!({
            "account": "sub7",
            "api_key": "87920fce6b25bcdc6fb86922b935609e",
            "secret_key": "",
            "id": 55,
            "create_time": 1548242387
        })
    );
    let request = sim.last_request().expect("the simulator saw the call");
    assert_eq!(request.path, format!("{}/account/sub", viabtc::BASE_PATH));
}

#[tokio::test]
async fn kunapay_get_balance() {
    let sim = kunapay::spawn(kunapay::Config::new(
        "kp-api-key-0001",
        "kp-public-0001",
        "kp-private-0001",
    ))
    .await;
    let file = CredentialsFile::new(&json!({
        "api_key": "kp-api-key-0001",
        "public_key": "kp-public-0001",
        "private_key": "kp-private-0001"
    }));
    let run = call("kunapay", "get_balance", "{}", file.path(), &sim.base_url()).await;
    assert_eq!(
        parse(&run),
        json!([
            {"asset": "USD", "balance": "1000", "lockBalance": "0"},
            {"asset": "BTC", "balance": "0.5", "lockBalance": "0"}
        ])
    );
}

#[tokio::test]
async fn cryptonex_user_info() {
    let sim = cryptonex::spawn(cryptonex::Config::new("cx-key-0001", "cx-secret-0001")).await;
    let file = CredentialsFile::new(&json!({"api_key": "cx-key-0001", "secret": "cx-secret-0001"}));
    let run = call("cryptonex", "user_info", "{}", file.path(), &sim.base_url()).await;
    // The document's result (its obfuscated login replaced by the simulator's).
    assert_eq!(
        parse(&run),
        json!({
            "id": 2,
            "login": "user@example.com",
            "auth_2fa": false,
            "deposit_auto_convert": false,
            "eth_cnx_bonus": "0.0",
            "post_stamp": "2017-08-29 20:29:27.844215"
        })
    );
    let request = sim.last_request().expect("the simulator saw the call");
    assert_eq!(
        (request.method.as_str(), request.path.as_str()),
        ("POST", "/api")
    );
}
