venue_macros::venue!("${VENUE_WORKSPACE}/codegen/tests/bad/duplicate_key.yaml");

fn main() {}
