//! Each class of bad spec gets one clear error, rendered like rustc's: what is wrong, the file,
//! line and column, the spec line with the span underlined, and a `help:` line where there is one.

use std::path::{Path, PathBuf};

/// The full rendering of loading `tests/bad/<name>` (named by that relative path).
fn rendered(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/bad")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    match venue_codegen::load_str(&Path::new("tests/bad").join(name), &text) {
        Ok(_) => panic!("{name} should not load"),
        Err(err) => err.to_string(),
    }
}

/// The full rendering of loading `text` as `p.yaml`.
fn rendered_str(text: &str) -> String {
    match venue_codegen::load_str(Path::new("p.yaml"), text) {
        Ok(_) => panic!("should not load:\n{text}"),
        Err(err) => err.to_string(),
    }
}

/// One `file:line:col: message` line per problem.
fn short(err: &venue_codegen::Error) -> String {
    let lines: Vec<String> = err.diagnostics().iter().map(|d| d.short()).collect();
    lines.join("\n")
}

#[test]
fn yaml_syntax_error() {
    assert_eq!(
        rendered("syntax.yaml"),
        r#"error: unclosed quote
 --> tests/bad/syntax.yaml:9:11
  |
9 |     path: "/ping
  |           ^^^^^^"#
    );
}

#[test]
fn duplicate_key() {
    assert_eq!(
        rendered("duplicate_key.yaml"),
        "error: duplicate key `method`
  --> tests/bad/duplicate_key.yaml:11:5
   |
11 |     method: POST
   |     ^^^^^^
   |
   = help: a key may appear only once in a mapping: remove or rename one"
    );
}

#[test]
fn unknown_algorithm() {
    assert_eq!(
        rendered("unknown_algorithm.yaml"),
        "error: unknown function or algorithm `hmac_sha999`
 --> tests/bad/unknown_algorithm.yaml:9:16
  |
9 |       sig: hex(hmac_sha999(secret, body))
  |                ^^^^^^^^^^^
  |
  = help: did you mean `hmac_sha256`?"
    );
}

#[test]
fn undeclared_credential() {
    assert_eq!(
        rendered("undeclared_credential.yaml"),
        "error: `secrt` names nothing: not a declared credential, an earlier value, or a request input
 --> tests/bad/undeclared_credential.yaml:9:28
  |
9 |       sig: hex(hmac_sha256(secrt, body))
  |                            ^^^^^
  |
  = help: did you mean `secret`?"
    );
}

#[test]
fn undeclared_parameter() {
    assert_eq!(
        rendered("undeclared_param.yaml"),
        "error: endpoint `order` has no parameter `symbl`
  --> tests/bad/undeclared_param.yaml:19:15
   |
19 |     params: { symbl: BTC }
   |               ^^^^^
   |
   = help: did you mean `symbol`?"
    );
}

#[test]
fn duplicate_endpoint() {
    assert_eq!(
        rendered("duplicate_endpoint.yaml"),
        "error: duplicate endpoint name `ping`
 --> tests/bad/duplicate_endpoint.yaml:8:13
  |
8 |   - { name: ping, method: GET, path: /ping2, auth: none }
  |             ^^^^"
    );
}

/// Two problems in one file: both rendered, a blank line between them.
#[test]
fn placeholder_names_nothing() {
    assert_eq!(
        rendered("placeholder.yaml"),
        "error: path parameter `order_id` has no `{order_id}` placeholder in `/orders/{orderId}`
  --> tests/bad/placeholder.yaml:12:7
   |
12 |       order_id: { in: path }
   |       ^^^^^^^^

error: placeholder `{orderId}` names no parameter of endpoint `get_order`
 --> tests/bad/placeholder.yaml:9:19
  |
9 |     path: /orders/{orderId}
  |                   ^^^^^^^^^
  |
  = help: did you mean `order_id`?"
    );
}

#[test]
fn unknown_key_lists_the_valid_keys() {
    let text =
        "title: x\nbase_urls: {production: https://x.io, sandboxx: y}\nauth: {}\nendpoints: []\n";
    assert_eq!(
        rendered_str(text),
        "error: unknown key `sandboxx`
 --> p.yaml:2:39
  |
2 | base_urls: {production: https://x.io, sandboxx: y}
  |                                       ^^^^^^^^
  |
  = help: did you mean `sandbox`?
  = help: valid keys here: `production`, `sandbox`"
    );
    let text =
        "title: x\nbase_urls: {production: https://x.io}\nauth: {}\nendpoints: []\nbogus: 1\n";
    assert_eq!(
        rendered_str(text),
        "error: unknown key `bogus`
 --> p.yaml:5:1
  |
5 | bogus: 1
  | ^^^^^
  |
  = help: valid keys here: `title`, `description`, `docs`, `base_urls`, `credentials`, `encoding`, `envelope`, `jsonrpc`, `auth`, `types`, `endpoints`, `webhooks`, `examples`, `server_time`"
    );
}

#[test]
fn unknown_value_lists_the_valid_values() {
    let text = "title: x\nbase_urls: {production: https://x.io}\nauth: {}\nendpoints:\n  - {name: ping, method: GOT, path: /p, auth: none}\n";
    assert_eq!(
        rendered_str(text),
        "error: unknown value `GOT`
 --> p.yaml:5:26
  |
5 |   - {name: ping, method: GOT, path: /p, auth: none}
  |                          ^^^
  |
  = help: did you mean `GET`?
  = help: valid values here: `GET`, `POST`, `PUT`, `DELETE`, `PATCH`"
    );
}

#[test]
fn wrong_type_names_the_expected_type() {
    let text = "title: [1]\nbase_urls: {production: https://x.io}\nauth: {}\nendpoints: []\n";
    assert_eq!(
        rendered_str(text),
        "error: wrong type
 --> p.yaml:1:8
  |
1 | title: [1]
  |        ^
  |
  = help: expected a string"
    );
    let text = "title: x\nbase_urls: {production: https://x.io}\nauth: {}\nendpoints: 5\n";
    assert_eq!(
        rendered_str(text),
        "error: wrong type
 --> p.yaml:4:12
  |
4 | endpoints: 5
  |            ^
  |
  = help: expected a list (`- item` lines or `[a, b]`)"
    );
    let text = "title: x\nbase_urls: {production: https://x.io}\nauth: {}\nendpoints:\n  - {name: ping, method: GET, path: /p, auth: none, params: {a: {required: maybe}}}\n";
    assert_eq!(
        rendered_str(text),
        "error: invalid boolean
 --> p.yaml:5:76
  |
5 |   - {name: ping, method: GET, path: /p, auth: none, params: {a: {required: maybe}}}
  |                                                                            ^^^^^
  |
  = help: expected `true` or `false`"
    );
}

/// The macro's `compile_error!` gets the same text without the leading `error: `, which
/// rustc adds itself.
#[test]
fn compile_error_text_drops_the_level() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/bad/unknown_algorithm.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let err = venue_codegen::load_str(Path::new("unknown_algorithm.yaml"), &text).unwrap_err();
    let [d] = err.diagnostics() else {
        panic!("one diagnostic: {err}")
    };
    assert_eq!(
        d.render_for_compile_error(),
        "unknown function or algorithm `hmac_sha999`
 --> unknown_algorithm.yaml:9:16
  |
9 |       sig: hex(hmac_sha999(secret, body))
  |                ^^^^^^^^^^^
  |
  = help: did you mean `hmac_sha256`?"
    );
    let tokens = venue_codegen::expand_macro(&path).to_string();
    assert!(tokens.starts_with("compile_error !"), "{tokens}");
    assert!(
        tokens.contains("help: did you mean `hmac_sha256`?"),
        "{tokens}"
    );
}

