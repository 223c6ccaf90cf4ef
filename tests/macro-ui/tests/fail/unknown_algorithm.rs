venue_macros::venue!("${VENUE_WORKSPACE}/codegen/tests/bad/unknown_algorithm.yaml");

fn main() {}
