//! Health probes. One file per probe kind, one dispatch entry here ([`run`]): every probe takes
//! the same context, its spec and the caller's deadline, and returns a [`Report`], never a bare
//! bool.
//!
//! Probes record phase *timestamps* as they go ([`Timeline`]) and turn them into durations only
//! at the end, so a probe that stops half-way still reports every phase it finished, and the
//! phase it was in when it stopped. The caller owns the deadline: each probe gives up at it.

pub mod captive;
mod conn;
pub mod dns;
mod eyeballs;
pub mod fetch;
pub mod handshake;
pub mod path;
mod reach;
mod reference;
mod spec;
pub mod spotify_ap;
pub mod stream;
pub mod tcp;
pub mod tls;

use std::collections::HashMap;
use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

pub use dns::{DnsError, Resolver};
pub use spec::{CheckSpec, ProbeSpec};
pub use tls::TlsRoots;

use crate::error::Error;
use crate::model::{
    AccessPoints, Arg, ByteCount, CheckKind, Diagnosis, DnsFinding, Family, FamilyTry, Kbps,
    Message, Phase, Phases, ReferenceAnswer, Report, ResolverAnswer, Status, TlsInfo, ViaReference,
};
use crate::msg;

/// Runs one check, giving up at `deadline`. The one entry point every caller uses.
pub async fn run(spec: &CheckSpec, ctx: &ProbeContext, deadline: Instant) -> Report {
    match &spec.probe {
        ProbeSpec::Handshake(s) => handshake::run(ctx, s, deadline).await,
        ProbeSpec::Stream(s) => stream::run(ctx, s, deadline).await,
        ProbeSpec::Tcp(s) => tcp::run(ctx, s, deadline).await,
        ProbeSpec::Captive(s) => captive::run(ctx, s, deadline).await,
        ProbeSpec::SpotifyAp(s) => spotify_ap::run(ctx, s, deadline).await,
    }
}

/// What a probe concluded: a diagnosis and a message with its facts. Success and degradation
/// are outcomes; a phase that fails returns a [`Failure`] and ends the probe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Outcome {
    pub diagnosis: Diagnosis,
    pub detail: Message,
}

impl Outcome {
    pub fn new(diagnosis: Diagnosis, detail: Message) -> Self {
        Outcome { diagnosis, detail }
    }
}

/// A phase that failed: why, in a code and a message. Never used for success.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Failure {
    pub diagnosis: Diagnosis,
    pub detail: Message,
}

impl Failure {
    pub fn new(diagnosis: Diagnosis, detail: Message) -> Self {
        Failure { diagnosis, detail }
    }
}

/// Reasons in a row, separated by semicolons ("A; B; C"); `None` for none.
pub(crate) fn semicolons(items: impl IntoIterator<Item = Message>) -> Option<Message> {
    let items: Vec<Message> = items.into_iter().collect();
    // From the end: the last two first, then each before them in front.
    items
        .into_iter()
        .rev()
        .reduce(|rest, first| msg!("probe-list-semicolon", first = first, rest = rest))
}

/// A byte count as people read it: "512 B", "40 KiB", "1.5 MiB".
pub(crate) fn bytes(b: ByteCount) -> Message {
    let n = b.0 as f64;
    if n >= 1024.0 * 1024.0 {
        msg!(
            "probe-bytes-mib",
            n = Arg::decimal(n / (1024.0 * 1024.0), 1)
        )
    } else if n >= 1024.0 {
        msg!("probe-bytes-kib", n = Arg::decimal(n / 1024.0, 0))
    } else {
        msg!("probe-bytes", n = b.0)
    }
}

/// A rate as bitrates are quoted: "320 kbit/s", "25.4 Mbit/s".
pub(crate) fn rate(r: Kbps) -> Message {
    if r.0 >= 10_000 {
        msg!("probe-rate-mbit", n = Arg::decimal(r.0 as f64 / 1000.0, 1))
    } else {
        msg!("probe-rate-kbit", n = r.0)
    }
}

