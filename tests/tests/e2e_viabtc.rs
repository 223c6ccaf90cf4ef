//! ViaBTC end to end: the generated `venue_client::viabtc::Client` against the hand-written
//! loopback simulator (`venue_tests::sim::viabtc`, base URL with the `/res/openapi/v1` prefix).
//!
//! Expected response values are the documented examples (shared/seeds/endpoints.md §5 and the
//! Chinese API doc it cites) that the simulator serves; expected signatures are the seed 004
//! recipe's output (tests/reference/seeds.json, cases `viabtc-*`), never the generator's.

mod common;

use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha256;
use venue_client::viabtc::{
    Client, CreateObserverParams, CreateSubAccountAggregateParams, CreateSubAccountParams,
    Credentials, GetGroupParams, GetHashrateChartInterval, GetHashrateChartParams,
    GetHashrateHistoryParams, GetHashrateParams, GetPaymentHistoryParams, GetProfitHistoryParams,
    GetProfitParams, GetWorkerHistoryParams, GetWorkerParams, HashrateDay, ListGroupsParams,
    ListObserversParams, ListSubAccountsParams, ListWorkersParams, Observer,
    SetPaymentAddressParams, SubAccount, SweepWalletParams, WorkerStatus,
};
use venue_runtime::{Decimal, Error, SecretString};
use venue_tests::sim::viabtc::{self, BASE_PATH, Config, TONCE_WINDOW_MS};
use venue_tests::sim::{Failure, Recorded, Sim};

use common::{
    NOW, expect_html_502, expect_rate_limited, expect_truncated, expect_venue, fixed, header,
};

// The reference credentials of tests/reference/seeds.json (cases viabtc-a, viabtc-b).
const REF_KEY: &str = "vb-key-0001";
const REF_SECRET: &str = "vb-secret-0001";

// GET /account/sub, GET /account/observer and GET /wallet/payment/history carry their paging
// fields at the top level of the body, beside `code` (as the ViaBTC doc shows); the spec gives
// those endpoints their own envelope, and the `*_returns_the_documented_page` tests check it.

fn credentials(key: &str, secret: &str) -> Credentials {
    Credentials {
        api_key: SecretString::from(key),
        secret: SecretString::from(secret),
    }
}

async fn sim_at(now_ms: u64) -> Sim {
    let mut config = Config::new(REF_KEY, REF_SECRET);
    config.now_ms = Some(now_ms);
    viabtc::spawn(config).await
}

fn client_at(sim: &Sim, secret: &str, now_ms: u64) -> Client {
    Client::with_base_url(credentials(REF_KEY, secret), &sim.base_url())
        .expect("client for the simulator")
        .with_clock(fixed(now_ms))
}

/// The simulator and a client with the reference credentials, both clocks pinned at [`NOW`].
async fn pair() -> (Sim, Client) {
    let sim = sim_at(NOW).await;
    let client = client_at(&sim, REF_SECRET, NOW);
    (sim, client)
}

fn dec(text: &str) -> Decimal {
    text.parse().expect("a valid decimal")
}

fn last(sim: &Sim) -> Recorded {
    sim.last_request()
        .expect("the simulator received a request")
}

fn path(rest: &str) -> String {
    format!("{BASE_PATH}{rest}")
}

/// Hex HMAC-SHA256 over what the simulator received: the raw query for GET/DELETE, the raw
/// body for POST/PUT.
fn resign(secret: &str, req: &Recorded) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    if matches!(req.method.as_str(), "POST" | "PUT") {
        mac.update(&req.body);
    } else {
        mac.update(req.query.as_deref().unwrap_or("").as_bytes());
    }
    hex::encode(mac.finalize().into_bytes())
}

/// A key-only GET: `X-API-KEY`, no signature, no tonce, no body.
fn assert_key_get(req: &Recorded, rest: &str, query: Option<&str>) {
    assert_eq!(req.method, "GET");
    assert_eq!(req.path, path(rest));
    assert_eq!(req.query.as_deref(), query);
    assert!(req.body.is_empty());
    assert_eq!(header(req, "X-API-KEY"), REF_KEY);
    assert_eq!(
        req.header("X-SIGNATURE"),
        None,
        "key-only calls are not signed"
    );
    assert_eq!(
        req.query_param("tonce"),
        None,
        "key-only calls carry no tonce"
    );
}

