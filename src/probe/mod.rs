//! Health probes. One file per probe kind; every probe returns a [`Report`], never a bare bool.
//!
//! Probes record phase *timestamps* as they go ([`Timeline`]) and turn them into durations only
//! at the end ([`Timeline::phases`]), so a probe that stops half-way still reports every phase it
//! finished. The caller owns the deadline: each probe takes an `Instant` and gives up at it,
//! naming the phase it was stuck in.

mod conn;
pub mod dns;
pub mod handshake;
pub mod stream;
pub mod tcp;
pub mod tls;

use std::fmt;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use tokio::time::Instant;

pub use dns::Resolver;
pub use tls::{TlsInfo, TlsRoots};

use crate::units::{ByteCount, Kbps};

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
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a check came out the way it did. The strings are stable: scripts, history and the UI
/// key on them, and the README documents each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Diagnosis {
    Ok,
    Slow,
    DnsNxdomain,
    DnsFailure,
    TcpRefused,
    TcpTimeout,
    NetworkUnreachable,
    ConnectionReset,
    TlsHandshakeFailed,
    TlsCertExpired,
    TlsCertNotYetValid,
    TlsCertUntrusted,
    TlsHostnameMismatch,
    TlsCertExpiring,
    HttpServerError,
    HttpRateLimited,
    HttpUnexpectedStatus,
    HttpUnexpectedBody,
    HttpRedirectLoop,
    ProtocolError,
    Timeout,
    StreamTooSlow,
}

impl Diagnosis {
    pub const ALL: [Diagnosis; 22] = [
        Diagnosis::Ok,
        Diagnosis::Slow,
        Diagnosis::DnsNxdomain,
        Diagnosis::DnsFailure,
        Diagnosis::TcpRefused,
        Diagnosis::TcpTimeout,
        Diagnosis::NetworkUnreachable,
        Diagnosis::ConnectionReset,
        Diagnosis::TlsHandshakeFailed,
        Diagnosis::TlsCertExpired,
        Diagnosis::TlsCertNotYetValid,
        Diagnosis::TlsCertUntrusted,
        Diagnosis::TlsHostnameMismatch,
        Diagnosis::TlsCertExpiring,
        Diagnosis::HttpServerError,
        Diagnosis::HttpRateLimited,
        Diagnosis::HttpUnexpectedStatus,
        Diagnosis::HttpUnexpectedBody,
        Diagnosis::HttpRedirectLoop,
        Diagnosis::ProtocolError,
        Diagnosis::Timeout,
        Diagnosis::StreamTooSlow,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Diagnosis::Ok => "ok",
            Diagnosis::Slow => "slow",
            Diagnosis::DnsNxdomain => "dns_nxdomain",
            Diagnosis::DnsFailure => "dns_failure",
            Diagnosis::TcpRefused => "tcp_refused",
            Diagnosis::TcpTimeout => "tcp_timeout",
            Diagnosis::NetworkUnreachable => "network_unreachable",
            Diagnosis::ConnectionReset => "connection_reset",
            Diagnosis::TlsHandshakeFailed => "tls_handshake_failed",
            Diagnosis::TlsCertExpired => "tls_cert_expired",
            Diagnosis::TlsCertNotYetValid => "tls_cert_not_yet_valid",
            Diagnosis::TlsCertUntrusted => "tls_cert_untrusted",
            Diagnosis::TlsHostnameMismatch => "tls_hostname_mismatch",
            Diagnosis::TlsCertExpiring => "tls_cert_expiring",
            Diagnosis::HttpServerError => "http_server_error",
            Diagnosis::HttpRateLimited => "http_rate_limited",
            Diagnosis::HttpUnexpectedStatus => "http_unexpected_status",
            Diagnosis::HttpUnexpectedBody => "http_unexpected_body",
            Diagnosis::HttpRedirectLoop => "http_redirect_loop",
            Diagnosis::ProtocolError => "protocol_error",
            Diagnosis::Timeout => "timeout",
            Diagnosis::StreamTooSlow => "stream_too_slow",
        }
    }

    /// The status this diagnosis stands for.
    pub fn status(self) -> Status {
        match self {
            Diagnosis::Ok => Status::Up,
            Diagnosis::Slow | Diagnosis::TlsCertExpiring | Diagnosis::StreamTooSlow => {
                Status::Degraded
            }
            _ => Status::Down,
        }
    }

    /// A short noun phrase for verdict lines and notifications ("TLS certificate expired").
    pub fn headline(self) -> &'static str {
        match self {
            Diagnosis::Ok => "all good",
            Diagnosis::Slow => "responding slowly",
            Diagnosis::DnsNxdomain => "its name does not resolve",
            Diagnosis::DnsFailure => "DNS lookup failed",
            Diagnosis::TcpRefused => "connection refused",
            Diagnosis::TcpTimeout => "connection timed out",
            Diagnosis::NetworkUnreachable => "network unreachable",
            Diagnosis::ConnectionReset => "connection reset",
            Diagnosis::TlsHandshakeFailed => "secure connection failed",
            Diagnosis::TlsCertExpired => "TLS certificate expired",
            Diagnosis::TlsCertNotYetValid => "TLS certificate not yet valid",
            Diagnosis::TlsCertUntrusted => "TLS certificate not trusted",
            Diagnosis::TlsHostnameMismatch => "TLS certificate is for another name",
            Diagnosis::TlsCertExpiring => "TLS certificate expires soon",
            Diagnosis::HttpServerError => "server error",
            Diagnosis::HttpRateLimited => "rate limited",
            Diagnosis::HttpUnexpectedStatus => "unexpected HTTP status",
            Diagnosis::HttpUnexpectedBody => "unexpected page content",
            Diagnosis::HttpRedirectLoop => "too many redirects",
            Diagnosis::ProtocolError => "the server does not speak HTTP",
            Diagnosis::Timeout => "stopped responding",
            Diagnosis::StreamTooSlow => "streaming too slowly",
        }
    }
}

