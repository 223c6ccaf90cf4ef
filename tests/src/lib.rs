//! End-to-end test support for the venue client generator.
//!
//! [`sim`] holds loopback HTTP simulators of the five seed venues, written by hand from the
//! venue documents (`shared/seeds/*.txt` and `shared/seeds/endpoints.md`), never generated, so
//! that a generator bug cannot hide behind itself.

pub mod sim;
