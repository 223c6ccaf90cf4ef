//! Spec text as safe rustdoc Markdown.
//!
//! Descriptions are written for people, not for rustdoc: they hold bare URLs, placeholders such
//! as `<timestamp>`, and bracketed notes such as `[0]`, which rustdoc would read as unclosed HTML
//! tags and broken intra-doc links. [`render`] keeps what is already Markdown (code spans, fenced
//! code, `[text](url)` links, `<scheme:…>` autolinks) and makes the rest plain text.

/// Renders spec text so rustdoc shows it as written and warns about nothing:
///
/// - bare `http://` and `https://` URLs become `<…>` autolinks;
/// - `<` and `>` outside autolinks become `&lt;` and `&gt;`;
/// - `[` and `]` are escaped unless they form a `[text](url)` link;
/// - code spans and fenced code blocks are kept as they are; a fence without a language is
///   marked `text`, and an indented block is fenced as `text`, so neither becomes a doctest.
pub(crate) fn render(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut para = String::new();
    let mut lines = text.lines().peekable();
    let mut after_blank = true;
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        let indent = indent_width(line);
        if let Some(fence) = fence_marker(trimmed) {
            flush(&mut out, &mut para);
            let info = trimmed[fence.len()..].trim();
            out.push_str(&line[..line.len() - trimmed.len()]);
            out.push_str(fence);
            out.push_str(if info.is_empty() { "text" } else { info });
            out.push('\n');
            for inner in lines.by_ref() {
                out.push_str(inner);
                out.push('\n');
                if inner.trim_start().starts_with(fence) && inner.trim()[fence.len()..].is_empty() {
                    break;
                }
            }
            after_blank = false;
            continue;
        }
        if after_blank && indent >= 4 && !trimmed.is_empty() && !in_list(&format!("{out}{para}")) {
            // An indented code block: rustdoc would compile it as Rust.
            flush(&mut out, &mut para);
            let mut block = vec![line];
            while let Some(next) = lines.peek() {
                let blank = next.trim().is_empty();
                if !blank && indent_width(next) < 4 {
                    break;
                }
                block.push(next);
                lines.next();
            }
            let mut blanks = 0;
            while block.last().is_some_and(|l| l.trim().is_empty()) {
                block.pop();
                blanks += 1;
            }
            out.push_str("```text\n");
            for l in block {
                out.push_str(dedent(l).trim_end());
                out.push('\n');
            }
            out.push_str("```\n");
            out.push_str(&"\n".repeat(blanks));
            after_blank = blanks > 0;
            continue;
        }
        after_blank = trimmed.is_empty();
        para.push_str(line);
        para.push('\n');
    }
    flush(&mut out, &mut para);
    while out.ends_with('\n') {
        out.pop();
    }
    out
}

/// The columns of a line's indentation, a tab reaching the next multiple of four.
fn indent_width(line: &str) -> usize {
    line.chars()
        .take_while(|c| c.is_whitespace())
        .fold(0, |w, c| if c == '\t' { w / 4 * 4 + 4 } else { w + 1 })
}

/// A line of an indented code block without its first four columns of indentation.
fn dedent(line: &str) -> &str {
    let mut width = 0;
    for (k, c) in line.char_indices() {
        if width >= 4 || !c.is_whitespace() {
            return &line[k..];
        }
        width = if c == '\t' {
            width / 4 * 4 + 4
        } else {
            width + 1
        };
    }
    ""
}

/// The fence (```` ``` ```` or `~~~`, at least three) opening a line, if any.
fn fence_marker(line: &str) -> Option<&str> {
    for c in ['`', '~'] {
        let n = line.len() - line.trim_start_matches(c).len();
        if n >= 3 {
            return Some(&line[..n]);
        }
    }
    None
}

