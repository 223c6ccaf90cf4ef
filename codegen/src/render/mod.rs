//! minijinja templates for what surrounds generated code: a reference page per venue, and a
//! standalone crate's manifest and root file.

use minijinja::{Environment, context};
use serde_json::{Value, json};

use crate::ir::{self, Node, Stage, Typed};

/// How a written crate depends on `venue-runtime`.
#[derive(Debug, Clone)]
pub enum RuntimeDep {
    /// A path, relative to the written crate.
    Path(String),
    Version(String),
}

fn env() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_trim_blocks(true);
    env.set_keep_trailing_newline(true);
    for (name, text) in [
        ("reference.md", include_str!("templates/reference.md.j2")),
        ("Cargo.toml", include_str!("templates/Cargo.toml.j2")),
        ("lib.rs", include_str!("templates/lib.rs.j2")),
    ] {
        // The templates are part of this crate; a syntax error in one is a build-time bug.
        env.add_template(name, text)
            .unwrap_or_else(|e| panic!("template {name}: {e}"));
    }
    env
}

fn render(name: &str, ctx: minijinja::Value) -> String {
    let env = env();
    let tmpl = env
        .get_template(name)
        .unwrap_or_else(|e| panic!("template {name}: {e}"));
    tmpl.render(ctx)
        .unwrap_or_else(|e| panic!("template {name}: {e}"))
}

/// A Markdown page describing a venue: base URLs, credentials, each scheme's recipe, endpoints.
pub fn reference_page(v: &ir::Venue) -> String {
    render(
        "reference.md",
        minijinja::Value::from_serialize(page_context(v)),
    )
}

fn page_context(v: &ir::Venue) -> Value {
    let schemes: Vec<Value> = v
        .schemes
        .iter()
        .map(|s| {
            let group = |title: &str, items: &[ir::Placement]| {
                json!({
                    "title": title,
                    "items": items.iter().map(|p| json!({"name": p.name, "expr": expr_text(&p.value)})).collect::<Vec<_>>(),
                })
            };
            let groups: Vec<Value> = [
                ("Headers", &s.headers),
                ("Query (before signing)", &s.query),
                ("Query (appended after signing)", &s.query_after),
                ("Body fields", &s.body),
                ("Parameters", &s.params),
            ]
            .into_iter()
            .filter(|(_, items)| !items.is_empty())
            .map(|(t, items)| group(t, items))
            .collect();
            json!({
                "name": s.name,
                "description": s.description,
                "lets": s.lets.iter().map(|l| json!({
                    "name": l.name,
                    "expr": expr_text(&l.value),
                    "stage": stage_text(l.value.stage),
                })).collect::<Vec<_>>(),
                "placements": groups,
            })
        })
        .collect();
    let endpoints: Vec<Value> = v
        .endpoints
        .iter()
        .map(|e| {
            let request = match &e.rpc_method {
                Some(m) => format!("JSON-RPC `{m}`"),
                None => format!("`{} {}`", e.method.as_str(), e.path),
            };
            json!({
                "name": e.name,
                "request": request,
                "auth": e.schemes.join(" or "),
                "params": e.params.iter().map(|p| {
                    let ty = if p.values.is_empty() { p.ty.spelling() } else { p.values.join(" \\| ") };
                    let optional = if p.required { "" } else { "?" };
                    format!("`{}`{optional} ({}, {ty})", p.wire, p.location.as_str())
                }).collect::<Vec<_>>(),
                "response": e.response.as_ref().map_or("json".to_owned(), ir::TypeRef::spelling),
            })
        })
        .collect();
    let webhooks: Vec<Value> = v
        .webhooks
        .iter()
        .map(|w| {
            let check = match &w.check {
                ir::Check::Mac {
                    signature,
                    received,
                } => format!(
                    "`{}` equals `{}` (compared in constant time)",
                    expr_text(signature),
                    expr_text(received)
                ),
                ir::Check::SignedBy {
                    key,
                    message,
                    signature,
                    ..
                } => format!(
                    "`{}` is `{}`'s signature over `{}`",
                    expr_text(signature),
                    expr_text(key),
                    expr_text(message)
                ),
            };
            let time = w.timestamp.as_ref().map(|t| {
                format!(
                    "`{}` within {} s of now",
                    expr_text(&t.value),
                    t.tolerance_s
                )
            });
            json!({
                "name": w.name,
                "description": w.description,
                "credentials": w.credentials.iter().map(|c| c.name.clone()).collect::<Vec<_>>(),
                "lets": w.recipe.lets.iter().map(|l| json!({"name": l.name, "expr": expr_text(&l.value)})).collect::<Vec<_>>(),
                "check": check,
                "time": time,
                "payload": w.payload.as_ref().map_or("json".to_owned(), ir::TypeRef::spelling),
            })
        })
        .collect();
    json!({
        "webhooks": webhooks,
        "name": v.name,
        "title": v.title,
        "description": v.description,
        "production_url": v.production_url,
        "sandbox_url": v.sandbox_url,
        "docs": v.docs,
        "credentials": v.credentials.iter().map(|c| json!({"name": c.name, "description": c.description})).collect::<Vec<_>>(),
        "schemes": schemes,
        "endpoints": endpoints,
        "examples": v.examples.iter().map(|x| json!({"name": x.name, "scheme": x.scheme, "source": x.source})).collect::<Vec<_>>(),
    })
}

