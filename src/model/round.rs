//! A round: every check's result at one moment, grouped as the config lists them, and the JSON
//! document of `downbeat check --json` (and of the history window's latest results).

use std::sync::Arc;
use std::time::SystemTime;

use serde::Serialize;

use super::group::{self, Standing};
use super::time::{ms, rfc3339};
use super::{
    AccessPoints, Cause, Diagnosis, DnsFinding, FamilyTry, Group, Here, LocalPath, Message, Phase,
    Report, Secure, Status, TlsInfo, Verdict,
};

/// A check's name and report.
#[derive(Debug, Clone)]
pub struct CheckResult {
    pub name: String,
    pub report: Report,
}

/// A service's checks and the state they add up to.
#[derive(Debug, Clone)]
pub struct ServiceResult {
    pub name: String,
    /// The worst status of its checks (up when it has none).
    pub status: Status,
    pub checks: Vec<CheckResult>,
    /// Its checks by what they serve (from the preset), to say which clients are hit.
    pub groups: Arc<[Group]>,
}

impl ServiceResult {
    pub fn new(name: impl Into<String>, checks: Vec<CheckResult>) -> Self {
        ServiceResult {
            name: name.into(),
            status: checks
                .iter()
                .map(|c| c.report.status)
                .max()
                .unwrap_or(Status::Up),
            checks,
            groups: Arc::from(Vec::new()),
        }
    }

    /// The same, with its groups.
    pub fn with_groups(mut self, groups: Arc<[Group]>) -> Self {
        self.groups = groups;
        self
    }

    /// How each group stands this round.
    pub fn standings(&self) -> Vec<Standing> {
        group::standings(&self.groups, |name| {
            self.checks
                .iter()
                .find(|c| c.name == name)
                .map(|c| (c.report.status, c.report.diagnosis))
        })
    }

    /// Which groups are hit and which still work, in one sentence (`None` with no groups, or
    /// none hit).
    pub fn group_sentence(&self) -> Option<String> {
        group::sentence(&self.standings())
    }

    /// Why this service is not up, given the user's side of the round
    /// ([`RoundResult::user_side`]) and what its secure connections show ([`Secure`]): `none`
    /// when it is up. Read it through [`RoundResult::cause_of`]. A round where the user is offline,
    /// behind a captive portal or without DNS explains every failure; a service whose every
    /// failing check was blocked by the user's DNS is `dns_filtered`; one that is only slow on
    /// a slow connection is `slow_connection`; one whose failures are all on this side for
    /// another reason (a blocked port, Downbeat out of date) has that cause. Anything else is
    /// the service's own.
    fn cause(&self, user_side: Cause, secure: &Secure) -> Cause {
        if self.status == Status::Up {
            return Cause::None;
        }
        if user_side.explains_everything() {
            return user_side;
        }
        let not_theirs = |r: &Report| {
            r.not_the_service()
                .or_else(|| secure.explains(r))
                .or_else(|| broken_family_explains(user_side, r))
        };
        let mut failing = self.checks.iter().filter(|c| c.report.status != Status::Up);
        // Every failing check failed for a reason on the user's side: the worst one's.
        if failing.clone().all(|c| not_theirs(&c.report).is_some()) {
            if let Some(c) = self.worst().and_then(|w| not_theirs(&w.report)) {
                return c;
            }
        }
        if user_side == Cause::SlowConnection
            && failing.all(|c| {
                matches!(
                    c.report.diagnosis,
                    Diagnosis::StreamTooSlow | Diagnosis::Slow
                )
            })
        {
            return Cause::SlowConnection;
        }
        Cause::Service
    }

    /// The check that decides the service's status: the first of the worst. `None` when up.
    pub fn worst(&self) -> Option<&CheckResult> {
        self.checks
            .iter()
            .find(|c| c.report.status == self.status && self.status != Status::Up)
    }
}

