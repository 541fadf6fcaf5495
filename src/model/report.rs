//! What a probe found: its kind, its phases as durations, and the report every layer reads.

use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use serde::Serialize;

use super::units::{ByteCount, Kbps};
use super::{Cause, Diagnosis, Message, Status};

/// The kind of a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CheckKind {
    Handshake,
    Stream,
    Tcp,
    /// A plain-HTTP connectivity check that must be answered exactly (baseline only).
    Captive,
    /// Spotify's access point: apresolve, then the first exchange of Spotify's own protocol,
    /// its signature verified.
    #[serde(rename = "spotify_ap")]
    SpotifyAp,
}

impl CheckKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CheckKind::Handshake => "handshake",
            CheckKind::Stream => "stream",
            CheckKind::Tcp => "tcp",
            CheckKind::Captive => "captive",
            CheckKind::SpotifyAp => "spotify_ap",
        }
    }
}

impl fmt::Display for CheckKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One phase of a probe, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    Dns,
    Connect,
    Tls,
    /// A protocol's own first exchange (Spotify's access point): hello sent to answer read.
    Hello,
    /// From the request sent (or the connection ready) to the first response byte.
    Ttfb,
    Transfer,
}

impl Phase {
    pub const ALL: [Phase; 6] = [
        Phase::Dns,
        Phase::Connect,
        Phase::Tls,
        Phase::Hello,
        Phase::Ttfb,
        Phase::Transfer,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Dns => "dns",
            Phase::Connect => "connect",
            Phase::Tls => "tls",
            Phase::Hello => "hello",
            Phase::Ttfb => "ttfb",
            Phase::Transfer => "transfer",
        }
    }
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The phases of a probe, as durations. `None` where a phase was not reached (or does not apply,
/// like TLS on a plain-HTTP URL).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Phases {
    pub dns: Option<Duration>,
    pub connect: Option<Duration>,
    pub tls: Option<Duration>,
    pub hello: Option<Duration>,
    pub ttfb: Option<Duration>,
    pub transfer: Option<Duration>,
}

impl Phases {
    /// Time from the start to the first response byte, over the phases reached.
    pub fn to_first_byte(&self) -> Duration {
        [self.dns, self.connect, self.tls, self.hello, self.ttfb]
            .iter()
            .flatten()
            .sum()
    }

    /// The duration of one phase.
    pub fn get(&self, phase: Phase) -> Option<Duration> {
        match phase {
            Phase::Dns => self.dns,
            Phase::Connect => self.connect,
            Phase::Tls => self.tls,
            Phase::Hello => self.hello,
            Phase::Ttfb => self.ttfb,
            Phase::Transfer => self.transfer,
        }
    }

    /// `(phase, duration)` for each phase, in order.
    pub fn named(&self) -> [(Phase, Option<Duration>); 6] {
        Phase::ALL.map(|p| (p, self.get(p)))
    }
}

/// What a TLS handshake told us: the protocol version, and the leaf certificate's lifetime,
/// issuer and names, read whether or not it was trusted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TlsInfo {
    /// "TLSv1.3" or "TLSv1.2"; `None` when the handshake did not finish.
    pub version: Option<String>,
    /// The leaf certificate's notBefore, RFC 3339 (UTC).
    pub cert_not_before: Option<String>,
    /// The leaf certificate's notAfter, RFC 3339 (UTC).
    pub cert_not_after: Option<String>,
    /// Whole days from now to notAfter; negative once expired.
    pub cert_days_left: Option<i64>,
    /// Who issued the leaf certificate, as a person reads it: its common name, else its
    /// organisation, else its whole name ("Contoso Web Inspection CA").
    pub issuer: Option<String>,
    /// The leaf certificate is for the host checked (one of its names matches), whether or not
    /// its issuer is trusted. `None` when it could not be read.
    pub for_host: Option<bool>,
    /// Verification found no trusted authority behind the certificate (an unknown issuer):
    /// a private or intercepting authority, or a server that leaves out its intermediate.
    pub issuer_untrusted: bool,
    /// The validity window in Unix seconds, for the verdict's reading of the clock.
    #[serde(skip)]
    pub window: Option<(i64, i64)>,
}

