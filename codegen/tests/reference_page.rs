//! The reference page minijinja renders from a spec: the recipe as written, when each value is
//! computed, and every endpoint.

#[test]
fn kucoin_page_shows_the_recipe_and_endpoints() {
    let spec = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs/kucoin.yaml");
    let page = venue_codegen::render::reference_page(&venue_codegen::load(&spec).unwrap());
    for line in [
        "# KuCoin Spot",
        "| production | `https://api.kucoin.com` |",
        "| `prehash` | `ts ~ method ~ decoded_path_query ~ body` | per request, over the assembled bytes |",
        "| `signed_passphrase` | `base64(hmac_sha256(secret, passphrase))` | once, when the client is built |",
        "- `KC-API-KEY-VERSION` = `'2'`",
        "| `cancel_order` | `DELETE /api/v1/orders/{orderId}` | `signed` | `orderId` (path, string) | `CancelledOrders` |",
    ] {
        assert!(
            page.lines().any(|l| l == line),
            "missing line {line:?} in:\n{page}"
        );
    }
}
