//! The macro's contract, checked by compiling real crates: good specs give clients whose
//! documented examples verify; each class of bad spec gives a compile error at file:line:col.
//!
//! Spec paths in the cases are relative to trybuild's project folder
//! (`target/tests/trybuild/venue-macro-ui`), four levels below the workspace root.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.pass("tests/pass/*.rs");
    t.compile_fail("tests/fail/*.rs");
}
