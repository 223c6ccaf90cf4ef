venue_macros::venue!("${VENUE_WORKSPACE}/codegen/tests/bad/undeclared_credential.yaml");

fn main() {}