/// Everything one round found: the baseline (every check of it) and the services that were due.
#[derive(Debug, Clone)]
pub struct RoundResult {
    pub checked_at: SystemTime,
    pub baseline: Vec<CheckResult>,
    pub services: Vec<ServiceResult>,
    /// No baseline check reached a server this round (false with no baseline; a site that
    /// answered with an HTTP error still proves the connection). Judged once, here: the
    /// verdict, Health, the schedule and the store all read it.
    pub baseline_down: bool,
    /// What the round shows of the user's side alone (see [`RoundResult::judge_user_side`]),
    /// judged once, here, like `baseline_down`.
    pub user_side: Cause,
    /// What the round's secure connections show: a wrong clock, interception.
    pub secure: Secure,
    /// This computer's routes and its router's answer, read when something failed
    /// ([`RoundResult::needs_path`]); `None` on a healthy round.
    pub path: Option<LocalPath>,
}

impl RoundResult {
    pub fn new(
        checked_at: SystemTime,
        baseline: Vec<CheckResult>,
        services: Vec<ServiceResult>,
    ) -> Self {
        let baseline_down =
            !baseline.is_empty() && baseline.iter().all(|c| !c.report.reached_a_server());
        let local = checked_at
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        let secure = Secure::read(
            local,
            &baseline,
            services.iter().flat_map(|s| s.checks.iter()),
        );
        let mut round = RoundResult {
            checked_at,
            baseline,
            services,
            baseline_down,
            user_side: Cause::None,
            secure,
            path: None,
        };
        round.user_side = round.judge_user_side();
        round
    }

    /// The round with what was found of this computer's path, judged again with it.
    pub fn with_path(mut self, path: LocalPath) -> Self {
        self.path = Some(path);
        self.user_side = self.judge_user_side();
        self
    }

    /// Something failed that this computer's path may explain: every baseline site is
    /// unreachable (the offline path, or a failing baseline), or a baseline check's one address
    /// family failed while the other worked (any check's, with no baseline: one service's dead
    /// IPv6 address is its own business). Only then are the routes read and the router asked.
    pub fn needs_path(&self) -> bool {
        let one_family = |c: &CheckResult| {
            c.report.ipv6_failed_ipv4_worked() || c.report.ipv4_failed_ipv6_worked()
        };
        self.baseline_down
            || if self.baseline.is_empty() {
                self.checks().any(one_family)
            } else {
                self.baseline.iter().any(one_family)
            }
    }

    /// What the user's side's words name: the router, the VPN's interface.
    pub fn here(&self) -> Here {
        match &self.path {
            Some(p) if self.user_side != Cause::None => p.here(),
            _ => Here::NONE,
        }
    }

    /// IPv6 is broken here while IPv4 works: this computer has an IPv6 route, and every check
    /// that tried both families to an end failed over IPv6 and got through over IPv4 (the
    /// baseline's when it did; it waits for both, so a slow IPv6 is not a broken one).
    pub fn ipv6_broken(&self) -> bool {
        self.path.as_ref().is_some_and(LocalPath::has_ipv6)
            && self.all_that_tried_both(Report::ipv6_failed_ipv4_worked)
    }

    /// The mirror: IPv4 broken while IPv6 works (a DS-Lite provider's IPv4 gateway down, or
    /// a VPN that carries IPv4 alone and passes nothing while IPv6 goes around it).
    pub fn ipv4_broken(&self) -> bool {
        self.path.as_ref().is_some_and(LocalPath::carries_ipv4)
            && self.all_that_tried_both(Report::ipv4_failed_ipv6_worked)
    }

    /// `saw` holds for every check that tried both families to an end (the baseline's when
    /// any of it did), and there is one.
    fn all_that_tried_both(&self, saw: fn(&Report) -> bool) -> bool {
        let both = |c: &&CheckResult| c.report.tried_both_families();
        let base: Vec<&CheckResult> = self.baseline.iter().filter(both).collect();
        let judged: Vec<&CheckResult> = if base.is_empty() {
            self.checks().filter(both).collect()
        } else {
            base
        };
        !judged.is_empty() && judged.iter().all(|c| saw(&c.report))
    }

    /// Why `service` is not up: `none` when it is up, a cause on the user's side when the
    /// round shows one that explains it, else `service`.
    pub fn cause_of(&self, service: &ServiceResult) -> Cause {
        service.cause(self.user_side, &self.secure)
    }

