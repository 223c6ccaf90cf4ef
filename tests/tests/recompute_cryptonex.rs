//! Cryptonex: signatures recomputed by hand from the venue's documented recipe, compared byte
//! for byte with what the generated `venue_client::cryptonex` signer puts on the request.
//!
//! The expected values never come from the generator or from venue-runtime's crypto: the test
//! re-derives `sign` with `sha2`/`hex` from the JSON-RPC method and nonce the body carries.
//! Every Cryptonex call is a JSON-RPC 2.0 POST to one URL (no query, no path parameters), so
//! the cases are calls without and with method parameters.

use serde_json::json;
use sha2::{Digest, Sha256};
use venue_client::cryptonex::{
    AccountListParams, ConvertParams, Credentials, PRODUCTION_URL, Scheme, Signer,
    TransactionListParams, WithdrawParams,
};
use venue_runtime as rt;

const KEY: &str = "cnx-key-0001";
const SECRET: &str = "cnx-secret-0001";
const NOW: u64 = 1_700_000_000_000;

// Recipe: seed 003 (cryptonex.org/api, Turkish; same wording in api-en.html):
// sign = hex(SHA-256(method + nonce + secret key)), a plain hash, not an HMAC.
fn cnx_sign(method: &str, nonce: &str, secret: &str) -> String {
    let mut hash = Sha256::new();
    hash.update(method.as_bytes());
    hash.update(nonce.as_bytes());
    hash.update(secret.as_bytes());
    hex::encode(hash.finalize())
}

fn sign(secret: &str, endpoint: impl rt::Endpoint, nonce: u64) -> rt::Request {
    let credentials = json!({ "api_key": KEY, "secret": secret });
    let signer =
        Signer::new(Credentials::from_json(&credentials).expect("credentials")).expect("signer");
    let base = rt::BaseUrl::parse(PRODUCTION_URL).expect("production URL");
    let stamp = rt::Stamp {
        now_ms: NOW,
        nonce,
        random: 0,
    };
    signer
        .sign(
            Scheme::Signed,
            &endpoint,
            &base,
            &stamp,
            &mut rt::Trace::off(),
        )
        .expect("signs")
}

fn body_text(req: &rt::Request) -> &str {
    std::str::from_utf8(req.body.as_deref().expect("a body")).expect("UTF-8 body")
}

/// Checks the JSON-RPC envelope, the pinned nonce, and `sign` recomputed from the method and
/// nonce the body carries; returns the recomputed sign.
fn assert_signed(req: &rt::Request, secret: &str, rpc_method: &str, nonce: u64) -> String {
    assert_eq!(req.method, rt::Method::Post);
    assert_eq!(req.url, "https://userapi.cryptonex.org/api");
    assert_eq!(req.header("Content-Type"), Some("application/json"));
    let sent: serde_json::Value = serde_json::from_str(body_text(req)).expect("JSON body");
    assert_eq!(sent["jsonrpc"], "2.0");
    assert_eq!(sent["method"], rpc_method);
    assert_eq!(sent["params"]["key"], KEY);
    assert_eq!(
        sent["params"]["nonce"],
        json!(nonce),
        "nonce is the pinned nonce"
    );
    let method = sent["method"].as_str().expect("method is a string");
    let sent_nonce = sent["params"]["nonce"].to_string();
    let expected = cnx_sign(method, &sent_nonce, secret);
    assert_eq!(sent["params"]["sign"], expected.as_str(), "sign");
    expected
}

#[test]
fn account_list_with_the_documented_sign_strings() {
    // The document's own example: "user.account_list" + "1" + "aQcLC343dsfg9hgbOLGeredfsdfIry".
    let secret = "aQcLC343dsfg9hgbOLGeredfsdfIry";
    let req = sign(secret, AccountListParams::default(), 1);
    let sign = assert_signed(&req, secret, "user.account_list", 1);
    assert_eq!(sign, cnx_sign("user.account_list", "1", secret));
    assert_eq!(
        body_text(&req),
        format!(
            r#"{{"jsonrpc":"2.0","method":"user.account_list","params":{{"key":"cnx-key-0001","sign":"{sign}","nonce":1}},"id":1}}"#
        )
    );
}

#[test]
fn transaction_list_params_follow_the_auth_fields() {
    let nonce = NOW + 5;
    let req = sign(
        SECRET,
        TransactionListParams {
            max_count: Some(10),
            offset: Some(20),
        },
        nonce,
    );
    let sign = assert_signed(&req, SECRET, "transaction.list", nonce);
    assert_eq!(sign, cnx_sign("transaction.list", "1700000000005", SECRET));
    assert_eq!(
        body_text(&req),
        format!(
            r#"{{"jsonrpc":"2.0","method":"transaction.list","params":{{"key":"cnx-key-0001","sign":"{sign}","nonce":1700000000005,"max_count":10,"offset":20}},"id":1700000000005}}"#
        )
    );
}

#[test]
fn withdraw_signs_only_method_and_nonce() {
    let nonce = NOW + 6;
    let params: WithdrawParams = serde_json::from_value(json!({
        "from_hash": "Gh7tmu4234fsdfnweLLdisb8xMaxGyWCv7ui",
        "to_hash": "GgDEpsfEWrsdfse343MkdmcKv5C4axYR87",
        "amount": "5",
    }))
    .expect("params");
    let req = sign(SECRET, params, nonce);
    let sign = assert_signed(&req, SECRET, "account.withdraw", nonce);
    assert_eq!(sign, cnx_sign("account.withdraw", "1700000000006", SECRET));
    assert_eq!(
        body_text(&req),
        format!(
            r#"{{"jsonrpc":"2.0","method":"account.withdraw","params":{{"key":"cnx-key-0001","sign":"{sign}","nonce":1700000000006,"from_hash":"Gh7tmu4234fsdfnweLLdisb8xMaxGyWCv7ui","to_hash":"GgDEpsfEWrsdfse343MkdmcKv5C4axYR87","amount":"5"}},"id":1700000000006}}"#
        )
    );
}

#[test]
fn convert_uses_the_documented_params() {
    let nonce = NOW + 7;
    let params: ConvertParams = serde_json::from_value(json!({
        "amount": "1",
        "from_currency": "cnx",
        "to_currency": "btc",
    }))
    .expect("params");
    let req = sign(SECRET, params, nonce);
    let sign = assert_signed(&req, SECRET, "currency.convert", nonce);
    assert_eq!(
        body_text(&req),
        format!(
            r#"{{"jsonrpc":"2.0","method":"currency.convert","params":{{"key":"cnx-key-0001","sign":"{sign}","nonce":1700000000007,"amount":"1","from_currency":"cnx","to_currency":"btc"}},"id":1700000000007}}"#
        )
    );
}
