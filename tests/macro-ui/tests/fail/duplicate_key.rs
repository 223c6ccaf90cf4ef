venue_macros::venue!("../../../../codegen/tests/bad/duplicate_key.yaml");

fn main() {}
