//! Randomized properties of the spec loader and the recipe expression parser.
//!
//! `no_panic.rs` walks a fixed list of mutations in child processes; here proptest picks
//! random ones (several per case, mixed with random text and deep nesting) and checks what
//! the errors say, not only that nothing panics.

use std::path::Path;
use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::sample::{Index, select};
use venue_codegen::validate::expr::{self, Expr, MAX_DEPTH};

/// Random seeds change per run; persisting failures would write into the source tree.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Spec loader

fn bundled_specs() -> &'static [(String, String)] {
    static SPECS: OnceLock<Vec<(String, String)>> = OnceLock::new();
    SPECS.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
        let paths = venue_codegen::Generator::new()
            .specs_dir(&dir)
            .spec_paths()
            .unwrap();
        assert!(!paths.is_empty());
        paths
            .iter()
            .map(|p| {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                (name, std::fs::read_to_string(p).unwrap())
            })
            .collect()
    })
}

#[derive(Debug, Clone)]
enum Mutation {
    Delete(Index),
    Duplicate(Index),
    Swap(Index, Index),
    /// Inserts text at a char offset of the whole document.
    Insert(Index, String),
    /// Replaces one line's value with flow collections nested this deep.
    Nest(Index, usize, bool),
    /// Cuts the document at a char offset.
    Truncate(Index),
    /// Moves one line left or right by this many spaces.
    Indent(Index, i8),
    /// Gives the first line's `key: value` the second line's value.
    CopyValue(Index, Index),
    /// Gives one line's `key: value` this value.
    SetValue(Index, String),
    /// Gives a line whose value is a recipe expression (it has `(` or `~`) this value.
    SetRecipe(Index, String),
}

/// Text that YAML treats specially, plus any char at all.
fn noise() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        select(vec![
            ":",
            ": ",
            "- ",
            "-",
            "{",
            "}",
            "[",
            "]",
            ",",
            "#",
            "&a ",
            "*a",
            "!!str ",
            "|",
            ">",
            "'",
            "\"",
            "\\",
            "\n",
            "\r\n",
            "\t",
            "  ",
            "? ",
            "---\n",
            "...\n",
            "%YAML 1.2\n",
            "<<: *a",
            "~",
            "null",
            "0x",
            "1e999",
            "\u{0}",
            "\u{feff}",
            "\u{85}",
            "\u{2028}",
            "é",
            "😀",
            "{x}",
            "hex(",
            ")",
        ])
        .prop_map(str::to_owned),
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 1..8).prop_map(|v| v.concat())
}

/// Values that parse as YAML but break the spec's own rules, so that the validator's
/// positions (not only the YAML parser's) are checked.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => select(vec![
            "''", "x", "T", "'[T]'", "'{T}'", "'T?'", "[]", "{}", "GET", "/t/{id}", "/t/{", "/t/}",
            "'hex('", "'a ~'", "'a ~ b ~'", "'x(1, 2'", r#""\xZZ""#, r"'\q'", "unix_ms(9)",
            "hmac_sha256(secret)", "param('nope')", "'{x}{y}'", "\"é 😀 hex(\"", "-1",
            "99999999999999999999", "null", "true", "json", "form", "query", "header",
        ])
        .prop_map(str::to_owned),
        1 => noise(),
    ]
}

