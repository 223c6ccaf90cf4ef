//! Digest, MAC, encoding and signature primitives that signing code composes.

use std::fmt;

use base64::Engine as _;
use base64::engine::Config as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE};
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use ed25519_dalek::Signer as _;
use ed25519_dalek::pkcs8::DecodePrivateKey as _;
use hmac::{Hmac, Mac};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC};
use rsa::pkcs1::DecodeRsaPrivateKey as _;
use rsa::signature::SignatureEncoding as _;

use crate::Error;
use crate::text::{Digest, Piece, Text};

/// RFC 3986 unreserved characters stay; everything else is percent-encoded.
pub(crate) const RFC3986: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

pub fn sha1(data: impl Message) -> Digest {
    digest::<sha1::Sha1>(data)
}

pub fn sha256(data: impl Message) -> Digest {
    digest::<sha2::Sha256>(data)
}

pub fn sha384(data: impl Message) -> Digest {
    digest::<sha2::Sha384>(data)
}

pub fn sha512(data: impl Message) -> Digest {
    digest::<sha2::Sha512>(data)
}

pub fn md5(data: impl Message) -> Digest {
    digest::<md5::Md5>(data)
}

/// What a hash or MAC reads: bytes, or the pieces of a concatenation fed one after another
/// (so a pre-hash is never copied into a buffer of its own).
pub trait Message {
    fn feed(&self, f: &mut dyn FnMut(&[u8]));
}

impl Message for [u8] {
    fn feed(&self, f: &mut dyn FnMut(&[u8])) {
        f(self)
    }
}

impl<const N: usize> Message for [u8; N] {
    fn feed(&self, f: &mut dyn FnMut(&[u8])) {
        f(self)
    }
}

impl Message for str {
    fn feed(&self, f: &mut dyn FnMut(&[u8])) {
        f(self.as_bytes())
    }
}

impl<const N: usize> Message for [&dyn Piece; N] {
    fn feed(&self, f: &mut dyn FnMut(&[u8])) {
        self.iter().for_each(|p| p.feed(f))
    }
}

impl<const N: usize> Message for [&[u8]; N] {
    fn feed(&self, f: &mut dyn FnMut(&[u8])) {
        self.iter().for_each(|p| f(p))
    }
}

impl<T: Message + ?Sized> Message for &T {
    fn feed(&self, f: &mut dyn FnMut(&[u8])) {
        (**self).feed(f)
    }
}

fn digest<D: sha2::Digest>(data: impl Message) -> Digest {
    let mut hasher = D::new();
    data.feed(&mut |bytes| hasher.update(bytes));
    Digest::from_slice(&hasher.finalize())
}

fn hmac<M: Mac + hmac::digest::KeyInit>(key: &[u8], msg: impl Message) -> Digest {
    // HMAC hashes or pads keys of any length, so this constructor cannot fail.
    let mut mac =
        <M as hmac::digest::KeyInit>::new_from_slice(key).expect("HMAC accepts keys of any length");
    msg.feed(&mut |bytes| mac.update(bytes));
    Digest::from_slice(&mac.finalize().into_bytes())
}

/// An HMAC whose key schedule is computed once (when a client is built) and cloned for each
/// message, for keys that depend only on credentials.
#[derive(Clone)]
pub struct HmacKey(Keyed);

#[derive(Clone)]
enum Keyed {
    Sha1(Hmac<sha1::Sha1>),
    Sha256(Hmac<sha2::Sha256>),
    Sha384(Hmac<sha2::Sha384>),
    Sha512(Hmac<sha2::Sha512>),
    Md5(Hmac<md5::Md5>),
}

// The keyed state is derived from a secret.
impl std::fmt::Debug for HmacKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("HmacKey(..)")
    }
}

fn keyed<M: Mac + hmac::digest::KeyInit>(key: &[u8]) -> M {
    // HMAC hashes or pads keys of any length, so this constructor cannot fail.
    <M as hmac::digest::KeyInit>::new_from_slice(key).expect("HMAC accepts keys of any length")
}

