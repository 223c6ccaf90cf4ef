//! Clocks, per-request time stamps and nonces.

use std::sync::atomic::{AtomicU64, Ordering};

/// The time, nonce and random bits pinned for one request, so every field and the signature
/// agree, and so a test can pin all three.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    pub now_ms: u64,
    pub nonce: u64,
    /// 128 bits from the OS for a live request; `uuid4()` and `random_hex(n)` read them.
    pub random: u128,
}

impl Stamp {
    /// 128 bits from the operating system's random source. Each thread draws 4 KiB at a time
    /// and hands out each byte once, so a request costs no system call of its own.
    pub fn fresh_random() -> u128 {
        const POOL: usize = 4096;
        thread_local! {
            static BYTES: std::cell::RefCell<([u8; POOL], usize)> =
                const { std::cell::RefCell::new(([0; POOL], POOL)) };
        }
        let drawn = BYTES.with(|pool| {
            let (bytes, used) = &mut *pool.borrow_mut();
            if *used == POOL {
                getrandom::fill(bytes).ok()?;
                *used = 0;
            }
            let mut out = [0u8; 16];
            out.copy_from_slice(&bytes[*used..*used + 16]);
            *used += 16;
            Some(u128::from_be_bytes(out))
        });
        drawn.unwrap_or_else(|| {
            // No OS source: std's per-process random hash keys, never a fixed value.
            use std::hash::{BuildHasher as _, Hasher as _};
            let half = || {
                std::collections::hash_map::RandomState::new()
                    .build_hasher()
                    .finish()
            };
            (u128::from(half()) << 64) | u128::from(half())
        })
    }

    /// A version-4 UUID from the random bits, lower-case and hyphenated
    /// (`xxxxxxxx-xxxx-4xxx-Yxxx-xxxxxxxxxxxx`, Y one of 8, 9, a, b; RFC 9562 §5.4).
    pub fn uuid4(&self) -> crate::Text {
        let mut bytes = self.random.to_be_bytes();
        bytes[6] = (bytes[6] & 0x0f) | 0x40;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        let hex = crate::hex(&bytes);
        let mut out = crate::Text::new();
        for (i, range) in [0..8, 8..12, 12..16, 16..20, 20..32]
            .into_iter()
            .enumerate()
        {
            if i > 0 {
                out.push_str("-");
            }
            out.push_str(&hex[range]);
        }
        out
    }

    /// The first `bytes` (1 to 16) random bytes, as lower-case hex.
    pub fn random_hex(&self, bytes: usize) -> crate::Text {
        crate::hex(&self.random.to_be_bytes()[..bytes.clamp(1, 16)])
    }
    pub fn unix_ms(&self) -> u64 {
        self.now_ms
    }

    /// Whole seconds plus `offset` (e.g. an expiry window), saturating at both ends.
    pub fn unix_s(&self, offset: i64) -> u64 {
        (self.now_ms / 1000).saturating_add_signed(offset)
    }

    /// UTC with milliseconds, e.g. `2020-12-08T09:08:57.715Z`.
    pub fn iso8601_ms(&self) -> crate::Text {
        let (date, ms) = (self.now_ms / 86_400_000, self.now_ms % 86_400_000);
        let (year, month, day) = civil_from_days(date);
        if year > 9999 {
            // The format has no room; no real clock gets there.
            return crate::Text::from("9999-12-31T23:59:59.999Z");
        }
        let fields = [
            (year, 4),
            (month, 2),
            (day, 2),
            (ms / 3_600_000, 2),
            (ms / 60_000 % 60, 2),
            (ms / 1000 % 60, 2),
            (ms % 1000, 3),
        ];
        crate::Text::from_ascii(24, |out| {
            out.copy_from_slice(b"0000-00-00T00:00:00.000Z");
            let mut end = 0;
            for (value, width) in fields {
                end += width;
                let mut v = value;
                for slot in out[end - width..end].iter_mut().rev() {
                    *slot = b'0' + (v % 10) as u8;
                    v /= 10;
                }
                end += 1;
            }
        })
    }

