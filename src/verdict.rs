//! Who is to blame: the services' results weighed against the baseline. A pure policy, judged
//! where it is read (`downbeat check`), over one round.

use crate::model::{Blame, CheckResult, RoundResult, ServiceResult, State, Verdict};

/// The verdict over a round.
pub fn judge(round: &RoundResult) -> Verdict {
    verdict(&round.baseline, round.baseline_down, &round.services)
}

/// The verdict over every service, given the baseline (and whether all of it failed).
pub fn verdict(
    baseline: &[CheckResult],
    baseline_down: bool,
    services: &[ServiceResult],
) -> Verdict {
    if baseline_down {
        return Verdict {
            status: State::Offline,
            blame: Blame::You,
            summary: format!(
                "You're offline: {}. It's you, not the services: check your Wi-Fi, router or VPN.",
                unreachable(baseline)
            ),
        };
    }
    let mut parts = Vec::new();
    let mut overall = State::Up;
    for s in services {
        overall = overall.max(State::from(s.status));
        if let Some(w) = s.worst() {
            parts.push(format!(
                "{} is {}: {} ({}).",
                s.name,
                s.status,
                w.report.diagnosis.headline(),
                w.name
            ));
        }
    }
    let connection_note = if baseline.is_empty() {
        "Your own connection was not checked (no baseline is configured)."
    } else {
        "Your connection is fine."
    };
    if overall == State::Up {
        let who = match services {
            [] => "Your connection is fine; no service is configured.".to_owned(),
            [s] => format!("{} is up.", s.name),
            many => format!("All {} services are up.", many.len()),
        };
        let summary = if services.is_empty() {
            who
        } else {
            format!("{who} {connection_note}")
        };
        return Verdict {
            status: State::Up,
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

/// What the unreachable baseline saw, in one clause: "none of the 3 baseline sites could be
/// reached; for each, DNS lookup failed", or each site's own headline when they differ.
fn unreachable(baseline: &[CheckResult]) -> String {
    let headline = |c: &CheckResult| c.report.diagnosis.headline();
    match baseline {
        [one] => format!(
            "the baseline site ({}) could not be reached: {}",
            one.name,
            headline(one)
        ),
        [first, rest @ ..] if rest.iter().all(|c| headline(c) == headline(first)) => format!(
            "none of the {} baseline sites could be reached; for each, {}",
            baseline.len(),
            headline(first)
        ),
        many => format!(
            "none of the {} baseline sites could be reached ({})",
            many.len(),
            many.iter()
                .map(|c| format!("{}: {}", c.name, headline(c)))
                .collect::<Vec<_>>()
                .join("; ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CheckKind, Diagnosis, Report};
    use std::time::SystemTime;

    fn check(name: &str, d: Diagnosis) -> CheckResult {
        CheckResult {
            name: name.into(),
            report: Report::bare(CheckKind::Handshake, "https://x.test/", d, ""),
        }
    }

    fn round(baseline: &[Diagnosis], services: &[(&str, &[(&str, Diagnosis)])]) -> Verdict {
        let baseline = baseline
            .iter()
            .enumerate()
            .map(|(i, d)| check(&format!("b{i}"), *d))
            .collect();
        let services = services
            .iter()
            .map(|(name, checks)| {
                ServiceResult::new(*name, checks.iter().map(|(n, d)| check(n, *d)).collect())
            })
            .collect();
        judge(&RoundResult::new(
            SystemTime::UNIX_EPOCH,
            baseline,
            services,
        ))
    }

    #[test]
    fn blames_the_right_side() {
        use Diagnosis::*;
        // Every baseline check down: offline, it's you, whatever the service says.
        let v = round(
            &[DnsFailure, DnsFailure],
            &[("Spotify", &[("front", TlsCertExpired)])],
        );
        assert_eq!((v.status, v.blame), (State::Offline, Blame::You));
        assert_eq!(
            v.summary,
            "You're offline: none of the 2 baseline sites could be reached; for each, DNS lookup failed. It's you, not the services: check your Wi-Fi, router or VPN."
        );
        let v = round(&[DnsNxdomain, TcpRefused], &[]);
        assert!(
            v.summary.starts_with("You're offline: none of the 2 baseline sites could be reached (b0: its name does not resolve; b1: connection refused)."),
            "{}",
            v.summary
        );
        let v = round(&[TcpTimeout], &[]);
        assert!(
            v.summary.starts_with("You're offline: the baseline site (b0) could not be reached: connection timed out."),
            "{}",
            v.summary
        );

        // A baseline site that answers with an HTTP error still proves the connection works.
        let mut sick = check("b0", HttpServerError);
        sick.report.http_status = Some(503);
        let r = RoundResult::new(
            SystemTime::UNIX_EPOCH,
            vec![sick, check("b1", DnsFailure)],
            vec![ServiceResult::new(
                "Spotify",
                vec![check("front", HttpServerError)],
            )],
        );
        assert!(!r.baseline_down);
        let v = judge(&r);
        assert_eq!(
            (v.status, v.blame),
            (State::Down, Blame::Them),
            "{}",
            v.summary
        );

        // One baseline check passes: the connection is fine, the service is to blame.
        let v = round(
            &[DnsFailure, Ok],
            &[("Spotify", &[("front", Ok), ("login", TlsCertExpired)])],
        );
        assert_eq!((v.status, v.blame), (State::Down, Blame::Them));
        assert_eq!(
            v.summary,
            "Spotify is down: TLS certificate expired (login). Your connection is fine."
        );

        let v = round(&[Ok], &[("Spotify", &[("front", Slow)])]);
        assert_eq!((v.status, v.blame), (State::Degraded, Blame::Them));

        let v = round(&[Ok], &[("Spotify", &[("front", Ok)])]);
        assert_eq!((v.status, v.blame), (State::Up, Blame::None));
        assert_eq!(v.summary, "Spotify is up. Your connection is fine.");

        // No baseline: the service is blamed, and the summary says the connection wasn't checked.
        let v = round(&[], &[("Spotify", &[("front", DnsFailure)])]);
        assert_eq!((v.status, v.blame), (State::Down, Blame::Them));
        assert!(v.summary.contains("not checked"));
    }
}