fn stage_text(stage: Stage) -> &'static str {
    match stage {
        Stage::Const => "constant",
        Stage::Folded => "once, when the client is built",
        Stage::Stamp => "per request, before assembly",
        Stage::Signed => "per request, over the assembled bytes",
    }
}

/// A recipe value written back in spec syntax.
pub fn expr_text(t: &Typed) -> String {
    match &t.node {
        Node::Credential(n) | Node::Let(n) => n.clone(),
        Node::Input(i) => ir::Input::ALL
            .iter()
            .find(|(_, x)| x == i)
            .map_or("?", |(n, _)| n)
            .to_owned(),
        Node::Str(s) => format!("'{}'", s.escape_default()),
        Node::Int(i) => i.to_string(),
        Node::Concat(parts) => parts.iter().map(expr_text).collect::<Vec<_>>().join(" ~ "),
        Node::Call(f, args) => format!(
            "{}({})",
            func_name(*f),
            args.iter().map(expr_text).collect::<Vec<_>>().join(", ")
        ),
        Node::Received(ir::Received::Body) => "body".to_owned(),
        Node::Received(ir::Received::Header(h)) => format!("header('{}')", h.escape_default()),
    }
}

fn func_name(f: ir::Func) -> &'static str {
    use ir::Func::*;
    match f {
        Hash(n) | Hmac(n) | Encode(n) | Decode(n) | Case(n) => n,
        UrlEncode => "url_encode",
        Ed25519Key => "ed25519_key",
        Ed25519Sign => "ed25519_sign",
        RsaKey => "rsa_key",
        RsaSha256Sign => "rsa_sha256_sign",
        EcdsaP256Key => "ecdsa_p256_key",
        Es256Sign => "es256_sign",
        Ed25519PublicKey => "ed25519_public_key",
        RsaPublicKey => "rsa_public_key",
        EcdsaP256PublicKey => "ecdsa_p256_public_key",
        UnixMs => "unix_ms",
        UnixS => "unix_s",
        Iso8601Ms => "iso8601_ms",
        Nonce => "nonce",
        Param => "param",
        Time => "time",
        If => "if",
        SortQuery => "sort_query",
        UrlDecode => "url_decode",
        JsonObject => "json_object",
        Uuid4 => "uuid4",
        RandomHex => "random_hex",
        Header => "header",
        Trim => "trim",
        Given => "given",
        Kv => "kv",
    }
}

pub fn crate_manifest(crate_name: &str, runtime: &RuntimeDep, specs: &[String]) -> String {
    let runtime = match runtime {
        RuntimeDep::Path(p) => format!("{{ path = \"{p}\" }}"),
        RuntimeDep::Version(v) => format!("\"{v}\""),
    };
    render("Cargo.toml", context! { crate_name, runtime, specs })
}

pub fn crate_lib(venues: &[ir::Venue]) -> String {
    let titles: Vec<&str> = venues.iter().map(|v| v.title.as_str()).collect();
    let modules: Vec<&str> = venues.iter().map(|v| v.name.as_str()).collect();
    render("lib.rs", context! { titles, modules })
}
