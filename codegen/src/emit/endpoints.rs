//! Per-endpoint parameter structs, the async `Client`, and the JSON entry points the `venue`
//! command uses.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::doc;
use super::names::{field_ident, ident, inline_enum_name, pascal};
use super::types::{enum_def, rename, rust_type};
use crate::ir::{self, TypeRef};
use crate::spec::{BodyFormat, ParamIn};

fn params_type(ep: &ir::Endpoint) -> proc_macro2::Ident {
    format_ident!("{}Params", pascal(&ep.name))
}

/// Whether a scheme reads `nonce()`.
fn uses_nonce(venue: &ir::Venue, scheme: &str) -> bool {
    venue
        .schemes
        .iter()
        .filter(|s| s.name == scheme)
        .any(|s| s.values().any(|t| t.calls(ir::Func::Nonce)))
}

/// The venue's envelope, or the endpoint's own (a constant expression, promoted to `'static`).
fn envelope_ref(ep: &ir::Endpoint) -> TokenStream {
    match &ep.envelope {
        Some(e) => {
            let value = super::envelope_value(e);
            quote!(&#value)
        }
        None => quote!(&ENVELOPE),
    }
}

/// The endpoint's schemes as a slice expression, in order of preference.
fn schemes_slice(ep: &ir::Endpoint) -> TokenStream {
    let variants = ep.schemes.iter().map(|s| ident(&pascal(s)));
    quote!(&[#(Scheme::#variants),*])
}

/// The scheme a client uses: the only one, or the first whose credentials were given.
fn scheme_choice(ep: &ir::Endpoint, signer: TokenStream) -> TokenStream {
    match ep.schemes.as_slice() {
        [one] => {
            let v = ident(&pascal(one));
            quote!(Scheme::#v)
        }
        _ => {
            let slice = schemes_slice(ep);
            quote!(#signer.choose(#slice)?)
        }
    }
}

fn response_type(ep: &ir::Endpoint) -> TokenStream {
    match &ep.response {
        Some(t) => rust_type(t),
        None => quote!(rt::serde_json::Value),
    }
}

/// Enums declared inline on parameters (`values: [...]`).
pub fn inline_enums(ep: &ir::Endpoint) -> TokenStream {
    let enums = ep
        .params
        .iter()
        .filter(|p| matches!(&p.ty, TypeRef::Named(n) if *n == inline_enum_name(&ep.name, &p.wire)))
        .map(|p| {
            let d = format!("Values of `{}` for `{}`.", p.wire, ep.name);
            enum_def(&inline_enum_name(&ep.name, &p.wire), Some(&d), &p.values)
        });
    quote!(#(#enums)*)
}

pub fn params_struct(ep: &ir::Endpoint) -> TokenStream {
    let name = params_type(ep);
    let d = format!("Parameters of `{}`.", ep.name);
    let fields = ep.params.iter().map(|p| {
        let id = field_ident(&p.wire);
        let ren = rename(&p.wire);
        let d = doc(p.description.as_deref());
        let ty = rust_type(&p.ty);
        if p.required {
            quote!(#d #ren pub #id: #ty,)
        } else {
            quote!(#d #ren #[serde(default, skip_serializing_if = "Option::is_none")] pub #id: Option<#ty>,)
        }
    });
    let draft = draft_fn(ep);
    // With every field optional, `..Default::default()` fills the ones a caller skips.
    let default = ep
        .params
        .iter()
        .all(|p| !p.required)
        .then(|| quote!(Default,));
    quote! {
        #[doc = #d]
        #[derive(Clone, Debug, #default PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
        #[serde(crate = "rt::serde", deny_unknown_fields)]
        pub struct #name {
            #(#fields)*
        }

        impl #name {
            /// The request before auth: method, path, and parameters in declared order.
            pub fn draft(&self) -> rt::Draft {
                #draft
            }
        }
    }
}

fn draft_fn(ep: &ir::Endpoint) -> TokenStream {
    let new = match &ep.rpc_method {
        Some(m) => {
            let path = &ep.path;
            quote!(rt::Draft::rpc(#m, #path))
        }
        None => {
            let method = ident(&pascal(ep.method.as_str()));
            let body = match ep.body {
                BodyFormat::Json => quote!(rt::BodyFormat::Json),
                BodyFormat::Form => quote!(rt::BodyFormat::Form),
                BodyFormat::None => quote!(rt::BodyFormat::None),
            };
            let path = path_expr(ep);
            quote!(rt::Draft::new(rt::Method::#method, #path, #body))
        }
    };
    let adds: Vec<TokenStream> = ep
        .params
        .iter()
        .filter(|p| p.location != ParamIn::Path)
        .map(|p| {
            let id = field_ident(&p.wire);
            let wire = &p.wire;
            let m = ident(if p.location == ParamIn::Query {
                "query"
            } else {
                "body"
            });
            let value = match (p.as_number, p.required) {
                (true, true) => quote!(&rt::AsNumber(&self.#id)),
                (true, false) => quote!(&self.#id.as_ref().map(rt::AsNumber)),
                (false, _) => quote!(&self.#id),
            };
            quote!(draft.#m(#wire, #value);)
        })
        .collect();
    if adds.is_empty() {
        new
    } else {
        quote! {
            let mut draft = #new;
            #(#adds)*
            draft
        }
    }
}

/// The path as a literal, or a `format!` that percent-encodes each path parameter.
fn path_expr(ep: &ir::Endpoint) -> TokenStream {
    if !ep.path.contains('{') {
        let p = &ep.path;
        return quote!(#p);
    }
    let mut fmt = String::new();
    let mut args = Vec::new();
    let mut rest = ep.path.as_str();
    while let Some(start) = rest.find('{') {
        fmt.push_str(&rest[..start]);
        let end = rest[start..].find('}').map_or(rest.len(), |e| start + e);
        let id = field_ident(&rest[start + 1..end]);
        args.push(quote!(rt::path_segment(&self.#id)));
        fmt.push_str("{}");
        rest = &rest[(end + 1).min(rest.len())..];
    }
    fmt.push_str(rest);
    quote!(format!(#fmt, #(#args),*))
}

pub fn client(venue: &ir::Venue) -> TokenStream {
    let title = format!("Async client for {}.", venue.title);
    let sandbox = venue.sandbox_url.as_ref().map(|_| {
        quote! {
            /// A client for the venue's sandbox.
            pub fn sandbox(credentials: Credentials) -> Result<Self, rt::Error> {
                Self::with_base_url(credentials, SANDBOX_URL)
            }
        }
    });
    let methods = venue.endpoints.iter().map(|ep| {
        let m = ident(&ep.name);
        let ret = response_type(ep);
        let scheme = scheme_choice(ep, quote!(self.signer));
        let envelope = envelope_ref(ep);
        // Strictly increasing nonces: a request stamped later must not arrive first.
        let turn = ep
            .schemes
            .iter()
            .any(|s| uses_nonce(venue, s))
            .then(|| quote!(let _turn = self.core.in_order().await;));
        let summary = match &ep.rpc_method {
            Some(rpc) => format!("JSON-RPC `{rpc}`."),
            None => format!("`{} {}`.", ep.method.as_str(), ep.path),
        };
        let d = doc(Some(&match &ep.description {
            Some(desc) => format!("{summary}\n\n{desc}"),
            None => summary,
        }));
        let pt = params_type(ep);
        let (arg, draft) = if ep.params.is_empty() {
            (quote!(), quote!(#pt {}.draft()))
        } else {
            (quote!(, params: &#pt), quote!(params.draft()))
        };
        quote! {
            #d
            pub async fn #m(&self #arg) -> Result<#ret, rt::Error> {
                #turn
                let request = self.prepare(#scheme, #draft)?;
                self.core.send(request, #envelope).await
            }
        }
    });
    quote! {
        #[doc = #title]
        pub struct Client {
            core: rt::ClientCore,
            signer: Signer,
        }

        impl Client {
            /// A client for the production base URL.
            pub fn new(credentials: Credentials) -> Result<Self, rt::Error> {
                Self::with_base_url(credentials, PRODUCTION_URL)
            }

            #sandbox

            /// A client for another base URL (a proxy, a test server).
            pub fn with_base_url(credentials: Credentials, base_url: &str) -> Result<Self, rt::Error> {
                Ok(Client {
                    core: rt::ClientCore::new(base_url)?,
                    signer: Signer::new(credentials)?,
                })
            }

            /// Replaces the clock that stamps requests.
            pub fn with_clock(mut self, clock: std::sync::Arc<dyn rt::Clock>) -> Self {
                self.core = self.core.with_clock(clock);
                self
            }

            /// The signer, for signing requests without sending them.
            pub fn signer(&self) -> &Signer {
                &self.signer
            }

            /// Signs a draft with this client's clock and nonces, without sending it.
            pub fn prepare(&self, scheme: Scheme, draft: rt::Draft) -> Result<rt::Request, rt::Error> {
                self.signer.sign(scheme, draft, self.core.base(), &self.core.stamp(), &mut rt::Trace::off())
            }

            #(#methods)*
        }
    }
}

/// `draft_from_json`, `sign_json` and `call_json`: endpoints by name, params as JSON.
pub fn json_entry_points(venue: &ir::Venue) -> TokenStream {
    let draft_arms = venue.endpoints.iter().map(|ep| {
        let name = &ep.name;
        let pt = params_type(ep);
        let schemes = schemes_slice(ep);
        quote!(#name => Ok((#schemes, rt::params::<#pt>(params)?.draft())),)
    });
    let call_arms = venue.endpoints.iter().map(|ep| {
        let name = &ep.name;
        let ret = response_type(ep);
        let envelope = envelope_ref(ep);
        quote!(#name => rt::to_json(client.core.send::<#ret>(request, #envelope).await?),)
    });
    quote! {
        /// Builds an endpoint's draft from JSON params, checked against the endpoint's types,
        /// with the endpoint's auth schemes in order of preference.
        pub fn draft_from_json(endpoint: &str, params: &rt::serde_json::Value) -> Result<(&'static [Scheme], rt::Draft), rt::Error> {
            match endpoint {
                #(#draft_arms)*
                _ => Err(rt::Error::unknown_endpoint(endpoint)),
            }
        }

        /// The exact request an endpoint call would send, with time and nonce pinned; `trace`
        /// collects the recipe's intermediate values when it is on.
        pub fn sign_json(
            credentials: &rt::serde_json::Value,
            endpoint: &str,
            params: &rt::serde_json::Value,
            base_url: Option<&str>,
            stamp: rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let (schemes, draft) = draft_from_json(endpoint, params)?;
            let signer = Signer::new(Credentials::from_json(credentials)?)?;
            let base = rt::BaseUrl::parse(base_url.unwrap_or(PRODUCTION_URL))?;
            signer.sign(signer.choose(schemes)?, draft, &base, &stamp, trace)
        }

        /// Calls an endpoint and returns its typed result, as JSON.
        pub async fn call_json(
            credentials: &rt::serde_json::Value,
            endpoint: &str,
            params: &rt::serde_json::Value,
            base_url: Option<&str>,
        ) -> Result<rt::serde_json::Value, rt::Error> {
            let (schemes, draft) = draft_from_json(endpoint, params)?;
            let client = Client::with_base_url(Credentials::from_json(credentials)?, base_url.unwrap_or(PRODUCTION_URL))?;
            let request = client.prepare(client.signer.choose(schemes)?, draft)?;
            match endpoint {
                #(#call_arms)*
                _ => Err(rt::Error::unknown_endpoint(endpoint)),
            }
        }
    }
}

/// The static description `venue list` prints.
pub fn info(venue: &ir::Venue) -> TokenStream {
    let name = &venue.name;
    let title = &venue.title;
    let creds = venue.credentials.iter().map(|c| &c.name);
    let endpoints = venue.endpoints.iter().map(|ep| {
        let n = &ep.name;
        let m = ep.method.as_str();
        let path = &ep.path;
        let auth = ep.schemes.join("|");
        let params = ep.params.iter().map(|p| {
            let pn = &p.wire;
            let loc = p.location.as_str();
            let ty = if p.values.is_empty() { p.ty.spelling() } else { "enum".to_owned() };
            let req = p.required;
            let values = &p.values;
            quote!(rt::ParamInfo { name: #pn, location: #loc, ty: #ty, required: #req, values: &[#(#values),*] },)
        });
        quote!(rt::EndpointInfo { name: #n, method: #m, path: #path, auth: #auth, params: &[#(#params)*] },)
    });
    quote! {
        /// What `venue list` shows for this venue.
        pub static INFO: rt::VenueInfo = rt::VenueInfo {
            name: #name,
            title: #title,
            credentials: &[#(#creds),*],
            endpoints: &[#(#endpoints)*],
        };
    }
}
