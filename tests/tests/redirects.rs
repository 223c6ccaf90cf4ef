//! Issue 10, item 1: a signed request answered with a redirect is never sent on.
//!
//! For every venue in `venue_client::VENUES` and every auth scheme its spec declares, one
//! endpoint call goes through the venue's real `call` (signing and transport) to loopback
//! host A, which answers 307, 308 or 302 with `Location` on loopback host B, or 307/308 back to
//! itself. Each call must end in `Error::Redirect` naming that status and location, with host
//! A seeing exactly one request and host B no connection at all.
//!
//! The registry describes endpoints and param types but not which credentials a scheme reads
//! or what shape they must have (a PEM key, base64), so those come from the specs through
//! `venue-codegen`'s IR; specs/ and the registry must list the same venues.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use base64::Engine as _;
use serde_json::{Map, Value, json};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};
use venue_codegen::ir;
use venue_runtime::{self as rt, Error};
use venue_tests::sim::Recorded;

/// A loopback HTTP/1.1 server that records everything it gets and answers each request
/// with what `reply` makes of it.
struct Host {
    base: String,
    connections: AtomicUsize,
    bytes: AtomicUsize,
    requests: Mutex<Vec<Recorded>>,
    task: OnceLock<tokio::task::JoinHandle<()>>,
}

type Reply = Arc<dyn Fn(&Recorded) -> String + Send + Sync>;

impl Host {
    async fn spawn(ip: &str, reply: Reply) -> Arc<Host> {
        let listener = TcpListener::bind((ip, 0)).await.expect("bind loopback");
        let host = Arc::new(Host {
            base: format!("http://{}", listener.local_addr().expect("local addr")),
            connections: AtomicUsize::new(0),
            bytes: AtomicUsize::new(0),
            requests: Mutex::new(Vec::new()),
            task: OnceLock::new(),
        });
        let server = host.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                server.connections.fetch_add(1, Ordering::SeqCst);
                tokio::spawn(server.clone().serve(stream, reply.clone()));
            }
        });
        host.task.set(task).expect("task set once");
        host
    }

    /// Requests on one connection until the client closes it.
    async fn serve(self: Arc<Host>, mut stream: TcpStream, reply: Reply) {
        let mut buf = Vec::new();
        loop {
            let Some(request) = read_request(&mut stream, &mut buf, &self.bytes).await else {
                return;
            };
            let answer = reply(&request);
            self.requests.lock().expect("requests lock").push(request);
            if stream.write_all(answer.as_bytes()).await.is_err() {
                return;
            }
        }
    }

    fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().expect("requests lock").clone()
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        if let Some(task) = self.task.get() {
            task.abort();
        }
    }
}

/// One request (Content-Length bodies only), or `None` at end of stream. `buf` keeps bytes
/// already read past the previous request.
async fn read_request(
    stream: &mut TcpStream,
    buf: &mut Vec<u8>,
    bytes: &AtomicUsize,
) -> Option<Recorded> {
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        let n = stream.read(&mut chunk).await.ok().filter(|&n| n > 0)?;
        bytes.fetch_add(n, Ordering::SeqCst);
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut start = lines.next()?.split(' ');
    let (method, target) = (start.next()?.to_owned(), start.next()?.to_owned());
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let find = |name: &str| headers.iter().find(|(n, _)| n == name).map(|(_, v)| v);
    assert!(
        find("transfer-encoding").is_none(),
        "a chunked request body is not read here: {head}"
    );
    let length: usize = find("content-length").map_or(0, |v| v.parse().expect("Content-Length"));
    while buf.len() < head_end + length {
        let n = stream.read(&mut chunk).await.ok().filter(|&n| n > 0)?;
        bytes.fetch_add(n, Ordering::SeqCst);
        buf.extend_from_slice(&chunk[..n]);
    }
    let body = buf[head_end..head_end + length].to_vec();
    buf.drain(..head_end + length);
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p.to_owned(), Some(q.to_owned())),
        None => (target, None),
    };
    Some(Recorded {
        method,
        path,
        query,
        headers,
        body,
    })
}