/// Whether the text so far ends inside a list, where indented lines continue an item.
fn in_list(out: &str) -> bool {
    out.lines()
        .rev()
        .find(|l| !l.trim().is_empty() && !l.starts_with(' '))
        .is_some_and(|l| {
            let l = l.trim_start();
            l.starts_with("- ")
                || l.starts_with("* ")
                || l.starts_with("+ ")
                || l.split_once(". ")
                    .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
}

fn flush(out: &mut String, para: &mut String) {
    if !para.is_empty() {
        out.push_str(&inline(para));
        para.clear();
    }
}

/// Escapes one run of text outside code blocks.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let c = rest.chars().next().expect("i is below the length");
        match c {
            '`' => {
                let run = rest.len() - rest.trim_start_matches('`').len();
                let n = code_span_len(rest, run).unwrap_or(run);
                out.push_str(&rest[..n]);
                i += n;
            }
            '\\' => {
                // An existing escape stays as written.
                let n = match rest[1..].chars().next() {
                    Some(p) if p.is_ascii_punctuation() => 2,
                    _ => 1,
                };
                out.push_str(&rest[..n]);
                i += n;
            }
            '<' => match autolink_len(rest) {
                Some(n) => {
                    out.push_str(&rest[..n]);
                    i += n;
                }
                None => {
                    out.push_str("&lt;");
                    i += 1;
                }
            },
            '>' => {
                out.push_str("&gt;");
                i += 1;
            }
            '[' => match link_len(rest) {
                Some((label, n)) => {
                    out.push('[');
                    out.push_str(&inline(&rest[1..label]));
                    out.push_str(&rest[label..n]);
                    i += n;
                }
                None => {
                    out.push_str("\\[");
                    i += 1;
                }
            },
            ']' => {
                out.push_str("\\]");
                i += 1;
            }
            'h' if starts_word(text, i) => match bare_url_len(rest) {
                Some(n) => {
                    out.push('<');
                    out.push_str(&rest[..n]);
                    out.push('>');
                    i += n;
                }
                None => {
                    out.push('h');
                    i += 1;
                }
            },
            _ => {
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    out
}

/// The length of a code span opened by `run` backticks, up to the closing run of the same size.
fn code_span_len(rest: &str, run: usize) -> Option<usize> {
    let mut j = run;
    while j < rest.len() {
        let after = &rest[j..];
        let skip = after.find('`')?;
        let start = j + skip;
        let close = rest[start..].len() - rest[start..].trim_start_matches('`').len();
        if close == run {
            return Some(start + close);
        }
        j = start + close;
    }
    None
}

/// The length of an autolink `<scheme:…>` at the start of `rest`.
fn autolink_len(rest: &str) -> Option<usize> {
    let end = rest.find('>')?;
    let inner = &rest[1..end];
    let (scheme, target) = inner.split_once(':')?;
    let scheme_ok = (2..=32).contains(&scheme.len())
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c));
    let target_ok = !target.is_empty()
        && !target
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '<');
    (scheme_ok && target_ok).then_some(end + 1)
}

/// For a `[text](url)` link at the start of `rest`: the end of its label and its length.
fn link_len(rest: &str) -> Option<(usize, usize)> {
    let mut depth = 0;
    let mut label = None;
    for (k, c) in rest.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    label = Some(k);
                    break;
                }
            }
            '\n' if rest[..k].ends_with('\n') => return None,
            _ => {}
        }
    }
    let label = label?;
    let target = rest[label + 1..].strip_prefix('(')?;
    let close = target.find(')')?;
    let url = &target[..close];
    if url.is_empty()
        || url
            .chars()
            .any(|c| c.is_whitespace() || c == '<' || c == '(')
    {
        return None;
    }
    Some((label, label + 2 + close + 1))
}

/// Whether `i` starts a word (a URL glued to a letter is not a URL).
fn starts_word(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric() && c != '_' && c != '/')
}

