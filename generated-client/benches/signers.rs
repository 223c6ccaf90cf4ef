//! What signing costs, per venue: the generated signer next to the bare cryptography and next
//! to a plain hand-written signer, for one typical signed read and one typical signed write.
//!
//! Run: `cargo bench -p venue-client --bench signers` (append `-- kraken` to run one venue).
//! After divan's table it prints a Markdown table of a/b and a/c per venue, from the three
//! variants timed interleaved in one process.
//!
//! Every venue in `specs/` is a module here with up to six benchmarks; `get_*` is a typical
//! signed read (a GET, or the venue's usual read request where it has no signed GET) and
//! `post_*` a typical signed write (order placement where the venue has it). A venue with one
//! signed request (JWS, Tencent CVM) has one side; a venue without a MAC (Stripe, Coinbase
//! Commerce: a static key header) has no floor, since its only per-request work is the request
//! itself:
//!
//! - (a) `*_generated`: the generated `Signer::sign`, from the typed params (built once,
//!   outside the timed closure) to the final request: method, URL, headers and body.
//! - (b) `*_floor`: only the venue's MAC (or hash) over the identical pre-hash bytes, which are
//!   computed once outside the loop, from a pre-keyed state cloned per iteration, plus the
//!   encoding of its output (hex or base64). No signer can do less. Where the recipe hashes the
//!   body into the pre-hash (Kraken's `sha256(nonce ~ body)`, Gate.io's `hex(sha512(body))`),
//!   that inner digest is included.
//! - (c) `*_handwritten`: a signer as a competent user writes it by hand: a serde struct and
//!   `serde_json::to_string` for JSON bodies, `format!` for query strings and form bodies
//!   (escaped as the venue escapes them), `format!` for the pre-hash, HMAC keyed per call,
//!   hex or base64, the URL by `format!` and the headers as a `Vec<(String, String)>`.
//!
//! Before measuring, `main` checks every request at a fixed time, nonce and random bits: (c)
//! produces exactly the request (a) does (method, URL, body and every header, the signature
//! included), and (b) produces (a)'s signature.
//!
//! Every call of the generated signer goes through the `generated!` macro below.

use std::borrow::Cow;

use base64::Engine as _;
use divan::Bencher;
use hmac::digest::Output;
use hmac::{Hmac, Mac};
use serde::Serialize;
use serde_json::json;
use sha2::{Digest, Sha256, Sha384, Sha512};
use venue_runtime as rt;

/// (a) One call of a generated signer: `$fx.signer` signs `$params` under `$scheme` at
/// [`STAMP`]. The only place that spells the call.
macro_rules! generated {
    ($fx:expr, $scheme:expr, $params:expr) => {
        $fx.signer
            .sign($scheme, &$params, &$fx.base, &STAMP, &mut rt::Trace::off())
            .expect("the generated signer signs")
    };
}

/// The benchmarks of a venue module, over its [`Venue`] fixture: all six, or the ones named
/// (a venue without a MAC has no floor; a venue with one request has one side). 1000 samples
/// of 32 iterations each, so every sample is long next to the timer's precision; divan's
/// command-line options override these.
macro_rules! benches {
    ($fx:ty) => {
        benches!($fx: get_generated, get_floor, get_handwritten,
                 post_generated, post_floor, post_handwritten);
    };
    ($fx:ty: $($name:ident),+ $(,)?) => {
        $(
            #[divan::bench(sample_count = 1000, sample_size = 32)]
            fn $name(bencher: Bencher) {
                let fx = <$fx as Venue>::new();
                bencher.bench_local(|| fx.$name());
            }
        )+
    };
}

fn main() {
    check::<binance::Fx>("binance");
    check::<bitfinex::Fx>("bitfinex");
    check::<bitmex::Fx>("bitmex");
    check::<bybit::Fx>("bybit");
    check::<calypso::Fx>("calypso");
    check::<coinbase::Fx>("coinbase");
    check::<cryptonex::Fx>("cryptonex");
    check::<gateio::Fx>("gateio");
    check::<gemini::Fx>("gemini");
    check::<kraken::Fx>("kraken");
    check::<kucoin::Fx>("kucoin");
    check::<kunapay::Fx>("kunapay");
    check::<okx::Fx>("okx");
    check::<viabtc::Fx>("viabtc");
    check::<bitget::Fx>("bitget");
    check::<jws_detached::Fx>("jws_detached");
    check::<tencent_cvm::Fx>("tencent_cvm");
    check::<upbit::Fx>("upbit");
    check::<stripe::Fx>("stripe");
    check::<coinbase_commerce::Fx>("coinbase_commerce");
    check::<binance_pay::Fx>("binance_pay");
    println!(
        "checked 21 venues, 39 requests: hand-written == generated request; \
         floor == signature for the 19 venues with a MAC"
    );
    divan::main();
    ratio_table();
}

/// a/b and a/c per venue, from the three variants timed interleaved in this one process:
/// ROUNDS rounds, each timing BATCH calls of every variant in turn; the median round counts.
/// Interleaving keeps frequency changes and other load from favouring one variant.
fn ratio_table() {
    const ROUNDS: usize = 9;
    const BATCH: u32 = 20_000;
    fn time(f: &dyn Fn()) -> f64 {
        let start = std::time::Instant::now();
        for _ in 0..BATCH {
            f();
        }
        start.elapsed().as_nanos() as f64 / f64::from(BATCH)
    }
    fn median(mut v: Vec<f64>) -> f64 {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    }
    /// Whether the venue has this request, and its three variants.
    type Side<'a> = (bool, [&'a dyn Fn(); 3]);
    fn row<V: Venue>(venue: &str) {
        let fx = V::new();
        let mut cells = vec![venue.to_owned()];
        let sides: [Side; 2] = [
            (
                V::GET,
                [
                    &|| drop(std::hint::black_box(fx.get_generated())),
                    &|| drop(std::hint::black_box(fx.get_floor())),
                    &|| drop(std::hint::black_box(fx.get_handwritten())),
                ],
            ),
            (
                V::POST,
                [
                    &|| drop(std::hint::black_box(fx.post_generated())),
                    &|| drop(std::hint::black_box(fx.post_floor())),
                    &|| drop(std::hint::black_box(fx.post_handwritten())),
                ],
            ),
        ];
        for (present, variants) in sides {
            if !present {
                cells.extend(["—"; 5].map(str::to_owned));
                continue;
            }
            let mut samples = [Vec::new(), Vec::new(), Vec::new()];
            for _ in 0..ROUNDS {
                for (i, f) in variants.iter().enumerate() {
                    if i == 1 && !V::FLOOR {
                        continue;
                    }
                    samples[i].push(time(*f));
                }
            }
            let [a, b, c] = samples.map(|s| (!s.is_empty()).then(|| median(s)));
            let (a, c) = (a.expect("timed"), c.expect("timed"));
            cells.extend([
                format!("{a:.0}"),
                b.map_or("—".into(), |b| format!("{b:.0}")),
                format!("{c:.0}"),
                b.map_or("—".into(), |b| format!("{:.2}", a / b)),
                format!("{:.2}", a / c),
            ]);
        }
        println!("| {} |", cells.join(" | "));
    }
    println!();
    println!("Interleaved medians, ns per request (a generated, b floor, c hand-written):");
    println!();
    println!("| venue | GET a | b | c | a/b | a/c | POST a | b | c | a/b | a/c |");
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    row::<binance::Fx>("binance");
    row::<bitfinex::Fx>("bitfinex");
    row::<bitmex::Fx>("bitmex");
    row::<bybit::Fx>("bybit");
    row::<calypso::Fx>("calypso");
    row::<coinbase::Fx>("coinbase");
    row::<cryptonex::Fx>("cryptonex");
    row::<gateio::Fx>("gateio");
    row::<gemini::Fx>("gemini");
    row::<kraken::Fx>("kraken");
    row::<kucoin::Fx>("kucoin");
    row::<kunapay::Fx>("kunapay");
    row::<okx::Fx>("okx");
    row::<viabtc::Fx>("viabtc");
    row::<bitget::Fx>("bitget");
    row::<jws_detached::Fx>("jws_detached");
    row::<tencent_cvm::Fx>("tencent_cvm");
    row::<upbit::Fx>("upbit");
    row::<stripe::Fx>("stripe");
    row::<coinbase_commerce::Fx>("coinbase_commerce");
    row::<binance_pay::Fx>("binance_pay");
}

// ---------------------------------------------------------------------------------------------
// Shared pieces

/// The pinned time (2023-11-14T22:13:20Z), nonce and random bits of every request.
const NOW_MS: u64 = 1_700_000_000_000;
const NONCE: u64 = 1_700_000_000_000;
/// The random bits of every request (Upbit's UUID nonce and Binance Pay's hex nonce read them).
const RANDOM: u128 = 0x3f2a_8c1e_5b7d_4e9a_8c6f_1d2e_3f4a_5b6c;
const STAMP: rt::Stamp = rt::Stamp {
    now_ms: NOW_MS,
    nonce: NONCE,
    random: RANDOM,
};

type HmacSha256 = Hmac<Sha256>;
type HmacSha384 = Hmac<Sha384>;
type HmacSha512 = Hmac<Sha512>;

/// One venue's fixture: everything built before measuring, and the six measured operations.
/// A venue without a MAC has no floor; a venue with a single signed request has one side.
/// What a venue lacks is never called.
trait Venue {
    /// Whether there is a MAC, so a floor (b).
    const FLOOR: bool = true;
    /// Whether there is a read request.
    const GET: bool = true;
    /// Whether there is a write request.
    const POST: bool = true;
    fn new() -> Self;
    fn get_generated(&self) -> rt::Request {
        unreachable!("no read request")
    }
    fn get_floor(&self) -> String {
        unreachable!("no floor")
    }
    fn get_handwritten(&self) -> Signed {
        unreachable!("no read request")
    }
    fn post_generated(&self) -> rt::Request {
        unreachable!("no write request")
    }
    fn post_floor(&self) -> String {
        unreachable!("no floor")
    }
    fn post_handwritten(&self) -> Signed {
        unreachable!("no write request")
    }
    /// The signature where (a) put it: a header, a query parameter or a body field.
    fn signature(_request: &rt::Request) -> String {
        unreachable!("no floor")
    }
}

/// What a hand-written signer returns.
struct Signed {
    method: &'static str,
    url: String,
    headers: Vec<(String, String)>,
    body: Option<String>,
}

/// Asserts that (c) equals (a) and that (b) is (a)'s signature, for each request of a venue.
fn check<V: Venue>(venue: &str) {
    let fx = V::new();
    let mut cases = Vec::new();
    if V::GET {
        let floor = V::FLOOR.then(|| fx.get_floor());
        cases.push(("get", fx.get_generated(), floor, fx.get_handwritten()));
    }
    if V::POST {
        let floor = V::FLOOR.then(|| fx.post_floor());
        cases.push(("post", fx.post_generated(), floor, fx.post_handwritten()));
    }
    for (what, generated, floor, hand) in cases {
        let body = generated
            .body
            .as_deref()
            .map(|b| std::str::from_utf8(b).expect("UTF-8 body"));
        assert_eq!(
            generated.method.as_str(),
            hand.method,
            "{venue} {what}: method"
        );
        assert_eq!(generated.url, hand.url, "{venue} {what}: URL");
        assert_eq!(body, hand.body.as_deref(), "{venue} {what}: body");
        let mut expected: Vec<(String, String)> = generated
            .headers
            .iter()
            .map(|h| (h.name.to_string(), h.value.as_str().to_owned()))
            .collect();
        let mut got = hand.headers;
        expected.sort();
        got.sort();
        assert_eq!(expected, got, "{venue} {what}: headers");
        if let Some(floor) = floor {
            assert_eq!(V::signature(&generated), floor, "{venue} {what}: floor");
        }
    }
}

/// Typed params from JSON (field names as the venue spells them); built once, never timed.
fn params<T: serde::de::DeserializeOwned>(json: serde_json::Value) -> T {
    serde_json::from_value(json).expect("params fit the generated type")
}

fn base_url(url: &str) -> rt::BaseUrl {
    rt::BaseUrl::parse(url).expect("base URL")
}

/// A header of a generated request.
fn header(request: &rt::Request, name: &str) -> String {
    request.header(name).expect("signature header").to_owned()
}

/// A query parameter of a generated request's URL.
fn query_param(request: &rt::Request, name: &str) -> String {
    let (_, query) = request.url.split_once('?').expect("a query");
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
        .expect("signature parameter")
        .to_owned()
}

/// (b): a pre-keyed HMAC state, built once.
fn keyed<M: Mac + hmac::digest::KeyInit>(key: &[u8]) -> M {
    <M as Mac>::new_from_slice(key).expect("HMAC takes any key length")
}

/// (b): one MAC over `msg` from a clone of a pre-keyed state.
fn mac_once<M: Mac + Clone>(keyed: &M, msg: &[u8]) -> Output<M> {
    let mut mac = keyed.clone();
    mac.update(msg);
    mac.finalize().into_bytes()
}

/// (c): one HMAC keyed per call, as a hand-written signer does it.
fn hmac<M: Mac + hmac::digest::KeyInit>(key: &[u8], msg: &[u8]) -> Output<M> {
    let mut mac = <M as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(msg);
    mac.finalize().into_bytes()
}

fn hex(bytes: &[u8]) -> String {
    hex::encode(bytes)
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn b64url(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn b64_decode(text: &str) -> Vec<u8> {
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .expect("base64 secret")
}

/// A header pair, for hand-written signers.
fn h(name: &str, value: impl Into<String>) -> (String, String) {
    (name.to_owned(), value.into())
}

/// (c): percent-encodes all but the RFC 3986 unreserved characters (`A-Za-z0-9-._~`).
fn url(text: &str) -> Cow<'_, str> {
    escape(text, false)
}

/// (c): form encoding as Python's `quote_plus`: as [`url`], but space becomes `+`.
fn form(text: &str) -> Cow<'_, str> {
    escape(text, true)
}