/// Recipe expressions the validator rejects at an offset inside them, written on one line, as
/// YAML block and folded scalars, over several plain lines, and with escapes.
fn recipe() -> impl Strategy<Value = String> {
    let wrong = select(vec![
        "hex(",
        "a ~ b ~",
        "ts ~ nope",
        "'\\q'",
        "unix_ms(",
        "x(1, 2",
        "hex(secret) ~ )",
        "base64(hmac_sha256(secret, nope))",
        "ts ~ 99999999999999999999",
    ]);
    let indent = " ".repeat(12);
    (wrong, 0..5usize).prop_map(move |(e, form)| match form {
        0 => e.to_owned(),
        1 => format!("|\n{indent}ts ~\n{indent}{e}"),
        2 => format!(">\n{indent}ts ~\n{indent}{e}"),
        3 => format!("ts ~ method ~\n{indent}{e}"),
        _ => format!(
            "\"\\u00e9\\u00e9\\u00e9\\u00e9 ~ {}\"",
            e.replace('\\', "\\\\")
        ),
    })
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        1 => any::<Index>().prop_map(Mutation::Delete),
        1 => any::<Index>().prop_map(Mutation::Duplicate),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Swap(a, b)),
        3 => (any::<Index>(), noise()).prop_map(|(i, s)| Mutation::Insert(i, s)),
        1 => (any::<Index>(), 1..600usize, any::<bool>())
            .prop_map(|(i, d, m)| Mutation::Nest(i, d, m)),
        1 => any::<Index>().prop_map(Mutation::Truncate),
        1 => (any::<Index>(), -4..=4i8).prop_map(|(i, n)| Mutation::Indent(i, n)),
        3 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::CopyValue(a, b)),
        3 => (any::<Index>(), value()).prop_map(|(i, v)| Mutation::SetValue(i, v)),
        3 => (any::<Index>(), recipe()).prop_map(|(i, v)| Mutation::SetRecipe(i, v)),
    ]
}

fn apply(text: &str, m: &Mutation) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    match m {
        Mutation::Delete(i) => {
            lines.remove(i.index(lines.len()));
        }
        Mutation::Duplicate(i) => {
            let i = i.index(lines.len());
            lines.insert(i, lines[i].clone());
        }
        Mutation::Swap(a, b) => {
            let (a, b) = (a.index(lines.len()), b.index(lines.len()));
            lines.swap(a, b);
        }
        Mutation::Insert(i, s) => {
            let chars: Vec<char> = text.chars().collect();
            let at = i.index(chars.len() + 1);
            return chars[..at].iter().collect::<String>()
                + s
                + &chars[at..].iter().collect::<String>();
        }
        Mutation::Nest(i, depth, map) => {
            let i = i.index(lines.len());
            let (open, close) = if *map { ("{a: ", "}") } else { ("[", "]") };
            let nested = open.repeat(*depth) + "1" + &close.repeat(*depth);
            let line = &lines[i];
            lines[i] = match line.split_once(": ") {
                Some((key, _)) => format!("{key}: {nested}"),
                None => format!("{line}{nested}"),
            };
        }
        Mutation::Truncate(i) => {
            let chars: Vec<char> = text.chars().collect();
            return chars[..i.index(chars.len() + 1)].iter().collect();
        }
        Mutation::CopyValue(a, b) => {
            let (a, b) = (a.index(lines.len()), b.index(lines.len()));
            if let (Some((key, _)), Some((_, value))) =
                (lines[a].split_once(": "), lines[b].split_once(": "))
            {
                lines[a] = format!("{key}: {value}");
            }
        }
        Mutation::SetValue(i, value) => {
            let i = i.index(lines.len());
            if let Some((key, _)) = lines[i].split_once(": ") {
                lines[i] = format!("{key}: {value}");
            }
        }
        Mutation::SetRecipe(i, value) => {
            let recipes: Vec<usize> = (0..lines.len())
                .filter(|&k| {
                    lines[k]
                        .split_once(": ")
                        .is_some_and(|(_, v)| v.contains(['(', '~']))
                })
                .collect();
            if !recipes.is_empty() {
                let k = recipes[i.index(recipes.len())];
                let key = lines[k].split_once(": ").unwrap().0.to_owned();
                lines[k] = format!("{key}: {value}");
            }
        }
        Mutation::Indent(i, n) => {
            let i = i.index(lines.len());
            let line = &lines[i];
            lines[i] = if *n >= 0 {
                " ".repeat(*n as usize) + line
            } else {
                let strip = line.len() - line.trim_start_matches(' ').len();
                line[strip.min(n.unsigned_abs() as usize)..].to_owned()
            };
        }
    }
    lines.join("\n")
}