impl From<Failure> for Outcome {
    fn from(f: Failure) -> Self {
        Outcome {
            diagnosis: f.diagnosis,
            detail: f.detail,
        }
    }
}

/// Phase timestamps as a probe records them. Turned into [`Phases`] at the end.
#[derive(Debug, Clone, Copy)]
pub struct Timeline {
    pub start: Instant,
    pub dns_done: Option<Instant>,
    pub connected: Option<Instant>,
    /// Set when a TLS handshake began (plain HTTP and TCP checks have none).
    pub tls_start: Option<Instant>,
    pub tls_done: Option<Instant>,
    /// A protocol's own first exchange (Spotify's access point): hello sent, answer read.
    pub hello_start: Option<Instant>,
    pub hello_done: Option<Instant>,
    pub request_sent: Option<Instant>,
    pub first_byte: Option<Instant>,
    pub body_done: Option<Instant>,
}

impl Timeline {
    pub fn start() -> Self {
        Timeline {
            start: Instant::now(),
            dns_done: None,
            connected: None,
            tls_start: None,
            tls_done: None,
            hello_start: None,
            hello_done: None,
            request_sent: None,
            first_byte: None,
            body_done: None,
        }
    }

    /// Durations between consecutive timestamps; a phase is `None` unless both ends were stamped.
    pub fn phases(&self) -> Phases {
        let span = |a: Option<Instant>, b: Option<Instant>| match (a, b) {
            (Some(a), Some(b)) => Some(b.saturating_duration_since(a)),
            _ => None,
        };
        // TLS is optional (plain HTTP); the request starts after whichever came last.
        let ready = self.tls_done.or(self.connected);
        Phases {
            dns: span(Some(self.start), self.dns_done),
            connect: span(self.dns_done, self.connected),
            tls: span(self.tls_start.or(self.connected), self.tls_done),
            hello: span(self.hello_start, self.hello_done),
            ttfb: span(self.request_sent.or(ready), self.first_byte),
            transfer: span(self.first_byte, self.body_done),
        }
    }

    /// The phase the probe was in: the first one it began and did not finish.
    pub fn phase_in_progress(&self) -> Phase {
        if self.dns_done.is_none() {
            Phase::Dns
        } else if self.connected.is_none() {
            Phase::Connect
        } else if self.tls_start.is_some() && self.tls_done.is_none() {
            Phase::Tls
        } else if self.hello_start.is_some() && self.hello_done.is_none() {
            Phase::Hello
        } else if self.first_byte.is_none() {
            Phase::Ttfb
        } else {
            Phase::Transfer
        }
    }
}

/// A set of acceptable HTTP statuses, as inclusive ranges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusSet(pub Vec<(u16, u16)>);

impl StatusSet {
    pub fn contains(&self, status: u16) -> bool {
        self.0.iter().any(|(lo, hi)| (*lo..=*hi).contains(&status))
    }
}

impl Default for StatusSet {
    /// 200-399: success and redirects.
    fn default() -> Self {
        StatusSet(vec![(200, 399)])
    }
}

impl fmt::Display for StatusSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, (lo, hi)) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            if lo == hi {
                write!(f, "{lo}")?;
            } else {
                write!(f, "{lo}-{hi}")?;
            }
        }
        Ok(())
    }
}

/// What the probes need of the settings: where names are resolved (servers and pins), which
/// extra roots are trusted, the neutral DNS, and how soon a certificate's end is a warning.
#[derive(Debug, Clone, Default)]
pub struct ContextSettings {
    pub ca_file: Option<PathBuf>,
    pub dns_servers: Vec<SocketAddr>,
    pub resolve: HashMap<String, IpAddr>,
    pub reference_dns: Vec<url::Url>,
    pub cert_warn_days: u32,
}

