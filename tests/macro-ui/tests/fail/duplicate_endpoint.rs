venue_macros::venue!("../../../../codegen/tests/bad/duplicate_endpoint.yaml");

fn main() {}
