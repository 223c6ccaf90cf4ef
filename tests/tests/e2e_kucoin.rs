//! KuCoin end to end: the generated `venue_client::kucoin::Client` against the hand-written
//! loopback simulator (`venue_tests::sim::kucoin`).
//!
//! Expected response values are the documented examples (shared/seeds/endpoints.md §2) that
//! the simulator serves; expected signatures are the seed 001 reference code's output
//! (tests/reference/seeds.json, cases `kucoin-*`), never the generator's.

mod common;

use base64::Engine as _;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use venue_client::kucoin::{
    AccountType, CancelAllOrdersParams, CancelOrderByClientOidParams, CancelOrderParams, Client,
    Credentials, GetOrderByClientOidParams, GetOrderParams, ListAccountsParams, ListOrdersParams,
    ListOrdersStatus, Order, OrderType, PlaceOrderParams, PlaceOrderStp, PlaceOrderTimeInForce,
    PlaceOrderType, Side, TradeType,
};
use venue_runtime::{Decimal, Error, SecretString};
use venue_tests::sim::kucoin::{self, Config, EXAMPLE_ORDER_ID, WINDOW_MS};
use venue_tests::sim::{Failure, Recorded, Sim};

use common::{
    NOW, expect_html_502, expect_rate_limited, expect_truncated, expect_venue, fixed, header,
};

// The reference credentials of tests/reference/seeds.json (cases kucoin-a … kucoin-d).
const REF_KEY: &str = "kc-key-0001";
const REF_SECRET: &str = "kc-secret-0001";
const REF_PASSPHRASE: &str = "kc-pass-0001";
/// base64(HMAC-SHA256("kc-secret-0001", "kc-pass-0001")), `passphrase_derived` in seeds.json.
const REF_PASSPHRASE_SIGNED: &str = "Lgo9CAyI2i+gHZwyQ7tDxFm8Dgl4v30rGJ7xBvlcJoQ=";

fn credentials(key: &str, secret: &str, passphrase: &str) -> Credentials {
    Credentials {
        api_key: SecretString::from(key),
        secret: SecretString::from(secret),
        passphrase: SecretString::from(passphrase),
    }
}

/// A simulator that knows the reference credentials, its clock pinned at `now_ms`.
async fn reference_sim(now_ms: u64) -> Sim {
    let mut config = Config::new(REF_KEY, REF_SECRET, REF_PASSPHRASE);
    config.now_ms = Some(now_ms);
    kucoin::spawn(config).await
}

/// A client with the reference credentials, its clock pinned at `now_ms`.
fn reference_client(sim: &Sim, now_ms: u64) -> Client {
    Client::with_base_url(
        credentials(REF_KEY, REF_SECRET, REF_PASSPHRASE),
        &sim.base_url(),
    )
    .expect("client for the simulator")
    .with_clock(fixed(now_ms))
}

/// A simulator with the default (documented sample) credentials and a client holding them,
/// both clocks pinned at [`NOW`].
async fn default_pair() -> (Sim, Client) {
    let config = Config {
        now_ms: Some(NOW),
        ..Config::default()
    };
    let sim = kucoin::spawn(config.clone()).await;
    let client = Client::with_base_url(
        credentials(&config.api_key, &config.api_secret, &config.api_passphrase),
        &sim.base_url(),
    )
    .expect("client for the simulator")
    .with_clock(fixed(NOW));
    (sim, client)
}

fn dec(text: &str) -> Decimal {
    text.parse().expect("a valid decimal")
}

/// Recomputes KC-API-SIGN over the request exactly as the simulator received it.
fn resign(secret: &str, req: &Recorded) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(header(req, "KC-API-TIMESTAMP").as_bytes());
    mac.update(req.method.as_bytes());
    mac.update(req.target().as_bytes());
    mac.update(&req.body);
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

fn last(sim: &Sim) -> Recorded {
    sim.last_request()
        .expect("the simulator received a request")
}

