//! Holds the trybuild suite in `tests/`.