/// How a credential's text is read by the schemes that use it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Text,
    Base64,
    Hex,
    Ed25519Pem,
    RsaPem,
    P256Pem,
}

/// The credential `value` is, directly or through `let` aliases.
fn credential_of<'a>(scheme: &'a ir::Scheme, value: &'a ir::Typed) -> Option<&'a str> {
    match &value.node {
        ir::Node::Credential(name) => Some(name),
        ir::Node::Let(name) => scheme
            .lets
            .iter()
            .find(|l| l.name == *name)
            .and_then(|l| credential_of(scheme, &l.value)),
        _ => None,
    }
}

/// Formats implied by the functions each credential is passed to, over every scheme (the
/// signer folds every given credential up front, whichever scheme is then used).
fn credential_formats(venue: &ir::Venue) -> BTreeMap<String, Format> {
    let mut formats = BTreeMap::new();
    for scheme in &venue.schemes {
        for value in scheme.values() {
            value.visit(&mut |t| {
                let ir::Node::Call(func, args) = &t.node else {
                    return;
                };
                let format = match func {
                    ir::Func::Ed25519Key => Format::Ed25519Pem,
                    ir::Func::RsaKey => Format::RsaPem,
                    ir::Func::EcdsaP256Key => Format::P256Pem,
                    ir::Func::Decode("base64_decode") => Format::Base64,
                    ir::Func::Decode("hex_decode") => Format::Hex,
                    ir::Func::Decode(other) => panic!(
                        "{}: no dummy credential for a value passed to `{other}`; teach this test",
                        venue.name
                    ),
                    _ => return,
                };
                for name in args.iter().filter_map(|a| credential_of(scheme, a)) {
                    let old = formats.insert(name.to_owned(), format);
                    assert!(
                        old.is_none_or(|f| f == format),
                        "{}: credential `{name}` read both as {old:?} and {format:?}",
                        venue.name
                    );
                }
            });
        }
    }
    formats
}

/// Credentials `scheme` reads.
fn scheme_credentials(scheme: &ir::Scheme) -> Vec<String> {
    let mut names = Vec::new();
    for value in scheme.values() {
        value.visit(&mut |t| {
            if let ir::Node::Credential(name) = &t.node
                && !names.contains(name)
            {
                names.push(name.clone());
            }
        });
    }
    names
}

fn dummy_credential(name: &str, format: Format) -> String {
    const SECRET: &[u8] = b"redirect-test-secret-0123456789!";
    match format {
        Format::Text => format!("redirect-test-{name}"),
        Format::Base64 => base64::engine::general_purpose::STANDARD.encode(SECRET),
        Format::Hex => hex::encode(SECRET),
        Format::Ed25519Pem => {
            use ed25519_dalek::pkcs8::{EncodePrivateKey as _, spki::der::pem::LineEnding};
            ed25519_dalek::SigningKey::from_bytes(&[0x5a; 32])
                .to_pkcs8_pem(LineEnding::LF)
                .expect("Ed25519 PKCS#8 PEM")
                .to_string()
        }
        Format::RsaPem => rsa_pem().to_owned(),
        Format::P256Pem => {
            use p256::pkcs8::{EncodePrivateKey as _, LineEnding};
            p256::SecretKey::from_slice(&[0x5a; 32])
                .expect("P-256 scalar")
                .to_pkcs8_pem(LineEnding::LF)
                .expect("P-256 PKCS#8 PEM")
                .to_string()
        }
    }
}