fn escape(text: &str, plus: bool) -> Cow<'_, str> {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let keep = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~');
    if text.bytes().all(keep) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if keep(b) {
            out.push(char::from(b));
        } else if plus && b == b' ' {
            out.push('+');
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    Cow::Owned(out)
}

/// (c): `2023-11-14T22:13:20.000Z` from unix milliseconds, as one writes it without a date
/// crate (days to civil date after H. Hinnant).
fn iso8601_ms(ms: u64) -> String {
    let (secs, millis) = (ms / 1000, ms % 1000);
    let (days, rem) = (secs / 86_400, secs % 86_400);
    let (hour, min, sec) = (rem / 3600, rem % 3600 / 60, rem % 60);
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}T{hour:02}:{min:02}:{sec:02}.{millis:03}Z")
}

// ---------------------------------------------------------------------------------------------
// Binance: GET /api/v3/openOrders, POST /api/v3/order. Every param in the query (form
// escaping), `timestamp` last, hex HMAC-SHA256 over the query appended as `signature`.

mod binance {
    use super::*;
    use venue_client::binance as venue;

    const KEY: &str = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
    const SECRET: &str = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";

    pub struct Fx {
        signer: venue::Signer,
        base: rt::BaseUrl,
        get: venue::OpenOrdersParams,
        post: venue::PlaceOrderParams,
        hand: Hand,
        order: NewOrder<'static>,
        mac: HmacSha256,
        get_prehash: Vec<u8>,
        post_prehash: Vec<u8>,
    }

    impl Venue for Fx {
        fn new() -> Self {
            let credentials = venue::Credentials {
                api_key: KEY.into(),
                secret: Some(SECRET.into()),
                ed25519_private_key: None,
                rsa_private_key: None,
            };
            Fx {
                signer: venue::Signer::new(credentials).expect("credentials"),
                base: base_url(venue::PRODUCTION_URL),
                get: params(json!({"symbol": "BTCUSDT", "recvWindow": "5000"})),
                post: params(json!({
                    "symbol": "BTCUSDT", "side": "BUY", "type": "LIMIT", "timeInForce": "GTC",
                    "quantity": "0.01", "price": "35000.50",
                })),
                hand: Hand {
                    api_key: KEY.into(),
                    secret: SECRET.into(),
                },
                order: NewOrder {
                    symbol: "BTCUSDT",
                    side: "BUY",
                    order_type: "LIMIT",
                    time_in_force: "GTC",
                    quantity: "0.01",
                    price: "35000.50",
                },
                mac: keyed(SECRET.as_bytes()),
                get_prehash: format!("symbol=BTCUSDT&recvWindow=5000&timestamp={NOW_MS}").into(),
                post_prehash: format!(
                    "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01\
                     &price=35000.50&timestamp={NOW_MS}"
                )
                .into(),
            }
        }

        fn get_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Hmac, self.get)
        }

        fn get_floor(&self) -> String {
            hex(&mac_once(&self.mac, &self.get_prehash))
        }

        fn get_handwritten(&self) -> Signed {
            self.hand.open_orders("BTCUSDT", 5000, NOW_MS)
        }

        fn post_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Hmac, self.post)
        }

        fn post_floor(&self) -> String {
            hex(&mac_once(&self.mac, &self.post_prehash))
        }

        fn post_handwritten(&self) -> Signed {
            self.hand.place_order(&self.order, NOW_MS)
        }

        fn signature(request: &rt::Request) -> String {
            query_param(request, "signature")
        }
    }

    struct Hand {
        api_key: String,
        secret: String,
    }

    struct NewOrder<'a> {
        symbol: &'a str,
        side: &'a str,
        order_type: &'a str,
        time_in_force: &'a str,
        quantity: &'a str,
        price: &'a str,
    }

    impl Hand {
        fn open_orders(&self, symbol: &str, recv_window: u64, now_ms: u64) -> Signed {
            let query = format!(
                "symbol={}&recvWindow={recv_window}&timestamp={now_ms}",
                form(symbol)
            );
            self.signed("GET", "/api/v3/openOrders", query)
        }

        fn place_order(&self, order: &NewOrder, now_ms: u64) -> Signed {
            let query = format!(
                "symbol={}&side={}&type={}&timeInForce={}&quantity={}&price={}&timestamp={now_ms}",
                form(order.symbol),
                order.side,
                order.order_type,
                order.time_in_force,
                order.quantity,
                order.price,
            );
            self.signed("POST", "/api/v3/order", query)
        }

        fn signed(&self, method: &'static str, path: &str, query: String) -> Signed {
            let signature = hex(&hmac::<HmacSha256>(
                self.secret.as_bytes(),
                query.as_bytes(),
            ));
            Signed {
                method,
                url: format!("https://api.binance.com{path}?{query}&signature={signature}"),
                headers: vec![h("X-MBX-APIKEY", &self.api_key)],
                body: None,
            }
        }
    }

    benches!(Fx);
}

// ---------------------------------------------------------------------------------------------
// Bitfinex: every authenticated call is a POST with a JSON body; the read is
// /v2/auth/r/orders/hist, the write /v2/auth/w/order/submit. Hex HMAC-SHA384 over
// `/api ~ path ~ nonce(us) ~ body`.

mod bitfinex {
    use super::*;
    use venue_client::bitfinex as venue;

    const KEY: &str = "bfx-key-0001";
    const SECRET: &str = "bfx-secret-0001";

    pub struct Fx {
        signer: venue::Signer,
        base: rt::BaseUrl,
        get: venue::OrderHistoryParams,
        post: venue::SubmitOrderParams,
        hand: Hand,
        history: History,
        order: Order<'static>,
        mac: HmacSha384,
        get_prehash: Vec<u8>,
        post_prehash: Vec<u8>,
    }

    impl Venue for Fx {
        fn new() -> Self {
            let credentials = venue::Credentials {
                api_key: KEY.into(),
                secret: SECRET.into(),
            };
            Fx {
                signer: venue::Signer::new(credentials).expect("credentials"),
                base: base_url(venue::PRODUCTION_URL),
                get: params(json!({"start": 1_699_913_600_000_u64, "end": NOW_MS, "limit": 25})),
                post: params(json!({
                    "type": "EXCHANGE LIMIT", "symbol": "tBTCUSD", "price": "35000.5",
                    "amount": "0.01", "cid": 1042, "flags": 4096,
                })),
                hand: Hand {
                    api_key: KEY.into(),
                    secret: SECRET.into(),
                },
                history: History {
                    start: 1_699_913_600_000,
                    end: NOW_MS,
                    limit: 25,
                },
                order: Order {
                    order_type: "EXCHANGE LIMIT",
                    symbol: "tBTCUSD",
                    price: "35000.5",
                    amount: "0.01",
                    cid: 1042,
                    flags: 4096,
                },
                mac: keyed(SECRET.as_bytes()),
                get_prehash: format!(
                    r#"/api/v2/auth/r/orders/hist{NONCE}000{{"start":1699913600000,"end":{NOW_MS},"limit":25}}"#
                )
                .into(),
                post_prehash: format!(
                    r#"/api/v2/auth/w/order/submit{NONCE}000{{"type":"EXCHANGE LIMIT","symbol":"tBTCUSD","price":"35000.5","amount":"0.01","cid":1042,"flags":4096}}"#
                )
                .into(),
            }
        }

        fn get_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.get)
        }

        fn get_floor(&self) -> String {
            hex(&mac_once(&self.mac, &self.get_prehash))
        }

        fn get_handwritten(&self) -> Signed {
            self.hand
                .post("/v2/auth/r/orders/hist", &self.history, NONCE)
        }

        fn post_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.post)
        }

        fn post_floor(&self) -> String {
            hex(&mac_once(&self.mac, &self.post_prehash))
        }

        fn post_handwritten(&self) -> Signed {
            self.hand
                .post("/v2/auth/w/order/submit", &self.order, NONCE)
        }

        fn signature(request: &rt::Request) -> String {
            header(request, "bfx-signature")
        }
    }

    struct Hand {
        api_key: String,
        secret: String,
    }

    #[derive(Serialize)]
    struct History {
        start: u64,
        end: u64,
        limit: u32,
    }

    #[derive(Serialize)]
    struct Order<'a> {
        #[serde(rename = "type")]
        order_type: &'a str,
        symbol: &'a str,
        price: &'a str,
        amount: &'a str,
        cid: u64,
        flags: u32,
    }

    impl Hand {
        fn post<T: Serialize>(&self, path: &str, payload: &T, nonce_ms: u64) -> Signed {
            let body = serde_json::to_string(payload).expect("JSON body");
            let nonce = format!("{nonce_ms}000");
            let prehash = format!("/api{path}{nonce}{body}");
            let signature = hex(&hmac::<HmacSha384>(
                self.secret.as_bytes(),
                prehash.as_bytes(),
            ));
            Signed {
                method: "POST",
                url: format!("https://api.bitfinex.com{path}"),
                headers: vec![
                    h("bfx-nonce", nonce),
                    h("bfx-apikey", &self.api_key),
                    h("bfx-signature", signature),
                    h("Content-Type", "application/json"),
                ],
                body: Some(body),
            }
        }
    }

    benches!(Fx);
}

// ---------------------------------------------------------------------------------------------
// BitMEX: GET /api/v1/order (form-escaped query), POST /api/v1/order (JSON, numbers raw).
// Hex HMAC-SHA256 over `method ~ path?query ~ expires ~ body`, expires = unix seconds + 60.

mod bitmex {
    use super::*;
    use venue_client::bitmex as venue;

    const KEY: &str = "LAqUlngMIQkIUjXMUreyu3qn";
    const SECRET: &str = "chNOOS4KvNXR_Xq4k4c9qsfoKWvnDecLATCRlcBwyKDYnWgO";
    const FILTER: &str = r#"{"open":true}"#;

    pub struct Fx {
        signer: venue::Signer,
        base: rt::BaseUrl,
        get: venue::ListOrdersParams,
        post: venue::PlaceOrderParams,
        hand: Hand,
        order: Order<'static>,
        mac: HmacSha256,
        get_prehash: Vec<u8>,
        post_prehash: Vec<u8>,
    }

    impl Venue for Fx {
        fn new() -> Self {
            let credentials = venue::Credentials {
                api_key: KEY.into(),
                secret: SECRET.into(),
            };
            let expires = NOW_MS / 1000 + 60;
            Fx {
                signer: venue::Signer::new(credentials).expect("credentials"),
                base: base_url(venue::PRODUCTION_URL),
                get: params(json!({"symbol": "XBTUSD", "filter": FILTER, "count": 100})),
                post: params(json!({
                    "symbol": "XBTUSD", "side": "Buy", "orderQty": "100", "price": "35000.5",
                    "clOrdID": "bench-1", "ordType": "Limit",
                })),
                hand: Hand {
                    api_key: KEY.into(),
                    secret: SECRET.into(),
                },
                order: Order {
                    symbol: "XBTUSD",
                    side: "Buy",
                    order_qty: 100,
                    price: 35000.5,
                    cl_ord_id: "bench-1",
                    ord_type: "Limit",
                },
                mac: keyed(SECRET.as_bytes()),
                get_prehash: format!(
                    "GET/api/v1/order?symbol=XBTUSD&filter=%7B%22open%22%3Atrue%7D&count=100{expires}"
                )
                .into(),
                post_prehash: format!(
                    r#"POST/api/v1/order{expires}{{"symbol":"XBTUSD","side":"Buy","orderQty":100,"price":35000.5,"clOrdID":"bench-1","ordType":"Limit"}}"#
                )
                .into(),
            }
        }

        fn get_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.get)
        }

        fn get_floor(&self) -> String {
            hex(&mac_once(&self.mac, &self.get_prehash))
        }

        fn get_handwritten(&self) -> Signed {
            self.hand.list_orders("XBTUSD", FILTER, 100, NOW_MS)
        }

        fn post_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.post)
        }

        fn post_floor(&self) -> String {
            hex(&mac_once(&self.mac, &self.post_prehash))
        }

        fn post_handwritten(&self) -> Signed {
            self.hand.place_order(&self.order, NOW_MS)
        }

        fn signature(request: &rt::Request) -> String {
            header(request, "api-signature")
        }
    }

    struct Hand {
        api_key: String,
        secret: String,
    }

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Order<'a> {
        symbol: &'a str,
        side: &'a str,
        order_qty: u64,
        price: f64,
        #[serde(rename = "clOrdID")]
        cl_ord_id: &'a str,
        ord_type: &'a str,
    }

    impl Hand {
        fn list_orders(&self, symbol: &str, filter: &str, count: u32, now_ms: u64) -> Signed {
            let path = format!(
                "/api/v1/order?symbol={}&filter={}&count={count}",
                form(symbol),
                form(filter)
            );
            self.signed("GET", path, None, now_ms)
        }

        fn place_order(&self, order: &Order, now_ms: u64) -> Signed {
            let body = serde_json::to_string(order).expect("JSON body");
            self.signed("POST", "/api/v1/order".into(), Some(body), now_ms)
        }

        fn signed(
            &self,
            method: &'static str,
            path: String,
            body: Option<String>,
            now_ms: u64,
        ) -> Signed {
            let expires = now_ms / 1000 + 60;
            let prehash = format!("{method}{path}{expires}{}", body.as_deref().unwrap_or(""));
            let signature = hex(&hmac::<HmacSha256>(
                self.secret.as_bytes(),
                prehash.as_bytes(),
            ));
            let mut headers = vec![
                h("api-expires", expires.to_string()),
                h("api-key", &self.api_key),
                h("api-signature", signature),
            ];
            if body.is_some() {
                headers.push(h("Content-Type", "application/json"));
            }
            Signed {
                method,
                url: format!("https://www.bitmex.com{path}"),
                headers,
                body,
            }
        }
    }

    benches!(Fx);
}

