//! Inbound (webhook) verification: what a generated `verify` calls to read the received
//! headers, compare signatures in constant time, check the timestamp and decode the payload.

use std::time::{SystemTime, UNIX_EPOCH};

use subtle::ConstantTimeEq;

use crate::Error;
use crate::crypto::{EcdsaP256PublicKey, Ed25519PublicKey, RsaPublicKey};
use crate::time::TimeUnit;

/// Why a received webhook was refused. Display and Debug name headers, entries and values by
/// their names only: never the signature expected, a secret, or the body.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum VerifyError {
    /// A header the recipe reads was not received.
    #[error("webhook header `{0}` is missing")]
    MissingHeader(&'static str),
    /// A received value does not have the expected shape (what is wrong, never the value).
    #[error("webhook is malformed: {0}")]
    Malformed(String),
    /// No received signature matches the one computed from the body.
    #[error("webhook signature does not match")]
    BadSignature,
    /// The signed timestamp is further from `now` than the tolerance; `age_s` is negative for
    /// a timestamp in the future.
    #[error("webhook timestamp is {} s {}, outside the {tolerance_s} s tolerance", .age_s.unsigned_abs(), if *.age_s < 0 { "ahead" } else { "old" })]
    Stale { age_s: i64, tolerance_s: u64 },
    /// The verified body is not the declared payload type. The message gives the JSON path
    /// and the position, not the text found there.
    #[error("webhook payload does not decode: {0}")]
    Payload(String),
}

// Recipe operations (`hex_decode`, ...) report by value name, never quoting their input.
impl From<Error> for VerifyError {
    fn from(err: Error) -> Self {
        match err {
            // Here `name` is a received value (`header('X-Sig')`), not a credential.
            Error::Credential { name, message } => {
                VerifyError::Malformed(format!("{name} {message}"))
            }
            other => VerifyError::Malformed(other.to_string()),
        }
    }
}

// `kv` in a request recipe reads a credential, not a received header.
impl From<VerifyError> for Error {
    fn from(err: VerifyError) -> Self {
        Error::Sign(err.to_string())
    }
}

/// The headers of a received request, looked up by name ignoring ASCII case. Implemented for
/// slices, arrays and `Vec`s of `(name, value)` pairs and for `reqwest::header::HeaderMap`.
pub trait ReceivedHeaders {
    /// The first value received under `name`, as bytes.
    fn header_bytes(&self, name: &str) -> Option<&[u8]>;
}

impl<K: AsRef<str>, V: AsRef<str>> ReceivedHeaders for [(K, V)] {
    fn header_bytes(&self, name: &str) -> Option<&[u8]> {
        self.iter()
            .find(|(k, _)| k.as_ref().eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_ref().as_bytes())
    }
}

impl<K: AsRef<str>, V: AsRef<str>, const N: usize> ReceivedHeaders for [(K, V); N] {
    fn header_bytes(&self, name: &str) -> Option<&[u8]> {
        self.as_slice().header_bytes(name)
    }
}

impl<K: AsRef<str>, V: AsRef<str>> ReceivedHeaders for Vec<(K, V)> {
    fn header_bytes(&self, name: &str) -> Option<&[u8]> {
        self.as_slice().header_bytes(name)
    }
}

impl ReceivedHeaders for reqwest::header::HeaderMap {
    fn header_bytes(&self, name: &str) -> Option<&[u8]> {
        // `HeaderMap` keys are lower case; `get` parses (and lower-cases) the name.
        self.get(name).map(reqwest::header::HeaderValue::as_bytes)
    }
}

/// The received header `name` as text: `MissingHeader` when absent, `Malformed` when it is not
/// UTF-8.
pub fn received_header<'h, H: ReceivedHeaders + ?Sized>(
    headers: &'h H,
    name: &'static str,
) -> Result<&'h str, VerifyError> {
    let bytes = headers
        .header_bytes(name)
        .ok_or(VerifyError::MissingHeader(name))?;
    std::str::from_utf8(bytes)
        .map_err(|_| VerifyError::Malformed(format!("header `{name}` is not UTF-8 text")))
}