    pub fn nonce(&self) -> u64 {
        self.nonce
    }

    /// The time by a strftime-like pattern (see [`crate::format_time`]).
    pub fn format(&self, pattern: &str) -> crate::Text {
        crate::textops::format_time(self.now_ms, pattern)
    }
}

/// (year, month, day) of a count of days since 1970-01-01 (Howard Hinnant's `civil_from_days`,
/// for non-negative counts), so formatting a timestamp needs no calendar library.
pub(crate) fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

/// The unit a venue's server-time answer counts in, since the Unix epoch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeUnit {
    Seconds,
    Millis,
    Micros,
    Nanos,
}

/// Where a server-time answer holds the venue's clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ServerTime {
    /// JSON pointer (RFC 6901) into the decoded payload; "" is the payload itself.
    pub pointer: &'static str,
    pub unit: TimeUnit,
}

impl ServerTime {
    /// The time at `pointer` in milliseconds. A number or a string of digits, with an
    /// optional fraction (`1597026383.085` seconds).
    pub fn read_ms(&self, payload: &serde_json::Value) -> Result<u64, crate::Error> {
        let bad = |message: &str| crate::Error::Decode {
            path: self.pointer.to_owned(),
            message: format!("server time: {message}"),
        };
        let text = match payload.pointer(self.pointer) {
            Some(serde_json::Value::Number(n)) => n.to_string(),
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(other) => return Err(bad(&format!("expected a number, found `{other}`"))),
            None => return Err(bad("no such field in the answer")),
        };
        let per_ms: f64 = match self.unit {
            TimeUnit::Seconds => 1e-3,
            TimeUnit::Millis => 1.0,
            TimeUnit::Micros => 1e3,
            TimeUnit::Nanos => 1e6,
        };
        let not_a_time = || bad(&format!("`{text}` is not a time"));
        let (whole, fraction) = text.trim().split_once('.').unwrap_or((text.trim(), ""));
        if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
            return Err(not_a_time());
        }
        if !fraction.bytes().all(|b| b.is_ascii_digit()) {
            return Err(not_a_time());
        }
        // Whole units are exact; only a fraction goes through floating point.
        let whole: u128 = whole.parse().map_err(|_| not_a_time())?;
        let ms = match self.unit {
            TimeUnit::Seconds => whole * 1000,
            TimeUnit::Millis => whole,
            TimeUnit::Micros => whole / 1000,
            TimeUnit::Nanos => whole / 1_000_000,
        };
        let extra = if fraction.is_empty() {
            0.0
        } else {
            format!("0.{fraction}").parse::<f64>().unwrap_or(0.0) / per_ms
        };
        u64::try_from(ms)
            .ok()
            .and_then(|ms| ms.checked_add(extra.round() as u64))
            .ok_or_else(not_a_time)
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

    /// The last nonce handed out (0 before the first).
    pub fn last(&self) -> u64 {
        self.last.load(Ordering::Acquire)
    }