// ---------------------------------------------------------------------------------------------
// Bybit (v5): GET /v5/order/realtime, POST /v5/order/create. Hex HMAC-SHA256 over
// `timestamp ~ api_key ~ recv_window ~ query ~ body`.

mod bybit {
    use super::*;
    use venue_client::bybit as venue;

    const KEY: &str = "XXXXXXXXXXXXXXXXXX";
    const SECRET: &str = "YYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYY";

    pub struct Fx {
        signer: venue::Signer,
        base: rt::BaseUrl,
        get: venue::OpenOrdersParams,
        post: venue::PlaceOrderParams,
        hand: Hand,
        order: Order<'static>,
        mac: HmacSha256,
        get_prehash: Vec<u8>,
        post_prehash: Vec<u8>,
    }

    impl Venue for Fx {
        fn new() -> Self {
            let credentials = venue::Credentials {
                api_key: KEY.into(),
                secret: SECRET.into(),
            };
            Fx {
                signer: venue::Signer::new(credentials).expect("credentials"),
                base: base_url(venue::PRODUCTION_URL),
                get: params(json!({"category": "spot", "symbol": "BTCUSDT", "limit": 20})),
                post: params(json!({
                    "category": "spot", "symbol": "BTCUSDT", "side": "Buy", "orderType": "Limit",
                    "qty": "0.01", "price": "35000.5",
                })),
                hand: Hand {
                    api_key: KEY.into(),
                    secret: SECRET.into(),
                },
                order: Order {
                    category: "spot",
                    symbol: "BTCUSDT",
                    side: "Buy",
                    order_type: "Limit",
                    qty: "0.01",
                    price: "35000.5",
                },
                mac: keyed(SECRET.as_bytes()),
                get_prehash: format!("{NOW_MS}{KEY}5000category=spot&symbol=BTCUSDT&limit=20")
                    .into(),
                post_prehash: format!(
                    r#"{NOW_MS}{KEY}5000{{"category":"spot","symbol":"BTCUSDT","side":"Buy","orderType":"Limit","qty":"0.01","price":"35000.5"}}"#
                )
                .into(),
            }
        }

        fn get_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.get)
        }

        fn get_floor(&self) -> String {
            hex(&mac_once(&self.mac, &self.get_prehash))
        }

        fn get_handwritten(&self) -> Signed {
            self.hand.open_orders("spot", "BTCUSDT", 20, NOW_MS)
        }

        fn post_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.post)
        }

        fn post_floor(&self) -> String {
            hex(&mac_once(&self.mac, &self.post_prehash))
        }

        fn post_handwritten(&self) -> Signed {
            self.hand.place_order(&self.order, NOW_MS)
        }

        fn signature(request: &rt::Request) -> String {
            header(request, "X-BAPI-SIGN")
        }
    }

    struct Hand {
        api_key: String,
        secret: String,
    }

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Order<'a> {
        category: &'a str,
        symbol: &'a str,
        side: &'a str,
        order_type: &'a str,
        qty: &'a str,
        price: &'a str,
    }

    impl Hand {
        fn open_orders(&self, category: &str, symbol: &str, limit: u32, now_ms: u64) -> Signed {
            let query = format!(
                "category={}&symbol={}&limit={limit}",
                url(category),
                url(symbol)
            );
            let signature = self.sign(now_ms, &query);
            Signed {
                method: "GET",
                url: format!("https://api.bybit.com/v5/order/realtime?{query}"),
                headers: self.headers(now_ms, signature),
                body: None,
            }
        }

        fn place_order(&self, order: &Order, now_ms: u64) -> Signed {
            let body = serde_json::to_string(order).expect("JSON body");
            let signature = self.sign(now_ms, &body);
            let mut headers = self.headers(now_ms, signature);
            headers.push(h("Content-Type", "application/json"));
            Signed {
                method: "POST",
                url: "https://api.bybit.com/v5/order/create".into(),
                headers,
                body: Some(body),
            }
        }

        /// `payload` is the query string (GET) or the body (POST).
        fn sign(&self, now_ms: u64, payload: &str) -> String {
            let prehash = format!("{now_ms}{}5000{payload}", self.api_key);
            hex(&hmac::<HmacSha256>(
                self.secret.as_bytes(),
                prehash.as_bytes(),
            ))
        }

        fn headers(&self, now_ms: u64, signature: String) -> Vec<(String, String)> {
            vec![
                h("X-BAPI-API-KEY", &self.api_key),
                h("X-BAPI-TIMESTAMP", now_ms.to_string()),
                h("X-BAPI-RECV-WINDOW", "5000"),
                h("X-BAPI-SIGN", signature),
            ]
        }
    }

    benches!(Fx);
}

// ---------------------------------------------------------------------------------------------
// Calypso: every call is a POST of `{"account","timestamp","payload":{…}}`; the read is
// /api/v1/invoice, the write /api/v1/invoice/single/create. Hex HMAC-SHA512 over the body.

mod calypso {
    use super::*;
    use venue_client::calypso as venue;

    const KEY: &str = "cp-key-0001";
    const SECRET: &str = "cp-secret-0001";
    const ACCOUNT: &str = "cp-account-0001";
    const INVOICE: &str = "0c5d2b4e-8f3a-4c6e-9b1d-7a2e5f8c3d10";

    pub struct Fx {
        signer: venue::Signer,
        base: rt::BaseUrl,
        get: venue::GetInvoiceParams,
        post: venue::CreateSingleInvoiceParams,
        hand: Hand,
        invoice: NewInvoice<'static>,
        mac: HmacSha512,
        get_prehash: Vec<u8>,
        post_prehash: Vec<u8>,
    }

    impl Venue for Fx {
        fn new() -> Self {
            let credentials = venue::Credentials {
                api_key: KEY.into(),
                secret: SECRET.into(),
                account: ACCOUNT.into(),
            };
            Fx {
                signer: venue::Signer::new(credentials).expect("credentials"),
                base: base_url(venue::PRODUCTION_URL),
                get: params(json!({"id": INVOICE})),
                post: params(json!({
                    "amount": "25.5", "currency": "USDT_TRX", "description": "Order #1042",
                    "externalId": "order-1042", "returnUrl": "https://shop.example.com/thanks",
                })),
                hand: Hand {
                    api_key: KEY.into(),
                    secret: SECRET.into(),
                    account: ACCOUNT.into(),
                },
                invoice: NewInvoice {
                    amount: 25.5,
                    currency: "USDT_TRX",
                    description: "Order #1042",
                    external_id: "order-1042",
                    return_url: "https://shop.example.com/thanks",
                },
                mac: keyed(SECRET.as_bytes()),
                get_prehash: format!(
                    r#"{{"account":"{ACCOUNT}","timestamp":{NOW_MS},"payload":{{"id":"{INVOICE}"}}}}"#
                )
                .into(),
                post_prehash: format!(
                    r#"{{"account":"{ACCOUNT}","timestamp":{NOW_MS},"payload":{{"amount":25.5,"currency":"USDT_TRX","description":"Order #1042","externalId":"order-1042","returnUrl":"https://shop.example.com/thanks"}}}}"#
                )
                .into(),
            }
        }

        fn get_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.get)
        }

        fn get_floor(&self) -> String {
            hex(&mac_once(&self.mac, &self.get_prehash))
        }

        fn get_handwritten(&self) -> Signed {
            self.hand
                .call("/api/v1/invoice", InvoiceId { id: INVOICE }, NOW_MS)
        }

        fn post_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.post)
        }

        fn post_floor(&self) -> String {
            hex(&mac_once(&self.mac, &self.post_prehash))
        }

        fn post_handwritten(&self) -> Signed {
            self.hand
                .call("/api/v1/invoice/single/create", &self.invoice, NOW_MS)
        }

        fn signature(request: &rt::Request) -> String {
            header(request, "Sign")
        }
    }

    struct Hand {
        api_key: String,
        secret: String,
        account: String,
    }

    #[derive(Serialize)]
    struct Envelope<'a, P> {
        account: &'a str,
        timestamp: u64,
        payload: P,
    }

    #[derive(Serialize)]
    struct InvoiceId<'a> {
        id: &'a str,
    }

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct NewInvoice<'a> {
        amount: f64,
        currency: &'a str,
        description: &'a str,
        external_id: &'a str,
        return_url: &'a str,
    }

    impl Hand {
        fn call<P: Serialize>(&self, path: &str, payload: P, now_ms: u64) -> Signed {
            let envelope = Envelope {
                account: &self.account,
                timestamp: now_ms,
                payload,
            };
            let body = serde_json::to_string(&envelope).expect("JSON body");
            let signature = hex(&hmac::<HmacSha512>(self.secret.as_bytes(), body.as_bytes()));
            Signed {
                method: "POST",
                url: format!("https://api.calypso.finance{path}"),
                headers: vec![
                    h("Key", &self.api_key),
                    h("Sign", signature),
                    h("Content-Type", "application/json"),
                ],
                body: Some(body),
            }
        }
    }

    benches!(Fx);
}

// ---------------------------------------------------------------------------------------------
// Coinbase Exchange: GET /orders, POST /orders. Base64 HMAC-SHA256, keyed with the
// base64-decoded secret, over `unix_s ~ method ~ path?query ~ body`.

mod coinbase {
    use super::*;
    use venue_client::coinbase as venue;

    const KEY: &str = "cb-key-0001";
    const SECRET: &str =
        "hHT/rttHLdX8cdns6QREhIzkr7RUHdejJUesOe6BM5Xsv4VigD3hwXcU/ku01+18LkIfblWaHmMH2ovHFcpDdw==";
    const PASSPHRASE: &str = "cb-pass-0001";
    const CLIENT_OID: &str = "5d1b2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";

    pub struct Fx {
        signer: venue::Signer,
        base: rt::BaseUrl,
        get: venue::ListOrdersParams,
        post: venue::PlaceOrderParams,
        hand: Hand,
        order: Order<'static>,
        mac: HmacSha256,
        get_prehash: Vec<u8>,
        post_prehash: Vec<u8>,
    }

    impl Venue for Fx {
        fn new() -> Self {
            let credentials = venue::Credentials {
                api_key: KEY.into(),
                secret: SECRET.into(),
                passphrase: PASSPHRASE.into(),
            };
            let ts = NOW_MS / 1000;
            Fx {
                signer: venue::Signer::new(credentials).expect("credentials"),
                base: base_url(venue::PRODUCTION_URL),
                get: params(json!({"product_id": "BTC-USD", "limit": 100, "status": "open"})),
                post: params(json!({
                    "type": "limit", "side": "buy", "product_id": "BTC-USD", "price": "35000.50",
                    "size": "0.01", "client_oid": CLIENT_OID,
                })),
                hand: Hand::new(KEY, SECRET, PASSPHRASE),
                order: Order {
                    order_type: "limit",
                    side: "buy",
                    product_id: "BTC-USD",
                    price: "35000.50",
                    size: "0.01",
                    client_oid: CLIENT_OID,
                },
                mac: keyed(&b64_decode(SECRET)),
                get_prehash: format!("{ts}GET/orders?product_id=BTC-USD&limit=100&status=open")
                    .into(),
                post_prehash: format!(
                    r#"{ts}POST/orders{{"type":"limit","side":"buy","product_id":"BTC-USD","price":"35000.50","size":"0.01","client_oid":"{CLIENT_OID}"}}"#
                )
                .into(),
            }
        }

        fn get_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.get)
        }

        fn get_floor(&self) -> String {
            b64(&mac_once(&self.mac, &self.get_prehash))
        }

        fn get_handwritten(&self) -> Signed {
            self.hand.list_orders("BTC-USD", 100, "open", NOW_MS)
        }

        fn post_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.post)
        }

        fn post_floor(&self) -> String {
            b64(&mac_once(&self.mac, &self.post_prehash))
        }

        fn post_handwritten(&self) -> Signed {
            self.hand.place_order(&self.order, NOW_MS)
        }

        fn signature(request: &rt::Request) -> String {
            header(request, "CB-ACCESS-SIGN")
        }
    }

    struct Hand {
        api_key: String,
        /// The decoded secret (decoded once, when the signer is made).
        key: Vec<u8>,
        passphrase: String,
    }

    #[derive(Serialize)]
    struct Order<'a> {
        #[serde(rename = "type")]
        order_type: &'a str,
        side: &'a str,
        product_id: &'a str,
        price: &'a str,
        size: &'a str,
        client_oid: &'a str,
    }

    impl Hand {
        fn new(api_key: &str, secret: &str, passphrase: &str) -> Hand {
            Hand {
                api_key: api_key.into(),
                key: b64_decode(secret),
                passphrase: passphrase.into(),
            }
        }

        fn list_orders(&self, product_id: &str, limit: u32, status: &str, now_ms: u64) -> Signed {
            let path = format!(
                "/orders?product_id={}&limit={limit}&status={}",
                url(product_id),
                url(status)
            );
            self.signed("GET", path, None, now_ms)
        }

        fn place_order(&self, order: &Order, now_ms: u64) -> Signed {
            let body = serde_json::to_string(order).expect("JSON body");
            self.signed("POST", "/orders".into(), Some(body), now_ms)
        }

        fn signed(
            &self,
            method: &'static str,
            path: String,
            body: Option<String>,
            now_ms: u64,
        ) -> Signed {
            let ts = now_ms / 1000;
            let prehash = format!("{ts}{method}{path}{}", body.as_deref().unwrap_or(""));
            let signature = b64(&hmac::<HmacSha256>(&self.key, prehash.as_bytes()));
            let mut headers = vec![
                h("CB-ACCESS-KEY", &self.api_key),
                h("CB-ACCESS-SIGN", signature),
                h("CB-ACCESS-TIMESTAMP", ts.to_string()),
                h("CB-ACCESS-PASSPHRASE", &self.passphrase),
            ];
            if body.is_some() {
                headers.push(h("Content-Type", "application/json"));
            }
            Signed {
                method,
                url: format!("https://api.exchange.coinbase.com{path}"),
                headers,
                body,
            }
        }
    }

    benches!(Fx);
}

