//! Per-endpoint parameter structs, the async `Client`, and the JSON entry points the `venue`
//! command uses.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::doc;
use super::names::type_ident;
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

/// Whether a scheme the endpoint may use reads `param(…)`.
fn reads_params(venue: &ir::Venue, ep: &ir::Endpoint) -> bool {
    venue
        .schemes
        .iter()
        .filter(|s| ep.schemes.contains(&s.name))
        .any(|s| s.values().any(|t| t.calls(ir::Func::Param)))
}

pub fn params_struct(venue: &ir::Venue, ep: &ir::Endpoint) -> TokenStream {
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
    let endpoint = endpoint_impl(venue, ep);
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

        #endpoint
    }
}

/// A param's value as the `Wire` writers take it (decimals sent as numbers wrapped).
fn wire_value(p: &ir::Param) -> TokenStream {
    let id = field_ident(&p.wire);
    match (p.as_number, p.required) {
        (true, true) => quote!(&rt::AsNumber(&self.#id)),
        (true, false) => quote!(&self.#id.as_ref().map(rt::AsNumber)),
        (false, _) => quote!(&self.#id),
    }
}

/// `impl rt::Endpoint`: the method, the body format, and the code that writes the path, query
/// and body straight into the request's buffers.
fn endpoint_impl(venue: &ir::Venue, ep: &ir::Endpoint) -> TokenStream {
    let name = params_type(ep);
    let (method, rpc) = match &ep.rpc_method {
        Some(m) => (
            quote!(rt::Method::Post),
            quote!(const RPC_METHOD: Option<&'static str> = Some(#m);),
        ),
        None => {
            let m = ident(&pascal(ep.method.as_str()));
            (quote!(rt::Method::#m), quote!())
        }
    };
    let headers = (!ep.headers.is_empty()).then(|| {
        let pairs = ep.headers.iter().map(|(n, v)| quote!((#n, #v)));
        quote!(const HEADERS: &'static [(&'static str, &'static str)] = &[#(#pairs),*];)
    });
    let own_encoding = super::endpoint_encoding(ep);
    let rpc = quote!(#rpc #headers #own_encoding);
    let body = match ep.body {
        BodyFormat::Json => quote!(rt::BodyFormat::Json),
        BodyFormat::Form => quote!(rt::BodyFormat::Form),
        BodyFormat::None => quote!(rt::BodyFormat::None),
    };
    let path = path_steps(ep);
    let writes = |location: ParamIn, arg: &str| {
        let arg = ident(arg);
        let lines: Vec<TokenStream> = ep
            .params
            .iter()
            .filter(|p| p.location == location)
            .map(|p| {
                let wire = &p.wire;
                let value = wire_value(p);
                quote!(#arg.field(#wire, #value);)
            })
            .collect();
        (!lines.is_empty()).then_some((arg, lines))
    };
    let query = writes(ParamIn::Query, "query").map(|(arg, lines)| {
        quote! {
            fn write_query(&self, #arg: &mut rt::Fields) {
                #(#lines)*
            }
        }
    });
    let body_fn = writes(ParamIn::Body, "body").map(|(arg, lines)| {
        quote! {
            fn write_body(&self, #arg: &mut rt::Fields) {
                #(#lines)*
            }
        }
    });
    let param = reads_params(venue, ep).then(|| {
        let arms = ep.params.iter().map(|p| {
            let wire = &p.wire;
            let value = wire_value(p);
            quote!(#wire => #value as &dyn rt::Wire,)
        });
        quote! {
            fn param(&self, name: &str) -> Option<rt::Text> {
                let value = match name {
                    #(#arms)*
                    _ => return None,
                };
                value.present().then(|| rt::param_text(value))
            }
        }
    });
    quote! {
        impl rt::Endpoint for #name {
            const METHOD: rt::Method = #method;
            const BODY: rt::BodyFormat = #body;
            #rpc

            fn write_path(&self, path: &mut rt::PathWriter<'_>) {
                #(#path)*
            }

            #query
            #body_fn
            #param
        }
    }
}

/// The path's literal pieces and its escaped parameters, in order.
fn path_steps(ep: &ir::Endpoint) -> Vec<TokenStream> {
    let mut steps = Vec::new();
    let mut rest = ep.path.as_str();
    while let Some(start) = rest.find('{') {
        if start > 0 {
            let lit = &rest[..start];
            steps.push(quote!(path.push(#lit);));
        }
        let end = rest[start..].find('}').map_or(rest.len(), |e| start + e);
        let wire = &rest[start + 1..end];
        let id = field_ident(wire);
        steps.push(quote!(path.segment(#wire, &self.#id);));
        rest = &rest[(end + 1).min(rest.len())..];
    }
    if !rest.is_empty() {
        steps.push(quote!(path.push(#rest);));
    }
    steps
}

/// A value of a param's type to show in an example, when one is simple to write.
fn placeholder(p: &ir::Param) -> Option<String> {
    let simple = |ty: &TypeRef| match ty {
        TypeRef::String => Some("\"...\".into()".to_owned()),
        TypeRef::Integer => Some("0".to_owned()),
        TypeRef::Decimal => Some("\"1.0\".parse()?".to_owned()),
        TypeRef::Bool => Some("true".to_owned()),
        TypeRef::Json => Some("serde_json::json!({})".to_owned()),
        TypeRef::List(_) => Some("vec![]".to_owned()),
        TypeRef::Map(_) => Some("Default::default()".to_owned()),
        TypeRef::Named(n) => p
            .values
            .first()
            .map(|v| format!("{}::{}", type_ident(n), ident(&pascal(v)))),
    };
    simple(&p.ty)
}

/// The most fields an example lists before it passes a `params` built elsewhere.
const EXAMPLE_FIELDS: usize = 6;

/// A `# Example` section calling the endpoint: the required params with placeholder values.
fn usage_example(ep: &ir::Endpoint) -> String {
    let m = ident(&ep.name);
    let pt = params_type(ep);
    let field = |p: &ir::Param, value: String| format!("    {}: {value},\n", field_ident(&p.wire));
    let arg = if ep.params.is_empty() {
        String::new()
    } else if ep.params.iter().all(|p| !p.required) {
        match ep.params.iter().find_map(|p| Some((p, placeholder(p)?))) {
            Some((p, value)) => format!(
                "&{pt} {{\n{}    ..Default::default()\n}}",
                field(p, format!("Some({value})"))
            ),
            None => format!("&{pt}::default()"),
        }
    } else {
        let fields: Option<String> = (ep.params.len() <= EXAMPLE_FIELDS)
            .then(|| {
                ep.params
                    .iter()
                    .map(|p| match p.required {
                        true => Some(field(p, placeholder(p)?)),
                        false => Some(field(p, "None".to_owned())),
                    })
                    .collect()
            })
            .flatten();
        match fields {
            Some(fields) => format!("&{pt} {{\n{fields}}}"),
            None => "&params".to_owned(),
        }
    };
    format!("# Example\n\n```ignore\nlet result = client.{m}({arg}).await?;\n```")
}

pub fn client(venue: &ir::Venue) -> TokenStream {
    let title = format!("Async client for {}.", venue.title);
    let venue_name = &venue.name;
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
        let call = call_of(venue, ep);
        let summary = match &ep.rpc_method {
            Some(rpc) => format!("JSON-RPC `{rpc}`."),
            None => format!("`{} {}`.", ep.method.as_str(), ep.path),
        };
        let d = doc(Some(&match &ep.description {
            Some(desc) => format!("{summary}\n\n{desc}"),
            None => summary,
        }));
        let example = super::raw_doc(&usage_example(ep));
        let pt = params_type(ep);
        let (arg, params) = if ep.params.is_empty() {
            (quote!(), quote!(&#pt {}))
        } else {
            (quote!(, params: &#pt), quote!(params))
        };
        quote! {
            #d
            ///
            #example
            pub async fn #m(&self #arg) -> Result<#ret, rt::Error> {
                self.call(#call, #scheme, #params, #envelope).await
            }
        }
    });
    let key_id = key_id(venue);
    let calibrate = calibrate_clock(venue);
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

            /// A client for another base URL (a proxy, a test server). Clients on the same
            /// credentials share one nonce sequence.
            pub fn with_base_url(credentials: Credentials, base_url: &str) -> Result<Self, rt::Error> {
                let key = #key_id;
                Ok(Client {
                    core: rt::ClientCore::new(base_url)?.with_name(#venue_name).with_key(key),
                    signer: Signer::new(credentials)?,
                })
            }

            /// Replaces the runtime core: timeouts, retries, nonce files, response cap.
            pub fn with_core(mut self, configure: impl FnOnce(rt::ClientCore) -> Result<rt::ClientCore, rt::Error>) -> Result<Self, rt::Error> {
                self.core = configure(self.core)?;
                Ok(self)
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

            /// Signs an endpoint call with this client's clock and nonces, without sending it.
            pub fn prepare<E: rt::Endpoint>(&self, scheme: Scheme, endpoint: &E) -> Result<rt::Request, rt::Error> {
                self.sign_at(scheme, endpoint, &self.core.stamp())
            }

            fn sign_at<E: rt::Endpoint>(&self, scheme: Scheme, endpoint: &E, stamp: &rt::Stamp) -> Result<rt::Request, rt::Error> {
                self.signer.sign(scheme, endpoint, self.core.base(), stamp, &mut rt::Trace::off())
            }

            /// Signs (again for each attempt), sends and decodes one call.
            async fn call<E: rt::Endpoint, T: rt::serde::de::DeserializeOwned>(
                &self,
                call: rt::Call,
                scheme: Scheme,
                endpoint: &E,
                envelope: &rt::Envelope,
            ) -> Result<T, rt::Error> {
                self.core.call(call, envelope, |stamp| self.sign_at(scheme, endpoint, stamp)).await
            }

            #calibrate

            #(#methods)*
        }
    }
}

/// `rt::Call { .. }` for one endpoint: its name, whether it may be retried, and whether it
/// takes its key's nonce turn.
fn call_of(venue: &ir::Venue, ep: &ir::Endpoint) -> TokenStream {
    let name = &ep.name;
    let call = match ep.idempotent {
        true => quote!(rt::Call::idempotent(#name)),
        false => quote!(rt::Call::once(#name)),
    };
    // Strictly increasing nonces: a request stamped later must not arrive first.
    match ep.schemes.iter().any(|s| uses_nonce(venue, s)) {
        true => quote!(#call.with_nonce()),
        false => call,
    }
}

/// `rt::KeyId::of(..)` over every credential, so that clients on one key share nonces.
fn key_id(venue: &ir::Venue) -> TokenStream {
    let name = &venue.name;
    let creds = venue.credentials.iter().map(|c| {
        let field = ident(&c.name);
        if c.optional {
            quote!(credentials.#field.as_ref())
        } else {
            quote!(Some(&credentials.#field))
        }
    });
    quote!(rt::KeyId::of(#name, &[#(#creds),*]))
}

/// `calibrate_clock`, for a venue whose spec names a server-time endpoint.
fn calibrate_clock(venue: &ir::Venue) -> Option<TokenStream> {
    let st = venue.server_time.as_ref()?;
    let ep = venue.endpoints.iter().find(|e| e.name == st.endpoint)?;
    let pointer = &st.pointer;
    let unit = match st.unit {
        crate::spec::TimeUnit::Seconds => quote!(Seconds),
        crate::spec::TimeUnit::Millis => quote!(Millis),
        crate::spec::TimeUnit::Micros => quote!(Micros),
        crate::spec::TimeUnit::Nanos => quote!(Nanos),
    };
    let call = call_of(venue, ep);
    let scheme = scheme_choice(ep, quote!(self.signer));
    let envelope = envelope_ref(ep);
    let pt = params_type(ep);
    let doc = format!(
        "Reads the venue's clock (`{}`) and corrects every later timestamp of this client by \
         the offset, half the round trip accounted for. Returns the offset in milliseconds \
         (positive: the venue is ahead).",
        ep.name
    );
    Some(quote! {
        #[doc = #doc]
        pub async fn calibrate_clock(&self) -> Result<i64, rt::Error> {
            const SERVER_TIME: rt::ServerTime = rt::ServerTime { pointer: #pointer, unit: rt::TimeUnit::#unit };
            let (scheme, params) = (#scheme, #pt::default());
            self.core.calibrate(#call, #envelope, &SERVER_TIME, |stamp| self.sign_at(scheme, &params, stamp)).await
        }
    })
}

/// `sign_json` and `call_json`: endpoints by name, params as JSON.
pub fn json_entry_points(venue: &ir::Venue) -> TokenStream {
    let sign_arms = venue.endpoints.iter().map(|ep| {
        let name = &ep.name;
        let pt = params_type(ep);
        let schemes = schemes_slice(ep);
        quote! {
            #name => {
                let params = rt::params::<#pt>(params)?;
                signer.sign(signer.choose(#schemes)?, &params, &base, &stamp, trace)
            }
        }
    });
    let call_arms = venue.endpoints.iter().map(|ep| {
        let name = &ep.name;
        let pt = params_type(ep);
        let schemes = schemes_slice(ep);
        let ret = response_type(ep);
        let envelope = envelope_ref(ep);
        let call = call_of(venue, ep);
        quote! {
            #name => {
                let params = rt::params::<#pt>(params)?;
                let scheme = client.signer.choose(#schemes)?;
                rt::to_json(client.call::<_, #ret>(#call, scheme, &params, #envelope).await?)
            }
        }
    });
    quote! {
        /// The exact request an endpoint call would send, with time and nonce pinned; `trace`
        /// collects the recipe's intermediate values when it is on. Params are JSON, checked
        /// against the endpoint's types.
        pub fn sign_json(
            credentials: &rt::serde_json::Value,
            endpoint: &str,
            params: &rt::serde_json::Value,
            base_url: Option<&str>,
            stamp: rt::Stamp,
            trace: &mut rt::Trace,
        ) -> Result<rt::Request, rt::Error> {
            let signer = Signer::new(Credentials::from_json(credentials)?)?;
            let base = rt::BaseUrl::parse(base_url.unwrap_or(PRODUCTION_URL))?;
            match endpoint {
                #(#sign_arms)*
                _ => Err(rt::Error::unknown_endpoint(endpoint)),
            }
        }

        /// Calls an endpoint and returns its typed result, as JSON, from a client set up by
        /// `options` (timeout, retries, nonce directory).
        pub async fn call_json(
            credentials: &rt::serde_json::Value,
            endpoint: &str,
            params: &rt::serde_json::Value,
            base_url: Option<&str>,
            options: &rt::ClientOptions,
        ) -> Result<rt::serde_json::Value, rt::Error> {
            let client = Client::with_base_url(Credentials::from_json(credentials)?, base_url.unwrap_or(PRODUCTION_URL))?
                .with_core(|core| core.with_options(options))?;
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
