//! No bad spec crashes the generator: every bundled spec with one line deleted, duplicated, or
//! cut short, and a set of hostile specs (calls and types nested thousands deep, recursive
//! types, control characters in headers), either loads (and then generates parseable code) or
//! gives diagnostics.
//!
//! A stack overflow aborts the whole process instead of panicking, so the cases run in child
//! processes (this test binary again, running only [`batch`]), each on a thread with a small
//! stack; a child that fails or dies by a signal fails the test, naming the case it was on.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Set in a child process to the batch it runs.
const BATCH_ENV: &str = "VENUE_NO_PANIC_BATCH";
/// Child processes, run side by side.
const BATCHES: usize = 2;
/// The stack each child runs its cases on: a fraction of the usual 2 MiB (8 MiB on a main
/// thread), so that unbounded recursion shows up long before a real stack would run out.
const STACK: usize = 256 * 1024;

/// One spec to load: what it is, its file name, and its text.
struct Case {
    label: String,
    file: PathBuf,
    text: String,
}

fn check(file: &Path, text: &str) {
    match venue_codegen::load_str(file, text) {
        Ok(venue) => {
            let source = venue_codegen::module_source(&venue);
            assert!(source.contains("pub mod"), "{}", file.display());
        }
        Err(err) => {
            let diags = err.diagnostics();
            // Rendering (snippet, underline, help) must not panic either.
            let text = err.to_string();
            assert!(!diags.is_empty(), "an error without a diagnostic: {text}");
            assert!(
                diags
                    .iter()
                    .all(|d| d.line >= 1 && d.col >= 1 && !d.message.is_empty())
            );
        }
    }
}

/// Every bundled spec with one line deleted, doubled or cut in half.
fn mutations(cases: &mut Vec<Case>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
    let specs = venue_codegen::Generator::new()
        .specs_dir(&dir)
        .spec_paths()
        .unwrap();
    for path in specs {
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let file = PathBuf::from(path.file_name().unwrap());
        let mut add = |what: &str, i: usize, text: String| {
            cases.push(Case {
                label: format!("{} with line {} {what}", file.display(), i + 1),
                file: file.clone(),
                text,
            });
        };
        // Every 5th line keeps the run short on two cores while still touching every section.
        for i in (0..lines.len()).step_by(5) {
            let mut deleted = lines.clone();
            deleted.remove(i);
            add("deleted", i, deleted.join("\n"));
            let mut doubled = lines.clone();
            doubled.insert(i, lines[i]);
            add("doubled", i, doubled.join("\n"));
            let half: String = lines[i]
                .chars()
                .take(lines[i].chars().count() / 2)
                .collect();
            add("cut short", i, lines[..i].join("\n") + "\n" + &half);
        }
    }
}

