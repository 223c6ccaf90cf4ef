//! Checks a loaded spec and lowers it to the IR. Every problem becomes a [`Diagnostic`] at the
//! line and column where it is written; all problems in a file are reported together.

pub mod expr;
mod recipe;
mod webhook;

use std::collections::{BTreeSet, HashMap, HashSet};

use crate::diag::{Diagnostic, Error, suggest};
use crate::ir;
use crate::spec::locate::{Pos, Seg};
use crate::spec::{self, BodyFormat, HttpMethod, ParamIn, load::Loaded};

pub use recipe::lower_scheme;

/// Collects diagnostics while walking one spec.
pub struct Checker<'a> {
    loaded: &'a Loaded,
    pub diags: Vec<Diagnostic>,
}

impl<'a> Checker<'a> {
    pub fn new(loaded: &'a Loaded) -> Self {
        Checker {
            loaded,
            diags: Vec::new(),
        }
    }

    fn push(&mut self, pos: Pos, message: String) {
        self.diags.push(
            Diagnostic::new(self.loaded.file.clone(), pos.line, pos.col, message)
                .with_len(pos.len)
                .with_source(self.loaded.text.clone()),
        );
    }

    /// Reports at the value written at `path`.
    pub fn at(&mut self, path: &[Seg], message: String) {
        let pos = self.loaded.locator.value(path);
        self.push(pos, message);
    }

    /// Reports at char `offset` inside the single-line string at `path`.
    pub fn at_offset(&mut self, path: &[Seg], offset: usize, message: String) {
        let pos = self.loaded.locator.value(path).within(offset);
        self.push(pos, message);
    }

    /// Reports at the key that ends `path`.
    pub fn at_key(&mut self, path: &[Seg], message: String) {
        let pos = self.loaded.locator.key(path);
        self.push(pos, message);
    }
}

/// Shorthand for building a path: `p!["endpoints", 2, "path"]`.
macro_rules! p {
    ($($seg:expr),* $(,)?) => { [$(Seg::from($seg)),*] };
}
pub(crate) use p;

/// Methods every generated `Client` has; an endpoint cannot take these names.
const CLIENT_METHODS: &[&str] = &[
    "new",
    "sandbox",
    "with_base_url",
    "with_clock",
    "prepare",
    "signer",
];

/// Whether `name` is a snake_case identifier usable as a Rust name.
pub fn is_snake_ident(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some('a'..='z'))
        && chars.all(|c| matches!(c, 'a'..='z' | '0'..='9' | '_'))
        && !crate::emit::names::KEYWORDS.contains(&name)
}

fn is_type_name(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some('A'..='Z')) && chars.all(|c| c.is_ascii_alphanumeric())
}

/// Checks one loaded spec and lowers it.
pub fn check(loaded: &Loaded) -> Result<ir::Venue, Error> {
    let mut ck = Checker::new(loaded);
    let venue = lower(&mut ck, &loaded.spec);
    if ck.diags.is_empty() {
        Ok(venue)
    } else {
        Err(Error::Spec(ck.diags))
    }
}

fn lower(ck: &mut Checker, spec: &spec::Spec) -> ir::Venue {
    let name = ck
        .loaded
        .file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !is_snake_ident(&name) {
        ck.at(
            &[],
            format!("file name `{name}` must be a snake_case identifier: it names the Rust module"),
        );
    }
    check_url(
        ck,
        &spec.base_urls.production,
        &p!["base_urls", "production"],
    );
    if let Some(s) = &spec.base_urls.sandbox {
        check_url(ck, s, &p!["base_urls", "sandbox"]);
    }
    for name in spec.credentials.keys() {
        if !is_snake_ident(name) {
            ck.at_key(
                &p!["credentials", name],
                format!("credential name `{name}` must be a snake_case identifier"),
            );
        }
    }
    if spec.encoding.body_root.is_some() && spec.encoding.body != BodyFormat::Json {
        ck.at(
            &p!["encoding", "body_root"],
            "`body_root` nests params in a JSON body; it needs `body: json`".into(),
        );
    }
    if spec.encoding.body_root.is_some() {
        // Sorting top-level members would leave the nested ones in place: say so instead.
        let sorted = [(
            p!["encoding", "json_keys"].to_vec(),
            spec.encoding.json_keys,
        )]
        .into_iter()
        .chain(spec.auth.iter().map(|(n, s)| {
            (
                p!["auth", n, "encoding", "json_keys"].to_vec(),
                s.encoding.json_keys.unwrap_or_default(),
            )
        }))
        .chain(spec.endpoints.iter().enumerate().map(|(i, e)| {
            (
                p!["endpoints", i, "encoding", "json_keys"].to_vec(),
                e.encoding.json_keys.unwrap_or_default(),
            )
        }));
        for (path, order) in sorted {
            if order == spec::QueryOrder::Sorted {
                ck.at(
                    &path,
                    "sorted JSON keys cannot be combined with `body_root`".into(),
                );
            }
        }
    }
    if !spec.envelope.success.is_empty() && spec.envelope.code.is_none() {
        ck.at(
            &p!["envelope", "success"],
            "`success` needs `code`: the field whose value it lists".into(),
        );
    }
    if spec.jsonrpc.is_some() && (spec.envelope.data.is_some() || spec.envelope.code.is_some()) {
        ck.at(
            &p!["envelope"],
            "a JSON-RPC venue's envelope is `result`/`error`; remove `envelope`".into(),
        );
    }
    let types = lower_types(ck, spec);
    let schemes: Vec<ir::Scheme> = spec
        .auth
        .iter()
        .map(|(name, scheme)| {
            if !is_snake_ident(name) {
                ck.at_key(
                    &p!["auth", name],
                    format!("auth scheme name `{name}` must be a snake_case identifier"),
                );
            }
            lower_scheme(ck, spec, name, scheme)
        })
        .collect();
    let endpoints = lower_endpoints(ck, spec, &types);
    check_param_reads(ck, &schemes, &endpoints);
    check_generated_names(ck, spec, &schemes, &endpoints);
    let examples = lower_examples(ck, spec, &schemes, &endpoints);
    let webhooks = webhook::lower_webhooks(ck, spec);
    let webhook_examples = webhook::lower_webhook_examples(ck, spec, &webhooks);
    let server_time = spec
        .server_time
        .as_ref()
        .and_then(|st| lower_server_time(ck, st, &endpoints));
    ir::Venue {
        name,
        title: spec.title.clone(),
        description: spec.description.clone(),
        docs: spec.docs.clone(),
        production_url: spec.base_urls.production.clone(),
        sandbox_url: spec.base_urls.sandbox.clone(),
        credentials: spec
            .credentials
            .iter()
            .map(|(name, c)| ir::Credential {
                name: name.clone(),
                description: c.description.clone(),
                optional: c.optional,
            })
            .collect(),
        encoding: ir::Encoding {
            query_order: spec.encoding.query_order,
            escape: spec.encoding.escape,
            body_root: spec.encoding.body_root.clone(),
            json_keys: spec.encoding.json_keys,
        },
        envelope: lower_envelope(&spec.envelope, spec.jsonrpc.is_some()),
        schemes,
        types,
        endpoints,
        examples,
        server_time,
        webhooks,
        webhook_examples,
    }
}

