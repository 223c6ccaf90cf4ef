//! What generated venue clients call at run time: signing primitives, request assembly,
//! transport and errors. Generated code uses `::venue_runtime as rt` and only the items
//! re-exported here (see CONTRACT.md).

mod crypto;
mod decode;
mod describe;
mod error;
mod nonces;
mod request;
mod retry;
mod text;
mod textops;
mod time;
mod trace;
mod transport;
mod value;
mod verify;

pub use secrecy::{self, ExposeSecret, SecretBox, SecretString};
pub use serde;
pub use serde_json;

pub use crate::crypto::{
    EcdsaP256Key, EcdsaP256PublicKey, Ed25519Key, Ed25519PublicKey, HmacKey, Message, RsaKey,
    RsaPublicKey, base64, base64_decode, base64url, base64url_nopad, ecdsa_p256_key,
    ecdsa_p256_public_key, ed25519_key, ed25519_public_key, ed25519_sign, es256_sign, hex,
    hex_decode, hex_upper, hmac_md5, hmac_md5_key, hmac_sha1, hmac_sha1_key, hmac_sha256,
    hmac_sha256_key, hmac_sha384, hmac_sha384_key, hmac_sha512, hmac_sha512_key, hmac_with, lower,
    md5, rsa_key, rsa_public_key, rsa_sha256_sign, sha1, sha256, sha384, sha512, upper, url_encode,
};
pub use crate::decode::{Envelope, decode};
pub use crate::describe::{
    EndpointInfo, ParamInfo, VenueInfo, choose, credential, known_credentials, optional_credential,
    params, required, to_json,
};
pub use crate::error::Error;
pub use crate::nonces::KeyId;
pub use crate::request::{
    Assembly, BaseUrl, BodyFormat, Encoding, Endpoint, Escape, Fields, Head, Header, HeaderValue,
    Method, Params, Parts, PathWriter, QueryOrder, Request, SecretSpans,
};
pub use crate::retry::{Call, RetryPolicy};
pub use crate::text::{Digest, Piece, Text};
pub use crate::textops::{
    JsonMember, TIME_DIRECTIVES, format_time, json_object, sort_query, trim, url_decode,
};
pub use crate::time::{Clock, FixedClock, NonceSource, ServerTime, Stamp, SystemClock, TimeUnit};
pub use crate::trace::{Trace, TraceValue};
pub use crate::transport::{ClientCore, ClientOptions, DEFAULT_MAX_RESPONSE_BYTES, Http};
pub use crate::value::{AsNumber, Decimal, Wire, param_text, write_json_str};
pub use crate::verify::{
    ReceivedHeaders, VerifyError, check_signature, check_timestamp, ed25519_verify,
    es256_der_verify, es256_verify, kv, kv_all, received_header, rsa_sha256_verify,
    webhook_payload,
};

/// A boxed future, for tables of async entry points.
pub type BoxFuture<'a, T> = std::pin::Pin<Box<dyn std::future::Future<Output = T> + Send + 'a>>;
