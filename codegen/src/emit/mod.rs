//! Emits Rust for a checked venue: quote builds the tokens, prettyplease formats them.

mod endpoints;
mod examples;
mod markdown;
pub mod names;
mod recipe;
mod signer;
mod types;
mod webhook;

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir;
use crate::spec::{Escape, QueryOrder};
use names::ident;

/// `#[doc = "..."]` for an optional description, written as safe Markdown (see
/// [`markdown::render`]).
pub(crate) fn doc(text: Option<&str>) -> TokenStream {
    raw_doc(&markdown::render(text.unwrap_or_default().trim()))
}

/// `#[doc = "..."]` lines for text that is already Markdown.
pub(crate) fn raw_doc(text: &str) -> TokenStream {
    let lines = text.trim().lines().map(|l| {
        let l = if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        };
        quote!(#[doc = #l])
    });
    quote!(#(#lines)*)
}

/// The items of one venue's module.
pub fn venue_items(venue: &ir::Venue) -> TokenStream {
    let prod = &venue.production_url;
    let sandbox = match &venue.sandbox_url {
        Some(s) => quote!(#s),
        None => quote!(),
    };
    let sandbox_const = venue
        .sandbox_url
        .as_ref()
        .map(|_| quote!(pub const SANDBOX_URL: &str = #sandbox;));
    let encoding = encoding_const(&venue.encoding);
    let envelope = envelope_const(&venue.envelope);
    let credentials = signer::credentials(venue);
    let signer = signer::signer(venue);
    let types = venue.types.iter().map(types::type_def);
    let enums = venue.endpoints.iter().map(endpoints::inline_enums);
    let params = venue
        .endpoints
        .iter()
        .map(|ep| endpoints::params_struct(venue, ep));
    let client = endpoints::client(venue);
    let entry = endpoints::json_entry_points(venue);
    let info = endpoints::info(venue);
    let examples = examples::example_tests(venue);
    let webhooks = webhook::webhooks(venue);
    let body = quote! {
        pub const PRODUCTION_URL: &str = #prod;
        #sandbox_const
        #encoding
        #envelope
        #credentials
        #signer
        #(#types)*
        #(#enums)*
        #(#params)*
        #client
        #entry
        #info
        #webhooks
        #examples
    };
    // Only import the trait where a secret is read, so generated code has no unused imports.
    let expose = if body.to_string().contains("expose_secret") {
        quote!(
            use rt::ExposeSecret;
        )
    } else {
        quote!()
    };
    quote! {
        use ::venue_runtime as rt;
        #expose
        #body
    }
}

/// `pub mod <venue> { ... }` with the venue's description as its doc.
pub fn venue_module(venue: &ir::Venue) -> TokenStream {
    let name = ident(&venue.name);
    let mut text = markdown::render(&format!("{} client, generated from its spec.", venue.title));
    if let Some(d) = &venue.description {
        text.push_str("\n\n");
        text.push_str(&markdown::render(d.trim()));
    }
    if !venue.docs.is_empty() {
        text.push_str("\n\nSources:\n");
    }
    for link in &venue.docs {
        text.push_str(&format!("\n- {}", markdown::render(link.trim())));
    }
    let d = raw_doc(&text);
    let items = venue_items(venue);
    quote! {
        #d
        pub mod #name {
            #items
        }
    }
}

fn query_order(order: QueryOrder) -> TokenStream {
    match order {
        QueryOrder::Declared => quote!(rt::QueryOrder::AsDeclared),
        QueryOrder::Sorted => quote!(rt::QueryOrder::Sorted),
    }
}

fn escape(escape: Escape) -> TokenStream {
    match escape {
        Escape::Rfc3986 => quote!(rt::Escape::Rfc3986),
        Escape::Form => quote!(rt::Escape::Form),
    }
}

/// The `rt::Encoding` fields a scheme or an endpoint sets for itself.
fn override_fields(o: ir::EncodingOverride) -> Vec<TokenStream> {
    let mut fields = Vec::new();
    if let Some(order) = o.query_order {
        let order = query_order(order);
        fields.push(quote!(query_order: #order,));
    }
    if let Some(e) = o.escape {
        let e = escape(e);
        fields.push(quote!(escape: #e,));
    }
    if let Some(order) = o.json_keys {
        let order = query_order(order);
        fields.push(quote!(json_keys: #order,));
    }
    fields
}

/// `fn encoding` of an endpoint that sets its own query order, escaping or JSON key order.
pub(crate) fn endpoint_encoding(ep: &ir::Endpoint) -> Option<TokenStream> {
    let fields = override_fields(ep.encoding);
    (!fields.is_empty()).then(|| {
        quote! {
            fn encoding(base: &rt::Encoding) -> rt::Encoding {
                rt::Encoding { #(#fields)* ..*base }
            }
        }
    })
}

/// `&ENCODING`, or the venue's encoding with what the scheme overrides.
pub(crate) fn scheme_encoding(s: &ir::Scheme) -> TokenStream {
    let mut fields = override_fields(ir::EncodingOverride {
        query_order: s.query_order,
        escape: s.escape,
        json_keys: s.json_keys,
    });
    if !s.send_body {
        fields.push(quote!(send_body: false,));
    }
    if fields.is_empty() {
        quote!(&ENCODING)
    } else {
        quote!(&rt::Encoding { #(#fields)* ..ENCODING })
    }
}

fn encoding_const(e: &ir::Encoding) -> TokenStream {
    let order = query_order(e.query_order);
    let escape = escape(e.escape);
    let json_keys = query_order(e.json_keys);
    let root = match &e.body_root {
        Some(r) => quote!(Some(#r)),
        None => quote!(None),
    };
    quote! {
        /// How this venue writes query strings and bodies.
        pub const ENCODING: rt::Encoding = rt::Encoding {
            query_order: #order,
            escape: #escape,
            body_root: #root,
            send_body: true,
            json_keys: #json_keys,
        };
    }
}

fn envelope_const(e: &ir::Envelope) -> TokenStream {
    let value = envelope_value(e);
    quote! {
        /// How responses wrap their payload and report venue errors.
        const ENVELOPE: rt::Envelope = #value;
    }
}

/// An `rt::Envelope { .. }` literal.
pub(crate) fn envelope_value(e: &ir::Envelope) -> TokenStream {
    let opt = |v: &Option<String>| match v {
        Some(s) => quote!(Some(#s)),
        None => quote!(None),
    };
    let (data, code, message) = (opt(&e.data), opt(&e.code), opt(&e.message));
    let success = &e.success;
    let jsonrpc = e.jsonrpc;
    quote! {
        rt::Envelope {
            data: #data,
            code: #code,
            success: &[#(#success),*],
            message: #message,
            jsonrpc: #jsonrpc,
        }
    }
}

/// The `venue` command's table of every generated venue.
pub fn registry(venues: &[&ir::Venue]) -> TokenStream {
    let entries = venues.iter().map(|v| {
        let m = ident(&v.name);
        quote!(Venue { info: &#m::INFO, sign: #m::sign_json, call: |c, e, p, b, o| Box::pin(#m::call_json(c, e, p, b, o)), verify: #m::verify_json },)
    });
    quote! {
        /// Every venue generated from the specs, by name.
        pub static VENUES: &[Venue] = &[#(#entries)*];
    }
}

/// Formats tokens as a Rust file.
pub fn format(tokens: TokenStream) -> Result<String, syn::Error> {
    let file: syn::File = syn::parse2(tokens)?;
    Ok(prettyplease::unparse(&file))
}