    /// Why a report's failure is not the service's own, by the report and by what the whole
    /// round shows (a wrong clock, interception). `None` when up, or when it is theirs.
    pub fn not_the_service(&self, r: &Report) -> Option<Cause> {
        r.not_the_service()
            .or_else(|| self.secure.explains(r))
            .or_else(|| broken_family_explains(self.user_side, r))
    }

    /// Nothing answered: no baseline site (there is a baseline) and no service check either.
    /// A service that answers while the baseline sites don't proves the connection works.
    pub fn offline(&self) -> bool {
        self.baseline_down
            && !self
                .services
                .iter()
                .flat_map(|s| &s.checks)
                .any(|c| c.report.reached_a_server())
    }

    /// Every check of the round: the baseline first, then the services'.
    pub fn checks(&self) -> impl Iterator<Item = &CheckResult> {
        self.baseline
            .iter()
            .chain(self.services.iter().flat_map(|s| s.checks.iter()))
    }

    /// The captive-portal check that found a portal, if one did.
    pub fn portal(&self) -> Option<&CheckResult> {
        self.baseline
            .iter()
            .find(|c| c.report.diagnosis == Diagnosis::CaptivePortal)
    }

    /// The user's DNS server failed for every name it was asked this round, while neutral DNS
    /// answered and a server was reached through it: the resolver is down, not the internet.
    pub fn resolver_down(&self) -> bool {
        !self.checks().any(|c| c.report.resolver_answered())
            && self.checks().any(|c| {
                c.report.resolver_failed() && c.report.via_reference().is_some_and(|v| v.reached)
            })
    }

    /// The link is slow for everything, by the same measures the services are judged by: the
    /// baseline's own download was too slow (`stream_too_slow`), or most of the baseline sites
    /// that answered were slower than `slow_ms` (`slow`), as a slow service is. One slow site
    /// among fast ones is that site's own business. The check that shows it.
    pub fn slow_baseline(&self) -> Option<&CheckResult> {
        if let Some(c) = self
            .baseline
            .iter()
            .find(|c| c.report.diagnosis == Diagnosis::StreamTooSlow)
        {
            return Some(c);
        }
        let answered = self.baseline.iter().filter(|c| c.report.reached_a_server());
        let slow: Vec<&CheckResult> = answered
            .clone()
            .filter(|c| c.report.diagnosis == Diagnosis::Slow)
            .collect();
        (!slow.is_empty() && 2 * slow.len() > answered.count()).then(|| slow[0])
    }

    /// What this round shows of the user's side alone, before any service is judged: offline,
    /// a captive portal, a DNS server that is down, a wrong clock, interception on every site,
    /// a slow link, or `none` (fine). In that
    /// order: the first that holds explains the rest. Read it as the `user_side` field.
    fn judge_user_side(&self) -> Cause {
        if self.offline() {
            self.path
                .as_ref()
                .map_or(Cause::Offline, LocalPath::offline_cause)
        } else if self.portal().is_some() {
            Cause::CaptivePortal
        } else if self.resolver_down() {
            Cause::DnsResolverDown
        } else if self.secure.clock.is_some() {
            Cause::ClockWrong
        } else if self
            .secure
            .interception
            .as_ref()
            .is_some_and(|i| i.everywhere)
        {
            Cause::TlsIntercepted
        } else if self.ipv6_broken() {
            Cause::Ipv6Broken
        } else if self.ipv4_broken() {
            Cause::Ipv4Broken
        } else if self.slow_baseline().is_some() {
            Cause::SlowConnection
        } else {
            Cause::None
        }
    }

    /// The `check --json` document, with the verdict judged over this round.
    pub fn to_json<'a>(&'a self, verdict: &'a Verdict) -> RoundJson<'a> {
        RoundJson {
            checked_at: rfc3339(self.checked_at),
            verdict,
            path: self.path.as_ref(),
            baseline: self.baseline.iter().map(CheckJson::new).collect(),
            services: self
                .services
                .iter()
                .map(|s| ServiceJson {
                    name: &s.name,
                    status: s.status,
                    groups: s.standings(),
                    checks: s.checks.iter().map(CheckJson::new).collect(),
                    status_page: None,
                })
                .collect(),
        }
    }
}