pub fn hmac_sha1_key(key: &[u8]) -> HmacKey {
    HmacKey(Keyed::Sha1(keyed(key)))
}

pub fn hmac_sha256_key(key: &[u8]) -> HmacKey {
    HmacKey(Keyed::Sha256(keyed(key)))
}

pub fn hmac_sha384_key(key: &[u8]) -> HmacKey {
    HmacKey(Keyed::Sha384(keyed(key)))
}

pub fn hmac_sha512_key(key: &[u8]) -> HmacKey {
    HmacKey(Keyed::Sha512(keyed(key)))
}

pub fn hmac_md5_key(key: &[u8]) -> HmacKey {
    HmacKey(Keyed::Md5(keyed(key)))
}

/// The HMAC of `msg` under a key prepared with `hmac_*_key`.
pub fn hmac_with(key: &HmacKey, msg: impl Message) -> Digest {
    fn run<M: Mac + Clone>(mac: &M, msg: impl Message) -> Digest {
        let mut mac = mac.clone();
        msg.feed(&mut |bytes| mac.update(bytes));
        Digest::from_slice(&mac.finalize().into_bytes())
    }
    match &key.0 {
        Keyed::Sha1(m) => run(m, msg),
        Keyed::Sha256(m) => run(m, msg),
        Keyed::Sha384(m) => run(m, msg),
        Keyed::Sha512(m) => run(m, msg),
        Keyed::Md5(m) => run(m, msg),
    }
}

pub fn hmac_sha1(key: &[u8], msg: impl Message) -> Digest {
    hmac::<Hmac<sha1::Sha1>>(key, msg)
}

pub fn hmac_sha256(key: &[u8], msg: impl Message) -> Digest {
    hmac::<Hmac<sha2::Sha256>>(key, msg)
}

pub fn hmac_sha384(key: &[u8], msg: impl Message) -> Digest {
    hmac::<Hmac<sha2::Sha384>>(key, msg)
}

pub fn hmac_sha512(key: &[u8], msg: impl Message) -> Digest {
    hmac::<Hmac<sha2::Sha512>>(key, msg)
}

pub fn hmac_md5(key: &[u8], msg: impl Message) -> Digest {
    hmac::<Hmac<md5::Md5>>(key, msg)
}

fn hex_with(data: &[u8], digits: &[u8; 16]) -> Text {
    Text::from_ascii(2 * data.len(), |out| {
        for (pair, byte) in out.chunks_exact_mut(2).zip(data) {
            pair[0] = digits[usize::from(byte >> 4)];
            pair[1] = digits[usize::from(byte & 0xf)];
        }
    })
}

/// Lower-case hex.
pub fn hex(data: &[u8]) -> Text {
    hex_with(data, b"0123456789abcdef")
}

pub fn hex_upper(data: &[u8]) -> Text {
    hex_with(data, b"0123456789ABCDEF")
}

fn base64_with(data: &[u8], engine: &GeneralPurpose) -> Text {
    // Exactly the encoded length: a padded one is a multiple of 4, an unpadded one is not.
    let len = base64::encoded_len(data.len(), engine.config().encode_padding()).unwrap_or(0);
    Text::from_ascii(len, |out| {
        let _ = engine.encode_slice(data, out);
    })
}

/// Standard alphabet, padded.
pub fn base64(data: &[u8]) -> Text {
    base64_with(data, &STANDARD)
}

/// URL-safe alphabet, padded.
pub fn base64url(data: &[u8]) -> Text {
    base64_with(data, &URL_SAFE)
}

/// URL-safe alphabet without padding, as JWS and JWT use it.
pub fn base64url_nopad(data: &[u8]) -> Text {
    base64_with(data, &base64::engine::general_purpose::URL_SAFE_NO_PAD)
}

// Secrets get pasted with or without padding; accepting both costs nothing.
const LENIENT: GeneralPurposeConfig =
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent);
const STANDARD_LENIENT: GeneralPurpose = GeneralPurpose::new(&base64::alphabet::STANDARD, LENIENT);
const URL_SAFE_LENIENT: GeneralPurpose = GeneralPurpose::new(&base64::alphabet::URL_SAFE, LENIENT);

