//! `venue-gen check` prints each problem rendered like rustc's, and fails.

use std::process::Command;

#[test]
fn check_prints_the_rendered_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_venue-gen"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["check", "tests/bad/unknown_algorithm.yaml"])
        .output()
        .expect("run venue-gen");
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: unknown function or algorithm `hmac_sha999`
 --> tests/bad/unknown_algorithm.yaml:9:16
  |
9 |       sig: hex(hmac_sha999(secret, body))
  |                ^^^^^^^^^^^
  |
  = help: did you mean `hmac_sha256`?
"
    );
}