// ---------------------------------------------------------------------------------------------
// Cryptonex: JSON-RPC 2.0, every call a POST to /api; the read is `user.account_list`, the
// write `account.withdraw` (no order placement in the spec). `key`, `sign`, `nonce` go first
// in `params`; sign = hex(sha256(rpc_method ~ nonce ~ secret)), no HMAC.

mod cryptonex {
    use super::*;
    use venue_client::cryptonex as venue;

    const KEY: &str = "cnx-key-0001";
    const SECRET: &str = "cnx-secret-0001";
    const FROM: &str = "0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE";
    const TO: &str = "0x742d35Cc6634C0532925a3b844Bc454e4438f44e";

    pub struct Fx {
        signer: venue::Signer,
        base: rt::BaseUrl,
        get: venue::AccountListParams,
        post: venue::WithdrawParams,
        hand: Hand,
        withdrawal: Withdrawal<'static>,
        get_message: Vec<u8>,
        post_message: Vec<u8>,
    }

    impl Venue for Fx {
        fn new() -> Self {
            let credentials = venue::Credentials {
                api_key: KEY.into(),
                secret: SECRET.into(),
            };
            Fx {
                signer: venue::Signer::new(credentials).expect("credentials"),
                base: base_url(venue::PRODUCTION_URL),
                get: params(json!({"max_count": 50})),
                post: params(json!({
                    "from_hash": FROM, "to_hash": TO, "amount": "5", "auth_2fa_code": "123456",
                })),
                hand: Hand {
                    api_key: KEY.into(),
                    secret: SECRET.into(),
                },
                withdrawal: Withdrawal {
                    from_hash: FROM,
                    to_hash: TO,
                    amount: "5",
                    auth_2fa_code: "123456",
                },
                get_message: format!("user.account_list{NONCE}{SECRET}").into(),
                post_message: format!("account.withdraw{NONCE}{SECRET}").into(),
            }
        }

        fn get_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.get)
        }

        fn get_floor(&self) -> String {
            hex(&Sha256::digest(&self.get_message))
        }

        fn get_handwritten(&self) -> Signed {
            self.hand
                .call("user.account_list", MaxCount { max_count: 50 }, NONCE)
        }

        fn post_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.post)
        }

        fn post_floor(&self) -> String {
            hex(&Sha256::digest(&self.post_message))
        }

        fn post_handwritten(&self) -> Signed {
            self.hand.call("account.withdraw", &self.withdrawal, NONCE)
        }

        fn signature(request: &rt::Request) -> String {
            let body: serde_json::Value =
                serde_json::from_slice(request.body.as_deref().expect("body")).expect("JSON");
            body["params"]["sign"]
                .as_str()
                .expect("params.sign")
                .to_owned()
        }
    }

    struct Hand {
        api_key: String,
        secret: String,
    }

    #[derive(Serialize)]
    struct Call<'a, P> {
        jsonrpc: &'static str,
        method: &'a str,
        params: Params<'a, P>,
        id: u64,
    }

    #[derive(Serialize)]
    struct Params<'a, P> {
        key: &'a str,
        sign: &'a str,
        nonce: u64,
        #[serde(flatten)]
        rest: P,
    }

    #[derive(Serialize)]
    struct MaxCount {
        max_count: u32,
    }

    #[derive(Serialize)]
    struct Withdrawal<'a> {
        from_hash: &'a str,
        to_hash: &'a str,
        amount: &'a str,
        auth_2fa_code: &'a str,
    }

    impl Hand {
        fn call<P: Serialize>(&self, method: &str, rest: P, nonce: u64) -> Signed {
            let sign = hex(&Sha256::digest(format!("{method}{nonce}{}", self.secret)));
            let call = Call {
                jsonrpc: "2.0",
                method,
                params: Params {
                    key: &self.api_key,
                    sign: &sign,
                    nonce,
                    rest,
                },
                id: nonce,
            };
            Signed {
                method: "POST",
                url: "https://userapi.cryptonex.org/api".into(),
                headers: vec![h("Content-Type", "application/json")],
                body: Some(serde_json::to_string(&call).expect("JSON body")),
            }
        }
    }

    benches!(Fx);
}

// ---------------------------------------------------------------------------------------------
// Gate.io (v4): GET /api/v4/spot/open_orders, POST /api/v4/spot/orders. Hex HMAC-SHA512 over
// `method \n path \n query \n hex(sha512(body)) \n unix_s`.

mod gateio {
    use super::*;
    use venue_client::gateio as venue;

    const KEY: &str = "gate-key-0001";
    const SECRET: &str = "gate-secret-0001";

    /// The pre-hash around the body digest, for (b): `head ~ hex(sha512(body)) ~ tail`.
    struct Prehash {
        head: Vec<u8>,
        body: Vec<u8>,
        tail: Vec<u8>,
    }

    pub struct Fx {
        signer: venue::Signer,
        base: rt::BaseUrl,
        get: venue::OpenOrdersParams,
        post: venue::PlaceOrderParams,
        hand: Hand,
        order: Order<'static>,
        mac: HmacSha512,
        get_prehash: Prehash,
        post_prehash: Prehash,
    }

    impl Venue for Fx {
        fn new() -> Self {
            let credentials = venue::Credentials {
                api_key: KEY.into(),
                secret: SECRET.into(),
            };
            let tail = format!("\n{}", NOW_MS / 1000).into_bytes();
            Fx {
                signer: venue::Signer::new(credentials).expect("credentials"),
                base: base_url(venue::PRODUCTION_URL),
                get: params(json!({"page": 1, "limit": 100, "account": "spot"})),
                post: params(json!({
                    "text": "t-bench-1", "currency_pair": "BTC_USDT", "type": "limit",
                    "side": "buy", "amount": "0.01", "price": "35000.5",
                })),
                hand: Hand {
                    api_key: KEY.into(),
                    secret: SECRET.into(),
                },
                order: Order {
                    text: "t-bench-1",
                    currency_pair: "BTC_USDT",
                    order_type: "limit",
                    side: "buy",
                    amount: "0.01",
                    price: "35000.5",
                },
                mac: keyed(SECRET.as_bytes()),
                get_prehash: Prehash {
                    head: b"GET\n/api/v4/spot/open_orders\npage=1&limit=100&account=spot\n".into(),
                    body: Vec::new(),
                    tail: tail.clone(),
                },
                post_prehash: Prehash {
                    head: b"POST\n/api/v4/spot/orders\n\n".into(),
                    body: br#"{"text":"t-bench-1","currency_pair":"BTC_USDT","type":"limit","side":"buy","amount":"0.01","price":"35000.5"}"#.into(),
                    tail,
                },
            }
        }

        fn get_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.get)
        }

        fn get_floor(&self) -> String {
            floor(&self.mac, &self.get_prehash)
        }

        fn get_handwritten(&self) -> Signed {
            self.hand.open_orders(1, 100, "spot", NOW_MS)
        }

        fn post_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.post)
        }

        fn post_floor(&self) -> String {
            floor(&self.mac, &self.post_prehash)
        }

        fn post_handwritten(&self) -> Signed {
            self.hand.place_order(&self.order, NOW_MS)
        }

        fn signature(request: &rt::Request) -> String {
            header(request, "SIGN")
        }
    }

    /// (b): the body digest, then the MAC over head, digest and tail.
    fn floor(keyed: &HmacSha512, prehash: &Prehash) -> String {
        let digest = hex(&Sha512::digest(&prehash.body));
        let mut mac = keyed.clone();
        mac.update(&prehash.head);
        mac.update(digest.as_bytes());
        mac.update(&prehash.tail);
        hex(&mac.finalize().into_bytes())
    }

    struct Hand {
        api_key: String,
        secret: String,
    }

    #[derive(Serialize)]
    struct Order<'a> {
        text: &'a str,
        currency_pair: &'a str,
        #[serde(rename = "type")]
        order_type: &'a str,
        side: &'a str,
        amount: &'a str,
        price: &'a str,
    }

    impl Hand {
        fn open_orders(&self, page: u32, limit: u32, account: &str, now_ms: u64) -> Signed {
            let query = format!("page={page}&limit={limit}&account={}", url(account));
            self.signed("GET", "/api/v4/spot/open_orders", &query, None, now_ms)
        }

        fn place_order(&self, order: &Order, now_ms: u64) -> Signed {
            let body = serde_json::to_string(order).expect("JSON body");
            self.signed("POST", "/api/v4/spot/orders", "", Some(body), now_ms)
        }

        fn signed(
            &self,
            method: &'static str,
            path: &str,
            query: &str,
            body: Option<String>,
            now_ms: u64,
        ) -> Signed {
            let ts = now_ms / 1000;
            let hashed = hex(&Sha512::digest(body.as_deref().unwrap_or("")));
            let prehash = format!("{method}\n{path}\n{query}\n{hashed}\n{ts}");
            let signature = hex(&hmac::<HmacSha512>(
                self.secret.as_bytes(),
                prehash.as_bytes(),
            ));
            let mut headers = vec![
                h("KEY", &self.api_key),
                h("Timestamp", ts.to_string()),
                h("SIGN", signature),
            ];
            if body.is_some() {
                headers.push(h("Content-Type", "application/json"));
            }
            let url = if query.is_empty() {
                format!("https://api.gateio.ws{path}")
            } else {
                format!("https://api.gateio.ws{path}?{query}")
            };
            Signed {
                method,
                url,
                headers,
                body,
            }
        }
    }

    benches!(Fx);
}

// ---------------------------------------------------------------------------------------------
// Gemini: every private call is a POST whose JSON payload (`request`, `nonce`, params) travels
// base64-encoded in a header, with no HTTP body; the read is /v1/order/status, the write
// /v1/order/new. Hex HMAC-SHA384 over the base64 text.

mod gemini {
    use super::*;
    use venue_client::gemini as venue;

    const KEY: &str = "account-gemini-key-0001";
    const SECRET: &str = "gemini-secret-0001";

    pub struct Fx {
        signer: venue::Signer,
        base: rt::BaseUrl,
        get: venue::OrderStatusParams,
        post: venue::PlaceOrderParams,
        hand: Hand,
        order: Order<'static>,
        mac: HmacSha384,
        get_prehash: Vec<u8>,
        post_prehash: Vec<u8>,
    }

    impl Venue for Fx {
        fn new() -> Self {
            let credentials = venue::Credentials {
                api_key: KEY.into(),
                secret: SECRET.into(),
            };
            let get_payload = format!(
                r#"{{"request":"/v1/order/status","nonce":{NONCE},"order_id":123456789,"include_trades":true}}"#
            );
            let post_payload = format!(
                r#"{{"request":"/v1/order/new","nonce":{NONCE},"client_order_id":"bench-1","symbol":"btcusd","amount":"0.01","price":"35000.50","side":"buy","type":"exchange limit"}}"#
            );
            Fx {
                signer: venue::Signer::new(credentials).expect("credentials"),
                base: base_url(venue::PRODUCTION_URL),
                get: params(json!({"order_id": 123_456_789, "include_trades": true})),
                post: params(json!({
                    "client_order_id": "bench-1", "symbol": "btcusd", "amount": "0.01",
                    "price": "35000.50", "side": "buy", "type": "exchange limit",
                })),
                hand: Hand {
                    api_key: KEY.into(),
                    secret: SECRET.into(),
                },
                order: Order {
                    client_order_id: "bench-1",
                    symbol: "btcusd",
                    amount: "0.01",
                    price: "35000.50",
                    side: "buy",
                    order_type: "exchange limit",
                },
                mac: keyed(SECRET.as_bytes()),
                get_prehash: b64(get_payload.as_bytes()).into(),
                post_prehash: b64(post_payload.as_bytes()).into(),
            }
        }

        fn get_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.get)
        }

        fn get_floor(&self) -> String {
            hex(&mac_once(&self.mac, &self.get_prehash))
        }

        fn get_handwritten(&self) -> Signed {
            let status = OrderStatus {
                order_id: 123_456_789,
                include_trades: true,
            };
            self.hand.call("/v1/order/status", status, NONCE)
        }

        fn post_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.post)
        }

        fn post_floor(&self) -> String {
            hex(&mac_once(&self.mac, &self.post_prehash))
        }

        fn post_handwritten(&self) -> Signed {
            self.hand.call("/v1/order/new", &self.order, NONCE)
        }

        fn signature(request: &rt::Request) -> String {
            header(request, "X-GEMINI-SIGNATURE")
        }
    }

    struct Hand {
        api_key: String,
        secret: String,
    }

    #[derive(Serialize)]
    struct Payload<'a, P> {
        request: &'a str,
        nonce: u64,
        #[serde(flatten)]
        params: P,
    }

    #[derive(Serialize)]
    struct OrderStatus {
        order_id: u64,
        include_trades: bool,
    }

    #[derive(Serialize)]
    struct Order<'a> {
        client_order_id: &'a str,
        symbol: &'a str,
        amount: &'a str,
        price: &'a str,
        side: &'a str,
        #[serde(rename = "type")]
        order_type: &'a str,
    }

    impl Hand {
        fn call<P: Serialize>(&self, path: &str, params: P, nonce: u64) -> Signed {
            let payload = Payload {
                request: path,
                nonce,
                params,
            };
            let payload = b64(serde_json::to_string(&payload)
                .expect("JSON payload")
                .as_bytes());
            let signature = hex(&hmac::<HmacSha384>(
                self.secret.as_bytes(),
                payload.as_bytes(),
            ));
            Signed {
                method: "POST",
                url: format!("https://api.gemini.com{path}"),
                headers: vec![
                    h("Content-Type", "text/plain"),
                    h("Cache-Control", "no-cache"),
                    h("X-GEMINI-APIKEY", &self.api_key),
                    h("X-GEMINI-PAYLOAD", payload),
                    h("X-GEMINI-SIGNATURE", signature),
                ],
                body: None,
            }
        }
    }

    benches!(Fx);
}