fn rsa_pem() -> &'static str {
    static PEM: OnceLock<String> = OnceLock::new();
    PEM.get_or_init(|| {
        use rand::SeedableRng as _;
        use rsa::pkcs8::{EncodePrivateKey as _, LineEnding};
        // 1024 bits keeps debug builds fast; a fixed seed makes the key reproducible.
        let mut rng = rand::rngs::StdRng::seed_from_u64(0x00b1_a7ce);
        rsa::RsaPrivateKey::new(&mut rng, 1024)
            .expect("RSA key")
            .to_pkcs8_pem(LineEnding::LF)
            .expect("RSA PKCS#8 PEM")
            .to_string()
    })
}

/// A valid value for a param as the registry describes it.
fn dummy_param(ty: &str, values: &[&str]) -> Option<Value> {
    if let Some(first) = values.first() {
        return Some(json!(first));
    }
    let inner = |open: char, close: char| ty.strip_prefix(open)?.strip_suffix(close);
    Some(match ty {
        "string" => json!("redirect-test"),
        "integer" => json!(1),
        "decimal" => json!("1"),
        "bool" => json!(true),
        "json" => json!({}),
        _ if inner('[', ']').is_some() => json!([dummy_param(inner('[', ']')?, &[])?]),
        _ if inner('{', '}').is_some() => json!({ "k": dummy_param(inner('{', '}')?, &[])? }),
        _ => return None,
    })
}

fn dummy_params(venue: &str, endpoint: &rt::EndpointInfo) -> Value {
    let mut params = Map::new();
    for p in endpoint.params.iter().filter(|p| p.required) {
        let value = dummy_param(p.ty, p.values).unwrap_or_else(|| {
            panic!(
                "{venue}.{}: no dummy value for param `{}` of type `{}`; teach dummy_param",
                endpoint.name, p.name, p.ty
            )
        });
        params.insert(p.name.to_owned(), value);
    }
    Value::Object(params)
}

/// Query keys in order, each with its value's length once unescaped (base64 signatures
/// escape a varying number of characters).
fn query_shape(query: Option<&str>) -> Vec<(String, usize)> {
    query
        .unwrap_or("")
        .split('&')
        .filter(|kv| !kv.is_empty())
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (k.to_owned(), v.len() - 2 * v.matches('%').count())
        })
        .collect()
}

/// What one scheme's calls need: the endpoint, its params and the credentials that make the
/// signer choose this scheme.
struct Case {
    venue: &'static venue_client::Venue,
    scheme: ir::Scheme,
    endpoint: &'static rt::EndpointInfo,
    params: Value,
    credentials: Value,
}

fn specs() -> Vec<ir::Venue> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
    venue_codegen::Generator::new()
        .specs_dir(&dir)
        .load_all()
        .unwrap_or_else(|e| panic!("specs load: {e}"))
}

fn cases() -> Vec<Case> {
    let specs = specs();
    let mut spec_names: Vec<&str> = specs.iter().map(|v| v.name.as_str()).collect();
    let mut registry_names: Vec<&str> = venue_client::VENUES.iter().map(|v| v.info.name).collect();
    spec_names.sort_unstable();
    registry_names.sort_unstable();
    assert_eq!(
        spec_names, registry_names,
        "specs/ and venue_client::VENUES must list the same venues"
    );

    let mut cases = Vec::new();
    for venue in venue_client::VENUES {
        let name = venue.info.name;
        let spec = specs
            .iter()
            .find(|s| s.name == name)
            .expect("checked above");
        let formats = credential_formats(spec);
        for ep in spec.endpoints.iter() {
            let info = venue.info.endpoints.iter().find(|e| e.name == ep.name);
            assert_eq!(
                info.map(|e| e.auth),
                Some(ep.schemes.join("|").as_str()),
                "{name}.{}: registry and spec disagree on auth",
                ep.name
            );
        }
        for scheme in &spec.schemes {
            // Only this scheme's optional credentials: the signer uses an endpoint's first
            // scheme whose credentials are all given.
            let reads = scheme_credentials(scheme);
            let mut credentials = Map::new();
            for c in &spec.credentials {
                if !c.optional || reads.contains(&c.name) {
                    let format = formats.get(&c.name).copied().unwrap_or(Format::Text);
                    credentials.insert(c.name.clone(), json!(dummy_credential(&c.name, format)));
                }
            }
            // Every scheme listed before this one lacks a credential, so this one is chosen.
            let selects = |e: &&rt::EndpointInfo| {
                e.auth.split('|').any(|s| s == scheme.name)
                    && e.auth
                        .split('|')
                        .take_while(|s| *s != scheme.name)
                        .all(|t| {
                            let t = spec.schemes.iter().find(|s| s.name == t).expect("declared");
                            scheme_credentials(t)
                                .iter()
                                .any(|c| !credentials.contains_key(c))
                        })
            };
            // A non-GET endpoint carries a body: what a followed 307/308 would send again.
            let endpoint = venue
                .info
                .endpoints
                .iter()
                .filter(selects)
                .find(|e| e.method != "GET")
                .or_else(|| venue.info.endpoints.iter().find(selects))
                .unwrap_or_else(|| {
                    panic!(
                        "{name}: no endpoint sends scheme `{}` when given only its credentials \
                         {:?}",
                        scheme.name,
                        credentials.keys().collect::<Vec<_>>()
                    )
                });
            cases.push(Case {
                venue,
                scheme: scheme.clone(),
                endpoint,
                params: dummy_params(name, endpoint),
                credentials: Value::Object(credentials),
            });
        }
    }
    cases
}