/// A signed POST: exact JSON body (ending in the tonce), `X-API-KEY` and `X-SIGNATURE` over it.
fn assert_signed_post(req: &Recorded, rest: &str, body: &str) {
    assert_eq!(req.method, "POST");
    assert_eq!(req.path, path(rest));
    assert_eq!(req.query, None);
    assert_eq!(req.body_text(), body);
    assert_eq!(
        req.header("content-type").map(str::to_ascii_lowercase),
        Some("application/json".into())
    );
    assert_eq!(header(req, "X-API-KEY"), REF_KEY);
    assert_eq!(header(req, "X-SIGNATURE"), resign(REF_SECRET, req));
}

fn sub_account(account: &str, api_key: &str, id: i64) -> SubAccount {
    SubAccount {
        account: account.into(),
        api_key: api_key.into(),
        secret_key: String::new(),
        id,
        create_time: 1_548_242_387,
    }
}

fn observer(id: i64, user_id: i64, name: &str, access_key: &str, create_time: i64) -> Observer {
    Observer {
        id,
        user_id,
        name: name.into(),
        access_key: access_key.into(),
        create_time,
    }
}

fn day(coin: &str, date: &str, hashrate: &str) -> HashrateDay {
    HashrateDay {
        coin: coin.into(),
        date: date.into(),
        hashrate: dec(hashrate),
        reject_rate: dec("0"),
    }
}

// ---------------------------------------------------------------------------------------------
// Account endpoints.

#[tokio::test]
async fn get_account() {
    let (sim, client) = pair().await;
    let info = client.get_account().await.expect("get_account");
    assert_eq!(info.account.id, 45);
    assert_eq!(info.account.parent_user_id, None);
    assert_eq!(info.account.create_time, 1_530_012_667);
    assert_eq!(info.account.account, "test");
    assert_eq!(info.account.email, "test@viabtc.com");
    assert_eq!(info.account.country_code.as_deref(), Some("86"));
    assert_eq!(info.account.mobile.as_deref(), Some("17816354561"));
    assert_eq!(info.account.country.as_deref(), Some("China"));
    assert_eq!(
        info.observer,
        [observer(
            55,
            45,
            "ob1",
            "87920fce6b25bcdc6fb86922b935609e",
            1_548_242_387
        )]
    );
    assert_eq!(info.withdraw_address.len(), 1);
    assert_eq!(info.withdraw_address[0].coin, "BTC");
    assert_eq!(
        info.withdraw_address[0].address,
        "mtRJjPJGVLGs5YDf4VUP5RQXipzHjnjeCe"
    );
    assert_eq!(info.balance.len(), 1);
    assert_eq!(info.balance[0].coin, "BTC");
    assert_eq!(info.balance[0].amount, dec("0.001"));

    assert_key_get(&last(&sim), "/account", None);
}

#[tokio::test]
async fn list_sub_accounts_sends_the_reference_signature() {
    // seeds.json viabtc-a-get-account-sub: the query is just the tonce.
    let (sim, client) = pair().await;
    let result = client
        .list_sub_accounts(&ListSubAccountsParams {
            page: None,
            limit: None,
        })
        .await;
    // Authentication passed (no venue error); the typed page is checked by
    // `list_sub_accounts_returns_the_documented_page` (ignored, see the note at the top).
    assert!(
        !matches!(result, Err(Error::Venue { .. })),
        "the simulator rejected the request: {result:?}"
    );

    let req = last(&sim);
    assert_eq!(req.method, "GET");
    assert_eq!(req.path, path("/account/sub"));
    assert_eq!(req.query.as_deref(), Some("tonce=1700000000000"));
    assert!(req.body.is_empty());
    assert_eq!(header(&req, "X-API-KEY"), REF_KEY);
    assert_eq!(
        header(&req, "X-SIGNATURE"),
        "a6decbbe8390ae2e4108d77337bdfe9d3860d48e652aa24943ddf0eb712d7cd1"
    );
}

