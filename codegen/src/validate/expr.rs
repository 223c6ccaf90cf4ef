//! The recipe expression syntax: `base64(hmac_sha256(secret, ts ~ method ~ path_query ~ body))`.
//!
//! ```text
//! expr    := term ('~' term)*
//! term    := ident | ident '(' [expr (',' expr)*] ')' | string | integer
//! string  := '…' | "…"   with escapes \n \r \t \0 \\ \' \" \xHH
//! ```
//! Every node keeps its char offset in the source text so errors can point at it. Calls nest
//! at most [`MAX_DEPTH`] deep, so a hostile spec cannot overflow the stack.

/// How deeply calls may nest in one expression: far more than any recipe needs, and little
/// enough stack for the parser and everything that walks the tree after it.
pub const MAX_DEPTH: usize = 64;

#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Ident {
        name: String,
        at: usize,
    },
    Call {
        name: String,
        at: usize,
        args: Vec<Expr>,
    },
    Str {
        value: String,
        at: usize,
    },
    Int {
        value: i64,
        at: usize,
    },
    Concat(Vec<Expr>),
}

impl Expr {
    pub fn at(&self) -> usize {
        match self {
            Expr::Ident { at, .. }
            | Expr::Call { at, .. }
            | Expr::Str { at, .. }
            | Expr::Int { at, .. } => *at,
            Expr::Concat(parts) => parts.first().map_or(0, Expr::at),
        }
    }
}

/// A syntax error at a char offset.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub at: usize,
    pub message: String,
}

pub fn parse(text: &str) -> Result<Expr, SyntaxError> {
    let mut p = ExprParser {
        chars: text.chars().collect(),
        pos: 0,
        depth: 0,
    };
    let expr = p.expr()?;
    p.skip_ws();
    if p.pos < p.chars.len() {
        return Err(p.error(format!("unexpected `{}`", p.chars[p.pos])));
    }
    Ok(expr)
}

struct ExprParser {
    chars: Vec<char>,
    pos: usize,
    /// Calls open around the current position.
    depth: usize,
}

impl ExprParser {
    fn error(&self, message: String) -> SyntaxError {
        SyntaxError {
            at: self.pos,
            message,
        }
    }

    fn skip_ws(&mut self) {
        while self.chars.get(self.pos).is_some_and(|c| c.is_whitespace()) {
            self.pos += 1;
        }
    }

    fn peek(&mut self) -> Option<char> {
        self.skip_ws();
        self.chars.get(self.pos).copied()
    }

    fn expr(&mut self) -> Result<Expr, SyntaxError> {
        let mut parts = vec![self.term()?];
        while self.peek() == Some('~') {
            self.pos += 1;
            parts.push(self.term()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Expr::Concat(parts)
        })
    }

    fn term(&mut self) -> Result<Expr, SyntaxError> {
        let at = self.pos;
        match self.peek() {
            None => Err(self.error("expected a value, found the end of the expression".into())),
            Some(q @ ('\'' | '"')) => self.string(q),
            Some(c) if c.is_ascii_digit() => self.integer(),
            Some(c) if c.is_alphabetic() || c == '_' => {
                let at = self.pos;
                let name = self.ident();
                if self.peek() == Some('(') {
                    if self.depth >= MAX_DEPTH {
                        return Err(SyntaxError {
                            at,
                            message: format!("calls nest more than {MAX_DEPTH} deep here"),
                        });
                    }
                    self.depth += 1;
                    self.pos += 1;
                    let mut args = Vec::new();
                    if self.peek() == Some(')') {
                        self.pos += 1;
                    } else {
                        loop {
                            args.push(self.expr()?);
                            match self.peek() {
                                Some(',') => self.pos += 1,
                                Some(')') => {
                                    self.pos += 1;
                                    break;
                                }
                                _ => {
                                    return Err(self.error(format!(
                                        "expected `,` or `)` in the arguments of `{name}`"
                                    )));
                                }
                            }
                        }
                    }
                    self.depth -= 1;
                    Ok(Expr::Call { name, at, args })
                } else {
                    Ok(Expr::Ident { name, at })
                }
            }
            Some(c) => {
                let _ = at;
                Err(self.error(format!(
                    "unexpected `{c}`: expected a name, a call, a 'string' or a number"
                )))
            }
        }
    }