// ---------------------------------------------------------------------------------------------
// Kraken: every private call is a POST with a form body, `nonce` first; the read is
// /0/private/OpenOrders, the write /0/private/AddOrder. Base64 HMAC-SHA512, keyed with the
// base64-decoded secret, over `path ~ sha256(nonce ~ body)` (binary digest).

mod kraken {
    use super::*;
    use venue_client::kraken as venue;

    const KEY: &str = "kraken-key-0001";
    const SECRET: &str =
        "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";

    /// The pre-hash parts, for (b): `path ~ sha256(nonce_body)`.
    struct Prehash {
        path: Vec<u8>,
        nonce_body: Vec<u8>,
    }

    pub struct Fx {
        signer: venue::Signer,
        base: rt::BaseUrl,
        get: venue::OpenOrdersParams,
        post: venue::PlaceOrderParams,
        hand: Hand,
        order: Order<'static>,
        mac: HmacSha512,
        get_prehash: Prehash,
        post_prehash: Prehash,
    }

    impl Venue for Fx {
        fn new() -> Self {
            let credentials = venue::Credentials {
                api_key: KEY.into(),
                secret: SECRET.into(),
            };
            Fx {
                signer: venue::Signer::new(credentials).expect("credentials"),
                base: base_url(venue::PRODUCTION_URL),
                get: params(json!({"trades": true, "userref": 42})),
                post: params(json!({
                    "cl_ord_id": "bench-1", "ordertype": "limit", "pair": "XBTUSD",
                    "price": "35000.5", "type": "buy", "volume": "0.01",
                })),
                hand: Hand::new(KEY, SECRET),
                order: Order {
                    cl_ord_id: "bench-1",
                    ordertype: "limit",
                    pair: "XBTUSD",
                    price: "35000.5",
                    side: "buy",
                    volume: "0.01",
                },
                mac: keyed(&b64_decode(SECRET)),
                get_prehash: Prehash {
                    path: b"/0/private/OpenOrders".into(),
                    nonce_body: format!("{NONCE}nonce={NONCE}&trades=true&userref=42").into(),
                },
                post_prehash: Prehash {
                    path: b"/0/private/AddOrder".into(),
                    nonce_body: format!(
                        "{NONCE}nonce={NONCE}&cl_ord_id=bench-1&ordertype=limit&pair=XBTUSD\
                         &price=35000.5&type=buy&volume=0.01"
                    )
                    .into(),
                },
            }
        }

        fn get_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.get)
        }

        fn get_floor(&self) -> String {
            floor(&self.mac, &self.get_prehash)
        }

        fn get_handwritten(&self) -> Signed {
            self.hand.open_orders(true, 42, NONCE)
        }

        fn post_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.post)
        }

        fn post_floor(&self) -> String {
            floor(&self.mac, &self.post_prehash)
        }

        fn post_handwritten(&self) -> Signed {
            self.hand.add_order(&self.order, NONCE)
        }

        fn signature(request: &rt::Request) -> String {
            header(request, "API-Sign")
        }
    }

    /// (b): the inner SHA-256, then the MAC over path and digest.
    fn floor(keyed: &HmacSha512, prehash: &Prehash) -> String {
        let digest = Sha256::digest(&prehash.nonce_body);
        let mut mac = keyed.clone();
        mac.update(&prehash.path);
        mac.update(&digest);
        b64(&mac.finalize().into_bytes())
    }

    struct Hand {
        api_key: String,
        /// The decoded secret (decoded once, when the signer is made).
        key: Vec<u8>,
    }

    struct Order<'a> {
        cl_ord_id: &'a str,
        ordertype: &'a str,
        pair: &'a str,
        price: &'a str,
        side: &'a str,
        volume: &'a str,
    }

    impl Hand {
        fn new(api_key: &str, secret: &str) -> Hand {
            Hand {
                api_key: api_key.into(),
                key: b64_decode(secret),
            }
        }

        fn open_orders(&self, trades: bool, userref: u32, nonce: u64) -> Signed {
            let body = format!("nonce={nonce}&trades={trades}&userref={userref}");
            self.private("/0/private/OpenOrders", nonce, body)
        }

        fn add_order(&self, order: &Order, nonce: u64) -> Signed {
            let body = format!(
                "nonce={nonce}&cl_ord_id={}&ordertype={}&pair={}&price={}&type={}&volume={}",
                form(order.cl_ord_id),
                order.ordertype,
                form(order.pair),
                order.price,
                order.side,
                order.volume,
            );
            self.private("/0/private/AddOrder", nonce, body)
        }

        fn private(&self, path: &str, nonce: u64, body: String) -> Signed {
            let digest = Sha256::digest(format!("{nonce}{body}"));
            let mut mac = HmacSha512::new_from_slice(&self.key).expect("any key length");
            mac.update(path.as_bytes());
            mac.update(&digest);
            let signature = b64(&mac.finalize().into_bytes());
            Signed {
                method: "POST",
                url: format!("https://api.kraken.com{path}"),
                headers: vec![
                    h("API-Key", &self.api_key),
                    h("API-Sign", signature),
                    h("Content-Type", "application/x-www-form-urlencoded"),
                ],
                body: Some(body),
            }
        }
    }

    benches!(Fx);
}

// ---------------------------------------------------------------------------------------------
// KuCoin: GET /api/v1/orders, POST /api/v1/orders. Base64 HMAC-SHA256 over
// `ts ~ method ~ path?query ~ body`; the passphrase is HMAC-signed once, up front.

mod kucoin {
    use super::*;
    use venue_client::kucoin as venue;

    const KEY: &str = "kc-key-0001";
    const SECRET: &str = "kc-secret-0001";
    const PASSPHRASE: &str = "kc-pass-0001";

    pub struct Fx {
        signer: venue::Signer,
        base: rt::BaseUrl,
        get: venue::ListOrdersParams,
        post: venue::PlaceOrderParams,
        hand: Hand,
        order: Order<'static>,
        mac: HmacSha256,
        get_prehash: Vec<u8>,
        post_prehash: Vec<u8>,
    }

    impl Venue for Fx {
        fn new() -> Self {
            let credentials = venue::Credentials {
                api_key: KEY.into(),
                secret: SECRET.into(),
                passphrase: PASSPHRASE.into(),
            };
            Fx {
                signer: venue::Signer::new(credentials).expect("credentials"),
                base: base_url(venue::PRODUCTION_URL),
                get: params(json!({"status": "active", "symbol": "BTC-USDT"})),
                post: params(json!({
                    "clientOid": "bench-1", "side": "buy", "symbol": "BTC-USDT", "type": "limit",
                    "price": "35000.5", "size": "0.01",
                })),
                hand: Hand::new(KEY, SECRET, PASSPHRASE),
                order: Order {
                    client_oid: "bench-1",
                    side: "buy",
                    symbol: "BTC-USDT",
                    order_type: "limit",
                    price: "35000.5",
                    size: "0.01",
                },
                mac: keyed(SECRET.as_bytes()),
                get_prehash: format!("{NOW_MS}GET/api/v1/orders?status=active&symbol=BTC-USDT")
                    .into(),
                post_prehash: format!(
                    r#"{NOW_MS}POST/api/v1/orders{{"clientOid":"bench-1","side":"buy","symbol":"BTC-USDT","type":"limit","price":"35000.5","size":"0.01"}}"#
                )
                .into(),
            }
        }

        fn get_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.get)
        }

        fn get_floor(&self) -> String {
            b64(&mac_once(&self.mac, &self.get_prehash))
        }

        fn get_handwritten(&self) -> Signed {
            self.hand.list_orders("active", "BTC-USDT", NOW_MS)
        }

        fn post_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.post)
        }

        fn post_floor(&self) -> String {
            b64(&mac_once(&self.mac, &self.post_prehash))
        }

        fn post_handwritten(&self) -> Signed {
            self.hand.place_order(&self.order, NOW_MS)
        }

        fn signature(request: &rt::Request) -> String {
            header(request, "KC-API-SIGN")
        }
    }

    struct Hand {
        api_key: String,
        secret: String,
        /// base64(HMAC-SHA256(secret, passphrase)), computed once.
        signed_passphrase: String,
    }

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Order<'a> {
        client_oid: &'a str,
        side: &'a str,
        symbol: &'a str,
        #[serde(rename = "type")]
        order_type: &'a str,
        price: &'a str,
        size: &'a str,
    }

    impl Hand {
        fn new(api_key: &str, secret: &str, passphrase: &str) -> Hand {
            Hand {
                api_key: api_key.into(),
                secret: secret.into(),
                signed_passphrase: b64(&hmac::<HmacSha256>(
                    secret.as_bytes(),
                    passphrase.as_bytes(),
                )),
            }
        }

        fn list_orders(&self, status: &str, symbol: &str, now_ms: u64) -> Signed {
            let path = format!(
                "/api/v1/orders?status={}&symbol={}",
                url(status),
                url(symbol)
            );
            self.signed("GET", path, None, now_ms)
        }

        fn place_order(&self, order: &Order, now_ms: u64) -> Signed {
            let body = serde_json::to_string(order).expect("JSON body");
            self.signed("POST", "/api/v1/orders".into(), Some(body), now_ms)
        }

        fn signed(
            &self,
            method: &'static str,
            path: String,
            body: Option<String>,
            now_ms: u64,
        ) -> Signed {
            let prehash = format!("{now_ms}{method}{path}{}", body.as_deref().unwrap_or(""));
            let signature = b64(&hmac::<HmacSha256>(
                self.secret.as_bytes(),
                prehash.as_bytes(),
            ));
            let mut headers = vec![
                h("KC-API-KEY", &self.api_key),
                h("KC-API-SIGN", signature),
                h("KC-API-TIMESTAMP", now_ms.to_string()),
                h("KC-API-PASSPHRASE", &self.signed_passphrase),
                h("KC-API-KEY-VERSION", "2"),
            ];
            if body.is_some() {
                headers.push(h("Content-Type", "application/json"));
            }
            Signed {
                method,
                url: format!("https://api.kucoin.com{path}"),
                headers,
                body,
            }
        }
    }

    benches!(Fx);
}

// ---------------------------------------------------------------------------------------------
// KunaPay: GET /v1/asset/balance (no params; a GET that sends and signs the JSON body `{}`),
// POST /v1/invoice (its only two fields). Hex HMAC-SHA384 over `path ~ nonce ~ body`.

mod kunapay {
    use super::*;
    use venue_client::kunapay as venue;

    const PUBLIC_KEY: &str = "kp-public-0001";
    const PRIVATE_KEY: &str = "kp-private-0001";

    pub struct Fx {
        signer: venue::Signer,
        base: rt::BaseUrl,
        get: venue::GetBalanceParams,
        post: venue::CreateInvoiceParams,
        hand: Hand,
        mac: HmacSha384,
        get_prehash: Vec<u8>,
        post_prehash: Vec<u8>,
    }

    impl Venue for Fx {
        fn new() -> Self {
            let credentials = venue::Credentials {
                api_key: None,
                public_key: Some(PUBLIC_KEY.into()),
                private_key: Some(PRIVATE_KEY.into()),
            };
            Fx {
                signer: venue::Signer::new(credentials).expect("credentials"),
                base: base_url(venue::PRODUCTION_URL),
                get: params(json!({})),
                post: params(json!({"asset": "USD", "amount": "1000"})),
                hand: Hand {
                    public_key: PUBLIC_KEY.into(),
                    private_key: PRIVATE_KEY.into(),
                },
                mac: keyed(PRIVATE_KEY.as_bytes()),
                get_prehash: format!("/v1/asset/balance{NONCE}{{}}").into(),
                post_prehash: format!(r#"/v1/invoice{NONCE}{{"asset":"USD","amount":"1000"}}"#)
                    .into(),
            }
        }

        fn get_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.get)
        }

        fn get_floor(&self) -> String {
            hex(&mac_once(&self.mac, &self.get_prehash))
        }

        fn get_handwritten(&self) -> Signed {
            self.hand.call("GET", "/v1/asset/balance", Empty {}, NONCE)
        }

        fn post_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.post)
        }

        fn post_floor(&self) -> String {
            hex(&mac_once(&self.mac, &self.post_prehash))
        }

        fn post_handwritten(&self) -> Signed {
            let invoice = Invoice {
                asset: "USD",
                amount: "1000",
            };
            self.hand.call("POST", "/v1/invoice", invoice, NONCE)
        }

        fn signature(request: &rt::Request) -> String {
            header(request, "signature")
        }
    }

    struct Hand {
        public_key: String,
        private_key: String,
    }

    #[derive(Serialize)]
    struct Empty {}

    #[derive(Serialize)]
    struct Invoice<'a> {
        asset: &'a str,
        amount: &'a str,
    }

    impl Hand {
        fn call<P: Serialize>(
            &self,
            method: &'static str,
            path: &str,
            params: P,
            nonce: u64,
        ) -> Signed {
            let body = serde_json::to_string(&params).expect("JSON body");
            let prehash = format!("{path}{nonce}{body}");
            let signature = hex(&hmac::<HmacSha384>(
                self.private_key.as_bytes(),
                prehash.as_bytes(),
            ));
            Signed {
                method,
                url: format!("https://api.kunapay.io{path}"),
                headers: vec![
                    h("accept", "application/json"),
                    h("public-key", &self.public_key),
                    h("nonce", nonce.to_string()),
                    h("signature", signature),
                    h("Content-Type", "application/json"),
                ],
                body: Some(body),
            }
        }
    }

    benches!(Fx);
}