#[tokio::test]
async fn list_sub_accounts_signs_paging_params_with_the_tonce_last() {
    let (sim, client) = pair().await;
    let result = client
        .list_sub_accounts(&ListSubAccountsParams {
            page: Some(2),
            limit: Some(10),
        })
        .await;
    assert!(
        !matches!(result, Err(Error::Venue { .. })),
        "the simulator rejected the request: {result:?}"
    );
    let req = last(&sim);
    assert_eq!(
        req.query.as_deref(),
        Some("page=2&limit=10&tonce=1700000000000")
    );
    assert_eq!(header(&req, "X-SIGNATURE"), resign(REF_SECRET, &req));
}

#[tokio::test]
async fn list_sub_accounts_returns_the_documented_page() {
    let (_sim, client) = pair().await;
    let page = client
        .list_sub_accounts(&ListSubAccountsParams {
            page: None,
            limit: None,
        })
        .await
        .expect("list_sub_accounts");
    assert_eq!(page.count, 2);
    assert_eq!(page.curr_page, 1);
    assert!(!page.has_next);
    assert_eq!(page.total, 2);
    assert_eq!(page.total_page, 1);
    assert_eq!(
        page.data,
        [
            sub_account("sub1", "87920fce6b25bcdc6fb86922b935609e", 55),
            sub_account("sub2", "68ceca48bb090d9d71392fc38b9c96b9", 122),
        ]
    );
}

#[tokio::test]
async fn create_sub_account() {
    let (sim, client) = pair().await;
    let created = client
        .create_sub_account(&CreateSubAccountParams {
            account: "sub1".into(),
        })
        .await
        .expect("create_sub_account");
    assert_eq!(
        created,
        sub_account("sub1", "87920fce6b25bcdc6fb86922b935609e", 55)
    );
    assert_signed_post(
        &last(&sim),
        "/account/sub",
        r#"{"account":"sub1","tonce":1700000000000}"#,
    );
}

#[tokio::test]
async fn list_observers_is_key_only() {
    let (sim, client) = pair().await;
    let result = client
        .list_observers(&ListObserversParams {
            page: Some(1),
            limit: Some(2),
        })
        .await;
    assert!(
        !matches!(result, Err(Error::Venue { .. })),
        "the simulator rejected the request: {result:?}"
    );
    assert_key_get(&last(&sim), "/account/observer", Some("page=1&limit=2"));
}

#[tokio::test]
async fn list_observers_returns_the_documented_page() {
    let (_sim, client) = pair().await;
    let page = client
        .list_observers(&ListObserversParams {
            page: None,
            limit: None,
        })
        .await
        .expect("list_observers");
    assert_eq!(page.count, 2);
    assert_eq!(page.curr_page, 1);
    assert!(!page.has_next);
    assert_eq!(page.total, 2);
    assert_eq!(page.total_page, 1);
    assert_eq!(
        page.data,
        [
            observer(
                55,
                23,
                "ob1",
                "87920fce6b25bcdc6fb86922b935609e",
                1_548_242_387
            ),
            observer(
                56,
                23,
                "ob2",
                "c5620fcf4b25bcdc6f568923b9306e87",
                1_548_242_388
            ),
        ]
    );
}

#[tokio::test]
async fn create_observer() {
    let (sim, client) = pair().await;
    let created = client
        .create_observer(&CreateObserverParams { name: "ob1".into() })
        .await
        .expect("create_observer");
    assert_eq!(
        created,
        observer(
            55,
            23,
            "ob1",
            "87920fce6b25bcdc6fb86922b935609e",
            1_548_242_387
        )
    );
    assert_signed_post(
        &last(&sim),
        "/account/observer",
        r#"{"name":"ob1","tonce":1700000000000}"#,
    );
}