/// Specs written to break the generator: deep nesting, recursion, hostile literals.
fn hostile(cases: &mut Vec<Case>) {
    const DEEP: usize = 5000;
    let nest =
        |open: &str, inner: &str, close: &str| open.repeat(DEEP) + inner + &close.repeat(DEEP);
    let head = "title: x\nbase_urls: {production: https://x.io}\ncredentials: {secret: {}}\n";
    let with_header = |value: &str| {
        format!(
            "{head}auth:\n  s:\n    headers:\n      X: '{value}'\nendpoints:\n  - {{name: get, method: GET, path: /t, auth: s}}\n"
        )
    };
    let with_type = |fields: &str| {
        format!(
            "{head}auth: {{none: {{}}}}\ntypes:\n{fields}endpoints:\n  - {{name: get, method: GET, path: /t, auth: none, response: T}}\n"
        )
    };
    let with_response = |ty: &str| {
        format!(
            "{head}auth: {{none: {{}}}}\nendpoints:\n  - {{name: get, method: GET, path: /t, auth: none, response: '{ty}'}}\n"
        )
    };
    let list = [
        (
            "calls nested deep",
            with_header(&nest("hex(", "secret", ")")),
        ),
        (
            "concatenations nested deep",
            with_header(&nest("upper(x ~ ", "method", ")")),
        ),
        ("calls left open deep", with_header(&"hex(".repeat(DEEP))),
        (
            "parentheses nested deep",
            with_header(&nest("(", "method", ")")),
        ),
        (
            "a list type nested deep",
            with_response(&nest("[", "string", "]")),
        ),
        (
            "a map type nested deep",
            with_response(&nest("{", "string", "}")),
        ),
        (
            "a field type nested deep",
            with_type(&format!(
                "  T: {{fields: {{a: '{}?'}}}}\n",
                nest("[{", "T", "}]")
            )),
        ),
        ("a type left open deep", with_response(&"[".repeat(DEEP))),
        (
            "a struct holding itself",
            with_type("  T: {fields: {next: T}}\n"),
        ),
        (
            "a struct holding itself as an option",
            with_type("  T: {fields: {next: T?}}\n"),
        ),
        (
            "a cycle through three structs",
            with_type(
                "  T: {fields: {a: A}}\n  A: {fields: {b: 'B?'}}\n  B: {fields: {t: T, a: A}}\n",
            ),
        ),
        (
            "recursion through a list and a map",
            with_type(
                "  T: {fields: {kids: '[T]', named: '{T}', a: A}}\n  A: {fields: {t: '[T]?'}}\n",
            ),
        ),
        ("a long chain of structs", {
            let mut fields: String = (0..DEEP)
                .map(|i| format!("  T{i}: {{fields: {{a: T{}}}}}\n", i + 1))
                .collect();
            fields += &format!("  T{DEEP}: {{fields: {{a: T0?}}}}\n  T: {{fields: {{a: T0}}}}\n");
            with_type(&fields)
        }),
        (
            "a header literal with CR LF",
            with_header(r"'a\r\nInjected: 1'"),
        ),
        ("a header literal with NUL", with_header(r"'\0'")),
        (
            "YAML lists nested deep",
            format!(
                "{head}docs: {}\nauth: {{}}\nendpoints: []\n",
                nest("[", "", "]")
            ),
        ),
        (
            "YAML mappings nested deep",
            format!(
                "{head}docs: {}\nauth: {{}}\nendpoints: []\n",
                nest("{a: ", "1", "}")
            ),
        ),
        (
            "example params nested deep",
            format!(
                "{head}auth: {{none: {{}}}}\nendpoints:\n  - {{name: get, method: POST, path: /t, auth: none, params: {{a: {{type: json}}}}}}\nexamples:\n  - {{name: e, source: s, scheme: none, credentials: {{secret: k}}, endpoint: get, params: {{a: {}}}, expect: {{url: x}}}}\n",
                nest("[", "1", "]")
            ),
        ),
    ];
    for (label, text) in list {
        cases.push(Case {
            label: label.to_owned(),
            file: PathBuf::from("hostile.yaml"),
            text,
        });
    }
}

fn cases() -> Vec<Case> {
    let mut cases = Vec::new();
    hostile(&mut cases);
    mutations(&mut cases);
    cases
}

/// Runs one batch of cases; does nothing unless started by [`specs_never_crash_the_generator`].
#[test]
fn batch() {
    let Ok(batch) = std::env::var(BATCH_ENV) else {
        return;
    };
    let batch: usize = batch.parse().unwrap();
    let cases: Vec<Case> = cases()
        .into_iter()
        .enumerate()
        .filter(|(i, _)| i % BATCHES == batch)
        .map(|(_, c)| c)
        .collect();
    let ran = std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || {
            for case in &cases {
                eprintln!("case: {}", case.label);
                check(&case.file, &case.text);
            }
            cases.len()
        })
        .unwrap()
        .join()
        .unwrap();
    println!("ran {ran} cases");
}

#[test]
fn specs_never_crash_the_generator() {
    if std::env::var_os(BATCH_ENV).is_some() {
        return;
    }
    let exe = std::env::current_exe().unwrap();
    let children: Vec<_> = (0..BATCHES)
        .map(|k| {
            Command::new(&exe)
                .args(["--exact", "batch", "--nocapture", "--test-threads=1"])
                .env(BATCH_ENV, k.to_string())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for (k, child) in children.into_iter().enumerate() {
        let out = child.wait_with_output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        if !out.status.success() {
            let case = stderr
                .lines()
                .rev()
                .find_map(|l| l.strip_prefix("case: "))
                .unwrap_or("(before the first case)");
            let tail: Vec<&str> = stderr.lines().rev().take(20).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            panic!(
                "batch {k} died ({}) on case: {case}\n{}",
                out.status,
                tail.join("\n")
            );
        }
        assert!(
            stdout.contains("ran ") && !stdout.contains("ran 0 cases"),
            "batch {k} ran no cases:\n{stdout}\n{stderr}"
        );
    }
}
