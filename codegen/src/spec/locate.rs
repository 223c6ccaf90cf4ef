//! Maps a path inside a YAML document (`endpoints[2].path`) to where it is written, so that
//! errors found after deserialisation still point at a line and column.

use std::collections::HashMap;

use serde_saphyr::granit_parser::{Event, Parser, ScalarStyle};

/// One step of a path: a mapping key or a sequence index.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Seg {
    Key(String),
    Index(usize),
}

impl From<&str> for Seg {
    fn from(key: &str) -> Self {
        Seg::Key(key.to_owned())
    }
}

impl From<&String> for Seg {
    fn from(key: &String) -> Self {
        Seg::Key(key.clone())
    }
}

impl From<usize> for Seg {
    fn from(index: usize) -> Self {
        Seg::Index(index)
    }
}

/// A 1-based line and column. `quoted` is set for quoted scalars, whose text starts one
/// column after the quote. `len` is how many characters the scalar takes on that line (0 when
/// not known: collections, or a position inside a scalar).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
    pub quoted: bool,
    pub len: usize,
}

impl Pos {
    /// The position of the character at `offset` (in chars) inside a single-line scalar. A
    /// scalar written over several lines (`len` 0) is pointed at as a whole: its folded text
    /// no longer matches the source columns.
    pub fn within(self, offset: usize) -> Pos {
        if self.len == 0 {
            return self;
        }
        Pos {
            line: self.line,
            col: self.col + offset + usize::from(self.quoted),
            quoted: false,
            len: 0,
        }
    }
}

#[derive(Debug, Default)]
pub struct Locator {
    values: HashMap<Vec<Seg>, Pos>,
    keys: HashMap<Vec<Seg>, Pos>,
}

enum Frame {
    Map { path: Vec<Seg>, key: Option<String> },
    Seq { path: Vec<Seg>, next: usize },
}

impl Locator {
    /// Builds the map; a document that does not parse gives an empty map (the deserialiser
    /// reports that error first).
    pub fn build(text: &str) -> Locator {
        let mut loc = Locator::default();
        let mut stack: Vec<Frame> = Vec::new();
        for item in Parser::new_from_str(text) {
            let Ok((event, span)) = item else { break };
            let len = if span.end.line() == span.start.line() {
                span.end.col().saturating_sub(span.start.col())
            } else {
                0
            };
            let pos = |quoted| Pos {
                line: span.start.line(),
                col: span.start.col() + 1,
                quoted,
                len,
            };
            match event {
                Event::Scalar(value, style, ..) => {
                    let quoted =
                        matches!(style, ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted);
                    match stack.last_mut() {
                        Some(Frame::Map { path, key }) if key.is_none() => {
                            let mut p = path.clone();
                            p.push(Seg::Key(value.to_string()));
                            loc.keys.insert(p, pos(quoted));
                            *key = Some(value.to_string());
                        }
                        _ => {
                            if let Some(p) = Self::child_path(&mut stack) {
                                loc.values.insert(p, pos(quoted));
                            }
                        }
                    }
                }
                Event::MappingStart(..) | Event::SequenceStart(..) => {
                    let path = Self::child_path(&mut stack).unwrap_or_default();
                    loc.values.insert(
                        path.clone(),
                        Pos {
                            len: 0,
                            ..pos(false)
                        },
                    );
                    stack.push(match event {
                        Event::MappingStart(..) => Frame::Map { path, key: None },
                        _ => Frame::Seq { path, next: 0 },
                    });
                }
                Event::MappingEnd | Event::SequenceEnd => {
                    stack.pop();
                }
                _ => {}
            }
        }
        loc
    }

    /// Path of the node that is about to start inside the innermost collection.
    fn child_path(stack: &mut [Frame]) -> Option<Vec<Seg>> {
        match stack.last_mut()? {
            Frame::Map { path, key } => {
                let mut p = path.clone();
                p.push(Seg::Key(key.take()?));
                Some(p)
            }
            Frame::Seq { path, next } => {
                let mut p = path.clone();
                p.push(Seg::Index(*next));
                *next += 1;
                Some(p)
            }
        }
    }

    /// Where the value at `path` is written; falls back to the nearest enclosing node.
    pub fn value(&self, path: &[Seg]) -> Pos {
        let mut p = path;
        loop {
            if let Some(pos) = self.values.get(p) {
                return *pos;
            }
            match p.split_last() {
                Some((_, rest)) => p = rest,
                None => {
                    return Pos {
                        line: 1,
                        col: 1,
                        quoted: false,
                        len: 0,
                    };
                }
            }
        }
    }

    /// Where the key that ends `path` is written (for duplicate or unknown names).
    pub fn key(&self, path: &[Seg]) -> Pos {
        self.keys
            .get(path)
            .copied()
            .unwrap_or_else(|| self.value(path))
    }
}