// ---------------------------------------------------------------------------------------------
// OKX (v5): GET /api/v5/trade/orders-pending, POST /api/v5/trade/order. Base64 HMAC-SHA256
// over `iso8601_ms ~ method ~ path?query ~ body`; the passphrase goes as is.

mod okx {
    use super::*;
    use venue_client::okx as venue;

    const KEY: &str = "okx-key-0001";
    const SECRET: &str = "okx-secret-0001";
    const PASSPHRASE: &str = "okx-pass-0001";
    /// [`NOW_MS`] in OKX's format.
    const TS: &str = "2023-11-14T22:13:20.000Z";

    pub struct Fx {
        signer: venue::Signer,
        base: rt::BaseUrl,
        get: venue::OpenOrdersParams,
        post: venue::PlaceOrderParams,
        hand: Hand,
        order: Order<'static>,
        mac: HmacSha256,
        get_prehash: Vec<u8>,
        post_prehash: Vec<u8>,
    }

    impl Venue for Fx {
        fn new() -> Self {
            let credentials = venue::Credentials {
                api_key: KEY.into(),
                secret: SECRET.into(),
                passphrase: PASSPHRASE.into(),
                simulated_trading: None,
            };
            Fx {
                signer: venue::Signer::new(credentials).expect("credentials"),
                base: base_url(venue::PRODUCTION_URL),
                get: params(json!({"instType": "SPOT", "instId": "BTC-USDT", "limit": 50})),
                post: params(json!({
                    "instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit",
                    "sz": "0.01", "px": "35000.5",
                })),
                hand: Hand {
                    api_key: KEY.into(),
                    secret: SECRET.into(),
                    passphrase: PASSPHRASE.into(),
                },
                order: Order {
                    inst_id: "BTC-USDT",
                    td_mode: "cash",
                    side: "buy",
                    ord_type: "limit",
                    sz: "0.01",
                    px: "35000.5",
                },
                mac: keyed(SECRET.as_bytes()),
                get_prehash: format!(
                    "{TS}GET/api/v5/trade/orders-pending?instType=SPOT&instId=BTC-USDT&limit=50"
                )
                .into(),
                post_prehash: format!(
                    r#"{TS}POST/api/v5/trade/order{{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"limit","sz":"0.01","px":"35000.5"}}"#
                )
                .into(),
            }
        }

        fn get_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.get)
        }

        fn get_floor(&self) -> String {
            b64(&mac_once(&self.mac, &self.get_prehash))
        }

        fn get_handwritten(&self) -> Signed {
            self.hand.open_orders("SPOT", "BTC-USDT", 50, NOW_MS)
        }

        fn post_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.post)
        }

        fn post_floor(&self) -> String {
            b64(&mac_once(&self.mac, &self.post_prehash))
        }

        fn post_handwritten(&self) -> Signed {
            self.hand.place_order(&self.order, NOW_MS)
        }

        fn signature(request: &rt::Request) -> String {
            header(request, "OK-ACCESS-SIGN")
        }
    }

    struct Hand {
        api_key: String,
        secret: String,
        passphrase: String,
    }

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Order<'a> {
        inst_id: &'a str,
        td_mode: &'a str,
        side: &'a str,
        ord_type: &'a str,
        sz: &'a str,
        px: &'a str,
    }

    impl Hand {
        fn open_orders(&self, inst_type: &str, inst_id: &str, limit: u32, now_ms: u64) -> Signed {
            let path = format!(
                "/api/v5/trade/orders-pending?instType={}&instId={}&limit={limit}",
                url(inst_type),
                url(inst_id)
            );
            self.signed("GET", path, None, now_ms)
        }

        fn place_order(&self, order: &Order, now_ms: u64) -> Signed {
            let body = serde_json::to_string(order).expect("JSON body");
            self.signed("POST", "/api/v5/trade/order".into(), Some(body), now_ms)
        }

        fn signed(
            &self,
            method: &'static str,
            path: String,
            body: Option<String>,
            now_ms: u64,
        ) -> Signed {
            let ts = iso8601_ms(now_ms);
            let prehash = format!("{ts}{method}{path}{}", body.as_deref().unwrap_or(""));
            let signature = b64(&hmac::<HmacSha256>(
                self.secret.as_bytes(),
                prehash.as_bytes(),
            ));
            let mut headers = vec![
                h("OK-ACCESS-KEY", &self.api_key),
                h("OK-ACCESS-SIGN", signature),
                h("OK-ACCESS-TIMESTAMP", ts),
                h("OK-ACCESS-PASSPHRASE", &self.passphrase),
            ];
            if body.is_some() {
                headers.push(h("Content-Type", "application/json"));
            }
            Signed {
                method,
                url: format!("https://www.okx.com{path}"),
                headers,
                body,
            }
        }
    }

    benches!(Fx);
}

// ---------------------------------------------------------------------------------------------
// ViaBTC pool: GET /account/sub, POST /wallet/payment/address (its richest signed write; the
// pool has no orders). `tonce` appended to the query (GET) or body (POST); hex HMAC-SHA256
// over the query string or the raw body.

mod viabtc {
    use super::*;
    use venue_client::viabtc as venue;

    const KEY: &str = "viabtc-key-0001";
    const SECRET: &str = "viabtc-secret-0001";
    const ADDRESS: &str = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh";

    pub struct Fx {
        signer: venue::Signer,
        base: rt::BaseUrl,
        get: venue::ListSubAccountsParams,
        post: venue::SetPaymentAddressParams,
        hand: Hand,
        mac: HmacSha256,
        get_prehash: Vec<u8>,
        post_prehash: Vec<u8>,
    }

    impl Venue for Fx {
        fn new() -> Self {
            let credentials = venue::Credentials {
                api_key: KEY.into(),
                secret: SECRET.into(),
            };
            Fx {
                signer: venue::Signer::new(credentials).expect("credentials"),
                base: base_url(venue::PRODUCTION_URL),
                get: params(json!({"page": 1, "limit": 50})),
                post: params(json!({
                    "coin": "BTC", "address": ADDRESS, "payment_password": "hunter2",
                })),
                hand: Hand {
                    api_key: KEY.into(),
                    secret: SECRET.into(),
                },
                mac: keyed(SECRET.as_bytes()),
                get_prehash: format!("page=1&limit=50&tonce={NOW_MS}").into(),
                post_prehash: format!(
                    r#"{{"coin":"BTC","address":"{ADDRESS}","payment_password":"hunter2","tonce":{NOW_MS}}}"#
                )
                .into(),
            }
        }

        fn get_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.get)
        }

        fn get_floor(&self) -> String {
            hex(&mac_once(&self.mac, &self.get_prehash))
        }

        fn get_handwritten(&self) -> Signed {
            self.hand.list_sub_accounts(1, 50, NOW_MS)
        }

        fn post_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.post)
        }

        fn post_floor(&self) -> String {
            hex(&mac_once(&self.mac, &self.post_prehash))
        }

        fn post_handwritten(&self) -> Signed {
            let address = PaymentAddress {
                coin: "BTC",
                address: ADDRESS,
                payment_password: "hunter2",
            };
            self.hand.post("/wallet/payment/address", address, NOW_MS)
        }

        fn signature(request: &rt::Request) -> String {
            header(request, "X-SIGNATURE")
        }
    }

    struct Hand {
        api_key: String,
        secret: String,
    }

    #[derive(Serialize)]
    struct WithTonce<P> {
        #[serde(flatten)]
        params: P,
        tonce: u64,
    }

    #[derive(Serialize)]
    struct PaymentAddress<'a> {
        coin: &'a str,
        address: &'a str,
        payment_password: &'a str,
    }

    impl Hand {
        fn list_sub_accounts(&self, page: u32, limit: u32, now_ms: u64) -> Signed {
            let query = format!("page={page}&limit={limit}&tonce={now_ms}");
            let signature = self.sign(&query);
            Signed {
                method: "GET",
                url: format!("https://www.viabtc.net/res/openapi/v1/account/sub?{query}"),
                headers: vec![h("X-API-KEY", &self.api_key), h("X-SIGNATURE", signature)],
                body: None,
            }
        }

        fn post<P: Serialize>(&self, path: &str, params: P, now_ms: u64) -> Signed {
            let body = WithTonce {
                params,
                tonce: now_ms,
            };
            let body = serde_json::to_string(&body).expect("JSON body");
            let signature = self.sign(&body);
            Signed {
                method: "POST",
                url: format!("https://www.viabtc.net/res/openapi/v1{path}"),
                headers: vec![
                    h("X-API-KEY", &self.api_key),
                    h("X-SIGNATURE", signature),
                    h("Content-Type", "application/json"),
                ],
                body: Some(body),
            }
        }

        fn sign(&self, payload: &str) -> String {
            hex(&hmac::<HmacSha256>(
                self.secret.as_bytes(),
                payload.as_bytes(),
            ))
        }
    }

    benches!(Fx);
}

// ---------------------------------------------------------------------------------------------
// Bitget (v2): GET /api/v2/spot/trade/unfilled-orders, POST /api/v2/spot/trade/place-order.
// Base64 HMAC-SHA256 over `ts ~ method ~ path ~ ?query ~ body`, the query sorted by key and
// signed unescaped (the URL carries it escaped).

mod bitget {
    use super::*;
    use venue_client::bitget as venue;

    const KEY: &str = "bitget-key-0001";
    const SECRET: &str = "bitget-secret-0001";
    const PASSPHRASE: &str = "bitget-pass-0001";

    pub struct Fx {
        signer: venue::Signer,
        base: rt::BaseUrl,
        get: venue::UnfilledOrdersParams,
        post: venue::PlaceOrderParams,
        hand: Hand,
        order: Order<'static>,
        mac: HmacSha256,
        get_prehash: Vec<u8>,
        post_prehash: Vec<u8>,
    }

    impl Venue for Fx {
        fn new() -> Self {
            let credentials = venue::Credentials {
                api_key: KEY.into(),
                secret: SECRET.into(),
                passphrase: PASSPHRASE.into(),
            };
            Fx {
                signer: venue::Signer::new(credentials).expect("credentials"),
                base: base_url(venue::PRODUCTION_URL),
                get: params(json!({"symbol": "BTCUSDT", "limit": 50})),
                post: params(json!({
                    "symbol": "BTCUSDT", "side": "buy", "orderType": "limit", "force": "gtc",
                    "price": "35000.5", "size": "0.01", "clientOid": "b-bench-1",
                })),
                hand: Hand {
                    api_key: KEY.into(),
                    secret: SECRET.into(),
                    passphrase: PASSPHRASE.into(),
                },
                order: Order {
                    symbol: "BTCUSDT",
                    side: "buy",
                    order_type: "limit",
                    force: "gtc",
                    price: "35000.5",
                    size: "0.01",
                    client_oid: "b-bench-1",
                },
                mac: keyed(SECRET.as_bytes()),
                get_prehash: format!(
                    "{NOW_MS}GET/api/v2/spot/trade/unfilled-orders?limit=50&symbol=BTCUSDT"
                )
                .into(),
                post_prehash: format!(
                    r#"{NOW_MS}POST/api/v2/spot/trade/place-order{{"symbol":"BTCUSDT","side":"buy","orderType":"limit","force":"gtc","price":"35000.5","size":"0.01","clientOid":"b-bench-1"}}"#
                )
                .into(),
            }
        }

        fn get_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.get)
        }

        fn get_floor(&self) -> String {
            b64(&mac_once(&self.mac, &self.get_prehash))
        }

        fn get_handwritten(&self) -> Signed {
            self.hand.unfilled_orders("BTCUSDT", 50, NOW_MS)
        }

        fn post_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.post)
        }

        fn post_floor(&self) -> String {
            b64(&mac_once(&self.mac, &self.post_prehash))
        }

        fn post_handwritten(&self) -> Signed {
            self.hand.place_order(&self.order, NOW_MS)
        }

        fn signature(request: &rt::Request) -> String {
            header(request, "ACCESS-SIGN")
        }
    }

    struct Hand {
        api_key: String,
        secret: String,
        passphrase: String,
    }

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Order<'a> {
        symbol: &'a str,
        side: &'a str,
        order_type: &'a str,
        force: &'a str,
        price: &'a str,
        size: &'a str,
        client_oid: &'a str,
    }

    impl Hand {
        fn unfilled_orders(&self, symbol: &str, limit: u32, now_ms: u64) -> Signed {
            // Keys in sorted order; signed as is, sent escaped.
            let signed_query = format!("limit={limit}&symbol={symbol}");
            let query = format!("limit={limit}&symbol={}", url(symbol));
            let path = "/api/v2/spot/trade/unfilled-orders";
            let prehash = format!("{now_ms}GET{path}?{signed_query}");
            Signed {
                method: "GET",
                url: format!("https://api.bitget.com{path}?{query}"),
                headers: self.headers(&prehash, now_ms),
                body: None,
            }
        }

        fn place_order(&self, order: &Order, now_ms: u64) -> Signed {
            let body = serde_json::to_string(order).expect("JSON body");
            let path = "/api/v2/spot/trade/place-order";
            let prehash = format!("{now_ms}POST{path}{body}");
            let mut headers = self.headers(&prehash, now_ms);
            headers.push(h("Content-Type", "application/json"));
            Signed {
                method: "POST",
                url: format!("https://api.bitget.com{path}"),
                headers,
                body: Some(body),
            }
        }

        fn headers(&self, prehash: &str, now_ms: u64) -> Vec<(String, String)> {
            let signature = b64(&hmac::<HmacSha256>(
                self.secret.as_bytes(),
                prehash.as_bytes(),
            ));
            vec![
                h("ACCESS-KEY", &self.api_key),
                h("ACCESS-SIGN", signature),
                h("ACCESS-TIMESTAMP", now_ms.to_string()),
                h("ACCESS-PASSPHRASE", &self.passphrase),
                h("locale", "en-US"),
            ]
        }
    }

    benches!(Fx);
}