#[tokio::test]
async fn create_sub_account_aggregate() {
    let (sim, client) = pair().await;
    // `json!` builds a sorted map (serde_json without `preserve_order`), so the array's objects
    // go out with their keys sorted; the signature covers exactly those bytes.
    let created = client
        .create_sub_account_aggregate(&CreateSubAccountAggregateParams {
            account: "sub1".into(),
            observer_name: "ob1".into(),
            withdraw_address: Some(json!([
                { "coin": "BTC", "address": "mtRJjPJGVLGs5YDf4VUP5RQXipzHjnjeCe" }
            ])),
        })
        .await
        .expect("create_sub_account_aggregate");
    assert_eq!(
        created.account,
        sub_account("sub1", "87920fce6b25bcdc6fb86922b935609e", 55)
    );
    assert_eq!(
        created.observer,
        observer(
            67,
            55,
            "ob1",
            "87920fce6b25bcdc6fb86922b935609e",
            1_548_242_387
        )
    );
    assert_eq!(created.withdraw_address.len(), 1);
    assert_eq!(created.withdraw_address[0].coin, "BTC");
    assert_eq!(
        created.withdraw_address[0].address,
        "mtRJjPJGVLGs5YDf4VUP5RQXipzHjnjeCe"
    );
    assert_signed_post(
        &last(&sim),
        "/account/sub/aggregate",
        concat!(
            r#"{"account":"sub1","observer_name":"ob1","#,
            r#""withdraw_address":[{"coin":"BTC","address":"mtRJjPJGVLGs5YDf4VUP5RQXipzHjnjeCe"}],"#,
            r#""tonce":1700000000000}"#
        ),
    );
}

// ---------------------------------------------------------------------------------------------
// Hashrate endpoints (key only).

#[tokio::test]
async fn get_hashrate() {
    let (sim, client) = pair().await;
    let rate = client
        .get_hashrate(&GetHashrateParams { coin: "BTC".into() })
        .await
        .expect("get_hashrate");
    assert_eq!(rate.active_workers, 1);
    assert_eq!(rate.coin, "BTC");
    assert_eq!(rate.hashrate_10min, dec("747667906887"));
    assert_eq!(rate.hashrate_1hour, dec("124611317814"));
    assert_eq!(rate.hashrate_24hour, dec("0"));
    assert_eq!(rate.unactive_workers, 0);
    assert_key_get(&last(&sim), "/hashrate", Some("coin=BTC"));
}

#[tokio::test]
async fn get_hashrate_history() {
    let (sim, client) = pair().await;
    let page = client
        .get_hashrate_history(&GetHashrateHistoryParams {
            coin: "BCH".into(),
            start_date: Some("2018-10-01".into()),
            end_date: Some("2018-10-05".into()),
            utc: Some(true),
            page: Some(1),
            limit: Some(2),
        })
        .await
        .expect("get_hashrate_history");
    assert_eq!(page.count, 2);
    assert_eq!(page.curr_page, 1);
    assert!(!page.has_next);
    assert_eq!(page.total, 2);
    assert_eq!(page.total_page, 1);
    assert_eq!(
        page.data,
        [
            day("BCH", "2018-10-05", "651358832825"),
            day("BCH", "2018-10-04", "663931951901"),
        ]
    );
    assert_key_get(
        &last(&sim),
        "/hashrate/history",
        Some("coin=BCH&start_date=2018-10-01&end_date=2018-10-05&utc=true&page=1&limit=2"),
    );
}

#[tokio::test]
async fn get_hashrate_chart() {
    let (sim, client) = pair().await;
    let points = client
        .get_hashrate_chart(&GetHashrateChartParams {
            coin: "BTC".into(),
            interval: GetHashrateChartInterval::Day,
            period: Some(2),
            utc: Some(false),
        })
        .await
        .expect("get_hashrate_chart");
    assert_eq!(points.len(), 2);
    assert_eq!(points[0].timestamp, 1_548_241_200);
    assert_eq!(points[0].hashrate, dec("663931951901"));
    assert_eq!(points[0].reject_rate, dec("0"));
    assert_eq!(points[1].timestamp, 1_548_237_600);
    assert_eq!(points[1].hashrate, dec("663931951901"));
    assert_eq!(points[1].reject_rate, dec("0"));
    assert_key_get(
        &last(&sim),
        "/hashrate/chart",
        Some("coin=BTC&interval=day&period=2&utc=false"),
    );
}

