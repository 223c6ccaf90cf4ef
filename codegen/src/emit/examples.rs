//! Each documented example in a spec becomes a `#[test]` in the generated module.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::names::{field_ident, ident, pascal};
use crate::ir::{self, ExampleInput, Kind};

pub fn example_tests(venue: &ir::Venue) -> TokenStream {
    if venue.examples.is_empty() {
        return quote!();
    }
    let tests = venue.examples.iter().map(|ex| example_test(venue, ex));
    quote! {
        #[cfg(test)]
        mod examples {
            use super::*;

            #(#tests)*
        }
    }
}

fn example_test(venue: &ir::Venue, ex: &ir::Example) -> TokenStream {
    let name = ident(&ex.name);
    let source = super::doc(Some(&format!("Source: {}", ex.source)));
    let creds = venue.credentials.iter().map(|c| {
        let f = field_ident(&c.name);
        let given = ex
            .credentials
            .iter()
            .find(|(k, _)| *k == c.name)
            .map(|(_, v)| v);
        match (given, c.optional) {
            (Some(v), false) => quote!(#f: rt::SecretString::from(#v),),
            (Some(v), true) => quote!(#f: Some(rt::SecretString::from(#v)),),
            (None, _) => quote!(#f: None,),
        }
    });
    let scheme = ident(&pascal(&ex.scheme));
    let encoding = venue
        .schemes
        .iter()
        .find(|s| s.name == ex.scheme)
        .map_or_else(|| quote!(&ENCODING), super::scheme_encoding);
    let base = &ex.base_url;
    let (now_ms, nonce) = (ex.time_ms, ex.nonce);
    let random = proc_macro2::Literal::u128_suffixed(ex.random);
    // Bound only when something about the request is asserted, so no variable goes unused.
    let checks_request =
        !ex.expect_headers.is_empty() || ex.expect_url.is_some() || ex.expect_body.is_some();
    let bind = checks_request.then(|| quote!(let request =));
    let sign = match &ex.input {
        ExampleInput::Endpoint { endpoint, params } => {
            let pt = format_ident!("{}Params", pascal(endpoint));
            quote! {
                let params: #pt = rt::serde_json::from_str(#params).expect("example params match the endpoint");
                #bind signer.sign(Scheme::#scheme, &params, &base, &stamp, &mut trace).expect("example signs");
            }
        }
        ExampleInput::Raw {
            method,
            path,
            body,
            rpc_method,
            headers,
        } => {
            let m = ident(&pascal(method.as_str()));
            let body = body.clone().unwrap_or_default();
            let rpc = rpc_method.clone().unwrap_or_default();
            let with_headers = (!headers.is_empty()).then(|| {
                let pairs = headers.iter().map(|(n, v)| quote!((#n, #v)));
                quote!(.with_headers(&[#(#pairs),*]))
            });
            quote! {
                let parts = rt::Parts::raw(&base, #encoding, rt::Method::#m, #path, #body, #rpc)#with_headers;
                #bind signer.sign_parts(Scheme::#scheme, parts, &stamp, &mut trace).expect("example signs");
            }
        }
    };
    let values = ex.expect_values.iter().map(|(n, kind, v)| {
        if *kind == Kind::Bytes {
            quote!(assert_eq!(trace.get(#n).map(rt::hex).as_deref(), Some(#v), "value `{}` (hex)", #n);)
        } else {
            quote!(assert_eq!(trace.text(#n), Some(#v), "value `{}`", #n);)
        }
    });
    let headers = ex
        .expect_headers
        .iter()
        .map(|(n, v)| quote!(assert_eq!(request.header(#n), Some(#v), "header `{}`", #n);));
    let url = ex
        .expect_url
        .as_ref()
        .map(|u| quote!(assert_eq!(request.url, #u);));
    let body = ex
        .expect_body
        .as_ref()
        .map(|b| quote!(assert_eq!(request.body.as_deref(), Some(#b.as_bytes()));));
    quote! {
        #source
        #[test]
        fn #name() {
            let credentials = Credentials { #(#creds)* };
            let signer = Signer::new(credentials).expect("example credentials are valid");
            let base = rt::BaseUrl::parse(#base).expect("example base URL is valid");
            let stamp = rt::Stamp { now_ms: #now_ms, nonce: #nonce, random: #random };
            let mut trace = rt::Trace::on();
            #sign
            #(#values)*
            #(#headers)*
            #url
            #body
        }
    }
}
