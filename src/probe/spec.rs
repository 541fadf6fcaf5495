//! What a check runs: the probe layer's own types. Config reads the file, validates it and
//! builds these; probes never read config.

use std::time::Duration;

use super::{captive, handshake, spotify_ap, stream, tcp};
use crate::model::CheckKind;

/// One check, ready to run.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckSpec {
    pub name: String,
    /// The caller's deadline for this check is now + `timeout`.
    pub timeout: Duration,
    pub probe: ProbeSpec,
}

/// What a check runs.
#[derive(Debug, Clone, PartialEq)]
pub enum ProbeSpec {
    Handshake(handshake::Spec),
    Stream(stream::Spec),
    Tcp(tcp::Spec),
    Captive(captive::Spec),
    SpotifyAp(spotify_ap::Spec),
}

impl CheckSpec {
    pub fn kind(&self) -> CheckKind {
        match self.probe {
            ProbeSpec::Handshake(_) => CheckKind::Handshake,
            ProbeSpec::Stream(_) => CheckKind::Stream,
            ProbeSpec::Tcp(_) => CheckKind::Tcp,
            ProbeSpec::Captive(_) => CheckKind::Captive,
            ProbeSpec::SpotifyAp(_) => CheckKind::SpotifyAp,
        }
    }

    /// True when the check runs with its verification off: TLS (`insecure = true`), or an
    /// access point's signature checked against a test key (`server_key`).
    pub fn insecure(&self) -> bool {
        match &self.probe {
            ProbeSpec::Handshake(s) => s.insecure,
            ProbeSpec::Stream(s) => s.insecure,
            ProbeSpec::SpotifyAp(s) => s.key.test,
            ProbeSpec::Tcp(_) | ProbeSpec::Captive(_) => false,
        }
    }
}
