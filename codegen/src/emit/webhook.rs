//! Per webhook: `<Name>WebhookCredentials` and a `<Name>Webhook` whose `verify` recomputes the
//! signature from the received request, compares it in constant time, checks the timestamp
//! and decodes the payload. Example webhooks become tests.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::doc;
use super::names::{field_ident, ident, pascal};
use super::recipe::{Ctx, Emitter, folded_field};
use super::signer::{hmac_keys, rust_type, used_after_fold};
use crate::ir::{self, Func, Kind, Node, Stage};
use crate::spec::{TimeUnit, VerifyFailure};

fn verifier_name(name: &str) -> proc_macro2::Ident {
    format_ident!("{}Webhook", pascal(name))
}

fn credentials_name(name: &str) -> proc_macro2::Ident {
    format_ident!("{}WebhookCredentials", pascal(name))
}

/// The recipe with the checked values as placements, so that what reads a `let` is seen
/// (a value read only by a MAC is streamed into it, never built).
fn with_checks(wh: &ir::Webhook) -> ir::Scheme {
    let mut s = wh.recipe.clone();
    let checks = wh
        .check
        .values()
        .into_iter()
        .chain(wh.timestamp.as_ref().map(|t| &t.value));
    s.params = checks
        .map(|value| ir::Placement {
            name: String::new(),
            value: value.clone(),
        })
        .collect();
    s
}

/// Whether a per-verify value reads a credential itself (not through a prepared MAC key).
fn reads_credentials(s: &ir::Scheme) -> bool {
    s.lets
        .iter()
        .filter(|l| l.value.stage > Stage::Folded)
        .map(|l| &l.value)
        .chain(s.placed())
        .any(|t| super::signer::reads_credential(&s.name, t))
}

pub fn webhooks(venue: &ir::Venue) -> TokenStream {
    let items = venue.webhooks.iter().map(webhook);
    let by_name = verify_json(venue);
    let tests = example_tests(venue);
    quote!(#(#items)* #by_name #tests)
}

/// `verify_json`: one webhook by name, credentials and payload as JSON (the `venue verify`
/// command). The outer error is the setup's (credentials, name), the inner one the verdict.
fn verify_json(venue: &ir::Venue) -> TokenStream {
    let arms = venue.webhooks.iter().map(|wh| {
        let name = &wh.name;
        let verifier = verifier_name(name);
        let creds = credentials_name(name);
        quote! {
            #name => {
                let verifier = #verifier::new(#creds::from_json(credentials)?)?;
                Ok(verifier.verify(headers, body, now).and_then(|payload| {
                    rt::serde_json::to_value(&payload)
                        .map_err(|e| rt::VerifyError::Payload(e.to_string()))
                }))
            }
        }
    });
    let (headers, body, now) = if venue.webhooks.is_empty() {
        (quote!(_headers), quote!(_body), quote!(_now))
    } else {
        (quote!(headers), quote!(body), quote!(now))
    };
    let credentials = if venue.webhooks.is_empty() {
        quote!(_credentials)
    } else {
        quote!(credentials)
    };
    let body_of_match = if venue.webhooks.is_empty() {
        quote!(Err(rt::Error::unknown_webhook(webhook)))
    } else {
        quote! {
            match webhook {
                #(#arms)*
                _ => Err(rt::Error::unknown_webhook(webhook)),
            }
        }
    };
    quote! {
        /// Verifies one received webhook by name, with credentials given as JSON; the payload
        /// comes back as JSON. The outer error is about the setup (an unknown webhook, a
        /// missing credential), the inner one is the verdict on the request.
        pub fn verify_json(
            #credentials: &rt::serde_json::Value,
            webhook: &str,
            #headers: &[(String, String)],
            #body: &[u8],
            #now: std::time::SystemTime,
        ) -> Result<Result<rt::serde_json::Value, rt::VerifyError>, rt::Error> {
            #body_of_match
        }
    }
}