/// Decodes base64 (standard or URL-safe, padding optional, surrounding whitespace ignored).
/// The error never quotes the input: the library's messages name offending bytes.
pub fn base64_decode(text: &[u8], what: &str) -> Result<Vec<u8>, Error> {
    let text = text.trim_ascii();
    STANDARD_LENIENT
        .decode(text)
        .or_else(|_| URL_SAFE_LENIENT.decode(text))
        .map_err(|_| credential_error(what, "is not valid base64"))
}

/// Decodes hex (either case, surrounding whitespace ignored); the error never quotes the input.
pub fn hex_decode(text: &[u8], what: &str) -> Result<Vec<u8>, Error> {
    ::hex::decode(text.trim_ascii()).map_err(|_| credential_error(what, "is not valid hex"))
}

fn credential_error(what: &str, message: &str) -> Error {
    Error::Credential {
        name: what.into(),
        message: message.into(),
    }
}

/// RFC 3986: keeps `A-Za-z0-9-._~`, percent-encodes everything else with upper-case hex.
pub fn url_encode(data: &[u8]) -> Text {
    let mut out = Text::new();
    percent_encoding::percent_encode(data, RFC3986).for_each(|chunk| out.push_str(chunk));
    out
}

pub fn upper(text: &str) -> Text {
    Text::from(text.to_uppercase())
}

pub fn lower(text: &str) -> Text {
    Text::from(text.to_lowercase())
}

/// An Ed25519 signing key; zeroised on drop by `ed25519-dalek`.
#[derive(Clone)]
pub struct Ed25519Key(ed25519_dalek::SigningKey);

impl fmt::Debug for Ed25519Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Ed25519Key(..)")
    }
}

/// Accepts a PKCS#8 PEM private key, or hex / base64 of a 32-byte seed
/// (a 64-byte seed-plus-public-key pair is accepted too and checked for consistency).
pub fn ed25519_key(text: &str, what: &str) -> Result<Ed25519Key, Error> {
    let text = text.trim();
    if text.starts_with("-----BEGIN") {
        let pem = unescape_newlines(text);
        return ed25519_dalek::SigningKey::from_pkcs8_pem(&pem)
            .map(Ed25519Key)
            .map_err(|_| credential_error(what, "is not a valid PKCS#8 Ed25519 private key PEM"));
    }
    let is_hex =
        (text.len() == 64 || text.len() == 128) && text.bytes().all(|b| b.is_ascii_hexdigit());
    let mut bytes = if is_hex {
        hex_decode(text.as_bytes(), what)?
    } else {
        base64_decode(text.as_bytes(), what).map_err(|_| {
            credential_error(
                what,
                "is neither PKCS#8 PEM nor hex/base64 of a 32-byte Ed25519 seed",
            )
        })?
    };
    let key = match bytes.len() {
        32 => {
            let mut seed = [0u8; 32];
            seed.copy_from_slice(&bytes);
            let key = ed25519_dalek::SigningKey::from_bytes(&seed);
            seed.fill(0);
            Ok(Ed25519Key(key))
        }
        64 => {
            let mut pair = [0u8; 64];
            pair.copy_from_slice(&bytes);
            let key = ed25519_dalek::SigningKey::from_keypair_bytes(&pair);
            pair.fill(0);
            key.map(Ed25519Key).map_err(|_| {
                credential_error(
                    what,
                    "is a 64-byte key pair whose public half does not match its seed",
                )
            })
        }
        n => Err(credential_error(
            what,
            &format!("decodes to {n} bytes; an Ed25519 seed is 32 bytes"),
        )),
    };
    bytes.fill(0);
    key
}

/// The 64-byte Ed25519 signature of `msg`.
pub fn ed25519_sign(key: &Ed25519Key, msg: &[u8]) -> Vec<u8> {
    key.0.sign(msg).to_bytes().to_vec()
}

/// An RSA private key for PKCS#1 v1.5 SHA-256 signatures.
#[derive(Clone)]
pub struct RsaKey(rsa::pkcs1v15::SigningKey<sha2::Sha256>);