fn lower_server_time(
    ck: &mut Checker,
    st: &spec::ServerTimeSpec,
    endpoints: &[ir::Endpoint],
) -> Option<ir::ServerTime> {
    let Some(endpoint) = endpoints.iter().find(|e| e.name == st.endpoint) else {
        let hint = crate::diag::suggest(&st.endpoint, endpoints.iter().map(|e| e.name.as_str()));
        ck.at(
            &p!["server_time", "endpoint"],
            format!("no endpoint `{}`{hint}", st.endpoint),
        );
        return None;
    };
    if let Some(param) = endpoint.params.iter().find(|p| p.required) {
        ck.at(
            &p!["server_time", "endpoint"],
            format!(
                "endpoint `{}` needs param `{}`; a server-time endpoint must take no required params",
                endpoint.name, param.wire
            ),
        );
        return None;
    }
    if !(st.pointer.is_empty() || st.pointer.starts_with('/')) {
        ck.at(
            &p!["server_time", "pointer"],
            format!(
                "`{}` is not a JSON pointer: write \"\" for the whole payload or start with `/` (e.g. `/serverTime`)",
                st.pointer
            ),
        );
        return None;
    }
    Some(ir::ServerTime {
        endpoint: st.endpoint.clone(),
        pointer: st.pointer.clone(),
        unit: st.unit,
    })
}

fn lower_envelope(e: &spec::EnvelopeSpec, jsonrpc: bool) -> ir::Envelope {
    ir::Envelope {
        data: e.data.clone(),
        code: e.code.clone(),
        success: e.success.iter().map(spec::Scalar::text).collect(),
        message: e.message.clone(),
        jsonrpc,
    }
}

/// Characters a URL path carries as they are: RFC 3986 `pchar`, `/`, and `{}` for placeholders.
fn is_path_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@%/{}".contains(c)
}

fn check_url(ck: &mut Checker, url: &str, path: &[Seg]) {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let (host, prefix) = after_scheme.split_once('/').unwrap_or((after_scheme, ""));
    let odd_prefix = prefix
        .chars()
        .any(|c| !is_path_char(c) || c == '{' || c == '}');
    if host.chars().any(|c| c.is_ascii_uppercase()) || odd_prefix {
        ck.at(
            path,
            format!("base URL `{url}` must have a lower-case host and a path of plain URL characters, as sent"),
        );
    }
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    match rest {
        Some(r)
            if !r.is_empty()
                && !r.starts_with('/')
                && !url.ends_with('/')
                && !url.contains('?') => {}
        _ => ck.at(
            path,
            format!(
                "base URL `{url}` must be http(s)://host[/prefix] with no trailing slash or query"
            ),
        ),
    }
}

/// How deeply `[T]` and `{T}` may nest in one type: far more than any response needs, and
/// little enough stack for everything that walks a type.
pub const MAX_TYPE_DEPTH: usize = 64;

/// Why a type spelling is not a type: the message, and where in the spelling (a char offset)
/// when that is narrower than the whole text.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeError {
    pub message: String,
    pub at: Option<usize>,
}

impl From<String> for TypeError {
    fn from(message: String) -> Self {
        TypeError { message, at: None }
    }
}

impl Checker<'_> {
    /// Reports a [`TypeError`] in the type written at `path`.
    fn type_error(&mut self, path: &[Seg], err: TypeError) {
        match err.at {
            Some(offset) => self.at_offset(path, offset, err.message),
            None => self.at(path, err.message),
        }
    }
}

/// Parses a type spelling: `string`, `integer`, `decimal`, `bool`, `json`, `Name`, `[T]`,
/// `{T}`, with an optional trailing `?`.
pub fn parse_type(text: &str, named: &BTreeSet<String>) -> Result<(ir::TypeRef, bool), TypeError> {
    let mut depth = 0;
    for (i, c) in text.chars().enumerate() {
        match c {
            '[' | '{' if depth == MAX_TYPE_DEPTH => {
                return Err(TypeError {
                    message: format!("`[…]` and `{{…}}` nest more than {MAX_TYPE_DEPTH} deep here"),
                    at: Some(i),
                });
            }
            '[' | '{' => depth += 1,
            ']' | '}' => depth = usize::saturating_sub(depth, 1),
            _ => {}
        }
    }
    let (body, optional) = match text.strip_suffix('?') {
        Some(b) => (b, true),
        None => (text, false),
    };
    Ok((parse_type_body(body.trim(), named)?, optional))
}

