//! ViaBTC pool OpenAPI simulator (seed 004, endpoints.md §5, and the full Chinese copy of the
//! API doc those cite, whose response examples are used here verbatim).
//!
//! Base URL: `{origin}/res/openapi/v1`. Every response is HTTP 200 with the envelope
//! `{"code": 0, "data": .., "message": "OK"}`; errors carry a nonzero `code`.
//!
//! Authentication, checked in this order:
//! 1. `X-API-KEY` equal to the configured key (every call), else code `12001`;
//! 2. signed calls only: `X-SIGNATURE` = lower-case hex HMAC-SHA256(secret, X) where X is the
//!    raw query string as received for GET/DELETE (empty when there is none) and the raw body
//!    bytes as received for POST/PUT, else code `12002`. Nothing is re-serialised: the seed's
//!    POST example signs a body that is not even valid JSON, and its signature verifies here
//!    (the request then fails as an invalid argument, because its `tonce` cannot be read);
//! 3. signed calls only: a `tonce` parameter (query for GET/DELETE, JSON body for POST/PUT)
//!    that is not after the server clock and at most [`TONCE_WINDOW_MS`] (1 minute) before it,
//!    else code `12003`. The Chinese doc says the tonce must be "below server time"; a tonce
//!    equal to the server's millisecond is accepted (it is not in the future, and a test that
//!    pins client and server to the same instant must pass).
//!
//! The codes `12001` invalid API key, `12002` signature error, `12003` invalid tonce, `2`
//! invalid argument, `5003` worker does not exist and `5008` group does not exist come from a
//! third-party client, NOT the official doc (which lists no error codes): unconfirmed. An
//! unknown path is invented: HTTP 404 with `{"code": 404, "data": null, "message": "Not Found"}`.
//!
//! `GET /account/sub`, `GET /account/observer` and `GET /wallet/payment/history` put their
//! paging fields (`count`, `curr_page`, `data`, `has_next`, `total`, `total_page`) at the top
//! level of the envelope, as the doc's examples do, while every other list nests them inside
//! `data`: a documented inconsistency reproduced on purpose.

use serde_json::{Map, Value, json};
use sha2::Sha256;

pub use super::{Failure, Recorded, Sim};
use super::{Reply, Venue, hmac_hex, segments};

/// The path prefix of the base URL.
pub const BASE_PATH: &str = "/res/openapi/v1";

/// How far before the server clock a `tonce` may be: 1 minute.
pub const TONCE_WINDOW_MS: u64 = 60_000;

/// What the simulator accepts and how it behaves.
#[derive(Clone, Debug)]
pub struct Config {
    /// `X-API-KEY`.
    pub api_key: String,
    /// The secret key: the HMAC-SHA256 key of `X-SIGNATURE`.
    pub secret_key: String,
    /// The server clock: `None` = system time.
    pub now_ms: Option<u64>,
    /// How far in the past a tonce may be, ms. Default [`TONCE_WINDOW_MS`].
    pub tonce_window_ms: u64,
    /// A failure forced on the first request.
    pub fail_next: Option<Failure>,
}

impl Config {
    pub fn new(api_key: impl Into<String>, secret_key: impl Into<String>) -> Config {
        Config {
            api_key: api_key.into(),
            secret_key: secret_key.into(),
            now_ms: None,
            tonce_window_ms: TONCE_WINDOW_MS,
            fail_next: None,
        }
    }
}

impl Default for Config {
    /// The document's sample keys.
    fn default() -> Config {
        Config::new(
            "16289e05354c3c3814b8f3045950395f",
            "d186ababcb0eb1f6af5c1519424f462b84c631f86c06309992ae1f15604668b0",
        )
    }
}

/// Starts the simulator; `base_url()` is `http://127.0.0.1:PORT/res/openapi/v1`.
pub async fn spawn(config: Config) -> Sim {
    let now_ms = config.now_ms;
    let fail_next = config.fail_next.clone();
    super::start(ViaBtc { config }, now_ms, fail_next).await
}

struct ViaBtc {
    config: Config,
}

fn ok(data: Value) -> Reply {
    Reply::json(200, &json!({ "code": 0, "data": data, "message": "OK" }))
}

