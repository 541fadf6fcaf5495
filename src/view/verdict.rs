//! Who is to blame, and for what: the services' results weighed against the user's side of the
//! round. A pure policy, judged where it is read (`downbeat check`, the tray, the window).
//!
//! The cause comes from the round ([`RoundResult::user_side`]) and each service
//! ([`crate::model::ServiceResult::cause`]); this module picks the one that explains the most
//! and says it in plain words, with the advice that helps. The words are the catalogue's
//! (`verdict-*`); the summary is rendered in the current language.

use crate::model::{
    Blame, Cause, CheckResult, Diagnosis, Here, Message, Outside, ResolverAnswer, RoundResult,
    Scope, ServiceResult, State, Status, Verdict,
};
use crate::msg;
use crate::view::i18n;

/// The verdict over a round.
pub fn judge(round: &RoundResult) -> Verdict {
    let side = round.user_side;
    if side.is_offline() {
        // Where it stops, when this computer's path tells: no network, the router, the line
        // beyond it, the VPN.
        let here = round.here();
        let why = unreachable(&round.baseline);
        let id = match side {
            Cause::NoNetwork => "verdict-no-network",
            Cause::RouterDown => "verdict-router-down",
            Cause::LineDown => "verdict-line-down",
            Cause::VpnDown => "verdict-vpn-down",
            _ => "verdict-offline",
        };
        let summary = here.bind(Message::new(id).arg("why", why)).to_string();
        return verdict_at(State::Offline, side, summary, &here);
    }
    let judged: Vec<(&ServiceResult, Cause)> = round
        .services
        .iter()
        .map(|s| (s, round.cause_of(s)))
        .collect();
    let worst = judged
        .iter()
        .map(|(s, _)| s.status)
        .max()
        .unwrap_or(Status::Up);
    if worst == Status::Up && matches!(side, Cause::Ipv6Broken | Cause::Ipv4Broken) {
        // The services answer (over IPv4), but apps that try IPv6 first stall: degraded, and
        // on this side.
        let note = connection_note(round);
        let summary = match round.services.first() {
            Some(first) => {
                let up = msg!(
                    "verdict-all-up",
                    count = round.services.len(),
                    service = first.name.as_str(),
                );
                format!("{up} {note}")
            }
            None => note,
        };
        return verdict_at(State::Degraded, side, summary, &round.here());
    }
    if worst == Status::Up {
        let Some(first) = round.services.first() else {
            return verdict(State::Up, Cause::None, connection_note(round));
        };
        let up = msg!(
            "verdict-all-up",
            count = round.services.len(),
            service = first.name.as_str(),
        );
        return verdict(
            State::Up,
            Cause::None,
            format!("{up} {}", connection_note(round)),
        );
    }
    // Among the services at the worst status, a cause on the user's side first: it is the one
    // the user can act on, and the service must never be blamed for it.
    let at_worst = || judged.iter().filter(|(s, _)| s.status == worst);
    let Some(&(svc, cause)) = at_worst()
        .find(|(_, c)| c.blame() == Blame::You)
        .or_else(|| at_worst().next())
    else {
        return verdict(State::Up, Cause::None, connection_note(round));
    };
    let status = State::from(worst);
    let name = svc.name.as_str();
    let summary = match cause {
        Cause::CaptivePortal => {
            let sign_in = match round.portal().and_then(|c| c.report.location.as_deref()) {
                Some(page) => msg!("verdict-portal-sign-in-at", page = page),
                None => msg!("verdict-portal-sign-in"),
            };
            // Every service is behind the portal: name it when it is the only one, else say
            // "your services".
            let until = msg!(
                "verdict-portal-until",
                count = round.services.len(),
                service = name,
            );
            format!("{sign_in} {until}")
        }
        Cause::DnsResolverDown => {
            through_reference(msg!("verdict-dns-resolver-down", service = name), svc).to_string()
        }
        Cause::DnsFiltered => {
            let blocked = svc.checks.iter().find(|c| c.report.dns_blocked());
            let how = blocked
                .and_then(|c| c.report.dns.as_ref())
                .map(|d| match (d.resolver, d.sinkhole) {
                    (ResolverAnswer::Sinkhole, Some(ip)) => {
                        msg!("verdict-dns-sinkhole", address = ip, host = d.host.as_str())
                    }
                    _ => msg!("verdict-dns-unresolved", host = d.host.as_str()),
                })
                .unwrap_or_else(|| msg!("verdict-dns-unresolved-it"));
            through_reference(msg!("verdict-dns-filtered", service = name, how = how), svc)
                .to_string()
        }
        Cause::PortBlocked => {
            let detail = svc
                .checks
                .iter()
                .find(|c| c.report.diagnosis == Diagnosis::ApPortBlocked)
                .map_or_else(String::new, |c| c.report.detail.to_string());
            format!("{} {detail}", msg!("verdict-port-blocked", service = name))
        }
        Cause::ClockWrong => match &round.secure.clock {
            Some(c) => format!(
                "{} {}",
                super::secure::clock_wrong(c),
                super::secure::clock_consequence(Some(name))
            ),
            None => Cause::ClockWrong
                .line(name, &Here::NONE)
                .map(|m| m.to_string())
                .unwrap_or_default(),
        },
        Cause::TlsIntercepted => match &round.secure.interception {
            Some(i) => super::secure::intercepted(i, Some(name)),
            None => Cause::TlsIntercepted
                .line(name, &Here::NONE)
                .map(|m| m.to_string())
                .unwrap_or_default(),
        },
        Cause::DnsUnconfirmed => {
            let check = svc.checks.iter().find(|c| c.report.dns_unconfirmed());
            super::secure::dns_unconfirmed(name, check.map(|c| &c.report))
        }
        Cause::DownbeatOutdated => msg!("verdict-downbeat-outdated", service = name).to_string(),
        // A service reached only over the family that is broken here.
        Cause::Ipv6Broken => msg!("verdict-ipv6-broken-service", service = name).to_string(),
        Cause::Ipv4Broken => round
            .here()
            .bind(msg!("verdict-ipv4-broken-service", service = name))
            .to_string(),
        Cause::SlowConnection => {
            let rate = |c: Option<&CheckResult>| c.and_then(|c| c.report.throughput);
            let base = rate(round.slow_baseline());
            let own = rate(svc.checks.iter().find(|c| c.report.throughput.is_some()));
            match (round.slow_baseline(), own, base) {
                (Some(b), Some(own), Some(base)) => msg!(
                    "verdict-slow-everywhere-compared",
                    service = name,
                    speed = slowness(&b.report),
                    own = own.to_string(),
                    base = base.to_string(),
                ),
                (Some(b), ..) => msg!(
                    "verdict-slow-everywhere-measured",
                    service = name,
                    speed = slowness(&b.report),
                ),
                (None, ..) => msg!("verdict-slow-everywhere", service = name),
            }
            .to_string()
        }
        _ => {
            let parts = failing_on_their_side(round, &judged);
            let summary = format!("{} {}", parts.join(" "), connection_note(round));
            return verdict(status, cause, summary);
        }
    };
    // This side explains the service picked; any that fail for their own reasons are still
    // named, after the advice, so that a user-side cause never hides a real outage.
    let theirs = failing_on_their_side(round, &judged);
    let mut v = verdict_at(status, cause, summary, &round.here());
    if !theirs.is_empty() {
        let also = msg!(
            "verdict-also-theirs",
            failures = theirs.join(" "),
            count = theirs.len(),
        );
        v.summary = format!("{} {also}", v.summary);
    }
    v
}

