//! Recipe expressions as straight-line Rust.
//!
//! Each value is emitted where its stage allows: credential-only values in `Signer::new`,
//! time and nonce values before the request is assembled, and the rest after it.

use proc_macro2::TokenStream;
use quote::quote;

use super::names::{field_ident, ident};
use crate::ir::{Func, Input, Kind, Let, Node, Received, Scheme, Stage, Typed};

/// Where the emitted code runs, which decides how names are reached.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    /// `Signer::new`: credentials are the `credentials` argument, folded values are locals.
    Fold,
    /// The `*_stamp` function: stamp values are locals, inputs come from `head`.
    Stamp,
    /// The `sign_*` function, writing auth fields into the request: stamp values are in `pre`,
    /// inputs come from `head`.
    Insert,
    /// The `*_finish` function: stamp values are in `pre`, inputs come from `parts`.
    Finish,
}

/// An emitted expression: its tokens, its kind, and whether it is a borrow (`&str`, `&[u8]`,
/// `&Key`) or an owned value (`String`, `Vec<u8>`, `u64`, key).
pub struct Ex {
    pub tokens: TokenStream,
    pub kind: Kind,
    pub borrowed: bool,
    /// A named value (`x`, `pre.x`, `parts.path`), not a temporary: reading must not move it.
    pub place: bool,
}

impl Ex {
    fn owned(tokens: TokenStream, kind: Kind) -> Ex {
        Ex {
            tokens,
            kind,
            borrowed: false,
            place: false,
        }
    }

    fn borrowed(tokens: TokenStream, kind: Kind) -> Ex {
        Ex {
            tokens,
            kind,
            borrowed: true,
            place: false,
        }
    }

    fn place(tokens: TokenStream, kind: Kind) -> Ex {
        Ex {
            tokens,
            kind,
            borrowed: false,
            place: true,
        }
    }

