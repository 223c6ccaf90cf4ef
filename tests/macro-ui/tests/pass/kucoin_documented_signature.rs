// KuCoin API docs' signature example: secret f03a5284-…, pre-hash
// 1547015186532POST/api/v1/deposit-addresses{"currency":"BTC"} → 7QP/oM0y….
venue_macros::venue!("${VENUE_WORKSPACE}/specs/kucoin.yaml");

use venue_runtime as rt;

fn main() {
    let signer = kucoin::Signer::new(kucoin::Credentials {
        api_key: "key".into(),
        secret: "f03a5284-5c39-4aaa-9b20-dea10bdcf8e3".into(),
        passphrase: "pass".into(),
    })
    .unwrap();
    let base = rt::BaseUrl::parse(kucoin::PRODUCTION_URL).unwrap();
    let parts = rt::Parts::raw(&base, &kucoin::ENCODING, rt::Method::Post, "/api/v1/deposit-addresses", r#"{"currency":"BTC"}"#, "");
    let stamp = rt::Stamp { now_ms: 1547015186532, nonce: 1, random: 0 };
    let request = signer.sign_parts(kucoin::Scheme::Signed, parts, &stamp, &mut rt::Trace::off()).unwrap();
    assert_eq!(request.header("KC-API-SIGN"), Some("7QP/oM0ykidMdrfNEUmng8eZjg/ZvPafjIqmxiVfYu4="));
}