impl fmt::Debug for RsaKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RsaKey(..)")
    }
}

/// Accepts PKCS#8 (`BEGIN PRIVATE KEY`) or PKCS#1 (`BEGIN RSA PRIVATE KEY`) PEM.
pub fn rsa_key(pem: &str, what: &str) -> Result<RsaKey, Error> {
    let pem = unescape_newlines(pem.trim());
    let key = if pem.starts_with("-----BEGIN RSA PRIVATE KEY-----") {
        rsa::RsaPrivateKey::from_pkcs1_pem(&pem)
            .map_err(|_| credential_error(what, "is not a valid PKCS#1 RSA private key PEM"))?
    } else if pem.starts_with("-----BEGIN PRIVATE KEY-----") {
        <rsa::RsaPrivateKey as rsa::pkcs8::DecodePrivateKey>::from_pkcs8_pem(&pem)
            .map_err(|_| credential_error(what, "is not a valid PKCS#8 RSA private key PEM"))?
    } else {
        return Err(credential_error(
            what,
            "is not an RSA private key PEM (expected BEGIN PRIVATE KEY or BEGIN RSA PRIVATE KEY)",
        ));
    };
    Ok(RsaKey(rsa::pkcs1v15::SigningKey::new(key)))
}

/// PKCS#1 v1.5 signature over SHA-256 of `msg`.
pub fn rsa_sha256_sign(key: &RsaKey, msg: &[u8]) -> Result<Vec<u8>, Error> {
    key.0
        .try_sign(msg)
        .map(|sig| sig.to_vec())
        .map_err(|_| Error::Sign("RSA PKCS#1 v1.5 SHA-256 signing failed".into()))
}

/// An ECDSA P-256 private key for ES256 signatures.
#[derive(Clone)]
pub struct EcdsaP256Key(p256::ecdsa::SigningKey);

impl fmt::Debug for EcdsaP256Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EcdsaP256Key(..)")
    }
}

/// Accepts PKCS#8 (`BEGIN PRIVATE KEY`) or SEC1 (`BEGIN EC PRIVATE KEY`) PEM.
pub fn ecdsa_p256_key(pem: &str, what: &str) -> Result<EcdsaP256Key, Error> {
    use p256::pkcs8::DecodePrivateKey as _;
    let pem = unescape_newlines(pem.trim());
    let key = if pem.starts_with("-----BEGIN EC PRIVATE KEY-----") {
        p256::SecretKey::from_sec1_pem(&pem)
            .map_err(|_| credential_error(what, "is not a valid SEC1 P-256 private key PEM"))?
    } else if pem.starts_with("-----BEGIN PRIVATE KEY-----") {
        p256::SecretKey::from_pkcs8_pem(&pem)
            .map_err(|_| credential_error(what, "is not a valid PKCS#8 P-256 private key PEM"))?
    } else {
        return Err(credential_error(
            what,
            "is not a P-256 private key PEM (expected BEGIN PRIVATE KEY or BEGIN EC PRIVATE KEY)",
        ));
    };
    Ok(EcdsaP256Key(key.into()))
}

/// ECDSA P-256 over SHA-256 of `msg`, as JWS wants it: r ‖ s, 64 bytes (not DER). The nonce
/// is derived from the key and message (RFC 6979), so the same input signs the same way.
pub fn es256_sign(key: &EcdsaP256Key, msg: &[u8]) -> Vec<u8> {
    let sig: p256::ecdsa::Signature = key.0.sign(msg);
    sig.to_bytes().to_vec()
}

/// An RSA public key for checking PKCS#1 v1.5 SHA-256 signatures.
#[derive(Clone)]
pub struct RsaPublicKey(pub(crate) rsa::pkcs1v15::VerifyingKey<sha2::Sha256>);

// Public, but a key's bytes in every Debug of the verifier would only be noise.
impl fmt::Debug for RsaPublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RsaPublicKey(..)")
    }
}