/// A check that tried only the address family that is broken here (`user_side` is
/// `ipv6_broken` or `ipv4_broken`) and got nowhere: the service has no address of the other
/// family, and its failure is this network's, not the service's.
fn broken_family_explains(user_side: Cause, r: &Report) -> Option<Cause> {
    let family = match user_side {
        Cause::Ipv6Broken => super::Family::Ipv6,
        Cause::Ipv4Broken => super::Family::Ipv4,
        _ => return None,
    };
    let tried = &r.families;
    (r.status != Status::Up
        && !tried.is_empty()
        && tried.iter().all(|t| t.family == family && !t.reached()))
    .then_some(user_side)
}

/// `{"checked_at", "verdict", "baseline", "services"}`.
#[derive(Debug, Serialize)]
pub struct RoundJson<'a> {
    pub checked_at: String,
    pub verdict: &'a Verdict,
    /// This computer's routes and its router's answer, when something failed and they were
    /// read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<&'a LocalPath>,
    pub baseline: Vec<CheckJson<'a>>,
    pub services: Vec<ServiceJson<'a>>,
}

#[derive(Debug, Serialize)]
pub struct ServiceJson<'a> {
    pub name: &'a str,
    pub status: Status,
    /// Each group's standing (empty when the service has no groups).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Standing>,
    pub checks: Vec<CheckJson<'a>>,
    /// What the vendor's own status page said, when it was read (the service failed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_page: Option<&'a super::VendorStatus>,
}

#[derive(Debug, Serialize)]
pub struct PhasesJson {
    pub dns: Option<f64>,
    pub connect: Option<f64>,
    pub tls: Option<f64>,
    pub hello: Option<f64>,
    pub ttfb: Option<f64>,
    pub transfer: Option<f64>,
}

#[derive(Debug, Serialize)]
pub struct CheckJson<'a> {
    pub name: &'a str,
    pub kind: &'static str,
    pub target: &'a str,
    pub status: Status,
    pub diagnosis: &'static str,
    pub detail: &'a Message,
    pub phases_ms: PhasesJson,
    /// The phase that failed or was slow, as the probe recorded it.
    pub failed_phase: Option<Phase>,
    pub total_ms: f64,
    pub http_status: Option<u16>,
    pub tls: Option<&'a TlsInfo>,
    pub bytes: Option<u64>,
    pub throughput_kbps: Option<u64>,
    pub remote_addr: Option<String>,
    /// True when the check runs with `insecure = true`: its certificate was not verified.
    pub unverified: bool,
    /// Where a redirect pointed (a captive portal's sign-in page).
    pub location: Option<&'a str>,
    /// How far the network's time (the answer's `Date`, plus its `Age`) is ahead of this
    /// computer's clock, in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clock_offset_s: Option<i64>,
    /// What the user's DNS did when it would not answer plainly, what neutral DNS said, and
    /// how the check went through the neutral answer.
    pub dns: Option<&'a DnsFinding>,
    /// For an access-point check: where the list came from, each access point tried, and the
    /// one that answered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_point: Option<&'a AccessPoints>,
    /// Each address family's try, where both were tried (IPv6 first).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub families: Option<&'a [FamilyTry]>,
}

