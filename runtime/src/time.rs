//! Clocks, per-request time stamps and nonces.

use std::sync::atomic::{AtomicU64, Ordering};

/// The time and nonce pinned for one request, so every field and the signature agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    pub now_ms: u64,
    pub nonce: u64,
}

impl Stamp {
    pub fn unix_ms(&self) -> u64 {
        self.now_ms
    }

    /// Whole seconds plus `offset` (e.g. an expiry window), saturating at both ends.
    pub fn unix_s(&self, offset: i64) -> u64 {
        (self.now_ms / 1000).saturating_add_signed(offset)
    }

    /// UTC with milliseconds, e.g. `2020-12-08T09:08:57.715Z`.
    pub fn iso8601_ms(&self) -> crate::Text {
        use std::fmt::Write as _;
        let nanos = i128::from(self.now_ms) * 1_000_000;
        let mut out = crate::Text::new();
        match ::time::OffsetDateTime::from_unix_timestamp_nanos(nanos) {
            Ok(t) if t.year() <= 9999 => {
                // Written straight into the inline buffer: no allocation per request.
                let _ = write!(
                    out,
                    "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
                    t.year(),
                    u8::from(t.month()),
                    t.day(),
                    t.hour(),
                    t.minute(),
                    t.second(),
                    t.millisecond()
                );
            }
            // Beyond year 9999 the format has no room; no real clock gets there.
            _ => out.push_str("9999-12-31T23:59:59.999Z"),
        }
        out
    }

    pub fn nonce(&self) -> u64 {
        self.nonce
    }
}

pub trait Clock: Send + Sync + 'static {
    /// Milliseconds since the Unix epoch.
    fn now_ms(&self) -> u64;
}

#[derive(Clone, Copy, Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_ms(&self) -> u64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
    }
}

/// A clock stuck at one instant, for examples and tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FixedClock(pub u64);

impl Clock for FixedClock {
    fn now_ms(&self) -> u64 {
        self.0
    }
}

/// Nonces that track the clock but never repeat or go backwards, even across threads
/// or when the clock stalls (venues reject a nonce not above the last one seen).
#[derive(Debug, Default)]
pub struct NonceSource {
    last: AtomicU64,
}

impl NonceSource {
    pub fn new() -> Self {
        Self::default()
    }

    /// `max(now_ms, last + 1)`.
    pub fn next(&self, now_ms: u64) -> u64 {
        let step = |last: u64| now_ms.max(last.saturating_add(1));
        match self
            .last
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |last| Some(step(last)))
        {
            Ok(previous) | Err(previous) => step(previous),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso8601_with_millis() {
        let stamp = Stamp {
            now_ms: 1_607_418_537_715,
            nonce: 0,
        };
        assert_eq!(stamp.iso8601_ms(), "2020-12-08T09:08:57.715Z");
        let epoch = Stamp {
            now_ms: 5,
            nonce: 0,
        };
        assert_eq!(epoch.iso8601_ms(), "1970-01-01T00:00:00.005Z");
        let far = Stamp {
            now_ms: u64::MAX,
            nonce: 0,
        };
        assert_eq!(far.iso8601_ms(), "9999-12-31T23:59:59.999Z");
    }

    #[test]
    fn unix_seconds_with_offset() {
        let stamp = Stamp {
            now_ms: 1_607_418_537_715,
            nonce: 9,
        };
        assert_eq!(stamp.unix_ms(), 1_607_418_537_715);
        assert_eq!(stamp.unix_s(0), 1_607_418_537);
        assert_eq!(stamp.unix_s(60), 1_607_418_597);
        assert_eq!(stamp.unix_s(i64::MIN), 0);
        assert_eq!(stamp.nonce(), 9);
    }

    #[test]
    fn nonces_strictly_increase() {
        let source = NonceSource::new();
        assert_eq!(source.next(1000), 1000);
        assert_eq!(source.next(1000), 1001);
        assert_eq!(source.next(900), 1002);
        assert_eq!(source.next(5000), 5000);
    }

    #[test]
    fn nonces_strictly_increase_across_threads() {
        let source = std::sync::Arc::new(NonceSource::new());
        let handles: Vec<_> = (0..4)
            .map(|_| {
                let source = source.clone();
                std::thread::spawn(move || (0..1000).map(|_| source.next(42)).collect::<Vec<_>>())
            })
            .collect();
        let mut all = Vec::new();
        for handle in handles {
            let seen = handle.join().unwrap();
            assert!(seen.windows(2).all(|w| w[0] < w[1]));
            all.extend(seen);
        }
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), 4000);
    }

    #[test]
    fn clocks() {
        assert_eq!(FixedClock(7).now_ms(), 7);
        assert!(SystemClock.now_ms() > 1_600_000_000_000);
    }
}