#[tokio::test]
async fn list_workers() {
    let (sim, client) = pair().await;
    let page = client
        .list_workers(&ListWorkersParams {
            coin: "BTC".into(),
            group_id: Some(14),
            page: None,
            limit: None,
        })
        .await
        .expect("list_workers");
    assert_eq!(
        (
            page.count,
            page.curr_page,
            page.has_next,
            page.total,
            page.total_page
        ),
        (2, 1, false, 2, 1)
    );
    assert_eq!(page.data.len(), 2);
    let w = &page.data[0];
    assert_eq!(w.coin, "BTC");
    assert_eq!(w.group_id, Some(14));
    assert_eq!(w.group_name.as_deref(), Some("group1"));
    assert_eq!(w.hashrate_10min, dec("278542945703"));
    assert_eq!(w.hashrate_1hour, dec("46423824283"));
    assert_eq!(w.hashrate_24hour, dec("0"));
    assert_eq!(w.last_active, 1_545_811_200);
    assert_eq!(w.reject_rate, dec("0"));
    assert_eq!(w.worker_id, 369);
    assert_eq!(w.worker_name, "1x1");
    assert_eq!(w.worker_status, WorkerStatus::Active);
    // The default group: null id and name.
    let w = &page.data[1];
    assert_eq!(w.coin, "BTC");
    assert_eq!(w.group_id, None);
    assert_eq!(w.group_name, None);
    assert_eq!(w.hashrate_10min, dec("0"));
    assert_eq!(w.hashrate_1hour, dec("0"));
    assert_eq!(w.hashrate_24hour, dec("0"));
    assert_eq!(w.last_active, 1_545_808_266);
    assert_eq!(w.reject_rate, dec("0"));
    assert_eq!(w.worker_id, 370);
    assert_eq!(w.worker_name, "1x1");
    assert_eq!(w.worker_status, WorkerStatus::Unactive);
    assert_key_get(
        &last(&sim),
        "/hashrate/worker",
        Some("coin=BTC&group_id=14"),
    );
}

#[tokio::test]
async fn get_worker() {
    let (sim, client) = pair().await;
    let w = client
        .get_worker(&GetWorkerParams {
            worker_id: 369,
            coin: Some("BTC".into()),
        })
        .await
        .expect("get_worker");
    assert_eq!(w.coin, "BTC");
    assert_eq!(w.group_id, Some(14));
    assert_eq!(w.group_name.as_deref(), Some("group1"));
    assert_eq!(w.hashrate_10min, dec("747667906887"));
    assert_eq!(w.hashrate_1hour, dec("124611317814"));
    assert_eq!(w.hashrate_24hour, dec("0"));
    assert_eq!(w.last_active, 1_545_811_500);
    assert_eq!(w.reject_rate, dec("0"));
    assert_eq!(w.worker_id, 369);
    assert_eq!(w.worker_name, "1x1");
    assert_eq!(w.worker_status, WorkerStatus::Active);
    assert_key_get(&last(&sim), "/hashrate/worker/369", Some("coin=BTC"));
}

#[tokio::test]
async fn get_worker_history() {
    let (sim, client) = pair().await;
    let page = client
        .get_worker_history(&GetWorkerHistoryParams {
            worker_id: 369,
            coin: "BTC".into(),
            start_date: Some("2018-07-10".into()),
            end_date: Some("2018-07-11".into()),
            utc: None,
            page: None,
            limit: Some(50),
        })
        .await
        .expect("get_worker_history");
    assert_eq!(
        (
            page.count,
            page.curr_page,
            page.has_next,
            page.total,
            page.total_page
        ),
        (2, 1, false, 2, 1)
    );
    assert_eq!(
        page.data,
        [
            day("BTC", "2018-07-11", "10333373168"),
            day("BTC", "2018-07-10", "7788207363"),
        ]
    );
    assert_key_get(
        &last(&sim),
        "/hashrate/worker/369/history",
        Some("coin=BTC&start_date=2018-07-10&end_date=2018-07-11&limit=50"),
    );
}

#[tokio::test]
async fn list_groups() {
    let (sim, client) = pair().await;
    let page = client
        .list_groups(&ListGroupsParams {
            coin: "BTC".into(),
            page: Some(1),
            limit: None,
        })
        .await
        .expect("list_groups");
    assert_eq!(
        (
            page.count,
            page.curr_page,
            page.has_next,
            page.total,
            page.total_page
        ),
        (2, 1, false, 2, 1)
    );
    assert_eq!(page.data.len(), 2);
    let g = &page.data[0];
    assert_eq!(g.active_workers, 2);
    assert_eq!(g.coin, "BTC");
    assert_eq!(g.group_id, 14);
    assert_eq!(g.group_name, "group1");
    assert_eq!(g.hashrate_10min, dec("498445271257"));
    assert_eq!(g.hashrate_1hour, dec("296868139498"));
    assert_eq!(g.hashrate_24hour, dec("0"));
    assert_eq!(g.reject_rate, dec("0"));
    assert_eq!(g.total_workers, 2);
    let g = &page.data[1];
    assert_eq!(g.active_workers, 0);
    assert_eq!(g.coin, "BTC");
    assert_eq!(g.group_id, 15);
    assert_eq!(g.group_name, "group2");
    assert_eq!(g.hashrate_10min, dec("0"));
    assert_eq!(g.hashrate_1hour, dec("0"));
    assert_eq!(g.hashrate_24hour, dec("0"));
    assert_eq!(g.reject_rate, dec("0"));
    assert_eq!(g.total_workers, 1);
    assert_key_get(&last(&sim), "/hashrate/group", Some("coin=BTC&page=1"));
}

