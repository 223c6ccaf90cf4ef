// A recipe that reads one request parameter with `param('symbol')`. Expected signature
// computed by hand:
// python3 -c "import hmac,hashlib;print(hmac.new(b's',b'BTC1000'+b'{\"symbol\":\"BTC\",\"qty\":2,\"echo\":\"BTC\"}',hashlib.sha256).hexdigest())"
venue_macros::venue!("${VENUE_WORKSPACE}/codegen/tests/good/param_demo.yaml");

use venue_runtime as rt;

fn main() {
    let signer = param_demo::Signer::new(param_demo::Credentials { secret: "s".into() }).unwrap();
    let base = rt::BaseUrl::parse(param_demo::PRODUCTION_URL).unwrap();
    let params = param_demo::PlaceParams { symbol: "BTC".into(), qty: Some(2) };
    let stamp = rt::Stamp { now_ms: 1000, nonce: 1, random: 0 };
    let mut trace = rt::Trace::on();
    let request = signer.sign(param_demo::Scheme::Signed, &params, &base, &stamp, &mut trace).unwrap();
    assert_eq!(trace.text("sym"), Some("BTC"));
    assert_eq!(request.body.as_deref(), Some(&br#"{"symbol":"BTC","qty":2,"echo":"BTC"}"#[..]));
    assert_eq!(request.header("X-SIG"), Some("95d424234e0df7405efc1f2fb03a6422fb2d13752dbf31aea67e54a49e1198fa"));
}
