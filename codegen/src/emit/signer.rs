//! `Credentials`, `Scheme` and `Signer`: one straight-line function per auth scheme.

use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};

use super::doc;
use super::names::{field_ident, ident, pascal};
use super::recipe::{Ctx, Emitter, folded_field, hoisted_hmac_key};
use crate::ir::{self, Kind, Stage};
use crate::spec::InsertAt;

pub fn credentials(venue: &ir::Venue) -> TokenStream {
    let fields = venue.credentials.iter().map(|c| {
        let f = field_ident(&c.name);
        let d = doc(c.description.as_deref());
        if c.optional {
            quote!(#d pub #f: Option<rt::SecretString>,)
        } else {
            quote!(#d pub #f: rt::SecretString,)
        }
    });
    let names: Vec<&str> = venue.credentials.iter().map(|c| c.name.as_str()).collect();
    let reads = venue.credentials.iter().map(|c| {
        let f = field_ident(&c.name);
        let n = &c.name;
        if c.optional {
            quote!(#f: rt::optional_credential(value, #n)?,)
        } else {
            quote!(#f: rt::credential(value, #n)?,)
        }
    });
    let title = format!(
        "Credentials for {}. Debug output never shows their values.",
        venue.title
    );
    quote! {
        #[doc = #title]
        #[derive(Clone, Debug)]
        pub struct Credentials {
            #(#fields)*
        }

        impl Credentials {
            /// Reads credentials from a JSON object of strings; unknown names are rejected.
            pub fn from_json(value: &rt::serde_json::Value) -> Result<Self, rt::Error> {
                rt::known_credentials(value, &[#(#names),*])?;
                Ok(Credentials { #(#reads)* })
            }
        }
    }
}

fn scheme_variant(name: &str) -> proc_macro2::Ident {
    ident(&pascal(name))
}

/// Whether a value reads a request input directly (method, path, ...).
fn reads_input(t: &ir::Typed) -> bool {
    t.any(&|t| {
        matches!(
            t.node,
            ir::Node::Input(_) | ir::Node::Call(ir::Func::Param, _)
        )
    })
}

/// Whether the stamp values read the method, path, host or JSON-RPC method.
fn stamp_reads_head(scheme: &ir::Scheme) -> bool {
    stamp_lets(scheme).any(|l| reads_input(&l.value))
}

fn stamp_lets(scheme: &ir::Scheme) -> impl Iterator<Item = &ir::Let> {
    scheme.lets.iter().filter(|l| l.value.stage == Stage::Stamp)
}

fn folded_lets(scheme: &ir::Scheme) -> impl Iterator<Item = &ir::Let> {
    scheme
        .lets
        .iter()
        .filter(|l| l.value.stage == Stage::Folded)
}

pub(super) fn rust_type(kind: Kind, folded: bool) -> TokenStream {
    match (kind, folded) {
        (Kind::Int, _) => quote!(u64),
        (Kind::Text, false) => quote!(rt::Text),
        (Kind::Bytes, false) => quote!(Vec<u8>),
        (Kind::Text, true) => quote!(rt::SecretString),
        (Kind::Bytes, true) => quote!(rt::SecretBox<[u8]>),
        (Kind::Ed25519Key, _) => quote!(rt::Ed25519Key),
        (Kind::RsaKey, _) => quote!(rt::RsaKey),
        (Kind::EcdsaP256Key, _) => quote!(rt::EcdsaP256Key),
        (Kind::Ed25519PublicKey, _) => quote!(rt::Ed25519PublicKey),
        (Kind::RsaPublicKey, _) => quote!(rt::RsaPublicKey),
        (Kind::EcdsaP256PublicKey, _) => quote!(rt::EcdsaP256PublicKey),
    }
}

pub fn signer(venue: &ir::Venue) -> TokenStream {
    let variants = venue.schemes.iter().map(|s| {
        let v = scheme_variant(&s.name);
        let d = doc(s.description.as_deref());
        quote!(#d #v,)
    });
    let scheme_names = venue.schemes.iter().map(|s| {
        let v = scheme_variant(&s.name);
        let n = &s.name;
        quote!(Scheme::#v => #n,)
    });

    let mut fields = Vec::new();
    let mut fold_steps = Vec::new();
    let mut fold_inits = Vec::new();
    // Per scheme, the fields holding why an optional value it reads could not be computed.
    let mut breaks: Vec<(&str, Vec<proc_macro2::Ident>)> = Vec::new();
    for s in &venue.schemes {
        let e = Emitter::new(s, Ctx::Fold);
        let mut scheme_breaks = Vec::new();
        for l in folded_lets(s) {
            let f = folded_field(&s.name, &l.name);
            let value = e.expr(&l.value).into_owned();
            let deps = optional_deps(s, &l.value);
            let (ty, init) = if deps.is_empty() {
                fold_steps.push(quote!(let #f = #value;));
                let init = match l.value.kind {
                    Kind::Text => quote!(rt::SecretString::from(#f.into_string())),
                    Kind::Bytes => quote!(rt::SecretBox::from(#f.into_boxed_slice())),
                    _ => quote!(#f),
                };
                (rust_type(l.value.kind, true), init)
            } else {
                // Computed only when the optional credentials it reads were given.
                let (binds, sources): (Vec<_>, Vec<_>) = deps.into_iter().unzip();
                let fallible = value.to_string().contains('?');
                let step = if binds.len() == 1 && !fallible {
                    let (b, src) = (&binds[0], &sources[0]);
                    quote!(let #f = #src.map(|#b| #value);)
                } else if !fallible {
                    quote!(let #f = match (#(#sources),*) { (#(Some(#binds)),*) => Some(#value), _ => None };)
                } else {
                    // A malformed optional key disables only the schemes that read it: its
                    // error is kept for them instead of failing `Signer::new`.
                    let error = format_ident!("{f}_error");
                    let (given, bound) = if binds.len() == 1 {
                        (sources[0].clone(), binds[0].to_token_stream())
                    } else {
                        (
                            quote!(match (#(#sources),*) { (#(Some(#binds)),*) => Some((#(#binds),*)), _ => None }),
                            quote!((#(#binds),*)),
                        )
                    };
                    let body = as_result(value.clone());
                    fields.push(quote!(#error: Option<rt::Error>,));
                    fold_inits.push(quote!(#error,));
                    scheme_breaks.push(error.clone());
                    quote! {
                        let (#f, #error) = match #given.map(|#bound| -> Result<_, rt::Error> { #body }) {
                            Some(Ok(value)) => (Some(value), None),
                            Some(Err(error)) => (None, Some(error)),
                            None => (None, None),
                        };
                    }
                };
                fold_steps.push(step);
                let init = match l.value.kind {
                    Kind::Text => quote!(#f.map(|t| rt::SecretString::from(t.into_string()))),
                    Kind::Bytes => quote!(#f.map(|b| rt::SecretBox::from(b.into_boxed_slice()))),
                    _ => quote!(#f),
                };
                let inner = rust_type(l.value.kind, true);
                (quote!(Option<#inner>), init)
            };
            if !used_after_fold(s, &l.name) {
                continue;
            }
            fields.push(quote!(#f: #ty,));
            if f == init.to_string() {
                fold_inits.push(quote!(#f,));
            } else {
                fold_inits.push(quote!(#f: #init,));
            }
        }
        if !scheme_breaks.is_empty() {
            breaks.push((&s.name, scheme_breaks));
        }
    }

    for s in &venue.schemes {
        let e = Emitter::new(s, Ctx::Fold);
        for (field, alg, key) in hmac_keys(s) {
            let prepare = ident(&format!("{alg}_key"));
            let bytes = e.expr(key).bytes();
            let deps = optional_deps(s, key);
            if deps.is_empty() {
                fold_steps.push(quote!(let #field = rt::#prepare(#bytes);));
                fields.push(quote!(#field: rt::HmacKey,));
            } else {
                // Prepared only when the optional credentials it reads were given.
                let (binds, sources): (Vec<_>, Vec<_>) = deps.into_iter().unzip();
                let step = if bytes.to_string().contains('?') {
                    // A malformed optional key (e.g. bad base64) disables only the schemes
                    // that read it, as for other folded values.
                    let error = format_ident!("{field}_error");
                    let (given, bound) = if binds.len() == 1 {
                        (sources[0].clone(), binds[0].to_token_stream())
                    } else {
                        (
                            quote!(match (#(#sources),*) { (#(Some(#binds)),*) => Some((#(#binds),*)), _ => None }),
                            quote!((#(#binds),*)),
                        )
                    };
                    fields.push(quote!(#error: Option<rt::Error>,));
                    fold_inits.push(quote!(#error,));
                    match breaks.iter_mut().find(|(n, _)| *n == s.name) {
                        Some((_, errors)) => errors.push(error.clone()),
                        None => breaks.push((&s.name, vec![error.clone()])),
                    }
                    quote! {
                        let (#field, #error) = match #given.map(|#bound| -> Result<_, rt::Error> { Ok(rt::#prepare(#bytes)) }) {
                            Some(Ok(value)) => (Some(value), None),
                            Some(Err(error)) => (None, Some(error)),
                            None => (None, None),
                        };
                    }
                } else if binds.len() == 1 {
                    let (b, src) = (&binds[0], &sources[0]);
                    quote!(let #field = #src.map(|#b| rt::#prepare(#bytes));)
                } else {
                    quote!(let #field = match (#(#sources),*) { (#(Some(#binds)),*) => Some(rt::#prepare(#bytes)), _ => None };)
                };
                fold_steps.push(step);
                fields.push(quote!(#field: Option<rt::HmacKey>,));
            }
            fold_inits.push(quote!(#field,));
        }
    }

    for s in &venue.schemes {
        let e = Emitter::new(s, Ctx::Fold);
        for pl in hoisted_headers(s) {
            let field = header_field(&s.name, &pl.name);
            let text = e.expr(&pl.value).text();
            let deps = optional_deps(s, &pl.value);
            if deps.is_empty() {
                fold_steps.push(quote!(let #field = rt::HeaderValue::shared(#text);));
                fields.push(quote!(#field: rt::HeaderValue,));
            } else {
                let (binds, sources): (Vec<_>, Vec<_>) = deps.into_iter().unzip();
                let step = if binds.len() == 1 {
                    let (b, src) = (&binds[0], &sources[0]);
                    quote!(let #field = #src.map(|#b| rt::HeaderValue::shared(#text));)
                } else {
                    quote!(let #field = match (#(#sources),*) { (#(Some(#binds)),*) => Some(rt::HeaderValue::shared(#text)), _ => None };)
                };
                fold_steps.push(step);
                fields.push(quote!(#field: Option<rt::HeaderValue>,));
            }
            fold_inits.push(quote!(#field,));
        }
    }

    let sign_arms = venue.schemes.iter().map(|s| {
        let v = scheme_variant(&s.name);
        let f = format_ident!("sign_{}", s.name);
        quote!(Scheme::#v => self.#f(endpoint, base, stamp, trace),)
    });
    let parts_arms = venue.schemes.iter().map(|s| {
        let v = scheme_variant(&s.name);
        let finish = format_ident!("{}_finish", s.name);
        if stamp_lets(s).next().is_some() {
            let stamp_fn = format_ident!("{}_stamp", s.name);
            let head = stamp_reads_head(s).then(|| quote!(&parts.head(),));
            quote!(Scheme::#v => {
                let pre = self.#stamp_fn(#head stamp, trace)?;
                self.#finish(parts, &pre, stamp, trace)
            })
        } else {
            quote!(Scheme::#v => self.#finish(parts, stamp, trace),)
        }
    });
    let can_sign_arms = venue.schemes.iter().map(|s| {
        let v = scheme_variant(&s.name);
        let needed: Vec<TokenStream> = needed_optional(s)
            .into_iter()
            .map(|c| {
                let f = field_ident(&c);
                quote!(self.credentials.#f.is_some())
            })
            .collect();
        let broken: &[proc_macro2::Ident] = breaks
            .iter()
            .find(|(name, _)| *name == s.name)
            .map_or(&[], |(_, errors)| errors);
        let needed = needed
            .into_iter()
            .chain(broken.iter().map(|e| quote!(self.#e.is_none())))
            .collect::<Vec<_>>();
        if needed.is_empty() {
            quote!(Scheme::#v => true,)
        } else {
            quote!(Scheme::#v => #(#needed)&&*,)
        }
    });
    let (check, choose, unusable) = unusable_fn(venue, &breaks);
    let scheme_fns = venue.schemes.iter().map(scheme_fns);
    // Kept even when no scheme reads a credential per request, so every Signer has one shape.
    let keep_credentials =
        (!reads_credentials_per_request(venue)).then(|| quote!(#[allow(dead_code)]));
    let stamp_structs = venue.schemes.iter().map(stamp_struct);

    quote! {
        /// The auth schemes this venue offers.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Scheme {
            #(#variants)*
        }

        impl Scheme {
            pub fn name(self) -> &'static str {
                match self {
                    #(#scheme_names)*
                }
            }
        }

        #(#stamp_structs)*

        /// Signs requests. Values that depend only on credentials are computed once, here.
        #[derive(Debug)]
        pub struct Signer {
            #keep_credentials
            credentials: Credentials,
            #(#fields)*
        }

        impl Signer {
            pub fn new(credentials: Credentials) -> Result<Self, rt::Error> {
                #(#fold_steps)*
                Ok(Signer { credentials, #(#fold_inits)* })
            }

            /// Whether the optional credentials `scheme` reads were given.
            pub fn can_sign(&self, scheme: Scheme) -> bool {
                match scheme {
                    #(#can_sign_arms)*
                }
            }

            #choose

            #unusable

            /// Applies `scheme` to an endpoint call: writes the request once with the scheme's
            /// fields, signs those exact bytes.
            pub fn sign<E: rt::Endpoint>(
                &self,
                scheme: Scheme,
                endpoint: &E,
                base: &rt::BaseUrl,
                stamp: &rt::Stamp,
                trace: &mut rt::Trace,
            ) -> Result<rt::Request, rt::Error> {
                #check
                match scheme {
                    #(#sign_arms)*
                }
            }

            /// Signs an already assembled request as given, byte for byte.
            pub fn sign_parts(
                &self,
                scheme: Scheme,
                parts: rt::Parts,
                stamp: &rt::Stamp,
                trace: &mut rt::Trace,
            ) -> Result<rt::Request, rt::Error> {
                #check
                match scheme {
                    #(#parts_arms)*
                }
            }

            #(#scheme_fns)*
        }
    }
}

/// `?`-expression tokens as a closure body returning `Result`: a trailing `?` is dropped
/// (`Ok(x?)` is just `x`), anything else is wrapped in `Ok`.
fn as_result(value: TokenStream) -> TokenStream {
    let mut tokens: Vec<proc_macro2::TokenTree> = value.clone().into_iter().collect();
    match tokens.last() {
        Some(proc_macro2::TokenTree::Punct(p)) if p.as_char() == '?' => {
            tokens.pop();
            tokens.into_iter().collect()
        }
        _ => quote!(Ok(#value)),
    }
}

/// For venues with malformed-key errors kept per scheme (`breaks`): the check that starts
/// `sign` and `sign_parts`, `choose`, and `unusable`. Only `choose` for other venues.
fn unusable_fn(
    venue: &ir::Venue,
    breaks: &[(&str, Vec<proc_macro2::Ident>)],
) -> (TokenStream, TokenStream, TokenStream) {
    if breaks.is_empty() {
        let choose = quote! {
            /// The first of `schemes` this signer can use; else the first one, so that signing
            /// reports which credential is missing.
            pub fn choose(&self, schemes: &[Scheme]) -> Result<Scheme, rt::Error> {
                rt::choose(schemes, |s| self.can_sign(s))
            }
        };
        return (TokenStream::new(), choose, TokenStream::new());
    }
    let arms = breaks.iter().map(|(name, errors)| {
        let v = scheme_variant(name);
        let first = &errors[0];
        let rest = &errors[1..];
        quote!(Scheme::#v => self.#first.as_ref()#(.or(self.#rest.as_ref()))*,)
    });
    let other = (breaks.len() < venue.schemes.len()).then(|| quote!(_ => None,));
    let check = quote!(self.unusable(scheme)?;);
    let choose = quote! {
        /// The first of `schemes` this signer can use; else the first whose optional key was
        /// given but is malformed, else the first one, so that signing reports what is wrong.
        pub fn choose(&self, schemes: &[Scheme]) -> Result<Scheme, rt::Error> {
            let chosen = rt::choose(schemes, |s| self.can_sign(s))?;
            Ok(if self.can_sign(chosen) {
                chosen
            } else {
                schemes.iter().copied().find(|&s| self.unusable(s).is_err()).unwrap_or(chosen)
            })
        }
    };
    let unusable = quote! {
        /// The error of a malformed optional key `scheme` reads (it names the key).
        fn unusable(&self, scheme: Scheme) -> Result<(), rt::Error> {
            let error = match scheme {
                #(#arms)*
                #other
            };
            match error {
                None => Ok(()),
                Some(rt::Error::Credential { name, message }) => Err(rt::Error::Credential {
                    name: name.clone(),
                    message: message.clone(),
                }),
                Some(other) => Err(rt::Error::Sign(other.to_string())),
            }
        }
    };
    (check, choose, unusable)
}

/// The optional credentials a scheme reads anywhere, in first-use order.
fn needed_optional(s: &ir::Scheme) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for value in s.values() {
        value.visit(&mut |t| {
            if let ir::Node::Credential(c) = &t.node
                && t.needs.is_some()
                && !out.contains(c)
            {
                out.push(c.clone());
            }
        });
    }
    out
}

/// Whether a folded value is read per request (so the `Signer` keeps it), not only by other
/// folded values.
pub(super) fn used_after_fold(s: &ir::Scheme, name: &str) -> bool {
    fn reads(scheme: &str, t: &ir::Typed, name: &str) -> bool {
        match &t.node {
            ir::Node::Let(n) => n == name,
            // A prepared HMAC key is read in `Signer::new` only.
            ir::Node::Call(ir::Func::Hmac(alg), args)
                if hoisted_hmac_key(scheme, alg, &args[0]).is_some() =>
            {
                reads(scheme, &args[1], name)
            }
            ir::Node::Call(_, args) | ir::Node::Concat(args) => {
                args.iter().any(|a| reads(scheme, a, name))
            }
            _ => false,
        }
    }
    per_request_values(s).any(|t| reads(&s.name, t, name))
}

/// Headers whose value depends only on credentials: built once in `Signer::new` and shared
/// by every request.
fn hoisted_headers(s: &ir::Scheme) -> impl Iterator<Item = &ir::Placement> {
    s.headers
        .iter()
        .filter(|pl| pl.value.stage == Stage::Folded)
}

fn header_field(scheme: &str, header: &str) -> proc_macro2::Ident {
    let text = crate::emit::names::field_ident_text(&header.to_ascii_lowercase());
    ident(&format!("{scheme}_{text}_header"))
}

/// The values computed for each request (hoisted headers excluded).
fn per_request_values(s: &ir::Scheme) -> impl Iterator<Item = &ir::Typed> {
    s.lets
        .iter()
        .filter(|l| l.value.stage > Stage::Folded)
        .map(|l| &l.value)
        .chain(
            s.headers
                .iter()
                .filter(|pl| pl.value.stage != Stage::Folded)
                .map(|pl| &pl.value),
        )
        .chain(
            [&s.query, &s.query_after, &s.body, &s.params]
                .into_iter()
                .flatten()
                .map(|p| &p.value),
        )
}

/// The HMAC keys of a scheme that depend only on required credentials, as
/// (field, algorithm, key): prepared once in `Signer::new`.
pub(super) fn hmac_keys(s: &ir::Scheme) -> Vec<(proc_macro2::Ident, &'static str, &ir::Typed)> {
    let mut out: Vec<(proc_macro2::Ident, &'static str, &ir::Typed)> = Vec::new();
    for value in per_request_values(s) {
        value.visit(&mut |t| {
            if let ir::Node::Call(ir::Func::Hmac(alg), args) = &t.node
                && let Some(field) = hoisted_hmac_key(&s.name, alg, &args[0])
                && !out.iter().any(|(f, ..)| *f == field)
            {
                out.push((field, alg, &args[0]));
            }
        });
    }
    out
}

/// The optional credentials and optional folded values an expression reads directly, as
/// (binding, source) pairs for the `match` that unwraps them in `Signer::new`.
fn optional_deps(s: &ir::Scheme, t: &ir::Typed) -> Vec<(proc_macro2::Ident, TokenStream)> {
    fn walk(s: &ir::Scheme, t: &ir::Typed, out: &mut Vec<(proc_macro2::Ident, TokenStream)>) {
        match &t.node {
            ir::Node::Credential(c) if t.needs.is_some() => {
                let b = field_ident(c);
                out.push((b.clone(), quote!(credentials.#b.as_ref())));
            }
            ir::Node::Let(n) => {
                if let Some(l) = s.lets.iter().find(|l| &l.name == n) {
                    match l.value.stage {
                        Stage::Const => walk(s, &l.value, out),
                        Stage::Folded if l.value.needs.is_some() => {
                            let b = folded_field(&s.name, n);
                            out.push((b.clone(), quote!(#b.as_ref())));
                        }
                        _ => {}
                    }
                }
            }
            ir::Node::Call(_, args) | ir::Node::Concat(args) => {
                args.iter().for_each(|a| walk(s, a, out))
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(s, t, &mut out);
    let mut seen = std::collections::HashSet::new();
    out.retain(|(b, _)| seen.insert(b.to_string()));
    out
}

/// Whether signing a request reads `self.credentials` (a credential in a per-request value or
/// placement, or an optional credential checked by `can_sign`).
fn reads_credentials_per_request(venue: &ir::Venue) -> bool {
    venue.schemes.iter().any(|s| !needed_optional(s).is_empty())
        || venue
            .schemes
            .iter()
            .any(|s| per_request_values(s).any(|t| reads_credential(&s.name, t)))
}

/// Whether computing `t` reads a credential itself; a prepared HMAC key is read when the
/// signer (or verifier) is built, not here.
pub(super) fn reads_credential(scheme: &str, t: &ir::Typed) -> bool {
    match &t.node {
        ir::Node::Credential(_) => true,
        ir::Node::Call(ir::Func::Hmac(alg), args)
            if hoisted_hmac_key(scheme, alg, &args[0]).is_some() =>
        {
            reads_credential(scheme, &args[1])
        }
        ir::Node::Call(_, args) | ir::Node::Concat(args) => {
            args.iter().any(|a| reads_credential(scheme, a))
        }
        _ => false,
    }
}

/// Stamp values read after the stamp function (by placements or later values); the others
/// only feed other stamp values and stay local to it.
fn kept_stamp_lets(s: &ir::Scheme) -> impl Iterator<Item = &ir::Let> {
    let later: Vec<&ir::Typed> = s
        .lets
        .iter()
        .filter(|l| l.value.stage == Stage::Signed)
        .map(|l| &l.value)
        .chain(s.placed())
        .collect();
    stamp_lets(s).filter(move |l| later.iter().any(|t| t.reads_let(&l.name)))
}

fn stamp_struct_name(scheme: &str) -> proc_macro2::Ident {
    ident(&format!("{}Stamp", pascal(scheme)))
}

fn stamp_struct(s: &ir::Scheme) -> TokenStream {
    if stamp_lets(s).next().is_none() {
        return quote!();
    }
    let name = stamp_struct_name(&s.name);
    let fields = kept_stamp_lets(s).map(|l| {
        let f = ident(&l.name);
        let ty = rust_type(l.value.kind, false);
        quote!(#f: #ty,)
    });
    let d = format!(
        "Values of the `{}` scheme fixed before the request is assembled.",
        s.name
    );
    quote! {
        #[doc = #d]
        #[derive(Debug)]
        struct #name {
            #(#fields)*
        }
    }
}

/// Whether a value carries a secret's text: a secret value itself, or the text of a request
/// part (query or body) that the scheme places a secret value into, not passed through a
/// digest or signature.
fn carries_secret(s: &ir::Scheme, t: &ir::Typed) -> bool {
    let secret_in = |list: &[ir::Placement]| list.iter().any(|pl| pl.value.secret);
    // `params` go to the body when the endpoint has one, else to the query.
    let query = secret_in(&s.query) || secret_in(&s.query_after) || secret_in(&s.params);
    let body = secret_in(&s.body) || secret_in(&s.params);
    fn walk(s: &ir::Scheme, t: &ir::Typed, query: bool, body: bool) -> bool {
        use ir::Input as I;
        t.secret
            || match &t.node {
                ir::Node::Input(
                    I::Query | I::PathQuery | I::DecodedQuery | I::DecodedPathQuery,
                ) => query,
                ir::Node::Input(I::Body) => body,
                ir::Node::Let(n) => s
                    .lets
                    .iter()
                    .find(|l| &l.name == n)
                    .is_some_and(|l| walk(s, &l.value, query, body)),
                ir::Node::Call(
                    ir::Func::Hash(_)
                    | ir::Func::Hmac(_)
                    | ir::Func::Ed25519Sign
                    | ir::Func::RsaSha256Sign
                    | ir::Func::Es256Sign,
                    _,
                ) => false,
                ir::Node::Call(_, args) | ir::Node::Concat(args) => {
                    args.iter().any(|a| walk(s, a, query, body))
                }
                _ => false,
            }
    }
    (query || body || t.secret) && walk(s, t, query, body)
}

fn trace_record(s: &ir::Scheme, l: &ir::Let) -> TokenStream {
    if carries_secret(s, &l.value) {
        return quote!();
    }
    let name = &l.name;
    let local = ident(&l.name);
    quote!(trace.record(#name, &#local);)
}

/// Whether a scheme signs the query as the venue decodes it.
fn reads_decoded_query(s: &ir::Scheme) -> bool {
    s.values().any(|t| {
        t.any(&|t| {
            matches!(
                t.node,
                ir::Node::Input(ir::Input::DecodedQuery | ir::Input::DecodedPathQuery)
            )
        })
    })
}

/// Whether a scheme signs the endpoint's params as one query string.
fn reads_params_query(s: &ir::Scheme) -> bool {
    s.values()
        .any(|t| t.any(&|t| matches!(t.node, ir::Node::Input(ir::Input::ParamsQuery))))
}

/// How many placements read the `let` called `name` (a value placed twice is cloned).
fn placement_reads(s: &ir::Scheme, name: &str) -> usize {
    s.headers
        .iter()
        .chain(&s.query_after)
        .filter(|pl| pl.value.reads_let(name))
        .count()
}

/// A header's value as the `Into<rt::HeaderValue>` argument of `parts.header`.
fn header_value(s: &ir::Scheme, pl: &ir::Placement, e: &Emitter) -> TokenStream {
    let ex = e.expr(&pl.value);
    let t = &ex.tokens;
    match (&pl.value.node, ex.kind, ex.borrowed) {
        (ir::Node::Str(lit), ..) => quote!(rt::HeaderValue::from_static(#lit)),
        (_, Kind::Int, _) => t.clone(),
        // Copied out before `parts` is borrowed mutably.
        (_, _, true) => quote!(rt::HeaderValue::from(#t)),
        (ir::Node::Let(n), ..)
            if ex.place && (t.to_string().starts_with("pre") || placement_reads(s, n) > 1) =>
        {
            quote!(#t.clone())
        }
        _ => t.clone(),
    }
}

fn scheme_fns(s: &ir::Scheme) -> TokenStream {
    let has_stamp = stamp_lets(s).next().is_some();
    let sign_fn = format_ident!("sign_{}", s.name);
    let stamp_fn = format_ident!("{}_stamp", s.name);
    let finish_fn = format_ident!("{}_finish", s.name);

    let stamp = if has_stamp {
        let e = Emitter::new(s, Ctx::Stamp);
        let steps = stamp_lets(s).map(|l| {
            let local = ident(&l.name);
            let value = e.expr(&l.value).into_owned();
            let rec = trace_record(s, l);
            quote!(let #local = #value; #rec)
        });
        // Bytes are kept as `Vec<u8>`; a digest is converted.
        let names = kept_stamp_lets(s).map(|l| {
            let local = ident(&l.name);
            match l.value.kind {
                Kind::Bytes => quote!(#local: #local.into()),
                _ => quote!(#local),
            }
        });
        let struct_name = stamp_struct_name(&s.name);
        let head = stamp_reads_head(s).then(|| quote!(head: &rt::Head<'_>,));
        // Values fixed before assembly may read only the method, path or params: then the
        // time, nonce or trace would be unused, which fails `-D warnings`.
        let reads_clock = stamp_lets(s).any(|l| {
            l.value
                .any(&|t| matches!(&t.node, ir::Node::Call(f, _) if f.reads_stamp()))
        });
        let stamp_name = if reads_clock {
            quote!(stamp)
        } else {
            quote!(_stamp)
        };
        let traces = stamp_lets(s).any(|l| !carries_secret(s, &l.value));
        let trace_name = if traces {
            quote!(trace)
        } else {
            quote!(_trace)
        };
        quote! {
            fn #stamp_fn(&self, #head #stamp_name: &rt::Stamp, #trace_name: &mut rt::Trace) -> Result<#struct_name, rt::Error> {
                #(#steps)*
                Ok(#struct_name { #(#names),* })
            }
        }
    } else {
        quote!()
    };

    let insert = Emitter::new(s, Ctx::Insert);
    // Values that read the request head are computed first, while nothing borrows it mutably.
    let mut head_steps = Vec::new();
    let inserts: Vec<TokenStream> = [
        ("query", &s.query),
        ("body", &s.body),
        ("params", &s.params),
    ]
    .into_iter()
    .flat_map(|(part, list)| list.iter().map(move |pl| (ident(part), pl)))
    .map(|(part, pl)| {
        let name = &pl.name;
        let ex = insert.expr(&pl.value);
        let value = if reads_input(&pl.value) {
            let text = crate::emit::names::field_ident_text(&pl.name.to_ascii_lowercase());
            let local = format_ident!("{part}_{text}");
            let owned = ex.into_owned();
            head_steps.push(quote!(let #local = #owned;));
            quote!(&#local)
        } else {
            ex.by_ref()
        };
        // Marked, so that showing the request hides it.
        if carries_secret(s, &pl.value) {
            quote!(request.#part().secret_field(#name, #value);)
        } else {
            quote!(request.#part().field(#name, #value);)
        }
    })
    .collect();
    let head_local = (!head_steps.is_empty()).then(|| quote!(let head = request.head();));
    let encoding = super::scheme_encoding(s);
    let decoded = reads_decoded_query(s).then(|| quote!(.keep_decoded_query()));
    let params_query = reads_params_query(s).then(|| quote!(.keep_params_query()));
    let decoded = quote!(#decoded #params_query);
    let (pre_call, pre_arg, pre_param) = if has_stamp {
        let struct_name = stamp_struct_name(&s.name);
        let head = stamp_reads_head(s).then(|| quote!(&request.head(),));
        (
            quote!(let pre = self.#stamp_fn(#head stamp, trace)?;),
            quote!(&pre,),
            quote!(pre: &#struct_name,),
        )
    } else {
        (quote!(), quote!(), quote!())
    };
    let assemble = if inserts.is_empty() && pre_call.is_empty() {
        quote!(let parts = rt::Assembly::new(endpoint, base, #encoding)? #decoded .finish(stamp.nonce);)
    } else if inserts.is_empty() {
        let request_binding = if stamp_reads_head(s) {
            quote!(let request = rt::Assembly::new(endpoint, base, #encoding)? #decoded;)
        } else {
            quote!()
        };
        let finish = if stamp_reads_head(s) {
            quote!(let parts = request.finish(stamp.nonce);)
        } else {
            quote!(let parts = rt::Assembly::new(endpoint, base, #encoding)? #decoded .finish(stamp.nonce);)
        };
        quote!(#request_binding #pre_call #finish)
    } else {
        // Auth fields go before the endpoint's params, or after them.
        let (before, after) = match s.insert_at {
            InsertAt::Start => (inserts, Vec::new()),
            InsertAt::End => {
                let mut all = vec![quote!(request.endpoint_params();)];
                all.extend(inserts);
                (Vec::new(), all)
            }
        };
        quote! {
            let mut request = rt::Assembly::new(endpoint, base, #encoding)? #decoded;
            #pre_call
            #head_local
            #(#head_steps)*
            #(#before)*
            #(#after)*
            let parts = request.finish(stamp.nonce);
        }
    };

    let finish = Emitter::new(s, Ctx::Finish);
    let signed_steps: Vec<TokenStream> = s
        .lets
        .iter()
        .filter(|l| l.value.stage == Stage::Signed)
        .map(|l| {
            let local = ident(&l.name);
            let value = if finish.is_streamed(&l.name) {
                finish.message(&l.value)
            } else {
                finish.expr(&l.value).into_owned()
            };
            let rec = trace_record(s, l);
            quote!(let #local = #value; #rec)
        })
        .collect();
    let appends: Vec<TokenStream> = s
        .query_after
        .iter()
        .map(|pl| {
            let name = &pl.name;
            let ex = finish.expr(&pl.value);
            let v = if ex.borrowed && reads_input(&pl.value) {
                let t = &ex.tokens;
                quote!(&rt::Text::from(#t))
            } else {
                ex.by_ref()
            };
            if carries_secret(s, &pl.value) {
                quote!(parts.append_secret_query(#name, #v);)
            } else {
                quote!(parts.append_query(#name, #v);)
            }
        })
        .collect();
    let headers: Vec<TokenStream> = s
        .headers
        .iter()
        .map(|pl| {
            let name = &pl.name;
            let v = if pl.value.stage == Stage::Folded {
                let field = header_field(&s.name, &pl.name);
                match &pl.value.needs {
                    Some(cred) => quote!(rt::required(self.#field.as_ref(), #cred)?.clone()),
                    None => quote!(self.#field.clone()),
                }
            } else {
                header_value(s, pl, &finish)
            };
            // A plain secret (a passphrase sent as-is) is marked, so dry runs can redact it.
            if carries_secret(s, &pl.value) {
                quote!(parts.secret_header(#name, #v);)
            } else {
                quote!(parts.header(#name, #v);)
            }
        })
        .collect();
    let parts_binding = if s.query_after.is_empty() && s.headers.is_empty() {
        quote!(parts)
    } else {
        quote!(mut parts)
    };
    let reserve = (!headers.is_empty()).then(|| {
        let n = headers.len();
        quote!(parts.reserve_headers(#n);)
    });
    let finish_body = quote!(#(#signed_steps)* #(#appends)* #reserve #(#headers)*);
    let pre_param = if has_stamp && !finish_reads_stamp(s) {
        let struct_name = stamp_struct_name(&s.name);
        quote!(_pre: &#struct_name,)
    } else {
        pre_param
    };
    let uses_stamp = uses_stamp_in_finish(s);
    let stamp_name = if uses_stamp {
        quote!(stamp)
    } else {
        quote!(_stamp)
    };
    let uses_trace = s
        .lets
        .iter()
        .any(|l| l.value.stage == Stage::Signed && !carries_secret(s, &l.value));
    let trace_name = if uses_trace {
        quote!(trace)
    } else {
        quote!(_trace)
    };

    quote! {
        #stamp

        fn #sign_fn<E: rt::Endpoint>(&self, endpoint: &E, base: &rt::BaseUrl, stamp: &rt::Stamp, trace: &mut rt::Trace) -> Result<rt::Request, rt::Error> {
            #assemble
            self.#finish_fn(parts, #pre_arg stamp, trace)
        }

        fn #finish_fn(&self, #parts_binding: rt::Parts, #pre_param #stamp_name: &rt::Stamp, #trace_name: &mut rt::Trace) -> Result<rt::Request, rt::Error> {
            #finish_body
            Ok(parts.into_request())
        }
    }
}

/// Whether the finish function reads a value fixed before assembly (`pre.*`).
fn finish_reads_stamp(s: &ir::Scheme) -> bool {
    fn reads(s: &ir::Scheme, t: &ir::Typed) -> bool {
        match &t.node {
            ir::Node::Let(n) => match s.let_stage(n) {
                Some(Stage::Stamp) => true,
                Some(Stage::Const) => s.lets.iter().any(|l| &l.name == n && reads(s, &l.value)),
                _ => false,
            },
            ir::Node::Call(_, args) | ir::Node::Concat(args) => args.iter().any(|a| reads(s, a)),
            _ => false,
        }
    }
    let signed = s
        .lets
        .iter()
        .filter(|l| l.value.stage == Stage::Signed)
        .map(|l| &l.value);
    let placed = s.headers.iter().chain(&s.query_after).map(|pl| &pl.value);
    signed.chain(placed).any(|t| reads(s, t))
}

/// Whether the finish function calls a time or nonce source itself (not through a stamp value).
fn uses_stamp_in_finish(s: &ir::Scheme) -> bool {
    let calls_time =
        |t: &ir::Typed| t.any(&|t| matches!(&t.node, ir::Node::Call(f, _) if f.reads_stamp()));
    let signed = s
        .lets
        .iter()
        .filter(|l| l.value.stage == Stage::Signed)
        .map(|l| &l.value);
    let placed = s.headers.iter().chain(&s.query_after).map(|pl| &pl.value);
    signed.chain(placed).any(calls_time)
}
