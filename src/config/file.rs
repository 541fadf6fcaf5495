//! The file model: what serde reads from the TOML, before any cross-field validation. Each
//! value checks itself as it is read (see `values`), so its error carries its own location.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Deserialize;
use toml::Spanned;

use super::values::{
    Bounded, CountryCode, DnsServer, DohUrl, Host, HttpUrl, IpValue, OutsideView, Ranged, Secret,
    StatusValue,
};
use crate::model::CheckKind;
use crate::probe::handshake;

/// `interval` and `backoff_max`.
pub(super) type IntervalValue = Bounded<1_000, 86_400_000>;
/// `timeout`, in `[settings]` and per check.
pub(super) type TimeoutValue = Bounded<100, 300_000>;
/// `remind_every`.
pub(super) type RemindValue = Bounded<60_000, 86_400_000>;
/// `keep_raw`.
pub(super) type KeepRawValue = Bounded<86_400_000, 31_536_000_000>;
/// `keep_rollups`.
pub(super) type KeepRollupsValue = Bounded<86_400_000, 315_360_000_000>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileConfig {
    #[serde(default)]
    pub(super) settings: FileSettings,
    pub(super) baseline: Option<Vec<Spanned<FileCheck>>>,
    pub(super) service: Option<Vec<Spanned<FileService>>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileSettings {
    pub(super) interval: Option<IntervalValue>,
    pub(super) timeout: Option<TimeoutValue>,
    pub(super) failure_threshold: Option<Ranged<1, 100>>,
    pub(super) recovery_threshold: Option<Ranged<1, 100>>,
    pub(super) degraded_threshold: Option<Ranged<1, 100>>,
    pub(super) slow_ms: Option<Ranged<1, 600_000>>,
    pub(super) cert_warn_days: Option<Ranged<0, 365>>,
    pub(super) ca_file: Option<Spanned<PathBuf>>,
    pub(super) dns_servers: Option<Vec<DnsServer>>,
    pub(super) reference_dns: Option<Vec<DohUrl>>,
    pub(super) resolve: Option<BTreeMap<String, IpValue>>,
    /// `false`: run no baseline checks (the built-in ones or the file's own).
    pub(super) baseline_checks: Option<bool>,
    pub(super) notify_down: Option<bool>,
    pub(super) notify_recovered: Option<bool>,
    pub(super) notify_degraded: Option<bool>,
    pub(super) notify_offline: Option<bool>,
    pub(super) remind_every: Option<RemindValue>,
    pub(super) backoff_max: Option<IntervalValue>,
    pub(super) keep_raw: Option<KeepRawValue>,
    pub(super) keep_rollups: Option<KeepRollupsValue>,
    /// The outside view's API (Globalping's), or "" for none.
    pub(super) outside_view: Option<OutsideView>,
    pub(super) outside_view_token: Option<Secret>,
    /// Where this network's provider is learnt (RIPEstat's Data API), or "" for nowhere.
    pub(super) network_lookup: Option<OutsideView>,
    /// The user's country, ISO 3166 alpha-2 (else the time zone's).
    pub(super) country: Option<CountryCode>,
    /// The language Downbeat speaks: "auto" (the system's) or a code it knows ("de").
    pub(super) language: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileService {
    pub(super) name: Option<Spanned<String>>,
    pub(super) advice: Option<String>,
    /// The vendor's own status page (an Atlassian Statuspage), read when the service fails.
    pub(super) status_page: Option<HttpUrl>,
    pub(super) preset: Option<Spanned<String>>,
    pub(super) check: Option<Vec<Spanned<FileCheck>>>,
    pub(super) group: Option<Vec<Spanned<FileGroup>>>,
}

/// `[[service.group]]`: checks gathered by what they serve.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileGroup {
    /// As said mid-sentence: "the Spotify apps".
    pub(super) name: Spanned<String>,
    #[serde(default)]
    pub(super) plural: bool,
    pub(super) checks: Vec<Spanned<String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileCheck {
    pub(super) name: Spanned<String>,
    pub(super) kind: Option<CheckKind>,
    pub(super) url: Option<HttpUrl>,
    pub(super) host: Option<Host>,
    pub(super) port: Option<Ranged<1, 65_535>>,
    pub(super) expect_status: Option<StatusValue>,
    pub(super) expect_body: Option<String>,
    pub(super) slow_ms: Option<Ranged<1, 600_000>>,
    pub(super) bytes: Option<Ranged<1, 1_073_741_824>>,
    pub(super) min_kbps: Option<Ranged<1, 10_000_000>>,
    pub(super) timeout: Option<TimeoutValue>,
    pub(super) insecure: Option<Spanned<bool>>,
    pub(super) max_redirects: Option<Ranged<0, { handshake::MAX_REDIRECTS as i64 }>>,
    /// spotify_ap: access points (`host:port`) for when apresolve can't be had.
    pub(super) fallback: Option<Vec<Spanned<String>>>,
    /// spotify_ap: a PEM public key that replaces Spotify's, for tests against an imitation.
    pub(super) server_key: Option<Spanned<PathBuf>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PresetFile {
    pub(super) service: Option<Vec<Spanned<FileService>>>,
    pub(super) baseline: Option<Vec<Spanned<FileCheck>>>,
}
