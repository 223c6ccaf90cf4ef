//! Checks and lowers `webhooks:`: recipes that read a received request (its `body` and
//! `header('Name')`) and the webhook's own credentials, and the examples that verify them.

use std::collections::HashSet;

use super::expr::Expr;
use super::recipe::{Scope, is_builtin, lower_text};
use super::{Checker, is_snake_ident, p};
use crate::diag::suggest;
use crate::ir::{self, Input, Kind, Let, Node, Received, Stage, Typed};
use crate::spec::{self, TimeUnit, locate::Seg};

/// Locals and parameters of the generated `verify`.
const RESERVED: &[&str] = &["body", "headers", "now", "credentials"];

/// Functions that read the clock or the request being sent, which a webhook recipe has not.
const REQUEST_ONLY: &[&str] = &[
    "unix_ms",
    "unix_s",
    "iso8601_ms",
    "nonce",
    "time",
    "uuid4",
    "random_hex",
    "param",
];

fn typed(node: Node, kind: Kind, stage: Stage, secret: bool) -> Typed {
    Typed {
        node,
        kind,
        stage,
        secret,
        needs: None,
    }
}

/// A name in a webhook recipe: an earlier value, a webhook credential, or `body`.
pub(super) fn lower_ident(
    ck: &mut Checker,
    scope: &Scope,
    creds: &indexmap::IndexMap<String, spec::Credential>,
    name: &str,
    at: usize,
    path: &[Seg],
) -> Option<Typed> {
    if let Some(l) = scope.lets.iter().find(|l| l.name == name) {
        let v = &l.value;
        return Some(typed(Node::Let(name.to_owned()), v.kind, v.stage, v.secret));
    }
    // Before the credentials: one named `body` is reported on its own.
    if name == "body" {
        return Some(typed(
            Node::Received(Received::Body),
            Kind::Bytes,
            Stage::Signed,
            false,
        ));
    }
    if let Some(cred) = creds.get(name) {
        return Some(typed(
            Node::Credential(name.to_owned()),
            Kind::Text,
            Stage::Folded,
            cred.secret,
        ));
    }
    if scope.failed.iter().any(|f| f == name) {
        return None;
    }
    if is_builtin(name) || name == "header" {
        ck.at_offset(
            path,
            at,
            format!("`{name}` is a function; call it as `{name}(…)`"),
        );
        return None;
    }
    if Input::ALL.iter().any(|(n, _)| *n == name) {
        ck.at_offset(
            path,
            at,
            format!("`{name}` belongs to a request being sent; a webhook recipe reads `body`, `header('Name')` and the webhook's credentials"),
        );
        return None;
    }
    let known = scope
        .lets
        .iter()
        .map(|l| l.name.as_str())
        .chain(creds.keys().map(String::as_str))
        .chain(["body"]);
    ck.at_offset(
        path,
        at,
        format!(
            "`{name}` names nothing: not a credential of this webhook, an earlier value, or `body`{}",
            suggest(name, known)
        ),
    );
    None
}

/// `header('Name')`, and functions a webhook recipe cannot call; `None` for the rest.
pub(super) fn lower_call(
    ck: &mut Checker,
    name: &str,
    at: usize,
    args: &[Expr],
    path: &[Seg],
) -> Option<Option<Typed>> {
    if REQUEST_ONLY.contains(&name) {
        let message = if name == "param" {
            "`param` reads a parameter of a request being sent, which a webhook recipe has not"
                .to_owned()
        } else {
            format!(
                "`{name}` reads the clock of a request being sent, which a webhook recipe has not; `verify.timestamp` checks the received time"
            )
        };
        ck.at_offset(path, at, message);
        return Some(None);
    }
    if name != "header" {
        return None;
    }
    let Some(Expr::Str { value, at: lit_at }) = args.first().filter(|_| args.len() == 1) else {
        ck.at_offset(
            path,
            at,
            "`header` takes one header name in quotes, e.g. `header('X-Signature')`".into(),
        );
        return Some(None);
    };
    if !is_header_name(value) {
        ck.at_offset(
            path,
            *lit_at,
            format!("`{value}` is not a valid HTTP header name"),
        );
        return Some(None);
    }
    Some(Some(typed(
        Node::Received(Received::Header(value.clone())),
        Kind::Text,
        Stage::Signed,
        false,
    )))
}