/// Accepts SPKI (`BEGIN PUBLIC KEY`) or PKCS#1 (`BEGIN RSA PUBLIC KEY`) PEM, or base64 of the
/// SPKI DER (as some gateways publish it, without the PEM lines).
pub fn rsa_public_key(pem: &str, what: &str) -> Result<RsaPublicKey, Error> {
    use rsa::pkcs1::DecodeRsaPublicKey as _;
    use rsa::pkcs8::DecodePublicKey as _;
    let pem = unescape_newlines(pem.trim());
    let key = if pem.starts_with("-----BEGIN RSA PUBLIC KEY-----") {
        rsa::RsaPublicKey::from_pkcs1_pem(&pem)
            .map_err(|_| credential_error(what, "is not a valid PKCS#1 RSA public key PEM"))?
    } else if pem.starts_with("-----BEGIN PUBLIC KEY-----") {
        rsa::RsaPublicKey::from_public_key_pem(&pem)
            .map_err(|_| credential_error(what, "is not a valid SPKI RSA public key PEM"))?
    } else {
        let der = base64_decode(pem.as_bytes(), what).map_err(|_| {
            credential_error(
                what,
                "is not an RSA public key (expected BEGIN PUBLIC KEY or BEGIN RSA PUBLIC KEY PEM, or base64 of SPKI DER)",
            )
        })?;
        rsa::RsaPublicKey::from_public_key_der(&der)
            .map_err(|_| credential_error(what, "is not base64 of an SPKI RSA public key"))?
    };
    Ok(RsaPublicKey(rsa::pkcs1v15::VerifyingKey::new(key)))
}

/// An Ed25519 public key.
#[derive(Clone)]
pub struct Ed25519PublicKey(pub(crate) ed25519_dalek::VerifyingKey);

// Public, but a key's bytes in every Debug of the verifier would only be noise.
impl fmt::Debug for Ed25519PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Ed25519PublicKey(..)")
    }
}

/// Accepts SPKI PEM (`BEGIN PUBLIC KEY`), or hex / base64 of the 32-byte key.
pub fn ed25519_public_key(text: &str, what: &str) -> Result<Ed25519PublicKey, Error> {
    use ed25519_dalek::pkcs8::DecodePublicKey as _;
    let text = unescape_newlines(text.trim());
    if text.starts_with("-----BEGIN") {
        return ed25519_dalek::VerifyingKey::from_public_key_pem(&text)
            .map(Ed25519PublicKey)
            .map_err(|_| credential_error(what, "is not a valid SPKI Ed25519 public key PEM"));
    }
    let bytes = if text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit()) {
        hex_decode(text.as_bytes(), what)?
    } else {
        base64_decode(text.as_bytes(), what).map_err(|_| {
            credential_error(
                what,
                "is neither SPKI PEM nor hex/base64 of a 32-byte Ed25519 public key",
            )
        })?
    };
    let raw: [u8; 32] = bytes.as_slice().try_into().map_err(|_| {
        credential_error(
            what,
            &format!(
                "decodes to {} bytes; an Ed25519 public key is 32 bytes",
                bytes.len()
            ),
        )
    })?;
    ed25519_dalek::VerifyingKey::from_bytes(&raw)
        .map(Ed25519PublicKey)
        .map_err(|_| credential_error(what, "is not a point on the Ed25519 curve"))
}

/// An ECDSA P-256 public key.
#[derive(Clone)]
pub struct EcdsaP256PublicKey(pub(crate) p256::ecdsa::VerifyingKey);

// Public, but a key's bytes in every Debug of the verifier would only be noise.
impl fmt::Debug for EcdsaP256PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EcdsaP256PublicKey(..)")
    }
}