/// Each failing service whose cause is its own, in a sentence: which of its clients are hit
/// when its checks are grouped, else the worst of its checks that failed on its side (one that
/// failed for a reason here, a DNS block, say, is not theirs to name), and what was seen when
/// that was too little to name this side.
fn failing_on_their_side(round: &RoundResult, judged: &[(&ServiceResult, Cause)]) -> Vec<String> {
    judged
        .iter()
        .filter(|(s, c)| *c == Cause::Service && s.status != Status::Up)
        .filter_map(|(s, _)| {
            // Which clients are hit, when the service's checks are grouped.
            if let Some(groups) = s.group_sentence() {
                let state = msg!(
                    "verdict-service-state",
                    service = s.name.as_str(),
                    status = s.status.as_str(),
                );
                return Some(format!("{state} {groups}"));
            }
            let theirs = |c: &&CheckResult| {
                c.report.status != Status::Up && round.not_the_service(&c.report).is_none()
            };
            let worst = s
                .checks
                .iter()
                .filter(theirs)
                .map(|c| c.report.status)
                .max();
            let own = worst.and_then(|w| {
                s.checks
                    .iter()
                    .filter(theirs)
                    .find(|c| c.report.status == w)
            });
            own.or_else(|| s.worst()).map(|w| {
                let failing = msg!(
                    "verdict-service-failing",
                    service = s.name.as_str(),
                    status = w.report.status.as_str(),
                    diagnosis = w.report.diagnosis.headline(),
                    check = w.name.as_str(),
                );
                // What was seen, when it was too little to name this side.
                let clock_read = round.secure.baseline_trusted
                    || round.checks().any(|c| c.report.clock_offset.is_some());
                match super::secure::thin(&w.report, clock_read) {
                    Some(seen) => format!("{failing} {seen}"),
                    None => failing.to_string(),
                }
            })
        })
        .collect()
}

