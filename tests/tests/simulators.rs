//! Checks of the hand-written venue simulators, with requests signed by hand here (hmac/sha2
//! directly, no generated code) and sent over raw HTTP/1.1 on a TcpStream.

use std::time::Duration;

use base64::Engine as _;
use hmac::{Hmac, Mac};
use serde_json::{Value, json};
use sha2::{Digest, Sha256, Sha384, Sha512};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use venue_tests::sim::{Failure, calypso, cryptonex, kucoin, kunapay, viabtc};

/// A pinned server clock for the tests that do not use a document's own timestamp.
const NOW: u64 = 1_700_000_000_000;

// ---------------------------------------------------------------------------------------------
// A minimal HTTP/1.1 client: one request per connection (`Connection: close`).

struct Resp {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Resp {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }
}

/// Sends `method base_url-path + target` with `headers` and `body`; returns the response.
async fn send(
    base_url: &str,
    method: &str,
    target: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Resp {
    let rest = base_url.strip_prefix("http://").expect("http base url");
    let (host, prefix) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let mut head =
        format!("{method} {prefix}{target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    if !body.is_empty() || method == "POST" {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    let mut stream = TcpStream::connect(host).await.expect("connect");
    stream.write_all(head.as_bytes()).await.expect("write head");
    stream.write_all(body).await.expect("write body");
    let mut raw = Vec::new();
    tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut raw))
        .await
        .expect("response within 10 s")
        .expect("read response");
    parse_response(&raw)
}

fn parse_response(raw: &[u8]) -> Resp {
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("end of headers");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .expect("status line");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let mut body = raw[split + 4..].to_vec();
    let chunked = headers.iter().any(|(n, v)| {
        n.eq_ignore_ascii_case("transfer-encoding") && v.eq_ignore_ascii_case("chunked")
    });
    if chunked {
        body = dechunk(&body);
    }
    Resp {
        status,
        headers,
        body,
    }
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let line_end = data
            .windows(2)
            .position(|w| w == b"\r\n")
            .expect("chunk size");
        let size_text = String::from_utf8_lossy(&data[..line_end]);
        let size = usize::from_str_radix(size_text.split(';').next().unwrap().trim(), 16)
            .expect("hex chunk size");
        data = &data[line_end + 2..];
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&data[..size]);
        data = &data[size + 2..];
    }
}

// ---------------------------------------------------------------------------------------------
// Hand signing.

fn hmac_sha256(key: &str, msg: &[u8]) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key.as_bytes()).unwrap();
    mac.update(msg);
    mac.finalize().into_bytes().to_vec()
}

fn hmac_sha384_hex(key: &str, msg: &[u8]) -> String {
    let mut mac = Hmac::<Sha384>::new_from_slice(key.as_bytes()).unwrap();
    mac.update(msg);
    hex::encode(mac.finalize().into_bytes())
}

