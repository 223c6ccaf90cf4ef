// ViaBTC's POST example signs bytes that are not valid JSON (`tonce` unquoted); its published
// signature 2dd2cc09… matches exactly those bytes.
venue_macros::venue!("${VENUE_WORKSPACE}/specs/viabtc.yaml");

use venue_runtime as rt;

fn main() {
    let credentials = viabtc::Credentials::from_json(&rt::serde_json::json!({
        "api_key": "16289e05354c3c3814b8f3045950395f",
        "secret": "d186ababcb0eb1f6af5c1519424f462b84c631f86c06309992ae1f15604668b0",
    }))
    .unwrap();
    let signer = viabtc::Signer::new(credentials).unwrap();
    let base = rt::BaseUrl::parse(viabtc::PRODUCTION_URL).unwrap();
    let body = r#"{"coin": "BTC", "amount": "1.0", tonce: 1513746038205}"#;
    let parts = rt::Parts::raw(&base, &viabtc::ENCODING, rt::Method::Post, "/res/openapi/v1/hashrate", body, "");
    let stamp = rt::Stamp { now_ms: 1513746038205, nonce: 1, random: 0 };
    let request = signer.sign_parts(viabtc::Scheme::Signed, parts, &stamp, &mut rt::Trace::off()).unwrap();
    assert_eq!(request.header("X-SIGNATURE"), Some("2dd2cc09cb5b11c7f24d457b1c01e46f2f2b17f06a62bf29eda35b5fb45ce354"));
    assert_eq!(request.body.as_deref(), Some(body.as_bytes()));
}
