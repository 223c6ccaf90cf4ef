venue_macros::venue!("${VENUE_WORKSPACE}/codegen/tests/bad/undeclared_param.yaml");

fn main() {}