/// The length of a bare `http(s)://` URL at the start of `rest`, without trailing punctuation.
fn bare_url_len(rest: &str) -> Option<usize> {
    let after = rest
        .strip_prefix("https://")
        .or_else(|| rest.strip_prefix("http://"))?;
    if !after.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let mut end = rest
        .find(|c: char| c.is_whitespace() || "<>\"`[]{}|\\^".contains(c))
        .unwrap_or(rest.len());
    loop {
        let url = &rest[..end];
        let last = url.chars().next_back()?;
        let unbalanced = last == ')' && url.matches(')').count() > url.matches('(').count();
        if ".,;:!?'*_".contains(last) || unbalanced {
            end -= last.len_utf8();
        } else {
            break;
        }
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn plain_text_is_unchanged() {
        assert_eq!(render("Places an order."), "Places an order.");
        assert_eq!(render("a\n\nb *c* 3 & 4"), "a\n\nb *c* 3 & 4");
        assert_eq!(render("naïve — €5"), "naïve — €5");
    }

    #[test]
    fn bare_urls_become_autolinks() {
        assert_eq!(
            render("See https://example.com/api/v1?a=b#x."),
            "See <https://example.com/api/v1?a=b#x>."
        );
        assert_eq!(
            render("(docs: http://x.io/a_(b))"),
            "(docs: <http://x.io/a_(b)>)"
        );
        assert_eq!(render("https://a.b/c, then"), "<https://a.b/c>, then");
        assert_eq!(
            render("- https://a.b/c\n- https://d.e"),
            "- <https://a.b/c>\n- <https://d.e>"
        );
        assert_eq!(render("xhttps://a.b"), "xhttps://a.b");
        assert_eq!(render("https:// alone"), "https:// alone");
    }

    #[test]
    fn autolinks_and_links_are_kept() {
        assert_eq!(render("<https://a.b/c>"), "<https://a.b/c>");
        assert_eq!(
            render("[the docs](https://a.b/c) say"),
            "[the docs](https://a.b/c) say"
        );
        assert_eq!(
            render("[see <x>](https://a.b/c)"),
            "[see &lt;x&gt;](https://a.b/c)"
        );
    }

    #[test]
    fn angle_brackets_are_escaped() {
        assert_eq!(
            render("sign <unix> + <merchant>"),
            "sign &lt;unix&gt; + &lt;merchant&gt;"
        );
        assert_eq!(render("a -> b, x < y"), "a -&gt; b, x &lt; y");
        assert_eq!(render("> quoted"), "&gt; quoted");
        assert_eq!(render("<a:b c>"), "&lt;a:b c&gt;");
    }

    #[test]
    fn square_brackets_are_escaped() {
        assert_eq!(
            render("item [0], [ORDER_ROW]"),
            "item \\[0\\], \\[ORDER_ROW\\]"
        );
        assert_eq!(render("[x] (y)"), "\\[x\\] (y)");
        assert_eq!(render("a]b"), "a\\]b");
    }

    #[test]
    fn code_spans_are_untouched() {
        assert_eq!(
            render("`<unix>[0] https://a.b` and <x>"),
            "`<unix>[0] https://a.b` and &lt;x&gt;"
        );
        assert_eq!(render("``a ` <b>`` c"), "``a ` <b>`` c");
        assert_eq!(render("`unclosed <b>"), "`unclosed &lt;b&gt;");
    }

    #[test]
    fn existing_escapes_are_kept() {
        assert_eq!(render("\\[0\\] \\<x\\>"), "\\[0\\] \\<x\\>");
        assert_eq!(render("C:\\dir"), "C:\\dir");
    }

    #[test]
    fn code_blocks_never_become_doctests() {
        assert_eq!(
            render("Sign:\n```\nHMAC(<key>, [body])\n```\nDone."),
            "Sign:\n```text\nHMAC(<key>, [body])\n```\nDone."
        );
        assert_eq!(
            render("```json\n{\"a\": [1]}\n```"),
            "```json\n{\"a\": [1]}\n```"
        );
        assert_eq!(
            render("Payload:\n\n    ts + <body>\n    more\n\nAfter [1]."),
            "Payload:\n\n```text\nts + <body>\nmore\n```\n\nAfter \\[1\\]."
        );
        assert_eq!(
            render("a\n\n\tx <y>\n\t\tz"),
            "a\n\n```text\nx <y>\n\tz\n```"
        );
        assert_eq!(
            render("- item\n\n    continued <x>"),
            "- item\n\n    continued &lt;x&gt;"
        );
    }
}
