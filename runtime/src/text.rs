//! Owned values that signing produces per request, kept off the heap when they are short:
//! `Text` (a timestamp, a hex or base64 signature) and `Digest` (a hash or MAC output).

use std::fmt;
use std::ops::Deref;

/// Inline capacity: a hex SHA-512 (128 characters) fits.
const INLINE: usize = 128;

/// Text that lives inline up to 128 bytes and on the heap beyond.
#[derive(Clone)]
pub struct Text(Repr);

#[derive(Clone)]
enum Repr {
    Inline { len: u8, buf: [u8; INLINE] },
    Heap(String),
}

impl Text {
    pub const fn new() -> Text {
        Text(Repr::Inline {
            len: 0,
            buf: [0; INLINE],
        })
    }

    /// Room for `capacity` bytes: inline when they fit, else one heap allocation.
    pub fn with_capacity(capacity: usize) -> Text {
        if capacity <= INLINE {
            Text::new()
        } else {
            Text(Repr::Heap(String::with_capacity(capacity)))
        }
    }

    pub fn as_str(&self) -> &str {
        match &self.0 {
            // Only whole `&str`s are ever copied in, so the bytes are UTF-8.
            Repr::Inline { len, buf } => {
                std::str::from_utf8(&buf[..usize::from(*len)]).unwrap_or_default()
            }
            Repr::Heap(s) => s,
        }
    }

    /// The bytes, without re-checking that they are UTF-8 (signing reads text as bytes).
    pub fn as_bytes(&self) -> &[u8] {
        match &self.0 {
            Repr::Inline { len, buf } => &buf[..usize::from(*len)],
            Repr::Heap(s) => s.as_bytes(),
        }
    }

    pub fn push_str(&mut self, text: &str) {
        match &mut self.0 {
            Repr::Inline { len, buf } => {
                let at = usize::from(*len);
                let end = at + text.len();
                if end <= INLINE {
                    buf[at..end].copy_from_slice(text.as_bytes());
                    *len = end as u8;
                } else {
                    let mut heap = String::with_capacity(end.max(2 * INLINE));
                    heap.push_str(self.as_str());
                    heap.push_str(text);
                    self.0 = Repr::Heap(heap);
                }
            }
            Repr::Heap(s) => s.push_str(text),
        }
    }

    /// Concatenates pieces with one allocation at most (none when the result is short).
    pub fn concat(pieces: &[&dyn Piece]) -> Text {
        let mut out = Text::with_capacity(pieces.iter().map(|p| p.piece_len()).sum());
        for p in pieces {
            p.push_to(&mut out);
        }
        out
    }

    /// `len` bytes of ASCII written by `fill` (hex, base64), inline when they fit.
    pub(crate) fn from_ascii(len: usize, fill: impl FnOnce(&mut [u8])) -> Text {
        if len <= INLINE {
            let mut buf = [0; INLINE];
            fill(&mut buf[..len]);
            Text(Repr::Inline {
                len: len as u8,
                buf,
            })
        } else {
            let mut bytes = vec![0; len];
            fill(&mut bytes);
            Text(Repr::Heap(String::from_utf8(bytes).unwrap_or_default()))
        }
    }

    pub fn into_string(self) -> String {
        match self.0 {
            Repr::Heap(s) => s,
            Repr::Inline { .. } => self.as_str().to_owned(),
        }
    }
}

