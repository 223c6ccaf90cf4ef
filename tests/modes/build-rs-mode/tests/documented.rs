//! ViaBTC's documented GET example: `coin=BTC&amount=1.0&tonce=1513746038205` signed with the
//! document's sample secret gives 4a1c9e4c….

use example_build_rs_mode::viabtc;
use venue_runtime as rt;

#[test]
fn viabtc_documented_get_signature() {
    let signer = viabtc::Signer::new(
        viabtc::Credentials::from_json(&rt::serde_json::json!({
            "api_key": "16289e05354c3c3814b8f3045950395f",
            "secret": "d186ababcb0eb1f6af5c1519424f462b84c631f86c06309992ae1f15604668b0",
        }))
        .unwrap(),
    )
    .unwrap();
    let base = rt::BaseUrl::parse(viabtc::PRODUCTION_URL).unwrap();
    let parts = rt::Parts::raw(
        &base,
        &viabtc::ENCODING,
        rt::Method::Get,
        "/res/openapi/v1/hashrate?coin=BTC&amount=1.0&tonce=1513746038205",
        "",
        "",
    );
    let stamp = rt::Stamp {
        now_ms: 1513746038205,
        nonce: 1,
        random: 0,
    };
    let request = signer
        .sign_parts(viabtc::Scheme::Signed, parts, &stamp, &mut rt::Trace::off())
        .unwrap();
    assert_eq!(
        request.header("X-SIGNATURE"),
        Some("4a1c9e4c73629b62fd999cbbcd2bc8b87a07f1791ae61ba576427f820dd3bc59")
    );
    assert_eq!(
        request.header("X-API-KEY"),
        Some("16289e05354c3c3814b8f3045950395f")
    );
}