fn parse_type_body(text: &str, named: &BTreeSet<String>) -> Result<ir::TypeRef, String> {
    if let Some(inner) = text.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
        return Ok(ir::TypeRef::List(Box::new(parse_type_body(
            inner.trim(),
            named,
        )?)));
    }
    if let Some(inner) = text.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
        let inner = parse_type_body(inner.trim(), named)?;
        return Ok(ir::TypeRef::Map(Box::new(inner)));
    }
    Ok(match text {
        "string" => ir::TypeRef::String,
        "integer" => ir::TypeRef::Integer,
        "decimal" => ir::TypeRef::Decimal,
        "bool" => ir::TypeRef::Bool,
        "json" => ir::TypeRef::Json,
        n if named.contains(n) => ir::TypeRef::Named(n.to_owned()),
        n => {
            let known = ["string", "integer", "decimal", "bool", "json"]
                .into_iter()
                .chain(named.iter().map(String::as_str));
            return Err(format!(
                "unknown type `{n}`; use string, integer, decimal, bool, json, [T], {{T}}, T? or a name under `types`{}",
                suggest(n, known)
            ));
        }
    })
}

fn lower_types(ck: &mut Checker, spec: &spec::Spec) -> Vec<ir::TypeDef> {
    let named: BTreeSet<String> = spec.types.keys().cloned().collect();
    let mut out = Vec::new();
    for (name, def) in &spec.types {
        if !is_type_name(name) {
            ck.at_key(
                &p!["types", name],
                format!("type name `{name}` must be PascalCase letters and digits"),
            );
        }
        match (&def.fields, &def.values) {
            (Some(fields), None) => {
                let mut lowered = Vec::new();
                let mut idents = HashSet::new();
                for (wire, f) in fields {
                    let ident = crate::emit::names::field_ident_text(wire);
                    let at = p!["types", name, "fields", wire];
                    if ident.is_empty() {
                        ck.at_key(&at, format!("field `{wire}` has no letters or digits to name a Rust field"));
                        continue;
                    }
                    if !idents.insert(ident.clone()) {
                        ck.at_key(&at, format!("field `{wire}` gives the Rust field name `{ident}` twice"));
                        continue;
                    }
                    match parse_type(f.ty(), &named) {
                        Ok((ty, optional)) => lowered.push(ir::Field {
                            wire: wire.clone(),
                            ty,
                            optional,
                            description: f.description().map(str::to_owned),
                        }),
                        Err(err) => ck.type_error(&field_type_path(name, wire, f), err),
                    }
                }
                out.push(ir::TypeDef::Struct {
                    name: name.clone(),
                    description: def.description.clone(),
                    fields: lowered,
                });
            }
            (None, Some(values)) if !values.is_empty() => {
                check_enum_values(ck, values, &p!["types", name, "values"]);
                out.push(ir::TypeDef::Enum {
                    name: name.clone(),
                    description: def.description.clone(),
                    values: values.clone(),
                });
            }
            _ => ck.at(
                &p!["types", name],
                format!("type `{name}` needs exactly one of `fields` (a struct) or a non-empty `values` (an enum)"),
            ),
        }
    }
    check_recursion(ck, spec, &out);
    out
}

/// Where a field's type is written: its `type:` key, or the field itself in the short form.
fn field_type_path(owner: &str, wire: &str, f: &spec::FieldDef) -> Vec<Seg> {
    if matches!(f, spec::FieldDef::Full(_)) {
        p!["types", owner, "fields", wire, "type"].to_vec()
    } else {
        p!["types", owner, "fields", wire].to_vec()
    }
}