/// Without the file's text (or past its end) only the position is shown; nothing panics.
#[test]
fn rendering_without_a_snippet() {
    let d = venue_codegen::Diagnostic::new(
        "a.yaml",
        3,
        2,
        "another spec file already generates module `a`".into(),
    );
    assert_eq!(
        d.to_string(),
        "error: another spec file already generates module `a`\n--> a.yaml:3:2"
    );
    let past_end = d
        .clone()
        .with_source("x: 1\n".into())
        .with_help("did you mean `b`?");
    assert_eq!(
        past_end.to_string(),
        "error: another spec file already generates module `a`\n--> a.yaml:3:2\n = help: did you mean `b`?"
    );
    let past_col = venue_codegen::Diagnostic::new("a.yaml", 1, 40, "m (did you mean `n`?)".into())
        .with_source("é\tx: 'ü\n".into());
    assert_eq!(past_col.help, ["did you mean `n`?"]);
    assert!(
        past_col
            .to_string()
            .starts_with("error: m\n --> a.yaml:1:8\n  |\n1 | é    x: 'ü\n  |           ^\n"),
        "{past_col}"
    );
}

#[test]
fn module_name_must_be_a_rust_identifier() {
    let e = venue_codegen::load_str(
        std::path::Path::new("my-venue.yaml"),
        "title: x\nbase_urls: {production: https://x.io}\nauth: {}\nendpoints: []\n",
    )
    .unwrap_err();
    let e = short(&e);
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
    let e = venue_codegen::load_str(std::path::Path::new("p.yaml"), text).unwrap_err();
    let e = short(&e);
    assert_eq!(
        e,
        "p.yaml:7:12: give `param(…)` a value of its own (e.g. `symbol: param('symbol')`) and use that in `sig`"
    );
}

#[test]
fn param_read_by_a_recipe_must_exist_on_its_endpoints() {
    let text = "title: x\nbase_urls: {production: https://x.io}\ncredentials: {secret: {}}\nauth:\n  s:\n    let:\n      sym: param('symbol')\n    headers: {X: sym}\nendpoints:\n  - {name: ping, method: GET, path: /p, auth: s, params: {sybmol: {}}}\n";
    let e = venue_codegen::load_str(std::path::Path::new("p.yaml"), text).unwrap_err();
    let e = short(&e);
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
        let e = venue_codegen::load_str(std::path::Path::new("p.yaml"), &text).unwrap_err();
        let e = short(&e);
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
    let e = venue_codegen::load_str(std::path::Path::new("p.yaml"), text).unwrap_err();
    let e = short(&e);
    assert_eq!(
        e,
        "p.yaml:7:82: example gives no value for required parameter `qty`\np.yaml:7:89: `\"hold\"` is not a valid `side` (buy, sell) value"
    );
}

/// The head of a spec whose scheme `s` has the given `let` and `headers` (flow mappings).
fn scheme_spec(lets: &str, headers: &str) -> String {
    format!(
        "title: x\nbase_urls: {{production: https://x.io}}\ncredentials: {{secret: {{}}}}\nauth:\n  s:\n    let: {lets}\n    headers: {headers}\nendpoints: []\n"
    )
}