fn verdict(status: State, cause: Cause, summary: String) -> Verdict {
    verdict_at(status, cause, summary, &Here::NONE)
}

/// [`verdict`], with what a cause on this computer's path names (the router, the VPN).
fn verdict_at(status: State, cause: Cause, summary: String, here: &Here) -> Verdict {
    let advice = cause.advice(here).to_string();
    let summary = if advice.is_empty() {
        summary
    } else {
        format!("{summary} {advice}")
    };
    Verdict {
        status,
        blame: cause.blame(),
        cause,
        summary,
        advice,
        outside: None,
    }
}

/// `m` with what the service's checks found through the neutral DNS answer: its `via`
/// ("failing": the service itself fails through it too, with its `diagnosis`; "through": it
/// answers through it; "none": nothing went through it).
fn through_reference(m: Message, svc: &ServiceResult) -> Message {
    let via: Vec<_> = svc
        .checks
        .iter()
        .filter_map(|c| c.report.via_reference())
        .collect();
    let (how, diagnosis) = match via.iter().find(|v| v.status == Status::Down) {
        Some(bad) => ("failing", bad.diagnosis.headline()),
        None if !via.is_empty() => ("through", Message::empty()),
        None => ("none", Message::empty()),
    };
    m.arg("via", how).arg("diagnosis", diagnosis)
}

/// How the user's own connection looks when nothing on their side explains a failure.
fn connection_note(round: &RoundResult) -> String {
    if round.baseline.is_empty() {
        return i18n::text("verdict-no-baseline");
    }
    if round.baseline_down {
        let service = match round.services.as_slice() {
            [one] => one.name.as_str(),
            _ => "",
        };
        return msg!(
            "verdict-baseline-blocked",
            count = round.services.len(),
            service = service,
        )
        .to_string();
    }
    if let Some(p) = round.portal() {
        return match p.report.location.as_deref() {
            Some(page) => msg!("verdict-portal-lets-through-at", page = page),
            None => msg!("verdict-portal-lets-through"),
        }
        .to_string();
    }
    if let (Cause::ClockWrong, Some(c)) = (round.user_side, &round.secure.clock) {
        return format!(
            "{} {}",
            super::secure::clock_wrong(c),
            i18n::text("verdict-clock-secure-sites-fail")
        );
    }
    if let (Cause::TlsIntercepted, Some(i)) = (round.user_side, &round.secure.interception) {
        return super::secure::intercepted(i, None);
    }
    if round.user_side == Cause::Ipv6Broken {
        return i18n::text("verdict-connection-ipv6-broken");
    }
    if round.user_side == Cause::Ipv4Broken {
        return round
            .here()
            .bind(Message::new("verdict-connection-ipv4-broken"))
            .to_string();
    }
    if let Some(slow) = round.slow_baseline() {
        return msg!("verdict-connection-slow", speed = slowness(&slow.report)).to_string();
    }
    i18n::text("verdict-connection-fine")
}

/// How a slow baseline check was slow: its download's rate ("1.2 Mbit/s"), else how long the
/// site took to its first byte ("a neutral site took 85 ms to answer"), the measure `slow_ms`
/// judges.
fn slowness(r: &crate::model::Report) -> String {
    match r.throughput {
        Some(k) => k.to_string(),
        None => {
            let ms = u64::try_from(r.phases.to_first_byte().as_millis()).unwrap_or(u64::MAX);
            msg!("verdict-slowness-first-byte", ms = ms).to_string()
        }
    }
}