/// What a probe found. Everything a verdict, a notification or the history needs.
#[derive(Debug, Clone)]
pub struct Report {
    pub kind: CheckKind,
    /// The URL, or `host:port` for TCP checks (credentials redacted).
    pub target: String,
    pub status: Status,
    pub diagnosis: Diagnosis,
    /// What happened, for a non-engineer: a message the view renders.
    pub detail: Message,
    pub phases: Phases,
    /// The phase that failed (or, when degraded, the one that was slow), as the probe recorded
    /// it. `None` when the check is up.
    pub failed_phase: Option<Phase>,
    pub total: Duration,
    pub http_status: Option<u16>,
    pub tls: Option<TlsInfo>,
    pub bytes: Option<ByteCount>,
    pub throughput: Option<Kbps>,
    pub remote_addr: Option<SocketAddr>,
    /// The server's Retry-After, when it sent one: the scheduler honours it.
    pub retry_after: Option<Duration>,
    /// The check runs with `insecure = true`: its certificate was not verified. Shown as
    /// "unverified" wherever the result is.
    pub unverified: bool,
    /// Where a redirect pointed, when the answer was one (a captive portal's sign-in page).
    pub location: Option<String>,
    /// How far the network's time is ahead of this computer's clock, in seconds, from the
    /// answer's `Date` header (plus its `Age`): the evidence of a wrong clock. `None` without
    /// an HTTP answer that had one.
    pub clock_offset: Option<i64>,
    /// Set when the user's DNS failed or blocked the name: what it did, what neutral DNS said,
    /// and how the check went through the neutral answer.
    pub dns: Option<DnsFinding>,
    /// For an access-point check: where the list came from, which access points were tried,
    /// and which one answered.
    pub access_point: Option<AccessPoints>,
    /// How each address family fared, in the order tried (IPv6 first, as browsers do). One
    /// entry when a name has one family, or when the first answered before the other was
    /// needed.
    pub families: Vec<FamilyTry>,
}

/// An address family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    Ipv4,
    Ipv6,
}

impl Family {
    pub fn of(ip: &IpAddr) -> Family {
        if ip.is_ipv6() {
            Family::Ipv6
        } else {
            Family::Ipv4
        }
    }
}

/// How a connection over one address family went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FamilyOutcome {
    Connected,
    /// The server refused: the path works, the port doesn't.
    Refused,
    /// No route: the system or a router said so at once.
    Unreachable,
    /// Nothing answered before the deadline.
    TimedOut,
    /// Still trying when the other family answered, and given up then.
    Stalled,
    /// Reset, or another error.
    Failed,
}

/// One address family's try at a connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FamilyTry {
    pub family: Family,
    /// The address tried (the last, when several were).
    pub address: SocketAddr,
    pub outcome: FamilyOutcome,
    /// How long it took to connect or fail, in milliseconds (none when it stalled).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ms: Option<u64>,
}

impl FamilyTry {
    /// The family's path works: it connected, or the server itself refused.
    pub fn reached(&self) -> bool {
        matches!(
            self.outcome,
            FamilyOutcome::Connected | FamilyOutcome::Refused
        )
    }

    /// The family's path failed, for certain: not reached, and not merely still trying when
    /// the other family answered.
    pub fn failed(&self) -> bool {
        !self.reached() && self.outcome != FamilyOutcome::Stalled
    }
}

/// Where an access-point check found its access points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ApSource {
    /// The apresolve service listed them.
    Apresolve,
    /// apresolve could not be had: the check's fallback list.
    Fallback,
}

