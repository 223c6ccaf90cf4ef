//! Credentials and params for the `venue` command, and static descriptions of each venue.

use serde::de::DeserializeOwned;
use serde_json::{Value as Json, json};

use crate::{Error, SecretString};

/// The string credential `name` from a JSON object of credentials.
pub fn credential(map: &Json, name: &str) -> Result<SecretString, Error> {
    let fail = |message: &str| Error::Credential {
        name: name.into(),
        message: message.into(),
    };
    let object = map
        .as_object()
        .ok_or_else(|| fail("credentials must be a JSON object"))?;
    match object.get(name) {
        Some(Json::String(value)) => Ok(SecretString::from(value.as_str())),
        // The value's type is named, never the value: it may be the secret itself.
        Some(_) => Err(fail("must be a JSON string")),
        None => Err(fail("is missing")),
    }
}

/// An optional credential: absent or `null` gives `None`.
pub fn optional_credential(map: &Json, name: &str) -> Result<Option<SecretString>, Error> {
    match map.get(name) {
        None | Some(Json::Null) => Ok(None),
        Some(_) => credential(map, name).map(Some),
    }
}

/// An optional credential (or a value folded from one) that a scheme needs.
pub fn required<'a, T: ?Sized>(value: Option<&'a T>, name: &str) -> Result<&'a T, Error> {
    value.ok_or_else(|| Error::Credential {
        name: name.into(),
        message: "is not set, and this auth scheme needs it".into(),
    })
}

/// The first scheme `can_sign` accepts; else the first one, so that signing reports which
/// credential is missing.
pub fn choose<S: Copy>(schemes: &[S], can_sign: impl Fn(S) -> bool) -> Result<S, Error> {
    schemes
        .iter()
        .copied()
        .find(|s| can_sign(*s))
        .or(schemes.first().copied())
        .ok_or_else(|| Error::Sign("no auth scheme to choose from".into()))
}

/// Rejects credential names the venue does not declare, so a typo is not silently ignored.
pub fn known_credentials(map: &Json, names: &[&str]) -> Result<(), Error> {
    let object = map.as_object().ok_or_else(|| Error::Credential {
        name: String::new(),
        message: "credentials must be a JSON object".into(),
    })?;
    match object.keys().find(|k| !names.contains(&k.as_str())) {
        Some(unknown) => Err(Error::Credential {
            name: unknown.clone(),
            message: format!(
                "is not a credential of this venue (expected: {})",
                names.join(", ")
            ),
        }),
        None => Ok(()),
    }
}

/// A typed response as JSON, for the `venue call` command.
pub fn to_json<T: serde::Serialize>(value: T) -> Result<Json, Error> {
    serde_json::to_value(value).map_err(|e| Error::Decode {
        path: String::new(),
        message: e.to_string(),
    })
}

/// Deserializes endpoint params; a failure names the offending param path.
pub fn params<T: DeserializeOwned>(params: &Json) -> Result<T, Error> {
    serde_path_to_error::deserialize(params).map_err(|e| {
        let path = e.path().to_string();
        Error::InvalidParam {
            name: if path == "." { String::new() } else { path },
            message: e.into_inner().to_string(),
        }
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VenueInfo {
    pub name: &'static str,
    /// Human-readable name; not part of `to_json`.
    pub title: &'static str,
    pub credentials: &'static [&'static str],
    pub endpoints: &'static [EndpointInfo],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EndpointInfo {
    pub name: &'static str,
    pub method: &'static str,
    pub path: &'static str,
    pub auth: &'static str,
    pub params: &'static [ParamInfo],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParamInfo {
    pub name: &'static str,
    /// `"path"`, `"query"` or `"body"`.
    pub location: &'static str,
    pub ty: &'static str,
    pub required: bool,
    /// Allowed values for enums; empty otherwise.
    pub values: &'static [&'static str],
}

impl VenueInfo {
    pub fn to_json(&self) -> Json {
        json!({
            "name": self.name,
            "credentials": self.credentials,
            "endpoints": self.endpoints.iter().map(EndpointInfo::to_json).collect::<Vec<_>>(),
        })
    }
}

impl EndpointInfo {
    pub fn to_json(&self) -> Json {
        json!({
            "name": self.name,
            "method": self.method,
            "path": self.path,
            "auth": self.auth,
            "params": self.params.iter().map(ParamInfo::to_json).collect::<Vec<_>>(),
        })
    }
}

impl ParamInfo {
    pub fn to_json(&self) -> Json {
        let mut out = json!({
            "name": self.name,
            "in": self.location,
            "type": self.ty,
            "required": self.required,
        });
        if !self.values.is_empty()
            && let Some(object) = out.as_object_mut()
        {
            object.insert("values".into(), json!(self.values));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ExposeSecret as _;

    #[test]
    fn credentials_from_a_json_object() {
        let map = json!({"api_key": "k", "api_secret": "s3cr3t", "n": 5});
        assert_eq!(credential(&map, "api_key").unwrap().expose_secret(), "k");
        let secret = credential(&map, "api_secret").unwrap();
        assert!(!format!("{secret:?}").contains("s3cr3t"));
        let err = credential(&map, "passphrase").unwrap_err();
        assert_eq!(err.to_string(), "credential `passphrase`: is missing");
        assert!(matches!(
            credential(&map, "n"),
            Err(Error::Credential { .. })
        ));
        assert!(matches!(
            credential(&json!([]), "api_key"),
            Err(Error::Credential { .. })
        ));
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct OrderParams {
        symbol: String,
        size: crate::Decimal,
    }

    #[test]
    fn params_name_the_bad_field() {
        let ok: OrderParams = params(&json!({"symbol": "BTC", "size": "0.5"})).unwrap();
        assert_eq!(ok.size.as_str(), "0.5");
        let err = params::<OrderParams>(&json!({"symbol": "BTC", "size": "1e5"})).unwrap_err();
        assert!(
            matches!(err, Error::InvalidParam { ref name, .. } if name == "size"),
            "{err:?}"
        );
        let err = params::<OrderParams>(&json!({"size": "1"})).unwrap_err();
        assert!(
            matches!(err, Error::InvalidParam { ref name, ref message } if name.is_empty() && message.contains("symbol")),
            "{err:?}"
        );
    }

    #[test]
    fn descriptors_to_json() {
        static VENUE: VenueInfo = VenueInfo {
            name: "example",
            title: "Example",
            credentials: &["api_key", "api_secret"],
            endpoints: &[EndpointInfo {
                name: "place_order",
                method: "POST",
                path: "/api/v1/orders",
                auth: "signed",
                params: &[
                    ParamInfo {
                        name: "side",
                        location: "body",
                        ty: "string",
                        required: true,
                        values: &["buy", "sell"],
                    },
                    ParamInfo {
                        name: "size",
                        location: "body",
                        ty: "decimal",
                        required: false,
                        values: &[],
                    },
                ],
            }],
        };
        assert_eq!(
            VENUE.to_json(),
            json!({
                "name": "example",
                "credentials": ["api_key", "api_secret"],
                "endpoints": [{
                    "name": "place_order", "method": "POST", "path": "/api/v1/orders", "auth": "signed",
                    "params": [
                        {"name": "side", "in": "body", "type": "string", "required": true, "values": ["buy", "sell"]},
                        {"name": "size", "in": "body", "type": "decimal", "required": false}
                    ]
                }]
            })
        );
    }
}
