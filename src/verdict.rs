//! Who is to blame: the services' results weighed against the baseline. Pure functions.

use std::fmt;

use serde::Serialize;

use crate::probe::{Report, Status};

/// The overall state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Overall {
    Up,
    Degraded,
    Down,
    Offline,
}

impl Overall {
    pub fn as_str(self) -> &'static str {
        match self {
            Overall::Up => "up",
            Overall::Degraded => "degraded",
            Overall::Down => "down",
            Overall::Offline => "offline",
        }
    }

    /// The monitoring-plugin exit code: 0 up, 1 degraded, 2 down, 3 offline.
    pub fn exit_code(self) -> u8 {
        match self {
            Overall::Up => 0,
            Overall::Degraded => 1,
            Overall::Down => 2,
            Overall::Offline => 3,
        }
    }
}

impl From<Status> for Overall {
    fn from(s: Status) -> Self {
        match s {
            Status::Up => Overall::Up,
            Status::Degraded => Overall::Degraded,
            Status::Down => Overall::Down,
        }
    }
}

impl fmt::Display for Overall {
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

/// The verdict line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    pub status: Overall,
    pub blame: Blame,
    pub summary: String,
}

/// A named report, as the verdict sees it.
#[derive(Debug, Clone, Copy)]
pub struct Named<'a> {
    pub name: &'a str,
    pub report: &'a Report,
}

/// What the baseline says about the user's connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Connection {
    /// At least one baseline check passed.
    Fine,
    /// Every baseline check failed.
    Offline,
    /// No baseline is configured.
    Unknown,
}

/// Judges the baseline: offline only when every check is down.
pub fn connection(baseline: &[Named<'_>]) -> Connection {
    if baseline.is_empty() {
        Connection::Unknown
    } else if baseline.iter().all(|b| b.report.status == Status::Down) {
        Connection::Offline
    } else {
        Connection::Fine
    }
}

/// The worst status of a service's checks (up when it has none).
pub fn service_status(checks: &[Named<'_>]) -> Status {
    checks
        .iter()
        .map(|c| c.report.status)
        .max()
        .unwrap_or(Status::Up)
}

/// The check that decides a service's state: the first of the worst.
pub fn worst<'a>(checks: &[Named<'a>]) -> Option<Named<'a>> {
    let status = service_status(checks);
    checks
        .iter()
        .find(|c| c.report.status == status && status != Status::Up)
        .copied()
}

/// The verdict over every service, given the baseline.
pub fn verdict(baseline: &[Named<'_>], services: &[(&str, Vec<Named<'_>>)]) -> Verdict {
    let conn = connection(baseline);
    if conn == Connection::Offline {
        let why = baseline
            .first()
            .map(|b| format!(" ({})", b.report.diagnosis.headline()))
            .unwrap_or_default();
        let n = baseline.len();
        return Verdict {
            status: Overall::Offline,
            blame: Blame::You,
            summary: format!(
                "You're offline: none of the {n} baseline site{} could be reached{why}. It's you, not the services: check your Wi-Fi, router or VPN.",
                if n == 1 { "" } else { "s" }
            ),
        };
    }
    let mut parts = Vec::new();
    let mut overall = Overall::Up;
    for (name, checks) in services {
        let status = service_status(checks);
        overall = overall.max(Overall::from(status));
        if let Some(w) = worst(checks) {
            parts.push(format!(
                "{name} is {}: {} ({}).",
                status,
                w.report.diagnosis.headline(),
                w.name
            ));
        }
    }
    let connection_note = match conn {
        Connection::Fine => "Your connection is fine.",
        _ => "Your own connection was not checked (no baseline is configured).",
    };
    if overall == Overall::Up {
        let who = match services {
            [] => "Your connection is fine; no service is configured.".to_owned(),
            [(name, _)] => format!("{name} is up."),
            many => format!("All {} services are up.", many.len()),
        };
        let summary = if services.is_empty() {
            who
        } else {
            format!("{who} {connection_note}")
        };
        return Verdict {
            status: Overall::Up,
            blame: Blame::None,
            summary,
        };
    }
    Verdict {
        status: overall,
        blame: Blame::Them,
        summary: format!("{} {connection_note}", parts.join(" ")),
    }
}

#[cfg(test)]
pub(crate) mod tests_support {
    use crate::probe::{CheckKind, Diagnosis, Report};

    pub fn report(d: Diagnosis) -> Report {
        Report::bare(CheckKind::Handshake, "https://x.test/", d, "")
    }
}

#[cfg(test)]
mod tests {
    use super::tests_support::report;
    use super::*;
    use crate::probe::Diagnosis;

    #[test]
    fn blames_the_right_side() {
        let ok = report(Diagnosis::Ok);
        let dns = report(Diagnosis::DnsFailure);
        let expired = report(Diagnosis::TlsCertExpired);
        let slow = report(Diagnosis::Slow);
        let named = |name, r| Named { name, report: r };

        // Every baseline check down: offline, it's you, whatever the service says.
        let v = verdict(
            &[named("a", &dns), named("b", &dns)],
            &[("Spotify", vec![named("front", &expired)])],
        );
        assert_eq!((v.status, v.blame), (Overall::Offline, Blame::You));
        assert!(v.summary.starts_with("You're offline"), "{}", v.summary);

        // One baseline check passes: the connection is fine, the service is to blame.
        let v = verdict(
            &[named("a", &dns), named("b", &ok)],
            &[(
                "Spotify",
                vec![named("front", &ok), named("login", &expired)],
            )],
        );
        assert_eq!((v.status, v.blame), (Overall::Down, Blame::Them));
        assert_eq!(
            v.summary,
            "Spotify is down: TLS certificate expired (login). Your connection is fine."
        );

        let v = verdict(
            &[named("a", &ok)],
            &[("Spotify", vec![named("front", &slow)])],
        );
        assert_eq!((v.status, v.blame), (Overall::Degraded, Blame::Them));

        let v = verdict(
            &[named("a", &ok)],
            &[("Spotify", vec![named("front", &ok)])],
        );
        assert_eq!((v.status, v.blame), (Overall::Up, Blame::None));
        assert_eq!(v.summary, "Spotify is up. Your connection is fine.");

        // No baseline: the service is blamed, and the summary says the connection wasn't checked.
        let v = verdict(&[], &[("Spotify", vec![named("front", &dns)])]);
        assert_eq!((v.status, v.blame), (Overall::Down, Blame::Them));
        assert!(v.summary.contains("not checked"));
    }

    #[test]
    fn exit_codes_follow_the_plugin_convention() {
        assert_eq!(
            [
                Overall::Up,
                Overall::Degraded,
                Overall::Down,
                Overall::Offline
            ]
            .map(Overall::exit_code),
            [0, 1, 2, 3]
        );
    }
}