/// The lines as YAML counts them: CR, LF and CR LF each end one. A position just past a final
/// line break is still in the input, so a trailing empty line is kept.
fn yaml_lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(['\r', '\n']) {
        lines.push(&rest[..i]);
        let skip = if rest[i..].starts_with("\r\n") { 2 } else { 1 };
        rest = &rest[i + skip..];
    }
    lines.push(rest);
    lines
}

/// Loads `text`; on failure every diagnostic must point inside `text` and say something.
fn check_spec(file: &str, text: &str) -> Result<(), TestCaseError> {
    let err = match venue_codegen::load_str(Path::new(file), text) {
        Ok(_) => return Ok(()),
        Err(err) => err,
    };
    let diags = err.diagnostics();
    prop_assert!(!diags.is_empty(), "an error without a diagnostic: {err}");
    let lines = yaml_lines(text);
    for d in diags {
        prop_assert_eq!(d.file.as_path(), Path::new(file));
        prop_assert!(
            !d.message.trim().is_empty(),
            "empty message at {}:{}",
            d.line,
            d.col
        );
        prop_assert!(
            (1..=lines.len()).contains(&d.line),
            "line {} outside 1..={}: {}",
            d.line,
            lines.len(),
            d.short()
        );
        let width = lines[d.line - 1].chars().count();
        prop_assert!(
            (1..=width + 1).contains(&d.col),
            "column {} outside 1..={} of line {:?}: {}",
            d.col,
            width + 1,
            lines[d.line - 1],
            d.short()
        );
    }
    // Rendering (snippet, underline, help) must not panic either.
    let rendered = err.to_string();
    prop_assert!(rendered.contains(file), "{rendered}");
    Ok(())
}

proptest! {
    #![proptest_config(config(400))]

    #[test]
    fn mutated_specs_load_or_point_inside_the_input(
        spec in any::<Index>(),
        mutations in prop::collection::vec(mutation(), 1..5),
    ) {
        let (name, text) = &bundled_specs()[spec.index(bundled_specs().len())];
        let mut text = text.clone();
        for m in &mutations {
            text = apply(&text, m);
        }
        check_spec(name, &text)?;
    }
}

proptest! {
    #![proptest_config(config(400))]

    /// Short random documents: mostly YAML punctuation, so that the parser's error paths
    /// (not only "invalid type") are reached.
    #[test]
    fn random_documents_load_or_point_inside_the_input(
        pieces in prop::collection::vec(noise(), 0..24),
    ) {
        check_spec("random.yaml", &pieces.concat())?;
    }
}

// ---------------------------------------------------------------------------------------------
// Recipe expressions

/// An expression as generated, before it is written out.
#[derive(Debug, Clone)]
enum Gen {
    Ident(String),
    Call(String, Vec<Gen>),
    Str(String, char),
    Int(i64, usize),
    /// Two or more terms; none of them is itself a `Concat` (the grammar has no grouping).
    Concat(Vec<Gen>),
}

fn ident() -> impl Strategy<Value = String> {
    let first = select(vec!['a', 'z', 'H', '_', 'é', 'λ', 'Ж']);
    let rest = select(vec!['a', 'b', '0', '9', '_', '.', 'é', '٣']);
    (first, prop::collection::vec(rest, 0..6))
        .prop_map(|(f, r)| std::iter::once(f).chain(r).collect())
}

