//! How `venue sign` prints a request: the JSON object (the default), a curl command, or the
//! raw HTTP/1.1 request text. Header, query and body values that carry a secret's text show as
//! `[REDACTED]` unless the caller asks for them.

use crate::rt;

/// What a secret header value shows as.
const REDACTED: &str = "[REDACTED]";

/// `{"method","url","headers":{…},"body"}` on one line: `Request::to_json`, with the secret
/// values put back when `show_secrets`.
pub fn json(request: &rt::Request, show_secrets: bool) -> String {
    let mut doc = request.to_json();
    if show_secrets {
        if let Some(headers) = doc["headers"].as_object_mut() {
            for h in request.headers.iter().filter(|h| h.secret) {
                // Same key, so the header keeps its place.
                headers.insert(h.name.to_owned(), h.value.as_str().into());
            }
        }
        doc["url"] = url(request, true).into();
        doc["body"] = body(request, true).into();
    }
    doc.to_string()
}

/// The URL, its secret values redacted unless `show_secrets`.
fn url(request: &rt::Request, show_secrets: bool) -> String {
    if show_secrets {
        request.url.clone()
    } else {
        request.shown_url().into_owned()
    }
}

/// The body as text, its secret values redacted unless `show_secrets`.
fn body(request: &rt::Request, show_secrets: bool) -> Option<String> {
    if show_secrets {
        let body = request.body.as_deref()?;
        Some(String::from_utf8_lossy(body).into_owned())
    } else {
        request.shown_body().map(|b| b.into_owned())
    }
}

/// `curl -X METHOD 'URL' -H 'Name: value' … --data-binary 'BODY'`, one line, every value in
/// single quotes.
pub fn curl(request: &rt::Request, show_secrets: bool) -> String {
    let mut line = format!(
        "curl -X {} {}",
        request.method,
        quote(&url(request, show_secrets))
    );
    for h in &request.headers {
        let value = shown(h, show_secrets);
        // `-H 'Name:'` would remove curl's own header of that name; `Name;` sends it empty.
        let header = if value.is_empty() {
            format!("{};", h.name)
        } else {
            format!("{}: {value}", h.name)
        };
        line.push_str(" -H ");
        line.push_str(&quote(&header));
    }
    if let Some(body) = body(request, show_secrets) {
        line.push_str(" --data-binary ");
        line.push_str(&quote(&body));
    }
    line
}