/// Accepts SPKI PEM (`BEGIN PUBLIC KEY`), or hex / base64 of the SEC1 point (65 bytes
/// uncompressed or 33 compressed).
pub fn ecdsa_p256_public_key(text: &str, what: &str) -> Result<EcdsaP256PublicKey, Error> {
    use p256::pkcs8::DecodePublicKey as _;
    let text = unescape_newlines(text.trim());
    if text.starts_with("-----BEGIN") {
        return p256::ecdsa::VerifyingKey::from_public_key_pem(&text)
            .map(EcdsaP256PublicKey)
            .map_err(|_| credential_error(what, "is not a valid SPKI P-256 public key PEM"));
    }
    let is_hex = matches!(text.len(), 66 | 130) && text.bytes().all(|b| b.is_ascii_hexdigit());
    let bytes = if is_hex {
        hex_decode(text.as_bytes(), what)?
    } else {
        base64_decode(text.as_bytes(), what).map_err(|_| {
            credential_error(
                what,
                "is neither SPKI PEM nor hex/base64 of a SEC1 P-256 point",
            )
        })?
    };
    p256::ecdsa::VerifyingKey::from_sec1_bytes(&bytes)
        .map(EcdsaP256PublicKey)
        .map_err(|_| credential_error(what, "is not a SEC1-encoded P-256 public key"))
}

