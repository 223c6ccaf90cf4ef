//! Lowers one auth scheme: parses each expression, resolves its names, and gives every value
//! a kind (text, bytes, ...) and a stage (when it can be computed).

use super::expr::{self, Expr};
use super::{Checker, p};
use crate::diag::suggest;
use crate::ir::{Func, Input, Kind, Let, Node, Placement, Scheme, Stage, Typed};
use crate::spec::{self, locate::Seg};

/// A built-in operation: its name in specs, what it is, and how many arguments it takes.
struct Builtin {
    name: &'static str,
    func: Func,
    arity: std::ops::RangeInclusive<usize>,
}

const fn b(name: &'static str, func: Func, min: usize, max: usize) -> Builtin {
    Builtin {
        name,
        func,
        arity: min..=max,
    }
}

const BUILTINS: &[Builtin] = &[
    b("sha1", Func::Hash("sha1"), 1, 1),
    b("sha256", Func::Hash("sha256"), 1, 1),
    b("sha384", Func::Hash("sha384"), 1, 1),
    b("sha512", Func::Hash("sha512"), 1, 1),
    b("md5", Func::Hash("md5"), 1, 1),
    b("hmac_sha1", Func::Hmac("hmac_sha1"), 2, 2),
    b("hmac_sha256", Func::Hmac("hmac_sha256"), 2, 2),
    b("hmac_sha384", Func::Hmac("hmac_sha384"), 2, 2),
    b("hmac_sha512", Func::Hmac("hmac_sha512"), 2, 2),
    b("hmac_md5", Func::Hmac("hmac_md5"), 2, 2),
    b("hex", Func::Encode("hex"), 1, 1),
    b("hex_upper", Func::Encode("hex_upper"), 1, 1),
    b("base64", Func::Encode("base64"), 1, 1),
    b("base64url", Func::Encode("base64url"), 1, 1),
    b("base64_decode", Func::Decode("base64_decode"), 1, 1),
    b("hex_decode", Func::Decode("hex_decode"), 1, 1),
    b("upper", Func::Case("upper"), 1, 1),
    b("lower", Func::Case("lower"), 1, 1),
    b("url_encode", Func::UrlEncode, 1, 1),
    b("ed25519_key", Func::Ed25519Key, 1, 1),
    b("ed25519_sign", Func::Ed25519Sign, 2, 2),
    b("rsa_key", Func::RsaKey, 1, 1),
    b("rsa_sha256_sign", Func::RsaSha256Sign, 2, 2),
    b("ecdsa_p256_key", Func::EcdsaP256Key, 1, 1),
    b("es256_sign", Func::Es256Sign, 2, 2),
    b("ed25519_public_key", Func::Ed25519PublicKey, 1, 1),
    b("rsa_public_key", Func::RsaPublicKey, 1, 1),
    b("ecdsa_p256_public_key", Func::EcdsaP256PublicKey, 1, 1),
    b("unix_ms", Func::UnixMs, 0, 0),
    b("unix_s", Func::UnixS, 0, 1),
    b("iso8601_ms", Func::Iso8601Ms, 0, 0),
    b("nonce", Func::Nonce, 0, 0),
    b("param", Func::Param, 1, 1),
    b("time", Func::Time, 1, 1),
    b("uuid4", Func::Uuid4, 0, 0),
    b("random_hex", Func::RandomHex, 1, 1),
    b("if", Func::If, 3, 3),
    b("sort_query", Func::SortQuery, 1, 1),
    b("url_decode", Func::UrlDecode, 1, 1),
    b("json_object", Func::JsonObject, 0, 64),
    b("base64url_nopad", Func::Encode("base64url_nopad"), 1, 1),
    b("header", Func::Header, 1, 1),
    b("trim", Func::Trim, 1, 1),
    b("kv", Func::Kv, 3, 3),
    b("given", Func::Given, 1, 1),
];

/// Operations that the checker rewrites into others: `canonical_headers('a', 'b')` becomes
/// the `a:value\n` lines of the headers named, `signed_headers(…)` their `a;b` list.
const REWRITTEN: &[&str] = &["canonical_headers", "signed_headers"];

/// Whether `name` is a built-in operation.
pub(super) fn is_builtin(name: &str) -> bool {
    BUILTINS.iter().any(|b| b.name == name)
}