fn webhook(wh: &ir::Webhook) -> TokenStream {
    let s = with_checks(wh);
    let verifier = verifier_name(&wh.name);
    let creds = credentials_name(&wh.name);

    let cred_fields = wh.credentials.iter().map(|c| {
        let f = field_ident(&c.name);
        let d = doc(c.description.as_deref());
        quote!(#d pub #f: rt::SecretString,)
    });
    let cred_doc = format!(
        " Credentials of the `{}` webhook. Debug output never shows their values.",
        wh.name
    );

    // Values that depend only on the credentials: computed once, in `new`.
    let fold = Emitter::new(&s, Ctx::Fold);
    let mut steps = Vec::new();
    let mut fields = Vec::new();
    let mut inits = Vec::new();
    for l in s.lets.iter().filter(|l| l.value.stage == Stage::Folded) {
        let f = folded_field(&s.name, &l.name);
        let value = fold.expr(&l.value).into_owned();
        steps.push(quote!(let #f = #value;));
        if !used_after_fold(&s, &l.name) {
            continue;
        }
        let init = match l.value.kind {
            Kind::Text => quote!(#f: rt::SecretString::from(#f.into_string())),
            Kind::Bytes => quote!(#f: rt::SecretBox::from(#f.into_boxed_slice())),
            _ => quote!(#f),
        };
        let ty = rust_type(l.value.kind, true);
        fields.push(quote!(#f: #ty,));
        inits.push(quote!(#init,));
    }
    for (field, alg, key) in hmac_keys(&s) {
        let prepare = format_ident!("{alg}_key");
        let bytes = fold.expr(key).bytes();
        steps.push(quote!(let #field = rt::#prepare(#bytes);));
        fields.push(quote!(#field: rt::HmacKey,));
        inits.push(quote!(#field,));
    }
    // The verifier keeps its credentials only when `verify` reads one itself.
    let (keep_field, keep_init) = if reads_credentials(&s) {
        (quote!(credentials: #creds,), quote!(credentials,))
    } else {
        (quote!(), quote!())
    };
    let credentials_param = if steps.is_empty() && !reads_credentials(&s) {
        quote!(_credentials)
    } else {
        quote!(credentials)
    };

    // Per received request.
    let e = Emitter::new(&s, Ctx::Finish);
    let lets = s
        .lets
        .iter()
        .filter(|l| l.value.stage == Stage::Signed)
        .map(|l| {
            let local = ident(&l.name);
            let value = if e.is_streamed(&l.name) {
                e.message(&l.value)
            } else {
                e.expr(&l.value).into_owned()
            };
            quote!(let #local = #value;)
        });
    let check = match &wh.check {
        ir::Check::Mac {
            signature,
            received,
        } => {
            let expected = e.expr(signature).bytes();
            let (candidates, missing) = match &received.node {
                // Every entry of that name: a sender rotating its secret signs with both.
                Node::Call(Func::Kv, args) => {
                    let x = e.expr(&args[0]).text();
                    let (Node::Str(sep), Node::Str(name)) = (&args[1].node, &args[2].node) else {
                        unreachable!("validated: `kv` takes literals")
                    };
                    let missing = format!("no `{name}=` entry in {}", e.describe(&args[0]));
                    (quote!(rt::kv_all(#x, #sep, #name)), missing)
                }
                _ => {
                    let b = e.expr(received).bytes();
                    (quote!([#b]), String::new())
                }
            };
            quote!(rt::check_signature(#expected, #candidates, #missing)?;)
        }
        ir::Check::SignedBy {
            key,
            message,
            signature,
            der,
        } => {
            let f = match (key.kind, der) {
                (Kind::RsaPublicKey, _) => quote!(rsa_sha256_verify),
                (Kind::Ed25519PublicKey, _) => quote!(ed25519_verify),
                (_, false) => quote!(es256_verify),
                (_, true) => quote!(es256_der_verify),
            };
            let k = e.expr(key).by_ref();
            let m = e.expr(message).bytes();
            let sig = e.expr(signature).bytes();
            quote!(rt::#f(#k, #m, #sig)?;)
        }
    };
    let timestamp = wh.timestamp.as_ref().map(|ts| {
        let v = e.expr(&ts.value).text();
        let unit = match ts.unit {
            TimeUnit::Millis => quote!(rt::TimeUnit::Millis),
            _ => quote!(rt::TimeUnit::Seconds),
        };
        let tol = ts.tolerance_s;
        let what = e.describe(&ts.value);
        quote!(rt::check_timestamp(#v, #unit, #tol, now, #what)?;)
    });
    let now = if timestamp.is_some() {
        quote!(now)
    } else {
        quote!(_now)
    };
    let reads_headers = s
        .values()
        .any(|t| t.any(&|x| matches!(x.node, Node::Received(ir::Received::Header(_)))));
    let headers = if reads_headers {
        quote!(headers)
    } else {
        quote!(_headers)
    };
    let payload = match &wh.payload {
        Some(t) => super::types::rust_type(t),
        None => quote!(rt::serde_json::Value),
    };
    let d = doc(wh.description.as_deref());
    let new_doc = format!(
        " Prepares verification of `{}` webhooks: values that depend only on the credentials are computed once, here.",
        wh.name
    );
    let tolerance = wh.timestamp.as_ref().map_or(String::new(), |t| {
        format!(
            ", that its signed time is within {} s of `now`",
            t.tolerance_s
        )
    });
    let how = match wh.check {
        ir::Check::Mac { .. } => "compared in constant time",
        ir::Check::SignedBy { .. } => "checked with the sender's public key",
    };
    let verify_doc = format!(
        " Checks that `body` carries the sender's signature ({how}){tolerance}, then decodes it. Errors never show the signature, a secret or the body."
    );

    let names: Vec<&str> = wh.credentials.iter().map(|c| c.name.as_str()).collect();
    let reads = wh.credentials.iter().map(|c| {
        let f = field_ident(&c.name);
        let n = &c.name;
        quote!(#f: rt::credential(value, #n)?,)
    });
    quote! {
        #[doc = #cred_doc]
        #[derive(Clone, Debug)]
        pub struct #creds {
            #(#cred_fields)*
        }

        impl #creds {
            /// Reads the credentials from a JSON object of strings; unknown names are rejected.
            pub fn from_json(value: &rt::serde_json::Value) -> Result<Self, rt::Error> {
                rt::known_credentials(value, &[#(#names),*])?;
                Ok(#creds { #(#reads)* })
            }
        }

        #d
        #[derive(Debug)]
        pub struct #verifier {
            #keep_field
            #(#fields)*
        }

        impl #verifier {
            #[doc = #new_doc]
            pub fn new(#credentials_param: #creds) -> Result<Self, rt::Error> {
                #(#steps)*
                Ok(#verifier { #keep_init #(#inits)* })
            }

            #[doc = #verify_doc]
            pub fn verify<H: rt::ReceivedHeaders + ?Sized>(
                &self,
                #headers: &H,
                body: &[u8],
                #now: std::time::SystemTime,
            ) -> Result<#payload, rt::VerifyError> {
                #(#lets)*
                #check
                #timestamp
                rt::webhook_payload(body)
            }
        }
    }
}

fn example_tests(venue: &ir::Venue) -> TokenStream {
    if venue.webhook_examples.is_empty() {
        return quote!();
    }
    let tests = venue.webhook_examples.iter().map(|ex| {
        let name = ident(&ex.name);
        let source = doc(Some(&format!("Source: {}", ex.source)));
        let verifier = verifier_name(&ex.webhook);
        let creds = credentials_name(&ex.webhook);
        let given = ex.credentials.iter().map(|(k, v)| {
            let f = field_ident(k);
            quote!(#f: rt::SecretString::from(#v),)
        });
        let headers = ex.headers.iter().map(|(k, v)| quote!((#k, #v)));
        let body = &ex.body;
        let ms = ex.time_ms;
        let check = match ex.error {
            None => quote!(assert!(result.is_ok(), "{result:?}");),
            Some(f) => {
                let pat = match f {
                    VerifyFailure::BadSignature => quote!(rt::VerifyError::BadSignature),
                    VerifyFailure::Stale => quote!(rt::VerifyError::Stale { .. }),
                    VerifyFailure::MissingHeader => quote!(rt::VerifyError::MissingHeader(_)),
                    VerifyFailure::Malformed => quote!(rt::VerifyError::Malformed(_)),
                    VerifyFailure::Payload => quote!(rt::VerifyError::Payload(_)),
                };
                quote!(assert!(matches!(result, Err(#pat)), "{result:?}");)
            }
        };
        quote! {
            #source
            #[test]
            fn #name() {
                let verifier = #verifier::new(#creds { #(#given)* }).expect("example credentials are valid");
                let headers: &[(&str, &str)] = &[#(#headers),*];
                let now = std::time::UNIX_EPOCH + std::time::Duration::from_millis(#ms);
                let result = verifier.verify(headers, #body.as_bytes(), now);
                #check
            }
        }
    });
    quote! {
        #[cfg(test)]
        mod webhook_examples {
            use super::*;

            #(#tests)*
        }
    }
}