fn error(code: i64, message: &str) -> Reply {
    Reply::json(
        200,
        &json!({ "code": code, "data": null, "message": message }),
    )
}

fn invalid(message: &str) -> Reply {
    error(2, &format!("invalid argument: {message}"))
}

/// A list with its paging fields at the top level of the envelope (see the module doc).
fn ok_top_level_page(items: Value) -> Reply {
    let count = items.as_array().map_or(0, Vec::len);
    Reply::json(
        200,
        &json!({
            "code": 0,
            "count": count,
            "curr_page": 1,
            "data": items,
            "has_next": false,
            "total": count,
            "total_page": 1,
            "message": "OK"
        }),
    )
}

/// A list with its paging fields inside `data`.
fn ok_page(items: Value) -> Reply {
    let count = items.as_array().map_or(0, Vec::len);
    ok(json!({
        "count": count,
        "curr_page": 1,
        "data": items,
        "has_next": false,
        "total": count,
        "total_page": 1
    }))
}

#[derive(Clone, Copy, Debug)]
enum Route<'a> {
    Account,
    SubList,
    SubCreate,
    ObserverList,
    ObserverCreate,
    SubAggregate,
    Hashrate,
    HashrateHistory,
    HashrateChart,
    WorkerList,
    Worker(&'a str),
    WorkerHistory(&'a str),
    GroupList,
    Group(&'a str),
    PaymentAddress,
    PaymentHistory,
    Profit,
    ProfitHistory,
    Sweep,
}

impl Route<'_> {
    fn signed(self) -> bool {
        matches!(
            self,
            Route::SubList
                | Route::SubCreate
                | Route::ObserverCreate
                | Route::SubAggregate
                | Route::PaymentAddress
                | Route::Sweep
        )
    }
}

fn route<'a>(method: &str, path: &'a str) -> Option<Route<'a>> {
    let rest = path.strip_prefix(BASE_PATH)?;
    if !(rest.is_empty() || rest.starts_with('/')) {
        return None;
    }
    Some(match (method, segments(rest).as_slice()) {
        ("GET", ["account"]) => Route::Account,
        ("GET", ["account", "sub"]) => Route::SubList,
        ("POST", ["account", "sub"]) => Route::SubCreate,
        ("GET", ["account", "observer"]) => Route::ObserverList,
        ("POST", ["account", "observer"]) => Route::ObserverCreate,
        ("POST", ["account", "sub", "aggregate"]) => Route::SubAggregate,
        ("GET", ["hashrate"]) => Route::Hashrate,
        ("GET", ["hashrate", "history"]) => Route::HashrateHistory,
        ("GET", ["hashrate", "chart"]) => Route::HashrateChart,
        ("GET", ["hashrate", "worker"]) => Route::WorkerList,
        ("GET", ["hashrate", "worker", id]) => Route::Worker(id),
        ("GET", ["hashrate", "worker", id, "history"]) => Route::WorkerHistory(id),
        ("GET", ["hashrate", "group"]) => Route::GroupList,
        ("GET", ["hashrate", "group", id]) => Route::Group(id),
        ("POST", ["wallet", "payment", "address"]) => Route::PaymentAddress,
        ("GET", ["wallet", "payment", "history"]) => Route::PaymentHistory,
        ("GET", ["profit"]) => Route::Profit,
        ("GET", ["profit", "history"]) => Route::ProfitHistory,
        ("POST", ["wallet", "sweep"]) => Route::Sweep,
        _ => return None,
    })
}

/// The request's parameters: decoded query pairs for GET/DELETE, the JSON body for POST/PUT.
fn params(req: &Recorded) -> Result<Map<String, Value>, Reply> {
    if matches!(req.method.as_str(), "POST" | "PUT") {
        match req.body_json() {
            Some(Value::Object(map)) => Ok(map),
            _ => Err(invalid("the body must be a JSON object")),
        }
    } else {
        Ok(req
            .query_pairs()
            .into_iter()
            .map(|(k, v)| (k, Value::String(v)))
            .collect())
    }
}

