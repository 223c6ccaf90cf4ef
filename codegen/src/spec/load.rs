//! Reads a spec file with serde-saphyr, which rejects duplicate keys and reports positions.

use std::path::Path;

use serde_saphyr::options::DuplicateKeyPolicy;

use super::Spec;
use super::locate::Locator;
use crate::diag::{Diagnostic, Error};

/// A parsed spec with what is needed to point back into its source.
#[derive(Debug)]
pub struct Loaded {
    pub file: std::path::PathBuf,
    pub spec: Spec,
    pub locator: Locator,
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
        }),
        Err(err) => {
            let (line, col) = err
                .location()
                .map(|l| (l.line() as usize, l.column() as usize))
                .unwrap_or((1, 1));
            Err(Error::Spec(vec![Diagnostic {
                file: file.to_owned(),
                line: line.max(1),
                col: col.max(1),
                message: plain_message(&err),
            }]))
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
