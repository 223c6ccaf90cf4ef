//! Reads a spec file with serde-saphyr, which rejects duplicate keys and reports positions.

use std::path::Path;
use std::sync::Arc;

use serde_saphyr::options::DuplicateKeyPolicy;

use super::Spec;
use super::locate::Locator;
use crate::diag::{Diagnostic, Error, closest};

/// A parsed spec with what is needed to point back into its source.
#[derive(Debug)]
pub struct Loaded {
    pub file: std::path::PathBuf,
    pub spec: Spec,
    pub locator: Locator,
    /// The file's text, for the snippets in diagnostics.
    pub text: Arc<str>,
}

pub fn load_file(path: &Path) -> Result<Loaded, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    load_str(path, &text)
}

pub fn load_str(file: &Path, text: &str) -> Result<Loaded, Error> {
    let options = serde_saphyr::options! {
        duplicate_keys: DuplicateKeyPolicy::Error,
    };
    match serde_saphyr::from_str_with_options::<Spec>(text, options) {
        Ok(spec) => Ok(Loaded {
            file: file.to_owned(),
            spec,
            locator: Locator::build(text),
            text: Arc::from(text),
        }),
        Err(err) => {
            let (line, col) = err
                .location()
                .map(|l| (l.line() as usize, l.column() as usize))
                .unwrap_or((1, 1));
            let (message, help) = explain(&plain_message(&err));
            let mut diag = Diagnostic::new(file, line, col, message).with_source(Arc::from(text));
            diag.help = help;
            Err(Error::Spec(vec![diag]))
        }
    }
}

/// The error's text without serde-saphyr's source snippet and position suffix: the
/// diagnostic prints its own `file:line:col`.
fn plain_message(err: &serde_saphyr::Error) -> String {
    let text = err.without_snippet().to_string();
    let first = text.lines().next().unwrap_or("invalid spec").trim();
    let first = first
        .split(", set DuplicateKeyPolicy")
        .next()
        .unwrap_or(first);
    match first.rfind(" at line ") {
        Some(i) => first[..i].trim_end_matches(',').to_owned(),
        None => first.to_owned(),
    }
}

/// Rewords a deserialiser message as what is wrong plus `help:` lines: the keys or values
/// allowed (and the closest one), or the type expected.
fn explain(message: &str) -> (String, Vec<String>) {
    let mut help = Vec::new();
    if let Some(key) = message.strip_prefix("duplicate mapping key: ") {
        help.push("a key may appear only once in a mapping: remove or rename one".to_owned());
        return (format!("duplicate key `{key}`"), help);
    }
    for (prefix, what, allowed) in [
        ("unknown field `", "key", "valid keys here"),
        ("unknown variant `", "value", "valid values here"),
    ] {
        let Some(rest) = message.strip_prefix(prefix) else {
            continue;
        };
        let Some((name, expected)) = rest.split_once('`') else {
            continue;
        };
        let expected = expected.trim_start_matches(',').trim();
        let names: Vec<&str> = match expected.strip_prefix("expected one of ") {
            Some(list) => list.split(", ").map(|n| n.trim_matches('`')).collect(),
            None => match expected.strip_prefix("expected ") {
                Some(one) => one.split(" or ").map(|n| n.trim_matches('`')).collect(),
                None => Vec::new(),
            },
        };
        if let Some(near) = closest(name, names.iter().copied()) {
            help.push(format!("did you mean `{near}`?"));
        }
        if names.is_empty() {
            help.push(format!("no {what}s are allowed here"));
        } else {
            let list: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            help.push(format!("{allowed}: {}", list.join(", ")));
        }
        return (format!("unknown {what} `{name}`"), help);
    }
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = message.strip_prefix(prefix)
            && let Some((found, expected)) = rest.rsplit_once(", expected ")
        {
            help.push(format!("expected {expected}"));
            let what = prefix.trim_end_matches(": ");
            return (format!("{what}: found {found}"), help);
        }
    }
    if let Some(expected) = message.strip_prefix("expected ") {
        let expected = match expected {
            "string scalar" | "a borrowed string" => "a string",
            "sequence start" => "a list (`- item` lines or `[a, b]`)",
            "mapping start" => "a mapping (`key: value` lines or `{key: value}`)",
            other => other,
        };
        help.push(format!("expected {expected}"));
        return ("wrong type".to_owned(), help);
    }
    if message.starts_with("invalid boolean") {
        help.push("expected `true` or `false`".to_owned());
        return ("invalid boolean".to_owned(), help);
    }
    if let Some(ty) = message.strip_prefix("invalid ")
        && matches!(
            ty,
            "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize"
        )
    {
        help.push(format!("expected an integer ({ty})"));
        return (message.to_owned(), help);
    }
    (message.to_owned(), help)
}