/// What every probe shares: how names are resolved and which roots are trusted.
#[derive(Debug, Clone)]
pub struct ProbeContext {
    pub resolver: Arc<Resolver>,
    pub roots: Arc<TlsRoots>,
    /// Fewer days than this left on a certificate makes the check degraded.
    pub cert_warn_days: u32,
    pub user_agent: String,
    /// Neutral DNS-over-HTTPS servers (by IP), asked only when the user's DNS fails or blocks
    /// a name. Empty: never.
    pub reference: Arc<Vec<url::Url>>,
    /// Try both address families and say how each fared, waiting a little for the one that
    /// lost (the baseline's checks: they tell IPv6 trouble from IPv4's).
    pub both_families: bool,
}

impl ProbeContext {
    pub fn new(resolver: Resolver, roots: TlsRoots, cert_warn_days: u32) -> Self {
        ProbeContext {
            resolver: Arc::new(resolver),
            roots: Arc::new(roots),
            reference: Arc::new(Vec::new()),
            both_families: false,
            cert_warn_days,
            user_agent: format!(
                // not for people: the User-Agent header
                "Downbeat/{} (uptime monitor; +https://github.com/downbeat-app/downbeat)",
                env!("CARGO_PKG_VERSION")
            ),
        }
    }

    /// The context the settings call for: the resolver (servers and pins) and the trusted
    /// roots (the platform's plus `ca_file`). Takes the config's settings as they are.
    pub fn from_settings(settings: impl Into<ContextSettings>) -> Result<Self, Error> {
        let settings = settings.into();
        let roots = TlsRoots::load(settings.ca_file.as_deref())?;
        let mut resolver = Resolver::system();
        resolver.servers = settings.dns_servers;
        resolver.pins = settings.resolve;
        let mut ctx = ProbeContext::new(resolver, roots, settings.cert_warn_days);
        ctx.reference = Arc::new(settings.reference_dns);
        Ok(ctx)
    }
}

/// Builds a report from a timeline and the fields a probe filled in.
#[derive(Debug)]
pub(crate) struct ReportBuilder {
    pub kind: CheckKind,
    pub target: String,
    /// When the check started: the report's total runs from here, across redirects.
    started: Instant,
    /// The phases of the request that gave the answer (the last hop, after redirects).
    pub timeline: Timeline,
    pub http_status: Option<u16>,
    pub tls: Option<TlsInfo>,
    pub bytes: Option<ByteCount>,
    pub throughput: Option<Kbps>,
    pub remote_addr: Option<SocketAddr>,
    pub retry_after: Option<Duration>,
    /// Set when TLS ran unverified (`insecure = true`): what verification would have
    /// objected to, if anything.
    pub unverified: Option<Option<Diagnosis>>,
    /// Where a redirect pointed (a captive portal's sign-in page).
    pub location: Option<String>,
    /// The network's time against this clock, from an answer's `Date` (seconds ahead).
    pub clock_offset: Option<i64>,
    /// What the user's DNS did with a name it would not answer plainly, and the reference's
    /// word (see `reach::resolve`).
    pub dns: Option<DnsFinding>,
    /// The user's DNS failure, when the check went on through the reference's address: it is
    /// the report's outcome, and the check's own outcome becomes `via_reference`.
    pub dns_failure: Option<Failure>,
    /// An access-point check verified against a test key (`server_key`), not Spotify's.
    pub test_key: bool,
    /// An access-point check's access points.
    pub access_point: Option<AccessPoints>,
    /// Wait for both address families (from [`ProbeContext::both_families`]).
    pub both_families: bool,
    /// How each address family fared on the connection that decided.
    pub families: Vec<FamilyTry>,
    /// The family that lost, still being asked (baseline checks only): see [`Self::settle`].
    pub other_family: Option<tokio::task::JoinHandle<Option<FamilyTry>>>,
    /// When the check itself ended, when [`Self::settle`] then waited: the report's total.
    ended: Option<Instant>,
}

impl ReportBuilder {
    pub fn new(kind: CheckKind, target: String) -> Self {
        let timeline = Timeline::start();
        ReportBuilder {
            kind,
            target,
            started: timeline.start,
            timeline,
            http_status: None,
            tls: None,
            bytes: None,
            throughput: None,
            remote_addr: None,
            retry_after: None,
            unverified: None,
            location: None,
            clock_offset: None,
            dns: None,
            dns_failure: None,
            test_key: false,
            access_point: None,
            both_families: false,
            families: Vec::new(),
            other_family: None,
            ended: None,
        }
    }

