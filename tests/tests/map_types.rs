//! Map types in specs (`{T}`: objects keyed by asset or order id) decode into `BTreeMap`s.

use venue_runtime as rt;

/// Map types (`{decimal}`, `{OrderInfo}`) decode objects keyed by asset or order id.
#[test]
fn map_typed_responses_decode() {
    let balances: std::collections::BTreeMap<String, rt::Decimal> =
        rt::serde_json::from_str(r#"{"ZUSD":"171288.6158","XXBT":"1011.19"}"#).unwrap();
    assert_eq!(balances["XXBT"].as_str(), "1011.19");
    let open: venue_client::kraken::OpenOrders =
        rt::serde_json::from_str(r#"{"open":{}}"#).unwrap();
    assert!(open.open.is_empty());
}