fn term() -> impl Strategy<Value = Gen> {
    let string = prop::collection::vec(
        prop_oneof![
            select(vec![
                '\'', '"', '\\', '\n', '\r', '\t', '\0', '\u{7}', '\u{7f}', '~', '('
            ]),
            any::<char>(),
        ],
        0..8,
    );
    let leaf = prop_oneof![
        ident().prop_map(Gen::Ident),
        (string, any::<bool>()).prop_map(|(s, single)| Gen::Str(
            s.into_iter().collect(),
            if single { '\'' } else { '"' }
        )),
        (0..=i64::MAX, 0..3usize).prop_map(|(v, zeros)| Gen::Int(v, zeros)),
    ];
    leaf.prop_recursive(6, 48, 4, |inner| {
        let arg = prop_oneof![
            3 => inner.clone(),
            1 => prop::collection::vec(inner.clone(), 2..4).prop_map(concat),
        ];
        (ident(), prop::collection::vec(arg, 0..4)).prop_map(|(n, a)| Gen::Call(n, a))
    })
}

/// Joins terms with `~`, flattening nested joins as the parser would see them.
fn concat(parts: Vec<Gen>) -> Gen {
    let mut flat = Vec::new();
    for p in parts {
        match p {
            Gen::Concat(inner) => flat.extend(inner),
            other => flat.push(other),
        }
    }
    Gen::Concat(flat)
}

fn expression() -> impl Strategy<Value = Gen> {
    prop_oneof![term(), prop::collection::vec(term(), 2..5).prop_map(concat),]
}

/// Whitespace the parser skips between tokens.
fn spaces() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(
        select(vec![
            "", "", " ", "  ", "\t", "\n", "\r\n", "\u{a0}", "\u{2003}", "\u{3000}",
        ])
        .prop_map(str::to_owned),
        1..12,
    )
}

/// Writes `Gen` as source text and builds the `Expr` the parser must return for it, with every
/// offset counted while writing.
struct Writer<'a> {
    out: String,
    chars: usize,
    spaces: &'a [String],
    next_space: usize,
}

impl Writer<'_> {
    fn push(&mut self, s: &str) {
        self.out.push_str(s);
        self.chars += s.chars().count();
    }

    fn space(&mut self) {
        let s = self.spaces[self.next_space % self.spaces.len()].clone();
        self.next_space += 1;
        self.push(&s);
    }

    fn write(&mut self, g: &Gen) -> Expr {
        self.space();
        let at = self.chars;
        let expr = match g {
            Gen::Ident(name) => {
                self.push(name);
                Expr::Ident {
                    name: name.clone(),
                    at,
                }
            }
            Gen::Call(name, args) => {
                self.push(name);
                self.space();
                self.push("(");
                let mut parsed = Vec::new();
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        self.space();
                        self.push(",");
                    }
                    parsed.push(self.write(a));
                }
                self.space();
                self.push(")");
                Expr::Call {
                    name: name.clone(),
                    at,
                    args: parsed,
                }
            }
            Gen::Str(value, quote) => {
                let mut text = quote.to_string();
                for c in value.chars() {
                    match c {
                        '\\' => text.push_str("\\\\"),
                        c if c == *quote => {
                            text.push('\\');
                            text.push(c);
                        }
                        '\n' => text.push_str("\\n"),
                        '\t' => text.push_str("\\t"),
                        '\0' => text.push_str("\\0"),
                        c if c.is_ascii_control() => text.push_str(&format!("\\x{:02x}", c as u8)),
                        c => text.push(c),
                    }
                }
                text.push(*quote);
                self.push(&text);
                Expr::Str {
                    value: value.clone(),
                    at,
                }
            }
            Gen::Int(value, zeros) => {
                self.push(&("0".repeat(*zeros) + &value.to_string()));
                Expr::Int { value: *value, at }
            }
            Gen::Concat(parts) => {
                let mut parsed = Vec::new();
                for (i, p) in parts.iter().enumerate() {
                    if i > 0 {
                        self.space();
                        self.push("~");
                    }
                    parsed.push(self.write(p));
                }
                return Expr::Concat(parsed);
            }
        };
        self.space();
        expr
    }
}