/// The access points an access-point check tried, in order, and the one that answered.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AccessPoints {
    pub source: ApSource,
    /// Why apresolve's list could not be used, when it could not.
    pub apresolve_error: Option<String>,
    /// The access point (`host:port`) whose answer decided the check: the one that answered
    /// the hello, else the one that got furthest (the first of those).
    pub answered: Option<String>,
    pub tried: Vec<ApAttempt>,
}

/// One access point tried: how it went.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ApAttempt {
    /// `host:port`.
    pub address: String,
    pub diagnosis: Diagnosis,
    pub detail: Message,
    /// From the start of this attempt (its DNS) to its end, in milliseconds.
    pub took_ms: f64,
}

/// What the user's resolver did with a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ResolverAnswer {
    /// No answer, SERVFAIL, REFUSED or a malformed reply.
    Failed,
    /// The name does not exist (NXDOMAIN), or has no addresses.
    Nxdomain,
    /// A blocking address (0.0.0.0, ::): a filter's answer, never connected to.
    Sinkhole,
}

/// What the neutral DNS reference (DNS over HTTPS) said about the same name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceAnswer {
    /// No reference is configured (`reference_dns = []`).
    Off,
    /// No reference server could be asked or none answered.
    Failed,
    /// The reference agrees that the name does not exist.
    Nxdomain,
    /// The reference resolved the name.
    Resolved,
}

/// How a check went when the user's DNS would not give it an address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DnsFinding {
    pub host: String,
    pub resolver: ResolverAnswer,
    /// The blocking address, for a sinkhole.
    pub sinkhole: Option<IpAddr>,
    pub reference: ReferenceAnswer,
    /// The reference server that answered (its URL), and the address it gave.
    pub reference_server: Option<String>,
    pub reference_addr: Option<IpAddr>,
    /// The check's own outcome through the reference's address: whether the service itself
    /// works.
    pub via_reference: Option<ViaReference>,
}

/// A check's outcome through the neutral DNS answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ViaReference {
    pub status: Status,
    pub diagnosis: Diagnosis,
    pub detail: Message,
    /// A server answered (see [`Report::reached_a_server`]).
    pub reached: bool,
}

impl DnsFinding {
    /// The name exists (neutral DNS resolves it, or the user's DNS sinkholed it) but the
    /// user's DNS would not give its address.
    pub fn blocked(&self) -> bool {
        self.resolver == ResolverAnswer::Sinkhole || self.reference == ReferenceAnswer::Resolved
    }
}

impl Report {
    /// Whether this result proves the network path to the internet works: the check passed,
    /// or a server answered it with HTTP at all. A baseline site answering 503 is a sick site
    /// on a working connection.
    pub fn reached_a_server(&self) -> bool {
        self.status != Status::Down
            || self.http_status.is_some()
            // A certificate read that fails only on its dates, or for the right name from an
            // untrusted authority, came from a server reached (the clock, or a middlebox, is
            // what's wrong).
            || (matches!(
                self.diagnosis,
                Diagnosis::TlsCertExpired | Diagnosis::TlsCertNotYetValid
            ) && self.tls.as_ref().is_some_and(|t| t.window.is_some()))
            || super::secure::intercepted_by(self).is_some()
            || self
                .dns
                .as_ref()
                .and_then(|d| d.via_reference.as_ref())
                .is_some_and(|v| v.reached)
    }

    /// The user's resolver failed (no answer, SERVFAIL, REFUSED) for this check's name.
    pub fn resolver_failed(&self) -> bool {
        self.dns
            .as_ref()
            .is_some_and(|d| d.resolver == ResolverAnswer::Failed)
    }

    /// The user's resolver gave this check's name an address (or none was needed): it asked
    /// and got a plain answer.
    pub fn resolver_answered(&self) -> bool {
        self.dns.is_none() && self.phases.dns.is_some()
    }