/// What the unreachable baseline saw, in one clause: "none of the 3 baseline sites could be
/// reached; for each, DNS lookup failed", or each site's own headline when they differ.
fn unreachable(baseline: &[CheckResult]) -> Message {
    let headline = |c: &CheckResult| c.report.diagnosis.headline();
    match baseline {
        [one] => msg!(
            "verdict-baseline-site-unreachable",
            site = one.name.as_str(),
            diagnosis = headline(one),
        ),
        [first, rest @ ..] if rest.iter().all(|c| headline(c) == headline(first)) => msg!(
            "verdict-baseline-sites-unreachable-alike",
            count = baseline.len(),
            diagnosis = headline(first),
        ),
        many => {
            let each: Vec<String> = many
                .iter()
                .map(|c| {
                    msg!(
                        "verdict-baseline-site-failed",
                        site = c.name.as_str(),
                        diagnosis = headline(c),
                    )
                    .to_string()
                })
                .collect();
            msg!(
                "verdict-baseline-sites-unreachable",
                count = many.len(),
                each = each.join(&i18n::text("verdict-baseline-separator")),
            )
        }
    }
}

/// The verdict with what the world said about `service` (the outside view): the scope in its
/// first sentence, and, when it works from everywhere but here, the cause `network_path` (the
/// user's side). An unknown scope leaves the verdict as it was, with why in `outside.error`.
pub fn with_outside(mut v: Verdict, service: &str, outside: Outside) -> Verdict {
    let Outside {
        probes,
        failing,
        in_country,
        countries,
        ..
    } = outside;
    let country = outside.country_words();
    let said = match outside.scope {
        Scope::Everywhere => Some(msg!(
            "verdict-outside-everywhere",
            service = service,
            failing = failing,
            probes = probes,
            countries = countries,
        )),
        Scope::Region => Some(msg!(
            "verdict-outside-region",
            service = service,
            country = country,
            failing = in_country.failing,
            probes = in_country.probes,
            elsewhere = probes - in_country.probes,
        )),
        Scope::Partial => Some(msg!(
            "verdict-outside-partial",
            service = service,
            failing = failing,
            probes = probes,
        )),
        Scope::OnlyHere => {
            let works = if in_country.probes > 0 {
                msg!(
                    "verdict-outside-only-here-in-country",
                    service = service,
                    working = probes - failing,
                    probes = probes,
                    in_country = in_country.probes,
                    country = country,
                )
            } else {
                msg!(
                    "verdict-outside-only-here",
                    service = service,
                    working = probes - failing,
                    probes = probes,
                )
            };
            v.cause = Cause::NetworkPath;
            v.blame = Cause::NetworkPath.blame();
            v.advice = Cause::NetworkPath.advice(&Here::NONE).to_string();
            let provider = super::outside::provider_note(&outside)
                .map(|n| format!(" {n}"))
                .unwrap_or_default();
            v.summary = format!("{works}{provider} {}", v.advice);
            None
        }
        Scope::Provider => {
            v.cause = Cause::Provider;
            v.blame = Cause::Provider.blame();
            v.advice = msg!(
                "verdict-provider-advice",
                provider = super::outside::provider_name(&outside),
            )
            .to_string();
            v.summary = super::outside::provider_sentence(service, &outside);
            None
        }
        Scope::Unknown => None,
    };
    if let Some(first) = said {
        v.summary = format!("{first} {}", v.summary);
    }
    v.outside = Some(outside);
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        CheckKind, Diagnosis, DnsFinding, Kbps, ReferenceAnswer, Report, ViaReference,
    };
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
            "You're offline: none of the 2 baseline sites could be reached; for each, DNS lookup failed. It's you, not the services. Check your Wi-Fi, router or VPN."
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
            "Spotify is down: TLS certificate expired (login). No other site told the time, so Downbeat can't check this computer's clock; if it is wrong, that would explain this. Your connection is fine. It's them: restarting your router won't help."
        );

        let v = round(&[Ok], &[("Spotify", &[("front", Slow)])]);
        assert_eq!((v.status, v.blame), (State::Degraded, Blame::Them));

        let v = round(&[Ok], &[("Spotify", &[("front", Ok)])]);
        assert_eq!(
            (v.status, v.blame, v.cause),
            (State::Up, Blame::None, Cause::None)
        );
        assert_eq!(v.summary, "Spotify is up. Your connection is fine.");

        // No baseline: the service is blamed, and the summary says the connection wasn't checked.
        let v = round(&[], &[("Spotify", &[("front", DnsFailure)])]);
        assert_eq!((v.status, v.blame), (State::Down, Blame::Them));
        assert!(v.summary.contains("not checked"));
    }

    fn with(d: Diagnosis, f: impl FnOnce(&mut Report)) -> Report {
        let mut r = Report::bare(CheckKind::Handshake, "https://x.test/", d, "");
        f(&mut r);
        r
    }

    fn finding(
        resolver: ResolverAnswer,
        reference: ReferenceAnswer,
        via: Option<Diagnosis>,
    ) -> DnsFinding {
        DnsFinding {
            host: "open.spotify.test".into(),
            resolver,
            sinkhole: (resolver == ResolverAnswer::Sinkhole).then(|| "0.0.0.0".parse().unwrap()),
            reference,
            reference_server: Some("https://1.1.1.1/dns-query".into()),
            reference_addr: None,
            via_reference: via.map(|d| ViaReference {
                status: d.status(),
                diagnosis: d,
                detail: crate::model::Message::empty(),
                reached: true,
            }),
        }
    }

    fn judged(baseline: Vec<Report>, service: Vec<Report>) -> Verdict {
        let c = |(i, r): (usize, Report)| CheckResult {
            name: format!("c{i}"),
            report: r,
        };
        judge(&RoundResult::new(
            SystemTime::UNIX_EPOCH,
            baseline.into_iter().enumerate().map(c).collect(),
            vec![ServiceResult::new(
                "Spotify",
                service.into_iter().enumerate().map(c).collect(),
            )],
        ))
    }

    /// Each cause, from the reports a round of it produces, with its blame and status. No case
    /// on the user's side is ever blamed on the service.
    #[test]
    fn every_cause_from_its_round() {
        use Diagnosis::*;
        let ok = || with(Ok, |_| {});
        let answered = |d| with(d, |r| r.phases.dns = Some(std::time::Duration::ZERO));
        let blocked = |res, via| {
            with(
                if res == ResolverAnswer::Failed {
                    DnsFailure
                } else {
                    DnsBlocked
                },
                |r| r.dns = Some(finding(res, ReferenceAnswer::Resolved, Some(via))),
            )
        };
        let slow = |kbps| {
            with(StreamTooSlow, |r| {
                r.kind = CheckKind::Stream;
                r.throughput = Some(Kbps(kbps));
            })
        };
        let portal = with(CaptivePortal, |r| {
            r.http_status = Some(302);
            r.location = Some("http://portal.test/login".into());
        });
        /// What, the baseline's reports, the service's, and the verdict's status, cause and words.
        type Case = (
            &'static str,
            Vec<Report>,
            Vec<Report>,
            State,
            Cause,
            &'static str,
        );
        let cases: Vec<Case> = vec![
            ("all up", vec![ok()], vec![ok()], State::Up, Cause::None, "Spotify is up."),
            ("service", vec![ok()], vec![with(HttpServerError, |r| r.http_status = Some(503))], State::Down, Cause::Service, "Spotify is down: server error"),
            ("offline", vec![with(TcpTimeout, |_| {})], vec![with(TcpTimeout, |_| {})], State::Offline, Cause::Offline, "You're offline"),
            ("filtered by NXDOMAIN", vec![answered(Ok)], vec![blocked(ResolverAnswer::Nxdomain, Ok)], State::Down, Cause::DnsFiltered, "Your network blocks Spotify: its DNS won't resolve open.spotify.test, but public DNS does, and Spotify answers through it. Try another network"),
            ("filtered by sinkhole", vec![answered(Ok)], vec![blocked(ResolverAnswer::Sinkhole, Ok)], State::Down, Cause::DnsFiltered, "its DNS answers 0.0.0.0 (a block) for open.spotify.test"),
            ("sinkhole with no reference", vec![answered(Ok)], vec![with(DnsBlocked, |r| r.dns = Some(finding(ResolverAnswer::Sinkhole, ReferenceAnswer::Off, None)))], State::Down, Cause::DnsFiltered, "Your network blocks Spotify"),
            ("refused for one name", vec![answered(Ok)], vec![blocked(ResolverAnswer::Failed, Ok)], State::Down, Cause::DnsFiltered, "Your network blocks Spotify"),
            ("both say no such name", vec![answered(Ok)], vec![with(DnsNxdomain, |r| r.dns = Some(finding(ResolverAnswer::Nxdomain, ReferenceAnswer::Nxdomain, None)))], State::Down, Cause::Service, "Spotify is down: its name does not resolve"),
            ("resolver down", vec![blocked(ResolverAnswer::Failed, Ok)], vec![blocked(ResolverAnswer::Failed, Ok)], State::Down, Cause::DnsResolverDown, "Your DNS server isn't answering; the internet itself works (public DNS answers, and Spotify answers through it). Restart your router or switch DNS"),
            ("resolver down, no reference", vec![with(DnsFailure, |_| {})], vec![with(DnsFailure, |_| {})], State::Offline, Cause::Offline, "You're offline"),
            ("captive portal", vec![portal.clone(), with(TlsCertUntrusted, |_| {})], vec![with(TlsCertUntrusted, |_| {})], State::Down, Cause::CaptivePortal, "This Wi-Fi wants you to sign in at http://portal.test/login. Until then"),
            ("portal, service gets through", vec![portal], vec![ok()], State::Up, Cause::None, "Spotify is up. This network has a sign-in page"),
            ("slow everywhere", vec![ok(), slow(96)], vec![ok(), slow(90)], State::Degraded, Cause::SlowConnection, "Your connection is slow for everything (96 kbit/s), not just Spotify"),
            ("slow service only", vec![ok()], vec![slow(90)], State::Degraded, Cause::Service, "Spotify is degraded: streaming too slowly"),
            ("slow link, service down", vec![slow(96)], vec![with(HttpServerError, |r| r.http_status = Some(500))], State::Down, Cause::Service, "Spotify is down"),
            ("baseline blocked, service answers", vec![with(TcpTimeout, |_| {})], vec![with(HttpServerError, |r| r.http_status = Some(503))], State::Down, Cause::Service, "The baseline sites are unreachable but Spotify answers: your network may block them."),
        ];
        for (what, baseline, service, status, cause, says) in cases {
            let v = judged(baseline, service);
            assert_eq!(
                (v.status, v.cause, v.blame),
                (status, cause, cause.blame()),
                "{what}: {}",
                v.summary
            );
            assert!(v.summary.contains(says), "{what}: {}", v.summary);
            assert!(
                v.summary.ends_with(&cause.advice(&Here::NONE).to_string()),
                "{what}: {}",
                v.summary
            );
        }
    }

    /// A cause on this side picks the headline, but a service that fails for its own reasons
    /// is still named, after the advice: this side never hides a real outage.
    #[test]
    fn a_cause_here_still_names_the_services_that_fail_on_their_side() {
        use Diagnosis::*;
        let c = |name: &str, r: Report| CheckResult {
            name: name.into(),
            report: r,
        };
        let blocked = with(DnsBlocked, |r| {
            r.dns = Some(finding(
                ResolverAnswer::Nxdomain,
                ReferenceAnswer::Resolved,
                Some(Ok),
            ));
        });
        let failing = |code| with(HttpServerError, |r| r.http_status = Some(code));
        let degraded = with(Slow, |_| {});
        let baseline = vec![c(
            "b0",
            with(Ok, |r| r.phases.dns = Some(std::time::Duration::ZERO)),
        )];
        #[rustfmt::skip]
        let cases: Vec<(&str, Vec<ServiceResult>, &str)> = vec![
            ("none of theirs", vec![ServiceResult::new("Spotify", vec![c("front", blocked.clone())])], ""),
            ("one down", vec![
                ServiceResult::new("Spotify", vec![c("front", blocked.clone())]),
                ServiceResult::new("Radio", vec![c("api", failing(503))]),
            ], " Also, Radio is down: server error (api). That one is theirs, not yours."),
            ("one down, one slow, one up", vec![
                ServiceResult::new("Radio", vec![c("api", failing(500))]),
                ServiceResult::new("Spotify", vec![c("front", blocked.clone())]),
                ServiceResult::new("Podcasts", vec![c("feed", degraded)]),
                ServiceResult::new("News", vec![c("home", with(Ok, |_| {}))]),
            ], " Also, Radio is down: server error (api). Podcasts is degraded: responding slowly (feed). Those are theirs, not yours."),
            // Of a service's failing checks, the one that failed on its side is named, never
            // one this side explains.
            ("one blocked here, one down there", vec![
                ServiceResult::new("Spotify", vec![c("front", blocked.clone())]),
                ServiceResult::new("Radio", vec![c("web", blocked.clone()), c("api", failing(502))]),
            ], " Also, Radio is down: server error (api). That one is theirs, not yours."),
            ("one blocked here, one slow there", vec![
                ServiceResult::new("Spotify", vec![c("front", blocked.clone())]),
                ServiceResult::new("Radio", vec![c("web", blocked), c("api", with(Slow, |_| {}))]),
            ], " Also, Radio is degraded: responding slowly (api). That one is theirs, not yours."),
        ];
        for (what, services, also) in cases {
            let v = judge(&RoundResult::new(
                SystemTime::UNIX_EPOCH,
                baseline.clone(),
                services,
            ));
            assert_eq!(
                (v.cause, v.blame),
                (Cause::DnsFiltered, Blame::You),
                "{what}"
            );
            let advice = Cause::DnsFiltered.advice(&Here::NONE).to_string();
            assert!(
                v.summary.starts_with("Your network blocks Spotify"),
                "{what}: {}",
                v.summary
            );
            assert!(
                v.summary.ends_with(&format!("{advice}{also}")),
                "{what}: {}",
                v.summary
            );
        }
    }

    #[test]
    fn groups_say_which_clients_are_hit_and_the_access_points_own_causes() {
        use crate::model::Group;
        use Diagnosis::*;
        let groups: std::sync::Arc<[Group]> = vec![
            Group {
                name: "the Spotify apps".into(),
                plural: true,
                checks: vec!["access point".into(), "audio CDN".into()],
            },
            Group {
                name: "the web player".into(),
                plural: false,
                checks: vec!["web player".into()],
            },
        ]
        .into();
        let spotify = |checks: Vec<CheckResult>| {
            RoundResult::new(
                SystemTime::UNIX_EPOCH,
                vec![check("b0", Ok)],
                vec![ServiceResult::new("Spotify", checks).with_groups(groups.clone())],
            )
        };
        let v = judge(&spotify(vec![
            check("access point", ApHandshakeFailed),
            check("audio CDN", Ok),
            check("web player", Ok),
        ]));
        assert_eq!((v.status, v.cause), (State::Down, Cause::Service));
        assert!(
            v.summary.starts_with("Spotify is down. The Spotify apps can't connect (access point: the access point handshake fails); the web player works. Your connection is fine"),
            "{}",
            v.summary
        );

        // A blocked port is this network's, and degraded: the apps fall back.
        let mut blocked = check("access point", ApPortBlocked);
        blocked.report.detail = "Your network blocks port 4070 (ap.test:4070); the apps fall back to ap.test:443, a little slower.".into();
        let v = judge(&spotify(vec![blocked, check("web player", Ok)]));
        assert_eq!(
            (v.status, v.cause, v.blame),
            (State::Degraded, Cause::PortBlocked, Blame::You)
        );
        assert!(
            v.summary.starts_with(
                "Spotify works through a fallback. Your network blocks port 4070 (ap.test:4070); the apps fall back to ap.test:443, a little slower."
            ),
            "{}",
            v.summary
        );

        // An upgrade demand is Downbeat's own: not an outage, never Spotify's fault.
        let v = judge(&spotify(vec![
            check("access point", ApUpgradeRequired),
            check("web player", Ok),
        ]));
        assert_eq!(
            (v.status, v.cause, v.blame),
            (State::Degraded, Cause::DownbeatOutdated, Blame::You)
        );
        assert!(v.summary.contains("not an outage"), "{}", v.summary);
        assert!(
            v.summary
                .ends_with("Update Downbeat: its hello to the access points is out of date."),
            "{}",
            v.summary
        );

        // Its own cause never hides a real outage elsewhere in the service.
        let v = judge(&spotify(vec![
            check("access point", ApUpgradeRequired),
            check("web player", HttpServerError),
        ]));
        assert_eq!((v.status, v.cause), (State::Down, Cause::Service));
    }

    /// Whose side a failed certificate is on, as a table: (what, baseline, service, Date
    /// offset of the portal check in days, the cause). A wrong clock and a middlebox are the
    /// user's; a single service's own certificate, a wrong name and thin evidence stay theirs.
    #[test]
    fn certificates_are_judged_by_what_every_site_shows() {
        use crate::model::TlsInfo;
        use Diagnosis::*;
        const DAY: i64 = 86_400;
        let now = SystemTime::now();
        let secs =
            |t: SystemTime| t.duration_since(SystemTime::UNIX_EPOCH).unwrap().as_secs() as i64;
        let site = |target: &str, d: Diagnosis, days: i64, middlebox: bool| {
            let mut c = check(target, d);
            c.report.target = target.into();
            let center = secs(now) + days * DAY;
            c.report.tls = Some(TlsInfo {
                version: (d == Ok).then(|| "TLSv1.3".into()),
                window: Some((center - 45 * DAY, center + 45 * DAY)),
                issuer: Some(
                    if middlebox {
                        "Contoso Web Inspection CA"
                    } else {
                        "Real CA"
                    }
                    .into(),
                ),
                for_host: Some(d != TlsHostnameMismatch),
                issuer_untrusted: middlebox,
                ..TlsInfo::default()
            });
            c
        };
        let portal = |offset_days: Option<i64>| {
            let mut c = check("http://captive.test/", Ok);
            c.report.clock_offset = offset_days.map(|d| d * DAY);
            c
        };
        type Row = (
            &'static str,
            Vec<CheckResult>,
            CheckResult,
            Option<i64>,
            Cause,
        );
        let b = "https://base.test/";
        let s = "https://tunes.test/";
        let table: Vec<Row> = vec![
            (
                "clock ahead, Date",
                vec![site(b, TlsCertExpired, -300, false)],
                site(s, TlsCertExpired, -300, false),
                Some(-300),
                Cause::ClockWrong,
            ),
            (
                "clock behind, Date",
                vec![site(b, TlsCertNotYetValid, 300, false)],
                site(s, TlsCertNotYetValid, 300, false),
                Some(300),
                Cause::ClockWrong,
            ),
            (
                "clock ahead, no Date",
                vec![site(b, TlsCertExpired, -300, false)],
                site(s, TlsCertExpired, -290, false),
                None,
                Cause::ClockWrong,
            ),
            (
                "their own expired certificate, clocks agree",
                vec![site(b, Ok, 0, false)],
                site(s, TlsCertExpired, -300, false),
                Some(0),
                Cause::Service,
            ),
            (
                "their own expired certificate, no Date",
                vec![site(b, Ok, 0, false)],
                site(s, TlsCertExpired, -300, false),
                None,
                Cause::Service,
            ),
            (
                "a wrong name",
                vec![site(b, Ok, 0, false)],
                site(s, TlsHostnameMismatch, 0, false),
                Some(0),
                Cause::Service,
            ),
            (
                "a middlebox everywhere",
                vec![site(b, TlsCertUntrusted, 0, true)],
                site(s, TlsCertUntrusted, 0, true),
                None,
                Cause::TlsIntercepted,
            ),
            (
                "a middlebox on the service",
                vec![site(b, Ok, 0, false)],
                site(s, TlsCertUntrusted, 0, true),
                None,
                Cause::TlsIntercepted,
            ),
            (
                "a middlebox, no baseline: thin",
                vec![],
                site(s, TlsCertUntrusted, 0, true),
                None,
                Cause::Service,
            ),
        ];
        for (what, mut baseline, service, offset, want) in table {
            if !baseline.is_empty() {
                baseline.push(portal(offset));
            }
            let round = RoundResult::new(
                now,
                baseline,
                vec![ServiceResult::new("Tunes", vec![service])],
            );
            let v = judge(&round);
            assert_eq!(
                (v.cause, v.blame),
                (want, want.blame()),
                "{what}: {}",
                v.summary
            );
            let them = v.summary.contains("It's them");
            assert_eq!(them, want == Cause::Service, "{what}: {}", v.summary);
        }
    }

    #[test]
    fn check_says_whom_it_asked_and_where_the_country_came_from() {
        let mut o = Outside::unknown(Some("GB".into()), "no answer");
        assert_eq!(
            crate::view::outside_note(&o),
            "Probes elsewhere could not say: no answer."
        );
        o.scope = crate::model::Scope::Everywhere;
        o.error = None;
        (o.probes, o.in_country.probes) = (6, 2);
        o.country_name = crate::model::country::name("GB").map(str::to_owned);
        o.country_from = Some("the time zone Europe/London".into());
        assert_eq!(
            crate::view::outside_note(&o),
            "Asked 6 probes elsewhere, 2 of them in the United Kingdom (your country, from the time zone Europe/London)."
        );
    }
}
