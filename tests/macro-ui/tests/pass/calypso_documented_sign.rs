// Calypso's worked example: key c529e148…, secret b823a6b9…, body {"timestamp":1} → b16e9d45….
venue_macros::venue!("${VENUE_WORKSPACE}/specs/calypso.yaml");

use venue_runtime as rt;

fn main() {
    let credentials = calypso::Credentials::from_json(&rt::serde_json::json!({
        "api_key": "c529e14832b34b74972365cf7bf02430",
        "secret": "b823a6b9ea72408583cef9ec8d67fa52",
        "account": "acc-1",
    }))
    .unwrap();
    let signer = calypso::Signer::new(credentials).unwrap();
    let base = rt::BaseUrl::parse(calypso::PRODUCTION_URL).unwrap();
    let parts = rt::Parts::raw(&base, &calypso::ENCODING, rt::Method::Post, "/api/v1/account", r#"{"timestamp":1}"#, "");
    let stamp = rt::Stamp { now_ms: 1, nonce: 1, random: 0 };
    let request = signer.sign_parts(calypso::Scheme::Signed, parts, &stamp, &mut rt::Trace::off()).unwrap();
    assert_eq!(
        request.header("Sign"),
        Some("b16e9d45f49f2069becbc4f108b237bee588cfc353fe9501df103e692acbc68d482a10d34c12bea22fedde7e28e1b8e57a6a0a373b0e9a27c5257bd8b36e13b9")
    );
}