/// Mostly the grammar's own characters, so that parses get deep before they fail.
fn expr_text() -> impl Strategy<Value = String> {
    let c = prop_oneof![
        4 => select(vec![
            'a', 'x', '_', '.', '1', '0', '(', ')', ',', '~', '\'', '"', '\\', 'x', 'n', ' ', '\n',
            'é', '9', 'f',
        ]),
        1 => any::<char>(),
    ];
    prop::collection::vec(c, 0..48).prop_map(|v| v.into_iter().collect())
}

proptest! {
    #![proptest_config(config(3000))]

    #[test]
    fn expression_parser_never_panics_and_errors_point_inside(text in expr_text()) {
        if let Err(e) = expr::parse(&text) {
            prop_assert!(e.at <= text.chars().count(), "{e:?} past the end of {text:?}");
            prop_assert!(!e.message.is_empty());
        }
    }
}

proptest! {
    #![proptest_config(config(600))]

    /// Written-out expressions parse back to the tree they came from, offsets included.
    #[test]
    fn well_formed_expressions_parse_to_their_tree(g in expression(), ws in spaces()) {
        let mut w = Writer { out: String::new(), chars: 0, spaces: &ws, next_space: 0 };
        let expected = w.write(&g);
        let parsed = expr::parse(&w.out);
        prop_assert_eq!(parsed, Ok(expected), "text: {:?}", w.out);
    }
}

proptest! {
    #![proptest_config(config(200))]

    /// Calls nested up to the limit parse; one more level is the depth error, pointing at the
    /// call that crosses it, however deep the text goes.
    #[test]
    fn nesting_past_the_limit_is_the_depth_error(
        names in prop::collection::vec(ident(), 1..400),
        ws in spaces(),
    ) {
        let mut w = Writer { out: String::new(), chars: 0, spaces: &ws, next_space: 0 };
        let mut starts = Vec::new();
        for n in &names {
            w.space();
            starts.push(w.chars);
            w.push(n);
            w.space();
            w.push("(");
        }
        w.push("secret");
        for _ in &names {
            w.space();
            w.push(")");
        }
        let result = expr::parse(&w.out);
        if names.len() <= MAX_DEPTH {
            prop_assert!(result.is_ok(), "{result:?}");
        } else {
            let err = result.unwrap_err();
            prop_assert_eq!(err.at, starts[MAX_DEPTH]);
            prop_assert_eq!(err.message, format!("calls nest more than {MAX_DEPTH} deep here"));
        }
    }
}

/// Found by `mutated_specs_load_or_point_inside_the_input`: an expression error inside a
/// scalar written over several lines was placed at the scalar's first column plus the offset
/// into its folded text, past the end of that line. It now points at the scalar itself.
#[test]
fn an_error_inside_a_multi_line_scalar_points_at_the_scalar() {
    let spec = |value: &str| {
        format!(
            "title: x\nbase_urls: {{production: https://x.io}}\ncredentials: {{secret: {{}}}}\n\
             auth:\n  s:\n    headers:\n      X: {value}\n\
             endpoints:\n  - {{name: get, method: GET, path: /t, auth: s}}\n"
        )
    };
    let cases = [
        (
            "|\n        secret ~\n        hex(",
            8,
            9,
            "secret ~\nhex(\n",
        ),
        (">\n        secret ~\n        hex(", 8, 9, "secret ~ hex(\n"),
        ("secret ~\n        hex(", 7, 10, "secret ~ hex("),
    ];
    for (value, line, col, folded) in cases {
        let err = venue_codegen::load_str(Path::new("x.yaml"), &spec(value)).unwrap_err();
        let found: Vec<(usize, usize, &str)> = err
            .diagnostics()
            .iter()
            .map(|d| (d.line, d.col, d.message.as_str()))
            .collect();
        let message = format!("in `{folded}`: expected a value, found the end of the expression");
        assert_eq!(found, [(line, col, message.as_str())], "{value:?}");
    }
}
