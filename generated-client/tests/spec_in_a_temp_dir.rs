//! A venue added by YAML alone: a spec written into a temp folder (never into specs/) is
//! generated, compiled and signed with by `venue sign --spec`, with no Rust edits. The spec
//! (`tests/specs/second_edition.yaml`) signs with the recipe language's second-edition
//! operations: `time('…')`, `if(…)`, `json_object(…)`, `base64url_nopad`, `sort_query`,
//! `url_decode`, the pinned random tokens `uuid4()` and `random_hex(n)`, and the signed-header
//! operations `canonical_headers`, `signed_headers`, `header`, `trim` with `params_query`. Expected values were computed in Python (hmac, hashlib, base64, json,
//! urllib, email.utils), independently of the generator.

use std::process::{Command, Output};

use serde_json::{Value, json};

const TIME_MS: &str = "1700000000456";

fn sign(spec: &str, endpoint: &str, params: &str, extra: &[&str]) -> Output {
    let credentials = json!({"key_id": "kid-1", "secret": "c2VjcmV0LWtleS0wMDAx"}).to_string();
    Command::new(env!("CARGO_BIN_EXE_venue"))
        .args(["sign", "--spec", spec, endpoint, "--params", params])
        .args(["--credentials", &credentials, "--time-ms", TIME_MS])
        .args(["--random", "0123456789abcdeffedcba9876543210"])
        .args(extra)
        // Shared with tests/cli.rs: only the first scratch build compiles the runtime.
        .env(
            "VENUE_CACHE_DIR",
            std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("venue-scratch"),
        )
        .output()
        .expect("run the venue binary")
}

fn request(output: &Output) -> Value {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("JSON")
}

#[test]
fn a_spec_in_a_temp_dir_signs_with_the_second_edition_operations() {
    let dir = std::env::temp_dir().join(format!("venue-second-edition-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let spec = dir.join("second_edition.yaml");
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/specs/second_edition.yaml"),
        &spec,
    )
    .unwrap();
    let spec = spec.to_str().unwrap();

    let signed = request(&sign(
        spec,
        "items",
        r#"{"zone":"eu,west","after":"a b"}"#,
        &[],
    ));
    assert_eq!(
        signed["url"],
        "https://api.example.test/v1/items?zone=eu%2Cwest&after=a%20b"
    );
    assert_eq!(
        signed["headers"],
        json!({
            "Authorization": "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJraWQtMSIsImlhdCI6MTcwMDAwMDAwMCwicWgiOiIwOTlkZGU0YWE3MzEzNDZhYjA4N2FhZGQ1NzhiZjM5NjY0OGY1MWM0NWRkNDMyZTk5M2Y5ZGU0ZGYzNmRiYjZkMmY2YjU4YmE1MDU3MWZiYzA1NTgzMjI5OGI3YjRjNmMxMDgzOGRmOTVkNWY0NTA0MzZlZjgwNDhlYTBhYzQ2NSJ9.3CJ8vF5l8_ECub04DrcDTEAAlHbytK14brzwrxz0kG4",
            "X-Date": "20231114",
            "X-Stamp": "Tue, 14 Nov 2023 22:13:20 GMT",
            "X-Canonical": "after=a b&zone=eu,west",
            "X-Query": "zone=eu,west&after=a b",
            // Python: uuid.UUID(bytes=bytes.fromhex(RANDOM), version=4).
            "X-Request-Id": "01234567-89ab-4def-bedc-ba9876543210",
            "X-Salt": "01234567"
        })
    );

    // No query: `if` takes its other branch and `json_object` leaves the empty member out.
    let signed = request(&sign(spec, "ping", "{}", &[]));
    assert_eq!(signed["url"], "https://api.example.test/v1/ping");
    assert_eq!(
        signed["headers"]["Authorization"],
        "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJraWQtMSIsImlhdCI6MTcwMDAwMDAwMH0.MQKzzt_O-74CN1UoGMcTT5UTqmzB__WhdC0QSNaDwd4"
    );
    // An empty header value is not sent at all.
    assert_eq!(signed["headers"]["X-Canonical"], Value::Null);

    // A scheme with its own encoding: sorted pairs, form escaping (the venue's is declared
    // order and RFC 3986, as `items` above shows).
    let signed = request(&sign(spec, "search", r#"{"b":"x y","a":"1"}"#, &[]));
    assert_eq!(
        signed["url"],
        "https://api.example.test/v2/search?a=1&b=x+y"
    );
    assert_eq!(
        signed["headers"]["X-Query-Digest"],
        // Python: hashlib.sha256(b"a=1&b=x+y").hexdigest()
        "22915b1319465972cfbc8cd6d3ee33d36411ad61996d358aef9b6b2950ef9b86"
    );
    // Cloud-style signed headers: the lines and the list come out sorted by lower-case name,
    // values trimmed and inner runs folded; the endpoint's own header is sent as declared;
    // the JSON body's params are read as one unescaped query string.
    let signed = request(&sign(spec, "act", r#"{"qty":"1.50","note":"a b,c"}"#, &[]));
    assert_eq!(signed["url"], "https://api.example.test/v1/act");
    assert_eq!(
        signed["headers"]["X-Lines"],
        // Python: base64.b64encode(b"content-type:application/json\nhost:api.example.test\n"
        //   b"x-action:Run now\nx-ts:1700000000\n")
        "Y29udGVudC10eXBlOmFwcGxpY2F0aW9uL2pzb24KaG9zdDphcGkuZXhhbXBsZS50ZXN0CngtYWN0aW9uOlJ1biBub3cKeC10czoxNzAwMDAwMDAwCg=="
    );
    assert_eq!(
        signed["headers"]["X-Names"],
        "content-type;host;x-action;x-ts"
    );
    assert_eq!(signed["headers"]["X-Params"], "qty=1.50&note=a b,c");
    assert_eq!(signed["headers"]["X-Echo"], "Run now");
    assert_eq!(signed["headers"]["X-Action"], "  Run   now ");
    // An endpoint's own encoding: JSON members sorted by name, form escaping for the params
    // read as a query string (where `+` stays `+` once unescaped).
    let signed = request(&sign(spec, "place", r#"{"zeta":"x y","alpha":5}"#, &[]));
    assert_eq!(signed["body"], r#"{"alpha":5,"zeta":"x y"}"#);
    assert_eq!(signed["headers"]["X-Params"], "zeta=x+y&alpha=5");
    std::fs::remove_dir_all(&dir).ok();
}
