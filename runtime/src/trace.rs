//! Optional record of signing intermediates (prehash string, digest, ...) for examples
//! and for debugging a rejected signature.

use std::fmt;

/// Named byte values recorded in order; a no-op when off.
#[derive(Clone, Default)]
pub struct Trace {
    on: bool,
    entries: Vec<(&'static str, Vec<u8>)>,
}

impl Trace {
    pub fn off() -> Trace {
        Trace::default()
    }

    pub fn on() -> Trace {
        Trace {
            on: true,
            entries: Vec::new(),
        }
    }

    /// Records `value` under `name`; when off the value is not even converted.
    pub fn record(&mut self, name: &'static str, value: &dyn TraceValue) {
        if self.on {
            self.entries.push((name, value.trace_bytes()));
        }
    }

    /// The latest value recorded under `name`.
    pub fn get(&self, name: &str) -> Option<&[u8]> {
        self.entries
            .iter()
            .rev()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_slice())
    }

    /// A recorded value as text, when it is UTF-8.
    pub fn text(&self, name: &str) -> Option<&str> {
        self.get(name).and_then(|b| std::str::from_utf8(b).ok())
    }

    pub fn entries(&self) -> &[(&'static str, Vec<u8>)] {
        &self.entries
    }
}

// Entries can be derived from secrets (e.g. a decoded key), so Debug shows names and sizes.
impl fmt::Debug for Trace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let entries: Vec<_> = self
            .entries
            .iter()
            .map(|(n, v)| format!("{n}: {} bytes", v.len()))
            .collect();
        f.debug_struct("Trace")
            .field("on", &self.on)
            .field("entries", &entries)
            .finish()
    }
}

/// Something a `Trace` can record as bytes.
pub trait TraceValue {
    fn trace_bytes(&self) -> Vec<u8>;
}

impl TraceValue for str {
    fn trace_bytes(&self) -> Vec<u8> {
        self.as_bytes().to_vec()
    }
}

impl TraceValue for String {
    fn trace_bytes(&self) -> Vec<u8> {
        self.as_bytes().to_vec()
    }
}

impl TraceValue for crate::Text {
    fn trace_bytes(&self) -> Vec<u8> {
        self.as_bytes().to_vec()
    }
}

impl TraceValue for crate::Digest {
    fn trace_bytes(&self) -> Vec<u8> {
        self.to_vec()
    }
}

/// The pieces of a concatenation, joined.
impl<const N: usize> TraceValue for [&dyn crate::Piece; N] {
    fn trace_bytes(&self) -> Vec<u8> {
        crate::Text::concat(self).as_bytes().to_vec()
    }
}

impl TraceValue for [u8] {
    fn trace_bytes(&self) -> Vec<u8> {
        self.to_vec()
    }
}

impl TraceValue for Vec<u8> {
    fn trace_bytes(&self) -> Vec<u8> {
        self.clone()
    }
}

// Lets callers pass a `&str` / `&[u8]` binding as `&s`: unsized values cannot become `&dyn`.
impl<T: TraceValue + ?Sized> TraceValue for &T {
    fn trace_bytes(&self) -> Vec<u8> {
        (**self).trace_bytes()
    }
}

impl<const N: usize> TraceValue for [u8; N] {
    fn trace_bytes(&self) -> Vec<u8> {
        self.to_vec()
    }
}

/// Recorded as decimal text, as it would appear in a prehash string.
impl TraceValue for u64 {
    fn trace_bytes(&self) -> Vec<u8> {
        self.to_string().into_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Panics;
    impl TraceValue for Panics {
        fn trace_bytes(&self) -> Vec<u8> {
            panic!("converted while tracing was off")
        }
    }

    #[test]
    fn off_does_nothing() {
        let mut trace = Trace::off();
        trace.record("x", &Panics);
        trace.record("y", &"text");
        assert!(trace.entries().is_empty());
        assert_eq!(trace.get("y"), None);
    }

    #[test]
    fn on_records_in_order() {
        let mut trace = Trace::on();
        trace.record("prehash", &"GET/api");
        trace.record("nonce", &42u64);
        trace.record("digest", &vec![1u8, 2]);
        trace.record("raw", &&b"ab"[..]);
        trace.record("array", b"xy");
        trace.record("owned", &String::from("s"));
        trace.record("nonce", &43u64);
        assert_eq!(trace.get("prehash"), Some(&b"GET/api"[..]));
        assert_eq!(trace.get("nonce"), Some(&b"43"[..]));
        assert_eq!(trace.get("digest"), Some(&[1u8, 2][..]));
        assert_eq!(trace.get("raw"), Some(&b"ab"[..]));
        assert_eq!(trace.get("array"), Some(&b"xy"[..]));
        let names: Vec<_> = trace.entries().iter().map(|(n, _)| *n).collect();
        assert_eq!(
            names,
            [
                "prehash", "nonce", "digest", "raw", "array", "owned", "nonce"
            ]
        );
        assert!(!format!("{trace:?}").contains("GET/api"));
    }
}
