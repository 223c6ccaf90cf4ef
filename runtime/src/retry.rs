//! Which calls may be sent again, and how long to wait before doing so.

use std::hash::{BuildHasher as _, Hasher as _};
use std::time::Duration;

use crate::Error;

/// One endpoint call, as a generated client describes it to [`crate::ClientCore::call`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Call {
    /// The endpoint's name, for `tracing`.
    pub endpoint: &'static str,
    /// Sending it twice does no more than sending it once (GET, unless the spec says
    /// otherwise). Only these calls are retried.
    pub idempotent: bool,
    /// Signed with a nonce the venue requires to increase: calls on one key are stamped and
    /// sent one at a time, in nonce order.
    pub nonce: bool,
}

impl Call {
    /// A call that is safe to send twice.
    pub const fn idempotent(endpoint: &'static str) -> Call {
        Call {
            endpoint,
            idempotent: true,
            nonce: false,
        }
    }

    /// A call that is sent once, never retried.
    pub const fn once(endpoint: &'static str) -> Call {
        Call {
            endpoint,
            idempotent: false,
            nonce: false,
        }
    }

    /// The same call, signed with an increasing nonce.
    pub const fn with_nonce(self) -> Call {
        Call {
            nonce: true,
            ..self
        }
    }
}

/// Bounded exponential backoff with jitter, for idempotent calls that failed with a 429, a
/// 503 or a transport error. A `Retry-After` answer is waited out as given, unless it is
/// longer than `max_delay`, in which case the call gives up and returns the error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (1 = never retry).
    pub max_attempts: u32,
    /// The wait before the second attempt, doubled for each later one.
    pub base_delay: Duration,
    /// No wait is longer.
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(10),
        }
    }
}

impl RetryPolicy {
    /// Every call is sent once.
    pub const NEVER: RetryPolicy = RetryPolicy {
        max_attempts: 1,
        base_delay: Duration::ZERO,
        max_delay: Duration::ZERO,
    };

    /// How long to wait before attempt `attempt + 1` of an idempotent call that failed with
    /// `error`; `None` to give up.
    pub fn delay(&self, error: &Error, attempt: u32) -> Option<Duration> {
        if attempt >= self.max_attempts {
            return None;
        }
        let asked = match error {
            Error::RateLimited { retry_after, .. } | Error::Unavailable { retry_after, .. } => {
                *retry_after
            }
            Error::Connect(_) | Error::Transport(_) => None,
            _ => return None,
        };
        match asked {
            Some(wait) => (wait <= self.max_delay).then_some(wait),
            None => Some(self.backoff(attempt)),
        }
    }

    /// `base × 2^(attempt-1)`, capped, then a random point in its upper half, so that clients
    /// that failed together do not retry together.
    fn backoff(&self, attempt: u32) -> Duration {
        let doubling = 2u32.saturating_pow(attempt.saturating_sub(1));
        let full = self.base_delay.saturating_mul(doubling).min(self.max_delay);
        let half = full / 2;
        let spread = u64::try_from((full - half).as_nanos()).unwrap_or(u64::MAX);
        let random = std::collections::hash_map::RandomState::new()
            .build_hasher()
            .finish();
        half + Duration::from_nanos(random.checked_rem(spread + 1).unwrap_or(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limited(retry_after: Option<Duration>) -> Error {
        Error::RateLimited {
            retry_after,
            code: String::new(),
            message: String::new(),
        }
    }

    #[test]
    fn backoff_doubles_with_jitter_and_stays_bounded() {
        let policy = RetryPolicy {
            max_attempts: 10,
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(1),
        };
        let transport = Error::Transport("reset".into());
        for (attempt, full) in [(1, 100), (2, 200), (3, 400), (4, 800), (5, 1000), (9, 1000)] {
            let full = Duration::from_millis(full);
            for _ in 0..50 {
                let wait = policy.delay(&transport, attempt).unwrap();
                assert!(wait >= full / 2 && wait <= full, "{attempt}: {wait:?}");
            }
        }
        assert_eq!(policy.delay(&transport, 10), None);
    }

    #[test]
    fn retry_after_is_honoured_up_to_the_cap() {
        let policy = RetryPolicy::default();
        let two = Duration::from_secs(2);
        assert_eq!(policy.delay(&limited(Some(two)), 1), Some(two));
        let unavailable = Error::Unavailable {
            retry_after: Some(two),
            code: String::new(),
            message: String::new(),
        };
        assert_eq!(policy.delay(&unavailable, 2), Some(two));
        assert_eq!(
            policy.delay(&limited(Some(Duration::from_secs(60))), 1),
            None
        );
        assert_eq!(policy.delay(&limited(Some(two)), 3), None);
        assert_eq!(RetryPolicy::NEVER.delay(&limited(None), 1), None);
    }

    #[test]
    fn answers_that_will_not_change_are_not_retried() {
        let policy = RetryPolicy::default();
        for error in [
            Error::Venue {
                status: 400,
                code: "1".into(),
                message: String::new(),
            },
            Error::Status {
                status: 500,
                snippet: String::new(),
            },
            Error::Decode {
                path: String::new(),
                message: String::new(),
            },
            Error::Redirect {
                status: 307,
                location: String::new(),
            },
        ] {
            assert_eq!(policy.delay(&error, 1), None, "{error:?}");
        }
    }
}