#[tokio::test]
async fn get_group() {
    let (sim, client) = pair().await;
    let g = client
        .get_group(&GetGroupParams { group_id: 14 })
        .await
        .expect("get_group");
    assert_eq!(g.active_workers, 2);
    assert_eq!(g.coin, "BTC");
    assert_eq!(g.group_id, 14);
    assert_eq!(g.group_name, "group1");
    assert_eq!(g.hashrate_10min, dec("505775348776"));
    assert_eq!(g.hashrate_1hour, dec("313971653709"));
    assert_eq!(g.hashrate_24hour, dec("0"));
    assert_eq!(g.reject_rate, dec("0"));
    assert_eq!(g.total_workers, 2);
    assert_key_get(&last(&sim), "/hashrate/group/14", None);
}

// ---------------------------------------------------------------------------------------------
// Wallet and profit endpoints.

#[tokio::test]
async fn set_payment_address() {
    let (sim, client) = pair().await;
    let set = client
        .set_payment_address(&SetPaymentAddressParams {
            coin: "BTC".into(),
            address: "mtRJjPJGVLGs5YDf4VUP5RQXipzHjnjeCe".into(),
            payment_password: Some("p@ss \"word\"".into()),
        })
        .await
        .expect("set_payment_address");
    assert_eq!(set.coin, "BTC");
    assert_eq!(set.address, "mtRJjPJGVLGs5YDf4VUP5RQXipzHjnjeCe");
    assert_signed_post(
        &last(&sim),
        "/wallet/payment/address",
        concat!(
            r#"{"coin":"BTC","address":"mtRJjPJGVLGs5YDf4VUP5RQXipzHjnjeCe","#,
            r#""payment_password":"p@ss \"word\"","tonce":1700000000000}"#
        ),
    );
}

#[tokio::test]
async fn get_payment_history_is_key_only() {
    let (sim, client) = pair().await;
    let result = client
        .get_payment_history(&GetPaymentHistoryParams {
            coin: "BTC".into(),
            start_date: None,
            end_date: None,
            utc: Some(true),
            page: None,
            limit: None,
        })
        .await;
    assert!(
        !matches!(result, Err(Error::Venue { .. })),
        "the simulator rejected the request: {result:?}"
    );
    assert_key_get(
        &last(&sim),
        "/wallet/payment/history",
        Some("coin=BTC&utc=true"),
    );
}

#[tokio::test]
async fn get_payment_history_returns_the_documented_page() {
    let (_sim, client) = pair().await;
    let page = client
        .get_payment_history(&GetPaymentHistoryParams {
            coin: "BTC".into(),
            start_date: None,
            end_date: None,
            utc: None,
            page: None,
            limit: None,
        })
        .await
        .expect("get_payment_history");
    assert_eq!(
        (
            page.count,
            page.curr_page,
            page.has_next,
            page.total,
            page.total_page
        ),
        (2, 1, false, 2, 1)
    );
    assert_eq!(page.data.len(), 2);
    let p = &page.data[0];
    assert_eq!(p.id, 157);
    assert_eq!(p.coin, "BTC");
    assert_eq!(p.amount, dec("0.001"));
    assert_eq!(p.address, "mtRJjPJGVLGs5YDf4VUP5RQXipzHjnjeCe");
    assert_eq!(
        p.tx,
        "eaa0597e556ceda83ffe5d3533a4aba93b49e7dbb2fa35895dd08754fb9d62d0"
    );
    assert_eq!(p.create_time, 1_530_704_756);
    let p = &page.data[1];
    assert_eq!(p.id, 266);
    assert_eq!(p.coin, "BTC");
    assert_eq!(p.amount, dec("0.001"));
    assert_eq!(p.address, "qr0xs7rk2ku4rkg4kpayvcet3pvw7zcceszsaflkzs");
    assert_eq!(
        p.tx,
        "00802e7d6acf262c9afda8882dc361c705f224985c074f62e57942af9beae8b9"
    );
    assert_eq!(p.create_time, 1_530_704_757);
}