/// A struct cannot hold itself by value, directly or through other structs (rustc: E0072).
/// A list or a map puts its items on the heap, so `[T]` and `{T}` break a cycle; `T?` does not.
/// Each cycle is reported once, at the field of its first-declared type; a field reported
/// breaks every other cycle through it, so fixing the reported fields fixes them all.
fn check_recursion(ck: &mut Checker, spec: &spec::Spec, types: &[ir::TypeDef]) {
    // The struct fields that hold a declared struct by value: (field, index of its type).
    let by_name: HashMap<&str, usize> = types
        .iter()
        .enumerate()
        .map(|(i, t)| (t.name(), i))
        .collect();
    let index = |n: &str| by_name.get(n).copied();
    let edges: Vec<Vec<(&str, usize)>> = types
        .iter()
        .map(|t| match t {
            ir::TypeDef::Struct { fields, .. } => fields
                .iter()
                .filter_map(|f| match &f.ty {
                    ir::TypeRef::Named(n) => index(n)
                        .filter(|&j| matches!(types[j], ir::TypeDef::Struct { .. }))
                        .map(|j| (f.wire.as_str(), j)),
                    _ => None,
                })
                .collect(),
            ir::TypeDef::Enum { .. } => Vec::new(),
        })
        .collect();
    // Peel off every type that reaches no cycle; what stays is on a cycle or leads to one.
    let mut edges = edges;
    let mut left = vec![true; types.len()];
    let mut out_degree: Vec<usize> = edges.iter().map(Vec::len).collect();
    let mut users: Vec<Vec<usize>> = vec![Vec::new(); types.len()];
    for (i, e) in edges.iter().enumerate() {
        for &(_, j) in e {
            users[j].push(i);
        }
    }
    let mut done: Vec<usize> = (0..types.len()).filter(|&i| out_degree[i] == 0).collect();
    loop {
        while let Some(j) = done.pop() {
            left[j] = false;
            for &i in &users[j] {
                out_degree[i] -= 1;
                if out_degree[i] == 0 {
                    done.push(i);
                }
            }
        }
        let Some(start) = left.iter().position(|&l| l) else {
            break;
        };
        // Every remaining type has a field to another remaining one: follow those until a
        // type repeats, which closes a cycle.
        let mut walk: Vec<(usize, &str)> = Vec::new();
        let mut on_walk: HashMap<usize, usize> = Default::default();
        let mut at = start;
        let first = loop {
            if let Some(&k) = on_walk.get(&at) {
                break k;
            }
            on_walk.insert(at, walk.len());
            let Some(&(field, next)) = edges[at].iter().find(|&&(_, j)| left[j]) else {
                // Not reached: a type without such a field was peeled.
                break walk.len();
            };
            walk.push((at, field));
            at = next;
        };
        let mut cycle = walk.split_off(first);
        let Some(lead) = (0..cycle.len()).min_by_key(|&k| cycle[k].0) else {
            left[start] = false;
            continue;
        };
        cycle.rotate_left(lead);
        let (owner, field) = cycle[0];
        let target = cycle[1 % cycle.len()].0;
        let owner_name = types[owner].name();
        let steps: Vec<String> = cycle
            .iter()
            .map(|&(t, f)| format!("`{}.{f}`", types[t].name()))
            .collect();
        if let Some(def) = spec
            .types
            .get(owner_name)
            .and_then(|d| d.fields.as_ref()?.get(field))
        {
            let message = format!(
                "type `{owner_name}` contains itself ({} → `{owner_name}`), so it would be infinitely large",
                steps.join(" → ")
            );
            ck.type_error(&field_type_path(owner_name, field, def), message.into());
            let t = types[target].name();
            if let Some(d) = ck.diags.last_mut() {
                d.help.push(format!(
                    "hold it in a list `[{t}]` or a map `{{{t}}}`, which Rust keeps on the heap (`{t}?` is not enough), or use `json`"
                ));
            }
        }
        // Fixing that field breaks this cycle and every other one through it.
        let field = field.to_owned();
        edges[owner].retain(|&(f, _)| f != field);
        if let Some(k) = users[target].iter().position(|&u| u == owner) {
            users[target].swap_remove(k);
        }
        out_degree[owner] -= 1;
        if out_degree[owner] == 0 {
            done.push(owner);
        }
    }
}

fn check_enum_values(ck: &mut Checker, values: &[String], path: &[Seg]) {
    let mut seen = HashSet::new();
    for (i, v) in values.iter().enumerate() {
        let ident = crate::emit::names::variant_ident(v);
        let mut at = path.to_vec();
        at.push(Seg::Index(i));
        if ident.is_empty() {
            ck.at(
                &at,
                format!("enum value `{v}` has no letters or digits to name a variant"),
            );
        } else if !seen.insert(ident.clone()) {
            ck.at(
                &at,
                format!("enum value `{v}` gives the variant name `{ident}` twice"),
            );
        }
    }
}

