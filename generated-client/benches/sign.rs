//! Signing throughput: building, assembling and signing one request, no network.
//! `cargo bench -p venue-client --bench sign` prints nanoseconds per request.

use std::hint::black_box;
use std::time::Instant;

use venue_client::kucoin;
use venue_runtime as rt;

fn main() {
    let signer = kucoin::Signer::new(kucoin::Credentials {
        api_key: "bench-key".into(),
        secret: "bench-secret".into(),
        passphrase: "bench-pass".into(),
    })
    .expect("credentials");
    let base = rt::BaseUrl::parse(kucoin::PRODUCTION_URL).expect("base URL");
    let params = kucoin::PlaceOrderParams {
        client_oid: "bench-1".into(),
        side: kucoin::Side::Buy,
        symbol: "BTC-USDT".into(),
        r#type: None,
        remark: None,
        stp: None,
        trade_type: None,
        price: Some("10.5".parse().expect("decimal")),
        size: Some("2".parse().expect("decimal")),
        funds: None,
        time_in_force: None,
        cancel_after: None,
        post_only: None,
        hidden: None,
        iceberg: None,
        visible_size: None,
    };
    const N: u64 = 200_000;
    let start = Instant::now();
    for i in 0..N {
        let stamp = rt::Stamp {
            now_ms: 1_700_000_000_000 + i,
            nonce: i,
            random: 0,
        };
        let request = signer
            .sign(
                kucoin::Scheme::Signed,
                &params,
                &base,
                &stamp,
                &mut rt::Trace::off(),
            )
            .expect("signs");
        black_box(request);
    }
    let per = start.elapsed().as_nanos() / u128::from(N);
    println!("kucoin place_order: {per} ns per signed request ({N} requests)");
}