// ---------------------------------------------------------------------------------------------
// JWS detached (RFC 7515 Appendix F), scheme `hs256`, on its one request: POST /v1/messages.
// `X-JWS-Signature: protected ~ '..' ~ b64url(HMAC-SHA256(k, protected ~ '.' ~ b64url(body)))`,
// `protected` being the issued header, base64url-encoded once.

mod jws_detached {
    use super::*;
    use venue_client::jws_detached as venue;

    const HEADER: &str = r#"{"alg":"HS256","kid":"k-bench-1"}"#;
    /// The JWK `k`: 32 bytes, base64url.
    const K: &str = "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr8";
    const TEXT: &str = "Order 42 shipped; tracking 1Z999AA10123456784.";

    pub struct Fx {
        signer: venue::Signer,
        base: rt::BaseUrl,
        post: venue::SubmitMessageParams,
        hand: Hand,
        mac: HmacSha256,
        /// The body, for (b): `protected ~ '.' ~ b64url(body)` is the signing input.
        body: Vec<u8>,
        protected: String,
    }

    impl Venue for Fx {
        const GET: bool = false;

        fn new() -> Self {
            let credentials = venue::Credentials {
                jws_header: HEADER.into(),
                hmac_key: Some(K.into()),
                ed25519_key: None,
                ec_key: None,
            };
            let key = base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(K)
                .expect("base64url key");
            Fx {
                signer: venue::Signer::new(credentials).expect("credentials"),
                base: base_url(venue::PRODUCTION_URL),
                post: params(json!({"text": TEXT})),
                hand: Hand {
                    protected: b64url(HEADER.as_bytes()),
                    key: key.clone(),
                },
                mac: keyed(&key),
                body: format!(r#"{{"text":"{TEXT}"}}"#).into(),
                protected: b64url(HEADER.as_bytes()),
            }
        }

        fn post_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Hs256, self.post)
        }

        /// The body's base64url is part of the signing input, so it is included, as Gate.io's
        /// body digest is.
        fn post_floor(&self) -> String {
            let mut mac = self.mac.clone();
            mac.update(self.protected.as_bytes());
            mac.update(b".");
            mac.update(b64url(&self.body).as_bytes());
            b64url(&mac.finalize().into_bytes())
        }

        fn post_handwritten(&self) -> Signed {
            self.hand.submit(&Message { text: TEXT })
        }

        fn signature(request: &rt::Request) -> String {
            let value = header(request, "X-JWS-Signature");
            let (_, signature) = value.split_once("..").expect("detached JWS");
            signature.to_owned()
        }
    }

    struct Hand {
        protected: String,
        key: Vec<u8>,
    }

    #[derive(Serialize)]
    struct Message<'a> {
        text: &'a str,
    }

    impl Hand {
        fn submit(&self, message: &Message) -> Signed {
            let body = serde_json::to_string(message).expect("JSON body");
            let signing_input = format!("{}.{}", self.protected, b64url(body.as_bytes()));
            let signature = b64url(&hmac::<HmacSha256>(&self.key, signing_input.as_bytes()));
            Signed {
                method: "POST",
                url: "https://jws.example/v1/messages".to_owned(),
                headers: vec![
                    h(
                        "X-JWS-Signature",
                        format!("{}..{signature}", self.protected),
                    ),
                    h("Content-Type", "application/json"),
                ],
                body: Some(body),
            }
        }
    }

    benches!(Fx: post_generated, post_floor, post_handwritten);
}

// ---------------------------------------------------------------------------------------------
// Tencent Cloud CVM (TC3-HMAC-SHA256), scheme `tc3`, on its one request: DescribeInstances, a
// read that is a POST of JSON to `/`. Hex HMAC-SHA256, keyed by the date-scoped key chain,
// over a string to sign that holds `hex(sha256(canonical request))`, which holds
// `hex(sha256(body))`.

mod tencent_cvm {
    use super::*;
    use venue_client::tencent_cvm as venue;

    const SECRET_ID: &str = "AKIDbench0000tc30000000000000000001";
    const SECRET_KEY: &str = "bench-tc3-secret-key-0001";
    const REGION: &str = "ap-guangzhou";

    /// The pre-hash bytes around the two inner digests, for (b): the string to sign is
    /// `sts_head ~ hex(sha256(canonical_head ~ hex(sha256(body))))`.
    struct Prehash {
        canonical_head: Vec<u8>,
        body: Vec<u8>,
        sts_head: Vec<u8>,
    }

    pub struct Fx {
        signer: venue::Signer,
        base: rt::BaseUrl,
        get: venue::DescribeInstancesParams,
        hand: Hand,
        /// Keyed with the derived signing key: the chain depends only on the secret and the
        /// UTC date, so a signer can derive it once a day.
        mac: HmacSha256,
        get_prehash: Prehash,
    }

    impl Venue for Fx {
        const POST: bool = false;

        fn new() -> Self {
            let credentials = venue::Credentials {
                secret_id: SECRET_ID.into(),
                secret_key: SECRET_KEY.into(),
                region: REGION.into(),
            };
            let date = &iso8601_ms(NOW_MS)[..10];
            Fx {
                signer: venue::Signer::new(credentials).expect("credentials"),
                base: base_url(venue::PRODUCTION_URL),
                get: params(json!({
                    "Limit": 20, "Offset": 0,
                    "Filters": [{"Name": "zone", "Values": ["ap-guangzhou-3"]}],
                })),
                hand: Hand {
                    secret_id: SECRET_ID.into(),
                    secret_key: SECRET_KEY.into(),
                    region: REGION.into(),
                },
                mac: keyed(&signing_key(SECRET_KEY, date)),
                get_prehash: Prehash {
                    canonical_head: b"POST\n/\n\ncontent-type:application/json; charset=utf-8\n\
                        host:cvm.tencentcloudapi.com\nx-tc-action:describeinstances\n\n\
                        content-type;host;x-tc-action\n"
                        .into(),
                    body: br#"{"Limit":20,"Offset":0,"Filters":[{"Name":"zone","Values":["ap-guangzhou-3"]}]}"#.into(),
                    sts_head: format!(
                        "TC3-HMAC-SHA256\n{}\n{date}/cvm/tc3_request\n",
                        NOW_MS / 1000
                    )
                    .into(),
                },
            }
        }

        fn get_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Tc3, self.get)
        }

        /// Both inner digests, then the MAC from the pre-derived key.
        fn get_floor(&self) -> String {
            let p = &self.get_prehash;
            let body_hash = hex(&Sha256::digest(&p.body));
            let mut canonical = Sha256::new();
            canonical.update(&p.canonical_head);
            canonical.update(body_hash.as_bytes());
            let canonical_hash = hex(&canonical.finalize());
            let mut mac = self.mac.clone();
            mac.update(&p.sts_head);
            mac.update(canonical_hash.as_bytes());
            hex(&mac.finalize().into_bytes())
        }

        fn get_handwritten(&self) -> Signed {
            let filters = [Filter {
                name: "zone",
                values: &["ap-guangzhou-3"],
            }];
            let request = DescribeInstances {
                limit: 20,
                offset: 0,
                filters: &filters,
            };
            self.hand.call("DescribeInstances", &request, NOW_MS)
        }

        fn signature(request: &rt::Request) -> String {
            let value = header(request, "Authorization");
            let (_, signature) = value.split_once("Signature=").expect("a signature");
            signature.to_owned()
        }
    }

    /// HMAC(HMAC(HMAC("TC3" ~ secret, date), "cvm"), "tc3_request").
    fn signing_key(secret_key: &str, date: &str) -> Output<HmacSha256> {
        let secret_date =
            hmac::<HmacSha256>(format!("TC3{secret_key}").as_bytes(), date.as_bytes());
        let secret_service = hmac::<HmacSha256>(&secret_date, b"cvm");
        hmac::<HmacSha256>(&secret_service, b"tc3_request")
    }

    struct Hand {
        secret_id: String,
        secret_key: String,
        region: String,
    }

    #[derive(Serialize)]
    #[serde(rename_all = "PascalCase")]
    struct DescribeInstances<'a> {
        limit: u32,
        offset: u32,
        filters: &'a [Filter<'a>],
    }

    #[derive(Serialize)]
    #[serde(rename_all = "PascalCase")]
    struct Filter<'a> {
        name: &'a str,
        values: &'a [&'a str],
    }

    impl Hand {
        /// As Tencent's own samples sign: the canonical request, the string to sign, the key
        /// chain, all per call.
        fn call<P: Serialize>(&self, action: &str, params: &P, now_ms: u64) -> Signed {
            const CONTENT_TYPE: &str = "application/json; charset=utf-8";
            let body = serde_json::to_string(params).expect("JSON body");
            let timestamp = now_ms / 1000;
            let date = &iso8601_ms(now_ms)[..10];
            let canonical_request = format!(
                "POST\n/\n\ncontent-type:{CONTENT_TYPE}\nhost:cvm.tencentcloudapi.com\n\
                 x-tc-action:{}\n\ncontent-type;host;x-tc-action\n{}",
                action.to_lowercase(),
                hex(&Sha256::digest(body.as_bytes()))
            );
            let scope = format!("{date}/cvm/tc3_request");
            let string_to_sign = format!(
                "TC3-HMAC-SHA256\n{timestamp}\n{scope}\n{}",
                hex(&Sha256::digest(canonical_request.as_bytes()))
            );
            let key = signing_key(&self.secret_key, date);
            let signature = hex(&hmac::<HmacSha256>(&key, string_to_sign.as_bytes()));
            let authorization = format!(
                "TC3-HMAC-SHA256 Credential={}/{scope}, \
                 SignedHeaders=content-type;host;x-tc-action, Signature={signature}",
                self.secret_id
            );
            Signed {
                method: "POST",
                url: "https://cvm.tencentcloudapi.com/".to_owned(),
                headers: vec![
                    h("X-TC-Action", action),
                    h("Content-Type", CONTENT_TYPE),
                    h("X-TC-Version", "2017-03-12"),
                    h("X-TC-Timestamp", timestamp.to_string()),
                    h("X-TC-Region", &self.region),
                    h("Authorization", authorization),
                ],
                body: Some(body),
            }
        }
    }

    benches!(Fx: get_generated, get_floor, get_handwritten);
}

// ---------------------------------------------------------------------------------------------
// Upbit: GET /v1/orders/chance, POST /v1/orders. `Authorization: Bearer <JWT>`, HS512 over
// `b64url(jose) ~ '.' ~ b64url(claims)`; the claims bind the params through
// `query_hash = hex(sha512(unescaped query))` (for a POST, the body's members as a query) and
// carry a UUID v4 nonce from the stamp's random bits.

mod upbit {
    use super::*;
    use venue_client::upbit as venue;

    const ACCESS_KEY: &str = "upbit-access-key-0001";
    const SECRET_KEY: &str = "upbit-secret-key-0001";
    const JOSE: &str = r#"{"alg":"HS512","typ":"JWT"}"#;

    /// For (b): the query digest (hex SHA-512, inside the claims) and the signing input that
    /// holds it.
    struct Prehash {
        query: Vec<u8>,
        signing_input: Vec<u8>,
    }

    pub struct Fx {
        signer: venue::Signer,
        base: rt::BaseUrl,
        get: venue::OrderChanceParams,
        post: venue::PlaceOrderParams,
        hand: Hand,
        order: Order<'static>,
        mac: HmacSha512,
        get_prehash: Prehash,
        post_prehash: Prehash,
    }

    impl Venue for Fx {
        fn new() -> Self {
            let credentials = venue::Credentials {
                access_key: ACCESS_KEY.into(),
                secret_key: SECRET_KEY.into(),
            };
            let hand = Hand {
                access_key: ACCESS_KEY.into(),
                secret_key: SECRET_KEY.into(),
                jose: b64url(JOSE.as_bytes()),
            };
            let prehash = |query: &str| {
                let claims = Claims {
                    access_key: ACCESS_KEY,
                    nonce: &uuid4(RANDOM),
                    query_hash: &hex(&Sha512::digest(query.as_bytes())),
                    query_hash_alg: "SHA512",
                };
                let claims = serde_json::to_string(&claims).expect("claims");
                Prehash {
                    query: query.into(),
                    signing_input: format!("{}.{}", hand.jose, b64url(claims.as_bytes())).into(),
                }
            };
            Fx {
                signer: venue::Signer::new(credentials).expect("credentials"),
                base: base_url(venue::PRODUCTION_URL),
                get: params(json!({"market": "KRW-BTC"})),
                post: params(json!({
                    "market": "KRW-BTC", "side": "bid", "volume": "0.01", "price": "35000000",
                    "ord_type": "limit",
                })),
                order: Order {
                    market: "KRW-BTC",
                    side: "bid",
                    volume: "0.01",
                    price: "35000000",
                    ord_type: "limit",
                },
                mac: keyed(SECRET_KEY.as_bytes()),
                get_prehash: prehash("market=KRW-BTC"),
                post_prehash: prehash(
                    "market=KRW-BTC&side=bid&volume=0.01&price=35000000&ord_type=limit",
                ),
                hand,
            }
        }

