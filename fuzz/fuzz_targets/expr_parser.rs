//! The recipe expression parser never panics, and its errors point inside the text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use venue_codegen::validate::expr;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(e) = expr::parse(text) {
        assert!(e.at <= text.chars().count(), "{e:?}");
        assert!(!e.message.is_empty());
    }
});
