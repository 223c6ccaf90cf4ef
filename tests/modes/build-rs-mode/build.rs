// Generates src/../OUT_DIR/viabtc.rs from the spec; a bad spec fails the build with
// file:line:col diagnostics.
fn main() {
    let spec = "../../../specs/viabtc.yaml";
    println!("cargo:rerun-if-changed={spec}");
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    if let Err(err) = venue_codegen::Generator::new().spec(spec).write_to(&out) {
        eprintln!("{err}");
        std::process::exit(1);
    }
}