impl fmt::Display for Diagnosis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The kind of a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CheckKind {
    Handshake,
    Stream,
    Tcp,
}

impl CheckKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CheckKind::Handshake => "handshake",
            CheckKind::Stream => "stream",
            CheckKind::Tcp => "tcp",
        }
    }
}

impl fmt::Display for CheckKind {
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
    pub ttfb: Option<Duration>,
    pub transfer: Option<Duration>,
}

impl Phases {
    /// Time from the start to the first response byte, over the phases reached.
    pub fn to_first_byte(&self) -> Duration {
        [self.dns, self.connect, self.tls, self.ttfb]
            .iter()
            .flatten()
            .sum()
    }

    /// `(name, duration)` for each phase, in order.
    pub fn named(&self) -> [(&'static str, Option<Duration>); 5] {
        [
            ("dns", self.dns),
            ("connect", self.connect),
            ("tls", self.tls),
            ("ttfb", self.ttfb),
            ("transfer", self.transfer),
        ]
    }
}

/// Phase timestamps as a probe records them. Turned into [`Phases`] at the end.
#[derive(Debug, Clone, Copy)]
pub struct Timeline {
    pub start: Instant,
    pub dns_done: Option<Instant>,
    pub connected: Option<Instant>,
    pub tls_done: Option<Instant>,
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
            tls_done: None,
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
            tls: span(self.connected, self.tls_done),
            ttfb: span(self.request_sent.or(ready), self.first_byte),
            transfer: span(self.first_byte, self.body_done),
        }
    }
}

/// What a probe found. Everything a verdict, a notification or the history needs.
#[derive(Debug, Clone)]
pub struct Report {
    pub kind: CheckKind,
    /// The URL, or `host:port` for TCP checks (credentials redacted).
    pub target: String,
    pub status: Status,
    pub diagnosis: Diagnosis,
    /// One sentence a non-engineer understands.
    pub detail: String,
    pub phases: Phases,
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
}

impl Report {
    /// A report with no phases and no measurements: for a check that could not run at all
    /// (and for tests and benchmarks that need one).
    pub fn bare(
        kind: CheckKind,
        target: impl Into<String>,
        diagnosis: Diagnosis,
        detail: impl Into<String>,
    ) -> Report {
        Report {
            kind,
            target: target.into(),
            status: diagnosis.status(),
            diagnosis,
            detail: detail.into(),
            phases: Phases::default(),
            total: Duration::ZERO,
            http_status: None,
            tls: None,
            bytes: None,
            throughput: None,
            remote_addr: None,
            retry_after: None,
            unverified: false,
        }
    }