/// The `name=value` entries of `text` separated by `sep` (whitespace around each entry
/// trimmed) whose name is `name`, as their values in order.
pub fn kv_all<'t>(
    text: &'t str,
    sep: &'static str,
    name: &'static str,
) -> impl Iterator<Item = &'t str> {
    text.split(sep).filter_map(move |entry| {
        let (k, v) = entry.trim().split_once('=')?;
        (k == name).then_some(v)
    })
}

/// The first value of entry `name` in `text` (see [`kv_all`]); `Malformed` naming `what` (the
/// value's name in the recipe) when there is none.
pub fn kv<'t>(
    text: &'t str,
    sep: &'static str,
    name: &'static str,
    what: &str,
) -> Result<&'t str, VerifyError> {
    kv_all(text, sep, name)
        .next()
        .ok_or_else(|| VerifyError::Malformed(format!("no `{name}=` entry in {what}")))
}

/// Accepts when any candidate equals `expected`, comparing each in constant time (every
/// candidate is compared, so the time does not tell which one matched). No candidates is
/// `Malformed` with the message `missing`.
pub fn check_signature<R: AsRef<[u8]>>(
    expected: &[u8],
    received: impl IntoIterator<Item = R>,
    missing: &str,
) -> Result<(), VerifyError> {
    let mut any = false;
    let mut matched = subtle::Choice::from(0);
    for candidate in received {
        any = true;
        // Lengths are public (a signature's length is fixed by its algorithm).
        matched |= expected.ct_eq(candidate.as_ref());
    }
    if !any {
        return Err(VerifyError::Malformed(missing.to_owned()));
    }
    if bool::from(matched) {
        Ok(())
    } else {
        Err(VerifyError::BadSignature)
    }
}

/// Checks an RSA PKCS#1 v1.5 SHA-256 signature of `msg`. A signature whose length is not the
/// key's modulus size is `Malformed`; one that does not verify is `BadSignature`.
pub fn rsa_sha256_verify(key: &RsaPublicKey, msg: &[u8], sig: &[u8]) -> Result<(), VerifyError> {
    use rsa::signature::Verifier as _;
    use rsa::traits::PublicKeyParts as _;
    let size = key.0.as_ref().size();
    if sig.len() != size {
        return Err(VerifyError::Malformed(format!(
            "signature is {} bytes; the key's RSA signatures are {size} bytes",
            sig.len()
        )));
    }
    let sig = rsa::pkcs1v15::Signature::try_from(sig)
        .map_err(|_| VerifyError::Malformed("signature is not an RSA signature".into()))?;
    key.0
        .verify(msg, &sig)
        .map_err(|_| VerifyError::BadSignature)
}

/// Checks an Ed25519 signature (64 bytes) of `msg`, strictly (RFC 8032 §5.1.7 plus the
/// rejection of small-order keys and non-canonical encodings).
pub fn ed25519_verify(key: &Ed25519PublicKey, msg: &[u8], sig: &[u8]) -> Result<(), VerifyError> {
    let sig = ed25519_dalek::Signature::from_slice(sig).map_err(|_| {
        VerifyError::Malformed(format!(
            "signature is {} bytes; an Ed25519 signature is 64",
            sig.len()
        ))
    })?;
    key.0
        .verify_strict(msg, &sig)
        .map_err(|_| VerifyError::BadSignature)
}

/// Checks an ECDSA P-256 SHA-256 signature of `msg` given as r ‖ s (64 bytes, JWS ES256).
pub fn es256_verify(key: &EcdsaP256PublicKey, msg: &[u8], sig: &[u8]) -> Result<(), VerifyError> {
    if sig.len() != 64 {
        return Err(VerifyError::Malformed(format!(
            "signature is {} bytes; an ES256 signature (r ‖ s) is 64",
            sig.len()
        )));
    }
    let sig = p256::ecdsa::Signature::from_slice(sig)
        .map_err(|_| VerifyError::Malformed("signature's r or s is out of range".into()))?;
    es256_check(key, msg, &sig)
}

/// Checks an ECDSA P-256 SHA-256 signature of `msg` given as a DER `SEQUENCE { r, s }`.
pub fn es256_der_verify(
    key: &EcdsaP256PublicKey,
    msg: &[u8],
    sig: &[u8],
) -> Result<(), VerifyError> {
    let sig = p256::ecdsa::Signature::from_der(sig)
        .map_err(|_| VerifyError::Malformed("signature is not a DER ECDSA signature".into()))?;
    es256_check(key, msg, &sig)
}

