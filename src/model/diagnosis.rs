//! Diagnoses: why a check came out the way it did, as stable codes with plain words.

use std::fmt;

use serde::Serialize;

use super::{Message, Phase, Status};

/// Why a check came out the way it did. The strings are stable: scripts, history and the UI
/// key on them, and docs/causes.md documents each.
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
    /// The user's DNS refused, sinkholed or denied a name that neutral DNS resolves.
    DnsBlocked,
    /// A plain-HTTP connectivity check got another answer (a redirect, a sign-in page): a
    /// captive portal.
    CaptivePortal,
    /// An access point answered the hello, but its key exchange is not signed with Spotify's
    /// key: something else answered in its place.
    ApSignatureInvalid,
    /// An access point's answer to the hello was garbage, malformed or oversized, or the
    /// connection closed before it.
    ApHandshakeFailed,
    /// The access point wants a newer client: Downbeat's hello is out of date. Not an outage.
    ApUpgradeRequired,
    /// The preferred access point or port was refused or timed out, but a later one answered:
    /// this network blocks it.
    ApPortBlocked,
}

impl Diagnosis {
    pub const ALL: [Diagnosis; 28] = [
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
        Diagnosis::DnsBlocked,
        Diagnosis::CaptivePortal,
        Diagnosis::ApSignatureInvalid,
        Diagnosis::ApHandshakeFailed,
        Diagnosis::ApUpgradeRequired,
        Diagnosis::ApPortBlocked,
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
            Diagnosis::DnsBlocked => "dns_blocked",
            Diagnosis::CaptivePortal => "captive_portal",
            Diagnosis::ApSignatureInvalid => "ap_signature_invalid",
            Diagnosis::ApHandshakeFailed => "ap_handshake_failed",
            Diagnosis::ApUpgradeRequired => "ap_upgrade_required",
            Diagnosis::ApPortBlocked => "ap_port_blocked",
        }
    }

    /// The status this diagnosis stands for.
    pub fn status(self) -> Status {
        match self {
            Diagnosis::Ok => Status::Up,
            Diagnosis::Slow
            | Diagnosis::TlsCertExpiring
            | Diagnosis::StreamTooSlow
            | Diagnosis::ApUpgradeRequired
            | Diagnosis::ApPortBlocked => Status::Degraded,
            _ => Status::Down,
        }
    }

    /// A short noun phrase for verdict lines and notifications ("TLS certificate expired").
    pub fn headline(self) -> Message {
        Message::new(format!("diagnosis-{}", self.as_str().replace('_', "-")))
    }
}

impl Diagnosis {
    /// The diagnosis with this code ("tls_cert_expired"), as the history stores it.
    pub fn from_code(code: &str) -> Option<Diagnosis> {
        Diagnosis::ALL.into_iter().find(|d| d.as_str() == code)
    }

    /// The phase this diagnosis points at, when the diagnosis alone says which. `None` for a
    /// cut or a stall (reset, timeout), where only the probe's timeline knows how far it got.
    pub fn phase(self) -> Option<Phase> {
        Some(match self {
            Diagnosis::DnsNxdomain | Diagnosis::DnsFailure | Diagnosis::DnsBlocked => Phase::Dns,
            Diagnosis::TcpRefused
            | Diagnosis::TcpTimeout
            | Diagnosis::NetworkUnreachable
            | Diagnosis::ApPortBlocked => Phase::Connect,
            Diagnosis::ApSignatureInvalid
            | Diagnosis::ApHandshakeFailed
            | Diagnosis::ApUpgradeRequired => Phase::Hello,
            Diagnosis::TlsHandshakeFailed
            | Diagnosis::TlsCertExpired
            | Diagnosis::TlsCertNotYetValid
            | Diagnosis::TlsCertUntrusted
            | Diagnosis::TlsHostnameMismatch
            | Diagnosis::TlsCertExpiring => Phase::Tls,
            Diagnosis::HttpServerError
            | Diagnosis::HttpRateLimited
            | Diagnosis::HttpUnexpectedStatus
            | Diagnosis::HttpRedirectLoop
            | Diagnosis::ProtocolError
            | Diagnosis::CaptivePortal
            | Diagnosis::Slow => Phase::Ttfb,
            Diagnosis::HttpUnexpectedBody | Diagnosis::StreamTooSlow => Phase::Transfer,
            Diagnosis::ConnectionReset | Diagnosis::Timeout | Diagnosis::Ok => return None,
        })
    }
}

impl fmt::Display for Diagnosis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
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
            assert_eq!(Diagnosis::from_code(d.as_str()), Some(d));
        }
        assert_eq!(Diagnosis::from_code("nope"), None);
    }
}