    /// Makes every later nonce exceed `floor` (one persisted by another process).
    pub fn raise_to(&self, floor: u64) {
        self.last.fetch_max(floor, Ordering::AcqRel);
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
            random: 0,
        };
        assert_eq!(stamp.iso8601_ms(), "2020-12-08T09:08:57.715Z");
        let epoch = Stamp {
            now_ms: 5,
            nonce: 0,
            random: 0,
        };
        assert_eq!(epoch.iso8601_ms(), "1970-01-01T00:00:00.005Z");
        let far = Stamp {
            now_ms: u64::MAX,
            nonce: 0,
            random: 0,
        };
        assert_eq!(far.iso8601_ms(), "9999-12-31T23:59:59.999Z");
    }

    #[test]
    fn iso8601_matches_the_time_crate() {
        const FORMAT: &[::time::format_description::BorrowedFormatItem<'static>] = ::time::macros::format_description!(
            "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z"
        );
        let mut ms: u64 = 0;
        // Every day boundary around leap days and centuries, plus a walk through the range.
        let days = [
            59u64, 60, 789, 790, 11_016, 11_017, 47_540, 47_541, 2_932_896,
        ];
        let samples = days
            .iter()
            .flat_map(|d| [d * 86_400_000, d * 86_400_000 + 86_399_999])
            .chain((0..2000).map(|_| {
                ms = ms.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1)
                    % 253_402_300_800_000;
                ms
            }));
        for now_ms in samples {
            let expected =
                ::time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(now_ms) * 1_000_000)
                    .unwrap()
                    .format(FORMAT)
                    .unwrap();
            let stamp = Stamp {
                now_ms,
                nonce: 0,
                random: 0,
            };
            assert_eq!(stamp.iso8601_ms(), expected.as_str(), "{now_ms}");
        }
    }

    #[test]
    fn unix_seconds_with_offset() {
        let stamp = Stamp {
            now_ms: 1_607_418_537_715,
            nonce: 9,
            random: 0,
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
    fn server_time_in_any_unit() {
        let read =
            |pointer, unit, json: serde_json::Value| ServerTime { pointer, unit }.read_ms(&json);
        use serde_json::json;
        let ms = 1_597_026_383_085;
        assert_eq!(read("", TimeUnit::Millis, json!(ms)).unwrap(), ms);
        assert_eq!(
            read("/serverTime", TimeUnit::Millis, json!({"serverTime": ms})).unwrap(),
            ms
        );
        assert_eq!(
            read("/0/ts", TimeUnit::Millis, json!([{"ts": "1597026383085"}])).unwrap(),
            ms
        );
        assert_eq!(
            read(
                "/unixtime",
                TimeUnit::Seconds,
                json!({"unixtime": 1_597_026_383u64})
            )
            .unwrap(),
            1_597_026_383_000
        );
        assert_eq!(
            read("", TimeUnit::Seconds, json!("1597026383.085")).unwrap(),
            ms
        );
        assert_eq!(
            read("", TimeUnit::Micros, json!(1_597_026_383_085_123u64)).unwrap(),
            ms
        );
        assert_eq!(
            read("", TimeUnit::Nanos, json!("1597026383085123456")).unwrap(),
            ms
        );
        for bad in [
            json!("soon"),
            json!(-5),
            json!(null),
            json!("1e9"),
            json!(".5"),
        ] {
            let err = read("", TimeUnit::Millis, bad.clone()).unwrap_err();
            assert!(err.to_string().contains("server time"), "{bad}: {err}");
        }
        let err = read("/missing", TimeUnit::Millis, json!({})).unwrap_err();
        assert!(err.to_string().contains("`/missing`"), "{err}");
    }

    #[test]
    fn random_tokens_from_the_pinned_bits() {
        let stamp = Stamp {
            now_ms: 0,
            nonce: 0,
            random: 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210,
        };
        // Version nibble forced to 4, variant bits to 10.
        assert_eq!(stamp.uuid4(), "01234567-89ab-4def-bedc-ba9876543210");
        assert_eq!(stamp.random_hex(4), "01234567");
        assert_eq!(stamp.random_hex(16), "0123456789abcdeffedcba9876543210");
        let zero = Stamp { random: 0, ..stamp };
        assert_eq!(zero.uuid4(), "00000000-0000-4000-8000-000000000000");
        // Across a pool refill, no value repeats.
        let drawn: std::collections::HashSet<u128> =
            (0..1000).map(|_| Stamp::fresh_random()).collect();
        assert_eq!(drawn.len(), 1000);
    }

    #[test]
    fn clocks() {
        assert_eq!(FixedClock(7).now_ms(), 7);
        assert!(SystemClock.now_ms() > 1_600_000_000_000);
    }
}