    /// The user's DNS blocked or failed a name that exists: the service may work, but not
    /// from this network's DNS.
    pub fn dns_blocked(&self) -> bool {
        self.dns.as_ref().is_some_and(DnsFinding::blocked)
    }

    /// The user's DNS says the name doesn't exist, and neutral DNS could not confirm it (it
    /// couldn't be asked, or none is configured).
    pub fn dns_unconfirmed(&self) -> bool {
        self.dns.as_ref().is_some_and(|d| {
            d.resolver == ResolverAnswer::Nxdomain
                && matches!(d.reference, ReferenceAnswer::Failed | ReferenceAnswer::Off)
        })
    }

    /// A failure that is not the service's own, by this report alone: the user's DNS blocked
    /// the name or says it doesn't exist unconfirmed, this network blocks the preferred port,
    /// or Downbeat's own hello is out of date. `None` when up, and for a failure that is the
    /// service's. (What the whole round shows, a wrong clock or interception, is
    /// [`crate::model::RoundResult::not_the_service`].)
    pub fn not_the_service(&self) -> Option<Cause> {
        if self.status == Status::Up {
            None
        } else if self.dns_blocked() {
            Some(Cause::DnsFiltered)
        } else if self.dns_unconfirmed() {
            Some(Cause::DnsUnconfirmed)
        } else {
            match self.diagnosis {
                Diagnosis::ApPortBlocked => Some(Cause::PortBlocked),
                Diagnosis::ApUpgradeRequired => Some(Cause::DownbeatOutdated),
                _ => None,
            }
        }
    }

    /// How the service itself did through neutral DNS, when that was tried.
    pub fn via_reference(&self) -> Option<&ViaReference> {
        self.dns.as_ref().and_then(|d| d.via_reference.as_ref())
    }

    /// A report with no phases and no measurements: for a check that could not run at all
    /// (and for tests and benchmarks that need one). A failure points at the diagnosis's phase,
    /// else at the first one, since none was reached.
    pub fn bare(
        kind: CheckKind,
        target: impl Into<String>,
        diagnosis: Diagnosis,
        detail: impl Into<Message>,
    ) -> Report {
        let status = diagnosis.status();
        Report {
            kind,
            target: target.into(),
            status,
            diagnosis,
            detail: detail.into(),
            phases: Phases::default(),
            failed_phase: (status != Status::Up).then(|| diagnosis.phase().unwrap_or(Phase::Dns)),
            total: Duration::ZERO,
            http_status: None,
            tls: None,
            bytes: None,
            throughput: None,
            remote_addr: None,
            retry_after: None,
            unverified: false,
            location: None,
            clock_offset: None,
            dns: None,
            access_point: None,
            families: Vec::new(),
        }
    }

    /// This report's try over `family`, when it made one.
    pub fn family(&self, family: Family) -> Option<&FamilyTry> {
        self.families.iter().find(|t| t.family == family)
    }

    /// Both families were tried, and IPv6 failed (for certain: an attempt only stalled past
    /// the stagger says nothing) while IPv4 got through.
    pub fn ipv6_failed_ipv4_worked(&self) -> bool {
        match (self.family(Family::Ipv6), self.family(Family::Ipv4)) {
            (Some(v6), Some(v4)) => v6.failed() && v4.reached(),
            _ => false,
        }
    }

    /// The mirror: IPv4 failed for certain while IPv6 got through.
    pub fn ipv4_failed_ipv6_worked(&self) -> bool {
        match (self.family(Family::Ipv4), self.family(Family::Ipv6)) {
            (Some(v4), Some(v6)) => v4.failed() && v6.reached(),
            _ => false,
        }
    }

    /// Both families were tried to an end (neither only stalled): a fair witness of IPv6.
    pub fn tried_both_families(&self) -> bool {
        self.families.len() >= 2
            && self
                .families
                .iter()
                .all(|t| t.outcome != FamilyOutcome::Stalled)
    }
}