fn is_header_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c))
}

/// Whether `t` reads a value matching `f`, directly or through the lets it names.
fn depends(lets: &[Let], t: &Typed, f: &dyn Fn(&Typed) -> bool) -> bool {
    t.any(&|x| {
        f(x) || matches!(&x.node, Node::Let(n)
            if lets.iter().find(|l| &l.name == n).is_some_and(|l| depends(lets, &l.value, f)))
    })
}

/// The received headers `t` reads, directly or through lets.
fn headers_read(lets: &[Let], t: &Typed) -> Vec<String> {
    let mut out = Vec::new();
    fn walk(lets: &[Let], t: &Typed, out: &mut Vec<String>) {
        t.visit(&mut |x| match &x.node {
            Node::Received(Received::Header(h)) if !out.contains(h) => out.push(h.clone()),
            Node::Let(n) => {
                if let Some(l) = lets.iter().find(|l| &l.name == n) {
                    walk(lets, &l.value, out);
                }
            }
            _ => {}
        });
    }
    walk(lets, t, &mut out);
    out
}

pub fn lower_webhooks(ck: &mut Checker, spec: &spec::Spec) -> Vec<ir::Webhook> {
    let named: std::collections::BTreeSet<String> = spec.types.keys().cloned().collect();
    let mut out = Vec::new();
    for (name, wh) in &spec.webhooks {
        if !is_snake_ident(name) {
            ck.at_key(
                &p!["webhooks", name],
                format!("webhook name `{name}` must be a snake_case identifier"),
            );
        }
        check_type_names(ck, spec, name);
        for (cred, c) in &wh.credentials {
            let path = p!["webhooks", name, "credentials", cred];
            if !is_snake_ident(cred) {
                ck.at_key(
                    &path,
                    format!("credential name `{cred}` must be a snake_case identifier"),
                );
            } else if RESERVED.contains(&cred.as_str()) {
                ck.at_key(
                    &path,
                    format!(
                        "credential name `{cred}` is used by the generated `verify`; pick another"
                    ),
                );
            } else if wh.lets.contains_key(cred) {
                ck.at_key(
                    &path,
                    format!("credential `{cred}` has the name of a value under `let`; rename one"),
                );
            }
            if c.optional {
                ck.at_key(
                    &path,
                    format!("webhook credential `{cred}` cannot be optional: verifying needs it"),
                );
            }
        }
        let mut lets: Vec<Let> = Vec::new();
        let mut failed: Vec<String> = Vec::new();
        for (let_name, text) in &wh.lets {
            let path = p!["webhooks", name, "let", let_name];
            if !is_snake_ident(let_name) {
                ck.at_key(
                    &path,
                    format!("value name `{let_name}` must be a snake_case identifier"),
                );
            } else if RESERVED.contains(&let_name.as_str()) {
                ck.at_key(
                    &path,
                    format!(
                        "value name `{let_name}` is used by the generated `verify`; pick another"
                    ),
                );
            }
            let scope = Scope {
                spec,
                lets: &lets,
                failed: &failed,
                scheme: None,
                in_header: false,
                endpoint_headers: &std::cell::RefCell::new(Vec::new()),
                webhook: Some(&wh.credentials),
            };
            let Some(value) = lower_text(ck, &scope, text, &path) else {
                failed.push(let_name.clone());
                continue;
            };
            if value.kind.is_key() {
                ck.at(
                    &path,
                    format!("`{let_name}` is {}; a webhook recipe checks a signature, it signs nothing (a sender's public key is read with `rsa_public_key`, `ed25519_public_key` or `ecdsa_p256_public_key`)", value.kind.describe()),
                );
                failed.push(let_name.clone());
                continue;
            }
            if value.kind.is_public_key() && value.stage != Stage::Folded {
                ck.at(
                    &path,
                    format!("public key `{let_name}` must be built from the webhook's credentials only, so it is parsed once, in `new`"),
                );
                failed.push(let_name.clone());
                continue;
            }
            lets.push(Let {
                name: let_name.clone(),
                value,
            });
        }
        let scope = Scope {
            spec,
            lets: &lets,
            failed: &failed,
            scheme: None,
            in_header: false,
            endpoint_headers: &std::cell::RefCell::new(Vec::new()),
            webhook: Some(&wh.credentials),
        };
        let text_value = |ck: &mut Checker, field: &str, text: &str, path: &[Seg]| {
            let v = lower_text(ck, &scope, text, path)?;
            if v.kind != Kind::Text {
                let hint = if v.kind == Kind::Bytes {
                    "; encode them as the sender does, e.g. with hex() or base64()"
                } else {
                    ""
                };
                ck.at(
                    path,
                    format!(
                        "`verify.{field}` must be text, but it is {}{hint}",
                        v.kind.describe()
                    ),
                );
                return None;
            }
            Some(v)
        };
        // What lowered of the check, failed or not: it keeps the values it reads in use.
        let mut read = Vec::new();
        let check = lower_check(ck, &scope, &lets, name, &wh.verify, &text_value, &mut read);
        let timestamp = wh.verify.timestamp.as_ref().and_then(|ts| {
            let path = p!["webhooks", name, "verify", "timestamp", "value"];
            let value = lower_text(ck, &scope, &ts.value, &path)?;
            if !matches!(value.kind, Kind::Int | Kind::Text) {
                ck.at(
                    &path,
                    format!(
                        "`verify.timestamp.value` must be an integer or text of digits, but it is {}",
                        value.kind.describe()
                    ),
                );
                return None;
            }
            if !matches!(ts.unit, TimeUnit::Seconds | TimeUnit::Millis) {
                ck.at(
                    &p!["webhooks", name, "verify", "timestamp", "unit"],
                    "a webhook timestamp's `unit` is `s` or `ms`".into(),
                );
                return None;
            }
            if let Some((sig, field)) = check.as_ref().map(signed_value) {
                let covered = match &value.node {
                    Node::Let(n) => depends(&lets, sig, &|t| matches!(&t.node, Node::Let(m) if m == n)),
                    _ => {
                        let signed = headers_read(&lets, sig);
                        let read = headers_read(&lets, &value);
                        !read.is_empty() && read.iter().all(|h| signed.contains(h))
                    }
                };
                if !covered {
                    ck.at(
                        &path,
                        format!("`verify.{field}` does not cover this timestamp, so a replayed webhook could carry a fresh one"),
                    );
                }
            }
            Some(ir::TimestampCheck {
                value,
                unit: ts.unit,
                tolerance_s: ts.tolerance,
            })
        });
        let payload = wh.payload.as_ref().and_then(|ty| {
            let path = p!["webhooks", name, "payload"];
            match super::parse_type(ty, &named) {
                Ok((t, false)) => Some(t),
                Ok((_, true)) => {
                    ck.at(&path, "a webhook payload cannot be optional (`?`)".into());
                    None
                }
                Err(err) => {
                    ck.type_error(&path, err);
                    None
                }
            }
        });
        // Unused values: none of the later values or checks reads them (not said when
        // `verify` has the wrong fields, which is reported).
        let v = &wh.verify;
        let one_form = matches!(
            (&v.signature, &v.received, &v.signed_by),
            (Some(_), Some(_), None) | (None, None, Some(_))
        );
        for (i, l) in lets.iter().enumerate() {
            if !one_form {
                break;
            }
            let mut later = lets[i + 1..]
                .iter()
                .map(|l| &l.value)
                .chain(&read)
                .chain(timestamp.as_ref().map(|t| &t.value));
            if !later.any(|t| t.reads_let(&l.name)) {
                ck.at_key(
                    &p!["webhooks", name, "let", &l.name],
                    format!(
                        "value `{}` is never used: use it in `verify` or in a later value",
                        l.name
                    ),
                );
            }
        }
        let Some(check) = check else {
            continue;
        };
        if wh.verify.timestamp.is_some() && timestamp.is_none() {
            continue;
        }
        out.push(ir::Webhook {
            name: name.clone(),
            description: wh.description.clone(),
            credentials: wh
                .credentials
                .iter()
                .map(|(n, c)| ir::Credential {
                    name: n.clone(),
                    description: c.description.clone(),
                    optional: false,
                })
                .collect(),
            recipe: ir::Scheme {
                name: name.clone(),
                description: None,
                lets,
                headers: Vec::new(),
                query: Vec::new(),
                query_after: Vec::new(),
                body: Vec::new(),
                params: Vec::new(),
                insert_at: Default::default(),
                send_body: true,
                query_order: None,
                escape: None,
                json_keys: None,
                endpoint_headers: Vec::new(),
            },
            check,
            timestamp,
            payload,
        });
    }
    out
}

