//! Where an error is (file, line, column), and serde's and toml's messages said in plain words.

use std::ops::Range;

use crate::error::Error;

pub(super) struct Located<'a> {
    pub(super) name: &'a str,
    pub(super) text: &'a str,
}

impl Located<'_> {
    pub(super) fn error(&self, span: Option<Range<usize>>, message: &str) -> Error {
        let (line, column) = line_col(self.text, span.as_ref().map_or(0, |s| s.start));
        let first = message.lines().next().unwrap_or(message).trim();
        let line_text = span
            .as_ref()
            .map_or("", |s| line_at(self.text, s.start))
            .trim();
        let mut message = suggest_key(first)
            .or_else(|| table_message(first, line_text))
            .unwrap_or_else(|| plain_words(first));
        // Name the key whose value is wrong, when the message does not already.
        if let Some(key) = span.and_then(|s| key_before(self.text, s.start)) {
            if message.starts_with("must be") {
                message = format!("{key} {message}");
            } else if !message.contains(key) {
                message = format!("{key}: {message}");
            }
        }
        Error::Config {
            path: self.name.to_owned(),
            line,
            column,
            message: printable(&message),
        }
    }
}

/// The whole line that holds `offset`.
fn line_at(text: &str, offset: usize) -> &str {
    let offset = offset.min(text.len());
    let start = text
        .get(..offset)
        .and_then(|b| b.rfind('\n'))
        .map_or(0, |i| i + 1);
    let end = text
        .get(offset..)
        .and_then(|a| a.find('\n'))
        .map_or(text.len(), |i| offset + i);
    text.get(start..end).unwrap_or("")
}

/// toml's messages about whole tables and keys, which point at a line but name nothing:
/// `[service]` where `[[service]]` is meant, and a key or table given twice.
fn table_message(message: &str, line: &str) -> Option<String> {
    let header = line
        .strip_prefix('[')
        .filter(|l| !l.starts_with('['))
        .and_then(|l| l.split(']').next())
        .map(str::trim);
    if message.contains("expected a sequence") {
        let name = header?;
        return Some(format!(
            "[{name}] must be written [[{name}]], with double brackets: each [[{name}]] adds one to a list"
        ));
    }
    if message.starts_with("duplicate key") {
        if let Some(name) = header {
            return Some(format!("the table [{name}] is given twice"));
        }
        let key = line.split('=').next().map(|k| k.trim().trim_matches('"'))?;
        return Some(format!(
            "duplicate key `{key}`: it is already set in this table"
        ));
    }
    None
}

/// serde's "invalid type: string \"2\", expected i64" as a person would say it:
/// "expected a whole number, not the text \"2\" (write numbers without quotes)".
fn plain_words(message: &str) -> String {
    if let Some(words) = unknown_variant(message) {
        return words;
    }
    let Some((found, want)) = message
        .strip_prefix("invalid type: ")
        .and_then(|m| m.split_once(", expected "))
    else {
        return message.to_owned();
    };
    let want_words = match want {
        "i64" | "u64" | "i32" | "u32" | "u16" | "u8" | "an integer" => "a whole number",
        "a boolean" => "true or false",
        "a string" => "text in quotes",
        "a sequence" => "a list, like [\"a\", \"b\"]",
        w if w.starts_with("struct ") || w == "a map" => "a table",
        w => w,
    };
    let (found_words, quoted) = match found.split_once(' ') {
        Some(("string", v)) => (format!("the text {v}"), Some(v.trim_matches('"'))),
        Some(("integer" | "floating", v)) => (
            format!(
                "the number {}",
                v.trim_start_matches("point ").trim_matches('`')
            ),
            None,
        ),
        Some(("boolean", v)) => (v.trim_matches('`').to_owned(), None),
        _ => match found {
            "map" => ("a table".to_owned(), None),
            "sequence" => ("a list".to_owned(), None),
            f => (f.to_owned(), None),
        },
    };
    let hint = match (want_words, quoted) {
        ("a whole number", Some(v)) if v.trim().parse::<i64>().is_ok() => {
            " (write numbers without quotes)"
        }
        ("true or false", Some(v)) if matches!(v.trim(), "true" | "false") => {
            " (write true or false without quotes)"
        }
        ("text in quotes", None) => " (put it in quotes)",
        _ => "",
    };
    format!("expected {want_words}, not {found_words}{hint}")
}

/// serde's "unknown variant `http`, expected one of `handshake`, `stream`" as a person would
/// say it: "\"http\" is not one of handshake, stream". A web check is `handshake`.
fn unknown_variant(message: &str) -> Option<String> {
    let (value, rest) = message.strip_prefix("unknown variant `")?.split_once('`')?;
    let choices: Vec<&str> = rest
        .strip_prefix(", expected one of ")
        .or_else(|| rest.strip_prefix(", expected "))?
        .split(", ")
        .map(|c| c.trim_matches('`'))
        .collect();
    let list = match choices.split_last() {
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => return None,
    };
    let hint = if matches!(
        value.to_ascii_lowercase().as_str(),
        "http" | "https" | "web" | "get"
    ) && choices.contains(&"handshake")
    {
        " (a web check over HTTP or HTTPS is handshake, the default)"
    } else {
        ""
    };
    Some(format!("\"{value}\" is not one of {list}{hint}"))
}

/// The key of a `key = value` line, when `offset` is in its value.
fn key_before(text: &str, offset: usize) -> Option<&str> {
    let before = text.get(..offset)?;
    let line = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    let (key, _) = line.split_once('=')?;
    let key = key.trim().trim_matches('"');
    let plain = key
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
    (!key.is_empty() && plain).then_some(key)
}

/// The message with control characters (a carriage return, a terminal escape) and
/// direction overrides escaped, so an error quoting a bad value stays one honest line.
fn printable(message: &str) -> String {
    message
        .chars()
        .map(|c| {
            let bidi = matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
            if c.is_control() || bidi {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Rewrites serde's "unknown field `x`, expected one of `a`, `b`" into a suggestion of the
/// nearest valid key.
fn suggest_key(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    let (bad, rest) = rest.split_once('`')?;
    let valid: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
    let nearest = valid
        .iter()
        .map(|v| (edit_distance(bad, v), *v))
        .min()
        .filter(|(d, v)| *d <= 2.max(v.len() / 3))
        .map(|(_, v)| v);
    let list = valid.join(", ");
    Some(match nearest {
        Some(n) => format!("unknown key `{bad}`: did you mean `{n}`? (valid here: {list})"),
        None => format!("unknown key `{bad}` (valid here: {list})"),
    })
}

/// Levenshtein distance, for key suggestions.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// 1-based line and column (in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}