fn lower_endpoints(
    ck: &mut Checker,
    spec: &spec::Spec,
    types: &[ir::TypeDef],
) -> Vec<ir::Endpoint> {
    let named: BTreeSet<String> = spec.types.keys().cloned().collect();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut out = Vec::new();
    for (i, ep) in spec.endpoints.iter().enumerate() {
        let at = |field: &str| p!["endpoints", i, field];
        if !is_snake_ident(&ep.name) {
            ck.at(
                &at("name"),
                format!(
                    "endpoint name `{}` must be a snake_case identifier",
                    ep.name
                ),
            );
        } else if CLIENT_METHODS.contains(&ep.name.as_str()) {
            ck.at(
                &at("name"),
                format!(
                    "endpoint name `{}` is taken by the client's own method",
                    ep.name
                ),
            );
        } else if !seen.insert(&ep.name) {
            ck.at(
                &at("name"),
                format!("duplicate endpoint name `{}`", ep.name),
            );
        }
        if ep.auth.names().is_empty() {
            ck.at(
                &at("auth"),
                format!("endpoint `{}` names no auth scheme", ep.name),
            );
        }
        for (k, auth) in ep.auth.names().iter().enumerate() {
            if !spec.auth.contains_key(auth) {
                let path = match ep.auth {
                    spec::AuthRef::One(_) => at("auth").to_vec(),
                    spec::AuthRef::Many(_) => p!["endpoints", i, "auth", k].to_vec(),
                };
                ck.at(
                    &path,
                    format!(
                        "endpoint `{}` uses auth scheme `{auth}`, which is not declared under `auth`{}",
                        ep.name,
                        suggest(auth, spec.auth.keys().map(String::as_str))
                    ),
                );
            }
        }
        let (method, path) = match (&spec.jsonrpc, ep.method, &ep.path, &ep.rpc_method) {
            (Some(rpc), None, None, Some(_)) => (HttpMethod::Post, rpc.path.clone()),
            (Some(_), ..) => {
                ck.at(
                    &p!["endpoints", i],
                    "a JSON-RPC endpoint has `rpc_method` and no `method` or `path`".into(),
                );
                continue;
            }
            (None, Some(m), Some(path), None) => (m, path.clone()),
            (None, ..) => {
                ck.at(&p!["endpoints", i], "an endpoint needs `method` and `path` (and no `rpc_method` outside a `jsonrpc` venue)".into());
                continue;
            }
        };
        if !path.starts_with('/') {
            ck.at(&at("path"), format!("path `{path}` must start with `/`"));
        }
        if let Some((offset, c)) = path.chars().enumerate().find(|(_, c)| !is_path_char(*c)) {
            // Anything else would be re-encoded on the wire, so the signed path would differ.
            ck.at_offset(
                &at("path"),
                offset,
                format!("`{c}` cannot appear in a path as sent; percent-encode it"),
            );
        }
        let default_body = if method.has_body() || spec.jsonrpc.is_some() {
            spec.encoding.body
        } else {
            BodyFormat::None
        };
        let body = ep.body.unwrap_or(default_body);
        if spec.jsonrpc.is_some() && body != BodyFormat::Json {
            ck.at(
                &at("body"),
                "a JSON-RPC call always sends a JSON body; remove `body:`".into(),
            );
        }
        let placeholders = placeholders(ck, &path, &at("path"));
        let mut params = Vec::new();
        for (wire, param) in &ep.params {
            let ppath = p!["endpoints", i, "params", wire];
            let location =
                param
                    .location
                    .unwrap_or(if placeholders.iter().any(|(n, _)| n == wire) {
                        ParamIn::Path
                    } else if body == BodyFormat::None {
                        ParamIn::Query
                    } else {
                        ParamIn::Body
                    });
            if location != ParamIn::Path && placeholders.iter().any(|(n, _)| n == wire) {
                ck.at_key(&ppath, format!("parameter `{wire}` fills the `{{{wire}}}` placeholder, so it must be `in: path`"));
            }
            if location == ParamIn::Path && !placeholders.iter().any(|(n, _)| n == wire) {
                ck.at_key(
                    &ppath,
                    format!("path parameter `{wire}` has no `{{{wire}}}` placeholder in `{path}`"),
                );
            }
            if location == ParamIn::Body && body == BodyFormat::None {
                ck.at_key(&ppath, format!("body parameter `{wire}` on an endpoint that sends no body; set `body:` on the endpoint"));
            }
            let (ty, values) = match (&param.values, parse_type(&param.ty, &named)) {
                (Some(_), _) if param.ty != "string" => {
                    ck.at(
                        &p!["endpoints", i, "params", wire, "type"],
                        "give either `values` (an inline enum) or `type`, not both".into(),
                    );
                    continue;
                }
                (Some(values), _) => {
                    check_enum_values(ck, values, &p!["endpoints", i, "params", wire, "values"]);
                    (
                        ir::TypeRef::Named(crate::emit::names::inline_enum_name(&ep.name, wire)),
                        values.clone(),
                    )
                }
                (None, Ok((ty, false))) => {
                    let values = match &ty {
                        ir::TypeRef::Named(n) => match types
                            .iter()
                            .find(|t| matches!(t, ir::TypeDef::Enum { name, .. } if name == n))
                        {
                            Some(ir::TypeDef::Enum { values, .. }) => values.clone(),
                            _ => {
                                ck.at(&p!["endpoints", i, "params", wire, "type"], format!("parameter type `{n}` must be an enum (a type with `values`)"));
                                Vec::new()
                            }
                        },
                        ir::TypeRef::Map(_) => {
                            ck.at(
                                &p!["endpoints", i, "params", wire, "type"],
                                "map types describe responses; send a map parameter as `json`"
                                    .into(),
                            );
                            Vec::new()
                        }
                        ir::TypeRef::List(_) if location != ParamIn::Body => {
                            ck.at(
                                &p!["endpoints", i, "params", wire, "type"],
                                "list parameters can only be sent in a body; use `json`".into(),
                            );
                            Vec::new()
                        }
                        _ => Vec::new(),
                    };
                    (ty, values)
                }
                (None, Ok((_, true))) => {
                    ck.at(
                        &p!["endpoints", i, "params", wire, "type"],
                        "write `required: false` instead of a `?` on a parameter type".into(),
                    );
                    continue;
                }
                (None, Err(err)) => {
                    ck.type_error(&p!["endpoints", i, "params", wire, "type"], err);
                    continue;
                }
            };
            if param.as_number && ty != ir::TypeRef::Decimal {
                ck.at(
                    &p!["endpoints", i, "params", wire, "as_number"],
                    "`as_number` applies to decimal parameters only".into(),
                );
            }
            let ident = crate::emit::names::field_ident_text(wire);
            if ident.is_empty() {
                ck.at_key(
                    &ppath,
                    format!("parameter `{wire}` has no letters or digits to name a Rust field"),
                );
                continue;
            }
            if params
                .iter()
                .any(|p: &ir::Param| crate::emit::names::field_ident_text(&p.wire) == ident)
            {
                ck.at_key(
                    &ppath,
                    format!("parameter `{wire}` gives the Rust field name `{ident}` twice"),
                );
            }
            params.push(ir::Param {
                wire: wire.clone(),
                location,
                ty,
                values,
                required: param.required || location == ParamIn::Path,
                description: param.description.clone(),
                as_number: param.as_number,
            });
        }
        for (name, offset) in &placeholders {
            if !params.iter().any(|p| &p.wire == name) {
                ck.at_offset(
                    &at("path"),
                    *offset,
                    format!(
                        "placeholder `{{{name}}}` names no parameter of endpoint `{}`{}",
                        ep.name,
                        suggest(name, ep.params.keys().map(String::as_str))
                    ),
                );
            }
        }
        let response = match &ep.response {
            None => None,
            Some(text) => match parse_type(text, &named) {
                Ok((_, true)) => {
                    ck.at(
                        &at("response"),
                        "a response type cannot be optional (`?`); use `json` for any value".into(),
                    );
                    None
                }
                Ok((ty, false)) => Some(ty),
                Err(err) => {
                    ck.type_error(&at("response"), err);
                    None
                }
            },
        };
        out.push(ir::Endpoint {
            name: ep.name.clone(),
            description: ep.description.clone(),
            method,
            path,
            rpc_method: ep.rpc_method.clone(),
            schemes: ep.auth.names().to_vec(),
            body,
            params,
            response,
            envelope: ep
                .envelope
                .as_ref()
                .map(|e| lower_envelope(e, spec.jsonrpc.is_some())),
            idempotent: ep
                .idempotent
                .unwrap_or(method == HttpMethod::Get && spec.jsonrpc.is_none()),
            headers: literal_headers(ck, &p!["endpoints", i, "headers"], &ep.headers),
            encoding: ir::EncodingOverride {
                query_order: ep.encoding.query_order,
                escape: ep.encoding.escape,
                json_keys: ep.encoding.json_keys,
            },
        });
    }
    out
}