fn tonce_of(params: &Map<String, Value>) -> Option<u64> {
    match params.get("tonce")? {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

fn require(params: &Map<String, Value>, names: &[&str]) -> Result<(), Reply> {
    for name in names {
        match params.get(*name) {
            Some(Value::String(s)) if !s.is_empty() => {}
            _ => return Err(invalid(&format!("{name} is required"))),
        }
    }
    Ok(())
}

fn str_param<'a>(params: &'a Map<String, Value>, name: &str, default: &'a str) -> &'a str {
    params.get(name).and_then(Value::as_str).unwrap_or(default)
}

impl ViaBtc {
    fn authenticate(&self, req: &Recorded, route: Route, now_ms: u64) -> Result<(), Reply> {
        let cfg = &self.config;
        if req.header("X-API-KEY") != Some(cfg.api_key.as_str()) {
            return Err(error(12001, "invalid api key"));
        }
        if !route.signed() {
            return Ok(());
        }
        let Some(signature) = req.header("X-SIGNATURE") else {
            return Err(error(12002, "signature error: X-SIGNATURE is missing"));
        };
        let signed: &[u8] = if matches!(req.method.as_str(), "POST" | "PUT") {
            &req.body
        } else {
            req.query.as_deref().unwrap_or("").as_bytes()
        };
        if signature != hmac_hex!(Sha256, cfg.secret_key.as_bytes(), signed) {
            return Err(error(12002, "signature error"));
        }
        let params = params(req)?;
        let Some(tonce) = tonce_of(&params) else {
            return Err(error(12003, "invalid tonce: tonce (ms) is required"));
        };
        if tonce > now_ms || now_ms - tonce > cfg.tonce_window_ms {
            return Err(error(
                12003,
                &format!(
                    "invalid tonce: {tonce} must be below server time {now_ms} and within 1 minute"
                ),
            ));
        }
        Ok(())
    }
}

impl Venue for ViaBtc {
    const BASE_PATH: &'static str = BASE_PATH;

    fn handle(&self, req: &Recorded, now_ms: u64) -> Reply {
        let Some(route) = route(&req.method, &req.path) else {
            return Reply::json(
                404,
                &json!({ "code": 404, "data": null, "message": "Not Found" }),
            );
        };
        if let Err(reply) = self.authenticate(req, route, now_ms) {
            return reply;
        }
        let params = match params(req) {
            Ok(p) => p,
            Err(reply) => return reply,
        };
        match answer(route, &params) {
            Ok(reply) | Err(reply) => reply,
        }
    }

    fn rate_limited_body(&self) -> Value {
        // Invented: ViaBTC documents no rate limit.
        json!({ "code": 429, "data": null, "message": "Too Many Requests" })
    }
}

fn answer(route: Route, p: &Map<String, Value>) -> Result<Reply, Reply> {
    Ok(match route {
        Route::Account => ok(json!({
            "account": {
                "id": 45,
                "parent_user_id": null,
                "create_time": 1530012667,
                "account": "test",
                "email": "test@viabtc.com",
                "country_code": "86",
                "mobile": "17816354561",
                "country": "China"
            },
            "observer": [{
                "id": 55,
                "user_id": 45,
                "name": "ob1",
                "access_key": "87920fce6b25bcdc6fb86922b935609e",
                "create_time": 1548242387
            }],
            "withdraw_address": [{
                "coin": "BTC",
                "address": "mtRJjPJGVLGs5YDf4VUP5RQXipzHjnjeCe"
            }],
            "balance": [{ "coin": "BTC", "amount": "0.001" }]
        })),
        Route::SubList => ok_top_level_page(json!([
            {
                "account": "sub1",
                "api_key": "87920fce6b25bcdc6fb86922b935609e",
                "secret_key": "",
                "id": 55,
                "create_time": 1548242387
            },
            {
                "account": "sub2",
                "api_key": "68ceca48bb090d9d71392fc38b9c96b9",
                "secret_key": "",
                "id": 122,
                "create_time": 1548242387
            }
        ])),
        Route::SubCreate => {
            require(p, &["account"])?;
            // The doc's example, with the requested account name echoed.
            ok(json!({
                "account": str_param(p, "account", "sub1"),
                "api_key": "87920fce6b25bcdc6fb86922b935609e",
                "secret_key": "",
                "id": 55,
                "create_time": 1548242387
            }))
        }
        Route::ObserverList => ok_top_level_page(json!([
            {
                "id": 55,
                "user_id": 23,
                "name": "ob1",
                "access_key": "87920fce6b25bcdc6fb86922b935609e",
                "create_time": 1548242387
            },
            {
                "id": 56,
                "user_id": 23,
                "name": "ob2",
                "access_key": "c5620fcf4b25bcdc6f568923b9306e87",
                "create_time": 1548242388
            }
        ])),
        Route::ObserverCreate => {
            require(p, &["name"])?;
            ok(json!({
                "id": 55,
                "user_id": 23,
                "name": str_param(p, "name", "ob1"),
                "access_key": "87920fce6b25bcdc6fb86922b935609e",
                "create_time": 1548242387
            }))
        }
        Route::SubAggregate => {
            require(p, &["account", "observer_name"])?;
            let withdraw_address = match p.get("withdraw_address") {
                Some(list @ Value::Array(_)) => list.clone(),
                Some(Value::Null) | None => json!([]),
                Some(_) => return Err(invalid("withdraw_address must be an array")),
            };
            ok(json!({
                "account": {
                    "account": str_param(p, "account", "sub1"),
                    "api_key": "87920fce6b25bcdc6fb86922b935609e",
                    "secret_key": "",
                    "id": 55,
                    "create_time": 1548242387
                },
                "observer": {
                    "id": 67,
                    "user_id": 55,
                    "name": str_param(p, "observer_name", "ob1"),
                    "access_key": "87920fce6b25bcdc6fb86922b935609e",
                    "create_time": 1548242387
                },
                "withdraw_address": withdraw_address
            }))
        }
        Route::Hashrate => {
            require(p, &["coin"])?;
            ok(json!({
                "active_workers": 1,
                "coin": "BTC",
                "hashrate_10min": "747667906887",
                "hashrate_1hour": "124611317814",
                "hashrate_24hour": "0",
                "unactive_workers": 0
            }))
        }
        Route::HashrateHistory => {
            require(p, &["coin"])?;
            ok_page(json!([
                { "coin": "BCH", "date": "2018-10-05", "hashrate": "651358832825", "reject_rate": "0" },
                { "coin": "BCH", "date": "2018-10-04", "hashrate": "663931951901", "reject_rate": "0" }
            ]))
        }
        Route::HashrateChart => {
            require(p, &["coin", "interval"])?;
            if !matches!(str_param(p, "interval", ""), "min" | "hour" | "day") {
                return Err(invalid("interval must be min, hour or day"));
            }
            ok(json!([
                { "timestamp": 1548241200, "hashrate": "663931951901", "reject_rate": "0" },
                { "timestamp": 1548237600, "hashrate": "663931951901", "reject_rate": "0" }
            ]))
        }
        Route::WorkerList => {
            require(p, &["coin"])?;
            ok_page(json!([
                {
                    "coin": "BTC",
                    "group_id": 14,
                    "group_name": "group1",
                    "hashrate_10min": "278542945703",
                    "hashrate_1hour": "46423824283",
                    "hashrate_24hour": "0",
                    "last_active": 1545811200,
                    "reject_rate": "0",
                    "worker_id": 369,
                    "worker_name": "1x1",
                    "worker_status": "active"
                },
                {
                    "coin": "BTC",
                    "group_id": null,
                    "group_name": null,
                    "hashrate_10min": "0",
                    "hashrate_1hour": "0",
                    "hashrate_24hour": "0",
                    "last_active": 1545808266,
                    "reject_rate": "0",
                    "worker_id": 370,
                    "worker_name": "1x1",
                    "worker_status": "unactive"
                }
            ]))
        }
        Route::Worker(id) => {
            let Ok(worker_id) = id.parse::<u64>() else {
                return Err(error(5003, "worker does not exist"));
            };
            ok(json!({
                "coin": "BTC",
                "group_id": 14,
                "group_name": "group1",
                "hashrate_10min": "747667906887",
                "hashrate_1hour": "124611317814",
                "hashrate_24hour": "0",
                "last_active": 1545811500,
                "reject_rate": "0",
                "worker_id": worker_id,
                "worker_name": "1x1",
                "worker_status": "active"
            }))
        }
        Route::WorkerHistory(id) => {
            if id.parse::<u64>().is_err() {
                return Err(error(5003, "worker does not exist"));
            }
            require(p, &["coin"])?;
            ok_page(json!([
                { "coin": "BTC", "date": "2018-07-11", "hashrate": "10333373168", "reject_rate": "0" },
                { "coin": "BTC", "date": "2018-07-10", "hashrate": "7788207363", "reject_rate": "0" }
            ]))
        }
        Route::GroupList => {
            require(p, &["coin"])?;
            ok_page(json!([
                {
                    "active_workers": 2,
                    "coin": "BTC",
                    "group_id": 14,
                    "group_name": "group1",
                    "hashrate_10min": "498445271257",
                    "hashrate_1hour": "296868139498",
                    "hashrate_24hour": "0",
                    "reject_rate": "0",
                    "total_workers": 2
                },
                {
                    "active_workers": 0,
                    "coin": "BTC",
                    "group_id": 15,
                    "group_name": "group2",
                    "hashrate_10min": "0",
                    "hashrate_1hour": "0",
                    "hashrate_24hour": "0",
                    "reject_rate": "0",
                    "total_workers": 1
                }
            ]))
        }
        Route::Group(id) => {
            let Ok(group_id) = id.parse::<u64>() else {
                return Err(error(5008, "group does not exist"));
            };
            ok(json!({
                "active_workers": 2,
                "coin": "BTC",
                "group_id": group_id,
                "group_name": "group1",
                "hashrate_10min": "505775348776",
                "hashrate_1hour": "313971653709",
                "hashrate_24hour": "0",
                "reject_rate": "0",
                "total_workers": 2
            }))
        }
        Route::PaymentAddress => {
            require(p, &["coin", "address"])?;
            ok(json!({
                "coin": str_param(p, "coin", "BTC"),
                "address": str_param(p, "address", "mtRJjPJGVLGs5YDf4VUP5RQXipzHjnjeCe")
            }))
        }
        Route::PaymentHistory => {
            require(p, &["coin"])?;
            ok_top_level_page(json!([
                {
                    "id": 157,
                    "coin": "BTC",
                    "amount": "0.001",
                    "address": "mtRJjPJGVLGs5YDf4VUP5RQXipzHjnjeCe",
                    "tx": "eaa0597e556ceda83ffe5d3533a4aba93b49e7dbb2fa35895dd08754fb9d62d0",
                    "create_time": 1530704756
                },
                {
                    "id": 266,
                    "coin": "BTC",
                    "amount": "0.001",
                    "address": "qr0xs7rk2ku4rkg4kpayvcet3pvw7zcceszsaflkzs",
                    "tx": "00802e7d6acf262c9afda8882dc361c705f224985c074f62e57942af9beae8b9",
                    "create_time": 1530704757
                }
            ]))
        }
        Route::Profit => {
            require(p, &["coin"])?;
            ok(json!({
                "coin": "BTC",
                "pplns_profit": "0",
                "pps_profit": "0.00002148",
                "solo_profit": "0",
                "total_profit": "0.00002148"
            }))
        }
        Route::ProfitHistory => {
            require(p, &["coin"])?;
            ok_page(json!([
                {
                    "coin": "BTC",
                    "date": "2018-10-05",
                    "pplns_profit": "0",
                    "pps_profit": "0.00002148",
                    "solo_profit": "0",
                    "total_profit": "0.00002148"
                },
                {
                    "coin": "BTC",
                    "date": "2018-10-06",
                    "pplns_profit": "0",
                    "pps_profit": "0.00028948",
                    "solo_profit": "0",
                    "total_profit": "0.00028948"
                }
            ]))
        }
        Route::Sweep => {
            require(p, &["coin"])?;
            ok(json!({ "coin": str_param(p, "coin", "BTC"), "balance": "0.001" }))
        }
    })
}
