//! Each class of bad spec gets one clear error naming file, line and column.

use std::path::PathBuf;

fn errors(name: &str) -> Vec<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/bad")
        .join(name);
    match venue_codegen::load(&path) {
        Ok(_) => panic!("{name} should not load"),
        Err(err) => err
            .diagnostics()
            .iter()
            .map(|d| {
                format!(
                    "{}:{}:{}: {}",
                    d.file.file_name().unwrap().to_string_lossy(),
                    d.line,
                    d.col,
                    d.message
                )
            })
            .collect(),
    }
}

#[test]
fn yaml_syntax_error() {
    assert_eq!(errors("syntax.yaml"), ["syntax.yaml:9:11: unclosed quote"]);
}

#[test]
fn duplicate_key() {
    assert_eq!(
        errors("duplicate_key.yaml"),
        ["duplicate_key.yaml:11:5: duplicate mapping key: method"]
    );
}

#[test]
fn unknown_algorithm() {
    assert_eq!(
        errors("unknown_algorithm.yaml"),
        [
            "unknown_algorithm.yaml:9:16: unknown function or algorithm `hmac_sha999` (did you mean `hmac_sha256`?)"
        ]
    );
}

#[test]
fn undeclared_credential() {
    assert_eq!(
        errors("undeclared_credential.yaml"),
        [
            "undeclared_credential.yaml:9:28: `secrt` names nothing: not a declared credential, an earlier value, or a request input (did you mean `secret`?)"
        ]
    );
}

#[test]
fn undeclared_parameter() {
    assert_eq!(
        errors("undeclared_param.yaml"),
        [
            "undeclared_param.yaml:19:15: endpoint `order` has no parameter `symbl` (did you mean `symbol`?)"
        ]
    );
}

#[test]
fn duplicate_endpoint() {
    assert_eq!(
        errors("duplicate_endpoint.yaml"),
        ["duplicate_endpoint.yaml:8:13: duplicate endpoint name `ping`"]
    );
}

#[test]
fn placeholder_names_nothing() {
    let e = errors("placeholder.yaml");
    assert_eq!(
        e,
        [
            "placeholder.yaml:12:7: path parameter `order_id` has no `{order_id}` placeholder in `/orders/{orderId}`",
            "placeholder.yaml:9:19: placeholder `{orderId}` names no parameter of endpoint `get_order` (did you mean `order_id`?)",
        ]
    );
}

#[test]
fn module_name_must_be_a_rust_identifier() {
    let e = venue_codegen::load_str(
        std::path::Path::new("my-venue.yaml"),
        "title: x\nbase_urls: {production: https://x.io}\nauth: {}\nendpoints: []\n",
    )
    .unwrap_err()
    .to_string();
    assert_eq!(
        e,
        "my-venue.yaml:1:1: file name `my-venue` must be a snake_case identifier: it names the Rust module"
    );
}

#[test]
fn every_bundled_spec_loads() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../specs");
    let venues = venue_codegen::Generator::new()
        .specs_dir(dir)
        .load_all()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(!venues.is_empty());
}

#[test]
fn param_needs_a_value_of_its_own_after_assembly() {
    let text = "title: x\nbase_urls: {production: https://x.io}\ncredentials: {secret: {}}\nauth:\n  s:\n    let:\n      sig: hex(hmac_sha256(secret, param('a') ~ body))\n    headers: {X: sig}\nendpoints: []\n";
    let e = venue_codegen::load_str(std::path::Path::new("p.yaml"), text)
        .unwrap_err()
        .to_string();
    assert_eq!(
        e,
        "p.yaml:7:12: give `param(…)` a value of its own (e.g. `symbol: param('symbol')`) and use that in `sig`"
    );
}

#[test]
fn param_read_by_a_recipe_must_exist_on_its_endpoints() {
    let text = "title: x\nbase_urls: {production: https://x.io}\ncredentials: {secret: {}}\nauth:\n  s:\n    let:\n      sym: param('symbol')\n    headers: {X: sym}\nendpoints:\n  - {name: ping, method: GET, path: /p, auth: s, params: {sybmol: {}}}\n";
    let e = venue_codegen::load_str(std::path::Path::new("p.yaml"), text)
        .unwrap_err()
        .to_string();
    assert_eq!(
        e,
        "p.yaml:10:47: scheme `s` reads param('symbol'), but endpoint `ping` has no parameter `symbol`"
    );
}

/// Specs that would generate Rust that does not compile, or would silently lose something,
/// are stopped at check time with a message that says what to change.
#[test]
fn names_that_cannot_coexist_in_generated_code() {
    let base = "title: x\nbase_urls: {production: https://x.io}\ncredentials: {secret: {}}\n";
    let cases = [
        (
            "auth:\n  s:\n    let: {sig: hex(sha256(secret))}\n    headers: {X-Sig: sig, x-sig: sig}\nendpoints: []\n",
            "p.yaml:7:27: header `x-sig` is set twice (header names ignore case)",
        ),
        (
            "auth:\n  s:\n    let: {sig: hex(sha256(secret)), unused: hex(sha1(secret))}\n    headers: {X-Sig: sig}\nendpoints: []\n",
            "p.yaml:6:37: value `unused` is never used: place it, or use it in a later value",
        ),
        (
            "auth: {none: {}}\ntypes:\n  Client: {values: [a]}\nendpoints: []\n",
            "p.yaml:6:3: type name `Client` is taken by the generated module or the prelude",
        ),
        (
            "auth: {none: {}}\ntypes:\n  PingParams: {values: [a]}\nendpoints:\n  - {name: ping, method: GET, path: /p, auth: none}\n",
            "p.yaml:8:12: this makes a second Rust type named `PingParams`; rename one of them",
        ),
    ];
    for (rest, want) in cases {
        let text = format!("{base}{rest}");
        let e = venue_codegen::load_str(std::path::Path::new("p.yaml"), &text)
            .unwrap_err()
            .to_string();
        assert_eq!(e, want, "for:\n{text}");
    }
}

#[test]
fn keyword_field_names_generate_valid_rust() {
    let text = "title: x\nbase_urls: {production: https://x.io}\nauth: {none: {}}\ntypes:\n  Thing:\n    fields: {self: string, super: string, type: string}\nendpoints:\n  - {name: get, method: GET, path: /t, auth: none, params: {crate: {}}, response: Thing}\n";
    let venue = venue_codegen::load_str(std::path::Path::new("kw.yaml"), text).unwrap();
    let source = venue_codegen::module_source(&venue);
    assert!(
        source.contains("pub self_: String") && source.contains("pub r#type: String"),
        "{source}"
    );
}

#[test]
fn example_params_are_checked_against_the_endpoint() {
    let text = "title: x\nbase_urls: {production: https://x.io}\nauth: {none: {}}\nendpoints:\n  - {name: order, method: GET, path: /o, auth: none, params: {qty: {type: integer, required: true}, side: {values: [buy, sell]}}}\nexamples:\n  - {name: e, source: s, scheme: none, credentials: {}, endpoint: order, params: {side: hold}, expect: {url: x}}\n";
    let e = venue_codegen::load_str(std::path::Path::new("p.yaml"), text)
        .unwrap_err()
        .to_string();
    assert_eq!(
        e,
        "p.yaml:7:82: example gives no value for required parameter `qty`\np.yaml:7:89: `\"hold\"` is not a valid `side` (buy, sell) value"
    );
}