/// Headers written as literal text (an endpoint's own, a raw example's): names must be HTTP
/// tokens, unique ignoring case, and values free of control characters (TAB aside).
fn literal_headers(
    ck: &mut Checker,
    at: &[Seg],
    headers: &indexmap::IndexMap<String, String>,
) -> Vec<(String, String)> {
    let mut seen: Vec<String> = Vec::new();
    for (name, value) in headers {
        let path: Vec<Seg> = at
            .iter()
            .cloned()
            .chain([Seg::from(name.as_str())])
            .collect();
        if !is_header_token(name) {
            ck.at_key(
                &path,
                format!("header name `{name}` is not a valid HTTP header name"),
            );
        } else if seen.contains(&name.to_ascii_lowercase()) {
            ck.at_key(
                &path,
                format!("header `{name}` is set twice (header names ignore case)"),
            );
        }
        seen.push(name.to_ascii_lowercase());
        if let Some(c) = value.chars().find(|c| c.is_control() && *c != '\t') {
            ck.at(
                &path,
                format!(
                    "header `{name}` holds the control character U+{:04X}; header values cannot",
                    u32::from(c)
                ),
            );
        }
    }
    headers
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// An HTTP header name (RFC 9110 token).
pub(crate) fn is_header_token(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c))
}

/// Type names the generated module defines itself, or that would shadow the prelude.
const RESERVED_TYPES: &[&str] = &[
    "Client",
    "Signer",
    "Scheme",
    "Credentials",
    "String",
    "Option",
    "Result",
    "Vec",
    "Box",
    "Some",
    "None",
    "Ok",
    "Err",
    "Default",
    "Self",
];

/// Module names the `venue-client` crate uses for itself.
const RESERVED_MODULES: &[&str] = &[
    "cli", "registry", "rt", "venues", "pages", "lib", "std", "core", "alloc",
];

/// Every Rust name the module will define is unique and free: declared types, params structs,
/// inline enums, stamp structs, scheme variants and folded fields.
fn check_generated_names(
    ck: &mut Checker,
    spec: &spec::Spec,
    schemes: &[ir::Scheme],
    endpoints: &[ir::Endpoint],
) {
    use crate::emit::names::{inline_enum_name, pascal};
    let name = ck
        .loaded
        .file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if RESERVED_MODULES.contains(&name.as_str()) {
        ck.at(
            &[],
            format!(
                "file name `{name}` is a name the generated crate uses itself; rename the file"
            ),
        );
    }
    let mut types: Vec<(String, Vec<Seg>)> = Vec::new();
    for t in spec.types.keys() {
        if RESERVED_TYPES.contains(&t.as_str()) {
            ck.at_key(
                &p!["types", t],
                format!("type name `{t}` is taken by the generated module or the prelude"),
            );
        }
        types.push((pascal(t), p!["types", t].to_vec()));
    }
    for (i, ep) in endpoints.iter().enumerate() {
        // A repeated endpoint name is reported on its own.
        if endpoints[..i].iter().any(|e| e.name == ep.name) {
            continue;
        }
        types.push((
            format!("{}Params", pascal(&ep.name)),
            p!["endpoints", i, "name"].to_vec(),
        ));
        let inline = ep.params.iter().filter(
            |p| matches!(&p.ty, ir::TypeRef::Named(n) if *n == inline_enum_name(&ep.name, &p.wire)),
        );
        for p in inline {
            types.push((
                inline_enum_name(&ep.name, &p.wire),
                p!["endpoints", i, "params", &p.wire].to_vec(),
            ));
        }
    }
    for s in schemes {
        types.push((
            format!("{}Stamp", pascal(&s.name)),
            p!["auth", &s.name].to_vec(),
        ));
    }
    let mut seen: Vec<&str> = Vec::new();
    for (t, at) in &types {
        if seen.contains(&t.as_str()) {
            ck.at(
                at,
                format!("this makes a second Rust type named `{t}`; rename one of them"),
            );
        }
        seen.push(t);
    }
    let mut variants: Vec<String> = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    for s in schemes {
        let v = pascal(&s.name);
        if variants.contains(&v) {
            ck.at_key(
                &p!["auth", &s.name],
                format!("auth scheme `{}` gives the Rust name `{v}` twice", s.name),
            );
        }
        variants.push(v);
        if s.name == "parts" {
            ck.at_key(
                &p!["auth", &s.name],
                "auth scheme name `parts` is used by the generated signer".into(),
            );
        }
        for l in s.lets.iter().filter(|l| l.value.stage == ir::Stage::Folded) {
            let f = format!("{}_{}", s.name, l.name);
            if fields.contains(&f) {
                ck.at_key(
                    &p!["auth", &s.name, "let", &l.name],
                    format!("value `{}` gives the signer field `{f}` twice", l.name),
                );
            }
            fields.push(f);
        }
    }
}