impl Default for Text {
    fn default() -> Self {
        Text::new()
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<[u8]> for Text {
    fn as_ref(&self) -> &[u8] {
        Text::as_bytes(self)
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Write for Text {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.push_str(s);
        Ok(())
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Text {
        let mut out = Text::with_capacity(text.len());
        out.push_str(text);
        out
    }
}

impl From<&Text> for Text {
    fn from(text: &Text) -> Text {
        text.clone()
    }
}

impl From<String> for Text {
    fn from(text: String) -> Text {
        Text(Repr::Heap(text))
    }
}

impl From<u64> for Text {
    fn from(n: u64) -> Text {
        Text::from(itoa::Buffer::new().format(n))
    }
}

impl From<Text> for String {
    fn from(text: Text) -> String {
        text.into_string()
    }
}

/// One part of a concatenation: its length is known before anything is copied.
pub trait Piece {
    fn piece_len(&self) -> usize;
    fn push_to(&self, out: &mut Text);
    /// Hands the piece's bytes to `f` (a hash being fed).
    fn feed(&self, f: &mut dyn FnMut(&[u8]));
}

/// Text pieces: anything that reads as `&str`.
macro_rules! text_piece {
    ($($t:ty),*) => {$(
        impl Piece for $t {
            fn piece_len(&self) -> usize {
                self.len()
            }
            fn push_to(&self, out: &mut Text) {
                out.push_str(self)
            }
            fn feed(&self, f: &mut dyn FnMut(&[u8])) {
                f(str::as_bytes(self))
            }
        }
    )*};
}

text_piece!(str, String);

impl Piece for Text {
    fn piece_len(&self) -> usize {
        Text::as_bytes(self).len()
    }
    fn push_to(&self, out: &mut Text) {
        out.push_str(self.as_str())
    }
    fn feed(&self, f: &mut dyn FnMut(&[u8])) {
        f(Text::as_bytes(self))
    }
}

/// As decimal text.
impl Piece for u64 {
    fn piece_len(&self) -> usize {
        itoa::Buffer::new().format(*self).len()
    }
    fn push_to(&self, out: &mut Text) {
        out.push_str(itoa::Buffer::new().format(*self));
    }
    fn feed(&self, f: &mut dyn FnMut(&[u8])) {
        f(itoa::Buffer::new().format(*self).as_bytes())
    }
}

impl<T: Piece + ?Sized> Piece for &T {
    fn piece_len(&self) -> usize {
        (**self).piece_len()
    }
    fn push_to(&self, out: &mut Text) {
        (**self).push_to(out)
    }
    fn feed(&self, f: &mut dyn FnMut(&[u8])) {
        (**self).feed(f)
    }
}

/// `rt::text!(a, "\n", b)`: the pieces (text, integers) joined into one `Text`.
#[macro_export]
macro_rules! text {
    ($($piece:expr),* $(,)?) => {
        $crate::Text::concat(&[$(&$piece as &dyn $crate::Piece),*])
    };
}

/// `rt::pieces!(a, "\n", b)`: the pieces of a concatenation that only a hash reads, kept
/// apart and fed to it one by one (and joined only for a trace).
#[macro_export]
macro_rules! pieces {
    ($($piece:expr),* $(,)?) => {
        [$(&$piece as &dyn $crate::Piece),*]
    };
}

/// Up to 64 bytes (SHA-512), inline: a digest or MAC output.
#[derive(Clone, Copy)]
pub struct Digest {
    len: u8,
    buf: [u8; 64],
}

impl Digest {
    pub(crate) fn from_slice(bytes: &[u8]) -> Digest {
        let mut buf = [0; 64];
        buf[..bytes.len()].copy_from_slice(bytes);
        Digest {
            len: bytes.len() as u8,
            buf,
        }
    }

    pub fn as_slice(&self) -> &[u8] {
        &self.buf[..usize::from(self.len)]
    }

    pub fn to_vec(&self) -> Vec<u8> {
        self.as_slice().to_vec()
    }

    pub fn into_boxed_slice(self) -> Box<[u8]> {
        self.as_slice().into()
    }
}

impl Deref for Digest {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        self.as_slice()
    }
}

impl From<Digest> for Vec<u8> {
    fn from(digest: Digest) -> Vec<u8> {
        digest.to_vec()
    }
}

impl PartialEq for Digest {
    fn eq(&self, other: &Self) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl Eq for Digest {}

// A MAC can be secret-derived; show its size only.
impl fmt::Debug for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Digest({} bytes)", self.len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_spills_to_the_heap_and_keeps_content() {
        let mut t = Text::new();
        t.push_str("abc");
        assert_eq!(t, "abc");
        let long = "x".repeat(200);
        t.push_str(&long);
        assert_eq!(t.len(), 203);
        assert!(t.starts_with("abcx") && t.ends_with('x'));
        let exact = "y".repeat(INLINE);
        assert_eq!(Text::from(exact.as_str()).as_str(), exact);
    }

    #[test]
    fn concat_joins_text_and_integers() {
        let ts = 1_700_000_000_000u64;
        let path = String::from("/api/v1/orders");
        let joined = crate::text!(ts, "POST", path, "\n", Text::from("é"));
        assert_eq!(joined, "1700000000000POST/api/v1/orders\né");
        assert_eq!(crate::text!(), "");
    }

    #[test]
    fn digest_is_its_bytes() {
        let d = Digest::from_slice(&[1, 2, 3]);
        assert_eq!(d.as_slice(), &[1, 2, 3]);
        assert_eq!(format!("{d:?}"), "Digest(3 bytes)");
    }
}