        fn get_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Jwt, self.get)
        }

        fn get_floor(&self) -> String {
            floor(&self.mac, &self.get_prehash)
        }

        fn get_handwritten(&self) -> Signed {
            self.hand.order_chance("KRW-BTC", RANDOM)
        }

        fn post_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Jwt, self.post)
        }

        fn post_floor(&self) -> String {
            floor(&self.mac, &self.post_prehash)
        }

        fn post_handwritten(&self) -> Signed {
            self.hand.place_order(&self.order, RANDOM)
        }

        fn signature(request: &rt::Request) -> String {
            let value = header(request, "Authorization");
            let (_, signature) = value.rsplit_once('.').expect("a JWT");
            signature.to_owned()
        }
    }

    /// (b): the query digest (which the signing input holds; computed, as every signer must),
    /// then the MAC over the signing input.
    fn floor(keyed: &HmacSha512, prehash: &Prehash) -> String {
        std::hint::black_box(hex(&Sha512::digest(&prehash.query)));
        b64url(&mac_once(keyed, &prehash.signing_input))
    }

    /// (c): a UUID v4 from 128 random bits, as one writes it without a UUID crate.
    fn uuid4(random: u128) -> String {
        let r = random & !(0xf << 76) | (0x4 << 76);
        let r = r & !(0x3 << 62) | (0x2 << 62);
        format!(
            "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
            r >> 96,
            (r >> 80) & 0xffff,
            (r >> 64) & 0xffff,
            (r >> 48) & 0xffff,
            r & 0xffff_ffff_ffff
        )
    }

    struct Hand {
        access_key: String,
        secret_key: String,
        /// The constant JOSE header, encoded once.
        jose: String,
    }

    #[derive(Serialize)]
    struct Claims<'a> {
        access_key: &'a str,
        nonce: &'a str,
        query_hash: &'a str,
        query_hash_alg: &'a str,
    }

    #[derive(Serialize)]
    struct Order<'a> {
        market: &'a str,
        side: &'a str,
        volume: &'a str,
        price: &'a str,
        ord_type: &'a str,
    }

    impl Hand {
        fn order_chance(&self, market: &str, random: u128) -> Signed {
            // The guide hashes `unquote(urlencode(params))`: the query unescaped.
            let hashed = format!("market={market}");
            Signed {
                method: "GET",
                url: format!(
                    "https://api.upbit.com/v1/orders/chance?market={}",
                    form(market)
                ),
                headers: vec![self.authorization(&hashed, random)],
                body: None,
            }
        }

        fn place_order(&self, order: &Order, random: u128) -> Signed {
            let body = serde_json::to_string(order).expect("JSON body");
            let hashed = format!(
                "market={}&side={}&volume={}&price={}&ord_type={}",
                order.market, order.side, order.volume, order.price, order.ord_type
            );
            Signed {
                method: "POST",
                url: "https://api.upbit.com/v1/orders".to_owned(),
                headers: vec![
                    self.authorization(&hashed, random),
                    h("Content-Type", "application/json"),
                ],
                body: Some(body),
            }
        }

        fn authorization(&self, hashed: &str, random: u128) -> (String, String) {
            let claims = Claims {
                access_key: &self.access_key,
                nonce: &uuid4(random),
                query_hash: &hex(&Sha512::digest(hashed.as_bytes())),
                query_hash_alg: "SHA512",
            };
            let claims = serde_json::to_string(&claims).expect("claims");
            let signing_input = format!("{}.{}", self.jose, b64url(claims.as_bytes()));
            let signature = b64url(&hmac::<HmacSha512>(
                self.secret_key.as_bytes(),
                signing_input.as_bytes(),
            ));
            h(
                "Authorization",
                format!("Bearer {signing_input}.{signature}"),
            )
        }
    }

    benches!(Fx);
}

// ---------------------------------------------------------------------------------------------
// Stripe: GET /v1/balance, POST /v1/payment_intents (form body). No MAC: the secret key goes
// as `Authorization: Bearer <key>`, so there is no floor (b).

mod stripe {
    use super::*;
    use venue_client::stripe as venue;

    const SECRET_KEY: &str = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";

    pub struct Fx {
        signer: venue::Signer,
        base: rt::BaseUrl,
        get: venue::GetBalanceParams,
        post: venue::CreatePaymentIntentParams,
        hand: Hand,
    }

    impl Venue for Fx {
        const FLOOR: bool = false;

        fn new() -> Self {
            let credentials = venue::Credentials {
                secret_key: SECRET_KEY.into(),
            };
            Fx {
                signer: venue::Signer::new(credentials).expect("credentials"),
                base: base_url(venue::PRODUCTION_URL),
                get: params(json!({})),
                post: params(json!({
                    "amount": 2000, "currency": "usd", "description": "Order #42 (2 items)",
                })),
                hand: Hand {
                    secret_key: SECRET_KEY.into(),
                },
            }
        }

        fn get_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Bearer, self.get)
        }

        fn get_handwritten(&self) -> Signed {
            Signed {
                method: "GET",
                url: "https://api.stripe.com/v1/balance".to_owned(),
                headers: vec![self.hand.authorization()],
                body: None,
            }
        }

        fn post_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Bearer, self.post)
        }

        fn post_handwritten(&self) -> Signed {
            self.hand
                .create_payment_intent(2000, "usd", Some("Order #42 (2 items)"))
        }
    }

    struct Hand {
        secret_key: String,
    }

    impl Hand {
        fn authorization(&self) -> (String, String) {
            h("Authorization", format!("Bearer {}", self.secret_key))
        }

        fn create_payment_intent(
            &self,
            amount: u64,
            currency: &str,
            description: Option<&str>,
        ) -> Signed {
            let mut body = format!("amount={amount}&currency={}", form(currency));
            if let Some(description) = description {
                body.push_str("&description=");
                body.push_str(&form(description));
            }
            Signed {
                method: "POST",
                url: "https://api.stripe.com/v1/payment_intents".to_owned(),
                headers: vec![
                    self.authorization(),
                    h("Content-Type", "application/x-www-form-urlencoded"),
                ],
                body: Some(body),
            }
        }
    }

    benches!(Fx: get_generated, get_handwritten, post_generated, post_handwritten);
}

// ---------------------------------------------------------------------------------------------
// Coinbase Commerce: GET /charges, POST /charges. No MAC: the API key goes as `X-CC-Api-Key`
// with a pinned `X-CC-Version`, so there is no floor (b).

mod coinbase_commerce {
    use super::*;
    use venue_client::coinbase_commerce as venue;

    const API_KEY: &str = "cc-key-0001-3f2a8c1e";

    pub struct Fx {
        signer: venue::Signer,
        base: rt::BaseUrl,
        get: venue::ListChargesParams,
        post: venue::CreateChargeParams,
        hand: Hand,
    }

    impl Venue for Fx {
        const FLOOR: bool = false;

        fn new() -> Self {
            let credentials = venue::Credentials {
                api_key: API_KEY.into(),
            };
            Fx {
                signer: venue::Signer::new(credentials).expect("credentials"),
                base: base_url(venue::PRODUCTION_URL),
                get: params(json!({"limit": 25})),
                post: params(json!({
                    "name": "The Sovereign Individual",
                    "description": "Mastering the Transition to the Information Age",
                    "pricing_type": "fixed_price",
                    "local_price": {"amount": "100.00", "currency": "USD"},
                    "metadata": {"customer_id": "c-42"},
                })),
                hand: Hand {
                    api_key: API_KEY.into(),
                },
            }
        }

        fn get_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::ApiKey, self.get)
        }

        fn get_handwritten(&self) -> Signed {
            self.hand.list_charges(25)
        }

        fn post_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::ApiKey, self.post)
        }

        fn post_handwritten(&self) -> Signed {
            let charge = Charge {
                name: "The Sovereign Individual",
                description: "Mastering the Transition to the Information Age",
                pricing_type: "fixed_price",
                local_price: Money {
                    amount: "100.00",
                    currency: "USD",
                },
                metadata: Metadata {
                    customer_id: "c-42",
                },
            };
            let body = serde_json::to_string(&charge).expect("JSON body");
            let mut headers = self.hand.headers();
            headers.push(h("Content-Type", "application/json"));
            Signed {
                method: "POST",
                url: "https://api.commerce.coinbase.com/charges".to_owned(),
                headers,
                body: Some(body),
            }
        }
    }

    struct Hand {
        api_key: String,
    }

    #[derive(Serialize)]
    struct Charge<'a> {
        name: &'a str,
        description: &'a str,
        pricing_type: &'a str,
        local_price: Money<'a>,
        metadata: Metadata<'a>,
    }

    #[derive(Serialize)]
    struct Money<'a> {
        amount: &'a str,
        currency: &'a str,
    }

    #[derive(Serialize)]
    struct Metadata<'a> {
        customer_id: &'a str,
    }

    impl Hand {
        fn list_charges(&self, limit: u32) -> Signed {
            Signed {
                method: "GET",
                url: format!("https://api.commerce.coinbase.com/charges?limit={limit}"),
                headers: self.headers(),
                body: None,
            }
        }

        fn headers(&self) -> Vec<(String, String)> {
            vec![
                h("X-CC-Api-Key", &self.api_key),
                h("X-CC-Version", "2018-03-22"),
            ]
        }
    }

    benches!(Fx: get_generated, get_handwritten, post_generated, post_handwritten);
}

// ---------------------------------------------------------------------------------------------
// Binance Pay: POST /binancepay/openapi/v2/order/query (its usual read, sent as a POST) and POST
// /binancepay/openapi/v3/order. Upper-case hex HMAC-SHA512 over `ts LF nonce LF body LF`, the
// nonce 32 hex digits of the request's random bits.

mod binance_pay {
    use super::*;
    use venue_client::binance_pay as venue;

    const API_KEY: &str = "bp-cert-sn-0001";
    const SECRET: &str = "bp-secret-key-0001-fake";
    const QUERY_BODY: &str = r#"{"merchantTradeNo":"9825382937292"}"#;
    const ORDER_BODY: &str = r#"{"env":{"terminalType":"WEB"},"merchantTradeNo":"9825382937292","orderAmount":25.17,"currency":"USDT","description":"Ice cream","goodsDetails":[{"goodsType":"01","goodsCategory":"D000","referenceGoodsId":"7876763A3B","goodsName":"Ice Cream"}]}"#;

    pub struct Fx {
        signer: venue::Signer,
        base: rt::BaseUrl,
        get: venue::QueryOrderParams,
        post: venue::CreateOrderParams,
        hand: Hand,
        mac: HmacSha512,
        get_prehash: Vec<u8>,
        post_prehash: Vec<u8>,
    }

    fn nonce() -> String {
        hex(&RANDOM.to_be_bytes())
    }

    impl Venue for Fx {
        fn new() -> Self {
            let credentials = venue::Credentials {
                api_key: API_KEY.into(),
                secret_key: SECRET.into(),
            };
            let prehash = |body: &str| format!("{NOW_MS}\n{}\n{body}\n", nonce()).into_bytes();
            Fx {
                signer: venue::Signer::new(credentials).expect("credentials"),
                base: base_url(venue::PRODUCTION_URL),
                get: params(json!({"merchantTradeNo": "9825382937292"})),
                post: params(serde_json::from_str(ORDER_BODY).expect("JSON")),
                hand: Hand {
                    api_key: API_KEY.into(),
                    secret: SECRET.into(),
                },
                mac: keyed(SECRET.as_bytes()),
                get_prehash: prehash(QUERY_BODY),
                post_prehash: prehash(ORDER_BODY),
            }
        }

        fn get_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.get)
        }

        fn get_floor(&self) -> String {
            hex(&mac_once(&self.mac, &self.get_prehash)).to_uppercase()
        }

        fn get_handwritten(&self) -> Signed {
            let query = Query {
                merchant_trade_no: "9825382937292",
            };
            self.hand.call("/binancepay/openapi/v2/order/query", &query)
        }

        fn post_generated(&self) -> rt::Request {
            generated!(self, venue::Scheme::Signed, self.post)
        }

        fn post_floor(&self) -> String {
            hex(&mac_once(&self.mac, &self.post_prehash)).to_uppercase()
        }

        fn post_handwritten(&self) -> Signed {
            let order = Order {
                env: Env {
                    terminal_type: "WEB",
                },
                merchant_trade_no: "9825382937292",
                order_amount: 25.17,
                currency: "USDT",
                description: "Ice cream",
                goods_details: vec![Goods {
                    goods_type: "01",
                    goods_category: "D000",
                    reference_goods_id: "7876763A3B",
                    goods_name: "Ice Cream",
                }],
            };
            self.hand.call("/binancepay/openapi/v3/order", &order)
        }

        fn signature(request: &rt::Request) -> String {
            header(request, "BinancePay-Signature")
        }
    }

    struct Hand {
        api_key: String,
        secret: String,
    }

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Query<'a> {
        merchant_trade_no: &'a str,
    }

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Env<'a> {
        terminal_type: &'a str,
    }

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Goods<'a> {
        goods_type: &'a str,
        goods_category: &'a str,
        reference_goods_id: &'a str,
        goods_name: &'a str,
    }

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Order<'a> {
        env: Env<'a>,
        merchant_trade_no: &'a str,
        order_amount: f64,
        currency: &'a str,
        description: &'a str,
        goods_details: Vec<Goods<'a>>,
    }

    impl Hand {
        fn call<P: Serialize>(&self, path: &str, params: &P) -> Signed {
            let body = serde_json::to_string(params).expect("JSON body");
            let nonce = nonce();
            let payload = format!("{NOW_MS}\n{nonce}\n{body}\n");
            let signature = hex(&hmac::<HmacSha512>(
                self.secret.as_bytes(),
                payload.as_bytes(),
            ))
            .to_uppercase();
            Signed {
                method: "POST",
                url: format!("https://bpay.binanceapi.com{path}"),
                headers: vec![
                    h("BinancePay-Timestamp", NOW_MS.to_string()),
                    h("BinancePay-Nonce", nonce),
                    h("BinancePay-Certificate-SN", &self.api_key),
                    h("BinancePay-Signature", signature),
                    h("Content-Type", "application/json"),
                ],
                body: Some(body),
            }
        }
    }

    benches!(Fx);
}
