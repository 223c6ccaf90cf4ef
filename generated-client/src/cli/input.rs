//! The JSON arguments of `sign`, `explain` and `call`, read strictly: `--params` and the
//! credentials come inline, from `@FILE`, or from stdin (`-`; also `--credentials-file -`); a repeated key is refused at
//! any depth; params must be an object; a credential may be neither empty nor hold a control
//! character. Errors name the argument, the file, the key or the credential, never a value.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use venue_runtime::serde_json::{self, Map, Number, Value as Json};

use super::Failure;

/// Where a JSON argument's text is: inline, a file (`@FILE`), or stdin (`-`).
enum Source<'a> {
    Inline(&'a str),
    File(PathBuf),
    Stdin,
}

impl<'a> Source<'a> {
    /// `-` is stdin, `@FILE` a file, anything else the JSON itself (JSON never starts with
    /// either).
    fn of(text: &'a str) -> Self {
        match text {
            "-" => Source::Stdin,
            _ => match text.strip_prefix('@') {
                Some(path) => Source::File(PathBuf::from(path)),
                None => Source::Inline(text),
            },
        }
    }

    fn is_stdin(&self) -> bool {
        matches!(self, Source::Stdin)
    }
}

/// A JSON argument: where it came from (for errors) and its text.
struct Text {
    label: String,
    text: String,
}

/// Reads `flag`'s text from `source`; a file is named `what` and its path in errors. An
/// unreadable file is named, with the reason.
fn read(flag: &str, what: &str, source: Source<'_>) -> Result<Text, Failure> {
    match source {
        Source::Inline(text) => Ok(Text {
            label: flag.to_owned(),
            text: text.to_owned(),
        }),
        Source::File(path) => {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {what} {}: {e}", path.display()))?;
            Ok(Text {
                label: format!("{what} {}", path.display()),
                text,
            })
        }
        Source::Stdin => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| format!("cannot read {flag} from stdin: {e}"))?;
            Ok(Text {
                label: format!("{flag} (stdin)"),
                text,
            })
        }
    }
}

/// The params (`--params`) and the credentials (`--credentials`, or else
/// `--credentials-file`), read in that order, at most one of them from stdin.
pub(super) fn read_all(
    params: &str,
    credentials: Option<&str>,
    credentials_file: Option<&Path>,
) -> Result<(Json, Json), Failure> {
    let params = Source::of(params);
    let (flag, what, credentials) = match (credentials, credentials_file) {
        (Some(text), _) => ("--credentials", "--credentials file", Source::of(text)),
        // Only `-` is special: a path may start with `@`.
        (None, Some(path)) => (
            "--credentials-file",
            "credentials file",
            if path == Path::new("-") {
                Source::Stdin
            } else {
                Source::File(path.to_owned())
            },
        ),
        (None, None) => return Err("give --credentials or --credentials-file".into()),
    };
    if params.is_stdin() && credentials.is_stdin() {
        return Err(format!("--params and {flag} cannot both read stdin (-)"));
    }
    let Text { label, text } = read("--params", "--params file", params)?;
    let params = parse(&label, &text)?;
    if !params.is_object() {
        return Err(format!(
            "{label} must be a JSON object, found {}",
            kind(&params)
        ));
    }
    let Text { label, text } = read(flag, what, credentials)?;
    Ok((params, checked_credentials(&label, &text)?))
}

/// A received webhook as `verify` reads it: headers, body bytes, credentials.
pub(super) type Received = (Vec<(String, String)>, Vec<u8>, Json);

/// What `verify` reads: the received headers (a JSON object of strings, inline or `@FILE`),
/// the body's exact bytes (a file, or `-` for stdin), and the credentials (inline, `@FILE` or
/// `-`; only one of body and credentials may read stdin).
pub(super) fn read_received(
    headers: &str,
    body: &Path,
    credentials: &str,
) -> Result<Received, Failure> {
    let credentials = Source::of(credentials);
    let body_stdin = body == Path::new("-");
    if body_stdin && credentials.is_stdin() {
        return Err("--body and --credentials cannot both read stdin (-)".into());
    }
    let Text { label, text } = read("--headers", "--headers file", Source::of(headers))?;
    let pairs = match parse(&label, &text)? {
        Json::Object(map) => map
            .into_iter()
            .map(|(name, value)| match value {
                Json::String(value) => Ok((name, value)),
                other => Err(format!(
                    "{label}: header `{}` must be a JSON string, found {}",
                    name.escape_debug(),
                    kind(&other)
                )),
            })
            .collect::<Result<Vec<_>, _>>()?,
        other => {
            return Err(format!(
                "{label} must be a JSON object, found {}",
                kind(&other)
            ));
        }
    };
    let mut bytes = Vec::new();
    if body_stdin {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read --body from stdin: {e}"))?;
    } else {
        bytes = std::fs::read(body)
            .map_err(|e| format!("cannot read --body file {}: {e}", body.display()))?;
    }
    let Text { label, text } = read("--credentials", "--credentials file", credentials)?;
    Ok((pairs, bytes, checked_credentials(&label, &text)?))
}