/// The documented `GET /api/v1/orders` item (endpoints.md §2), field by field.
fn assert_example_order(order: &Order, id: &str, client_oid: &str, is_active: bool) {
    assert_eq!(order.id, id);
    assert_eq!(order.symbol, "BTC-USDT");
    assert_eq!(order.op_type.as_deref(), Some("DEAL"));
    assert_eq!(order.r#type, "limit");
    assert_eq!(order.side, Side::Buy);
    assert_eq!(order.price, dec("10"));
    assert_eq!(order.size, dec("2"));
    assert_eq!(order.funds, dec("0"));
    assert_eq!(order.deal_funds, dec("0.166"));
    assert_eq!(order.deal_size, dec("2"));
    assert_eq!(order.fee, dec("0"));
    assert_eq!(order.fee_currency, "USDT");
    assert_eq!(order.time_in_force.as_deref(), Some("GTC"));
    assert_eq!(order.client_oid, client_oid);
    assert_eq!(order.is_active, is_active);
    assert_eq!(order.created_at, 1_547_026_471_000);
    assert_eq!(order.trade_type.as_deref(), Some("TRADE"));
}

// ---------------------------------------------------------------------------------------------
// Every endpoint, typed results field by field.

#[tokio::test]
async fn server_time_is_public_and_returns_the_server_clock() {
    // The documented example's server time.
    let (sim, client) = default_pair().await;
    sim.set_now_ms(Some(1_546_837_113_087));
    let time = client.server_time().await.expect("server_time");
    assert_eq!(time, 1_546_837_113_087);

    let req = last(&sim);
    assert_eq!(req.method, "GET");
    assert_eq!(req.target(), "/api/v1/timestamp");
    assert!(req.body.is_empty());
    for name in [
        "KC-API-KEY",
        "KC-API-SIGN",
        "KC-API-TIMESTAMP",
        "KC-API-PASSPHRASE",
        "KC-API-KEY-VERSION",
    ] {
        assert_eq!(req.header(name), None, "public call must not send {name}");
    }
}

#[tokio::test]
async fn list_accounts_matches_reference_signature_and_documented_account() {
    // seeds.json kucoin-a-get-accounts.
    let sim = reference_sim(1_700_000_000_000).await;
    let client = reference_client(&sim, 1_700_000_000_000);
    let accounts = client
        .list_accounts(&ListAccountsParams {
            currency: None,
            r#type: None,
        })
        .await
        .expect("list_accounts");

    assert_eq!(accounts.len(), 1);
    let account = &accounts[0];
    assert_eq!(account.id, "5bd6e9286d99522a52e458de");
    assert_eq!(account.currency, "BTC");
    assert_eq!(account.r#type, AccountType::Main);
    assert_eq!(account.balance, dec("237582.04299"));
    assert_eq!(account.available, dec("237582.032"));
    assert_eq!(account.holds, dec("0.01099"));

    let req = last(&sim);
    assert_eq!(req.method, "GET");
    assert_eq!(req.path, "/api/v1/accounts");
    assert_eq!(req.query, None, "no params, no `?`");
    assert!(req.body.is_empty(), "GET sends no body");
    assert_eq!(header(&req, "KC-API-KEY"), REF_KEY);
    assert_eq!(header(&req, "KC-API-TIMESTAMP"), "1700000000000");
    assert_eq!(
        header(&req, "KC-API-SIGN"),
        "LEhoAuw6sWs6YZTiMC6Smq1vMFMfshMyOoMXa596PnM="
    );
    assert_eq!(header(&req, "KC-API-PASSPHRASE"), REF_PASSPHRASE_SIGNED);
    assert_eq!(header(&req, "KC-API-KEY-VERSION"), "2");
}

#[tokio::test]
async fn list_accounts_filters_go_in_the_signed_query() {
    let (sim, client) = default_pair().await;
    let accounts = client
        .list_accounts(&ListAccountsParams {
            currency: Some("BTC".into()),
            r#type: Some(AccountType::Main),
        })
        .await
        .expect("list_accounts BTC main");
    assert_eq!(accounts.len(), 1);
    assert_eq!(accounts[0].id, "5bd6e9286d99522a52e458de");
    assert_eq!(accounts[0].currency, "BTC");
    assert_eq!(accounts[0].r#type, AccountType::Main);
    assert_eq!(accounts[0].balance, dec("237582.04299"));
    assert_eq!(accounts[0].available, dec("237582.032"));
    assert_eq!(accounts[0].holds, dec("0.01099"));
    let req = last(&sim);
    assert_eq!(req.query.as_deref(), Some("currency=BTC&type=main"));
    assert_eq!(
        header(&req, "KC-API-SIGN"),
        resign(&Config::default().api_secret, &req)
    );

    // A filter that matches nothing: an empty list, still a success.
    let none = client
        .list_accounts(&ListAccountsParams {
            currency: Some("ETH".into()),
            r#type: Some(AccountType::Trade),
        })
        .await
        .expect("list_accounts ETH trade");
    assert!(none.is_empty(), "{none:?}");
    assert_eq!(last(&sim).query.as_deref(), Some("currency=ETH&type=trade"));
}

#[tokio::test]
async fn list_orders_matches_reference_signature_and_documented_page() {
    // seeds.json kucoin-b-get-active-orders.
    let sim = reference_sim(1_700_000_000_123).await;
    let client = reference_client(&sim, 1_700_000_000_123);
    let page = client
        .list_orders(&ListOrdersParams {
            status: Some(ListOrdersStatus::Active),
            symbol: Some("BTC-USDT".into()),
            side: None,
            r#type: None,
            trade_type: None,
            start_at: None,
            end_at: None,
            current_page: None,
            page_size: None,
        })
        .await
        .expect("list_orders");

    assert_eq!(page.current_page, 1);
    assert_eq!(page.page_size, 1);
    assert_eq!(page.total_num, 153_408);
    assert_eq!(page.total_page, 153_408);
    assert_eq!(page.items.len(), 1);
    assert_example_order(&page.items[0], "5c35c02703aa673ceec2a168", "", false);

    let req = last(&sim);
    assert_eq!(req.method, "GET");
    assert_eq!(req.path, "/api/v1/orders");
    assert_eq!(req.query.as_deref(), Some("status=active&symbol=BTC-USDT"));
    assert!(req.body.is_empty());
    assert_eq!(header(&req, "KC-API-TIMESTAMP"), "1700000000123");
    assert_eq!(
        header(&req, "KC-API-SIGN"),
        "U8W3xY9MuA97yVdost6OQJLAiQqmRU8obB1b+hqaI2k="
    );
    assert_eq!(header(&req, "KC-API-PASSPHRASE"), REF_PASSPHRASE_SIGNED);
}

#[tokio::test]
async fn list_orders_with_every_filter() {
    let (sim, client) = default_pair().await;
    let page = client
        .list_orders(&ListOrdersParams {
            status: Some(ListOrdersStatus::Done),
            symbol: Some("BTC-USDT".into()),
            side: Some(Side::Sell),
            r#type: Some(OrderType::LimitStop),
            trade_type: Some(TradeType::MarginTrade),
            start_at: Some(1_546_837_113_087),
            end_at: Some(1_547_026_471_000),
            current_page: Some(2),
            page_size: Some(10),
        })
        .await
        .expect("list_orders with filters");
    assert_eq!(page.total_num, 153_408);
    assert_eq!(page.items.len(), 1);
    assert_example_order(&page.items[0], "5c35c02703aa673ceec2a168", "", false);

    let req = last(&sim);
    // Declared order, as the venue reads it; the signature covers exactly this text.
    assert_eq!(
        req.query.as_deref(),
        Some(
            "status=done&symbol=BTC-USDT&side=sell&type=limit_stop&tradeType=MARGIN_TRADE\
             &startAt=1546837113087&endAt=1547026471000&currentPage=2&pageSize=10"
        )
    );
    assert_eq!(
        header(&req, "KC-API-SIGN"),
        resign(&Config::default().api_secret, &req)
    );
}

#[tokio::test]
async fn query_values_needing_escapes_are_signed_decoded() {
    // The simulator, like KuCoin, checks the signature over the URL-decoded query, so a client
    // that signs the escaped text it sends fails authentication here.
    let (sim, client) = default_pair().await;
    let page = client
        .list_orders(&ListOrdersParams {
            status: None,
            symbol: Some("BTC USDT&x=1/é".into()),
            side: None,
            r#type: None,
            trade_type: None,
            start_at: None,
            end_at: None,
            current_page: None,
            page_size: None,
        })
        .await
        .expect("an escaped query value still authenticates");
    assert_eq!(page.items.len(), 1);
    let req = last(&sim);
    assert_eq!(
        req.query_param("symbol").as_deref(),
        Some("BTC USDT&x=1/é"),
        "the value round-trips"
    );
    assert_eq!(
        req.query_pairs().len(),
        1,
        "`&` inside the value is escaped"
    );
    assert_eq!(
        req.query.as_deref(),
        Some("symbol=BTC%20USDT%26x%3D1%2F%C3%A9"),
        "RFC 3986 escaping"
    );
}

#[tokio::test]
async fn place_order_matches_reference_body_and_signature() {
    // seeds.json kucoin-c-post-order.
    let sim = reference_sim(1_700_000_000_456).await;
    let client = reference_client(&sim, 1_700_000_000_456);
    let placed = client
        .place_order(&PlaceOrderParams {
            client_oid: "c-1".into(),
            side: Side::Buy,
            symbol: "BTC-USDT".into(),
            r#type: Some(PlaceOrderType::Limit),
            remark: None,
            stp: None,
            trade_type: None,
            price: Some(dec("10")),
            size: Some(dec("2")),
            funds: None,
            time_in_force: None,
            cancel_after: None,
            post_only: None,
            hidden: None,
            iceberg: None,
            visible_size: None,
        })
        .await
        .expect("place_order");
    assert_eq!(placed.order_id, "5bd6e9286d99522a52e458de");

    let req = last(&sim);
    assert_eq!(req.method, "POST");
    assert_eq!(req.path, "/api/v1/orders");
    assert_eq!(req.query, None);
    assert_eq!(
        req.body_text(),
        r#"{"clientOid":"c-1","side":"buy","symbol":"BTC-USDT","type":"limit","price":"10","size":"2"}"#
    );
    assert_eq!(
        req.header("content-type").map(str::to_ascii_lowercase),
        Some("application/json".into())
    );
    assert_eq!(header(&req, "KC-API-TIMESTAMP"), "1700000000456");
    assert_eq!(
        header(&req, "KC-API-SIGN"),
        "ciKymHe9CGhi9blYON6TaxyoCBS8KooBpL69H9qXc3g="
    );
    assert_eq!(header(&req, "KC-API-PASSPHRASE"), REF_PASSPHRASE_SIGNED);
    assert_eq!(header(&req, "KC-API-KEY-VERSION"), "2");
}

#[tokio::test]
async fn place_order_with_every_field() {
    let (sim, client) = default_pair().await;
    let placed = client
        .place_order(&PlaceOrderParams {
            client_oid: "5c52e11203aa677f33e493fb".into(),
            side: Side::Sell,
            symbol: "ETH-BTC".into(),
            r#type: Some(PlaceOrderType::Limit),
            remark: Some("e2e \"quoted\" remark".into()),
            stp: Some(PlaceOrderStp::Co),
            trade_type: Some(TradeType::Trade),
            price: Some(dec("0.03125")),
            size: Some(dec("1.5")),
            funds: None,
            time_in_force: Some(PlaceOrderTimeInForce::Gtt),
            cancel_after: Some(3600),
            post_only: Some(true),
            hidden: Some(false),
            iceberg: Some(false),
            visible_size: Some(dec("0.5")),
        })
        .await
        .expect("place_order with every field");
    assert_eq!(placed.order_id, EXAMPLE_ORDER_ID);

    let req = last(&sim);
    // Compact JSON in declared order: strings quoted and escaped, decimals as the exact text
    // given (strings, as KuCoin sends numbers), integers and booleans bare.
    assert_eq!(
        req.body_text(),
        concat!(
            r#"{"clientOid":"5c52e11203aa677f33e493fb","side":"sell","symbol":"ETH-BTC","#,
            r#""type":"limit","remark":"e2e \"quoted\" remark","stp":"CO","tradeType":"TRADE","#,
            r#""price":"0.03125","size":"1.5","timeInForce":"GTT","cancelAfter":3600,"#,
            r#""postOnly":true,"hidden":false,"iceberg":false,"visibleSize":"0.5"}"#
        )
    );
    assert_eq!(
        header(&req, "KC-API-SIGN"),
        resign(&Config::default().api_secret, &req)
    );
}

#[tokio::test]
async fn place_market_order_with_funds() {
    let (sim, client) = default_pair().await;
    let placed = client
        .place_order(&PlaceOrderParams {
            client_oid: "mkt_1".into(),
            side: Side::Buy,
            symbol: "BTC-USDT".into(),
            r#type: Some(PlaceOrderType::Market),
            remark: None,
            stp: None,
            trade_type: None,
            price: None,
            size: None,
            funds: Some(dec("100.25")),
            time_in_force: None,
            cancel_after: None,
            post_only: None,
            hidden: None,
            iceberg: None,
            visible_size: None,
        })
        .await
        .expect("market order by funds");
    assert_eq!(placed.order_id, EXAMPLE_ORDER_ID);
    assert_eq!(
        last(&sim).body_text(),
        r#"{"clientOid":"mkt_1","side":"buy","symbol":"BTC-USDT","type":"market","funds":"100.25"}"#
    );
}

#[tokio::test]
async fn get_order_returns_the_documented_order() {
    let (sim, client) = default_pair().await;
    let order = client
        .get_order(&GetOrderParams {
            order_id: "5c35c02703aa673ceec2a168".into(),
        })
        .await
        .expect("get_order");
    assert_example_order(&order, "5c35c02703aa673ceec2a168", "", false);

    let req = last(&sim);
    assert_eq!(req.method, "GET");
    assert_eq!(req.target(), "/api/v1/orders/5c35c02703aa673ceec2a168");
    assert!(req.body.is_empty());
    assert_eq!(
        header(&req, "KC-API-SIGN"),
        resign(&Config::default().api_secret, &req)
    );
}

#[tokio::test]
async fn path_parameters_are_escaped_and_signed_as_sent() {
    let (sim, client) = default_pair().await;
    // `/` and space must not split or break the path; the signature covers the escaped form.
    let order = client
        .get_order(&GetOrderParams {
            order_id: "a/b c".into(),
        })
        .await
        .expect("an escaped path segment still authenticates");
    let req = last(&sim);
    assert_eq!(req.path, "/api/v1/orders/a%2Fb%20c");
    // The simulator echoes the raw segment it routed on.
    assert_eq!(order.id, "a%2Fb%20c");
    assert_eq!(
        header(&req, "KC-API-SIGN"),
        resign(&Config::default().api_secret, &req)
    );
}

#[tokio::test]
async fn cancel_order_matches_reference_signature() {
    // seeds.json kucoin-d-delete-order.
    let sim = reference_sim(1_700_000_000_789).await;
    let client = reference_client(&sim, 1_700_000_000_789);
    let cancelled = client
        .cancel_order(&CancelOrderParams {
            order_id: "5bd6e9286d99522a52e458de".into(),
        })
        .await
        .expect("cancel_order");
    // The documented example: {"cancelledOrderIds":["5bd6e9286d99522a52e458de"]}.
    assert_eq!(cancelled.cancelled_order_ids, ["5bd6e9286d99522a52e458de"]);

    let req = last(&sim);
    assert_eq!(req.method, "DELETE");
    assert_eq!(req.target(), "/api/v1/orders/5bd6e9286d99522a52e458de");
    assert!(req.body.is_empty(), "DELETE sends no body");
    assert_eq!(header(&req, "KC-API-TIMESTAMP"), "1700000000789");
    assert_eq!(
        header(&req, "KC-API-SIGN"),
        "DtliJGC6x68robXf7u0aKB4uUFspfNnqW59HBAuVDOA="
    );
    assert_eq!(header(&req, "KC-API-PASSPHRASE"), REF_PASSPHRASE_SIGNED);
}

#[tokio::test]
async fn get_order_by_client_oid() {
    let (sim, client) = default_pair().await;
    let order = client
        .get_order_by_client_oid(&GetOrderByClientOidParams {
            client_oid: "my-oid_7".into(),
        })
        .await
        .expect("get_order_by_client_oid");
    // The documented item, as the active order with that clientOid.
    assert_example_order(&order, "5c35c02703aa673ceec2a168", "my-oid_7", true);

    let req = last(&sim);
    assert_eq!(req.method, "GET");
    assert_eq!(req.target(), "/api/v1/order/client-order/my-oid_7");
    assert_eq!(
        header(&req, "KC-API-SIGN"),
        resign(&Config::default().api_secret, &req)
    );
}

#[tokio::test]
async fn cancel_order_by_client_oid() {
    let (sim, client) = default_pair().await;
    let cancelled = client
        .cancel_order_by_client_oid(&CancelOrderByClientOidParams {
            client_oid: "my-oid_7".into(),
        })
        .await
        .expect("cancel_order_by_client_oid");
    assert_eq!(cancelled.cancelled_order_id, EXAMPLE_ORDER_ID);
    assert_eq!(cancelled.client_oid, "my-oid_7");

    let req = last(&sim);
    assert_eq!(req.method, "DELETE");
    assert_eq!(req.target(), "/api/v1/order/client-order/my-oid_7");
    assert!(req.body.is_empty());
    assert_eq!(
        header(&req, "KC-API-SIGN"),
        resign(&Config::default().api_secret, &req)
    );
}

#[tokio::test]
async fn cancel_all_orders() {
    let (sim, client) = default_pair().await;
    let cancelled = client
        .cancel_all_orders(&CancelAllOrdersParams {
            symbol: Some("BTC-USDT".into()),
            trade_type: Some(TradeType::Trade),
        })
        .await
        .expect("cancel_all_orders");
    assert_eq!(cancelled.cancelled_order_ids, [EXAMPLE_ORDER_ID]);

    let req = last(&sim);
    assert_eq!(req.method, "DELETE");
    assert_eq!(req.path, "/api/v1/orders");
    assert_eq!(
        req.query.as_deref(),
        Some("symbol=BTC-USDT&tradeType=TRADE")
    );
    assert!(req.body.is_empty());
    assert_eq!(
        header(&req, "KC-API-SIGN"),
        resign(&Config::default().api_secret, &req)
    );

    // No filters: no query string at all.
    client
        .cancel_all_orders(&CancelAllOrdersParams {
            symbol: None,
            trade_type: None,
        })
        .await
        .expect("cancel_all_orders without filters");
    assert_eq!(last(&sim).target(), "/api/v1/orders");
}

// ---------------------------------------------------------------------------------------------
// Failures, each with its typed error.

#[tokio::test]
async fn wrong_secret_is_invalid_sign() {
    let config = Config {
        now_ms: Some(NOW),
        ..Config::default()
    };
    let sim = kucoin::spawn(config.clone()).await;
    let client = Client::with_base_url(
        credentials(&config.api_key, "not-the-secret", &config.api_passphrase),
        &sim.base_url(),
    )
    .expect("client")
    .with_clock(fixed(NOW));
    let err = client
        .list_accounts(&ListAccountsParams {
            currency: None,
            r#type: None,
        })
        .await
        .expect_err("a wrong secret must fail");
    let message = expect_venue(err, 401, "400005");
    assert_eq!(message, "Invalid KC-API-SIGN");
    assert_eq!(sim.request_count(), 1, "no retry");
}

#[tokio::test]
async fn wrong_key_is_key_not_exists() {
    let config = Config {
        now_ms: Some(NOW),
        ..Config::default()
    };
    let sim = kucoin::spawn(config.clone()).await;
    let client = Client::with_base_url(
        credentials(
            "5c2db93503aa674c74a31742",
            &config.api_secret,
            &config.api_passphrase,
        ),
        &sim.base_url(),
    )
    .expect("client")
    .with_clock(fixed(NOW));
    let err = client
        .list_accounts(&ListAccountsParams {
            currency: None,
            r#type: None,
        })
        .await
        .expect_err("an unknown key must fail");
    assert_eq!(expect_venue(err, 401, "400003"), "KC-API-KEY not exists");
}

#[tokio::test]
async fn wrong_passphrase_is_passphrase_error() {
    let config = Config {
        now_ms: Some(NOW),
        ..Config::default()
    };
    let sim = kucoin::spawn(config.clone()).await;
    let client = Client::with_base_url(
        credentials(&config.api_key, &config.api_secret, "not-the-passphrase"),
        &sim.base_url(),
    )
    .expect("client")
    .with_clock(fixed(NOW));
    let err = client
        .cancel_order(&CancelOrderParams {
            order_id: EXAMPLE_ORDER_ID.into(),
        })
        .await
        .expect_err("a wrong passphrase must fail");
    assert_eq!(
        expect_venue(err, 401, "400004"),
        "Invalid KC-API-PASSPHRASE"
    );
}

#[tokio::test]
async fn client_clock_behind_the_window_is_invalid_timestamp() {
    let (sim, _) = default_pair().await;
    let cfg = Config::default();
    let client = Client::with_base_url(
        credentials(&cfg.api_key, &cfg.api_secret, &cfg.api_passphrase),
        &sim.base_url(),
    )
    .expect("client")
    .with_clock(fixed(NOW - WINDOW_MS - 1));
    let err = client
        .list_accounts(&ListAccountsParams {
            currency: None,
            r#type: None,
        })
        .await
        .expect_err("a clock 5.001 s behind must fail");
    let message = expect_venue(err, 400, "400002");
    assert!(message.starts_with("Invalid KC-API-TIMESTAMP"), "{message}");
    assert_eq!(
        header(&last(&sim), "KC-API-TIMESTAMP"),
        (NOW - WINDOW_MS - 1).to_string(),
        "the client sent its own (pinned) clock"
    );
}

#[tokio::test]
async fn client_clock_ahead_of_the_window_is_invalid_timestamp() {
    let (sim, _) = default_pair().await;
    let cfg = Config::default();
    let client = Client::with_base_url(
        credentials(&cfg.api_key, &cfg.api_secret, &cfg.api_passphrase),
        &sim.base_url(),
    )
    .expect("client")
    .with_clock(fixed(NOW + WINDOW_MS + 1));
    let err = client
        .place_order(&PlaceOrderParams {
            client_oid: "c-1".into(),
            side: Side::Buy,
            symbol: "BTC-USDT".into(),
            r#type: None,
            remark: None,
            stp: None,
            trade_type: None,
            price: Some(dec("10")),
            size: Some(dec("2")),
            funds: None,
            time_in_force: None,
            cancel_after: None,
            post_only: None,
            hidden: None,
            iceberg: None,
            visible_size: None,
        })
        .await
        .expect_err("a clock 5.001 s ahead must fail");
    expect_venue(err, 400, "400002");
}

#[tokio::test]
async fn client_clock_at_the_edge_of_the_window_is_accepted() {
    let (sim, _) = default_pair().await;
    let cfg = Config::default();
    for skew in [NOW - WINDOW_MS, NOW + WINDOW_MS] {
        let client = Client::with_base_url(
            credentials(&cfg.api_key, &cfg.api_secret, &cfg.api_passphrase),
            &sim.base_url(),
        )
        .expect("client")
        .with_clock(fixed(skew));
        let accounts = client
            .list_accounts(&ListAccountsParams {
                currency: None,
                r#type: None,
            })
            .await
            .expect("exactly 5 s off is still inside the window");
        assert_eq!(accounts.len(), 1);
    }
}

#[tokio::test]
async fn server_clock_moved_away_from_a_pinned_client_clock() {
    // The same pinned client: fine at first, rejected once the server clock moves on by more
    // than the window (a stuck client clock), accepted again when the server is back.
    let (sim, client) = default_pair().await;
    let params = ListAccountsParams {
        currency: None,
        r#type: None,
    };
    client.list_accounts(&params).await.expect("in sync");
    sim.set_now_ms(Some(NOW + 60_000));
    let err = client
        .list_accounts(&params)
        .await
        .expect_err("a minute off");
    expect_venue(err, 400, "400002");
    sim.set_now_ms(Some(NOW + 1));
    client.list_accounts(&params).await.expect("back in sync");
}

#[tokio::test]
async fn venue_error_with_http_200_is_a_venue_error() {
    // KuCoin can report a parameter error (400100) with HTTP 200: the client must read `code`,
    // not just the status. A market order with both size and funds is such an error.
    let (_sim, client) = default_pair().await;
    let err = client
        .place_order(&PlaceOrderParams {
            client_oid: "mkt_2".into(),
            side: Side::Buy,
            symbol: "BTC-USDT".into(),
            r#type: Some(PlaceOrderType::Market),
            remark: None,
            stp: None,
            trade_type: None,
            price: None,
            size: Some(dec("1")),
            funds: Some(dec("100")),
            time_in_force: None,
            cancel_after: None,
            post_only: None,
            hidden: None,
            iceberg: None,
            visible_size: None,
        })
        .await
        .expect_err("code 400100 is an error even with HTTP 200");
    assert_eq!(
        expect_venue(err, 200, "400100"),
        "market orders need exactly one of size or funds"
    );
}

#[tokio::test]
async fn html_502_page_is_a_status_error() {
    let (sim, client) = default_pair().await;
    sim.set_failure(Some(Failure::Html502));
    let err = client
        .list_accounts(&ListAccountsParams {
            currency: None,
            r#type: None,
        })
        .await
        .expect_err("a 502 page must fail");
    expect_html_502(err);
    // The next request goes through.
    client
        .list_accounts(&ListAccountsParams {
            currency: None,
            r#type: None,
        })
        .await
        .expect("after the 502");
}

#[tokio::test]
async fn truncated_body_is_a_decode_error() {
    let (sim, client) = default_pair().await;
    sim.set_failure(Some(Failure::Truncated));
    let err = client
        .list_orders(&ListOrdersParams {
            status: Some(ListOrdersStatus::Active),
            symbol: None,
            side: None,
            r#type: None,
            trade_type: None,
            start_at: None,
            end_at: None,
            current_page: None,
            page_size: None,
        })
        .await
        .expect_err("half a JSON body must fail");
    expect_truncated(err);
}

#[tokio::test]
async fn too_many_requests_is_rate_limited_with_retry_after() {
    let (sim, client) = default_pair().await;
    sim.set_failure(Some(Failure::RateLimited(7)));
    let err = client
        .cancel_all_orders(&CancelAllOrdersParams {
            symbol: Some("BTC-USDT".into()),
            trade_type: None,
        })
        .await
        .expect_err("429 must fail");
    expect_rate_limited(err, 7);
}

#[tokio::test]
async fn public_endpoint_failures_are_typed_too() {
    let (sim, client) = default_pair().await;
    sim.push_failure(Failure::Html502);
    sim.push_failure(Failure::Truncated);
    sim.push_failure(Failure::RateLimited(30));
    expect_html_502(client.server_time().await.expect_err("502"));
    expect_truncated(client.server_time().await.expect_err("truncated"));
    expect_rate_limited(client.server_time().await.expect_err("429"), 30);
    assert_eq!(client.server_time().await.expect("recovered"), NOW as i64);
}

#[tokio::test]
async fn wrongly_typed_field_is_a_decode_error_with_its_path() {
    // A documented field with the wrong JSON type names the path into the body.
    let (sim, client) = default_pair().await;
    sim.set_failure(Some(Failure::Raw {
        status: 200,
        content_type: "application/json".into(),
        body: r#"{"code":"200000","data":[{"id":"x","currency":"BTC","type":"main","balance":"1","available":true,"holds":"0"}]}"#.into(),
    }));
    let err = client
        .list_accounts(&ListAccountsParams {
            currency: None,
            r#type: None,
        })
        .await
        .expect_err("`available: true` is not a decimal");
    match err {
        Error::Decode { path, .. } => assert_eq!(path, "data[0].available"),
        other => panic!("expected Error::Decode, got {other:?}"),
    }
}