/// A recipe's `param('x')` must name a parameter of every endpoint that uses the scheme.
fn check_param_reads(ck: &mut Checker, schemes: &[ir::Scheme], endpoints: &[ir::Endpoint]) {
    for s in schemes {
        let mut names: Vec<String> = Vec::new();
        for value in s.values() {
            value.visit(&mut |t| {
                if let ir::Node::Call(ir::Func::Param, args) = &t.node
                    && let Some(ir::Node::Str(name)) = args.first().map(|a| &a.node)
                {
                    names.push(name.clone());
                }
            });
        }
        for (i, ep) in endpoints.iter().enumerate() {
            if !ep.schemes.contains(&s.name) {
                continue;
            }
            let path_params = names.iter().filter(|n| {
                ep.params
                    .iter()
                    .any(|p| &p.wire == *n && p.location == ParamIn::Path)
            });
            for name in path_params {
                ck.at(
                    &p!["endpoints", i, "auth"],
                    format!("scheme `{}` reads param('{name}'), a path parameter of `{}`; sign `path` instead", s.name, ep.name),
                );
            }
            if ep.body == BodyFormat::None && !s.body.is_empty() {
                ck.at(
                    &p!["endpoints", i, "auth"],
                    format!("scheme `{}` places body fields, but endpoint `{}` sends no body; set `body:` on it", s.name, ep.name),
                );
            }
            for header in s
                .endpoint_headers
                .iter()
                .filter(|h| !ep.headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(h)))
            {
                ck.at(
                    &p!["endpoints", i, "auth"],
                    format!("scheme `{}` signs header `{header}`, but endpoint `{}` does not send it; add it under the endpoint's `headers:`", s.name, ep.name),
                );
            }
            for (header, _) in ep
                .headers
                .iter()
                .filter(|(n, _)| s.headers.iter().any(|pl| pl.name.eq_ignore_ascii_case(n)))
            {
                ck.at_key(
                    &p!["endpoints", i, "headers", header],
                    format!(
                        "header `{header}` is also set by scheme `{}`; set it in one place",
                        s.name
                    ),
                );
            }
            for name in names
                .iter()
                .filter(|n| !ep.params.iter().any(|p| &p.wire == *n))
            {
                ck.at(
                    &p!["endpoints", i, "auth"],
                    format!("scheme `{}` reads param('{name}'), but endpoint `{}` has no parameter `{name}`", s.name, ep.name),
                );
            }
        }
    }
}

/// Whether an example's JSON value can stand for a parameter of this type.
fn fits(value: &serde_json::Value, ty: &ir::TypeRef, values: &[String]) -> bool {
    use serde_json::Value as J;
    match (ty, value) {
        (_, J::String(s)) if !values.is_empty() => values.contains(s),
        (ir::TypeRef::String, J::String(_))
        | (ir::TypeRef::Bool, J::Bool(_))
        | (ir::TypeRef::Json, _) => true,
        (ir::TypeRef::Integer, J::Number(n)) => n.is_i64(),
        (ir::TypeRef::Decimal, J::Number(_)) => true,
        (ir::TypeRef::Decimal, J::String(s)) => {
            let digits = s.strip_prefix('-').unwrap_or(s);
            let (whole, frac) = digits.split_once('.').unwrap_or((digits, "0"));
            !whole.is_empty()
                && !frac.is_empty()
                && (whole.chars().chain(frac.chars())).all(|c| c.is_ascii_digit())
        }
        (ir::TypeRef::List(inner), J::Array(items)) => items.iter().all(|v| fits(v, inner, &[])),
        _ => false,
    }
}

fn describe_type(param: &ir::Param) -> String {
    if param.values.is_empty() {
        param.ty.spelling()
    } else {
        format!("`{}` ({})", param.wire, param.values.join(", "))
    }
}

