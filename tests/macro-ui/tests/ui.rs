//! The macro's contract, checked by compiling real crates: good specs give clients whose
//! documented examples verify; each class of bad spec gives a compile error at file:line:col.
//!
//! trybuild compiles the cases in its own project under the target folder, which may be
//! anywhere, so the cases name spec files from `${VENUE_WORKSPACE}`, set here.

#[test]
fn ui() {
    let workspace = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let workspace = workspace.canonicalize().expect("workspace folder");
    // SAFETY: set before trybuild starts its child processes; this binary runs one test.
    unsafe { std::env::set_var("VENUE_WORKSPACE", workspace) };
    let t = trybuild::TestCases::new();
    t.pass("tests/pass/*.rs");
    t.compile_fail("tests/fail/*.rs");
}
