//! The runtime's `tracing` events for real signed calls: the generated KuCoin client against
//! the loopback simulator, under a subscriber that captures every span, event and field as
//! text. The events name venue, endpoint, method, path, status, latency and attempt (and the
//! venue's error code on failure); no recorded text holds a credential, a signature, a
//! credential-derived header value, a URL query or a body.

mod common;

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, Mutex};

use tracing::field::{Field, Visit};
use tracing::span;
use tracing::{Event, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt as _};
use tracing_subscriber::registry::{LookupSpan, Registry};
use venue_client::kucoin::{
    CancelOrderParams, Client, Credentials, ListAccountsParams, PlaceOrderParams, PlaceOrderType,
    Side,
};
use venue_runtime::{Error, SecretString};
use venue_tests::sim::Failure;
use venue_tests::sim::kucoin::{self, Config, EXAMPLE_ORDER_ID};

use common::{NOW, expect_rate_limited, expect_venue, fixed};

const KEY: &str = "kc-key-0001";
const SECRET: &str = "kc-secret-0001";
const PASSPHRASE: &str = "kc-pass-0001";
/// base64(HMAC-SHA256(SECRET, PASSPHRASE)): what KC-API-PASSPHRASE carries.
const PASSPHRASE_SIGNED: &str = "Lgo9CAyI2i+gHZwyQ7tDxFm8Dgl4v30rGJ7xBvlcJoQ=";
const WRONG_SECRET: &str = "not-the-secret-0001";

/// One captured span (at creation) or event, every field as text.
#[derive(Clone, Debug)]
struct Captured {
    kind: &'static str,
    name: String,
    level: String,
    target: String,
    fields: BTreeMap<String, String>,
    /// For events: the fields of the enclosing spans, root first.
    scope: BTreeMap<String, String>,
}

impl Captured {
    fn field(&self, name: &str) -> Option<&str> {
        self.fields.get(name).map(String::as_str)
    }
    fn in_scope(&self, name: &str) -> Option<&str> {
        self.scope.get(name).map(String::as_str)
    }
    fn message(&self) -> &str {
        self.field("message").unwrap_or("")
    }
}

#[derive(Clone, Default, Debug)]
struct FieldText(BTreeMap<String, String>);

impl Visit for FieldText {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }
}

/// A layer that keeps everything it is told.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<Captured>>>);

impl Capture {
    fn all(&self) -> Vec<Captured> {
        self.0.lock().unwrap().clone()
    }
}

impl<S> Layer<S> for Capture
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    fn on_new_span(&self, attrs: &span::Attributes<'_>, id: &span::Id, ctx: Context<'_, S>) {
        let mut fields = FieldText::default();
        attrs.record(&mut fields);
        let meta = attrs.metadata();
        self.0.lock().unwrap().push(Captured {
            kind: "span",
            name: meta.name().to_owned(),
            level: meta.level().to_string(),
            target: meta.target().to_owned(),
            fields: fields.0.clone(),
            scope: BTreeMap::new(),
        });
        if let Some(span) = ctx.span(id) {
            span.extensions_mut().insert(fields);
        }
    }

    fn on_record(&self, id: &span::Id, values: &span::Record<'_>, ctx: Context<'_, S>) {
        let mut added = FieldText::default();
        values.record(&mut added);
        if let Some(span) = ctx.span(id) {
            self.0.lock().unwrap().push(Captured {
                kind: "span-record",
                name: span.name().to_owned(),
                level: span.metadata().level().to_string(),
                target: span.metadata().target().to_owned(),
                fields: added.0.clone(),
                scope: BTreeMap::new(),
            });
            if let Some(fields) = span.extensions_mut().get_mut::<FieldText>() {
                fields.0.extend(added.0);
            }
        }
    }

    fn on_event(&self, event: &Event<'_>, ctx: Context<'_, S>) {
        let mut fields = FieldText::default();
        event.record(&mut fields);
        let mut scope = BTreeMap::new();
        if let Some(spans) = ctx.event_scope(event) {
            for span in spans.from_root() {
                scope.insert("span".to_owned(), span.name().to_owned());
                if let Some(f) = span.extensions().get::<FieldText>() {
                    scope.extend(f.0.clone());
                }
            }
        }
        let meta = event.metadata();
        self.0.lock().unwrap().push(Captured {
            kind: "event",
            name: meta.name().to_owned(),
            level: meta.level().to_string(),
            target: meta.target().to_owned(),
            fields: fields.0,
            scope,
        });
    }
}