    /// Waits for the family that lost, when a baseline check asked it (bounded by
    /// [`eyeballs::OTHER_FAMILY_WAIT`]), and records how it fared. Nothing to wait for
    /// otherwise.
    pub async fn settle(&mut self) {
        if let Some(h) = self.other_family.take() {
            // The check's own time ends here: waiting for the other family is not part of it.
            self.ended.get_or_insert_with(Instant::now);
            if let Ok(Some(t)) = h.await {
                self.families.retain(|f| f.family != t.family);
                self.families.push(t);
                self.families.sort_by_key(|f| f.family != Family::Ipv6);
            }
        }
    }

    /// When the check ran through the reference's address: the user's DNS failure is the
    /// outcome, and what the check found through that address is kept as `via_reference`.
    fn through_reference(&mut self, outcome: Outcome) -> Outcome {
        let (Some(finding), Some(user)) = (self.dns.as_mut(), self.dns_failure.take()) else {
            return outcome;
        };
        let status = outcome.diagnosis.status();
        finding.via_reference = Some(ViaReference {
            status,
            diagnosis: outcome.diagnosis,
            detail: outcome.detail.clone(),
            reached: status != Status::Down || self.http_status.is_some(),
        });
        let diagnosis = match finding.resolver {
            ResolverAnswer::Failed => Diagnosis::DnsFailure,
            ResolverAnswer::Nxdomain | ResolverAnswer::Sinkhole => Diagnosis::DnsBlocked,
        };
        let server: Arg = match &finding.reference_server {
            Some(s) => s.into(),
            None => msg!("probe-dns-public").into(),
        };
        debug_assert_eq!(finding.reference, ReferenceAnswer::Resolved);
        let detail = match finding.reference_addr {
            Some(address) => msg!(
                "probe-dns-via-reference-address",
                detail = user.detail,
                server = server,
                address = address,
                found = outcome.detail,
            ),
            None => msg!(
                "probe-dns-via-reference",
                detail = user.detail,
                server = server,
                found = outcome.detail,
            ),
        };
        Outcome::new(diagnosis, detail)
    }

