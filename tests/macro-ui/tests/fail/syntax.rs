venue_macros::venue!("../../../../codegen/tests/bad/syntax.yaml");

fn main() {}