#[tokio::test]
async fn get_profit() {
    let (sim, client) = pair().await;
    let profit = client
        .get_profit(&GetProfitParams { coin: "BTC".into() })
        .await
        .expect("get_profit");
    assert_eq!(profit.coin, "BTC");
    assert_eq!(profit.pplns_profit, dec("0"));
    assert_eq!(profit.pps_profit, dec("0.00002148"));
    assert_eq!(profit.solo_profit, dec("0"));
    assert_eq!(profit.total_profit, dec("0.00002148"));
    assert_key_get(&last(&sim), "/profit", Some("coin=BTC"));
}

#[tokio::test]
async fn get_profit_history() {
    let (sim, client) = pair().await;
    let page = client
        .get_profit_history(&GetProfitHistoryParams {
            coin: "BTC".into(),
            start_date: Some("2018-10-05".into()),
            end_date: Some("2018-10-06".into()),
            utc: None,
            page: None,
            limit: None,
        })
        .await
        .expect("get_profit_history");
    assert_eq!(
        (
            page.count,
            page.curr_page,
            page.has_next,
            page.total,
            page.total_page
        ),
        (2, 1, false, 2, 1)
    );
    assert_eq!(page.data.len(), 2);
    let d = &page.data[0];
    assert_eq!(d.coin, "BTC");
    assert_eq!(d.date, "2018-10-05");
    assert_eq!(d.pplns_profit, dec("0"));
    assert_eq!(d.pps_profit, dec("0.00002148"));
    assert_eq!(d.solo_profit, dec("0"));
    assert_eq!(d.total_profit, dec("0.00002148"));
    let d = &page.data[1];
    assert_eq!(d.coin, "BTC");
    assert_eq!(d.date, "2018-10-06");
    assert_eq!(d.pplns_profit, dec("0"));
    assert_eq!(d.pps_profit, dec("0.00028948"));
    assert_eq!(d.solo_profit, dec("0"));
    assert_eq!(d.total_profit, dec("0.00028948"));
    assert_key_get(
        &last(&sim),
        "/profit/history",
        Some("coin=BTC&start_date=2018-10-05&end_date=2018-10-06"),
    );
}

#[tokio::test]
async fn sweep_wallet_matches_reference_body_and_signature() {
    // seeds.json viabtc-b-post-wallet-sweep.
    let (sim, client) = pair().await;
    let swept = client
        .sweep_wallet(&SweepWalletParams { coin: "BTC".into() })
        .await
        .expect("sweep_wallet");
    assert_eq!(swept.coin, "BTC");
    assert_eq!(swept.balance, dec("0.001"));

    let req = last(&sim);
    assert_signed_post(
        &req,
        "/wallet/sweep",
        r#"{"coin":"BTC","tonce":1700000000000}"#,
    );
    assert_eq!(
        header(&req, "X-SIGNATURE"),
        "6a631b43f3a01ed9d0e8690d07e9b10918f25633d2e5fc1606f170e9cbaddfce"
    );
}

// ---------------------------------------------------------------------------------------------
// Failures, each with its typed error.

#[tokio::test]
async fn wrong_secret_on_a_signed_get_is_signature_error() {
    let sim = sim_at(NOW).await;
    let client = client_at(&sim, "not-the-secret", NOW);
    let err = client
        .list_sub_accounts(&ListSubAccountsParams {
            page: None,
            limit: None,
        })
        .await
        .expect_err("a wrong secret must fail");
    // ViaBTC reports errors with HTTP 200 and a nonzero envelope code.
    assert_eq!(expect_venue(err, 200, "12002"), "signature error");
}

#[tokio::test]
async fn wrong_secret_on_a_signed_post_is_signature_error() {
    let sim = sim_at(NOW).await;
    let client = client_at(&sim, "not-the-secret", NOW);
    let err = client
        .sweep_wallet(&SweepWalletParams { coin: "BTC".into() })
        .await
        .expect_err("a wrong secret must fail");
    assert_eq!(expect_venue(err, 200, "12002"), "signature error");
}