    /// The report. A check that ran with verification off says so in its detail, whatever
    /// the outcome, so it is never mistaken for a verified result. The failed phase is the one
    /// the diagnosis names, else (a cut or a stall) the one the timeline was in.
    pub fn finish(mut self, outcome: Outcome) -> Report {
        let Outcome {
            diagnosis,
            mut detail,
        } = self.through_reference(outcome);
        if let Some(objection) = self.unverified {
            detail = match objection {
                Some(d) => msg!(
                    "probe-unverified-insecure-objection",
                    detail = detail,
                    objection = d.headline(),
                ),
                None => msg!("probe-unverified-insecure", detail = detail),
            };
        }
        if self.test_key {
            detail = msg!("probe-unverified-test-key", detail = detail);
        }
        let mut r = Report::bare(self.kind, self.target, diagnosis, detail);
        r.failed_phase = (r.status != Status::Up).then(|| {
            diagnosis
                .phase()
                .unwrap_or_else(|| self.timeline.phase_in_progress())
        });
        r.unverified = self.unverified.is_some() || self.test_key;
        r.total = self
            .ended
            .unwrap_or_else(Instant::now)
            .saturating_duration_since(self.started);
        r.phases = self.timeline.phases();
        r.http_status = self.http_status;
        r.tls = self.tls;
        r.bytes = self.bytes;
        r.throughput = self.throughput;
        r.remote_addr = self.remote_addr;
        r.retry_after = self.retry_after;
        r.location = self.location;
        r.clock_offset = self.clock_offset;
        r.dns = self.dns;
        r.access_point = self.access_point;
        r.families = self.families;
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeline_turns_timestamps_into_durations() {
        let mut t = Timeline::start();
        let s = t.start;
        t.dns_done = Some(s + Duration::from_millis(5));
        t.connected = Some(s + Duration::from_millis(8));
        t.tls_start = t.connected;
        t.tls_done = Some(s + Duration::from_millis(20));
        t.first_byte = Some(s + Duration::from_millis(60));
        let p = t.phases();
        assert_eq!(p.dns, Some(Duration::from_millis(5)));
        assert_eq!(p.connect, Some(Duration::from_millis(3)));
        assert_eq!(p.tls, Some(Duration::from_millis(12)));
        assert_eq!(p.ttfb, Some(Duration::from_millis(40)));
        assert_eq!(p.transfer, None);
        assert_eq!(p.to_first_byte(), Duration::from_millis(60));
    }

    fn finish(timeline: Timeline, d: Diagnosis) -> Option<Phase> {
        let mut b = ReportBuilder::new(CheckKind::Handshake, "https://x.test/".into());
        b.timeline = timeline;
        b.finish(Outcome::new(d, Message::empty())).failed_phase
    }

    #[test]
    fn the_probe_records_the_failed_phase() {
        let mut t = Timeline::start();
        let s = t.start;
        assert_eq!(finish(t, Diagnosis::HttpServerError), Some(Phase::Ttfb));
        assert_eq!(finish(t, Diagnosis::TlsCertExpired), Some(Phase::Tls));
        assert_eq!(finish(t, Diagnosis::Ok), None);
        // A stall: the first phase begun and not finished.
        assert_eq!(finish(t, Diagnosis::Timeout), Some(Phase::Dns));
        t.dns_done = Some(s);
        t.connected = Some(s);
        t.tls_start = Some(s);
        assert_eq!(finish(t, Diagnosis::Timeout), Some(Phase::Tls));
        t.tls_done = Some(s);
        assert_eq!(finish(t, Diagnosis::Timeout), Some(Phase::Ttfb));
        // Plain HTTP: no TLS was begun, so a stall after connecting is waiting for the answer.
        t.tls_start = None;
        t.tls_done = None;
        assert_eq!(finish(t, Diagnosis::ConnectionReset), Some(Phase::Ttfb));
        t.first_byte = Some(s);
        assert_eq!(finish(t, Diagnosis::Timeout), Some(Phase::Transfer));
    }

    #[test]
    fn the_pieces_of_a_detail_read_as_they_always_did() {
        let said = |m: Message| m.to_string();
        assert_eq!(said(bytes(ByteCount(512))), "512 B");
        assert_eq!(said(bytes(ByteCount(512 * 1024))), "512 KiB");
        assert_eq!(said(bytes(ByteCount(3 * 1024 * 1024 / 2))), "1.5 MiB");
        assert_eq!(said(rate(Kbps(320))), "320 kbit/s");
        assert_eq!(said(rate(Kbps(25_400))), "25.4 Mbit/s");
        let reasons = ["a", "b", "c"].map(Message::verbatim);
        assert_eq!(said(semicolons(reasons).unwrap()), "a; b; c");
        assert_eq!(semicolons(Vec::new()), None);
        let mut b = ReportBuilder::new(CheckKind::Handshake, "https://x.test/".into());
        b.unverified = Some(Some(Diagnosis::TlsCertExpired));
        let r = b.finish(Outcome::new(
            Diagnosis::Ok,
            msg!(
                "probe-ok",
                host = "x.test",
                took = Duration::from_millis(40)
            ),
        ));
        assert_eq!(
            said(r.detail),
            "x.test answered in 40 ms. Unverified: certificate checks are off for this check \
             (insecure = true), and verification would have failed: TLS certificate expired."
        );
    }

    #[test]
    fn plain_http_has_no_tls_phase_but_a_ttfb() {
        let mut t = Timeline::start();
        let s = t.start;
        t.dns_done = Some(s);
        t.connected = Some(s + Duration::from_millis(1));
        t.first_byte = Some(s + Duration::from_millis(4));
        let p = t.phases();
        assert_eq!(p.tls, None);
        assert_eq!(p.ttfb, Some(Duration::from_millis(3)));
    }
}