    fn ident(&mut self) -> String {
        let start = self.pos;
        while self
            .chars
            .get(self.pos)
            .is_some_and(|c| c.is_alphanumeric() || *c == '_' || *c == '.')
        {
            self.pos += 1;
        }
        self.chars[start..self.pos].iter().collect()
    }

    fn integer(&mut self) -> Result<Expr, SyntaxError> {
        let at = self.pos;
        while self.chars.get(self.pos).is_some_and(char::is_ascii_digit) {
            self.pos += 1;
        }
        let text: String = self.chars[at..self.pos].iter().collect();
        text.parse()
            .map(|value| Expr::Int { value, at })
            .map_err(|_| SyntaxError {
                at,
                message: format!("integer `{text}` is too large"),
            })
    }

    fn string(&mut self, quote: char) -> Result<Expr, SyntaxError> {
        let at = self.pos;
        self.pos += 1;
        let mut value = String::new();
        loop {
            let Some(c) = self.chars.get(self.pos).copied() else {
                return Err(SyntaxError {
                    at,
                    message: "string is not closed".into(),
                });
            };
            self.pos += 1;
            match c {
                c if c == quote => break,
                '\\' => {
                    let esc_at = self.pos - 1;
                    let e = self.chars.get(self.pos).copied();
                    self.pos += 1;
                    value.push(match e {
                        Some('n') => '\n',
                        Some('r') => '\r',
                        Some('t') => '\t',
                        Some('0') => '\0',
                        Some('\\') => '\\',
                        Some('\'') => '\'',
                        Some('"') => '"',
                        Some('x') => {
                            let hex: String = self.chars.iter().skip(self.pos).take(2).collect();
                            self.pos += 2;
                            // `from_str_radix` alone would take `+7`.
                            let digits =
                                hex.len() == 2 && hex.chars().all(|c| c.is_ascii_hexdigit());
                            match u8::from_str_radix(&hex, 16) {
                                Ok(b) if digits && b < 0x80 => char::from(b),
                                _ => {
                                    return Err(SyntaxError {
                                        at: esc_at,
                                        message: format!(
                                            "`\\x{hex}` is not an ASCII byte escape (00-7f)"
                                        ),
                                    });
                                }
                            }
                        }
                        other => {
                            return Err(SyntaxError {
                                at: esc_at,
                                message: format!(
                                    "unknown escape `\\{}`",
                                    other.map(String::from).unwrap_or_default()
                                ),
                            });
                        }
                    });
                }
                c => value.push(c),
            }
        }
        Ok(Expr::Str { value, at })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_nested_calls_and_concat() {
        let e = parse("base64(hmac_sha256(secret, ts ~ method))").unwrap();
        let Expr::Call { name, args, at } = e else {
            panic!("not a call")
        };
        assert_eq!((name.as_str(), at), ("base64", 0));
        let Expr::Call { args: inner, .. } = &args[0] else {
            panic!("not a call")
        };
        assert_eq!(
            inner[0],
            Expr::Ident {
                name: "secret".into(),
                at: 19
            }
        );
        assert!(matches!(&inner[1], Expr::Concat(parts) if parts.len() == 2));
    }

    #[test]
    fn string_escapes() {
        assert_eq!(
            parse(r"'a\nb\x01'").unwrap(),
            Expr::Str {
                value: "a\nb\u{1}".into(),
                at: 0
            }
        );
        for bad in [r"'\x+7'", r"'\x7'", r"'\x80'", r"'\xg1'"] {
            let err = parse(bad).unwrap_err();
            assert!(
                err.message.contains("is not an ASCII byte escape"),
                "{bad}: {err:?}"
            );
        }
    }

    #[test]
    fn errors_point_at_offset() {
        assert_eq!(parse("hex(a b)").unwrap_err().at, 6);
        assert_eq!(parse("'open").unwrap_err().message, "string is not closed");
        assert_eq!(parse("a ~").unwrap_err().at, 3);
    }

    #[test]
    fn nesting_is_bounded() {
        let ok = "hex(".repeat(MAX_DEPTH) + "a" + &")".repeat(MAX_DEPTH);
        assert!(parse(&ok).is_ok());
        let deep = "hex(".repeat(5000) + "a" + &")".repeat(5000);
        let err = parse(&deep).unwrap_err();
        assert_eq!(err.at, 4 * MAX_DEPTH);
        assert_eq!(err.message, "calls nest more than 64 deep here");
    }
}