fn es256_check(
    key: &EcdsaP256PublicKey,
    msg: &[u8],
    sig: &p256::ecdsa::Signature,
) -> Result<(), VerifyError> {
    use p256::ecdsa::signature::Verifier as _;
    key.0
        .verify(msg, sig)
        .map_err(|_| VerifyError::BadSignature)
}

/// Checks that the signed time `value` (decimal digits, in `unit`) is within `tolerance_s`
/// seconds of `now`, either side, both ends included.
pub fn check_timestamp(
    value: &str,
    unit: TimeUnit,
    tolerance_s: u64,
    now: SystemTime,
    what: &str,
) -> Result<(), VerifyError> {
    let bad = || VerifyError::Malformed(format!("timestamp {what} is not a whole number"));
    let trimmed = value.trim();
    if trimmed.is_empty() || !trimmed.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let n: i128 = trimmed.parse().map_err(|_| bad())?;
    let signed_ms: i128 = match unit {
        TimeUnit::Seconds => n * 1000,
        TimeUnit::Millis => n,
        TimeUnit::Micros => n / 1000,
        TimeUnit::Nanos => n / 1_000_000,
    };
    let now_ms: i128 = match now.duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_millis() as i128,
        Err(e) => -(e.duration().as_millis() as i128),
    };
    let age_ms = now_ms - signed_ms;
    if age_ms.unsigned_abs() <= u128::from(tolerance_s) * 1000 {
        return Ok(());
    }
    // Whole seconds, rounded away from zero so a refused age never reads as the tolerance.
    let age_s = age_ms.signum() * ((age_ms.abs() + 999) / 1000);
    Err(VerifyError::Stale {
        age_s: i64::try_from(age_s).unwrap_or(if age_s < 0 { i64::MIN } else { i64::MAX }),
        tolerance_s,
    })
}

