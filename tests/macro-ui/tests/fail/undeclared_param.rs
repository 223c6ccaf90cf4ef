venue_macros::venue!("../../../../codegen/tests/bad/undeclared_param.yaml");

fn main() {}