    /// As `&[u8]`.
    pub fn bytes(&self) -> TokenStream {
        let t = &self.tokens;
        match (self.kind, self.borrowed) {
            (Kind::Text, _) => quote!(#t.as_bytes()),
            (Kind::Int, _) => quote!(rt::Text::from(#t).as_bytes()),
            (_, true) => t.clone(),
            // `&[u8]`, not `&Vec<u8>`, so it can sit beside other slices in a concatenation.
            (_, false) => quote!(#t.as_slice()),
        }
    }

    /// As `&str` (text and integers only).
    pub fn text(&self) -> TokenStream {
        let t = &self.tokens;
        match (self.kind, self.borrowed) {
            (Kind::Int, _) => quote!(&rt::Text::from(#t)),
            (_, true) => t.clone(),
            (_, false) => quote!(&#t),
        }
    }

    /// As a reference usable as a `Wire` value or a key parameter.
    pub fn by_ref(&self) -> TokenStream {
        let t = &self.tokens;
        if self.borrowed {
            t.clone()
        } else {
            quote!(&#t)
        }
    }

    /// As an owned value, for storing in a struct.
    pub fn into_owned(self) -> TokenStream {
        let t = &self.tokens;
        match (self.kind, self.borrowed, self.place) {
            (Kind::Text, true, _) => quote!(rt::Text::from(#t)),
            (Kind::Bytes, true, _) => quote!(#t.to_vec()),
            (Kind::Text | Kind::Bytes, false, true) => quote!(#t.clone()),
            _ => t.clone(),
        }
    }
}

/// The `Signer` field holding an HMAC key prepared once, when the key depends only on
/// credentials (e.g. `signed_secret_hmac_sha256`; an `Option` when a credential it reads is
/// optional); `None` for keys known later.
pub fn hoisted_hmac_key(scheme: &str, alg: &str, key: &Typed) -> Option<proc_macro2::Ident> {
    let text = crate::emit::names::field_ident_text(&crate::render::expr_text(key));
    (key.stage == Stage::Folded).then(|| ident(&format!("{scheme}_{text}_{alg}")))
}

/// Name of the `Signer` field that holds a folded value.
pub fn folded_field(scheme: &str, name: &str) -> proc_macro2::Ident {
    ident(&format!("{scheme}_{name}"))
}

pub struct Emitter<'a> {
    pub scheme: &'a str,
    pub lets: &'a [Let],
    pub ctx: Ctx,
    /// Concatenations read only by a hash or MAC: kept as pieces and fed to it one by one.
    streamed: Vec<String>,
}

/// The `let`s of a scheme that are text concatenations computed per request and read only as
/// the message of a hash or MAC, so they never need a buffer of their own.
fn streamed_lets(s: &Scheme) -> Vec<String> {
    let mut message_reads: Vec<&str> = Vec::new();
    let mut all_reads: Vec<&str> = Vec::new();
    for value in s.values() {
        value.visit(&mut |t| match &t.node {
            Node::Let(n) => all_reads.push(n),
            Node::Call(Func::Hash(_), args) => {
                if let Node::Let(n) = &args[0].node {
                    message_reads.push(n)
                }
            }
            Node::Call(Func::Hmac(_), args) => {
                if let Node::Let(n) = &args[1].node {
                    message_reads.push(n)
                }
            }
            _ => {}
        });
    }
    s.lets
        .iter()
        .filter(|l| {
            l.value.stage == Stage::Signed
                && l.value.kind == Kind::Text
                && matches!(l.value.node, Node::Concat(_))
                && all_reads.iter().filter(|n| **n == l.name).count()
                    == message_reads.iter().filter(|n| **n == l.name).count()
        })
        .map(|l| l.name.clone())
        .collect()
}

impl<'a> Emitter<'a> {
    pub fn new(s: &'a Scheme, ctx: Ctx) -> Emitter<'a> {
        Emitter {
            scheme: &s.name,
            lets: &s.lets,
            ctx,
            streamed: streamed_lets(s),
        }
    }

    pub fn is_streamed(&self, name: &str) -> bool {
        self.streamed.iter().any(|n| n == name)
    }

    /// A hash or MAC message: a concatenation as its pieces, anything else as bytes.
    pub fn message(&self, t: &Typed) -> TokenStream {
        match &t.node {
            Node::Concat(parts) if t.kind == Kind::Text => {
                let items = parts.iter().map(|p| self.expr(p).tokens);
                quote!(rt::pieces!(#(#items),*))
            }
            Node::Concat(parts) => {
                let items = parts.iter().map(|p| self.expr(p).bytes());
                quote!([#(#items),*])
            }
            // An array of borrowed pieces: `Copy`, passed by value.
            Node::Let(n) if self.is_streamed(n) => {
                let local = ident(n);
                quote!(#local)
            }
            _ => self.expr(t).bytes(),
        }
    }

    pub fn expr(&self, t: &Typed) -> Ex {
        match &t.node {
            Node::Str(s) => Ex::borrowed(quote!(#s), Kind::Text),
            Node::Int(i) => {
                let lit = proc_macro2::Literal::u64_suffixed(*i as u64);
                Ex::owned(quote!(#lit), Kind::Int)
            }
            Node::Credential(name) => {
                let f = field_ident(name);
                let tokens = match (self.ctx, t.needs.is_some()) {
                    // Bound by the `match` that checks the optional credential is present.
                    (Ctx::Fold, true) => quote!(#f.expose_secret()),
                    (Ctx::Fold, false) => quote!(credentials.#f.expose_secret()),
                    (_, true) => {
                        quote!(rt::required(self.credentials.#f.as_ref(), #name)?.expose_secret())
                    }
                    (_, false) => quote!(self.credentials.#f.expose_secret()),
                };
                Ex::borrowed(tokens, Kind::Text)
            }
            Node::Let(name) => self.let_ref(name),
            Node::Input(input) => self.input(*input),
            Node::Concat(parts) => self.concat(parts, t.kind),
            Node::Call(func, args) => self.call(*func, args),
            // Parameters of the generated webhook `verify`.
            Node::Received(Received::Body) => Ex::borrowed(quote!(body), Kind::Bytes),
            Node::Received(Received::Header(name)) => {
                Ex::borrowed(quote!(rt::received_header(headers, #name)?), Kind::Text)
            }
        }
    }

    fn let_ref(&self, name: &str) -> Ex {
        let l = self
            .lets
            .iter()
            .find(|l| l.name == name)
            .expect("validated: let exists");
        let v = &l.value;
        let local = ident(name);
        match v.stage {
            Stage::Const => self.expr(v),
            Stage::Folded if self.ctx == Ctx::Fold => {
                // Locals in `Signer::new` are named like the fields they become; an optional
                // one is bound to a borrow by the `match` that checked it.
                let f = folded_field(self.scheme, name);
                if v.needs.is_some() {
                    Ex::borrowed(quote!(#f), v.kind)
                } else {
                    Ex::place(quote!(#f), v.kind)
                }
            }
            Stage::Folded => {
                let f = folded_field(self.scheme, name);
                let tokens = match (&v.needs, v.kind) {
                    (Some(cred), Kind::Text | Kind::Bytes) => {
                        quote!(rt::required(self.#f.as_ref(), #cred)?.expose_secret())
                    }
                    (Some(cred), _) => quote!(rt::required(self.#f.as_ref(), #cred)?),
                    (None, Kind::Text | Kind::Bytes) => quote!(self.#f.expose_secret()),
                    (None, _) => quote!(&self.#f),
                };
                Ex::borrowed(tokens, v.kind)
            }
            Stage::Stamp if matches!(self.ctx, Ctx::Insert | Ctx::Finish) => {
                Ex::place(quote!(pre.#local), v.kind)
            }
            _ => Ex::place(quote!(#local), v.kind),
        }
    }

    /// Request inputs are borrowed views: of `head` before assembly, of `parts` after.
    fn input(&self, input: Input) -> Ex {
        let tokens = match (input, self.ctx == Ctx::Finish) {
            (Input::Method, false) => quote!(head.method.as_str()),
            (Input::Method, true) => quote!(parts.method().as_str()),
            (Input::Host, false) => quote!(head.host),
            (Input::Host, true) => quote!(parts.host()),
            (Input::Path, false) => quote!(head.path),
            (Input::Path, true) => quote!(parts.path()),
            (Input::RpcMethod, false) => quote!(head.rpc_method),
            (Input::RpcMethod, true) => quote!(parts.rpc_method()),
            (Input::Query, _) => quote!(parts.query()),
            (Input::PathQuery, _) => quote!(parts.path_query()),
            (Input::DecodedQuery, _) => quote!(parts.decoded_query()),
            (Input::DecodedPathQuery, _) => quote!(parts.decoded_path_query()),
            (Input::Body, _) => quote!(parts.body_text()),
            (Input::ParamsQuery, _) => quote!(parts.params_query()),
        };
        Ex::borrowed(tokens, Kind::Text)
    }

    fn concat(&self, parts: &[Typed], kind: Kind) -> Ex {
        if kind == Kind::Bytes {
            let items = parts.iter().map(|p| self.expr(p).bytes());
            return Ex::owned(quote!([#(#items),*].concat()), Kind::Bytes);
        }
        // Sized once, then copied: `a ~ '\n' ~ b` reads as `rt::text!(a, "\n", b)`.
        let items = parts.iter().map(|p| self.expr(p).tokens);
        Ex::owned(quote!(rt::text!(#(#items),*)), Kind::Text)
    }

    fn call(&self, func: Func, args: &[Typed]) -> Ex {
        let a: Vec<Ex> = args.iter().map(|t| self.expr(t)).collect();
        let what = || args.first().map(describe_source).unwrap_or_default();
        match func {
            Func::Hash(f) | Func::Encode(f) => {
                let f = ident(f);
                let x = if matches!(func, Func::Hash(_)) {
                    self.message(&args[0])
                } else {
                    a[0].bytes()
                };
                let kind = if matches!(func, Func::Hash(_)) {
                    Kind::Bytes
                } else {
                    Kind::Text
                };
                Ex::owned(quote!(rt::#f(#x)), kind)
            }
            Func::Hmac(alg) => {
                let m = self.message(&args[1]);
                match hoisted_hmac_key(self.scheme, alg, &args[0]).filter(|_| self.ctx != Ctx::Fold)
                {
                    Some(field) => {
                        let key = match &args[0].needs {
                            Some(cred) => quote!(rt::required(self.#field.as_ref(), #cred)?),
                            None => quote!(&self.#field),
                        };
                        Ex::owned(quote!(rt::hmac_with(#key, #m)), Kind::Bytes)
                    }
                    None => {
                        let f = ident(alg);
                        let k = a[0].bytes();
                        Ex::owned(quote!(rt::#f(#k, #m)), Kind::Bytes)
                    }
                }
            }
            Func::Decode(f) => {
                let f = ident(f);
                let x = a[0].bytes();
                let w = what();
                Ex::owned(quote!(rt::#f(#x, #w)?), Kind::Bytes)
            }
            Func::Case(f) => {
                let f = ident(f);
                let x = a[0].text();
                Ex::owned(quote!(rt::#f(#x)), Kind::Text)
            }
            Func::UrlEncode => {
                let x = a[0].bytes();
                Ex::owned(quote!(rt::url_encode(#x)), Kind::Text)
            }
            Func::Ed25519Key
            | Func::RsaKey
            | Func::EcdsaP256Key
            | Func::Ed25519PublicKey
            | Func::RsaPublicKey
            | Func::EcdsaP256PublicKey => {
                let (f, kind) = match func {
                    Func::RsaKey => ("rsa_key", Kind::RsaKey),
                    Func::EcdsaP256Key => ("ecdsa_p256_key", Kind::EcdsaP256Key),
                    Func::Ed25519PublicKey => ("ed25519_public_key", Kind::Ed25519PublicKey),
                    Func::RsaPublicKey => ("rsa_public_key", Kind::RsaPublicKey),
                    Func::EcdsaP256PublicKey => ("ecdsa_p256_public_key", Kind::EcdsaP256PublicKey),
                    _ => ("ed25519_key", Kind::Ed25519Key),
                };
                let f = ident(f);
                let x = a[0].text();
                let w = what();
                Ex::owned(quote!(rt::#f(#x, #w)?), kind)
            }
            Func::Ed25519Sign => {
                let (k, m) = (a[0].by_ref(), a[1].bytes());
                Ex::owned(quote!(rt::ed25519_sign(#k, #m)), Kind::Bytes)
            }
            Func::Es256Sign => {
                let (k, m) = (a[0].by_ref(), a[1].bytes());
                Ex::owned(quote!(rt::es256_sign(#k, #m)), Kind::Bytes)
            }
            Func::RsaSha256Sign => {
                let (k, m) = (a[0].by_ref(), a[1].bytes());
                Ex::owned(quote!(rt::rsa_sha256_sign(#k, #m)?), Kind::Bytes)
            }
            Func::UnixMs => Ex::owned(quote!(stamp.unix_ms()), Kind::Int),
            Func::UnixS => {
                let offset = match args.first().map(|t| &t.node) {
                    Some(Node::Int(i)) => *i,
                    _ => 0,
                };
                let lit = proc_macro2::Literal::i64_unsuffixed(offset);
                Ex::owned(quote!(stamp.unix_s(#lit)), Kind::Int)
            }
            Func::Iso8601Ms => Ex::owned(quote!(stamp.iso8601_ms()), Kind::Text),
            Func::Nonce => Ex::owned(quote!(stamp.nonce()), Kind::Int),
            Func::Time => {
                let pattern = match args.first().map(|t| &t.node) {
                    Some(Node::Str(s)) => s.clone(),
                    _ => String::new(),
                };
                Ex::owned(quote!(stamp.format(#pattern)), Kind::Text)
            }
            Func::If => {
                // Text, bytes and digests all have `is_empty`; an integer is never empty.
                let cond = match a[0].kind {
                    Kind::Int => quote!(false),
                    _ => {
                        let t = &a[0].tokens;
                        quote!(#t.is_empty())
                    }
                };
                let kind = if args[1..].iter().any(|t| t.kind == Kind::Bytes) {
                    Kind::Bytes
                } else {
                    Kind::Text
                };
                let owned = |x: &Ex| match kind {
                    Kind::Bytes => {
                        let b = x.bytes();
                        quote!(#b.to_vec())
                    }
                    _ => {
                        let t = x.text();
                        quote!(rt::Text::from(#t))
                    }
                };
                let (yes, no) = (owned(&a[1]), owned(&a[2]));
                Ex::owned(quote!(if #cond { #no } else { #yes }), kind)
            }
            Func::Uuid4 => Ex::owned(quote!(stamp.uuid4()), Kind::Text),
            Func::RandomHex => {
                let n = match args.first().map(|t| &t.node) {
                    Some(Node::Int(n)) => usize::try_from(*n).unwrap_or(16),
                    _ => 16,
                };
                Ex::owned(quote!(stamp.random_hex(#n)), Kind::Text)
            }
            // Validation gives `header` a literal name and a stage after assembly.
            Func::Header => {
                let name = match args.first().map(|t| &t.node) {
                    Some(Node::Str(s)) => s.clone(),
                    _ => String::new(),
                };
                Ex::borrowed(quote!(parts.header_text(#name)), Kind::Text)
            }
            // The credential is an `Option` here; validation gives `given` exactly one.
            Func::Given => {
                let name = match args.first().map(|t| &t.node) {
                    Some(Node::Credential(s)) => s.clone(),
                    _ => String::new(),
                };
                let f = field_ident(&name);
                let tokens = match self.ctx {
                    Ctx::Fold => quote!(credentials.#f.as_ref().map_or("", |v| v.expose_secret())),
                    _ => quote!(self.credentials.#f.as_ref().map_or("", |v| v.expose_secret())),
                };
                Ex::borrowed(tokens, Kind::Text)
            }
            Func::Trim => {
                let x = a[0].text();
                Ex::owned(quote!(rt::trim(#x)), Kind::Text)
            }
            Func::SortQuery => {
                let x = a[0].text();
                Ex::owned(quote!(rt::sort_query(#x)), Kind::Text)
            }
            Func::UrlDecode => {
                let x = a[0].bytes();
                let w = what();
                Ex::owned(quote!(rt::url_decode(#x, #w)?), Kind::Text)
            }
            Func::JsonObject => {
                let members = args.chunks(2).zip(a.chunks(2)).map(|(typed, ex)| {
                    let name = match &typed[0].node {
                        Node::Str(s) => s.clone(),
                        _ => String::new(),
                    };
                    let value = &ex[1];
                    if value.kind == Kind::Int {
                        let v = &value.tokens;
                        quote!((#name, rt::JsonMember::Int(#v)))
                    } else {
                        let v = value.text();
                        quote!((#name, rt::JsonMember::Text(#v)))
                    }
                });
                Ex::owned(quote!(rt::json_object(&[#(#members),*])), Kind::Text)
            }
            Func::Kv => {
                let x = a[0].text();
                let (sep, name) = (&args[1].node, &args[2].node);
                let (Node::Str(sep), Node::Str(name)) = (sep, name) else {
                    unreachable!("validated: `kv` takes literals")
                };
                let w = self.describe(&args[0]);
                Ex::borrowed(quote!(rt::kv(#x, #sep, #name, #w)?), Kind::Text)
            }
            // Validation keeps `param` out of values computed after assembly, where no head is.
            Func::Param => {
                let name = match args.first().map(|t| &t.node) {
                    Some(Node::Str(s)) => s.clone(),
                    _ => String::new(),
                };
                Ex::owned(quote!(head.param(#name)), Kind::Text)
            }
        }
    }
}

impl Emitter<'_> {
    /// How an error names the text `kv` reads: a header, or a value by its name.
    pub fn describe(&self, t: &Typed) -> String {
        match &t.node {
            Node::Received(Received::Header(h)) => format!("header `{h}`"),
            Node::Let(n) => match self.lets.iter().find(|l| &l.name == n) {
                Some(l) if matches!(l.value.node, Node::Received(_)) => self.describe(&l.value),
                _ => format!("`{n}`"),
            },
            Node::Credential(n) => format!("`{n}`"),
            _ => "a value".to_owned(),
        }
    }
}

/// A name for error messages about a decoded value (a credential's name, never its value).
fn describe_source(t: &Typed) -> String {
    match &t.node {
        Node::Credential(n) | Node::Let(n) => n.clone(),
        Node::Received(Received::Header(h)) => format!("header `{h}`"),
        _ => "value".to_owned(),
    }
}
