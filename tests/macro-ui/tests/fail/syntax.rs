venue_macros::venue!("${VENUE_WORKSPACE}/codegen/tests/bad/syntax.yaml");

fn main() {}