/// Calls nested thousands deep would overflow the parser's stack; past 64 levels they are
/// refused at the call that goes one level too deep.
#[test]
fn deeply_nested_calls_are_refused() {
    let deep = "hex(".repeat(5000) + "secret" + &")".repeat(5000);
    let text = scheme_spec(&format!("{{sig: '{deep}'}}"), "{X: sig}");
    let e = venue_codegen::load_str(Path::new("p.yaml"), &text).unwrap_err();
    assert_eq!(
        short(&e),
        format!(
            "p.yaml:6:{}: in `{}…`: calls nest more than 64 deep here",
            17 + 4 * 64,
            "hex(".repeat(15)
        )
    );
    let deep = "lower(".repeat(10) + "x" + &")".repeat(10);
    let text = format!(
        "title: x\nbase_urls: {{production: https://x.io}}\nauth:\n  s:\n    headers:\n      X: {deep}\nendpoints: []\n"
    );
    assert!(venue_codegen::load_str(Path::new("p.yaml"), &text).is_err());
    let deep = "upper(".repeat(65) + "x" + &")".repeat(65);
    let text = format!(
        "title: x\nbase_urls: {{production: https://x.io}}\nauth:\n  s:\n    headers:\n      X: {deep}\nendpoints: []\n"
    );
    assert_eq!(
        rendered_str(&text),
        "error: in `upper(upper(upper(upper(upper(upper(upper(upper(upper(upper(…`: calls nest more than 64 deep here
 --> p.yaml:6:394
  |
6 | ...r(upper(upper(upper(upper(upper(upper(upper(upper(upper(upper(upper(x)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))...
  |                                                                  ^^^^^"
    );
}

/// `[[[…]]]` and `{{{…}}}` thousands deep are refused past 64 levels, at the bracket that
/// goes one level too deep.
#[test]
fn deeply_nested_types_are_refused() {
    let deep = "[".repeat(5000) + "string" + &"]".repeat(5000);
    let text = format!(
        "title: x\nbase_urls: {{production: https://x.io}}\nauth: {{none: {{}}}}\ntypes:\n  T: {{fields: {{a: '{deep}'}}}}\nendpoints: []\n"
    );
    let e = venue_codegen::load_str(Path::new("p.yaml"), &text).unwrap_err();
    assert_eq!(
        short(&e),
        "p.yaml:5:84: `[…]` and `{…}` nest more than 64 deep here"
    );
    let deep = "{[".repeat(33) + "string" + &"]}".repeat(33);
    let text = format!(
        "title: x\nbase_urls: {{production: https://x.io}}\nauth: {{none: {{}}}}\nendpoints:\n  - name: get\n    method: GET\n    path: /t\n    auth: none\n    response: '{deep}'\n"
    );
    assert_eq!(
        rendered_str(&text),
        "error: `[…]` and `{…}` nest more than 64 deep here
 --> p.yaml:9:80
  |
9 |     response: '{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[{[string]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}]}...
  |                                                                                ^"
    );
}

/// A struct holding itself by value, directly or through other structs, is refused naming
/// the cycle (rustc would say E0072); a list or a map in the cycle is fine, `T?` is not.
#[test]
fn recursive_types_are_refused() {
    let base = "title: x\nbase_urls: {production: https://x.io}\nauth: {none: {}}\n";
    let text = format!("{base}types:\n  Loop: {{fields: {{next: Loop}}}}\nendpoints: []\n");
    assert_eq!(
        rendered_str(&text),
        "error: type `Loop` contains itself (`Loop.next` → `Loop`), so it would be infinitely large
 --> p.yaml:5:25
  |
5 |   Loop: {fields: {next: Loop}}
  |                         ^^^^
  |
  = help: hold it in a list `[Loop]` or a map `{Loop}`, which Rust keeps on the heap (`Loop?` is not enough), or use `json`"
    );
    let text = format!(
        "{base}types:\n  A: {{fields: {{id: string, b: B}}}}\n  B:\n    fields:\n      c: {{type: C?}}\n  C: {{fields: {{a: A}}}}\nendpoints: []\n"
    );
    assert_eq!(
        rendered_str(&text),
        "error: type `A` contains itself (`A.b` → `B.c` → `C.a` → `A`), so it would be infinitely large
 --> p.yaml:5:31
  |
5 |   A: {fields: {id: string, b: B}}
  |                               ^
  |
  = help: hold it in a list `[B]` or a map `{B}`, which Rust keeps on the heap (`B?` is not enough), or use `json`"
    );
    // One field breaks every cycle through it; independent cycles are each reported.
    let text = format!(
        "{base}types:\n  Start: {{fields: {{a: A}}}}\n  A: {{fields: {{b: B}}}}\n  B: {{fields: {{s: Start?, a: A}}}}\nendpoints: []\n"
    );
    let e = venue_codegen::load_str(Path::new("p.yaml"), &text).unwrap_err();
    assert_eq!(
        short(&e),
        "p.yaml:5:23: type `Start` contains itself (`Start.a` → `A.b` → `B.s` → `Start`), so it would be infinitely large
p.yaml:6:19: type `A` contains itself (`A.b` → `B.a` → `A`), so it would be infinitely large"
    );
    let text = format!(
        "{base}types:\n  Start: {{fields: {{a: A}}}}\n  A: {{fields: {{b: B}}}}\n  B: {{fields: {{s: '[Start]'}}}}\nendpoints: []\n"
    );
    assert!(venue_codegen::load_str(Path::new("p.yaml"), &text).is_ok());
    for types in [
        "types:\n  Tree: {fields: {kids: '[Tree]', by_name: '{Tree}', up: '[Tree]?'}}\n",
        "types:\n  Node: {fields: {kids: '[Node]?', x: E, y: Leaf}}\n  E: {values: [a]}\n  Leaf: {fields: {e: E?}}\n",
    ] {
        let text = format!("{base}{types}endpoints: []\n");
        let venue =
            venue_codegen::load_str(Path::new("p.yaml"), &text).unwrap_or_else(|e| panic!("{e}"));
        assert!(venue_codegen::module_source(&venue).contains("pub mod"));
    }
}

/// A literal CR, LF, NUL or other control character (TAB aside) that reaches a header value
/// unencoded would make every request of the scheme fail; it is refused at the literal, or at
/// the value that carries it. Hashed or encoded literals are fine.
#[test]
fn control_characters_in_header_literals_are_refused() {
    let text = scheme_spec("{}", r#"{X: "'a\r\nb'"}"#);
    assert_eq!(
        rendered_str(&text),
        r#"error: header `X` would carry a carriage return (CR) from this literal; header values cannot hold control characters
 --> p.yaml:7:19
  |
7 |     headers: {X: "'a\r\nb'"}
  |                   ^^^^^^^^"#
    );
    let text = scheme_spec("{}", r#"{X: "unix_ms() ~ '\\n'"}"#);
    assert_eq!(
        rendered_str(&text),
        r#"error: header `X` would carry a line feed (LF) from this literal; header values cannot hold control characters
 --> p.yaml:7:31
  |
7 |     headers: {X: "unix_ms() ~ '\\n'"}
  |                               ^^^^^"#
    );
    let text = scheme_spec(r#"{pre_: "'v\\0'", tag: "upper(pre_ ~ 'x')"}"#, "{X: tag}");
    let e = venue_codegen::load_str(Path::new("p.yaml"), &text).unwrap_err();
    assert_eq!(
        short(&e),
        "p.yaml:7:18: header `X` would carry a NUL from value `tag`; header values cannot hold control characters"
    );
    let text = scheme_spec("{}", r#"{X: "'\x1b'"}"#);
    let e = venue_codegen::load_str(Path::new("p.yaml"), &text).unwrap_err();
    assert_eq!(
        short(&e),
        "p.yaml:7:19: header `X` would carry the control character U+001B from this literal; header values cannot hold control characters"
    );
    let text = scheme_spec("{}", r#"{X: "'a\tb' ~ hex('\\r') ~ url_encode('\\n')"}"#);
    assert!(venue_codegen::load_str(Path::new("p.yaml"), &text).is_ok());
    // Header names are HTTP tokens, so no control character gets into one either.
    let text = scheme_spec("{}", r#"{"X\r\nY": "'a'"}"#);
    let e = venue_codegen::load_str(Path::new("p.yaml"), &text).unwrap_err();
    assert!(
        short(&e).starts_with("p.yaml:7:15: header name `X\r\nY` is not a valid HTTP header name"),
        "{e}"
    );
}

#[test]
fn server_time_must_name_a_usable_endpoint() {
    let spec = |server_time: &str| {
        format!(
            "title: x\nbase_urls: {{production: https://x.io}}\nauth: {{public: {{}}}}\n\
             endpoints:\n  - {{name: time, method: GET, path: /t, auth: public}}\n  \
             - {{name: order, method: GET, path: /o, auth: public, params: {{id: {{required: true}}}}}}\n\
             server_time: {server_time}\n"
        )
    };
    let short_of = |server_time: &str| {
        let err = venue_codegen::load_str(Path::new("p.yaml"), &spec(server_time)).unwrap_err();
        short(&err)
    };
    assert_eq!(
        short_of("{endpoint: tme, unit: ms}"),
        "p.yaml:7:25: no endpoint `tme`"
    );
    let err = venue_codegen::load_str(Path::new("p.yaml"), &spec("{endpoint: tme, unit: ms}"));
    assert!(
        err.unwrap_err()
            .to_string()
            .contains("help: did you mean `time`?")
    );
    assert_eq!(
        short_of("{endpoint: order, unit: ms}"),
        "p.yaml:7:25: endpoint `order` needs param `id`; a server-time endpoint must take no required params"
    );
    assert_eq!(
        short_of("{endpoint: time, pointer: serverTime, unit: ms}"),
        "p.yaml:7:40: `serverTime` is not a JSON pointer: write \"\" for the whole payload or start with `/` (e.g. `/serverTime`)"
    );
    assert_eq!(
        short_of("{endpoint: time, unit: minutes}"),
        "p.yaml:7:37: unknown value `minutes`"
    );
    let err = venue_codegen::load_str(
        Path::new("p.yaml"),
        &spec("{endpoint: time, unit: minutes}"),
    );
    let text = err.unwrap_err().to_string();
    assert!(text.contains("`s`, `ms`, `us`, `ns`"), "{text}");
    assert!(
        venue_codegen::load_str(
            Path::new("p.yaml"),
            &spec("{endpoint: time, pointer: /0/ts, unit: ms}")
        )
        .is_ok()
    );
}

/// A spec whose one scheme computes `sig: EXPR`, for errors in recipe operations.
fn recipe_error(expr: &str) -> String {
    let text = format!(
        "title: x\nbase_urls: {{production: https://x.io}}\ncredentials: {{secret: {{}}}}\n\
         auth:\n  s:\n    let:\n      sig: \"{expr}\"\n    headers: {{X-Sig: sig}}\n\
         endpoints:\n  - {{name: e, method: GET, path: /e, auth: s}}\n"
    );
    match venue_codegen::load_str(Path::new("p.yaml"), &text) {
        Ok(_) => panic!("should not load: {expr}"),
        Err(err) => short(&err),
    }
}

#[test]
fn second_edition_operations_are_checked() {
    assert_eq!(
        recipe_error("time('%Y-%m-%q')"),
        "p.yaml:7:18: `time` does not know `%q`: use %Y %m %d %H %M %S %f (ms) %s (Unix seconds) %a (weekday) %b (month) or %%"
    );
    assert_eq!(
        recipe_error("time(secret)"),
        "p.yaml:7:13: `time` takes a pattern in quotes, e.g. `time('%Y%m%dT%H%M%SZ')`"
    );
    assert_eq!(
        recipe_error("json_object('a', secret, 'b')"),
        "p.yaml:7:13: `json_object` takes names and values in pairs: `json_object('name', value, …)`"
    );
    assert_eq!(
        recipe_error("json_object(secret, 'a')"),
        "p.yaml:7:25: a `json_object` member name must be a literal in quotes"
    );
    assert_eq!(
        recipe_error("if(body, 'a')"),
        "p.yaml:7:13: `if` takes 3 argument(s), not 2"
    );
    assert_eq!(
        recipe_error("sort_query(sha256(query))"),
        "p.yaml:7:24: argument 1 of `sort_query` is raw bytes, but it takes text or an integer"
    );
    assert_eq!(
        recipe_error("base64url_nopd(body)"),
        "p.yaml:7:13: unknown function or algorithm `base64url_nopd`"
    );
}

/// Fields and `auth:` accept two shapes each; a wrong one says which two, not "did not match
/// any variant of untagged enum".
#[test]
fn two_shaped_values_say_what_they_expected() {
    let field = "title: x\nbase_urls: {production: https://x.io}\nauth: {public: {}}\n\
                 types:\n  T:\n    fields:\n      b: [5]\nendpoints: []\n";
    assert_eq!(
        rendered_str(field),
        "error: invalid type: found sequence
 --> p.yaml:7:7
  |
7 |       b: [5]
  |       ^
  |
  = help: expected a type (`string`, `decimal`, `[Order]`, …) or `{ type: …, description: … }`"
    );
    let auth = "title: x\nbase_urls: {production: https://x.io}\nauth: {public: {}}\n\
                endpoints:\n  - {name: e, method: GET, path: /e, auth: {x: 1}}\n";
    assert_eq!(
        rendered_str(auth),
        "error: invalid type: found map
 --> p.yaml:5:44
  |
5 |   - {name: e, method: GET, path: /e, auth: {x: 1}}
  |                                            ^
  |
  = help: expected an auth scheme's name, or a list of names (`[hmac, ed25519]`)"
    );
}

#[test]
fn es256_operations_are_checked() {
    assert_eq!(
        recipe_error("hex(es256_sign(secret, body))"),
        "p.yaml:7:28: argument 1 of `es256_sign` is text, but it takes an ECDSA P-256 key"
    );
    assert_eq!(
        recipe_error("hex(es256_sign(ed25519_key(secret), body))"),
        "p.yaml:7:28: argument 1 of `es256_sign` is an Ed25519 key, but it takes an ECDSA P-256 key"
    );
    assert_eq!(
        recipe_error("ecdsa_p256_key(secret) ~ body"),
        "p.yaml:7:13: cannot concatenate an ECDSA P-256 key"
    );
    assert_eq!(
        recipe_error("ecdsa_p256_key(body)"),
        "p.yaml:7:12: key `sig` must be built from credentials only, so it is parsed once\n\
         p.yaml:8:22: `headers.X-Sig` gets an ECDSA P-256 key\n\
         p.yaml:7:7: value `sig` is never used: place it, or use it in a later value"
    );
    assert_eq!(
        recipe_error("es256_sign(ecdsa_p256_key(secret))"),
        "p.yaml:7:13: `es256_sign` takes 2 argument(s), not 1"
    );
}

#[test]
fn random_tokens_are_checked() {
    assert_eq!(
        recipe_error("random_hex(0)"),
        "p.yaml:7:24: `random_hex` takes a literal byte count from 1 to 16, e.g. `random_hex(16)`"
    );
    assert_eq!(
        recipe_error("random_hex(17)"),
        "p.yaml:7:24: `random_hex` takes a literal byte count from 1 to 16, e.g. `random_hex(16)`"
    );
    assert_eq!(
        recipe_error("uuid4(body)"),
        "p.yaml:7:13: `uuid4` takes 0 argument(s), not 1"
    );
    let text = "title: x\nbase_urls: {production: https://x.io}\ncredentials: {secret: {}}\n\
                auth:\n  s:\n    let:\n      sig: uuid4()\n    headers: {X-Sig: sig}\n\
                endpoints:\n  - {name: e, method: GET, path: /e, auth: s}\n\
                examples:\n  - {name: x, source: y, scheme: s, credentials: {secret: k}, random: abc, request: {method: GET, path: /e}, expect: {}}\n";
    let err = venue_codegen::load_str(Path::new("p.yaml"), text).unwrap_err();
    assert_eq!(
        short(&err),
        "p.yaml:12:71: `random` must be 32 hex digits (128 bits), not `abc`"
    );
}

#[test]
fn a_scheme_overrides_only_query_order_and_escaping() {
    let spec = |encoding: &str| {
        format!(
            "title: x\nbase_urls: {{production: https://x.io}}\n\
             auth:\n  s:\n    encoding: {encoding}\n\
             endpoints:\n  - {{name: e, method: GET, path: /e, auth: s}}\n"
        )
    };
    let short_of = |encoding: &str| {
        short(&venue_codegen::load_str(Path::new("p.yaml"), &spec(encoding)).unwrap_err())
    };
    assert_eq!(short_of("{body: form}"), "p.yaml:5:16: unknown key `body`");
    assert_eq!(
        short_of("{query_order: random}"),
        "p.yaml:5:29: unknown value `random`"
    );
    assert!(
        venue_codegen::load_str(
            Path::new("p.yaml"),
            &spec("{query_order: sorted, escape: form}")
        )
        .is_ok()
    );
}

/// A spec whose scheme `s` has the given lets and headers, used by endpoint `e` (with the
/// given endpoint headers).
fn header_spec(lets: &str, headers: &str, endpoint_headers: &str) -> String {
    format!(
        "title: x\nbase_urls: {{production: https://x.io}}\ncredentials: {{secret: {{}}}}\n\
         auth:\n  s:\n    let:\n{lets}    headers: {headers}\n\
         endpoints:\n  - {{name: e, method: POST, path: /e, auth: s, headers: {endpoint_headers}}}\n"
    )
}

fn header_errors(lets: &str, headers: &str, endpoint_headers: &str) -> String {
    match venue_codegen::load_str(
        Path::new("p.yaml"),
        &header_spec(lets, headers, endpoint_headers),
    ) {
        Ok(_) => panic!("should not load: {lets} {headers} {endpoint_headers}"),
        Err(err) => short(&err),
    }
}

#[test]
fn signed_headers_are_checked() {
    // Names must be literals and HTTP tokens, each named once.
    assert_eq!(
        recipe_error("canonical_headers(secret)"),
        "p.yaml:7:31: `canonical_headers` takes header names in quotes, e.g. `canonical_headers('host')`"
    );
    assert_eq!(
        recipe_error("signed_headers('Host', 'host')"),
        "p.yaml:7:36: header `host` is named twice (header names ignore case)"
    );
    assert_eq!(
        recipe_error("header('bad name')"),
        "p.yaml:7:20: `bad name` is not a valid HTTP header name"
    );
    assert_eq!(
        recipe_error("header('a', 'b')"),
        "p.yaml:7:13: `header` takes one header name"
    );
    assert_eq!(
        recipe_error("canonical_header('host')"),
        "p.yaml:7:13: unknown function or algorithm `canonical_header`"
    );
    // A header the endpoint does not send.
    assert_eq!(
        header_errors(
            "      sig: hex(hmac_sha256(secret, canonical_headers('Host', 'X-Action')))\n",
            "{X-Sig: sig}",
            "{}"
        ),
        "p.yaml:10:45: scheme `s` signs header `X-Action`, but endpoint `e` does not send it; add it under the endpoint's `headers:`"
    );
    // A header built from the value that signs it.
    assert_eq!(
        header_errors(
            "      sig: hex(hmac_sha256(secret, canonical_headers('Host', 'X-Sig')))\n",
            "{X-Sig: sig}",
            "{}"
        ),
        "p.yaml:7:62: header `X-Sig` is computed from `sig`, which is not known yet here; a value cannot sign a header built from it or from later values"
    );
    // The same header set in two places, and bad endpoint headers.
    assert_eq!(
        header_errors(
            "      sig: hex(hmac_sha256(secret, body))\n",
            "{X-Sig: sig}",
            "{x-sig: a, X-A: \"b\\nc\", \"b c\": d}"
        ),
        "p.yaml:10:73: header `X-A` holds the control character U+000A; header values cannot\n\
         p.yaml:10:81: header name `b c` is not a valid HTTP header name\n\
         p.yaml:10:58: header `x-sig` is also set by scheme `s`; set it in one place"
    );
    // Each works when the headers exist: the endpoint's own, the scheme's, Host, Content-Type.
    let ok = header_spec(
        "      ts: unix_s()\n      \
         sig: \"hex(hmac_sha256(secret, canonical_headers('Content-Type', 'host', 'X-Action', 'X-Ts') ~ signed_headers('X-Ts', 'Host') ~ trim(header('X-Action'))))\"\n",
        "{X-Ts: ts, X-Sig: sig}",
        "{X-Action: Go}",
    );
    venue_codegen::load_str(Path::new("p.yaml"), &ok).expect("loads");
}

#[test]
fn sorted_json_keys_and_a_body_root_are_refused_together() {
    let text = "title: x\nbase_urls: {production: https://x.io}\n\
                encoding: {body: json, body_root: payload}\n\
                auth:\n  s: {}\n\
                endpoints:\n  - {name: e, method: POST, path: /e, auth: s, encoding: {json_keys: sorted}}\n";
    let err = venue_codegen::load_str(Path::new("p.yaml"), text).unwrap_err();
    assert_eq!(
        short(&err),
        "p.yaml:7:70: sorted JSON keys cannot be combined with `body_root`"
    );
    // An endpoint may also set its own query order and escaping; an unknown key is refused.
    let text = text.replace(
        "{json_keys: sorted}",
        "{query_order: sorted, escape: form, body: form}",
    );
    let err = venue_codegen::load_str(Path::new("p.yaml"), &text).unwrap_err();
    assert_eq!(short(&err), "p.yaml:7:94: unknown key `body`");
}

/// A valid spec with one webhook; each webhook case below changes one thing in it.
const WEBHOOK_SPEC: &str = "title: P
base_urls: { production: https://p.example }
auth: { none: {} }
endpoints:
  - { name: ping, method: GET, path: /ping, auth: none }
webhooks:
  hook:
    credentials:
      secret: {}
    let:
      sig: header('X-Sig')
      t: kv(sig, ',', 't')
      expected: hex(hmac_sha256(secret, t ~ '.' ~ body))
    verify:
      signature: expected
      received: kv(sig, ',', 'v1')
      timestamp: { value: t, unit: s, tolerance: 300 }
";

/// The `file:line:col: message` lines of loading `WEBHOOK_SPEC` with `from` replaced by `to`
/// (once) and `extra` appended.
fn webhook_errors(from: &str, to: &str, extra: &str) -> String {
    assert!(WEBHOOK_SPEC.contains(from), "{from}");
    let text = WEBHOOK_SPEC.replacen(from, to, 1) + extra;
    match venue_codegen::load_str(Path::new("p.yaml"), &text) {
        Ok(_) => panic!("should not load:\n{text}"),
        Err(err) => short(&err),
    }
}

#[test]
fn webhook_spec_is_valid_as_written() {
    let venue = venue_codegen::load_str(Path::new("p.yaml"), WEBHOOK_SPEC).expect("loads");
    assert_eq!(venue.webhooks.len(), 1);
}

#[test]
fn webhook_header_needs_a_literal_name() {
    assert_eq!(
        rendered_str(&WEBHOOK_SPEC.replacen("header('X-Sig')", "header(sig_name)", 1)),
        "error: `header` takes one header name in quotes, e.g. `header('X-Signature')`
  --> p.yaml:11:12
   |
11 |       sig: header(sig_name)
   |            ^^^^^^
   |"
        .trim_end_matches("\n   |")
    );
    assert_eq!(
        webhook_errors("header('X-Sig')", "header('X Sig')", ""),
        "p.yaml:11:19: `X Sig` is not a valid HTTP header name"
    );
}

#[test]
fn webhook_recipe_names() {
    assert_eq!(
        webhook_errors("'.' ~ body", "'.' ~ bdy", ""),
        "p.yaml:13:51: `bdy` names nothing: not a credential of this webhook, an earlier value, or `body`"
    );
    assert_eq!(
        webhook_errors("'.' ~ body", "'.' ~ path", ""),
        "p.yaml:13:51: `path` belongs to a request being sent; a webhook recipe reads `body`, `header('Name')` and the webhook's credentials"
    );
    assert_eq!(
        webhook_errors("kv(sig, ',', 't')", "unix_s()", ""),
        "p.yaml:12:10: `unix_s` reads the clock of a request being sent, which a webhook recipe has not; `verify.timestamp` checks the received time"
    );
    assert_eq!(
        webhook_errors("kv(sig, ',', 't')", "kv(sig, ',', sig)", ""),
        "p.yaml:12:23: `kv` takes a separator and an entry name in quotes, e.g. `kv(sig, ',', 't')`"
    );
    assert_eq!(
        webhook_errors("secret: {}", "secret: {}\n      body: {}", ""),
        "p.yaml:10:7: credential name `body` is used by the generated `verify`; pick another"
    );
    assert_eq!(
        webhook_errors("      expected:", "      spare: sig\n      expected:", ""),
        "p.yaml:13:7: value `spare` is never used: use it in `verify` or in a later value"
    );
}

#[test]
fn webhook_checks_kinds_and_coverage() {
    // A value no check reads any more is reported too.
    assert_eq!(
        webhook_errors(
            "signature: expected",
            "signature: hmac_sha256(secret, t ~ '.' ~ body)",
            ""
        ),
        "p.yaml:15:18: `verify.signature` must be text, but it is raw bytes; encode them as the sender does, e.g. with hex() or base64()
p.yaml:13:7: value `expected` is never used: use it in `verify` or in a later value"
    );
    assert_eq!(
        webhook_errors("received: kv(sig, ',', 'v1')", "received: expected", ""),
        "p.yaml:16:17: `verify.received` must be the signature the sender sent: read it from a `header('…')`, not from `body` or a credential"
    );
    assert_eq!(
        webhook_errors("secret, t ~ '.' ~ body", "secret, t", ""),
        "p.yaml:15:18: `verify.signature` never reads `body`, so a changed body would still verify"
    );
    assert_eq!(
        webhook_errors("secret, t ~ '.' ~ body", "secret, body", ""),
        "p.yaml:17:27: `verify.signature` does not cover this timestamp, so a replayed webhook could carry a fresh one"
    );
    assert_eq!(
        webhook_errors("unit: s", "unit: us", ""),
        "p.yaml:17:36: a webhook timestamp's `unit` is `s` or `ms`"
    );
    assert_eq!(
        webhook_errors("value: t,", "value: body,", ""),
        "p.yaml:17:27: `verify.timestamp.value` must be an integer or text of digits, but it is raw bytes"
    );
    assert_eq!(
        webhook_errors(
            "tolerance: 300 }",
            "tolerance: 300 }\n    payload: Evnt",
            ""
        ),
        "p.yaml:18:14: unknown type `Evnt`; use string, integer, decimal, bool, json, [T], {T}, T? or a name under `types`"
    );
}

#[test]
fn webhook_example_fields() {
    let examples = r#"examples:
  - name: e1
    source: test
    webhook: hook
    scheme: none
    credentials: { secrt: x }
    received: { headers: { X-Sig: "t=1,v1=00" }, body: "{}" }
    expect: { verified: false }
  - name: e2
    source: test
    webhook: hok
    credentials: { secret: x }
    received: { body: "{}" }
    expect: { error: stale }
  - name: e3
    source: test
    scheme: none
    credentials: {}
    request: { method: GET, path: /ping }
    received: { body: "{}" }
    expect: {}
"#;
    assert_eq!(
        webhook_errors("", "", examples),
        "p.yaml:22:5: `scheme` belongs to a request example; a webhook example gives `received`
p.yaml:23:20: webhook `hook` has no credential `secrt`
p.yaml:23:18: example gives no value for credential `secret`
p.yaml:25:25: say how verification fails with `error:` (bad_signature, stale, missing_header, malformed or payload)
p.yaml:28:14: example verifies webhook `hok`, which is not declared
p.yaml:32:5: `received` belongs to a webhook example; name the webhook with `webhook:`"
    );
}

#[test]
fn a_key_is_bound_to_a_value_of_its_own() {
    assert_eq!(
        recipe_error("hex(ed25519_sign(ed25519_key(secret), body))"),
        "p.yaml:7:30: give an Ed25519 key a value of its own under `let` (e.g. `key: …`), so it is parsed once, when the client is built"
    );
}

/// Old Mac line endings (a lone CR) count as line breaks in the snippet as they do in YAML.
#[test]
fn lone_cr_line_endings_show_the_right_line() {
    let text = "title: x\rbase_urls: {production: https://x.io}\rcredentials: {secret: {}}\r\
                auth:\r  s:\r    let:\r      sig: hex(hmac_sha999(secret, body))\r    headers: {X-Sig: sig}\r\
                endpoints:\r  - {name: e, method: GET, path: /e, auth: s}\r";
    assert_eq!(
        rendered_str(text),
        "error: unknown function or algorithm `hmac_sha999`
 --> p.yaml:7:16
  |
7 |       sig: hex(hmac_sha999(secret, body))
  |                ^^^^^^^^^^^
  |
  = help: did you mean `hmac_sha256`?"
    );
}

#[test]
fn given_takes_an_optional_credential() {
    assert_eq!(
        recipe_error("given(secret)"),
        "p.yaml:7:19: `given` takes the name of an optional credential, e.g. `given(sub_account)`"
    );
    assert_eq!(
        recipe_error("given('x')"),
        "p.yaml:7:19: `given` takes the name of an optional credential, e.g. `given(sub_account)`"
    );
}

/// A valid spec whose webhook is checked with the sender's public key.
const SIGNED_SPEC: &str = "title: P
base_urls: { production: https://p.example }
auth: { none: {} }
endpoints:
  - { name: ping, method: GET, path: /ping, auth: none }
webhooks:
  hook:
    credentials:
      sender_pem: { secret: false }
    let:
      sender: rsa_public_key(sender_pem)
    verify:
      signed_by:
        key: sender
        message: header('X-Ts') ~ '.' ~ body
        signature: base64_decode(header('X-Sig'))
      timestamp: { value: header('X-Ts'), unit: ms, tolerance: 300 }
";

fn signed_errors(from: &str, to: &str) -> String {
    assert!(SIGNED_SPEC.contains(from), "{from}");
    let text = SIGNED_SPEC.replacen(from, to, 1);
    match venue_codegen::load_str(Path::new("p.yaml"), &text) {
        Ok(_) => panic!("should not load:\n{text}"),
        Err(err) => short(&err),
    }
}

#[test]
fn signed_by_spec_is_valid_as_written_for_each_key_kind() {
    for (op, format) in [
        ("rsa_public_key", ""),
        ("ed25519_public_key", ""),
        ("ecdsa_p256_public_key", ""),
        ("ecdsa_p256_public_key", "\n        format: der"),
        ("ecdsa_p256_public_key", "\n        format: raw"),
    ] {
        let text = SIGNED_SPEC.replacen("rsa_public_key", op, 1).replacen(
            "header('X-Sig'))",
            &format!("header('X-Sig')){format}"),
            1,
        );
        let venue = venue_codegen::load_str(Path::new("p.yaml"), &text).expect(op);
        assert_eq!(venue.webhooks.len(), 1);
    }
}

#[test]
fn signed_by_key_comes_from_credentials_through_a_let() {
    assert_eq!(
        signed_errors(
            "rsa_public_key(sender_pem)",
            "rsa_public_key('-----BEGIN PUBLIC KEY-----')"
        ),
        "p.yaml:11:15: public key `sender` must be built from the webhook's credentials only, so it is parsed once, in `new`"
    );
    assert_eq!(
        signed_errors(
            "rsa_public_key(sender_pem)",
            "rsa_public_key(header('X-Key'))"
        ),
        "p.yaml:11:15: public key `sender` must be built from the webhook's credentials only, so it is parsed once, in `new`"
    );
    assert_eq!(
        signed_errors("key: sender", "key: body"),
        "p.yaml:14:14: `signed_by.key` must be a public key (`rsa_public_key`, `ed25519_public_key` or `ecdsa_p256_public_key` of a credential), but it is raw bytes
p.yaml:11:7: value `sender` is never used: use it in `verify` or in a later value"
    );
    assert_eq!(
        signed_errors("key: sender", "key: rsa_public_key(sender_pem)"),
        "p.yaml:14:14: `signed_by.key` names a value under `let` (e.g. `sender_key: rsa_public_key(public_key_pem)`), so the key is parsed once
p.yaml:11:7: value `sender` is never used: use it in `verify` or in a later value"
    );
    assert_eq!(
        signed_errors("rsa_public_key(sender_pem)", "rsa_key(sender_pem)"),
        "p.yaml:11:15: `sender` is an RSA key; a webhook recipe checks a signature, it signs nothing (a sender's public key is read with `rsa_public_key`, `ed25519_public_key` or `ecdsa_p256_public_key`)"
    );
    assert_eq!(
        signed_errors("header('X-Ts') ~ '.' ~ body", "sender ~ body"),
        "p.yaml:15:18: cannot concatenate an RSA public key"
    );
}

#[test]
fn signed_by_checks_its_message_and_signature() {
    assert_eq!(
        signed_errors("base64_decode(header('X-Sig'))", "header('X-Sig')"),
        "p.yaml:16:20: `signed_by.signature` must be the signature's bytes, but it is text; decode it as the sender encoded it, e.g. with base64_decode() or hex_decode()"
    );
    assert_eq!(
        signed_errors("base64_decode(header('X-Sig'))", "hex_decode(sender_pem)"),
        "p.yaml:16:20: `signed_by.signature` must be the signature the sender sent: read it from a `header('…')`, not from `body` or a credential"
    );
    assert_eq!(
        signed_errors("header('X-Ts') ~ '.' ~ body", "header('X-Ts')"),
        "p.yaml:15:18: `signed_by.message` never reads `body`, so a changed body would still verify"
    );
    assert_eq!(
        signed_errors("header('X-Ts') ~ '.' ~ body", "body"),
        "p.yaml:17:27: `verify.signed_by.message` does not cover this timestamp, so a replayed webhook could carry a fresh one"
    );
    assert_eq!(
        signed_errors("header('X-Sig'))", "header('X-Sig'))\n        format: der"),
        "p.yaml:17:17: `format` says how an ECDSA signature is encoded; `signed_by.key` is an RSA public key"
    );
}

#[test]
fn verify_takes_exactly_one_of_a_mac_or_signed_by() {
    assert_eq!(
        signed_errors(
            "    verify:\n",
            "    verify:\n      signature: header('X-Ts')\n      received: header('X-Sig')\n"
        ),
        "p.yaml:15:7: `verify` gives both a MAC (`signature`, `received`) and `signed_by`; keep the one the sender uses"
    );
    assert_eq!(
        signed_errors(
            "      signed_by:\n        key: sender\n        message: header('X-Ts') ~ '.' ~ body\n        signature: base64_decode(header('X-Sig'))\n",
            ""
        ),
        "p.yaml:13:7: `verify` needs `signature` and `received` (a MAC recomputed with a shared secret) or `signed_by` (a signature checked with the sender's public key)"
    );
    assert_eq!(
        webhook_errors("      received: kv(sig, ',', 'v1')\n", "", ""),
        "p.yaml:15:7: `verify.signature` needs `verify.received`, the signature the sender sent"
    );
}

#[test]
fn public_keys_do_not_sign_requests() {
    let text = "title: P
base_urls: { production: https://p.example }
credentials:
  pem: {}
auth:
  s:
    let:
      k: rsa_public_key(pem)
    headers:
      X-Sig: base64(rsa_sha256_sign(k, body))
endpoints:
  - { name: ping, method: POST, path: /ping, auth: s }
";
    let err = venue_codegen::load_str(Path::new("p.yaml"), text).unwrap_err();
    assert_eq!(
        short(&err).lines().next().unwrap(),
        "p.yaml:8:10: `rsa_public_key` reads a public key, which checks a received webhook's signature; a request is signed with a private key (`rsa_key`)"
    );
}
