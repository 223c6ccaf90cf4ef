venue_macros::venue!("../../../../codegen/tests/bad/placeholder.yaml");

fn main() {}