impl Case {
    fn label(&self) -> String {
        format!(
            "{} scheme `{}` via {} {}",
            self.venue.info.name, self.scheme.name, self.endpoint.method, self.endpoint.name
        )
    }

    /// Checks the request host A got is this scheme's signed request: `sign` for the same
    /// input, stamped now, gives the same method, path, query keys and header names, and
    /// values of the same lengths (so an HMAC hex signature is not taken for an Ed25519 or RSA
    /// one); and every field the scheme places was sent.
    fn check_signed(&self, base: &str, got: &Recorded) -> Result<(), String> {
        let now_ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as u64);
        // Nonce sources start from the current milliseconds, so this nonce has the same length.
        let stamp = rt::Stamp {
            now_ms,
            nonce: now_ms,
            random: 0,
        };
        let want = (self.venue.sign)(
            &self.credentials,
            self.endpoint.name,
            &self.params,
            Some(base),
            stamp,
            &mut rt::Trace::off(),
        )
        .map_err(|e| format!("sign: {e}"))?;
        let target = want.url.strip_prefix(base).unwrap_or(&want.url);
        let (path, query) = match target.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (target, None),
        };
        let method = want.method.as_str();
        if (got.method.as_str(), got.path.as_str()) != (method, path) {
            return Err(format!(
                "sent {} {}, signed {method} {path}",
                got.method, got.path
            ));
        }
        if query_shape(got.query.as_deref()) != query_shape(query) {
            return Err(format!("query {:?}, signed {query:?}", got.query));
        }
        for header in &want.headers {
            let sent = got.header(header.name).map(str::len);
            if sent != Some(header.value.as_str().len()) {
                return Err(format!(
                    "header `{}` sent with length {sent:?}, signed with {}",
                    header.name,
                    header.value.as_str().len()
                ));
            }
        }
        let want_body = want.body.as_deref().unwrap_or_default();
        if got.body.len() != want_body.len() {
            return Err(format!(
                "body {:?}, signed {:?}",
                got.body_text(),
                String::from_utf8_lossy(want_body)
            ));
        }
        let got_keys: Vec<String> = query_shape(got.query.as_deref())
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        let sent = format!("{}\n{}", got.target(), got.body_text());
        let s = &self.scheme;
        for p in &s.headers {
            if got.header(&p.name).is_none() {
                return Err(format!("scheme header `{}` not sent", p.name));
            }
        }
        for p in s.query.iter().chain(&s.query_after) {
            if !got_keys.contains(&p.name) {
                return Err(format!("scheme query field `{}` not sent", p.name));
            }
        }
        if s.send_body {
            for p in s.body.iter().chain(&s.params) {
                if !sent.contains(&p.name) {
                    return Err(format!("scheme field `{}` not sent", p.name));
                }
            }
        }
        Ok(())
    }
}