/// Parses credentials and refuses an empty one or one holding a control character (a stray
/// CR/LF from a file or a paste would otherwise be signed and sent). Names, never values.
fn checked_credentials(label: &str, text: &str) -> Result<Json, Failure> {
    let value = parse(label, text)?;
    if let Some(object) = value.as_object() {
        for (name, value) in object {
            let Some(value) = value.as_str() else {
                continue;
            };
            let problem = if value.is_empty() {
                "is empty"
            } else if value.chars().any(char::is_control) && !is_pem(value) {
                "contains a control character (such as CR, LF, TAB or NUL)"
            } else {
                continue;
            };
            return Err(format!(
                "{label}: credential `{}` {problem}",
                name.escape_debug()
            ));
        }
    }
    Ok(value)
}

/// A PEM block (a private key): its line breaks are part of it, and it is parsed, never sent.
fn is_pem(value: &str) -> bool {
    let block = value.trim_end_matches(['\r', '\n']);
    block.starts_with("-----BEGIN ")
        && block.ends_with("-----")
        && !block
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\r')
}

/// Parses JSON, refusing a key repeated in one object. serde_json's errors give a position,
/// never the input, so a credential value cannot leak through them.
fn parse(label: &str, text: &str) -> Result<Json, Failure> {
    match serde_json::from_str::<Strict>(text) {
        Ok(Strict(value)) => Ok(value),
        Err(e) if e.is_data() => Err(format!("{label} has a {e}")),
        Err(e) => Err(format!("{label} is not valid JSON: {e}")),
    }
}

/// What a JSON value is, for an error.
fn kind(value: &Json) -> &'static str {
    match value {
        Json::Null => "null",
        Json::Bool(_) => "a boolean",
        Json::Number(_) => "a number",
        Json::String(_) => "a string",
        Json::Array(_) => "an array",
        Json::Object(_) => "an object",
    }
}

/// The key serde_json's `arbitrary_precision` hands a number's text under.
const NUMBER_KEY: &str = "$serde_json::private::Number";

/// A JSON value whose objects have no repeated key, at any depth.
struct Strict(Json);

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StrictVisitor).map(Strict)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Json, E> {
        Ok(Json::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Json, E> {
        Ok(Json::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Json, E> {
        Ok(Number::from_f64(v).map_or(Json::Null, Json::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Json, E> {
        Ok(Json::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Json, E> {
        Ok(Json::String(v))
    }

    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Json, D::Error> {
        Strict::deserialize(deserializer).map(|s| s.0)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(Strict(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            // The runtime's serde_json has `arbitrary_precision`: a number arrives as this
            // one-entry map holding its exact text, which a decimal param keeps.
            if object.is_empty() && key == NUMBER_KEY {
                let text: String = map.next_value()?;
                return text.parse().map(Json::Number).map_err(de::Error::custom);
            }
            if object.contains_key(&key) {
                // The key only: its value may be a secret.
                return Err(de::Error::custom(format_args!(
                    "duplicate key `{}`",
                    key.escape_debug()
                )));
            }
            let Strict(value) = map.next_value()?;
            object.insert(key, value);
        }
        Ok(Json::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_keys_are_refused_at_any_depth() {
        assert_eq!(
            parse("--params", r#"{"a":1,"a":2}"#).unwrap_err(),
            "--params has a duplicate key `a` at line 1 column 10"
        );
        assert_eq!(
            parse("x", r#"{"a":[{"b":{"c":1,"c":1}}]}"#).unwrap_err(),
            "x has a duplicate key `c` at line 1 column 21"
        );
        let value = parse(
            "x",
            r#"{"a":[1,-2,1.5,"s",null,true,{"a":{}}],"b":{"a":1}}"#,
        );
        assert_eq!(
            value.unwrap(),
            serde_json::json!({"a":[1,-2,1.5,"s",null,true,{"a":{}}],"b":{"a":1}})
        );
    }

    #[test]
    fn numbers_keep_their_exact_text() {
        let text =
            r#"{"price":123456789.123456789,"size":1.50,"n":[2.0,-0,1e-7,18446744073709551616]}"#;
        let value = parse("x", text).unwrap();
        assert_eq!(value.to_string(), text);
        assert_eq!(value["price"].to_string(), "123456789.123456789");
    }

    #[test]
    fn sources() {
        assert!(Source::of("-").is_stdin());
        assert!(matches!(Source::of("@a.json"), Source::File(p) if p == Path::new("a.json")));
        assert!(matches!(Source::of("{}"), Source::Inline("{}")));
    }
}
