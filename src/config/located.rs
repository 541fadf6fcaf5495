//! Where an error is (file, line, column), and serde's and toml's messages said in plain words:
//! the catalogue's. A value that checks itself (`values`) sends its problem through serde as a
//! message's record, read back here; serde's and toml's own messages are input, classified by
//! their kind and facts and said with the catalogue's messages.

use std::ops::Range;

use super::values::EXPECTING_DURATION;
use crate::error::Error;
use crate::model::{Arg, Message};
use crate::msg;
use crate::view::i18n;

pub(super) struct Located<'a> {
    /// The file, as an error names it: its path, or what stands for a built-in config.
    pub(super) name: Message,
    pub(super) text: &'a str,
}

impl Located<'_> {
    /// An error from toml or serde: `message` is its text (a value's own problem is a message's
    /// record in it).
    pub(super) fn parse_error(&self, span: Option<Range<usize>>, message: &str) -> Error {
        let first = message.lines().next().unwrap_or(message).trim();
        let line_text = span
            .as_ref()
            .map_or("", |s| line_at(self.text, s.start))
            .trim();
        let problem = own_problem(first)
            .or_else(|| suggest_key(first))
            .or_else(|| table_message(first, line_text))
            .unwrap_or_else(|| plain_words(first));
        self.error(span, problem)
    }

    /// An error at `span` (`None`: the top of the file).
    pub(super) fn error(&self, span: Option<Range<usize>>, problem: Message) -> Error {
        let (line, column) = line_col(self.text, span.as_ref().map_or(0, |s| s.start));
        let mut problem = problem;
        // Name the key whose value is wrong, when the message does not already.
        if let Some(key) = span.and_then(|s| key_before(self.text, s.start)) {
            if problem.id() == "config-duration-range" {
                problem = with_args(
                    Message::new("config-duration-range-key").arg("key", key),
                    &problem,
                );
            } else if !names(&problem, key) {
                problem = msg!("config-key-problem", key = key, problem = problem);
            }
        }
        Error::Config {
            path: self.name.clone(),
            line,
            column,
            message: printable_message(&problem),
        }
    }
}

/// Whether the message already says `key`. Judged on the English source, so that the same
/// messages name their key in every language (a key is written as the file writes it).
fn names(m: &Message, key: &str) -> bool {
    i18n::render_in(i18n::english(), m).contains(key)
}

/// `base` with `from`'s arguments too.
fn with_args(base: Message, from: &Message) -> Message {
    from.args()
        .iter()
        .fold(base, |m, (k, v)| m.arg(k.clone(), v.clone()))
}