impl<'a> CheckJson<'a> {
    pub fn new(c: &'a CheckResult) -> Self {
        let r = &c.report;
        let p = r.phases;
        CheckJson {
            name: &c.name,
            kind: r.kind.as_str(),
            target: &r.target,
            status: r.status,
            diagnosis: r.diagnosis.as_str(),
            detail: &r.detail,
            phases_ms: PhasesJson {
                dns: p.dns.map(ms),
                connect: p.connect.map(ms),
                tls: p.tls.map(ms),
                hello: p.hello.map(ms),
                ttfb: p.ttfb.map(ms),
                transfer: p.transfer.map(ms),
            },
            failed_phase: r.failed_phase,
            total_ms: ms(r.total),
            http_status: r.http_status,
            tls: r.tls.as_ref(),
            bytes: r.bytes.map(|b| b.0),
            throughput_kbps: r.throughput.map(|k| k.0),
            remote_addr: r.remote_addr.map(|a| a.to_string()),
            unverified: r.unverified,
            location: r.location.as_deref(),
            clock_offset_s: r.clock_offset,
            dns: r.dns.as_ref(),
            access_point: r.access_point.as_ref(),
            families: (r.families.len() >= 2).then_some(r.families.as_slice()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CheckKind, Family, FamilyOutcome, FamilyTry, Route};

    fn tried(family: Family, outcome: FamilyOutcome) -> FamilyTry {
        let address = match family {
            Family::Ipv6 => "[2001:db8::1]:443",
            Family::Ipv4 => "192.0.2.1:443",
        };
        FamilyTry {
            family,
            address: address.parse().unwrap(),
            outcome,
            ms: None,
        }
    }

    fn report(d: Diagnosis, families: Vec<FamilyTry>) -> Report {
        let mut r = Report::bare(CheckKind::Handshake, "https://x.test/", d, Message::empty());
        r.families = families;
        r
    }

    fn path() -> LocalPath {
        let eth = |gateway: &str| Route {
            interface: "eth0".into(),
            gateway: gateway.parse().ok(),
            up: true,
            has_address: true,
            tunnel: false,
            split: false,
            ppp: false,
            index: 2,
        };
        LocalPath {
            known: true,
            ipv4: Some(eth("192.168.1.1")),
            ipv6: Some(eth("fe80::1")),
            link: Some(eth("192.168.1.1")),
            router: None,
        }
    }

    /// IPv6 broken: judged from the checks that tried both families to an end, and it explains
    /// a service reached only over IPv6; a stalled attempt is no evidence.
    #[test]
    fn ipv6_is_broken_by_what_both_families_did() {
        use FamilyOutcome::{Connected, Stalled, TimedOut};
        let base = |v6| {
            check(report(
                Diagnosis::Ok,
                vec![tried(Family::Ipv6, v6), tried(Family::Ipv4, Connected)],
            ))
        };
        let service = |families| {
            ServiceResult::new(
                "Tunes",
                vec![CheckResult {
                    name: "front".into(),
                    report: report(Diagnosis::TcpTimeout, families),
                }],
            )
        };
        let round = |b, s| {
            RoundResult::new(std::time::SystemTime::UNIX_EPOCH, vec![b], vec![s]).with_path(path())
        };
        // IPv6 timed out for the baseline, IPv4 worked; a service with only an IPv6 address
        // fails: it is this network's IPv6, not the service.
        let r = round(base(TimedOut), service(vec![tried(Family::Ipv6, TimedOut)]));
        assert_eq!(r.user_side, Cause::Ipv6Broken);
        assert_eq!(r.cause_of(&r.services[0]), Cause::Ipv6Broken);
        // Health and the store read it the same way: the service is never counted down.
        let front = &r.services[0].checks[0].report;
        assert_eq!(r.not_the_service(front), Some(Cause::Ipv6Broken));
        let mut health = crate::health::Health::new(crate::config::Thresholds {
            failure: 1,
            recovery: 1,
            degraded: 1,
        });
        health.observe(&r);
        let tunes = health.service("Tunes").unwrap();
        assert_eq!(tunes.cause, Cause::Ipv6Broken);
        assert_eq!(tunes.cause.blame(), crate::model::Blame::You);
        // The same service failing over IPv4 too is its own doing.
        let r = round(
            base(TimedOut),
            service(vec![
                tried(Family::Ipv6, TimedOut),
                tried(Family::Ipv4, TimedOut),
            ]),
        );
        assert_eq!(r.cause_of(&r.services[0]), Cause::Service);
        // An IPv6 attempt that only stalled past the stagger says nothing.
        let r = round(base(Stalled), service(vec![tried(Family::Ipv4, TimedOut)]));
        assert_eq!(r.user_side, Cause::None);
        assert!(!r.checks().any(|c| c.report.ipv6_failed_ipv4_worked()));
    }

    fn check(report: Report) -> CheckResult {
        CheckResult {
            name: "site".into(),
            report,
        }
    }
}
