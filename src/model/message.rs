//! A message for people, as data: an id in the catalogue (`i18n/<lang>/downbeat.ftl`) and its
//! arguments. Probes, the model, health, config and the outside view hand these up; the view
//! (`view::i18n`) is the one place that turns them into words, in the user's language.
//!
//! Build one with [`msg!`](crate::msg): `msg!("tls-cert-expired", host = name, days = 3)`.

use std::borrow::Cow;
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// A message id and its arguments. Rendering is the view's (`Display` renders it in the
/// current language; `Serialize` writes the rendered text, as JSON's text fields carry the
/// chosen language). The record keeps the message itself ([`Message::to_record`]), so the
/// history reads in whatever language it is read in.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    id: Cow<'static, str>,
    args: Vec<(Cow<'static, str>, Arg)>,
}

/// One argument of a message: a fact, never a sentence. The catalogue decides how each reads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "t", content = "v")]
pub enum Arg {
    /// A name, an address, a path, a code: shown as written, in every language.
    Text(String),
    /// A count: plurals select on it.
    Int(i64),
    /// A number with this many decimals, written with the language's decimal mark.
    Decimal(f64, u8),
    /// A measured time: "340 ms", "1.2 s".
    Duration(u64),
    /// A span of time: "40 s", "1 h 5 min" (milliseconds).
    Span(u64),
    /// A moment (Unix ms), in local time: the day and the time, the year when not this year.
    When(i64),
    /// A day (Unix ms), in local time, with its year.
    Date(i64),
    /// A day and its time (Unix ms), in local time, with its year.
    DateTime(i64),
    /// A time of day (Unix ms), in local time, to the minute.
    Clock(i64),
    /// Another message, rendered in the same language.
    #[serde(with = "as_record")]
    Msg(Box<Message>),
    /// Items joined the language's way: "A, B and C".
    List(Vec<Arg>),
    /// Items joined with "or": "A, B or C".
    Choice(Vec<Arg>),
}

impl Message {
    /// A message with no arguments yet.
    pub fn new(id: impl Into<Cow<'static, str>>) -> Self {
        Message {
            id: id.into(),
            args: Vec::new(),
        }
    }

    /// Text that is already words from elsewhere (an operating system's error, a server's
    /// reason phrase, a legacy record): shown as it is.
    pub fn verbatim(text: impl Into<String>) -> Self {
        Message::new(VERBATIM).arg("text", Arg::Text(text.into()))
    }

    /// No message: renders as nothing.
    pub fn empty() -> Self {
        Message::verbatim(String::new())
    }