#[tokio::test]
async fn wrong_key_is_invalid_api_key() {
    let sim = sim_at(NOW).await;
    let client = Client::with_base_url(credentials("vb-key-9999", REF_SECRET), &sim.base_url())
        .expect("client")
        .with_clock(fixed(NOW));
    let err = client
        .get_hashrate(&GetHashrateParams { coin: "BTC".into() })
        .await
        .expect_err("an unknown key must fail");
    assert_eq!(expect_venue(err, 200, "12001"), "invalid api key");
}

#[tokio::test]
async fn tonce_ahead_of_server_time_is_invalid_tonce() {
    // "tonce must be below server time": 1 ms in the future already fails.
    let sim = sim_at(NOW).await;
    let client = client_at(&sim, REF_SECRET, NOW + 1);
    let err = client
        .create_observer(&CreateObserverParams { name: "ob1".into() })
        .await
        .expect_err("a tonce in the future must fail");
    let message = expect_venue(err, 200, "12003");
    assert!(message.starts_with("invalid tonce"), "{message}");
}

#[tokio::test]
async fn tonce_more_than_a_minute_old_is_invalid_tonce() {
    let sim = sim_at(NOW).await;
    let client = client_at(&sim, REF_SECRET, NOW - TONCE_WINDOW_MS - 1);
    let err = client
        .list_sub_accounts(&ListSubAccountsParams {
            page: None,
            limit: None,
        })
        .await
        .expect_err("a tonce 60.001 s old must fail");
    expect_venue(err, 200, "12003");
    assert_eq!(
        last(&sim).query_param("tonce"),
        Some((NOW - TONCE_WINDOW_MS - 1).to_string()),
        "the client sent its pinned clock"
    );
}

#[tokio::test]
async fn tonce_at_the_edges_of_the_window_is_accepted() {
    let sim = sim_at(NOW).await;
    for now in [NOW, NOW - TONCE_WINDOW_MS] {
        let client = client_at(&sim, REF_SECRET, now);
        let swept = client
            .sweep_wallet(&SweepWalletParams { coin: "BTC".into() })
            .await
            .expect("a tonce at server time or exactly 1 minute old is accepted");
        assert_eq!(swept.balance, dec("0.001"));
    }
}

#[tokio::test]
async fn key_only_calls_ignore_the_clock() {
    // No tonce is sent on key-only calls, so a far-off clock does not matter there.
    let sim = sim_at(NOW).await;
    let client = client_at(&sim, REF_SECRET, NOW - 3_600_000);
    client
        .get_profit(&GetProfitParams { coin: "BTC".into() })
        .await
        .expect("key-only call with a clock an hour off");
}

#[tokio::test]
async fn nonzero_code_with_http_200_is_a_venue_error() {
    // A missing required argument (an empty coin) is code 2 with HTTP 200: the client must
    // read `code` (a JSON number here), not just the status.
    let (_sim, client) = pair().await;
    let err = client
        .get_hashrate(&GetHashrateParams {
            coin: String::new(),
        })
        .await
        .expect_err("code 2");
    assert_eq!(
        expect_venue(err, 200, "2"),
        "invalid argument: coin is required"
    );
}

#[tokio::test]
async fn html_502_page_is_a_status_error() {
    let (sim, client) = pair().await;
    sim.set_failure(Some(Failure::Html502));
    let err = client
        .get_hashrate(&GetHashrateParams { coin: "BTC".into() })
        .await
        .expect_err("502");
    expect_html_502(err);
}

#[tokio::test]
async fn truncated_body_is_a_decode_error() {
    let (sim, client) = pair().await;
    sim.set_failure(Some(Failure::Truncated));
    let err = client.get_account().await.expect_err("half a body");
    expect_truncated(err);
}

#[tokio::test]
async fn too_many_requests_is_rate_limited_with_retry_after() {
    let (sim, client) = pair().await;
    sim.set_failure(Some(Failure::RateLimited(60)));
    let err = client
        .sweep_wallet(&SweepWalletParams { coin: "BTC".into() })
        .await
        .expect_err("429");
    expect_rate_limited(err, 60);
}