/// A value's own problem: the message `values` sent through serde as its record.
fn own_problem(message: &str) -> Option<Message> {
    let m = Message::from_record(message);
    m.as_verbatim().is_none().then_some(m)
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
fn table_message(message: &str, line: &str) -> Option<Message> {
    let header = line
        .strip_prefix('[')
        .filter(|l| !l.starts_with('['))
        .and_then(|l| l.split(']').next())
        .map(str::trim);
    // not for people: toml's words, read
    if message.contains("expected a sequence") {
        let name = header?;
        return Some(msg!("config-table-brackets", name = name));
    }
    if message.starts_with("duplicate key") {
        if let Some(name) = header {
            return Some(msg!("config-table-twice", name = name));
        }
        let key = line.split('=').next().map(|k| k.trim().trim_matches('"'))?;
        return Some(msg!("config-duplicate-key", key = key));
    }
    None
}

/// serde's "invalid type: string \"2\", expected i64" as a person would say it:
/// "expected a whole number, not the text \"2\" (write numbers without quotes)". What serde
/// says that has no words here is shown as serde said it.
fn plain_words(message: &str) -> Message {
    if let Some(words) = unknown_variant(message) {
        return words;
    }
    let Some((found, want)) = message
        .strip_prefix("invalid type: ")
        .and_then(|m| m.split_once(", expected "))
    else {
        return Message::verbatim(message);
    };
    #[derive(PartialEq)]
    enum Want {
        Number,
        Bool,
        Text,
        Other,
    }
    let (want_kind, want_words) = match want {
        // not for people: serde's words, read
        "i64" | "u64" | "i32" | "u32" | "u16" | "u8" | "an integer" => {
            (Want::Number, msg!("config-want-number"))
        }
        "a boolean" => (Want::Bool, msg!("config-want-bool")), // not for people: serde's words
        "a string" => (Want::Text, msg!("config-want-text")),  // not for people: serde's words
        "a sequence" => (Want::Other, msg!("config-want-list")), // not for people: serde's words
        w if w == EXPECTING_DURATION => (Want::Other, msg!("config-want-duration")),
        // not for people: serde's words, read
        w if w.starts_with("struct ") || w == "a map" => (Want::Other, msg!("config-want-table")),
        w => (Want::Other, Message::verbatim(w)),
    };
    let (found_words, quoted) = match found.split_once(' ') {
        Some(("string", v)) => (
            msg!("config-found-text", value = v),
            Some(v.trim_matches('"')),
        ),
        Some(("integer" | "floating", v)) => (
            msg!(
                "config-found-number",
                value = v.trim_start_matches("point ").trim_matches('`'),
            ),
            None,
        ),
        // The value itself: `true`.
        Some(("boolean", v)) => (Message::verbatim(v.trim_matches('`')), None),
        _ => match found {
            "map" => (msg!("config-found-table"), None),
            "sequence" => (msg!("config-found-list"), None),
            f => (Message::verbatim(f), None),
        },
    };
    let hint = match (want_kind, quoted) {
        (Want::Number, Some(v)) if v.trim().parse::<i64>().is_ok() => "number",
        (Want::Bool, Some(v)) if matches!(v.trim(), "true" | "false") => "bool",
        (Want::Text, None) => "quotes",
        _ => "none",
    };
    msg!(
        "config-invalid-type",
        want = want_words,
        found = found_words,
        hint = hint,
    )
}

/// serde's "unknown variant `http`, expected one of `handshake`, `stream`" as a person would
/// say it: "\"http\" is not one of handshake or stream". A web check is `handshake`.
fn unknown_variant(message: &str) -> Option<Message> {
    let (value, rest) = message.strip_prefix("unknown variant `")?.split_once('`')?;
    let choices: Vec<&str> = rest
        // not for people: serde's words, read
        .strip_prefix(", expected one of ")
        .or_else(|| rest.strip_prefix(", expected "))?
        .split(", ")
        .map(|c| c.trim_matches('`'))
        .collect();
    if choices.is_empty() {
        return None;
    }
    let web = matches!(
        value.to_ascii_lowercase().as_str(),
        "http" | "https" | "web" | "get"
    ) && choices.contains(&"handshake");
    Some(msg!(
        "config-unknown-variant",
        value = value,
        choices = Arg::choice(choices),
        hint = if web { "web" } else { "none" },
    ))
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

/// The message with control characters (a carriage return, a terminal escape) and direction
/// overrides escaped in every fact it quotes, so an error quoting a bad value stays one honest
/// line.
fn printable_message(m: &Message) -> Message {
    if let Some(text) = m.as_verbatim() {
        return Message::verbatim(printable(text));
    }
    m.args()
        .iter()
        .fold(Message::new(m.id().to_owned()), |out, (k, v)| {
            out.arg(k.clone(), printable_arg(v))
        })
}

fn printable_arg(a: &Arg) -> Arg {
    match a {
        Arg::Text(t) => Arg::Text(printable(t)),
        Arg::Msg(m) => Arg::Msg(Box::new(printable_message(m))),
        Arg::List(items) => Arg::List(items.iter().map(printable_arg).collect()),
        Arg::Choice(items) => Arg::Choice(items.iter().map(printable_arg).collect()),
        other => other.clone(),
    }
}

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
fn suggest_key(message: &str) -> Option<Message> {
    let rest = message.strip_prefix("unknown field `")?;
    let (bad, rest) = rest.split_once('`')?;
    let valid: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
    let nearest = valid
        .iter()
        .map(|v| (edit_distance(bad, v), *v))
        .min()
        .filter(|(d, v)| *d <= 2.max(v.len() / 3))
        .map(|(_, v)| v);
    // The keys as the file writes them: a listing of names, not a sentence.
    let keys = valid.join(", ");
    Some(match nearest {
        Some(n) => msg!(
            "config-unknown-key-suggest",
            key = bad,
            suggestion = n,
            keys = keys,
        ),
        None => msg!("config-unknown-key", key = bad, keys = keys),
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