    /// With one more argument.
    #[must_use]
    pub fn arg(mut self, name: impl Into<Cow<'static, str>>, value: impl Into<Arg>) -> Self {
        self.args.push((name.into(), value.into()));
        self
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn args(&self) -> &[(Cow<'static, str>, Arg)] {
        &self.args
    }

    /// The verbatim text, for a message made by [`Message::verbatim`].
    pub fn as_verbatim(&self) -> Option<&str> {
        match (self.id.as_ref(), self.args.first()) {
            (VERBATIM, Some((_, Arg::Text(t)))) => Some(t),
            _ => None,
        }
    }

    /// Whether this says nothing (an empty verbatim text).
    pub fn is_empty(&self) -> bool {
        self.as_verbatim().is_some_and(str::is_empty)
    }

    /// The message as the history stores it: its id and arguments, as JSON.
    pub fn to_record(&self) -> String {
        if let Some(t) = self.as_verbatim() {
            return t.to_string();
        }
        serde_json::to_string(&Record::of(self)).unwrap_or_default()
    }

    /// A stored message back. What isn't one (text written before messages were data) reads
    /// as it was written.
    pub fn from_record(stored: &str) -> Message {
        if stored.starts_with("{\"id\"") {
            if let Ok(rec) = serde_json::from_str::<Record>(stored) {
                return rec.into_message();
            }
        }
        Message::verbatim(stored)
    }
}

impl Default for Message {
    fn default() -> Self {
        Message::empty()
    }
}

/// The id of text shown as it is.
pub const VERBATIM: &str = "verbatim";

/// A message inside an argument, kept as its record.
mod as_record {
    use super::{Message, Record};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(m: &Message, s: S) -> Result<S::Ok, S::Error> {
        Record::of(m).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Box<Message>, D::Error> {
        Ok(Box::new(Record::deserialize(d)?.into_message()))
    }
}

#[derive(Serialize, Deserialize)]
struct Record {
    id: String,
    #[serde(default)]
    args: Vec<(String, Arg)>,
}

impl Record {
    fn of(m: &Message) -> Record {
        Record {
            id: m.id.to_string(),
            args: m
                .args
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        }
    }

    fn into_message(self) -> Message {
        Message {
            id: Cow::Owned(self.id),
            args: self
                .args
                .into_iter()
                .map(|(k, v)| (Cow::Owned(k), v))
                .collect(),
        }
    }
}

impl Eq for Message {}
impl Eq for Arg {}

// Text that is already words (an OS error, a server's reason, a test's fixture): shown as it
// is, like `Message::verbatim`. Words of Downbeat's own never come this way: the catalogue
// test fails on a sentence written in Rust.
impl From<String> for Message {
    fn from(text: String) -> Self {
        Message::verbatim(text)
    }
}
impl From<&str> for Message {
    fn from(text: &str) -> Self {
        Message::verbatim(text)
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Self {
        Arg::Msg(Box::new(m))
    }
}
impl From<&Message> for Arg {
    fn from(m: &Message) -> Self {
        Arg::Msg(Box::new(m.clone()))
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}
impl From<Cow<'_, str>> for Arg {
    fn from(s: Cow<'_, str>) -> Self {
        Arg::Text(s.into_owned())
    }
}
impl From<&std::path::Path> for Arg {
    fn from(p: &std::path::Path) -> Self {
        Arg::Text(p.display().to_string())
    }
}
impl From<std::net::IpAddr> for Arg {
    fn from(a: std::net::IpAddr) -> Self {
        Arg::Text(a.to_string())
    }
}
impl From<std::net::SocketAddr> for Arg {
    fn from(a: std::net::SocketAddr) -> Self {
        Arg::Text(a.to_string())
    }
}
macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_arg!(i64, i32, u64, u32, u16, u8, usize);
impl From<Duration> for Arg {
    fn from(d: Duration) -> Self {
        Arg::Duration(u64::try_from(d.as_micros()).unwrap_or(u64::MAX))
    }
}

impl Arg {
    /// A span of time (as opposed to a measured time): "1 h 5 min".
    pub fn span(d: Duration) -> Arg {
        Arg::Span(u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
    }

    /// A number with `places` decimals.
    pub fn decimal(value: f64, places: u8) -> Arg {
        Arg::Decimal(value, places)
    }

    /// Items joined with "and".
    pub fn list<T: Into<Arg>>(items: impl IntoIterator<Item = T>) -> Arg {
        Arg::List(items.into_iter().map(Into::into).collect())
    }

    /// Items joined with "or".
    pub fn choice<T: Into<Arg>>(items: impl IntoIterator<Item = T>) -> Arg {
        Arg::Choice(items.into_iter().map(Into::into).collect())
    }
}

/// A message: `msg!("id")`, `msg!("id", name = value, count = n)`. Each value is anything
/// that turns into an [`Arg`]: text, a number, a `Duration`, another message.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $k:ident = $v:expr)* $(,)?) => {
        $crate::model::Message::new($id)$(.arg(stringify!($k), $v))*
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_keeps_its_facts_through_the_record() {
        let m = msg!(
            "tls-cert-expired",
            host = "example.com",
            days = 3,
            took = Duration::from_millis(40),
            inner = msg!("cause-headline-offline"),
        );
        assert_eq!(Message::from_record(&m.to_record()), m);
        let legacy = Message::from_record("connection refused on port 443");
        assert_eq!(legacy.as_verbatim(), Some("connection refused on port 443"));
        assert_eq!(Message::verbatim("plain").to_record(), "plain");
        assert!(Message::empty().is_empty());
    }
}
