//! Heap allocations per signed request, from typed params to the final `rt::Request`, counted
//! with a counting global allocator (this test binary's own).
//!
//! The ceiling per request is its owned outputs (the URL, the body when there is one, the
//! header list, each header value too long to be inline) plus one intermediate (a body that
//! is signed but not sent, a binary concatenation). Pre-hash strings are fed to the MAC piece
//! by piece and never built; timestamps and digests stay inline; header values that depend
//! only on credentials are shared, not copied. Where a signer makes more today, the excess is
//! recorded where it is asserted, with its cause, so that it cannot grow unnoticed. The
//! figures are printed (`--nocapture`) and recorded in BENCHMARKS.md; this asserts ceilings,
//! not timings.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use serde_json::{Value, json};
use venue_client::*;
use venue_runtime as rt;

struct Counting;

thread_local! {
    // Per thread, so allocations of tests running in parallel never mix in; `const` so that
    // reaching them never allocates.
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn count_one() {
    if COUNTING.with(Cell::get) {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
    }
}

// Counts allocations and reallocations made on this thread while `COUNTING` is on.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count_one();
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count_one();
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Allocations made by `sign` on this thread; it returns the request (dropped outside the
/// count).
fn measure(sign: impl Fn() -> rt::Request) -> (usize, rt::Request) {
    drop(sign()); // warm up lazily initialised state
    ALLOCATIONS.with(|n| n.set(0));
    COUNTING.with(|c| c.set(true));
    let request = sign();
    COUNTING.with(|c| c.set(false));
    (ALLOCATIONS.with(Cell::get), request)
}

const STAMP: rt::Stamp = rt::Stamp {
    now_ms: 1_700_000_000_000,
    nonce: 1_700_000_000_000,
    random: 0,
};

/// Signs one endpoint call of a venue module with typed params built from JSON (outside the
/// count) and returns (allocations, request).
macro_rules! count {
    ($venue:ident, $scheme:ident, $params:ident, $json:expr, $creds:expr) => {{
        let creds: Value = $creds;
        let signer = $venue::Signer::new($venue::Credentials::from_json(&creds).unwrap()).unwrap();
        let base = rt::BaseUrl::parse($venue::PRODUCTION_URL).unwrap();
        let params: $venue::$params = rt::params(&$json).unwrap();
        let (n, request) = measure(|| {
            signer
                .sign(
                    $venue::Scheme::$scheme,
                    &params,
                    &base,
                    &STAMP,
                    &mut rt::Trace::off(),
                )
                .unwrap()
        });
        println!(
            "{:<17} {:<7} {:>2} allocations  ({} headers, body {} bytes)",
            stringify!($venue),
            request.method.as_str(),
            n,
            request.headers.len(),
            request.body.as_ref().map_or(0, Vec::len)
        );
        (n, request)
    }};
}

fn key_secret() -> Value {
    json!({"api_key": "bench-key", "secret": "YmVuY2gtc2VjcmV0LWJ5dGVz"})
}

fn with_passphrase() -> Value {
    json!({"api_key": "bench-key", "secret": "YmVuY2gtc2VjcmV0LWJ5dGVz", "passphrase": "bench-pass"})
}

/// The owned outputs of a request: the URL, the body when sent, the header list, and each
/// header value made for this request that is too long to be inline (a hex or base64
/// signature, a payload).
fn owned_outputs(request: &rt::Request) -> usize {
    let long_values = request
        .headers
        .iter()
        .filter(|h| h.value.is_owned())
        .count();
    1 + usize::from(request.body.is_some()) + usize::from(!request.headers.is_empty()) + long_values
}

/// At most the owned outputs plus one intermediate (a pre-hash longer than the inline buffer,
/// or a body that is signed but not sent).
fn assert_ceiling(measured: (usize, rt::Request)) {
    assert_ceiling_plus(0, measured);
}

/// As [`assert_ceiling`], with `extra` known intermediates above the rule, each named where
/// this is called: a recorded excess, so that it cannot grow unnoticed.
fn assert_ceiling_plus(extra: usize, (n, request): (usize, rt::Request)) {
    let ceiling = owned_outputs(&request) + 1 + extra;
    assert!(
        n <= ceiling,
        "{n} allocations for {} {}; ceiling {ceiling}",
        request.method.as_str(),
        request.url
    );
}

#[test]
fn signed_gets() {
    assert_ceiling(count!(
        binance,
        Hmac,
        OpenOrdersParams,
        json!({"symbol": "BTCUSDT", "recvWindow": "5000"}),
        key_secret()
    ));
    assert_ceiling(count!(
        bitmex,
        Signed,
        ListOrdersParams,
        json!({"symbol": "XBTUSD", "count": 10, "reverse": true}),
        key_secret()
    ));
    assert_ceiling(count!(
        bybit,
        Signed,
        OpenOrdersParams,
        json!({"category": "spot", "symbol": "BTCUSDT", "limit": 20}),
        key_secret()
    ));
    assert_ceiling(count!(
        coinbase,
        Signed,
        ListOrdersParams,
        json!({"product_id": "BTC-USD", "status": "open", "limit": 100}),
        with_passphrase()
    ));
    assert_ceiling(count!(
        gateio,
        Signed,
        OpenOrdersParams,
        json!({"page": 1, "limit": 100, "account": "spot"}),
        key_secret()
    ));
    assert_ceiling(count!(
        kucoin,
        Signed,
        ListOrdersParams,
        json!({"status": "active", "symbol": "BTC-USDT", "pageSize": 50}),
        with_passphrase()
    ));
    assert_ceiling(count!(
        kunapay,
        Signed,
        GetBalanceParams,
        json!({}),
        json!({"public_key": "pub", "private_key": "priv"})
    ));
    assert_ceiling(count!(
        okx,
        Signed,
        OpenOrdersParams,
        json!({"instType": "SPOT", "instId": "BTC-USDT", "limit": 100}),
        with_passphrase()
    ));
    assert_ceiling(count!(
        viabtc,
        Signed,
        ListSubAccountsParams,
        json!({"page": 1, "limit": 50}),
        key_secret()
    ));
    // +4: the query is declared `symbol, limit` and sorted on every request (the spans,
    // the rebuilt query and their growth), though the names are static.
    assert_ceiling_plus(
        4,
        count!(
            bitget,
            Signed,
            UnfilledOrdersParams,
            json!({"symbol": "BTCUSDT", "limit": 50}),
            with_passphrase()
        ),
    );
    // +13: `url_decode` collects into a growing Vec, `json_object` grows from one byte, and
    // the claims, their base64url, the signing input and the token are each a heap text
    // (longer than the 128-byte inline buffer) before the header value copies them.
    assert_ceiling_plus(
        13,
        count!(
            upbit,
            Jwt,
            OrderChanceParams,
            json!({"market": "KRW-BTC"}),
            json!({"access_key": "bench-access", "secret_key": "bench-secret"})
        ),
    );
    assert_ceiling(count!(
        stripe,
        Bearer,
        GetBalanceParams,
        json!({}),
        json!({"secret_key": "sk_test_bench"})
    ));
    assert_ceiling(count!(
        coinbase_commerce,
        ApiKey,
        ListChargesParams,
        json!({"limit": 25}),
        json!({"api_key": "bench-key"})
    ));
}

#[test]
fn signed_posts() {
    assert_ceiling(count!(
        binance,
        Hmac,
        PlaceOrderParams,
        json!({"symbol": "BTCUSDT", "side": "BUY", "type": "LIMIT", "timeInForce": "GTC",
               "quantity": "0.01", "price": "42000.5"}),
        key_secret()
    ));
    assert_ceiling(count!(
        bitfinex,
        Signed,
        SubmitOrderParams,
        json!({"type": "EXCHANGE LIMIT", "symbol": "tBTCUSD", "amount": "0.01", "price": "42000.5"}),
        key_secret()
    ));
    assert_ceiling(count!(
        bitmex,
        Signed,
        PlaceOrderParams,
        json!({"symbol": "XBTUSD", "side": "Buy", "orderQty": "100", "price": "42000.5",
               "ordType": "Limit"}),
        key_secret()
    ));
    assert_ceiling(count!(
        bybit,
        Signed,
        PlaceOrderParams,
        json!({"category": "spot", "symbol": "BTCUSDT", "side": "Buy", "orderType": "Limit",
               "qty": "0.01", "price": "42000.5"}),
        key_secret()
    ));
    assert_ceiling(count!(
        calypso,
        Signed,
        CreateSingleInvoiceParams,
        json!({"amount": "10.5", "currency": "USDT", "description": "order 42"}),
        json!({"api_key": "k", "secret": "s", "account": "acc-1"})
    ));
    assert_ceiling(count!(
        coinbase,
        Signed,
        PlaceOrderParams,
        json!({"type": "limit", "side": "buy", "product_id": "BTC-USD", "price": "42000.5",
               "size": "0.01"}),
        with_passphrase()
    ));
    assert_ceiling(count!(
        cryptonex,
        Signed,
        WithdrawParams,
        json!({"from_hash": "acc-1", "to_hash": "addr-2", "amount": "1.5"}),
        key_secret()
    ));
    assert_ceiling(count!(
        gateio,
        Signed,
        PlaceOrderParams,
        json!({"currency_pair": "BTC_USDT", "side": "buy", "amount": "0.01", "price": "42000.5",
               "type": "limit"}),
        key_secret()
    ));
    assert_ceiling(count!(
        gemini,
        Signed,
        PlaceOrderParams,
        json!({"symbol": "btcusd", "amount": "0.01", "price": "42000.5", "side": "buy",
               "type": "exchange limit"}),
        key_secret()
    ));
    assert_ceiling(count!(
        kraken,
        Signed,
        PlaceOrderParams,
        json!({"ordertype": "limit", "pair": "XBTUSD", "price": "42000.5", "type": "buy",
               "volume": "0.01"}),
        key_secret()
    ));
    assert_ceiling(count!(
        kucoin,
        Signed,
        PlaceOrderParams,
        json!({"clientOid": "c-1", "side": "buy", "symbol": "BTC-USDT", "type": "limit",
               "price": "42000.5", "size": "0.01"}),
        with_passphrase()
    ));
    assert_ceiling(count!(
        kunapay,
        Signed,
        CreateInvoiceParams,
        json!({"asset": "USDT", "amount": "10.5"}),
        json!({"public_key": "pub", "private_key": "priv"})
    ));
    assert_ceiling(count!(
        okx,
        Signed,
        PlaceOrderParams,
        json!({"instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit",
               "sz": "0.01", "px": "42000.5"}),
        with_passphrase()
    ));
    assert_ceiling(count!(
        viabtc,
        Signed,
        CreateSubAccountParams,
        json!({"account": "worker-7"}),
        key_secret()
    ));
    assert_ceiling(count!(
        bitget,
        Signed,
        PlaceOrderParams,
        json!({"symbol": "BTCUSDT", "side": "buy", "orderType": "limit", "force": "gtc",
               "price": "42000.5", "size": "0.01", "clientOid": "b-1"}),
        with_passphrase()
    ));
    assert_ceiling(count!(
        jws_detached,
        Hs256,
        SubmitMessageParams,
        json!({"text": "order 42 shipped"}),
        json!({"jws_header": "{\"alg\":\"HS256\",\"kid\":\"k-1\"}",
               "hmac_key": "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr8"})
    ));
    // +2: `Filters` (a list) is serialised to a temporary string, and the derived signing
    // key is a fresh Vec on every request (the key chain runs per request).
    assert_ceiling_plus(
        2,
        count!(
            tencent_cvm,
            Tc3,
            DescribeInstancesParams,
            json!({"Limit": 20, "Offset": 0,
               "Filters": [{"Name": "zone", "Values": ["ap-guangzhou-3"]}]}),
            json!({"secret_id": "AKIDbench", "secret_key": "bench-secret", "region": "ap-guangzhou"})
        ),
    );
    // +17: as the GET, plus the body's members rejoined as a query to hash (a growing
    // string).
    assert_ceiling_plus(
        17,
        count!(
            upbit,
            Jwt,
            PlaceOrderParams,
            json!({"market": "KRW-BTC", "side": "bid", "volume": "0.01", "price": "42000000",
               "ord_type": "limit"}),
            json!({"access_key": "bench-access", "secret_key": "bench-secret"})
        ),
    );
    assert_ceiling(count!(
        stripe,
        Bearer,
        CreatePaymentIntentParams,
        json!({"amount": 2000, "currency": "usd", "description": "order 42"}),
        json!({"secret_key": "sk_test_bench"})
    ));
    // +3: `local_price` (arbitrary JSON) is written with `Value::to_string` into a temporary
    // that grows as it is written (an allocation and its reallocations), then copied.
    assert_ceiling_plus(
        3,
        count!(
            coinbase_commerce,
            ApiKey,
            CreateChargeParams,
            json!({"name": "Book", "description": "One book", "pricing_type": "fixed_price",
               "local_price": {"amount": "100.00", "currency": "USD"}}),
            json!({"api_key": "bench-key"})
        ),
    );
    // +7: as Coinbase Commerce's `local_price`, twice: `env` and `goodsDetails` (arbitrary
    // JSON) each go through a `Value::to_string` temporary that grows as it is written.
    assert_ceiling_plus(
        7,
        count!(
            binance_pay,
            Signed,
            CreateOrderParams,
            json!({"env": {"terminalType": "WEB"}, "merchantTradeNo": "9825382937292",
               "orderAmount": 25.17, "currency": "USDT", "description": "Ice cream",
               "goodsDetails": [{"goodsType": "01", "goodsCategory": "D000",
                                 "referenceGoodsId": "7876763A3B", "goodsName": "Ice Cream"}]}),
            json!({"api_key": "bench-cert-sn", "secret_key": "bench-secret"})
        ),
    );
}