/// Decodes a verified body as `T` (JSON). The error gives the path and position only.
pub fn webhook_payload<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, VerifyError> {
    let described = |path: String, inner: &serde_json::Error| {
        let what = match inner.classify() {
            serde_json::error::Category::Io => "cannot be read",
            serde_json::error::Category::Syntax => "is not valid JSON",
            serde_json::error::Category::Data => "does not have the declared shape",
            serde_json::error::Category::Eof => "ends early",
        };
        let at = if path == "." || path.is_empty() {
            String::new()
        } else {
            format!(" at `{path}`")
        };
        VerifyError::Payload(format!(
            "body {what}{at} (line {}, column {})",
            inner.line(),
            inner.column()
        ))
    };
    let mut de = serde_json::Deserializer::from_slice(body);
    let value = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| described(e.path().to_string(), e.inner()))?;
    de.end().map_err(|e| described(String::new(), &e))?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn at(s: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(s)
    }

    #[test]
    fn kv_trims_entries_and_keeps_every_match() {
        let h = "t=1, v1=aa ,v0=zz,v1=bb,junk";
        assert_eq!(kv(h, ",", "t", "sig"), Ok("1"));
        assert_eq!(kv_all(h, ",", "v1").collect::<Vec<_>>(), ["aa", "bb"]);
        assert_eq!(
            kv(h, ",", "v2", "`sig`").unwrap_err().to_string(),
            "webhook is malformed: no `v2=` entry in `sig`"
        );
    }

    #[test]
    fn any_candidate_may_match() {
        assert_eq!(check_signature(b"ab", ["xy", "ab"], "s"), Ok(()));
        assert_eq!(
            check_signature(b"ab", ["xy", "abc"], "s"),
            Err(VerifyError::BadSignature)
        );
        assert_eq!(
            check_signature(b"ab", [""; 0], "no `v1=` entry"),
            Err(VerifyError::Malformed("no `v1=` entry".into()))
        );
    }

    #[test]
    fn tolerance_includes_its_ends() {
        let ok = |t: &str, now| check_timestamp(t, TimeUnit::Seconds, 300, at(now), "t");
        assert_eq!(ok("1000", 1300), Ok(()));
        assert_eq!(ok("1000", 700), Ok(()));
        assert_eq!(
            ok("1000", 1301),
            Err(VerifyError::Stale {
                age_s: 301,
                tolerance_s: 300
            })
        );
        assert_eq!(
            ok("1000", 699).unwrap_err().to_string(),
            "webhook timestamp is 301 s ahead, outside the 300 s tolerance"
        );
        assert!(matches!(ok("1e3", 1000), Err(VerifyError::Malformed(_))));
        assert_eq!(
            check_timestamp("1000500", TimeUnit::Millis, 1, at(1001), "t"),
            Ok(())
        );
    }

    #[test]
    fn headers_ignore_case() {
        let pairs = [("X-Signature", "x")];
        assert_eq!(received_header(&pairs, "x-signature"), Ok("x"));
        let owned = vec![("a".to_owned(), "b".to_owned())];
        assert_eq!(received_header(&owned, "A"), Ok("b"));
        assert_eq!(
            received_header(&owned, "Sign"),
            Err(VerifyError::MissingHeader("Sign"))
        );
        let mut map = reqwest::header::HeaderMap::new();
        map.insert("x-hook-signature", "s".parse().unwrap());
        assert_eq!(received_header(&map, "X-Hook-Signature"), Ok("s"));
    }

    #[test]
    fn payload_errors_quote_nothing_from_the_body() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct P {
            id: u64,
        }
        let err = webhook_payload::<P>(br#"{"id":"topsecretvalue"}"#).unwrap_err();
        let shown = format!("{err} {err:?}");
        assert!(!shown.contains("topsecretvalue"), "{shown}");
        assert!(shown.contains("at `id`"), "{shown}");
        assert!(webhook_payload::<P>(br#"{"id":1} x"#).is_err());
    }

    // RFC 8032 §7.1 TEST 1: the public key and the signature of the empty message.
    const RFC8032_PUBLIC: &str = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    const RFC8032_SIG: &str = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";
    // The same key as SPKI (RFC 8410: a fixed 12-byte prefix, then the key).
    const RFC8032_SPKI: &str = "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\n-----END PUBLIC KEY-----";

    fn unhex(s: &str) -> Vec<u8> {
        ::hex::decode(s).unwrap()
    }

    #[test]
    fn rfc8032_test1_verifies_from_hex_base64_and_pem() {
        use base64::Engine as _;
        let b64 = base64::engine::general_purpose::STANDARD.encode(unhex(RFC8032_PUBLIC));
        let sig = unhex(RFC8032_SIG);
        for text in [RFC8032_PUBLIC, &b64, RFC8032_SPKI] {
            let key = crate::ed25519_public_key(text, "k").unwrap();
            assert_eq!(ed25519_verify(&key, b"", &sig), Ok(()));
            assert_eq!(
                ed25519_verify(&key, b"x", &sig),
                Err(VerifyError::BadSignature)
            );
        }
        let key = crate::ed25519_public_key(RFC8032_PUBLIC, "k").unwrap();
        let mut flipped = sig.clone();
        flipped[0] ^= 1;
        assert_eq!(
            ed25519_verify(&key, b"", &flipped),
            Err(VerifyError::BadSignature)
        );
        assert!(matches!(
            ed25519_verify(&key, b"", &sig[..63]),
            Err(VerifyError::Malformed(_))
        ));
        assert_eq!(format!("{key:?}"), "Ed25519PublicKey(..)");
        let err = crate::ed25519_public_key(&RFC8032_PUBLIC[..62], "platform_key").unwrap_err();
        assert!(err.to_string().contains("platform_key"), "{err}");
    }

    // RFC 7515 Appendix A.3: the JWS signing input and the published ES256 signature; the
    // SPKI PEM was written from the JWK (x, y) with `openssl ec -pubout`.
    const A3_SIGNING_INPUT: &[u8] = b"eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";
    const A3_SIGNATURE: &str =
        "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";
    const A3_SPKI: &str = "-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEf83OJ3D2xF1Bg8vub9tLe1gHMzV7
6e8Tus9uPHvRVEXH8UTNG72bfocs3+257rn0s2ldbqkLJK2KRiMohYjlrQ==
-----END PUBLIC KEY-----";

    /// r ‖ s as DER `SEQUENCE { INTEGER r, INTEGER s }`, written out by hand.
    fn der(raw: &[u8]) -> Vec<u8> {
        let int = |x: &[u8]| {
            let x = &x[x.iter().position(|b| *b != 0).unwrap_or(x.len() - 1)..];
            let pad = x[0] & 0x80 != 0;
            let mut out = vec![0x02, (x.len() + usize::from(pad)) as u8];
            if pad {
                out.push(0);
            }
            out.extend_from_slice(x);
            out
        };
        let body = [int(&raw[..32]), int(&raw[32..])].concat();
        [vec![0x30, body.len() as u8], body].concat()
    }

    #[test]
    fn rfc7515_a3_es256_verifies_raw_and_der() {
        use base64::Engine as _;
        let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(A3_SIGNATURE)
            .unwrap();
        let key = crate::ecdsa_p256_public_key(A3_SPKI, "k").unwrap();
        assert_eq!(es256_verify(&key, A3_SIGNING_INPUT, &raw), Ok(()));
        assert_eq!(
            es256_verify(&key, b"another message", &raw),
            Err(VerifyError::BadSignature)
        );
        assert_eq!(es256_der_verify(&key, A3_SIGNING_INPUT, &der(&raw)), Ok(()));
        assert_eq!(
            es256_der_verify(&key, b"another message", &der(&raw)),
            Err(VerifyError::BadSignature)
        );
        // Each encoding is refused where the other is expected.
        assert!(matches!(
            es256_verify(&key, A3_SIGNING_INPUT, &der(&raw)),
            Err(VerifyError::Malformed(_))
        ));
        assert!(matches!(
            es256_der_verify(&key, A3_SIGNING_INPUT, &raw),
            Err(VerifyError::Malformed(_))
        ));
        // The SEC1 point (0x04 ‖ x ‖ y from the JWK) as hex names the same key.
        let point = "047fcdce2770f6c45d4183cbee6fdb4b7b580733357be9ef13bacf6e3c7bd15445c7f144cd1bbd9b7e872cdfedb9eeb9f4b3695d6ea90b24ad8a4623288588e5ad";
        let key = crate::ecdsa_p256_public_key(point, "k").unwrap();
        assert_eq!(es256_verify(&key, A3_SIGNING_INPUT, &raw), Ok(()));
        assert_eq!(format!("{key:?}"), "EcdsaP256PublicKey(..)");
    }

    #[test]
    fn rsa_sha256_verify_checks_length_then_signature() {
        use rsa::pkcs1::EncodeRsaPublicKey as _;
        use rsa::pkcs8::{EncodePublicKey as _, LineEnding};
        use rsa::signature::{SignatureEncoding as _, Signer as _};
        let private = rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 1024).unwrap();
        let signer = rsa::pkcs1v15::SigningKey::<sha2::Sha256>::new(private.clone());
        let msg = b"1700000000000\nnonce\n{}\n";
        let sig = signer.sign(msg).to_vec();
        let public = private.to_public_key();
        let spki = public.to_public_key_pem(LineEnding::LF).unwrap();
        let pkcs1 = public.to_pkcs1_pem(LineEnding::LF).unwrap();
        let bare: String = spki.lines().filter(|l| !l.starts_with("-----")).collect();
        for pem in [spki.clone(), pkcs1, bare, spki.replace('\n', "\\n")] {
            let key = crate::rsa_public_key(&pem, "k").unwrap();
            assert_eq!(rsa_sha256_verify(&key, msg, &sig), Ok(()));
            assert_eq!(
                rsa_sha256_verify(&key, b"1700000000000\nnonce\n{ }\n", &sig),
                Err(VerifyError::BadSignature)
            );
        }
        let key = crate::rsa_public_key(&spki, "k").unwrap();
        assert_eq!(
            rsa_sha256_verify(&key, msg, &sig[1..])
                .unwrap_err()
                .to_string(),
            "webhook is malformed: signature is 127 bytes; the key's RSA signatures are 128 bytes"
        );
        let err = crate::rsa_public_key("not a key", "platform_key").unwrap_err();
        assert!(err.to_string().contains("platform_key"), "{err}");
        assert_eq!(format!("{key:?}"), "RsaPublicKey(..)");
    }

    #[test]
    fn decoding_a_received_value_is_malformed_naming_it_only() {
        let err: VerifyError = crate::base64_decode(b"%%topsecret%%", "header('X-Sig')")
            .unwrap_err()
            .into();
        assert_eq!(
            err.to_string(),
            "webhook is malformed: header('X-Sig') is not valid base64"
        );
    }
}
