venue_macros::venue!("${VENUE_WORKSPACE}/codegen/tests/bad/duplicate_endpoint.yaml");

fn main() {}