// PEM keys kept in env vars or JSON often arrive with literal `\n` instead of line breaks.
fn unescape_newlines(pem: &str) -> String {
    if pem.contains('\n') {
        pem.to_owned()
    } else {
        pem.replace("\\n", "\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const JEFE: &[u8] = b"Jefe";
    const WANT: &[u8] = b"what do ya want for nothing?";

    #[test]
    fn base64_lengths_with_and_without_padding() {
        // RFC 4648 §10 test vectors.
        for (data, padded, unpadded) in [
            ("", "", ""),
            ("f", "Zg==", "Zg"),
            ("fo", "Zm8=", "Zm8"),
            ("foo", "Zm9v", "Zm9v"),
            ("foob", "Zm9vYg==", "Zm9vYg"),
            ("fooba", "Zm9vYmE=", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url(data.as_bytes()), padded);
            assert_eq!(base64url_nopad(data.as_bytes()), unpadded);
        }
        assert_eq!(base64url_nopad(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn prepared_hmac_keys_match_one_shot_hmac() {
        let msg = b"what do ya want for nothing?";
        assert_eq!(
            hmac_with(&hmac_sha256_key(b"Jefe"), msg),
            hmac_sha256(b"Jefe", msg)
        );
        assert_eq!(
            hmac_with(&hmac_sha512_key(b"Jefe"), msg),
            hmac_sha512(b"Jefe", msg)
        );
        let key = hmac_sha384_key(b"Jefe");
        assert_eq!(hmac_with(&key, msg), hmac_with(&key, msg), "reusable");
        assert_eq!(format!("{key:?}"), "HmacKey(..)");
    }

    #[test]
    fn rfc4231_case2() {
        assert_eq!(
            hex(&hmac_sha256(JEFE, WANT)),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        assert_eq!(
            hex(&hmac_sha384(JEFE, WANT)),
            "af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e\
             8e2240ca5e69e2c78b3239ecfab21649"
        );
        assert_eq!(
            hex(&hmac_sha512(JEFE, WANT)),
            "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554\
             9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737"
        );
    }

    #[test]
    fn rfc2202_hmac_sha1_and_md5_case2() {
        assert_eq!(
            hex(&hmac_sha1(JEFE, WANT)),
            "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"
        );
        assert_eq!(
            hex(&hmac_md5(JEFE, WANT)),
            "750c783e6ab0b503eaa86e310a5db738"
        );
    }

    #[test]
    fn fips_digests_of_abc() {
        assert_eq!(
            hex(&sha256(b"abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            hex(&sha1(b"abc")),
            "a9993e364706816aba3e25717850c26c9cd0d89d"
        );
        assert_eq!(hex(&md5(b"abc")), "900150983cd24fb0d6963f7d28e17f72");
        assert_eq!(
            hex(&sha384(b"abc")),
            "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed\
             8086072ba1e7cc2358baeca134c825a7"
        );
        assert_eq!(
            hex(&sha512(b"abc")),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a\
             2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
    }

    #[test]
    fn encodings() {
        assert_eq!(hex_upper(&[0xab, 0x01]), "AB01");
        assert_eq!(base64(&[0xfb, 0xff]), "+/8=");
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8=");
        assert_eq!(base64_decode(b"+/8=", "s").unwrap(), vec![0xfb, 0xff]);
        assert_eq!(base64_decode(b" -_8\n", "s").unwrap(), vec![0xfb, 0xff]);
        assert_eq!(hex_decode(b"AB01", "s").unwrap(), vec![0xab, 0x01]);
        assert_eq!(upper("abc"), "ABC");
        assert_eq!(lower("ABC"), "abc");
        assert_eq!(url_encode("a b/~é".as_bytes()), "a%20b%2F~%C3%A9");
    }

    #[test]
    fn decode_errors_never_quote_the_input() {
        let secret = "sEcReT!!not-base64";
        let err = base64_decode(secret.as_bytes(), "api_secret").unwrap_err();
        let shown = format!("{err} {err:?}");
        assert!(matches!(err, Error::Credential { ref name, .. } if name == "api_secret"));
        assert!(
            !shown.contains(secret) && !shown.contains("sEcReT"),
            "{shown}"
        );
        let err = hex_decode(b"zz99secret", "api_secret").unwrap_err();
        assert!(!format!("{err} {err:?}").contains("zz99secret"));
    }

    const RFC8032_SEED: &str = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    const RFC8032_SIG: &str = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

    #[test]
    fn rfc8032_ed25519_test1_from_hex_base64_and_pem() {
        let key = ed25519_key(RFC8032_SEED, "k").unwrap();
        assert_eq!(hex(&ed25519_sign(&key, b"")), RFC8032_SIG);
        assert_eq!(format!("{key:?}"), "Ed25519Key(..)");

        let seed = hex_decode(RFC8032_SEED.as_bytes(), "k").unwrap();
        let key = ed25519_key(&base64(&seed), "k").unwrap();
        assert_eq!(hex(&ed25519_sign(&key, b"")), RFC8032_SIG);

        // PKCS#8 v1 DER for an Ed25519 seed is a fixed 16-byte prefix plus the seed (RFC 8410).
        let mut der = hex_decode(b"302e020100300506032b657004220420", "k").unwrap();
        der.extend_from_slice(&seed);
        let pem = format!(
            "-----BEGIN PRIVATE KEY-----\n{}\n-----END PRIVATE KEY-----\n",
            base64(&der)
        );
        let key = ed25519_key(&pem, "k").unwrap();
        assert_eq!(hex(&ed25519_sign(&key, b"")), RFC8032_SIG);
    }

    #[test]
    fn ed25519_rejects_wrong_length() {
        let err = ed25519_key(&base64(&[7u8; 31]), "k").unwrap_err();
        assert!(err.to_string().contains("31 bytes"), "{err}");
        assert!(
            ed25519_key(
                "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----",
                "k"
            )
            .is_err()
        );
        assert!(ed25519_key("", "k").is_err());
    }

    #[test]
    fn rsa_sign_verify_round_trip_pkcs8_and_pkcs1() {
        use rsa::pkcs1::EncodeRsaPrivateKey as _;
        use rsa::pkcs8::{EncodePrivateKey as _, LineEnding};
        use rsa::signature::Verifier as _;

        let private = rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 1024).unwrap();
        let verifier = rsa::pkcs1v15::VerifyingKey::<sha2::Sha256>::new(private.to_public_key());
        let msg = b"GET\n/api/v1/orders\ntimestamp=1";
        for pem in [
            private.to_pkcs8_pem(LineEnding::LF).unwrap().to_string(),
            private.to_pkcs1_pem(LineEnding::LF).unwrap().to_string(),
        ] {
            let key = rsa_key(&pem, "rsa").unwrap();
            assert_eq!(format!("{key:?}"), "RsaKey(..)");
            let sig = rsa_sha256_sign(&key, msg).unwrap();
            assert_eq!(sig.len(), 128);
            let sig = rsa::pkcs1v15::Signature::try_from(sig.as_slice()).unwrap();
            verifier.verify(msg, &sig).unwrap();
            assert!(verifier.verify(b"tampered", &sig).is_err());
        }
        assert!(matches!(
            rsa_key("not a pem", "rsa"),
            Err(Error::Credential { .. })
        ));
    }

    // RFC 7515 Appendix A.3: the key (JWK d, x, y), the JWS signing input and the published
    // signature. The PEM forms were written from d with OpenSSL.
    const A3_SIGNING_INPUT: &[u8] = b"eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";
    const A3_X: &str = "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU";
    const A3_Y: &str = "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0";
    const A3_SIGNATURE: &str =
        "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";
    const A3_SEC1: &str = "-----BEGIN EC PRIVATE KEY-----
MHcCAQEEII6bEJ5xkJi/mASH3x9dd+nLKWBuvtImO19XwhPfhPSyoAoGCCqGSM49
AwEHoUQDQgAEf83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEXH8UTNG72b
focs3+257rn0s2ldbqkLJK2KRiMohYjlrQ==
-----END EC PRIVATE KEY-----";
    const A3_PKCS8: &str = "-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgjpsQnnGQmL+YBIff
H1136cspYG6+0iY7X1fCE9+E9LKhRANCAAR/zc4ncPbEXUGDy+5v20t7WAczNXvp
7xO6z248e9FURcfxRM0bvZt+hyzf7bnuufSzaV1uqQskrYpGIyiFiOWt
-----END PRIVATE KEY-----";

    fn a3_verifying_key() -> p256::ecdsa::VerifyingKey {
        let mut point = vec![4u8];
        point.extend(base64_decode(A3_X.as_bytes(), "x").unwrap());
        point.extend(base64_decode(A3_Y.as_bytes(), "y").unwrap());
        p256::ecdsa::VerifyingKey::from_sec1_bytes(&point).unwrap()
    }

    fn es256_verifies(sig: &[u8], msg: &[u8]) -> bool {
        use p256::ecdsa::signature::Verifier as _;
        let Ok(sig) = p256::ecdsa::Signature::from_slice(sig) else {
            return false;
        };
        a3_verifying_key().verify(msg, &sig).is_ok()
    }

    #[test]
    fn base64url_nopad_has_no_padding_and_nothing_after() {
        assert_eq!(&*base64url_nopad(b"a"), "YQ");
        assert_eq!(&*base64url_nopad(b"ab"), "YWI");
        assert_eq!(&*base64url_nopad(b"abc"), "YWJj");
        assert_eq!(&*base64url_nopad(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn rfc7515_a3_published_signature_verifies() {
        let published = base64_decode(A3_SIGNATURE.as_bytes(), "sig").unwrap();
        assert!(es256_verifies(&published, A3_SIGNING_INPUT));
        assert!(!es256_verifies(&published, b"another message"));
    }

    #[test]
    fn es256_signs_rfc7515_a3_input_as_raw_r_s() {
        for pem in [A3_SEC1, A3_PKCS8, &A3_PKCS8.replace('\n', "\\n")] {
            let key = ecdsa_p256_key(pem, "ec_key").unwrap();
            let sig = es256_sign(&key, A3_SIGNING_INPUT);
            assert_eq!(sig.len(), 64);
            assert!(es256_verifies(&sig, A3_SIGNING_INPUT));
            // RFC 6979: the same input signs the same way.
            assert_eq!(es256_sign(&key, A3_SIGNING_INPUT), sig);
            assert_eq!(format!("{key:?}"), "EcdsaP256Key(..)");
        }
    }

    #[test]
    fn ecdsa_p256_key_errors_name_the_credential_only() {
        let err = ecdsa_p256_key(
            "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----",
            "ec_key",
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("ec_key") && err.contains("PKCS#8 P-256"),
            "{err}"
        );
        let err = ecdsa_p256_key("c2VjcmV0", "ec_key")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("expected BEGIN PRIVATE KEY or BEGIN EC PRIVATE KEY"),
            "{err}"
        );
        assert!(!err.contains("c2VjcmV0"));
        // An Ed25519 PKCS#8 key is not a P-256 key.
        let ed = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n-----END PRIVATE KEY-----";
        assert!(ecdsa_p256_key(ed, "ec_key").is_err());
    }
}