/// The value a webhook's signature covers, and its field name for messages.
fn signed_value(check: &ir::Check) -> (&Typed, &'static str) {
    match check {
        ir::Check::Mac { signature, .. } => (signature, "signature"),
        ir::Check::SignedBy { message, .. } => (message, "signed_by.message"),
    }
}

type TextValue<'f> = dyn Fn(&mut Checker, &str, &str, &[Seg]) -> Option<Typed> + 'f;

/// `verify`: `signature` with `received` (a MAC), or `signed_by` (a public key).
fn lower_check(
    ck: &mut Checker,
    scope: &Scope,
    lets: &[Let],
    name: &str,
    v: &spec::VerifySpec,
    text_value: &TextValue,
    read: &mut Vec<Typed>,
) -> Option<ir::Check> {
    let at = |field: &str| p!["webhooks", name, "verify", field];
    let sb = match (&v.signature, &v.received, &v.signed_by) {
        (Some(signature), Some(received), None) => {
            return lower_mac(ck, lets, name, signature, received, text_value, read);
        }
        (None, None, Some(sb)) => sb,
        (_, _, Some(_)) => {
            ck.at_key(
                &at("signed_by"),
                "`verify` gives both a MAC (`signature`, `received`) and `signed_by`; keep the one the sender uses".into(),
            );
            return None;
        }
        (Some(_), None, None) => {
            ck.at_key(
                &at("signature"),
                "`verify.signature` needs `verify.received`, the signature the sender sent".into(),
            );
            return None;
        }
        (None, Some(_), None) => {
            ck.at_key(
                &at("received"),
                "`verify.received` needs `verify.signature`, the signature computed from what was received".into(),
            );
            return None;
        }
        (None, None, None) => {
            ck.at(
                &p!["webhooks", name, "verify"],
                "`verify` needs `signature` and `received` (a MAC recomputed with a shared secret) or `signed_by` (a signature checked with the sender's public key)".into(),
            );
            return None;
        }
    };
    let at = |field: &str| p!["webhooks", name, "verify", "signed_by", field];
    let key = super::recipe::lower_text(ck, scope, &sb.key, &at("key"));
    read.extend(key.clone());
    let key = key.and_then(|key| {
        if !key.kind.is_public_key() {
            ck.at(
                &at("key"),
                format!(
                    "`signed_by.key` must be a public key (`rsa_public_key`, `ed25519_public_key` or `ecdsa_p256_public_key` of a credential), but it is {}",
                    key.kind.describe()
                ),
            );
            return None;
        }
        if !matches!(key.node, Node::Let(_)) {
            ck.at(
                &at("key"),
                "`signed_by.key` names a value under `let` (e.g. `sender_key: rsa_public_key(public_key_pem)`), so the key is parsed once".into(),
            );
            return None;
        }
        Some(key)
    });
    let message = super::recipe::lower_text(ck, scope, &sb.message, &at("message")).and_then(|m| {
        if !matches!(m.kind, Kind::Text | Kind::Bytes) {
            ck.at(
                &at("message"),
                format!(
                    "`signed_by.message` must be text or bytes, but it is {}",
                    m.kind.describe()
                ),
            );
            return None;
        }
        if !depends(lets, &m, &|t| {
            matches!(t.node, Node::Received(Received::Body))
        }) {
            ck.at(
                &at("message"),
                "`signed_by.message` never reads `body`, so a changed body would still verify"
                    .into(),
            );
        }
        Some(m)
    });
    let signature = super::recipe::lower_text(ck, scope, &sb.signature, &at("signature"));
    read.extend(signature.clone());
    let signature = signature.and_then(|sig| {
            if sig.kind != Kind::Bytes {
                ck.at(
                    &at("signature"),
                    format!(
                        "`signed_by.signature` must be the signature's bytes, but it is {}; decode it as the sender encoded it, e.g. with base64_decode() or hex_decode()",
                        sig.kind.describe()
                    ),
                );
                return None;
            }
            if headers_read(lets, &sig).is_empty() || from_us(lets, &sig) {
                ck.at(
                    &at("signature"),
                    "`signed_by.signature` must be the signature the sender sent: read it from a `header('…')`, not from `body` or a credential".into(),
                );
                return None;
            }
            Some(sig)
        });
    let key = key?;
    if sb.format.is_some() && key.kind != Kind::EcdsaP256PublicKey {
        ck.at(
            &at("format"),
            format!(
                "`format` says how an ECDSA signature is encoded; `signed_by.key` is {}",
                key.kind.describe()
            ),
        );
        return None;
    }
    Some(ir::Check::SignedBy {
        key,
        message: message?,
        signature: signature?,
        der: sb.format == Some(spec::SignatureFormat::Der),
    })
}