    /// The phase that failed (or, when degraded, the one that was slow), for the UI to
    /// highlight. `None` when the check is up.
    pub fn failed_phase(&self) -> Option<&'static str> {
        if self.status == Status::Up {
            return None;
        }
        let https = self.target.starts_with("https:");
        Some(match self.diagnosis {
            Diagnosis::DnsNxdomain | Diagnosis::DnsFailure => "dns",
            Diagnosis::TcpRefused | Diagnosis::TcpTimeout | Diagnosis::NetworkUnreachable => {
                "connect"
            }
            Diagnosis::TlsHandshakeFailed
            | Diagnosis::TlsCertExpired
            | Diagnosis::TlsCertNotYetValid
            | Diagnosis::TlsCertUntrusted
            | Diagnosis::TlsHostnameMismatch
            | Diagnosis::TlsCertExpiring => "tls",
            Diagnosis::HttpServerError
            | Diagnosis::HttpRateLimited
            | Diagnosis::HttpUnexpectedStatus
            | Diagnosis::HttpRedirectLoop
            | Diagnosis::ProtocolError
            | Diagnosis::Slow => "ttfb",
            Diagnosis::HttpUnexpectedBody | Diagnosis::StreamTooSlow => "transfer",
            // Cut or stalled: the first phase that did not finish.
            Diagnosis::ConnectionReset | Diagnosis::Timeout | Diagnosis::Ok => {
                let p = self.phases;
                if p.connect.is_none() {
                    "connect"
                } else if https && p.tls.is_none() {
                    "tls"
                } else if p.ttfb.is_none() {
                    "ttfb"
                } else {
                    "transfer"
                }
            }
        })
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

/// What every probe shares: how names are resolved and which roots are trusted.
#[derive(Debug, Clone)]
pub struct ProbeContext {
    pub resolver: Arc<Resolver>,
    pub roots: Arc<TlsRoots>,
    /// Fewer days than this left on a certificate makes the check degraded.
    pub cert_warn_days: u32,
    pub user_agent: String,
}

impl ProbeContext {
    pub fn new(resolver: Resolver, roots: TlsRoots, cert_warn_days: u32) -> Self {
        ProbeContext {
            resolver: Arc::new(resolver),
            roots: Arc::new(roots),
            cert_warn_days,
            user_agent: format!(
                "Downbeat/{} (uptime monitor; +https://github.com/downbeat-app/downbeat)",
                env!("CARGO_PKG_VERSION")
            ),
        }
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
        }
    }

    /// The report. A check that ran with verification off says so in its detail, whatever
    /// the outcome, so it is never mistaken for a verified result.
    pub fn finish(self, diagnosis: Diagnosis, detail: impl Into<String>) -> Report {
        let mut detail = detail.into();
        if let Some(objection) = self.unverified {
            detail.push_str(
                " Unverified: certificate checks are off for this check (insecure = true)",
            );
            match objection {
                Some(d) => {
                    detail.push_str(", and verification would have failed: ");
                    detail.push_str(d.headline());
                    detail.push('.');
                }
                None => detail.push('.'),
            }
        }
        let mut r = Report::bare(self.kind, self.target, diagnosis, detail);
        r.unverified = self.unverified.is_some();
        r.total = self.started.elapsed();
        r.phases = self.timeline.phases();
        r.http_status = self.http_status;
        r.tls = self.tls;
        r.bytes = self.bytes;
        r.throughput = self.throughput;
        r.remote_addr = self.remote_addr;
        r.retry_after = self.retry_after;
        r
    }
}

/// "1.2 s" or "340 ms", for details.
pub(crate) fn human_duration(d: Duration) -> String {
    if d >= Duration::from_secs(1) {
        format!("{:.1} s", d.as_secs_f64())
    } else {
        format!("{} ms", d.as_millis())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diagnosis_strings_are_stable_and_unique() {
        let mut seen = std::collections::HashSet::new();
        for d in Diagnosis::ALL {
            assert!(seen.insert(d.as_str()), "duplicate {d}");
            let json = serde_json::to_string(&d).unwrap();
            assert_eq!(json, format!("\"{}\"", d.as_str()));
        }
    }

    #[test]
    fn timeline_turns_timestamps_into_durations() {
        let mut t = Timeline::start();
        let s = t.start;
        t.dns_done = Some(s + Duration::from_millis(5));
        t.connected = Some(s + Duration::from_millis(8));
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

    #[test]
    fn failed_phase_points_at_what_broke() {
        let mut r = crate::verdict::tests_support::report(Diagnosis::HttpServerError);
        assert_eq!(r.failed_phase(), Some("ttfb"));
        r = crate::verdict::tests_support::report(Diagnosis::TlsCertExpired);
        assert_eq!(r.failed_phase(), Some("tls"));
        r = crate::verdict::tests_support::report(Diagnosis::Timeout);
        r.phases.connect = Some(Duration::from_millis(1));
        r.phases.tls = Some(Duration::from_millis(1));
        assert_eq!(r.failed_phase(), Some("ttfb"));
        r.target = "http://x.test/".into();
        r.phases.tls = None;
        assert_eq!(r.failed_phase(), Some("ttfb"));
        assert_eq!(
            crate::verdict::tests_support::report(Diagnosis::Ok).failed_phase(),
            None
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
