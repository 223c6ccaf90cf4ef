venue_macros::venue!("../../../../codegen/tests/bad/undeclared_credential.yaml");

fn main() {}
