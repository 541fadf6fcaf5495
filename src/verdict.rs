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
        let why = baseline
            .first()
            .map(|b| format!(" ({})", b.report.diagnosis.headline()))
            .unwrap_or_default();
        let n = baseline.len();
        return Verdict {
            status: State::Offline,
            blame: Blame::You,
            summary: format!(
                "You're offline: none of the {n} baseline site{} could be reached{why}. It's you, not the services: check your Wi-Fi, router or VPN.",
                if n == 1 { "" } else { "s" }
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
        assert!(v.summary.starts_with("You're offline"), "{}", v.summary);

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