/// Where host A points `Location`.
#[derive(Clone, Copy, Debug)]
enum Target {
    /// Loopback host B.
    Elsewhere,
    /// The same URL again: following would send the signed request twice.
    SameHost,
}

/// The second host: 127.0.0.2 where the OS routes it (Linux), else another port of
/// 127.0.0.1, which is still another origin.
async fn second_host(reply: Reply) -> Arc<Host> {
    if std::net::TcpListener::bind("127.0.0.2:0").is_ok() {
        Host::spawn("127.0.0.2", reply).await
    } else {
        Host::spawn("127.0.0.1", reply).await
    }
}

async fn run(case: &Case, status: u16, target: Target) -> Result<(), String> {
    // Host B answers like a venue would, so a followed redirect completes and is seen here.
    let b = second_host(Arc::new(|_: &Recorded| {
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}".into()
    }))
    .await;
    let b_base = b.base.clone();
    let a_base = Arc::new(OnceLock::<String>::new());
    let a_base_in_reply = a_base.clone();
    let a = Host::spawn(
        "127.0.0.1",
        Arc::new(move |req: &Recorded| {
            let host = match target {
                Target::Elsewhere => b_base.as_str(),
                Target::SameHost => a_base_in_reply.get().expect("A's base is set"),
            };
            format!(
                "HTTP/1.1 {status} Redirect\r\nLocation: {host}{}\r\nContent-Length: 0\r\n\r\n",
                req.path
            )
        }),
    )
    .await;
    a_base.set(a.base.clone()).expect("set once");

    let result = (case.venue.call)(
        &case.credentials,
        case.endpoint.name,
        &case.params,
        Some(&a.base),
        // The default retry policy: a redirect must not be retried either. The timeout
        // bounds a broken run; a redirect is answered at once.
        &rt::ClientOptions {
            timeout: Some(Duration::from_secs(10)),
            ..Default::default()
        },
    )
    .await;

    let seen_a = a.requests();
    let mut problems = Vec::new();
    let b_connections = b.connections.load(Ordering::SeqCst);
    let b_bytes = b.bytes.load(Ordering::SeqCst);
    if b_connections != 0 || b_bytes != 0 {
        problems.push(format!(
            "host B got {b_connections} connection(s), {b_bytes} byte(s): {:?}",
            b.requests()
        ));
    }
    if seen_a.len() != 1 {
        problems.push(format!("host A got {} requests, not 1", seen_a.len()));
    }
    if let Some(first) = seen_a.first() {
        let host = match target {
            Target::Elsewhere => &b.base,
            Target::SameHost => &a.base,
        };
        let location = format!("{host}{}", first.path);
        match &result {
            Err(Error::Redirect {
                status: s,
                location: l,
            }) if *s == status && *l == location => {}
            other => problems.push(format!(
                "expected Err(Redirect {{ status: {status}, location: {location:?} }}), got {other:?}"
            )),
        }
        if let Err(e) = case.check_signed(&a.base, first) {
            problems.push(format!("not this scheme's signed request: {e}"));
        }
    } else {
        problems.push(format!("result: {result:?}"));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

#[tokio::test]
async fn no_signed_request_follows_a_redirect() {
    let cases = cases();
    let mut failures = Vec::new();
    let mut runs = 0;
    for case in &cases {
        for (status, target) in [
            (307, Target::Elsewhere),
            (308, Target::Elsewhere),
            (302, Target::Elsewhere),
            (307, Target::SameHost),
            (308, Target::SameHost),
        ] {
            runs += 1;
            if let Err(problem) = run(case, status, target).await {
                failures.push(format!(
                    "{} answered {status} {target:?}: {problem}",
                    case.label()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {runs} redirected calls went wrong:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
