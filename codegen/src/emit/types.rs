//! Response and parameter types: structs and enums declared in the spec.

use proc_macro2::TokenStream;
use quote::quote;

use super::doc;
use super::names::{field_ident, field_ident_text, ident, pascal, type_ident};
use crate::ir::{self, TypeRef};

pub fn rust_type(ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::String => quote!(String),
        TypeRef::Integer => quote!(i64),
        TypeRef::Decimal => quote!(rt::Decimal),
        TypeRef::Bool => quote!(bool),
        TypeRef::Json => quote!(rt::serde_json::Value),
        TypeRef::Named(n) => {
            let t = type_ident(n);
            quote!(#t)
        }
        TypeRef::List(inner) => {
            let t = rust_type(inner);
            quote!(Vec<#t>)
        }
        TypeRef::Map(inner) => {
            let t = rust_type(inner);
            quote!(std::collections::BTreeMap<String, #t>)
        }
    }
}

/// `#[serde(rename = "...")]` when the Rust name differs from the wire name.
pub fn rename(wire: &str) -> TokenStream {
    if field_ident_text(wire) == wire {
        quote!()
    } else {
        quote!(#[serde(rename = #wire)])
    }
}

pub fn type_def(def: &ir::TypeDef) -> TokenStream {
    match def {
        ir::TypeDef::Struct {
            name,
            description,
            fields,
        } => struct_def(name, description.as_deref(), fields),
        ir::TypeDef::Enum {
            name,
            description,
            values,
        } => enum_def(name, description.as_deref(), values),
    }
}

fn struct_def(name: &str, description: Option<&str>, fields: &[ir::Field]) -> TokenStream {
    let t = type_ident(name);
    let d = doc(description);
    let fields = fields.iter().map(|f| {
        let id = field_ident(&f.wire);
        let ren = rename(&f.wire);
        let d = doc(f.description.as_deref());
        let ty = rust_type(&f.ty);
        if f.optional {
            quote!(#d #ren #[serde(default, skip_serializing_if = "Option::is_none")] pub #id: Option<#ty>,)
        } else {
            quote!(#d #ren pub #id: #ty,)
        }
    });
    quote! {
        #d
        #[derive(Clone, Debug, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
        #[serde(crate = "rt::serde")]
        pub struct #t {
            #(#fields)*
        }
    }
}

pub fn enum_def(name: &str, description: Option<&str>, values: &[String]) -> TokenStream {
    let t = ident(&pascal(name));
    let d = doc(description);
    let variants: Vec<_> = values.iter().map(|v| ident(&pascal(v))).collect();
    let decls = values
        .iter()
        .zip(&variants)
        .map(|(v, id)| quote!(#[serde(rename = #v)] #id,));
    let arms = values
        .iter()
        .zip(&variants)
        .map(|(v, id)| quote!(#t::#id => #v,));
    quote! {
        #d
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, rt::serde::Serialize, rt::serde::Deserialize)]
        #[serde(crate = "rt::serde")]
        pub enum #t {
            #(#decls)*
        }

        impl #t {
            /// The value as sent on the wire.
            pub fn as_str(self) -> &'static str {
                match self {
                    #(#arms)*
                }
            }
        }

        impl std::fmt::Display for #t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        rt::wire_enum!(#t);
    }
}