fn hmac_sha512_hex(key: &str, msg: &[u8]) -> String {
    let mut mac = Hmac::<Sha512>::new_from_slice(key.as_bytes()).unwrap();
    mac.update(msg);
    hex::encode(mac.finalize().into_bytes())
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

// ---------------------------------------------------------------------------------------------
// KuCoin

/// KuCoin v2 headers for `method target body` at `ts`, signed with `secret`.
fn kucoin_headers(
    cfg: &kucoin::Config,
    secret: &str,
    ts: u64,
    method: &str,
    target: &str,
    body: &str,
) -> Vec<(&'static str, String)> {
    let prehash = format!("{ts}{method}{target}{body}");
    vec![
        ("KC-API-KEY", cfg.api_key.clone()),
        ("KC-API-SIGN", b64(&hmac_sha256(secret, prehash.as_bytes()))),
        ("KC-API-TIMESTAMP", ts.to_string()),
        (
            "KC-API-PASSPHRASE",
            b64(&hmac_sha256(secret, cfg.api_passphrase.as_bytes())),
        ),
        ("KC-API-KEY-VERSION", "2".to_owned()),
        ("Content-Type", "application/json".to_owned()),
    ]
}

async fn kucoin_call(
    sim: &kucoin::Sim,
    cfg: &kucoin::Config,
    secret: &str,
    ts: u64,
    method: &str,
    target: &str,
    body: &str,
) -> Resp {
    let headers = kucoin_headers(cfg, secret, ts, method, target, body);
    let headers: Vec<(&str, &str)> = headers.iter().map(|(n, v)| (*n, v.as_str())).collect();
    send(&sim.base_url(), method, target, &headers, body.as_bytes()).await
}

#[tokio::test]
async fn kucoin_timestamp_is_public_and_is_the_documented_example() {
    let sim = kucoin::spawn(kucoin::Config {
        now_ms: Some(1546837113087),
        ..Default::default()
    })
    .await;
    let resp = send(&sim.base_url(), "GET", "/api/v1/timestamp", &[], b"").await;
    assert_eq!(resp.status, 200);
    assert_eq!(
        resp.json(),
        json!({"code":"200000","msg":"success","data":1546837113087u64})
    );
}

#[tokio::test]
async fn kucoin_valid_requests_get_the_documented_examples() {
    let cfg = kucoin::Config {
        now_ms: Some(NOW),
        ..Default::default()
    };
    let sim = kucoin::spawn(cfg.clone()).await;
    let secret = cfg.api_secret.clone();

    let resp = kucoin_call(&sim, &cfg, &secret, NOW, "GET", "/api/v1/accounts", "").await;
    assert_eq!(resp.status, 200);
    assert_eq!(
        resp.json(),
        json!({"code":"200000","data":[{"id":"5bd6e9286d99522a52e458de","currency":"BTC",
            "type":"main","balance":"237582.04299","available":"237582.032","holds":"0.01099"}]})
    );

    let target = "/api/v1/orders?status=active&symbol=BTC-USDT";
    let resp = kucoin_call(&sim, &cfg, &secret, NOW - 4_000, "GET", target, "").await;
    assert_eq!(resp.status, 200);
    let data = &resp.json()["data"];
    assert_eq!(data["totalNum"], 153408);
    assert_eq!(data["items"][0]["id"], "5c35c02703aa673ceec2a168");
    assert_eq!(data["items"][0]["dealFunds"], "0.166");
    let last = sim.last_request().unwrap();
    assert_eq!(last.query.as_deref(), Some("status=active&symbol=BTC-USDT"));

    let body = r#"{"clientOid":"abc-1","side":"buy","symbol":"BTC-USDT","price":"10","size":"2"}"#;
    let resp = kucoin_call(&sim, &cfg, &secret, NOW, "POST", "/api/v1/orders", body).await;
    assert_eq!(
        resp.json(),
        json!({"code":"200000","data":{"orderId":"5bd6e9286d99522a52e458de"}})
    );
    assert_eq!(sim.last_request().unwrap().body, body.as_bytes());

    let target = "/api/v1/orders/5bd6e9286d99522a52e458de";
    let resp = kucoin_call(&sim, &cfg, &secret, NOW, "DELETE", target, "").await;
    assert_eq!(
        resp.json()["data"],
        json!({"cancelledOrderIds":["5bd6e9286d99522a52e458de"]})
    );

    // A parameter error comes back as code 400100 with HTTP 200.
    let resp = kucoin_call(&sim, &cfg, &secret, NOW, "POST", "/api/v1/orders", "{}").await;
    assert_eq!(
        (resp.status, resp.json()["code"].clone()),
        (200, json!("400100"))
    );
}

#[tokio::test]
async fn kucoin_rejects_a_wrong_secret_and_a_tampered_query() {
    let cfg = kucoin::Config {
        now_ms: Some(NOW),
        ..Default::default()
    };
    let sim = kucoin::spawn(cfg.clone()).await;
    let resp = kucoin_call(
        &sim,
        &cfg,
        "not-the-secret",
        NOW,
        "GET",
        "/api/v1/accounts",
        "",
    )
    .await;
    assert_eq!(resp.status, 401);
    assert_eq!(
        resp.json(),
        json!({"code":"400005","msg":"Invalid KC-API-SIGN"})
    );

    // Signed for one query string, sent with another.
    let headers = kucoin_headers(
        &cfg,
        &cfg.api_secret,
        NOW,
        "GET",
        "/api/v1/orders?status=active",
        "",
    );
    let headers: Vec<(&str, &str)> = headers.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let resp = send(
        &sim.base_url(),
        "GET",
        "/api/v1/orders?status=done",
        &headers,
        b"",
    )
    .await;
    assert_eq!(
        (resp.status, resp.json()["code"].clone()),
        (401, json!("400005"))
    );
}

#[tokio::test]
async fn kucoin_rejects_a_stale_timestamp() {
    let cfg = kucoin::Config {
        now_ms: Some(NOW),
        ..Default::default()
    };
    let sim = kucoin::spawn(cfg.clone()).await;
    let secret = cfg.api_secret.clone();
    for ts in [NOW - 5_001, NOW + 5_001] {
        let resp = kucoin_call(&sim, &cfg, &secret, ts, "GET", "/api/v1/accounts", "").await;
        assert_eq!(resp.status, 400);
        assert_eq!(resp.json()["code"], "400002");
    }
    let resp = kucoin_call(
        &sim,
        &cfg,
        &secret,
        NOW - 5_000,
        "GET",
        "/api/v1/accounts",
        "",
    )
    .await;
    assert_eq!(resp.status, 200, "5 s is still inside the window");
}

// ---------------------------------------------------------------------------------------------
// KunaPay

async fn kunapay_signed(
    sim: &kunapay::Sim,
    public_key: &str,
    private_key: &str,
    nonce: u64,
    method: &str,
    path: &str,
    body: &str,
) -> Resp {
    let nonce = nonce.to_string();
    let signature = hmac_sha384_hex(private_key, format!("{path}{nonce}{body}").as_bytes());
    let headers = [
        ("accept", "application/json"),
        ("content-type", "application/json"),
        ("public-key", public_key),
        ("nonce", nonce.as_str()),
        ("signature", signature.as_str()),
    ];
    send(&sim.base_url(), method, path, &headers, body.as_bytes()).await
}

#[tokio::test]
async fn kunapay_key_mode_and_signed_mode_are_accepted() {
    let cfg = kunapay::Config::default();
    let sim = kunapay::spawn(cfg.clone()).await;

    let headers = [
        ("accept", "application/json"),
        ("content-type", "application/json"),
        ("api-key", cfg.api_key.as_str()),
    ];
    let resp = send(&sim.base_url(), "GET", "/v1/asset/balance", &headers, b"").await;
    assert_eq!(resp.status, 200);
    assert!(resp.json()["data"].is_array());

    let (pk, sk) = (cfg.public_key.as_str(), cfg.private_key.as_str());
    let resp = kunapay_signed(&sim, pk, sk, NOW, "GET", "/v1/asset/balance", "{}").await;
    assert_eq!(resp.status, 200);
    assert!(resp.json()["data"].is_array());

    let body = r#"{"asset":"USD","amount":"1000"}"#;
    let resp = kunapay_signed(&sim, pk, sk, NOW + 1, "POST", "/v1/invoice", body).await;
    assert_eq!(resp.status, 200);
    let data = &resp.json()["data"];
    assert_eq!(
        (data["asset"].clone(), data["amount"].clone()),
        (json!("USD"), json!("1000"))
    );
}

#[tokio::test]
async fn kunapay_rejects_a_wrong_private_key_and_a_reused_nonce() {
    let cfg = kunapay::Config::default();
    let sim = kunapay::spawn(cfg.clone()).await;
    let pk = cfg.public_key.as_str();
    let body = r#"{"asset":"USD","amount":"1000"}"#;

    let resp = kunapay_signed(&sim, pk, "wrong", NOW, "POST", "/v1/invoice", body).await;
    assert_eq!(resp.status, 401);
    assert_eq!(resp.json()["code"], "INVALID_SIGNATURE");

    // The rejected request did not consume its nonce.
    let sk = cfg.private_key.as_str();
    let resp = kunapay_signed(&sim, pk, sk, NOW, "POST", "/v1/invoice", body).await;
    assert_eq!(resp.status, 200);
    for nonce in [NOW, NOW - 1] {
        let resp = kunapay_signed(&sim, pk, sk, nonce, "POST", "/v1/invoice", body).await;
        assert_eq!(resp.status, 400);
        assert_eq!(resp.json()["code"], "INVALID_NONCE");
    }
    let resp = kunapay_signed(&sim, pk, sk, NOW + 1, "POST", "/v1/invoice", body).await;
    assert_eq!(resp.status, 200);
}

// ---------------------------------------------------------------------------------------------
// Calypso

async fn calypso_call(sim: &calypso::Sim, key: &str, secret: &str, path: &str, body: &str) -> Resp {
    let sign = hmac_sha512_hex(secret, body.as_bytes());
    let headers = [
        ("Key", key),
        ("Sign", sign.as_str()),
        ("Content-Type", "application/json"),
    ];
    send(&sim.base_url(), "POST", path, &headers, body.as_bytes()).await
}

#[tokio::test]
async fn calypso_accepts_the_documented_signature_example() {
    let cfg = calypso::Config {
        now_ms: Some(1),
        ..Default::default()
    };
    let sim = calypso::spawn(cfg.clone()).await;
    let sign = "b16e9d45f49f2069becbc4f108b237bee588cfc353fe9501df103e692acbc68d\
                482a10d34c12bea22fedde7e28e1b8e57a6a0a373b0e9a27c5257bd8b36e13b9";
    let headers = [
        ("Key", "c529e14832b34b74972365cf7bf02430"),
        ("Sign", sign),
        ("Content-Type", "application/json"),
    ];
    let resp = send(
        &sim.base_url(),
        "POST",
        "/api/v1/account",
        &headers,
        br#"{"timestamp":1}"#,
    )
    .await;
    assert_eq!(resp.status, 200);
    assert_eq!(
        resp.json(),
        json!({"account":"123e4567-e89b-12d3-a456-426614174000","name":"Test Account",
            "ownerId":"987fcdeb-51a2-43d7-9b8c-234567890abc",
            "balances":[{"currency":"USDT_TRX","amount":1500.75},{"currency":"BTC","amount":0.025}]})
    );
}

#[tokio::test]
async fn calypso_valid_request_wrong_secret_and_stale_timestamp() {
    let cfg = calypso::Config {
        now_ms: Some(NOW),
        account: Some(calypso::EXAMPLE_ACCOUNT.to_owned()),
        ..Default::default()
    };
    let sim = calypso::spawn(cfg.clone()).await;
    let (key, secret) = (cfg.api_key.as_str(), cfg.secret.as_str());
    let body = |ts: u64| {
        format!(
            r#"{{"account":"{}","timestamp":{ts},"payload":{{"amount":1,"currency":"ETH","description":"test"}}}}"#,
            calypso::EXAMPLE_ACCOUNT
        )
    };

    let resp = calypso_call(
        &sim,
        key,
        secret,
        "/api/v1/invoice/single/create",
        &body(NOW - 180_000),
    )
    .await;
    assert_eq!(resp.status, 200);
    assert_eq!(resp.json()["state"], "MEM_POOL_FOUND");
    assert_eq!(resp.json()["createdDate"], "2025-07-05T22:31:09.255Z");

    let resp = calypso_call(
        &sim,
        key,
        "wrong",
        "/api/v1/invoice/single/create",
        &body(NOW),
    )
    .await;
    assert_eq!(resp.status, 401);
    assert_eq!(resp.json()["code"], "INVALID_SIGN");

    for ts in [NOW - 180_001, NOW + 180_001] {
        let resp = calypso_call(
            &sim,
            key,
            secret,
            "/api/v1/invoice/single/create",
            &body(ts),
        )
        .await;
        assert_eq!(resp.status, 400);
        assert_eq!(resp.json()["code"], "INVALID_TIMESTAMP");
    }
}

// ---------------------------------------------------------------------------------------------
// Cryptonex

async fn cryptonex_call(
    sim: &cryptonex::Sim,
    key: &str,
    secret: &str,
    method: &str,
    nonce: u64,
    id: u64,
) -> Resp {
    let sign = hex::encode(Sha256::digest(
        format!("{method}{nonce}{secret}").as_bytes(),
    ));
    let body = json!({
        "jsonrpc": "2.0",
        "method": method,
        "params": { "key": key, "sign": sign, "nonce": nonce },
        "id": id
    })
    .to_string();
    let headers = [("Content-Type", "application/json")];
    send(&sim.base_url(), "POST", "/api", &headers, body.as_bytes()).await
}

#[tokio::test]
async fn cryptonex_valid_call_gets_the_documented_result_with_its_id() {
    let cfg = cryptonex::Config::default();
    let sim = cryptonex::spawn(cfg.clone()).await;
    let resp = cryptonex_call(&sim, &cfg.key, &cfg.secret, "user.account_list", 1, 2).await;
    assert_eq!(resp.status, 200);
    let v = resp.json();
    assert_eq!(v["id"], 2);
    assert_eq!(v["jsonrpc"], "2.0");
    assert_eq!(
        v["result"]["accounts"][0]["hash"],
        "14x2insrz24PirkRA73TFwvNRYTKqbwxEQ"
    );
    assert_eq!(v["result"]["accounts"][1]["currency"], "eth");

    let resp = cryptonex_call(
        &sim,
        &cfg.key,
        &cfg.secret,
        "currency_pair.get_rate_list",
        2,
        9,
    )
    .await;
    let v = resp.json();
    assert_eq!(v["id"], 9);
    assert_eq!(v["result"]["rates"][0]["value_last_24h"], "18536.65481165");
}

#[tokio::test]
async fn cryptonex_rejects_a_wrong_secret_a_wrong_key_and_a_reused_nonce() {
    let cfg = cryptonex::Config::default();
    let sim = cryptonex::spawn(cfg.clone()).await;
    let resp = cryptonex_call(&sim, &cfg.key, "wrong", "user.info", 1, 3).await;
    assert_eq!(resp.status, 200);
    assert_eq!(
        resp.json(),
        json!({"jsonrpc":"2.0","error":{"code":-33102,"message":"Sign not valid"},"id":3})
    );
    let resp = cryptonex_call(&sim, "nobody", &cfg.secret, "user.info", 1, 4).await;
    assert_eq!(resp.json()["error"]["code"], -33101);

    let resp = cryptonex_call(&sim, &cfg.key, &cfg.secret, "user.info", 5, 5).await;
    assert_eq!(
        resp.json()["result"]["post_stamp"],
        "2017-08-29 20:29:27.844215"
    );
    for nonce in [5, 4] {
        let resp = cryptonex_call(&sim, &cfg.key, &cfg.secret, "user.info", nonce, 6).await;
        assert_eq!(resp.status, 200);
        assert_eq!(resp.json()["error"]["code"], cryptonex::NONCE_TOO_LOW);
        assert_eq!(resp.json()["id"], 6);
    }
}

// ---------------------------------------------------------------------------------------------
// ViaBTC

const VIA_TONCE: u64 = 1513746038205;

async fn viabtc_get(sim: &viabtc::Sim, key: &str, secret: Option<&str>, target: &str) -> Resp {
    let query = target.split_once('?').map_or("", |(_, q)| q);
    let signature = secret.map(|s| hex::encode(hmac_sha256(s, query.as_bytes())));
    let mut headers = vec![("X-API-KEY", key)];
    if let Some(sig) = &signature {
        headers.push(("X-SIGNATURE", sig.as_str()));
    }
    send(&sim.base_url(), "GET", target, &headers, b"").await
}

async fn viabtc_post(
    sim: &viabtc::Sim,
    key: &str,
    signature: &str,
    path: &str,
    body: &str,
) -> Resp {
    let headers = [
        ("Content-Type", "application/json"),
        ("X-API-KEY", key),
        ("X-SIGNATURE", signature),
    ];
    send(&sim.base_url(), "POST", path, &headers, body.as_bytes()).await
}

#[tokio::test]
async fn viabtc_key_only_call_gets_the_documented_example() {
    let cfg = viabtc::Config::default();
    let sim = viabtc::spawn(cfg.clone()).await;
    assert!(sim.base_url().ends_with("/res/openapi/v1"));
    let resp = viabtc_get(&sim, &cfg.api_key, None, "/hashrate?coin=BTC").await;
    assert_eq!(resp.status, 200);
    assert_eq!(
        resp.json(),
        json!({"code":0,"data":{"active_workers":1,"coin":"BTC","hashrate_10min":"747667906887",
            "hashrate_1hour":"124611317814","hashrate_24hour":"0","unactive_workers":0},"message":"OK"})
    );
    assert_eq!(sim.last_request().unwrap().path, "/res/openapi/v1/hashrate");
}

#[tokio::test]
async fn viabtc_accepts_the_documented_signature_examples() {
    let cfg = viabtc::Config {
        now_ms: Some(VIA_TONCE + 1_000),
        ..Default::default()
    };
    let sim = viabtc::spawn(cfg.clone()).await;
    let headers = [
        ("X-API-KEY", "16289e05354c3c3814b8f3045950395f"),
        (
            "X-SIGNATURE",
            "4a1c9e4c73629b62fd999cbbcd2bc8b87a07f1791ae61ba576427f820dd3bc59",
        ),
    ];
    let target = "/account/sub?coin=BTC&amount=1.0&tonce=1513746038205";
    let resp = send(&sim.base_url(), "GET", target, &headers, b"").await;
    let v = resp.json();
    assert_eq!(
        (v["code"].clone(), v["count"].clone()),
        (json!(0), json!(2))
    );
    assert_eq!(v["data"][1]["api_key"], "68ceca48bb090d9d71392fc38b9c96b9");

    // The doc's malformed body: its signature verifies (raw bytes), then it is an invalid argument.
    let body = r#"{"coin": "BTC", "amount": "1.0", tonce: 1513746038205}"#;
    let sig = "2dd2cc09cb5b11c7f24d457b1c01e46f2f2b17f06a62bf29eda35b5fb45ce354";
    let resp = viabtc_post(&sim, &cfg.api_key, sig, "/wallet/sweep", body).await;
    assert_eq!(resp.json()["code"], 2);

    // Its valid-JSON form, with the signature endpoints.md computed for it.
    let body = r#"{"coin": "BTC", "amount": "1.0", "tonce": 1513746038205}"#;
    let sig = "3a316ba17fd9d8aa33176402ca0f636f3e05cc3c33a85fe4c18a228e84d0e4df";
    let resp = viabtc_post(&sim, &cfg.api_key, sig, "/wallet/sweep", body).await;
    assert_eq!(
        resp.json(),
        json!({"code":0,"data":{"coin":"BTC","balance":"0.001"},"message":"OK"})
    );
}

#[tokio::test]
async fn viabtc_rejects_a_wrong_secret_a_wrong_key_and_a_stale_tonce() {
    let cfg = viabtc::Config {
        now_ms: Some(NOW),
        ..Default::default()
    };
    let sim = viabtc::spawn(cfg.clone()).await;
    let (key, secret) = (cfg.api_key.as_str(), cfg.secret_key.as_str());

    let target = format!("/account/sub?tonce={NOW}");
    let resp = viabtc_get(&sim, key, Some(secret), &target).await;
    assert_eq!(
        resp.json()["code"],
        0,
        "tonce equal to server time is accepted"
    );

    let resp = viabtc_get(&sim, key, Some("wrong"), &target).await;
    assert_eq!(resp.status, 200);
    assert_eq!(resp.json()["code"], 12002);
    let resp = viabtc_get(&sim, "wrong", Some(secret), &target).await;
    assert_eq!(resp.json()["code"], 12001);

    for tonce in [NOW - 60_001, NOW + 1] {
        let resp = viabtc_get(
            &sim,
            key,
            Some(secret),
            &format!("/account/sub?tonce={tonce}"),
        )
        .await;
        assert_eq!(resp.status, 200);
        assert_eq!(resp.json()["code"], 12003);
    }
    let resp = viabtc_get(
        &sim,
        key,
        Some(secret),
        &format!("/account/sub?tonce={}", NOW - 60_000),
    )
    .await;
    assert_eq!(resp.json()["code"], 0);
}

// ---------------------------------------------------------------------------------------------
// Forced failures (shared by all simulators) and request recording.

#[tokio::test]
async fn forced_failures_then_normal_service() {
    let cfg = viabtc::Config {
        fail_next: Some(Failure::Html502),
        ..Default::default()
    };
    let sim = viabtc::spawn(cfg.clone()).await;
    let key = cfg.api_key.as_str();

    let resp = viabtc_get(&sim, key, None, "/hashrate?coin=BTC").await;
    assert_eq!(resp.status, 502);
    assert!(
        resp.header("content-type")
            .unwrap()
            .starts_with("text/html")
    );
    assert!(String::from_utf8_lossy(&resp.body).contains("502 Bad Gateway"));

    let full = viabtc_get(&sim, key, None, "/hashrate?coin=BTC").await;
    assert_eq!(full.status, 200);

    sim.set_failure(Some(Failure::Truncated));
    let cut = viabtc_get(&sim, key, None, "/hashrate?coin=BTC").await;
    assert_eq!(cut.status, 200);
    assert!(serde_json::from_slice::<Value>(&cut.body).is_err());
    assert!(!cut.body.is_empty() && full.body.starts_with(&cut.body));

    sim.push_failure(Failure::RateLimited(7));
    let resp = viabtc_get(&sim, key, None, "/hashrate?coin=BTC").await;
    assert_eq!(resp.status, 429);
    assert_eq!(resp.header("retry-after"), Some("7"));

    assert_eq!(
        viabtc_get(&sim, key, None, "/hashrate?coin=BTC")
            .await
            .status,
        200
    );
    assert_eq!(sim.request_count(), 5);
    let last = sim.last_request().unwrap();
    assert_eq!(last.method, "GET");
    assert_eq!(last.query.as_deref(), Some("coin=BTC"));
    assert_eq!(last.header("x-api-key"), Some(key));
}