fn credentials(secret: &str) -> Credentials {
    Credentials {
        api_key: SecretString::from(KEY),
        secret: SecretString::from(secret),
        passphrase: SecretString::from(PASSPHRASE),
    }
}

/// The runtime's events in the `venue_call` span for `endpoint`, in order (the HTTP stack
/// below may emit events of its own in that span too; they are scanned for secrets as well).
fn events_of<'a>(all: &'a [Captured], endpoint: &str) -> Vec<&'a Captured> {
    all.iter()
        .filter(|c| {
            c.kind == "event"
                && c.target == "venue_runtime"
                && c.in_scope("endpoint") == Some(endpoint)
        })
        .collect()
}

#[track_caller]
fn assert_request_event(event: &Captured, method: &str, path: &str) {
    assert_eq!(event.message(), "request sent", "{event:?}");
    assert_eq!(event.level, "DEBUG", "{event:?}");
    assert_eq!(event.target, "venue_runtime", "{event:?}");
    assert_eq!(event.in_scope("span"), Some("venue_call"), "{event:?}");
    assert_eq!(event.in_scope("venue"), Some("kucoin"), "{event:?}");
    assert_eq!(event.field("method"), Some(method), "{event:?}");
    assert_eq!(event.field("path"), Some(path), "{event:?}");
    assert_eq!(event.field("attempt"), Some("1"), "{event:?}");
}

#[track_caller]
fn assert_response_event(event: &Captured, method: &str, status: &str) {
    assert_eq!(event.in_scope("venue"), Some("kucoin"), "{event:?}");
    assert_eq!(event.field("method"), Some(method), "{event:?}");
    assert_eq!(event.field("status"), Some(status), "{event:?}");
    assert_eq!(event.field("attempt"), Some("1"), "{event:?}");
    let latency = event.field("latency_ms").expect("latency_ms is recorded");
    latency
        .parse::<u64>()
        .unwrap_or_else(|_| panic!("latency_ms is a whole number of ms: {latency}"));
}