/// The request as HTTP/1.1 text: request line, `Host`, the request's headers in order,
/// `Content-Length` when there is a body, a blank line, the body. Lines end in CRLF; nothing
/// follows the body, so the text can be replayed as is.
/// Redacted secret values change the body's length: `Content-Length` gives the length sent.
pub fn http(request: &rt::Request, show_secrets: bool) -> String {
    let url = url(request, show_secrets);
    let (host, target) = host_and_target(&url);
    let mut text = format!("{} {target} HTTP/1.1\r\nHost: {host}\r\n", request.method);
    for h in &request.headers {
        text.push_str(&format!("{}: {}\r\n", h.name, shown(h, show_secrets)));
    }
    if let Some(body) = &request.body {
        text.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    text.push_str("\r\n");
    if let Some(body) = body(request, show_secrets) {
        text.push_str(&body);
    }
    text
}

fn shown(header: &rt::Header, show_secrets: bool) -> &str {
    if header.secret && !show_secrets {
        REDACTED
    } else {
        header.value.as_str()
    }
}

/// `text` in single quotes for a POSIX shell; a `'` inside becomes `'\''`.
fn quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// `https://host:port/path?query` → (`host:port`, `/path?query`).
fn host_and_target(url: &str) -> (&str, String) {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let split = rest.find(['/', '?']).unwrap_or(rest.len());
    let (host, target) = rest.split_at(split);
    let target = if target.starts_with('/') {
        target.to_owned()
    } else {
        format!("/{target}")
    };
    (host, target)
}

/// A request from its parts, for the tests below.
#[cfg(test)]
fn request(
    method: rt::Method,
    url: &str,
    headers: &[(&'static str, &str, bool)],
    body: Option<&str>,
) -> rt::Request {
    rt::Request {
        method,
        url: url.to_owned(),
        headers: headers
            .iter()
            .map(|&(name, value, secret)| rt::Header {
                secret,
                ..rt::Header::new(name, value)
            })
            .collect(),
        body: body.map(|b| b.as_bytes().to_vec()),
        secrets: Default::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        assert_eq!(quote("plain"), "'plain'");
        assert_eq!(quote("it's"), r"'it'\''s'");
        assert_eq!(quote(""), "''");
    }

    #[test]
    fn host_and_target_from_urls() {
        assert_eq!(
            host_and_target("https://api.x.com/v1/a?b=1"),
            ("api.x.com", "/v1/a?b=1".to_owned())
        );
        assert_eq!(
            host_and_target("http://127.0.0.1:8080"),
            ("127.0.0.1:8080", "/".to_owned())
        );
        assert_eq!(
            host_and_target("http://[::1]:9?q=1"),
            ("[::1]:9", "/?q=1".to_owned())
        );
    }

    #[test]
    fn formats_redact_secret_headers_unless_asked() {
        let r = request(
            rt::Method::Post,
            "https://api.x.com/o?a='1'",
            &[
                ("Key", "k", false),
                ("Pass", "p'w", true),
                ("Empty", "", false),
            ],
            Some(r#"{"q":"it's"}"#),
        );
        assert_eq!(
            curl(&r, false),
            r#"curl -X POST 'https://api.x.com/o?a='\''1'\''' -H 'Key: k' -H 'Pass: [REDACTED]' -H 'Empty;' --data-binary '{"q":"it'\''s"}'"#
        );
        assert!(curl(&r, true).contains(r"-H 'Pass: p'\''w'"));
        assert_eq!(
            http(&r, false),
            "POST /o?a='1' HTTP/1.1\r\nHost: api.x.com\r\nKey: k\r\nPass: [REDACTED]\r\nEmpty: \r\nContent-Length: 12\r\n\r\n{\"q\":\"it's\"}"
        );
        assert!(http(&r, true).contains("\r\nPass: p'w\r\n"));
        assert_eq!(json(&r, false), r.to_json().to_string());
        assert_eq!(
            json(&r, true),
            r#"{"method":"POST","url":"https://api.x.com/o?a='1'","headers":{"Key":"k","Pass":"p'w","Empty":""},"body":"{\"q\":\"it's\"}"}"#
        );
    }

    #[test]
    fn formats_redact_secret_query_and_body_values_unless_asked() {
        let mut r = request(
            rt::Method::Post,
            "https://api.x.com/o?key=s%2F1&b=2",
            &[],
            Some(r#"{"pin":"p1","q":1}"#),
        );
        r.secrets.url = vec![(24, 29)];
        r.secrets.body = vec![(8, 10)];
        assert_eq!(
            json(&r, false),
            r#"{"method":"POST","url":"https://api.x.com/o?key=[REDACTED]&b=2","headers":{},"body":"{\"pin\":\"[REDACTED]\",\"q\":1}"}"#
        );
        assert_eq!(
            json(&r, true),
            r#"{"method":"POST","url":"https://api.x.com/o?key=s%2F1&b=2","headers":{},"body":"{\"pin\":\"p1\",\"q\":1}"}"#
        );
        assert_eq!(
            curl(&r, false),
            r#"curl -X POST 'https://api.x.com/o?key=[REDACTED]&b=2' --data-binary '{"pin":"[REDACTED]","q":1}'"#
        );
        assert_eq!(
            curl(&r, true),
            r#"curl -X POST 'https://api.x.com/o?key=s%2F1&b=2' --data-binary '{"pin":"p1","q":1}'"#
        );
        assert_eq!(
            http(&r, false),
            "POST /o?key=[REDACTED]&b=2 HTTP/1.1\r\nHost: api.x.com\r\nContent-Length: 18\r\n\r\n{\"pin\":\"[REDACTED]\",\"q\":1}"
        );
        assert_eq!(
            http(&r, true),
            "POST /o?key=s%2F1&b=2 HTTP/1.1\r\nHost: api.x.com\r\nContent-Length: 18\r\n\r\n{\"pin\":\"p1\",\"q\":1}"
        );
    }

    #[test]
    fn no_body_no_content_length() {
        let r = request(rt::Method::Get, "https://h/p", &[], None);
        assert_eq!(curl(&r, false), "curl -X GET 'https://h/p'");
        assert_eq!(http(&r, false), "GET /p HTTP/1.1\r\nHost: h\r\n\r\n");
    }
}