/// Names a recipe can read, in scope while lowering one expression.
pub(super) struct Scope<'a> {
    pub(super) spec: &'a spec::Spec,
    pub(super) lets: &'a [Let],
    /// Values whose own expression had an error (already reported): uses stay quiet.
    pub(super) failed: &'a [String],
    /// The scheme being lowered, whose headers `header(…)` and `canonical_headers(…)` read
    /// (none in a webhook recipe).
    pub(super) scheme: Option<&'a spec::Scheme>,
    /// Set while lowering a header's value for `header(…)`: it cannot read headers itself.
    pub(super) in_header: bool,
    /// Headers read that every endpoint using the scheme must send (its own `headers:`).
    pub(super) endpoint_headers: &'a std::cell::RefCell<Vec<String>>,
    /// A webhook recipe's credentials: it reads the received request, not one being sent.
    pub(super) webhook: Option<&'a indexmap::IndexMap<String, spec::Credential>>,
}

pub fn lower_scheme(
    ck: &mut Checker,
    spec: &spec::Spec,
    name: &str,
    scheme: &spec::Scheme,
) -> Scheme {
    let mut lets: Vec<Let> = Vec::new();
    let mut failed: Vec<String> = Vec::new();
    let endpoint_headers = std::cell::RefCell::new(Vec::new());
    for (let_name, text) in &scheme.lets {
        let path = p!["auth", name, "let", let_name];
        if !super::is_snake_ident(let_name) {
            ck.at_key(
                &path,
                format!("value name `{let_name}` must be a snake_case identifier"),
            );
        }
        if RESERVED_LETS.contains(&let_name.as_str()) {
            ck.at_key(
                &path,
                format!("value name `{let_name}` is used by the generated signer; pick another"),
            );
        }
        if spec.credentials.contains_key(let_name) || Input::ALL.iter().any(|(n, _)| n == let_name)
        {
            ck.at_key(
                &path,
                format!(
                    "value name `{let_name}` hides a credential or request input of the same name"
                ),
            );
        }
        let scope = Scope {
            spec,
            lets: &lets,
            failed: &failed,
            scheme: Some(scheme),
            in_header: false,
            endpoint_headers: &endpoint_headers,
            webhook: None,
        };
        let Some(value) = lower_text(ck, &scope, text, &path) else {
            failed.push(let_name.clone());
            continue;
        };
        if value.stage == Stage::Signed && calls_param(&value) {
            ck.at(
                &path,
                format!("give `param(…)` a value of its own (e.g. `symbol: param('symbol')`) and use that in `{let_name}`"),
            );
        }
        if value.kind.is_key() && value.stage > Stage::Folded {
            ck.at(
                &path,
                format!(
                    "key `{let_name}` must be built from credentials only, so it is parsed once"
                ),
            );
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
        scheme: Some(scheme),
        in_header: false,
        endpoint_headers: &endpoint_headers,
        webhook: None,
    };
    let placements = |field: &'static str,
                      map: &indexmap::IndexMap<String, String>,
                      ck: &mut Checker|
     -> Vec<Placement> {
        let mut out = Vec::new();
        for (target, text) in map {
            let path = p!["auth", name, field, target];
            let Some(value) = lower_text(ck, &scope, text, &path) else {
                continue;
            };
            if !matches!(value.kind, Kind::Int | Kind::Text) {
                let hint = if value.kind == Kind::Bytes {
                    "; encode them with hex() or base64()"
                } else {
                    ""
                };
                ck.at(
                    &path,
                    format!("`{field}.{target}` gets {}{hint}", value.kind.describe()),
                );
                continue;
            }
            out.push(Placement {
                name: target.clone(),
                value,
            });
        }
        out
    };
    let headers = placements("headers", &scheme.headers, ck);
    check_header_names(ck, name, &scheme.headers);
    check_header_literals(ck, name, scheme);
    let query_all = placements("query", &scheme.query, ck);
    let body = placements("body", &scheme.body, ck);
    let params = placements("params", &scheme.params, ck);
    for (field, list) in [("body", &body), ("params", &params)] {
        for pl in list.iter().filter(|pl| pl.value.stage == Stage::Signed) {
            ck.at(
                &p!["auth", name, field, &pl.name],
                format!(
                    "`{field}.{}` reads the assembled query or body, so it cannot be part of it",
                    pl.name
                ),
            );
        }
    }
    for (field, list) in [("headers", &headers), ("query", &query_all)] {
        for pl in list.iter().filter(|pl| calls_param(&pl.value)) {
            ck.at(
                &p!["auth", name, field, &pl.name],
                "give `param(…)` a value of its own under `let` and place that".into(),
            );
        }
    }
    let (query_after, query): (Vec<_>, Vec<_>) = query_all
        .into_iter()
        .partition(|pl| pl.value.stage == Stage::Signed);
    let lowered = Scheme {
        name: name.to_owned(),
        description: scheme.description.clone(),
        lets,
        headers,
        query,
        query_after,
        body,
        params,
        insert_at: scheme.insert_at,
        send_body: scheme.send_body,
        query_order: scheme.encoding.query_order,
        escape: scheme.encoding.escape,
        json_keys: scheme.encoding.json_keys,
        endpoint_headers: endpoint_headers.into_inner(),
    };
    check_unused_lets(ck, &lowered);
    lowered
}

pub(super) fn lower_text(
    ck: &mut Checker,
    scope: &Scope,
    text: &str,
    path: &[Seg],
) -> Option<Typed> {
    match expr::parse(text) {
        Ok(e) => lower_expr(ck, scope, &e, path),
        Err(err) => {
            ck.at_offset(
                path,
                err.at,
                format!("in `{}`: {}", abbreviate(text), err.message),
            );
            None
        }
    }
}

/// An expression's text for a message: one over 80 characters is cut to its first 60.
fn abbreviate(text: &str) -> String {
    if text.chars().count() <= 80 {
        text.to_owned()
    } else {
        text.chars().take(60).chain(['…']).collect()
    }
}

fn lower_expr(ck: &mut Checker, scope: &Scope, e: &Expr, path: &[Seg]) -> Option<Typed> {
    match e {
        Expr::Str { value, .. } => Some(leaf(
            Node::Str(value.clone()),
            Kind::Text,
            Stage::Const,
            false,
            None,
        )),
        Expr::Int { value, .. } => Some(leaf(
            Node::Int(*value),
            Kind::Int,
            Stage::Const,
            false,
            None,
        )),
        Expr::Ident { name, at } => {
            if let Some(creds) = scope.webhook {
                return super::webhook::lower_ident(ck, scope, creds, name, *at, path);
            }
            if let Some(l) = scope.lets.iter().find(|l| &l.name == name) {
                let v = &l.value;
                return Some(leaf(
                    Node::Let(name.clone()),
                    v.kind,
                    v.stage,
                    v.secret,
                    v.needs.clone(),
                ));
            }
            if let Some(cred) = scope.spec.credentials.get(name) {
                let needs = cred.optional.then(|| name.clone());
                return Some(leaf(
                    Node::Credential(name.clone()),
                    Kind::Text,
                    Stage::Folded,
                    cred.secret,
                    needs,
                ));
            }
            if let Some((_, input)) = Input::ALL.iter().find(|(n, _)| n == name) {
                return Some(leaf(
                    Node::Input(*input),
                    Kind::Text,
                    input.stage(),
                    false,
                    None,
                ));
            }
            if scope.failed.contains(name) {
                return None;
            }
            if BUILTINS.iter().any(|b| b.name == name) {
                ck.at_offset(
                    path,
                    *at,
                    format!("`{name}` is a function; call it as `{name}(…)`"),
                );
                return None;
            }
            let known = scope
                .lets
                .iter()
                .map(|l| l.name.as_str())
                .chain(scope.spec.credentials.keys().map(String::as_str))
                .chain(Input::ALL.iter().map(|(n, _)| *n));
            ck.at_offset(
                path,
                *at,
                format!(
                    "`{name}` names nothing: not a declared credential, an earlier value, or a request input{}",
                    suggest(name, known)
                ),
            );
            None
        }
        Expr::Concat(parts) => {
            let lowered: Vec<Typed> = parts
                .iter()
                .map(|p| lower_expr(ck, scope, p, path))
                .collect::<Option<_>>()?;
            for (part, src) in lowered.iter().zip(parts) {
                if part.kind.is_key() || part.kind.is_public_key() {
                    ck.at_offset(
                        path,
                        src.at(),
                        format!("cannot concatenate {}", part.kind.describe()),
                    );
                    return None;
                }
            }
            let kind = if lowered.iter().any(|t| t.kind == Kind::Bytes) {
                Kind::Bytes
            } else {
                Kind::Text
            };
            let stage = lowered
                .iter()
                .map(|t| t.stage)
                .max()
                .unwrap_or(Stage::Const);
            let secret = lowered.iter().any(|t| t.secret);
            let needs = lowered.iter().find_map(|t| t.needs.clone());
            Some(leaf(Node::Concat(lowered), kind, stage, secret, needs))
        }
        Expr::Call { name, at, args }
            if scope.webhook.is_none()
                && (name == "header" || REWRITTEN.contains(&name.as_str())) =>
        {
            lower_header_call(ck, scope, name, *at, args, path)
        }
        Expr::Call { name, at, args } => {
            if scope.webhook.is_some()
                && let Some(handled) = super::webhook::lower_call(ck, name, *at, args, path)
            {
                return handled;
            }
            let Some(builtin) = BUILTINS.iter().find(|b| b.name == name) else {
                ck.at_offset(
                    path,
                    *at,
                    format!(
                        "unknown function or algorithm `{name}`{}",
                        suggest(
                            name,
                            BUILTINS
                                .iter()
                                .map(|b| b.name)
                                .chain(REWRITTEN.iter().copied())
                        )
                    ),
                );
                return None;
            };
            if scope.webhook.is_none()
                && matches!(
                    builtin.func,
                    Func::Ed25519PublicKey | Func::RsaPublicKey | Func::EcdsaP256PublicKey
                )
            {
                ck.at_offset(
                    path,
                    *at,
                    format!("`{name}` reads a public key, which checks a received webhook's signature; a request is signed with a private key (`{}`)", name.replace("_public", "")),
                );
                return None;
            }
            if !builtin.arity.contains(&args.len()) {
                let (lo, hi) = (builtin.arity.start(), builtin.arity.end());
                let want = if lo == hi {
                    lo.to_string()
                } else {
                    format!("{lo} to {hi}")
                };
                ck.at_offset(
                    path,
                    *at,
                    format!("`{name}` takes {want} argument(s), not {}", args.len()),
                );
                return None;
            }
            let lowered: Vec<Typed> = args
                .iter()
                .map(|a| lower_expr(ck, scope, a, path))
                .collect::<Option<_>>()?;
            let (kind, wants) = signature(builtin.func);
            for (i, (arg, src)) in lowered.iter().zip(args).enumerate() {
                let allowed = wants.get(i).copied().unwrap_or(&[]);
                if !allowed.contains(&arg.kind) {
                    let names: Vec<&str> = allowed.iter().map(|k| k.describe()).collect();
                    ck.at_offset(
                        path,
                        src.at(),
                        format!(
                            "argument {} of `{name}` is {}, but it takes {}",
                            i + 1,
                            arg.kind.describe(),
                            names.join(" or ")
                        ),
                    );
                    return None;
                }
            }
            if builtin.func == Func::UnixS
                && args.first().is_some_and(|a| !matches!(a, Expr::Int { .. }))
            {
                ck.at_offset(
                    path,
                    args[0].at(),
                    "`unix_s` takes a literal offset in seconds, e.g. `unix_s(60)`".into(),
                );
                return None;
            }
            if builtin.func == Func::Param && !matches!(args.first(), Some(Expr::Str { .. })) {
                ck.at_offset(
                    path,
                    *at,
                    "`param` takes a parameter name in quotes, e.g. `param('symbol')`".into(),
                );
                return None;
            }
            // A key built inside a larger expression would be parsed on every request.
            if let Some((arg, src)) = lowered
                .iter()
                .zip(args)
                .find(|(arg, _)| arg.kind.is_key() && matches!(arg.node, Node::Call(..)))
            {
                ck.at_offset(
                    path,
                    src.at(),
                    format!(
                        "give {} a value of its own under `let` (e.g. `key: …`), so it is parsed once, when the client is built",
                        arg.kind.describe()
                    ),
                );
                return None;
            }
            if builtin.func == Func::Given {
                let optional = match args.first() {
                    Some(Expr::Ident { name, .. }) => scope
                        .spec
                        .credentials
                        .get(name)
                        .filter(|c| c.optional && scope.webhook.is_none())
                        .map(|_| name.clone()),
                    _ => None,
                };
                let Some(name) = optional else {
                    ck.at_offset(
                        path,
                        args.first().map_or(*at, Expr::at),
                        "`given` takes the name of an optional credential, e.g. `given(sub_account)`".into(),
                    );
                    return None;
                };
                // Read whether given or not: the scheme does not need it.
                let secret = lowered[0].secret;
                return Some(leaf(
                    Node::Call(
                        Func::Given,
                        vec![leaf(
                            Node::Credential(name),
                            Kind::Text,
                            Stage::Folded,
                            secret,
                            None,
                        )],
                    ),
                    Kind::Text,
                    Stage::Folded,
                    secret,
                    None,
                ));
            }
            if !check_literal_args(ck, builtin.func, args, path, *at) {
                return None;
            }
            let stage = match builtin.func {
                f if f.reads_stamp() => Stage::Stamp,
                Func::Param => Stage::Stamp,
                _ => lowered
                    .iter()
                    .map(|t| t.stage)
                    .max()
                    .unwrap_or(Stage::Const),
            };
            let kind = match builtin.func {
                // Either branch may be taken: bytes if either is.
                Func::If if lowered[1..].iter().any(|t| t.kind == Kind::Bytes) => Kind::Bytes,
                _ => kind,
            };
            let secret = match builtin.func {
                Func::Encode(_)
                | Func::Decode(_)
                | Func::Case(_)
                | Func::UrlEncode
                | Func::If
                | Func::SortQuery
                | Func::UrlDecode
                | Func::JsonObject
                | Func::Trim
                | Func::Kv
                | Func::Given => lowered.iter().any(|t| t.secret),
                Func::Ed25519Key | Func::RsaKey | Func::EcdsaP256Key => true,
                _ => false,
            };
            let needs = lowered.iter().find_map(|t| t.needs.clone());
            Some(leaf(
                Node::Call(builtin.func, lowered),
                kind,
                stage,
                secret,
                needs,
            ))
        }
    }
}

/// `header('Name')`, `canonical_headers('a', …)` and `signed_headers('a', …)`: each name is a
/// header the request sends before it is signed, and is resolved here, so the generated code
/// reads the value once and the usual kind, stage and secrecy checks apply to it.
fn lower_header_call(
    ck: &mut Checker,
    scope: &Scope,
    func: &str,
    at: usize,
    args: &[Expr],
    path: &[Seg],
) -> Option<Typed> {
    let mut names: Vec<(String, usize)> = Vec::new();
    for arg in args {
        let Expr::Str { value, at } = arg else {
            ck.at_offset(
                path,
                arg.at(),
                format!("`{func}` takes header names in quotes, e.g. `{func}('host')`"),
            );
            return None;
        };
        if !super::is_header_token(value) {
            ck.at_offset(
                path,
                *at,
                format!("`{value}` is not a valid HTTP header name"),
            );
            return None;
        }
        if names.iter().any(|(n, _)| n.eq_ignore_ascii_case(value)) {
            ck.at_offset(
                path,
                *at,
                format!("header `{value}` is named twice (header names ignore case)"),
            );
            return None;
        }
        names.push((value.clone(), *at));
    }
    if names.is_empty() || (func == "header" && names.len() != 1) {
        let want = if func == "header" {
            "one header name"
        } else {
            "at least one header name"
        };
        ck.at_offset(path, at, format!("`{func}` takes {want}"));
        return None;
    }
    // Canonical forms list headers by lower-case name, sorted.
    names.sort_by_key(|(n, _)| n.to_ascii_lowercase());
    if func == "signed_headers" {
        for (name, name_at) in &names {
            header_value(ck, scope, name, *name_at, path)?;
        }
        let list: Vec<String> = names.iter().map(|(n, _)| n.to_ascii_lowercase()).collect();
        return Some(leaf(
            Node::Str(list.join(";")),
            Kind::Text,
            Stage::Const,
            false,
            None,
        ));
    }
    if func == "header" {
        let (name, name_at) = &names[0];
        return header_value(ck, scope, name, *name_at, path);
    }
    let mut parts = Vec::new();
    for (name, name_at) in &names {
        let value = header_value(ck, scope, name, *name_at, path)?;
        parts.push(leaf(
            Node::Str(format!("{}:", name.to_ascii_lowercase())),
            Kind::Text,
            Stage::Const,
            false,
            None,
        ));
        parts.push(leaf(
            Node::Call(Func::Trim, vec![value.clone()]),
            Kind::Text,
            value.stage,
            value.secret,
            value.needs.clone(),
        ));
        parts.push(leaf(
            Node::Str("\n".into()),
            Kind::Text,
            Stage::Const,
            false,
            None,
        ));
    }
    let stage = parts.iter().map(|t| t.stage).max().unwrap_or(Stage::Const);
    let secret = parts.iter().any(|t| t.secret);
    let needs = parts.iter().find_map(|t| t.needs.clone());
    Some(leaf(Node::Concat(parts), Kind::Text, stage, secret, needs))
}

/// The value of one header the request sends before signing: the scheme's own (its
/// expression, lowered here), `Host`, or else read from the request (`Content-Type`, or a
/// header every endpoint using the scheme declares).
fn header_value(
    ck: &mut Checker,
    scope: &Scope,
    name: &str,
    at: usize,
    path: &[Seg],
) -> Option<Typed> {
    if let Some((placed, text)) = scope
        .scheme
        .and_then(|s| s.headers.iter().find(|(h, _)| h.eq_ignore_ascii_case(name)))
    {
        if scope.in_header {
            ck.at_offset(
                path,
                at,
                format!("header `{placed}` is read while computing another header that is read; sign each header's own value"),
            );
            return None;
        }
        let Ok(e) = expr::parse(text) else {
            // Reported where the header is placed.
            return None;
        };
        if let Some(later) = reads_later_let(&e, scope) {
            ck.at_offset(
                path,
                at,
                format!("header `{placed}` is computed from `{later}`, which is not known yet here; a value cannot sign a header built from it or from later values"),
            );
            return None;
        }
        let inner = Scope {
            spec: scope.spec,
            lets: scope.lets,
            failed: scope.failed,
            scheme: scope.scheme,
            in_header: true,
            endpoint_headers: scope.endpoint_headers,
            webhook: None,
        };
        // Mistakes in the header's own value are reported where it is placed, once.
        let reported = ck.diags.len();
        let value = lower_text(ck, &inner, text, &p!["auth"]);
        ck.diags.truncate(reported);
        return value.filter(|v| matches!(v.kind, Kind::Text | Kind::Int));
    }
    if name.eq_ignore_ascii_case("host") {
        return Some(leaf(
            Node::Input(Input::Host),
            Kind::Text,
            Stage::Stamp,
            false,
            None,
        ));
    }
    if !name.eq_ignore_ascii_case("content-type") {
        let mut wanted = scope.endpoint_headers.borrow_mut();
        if !wanted.iter().any(|n| n.eq_ignore_ascii_case(name)) {
            wanted.push(name.to_owned());
        }
    }
    Some(leaf(
        Node::Call(
            Func::Header,
            vec![leaf(
                Node::Str(name.to_owned()),
                Kind::Text,
                Stage::Const,
                false,
                None,
            )],
        ),
        Kind::Text,
        Stage::Signed,
        false,
        None,
    ))
}

/// A value of this scheme that `e` names but that is not computed yet (itself or a later one).
fn reads_later_let(e: &Expr, scope: &Scope) -> Option<String> {
    match e {
        Expr::Ident { name, .. } => (scope.scheme.is_some_and(|s| s.lets.contains_key(name))
            && !scope.lets.iter().any(|l| &l.name == name))
        .then(|| name.clone()),
        Expr::Call { args, .. } => args.iter().find_map(|a| reads_later_let(a, scope)),
        Expr::Concat(parts) => parts.iter().find_map(|a| reads_later_let(a, scope)),
        Expr::Str { .. } | Expr::Int { .. } => None,
    }
}

/// Locals and parameters of the generated signing functions.
const RESERVED_LETS: &[&str] = &[
    "pre",
    "parts",
    "head",
    "stamp",
    "trace",
    "draft",
    "base",
    "credentials",
    "request",
];

/// Header names must be HTTP tokens, and unique ignoring case (a later one would replace an
/// earlier one).
fn check_header_names(
    ck: &mut Checker,
    scheme: &str,
    headers: &indexmap::IndexMap<String, String>,
) {
    let mut seen: Vec<String> = Vec::new();
    for header in headers.keys() {
        let path = p!["auth", scheme, "headers", header];
        if !super::is_header_token(header) {
            ck.at_key(
                &path,
                format!("header name `{header}` is not a valid HTTP header name"),
            );
        } else if seen.contains(&header.to_ascii_lowercase()) {
            ck.at_key(
                &path,
                format!("header `{header}` is set twice (header names ignore case)"),
            );
        }
        seen.push(header.to_ascii_lowercase());
    }
}

/// A header value cannot carry CR, LF, NUL or another control character (TAB aside): a
/// literal that reaches a header unencoded would make every request of the scheme fail.
/// Hashing or encoding a literal (`hex`, `base64`, `url_encode`, ...) is fine.
fn check_header_literals(ck: &mut Checker, scheme: &str, spec: &spec::Scheme) {
    // Values whose text carries such a literal: the value's name and the character.
    let mut tainted: Vec<(&str, char)> = Vec::new();
    for (name, text) in &spec.lets {
        if let Ok(e) = expr::parse(text)
            && let Some((_, c, _)) = raw_control(&e, &tainted)
        {
            tainted.push((name, c));
        }
    }
    for (header, text) in &spec.headers {
        let Ok(e) = expr::parse(text) else { continue };
        let Some((at, c, via)) = raw_control(&e, &tainted) else {
            continue;
        };
        let what = describe_control(c);
        let message = match via {
            None => format!(
                "header `{header}` would carry {what} from this literal; header values cannot hold control characters"
            ),
            Some(v) => format!(
                "header `{header}` would carry {what} from value `{v}`; header values cannot hold control characters"
            ),
        };
        ck.at_offset(&p!["auth", scheme, "headers", header], at, message);
    }
}

/// The first control character (TAB aside) a literal puts into `e`'s text as it is, with
/// where it comes from: a literal's offset, or the offset and name of a tainted value.
fn raw_control<'a>(
    e: &Expr,
    tainted: &[(&'a str, char)],
) -> Option<(usize, char, Option<&'a str>)> {
    match e {
        Expr::Str { value, at } => value
            .chars()
            .find(|c| c.is_control() && *c != '\t')
            .map(|c| (*at, c, None)),
        Expr::Ident { name, at } => tainted
            .iter()
            .find(|(n, _)| n == name)
            .map(|(n, c)| (*at, *c, Some(*n))),
        Expr::Concat(parts) => parts.iter().find_map(|p| raw_control(p, tainted)),
        // Changing case keeps control characters; every other function encodes, hashes or
        // reads something else.
        Expr::Call { name, args, .. } if name == "upper" || name == "lower" => {
            args.iter().find_map(|a| raw_control(a, tainted))
        }
        Expr::Call { .. } | Expr::Int { .. } => None,
    }
}

fn describe_control(c: char) -> String {
    match c {
        '\r' => "a carriage return (CR)".into(),
        '\n' => "a line feed (LF)".into(),
        '\0' => "a NUL".into(),
        c => format!("the control character U+{:04X}", u32::from(c)),
    }
}

/// Values no placement and no later value reads: an unused value is a mistake in the recipe.
fn check_unused_lets(ck: &mut Checker, s: &Scheme) {
    for (i, l) in s.lets.iter().enumerate() {
        let mut later = s.lets[i + 1..].iter().map(|l| &l.value).chain(s.placed());
        if !later.any(|t| t.reads_let(&l.name)) {
            ck.at_key(
                &p!["auth", &s.name, "let", &l.name],
                format!(
                    "value `{}` is never used: place it, or use it in a later value",
                    l.name
                ),
            );
        }
    }
}

/// Whether a value calls `param(…)` directly (not through an earlier value).
fn calls_param(t: &Typed) -> bool {
    t.calls(Func::Param)
}

fn leaf(node: Node, kind: Kind, stage: Stage, secret: bool, needs: Option<String>) -> Typed {
    Typed {
        node,
        kind,
        stage,
        secret,
        needs,
    }
}

const DATA: &[Kind] = &[Kind::Text, Kind::Bytes, Kind::Int];
const TEXT: &[Kind] = &[Kind::Text, Kind::Int];
const KEYLIKE: &[Kind] = &[Kind::Text, Kind::Bytes];

/// Result kind and the kinds each argument accepts.
fn signature(func: Func) -> (Kind, &'static [&'static [Kind]]) {
    match func {
        Func::Hash(_) => (Kind::Bytes, &[DATA]),
        Func::Hmac(_) => (Kind::Bytes, &[KEYLIKE, DATA]),
        Func::Encode(_) | Func::UrlEncode => (Kind::Text, &[DATA]),
        Func::Decode(_) => (Kind::Bytes, &[TEXT]),
        Func::Case(_) => (Kind::Text, &[TEXT]),
        Func::Ed25519Key => (Kind::Ed25519Key, &[TEXT]),
        Func::RsaKey => (Kind::RsaKey, &[TEXT]),
        Func::Ed25519Sign => (Kind::Bytes, &[&[Kind::Ed25519Key], DATA]),
        Func::RsaSha256Sign => (Kind::Bytes, &[&[Kind::RsaKey], DATA]),
        Func::EcdsaP256Key => (Kind::EcdsaP256Key, &[TEXT]),
        Func::Es256Sign => (Kind::Bytes, &[&[Kind::EcdsaP256Key], DATA]),
        Func::Ed25519PublicKey => (Kind::Ed25519PublicKey, &[TEXT]),
        Func::RsaPublicKey => (Kind::RsaPublicKey, &[TEXT]),
        Func::EcdsaP256PublicKey => (Kind::EcdsaP256PublicKey, &[TEXT]),
        Func::UnixS => (Kind::Int, &[&[Kind::Int]]),
        Func::Param => (Kind::Text, &[&[Kind::Text]]),
        Func::UnixMs | Func::Nonce => (Kind::Int, &[]),
        Func::Iso8601Ms => (Kind::Text, &[]),
        Func::Time => (Kind::Text, &[&[Kind::Text]]),
        Func::Uuid4 => (Kind::Text, &[]),
        Func::RandomHex => (Kind::Text, &[&[Kind::Int]]),
        Func::If => (Kind::Text, &[DATA, DATA, DATA]),
        Func::SortQuery => (Kind::Text, &[TEXT]),
        Func::UrlDecode => (Kind::Text, &[DATA]),
        Func::Header => (Kind::Text, &[&[Kind::Text]]),
        Func::Given => (Kind::Text, &[&[Kind::Text]]),
        Func::Trim => (Kind::Text, &[TEXT]),
        // Keys and values alternate; `check_literal_args` checks the keys are literals.
        Func::JsonObject => (Kind::Text, &[TEXT; 64]),
        Func::Kv => (Kind::Text, &[TEXT, &[Kind::Text], &[Kind::Text]]),
    }
}

/// The time directives `time(…)` understands (the runtime's `rt::TIME_DIRECTIVES`).
const TIME_DIRECTIVES: &str = "YmdHMSfsab%";

/// Arguments that must be literals: `time`'s pattern and `json_object`'s keys.
fn check_literal_args(
    ck: &mut Checker,
    func: Func,
    args: &[Expr],
    path: &[Seg],
    at: usize,
) -> bool {
    match func {
        Func::Time => {
            let Some(Expr::Str { value, .. }) = args.first() else {
                ck.at_offset(
                    path,
                    at,
                    "`time` takes a pattern in quotes, e.g. `time('%Y%m%dT%H%M%SZ')`".into(),
                );
                return false;
            };
            let mut chars = value.chars();
            while let Some(c) = chars.next() {
                if c != '%' {
                    continue;
                }
                match chars.next() {
                    Some(d) if TIME_DIRECTIVES.contains(d) => {}
                    other => {
                        let found = other
                            .map_or("the end of the pattern".to_owned(), |d| format!("`%{d}`"));
                        ck.at_offset(
                            path,
                            args[0].at(),
                            format!(
                                "`time` does not know {found}: use %Y %m %d %H %M %S %f (ms) %s (Unix seconds) %a (weekday) %b (month) or %%"
                            ),
                        );
                        return false;
                    }
                }
            }
            true
        }
        Func::RandomHex => {
            let n = match args.first() {
                Some(Expr::Int { value, .. }) => Some(*value),
                _ => None,
            };
            if !n.is_some_and(|n| (1..=16).contains(&n)) {
                ck.at_offset(
                    path,
                    args.first().map_or(at, Expr::at),
                    "`random_hex` takes a literal byte count from 1 to 16, e.g. `random_hex(16)`"
                        .into(),
                );
                return false;
            }
            true
        }
        Func::JsonObject => {
            if !args.len().is_multiple_of(2) {
                ck.at_offset(
                    path,
                    at,
                    "`json_object` takes names and values in pairs: `json_object('name', value, …)`"
                        .into(),
                );
                return false;
            }
            for key in args.iter().step_by(2) {
                if !matches!(key, Expr::Str { .. }) {
                    ck.at_offset(
                        path,
                        key.at(),
                        "a `json_object` member name must be a literal in quotes".into(),
                    );
                    return false;
                }
            }
            true
        }
        Func::Kv => {
            for arg in &args[1..] {
                if !matches!(arg, Expr::Str { value, .. } if !value.is_empty()) {
                    ck.at_offset(
                        path,
                        arg.at(),
                        "`kv` takes a separator and an entry name in quotes, e.g. `kv(sig, ',', 't')`"
                            .into(),
                    );
                    return false;
                }
            }
            true
        }
        _ => true,
    }
}