#[tokio::test]
async fn signed_calls_are_traced_without_secrets() {
    let capture = Capture::default();
    let _guard = tracing::subscriber::set_default(Registry::default().with(capture.clone()));

    let mut config = Config::new(KEY, SECRET, PASSPHRASE);
    config.now_ms = Some(NOW);
    let sim = kucoin::spawn(config).await;
    let client = Client::with_base_url(credentials(SECRET), &sim.base_url())
        .expect("client")
        .with_clock(fixed(NOW));

    // 1. A signed GET with a query (the query must not be recorded).
    let accounts = client
        .list_accounts(&ListAccountsParams {
            currency: Some("BTC".into()),
            r#type: None,
        })
        .await
        .expect("list_accounts");
    assert_eq!(accounts.len(), 1);

    // 2. A signed POST with a JSON body (the body must not be recorded).
    client
        .place_order(&PlaceOrderParams {
            client_oid: "trace-oid-42".into(),
            side: Side::Buy,
            symbol: "BTC-USDT".into(),
            r#type: Some(PlaceOrderType::Limit),
            remark: Some("trace-remark-body".into()),
            stp: None,
            trade_type: None,
            price: Some("10".parse().unwrap()),
            size: Some("2".parse().unwrap()),
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

    // 3. A venue error with HTTP 200 (code 400100).
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
            size: Some("1".parse().unwrap()),
            funds: Some("100".parse().unwrap()),
            time_in_force: None,
            cancel_after: None,
            post_only: None,
            hidden: None,
            iceberg: None,
            visible_size: None,
        })
        .await
        .expect_err("400100");
    expect_venue(err, 200, "400100");

    // 4. A signed DELETE answered 429.
    sim.set_failure(Some(Failure::RateLimited(7)));
    let err = client
        .cancel_order(&CancelOrderParams {
            order_id: EXAMPLE_ORDER_ID.into(),
        })
        .await
        .expect_err("429");
    expect_rate_limited(err, 7);
    sim.set_failure(None);

    // 5. A wrong secret: HTTP 401, venue code 400005.
    let wrong = Client::with_base_url(credentials(WRONG_SECRET), &sim.base_url())
        .expect("client")
        .with_clock(fixed(NOW));
    let err = wrong
        .list_accounts(&ListAccountsParams {
            currency: None,
            r#type: None,
        })
        .await
        .expect_err("wrong secret");
    assert!(
        matches!(&err, Error::Venue { code, .. } if code == "400005"),
        "{err:?}"
    );

    let all = capture.all();

    // One span per call, named by venue and endpoint.
    let spans: Vec<(&str, &str)> = all
        .iter()
        .filter(|c| c.kind == "span" && c.name == "venue_call")
        .map(|c| (c.field("venue").unwrap(), c.field("endpoint").unwrap()))
        .collect();
    assert_eq!(
        spans,
        [
            ("kucoin", "list_accounts"),
            ("kucoin", "place_order"),
            ("kucoin", "place_order"),
            ("kucoin", "cancel_order"),
            ("kucoin", "list_accounts"),
        ]
    );
    assert!(
        all.iter()
            .filter(|c| c.name == "venue_call")
            .all(|c| c.level == "INFO" && c.target == "venue_runtime")
    );

    // list_accounts: success, then the wrong-secret call.
    let list = events_of(&all, "list_accounts");
    assert_eq!(list.len(), 4, "{list:#?}");
    assert_request_event(list[0], "GET", "/api/v1/accounts");
    assert_eq!(list[1].message(), "response", "{:?}", list[1]);
    assert_eq!(list[1].level, "DEBUG");
    assert_response_event(list[1], "GET", "200");
    assert_eq!(list[1].field("error"), None);
    assert_request_event(list[2], "GET", "/api/v1/accounts");
    assert_eq!(list[3].message(), "venue error", "{:?}", list[3]);
    assert_eq!(list[3].level, "WARN");
    assert_response_event(list[3], "GET", "401");
    assert_eq!(list[3].field("error"), Some("venue"));
    assert_eq!(list[3].field("code"), Some("400005"));

    // place_order: success, then the HTTP 200 venue error.
    let place = events_of(&all, "place_order");
    assert_eq!(place.len(), 4, "{place:#?}");
    assert_request_event(place[0], "POST", "/api/v1/orders");
    assert_response_event(place[1], "POST", "200");
    assert_eq!(place[1].message(), "response");
    assert_request_event(place[2], "POST", "/api/v1/orders");
    assert_response_event(place[3], "POST", "200");
    assert_eq!(place[3].message(), "venue error");
    assert_eq!(place[3].field("code"), Some("400100"));

    // cancel_order: rate limited, with the Retry-After seconds.
    let cancel = events_of(&all, "cancel_order");
    assert_eq!(cancel.len(), 2, "{cancel:#?}");
    assert_request_event(
        cancel[0],
        "DELETE",
        &format!("/api/v1/orders/{EXAMPLE_ORDER_ID}"),
    );
    assert_response_event(cancel[1], "DELETE", "429");
    assert_eq!(cancel[1].message(), "rate limited");
    assert_eq!(cancel[1].field("error"), Some("rate_limited"));
    assert_eq!(cancel[1].field("retry_after_s"), Some("7"));

    // Nothing secret, signed, credential-derived, queried or sent as a body, anywhere.
    let text = format!("{all:#?}");
    let mut forbidden: Vec<String> = vec![
        KEY.into(),
        SECRET.into(),
        PASSPHRASE.into(),
        PASSPHRASE_SIGNED.into(),
        WRONG_SECRET.into(),
        // The query and body values sent.
        "currency".into(),
        "BTC-USDT".into(),
        "trace-oid-42".into(),
        "trace-remark-body".into(),
        "clientOid".into(),
    ];
    let requests = sim.requests();
    assert_eq!(requests.len(), 5);
    for req in &requests {
        for name in ["KC-API-KEY", "KC-API-SIGN", "KC-API-PASSPHRASE"] {
            let value = req.header(name).unwrap_or_else(|| panic!("{name} sent"));
            forbidden.push(value.to_owned());
        }
    }
    for needle in &forbidden {
        assert!(
            !text.contains(needle.as_str()),
            "`{needle}` appears in the recorded trace:\n{text}"
        );
    }
    // The timestamp header is not a secret, but header values are never recorded at all.
    assert!(!text.contains(&NOW.to_string()), "{text}");
}
