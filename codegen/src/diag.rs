//! Spec errors, rendered like rustc's: what is wrong, where (`--> file:line:col`), the source
//! line with the span underlined, and a `help:` line where there is one.
//!
//! The rendering is plain text (no colours), so that it reads the same in a terminal, in a
//! `compile_error!` and in a build script's `cargo:warning=` lines.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

/// One problem in a spec file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub col: usize,
    /// How many characters from `col` on the same line to underline; 0 lets the renderer
    /// underline the word, quoted string or `{placeholder}` that starts there.
    pub len: usize,
    /// What is wrong.
    pub message: String,
    /// How to fix it: "did you mean `x`?", the keys allowed here, the expected type.
    pub help: Vec<String>,
    /// The text of the file, for the snippet; without it only the position is shown.
    pub source: Option<Arc<str>>,
}

impl Diagnostic {
    /// A diagnostic at `line:col`. A trailing ` (did you mean `x`?)`, as [`suggest`] writes
    /// it, is moved from the message into [`Diagnostic::help`].
    pub fn new(file: impl Into<PathBuf>, line: usize, col: usize, message: String) -> Self {
        let (message, help) = split_suggestion(message);
        Diagnostic {
            file: file.into(),
            line: line.max(1),
            col: col.max(1),
            len: 0,
            message,
            help: help.into_iter().collect(),
            source: None,
        }
    }

    /// Sets the file text the snippet is taken from.
    pub fn with_source(mut self, source: Arc<str>) -> Self {
        self.source = Some(source);
        self
    }

    /// Sets how many characters to underline.
    pub fn with_len(mut self, len: usize) -> Self {
        self.len = len;
        self
    }

    /// Adds a `help:` line.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help.push(help.into());
        self
    }

    /// The one-line form, `file:line:col: message`.
    pub fn short(&self) -> String {
        format!(
            "{}:{}:{}: {}",
            self.file.display(),
            self.line,
            self.col,
            self.message
        )
    }

    /// The full rendering without its leading `error: `, for a `compile_error!` (rustc puts
    /// its own `error: ` in front).
    pub fn render_for_compile_error(&self) -> String {
        let text = self.to_string();
        match text.strip_prefix("error: ") {
            Some(rest) => rest.to_owned(),
            None => text,
        }
    }
}

impl fmt::Display for Diagnostic {
    /// The full rendering: `error: message`, `--> file:line:col`, the snippet with the span
    /// underlined, and `= help:` lines.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.file.display().to_string();
        let title = Level::ERROR.primary_title(self.message.as_str());
        let mut group = match self.snippet_line() {
            Some((text, span)) => title.element(
                Snippet::source(text)
                    .line_start(self.line)
                    .path(path.as_str())
                    .annotation(AnnotationKind::Primary.span(span)),
            ),
            None => title.element(
                Origin::path(path.as_str())
                    .line(self.line)
                    .char_column(self.col),
            ),
        };
        for help in &self.help {
            group = group.element(Level::HELP.message(help.as_str()));
        }
        let report: [Group<'_>; 1] = [group];
        f.write_str(Renderer::plain().render(&report).trim_end())
    }
}

impl std::error::Error for Diagnostic {}

impl Diagnostic {
    /// The source line and the byte range in it to underline, if the line exists.
    fn snippet_line(&self) -> Option<(&str, std::ops::Range<usize>)> {
        let source = self.source.as_deref()?;
        let text = yaml_lines(source).nth(self.line - 1)?;
        let start = byte_at(text, self.col - 1);
        let end = if self.len > 0 {
            byte_at(text, self.col - 1 + self.len)
        } else {
            start + guess_len(&text[start..])
        };
        Some((text, start..end))
    }
}

/// Lines as YAML counts them: a line ends at LF, CR LF, or a lone CR.
fn yaml_lines(source: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(source);
    std::iter::from_fn(move || {
        let text = rest?;
        match text.find(['\r', '\n']) {
            Some(i) => {
                let next = if text[i..].starts_with("\r\n") {
                    i + 2
                } else {
                    i + 1
                };
                rest = Some(&text[next..]);
                Some(&text[..i])
            }
            None => {
                rest = None;
                Some(text)
            }
        }
    })
}

/// Byte index of char `n` in `text`, or its length when `n` is past the end.
fn byte_at(text: &str, n: usize) -> usize {
    text.char_indices().nth(n).map_or(text.len(), |(i, _)| i)
}

/// Bytes to underline at the start of `rest`: a quoted string, a `{placeholder}`, or a word.
fn guess_len(rest: &str) -> usize {
    let mut chars = rest.char_indices();
    match chars.next() {
        None => 0,
        Some((_, q @ ('"' | '\''))) => chars
            .find(|&(_, c)| c == q)
            .map_or(rest.len(), |(i, c)| i + c.len_utf8()),
        Some((_, '{')) if !rest.starts_with("{ ") => match rest.find('}') {
            Some(i) if rest[1..i].chars().all(is_word_char) && i > 1 => i + 1,
            _ => 1,
        },
        Some((_, c)) if is_word_char(c) => rest
            .char_indices()
            .find(|&(_, c)| !is_word_char(c))
            .map_or(rest.len(), |(i, _)| i),
        Some((_, c)) => c.len_utf8(),
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '-' | '.')
}

/// Splits a trailing ` (did you mean `x`?)` off a message.
fn split_suggestion(message: String) -> (String, Option<String>) {
    if message.ends_with("`?)")
        && let Some(i) = message.rfind(" (did you mean `")
    {
        let help = message[i + 2..message.len() - 1].to_owned();
        let mut message = message;
        message.truncate(i);
        return (message, Some(help));
    }
    (message, None)
}

/// Everything wrong with one or more specs, or an I/O failure reading them.
#[derive(Debug)]
pub enum Error {
    Spec(Vec<Diagnostic>),
    Io { path: PathBuf, message: String },
}

impl Error {
    pub fn io(path: &Path, err: std::io::Error) -> Error {
        Error::Io {
            path: path.to_owned(),
            message: err.to_string(),
        }
    }

    /// The individual spec diagnostics (empty for I/O errors).
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            Error::Spec(d) => d,
            Error::Io { .. } => &[],
        }
    }
}

impl fmt::Display for Error {
    /// Every problem in full (see [`Diagnostic`]'s `Display`), a blank line between two.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Spec(diags) => {
                for (i, d) in diags.iter().enumerate() {
                    if i > 0 {
                        f.write_str("\n\n")?;
                    }
                    write!(f, "{d}")?;
                }
                Ok(())
            }
            Error::Io { path, message } => write!(f, "error: {}: {message}", path.display()),
        }
    }
}

impl std::error::Error for Error {}

/// Suggests the closest known name, for "did you mean" hints: ` (did you mean `x`?)`, or
/// nothing. [`Diagnostic::new`] turns it into a `help:` line.
pub fn suggest<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> String {
    match closest(name, known) {
        Some(k) => format!(" (did you mean `{k}`?)"),
        None => String::new(),
    }
}

/// The known name closest to `name`, if one is close enough to be a typo of it.
pub fn closest<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (edit_distance(name, k), k.len().abs_diff(name.len()), k))
        .filter(|(d, _, k)| *d <= (k.len().max(name.len()) / 3).max(1))
        .min()
        .map(|(_, _, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}