/// Whether `t` reads `body` or a credential: then it was not sent by the sender.
fn from_us(lets: &[Let], t: &Typed) -> bool {
    depends(lets, t, &|x| {
        matches!(x.node, Node::Received(Received::Body) | Node::Credential(_))
    })
}

fn lower_mac(
    ck: &mut Checker,
    lets: &[Let],
    name: &str,
    signature: &str,
    received: &str,
    text_value: &TextValue,
    read: &mut Vec<Typed>,
) -> Option<ir::Check> {
    let signature = text_value(
        ck,
        "signature",
        signature,
        &p!["webhooks", name, "verify", "signature"],
    );
    let received = text_value(
        ck,
        "received",
        received,
        &p!["webhooks", name, "verify", "received"],
    );
    read.extend(signature.clone());
    read.extend(received.clone());
    if let Some(sig) = &signature
        && !depends(lets, sig, &|t| {
            matches!(t.node, Node::Received(Received::Body))
        })
    {
        ck.at(
            &p!["webhooks", name, "verify", "signature"],
            "`verify.signature` never reads `body`, so a changed body would still verify".into(),
        );
    }
    if let Some(rec) = &received
        && (headers_read(lets, rec).is_empty() || from_us(lets, rec))
    {
        ck.at(
            &p!["webhooks", name, "verify", "received"],
            "`verify.received` must be the signature the sender sent: read it from a `header('…')`, not from `body` or a credential"
                .into(),
        );
    }
    Some(ir::Check::Mac {
        signature: signature?,
        received: received?,
    })
}

