venue_macros::venue!("${VENUE_WORKSPACE}/codegen/tests/bad/placeholder.yaml");

fn main() {}