/// The `{name}` placeholders of a path, with the char offset of each `{`.
fn placeholders(ck: &mut Checker, path: &str, at: &[Seg]) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let chars: Vec<char> = path.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '{' => {
                let Some(len) = chars[i + 1..].iter().position(|c| *c == '}') else {
                    ck.at_offset(at, i, "placeholder `{` is not closed".into());
                    break;
                };
                let name: String = chars[i + 1..i + 1 + len].iter().collect();
                if name.is_empty() {
                    ck.at_offset(at, i, "empty placeholder `{}`".into());
                }
                out.push((name, i));
                i += len + 2;
            }
            '}' => {
                ck.at_offset(at, i, "`}` without a matching `{`".into());
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// An example names a test: a snake_case identifier, once per kind of example.
pub(crate) fn check_example_name(
    ck: &mut Checker,
    i: usize,
    name: &str,
    seen: &mut HashSet<String>,
) {
    let at = p!["examples", i, "name"];
    if !is_snake_ident(name) {
        ck.at(
            &at,
            format!("example name `{name}` must be a snake_case identifier (it names a test)"),
        );
    } else if !seen.insert(name.to_owned()) {
        ck.at(&at, format!("duplicate example name `{name}`"));
    }
}

fn lower_examples(
    ck: &mut Checker,
    spec: &spec::Spec,
    schemes: &[ir::Scheme],
    endpoints: &[ir::Endpoint],
) -> Vec<ir::Example> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (i, ex) in spec.examples.iter().enumerate() {
        let at = |field: &str| p!["examples", i, field];
        if ex.webhook.is_some() {
            continue; // checked with the webhooks
        }
        check_example_name(ck, i, &ex.name, &mut seen);
        if ex.scheme.is_empty() {
            ck.at(
                &p!["examples", i],
                "an example needs `scheme` (a request example) or `webhook` (a webhook example)"
                    .into(),
            );
            continue;
        }
        let Some(scheme) = schemes.iter().find(|s| s.name == ex.scheme) else {
            ck.at(
                &at("scheme"),
                format!(
                    "example uses auth scheme `{}`, which is not declared{}",
                    ex.scheme,
                    suggest(&ex.scheme, schemes.iter().map(|s| s.name.as_str()))
                ),
            );
            continue;
        };
        for name in ex.credentials.keys() {
            if !spec.credentials.contains_key(name) {
                ck.at_key(
                    &p!["examples", i, "credentials", name],
                    format!(
                        "credential `{name}` is not declared{}",
                        suggest(name, spec.credentials.keys().map(String::as_str))
                    ),
                );
            }
        }
        for (name, cred) in &spec.credentials {
            if !cred.optional && !ex.credentials.contains_key(name) {
                ck.at(
                    &at("credentials"),
                    format!("example gives no value for credential `{name}`"),
                );
            }
        }
        let input = match (&ex.endpoint, &ex.request) {
            (Some(name), None) => {
                let Some(ep) = endpoints.iter().find(|e| &e.name == name) else {
                    ck.at(
                        &at("endpoint"),
                        format!(
                            "example names endpoint `{name}`, which is not declared{}",
                            suggest(name, endpoints.iter().map(|e| e.name.as_str()))
                        ),
                    );
                    continue;
                };
                if !ep.schemes.contains(&ex.scheme) {
                    ck.at(
                        &at("scheme"),
                        format!(
                            "endpoint `{name}` uses scheme {}, not `{}`",
                            ep.schemes.join(" or "),
                            ex.scheme
                        ),
                    );
                }
                let params = ex
                    .params
                    .clone()
                    .unwrap_or(serde_json::Value::Object(Default::default()));
                match &params {
                    serde_json::Value::Object(map) => {
                        for key in map.keys() {
                            if !ep.params.iter().any(|p| &p.wire == key) {
                                ck.at_key(
                                    &p!["examples", i, "params", key],
                                    format!(
                                        "endpoint `{name}` has no parameter `{key}`{}",
                                        suggest(key, ep.params.iter().map(|p| p.wire.as_str()))
                                    ),
                                );
                            }
                        }
                        // A misspelt name already explains a missing one.
                        let misspelt = map.keys().any(|k| !ep.params.iter().any(|p| &p.wire == k));
                        for param in &ep.params {
                            match map.get(&param.wire) {
                                None if param.required && !misspelt => ck.at(
                                    &at("params"),
                                    format!(
                                        "example gives no value for required parameter `{}`",
                                        param.wire
                                    ),
                                ),
                                Some(value) if !fits(value, &param.ty, &param.values) => ck.at(
                                    &p!["examples", i, "params", &param.wire],
                                    format!(
                                        "`{}` is not a valid {} value",
                                        value,
                                        describe_type(param)
                                    ),
                                ),
                                _ => {}
                            }
                        }
                    }
                    _ => ck.at(&at("params"), "example params must be a mapping".into()),
                }
                ir::ExampleInput::Endpoint {
                    endpoint: name.clone(),
                    params: params.to_string(),
                }
            }
            (None, Some(raw)) => ir::ExampleInput::Raw {
                method: raw.method,
                path: raw.path.clone(),
                body: raw.body.clone(),
                rpc_method: raw.rpc_method.clone(),
                headers: literal_headers(
                    ck,
                    &p!["examples", i, "request", "headers"],
                    &raw.headers,
                ),
            },
            _ => {
                ck.at(
                    &p!["examples", i],
                    "an example needs exactly one of `endpoint` (with `params`) or `request`"
                        .into(),
                );
                continue;
            }
        };
        let mut expect_values = Vec::new();
        for (name, value) in &ex.expect.values {
            let path = p!["examples", i, "expect", "values", name];
            match scheme.lets.iter().find(|l| &l.name == name) {
                None => ck.at_key(
                    &path,
                    format!("scheme `{}` has no value `{name}`{}", scheme.name, suggest(name, scheme.lets.iter().map(|l| l.name.as_str()))),
                ),
                Some(l) if l.value.secret => ck.at_key(&path, format!("`{name}` carries a secret credential, so it is never traced; expect the signature instead")),
                Some(l) if l.value.stage <= ir::Stage::Folded => ck.at_key(
                    &path,
                    format!("`{name}` is computed once when the client is built; expect the header or field that carries it"),
                ),
                Some(l) => expect_values.push((name.clone(), l.value.kind, value.clone())),
            }
        }
        out.push(ir::Example {
            name: ex.name.clone(),
            source: ex.source.clone(),
            scheme: ex.scheme.clone(),
            credentials: ex
                .credentials
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            time_ms: ex.time_ms,
            nonce: ex.nonce.unwrap_or(ex.time_ms),
            random: match &ex.random {
                None => 0,
                Some(hex) => match u128::from_str_radix(hex, 16) {
                    Ok(bits) if hex.len() == 32 && !hex.starts_with('+') => bits,
                    _ => {
                        ck.at(
                            &at("random"),
                            format!("`random` must be 32 hex digits (128 bits), not `{hex}`"),
                        );
                        0
                    }
                },
            },
            base_url: ex
                .base_url
                .clone()
                .unwrap_or_else(|| spec.base_urls.production.clone()),
            input,
            expect_values,
            expect_headers: ex
                .expect
                .headers
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            expect_url: ex.expect.url.clone(),
            expect_body: ex.expect.body.clone(),
        });
    }
    out
}
