venue_macros::venue!("../../../../codegen/tests/bad/unknown_algorithm.yaml");

fn main() {}
