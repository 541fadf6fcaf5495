//! States and blame: how one result, a tracked check, a service or the whole verdict stands.

use std::fmt;

use serde::Serialize;

/// The health a single check result stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Up,
    Degraded,
    Down,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Up => "up",
            Status::Degraded => "degraded",
            Status::Down => "down",
        }
    }

    /// The word a person reads for it ("up", "degraded", "down"), in the catalogue; `as_str`
    /// is the code.
    pub fn word(self) -> super::Message {
        State::from(self).word()
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A tracked state over time: of a check, a service, the user's connection, or the verdict.
/// Ordered from best to worst, so the worst of several is their `max`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// No result yet.
    #[default]
    Unknown,
    Up,
    Degraded,
    Down,
    /// Only for the connection and the verdict: no baseline check reaches a server.
    Offline,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Unknown => "unknown",
            State::Up => "up",
            State::Degraded => "degraded",
            State::Down => "down",
            State::Offline => "offline",
        }
    }

    /// The word a person reads for it ("up", "down", "offline"), in the catalogue; `as_str` is
    /// the code (JSON, CSV, metrics).
    pub fn word(self) -> super::Message {
        super::Message::new(match self {
            State::Unknown => "state-unknown",
            State::Up => "state-up",
            State::Degraded => "state-degraded",
            State::Down => "state-down",
            State::Offline => "state-offline",
        })
    }

    /// The monitoring-plugin exit code: 0 up, 1 degraded, 2 down, 3 offline or unknown.
    pub fn exit_code(self) -> u8 {
        match self {
            State::Up => 0,
            State::Degraded => 1,
            State::Down => 2,
            State::Offline | State::Unknown => 3,
        }
    }
}

impl From<Status> for State {
    fn from(s: Status) -> Self {
        match s {
            Status::Up => State::Up,
            Status::Degraded => State::Degraded,
            Status::Down => State::Down,
        }
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whose side a problem is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Blame {
    None,
    You,
    Them,
}

impl Blame {
    pub fn as_str(self) -> &'static str {
        match self {
            Blame::None => "none",
            Blame::You => "you",
            Blame::Them => "them",
        }
    }
}

impl fmt::Display for Blame {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The verdict line: how things stand for the user, whose side a problem is on, which
/// problem (the cause), and one plain summary that ends with the advice that helps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    pub status: State,
    /// Always `cause.blame()`.
    pub blame: Blame,
    pub cause: super::Cause,
    pub summary: String,
    /// What helps, in one sentence (also the summary's last); empty when all is well.
    pub advice: String,
    /// How the failure looks from elsewhere, when the world was asked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outside: Option<super::Outside>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_follow_the_plugin_convention() {
        assert_eq!(
            [
                State::Up,
                State::Degraded,
                State::Down,
                State::Offline,
                State::Unknown
            ]
            .map(State::exit_code),
            [0, 1, 2, 3, 3]
        );
    }
}