/// `<Name>Webhook` and `<Name>WebhookCredentials` must not clash with other Rust types.
fn check_type_names(ck: &mut Checker, spec: &spec::Spec, name: &str) {
    use crate::emit::names::pascal;
    let taken: Vec<String> = spec
        .types
        .keys()
        .cloned()
        .chain(
            spec.endpoints
                .iter()
                .map(|e| format!("{}Params", pascal(&e.name))),
        )
        .chain(spec.auth.keys().map(|s| format!("{}Stamp", pascal(s))))
        .chain(super::RESERVED_TYPES.iter().map(|s| s.to_string()))
        .collect();
    for made in [
        format!("{}Webhook", pascal(name)),
        format!("{}WebhookCredentials", pascal(name)),
    ] {
        if taken.contains(&made) {
            ck.at_key(
                &p!["webhooks", name],
                format!("webhook `{name}` makes a Rust type named `{made}`, which is already taken; rename one of them"),
            );
        }
    }
}

/// Examples with `webhook:`; request examples are checked by `lower_examples`.
pub fn lower_webhook_examples(
    ck: &mut Checker,
    spec: &spec::Spec,
    webhooks: &[ir::Webhook],
) -> Vec<ir::WebhookExample> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (i, ex) in spec.examples.iter().enumerate() {
        let at = |field: &str| p!["examples", i, field];
        let Some(wh_name) = &ex.webhook else {
            let stray = [
                ("received", ex.received.is_some()),
                ("expect.verified", ex.expect.verified.is_some()),
                ("expect.error", ex.expect.error.is_some()),
            ];
            for (field, set) in stray {
                if set {
                    ck.at(
                        &p!["examples", i],
                        format!("`{field}` belongs to a webhook example; name the webhook with `webhook:`"),
                    );
                }
            }
            continue;
        };
        super::check_example_name(ck, i, &ex.name, &mut seen);
        let request_fields = [
            ("scheme", !ex.scheme.is_empty()),
            ("endpoint", ex.endpoint.is_some()),
            ("params", ex.params.is_some()),
            ("request", ex.request.is_some()),
            ("nonce", ex.nonce.is_some()),
            ("random", ex.random.is_some()),
            ("base_url", ex.base_url.is_some()),
        ];
        for (field, set) in request_fields {
            if set {
                ck.at_key(
                    &at(field),
                    format!(
                        "`{field}` belongs to a request example; a webhook example gives `received`"
                    ),
                );
            }
        }
        let e = &ex.expect;
        if !e.values.is_empty() || !e.headers.is_empty() || e.url.is_some() || e.body.is_some() {
            ck.at(
                &at("expect"),
                "a webhook example expects `verified: true` or `error: …` only".into(),
            );
        }
        let Some(wh) = webhooks.iter().find(|w| &w.name == wh_name) else {
            // A webhook that failed its own checks is already reported.
            if !spec.webhooks.contains_key(wh_name) {
                ck.at(
                    &at("webhook"),
                    format!(
                        "example verifies webhook `{wh_name}`, which is not declared{}",
                        suggest(wh_name, spec.webhooks.keys().map(String::as_str))
                    ),
                );
            }
            continue;
        };
        for name in ex.credentials.keys() {
            if !wh.credentials.iter().any(|c| &c.name == name) {
                ck.at_key(
                    &p!["examples", i, "credentials", name],
                    format!(
                        "webhook `{wh_name}` has no credential `{name}`{}",
                        suggest(name, wh.credentials.iter().map(|c| c.name.as_str()))
                    ),
                );
            }
        }
        for c in &wh.credentials {
            if !ex.credentials.contains_key(&c.name) {
                ck.at(
                    &at("credentials"),
                    format!("example gives no value for credential `{}`", c.name),
                );
            }
        }
        let error = match (e.verified, e.error) {
            (Some(true), None) => Ok(None),
            (None, Some(err)) => Ok(Some(err)),
            (Some(false), None) => {
                ck.at(
                    &p!["examples", i, "expect", "verified"],
                    "say how verification fails with `error:` (bad_signature, stale, missing_header, malformed or payload)".into(),
                );
                Err(())
            }
            _ => {
                ck.at(
                    &at("expect"),
                    "a webhook example expects exactly one of `verified: true` or `error: …`"
                        .into(),
                );
                Err(())
            }
        };
        let Some(received) = &ex.received else {
            ck.at(
                &p!["examples", i],
                "a webhook example needs `received: { headers: …, body: … }`".into(),
            );
            continue;
        };
        for h in received.headers.keys() {
            if !is_header_name(h) {
                ck.at_key(
                    &p!["examples", i, "received", "headers", h],
                    format!("`{h}` is not a valid HTTP header name"),
                );
            }
        }
        let Ok(error) = error else { continue };
        out.push(ir::WebhookExample {
            name: ex.name.clone(),
            source: ex.source.clone(),
            webhook: wh_name.clone(),
            credentials: ex
                .credentials
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            time_ms: ex.time_ms,
            headers: received
                .headers
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            body: received.body.clone(),
            error,
        });
    }
    out
}
